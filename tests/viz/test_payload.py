"""What the page is told about each node and relationship."""
from medkg.graph.model import Graph, Node, Provenance, Relationship
from medkg.viz.payload import MAX_EVIDENCE, MAX_SIZE, MIN_SIZE, graph_facts, size_measure


def _two_universities(**props) -> Graph:
    g = Graph()
    a = g.add_node(Node(label="University", name="甲大学", properties=props))
    b = g.add_node(Node(label="University", name="乙大学"))
    c = g.add_node(Node(label="Hospital", name="丙医院"))
    g.add_relationship(Relationship(type="PARTNERS_WITH", start=a.uid, end=b.uid, properties={"year": "2020"}))
    g.add_relationship(Relationship(type="GAP_CANDIDATE", start=a.uid, end=c.uid, properties={"score": 0.5}))
    return g


def test_size_is_computed_degree_without_predicted_ties():
    measure, values = size_measure(_two_universities())
    assert measure == "degree"
    assert values == {"University:甲大学": 1.0, "University:乙大学": 1.0, "Hospital:丙医院": 0.0}


def test_size_prefers_pagerank_written_by_analytics():
    measure, values = size_measure(_two_universities(pagerank=0.7))
    assert measure == "pagerank"
    assert values["University:甲大学"] == 0.7 and values["University:乙大学"] == 0.0


def test_sizes_span_the_range_and_years_are_numbers(sample_graph):
    data = graph_facts(sample_graph)
    sizes = {n["name"]: n["size"] for n in data["nodes"]}
    assert max(sizes.values()) == MAX_SIZE and min(sizes.values()) >= MIN_SIZE
    assert sizes["滨江理工大学"] == MAX_SIZE  # the best-connected node in the fixture
    assert {e["year"] for e in graph_facts(_two_universities())["edges"]} == {2020, None}


def test_evidence_keeps_the_strongest_and_counts_the_rest():
    g = Graph()
    prov = [Provenance(doc=f"d{i:02d}", path=f"p{i}.txt", sentence=f"句子{i}", confidence=i / 20) for i in range(12)]
    g.add_node(Node(label="Company", name="某公司", provenance=prov))
    (node,) = graph_facts(g)["nodes"]
    assert len(node["evidence"]["items"]) == MAX_EVIDENCE and node["evidence"]["more"] == 12 - MAX_EVIDENCE
    assert node["evidence"]["items"][0]["sentence"] == "句子11"
    assert graph_facts(g)["docs"]["d03"] == "p3.txt"


def test_communities_are_listed_largest_first(sample_graph):
    data = graph_facts(sample_graph)
    assert [(c["id"], c["size"]) for c in data["communities"]] == [("1", 6), ("2", 4), ("0", 3)]
    assert {n["community"] for n in data["nodes"]} == {"0", "1", "2"}
