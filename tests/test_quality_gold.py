"""Quality floors of issue 4 on the seed documents, scored by ../shared/eval/score.py against ../shared/gold.

The seeds are read by the product's own reader (as ``medkg load`` does), extracted, merged and
exported as APOC JSON lines; the shared scorer then compares names, labels and typed triples.
"""
from __future__ import annotations

import importlib.util
import io
import json
from pathlib import Path

import pytest

from medkg.graph.exchange import write_apoc
from medkg.graph.model import Graph
from medkg.loaders.extract import extract_graph
from medkg.loaders.readers import read_document

SHARED = Path(__file__).resolve().parents[1].parent / "shared"
ENTITY_FLOOR, RELATION_FLOOR, PER_TYPE_FLOOR, PER_TYPE_MIN_GOLD = 0.88, 0.72, 0.5, 10

pytestmark = pytest.mark.skipif(not (SHARED / "eval" / "score.py").exists(),
                                reason=f"shared seeds, gold and scorer not found at {SHARED}")


@pytest.fixture(scope="module")
def scores() -> dict:
    spec = importlib.util.spec_from_file_location("shared_score", SHARED / "eval" / "score.py")
    scorer = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(scorer)
    graph = Graph()
    for path in sorted((SHARED / "seeds").glob("*.txt")):
        document = read_document(path).model_copy(update={"doc_id": path.stem})
        graph.update(extract_graph(document))
    buffer = io.StringIO()
    write_apoc(graph, buffer)
    export = [json.loads(line) for line in buffer.getvalue().splitlines() if line.strip()]
    gold = SHARED / "gold"
    return scorer.score(export, scorer.read_jsonl(gold / "entities.jsonl"), scorer.read_jsonl(gold / "relations.jsonl"))


def test_entity_f1_floor(scores):
    assert scores["entities"]["ALL"]["f1"] >= ENTITY_FLOOR, scores["entities"]


def test_relation_f1_floor(scores):
    assert scores["relations"]["ALL"]["f1"] >= RELATION_FLOOR, scores["relations"]


@pytest.mark.parametrize("part", ["entities", "relations"])
def test_every_frequent_label_and_type_floor(scores, part):
    weak = {k: round(v["f1"], 3) for k, v in scores[part].items()
            if k not in ("ALL", "ANY_TYPE") and v["gold"] >= PER_TYPE_MIN_GOLD and v["f1"] < PER_TYPE_FLOOR}
    assert not weak, weak
