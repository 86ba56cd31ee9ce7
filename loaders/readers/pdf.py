"""PDF reports through pdfplumber: body text without running heads, and tables as tables.

Running headers and footers (``医工交叉专刊``, ``- 12 -``) are dropped (see pages.py). Text inside
a detected table is taken out of the body and kept as rows instead, so the body does not
carry table cells as broken sentences. A two-column page is read column by column.
"""
from __future__ import annotations

import io
import statistics

import pdfplumber
from pdfminer.pdfparser import PDFSyntaxError
from pdfplumber.utils.exceptions import PdfminerException

from .cleanup import PARAGRAPH_BREAK, clean_lines, normalise_line
from .errors import ReadError
from .pages import page_lines, running_heads

_GUTTER = 4.0  # points of white space that separate two columns at least


def _inside(obj: dict, boxes: list[tuple[float, float, float, float]]) -> bool:
    x = (obj["x0"] + obj["x1"]) / 2
    y = (obj["top"] + obj["bottom"]) / 2
    return any(x0 <= x <= x1 and top <= y <= bottom for x0, top, x1, bottom in boxes)


def _rows(chars: list[dict]) -> list[list[dict]]:
    """Characters grouped into printed lines by their top edge."""
    rows: dict[int, list[dict]] = {}
    for char in chars:
        if char["text"].strip():
            rows.setdefault(round(char["top"]), []).append(char)
    return [rows[top] for top in sorted(rows)]


def _crosses(row: list[dict], x: float) -> bool:
    return any(c["x0"] - _GUTTER / 2 <= x <= c["x1"] + _GUTTER / 2 for c in row)


def _gutter(page, rows: list[list[dict]]) -> float | None:
    """The x of the gap between two columns of text, or None for a one-column page.

    Two columns: a vertical band near the middle that few printed lines cross (only
    full-width headlines and running heads), with text on both sides of it on most lines,
    the text on the left wrapped at the band.
    """
    if len(rows) < 6:
        return None
    lo, hi = int(page.width * 0.35), int(page.width * 0.65)
    crossing = [0] * (hi - lo + 1)  # how many printed lines cover each candidate x
    for row in rows:
        covered = set()
        for c in row:
            covered.update(range(max(lo, int(c["x0"] - _GUTTER / 2)), min(hi, int(c["x1"] + _GUTTER / 2)) + 1))
        for x in covered:
            crossing[x - lo] += 1
    x = lo + min(range(len(crossing)), key=crossing.__getitem__)
    both_sides = [row for row in rows if any(c["x1"] < x for c in row) and any(c["x0"] > x for c in row)]
    if crossing[x - lo] > 0.2 * len(rows) or len(both_sides) < 0.5 * len(rows):
        return None
    # Text in a column is wrapped at the column's width: its lines end within a character
    # of each other. The cells of a table without rules end wherever their text does.
    char_width = statistics.median(c["x1"] - c["x0"] for row in rows for c in row)
    ends = [max(c["x1"] for c in row if c["x1"] < x) for row in both_sides]
    middle = statistics.median(ends)
    aligned = sum(abs(end - middle) <= char_width for end in ends)
    return x if aligned >= 0.7 * len(ends) else None


def _text_blocks(body) -> list[list[str]]:
    """The page's lines in reading order, in blocks: one block for a one-column page; for a
    two-column page the full-width lines above the columns, the two columns (left, then
    right), and the full-width lines below."""
    rows = _rows(body.chars)
    x = _gutter(body, rows)
    if x is None:
        return [(body.extract_text() or "").split("\n")]
    in_columns = [row for row in rows if not _crosses(row, x)]
    top, bottom = min(c["top"] for c in in_columns[0]), max(c["bottom"] for c in in_columns[-1])
    spanning = [row for row in rows if _crosses(row, x)]
    above = ["".join(c["text"] for c in row) for row in spanning if row[0]["bottom"] <= top]
    below = ["".join(c["text"] for c in row) for row in spanning if row[0]["top"] >= bottom]
    columns = [body.within_bbox(box).extract_text() or ""
               for box in ((0, top, x, bottom), (x, top, body.width, bottom))]
    return [above, "\n".join(columns).split("\n"), below]


def _page_content(page) -> tuple[list[list[str]], list[list[list[str]]]]:
    found = page.find_tables() if page.edges else []  # ruled tables only: no lines, no table
    boxes = [t.bbox for t in found]
    tables = []
    for table in found:
        rows = [[normalise_line(cell or "") for cell in row] for row in table.extract()]
        rows = [row for row in rows if any(row)]
        if rows:
            tables.append(rows)
    body = page.filter(lambda obj: obj.get("object_type") != "char" or not _inside(obj, boxes)) if boxes else page
    blocks = [[normalise_line(line) for line in block if line.strip()] for block in _text_blocks(body)]
    return blocks, tables


def read_pdf(raw: bytes) -> dict:
    try:
        with pdfplumber.open(io.BytesIO(raw)) as pdf:
            contents = [_page_content(page) for page in pdf.pages]
            title = str((pdf.metadata or {}).get("Title") or "").strip()
    except (PdfminerException, PDFSyntaxError, ValueError, KeyError, TypeError) as exc:
        raise ReadError(f"not a readable PDF ({type(exc).__name__}: {str(exc)[:120]})") from None
    heads = running_heads([[line for block in blocks for line in block] for blocks, _ in contents])
    lines = [line for blocks, _ in contents for line in page_lines(blocks, heads)]
    text = clean_lines(lines)
    if not title and text:
        first = text.split(PARAGRAPH_BREAK, 1)[0]
        title = first if len(first) <= 60 else ""
    return {"encoding": "", "text": text, "tables": [t for _, ts in contents for t in ts], "title": title}
