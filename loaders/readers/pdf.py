"""PDF reports through pdfplumber: body text without running heads, and tables as tables.

Running headers and footers are the lines that open or close most pages once digits are
ignored (``医工交叉专刊``, ``- 12 -``); they are dropped, as are bare page numbers. Text inside
a detected table is taken out of the body and kept as rows instead, so the body does not
carry table cells as broken sentences.
"""
from __future__ import annotations

import io
import re
from collections import Counter

import pdfplumber
from pdfminer.pdfparser import PDFSyntaxError
from pdfplumber.utils.exceptions import PdfminerException

from .cleanup import PARAGRAPH_BREAK, clean_lines, normalise_line
from .errors import ReadError

_EDGE = 2  # lines at the top and at the bottom of a page that may be running heads
_BARE_PAGE_NUMBER = re.compile(r"^[\W_]*\d{1,4}[\W_]*$")


def _shape(line: str) -> str:
    return re.sub(r"\d+", "#", line.replace(" ", ""))


def _inside(obj: dict, boxes: list[tuple[float, float, float, float]]) -> bool:
    x = (obj["x0"] + obj["x1"]) / 2
    y = (obj["top"] + obj["bottom"]) / 2
    return any(x0 <= x <= x1 and top <= y <= bottom for x0, top, x1, bottom in boxes)


def _page_content(page) -> tuple[list[str], list[list[list[str]]]]:
    found = page.find_tables()
    boxes = [t.bbox for t in found]
    tables = []
    for table in found:
        rows = [[normalise_line(cell or "") for cell in row] for row in table.extract()]
        rows = [row for row in rows if any(row)]
        if rows:
            tables.append(rows)
    body = page.filter(lambda obj: obj.get("object_type") != "char" or not _inside(obj, boxes)) if boxes else page
    text = body.extract_text() or ""
    return [normalise_line(line) for line in text.split("\n") if line.strip()], tables


def _running_heads(pages: list[list[str]]) -> set[str]:
    """Shapes of lines that sit at a page edge on at least half the pages (and on two or more)."""
    if len(pages) < 2:
        return set()
    counts: Counter[str] = Counter()
    for lines in pages:
        counts.update({_shape(line) for line in lines[:_EDGE] + lines[-_EDGE:]})
    return {shape for shape, n in counts.items() if n >= max(2, len(pages) / 2)}


def _strip_page(lines: list[str], heads: set[str]) -> list[str]:
    edges = set(range(min(_EDGE, len(lines)))) | set(range(max(0, len(lines) - _EDGE), len(lines)))
    return [line for i, line in enumerate(lines)
            if not (i in edges and (_shape(line) in heads or _BARE_PAGE_NUMBER.match(line)))]


def read_pdf(raw: bytes) -> dict:
    try:
        with pdfplumber.open(io.BytesIO(raw)) as pdf:
            contents = [_page_content(page) for page in pdf.pages]
            title = str((pdf.metadata or {}).get("Title") or "").strip()
    except (PdfminerException, PDFSyntaxError, ValueError, KeyError, TypeError) as exc:
        raise ReadError(f"not a readable PDF ({type(exc).__name__}: {str(exc)[:120]})") from None
    pages = [lines for lines, _ in contents]
    heads = _running_heads(pages)
    lines = [line for page in pages for line in _strip_page(page, heads)]
    text = clean_lines(lines)
    if not title and text:
        first = text.split(PARAGRAPH_BREAK, 1)[0]
        title = first if len(first) <= 60 else ""
    return {"encoding": "", "text": text, "tables": [t for _, ts in contents for t in ts], "title": title}
