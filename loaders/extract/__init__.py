"""Rule-based extraction: Chinese text -> typed entities with aliases and relationships with evidence."""
from .pipeline import extract_graph

__all__ = ["extract_graph"]
