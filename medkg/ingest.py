"""The batch load: files and folders -> documents -> graphs -> the store.

Document id = content hash, so an unchanged file already in the store is skipped, and a
changed file at a path the store knows replaces the facts of its earlier version. One bad
file never stops the batch: it is reported as failed with a one-line reason and nothing it
half-wrote stays behind. Files are read one at a time and written in batches. The
:class:`LoadReport` lists what happened to every file.
"""
from __future__ import annotations

import os
import signal
import sys
import threading
from collections import ChainMap, defaultdict
from collections.abc import Iterable, Iterator, Mapping
from contextlib import contextmanager
from dataclasses import dataclass, field
from pathlib import Path
from typing import Literal

from medkg.graph.model import Graph, document_id
from medkg.graph.store import GraphStore, RemovalResult
from medkg.loaders.aliases import AliasTable, apply_aliases
from medkg.loaders.readers import MAX_BYTES, SUFFIXES as DOCUMENT_SUFFIXES, ReadError, read_bytes
from medkg.loaders.structured import SUFFIXES as RECORD_SUFFIXES, StructuredError, read_structured

Status = Literal["loaded", "partial", "skipped", "failed"]
FORMATS = {**DOCUMENT_SUFFIXES, **RECORD_SUFFIXES}  # suffix -> format
LOADABLE = frozenset(FORMATS)
#: Documents written to the store in one upsert: at most this many files or facts. Larger
#: batches write an organisation many documents name once per batch instead of once per few
#: documents (bench_ingest, per 10 MB: store server CPU 6.1 s at 50 files, 3.6 s at 200, 2.8 s
#: at 500; the load's peak memory ~280 MB at 500). The facts cap bounds memory on dense text.
BATCH_DOCS = 500
BATCH_FACTS = 80_000
#: Seconds one document may take to read and extract before it is given up as failed.
TIME_LIMIT = 300.0
#: Without a terminal, a progress line is written every this many files (on long loads only).
PROGRESS_EVERY = 50


@dataclass
class DocumentResult:
    """What happened to one file. ``partial``: loaded, but some records were rejected (or its
    earlier version could not be retracted)."""

    path: str
    status: Status
    doc_id: str = ""
    format: str = ""
    encoding: str = ""
    nodes: int = 0
    relationships: int = 0
    replaced: list[str] = field(default_factory=list)
    reason: str = ""


@dataclass
class LoadReport:
    documents: list[DocumentResult] = field(default_factory=list)

    def count(self, status: Status) -> int:
        return sum(1 for d in self.documents if d.status == status)

    @property
    def ok(self) -> bool:
        """True when every file loaded completely or was already there."""
        return all(d.status in ("loaded", "skipped") for d in self.documents)


class IngestError(RuntimeError):
    """A whole-command failure (nothing to load, no such document to remove)."""


def expand_paths(paths: Iterable[str | Path]) -> list[Path]:
    """Files as given, and every loadable file under a folder (sorted, hidden ones left out).

    A file named explicitly is always attempted, so an unsupported one is reported rather
    than silently ignored; a missing path is kept so that it is reported as failed.
    """
    files: list[Path] = []
    for raw in paths:
        path = Path(raw)
        if not path.is_dir():
            files.append(path)
            continue
        for root, dirs, names in os.walk(path):
            dirs[:] = sorted(d for d in dirs if not d.startswith(".") and not _saved_page_assets(d, names))
            files.extend(Path(root, n) for n in sorted(names)
                         if not n.startswith(".") and Path(n).suffix.lower() in LOADABLE)
    return list(dict.fromkeys(files))


def _saved_page_assets(folder: str, siblings: list[str]) -> bool:
    """``Page_files/`` beside ``Page.html``: what a browser saves with a page (scripts, ads)."""
    stem = folder.removesuffix("_files").removesuffix(".files")
    return stem != folder and any(name in siblings for name in (f"{stem}.html", f"{stem}.htm"))


def _file_key(path: str) -> str:
    return str(Path(path).resolve()) if path else ""


class LoadedDocuments:
    """The documents in the store: id -> source path, and each file's ids (its versions)."""

    def __init__(self, documents: dict[str, str]) -> None:
        self.paths: dict[str, str] = {}
        self._by_file: dict[str, set[str]] = defaultdict(set)
        for doc, path in documents.items():
            self.add(doc, path)

    def add(self, doc: str, path: str) -> None:
        self.paths[doc] = path
        self._by_file[_file_key(path)].add(doc)

    def discard(self, doc: str) -> None:
        self._by_file[_file_key(self.paths.pop(doc, ""))].discard(doc)

    def versions_of(self, path: str) -> list[str]:
        """Ids of documents loaded from this file (the same file however its path was spelt)."""
        return sorted(self._by_file.get(_file_key(path), ()))


def _extract(document) -> Graph:
    """Text extraction, imported on first use (it loads gazetteers and lexicons)."""
    try:
        from medkg.loaders.extract import extract_graph
    except ImportError as exc:
        raise ReadError(f"text extraction is not available ({exc})") from None
    return extract_graph(document)


def _read(path: Path, raw: bytes, result: DocumentResult) -> Graph:
    """The file's graph; fills format, encoding and (for records) the rejected rows."""
    if path.suffix.lower() in RECORD_SUFFIXES:
        records = read_structured(path, raw)
        result.format, result.encoding = records.format, records.encoding
        if records.problems:
            result.status = "partial"
            result.reason = f"{len(records.problems)} of {records.rows} records rejected: " + "; ".join(records.problems)
        return records.graph
    document = read_bytes(path, raw)
    result.format, result.encoding = document.format, document.encoding
    return _extract(document)


@dataclass
class Prepared:
    """A file read and extracted, waiting to be written with the rest of its batch."""

    result: DocumentResult
    path: Path
    graph: Graph


class DocumentTimeout(Exception):
    """Reading and extracting one document took longer than the limit."""


@contextmanager
def _time_limit(seconds: float | None) -> Iterator[None]:
    """Raise :class:`DocumentTimeout` after ``seconds`` (an alarm signal, so only in the main
    thread on Unix; elsewhere, or with no limit, there is none)."""
    if not seconds or threading.current_thread() is not threading.main_thread() or not hasattr(signal, "setitimer"):
        yield
        return

    def expire(signum: int, frame: object) -> None:
        raise DocumentTimeout(f"took longer than {seconds:g} s to read and extract")

    previous = signal.signal(signal.SIGALRM, expire)
    signal.setitimer(signal.ITIMER_REAL, seconds)
    try:
        yield
    finally:
        signal.setitimer(signal.ITIMER_REAL, 0)
        signal.signal(signal.SIGALRM, previous)


def prepare(path: Path, known: Mapping[str, str], aliases: AliasTable | None = None,
            max_bytes: int = MAX_BYTES, time_limit: float | None = TIME_LIMIT) -> DocumentResult | Prepared:
    """Read and extract one file. A final result (skipped or failed), or a graph to write.

    ``known``: doc id -> path of every document already loaded (or about to be)."""
    result = DocumentResult(path=str(path), status="loaded", format=FORMATS.get(path.suffix.lower(), ""))
    try:
        if not path.is_file():
            raise ReadError("no such file" if not path.exists() else "not a regular file")
        if path.stat().st_size > max_bytes:
            raise ReadError(f"file is {path.stat().st_size / 1e6:.1f} MB, over the {max_bytes / 1e6:.0f} MB limit")
        raw = path.read_bytes()
        result.doc_id = document_id(raw)
        if result.doc_id in known:
            result.status = "skipped"
            same = _file_key(known[result.doc_id]) == _file_key(str(path))
            result.reason = "unchanged since last load" if same else f"same content already loaded from {known[result.doc_id]}"
            return result
        with _time_limit(time_limit):
            graph = _read(path, raw, result)
            if aliases:
                graph = apply_aliases(graph, aliases)
    except (ReadError, StructuredError, OSError, DocumentTimeout) as exc:
        return _failed(result, str(exc))
    except Exception as exc:  # noqa: BLE001 - an extractor bug on one document must not stop the batch
        return _failed(result, f"extraction failed: {type(exc).__name__}: {exc}")
    result.nodes, result.relationships = len(graph.nodes), len(graph.relationships)
    if not graph.nodes and result.status == "loaded":
        result.reason = "no entities found"
    return Prepared(result, path, graph)


def write_batch(store: GraphStore, batch: list[Prepared], known: LoadedDocuments) -> None:
    """Write several documents in one upsert (shared nodes are written once, not once per
    document); if the store refuses it, retract it and write them one by one, so that only
    the document at fault fails.

    The new version of a file goes in before its old version comes out, so a failed write
    never leaves a path with neither; facts both versions state keep the new evidence.
    """
    merged = Graph().update(*(item.graph for item in batch))
    try:
        store.upsert(merged)
    except Exception as exc:  # noqa: BLE001 - find the document at fault, fail only that one
        notes = [_roll_back(store, item.result.doc_id) for item in batch]
        if len(batch) > 1:
            for item in batch:
                write_batch(store, [item], known)
        else:
            _failed(batch[0].result, f"store rejected the graph{notes[0]}: {type(exc).__name__}: {exc}")
        return
    for item in batch:
        for old in known.versions_of(str(item.path)):
            try:
                store.remove_document(old)
            except Exception as exc:  # noqa: BLE001 - the new version is in; say what is left
                item.result.status = "partial"
                item.result.reason = f"earlier version {old} could not be retracted: {type(exc).__name__}: {exc}"
                continue
            item.result.replaced.append(old)
            known.discard(old)
        if item.graph.nodes:
            known.add(item.result.doc_id, str(item.path))


def load_file(store: GraphStore, path: Path, known: LoadedDocuments, aliases: AliasTable | None = None,
              max_bytes: int = MAX_BYTES) -> DocumentResult:
    """Load one file; ``known`` (what the store holds) is kept up to date."""
    prepared = prepare(path, known.paths, aliases, max_bytes)
    if isinstance(prepared, DocumentResult):
        return prepared
    write_batch(store, [prepared], known)
    return prepared.result


def _roll_back(store: GraphStore, doc: str) -> str:
    """Retract whatever a failed write got in; '' on success, else a note for the reason."""
    try:
        store.remove_document(doc)
    except Exception as exc:  # noqa: BLE001 - the store may be the thing that is broken
        return f" and rolling back failed ({type(exc).__name__}: {exc})"
    return ""


def _failed(result: DocumentResult, reason: str) -> DocumentResult:
    result.status, result.reason = "failed", reason.strip().splitlines()[0] if reason.strip() else "failed"
    result.nodes = result.relationships = 0
    return result


def _progress(files: list[Path], show: bool) -> Iterator[Path]:
    """The files, with a progress bar on a terminal or a line every PROGRESS_EVERY files."""
    if not show or len(files) < 2:
        yield from files
        return
    if sys.stderr.isatty():
        from rich.console import Console
        from rich.progress import Progress

        with Progress(console=Console(stderr=True), transient=True) as bar:
            task = bar.add_task("loading", total=len(files))
            for path in files:
                bar.update(task, description=f"loading {path.name[:40]}")
                yield path
                bar.advance(task)
        return
    for i, path in enumerate(files, 1):
        yield path
        if len(files) > PROGRESS_EVERY and (i % PROGRESS_EVERY == 0 or i == len(files)):
            print(f"medkg load: {i}/{len(files)} files", file=sys.stderr, flush=True)


def load_paths(store: GraphStore, paths: Iterable[str | Path], aliases: AliasTable | None = None,
               progress: bool = False) -> LoadReport:
    """Load every file under ``paths`` into ``store``; never stops on a bad file.

    Extracted graphs are written in batches of up to BATCH_DOCS files or BATCH_FACTS facts.
    """
    files = expand_paths(paths)
    if not files:
        raise IngestError("nothing to load: no files under the given paths")
    known = LoadedDocuments(store.documents())
    pending: dict[str, str] = {}  # doc id -> path of files read but not yet written
    report = LoadReport()
    batch: list[Prepared] = []
    facts = 0  # nodes and relationships in the batch
    for path in _progress(files, progress):
        prepared = prepare(path, ChainMap(pending, known.paths), aliases)
        if isinstance(prepared, DocumentResult):
            report.documents.append(prepared)
            continue
        report.documents.append(prepared.result)
        batch.append(prepared)
        pending[prepared.result.doc_id] = str(path)
        facts += len(prepared.graph)
        if len(batch) >= BATCH_DOCS or facts >= BATCH_FACTS:
            write_batch(store, batch, known)
            batch, pending, facts = [], {}, 0
    if batch:
        write_batch(store, batch, known)
    return report


def remove(store: GraphStore, target: str) -> list[RemovalResult]:
    """Retract one document, named by its id or by the path it was loaded from."""
    known = LoadedDocuments(store.documents())
    docs = [target] if target in known.paths else known.versions_of(target)
    if not docs:
        raise IngestError(f"no document with id or path {target!r} in the store")
    return [store.remove_document(doc) for doc in docs]
