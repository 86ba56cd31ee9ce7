"""Running heads and page numbers: the lines that open or close most pages.

Used on PDF pages, and on text with form feeds between pages (``pdftotext`` output). A line
is a running head when, digits ignored, it sits among the first or last lines of at least
half the pages (and of two or more); bare page numbers at a page edge go too.
"""
from __future__ import annotations

import re
from collections import Counter

_EDGE = 2  # lines at the top and at the bottom of a page that may be running heads
_BARE_PAGE_NUMBER = re.compile(r"^[\W_]*\d{1,4}[\W_]*$")


def _shape(line: str) -> str:
    return re.sub(r"\d+", "#", line.replace(" ", ""))


def _edges(lines: list[str]) -> list[str]:
    filled = [line for line in lines if line]
    return filled[:_EDGE] + filled[-_EDGE:]


def running_heads(pages: list[list[str]]) -> set[str]:
    """Shapes of the lines that are running heads across these pages."""
    if len(pages) < 2:
        return set()
    counts: Counter[str] = Counter()
    for lines in pages:
        counts.update({_shape(line) for line in _edges(lines)})
    return {shape for shape, n in counts.items() if n >= max(2, len(pages) / 2)}


def page_lines(blocks: list[list[str]], heads: set[str]) -> list[str]:
    """One page's lines without running heads and page numbers, its blocks (a one-column
    page has one) separated by a blank line."""
    flat = [line for block in blocks for line in block]
    furniture = {line for line in _edges(flat) if _shape(line) in heads or _BARE_PAGE_NUMBER.match(line)}
    kept = [[line for line in block if line not in furniture] for block in blocks]
    lines: list[str] = []
    for block in filter(None, kept):
        lines.extend(([""] if lines else []) + block)
    return lines


def strip_page_furniture(pages: list[list[str]]) -> list[str]:
    """The lines of all pages, one block a page, without running heads and page numbers."""
    heads = running_heads(pages)
    return [line for page in pages for line in page_lines([page], heads)]
