"""Running heads and page numbers: the lines that open or close most pages.

Used on PDF pages, on text with form feeds between pages (``pdftotext`` output), and on text
copied out of a PDF, where a page-number line (``— 17 —``) is all that marks the end of a
page. A line is a running head when, digits and spaces ignored, it sits among the first or
last lines of at least half the pages (and of two or more); bare page numbers at a page edge
go too.
"""
from __future__ import annotations

import re
from collections import Counter

_EDGE = 2  # lines at the top and at the bottom of a page that may be running heads
_BARE_PAGE_NUMBER = re.compile(r"^[\W_]*\d{1,4}[\W_]*$")
#: A page number on a line of its own: ``- 10 -``, ``— 8 —``, ``第 3 页``, ``3/20``, ``Page 4``.
PAGE_NUMBER = re.compile(r"^\s*(?:[-—–]\s*\d{1,4}\s*[-—–]|第\s*\d{1,4}\s*页(?:\s*共\s*\d+\s*页)?|\d{1,4}\s*/\s*\d{1,4}"
                         r"|page\s*\d{1,4}(?:\s*of\s*\d+)?)\s*$", re.IGNORECASE)


def _shape(line: str) -> str:
    return re.sub(r"\d+", "#", "".join(line.split()))


def _edges(lines: list[str]) -> list[str]:
    filled = [line for line in lines if line.strip()]
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
    furniture = {line for line in _edges(flat) if _shape(line) in heads or _BARE_PAGE_NUMBER.match(line.strip())}
    kept = [[line for line in block if line not in furniture] for block in blocks]
    lines: list[str] = []
    for block in filter(None, kept):
        lines.extend(([""] if lines else []) + block)
    return lines


def _trimmed(lines: list[str]) -> list[str]:
    """Without blank lines at either end: a sentence wrapped across a page break goes on."""
    filled = [i for i, line in enumerate(lines) if line.strip()]
    return lines[filled[0]:filled[-1] + 1] if filled else []


def _title(pages: list[list[str]]) -> list[str]:
    """The first line, with a blank line after it, when later pages repeat it word for word
    as their running head: a report's title (its digits do not change from page to page, as
    a page or issue number in a head would)."""
    first = _edges(pages[0])[:1] if pages else []
    repeated = first and any(first[0].strip() == line.strip() for page in pages[1:] for line in _edges(page))
    return [first[0], ""] if repeated else []


def strip_page_furniture(pages: list[list[str]]) -> list[str]:
    """The lines of all pages, one block a page, without running heads and page numbers
    (the title excepted)."""
    heads = running_heads(pages)
    return _title(pages) + [line for page in pages for line in _trimmed(page_lines([page], heads))]


def numbered_pages(lines: list[str]) -> list[list[str]]:
    """Text copied out of a PDF, cut into pages after each page-number line (one page when none)."""
    pages: list[list[str]] = [[]]
    for line in lines:
        pages[-1].append(line)
        if PAGE_NUMBER.match(line):
            pages.append([])
    return [page for page in pages if any(line.strip() for line in page)]
