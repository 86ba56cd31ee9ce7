"""Project tables: rows of (seq, PI, partner, project, type, funding source, years, status).

Two sources: tables a reader found (``document.tables``, header row first) and tables that
PDF extraction flattened into text, one row starting ``<seq> <PI> `` and broken across
lines. A flattened row is cut into tokens at spaces and line breaks; tokens are classified
(date, status, project type, organisation, text) and read in column order.
"""
from __future__ import annotations

import re
from dataclasses import dataclass, field

from collections.abc import Callable

from . import lexicon
from .organisations import SUFFIX_AT_END_RE as _SUFFIX_AT_END_RE
from .organisations import is_generic, stop_mask
from .relations import Fact
from .sentences import Sentence

_ROW_START_RE = re.compile(
    r"^[ \t]*(\d{1,3})[ \t]+((?:[\u4e00-\u9fff]{2,3}[、，,][ \t]*)*[\u4e00-\u9fff]{2,3})(?=[ \t]|$)", re.M)
_STATUS_RE = re.compile(r"已结题|进行中|已完成|结题|在研|进行|完成")
_DATE_RE = re.compile(r"(?:19|20|29)\d{2}(?:[./年]\d{1,2}(?:[./月]\d{1,2})?)?(?:\s*[-—–~至]+\s*(?:(?:19|20|29)\d{2}(?:[./年]\d{1,2}(?:[./月]\d{1,2})?)?)?)?")
#: 北岭医疗（横向）: a funding source noted with the kind of project it pays for.
_FUNDING_NOTE_RE = re.compile(r"[（(](横向|纵向|自筹|配套)[）)]$")
#: 企业横向 / 横向委托 in a funding column: a project a company commissions, paid by the row's partner company.
_COMMISSIONED_RE = re.compile(r"^(?:企业)?(?:横向|委托)(?:委托|横向)?(?:课题|项目|合作)?$")
_COMPANY_END_RE = re.compile(r"(?:公司|集团|企业)$")
_TYPE_RE = re.compile(r"^(?:国家级|省部级|省级|市级|局级|校级|横向|纵向|军工项目|局级课题|国际合作)")
_PLACE_ONLY_RE = re.compile(lexicon.PLACE + "$")
_YEAR_RE = re.compile(r"(?:19|20)\d{2}")
_PROJECT_QUOTE_RE = re.compile(r"“([^“”]{4,60})”")
_TEAM_BEFORE_RE = re.compile(r"(?:团队|课题组|研发的|研制的|开发的)$")
_SLOGAN_AFTER_RE = re.compile(r"的?[\u4e00-\u9fff]{0,4}?(?:模式|理念|思路|机制|方式|做法|格局|路径|精神)")
_PROJECT_AFTER_RE = re.compile(r"(?:项目|课题|计划|专项)")  # used with match(s, pos): no ^
#: 国家重点研发计划项目“…” / 国家自然科学基金重点项目“…”: a project named after its programme (and its funder).
_PROGRAMME_BEFORE_RE = re.compile(r"(?:计划|专项|基金)[\u4e00-\u9fff]{0,4}?(?:项目|课题)$")
_PROGRAMME_GAP_RE = re.compile(r"(?:[^\s的，,。；;“”]{0,12}?(?:计划|专项|基金))?[\u4e00-\u9fff]{0,4}?(?:项目|课题)")
#: 课题一“…” / 子课题3“…”: an enumerated part of a project, named in quotes.
_NUMBERED_BEFORE_RE = re.compile(r"(?:子?课题|任务|子项目)[一二三四五六七八九十\d]{1,3}[：:]?$")
#: 负责其中的临床验证课题“…”: a quoted name right after the word for a project or a part of one.
_KIND_BEFORE_RE = re.compile(r"(?:项目|课题)$")
#: 某某负责…课题“…”: the person right before the verb leads the project quoted after it.
_LEADS_NEXT = ("负责", "主持", "牵头")
#: 启动了三个攻关项目：“…”由某某牵头；“…”由…负责: projects listed after a colon, each with its lead
#: (the later ones open a sentence of their own, cut at the ；).
_LISTED_BEFORE_RE = re.compile(r"(?:项目|课题)[：:]")
_LED_BY_RE = re.compile(r"(?:则|将|均)?由[^；;。“]*?(?:负责|牵头)")  # not 主持: a meeting is chaired
#: ，由某某负责；: the clause after a numbered part that says who leads it.
_LEAD_CLAUSE_RE = re.compile(r"[^；;。“]*?(?:负责|牵头|主持|领衔)")
#: 研发的智能医护服务机器人项目 / 。手术缝合针项目是由…: a project named in prose without quotes.
_PROJECT_PHRASE_RE = re.compile(
    r"(?:(?:研发|开发|研制|承担|主持|牵头)的|^)(?P<name>[\u4e00-\u9fffA-Za-z0-9]{3,20}?项目)(?=[，,。是由的]|$)")
#: Names that another name can nest under (中国医学科学院 | 血液病医院).
_PARENT_END_RE = re.compile(r"(?:大学|学院|科学院|医学院|研究院)$")
_MIN_ROWS = 3
_MAX_ROW_LINES = 12

HEADERS = {
    "leaders": ("负责人", "主持人", "PI", "项目负责人"),
    "partners": ("合作医院", "合作单位", "合作方", "合作机构"),
    "hosts": ("承担单位", "依托单位", "牵头单位", "申报单位"),
    "name": ("项目名称", "课题名称", "名称", "项目"),
    "kind": ("项目类型", "类型", "类别", "级别"),
    "funders": ("资金来源", "资助来源", "经费来源", "来源", "资助单位", "委托方"),
    "years": ("起止", "日期", "年份", "时间", "年度"),
    "status": ("完成情况", "状态", "进展"),
    "amount": ("资助金额", "经费", "金额", "额度"),
}
#: A table of platforms and their hosts (平台名称 | 依托单位), as a notice or a report lists them.
_PLATFORM_HEADERS = ("平台名称", "中心名称", "实验室名称", "基地名称", "机构名称", "名称")
_HOST_HEADERS = ("依托单位", "建设单位", "承建单位", "依托机构", "共建单位")
#: 决定认定“甲中心”等6家平台 / 认定名单 / 批准建设名单: the issuer recognised the platforms listed.
_LIST_APPROVED_RE = re.compile(r"(?:认定|批准)[^。；]{0,60}?(?:等\s*\d+\s*[家个]|名单)")
#: 对每个新认定平台给予一次性建设经费支持: the issuer funds every platform listed.
_EACH_FUNDED_RE = re.compile(r"对(?:每个|每家|各)[^。，；]{0,12}?给予[^。；]{0,16}?(?:经费|资金|资助)")
_HEADER_CELL = lexicon.trie_pattern({w for words in HEADERS.values() for w in words} | {"序号", "编号"})
#: A column name with its unit in brackets: 经费（万元）.
_HEADER_UNIT = r"(?:[（(][^（()）\s]{1,6}[）)])?"
#: 序号 项目名称 负责人 承担单位: a line of column names only, apart by spaces.
_HEADER_LINE_RE = re.compile(
    rf"^[ \t]*(?:{_HEADER_CELL}){_HEADER_UNIT}(?:[ \t]+(?:{_HEADER_CELL}){_HEADER_UNIT}){{2,}}[ \t]*$", re.M)
_SPACED_ROW_RE = re.compile(r"^[ \t]*\d{1,3}[ \t]+\S.*$", re.M)
_LINE_BREAKS_RE = re.compile(r"(?:[ \t]*\n)*")


@dataclass
class ProjectRow:
    """One project as a table row describes it."""

    name: str
    leaders: list[str] = field(default_factory=list)
    partners: list[str] = field(default_factory=list)
    funders: list[str] = field(default_factory=list)
    host: str = ""  # the 承担单位 column: where the leaders work (else the document's organisation)
    kind: str = ""
    years: str = ""
    status: str = ""
    amount: str = ""  # the 经费 column as written, unit in the header (300 under 经费（万元）)
    evidence: str = ""

    def properties(self) -> dict:
        props: dict = {}
        year = _YEAR_RE.search(self.years)
        if year:
            props["year"] = int(year.group())
        if self.years:
            props["period"] = self.years
        if self.kind:
            props["kind"] = self.kind
        if self.status:
            props["status"] = self.status
        if self.amount:
            props["amount"] = self.amount
        return props


def _split_people(cell: str) -> list[str]:
    return [p for p in re.split(r"[、，,/\s]+", cell) if 2 <= len(p) <= 4 and (p[0] in lexicon.SURNAMES or p[:2] in lexicon.SURNAMES_COMPOUND)]


def _tokens(text: str) -> list[str]:
    out: list[str] = []
    for chunk in re.split(r"\s+", text):
        pos = 0
        for m in _DATE_RE.finditer(chunk):
            if m.start() > pos:
                out.append(chunk[pos:m.start()])
            out.append(m.group())
            pos = m.end()
        if pos < len(chunk):
            out.append(chunk[pos:])
    return [t for t in out if t and t not in "-—–"]


def _looks_like_org(token: str) -> bool:
    return bool(_SUFFIX_AT_END_RE.search(token)) or token.endswith(("基金", "基金委"))


def _join_cells(tokens: list[str]) -> str:
    """Tokens of one cell broken across lines are glued; a token that is a name alone starts a new piece."""
    out: list[str] = []
    for t in tokens:
        if out and not _looks_like_org(out[-1]):
            out[-1] += t
        else:
            out.append(t)
    return " ".join(out)


def _continues(cell: list[str], token: str) -> bool:
    """Whether a token of the next line carries on a cell: the cell filled its width on the line before,
    and the pieces make one value (a date range, a name, an organisation's nested name)."""
    text = "".join(cell)
    if _DATE_RE.fullmatch(token):
        return bool(_DATE_RE.fullmatch(text)) and text[-1] in "-—–~至"
    if any(rx.fullmatch(t) for rx in (_STATUS_RE, _TYPE_RE) for t in (token, text)) or _DATE_RE.fullmatch(text):
        return False
    if len(cell[-1]) < max(map(len, cell)):
        return False  # the cell ended short of its width: it is complete
    return not _looks_like_org(text) or bool(_PARENT_END_RE.search(text)) and _looks_like_org(token)


def unwrap_columns(rest: str) -> str:
    """A row whose every line crosses all the columns (PDF text of a column layout, 天津医科大学总 | 医院):
    the cells of the first line, each carried on by the tokens of the next lines, in column order."""
    lines = [line.split() for line in rest.splitlines() if line.strip()]
    if len(lines) < 2 or len(lines[0]) < 2 or max(map(len, lines[1:])) < 2:
        return rest
    cells = [[t] for t in lines[0]]
    for line in lines[1:]:
        j = 0
        for token in line:
            while j < len(cells) and not _continues(cells[j], token):
                j += 1
            if j == len(cells):
                cells.append([])
            cells[j].append(token)
            j += 1
    return " ".join("".join(c) for c in cells)


def parse_row(leaders: str, rest: str, evidence: str) -> ProjectRow | None:
    """Read the columns of one flattened row after its PI cell."""
    tokens = _tokens(unwrap_columns(rest))
    status = ""
    while tokens and _STATUS_RE.fullmatch(tokens[-1]):
        status = tokens.pop()
    dates = [t for t in tokens if _DATE_RE.fullmatch(t)]
    body = [t for t in tokens if not _DATE_RE.fullmatch(t)]
    partners: list[str] = []
    while body:
        parts = [p for p in re.split(r"[，,、]", body[0]) if p]
        if parts and _looks_like_org(parts[-1]) and all(len(p) <= 12 for p in parts[:-1]):
            partners.extend(parts)
            body.pop(0)
        else:
            break
    name_parts: list[str] = []
    while body and not (_TYPE_RE.match(body[0]) or _PLACE_ONLY_RE.match(body[0]) or (name_parts and _looks_like_org(body[0]))):
        name_parts.append(body.pop(0))
    name = "".join(name_parts).strip("，,、 ")
    if len(name) < 4:
        return None
    kind = place = ""
    if body and (_TYPE_RE.match(body[0]) or _PLACE_ONLY_RE.match(body[0])):
        match = _TYPE_RE.match(body[0])
        kind = match.group() if match else body[0]
        place = "" if match else kind
        rest_of = body[0][len(kind):]
        body = ([rest_of] if rest_of else []) + body[1:]
    if place and body and not lexicon.PLACE_RE.match(body[0]):
        body[0] = place + body[0]  # 上海市 | 科委: the place column belongs to the funder
    funding = _join_cells(body)
    return ProjectRow(name=name, leaders=_split_people(leaders), partners=partners,
                      funders=[funding] if funding else [], kind=kind, years="".join(dates[:1] + dates[1:2]),
                      status=status, evidence=evidence)


def text_table_rows(text: str) -> tuple[list[tuple[ProjectRow, int, int]], list[tuple[int, int]]]:
    """Rows of project tables flattened into text, and the character ranges they occupy."""
    rows, skip = spaced_table_rows(text)
    starts = [m for m in _ROW_START_RE.finditer(text) if not any(a <= m.start() < b for a, b in skip)]
    runs: list[list[re.Match]] = []
    for m in starts:
        if runs and int(m.group(1)) == int(runs[-1][-1].group(1)) + 1:
            runs[-1].append(m)
        else:
            runs.append([m])
    for run in runs:
        if len(run) < _MIN_ROWS:
            continue
        for i, m in enumerate(run):
            end = run[i + 1].start() if i + 1 < len(run) else _row_end(text, m.end())
            raw = text[m.start():end]
            status = _STATUS_RE.search(raw, len(m.group()))
            if i + 1 == len(run) and status:
                end = m.start() + status.end()
                raw = text[m.start():end]
            evidence = re.sub(r"\s*\n\s*", " ", raw.strip())
            row = parse_row(m.group(2), text[m.end():end], evidence)
            if row:
                rows.append((row, m.start(), end))
            skip.append((m.start(), end))
    return rows, skip


def _row_end(text: str, pos: int) -> int:
    """End of the last row of a table: its own line, then continuation lines until prose starts."""
    end = text.find("\n", pos)
    for _ in range(_MAX_ROW_LINES):
        if end < 0:
            return len(text)
        nl = text.find("\n", end + 1)
        line = text[end:nl if nl >= 0 else len(text)]
        if "。" in line or "，" in line and len(line) > 40:
            return end
        end = nl
    return end if end >= 0 else len(text)


def _columns(header: list[str]) -> dict[str, int]:
    """Column of each field: the most specific header words first, each column used once."""
    cols: dict[str, int] = {}
    for key, words in HEADERS.items():
        cols[key] = next((i for word in words for i, cell in enumerate(header)
                          if word in cell and i not in cols.values()), -1)
    return cols


def _project_columns(header: list[str]) -> dict[str, int] | None:
    """Columns of a project table's header, or None when it names no project or no leader column."""
    cols = _columns([c.replace("\n", "").replace(" ", "") for c in header])
    return cols if cols["name"] >= 0 and cols["leaders"] >= 0 else None


#: Line breaks in a cell, and a PDF's spaces between Chinese and Latin (多模态 MRI 的): no part of a name.
_CELL_SPACE_RE = re.compile(r"\s*\n\s*|(?<=[\u4e00-\u9fff]) +| +(?=[\u4e00-\u9fff])")


def _row_from_cells(cols: dict[str, int], row: list[str], evidence: str) -> ProjectRow | None:
    def cell(key: str) -> str:
        i = cols[key]
        value = _CELL_SPACE_RE.sub("", row[i]).strip() if 0 <= i < len(row) else ""
        return "" if value in ("—", "-", "–", "/", "无") else value

    def items(key: str) -> list[str]:
        return [p for p in re.split(r"[，,、;；]", cell(key)) if p]

    name = cell("name")
    if len(name) < 2:
        return None
    partners, funders, kind = items("partners"), [], cell("kind")
    for funder in items("funders"):
        if ("横向" in funder or "委托" in funder) and _COMMISSIONED_RE.match(funder):
            kind = kind or funder
            funders += [p for p in partners if _COMPANY_END_RE.search(p)]
            continue
        note = _FUNDING_NOTE_RE.search(funder)
        if note:  # 北岭医疗（横向）: the kind of the project, and a short form of its partner company
            funder, kind = funder[:note.start()], kind or note.group(1)
        funders.append(next((p for p in partners if len(funder) >= 2 and funder in p and _looks_like_org(p)), funder))
    return ProjectRow(name=name, leaders=_split_people(cell("leaders")), partners=partners,
                      funders=funders, host=cell("hosts"), kind=kind, years=cell("years"),
                      status=cell("status"), amount=cell("amount"), evidence=evidence)


def rows_from_tables(tables: list[list[list[str]]]) -> list[ProjectRow]:
    """Project rows of reader tables whose header names at least a project and a leader column."""
    out: list[ProjectRow] = []
    for table in tables:
        cols = _project_columns(table[0]) if len(table) >= 2 else None
        for row in table[1:] if cols else ():
            found = _row_from_cells(cols, row, " | ".join(c.strip() for c in row))
            if found:
                out.append(found)
    return out


def spaced_table_rows(text: str) -> tuple[list[tuple[ProjectRow, int, int]], list[tuple[int, int]]]:
    """PDF tables written one row a line, cells apart by spaces, under a header line of column names
    (序号 项目名称 负责人 承担单位 合作单位): rows with exactly as many cells as the header."""
    rows: list[tuple[ProjectRow, int, int]] = []
    skip: list[tuple[int, int]] = []
    for head in _HEADER_LINE_RE.finditer(text):
        header = head.group().split()
        cols = _project_columns(header)
        if cols is None:
            continue
        end = head.end()
        while line := _SPACED_ROW_RE.match(text, _LINE_BREAKS_RE.match(text, end).end()):
            if len(line.group().split()) != len(header):
                break
            found = _row_from_cells(cols, line.group().split(), line.group().strip())
            if found:
                rows.append((found, line.start(), line.end()))
            end = line.end()
        if end > head.end():
            skip.append((head.start(), end))
    return rows, skip


@dataclass
class ProseProject:
    """A project a sentence names, with the people leading it and the organisations funding it."""

    name: str
    rule: str
    leaders: list[str] = field(default_factory=list)
    funders: list[str] = field(default_factory=list)
    start: int = -1  # where the sentence names it
    end: int = -1


def prose_projects(s: str, persons, orgs) -> list[ProseProject]:
    """团队“…”项目 and 研发的…项目 in a sentence; ``persons`` and ``orgs`` are its mentions (start, end, name…)."""
    out: list[ProseProject] = []
    prev_end = 0
    for m in _PROJECT_QUOTE_RE.finditer(s):
        inside_org = any(o.start <= m.start(1) < o.end for o in orgs)
        slogan = _SLOGAN_AFTER_RE.match(s, m.end())  # 团队“医生出题、工程师解题”的研发模式: a way of working
        numbered = _NUMBERED_BEFORE_RE.search(s, 0, m.start())
        listed = not numbered and _LED_BY_RE.match(s, m.end()) and (
            m.start() == 0 or _LISTED_BEFORE_RE.search(s, 0, m.start()))  # the list goes on after a ；
        if (numbered or listed) and not inside_org:
            clause = _LEAD_CLAUSE_RE.match(s, m.end())
            out.append(ProseProject(
                m.group(1), "numbered" if numbered else "listed",
                leaders=[p.name for p in persons if clause and m.end() <= p.start and p.end <= clause.end()],
                start=m.start(1), end=m.end(1)))
        elif not inside_org and not slogan and (_TEAM_BEFORE_RE.search(s, 0, m.start()) or _PROJECT_AFTER_RE.match(s, m.end())
                                                 or _PROGRAMME_BEFORE_RE.search(s, 0, m.start())
                                                 or _KIND_BEFORE_RE.search(s, 0, m.start())):
            out.append(ProseProject(
                m.group(1), "quoted",
                leaders=[p.name for p in persons if prev_end <= p.start < m.start() and (
                    p.team or s.startswith(_LEADS_NEXT, p.end))],
                funders=[o.name for o in orgs if o.label in ("Agency", "Company") and (
                    o.end == m.start() or _PROGRAMME_GAP_RE.fullmatch(s, o.end, m.start()))],
                start=m.start(1), end=m.end(1)))
        prev_end = m.end()
    for m in _PROJECT_PHRASE_RE.finditer(s):
        name, core = m.group("name"), m.group("name")[:-2]
        if (is_generic(core) or lexicon.NUMERAL_LEAD_RE.match(core) or lexicon.DETERMINERS_RE.match(core)
                or any(stop_mask(core)) or any(o.start < m.end("name") and m.start("name") < o.end for o in orgs)):
            continue
        out.append(ProseProject(name, "developed", leaders=[p.name for p in persons if 0 <= m.start() - p.end <= 3],
                                start=m.start("name"), end=m.end("name")))
    return out


@dataclass
class HostedRow:
    """A platform and the organisation hosting it (its 依托单位), as a table row lists them."""

    platform: str
    host: str
    evidence: str


def hosted_rows(tables: list[list[list[str]]]) -> list[HostedRow]:
    """Rows of reader tables whose header names a platform column and a host column, and no project."""
    out: list[HostedRow] = []
    for table in tables:
        header = [cell.replace(" ", "") for cell in table[0]] if len(table) >= 2 else []
        name = next((i for word in _PLATFORM_HEADERS for i, cell in enumerate(header) if word in cell), -1)
        host = next((i for word in _HOST_HEADERS for i, cell in enumerate(header) if word in cell), -1)
        if name < 0 or host < 0 or name == host or "项目" in header[name] or "课题" in header[name]:
            continue
        out += [HostedRow(row[name].strip(), row[host].strip(), " | ".join(c.strip() for c in row))
                for row in table[1:] if len(row) == len(header) and row[name].strip() and row[host].strip()]
    return out


def _sentence_at(text: str, pos: int) -> Sentence:
    start = max(text.rfind("。", 0, pos), text.rfind("\n", 0, pos)) + 1
    end = min((i for i in (text.find("。", pos), text.find("\n", pos)) if i >= 0), default=len(text))
    return Sentence(text[start:end], start, end)


def hosted_facts(tables: list[list[list[str]]], text: str, issuer: str,
                 table_org: Callable[[str, Sentence], str]) -> list[tuple[Fact, Sentence]]:
    """PART_OF from each row of a table of platforms and their hosts; SUPERVISES (FUNDS) from
    ``issuer``, the agency publishing the document, when its text says it recognised or approved
    the platforms listed (认定…等6家 / 认定名单) or gives each of them money (对每个…给予…经费).
    ``table_org`` resolves a cell to the name of an organisation, "" when it names none."""
    rows = hosted_rows(tables)
    found: list[tuple[Fact, Sentence]] = []
    approved = _LIST_APPROVED_RE.search(text) if issuer and rows and ("认定" in text or "批准" in text) else None
    funded = _EACH_FUNDED_RE.search(text) if issuer and rows and "给予" in text else None
    for row in rows:
        sent = Sentence(row.evidence, -1, -1)
        platform, host = table_org(row.platform, sent), table_org(row.host, sent)
        if not platform:
            continue
        if host and host != platform:
            found.append((Fact("PART_OF", platform, host, "part_of:table", 0.8), sent))
        if approved:
            found.append((Fact("SUPERVISES", issuer, platform, "supervises:listed", 0.7), _sentence_at(text, approved.start())))
        if funded:
            found.append((Fact("FUNDS", issuer, platform, "funds:listed", 0.6), _sentence_at(text, funded.start())))
    return found
