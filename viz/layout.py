"""Starting positions computed in Python, so the browser only has to polish a layout.

vis-network's own Barnes-Hut step costs about 0.2 s per iteration at 5,000 nodes in
headless Chromium; started from random positions it needs hundreds of them (pyvis issue 204:
minutes at 1,500 nodes). igraph's Fruchterman-Reingold (C) lays out 5,000 nodes in under a
second, and a few dozen browser iterations then only untangle labels.
"""
from __future__ import annotations

import math
import random
import statistics

import igraph

from medkg.graph.model import Graph

#: Room per node on the page, in vis-network canvas units (a node is 20-76 units wide).
SPACING = 80.0
#: Nodes farther out than this share of the others (isolated nodes, small components that
#: drifted away) are pulled in to that radius, so they do not shrink the rest to a dot.
KEEP_SHARE = 0.98
#: Above this many nodes igraph uses its grid variant (linear instead of quadratic repulsion).
GRID_FROM = 300


def initial_positions(graph: Graph, seed: int = 42) -> dict[str, tuple[float, float]]:
    """uid -> (x, y), deterministic for a given graph and seed, about SPACING apart."""
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
    points = _pull_in_outliers([complex(x, y) for x, y in coords])
    width = max(p.real for p in points) - min(p.real for p in points)
    height = max(p.imag for p in points) - min(p.imag for p in points)
    scale = SPACING * math.sqrt(len(points) / max(width * height, 1e-9)) if len(points) > 1 else 1.0
    return {uid: (round(points[i].real * scale, 1), round(points[i].imag * scale, 1)) for uid, i in index.items()}


def _pull_in_outliers(points: list[complex]) -> list[complex]:
    centre = complex(statistics.median(p.real for p in points), statistics.median(p.imag for p in points))
    radii = sorted(abs(p - centre) for p in points)
    limit = radii[int(KEEP_SHARE * (len(radii) - 1))] * 1.05
    return [centre + (p - centre) * (limit / abs(p - centre)) if abs(p - centre) > limit else p for p in points]
