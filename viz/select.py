"""Picking what a view shows: a node by any of its names, the paths between two nodes, the
subgraph around a set of nodes."""
from __future__ import annotations

import unicodedata
from collections.abc import Iterable, Mapping
from itertools import islice
from typing import Any

import networkx as nx

from medkg.graph.model import Graph, Node

#: Shortest paths drawn at most by ``--path`` (hubs can make their number explode).
MAX_PATHS = 12


class ViewError(ValueError):
    """A view that cannot be drawn: unknown or ambiguous name, no path; the message says which."""


def search_key(text: str) -> str:
    """The form names are matched in: NFKC, no white space, case-folded (same in the page)."""
    return "".join(unicodedata.normalize("NFKC", text).split()).casefold()


def find_node(graph: Graph, name: str) -> Node:
    """The node whose canonical name, alias or uid is ``name``.

    An exact match wins; otherwise a unique node whose names contain ``name``. Anything else
    is an error listing the candidates, so the user can retype.
    """
    key = search_key(name)
    exact, partial = [], []
    for node in graph.nodes.values():
        names = [search_key(n) for n in (node.name, node.uid, *node.aliases)]
        if key in names:
            exact.append(node)
        elif key and any(key in n for n in names):
            partial.append(node)
    found = exact or partial
    if len(found) == 1:
        return found[0]
    if not found:
        raise ViewError(f"no node is called {name!r} (by name or alias)")
    listed = ", ".join(f"{n.name} ({n.label})" for n in sorted(found, key=lambda n: n.uid)[:8])
    raise ViewError(f"{name!r} names {len(found)} nodes: {listed}; give a longer name")


def _undirected(graph: Graph) -> nx.Graph:
    """Observed ties only: a path through a predicted GAP_CANDIDATE tie is not a connection."""
    g = nx.Graph()
    g.add_nodes_from(graph.nodes)
    g.add_edges_from((r.start, r.end) for r in graph.relationships.values() if r.type != "GAP_CANDIDATE")
    return g


def connecting_paths(graph: Graph, source: str, target: str) -> tuple[list[str], list[str]]:
    """Nodes and relationship ids on the shortest paths between two uids (at most MAX_PATHS)."""
    try:
        paths = list(islice(nx.all_shortest_paths(_undirected(graph), source, target), MAX_PATHS))
    except nx.NetworkXNoPath:
        raise ViewError(f"no path connects {graph.nodes[source].name} and {graph.nodes[target].name}") from None
    on_path = {frozenset(pair) for path in paths for pair in zip(path, path[1:])}
    nodes = sorted({uid for path in paths for uid in path})
    rels = sorted(rid for rid, r in graph.relationships.items()
                  if r.type != "GAP_CANDIDATE" and frozenset((r.start, r.end)) in on_path)
    return nodes, rels


def subgraph(graph: Graph, uids: Iterable[str]) -> Graph:
    """The nodes ``uids`` (unknown ones ignored) and every relationship among them."""
    keep = {uid for uid in uids if uid in graph.nodes}
    return Graph(nodes={uid: graph.nodes[uid] for uid in keep},
                 relationships={rid: r for rid, r in graph.relationships.items()
                                if r.start in keep and r.end in keep})


def nodes_in_rows(graph: Graph, rows: Iterable[Mapping[str, Any]]) -> list[str]:
    """uids of the nodes that result rows name: any cell, or item of a list cell, equal to a
    node's uid or canonical name (what reports return)."""
    by_name: dict[str, set[str]] = {}
    for node in graph.nodes.values():
        for key in (node.uid, node.name):
            by_name.setdefault(key, set()).add(node.uid)
    found: set[str] = set()
    for row in rows:
        for value in row.values():
            for item in value if isinstance(value, list) else [value]:
                if isinstance(item, str):
                    found |= by_name.get(item, set())
    return sorted(found)
