"""Generality guard: short news-style documents of universities and hospitals the seeds never
mention, each with hand-written expected entities and relations (tests/fixtures/extract)."""
from __future__ import annotations

import json
from pathlib import Path

import pytest

from medkg.graph.model import Graph, normalize_name
from medkg.loaders.document import SourceDocument
from medkg.loaders.extract import extract_graph

FIXTURES = Path(__file__).resolve().parents[1] / "fixtures" / "extract"
EXPECTED = json.loads((FIXTURES / "expected.json").read_text(encoding="utf-8"))


def extract(stem: str) -> Graph:
    text = (FIXTURES / f"{stem}.txt").read_text(encoding="utf-8")
    return extract_graph(SourceDocument(doc_id=stem, path=f"{stem}.txt", format="txt", text=text))


def score(graph: Graph, expected: dict) -> tuple[float, float]:
    """Entity and typed-relation F1, matching a node by its name or any alias (as the gold scorer does)."""
    gold = {normalize_name(name): (label, name) for label, name in expected["entities"]}
    mapped = {}
    for uid, node in graph.nodes.items():
        for n in (node.name, *node.aliases):
            if normalize_name(n) in gold and gold[normalize_name(n)][0] == node.label:
                mapped[uid] = gold[normalize_name(n)][1]
                break
    ent_tp = len(set(mapped.values()))
    gold_rels = {(t, s, o) if t != "PARTNERS_WITH" else (t, *sorted((s, o))) for t, s, o in expected["relations"]}
    pred_rels = set()
    for rel in graph.relationships.values():
        s, o = mapped.get(rel.start, rel.start), mapped.get(rel.end, rel.end)
        pred_rels.add((rel.type, s, o) if rel.type != "PARTNERS_WITH" else (rel.type, *sorted((s, o))))
    return (_f1(ent_tp, len(graph.nodes), len(gold)), _f1(len(gold_rels & pred_rels), len(pred_rels), len(gold_rels)))


def _f1(tp: int, n_pred: int, n_gold: int) -> float:
    p, r = tp / n_pred if n_pred else 0.0, tp / n_gold if n_gold else 0.0
    return 2 * p * r / (p + r) if p + r else 0.0


def test_unseen_style_documents_reach_the_unseen_floors():
    ents, rels = [], []
    for stem, expected in EXPECTED.items():
        e, r = score(extract(stem), expected)
        ents.append(e)
        rels.append(r)
    assert sum(ents) / len(ents) >= 0.80, ents
    assert sum(rels) / len(rels) >= 0.50, rels


@pytest.mark.parametrize("stem", sorted(EXPECTED))
def test_each_unseen_document_finds_most_of_its_entities(stem):
    e, _ = score(extract(stem), EXPECTED[stem])
    assert e >= 0.6
