"""Issue 4's unseen floors on the held-out corpora (tests/fixtures/heldout*), scored by ../shared/eval/score.py.

Each corpus was written and annotated without looking at the extraction rules, about
institutions the seeds do not feature, so it measures how the rules generalise (until rules
are tuned with it in view: see each corpus's README). Run with ``-s`` to see the full tables.
"""
from __future__ import annotations

from pathlib import Path

import pytest

from quality_scoring import SCORER_PATH, score_folder

CORPORA = sorted((Path(__file__).parent / "fixtures").glob("heldout*"))
ENTITY_FLOOR, RELATION_FLOOR = 0.80, 0.50

pytestmark = pytest.mark.skipif(not SCORER_PATH.exists(), reason=f"shared scorer not found at {SCORER_PATH}")


@pytest.fixture(scope="module", params=CORPORA, ids=lambda corpus: corpus.name)
def scores(request: pytest.FixtureRequest, tmp_path_factory: pytest.TempPathFactory) -> dict:
    corpus = request.param
    export = tmp_path_factory.mktemp(corpus.name) / "graph.jsonl"
    result, table = score_folder(corpus / "docs", corpus / "gold", export)
    print(f"\nheld-out corpus {corpus.name}\n" + table)
    return result


def test_heldout_entity_f1_floor(scores):
    assert scores["entities"]["ALL"]["f1"] >= ENTITY_FLOOR, scores["entities"]


def test_heldout_relation_f1_floor(scores):
    assert scores["relations"]["ALL"]["f1"] >= RELATION_FLOOR, scores["relations"]
