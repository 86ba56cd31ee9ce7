"""The batch load against real stores: no-op reloads, replaced versions, bad files, removal."""
from __future__ import annotations

import shutil
import signal
from pathlib import Path

import pytest

from medkg import ingest
from medkg.graph.model import Graph, Node, Provenance, document_id
from medkg.graph.store import GraphStore
from medkg.ingest import (DocumentResult, IngestError, LoadedDocuments, Prepared, expand_paths, load_file, load_paths,
                          prepare, remove, write_batch)
from medkg.loaders.aliases import load_alias_file

FIXTURES = Path(__file__).parent / "fixtures" / "readers"
BAD = {"empty.txt": "empty file", "binary.txt": "binary content", "truncated.pdf": "not a readable PDF",
       "truncated.docx": "not a readable .docx"}
HEADER = "source,source_label,type,target,target_label,properties,evidence\n"
TIE = "甲大学,University,PARTNERS_WITH,乙医院,Hospital,,签约\n"
WORK = "王某,Person,WORKS_AT,甲大学,University,,任职\n"
FUND = "丙委员会,Agency,FUNDS,乙医院,Hospital,,资助\n"


def _counts(store: GraphStore) -> tuple[int, int]:
    stats = store.stats()
    return sum(stats["nodes"].values()), sum(stats["relationships"].values())


def _statuses(report: ingest.LoadReport) -> dict[str, str]:
    return {Path(d.path).name: d.status for d in report.documents}


def test_loading_the_same_records_twice_is_a_no_op(store: GraphStore) -> None:
    files = [FIXTURES / "records.yaml", FIXTURES / "relations.csv"]
    first = load_paths(store, files)
    assert _statuses(first) == {"records.yaml": "loaded", "relations.csv": "partial"}
    counts = _counts(store)
    assert counts == (6, 4)
    again = load_paths(store, files)
    assert _statuses(again) == {"records.yaml": "skipped", "relations.csv": "skipped"}
    assert {d.reason for d in again.documents} == {"unchanged since last load"}
    assert [d.format for d in again.documents] == ["yaml", "csv"]
    assert _counts(store) == counts


def test_a_changed_file_replaces_its_earlier_version(store: GraphStore, tmp_path: Path) -> None:
    path = tmp_path / "ties.csv"
    path.write_text(HEADER + TIE + WORK, encoding="utf-8")
    old_id = load_paths(store, [path]).documents[0].doc_id
    path.write_text(HEADER + TIE + FUND, encoding="utf-8")
    result = load_paths(store, [tmp_path / "." / "ties.csv"]).documents[0]  # the same file, spelt otherwise
    assert result.status == "loaded" and result.replaced == [old_id]
    assert set(store.documents()) == {document_id(path.read_bytes())}
    rels = store.read_graph().relationships
    assert set(rels) == {"Hospital:乙医院|PARTNERS_WITH|University:甲大学", "Agency:丙委员会|FUNDS|Hospital:乙医院"}
    assert {p.doc for p in rels["Hospital:乙医院|PARTNERS_WITH|University:甲大学"].provenance} == {result.doc_id}
    assert "Person:王某" not in store.read_graph().nodes


def test_bad_files_fail_with_reasons_and_do_not_stop_or_spoil_the_batch(store: GraphStore, tmp_path: Path) -> None:
    for name in BAD:
        shutil.copy(FIXTURES / name, tmp_path / name)
    shutil.copy(FIXTURES / "records.yaml", tmp_path / "z_records.yaml")
    (tmp_path / "notes.xlsx").write_bytes(b"PK\x03\x04")  # not loadable: ignored inside a folder
    report = load_paths(store, [tmp_path, tmp_path / "missing.txt"])
    by_name = {Path(d.path).name: d for d in report.documents}
    assert set(by_name) == {*BAD, "z_records.yaml", "missing.txt"}
    for name, reason in BAD.items():
        assert by_name[name].status == "failed" and reason in by_name[name].reason, by_name[name]
    assert by_name["missing.txt"].reason == "no such file"
    assert by_name["z_records.yaml"].status == "loaded"
    assert not report.ok and report.count("failed") == 5
    assert _counts(store) == (2, 1)  # exactly what the one good file holds
    assert list(store.documents()) == [by_name["z_records.yaml"].doc_id]


def test_a_file_over_the_size_limit_fails_without_being_read(store: GraphStore) -> None:
    result = load_file(store, FIXTURES / "records.yaml", LoadedDocuments({}), max_bytes=10)
    assert result.status == "failed" and "over the" in result.reason
    assert store.documents() == {}


def test_same_content_under_another_path_is_skipped(store: GraphStore, tmp_path: Path) -> None:
    copy = tmp_path / "copy.yaml"
    shutil.copy(FIXTURES / "records.yaml", copy)
    report = load_paths(store, [FIXTURES / "records.yaml", copy])
    assert report.documents[1].status == "skipped"
    assert report.documents[1].reason == f"same content already loaded from {FIXTURES / 'records.yaml'}"


def test_remove_keeps_facts_another_document_supports(store: GraphStore, tmp_path: Path) -> None:
    (tmp_path / "a.csv").write_text(HEADER + TIE + WORK, encoding="utf-8")
    (tmp_path / "b.csv").write_text(HEADER + TIE.replace("签约", "续约"), encoding="utf-8")
    report = load_paths(store, [tmp_path])
    a_id, b_id = (d.doc_id for d in report.documents)
    (removed,) = remove(store, str(tmp_path / "a.csv"))
    assert removed.doc == a_id
    graph = store.read_graph()
    assert set(graph.relationships) == {"Hospital:乙医院|PARTNERS_WITH|University:甲大学"}
    assert {p.doc for p in graph.relationships["Hospital:乙医院|PARTNERS_WITH|University:甲大学"].provenance} == {b_id}
    assert "Person:王某" not in graph.nodes
    remove(store, b_id)
    assert _counts(store) == (0, 0)
    with pytest.raises(IngestError, match="no document with id or path"):
        remove(store, b_id)


def test_alias_file_merges_records_from_different_files(store: GraphStore, tmp_path: Path) -> None:
    (tmp_path / "ties.csv").write_text(HEADER + "南工大,University,PARTNERS_WITH,滨海一院,Hospital,,\n", encoding="utf-8")
    load_paths(store, [FIXTURES / "entities.csv", tmp_path / "ties.csv"],
               aliases=load_alias_file(FIXTURES / "aliases.yaml"))
    graph = store.read_graph()
    assert "University:南工大" not in graph.nodes
    assert "Hospital:滨海市第一人民医院|PARTNERS_WITH|University:江南工业大学" in graph.relationships


def test_expand_paths_walks_folders_in_order_and_skips_hidden_and_foreign_files(store: GraphStore,
                                                                                 tmp_path: Path) -> None:
    (tmp_path / "sub").mkdir()
    (tmp_path / ".cache").mkdir()
    (tmp_path / "news_files").mkdir()  # saved by a browser with news.html
    for name in ("b.txt", "a.PDF", "sub/c.docx", ".hidden.txt", ".cache/d.txt", "e.png", "news.html",
                 "news_files/ad.html"):
        (tmp_path / name).write_bytes(b"x")
    assert [p.relative_to(tmp_path).as_posix() for p in expand_paths([tmp_path])] == ["a.PDF", "b.txt", "news.html",
                                                                                       "sub/c.docx"]
    empty = tmp_path / "empty"
    empty.mkdir()
    with pytest.raises(IngestError, match="nothing to load"):
        load_paths(store, [empty])


def test_progress_lines_without_a_terminal(store: GraphStore, tmp_path: Path, monkeypatch: pytest.MonkeyPatch,
                                           capsys: pytest.CaptureFixture[str]) -> None:
    monkeypatch.setattr(ingest, "PROGRESS_EVERY", 2)
    for i in range(3):
        (tmp_path / f"{i}.csv").write_text(HEADER + TIE.replace("签约", f"第{i}次"), encoding="utf-8")
    load_paths(store, [tmp_path], progress=True)
    assert capsys.readouterr().err.splitlines() == ["medkg load: 2/3 files", "medkg load: 3/3 files"]


def test_text_documents_go_through_extraction(store: GraphStore) -> None:
    report = load_paths(store, [FIXTURES / "gbk.txt", FIXTURES / "report.pdf", FIXTURES / "table.docx"])
    assert report.ok, [d.reason for d in report.documents]
    assert {d.encoding for d in report.documents} == {"gbk", ""}
    names = {n.name for n in store.read_graph().nodes.values()}
    assert {"江南工业大学", "滨海市第一人民医院"} <= names


def test_a_graph_the_store_refuses_fails_alone_and_its_batch_mates_load(store: GraphStore) -> None:
    good = Graph()
    good.add_node(Node(label="University", name="甲大学", provenance=[Provenance(doc="aaaa", sentence="甲")]))
    bad = Graph()
    bad.add_node(Node(label="Hospital", name="乙医院", properties={"docs": "x"},  # a reserved property name
                      provenance=[Provenance(doc="bbbb", sentence="乙")]))
    batch = [Prepared(DocumentResult(path="a.txt", status="loaded", doc_id="aaaa"), Path("a.txt"), good),
             Prepared(DocumentResult(path="b.txt", status="loaded", doc_id="bbbb"), Path("b.txt"), bad)]
    known = LoadedDocuments({})
    write_batch(store, batch, known)
    assert [item.result.status for item in batch] == ["loaded", "failed"]
    assert batch[1].result.reason.startswith("store rejected the graph: ")
    assert known.paths == {"aaaa": "a.txt"}
    assert set(store.documents()) == {"aaaa"}
    assert [n.name for n in store.read_graph().nodes.values()] == ["甲大学"]


def _facts(store: GraphStore) -> dict[str, set]:
    graph = store.read_graph()
    items = {**graph.nodes, **graph.relationships}
    return {key: {(p.doc, p.start, p.sentence, p.rule) for p in item.provenance} for key, item in items.items()}


def test_removing_and_reloading_a_text_document_restores_the_same_graph(store: GraphStore) -> None:
    files = [FIXTURES / "gbk.txt", FIXTURES / "news.html", FIXTURES / "report.pdf", FIXTURES / "table.docx"]
    assert load_paths(store, files).ok
    before = _facts(store)
    remove(store, str(FIXTURES / "news.html"))
    assert _facts(store) != before
    again = load_paths(store, files)
    assert [d.status for d in again.documents] == ["skipped", "loaded", "skipped", "skipped"]
    assert _facts(store) == before


def test_a_document_over_the_time_limit_fails_and_the_alarm_is_cleared() -> None:
    result = prepare(FIXTURES / "report.pdf", {}, time_limit=1e-6)
    assert isinstance(result, DocumentResult)
    assert result.status == "failed" and result.reason == "took longer than 1e-06 s to read and extract"
    assert signal.getitimer(signal.ITIMER_REAL) == (0.0, 0.0)
    assert isinstance(prepare(FIXTURES / "report.pdf", {}, time_limit=60), Prepared)
