"""Starting positions: deterministic, spread to a readable density, stragglers pulled in."""
import math

from medkg.graph.model import Graph, Node
from medkg.viz.layout import SPACING, initial_positions


def test_positions_are_deterministic_and_cover_every_node(sample_graph):
    first = initial_positions(sample_graph)
    assert first == initial_positions(sample_graph)
    assert set(first) == set(sample_graph.nodes)
    assert initial_positions(Graph()) == {}


def test_isolated_nodes_do_not_shrink_the_rest(synthetic_graph):
    graph = synthetic_graph(400)
    for i in range(5):
        graph.add_node(Node(label="Company", name=f"孤立公司{i}"))
    pos = initial_positions(graph)
    xs, ys = [p[0] for p in pos.values()], [p[1] for p in pos.values()]
    area = (max(xs) - min(xs)) * (max(ys) - min(ys))
    assert math.isclose(area / len(pos), SPACING ** 2, rel_tol=0.01)
    centre = (sorted(xs)[len(xs) // 2], sorted(ys)[len(ys) // 2])
    radii = sorted(math.dist(p, centre) for p in pos.values())
    assert radii[-1] <= radii[int(0.98 * (len(radii) - 1))] * 1.06
