"""The report registry: headers, declared vs used parameters, binding and errors."""
from __future__ import annotations

import pytest

from medkg.queries.registry import (
    Parameter,
    ReportError,
    get_report,
    load_reports,
    parse_assignments,
    parse_report,
    query_parameters,
)

GOOD = """\
// name: demo
// title: A demo
// zh: 演示？
// en: A demo?
// param: org str -- who
// param: hops int = 2 -- how far
// param: weight float = 0.5
// param: strict bool = false
MATCH (n) WHERE n.name = $org AND $hops > 0 AND $weight > 0 AND $strict = false RETURN n.name AS name
"""


def test_the_sixteen_issue_reports_ship_with_the_package() -> None:
    reports = load_reports()
    assert len(reports) >= 16
    assert [r.number for r in reports.values()] == list(range(1, len(reports) + 1))
    for r in reports.values():
        assert r.title and r.question_zh and r.question_en, r.name
        assert any("\u4e00" <= c <= "\u9fff" for c in r.question_zh), r.name
        assert query_parameters(r.cypher) == {p.name for p in r.parameters}, r.name
    assert {r.name for r in reports.values() if r.needs == "medkg analyze"} == {"clusters", "brokers", "gaps"}


def test_header_is_parsed_with_types_and_defaults() -> None:
    report = parse_report(GOOD, "07_demo.cypher")
    assert (report.number, report.name, report.title) == (7, "demo", "A demo")
    assert report.parameters == (
        Parameter("org", "str", doc="who"),
        Parameter("hops", "int", 2, required=False, doc="how far"),
        Parameter("weight", "float", 0.5, required=False),
        Parameter("strict", "bool", False, required=False),
    )
    assert report.cypher.startswith("MATCH (n)")
    assert report.needs == ""
    assert parse_report(GOOD.replace("// param: org", "// needs: medkg analyze\n// param: org"),
                        "07_demo.cypher").needs == "medkg analyze"


def test_binding_converts_strings_and_fills_defaults() -> None:
    report = parse_report(GOOD, "07_demo.cypher")
    assert report.bind({"org": "仁和医院"}) == {"org": "仁和医院", "hops": 2, "weight": 0.5, "strict": False}
    assert report.bind({"org": "x", "hops": "3", "weight": "1", "strict": "yes"}) == {
        "org": "x", "hops": 3, "weight": 1.0, "strict": True}
    assert report.bind({"org": "x", "weight": 2})["weight"] == 2.0


@pytest.mark.parametrize(("given", "message"), [
    ({}, "needs parameter 'org'"),
    ({"org": "x", "hops": "two"}, "'hops' must be int, got 'two'"),
    ({"org": "x", "hops": True}, "'hops' must be int"),
    ({"org": "x", "weight": "heavy"}, "'weight' must be float"),
    ({"org": "x", "strict": "maybe"}, "'strict' must be bool"),
    ({"org": 3}, "'org' must be str"),
    ({"org": "x", "hop": 1}, "has no parameter 'hop'"),
])
def test_bad_parameters_are_clear_errors(given: dict, message: str) -> None:
    with pytest.raises(ReportError, match=message):
        parse_report(GOOD, "07_demo.cypher").bind(given)


@pytest.mark.parametrize(("text", "filename", "message"), [
    (GOOD, "demo.cypher", "named NN_name.cypher"),
    (GOOD, "07_other.cypher", "differs from the file name"),
    (GOOD.replace("// zh: 演示？\n", ""), "07_demo.cypher", "header lacks zh"),
    (GOOD.replace("// title:", "// titel:"), "07_demo.cypher", "unknown header line"),
    (GOOD.replace("hops int = 2", "hops integer = 2"), "07_demo.cypher", "bad parameter line"),
    (GOOD.replace("hops int = 2", "hops int = two"), "07_demo.cypher", "not a JSON literal"),
    (GOOD.replace("hops int = 2", 'hops int = "2"'), "07_demo.cypher", "must be int"),
    (GOOD.replace("AND $hops > 0 ", ""), "07_demo.cypher", r"declared parameters .* but the query uses"),
    (GOOD.replace("RETURN n.name", "AND n.x = $extra RETURN n.name"), "07_demo.cypher", "the query uses"),
])
def test_malformed_report_files_are_rejected(text: str, filename: str, message: str) -> None:
    with pytest.raises(ReportError, match=message):
        parse_report(text, filename)


def test_parameters_in_strings_and_comments_do_not_count() -> None:
    cypher = "MATCH (n) // uses $ghost\nWHERE n.name = '$notaparam' AND n.x = \"$nor\" AND n.y = $real RETURN n"
    assert query_parameters(cypher) == {"real"}


def test_reports_are_found_by_name_or_number_and_unknown_names_get_suggestions() -> None:
    assert get_report("gaps").number == 11
    assert get_report("11").name == get_report("011").name == "gaps"
    with pytest.raises(ReportError, match="did you mean partners"):
        get_report("partner")
    with pytest.raises(ReportError, match="report list"):
        get_report("zzzz")


def test_command_line_assignments() -> None:
    assert parse_assignments(["org=仁和医院", "expr=a=b"]) == {"org": "仁和医院", "expr": "a=b"}
    with pytest.raises(ReportError, match="not key=value"):
        parse_assignments(["org"])
