"""GraphML export: typed columns Gephi understands, valid XML whatever the names contain."""
from __future__ import annotations

import io

import networkx as nx

from medkg.graph.graphml import write_graphml
from medkg.graph.model import Graph, Node, Relationship, make_uid

from graph_samples import document_graph, evidence, tricky_graph


def as_networkx(graph: Graph) -> nx.DiGraph:
    out = io.BytesIO()
    assert write_graphml(graph, out) == len(graph)
    return nx.read_graphml(io.BytesIO(out.getvalue()))


def test_columns_are_typed_and_lists_joined():
    graph = document_graph("d1", extra="联影医疗")
    graph.update(document_graph("d2"))
    g = as_networkx(graph)
    hospital = g.nodes["Hospital:上海交通大学医学院附属瑞金医院"]
    assert hospital["label"] == "上海交通大学医学院附属瑞金医院" and hospital["kind"] == "Hospital"
    assert hospital["beds"] == 3000 and hospital["evidence"] == 3 and hospital["docs"] == "d1; d2"
    edge = g.edges["Company:联影医疗", "Hospital:上海交通大学医学院附属瑞金医院"]
    assert (edge["rel_type"], edge["year"], edge["confidence"]) == ("PARTNERS_WITH", 2024, 0.75)
    assert edge["sentences"] == "联影医疗与瑞金医院签约。"


def test_mixed_number_columns_become_double_and_others_text():
    a = Node(label="Company", name="A", properties={"score": 1, "tag": True})
    b = Node(label="Company", name="B", properties={"score": 2.5, "tag": "x"})
    g = as_networkx(Graph(nodes={a.uid: a, b.uid: b}))
    assert g.nodes["Company:A"]["score"] == 1.0 and g.nodes["Company:B"]["score"] == 2.5
    assert g.nodes["Company:A"]["tag"] == "True" and g.nodes["Company:B"]["tag"] == "x"


def test_tricky_and_control_characters_still_give_valid_xml():
    graph = tricky_graph()
    bell = Node(label="Company", name="bell\x07<&>", provenance=[evidence("d", "s\x00")])
    graph.add_node(bell)
    graph.add_relationship(Relationship(type="INVESTS_IN", start=bell.uid, end="Company:上海交通大学医学院附属第九人民医院"))
    g = as_networkx(graph)
    assert g.number_of_nodes() == len(graph.nodes) and g.number_of_edges() == len(graph.relationships)
    assert g.nodes["Company:bell<&>"]["label"] == "bell<&>"
    assert g.nodes[make_uid("Company", 'He said "hi"')]["label"] == 'He said "hi"'
