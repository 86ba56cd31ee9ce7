"""`medkg view` on a store holding the fictional view fixture: every view, and its errors."""
from __future__ import annotations

import importlib.util
import json
import re
from collections.abc import Iterator
from pathlib import Path

import pytest
from click.testing import CliRunner

from medkg.cli.main import cli
from medkg.graph.store import open_store

FIXTURE = Path(__file__).resolve().parents[1] / "fixtures" / "viz" / "sample_graph.py"


def _sample_graph():
    spec = importlib.util.spec_from_file_location("viz_sample_graph", FIXTURE)
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    return module.sample_graph()


@pytest.fixture(scope="module")
def db(tmp_path_factory: pytest.TempPathFactory) -> Iterator[str]:
    """A store folder with the fixture; the open connection lets each command join its server."""
    path = str(tmp_path_factory.mktemp("view") / "db")
    with open_store(path) as store:
        store.upsert(_sample_graph())
        yield path


def view(db: str, tmp_path: Path, *args: str) -> tuple[object, dict]:
    out = tmp_path / "view.html"
    result = CliRunner().invoke(cli, ["--db", db, "view", "-o", str(out), *args])
    if result.exit_code != 0:
        return result, {}
    html = out.read_text(encoding="utf-8")
    data = re.search(r'<script id="medkg-data" type="application/json">(.*?)</script>', html, re.S).group(1)
    return result, json.loads(data)


def test_whole_graph(db, tmp_path):
    result, data = view(db, tmp_path)
    assert result.exit_code == 0, result.output
    assert "13 nodes, 15 relationships" in result.output
    assert len(data["nodes"]) == 13 and data["state"]["focus"] is None
    evidence = {e["type"]: e["evidence"]["items"] for e in data["edges"]}
    assert evidence["INVESTS_IN"][0]["sentence"] == "星桥资本领投云岭医疗B轮融资。"  # provenance survives the store


def test_focus_by_alias(db, tmp_path):
    result, data = view(db, tmp_path, "--focus", "仁和医院", "--hops", "2", "--communities")
    assert result.exit_code == 0, result.output
    assert data["state"]["focus"] == "Hospital:东海医科大学附属仁和医院" and data["state"]["hops"] == 2
    assert data["state"]["colour_by"] == "community"
    assert "聚焦 focus: 东海医科大学附属仁和医院 · 2 跳 hops" in result.output


def test_path_between_two_people(db, tmp_path):
    result, data = view(db, tmp_path, "--path", "林若海", "周明远")
    assert result.exit_code == 0, result.output
    assert len(data["nodes"]) == 13, "the whole graph, with the paths highlighted"
    assert "Person:林若海" in data["state"]["highlight_nodes"] and len(data["state"]["highlight_edges"]) == 6


def test_report_draws_the_nodes_it_returns(db, tmp_path):
    result, data = view(db, tmp_path, "--report", "partners", "-p", "org=仁和医院")
    assert result.exit_code == 0, result.output
    assert sorted(n["name"] for n in data["nodes"]) == ["东海医科大学", "东海医科大学附属仁和医院", "周明远", "滨江医工交叉创新研究院"]
    assert sorted(e["type"] for e in data["edges"]) == ["AFFILIATED_WITH", "CO_FOUNDED", "WORKS_AT"]
    assert "Partners of an organisation" in result.output


@pytest.mark.parametrize(("args", "message"), [
    (["--focus", "不存在的医院"], "no node is called '不存在的医院'"),
    (["--focus", "东海医科"], "names 2 nodes"),
    (["--focus", "仁和医院", "--path", "林若海", "周明远"], "only one of --focus, --path and --report"),
    (["-p", "org=x"], "-p/--param only goes with --report"),
    (["--report", "partners"], "needs parameter 'org'"),
    (["--report", "partnrs", "-p", "org=x"], "no report named 'partnrs'"),
])
def test_bad_views_are_one_line_errors(db, tmp_path, args, message):
    result, _ = view(db, tmp_path, *args)
    assert result.exit_code == 1
    assert message in result.output and "Traceback" not in result.output
    assert not (tmp_path / "view.html").exists()


def test_an_empty_store_says_what_to_do(tmp_path):
    with open_store(str(tmp_path / "empty")) as store:
        result = CliRunner().invoke(cli, ["--db", str(tmp_path / "empty"), "view", "-o", str(tmp_path / "v.html"),
                                          "--communities"])
        assert store.stats()  # the connection stays open while the command joins it
    assert result.exit_code == 1 and "load documents first" in result.output
