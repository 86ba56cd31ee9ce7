"""Space-aligned tables in plain text (a PDF table copied as text, a report typed in columns).

The columns stay apart by runs of spaces (``项目名称    负责人  合作单位``). A block of such lines
under a header of short column names is read as a table and taken out of the body, as the PDF
and HTML readers do with theirs: its cells are not sentences, and a run-on line of cells would
glue neighbouring names into one. A line holding only pieces that start under columns of the
row above carries on the cells it wrapped (``有限公司`` under ``上海某某医疗科技股份``), each
piece in the column it starts in, as pasted text sits a few columns off. A cell that fills its
column runs into the next with one space (``某某医疗器械 横向``), as do the header's short names
(``序号 项目名称``): one space where a column starts cuts them. A table going on after a page
break, with or without its header repeated or a 续表 caption, continues. A block whose lines
cannot all be read as rows is left in the text for the extractor's own readings.
"""
from __future__ import annotations

import re
from collections.abc import Callable

from .cleanup import display_width

#: How far along a line a piece of text reaches: display columns (CJK two wide, as typed to
#: line up on screen) or characters (as ``pdftotext -layout`` places them).
Measure = Callable[[str], int]

#: One cell: words apart by at most one space; two spaces, a tab or an ideographic space end it.
_CELL = re.compile(r"[^\s\u3000]+(?:[ \u00a0][^\s\u3000]+)*")
#: Header cells are column names: short, no sentence punctuation, not a number.
_NOT_A_HEADER = re.compile(r"[。，,；;：:！？]|^\d+$")
#: A line drawn under the header or between rows: dashes, equals signs, box-drawing strokes.
_RULE = re.compile(r"^[\s\-—–=_─━┄┈+|]+$")
#: 续表 3 / 表 3 在研课题（续）: the caption of a table going on after a page break.
_CONTINUED = re.compile(r"^\s*(?:续表|表\s*[\d一二三四五六七八九十.\-－]+.{0,30}[（(]续[）)]\s*$)")
#: Two characters of Chinese meeting: pieces of one Chinese cell join without a space.
_CJK_EDGE = re.compile(r"[\u4e00-\u9fff]{2}")
_ROW_NUMBER = re.compile(r"^\d{1,3}$")
#: How the name of an organisation ends: a cell ending so is whole, not the first line of a wrap.
_NAME_END = re.compile(r"(?:大学|学院|医院|公司|研究所|研究院|中心|委员会|实验室|集团|[厅局])$")
_MAX_HEADER_CELL = 10
_MIN_ROWS = 2
_ALIGN = 2  # display columns a wrapped piece may sit off the start of its column
_SAMPLE = 6  # lines under a header that show how its table was lined up


def _cells(line: str, measure: Measure = display_width) -> list[tuple[int, str]]:
    """The cells of a line, each with the column it starts at."""
    return [(measure(line[:m.start()]), m.group()) for m in _CELL.finditer(line)]


def _is_header(cells: list[tuple[int, str]]) -> bool:
    return len(cells) >= 2 and all(len(text) <= _MAX_HEADER_CELL and not _NOT_A_HEADER.search(text)
                                   for _, text in cells)


def _split_at_columns(cells: list[tuple[int, str]], starts: list[int], measure: Measure) -> list[tuple[int, str]]:
    """Cells cut where one space sits just before a column start (a cell that filled its column)."""
    out: list[tuple[int, str]] = []
    for col, text in cells:
        if " " in text:
            piece = 0
            for k, char in enumerate(text):
                at = col + measure(text[:k + 1])
                if char == " " and any(abs(start - at) <= 1 for start in starts if start > col + _ALIGN):
                    out.append((col + measure(text[:piece]), text[piece:k]))
                    piece = k + 1
            col, text = col + measure(text[:piece]), text[piece:]
        out.append((col, text))
    return out


def _joined_in_columns(cells: list[tuple[int, str]], starts: list[int], measure: Measure) -> list[tuple[int, str]]:
    """Cells that start under one column joined into one (a name spaced out to fill its column,
    ``赵  永``), as long as the joined cell stays clear of the next column."""
    out: list[tuple[int, int, str]] = []  # column index, start, text
    for col, text in cells:
        j = sum(start <= col + _ALIGN for start in starts) - 1
        if out and j == out[-1][0] and j >= 0 and (
                j + 1 >= len(starts) or col + measure(text) <= starts[j + 1] + _ALIGN):
            _, first, joined = out[-1]
            glue = "" if _CJK_EDGE.match(joined[-1] + text[0]) else " "
            out[-1] = (j, first, joined + glue + text)
        else:
            out.append((j, col, text))
    return [(col, text) for _, col, text in out]


def _wrapped_columns(cells: list[tuple[int, str]], starts: list[int], measure: Measure) -> list[int] | None:
    """Columns of the pieces of a line that carries on the row above, or None when a piece
    lies across a column edge (prose, or another table)."""
    if not cells or len(cells) >= len(starts):
        return None
    columns = []
    for col, text in cells:
        j = sum(start <= col + _ALIGN for start in starts) - 1
        if j < 0 or (columns and j <= columns[-1]) or (
                j + 1 < len(starts) and col + measure(text) > starts[j + 1] + _ALIGN):
            return None
        columns.append(j)
    return columns


def _ends_a_name(above: list[tuple[int, str]], cells: list[tuple[int, str]]) -> bool:
    """True when every piece sits under a cell that already ends as a whole name does
    (江城理工大学): the piece cannot carry it on, so it opens the row below."""
    for col, _ in cells:
        over = [text for c, text in above if abs(c - col) <= _ALIGN]
        if not over or not _NAME_END.search(over[0]):
            return False
    return True


def _spread(columns: list[int], texts: list[str], width: int) -> list[str]:
    """A row of ``width`` cells holding ``texts`` in ``columns``, the others empty."""
    row = [""] * width
    for j, text in zip(columns, texts):
        row[j] = text
    return row


def _prefixed(row: list[str], pieces: dict[int, str]) -> list[str]:
    """The row with the pieces read above it put before its cells."""
    return [pieces.get(j, "") + text for j, text in enumerate(row)]


def _measure_of(lines: list[str], first: int) -> Measure:
    """How the table under the header ``lines[first]`` was lined up: the measure under which
    more cells of the lines below start exactly where the header's do (display columns on a tie)."""
    below = [line for line in lines[first + 1:first + 1 + _SAMPLE] if line.strip()]

    def agreement(measure: Measure) -> int:
        starts = {col for col, _ in _cells(lines[first], measure)}
        return sum(col in starts for line in below for col, _ in _cells(line, measure))

    return len if agreement(len) > agreement(display_width) else display_width


def _read_table(lines: list[str], first: int, measure: Measure) -> tuple[list[list[str]], int]:
    """The table whose header is ``lines[first]`` and the index after its last line."""
    header_cells = _cells(lines[first], measure)
    header = [text for _, text in header_cells]
    rows: list[list[str]] = [header]
    starts = [col for col, _ in header_cells]
    i = end = first + 1
    above = header_cells  # the cells of the last line read
    above_row: dict[int, str] = {}  # pieces read before the row they open
    while i < len(lines):
        if not lines[i].strip():
            i += 1
            continue
        cells = _split_at_columns(_cells(lines[i], measure), starts, measure)
        if len(rows) == 1 and len(cells) > len(header):  # the header's names one space apart
            split = _split_at_columns(header_cells, [col for col, _ in cells], measure)
            if len(split) == len(cells):
                header = rows[0] = [text for _, text in split]
        if len(cells) > len(header):
            cells = _joined_in_columns(cells, starts, measure)
        texts = [text for _, text in cells]
        columns = _wrapped_columns(cells, starts, measure)
        if _RULE.match(lines[i]) or "续" in lines[i] and _CONTINUED.match(lines[i]):
            pass
        elif len(cells) == len(header):
            if texts != header:  # a header repeated on the next page
                rows.append(_prefixed(texts, above_row))
            starts = [col for col, _ in cells]
            above_row = {}
        elif columns and (columns[0] == 0 and _ROW_NUMBER.match(texts[0])
                          or len(cells) >= 3 and 2 * len(cells) > len(header)):  # a row with empty cells
            rows.append(_prefixed(_spread(columns, texts, len(header)), above_row))
            above_row = {}
        elif columns and not above_row and _ends_a_name(above, cells):
            above_row = dict(zip(columns, texts))  # pieces over a row whose other cells are centred on its lines
            i += 1
            continue
        elif columns and i == end:
            for j, text in zip(columns, texts):
                rows[-1][j] += text
        else:
            break
        above = cells
        i = end = i + 1
    return rows, end


def split_aligned_tables(lines: list[str]) -> tuple[list[str], list[list[list[str]]]]:
    """Pull space-aligned tables out of the lines: (remaining lines, a blank line where each
    table was; tables, header row first)."""
    rest: list[str] = []
    tables: list[list[list[str]]] = []
    i = 0
    while i < len(lines):
        if "  " in lines[i] or "\t" in lines[i] or "\u3000" in lines[i].strip():
            if _is_header(_cells(lines[i])):
                rows, end = _read_table(lines, i, _measure_of(lines, i))
                if len(rows) > _MIN_ROWS:
                    tables.append(rows)
                    rest.append("")
                    i = end
                    continue
        rest.append(lines[i])
        i += 1
    return rest, tables
