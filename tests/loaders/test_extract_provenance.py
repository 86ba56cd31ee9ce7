"""Provenance everywhere: every node and relationship extract_graph returns says where it came from."""
from pathlib import Path

import pytest

from medkg.graph.model import Graph, Node, Provenance, Relationship
from medkg.loaders.extract import extract_graph
from medkg.loaders.extract.implied import complete_provenance
from medkg.loaders.readers import read_document

FIXTURES = Path(__file__).resolve().parents[1] / "fixtures"
DOCUMENTS = sorted(p for folder in ("extract", "heldout/docs", "heldout2/docs") for p in (FIXTURES / folder).glob("*.txt"))


@pytest.mark.parametrize("path", DOCUMENTS, ids=lambda p: p.name)
def test_every_fact_has_evidence_from_its_document(path: Path) -> None:
    document = read_document(path)
    graph = extract_graph(document)
    assert graph.nodes
    for item in [*graph.nodes.values(), *graph.relationships.values()]:
        assert item.provenance, f"no evidence for {item}"
        for p in item.provenance:
            assert p.doc == document.doc_id and p.sentence.strip() and p.rule


def test_a_parent_named_only_inside_a_nested_name_takes_that_sentence() -> None:
    said = Provenance(doc="d1", sentence="甲大学附属乙医院与丙公司签约。", start=0, end=15, rule="org:mention")
    graph = Graph()
    graph.add_node(Node(label="Hospital", name="甲大学附属乙医院", provenance=[said]))
    graph.add_node(Node(label="University", name="甲大学"))
    graph.add_node(Node(label="Agency", name="丁委员会"))
    graph.add_relationship(Relationship(type="AFFILIATED_WITH", start="Hospital:甲大学附属乙医院", end="University:甲大学"))
    complete_provenance(graph)
    rel = next(iter(graph.relationships.values()))
    assert [p.sentence for p in rel.provenance] == [said.sentence]
    assert rel.provenance[0].rule == "implied:org:mention"
    assert graph.nodes["University:甲大学"].provenance[0].sentence == said.sentence
    assert graph.nodes["Agency:丁委员会"].provenance == []  # nothing implies it: left for the caller to see
