"""Every report file passes Neo4j's own Cypher parser (npm @neo4j-cypher/language-support).

`scripts/install-test-tools.sh` runs `npm ci` here; so does this test when node_modules is
missing. Without node/npm or the npm registry the test fails, saying so.
"""
from __future__ import annotations

import shutil
import subprocess
from importlib.resources import as_file, files
from pathlib import Path

import pytest

HERE = Path(__file__).parent
pytestmark = pytest.mark.slow  # the parser's semantic analysis takes ~2 s a file


@pytest.fixture(scope="module")
def lint() -> Path:
    """The lint script, with its npm dependencies installed."""
    for tool in ("node", "npm"):
        if shutil.which(tool) is None:
            pytest.fail(f"{tool} is not installed: the Cypher lint needs Node.js (apt-get install nodejs npm)")
    if not (HERE / "node_modules" / "@neo4j-cypher" / "language-support").is_dir():
        done = subprocess.run(["npm", "ci", "--no-audit", "--no-fund", "--loglevel=error"], cwd=HERE,
                              capture_output=True, text=True, timeout=600)
        if done.returncode != 0:
            pytest.fail(f"`npm ci` in {HERE} failed (is the npm registry reachable?): {done.stderr.strip()[-500:]}")
    return HERE / "lint.mjs"


def run_lint(script: Path, folder: Path) -> subprocess.CompletedProcess[str]:
    return subprocess.run(["node", str(script), str(folder)], capture_output=True, text=True, timeout=120)


def test_every_report_passes_the_neo4j_parser(lint: Path) -> None:
    with as_file(files("medkg.queries")) as folder:
        done = run_lint(lint, folder)
        count = len(list(folder.glob("*.cypher")))
    assert done.returncode == 0, done.stdout + done.stderr
    assert f"{count} files parsed, 0 with errors" in done.stdout


def test_the_parser_rejects_what_neo4j_would_reject(lint: Path, tmp_path: Path) -> None:
    (tmp_path / "01_ok.cypher").write_text("// name: ok\nMATCH (n) RETURN n.name AS name\n", encoding="utf-8")
    (tmp_path / "02_bad.cypher").write_text("MATCH (n) RETURN n.name AS name ORDER BY\n", encoding="utf-8")
    (tmp_path / "03_dash.cypher").write_text("-- name: sql-style comment\nMATCH (n) RETURN n\n", encoding="utf-8")
    (tmp_path / "04_grouping.cypher").write_text(
        "MATCH (n) WITH collect(n) AS a MATCH (m) WITH a + collect(m) AS b RETURN b\n", encoding="utf-8")
    done = run_lint(lint, tmp_path)
    assert done.returncode == 1
    assert "01_ok" not in done.stdout
    for name in ("02_bad.cypher:1", "03_dash.cypher:1", "04_grouping.cypher:1"):
        assert name in done.stdout
    assert "4 files parsed, 3 with errors" in done.stdout
