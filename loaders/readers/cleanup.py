"""Text cleanup shared by every reader: white space, boilerplate, and broken line wraps.

PDF extraction (and text copied out of a PDF) breaks lines wherever the page did, often in
the middle of a word or a person's name (``校长丁`` / ``晓东``). A line is joined to the next
when it cannot be the end of a paragraph: it ends without sentence-final punctuation and
either ends with a comma-like mark, is mid-sentence (holds a comma), fills the page width the
document wraps at, or the next line is a short tail or begins with punctuation. Headings,
enumerations and list items keep their own line. Paragraphs are separated by a blank line.
"""
from __future__ import annotations

import re
from collections import Counter
from functools import lru_cache

from .boilerplate import drop_boilerplate
from .pages import PAGE_NUMBER

_FINAL = ("。", "！", "？", "!", "?", "；", ";", "…", "：", ":")
_CONTINUES = ("，", ",", "、", "“", "‘", "（", "(", "《", "与", "和", "及")
_STARTS_WITH_PUNCT = re.compile(r"^[，,。、；;：:）)”’》！？!?…]")
_INNER_COMMA = re.compile(r"[，、。！？；]|,(?!\d)")
_ENUMERATION = re.compile(
    r"^(?:[一二三四五六七八九十百]+[、.．]|[（(][一二三四五六七八九十\d]+[)）]|\d+(?:\.\d+)*[、.．)）](?!\d)"
    r"|[①-⑳]|第[一二三四五六七八九十百\d]+[章节条部分篇]|[-*•·#>|]\s)"
)
#: A numbered row of a table flattened into text: ``12 王某 某某医院 ...``.
_ROW_START = re.compile(r"^\d{1,3}\s+[\u4e00-\u9fff]{2,4}[\s、]")
#: Cells of a flattened table: Chinese text, one space, Chinese text, and no sentence punctuation.
_CELL_GAP = re.compile(r"[\u4e00-\u9fff）)] [\u4e00-\u9fff（(]")
_PROSE = re.compile("[，。]")
_NUMBER_IN_CHINESE = re.compile(r"[\u4e00-\u9fff]\d+$")
#: Four or more Chinese characters each followed by one space: letter spacing, not cells.
_LETTER_SPACED = re.compile(r"(?:[\u4e00-\u9fff] ){3,}[\u4e00-\u9fff](?![\u4e00-\u9fff])")
_SPACES = re.compile(r"[ \t\u00a0\u2002-\u200b\u3000\ufeff]+")
_WIDE = re.compile(r"[\u1100-\u115f\u2e80-\u303e\u3041-\u4dbf\u4e00-\ua4cf\uac00-\ud7a3\uf900-\ufaff"
                   r"\ufe30-\ufe4f\uff00-\uff60\uffe0-\uffe6\U00020000-\U0003fffd]")
#: Between paragraphs of the clean text: a blank line, so that no later step takes two
#: paragraphs for one wrapped sentence.
PARAGRAPH_BREAK = "\n\n"
_SHORT_TAIL = 5  # a line this short, without punctuation, is the wrapped end of the line before


@lru_cache(maxsize=8192)
def display_width(text: str) -> int:
    """Columns the text takes: CJK and full-width characters are two wide, as on a printed page.
    (Cached: the wrap and table rules measure each line more than once.)"""
    return 2 * len(text) - len(_WIDE.sub("", text))


def normalise_line(line: str) -> str:
    """Ideographic spaces, NBSP and tabs become one plain space; ends stripped; a
    letter-spaced heading (``西 安 交 通 大 学``) closes up."""
    line = _SPACES.sub(" ", line).strip()
    return _LETTER_SPACED.sub(lambda m: m.group().replace(" ", ""), line) if " " in line else line


def _wrap_width(lines: list[str]) -> int:
    """The width most lines were wrapped at, or 0 when the text is not hard-wrapped: when many
    sentences end on a line wider than that (a paragraph a line). Wider lines that go on (a
    note wrapped wider than the body) say nothing."""
    measured = [(line, display_width(line)) for line in lines]
    widths = [w for _, w in measured if w >= 20]
    if len(widths) < 5:
        return 0
    counts = Counter(widths)
    best, support = 0, 0
    for w in counts:
        near = sum(counts[v] for v in range(w - 2, w + 3))
        if near > support or (near == support and w > best):
            best, support = w, near
    ended = sum(w > best + 6 and line.endswith(_FINAL) for line, w in measured)
    if support < max(5, 0.25 * len(widths)) or ended > 0.1 * len(widths):
        return 0
    return best


def _is_short_tail(line: str) -> bool:
    return 0 < len(line) <= _SHORT_TAIL and not _INNER_COMMA.search(line) and not _ENUMERATION.match(line) \
        and not re.search(r"[。！？；：:]", line)


def _is_table_row(line: str) -> bool:
    return bool(_ROW_START.match(line) or _CELL_GAP.search(line)) and not _PROSE.search(line)


def _joins(line: str, nxt: str, width: int, wrapped: bool) -> bool:
    """True when ``nxt`` continues the sentence that ``line`` leaves unfinished."""
    if not line or not nxt or line.endswith(_FINAL) or _ENUMERATION.match(nxt) or _ROW_START.match(nxt):
        return False
    if _STARTS_WITH_PUNCT.match(nxt) or line.endswith(_CONTINUES):
        return True
    if _is_table_row(line) or _is_table_row(nxt):
        return _is_short_tail(nxt)
    # four fifths of the width: lines wrapped by character count fall short (narrow digits, quotes);
    # wider: a headline, not a wrapped line
    if width and _fills(line, width):
        return True
    if _ENUMERATION.match(line):  # a numbered heading, unless it fills the line
        return False
    return (wrapped and bool(_INNER_COMMA.search(line))) or _is_short_tail(nxt)


def _fills(line: str, width: int) -> bool:
    """The line reaches the width the text wraps at (four fifths of it: narrow digits, quotes)."""
    return width * 0.8 <= display_width(line) <= width + 6


def _cut_short(before: str, line: str, nxt: str, width: int) -> bool:
    """A short line between two full lines of one sentence is a wrap, not a paragraph's end:
    a typesetter broke the line inside a name (``依托某某医学院第一附`` / ``属医院建设，``)."""
    return bool(width) and _fills(before, width) and not before.endswith(_FINAL) \
        and not line.endswith(_FINAL) and _fills(nxt, width) \
        and not _ENUMERATION.match(nxt) and not _ROW_START.match(nxt) and not _is_table_row(nxt)


def _glue(left: str, right: str) -> str:
    """Join two wrapped pieces: no space in Chinese, one space between Latin words; a number
    wrapped in Chinese text (专利5 | 8项) is one number."""
    latin = left[-1].isascii() and left[-1].isalnum() and right[0].isascii() and right[0].isalnum()
    if latin and not (right[0].isdigit() and _NUMBER_IN_CHINESE.search(left[-12:])):
        return f"{left} {right}"
    return left + right


def rejoin(lines: list[str]) -> list[str]:
    """Paragraphs from wrapped lines. Blank lines end a paragraph, unless the text is
    double-spaced (a blank line after nearly every line), where they say nothing. In text
    that is not hard-wrapped (a paragraph a line, as copied off a web page) a short line
    holding a comma is a heading, not half a sentence. The first line (the title) takes no
    short tail. Lines of a flattened table (from a numbered row until prose resumes) are
    left as they are: a short line there is a cell, not the end of a sentence."""
    filled = [line for line in lines if line]
    double_spaced = len(lines) - len(filled) >= 0.5 * len(filled)
    widths = sorted(display_width(line) for line in filled)
    width = _wrap_width(filled)
    wrapped = bool(width) or (bool(widths) and widths[len(widths) // 2] < 80)
    paragraphs: list[str] = []
    current = last = before = ""
    in_table = False
    for line in lines:
        if not line:
            if not double_spaced and current:
                paragraphs.append(current)
                current = last = before = ""
            continue
        if _ROW_START.match(line):
            in_table = True
        elif in_table and (_PROSE.search(line) or display_width(line) >= 60):
            in_table = False
        joined = _joins(last, line, width, wrapped) or current != last and _cut_short(before, last, line, width)
        if current and not in_table and joined and not (current == filled[0] and _is_short_tail(line)):
            current = _glue(current, line)
        else:
            if current:
                paragraphs.append(current)
            current = line
        before, last = last, line
    if current:
        paragraphs.append(current)
    return paragraphs


def clean_lines(lines: list[str], rejoin_wraps: bool = True) -> str:
    """Normalise, drop boilerplate, rejoin wraps: the clean body text, paragraphs apart.

    ``rejoin_wraps=False`` when every line is known to be a paragraph (Word documents)."""
    normalised = [line for line in map(normalise_line, lines) if not PAGE_NUMBER.match(line)]
    kept = drop_boilerplate(normalised)
    return PARAGRAPH_BREAK.join(rejoin(kept) if rejoin_wraps else [line for line in kept if line])


def clean_text(text: str) -> str:
    return clean_lines(text.replace("\r\n", "\n").replace("\r", "\n").split("\n"))
