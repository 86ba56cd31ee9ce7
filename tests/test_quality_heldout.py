"""Issue 4's unseen floors on the held-out corpus (tests/fixtures/heldout), scored by ../shared/eval/score.py.

The corpus was written and annotated without looking at the extraction rules, about
institutions the seeds do not feature, so it measures how the rules generalise.
Run with ``-s`` to see the scorer's full table.
"""
from __future__ import annotations

from pathlib import Path

import pytest

from quality_scoring import SCORER_PATH, score_folder

HELDOUT = Path(__file__).parent / "fixtures" / "heldout"
ENTITY_FLOOR, RELATION_FLOOR = 0.80, 0.50

pytestmark = pytest.mark.skipif(not SCORER_PATH.exists(), reason=f"shared scorer not found at {SCORER_PATH}")


@pytest.fixture(scope="module")
def scores(tmp_path_factory: pytest.TempPathFactory) -> dict:
    export = tmp_path_factory.mktemp("heldout") / "graph.jsonl"
    result, table = score_folder(HELDOUT / "docs", HELDOUT / "gold", export)
    print("\nheld-out corpus\n" + table)
    return result


def test_heldout_entity_f1_floor(scores):
    assert scores["entities"]["ALL"]["f1"] >= ENTITY_FLOOR, scores["entities"]


def test_heldout_relation_f1_floor(scores):
    assert scores["relations"]["ALL"]["f1"] >= RELATION_FLOOR, scores["relations"]
