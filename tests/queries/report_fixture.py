"""The reports' fixture graph (tests/fixtures/queries/graph.yaml) as a medkg Graph."""
from __future__ import annotations

from functools import cache
from pathlib import Path

import yaml

from medkg.graph.model import Graph, Node, Provenance, Relationship

FIXTURE = Path(__file__).parent.parent / "fixtures" / "queries" / "graph.yaml"


def _provenance(paths: dict[str, str], doc: str, sentence: str, confidence: float) -> Provenance:
    return Provenance(doc=doc, path=paths[doc], sentence=sentence, start=0, end=len(sentence),
                      rule="fixture", confidence=confidence)


@cache
def _spec() -> dict:
    return yaml.safe_load(FIXTURE.read_text(encoding="utf-8"))


def fixture_graph() -> Graph:
    """A fresh copy each call: nodes get the evidence of the relationships they take part in."""
    spec = _spec()
    paths = spec["documents"]
    graph = Graph()
    uid_of: dict[str, str] = {}
    for label, named in spec["nodes"].items():
        for name, info in named.items():
            seen = info.get("seen_in")
            node = Node(label=label, name=name, aliases=info.get("aliases", []),
                        properties=info.get("properties", {}),
                        provenance=[_provenance(paths, seen[0], seen[1], 1.0)] if seen else [])
            uid_of[name] = graph.add_node(node).uid
    for rel in spec["relationships"]:
        start, end = (uid_of[name] for name in rel["ends"])
        evidence = [_provenance(paths, *item) for item in rel["evidence"]]
        for uid in (start, end):
            node = graph.nodes[uid]
            graph.add_node(Node(uid=uid, label=node.label, name=node.name, provenance=evidence))
        graph.add_relationship(Relationship(type=rel["type"], start=start, end=end,
                                            properties=rel.get("properties", {}), provenance=evidence))
    return graph
