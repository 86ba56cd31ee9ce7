"""The drawing is pyvis's: the page carries exactly the nodes, ties and options pyvis built."""
import json

from pyvis.network import Network

from medkg.graph.model import Graph, Node, Relationship
from medkg.viz import ViewState, connecting_paths, render_page
from medkg.viz.drawing import BIG_FROM, build_network, network_data
from medkg.viz.payload import graph_facts
from medkg.viz.style import CJK_FONT_STACK, LABEL_STYLE, PAINT, REL_STYLE

LIN, ZHOU = "Person:林若海", "Person:周明远"


def _path_view(graph: Graph) -> ViewState:
    nodes, rels = connecting_paths(graph, LIN, ZHOU)
    return ViewState(highlight_nodes=nodes, highlight_edges=rels, colour_by="community")


def test_page_nodes_ties_and_options_are_exactly_what_pyvis_built(sample_graph, embedded_data):
    for state in (ViewState(), _path_view(sample_graph)):
        net = build_network(graph_facts(sample_graph), state)
        assert isinstance(net, Network)
        assert net.num_nodes() == len(sample_graph.nodes) and net.num_edges() == len(sample_graph.relationships)
        nodes, edges, _, _, _, options = net.get_network_data()
        data = embedded_data(render_page(sample_graph, state))
        assert data["nodes"] == json.loads(json.dumps(nodes))
        assert data["edges"] == json.loads(json.dumps(edges))
        assert data["options"] == json.loads(options)


def test_nodes_carry_their_look_and_their_facts(sample_graph):
    data = network_data(build_network(graph_facts(sample_graph), ViewState()))
    node = next(n for n in data["nodes"] if n["id"] == "Hospital:东海医科大学附属仁和医院")
    assert (node["label"], node["shape"], node["kind"]) == ("东海医科大学附属仁和医院", "square", "Hospital")
    assert node["color"]["background"] == LABEL_STYLE["Hospital"][0]
    assert "borderWidth" not in node and "font" not in node, "the plain border and caption are the network's"
    assert node["title"].splitlines() == ["东海医科大学附属仁和医院", "医院 Hospital", "别名: 仁和医院", "社区 community: 0"]
    assert node["aliases"] == ["仁和医院"] and node["community"] == "0" and node["evidence"]["items"]
    assert {"x", "y", "size", "measure", "props"} <= node.keys()


def test_ties_carry_type_style_arrows_and_predicted_scores(sample_graph):
    edges = {e["type"]: e for e in network_data(build_network(graph_facts(sample_graph), ViewState()))["edges"]}
    gap = edges["GAP_CANDIDATE"]
    assert gap["dashes"] == REL_STYLE["GAP_CANDIDATE"][1] and gap["label"] == "0.82"
    assert gap["arrows"] == {"to": {"enabled": False}}, "symmetric ties have no arrow head"
    works = edges["WORKS_AT"]
    assert works["arrows"] is None and "dashes" not in works and "label" not in works and "font" not in works
    assert works["color"]["color"] == REL_STYLE["WORKS_AT"][0] and works["width"] == REL_STYLE["WORKS_AT"][2]
    assert works["props"] == {"title": "教授"} and works["evidence"]["items"]


def test_a_highlighted_path_dims_the_rest_and_community_colours_apply(sample_graph):
    state = _path_view(sample_graph)
    data = network_data(build_network(graph_facts(sample_graph), state))
    nodes = {n["id"]: n for n in data["nodes"]}
    assert nodes[LIN]["borderWidth"] == 3 and nodes[LIN]["color"]["background"] == "#1f77b4"  # community 1, the largest
    assert nodes["Company:星桥资本"]["color"]["background"] == PAINT["dim"]
    assert nodes["Company:星桥资本"]["font"]["color"] == PAINT["dimFont"] and "borderWidth" not in nodes["Company:星桥资本"]
    for edge in data["edges"]:
        lit = edge["id"] in state.highlight_edges
        assert (edge["width"] == REL_STYLE[edge["type"]][2] + 3) == lit
        assert (edge["color"]["color"] == PAINT["dim"]) != lit


def test_two_ties_between_the_same_nodes_are_both_drawn():
    g = Graph()
    a = g.add_node(Node(label="University", name="甲大学"))
    b = g.add_node(Node(label="Hospital", name="乙医院"))
    g.add_relationship(Relationship(type="AFFILIATED_WITH", start=b.uid, end=a.uid))
    g.add_relationship(Relationship(type="PARTNERS_WITH", start=a.uid, end=b.uid))
    net = build_network(graph_facts(g), ViewState())
    assert sorted(e["type"] for e in net.edges) == ["AFFILIATED_WITH", "PARTNERS_WITH"]


def test_options_trade_polish_for_speed_on_big_graphs(synthetic_graph):
    small = network_data(build_network(graph_facts(synthetic_graph(BIG_FROM - 1)), ViewState()))["options"]
    big = network_data(build_network(graph_facts(synthetic_graph(BIG_FROM)), ViewState()))["options"]
    assert small["edges"]["smooth"] == {"enabled": True, "type": "continuous", "roundness": 0.3}
    assert big["edges"]["smooth"]["enabled"] is False and big["edges"]["arrows"]["to"]["enabled"] is False
    assert big["interaction"]["hideEdgesOnDrag"] is True and small["interaction"]["hideEdgesOnDrag"] is False
    assert big["physics"]["stabilization"]["iterations"] < small["physics"]["stabilization"]["iterations"]
    assert big["physics"]["solver"] == "barnesHut" and big["layout"]["improvedLayout"] is False
    assert small["nodes"]["font"]["face"] == CJK_FONT_STACK, "font names keep their spaces"
