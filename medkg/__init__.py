"""medkg: a knowledge graph of China's medical-engineering innovation ecosystem.

In the installed package, ``medkg.graph``, ``medkg.loaders``, ``medkg.queries`` and
``medkg.viz`` come from the repository's top-level folders of those names.
"""
__version__ = "0.1.0"
