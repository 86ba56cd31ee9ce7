"""Curated CSV/JSON/YAML records: good rows load, each bad row is named by file and line."""
from __future__ import annotations

from pathlib import Path

import pytest

from medkg.graph.model import document_id
from medkg.loaders.structured import StructuredError, read_structured

FIXTURES = Path(__file__).parents[1] / "fixtures" / "readers"


def test_entities_csv_loads_good_rows_and_reports_bad_ones_by_line() -> None:
    path = FIXTURES / "entities.csv"
    result = read_structured(path)
    assert result.format == "csv" and result.rows == 6
    assert sorted(result.graph.nodes) == ["Company:东岳医疗科技有限公司", "Hospital:滨海市第一人民医院",
                                          "Person:林国栋", "University:江南工业大学"]
    assert result.problems == [
        f"{path}:5: label 'Firm' is not a label (one of University, Hospital, Company, Platform, Agency, Person, Project)",
        f"{path}:6: properties is not a JSON object (Expecting property name enclosed in double quotes)",
    ]
    university = result.graph.nodes["University:江南工业大学"]
    assert university.aliases == ["南工大", "江南工大"]
    assert university.properties == {"city": "滨海"}
    prov = university.provenance[0]
    assert prov.rule == "structured:csv"
    assert prov.doc == document_id(path.read_bytes())
    assert prov.sentence == '江南工业大学,University,江南工大|南工大,{"city": "滨海"}'


def test_relations_csv_creates_endpoints_and_rejects_short_and_schema_violating_rows() -> None:
    result = read_structured(FIXTURES / "relations.csv")
    assert sorted(r.type for r in result.graph.relationships.values()) == ["CO_FOUNDED", "PARTNERS_WITH", "WORKS_AT"]
    works = result.graph.relationships["Person:林国栋|WORKS_AT|University:江南工业大学"]
    assert works.properties == {"title": "校长"}
    assert [p.split(": ", 1)[0].rsplit(":", 1)[1] for p in result.problems] == ["4", "5"]
    assert "expected 7 columns" in result.problems[0]
    assert "AFFILIATED_WITH is not allowed from Hospital to Company" in result.problems[1]
    assert "Hospital:滨海市第一人民医院|AFFILIATED_WITH|Company:东岳医疗科技有限公司" not in result.graph.relationships


def test_json_and_yaml_records_report_the_line_of_a_bad_item() -> None:
    json_result = read_structured(FIXTURES / "records.json")
    assert json_result.format == "json"
    assert json_result.problems == [f"{FIXTURES / 'records.json'}:12: INVESTS_IN is not allowed from Company to "
                                    "Platform (allowed: Company -> Company)"]
    co_founded = json_result.graph.relationships["University:江南工业大学|CO_FOUNDED|Platform:滨海智能康复研究院"]
    assert co_founded.properties == {"year": 2022}
    assert co_founded.provenance[0].rule == "structured:json"
    yaml_result = read_structured(FIXTURES / "records.yaml")
    assert yaml_result.problems == []
    assert yaml_result.graph.nodes["Agency:滨海市卫生健康委员会"].aliases == ["滨海市卫健委"]
    assert "Agency:滨海市卫生健康委员会|FUNDS|Hospital:滨海市第一人民医院" in yaml_result.graph.relationships


def test_extra_csv_columns_become_typed_properties(tmp_path: Path) -> None:
    path = tmp_path / "ties.csv"
    path.write_text("source,source_label,type,target,target_label,year,note\n"
                    "甲大学,University,PARTNERS_WITH,乙医院,Hospital,2023,签约\n", encoding="gbk")
    result = read_structured(path)
    assert result.encoding == "gbk"
    (rel,) = result.graph.relationships.values()
    assert rel.properties == {"year": 2023, "note": "签约"}


@pytest.mark.parametrize(("content", "reason"), [
    ("id,what\n1,2\n", "header must hold"),
    ("", "empty file"),
])
def test_csv_that_is_not_a_records_file_is_an_error(tmp_path: Path, content: str, reason: str) -> None:
    path = tmp_path / "other.csv"
    path.write_text(content, encoding="utf-8")
    with pytest.raises(StructuredError, match=reason):
        read_structured(path)


@pytest.mark.parametrize(("name", "content", "reason"), [
    ("package.json", '{"name": "x", "version": "1"}', "expected only 'entities' and 'relations'"),
    ("broken.yaml", "entities: [\n  {name: 甲", "not valid YAML"),
    ("list.json", "[1, 2]", "expected a mapping"),
])
def test_mapping_files_that_are_not_records_are_errors(tmp_path: Path, name: str, content: str, reason: str) -> None:
    path = tmp_path / name
    path.write_text(content, encoding="utf-8")
    with pytest.raises(StructuredError, match=reason):
        read_structured(path)


def test_reserved_property_names_and_unknown_fields_are_rejected_per_row(tmp_path: Path) -> None:
    path = tmp_path / "r.yaml"
    path.write_text("entities:\n"
                    "  - {name: 甲大学, label: University, properties: {uid: x}}\n"
                    "  - {name: 乙医院, label: Hospital, colour: red}\n"
                    "  - {name: 丙公司, label: Company}\n", encoding="utf-8")
    result = read_structured(path)
    assert list(result.graph.nodes) == ["Company:丙公司"]
    assert result.problems == [f"{path}:2: properties use reserved names ['uid']",
                               f"{path}:3: unknown fields ['colour']"]


def test_a_gbk_csv_from_excel_with_few_chinese_characters(tmp_path: Path) -> None:
    path = tmp_path / "excel.csv"
    path.write_bytes("name,label,aliases,properties\r\n医院,Hospital,,\r\n".encode("gbk"))  # also valid UTF-8
    result = read_structured(path)
    assert result.encoding == "gbk"
    assert list(result.graph.nodes) == ["Hospital:医院"]


def test_csv_that_cannot_be_parsed_past_a_line_keeps_the_rows_before_it(tmp_path: Path) -> None:
    path = tmp_path / "huge.csv"
    path.write_text("name,label,aliases,properties\n甲大学,University,,\n乙医院,Hospital,," + "x" * 200_000 + "\n",
                    encoding="utf-8")
    result = read_structured(path)
    assert list(result.graph.nodes) == ["University:甲大学"]
    assert result.problems == [f"{path}:3: not valid CSV from here on (field larger than field limit (131072))"]
