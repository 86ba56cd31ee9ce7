"""Saved web pages: the article through trafilatura, then our own boilerplate rules.

trafilatura finds the main content; what it lets through (link lists, share widgets,
copyright and ICP footers inside the content block) is dropped by the same line rules as
text copied off a web page. Data tables of the article are read as tables.
"""
from __future__ import annotations

import re

import lxml.html
import trafilatura

from .cleanup import PARAGRAPH_BREAK, clean_lines, normalise_line
from .encoding import decode

_META_CHARSET = re.compile(rb"<meta[^>]+charset\s*=\s*[\"']?([\w-]+)", re.IGNORECASE)
_FURNITURE = ("nav", "header", "footer", "aside", "script", "style", "noscript", "form")
_BLOCKS = ("p", "div", "li", "h1", "h2", "h3", "h4", "h5", "h6", "tr", "br", "section", "article", "td")


def _decode_html(raw: bytes) -> tuple[str, str]:
    """Trust a declared charset when it decodes; else detect like any text."""
    match = _META_CHARSET.search(raw[:4096])
    if match:
        declared = match.group(1).decode("ascii").lower()
        declared = "gb18030" if declared in {"gb2312", "gbk"} else declared
        try:
            return raw.decode(declared), declared
        except (LookupError, UnicodeDecodeError):
            pass
    return decode(raw)


def _in_furniture(element) -> bool:
    return any(a.tag in _FURNITURE for a in element.iterancestors())


def _tables(tree) -> list[list[list[str]]]:
    """Data tables: at least 2x2, not nested, not in navigation, not mostly links."""
    tables = []
    for table in tree.iter("table"):
        if table.find(".//table") is not None or _in_furniture(table):
            continue
        rows = []
        for tr in table.iter("tr"):
            cells = [normalise_line(cell.text_content()) for cell in tr if cell.tag in ("td", "th")]
            if any(cells):
                rows.append(cells)
        cells = [c for tr in table.iter("tr") for c in tr if c.tag in ("td", "th")]
        linked = sum(1 for c in cells if c.find(".//a") is not None)
        if len(rows) >= 2 and max(map(len, rows)) >= 2 and linked * 2 < len(cells):
            tables.append(rows)
    return tables


def _fallback_lines(tree) -> list[str]:
    """When trafilatura finds no article (a very short page): block texts outside furniture."""
    for element in list(tree.iter(*_FURNITURE)):
        element.drop_tree()
    for element in tree.iter(*_BLOCKS):
        element.tail = "\n" + (element.tail or "")
    body = tree.find("body")
    return (body if body is not None else tree).text_content().split("\n")


def _title(tree, metadata) -> str:
    if metadata is not None and metadata.title:
        return normalise_line(metadata.title)
    for tag in ("h1", "title"):
        element = tree.find(f".//{tag}")
        if element is not None and element.text_content().strip():
            return normalise_line(element.text_content())
    return ""


def read_html(raw: bytes) -> dict:
    html, encoding = _decode_html(raw)
    if not html.strip():
        return {"encoding": encoding, "text": "", "tables": [], "title": ""}
    tree = lxml.html.document_fromstring(html)
    extracted = trafilatura.extract(html, output_format="txt", include_tables=False, include_comments=False,
                                    include_images=False, deduplicate=False)
    metadata = trafilatura.extract_metadata(html)
    title = _title(tree, metadata)
    tables = _tables(tree)
    lines = extracted.split("\n") if extracted else _fallback_lines(tree)
    text = clean_lines(lines)
    if title and not text.startswith(title):  # the headline often states the news: keep it as text
        text = f"{title}{PARAGRAPH_BREAK}{text}" if text else title
    return {"encoding": encoding, "text": text, "tables": tables, "title": title}
