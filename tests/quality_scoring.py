"""Scoring a folder of documents against hand gold with the shared scorer (../shared/eval/score.py).

Documents go through the product's own reader and extractor, as ``medkg load`` does; the
document id is the file stem so that the gold's ``doc`` fields (and ``--docs``) match.
"""
from __future__ import annotations

import contextlib
import importlib.util
import io
import json
from pathlib import Path
from types import ModuleType

from medkg.graph.exchange import write_apoc
from medkg.graph.model import Graph
from medkg.loaders.extract import extract_graph
from medkg.loaders.readers import read_document

SHARED = Path(__file__).resolve().parents[1].parent / "shared"
SCORER_PATH = SHARED / "eval" / "score.py"


def load_scorer() -> ModuleType:
    """The shared scorer, imported from its file (it is not a package)."""
    spec = importlib.util.spec_from_file_location("shared_score", SCORER_PATH)
    scorer = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(scorer)
    return scorer


def extract_folder(docs: Path) -> Graph:
    """One merged graph of every .txt document in ``docs``, ids = file stems."""
    graph = Graph()
    for path in sorted(docs.glob("*.txt")):
        document = read_document(path).model_copy(update={"doc_id": path.stem})
        graph.update(extract_graph(document))
    return graph


def score_folder(docs: Path, gold: Path, export: Path) -> tuple[dict, str]:
    """Write the APOC export of ``docs`` to ``export``; return the scores and the scorer's table."""
    with export.open("w", encoding="utf-8") as out:
        write_apoc(extract_folder(docs), out)
    scorer = load_scorer()
    table = io.StringIO()
    with contextlib.redirect_stdout(table):
        scorer.main([str(export), "--gold", str(gold)])
    lines = [json.loads(line) for line in export.read_text(encoding="utf-8").splitlines() if line.strip()]
    result = scorer.score(lines, scorer.read_jsonl(gold / "entities.jsonl"), scorer.read_jsonl(gold / "relations.jsonl"))
    return result, table.getvalue()
