"""`medkg report list|show|run` and `medkg analyze` on a store holding the report fixture."""
from __future__ import annotations

import csv
import io
import json
import sys
from collections.abc import Iterator
from pathlib import Path

import pytest
from click.testing import CliRunner

from medkg.cli.main import cli
from medkg.graph.store import open_store

sys.path.insert(0, str(Path(__file__).parent.parent / "queries"))
from report_fixture import fixture_graph  # noqa: E402


@pytest.fixture(scope="module")
def db(tmp_path_factory: pytest.TempPathFactory) -> Iterator[str]:
    """An embedded store folder holding the fixture graph, analysed by the CLI.

    The fixture keeps its own connection open so that every command joins the running
    server instead of starting one.
    """
    path = str(tmp_path_factory.mktemp("reports") / "db")
    with open_store(path) as store:
        store.upsert(fixture_graph())
        result = CliRunner().invoke(cli, ["--db", path, "analyze", "--seed", "42"])
        assert result.exit_code == 0, result.output
        assert "23 nodes, 34 ties" in result.output and "11 gap candidates" in result.output
        yield path


def medkg(db: str, *args: str):
    return CliRunner().invoke(cli, ["--db", db, *args])


def test_list_names_every_report(db: str) -> None:
    result = medkg(db, "report", "list")
    assert result.exit_code == 0
    for name in ("partners", "connection", "ecosystem", "gaps", "data_quality"):
        assert name in result.output


def test_show_prints_questions_parameters_and_cypher(db: str) -> None:
    result = medkg(db, "report", "show", "ecosystem")
    assert result.exit_code == 0
    assert "某机构在 k 步之内" in result.output and "Which organisations" in result.output
    assert "hops (int, default 2)" in result.output and "org (str, required)" in result.output
    assert "MATCH (o)" in result.output


def test_run_as_json_csv_and_table(db: str) -> None:
    as_json = medkg(db, "report", "run", "gaps", "-p", "limit=2", "--format", "json")
    assert as_json.exit_code == 0, as_json.output
    rows = json.loads(as_json.output)
    assert [(r["organisation_a"], r["organisation_b"]) for r in rows] == [
        ("明康医疗科技有限公司", "江南医科大学"), ("江南医科大学附属第二医院", "西岭工业大学")]
    assert rows[0]["shared_partners"] == ["江南医科大学附属仁和医院", "长三角医疗器械创新联盟"]

    as_csv = medkg(db, "report", "run", "11", "-p", "limit=2", "--format", "csv")
    table = list(csv.reader(io.StringIO(as_csv.output)))
    assert table[0][:4] == ["sector_a", "organisation_a", "sector_b", "organisation_b"]
    assert table[1][-1] == "江南医科大学附属仁和医院; 长三角医疗器械创新联盟"

    as_table = medkg(db, "report", "run", "partners", "-p", "org=江医二院")
    assert as_table.exit_code == 0
    assert "11. Collaboration gaps" not in as_table.output and "1. Partners of an organisation" in as_table.output
    assert "3 rows" in as_table.output


@pytest.mark.parametrize(("args", "message"), [
    (["report", "run", "partner"], "no report named 'partner'; did you mean partners"),
    (["report", "show", "nothing_like_it"], "no report named 'nothing_like_it'"),
    (["report", "run", "partners"], "needs parameter 'org'"),
    (["report", "run", "ecosystem", "-p", "org=东理工", "-p", "hops=far"], "'hops' must be int, got 'far'"),
    (["report", "run", "ecosystem", "-p", "org"], "'org' is not key=value"),
])
def test_errors_are_one_clear_line(db: str, args: list[str], message: str) -> None:
    result = medkg(db, *args)
    assert result.exit_code == 1
    assert message in result.output
    assert "Traceback" not in result.output


def test_an_analytics_report_without_analyze_says_what_to_run(tmp_path: Path) -> None:
    result = medkg(str(tmp_path / "empty"), "report", "run", "gaps", "--format", "json")
    assert result.exit_code == 0
    assert "run it first" in result.output and "medkg analyze" in result.output


def test_a_parameter_with_quotes_is_bound_literally_and_no_rows_say_so(db: str) -> None:
    result = medkg(db, "report", "run", "partners", "-p", "org=江医' OR 1=1 RETURN 1 //\"\\")
    assert result.exit_code == 0, result.output
    assert result.output.strip() == "1. Partners of an organisation: no rows"
