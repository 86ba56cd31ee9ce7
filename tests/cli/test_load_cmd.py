"""``medkg load`` / ``medkg remove`` through click, on an embedded store in a temporary folder."""
from __future__ import annotations

import shutil
from pathlib import Path

import pytest
from click.testing import CliRunner

from medkg.cli.main import cli

FIXTURES = Path(__file__).parents[1] / "fixtures" / "readers"
pytestmark = pytest.mark.slow  # every invocation starts and stops an embedded FalkorDB (about 3 s)


def _run(db: Path, *args: str):
    return CliRunner().invoke(cli, ["--db", str(db), *args])


def test_load_reports_each_file_skips_unchanged_and_remove_retracts(tmp_path: Path) -> None:
    db = tmp_path / "db"
    records = tmp_path / "records.yaml"
    shutil.copy(FIXTURES / "records.yaml", records)
    first = _run(db, "load", str(records))
    assert first.exit_code == 0, first.output
    assert "load report" in first.output and "loaded" in first.output
    assert "1 loaded, 0 partial, 0 skipped, 0 failed; 2 nodes and 1 relationships read" in first.output
    again = _run(db, "load", str(tmp_path))
    assert again.exit_code == 0, again.output
    assert "0 loaded, 0 partial, 1 skipped, 0 failed" in again.output
    removed = _run(db, "remove", str(records))
    assert removed.exit_code == 0, removed.output
    assert "2 nodes and 1 relationships deleted" in removed.output
    missing = _run(db, "remove", str(records))
    assert missing.exit_code == 1
    assert "no document with id or path" in missing.output


def test_a_failed_file_is_reported_and_the_exit_code_is_non_zero(tmp_path: Path) -> None:
    result = _run(tmp_path / "db", "load", str(FIXTURES / "empty.txt"), str(FIXTURES / "relations.csv"),
                  "--alias-file", str(FIXTURES / "aliases.yaml"))
    assert result.exit_code == 1
    assert f"failed: {FIXTURES / 'empty.txt'}: empty file" in result.output
    assert f"partial: {FIXTURES / 'relations.csv'}: 2 of 5 records rejected: {FIXTURES / 'relations.csv'}:4:" \
        in result.output
    assert "0 loaded, 1 partial, 0 skipped, 1 failed" in result.output
    assert result.output.rstrip().endswith("Error: 2 of 2 files did not load completely")


def test_a_malformed_alias_file_is_a_one_line_error(tmp_path: Path) -> None:
    aliases = tmp_path / "aliases.csv"
    aliases.write_text("surface,canonical\n", encoding="utf-8")
    result = _run(tmp_path / "db", "load", str(FIXTURES / "records.yaml"), "--alias-file", str(aliases))
    assert result.exit_code == 1
    assert result.output.strip().splitlines() == [
        f"Error: AliasFileError: {aliases}:1: header must be 'action,name,other', got 'surface,canonical'"]
