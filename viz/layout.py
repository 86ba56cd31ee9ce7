"""Starting positions computed in Python, so the browser only has to polish a layout.

vis-network's own Barnes-Hut step costs about 0.2 s per iteration at 5,000 nodes in
headless Chromium; started from random positions it needs hundreds of them (pyvis issue 204:
minutes at 1,500 nodes). igraph's Fruchterman-Reingold (C) lays out 5,000 nodes in under a
second, and a few dozen browser iterations then only untangle labels.
"""
from __future__ import annotations

import random
import statistics

import igraph

from medkg.graph.model import Graph

#: Typical edge length on the page, in vis-network's canvas units (its springLength).
EDGE_LENGTH = 110.0
#: Above this many nodes igraph uses its grid variant (linear instead of quadratic repulsion).
GRID_FROM = 300


def initial_positions(graph: Graph, seed: int = 42) -> dict[str, tuple[float, float]]:
    """uid -> (x, y), deterministic for a given graph and seed, scaled to EDGE_LENGTH."""
    uids = sorted(graph.nodes)
    if not uids:
        return {}
    index = {uid: i for i, uid in enumerate(uids)}
    edges = sorted({(index[r.start], index[r.end]) for r in graph.relationships.values()})
    g = igraph.Graph(n=len(uids), edges=edges)
    # igraph draws its random numbers from one global generator: seed it for this layout only.
    igraph.set_random_number_generator(random.Random(seed))
    try:
        coords = g.layout_fruchterman_reingold(niter=500, grid=len(uids) > GRID_FROM).coords
    finally:
        igraph.set_random_number_generator(random)
    lengths = [((coords[a][0] - coords[b][0]) ** 2 + (coords[a][1] - coords[b][1]) ** 2) ** 0.5 for a, b in edges]
    scale = EDGE_LENGTH / (statistics.median(lengths) or 1.0) if lengths else EDGE_LENGTH
    return {uid: (round(coords[i][0] * scale, 1), round(coords[i][1] * scale, 1)) for uid, i in index.items()}
