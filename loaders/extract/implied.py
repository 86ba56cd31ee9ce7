"""Evidence for what a document implies rather than names on its own.

An organisation can enter the graph only as the parent inside a nested name (复旦大学 in
复旦大学附属中山医院), and the PART_OF / AFFILIATED_WITH tie to it rests on the sentence that
wrote the nested name. Such nodes and ties take the evidence of their neighbours, so every
node and relationship a document yields can say which sentence it came from.
"""
from __future__ import annotations

from medkg.graph.model import Graph, Provenance

IMPLIED = "implied:"


def _implied(prov: list[Provenance]) -> list[Provenance]:
    return [p.model_copy(update={"rule": IMPLIED + p.rule.removeprefix(IMPLIED)}) for p in prov[:1]]


def complete_provenance(graph: Graph) -> Graph:
    """Give evidence-less nodes the evidence of a tie they take part in, and evidence-less ties
    that of their source (the nested name), until nothing changes. Returns the same graph."""
    changed = True
    while changed:
        changed = False
        for rid, rel in graph.relationships.items():
            if not rel.provenance:
                source = graph.nodes[rel.start].provenance or graph.nodes[rel.end].provenance
                if source:
                    graph.relationships[rid] = rel.model_copy(update={"provenance": _implied(source)})
                    changed = True
        for rel in graph.relationships.values():
            for uid in (rel.start, rel.end):
                node = graph.nodes[uid]
                if not node.provenance and rel.provenance:
                    graph.nodes[uid] = node.model_copy(update={"provenance": _implied(rel.provenance)})
                    changed = True
    return graph
