"""`medkg export`, `import` and `stats` against every store (through the shared session store)."""
from __future__ import annotations

import json
from pathlib import Path

import networkx as nx
from click.testing import CliRunner

from medkg.cli.main import cli

SAMPLE = Path(__file__).parent.parent / "fixtures" / "graph" / "sample.jsonl"


def medkg(target: str, *args: str):
    result = CliRunner().invoke(cli, ["--db", target, *args])
    assert result.exit_code == 0, result.output
    return result


def test_import_then_export_gives_back_the_same_bytes(store_target, tmp_path):
    result = medkg(store_target, "import", str(SAMPLE))
    assert "imported 15 nodes (15 new) and 13 relationships (13 new)" in result.output
    medkg(store_target, "export", "-o", str(tmp_path / "out.jsonl"))
    assert (tmp_path / "out.jsonl").read_bytes() == SAMPLE.read_bytes()
    again = medkg(store_target, "import", str(tmp_path / "out.jsonl"))
    assert "(0 new)" in again.output


def test_import_replace_empties_the_store_first(store, store_target, tmp_path):
    medkg(store_target, "import", str(SAMPLE))
    lines = SAMPLE.read_text(encoding="utf-8").splitlines()
    (tmp_path / "first.jsonl").write_text(lines[0] + "\n", encoding="utf-8")
    medkg(store_target, "import", "--replace", str(tmp_path / "first.jsonl"))
    assert sum(store.stats()["nodes"].values()) == 1


def test_stats_counts_by_label_and_type(store_target):
    medkg(store_target, "import", str(SAMPLE))
    stats = json.loads(medkg(store_target, "stats", "--json").output)
    assert stats["nodes"] == {"Company": 13, "Hospital": 1, "University": 1}
    assert stats["relationships"] == {"AFFILIATED_WITH": 1, "INVESTS_IN": 10, "PARTNERS_WITH": 2}
    assert stats["documents"] == 3
    table = medkg(store_target, "stats").output
    assert "INVESTS_IN" in table and "total" in table


def test_graphml_export_opens_in_networkx(store_target, tmp_path):
    medkg(store_target, "import", str(SAMPLE))
    medkg(store_target, "export", "--format", "graphml", "-o", str(tmp_path / "g.graphml"))
    graph = nx.read_graphml(tmp_path / "g.graphml")
    assert graph.number_of_nodes() == 15 and graph.number_of_edges() == 13
    hospital = graph.nodes["Hospital:上海交通大学医学院附属瑞金医院"]
    assert (hospital["kind"], hospital["beds"], hospital["aliases"]) == ("Hospital", 3000, "瑞金医院")
    assert graph.nodes["Company:MATCH(n)DETACHDELETEn"]["label"] == "MATCH (n) DETACH DELETE n"


def test_bad_import_file_is_one_line_error(store_target, tmp_path):
    bad = tmp_path / "bad.jsonl"
    bad.write_text('{"type": "node", "id": "0"}\n', encoding="utf-8")
    result = CliRunner().invoke(cli, ["--db", store_target, "import", str(bad)])
    assert result.exit_code == 1
    assert result.output.strip() == "Error: ExchangeError: line 1: missing field 'labels'"
