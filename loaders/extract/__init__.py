"""Rule-based extraction: Chinese text -> typed entities with aliases and relationships with evidence."""
from medkg.graph.model import Graph

from ..document import SourceDocument
from . import pipeline
from .implied import complete_provenance


def extract_graph(document: SourceDocument) -> Graph:
    """Typed entities with aliases and relationships with evidence, from one document.

    Every node and relationship returned carries at least one piece of evidence.
    """
    return complete_provenance(pipeline.extract_graph(document))


__all__ = ["extract_graph"]
