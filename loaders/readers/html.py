"""Saved web pages: page furniture removed, the article through trafilatura, then line rules.

Before trafilatura sees the page, elements that are furniture by their tag (nav, footer...),
by their class or id (``menu``, ``breadcrumb``, ``share``, ``related``, ``copyright``...), or
by being mostly links (sidebars of other news) are removed: on short articles trafilatura
otherwise falls back to the whole page. What still gets through (link lists, share widgets,
copyright and ICP footers inside the content block) is dropped by the same line rules as
text copied off a web page. Data tables of the article are read as tables, and the headline
is kept as the first paragraph.
"""
from __future__ import annotations

import re

import lxml.html
import trafilatura

from .cleanup import PARAGRAPH_BREAK, clean_lines, normalise_line
from .encoding import decode

_META_CHARSET = re.compile(rb"<meta[^>]+charset\s*=\s*[\"']?([\w-]+)", re.IGNORECASE)
_FURNITURE_TAGS = ("nav", "header", "footer", "aside", "script", "style", "noscript", "form", "select", "button",
                   "iframe")
#: Class or id tokens that mark page furniture: these exactly, or starting or ending with a stem.
_FURNITURE_WORDS = {
    "foot", "position", "location", "crumb", "side", "aside", "links", "search", "login", "banner", "logo", "ewm",
    "comment", "comments", "toolbar", "print", "bdsharebuttonbox", "bshare",
}
_FURNITURE_STEMS = ("nav", "menu", "footer", "breadcrumb", "share", "copyright", "sidebar", "related", "relate",
                    "pager", "pagebar", "pagination", "prevnext", "friendlink", "qrcode")
_BLOCKS = ("p", "div", "li", "h1", "h2", "h3", "h4", "h5", "h6", "tr", "br", "section", "article", "td")
_LINK_LISTS = ("div", "ul", "ol", "table", "section", "dl", "p", "span", "td")
_SOURCE_BREAK = re.compile(r"\s*\n\s*")
_TITLE_SEPARATORS = re.compile(r"\s*[_|｜]\s*|\s+[-—－]\s+|(?<=[\u4e00-\u9fff])[-—－]+(?=[\u4e00-\u9fff])")
_LONGEST_CELL = 100
_ARTICLE_TEXT = 100  # a block with this much text outside links is content, however many links it has


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


def _is_furniture(element) -> bool:
    if element.tag in _FURNITURE_TAGS:
        return True
    tokens = f"{element.get('class', '')} {element.get('id', '')}".lower().split()
    return any(t in _FURNITURE_WORDS or t.startswith(_FURNITURE_STEMS) or t.endswith(_FURNITURE_STEMS)
               for t in tokens)


def _is_link_list(element) -> bool:
    """Mostly links and little else: a list of other articles, a menu."""
    text = len("".join(element.text_content().split()))
    linked = sum(len("".join(a.text_content().split())) for a in element.iter("a"))
    return linked >= 0.6 * text and text - linked < _ARTICLE_TEXT and len(element.findall(".//a")) >= 3


def strip_furniture(tree) -> None:
    """Remove navigation, footers, share boxes and link lists from the page, in place."""
    for element in [e for e in tree.iter() if isinstance(e.tag, str) and _is_furniture(e)]:
        if element.getparent() is not None:
            element.drop_tree()
    for element in [e for e in tree.iter(*_LINK_LISTS) if _is_link_list(e)]:
        if element.getparent() is not None:
            element.drop_tree()


def _data_tables(tree) -> list[tuple[object, list[list[str]]]]:
    """Data tables with their elements: at least 2x2, not nested, not mostly links, and no
    cell holding a whole text (a table used for page layout is not data)."""
    tables = []
    for table in tree.iter("table"):
        if table.find(".//table") is not None:
            continue
        cells = [c for tr in table.iter("tr") for c in tr if c.tag in ("td", "th")]
        rows = [[normalise_line(c.text_content()) for c in tr if c.tag in ("td", "th")] for tr in table.iter("tr")]
        rows = [row for row in rows if any(row)]
        linked = sum(1 for c in cells if c.find(".//a") is not None)
        if len(rows) >= 2 and max(map(len, rows)) >= 2 and linked * 2 < len(cells) \
                and max(len(cell) for row in rows for cell in row) <= _LONGEST_CELL:
            tables.append((table, rows))
    return tables


def _flow(text: str | None) -> str:
    """Text of the page source as it reads: line breaks of the source are white space,
    and none at all between two Chinese characters."""
    if not text:
        return ""

    def space(match: re.Match) -> str:
        before, after = text[match.start() - 1: match.start()], text[match.end(): match.end() + 1]
        return "" if before and after and not before.isascii() and not after.isascii() else " "

    return _SOURCE_BREAK.sub(space, text)


def _block_lines(root) -> list[str]:
    """The text of every block element (paragraph, list item, cell...) as one line."""
    lines: list[str] = []
    current: list[str] = []

    def flush() -> None:
        line = normalise_line("".join(current))
        current.clear()
        if line:
            lines.append(line)

    def walk(element) -> None:
        block = element.tag in _BLOCKS
        if block:
            flush()
        current.append(_flow(element.text))
        for child in element:
            if isinstance(child.tag, str):
                walk(child)
            else:  # a comment or processing instruction: only its tail is text
                current.append(_flow(child.tail))
        if block:
            flush()
        current.append(_flow(element.tail))

    body = root.find("body")
    walk(body if body is not None else root)
    flush()
    return lines


def _content_lines(tree) -> list[str]:
    """Lines of the article: trafilatura chooses what is content, the page's blocks say
    where paragraphs begin and end (trafilatura's own text breaks lines at inline elements
    when it falls back to its baseline extractor)."""
    blocks = _block_lines(tree)
    extracted = trafilatura.extract(lxml.html.tostring(tree, encoding="unicode"), output_format="txt",
                                    include_tables=False, include_comments=False, include_images=False,
                                    deduplicate=False)
    if not extracted:
        return blocks
    content = "".join(extracted.split())
    return [line for line in blocks if "".join(line.split()) in content]


def _without_site_name(title: str) -> str:
    """``文章标题_栏目_某某大学`` / ``文章标题-某某大学新闻网`` -> ``文章标题``: the first part,
    unless it is a short tag like ``重磅``, then the longest."""
    parts = [part for part in _TITLE_SEPARATORS.split(title) if part.strip()]
    if len(parts) < 2:
        return title
    return parts[0] if len(parts[0]) >= 6 else max(parts, key=len)


def _title(tree, metadata) -> str:
    """The headline: the page's h1 when the page title holds it, else the page title
    without the site's name."""
    element = tree.find(".//title")
    page_title = normalise_line(metadata.title if metadata is not None and metadata.title else
                                element.text_content() if element is not None else "")
    h1 = tree.find(".//h1")
    headline = normalise_line(h1.text_content()) if h1 is not None else ""
    if headline and headline in page_title:
        return headline
    return _without_site_name(page_title) if page_title else headline


def read_html(raw: bytes) -> dict:
    html, encoding = _decode_html(raw)
    if not html.strip():
        return {"encoding": encoding, "text": "", "tables": [], "title": ""}
    tree = lxml.html.document_fromstring(html)
    title = _title(tree, trafilatura.extract_metadata(html))
    strip_furniture(tree)
    tables = []
    for element, rows in _data_tables(tree):  # read as tables; their cells are not sentences
        tables.append(rows)
        element.drop_tree()
    text = clean_lines(_content_lines(tree), rejoin_wraps=False)
    if title and not text.startswith(title):  # the headline often states the news: keep it as text
        text = f"{title}{PARAGRAPH_BREAK}{text}" if text else title
    return {"encoding": encoding, "text": text, "tables": tables, "title": title}
