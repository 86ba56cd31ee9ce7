"""Readers: one file's bytes -> a clean :class:`~medkg.loaders.document.SourceDocument`.

The format is chosen by file suffix, or by sniffing the first bytes when the suffix says
nothing. Every failure is a :class:`ReadError` whose message says in one line what is
wrong with the file (empty, binary, undecodable, truncated, too large, not a PDF...).
"""
from __future__ import annotations

from importlib import import_module
from pathlib import Path

from medkg.graph.model import document_id

from ..document import SourceDocument
from .errors import ReadError

#: Files above this size are refused rather than read into memory.
MAX_BYTES = 50 * 1024 * 1024

SUFFIXES = {
    ".txt": "txt", ".text": "txt", ".md": "md", ".markdown": "md",
    ".html": "html", ".htm": "html", ".xhtml": "html", ".pdf": "pdf", ".docx": "docx",
}
#: format -> (module, function); imported on first use, as trafilatura and pdfplumber are slow to load.
_READERS = {"txt": ("text", "read_text"), "md": ("text", "read_text"), "html": ("html", "read_html"),
            "pdf": ("pdf", "read_pdf"), "docx": ("docx", "read_docx")}


def sniff_format(path: Path, raw: bytes) -> str:
    """The reader to use: by suffix, else by the first bytes."""
    suffix = path.suffix.lower()
    if suffix in SUFFIXES:
        return SUFFIXES[suffix]
    if suffix:
        raise ReadError(f"unsupported file type {suffix!r} (readable: {', '.join(sorted(SUFFIXES))})")
    head = raw[:1024].lstrip().lower()
    if head.startswith(b"%pdf"):
        return "pdf"
    if head.startswith(b"pk\x03\x04"):
        return "docx"
    if head.startswith((b"<!doctype html", b"<html")):
        return "html"
    return "txt"


def read_bytes(path: Path, raw: bytes, max_bytes: int = MAX_BYTES) -> SourceDocument:
    """Read a document whose bytes are already in memory (the ingest hashes them first)."""
    if not raw.strip():
        raise ReadError("empty file")
    if len(raw) > max_bytes:
        raise ReadError(f"file is {len(raw) / 1e6:.1f} MB, over the {max_bytes / 1e6:.0f} MB limit")
    fmt = sniff_format(path, raw)
    module, function = _READERS[fmt]
    fields = getattr(import_module(f".{module}", __name__), function)(raw)
    if not fields["text"].strip() and not fields["tables"]:
        raise ReadError(f"no text found in this {fmt} file (a scanned image, or only page furniture?)")
    return SourceDocument(doc_id=document_id(raw), path=str(path), format=fmt, **fields)


def read_document(path: str | Path, max_bytes: int = MAX_BYTES) -> SourceDocument:
    """Read one file into a clean document."""
    path = Path(path)
    size = path.stat().st_size
    if size > max_bytes:
        raise ReadError(f"file is {size / 1e6:.1f} MB, over the {max_bytes / 1e6:.0f} MB limit")
    return read_bytes(path, path.read_bytes(), max_bytes)
