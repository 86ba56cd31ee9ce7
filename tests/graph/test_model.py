"""The typed model, its flat stored form and the APOC exchange format."""
from __future__ import annotations

import io
import json

import pytest
from pydantic import ValidationError

from medkg.graph.exchange import ExchangeError, apoc_lines, read_apoc, write_apoc
from medkg.graph.model import Graph, Node, Provenance, Relationship, SchemaError, document_id, make_uid
from medkg.graph.records import node_from, node_record, rel_from, rel_record

from graph_samples import document_graph, evidence, tricky_graph


def test_uid_is_label_and_normalised_name():
    assert make_uid("University", " 上海 交通大学\n") == "University:上海交通大学"
    assert make_uid("Company", "ＡＢＣ　医疗") == "Company:ABC医疗"  # full width folded, spaces dropped
    assert Node(label="Company", name="ＡＢＣ 医疗").uid == "Company:ABC医疗"
    assert document_id("文本".encode()) == document_id("文本".encode()) != document_id(b"other")
    assert len(document_id(b"x")) == 16


def test_node_cleans_aliases_and_rejects_unknown_fields_and_labels():
    node = Node(label="Hospital", name=" 瑞金医院 ", aliases=["瑞金", " 瑞金 ", "瑞金医院", ""])
    assert (node.name, node.aliases) == ("瑞金医院", ["瑞金"])
    with pytest.raises(ValidationError):
        Node(label="Hospital", name="x", colour="red")
    with pytest.raises(ValidationError):
        Node(label="Museum", name="x")
    with pytest.raises(ValidationError):
        Node(label="Hospital", name="   ")
    with pytest.raises(ValidationError):
        Provenance(doc="d", confidence=1.5)


def test_merge_unions_aliases_overwrites_properties_and_keeps_evidence_once():
    a = Node(label="Company", name="联影医疗", aliases=["联影"], properties={"city": "上海", "size": 1},
             provenance=[evidence("d1", "s1")])
    b = Node(uid=a.uid, label="Company", name="联影医疗科技", properties={"size": 2},
             provenance=[evidence("d1", "s1"), evidence("d2", "s2")])
    merged = a.merge(b)
    assert merged.name == "联影医疗" and merged.aliases == ["联影", "联影医疗科技"]
    assert merged.properties == {"city": "上海", "size": 2}
    assert [p.doc for p in merged.provenance] == ["d1", "d2"]
    with pytest.raises(ValueError, match="cannot merge"):
        a.merge(Node(label="Company", name="other"))


def test_symmetric_relationships_are_ordered_and_self_loops_rejected():
    rel = Relationship(type="PARTNERS_WITH", start="University:b", end="Hospital:a")
    assert (rel.start, rel.end) == ("Hospital:a", "University:b")
    directed = Relationship(type="FUNDS", start="University:b", end="Hospital:a")
    assert (directed.start, directed.end) == ("University:b", "Hospital:a")
    with pytest.raises(ValidationError, match="to itself"):
        Relationship(type="PART_OF", start="University:a", end="University:a")


def test_graph_enforces_endpoint_labels_and_known_endpoints():
    graph = document_graph("d1")
    hospital, university = "Hospital:上海交通大学医学院附属瑞金医院", "University:上海交通大学医学院"
    with pytest.raises(SchemaError, match="AFFILIATED_WITH is not allowed from University to Hospital"):
        graph.add_relationship(Relationship(type="AFFILIATED_WITH", start=university, end=hospital))
    with pytest.raises(SchemaError, match="unknown node"):
        graph.add_relationship(Relationship(type="PART_OF", start=university, end="University:nowhere"))
    with pytest.raises(ValidationError, match="not allowed"):
        Graph(nodes=graph.nodes, relationships={"x": Relationship(type="WORKS_AT", start=hospital, end=university)})


def test_update_merges_documents_and_counts():
    graph = document_graph("d1").update(document_graph("d2", extra="微创医疗"))
    assert len(graph.nodes) == 3 and len(graph.relationships) == 2 and len(graph) == 5
    assert graph.documents() == {"d1", "d2"}


def test_update_with_many_graphs_equals_one_at_a_time():
    views = [document_graph(f"d{i}", extra="微创医疗" if i % 2 else "") for i in range(5)] + [document_graph("d0")]
    together = document_graph("base").update(*views)
    one_by_one = document_graph("base")
    for view in views:
        one_by_one.update(view)
    assert together == one_by_one
    university = together.nodes["University:上海交通大学医学院"]
    assert [p.doc for p in university.provenance] == ["base", "d0", "d1", "d2", "d3", "d4"]  # d0 twice, kept once


def test_records_round_trip_and_reserve_their_names():
    graph = document_graph("d1", extra="联影医疗")
    for node in graph.nodes.values():
        record = node_record(node)
        assert record["docs"] == ["d1"] and len(record["prov_sentence"]) == len(node.provenance)
        assert node_from(node.label, record) == node
    for rel in graph.relationships.values():
        assert rel_from(rel.type, rel.start, rel.end, rel_record(rel)) == rel
    with pytest.raises(ValueError, match="reserved"):
        node_record(Node(label="Company", name="x", properties={"docs": "y"}))
    with pytest.raises(ValueError, match="reserved"):
        rel_record(Relationship(type="FUNDS", start="Company:a", end="Company:b", properties={"prov_doc": "z"}))


def test_apoc_lines_have_the_apoc_shape_and_round_trip():
    graph = tricky_graph()
    graph.update(document_graph("d1", extra="联影医疗"))
    lines = list(apoc_lines(graph))
    objects = [json.loads(line) for line in lines]
    node = next(o for o in objects if o["type"] == "node")
    assert set(node) == {"type", "id", "labels", "properties"} and {"name", "aliases", "uid"} <= set(node["properties"])
    rel = next(o for o in objects if o["type"] == "relationship")
    assert set(rel) == {"type", "id", "label", "start", "end", "properties"}
    assert "prov_sentence" in rel["properties"] and set(rel["start"]) == {"id", "labels"}
    assert read_apoc(lines) == graph
    out = io.StringIO()
    assert write_apoc(read_apoc(lines), out) == len(lines)
    assert out.getvalue() == "".join(line + "\n" for line in lines)


@pytest.mark.parametrize(("text", "message"), [
    ('{"type": "node", "id": "0", "labels": ["Company"], "properties": {"uid": "Company:a", "name": "a"}}\n'
     'not json\n', "line 2"),
    ('{"type": "edge"}\n', "line 1: unknown type 'edge'"),
    ('{"type": "relationship", "id": "1", "label": "FUNDS", "start": {"id": "7"}, "end": {"id": "8"}}\n',
     "line 1: missing field or unknown node id '7'"),
])
def test_bad_apoc_lines_name_the_line(text, message):
    with pytest.raises(ExchangeError, match=message):
        read_apoc(io.StringIO(text))
