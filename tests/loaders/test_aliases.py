"""User alias files: merges added after extraction, merges forbidden even against the table."""
from __future__ import annotations

from pathlib import Path

import pytest

from medkg.graph.model import Graph, Node, Provenance, Relationship
from medkg.loaders.aliases import AliasFileError, AliasTable, apply_aliases, load_alias_file

FIXTURES = Path(__file__).parents[1] / "fixtures" / "readers"
PROV = [Provenance(doc="d1", sentence="s", rule="test")]


def _graph() -> Graph:
    graph = Graph()
    for label, name, aliases in [("University", "南工大", []), ("University", "江南工业大学", ["江南工大"]),
                                 ("Hospital", "滨海一院", []), ("Hospital", "滨海市中心医院", ["滨海市第一人民医院"]),
                                 ("Person", "林国栋", [])]:
        graph.add_node(Node(label=label, name=name, aliases=aliases, provenance=PROV))
    graph.add_relationship(Relationship(type="PARTNERS_WITH", start="University:南工大", end="Hospital:滨海一院",
                                        properties={"year": 2021}, provenance=PROV))
    graph.add_relationship(Relationship(type="WORKS_AT", start="Person:林国栋", end="University:江南工业大学",
                                        provenance=PROV))
    graph.add_relationship(Relationship(type="PARTNERS_WITH", start="University:南工大",
                                        end="University:江南工业大学", provenance=PROV))
    return graph


def test_yaml_and_csv_alias_files_give_the_same_table(tmp_path: Path) -> None:
    from_yaml = load_alias_file(FIXTURES / "aliases.yaml")
    csv_file = tmp_path / "aliases.csv"
    csv_file.write_text("action,name,other\nmerge,南工大,江南工业大学\nmerge,滨海一院,滨海市第一人民医院\n"
                        "forbid,滨海市中心医院,滨海市第一人民医院\n", encoding="utf-8")
    assert load_alias_file(csv_file) == from_yaml
    assert from_yaml.canonical("南 工大") == "江南工业大学"  # compared as normalised names
    assert from_yaml.forbidden("滨海市第一人民医院", "滨海市中心医院")


def test_apply_renames_merges_and_rewires_relationships() -> None:
    out = apply_aliases(_graph(), load_alias_file(FIXTURES / "aliases.yaml"))
    university = out.nodes["University:江南工业大学"]
    assert university.aliases == ["南工大", "江南工大"]
    assert "University:南工大" not in out.nodes and "Hospital:滨海一院" not in out.nodes
    tie = out.relationships["Hospital:滨海市第一人民医院|PARTNERS_WITH|University:江南工业大学"]
    assert tie.properties == {"year": 2021} and tie.provenance == PROV
    assert "Person:林国栋|WORKS_AT|University:江南工业大学" in out.relationships
    # 南工大 PARTNERS_WITH 江南工业大学 became a tie of the university with itself: dropped.
    assert len(out.relationships) == 2


def test_forbidden_alias_is_removed_and_forbidden_merge_is_not_made() -> None:
    table = AliasTable(add={"滨海市中心医院": "滨海市第一人民医院"},
                       forbid={frozenset({"滨海市中心医院", "滨海市第一人民医院"})})
    out = apply_aliases(_graph(), table)
    central = out.nodes["Hospital:滨海市中心医院"]
    assert central.aliases == []  # the extractor had merged the two; the user said no


def test_empty_table_leaves_the_graph_alone() -> None:
    graph = _graph()
    assert apply_aliases(graph, AliasTable()) is graph


@pytest.mark.parametrize(("name", "content", "reason"), [
    ("a.csv", "surface,canonical\n甲,乙\n", "header must be 'action,name,other'"),
    ("b.csv", "action,name,other\nmerge,甲\n", "b.csv:2: expected 3 non-empty columns"),
    ("c.csv", "action,name,other\nalias,甲,乙\n", "c.csv:2: action must be 'merge' or 'forbid'"),
    ("d.yaml", "add: [甲, 乙]\n", "'add' must map surface forms"),
    ("e.yaml", "forbid:\n  - [甲]\n", "forbid entry 1 must be a pair"),
    ("f.yaml", "merges: {}\n", "expected a mapping with 'add' and/or 'forbid'"),
])
def test_malformed_alias_files_are_clear_errors(tmp_path: Path, name: str, content: str, reason: str) -> None:
    path = tmp_path / name
    path.write_text(content, encoding="utf-8")
    with pytest.raises(AliasFileError, match=reason):
        load_alias_file(path)
