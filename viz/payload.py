"""What the page knows about each node and relationship: plain JSON-ready facts.

These facts (name, aliases, properties, evidence, community, size, starting position) go
into the pyvis network built by :mod:`medkg.viz.drawing`, which adds how each one looks.
"""
from __future__ import annotations

import math
from collections import Counter
from typing import Any

from medkg.graph.model import Graph, Provenance

from .layout import initial_positions
from .style import community_colour

#: Evidence entries kept per node or relationship; the panel says how many more exist.
MAX_EVIDENCE = 8
#: Node size range in pixels (vis-network ``size``).
MIN_SIZE, MAX_SIZE = 10.0, 38.0
#: Node properties tried, in order, for the size; else degree is computed here.
SIZE_PROPERTIES = ("pagerank", "degree")


def size_measure(graph: Graph) -> tuple[str, dict[str, float]]:
    """Which measure sizes the nodes, and its value per uid.

    Centrality written by analytics wins; otherwise the degree over observed ties (predicted
    GAP_CANDIDATE ties do not make a node look more connected than it is).
    """
    for prop in SIZE_PROPERTIES:
        values = {uid: float(v) for uid, node in graph.nodes.items()
                  if isinstance(v := node.properties.get(prop), (int, float)) and not isinstance(v, bool)}
        if values:
            return prop, {uid: values.get(uid, 0.0) for uid in graph.nodes}
    degree: Counter[str] = Counter()
    for rel in graph.relationships.values():
        if rel.type != "GAP_CANDIDATE":
            degree[rel.start] += 1
            degree[rel.end] += 1
    return "degree", {uid: float(degree[uid]) for uid in graph.nodes}


def _scaled(value: float, top: float) -> float:
    if top <= 0 or value <= 0:
        return MIN_SIZE
    return round(MIN_SIZE + (MAX_SIZE - MIN_SIZE) * math.sqrt(min(value, top) / top), 2)


def _evidence(prov: list[Provenance], docs: dict[str, str]) -> dict[str, Any]:
    for p in prov:
        docs.setdefault(p.doc, p.path)
    kept = sorted(prov, key=lambda p: (-p.confidence, p.doc, p.start))[:MAX_EVIDENCE]
    return {"items": [{"sentence": p.sentence, "doc": p.doc, "rule": p.rule,
                       "confidence": p.confidence} for p in kept],
            "more": len(prov) - len(kept)}


def _year(value: Any) -> int | None:
    if isinstance(value, bool):
        return None
    if isinstance(value, int):
        return value
    if isinstance(value, str) and value.strip().isdigit():
        return int(value.strip())
    return None


def _communities(graph: Graph) -> list[dict[str, Any]]:
    sizes = Counter(str(n.properties["community"]) for n in graph.nodes.values()
                    if "community" in n.properties)
    ranked = sorted(sizes.items(), key=lambda kv: (-kv[1], len(kv[0]), kv[0]))
    return [{"id": cid, "size": size, "color": community_colour(rank)} for rank, (cid, size) in enumerate(ranked)]


def graph_facts(graph: Graph) -> dict[str, Any]:
    """Nodes (with size and starting position), edges, documents and communities.

    A node's ontology label is its ``kind``: vis-network's ``label`` is the caption drawn.
    """
    measure, values = size_measure(graph)
    positions = initial_positions(graph)
    top = max(values.values(), default=0.0)
    docs: dict[str, str] = {}
    nodes = [{
        "id": node.uid, "name": node.name, "kind": node.label, "aliases": node.aliases,
        "props": node.properties, "size": _scaled(values[node.uid], top),
        "x": positions[node.uid][0], "y": positions[node.uid][1],
        "measure": values[node.uid],
        "community": str(node.properties["community"]) if "community" in node.properties else None,
        "evidence": _evidence(node.provenance, docs),
    } for node in sorted(graph.nodes.values(), key=lambda n: n.uid)]
    edges = [{
        "id": rid, "from": rel.start, "to": rel.end, "type": rel.type, "props": rel.properties,
        "year": _year(rel.properties.get("year")), "evidence": _evidence(rel.provenance, docs),
    } for rid, rel in sorted(graph.relationships.items())]
    return {"nodes": nodes, "edges": edges, "docs": docs, "sizeMeasure": measure,
            "communities": _communities(graph)}
