"""The same behaviour from every store (FalkorDB always, Neo4j when NEO4J_URI is set)."""
from __future__ import annotations

import io

import pytest

from medkg.graph.exchange import read_apoc, write_apoc
from medkg.graph.model import Graph, Node, Relationship, SchemaError
from medkg.graph.store import GraphStore, StoreError

from graph_samples import TRICKY_NAMES, document_graph, evidence, tricky_graph

HOSPITAL = "Hospital:上海交通大学医学院附属瑞金医院"
UNIVERSITY = "University:上海交通大学医学院"


def apoc_text(graph: Graph) -> str:
    out = io.StringIO()
    write_apoc(graph, out)
    return out.getvalue()


def test_store_implements_the_protocol(store):
    assert isinstance(store, GraphStore)
    assert store.stats() == {"nodes": {}, "relationships": {}, "documents": 0}


def test_upsert_twice_leaves_counts_and_evidence_unchanged(store):
    graph = document_graph("d1", extra="联影医疗")
    first = store.upsert(graph)
    assert (first.nodes_created, first.relationships_created) == (3, 2)
    stats = store.stats()
    before = store.read_graph()
    second = store.upsert(document_graph("d1", extra="联影医疗"))
    assert (second.nodes_created, second.nodes_updated, second.relationships_created) == (0, 3, 0)
    assert store.stats() == stats == {"nodes": {"Company": 1, "Hospital": 1, "University": 1},
                                      "relationships": {"AFFILIATED_WITH": 1, "PARTNERS_WITH": 1},
                                      "documents": 1}
    assert store.read_graph() == before


def test_small_batches_give_the_same_result(store):
    graph = document_graph("d1", extra="联影医疗")
    store.upsert(graph, batch_size=1)
    assert store.read_graph() == graph


def test_provenance_and_aliases_accumulate_without_duplicates(store):
    store.upsert(document_graph("d1"))
    store.upsert(document_graph("d2"))
    store.upsert(document_graph("d1"))
    hospital = store.read_graph().nodes[HOSPITAL]
    assert [p.doc for p in hospital.provenance] == ["d1", "d2"]
    rows = store.query("MATCH (u:University {uid: $uid}) RETURN u.aliases AS aliases, u.docs AS docs",
                       {"uid": UNIVERSITY})
    assert rows == [{"aliases": ["交医-d1", "交医-d2"], "docs": ["d1", "d2"]}]
    assert store.documents() == {"d1": "docs/d1.txt", "d2": "docs/d2.txt"}


def test_properties_are_overwritten(store):
    ev = evidence("d1", "s")
    store.upsert(Graph(nodes={"Company:A": Node(label="Company", name="A", properties={"year": 1, "city": "X"},
                                                provenance=[ev])}))
    store.upsert(Graph(nodes={"Company:A": Node(label="Company", name="A", properties={"year": 2},
                                                provenance=[ev])}))
    assert store.read_graph().nodes["Company:A"].properties == {"year": 2, "city": "X"}


def test_remove_document_removes_exactly_what_only_it_contributed(store):
    store.upsert(document_graph("d1", extra="联影医疗"))
    store.upsert(document_graph("d2", extra="微创医疗"))
    result = store.remove_document("d1")
    assert (result.nodes_deleted, result.relationships_deleted) == (1, 1)
    assert (result.nodes_kept, result.relationships_kept) == (2, 1)
    assert store.read_graph() == document_graph("d2", extra="微创医疗")  # 交医-d1 went with d1
    assert store.documents() == {"d2": "docs/d2.txt"}
    assert store.remove_document("d1").nodes_deleted == 0
    store.remove_document("d2")
    assert store.stats() == {"nodes": {}, "relationships": {}, "documents": 0}


def test_aliases_go_with_the_last_document_that_gave_them(store):
    uid = "Company:A"
    store.upsert(Graph(nodes={uid: Node(label="Company", name="A", aliases=["甲", "共同"],
                                        provenance=[evidence("d1", "甲")])}))
    store.upsert(Graph(nodes={uid: Node(label="Company", name="A", aliases=["共同"],
                                        provenance=[evidence("d2", "共同")])}))
    store.upsert(Graph(nodes={uid: Node(label="Company", name="A", aliases=["手工"])}))  # no document
    assert store.read_graph().nodes[uid].aliases == ["共同", "手工", "甲"]
    store.remove_document("d1")
    node = store.read_graph().nodes[uid]
    assert (node.aliases, node.properties) == (["共同", "手工"], {})


def test_remove_keeps_a_node_a_surviving_relationship_needs(store):
    """d2's tie to A stays even though only d1 named A as a node."""
    a = Node(label="Company", name="A", provenance=[evidence("d1", "A")])
    b = Node(label="Company", name="B", provenance=[evidence("d2", "B")])
    rel = Relationship(type="INVESTS_IN", start=b.uid, end=a.uid, provenance=[evidence("d2", "B invests in A")])
    store.upsert(Graph(nodes={a.uid: a, b.uid: b}, relationships={"r": rel}))
    result = store.remove_document("d1")
    assert result.nodes_deleted == 0 and result.details == {"nodes_without_evidence": 1}
    assert store.stats()["relationships"] == {"INVESTS_IN": 1}


def test_tricky_names_round_trip_literally(store):
    store.upsert(tricky_graph())
    assert store.read_graph() == tricky_graph()
    for name in TRICKY_NAMES:
        rows = store.query("MATCH (c:Company) WHERE c.name = $name RETURN c.name AS name, c.aliases AS aliases",
                           {"name": name})
        assert rows == [{"name": name, "aliases": [name + " alias"]}]
    assert store.stats()["nodes"] == {"Company": len(TRICKY_NAMES)}


def test_parameters_are_bound_not_spliced(store):
    store.upsert(document_graph("d1"))
    hostile = '" OR 1=1 WITH 1 AS x MATCH (n) DETACH DELETE n //'
    assert store.query("MATCH (n) WHERE n.name = $name RETURN n.uid AS uid", {"name": hostile}) == []
    assert store.query("RETURN $value AS value", {"value": hostile}) == [{"value": hostile}]
    assert store.stats()["nodes"] == {"Hospital": 1, "University": 1}
    rows = store.query("RETURN $m AS m, $xs AS xs", {"m": {"k": "a'b\"c"}, "xs": [1, 2.5, "三"]})
    assert rows == [{"m": {"k": "a'b\"c"}, "xs": [1, 2.5, "三"]}]


def test_query_returns_nodes_relationships_and_paths_as_plain_values(store):
    store.upsert(document_graph("d1"))
    row = store.query("MATCH p = (h:Hospital)-[r]->(u) RETURN h, r, p, labels(u) AS labels")[0]
    assert row["h"]["_labels"] == ["Hospital"] and row["h"]["uid"] == HOSPITAL
    assert row["r"]["_type"] == "AFFILIATED_WITH" and row["r"]["docs"] == ["d1"]
    assert [n["uid"] for n in row["p"]["nodes"]] == [HOSPITAL, UNIVERSITY]
    assert [r["_type"] for r in row["p"]["relationships"]] == ["AFFILIATED_WITH"]
    assert row["labels"] == ["University"]


def test_schema_violation_is_rejected_before_anything_is_written(store):
    graph = document_graph("d1")
    # Bypass Graph.add_relationship, as careless code could: the store still checks.
    bad = Relationship(type="AFFILIATED_WITH", start=UNIVERSITY, end=HOSPITAL)
    graph.relationships["bad"] = bad
    with pytest.raises(SchemaError, match="AFFILIATED_WITH is not allowed from University to Hospital"):
        store.upsert(graph)
    graph.relationships.pop("bad")
    graph.relationships["dangling"] = Relationship(type="PART_OF", start=UNIVERSITY, end="University:nowhere")
    with pytest.raises(StoreError, match="does not hold"):
        store.upsert(graph)
    assert store.stats()["nodes"] == {}


def test_reserved_property_names_are_rejected_before_writing(store):
    node = Node(label="Company", name="A", properties={"prov_doc": "x"})
    with pytest.raises(ValueError, match="reserved"):
        store.upsert(Graph(nodes={node.uid: node}))
    assert store.stats()["nodes"] == {}


def test_data_survives_closing_and_reopening(reopen):
    with reopen() as first:
        first.upsert(document_graph("d1", extra="联影医疗"))
        expected = first.read_graph()
    with reopen() as second:
        assert second.read_graph() == expected
        second.clear()


def test_export_import_export_is_identical(store):
    store.upsert(document_graph("d1", extra="联影医疗"))
    store.upsert(document_graph("d2"))
    store.upsert(tricky_graph())
    exported = apoc_text(store.read_graph())
    store.clear()
    store.upsert(read_apoc(io.StringIO(exported)))
    assert apoc_text(store.read_graph()) == exported


def test_set_node_properties_and_replace_relationships(store):
    graph = document_graph("d1", extra="联影医疗")
    store.upsert(graph)
    store.set_node_properties({HOSPITAL: {"community": 3, "pagerank": 0.125}, UNIVERSITY: {"community": 3}})
    rows = store.query("MATCH (n) WHERE n.community = $c RETURN n.uid AS uid ORDER BY uid", {"c": 3})
    assert [r["uid"] for r in rows] == [HOSPITAL, UNIVERSITY]
    with pytest.raises(StoreError, match="reserved"):
        store.set_node_properties({HOSPITAL: {"docs": []}})
    with pytest.raises(StoreError, match="unknown node"):
        store.set_node_properties({"Company:nobody": {"x": 1}})

    def gaps(score: float) -> Graph:
        gap = Graph(nodes={uid: graph.nodes[uid] for uid in (UNIVERSITY, "Company:联影医疗")})
        gap.add_relationship(Relationship(type="GAP_CANDIDATE", start="Company:联影医疗", end=UNIVERSITY,
                                          properties={"score": score, "shared": ["瑞金医院"]}))
        return gap

    store.replace_relationships("GAP_CANDIDATE", gaps(0.5))
    store.replace_relationships("GAP_CANDIDATE", gaps(0.75))
    rows = store.query("MATCH ()-[g:GAP_CANDIDATE]->() RETURN g.score AS score, g.shared AS shared")
    assert rows == [{"score": 0.75, "shared": ["瑞金医院"]}]
    store.replace_relationships("GAP_CANDIDATE", Graph())
    assert "GAP_CANDIDATE" not in store.stats()["relationships"]
    assert store.stats()["relationships"] == {"AFFILIATED_WITH": 1, "PARTNERS_WITH": 1}


def test_replace_relationships_refuses_other_types(store):
    with pytest.raises(StoreError, match="was given"):
        store.replace_relationships("GAP_CANDIDATE", document_graph("d1"))
    with pytest.raises(StoreError, match="unknown relationship type"):
        store.replace_relationships("KNOWS", Graph())


def test_clear_empties_the_store(store):
    store.upsert(document_graph("d1", extra="联影医疗"))
    store.clear()
    assert store.stats() == {"nodes": {}, "relationships": {}, "documents": 0}
    assert store.read_graph() == Graph()


def test_bad_cypher_is_a_one_line_store_error(store):
    with pytest.raises(StoreError) as info:
        store.query("MATCH (n RETURN n")
    assert "\n" not in str(info.value)
