"""Every statement the stores send to Neo4j passes Neo4j's own Cypher parser.

Uses the linter the report tests set up in tests/cypher_lint (npm
@neo4j-cypher/language-support; `scripts/install-test-tools.sh` installs it).
"""
from __future__ import annotations

import shutil
import subprocess
from pathlib import Path

import pytest

from medkg.graph import cypher_store
from medkg.graph.neo4j_store import schema_statements

LINT = Path(__file__).parents[1] / "cypher_lint"
SHAPE = {"label": "University", "type": "PARTNERS_WITH", "source": "Company", "target": "Hospital"}


def shared_statements() -> dict[str, str]:
    """Every Cypher template of the shared store base, filled in with one label and type."""
    return {name: value.format(**SHAPE) for name, value in vars(cypher_store).items()
            if name.isupper() and isinstance(value, str)}


@pytest.mark.slow
def test_every_shared_statement_and_neo4j_schema_statement_parses(tmp_path):
    if shutil.which("node") is None or not (LINT / "node_modules" / "@neo4j-cypher").is_dir():
        pytest.skip("the Neo4j Cypher parser is not installed (run scripts/install-test-tools.sh)")
    statements = shared_statements()
    assert {"WRITE_NODES", "WRITE_RELS", "DELETE_RELS", "NODES_OF_DOC", "DOC_PATHS"} <= statements.keys()
    statements.update({f"SCHEMA_{i}": text for i, text in enumerate(schema_statements())})
    for name, text in statements.items():
        (tmp_path / f"{name}.cypher").write_text(text + "\n", encoding="utf-8")
    (tmp_path / "ZZ_BROKEN.cypher").write_text("UNWIND $rows AS row MERGE (n:University {uid: row.uid) SET\n")
    done = subprocess.run(["node", str(LINT / "lint.mjs"), str(tmp_path)], capture_output=True, text=True,
                          timeout=120)
    errors = [line for line in done.stdout.splitlines() if ": error:" in line]
    assert done.returncode == 1 and len(errors) == 1 and "ZZ_BROKEN.cypher" in errors[0], done.stdout + done.stderr
    assert f"{len(statements) + 1} files parsed" in done.stdout
