"""Neo4j APOC JSON lines (what ``apoc.export.json.all`` writes), both ways.

Node ids in the file are sequential numbers, as APOC writes them; the stable ``uid``
travels as a property, so export -> import -> export gives the same bytes.
"""
from __future__ import annotations

import json
from collections.abc import Iterable, Iterator
from typing import IO

from .model import Graph
from .records import node_from, node_record, rel_from, rel_record


class ExchangeError(ValueError):
    """A file that is not valid APOC JSON lines; says which line and why."""


def apoc_lines(graph: Graph) -> Iterator[str]:
    """One JSON object a line: nodes first (sorted by uid), then relationships."""
    ids: dict[str, str] = {}
    nodes = sorted(graph.nodes.values(), key=lambda n: n.uid)
    for i, node in enumerate(nodes):
        ids[node.uid] = str(i)
        yield json.dumps({"type": "node", "id": str(i), "labels": [node.label],
                          "properties": node_record(node)}, ensure_ascii=False, sort_keys=True)
    rels = sorted(graph.relationships.values(), key=lambda r: r.key)
    for j, rel in enumerate(rels, start=len(nodes)):
        yield json.dumps({
            "type": "relationship", "id": str(j), "label": rel.type,
            "start": {"id": ids[rel.start], "labels": [graph.nodes[rel.start].label]},
            "end": {"id": ids[rel.end], "labels": [graph.nodes[rel.end].label]},
            "properties": rel_record(rel),
        }, ensure_ascii=False, sort_keys=True)


def write_apoc(graph: Graph, out: IO[str]) -> int:
    """Write the graph; return the number of lines."""
    n = 0
    for line in apoc_lines(graph):
        out.write(line + "\n")
        n += 1
    return n


def read_apoc(lines: Iterable[str]) -> Graph:
    """Parse APOC JSON lines into a Graph; a bad line raises ExchangeError naming it."""
    graph = Graph()
    uid_of: dict[str, str] = {}
    pending = []
    for lineno, line in enumerate(lines, start=1):
        if not line.strip():
            continue
        try:
            obj = json.loads(line)
            if obj["type"] == "node":
                props = obj.get("properties") or {}
                node = node_from(obj["labels"][0], props)
                uid_of[str(obj["id"])] = node.uid
                graph.add_node(node)
            elif obj["type"] == "relationship":
                pending.append((lineno, obj))
            else:
                raise ValueError(f"unknown type {obj['type']!r}")
        except KeyError as exc:
            raise ExchangeError(f"line {lineno}: missing field {exc}") from exc
        except Exception as exc:  # noqa: BLE001 - re-raised with the line number
            raise ExchangeError(f"line {lineno}: {exc}") from exc
    for lineno, obj in pending:
        try:
            start, end = uid_of[str(obj["start"]["id"])], uid_of[str(obj["end"]["id"])]
            graph.add_relationship(rel_from(obj["label"], start, end, obj.get("properties") or {}))
        except KeyError as exc:
            raise ExchangeError(f"line {lineno}: missing field or unknown node id {exc}") from exc
        except Exception as exc:  # noqa: BLE001
            raise ExchangeError(f"line {lineno}: {exc}") from exc
    return graph
