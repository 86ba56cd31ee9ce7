"""Word ``.docx`` through python-docx: paragraphs in order, tables as tables."""
from __future__ import annotations

import io
import zipfile

import docx
from docx.opc.exceptions import PackageNotFoundError
from docx.table import Table

from .cleanup import clean_lines, normalise_line
from .errors import ReadError


def _rows(table: Table) -> list[list[str]]:
    rows = [[normalise_line(cell.text) for cell in row.cells] for row in table.rows]
    return [row for row in rows if any(row)]


def read_docx(raw: bytes) -> dict:
    try:
        document = docx.Document(io.BytesIO(raw))
    except (PackageNotFoundError, zipfile.BadZipFile, KeyError, ValueError) as exc:
        raise ReadError(f"not a readable .docx ({type(exc).__name__}: {str(exc)[:120]})") from None
    lines: list[str] = []
    title = ""
    for block in document.iter_inner_content():
        if isinstance(block, Table):
            continue
        if not title and block.style is not None and block.style.name.lower().startswith(("title", "heading")):
            title = normalise_line(block.text)
        lines.extend(block.text.split("\n"))
    tables = [rows for rows in map(_rows, document.tables) if rows]
    return {"encoding": "", "text": clean_lines(lines, rejoin_wraps=False), "tables": tables,
            "title": title or (document.core_properties.title or "").strip()}
