"""medkg: a knowledge graph of China's medical-engineering innovation ecosystem.

In the installed wheel, ``medkg.graph``, ``medkg.loaders``, ``medkg.queries`` and
``medkg.viz`` are the repository's top-level folders of those names, moved under ``medkg/``
by hatchling's path rewriting. In a source checkout (editable install, or running from the
repository root) the same names resolve to those folders directly: hatchling cannot make an
editable install when a rewrite adds a prefix (pfmoore/editables#20).
"""
from pathlib import Path

__version__ = "0.1.0"

_checkout = Path(__file__).resolve().parent.parent
if (_checkout / "pyproject.toml").is_file() and (_checkout / "graph" / "model.py").is_file():
    __path__.append(str(_checkout))
