"""Plain text and Markdown: decode, strip Markdown syntax and front matter, clean.

Text saved from blogs and CMS exports often carries Markdown even in a ``.txt`` file (front
matter, image links), so both go through the same reader; pipe tables become tables. Text
with form feeds between pages (``pdftotext`` output) loses its running heads.
"""
from __future__ import annotations

import re

import yaml

from .cleanup import PARAGRAPH_BREAK, clean_lines, normalise_line
from .encoding import decode
from .aligned import split_aligned_tables
from .pages import PAGE_NUMBER, numbered_pages, strip_page_furniture

_FRONT_MATTER = re.compile(r"\A---\s*\n(.*?)\n---\s*\n", re.DOTALL)
_IMAGE = re.compile(r"!\[[^\]]*\]\([^)]*\)")
_LINK = re.compile(r"\[([^\]]*)\]\([^)]*\)")
_HEADING = re.compile(r"^#{1,6}\s+")
_EMPHASIS = re.compile(r"(\*\*|__|~~|`)")
_HTML_COMMENT = re.compile(r"<!--.*?-->", re.DOTALL)
_TABLE_RULE = re.compile(r"^\|?\s*:?-{3,}:?\s*(\|\s*:?-{3,}:?\s*)*\|?$")
#: ``标题: ...`` / ``Title: ...`` header lines of exported articles.
_TITLE_FIELD = re.compile(r"^(?:标题|题目|title)\s*[:：]\s*(.+)$", re.IGNORECASE)


def _front_matter(text: str) -> tuple[dict, str]:
    match = _FRONT_MATTER.match(text)
    if not match:
        return {}, text
    try:
        meta = yaml.safe_load(match.group(1))
    except yaml.YAMLError:
        return {}, text
    return (meta if isinstance(meta, dict) else {}), text[match.end():]


def _split_tables(lines: list[str]) -> tuple[list[str], list[list[list[str]]]]:
    """Pull Markdown pipe tables out of the lines: (remaining lines, tables)."""
    rest: list[str] = []
    tables: list[list[list[str]]] = []
    block: list[str] = []

    def flush() -> None:
        if len(block) >= 2 and any(_TABLE_RULE.match(row.strip()) for row in block):
            rows = [row.strip().strip("|") for row in block if not _TABLE_RULE.match(row.strip())]
            tables.append([[normalise_line(cell) for cell in row.split("|")] for row in rows])
        else:
            rest.extend(block)
        block.clear()

    for line in lines:
        if line.strip().startswith("|") and line.strip().endswith("|"):
            block.append(line)
            continue
        flush()
        rest.append(line)
    flush()
    return rest, tables


def _strip_markdown(line: str) -> str:
    line = _IMAGE.sub("", line)
    line = _LINK.sub(r"\1", line)
    line = _HEADING.sub("", line)
    return _EMPHASIS.sub("", line)


def _title(meta: dict, lines: list[str], text: str) -> str:
    """Front-matter title, else a ``标题:`` field, else the first paragraph when it is short."""
    if meta.get("title"):
        return str(meta["title"]).strip()
    for line in lines:
        match = _TITLE_FIELD.match(line.strip())
        if match:
            return match.group(1).strip()
    first = text.split(PARAGRAPH_BREAK, 1)[0]
    return first if len(first) <= 60 else ""


def read_text(raw: bytes) -> dict:
    """The fields of a SourceDocument read from text bytes (format left to the caller)."""
    text, encoding = decode(raw)
    meta, body = _front_matter(_HTML_COMMENT.sub("", text.lstrip("\ufeff")))
    body = body.replace("\r\n", "\n").replace("\r", "\n")
    lines = body.split("\n")
    if "\f" in body:  # pages, as pdftotext writes them: drop their running heads
        lines = strip_page_furniture([page.split("\n") for page in body.split("\f")])
    elif any(map(PAGE_NUMBER.match, lines)):
        lines = strip_page_furniture(numbered_pages(lines))
    lines, tables = _split_tables(lines)
    lines, aligned = split_aligned_tables(lines)
    tables += aligned
    lines = [_strip_markdown(line) for line in lines]
    text = clean_lines([_TITLE_FIELD.sub(r"\1", line.strip()) for line in lines])
    return {"encoding": encoding, "text": text, "tables": tables, "title": _title(meta, lines, text)}
