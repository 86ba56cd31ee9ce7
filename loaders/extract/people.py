"""People in one sentence: names next to titles (either order), after organisations, in lists.

A person is 2-3 characters starting with a surname, bounded on both sides by punctuation,
a title, an organisation, a stop word or 团队. The chain of organisations and titles to the
left of the name (中国科学院院士、上海交通大学医学院院长陈国强) gives one role per organisation.
"""
from __future__ import annotations

import re
from dataclasses import dataclass, field

from . import lexicon
from .organisations import OrgMention

TITLE_RE = re.compile(lexicon.trie_pattern(lexicon.TITLES))
_NOT_IN_NAME = set("的地了是在和与及等省市区县院校所部局厅委会团队士授记长任副务、，,。：:；;（）()“”《》 ")
#: 任 ends verbs (担任, 主任) but is also a common surname: it may open a name.
_SURNAME_ONLY = frozenset("任")
_NOT_NAMES = {"高级", "资深", "高校", "高度", "常务", "同时", "明确", "全国", "方面", "应用", "成果", "安全", "海外", "黄浦", "宁夏",
              "云南", "金额", "高端", "高效", "高水平", "万人", "向前", "于是", "关键", "和平", "管理", "党委",
              "时代", "国家", "江苏", "战略", "齐心协", "文化", "常务", "解决", "解读", "文件", "常态", "齐全", "计划", "应对", "东方", "单纯", "上海", "华山", "周年", "周期", "孙子", "马上", "司长", "商务", "平台", "史上",
              "石化", "董事", "田间", "水平", "单位", "相关", "任务", "经济", "严格", "林业", "学术", "常委", "包括", "段落",
              "方案", "章程", "简报", "简介", "方向", "任命", "任职", "任期", "任教", "方为", "方是",
              "全额", "足额", "那一", "这一", "卓越", "卓有", "查房", "查体"}
_UNIT_END = set("所科系室院局处部")
_STOP_WORDS = frozenset(lexicon.STOP_WORDS)
_DEPARTMENT_END = set("科系室处部")
#: A listed person right before, possibly with a title after the name (殷敬华教授、人力资源总监李丹).
_PREVIOUS_IN_LIST_RE = re.compile(r"(?:教授|院士|研究员|博士)?、$")
#: Characters that start the verb after a name (刘平接待, 刘平致辞): no 3-character name ends before them.
_VERB_STARTS = set("接致出主表指介带率等参作讲谈说在为对向到和与及是也就将领")
#: 医院呼吸与危重症医学科 (no title after): words joined by 与 into a department's name.
_DEPARTMENT_AHEAD_RE = re.compile(r"[\u4e00-\u9fff]{1,10}?[科室](?=" + lexicon.trie_pattern(lexicon.TITLES) + ")"
                                  r"|[\u4e00-\u9fff]{2,4}[与和][\u4e00-\u9fff]{3,8}?科(?![长研技])")
_APPOINTED_RE = re.compile(r"(?:还|也|又|同时)?(?:被任命为|被聘为|受聘为|现任|现为|则是|担任|出任|当选为?|兼任|任)(?=[^，,。；;]{0,20}?(?:" + lexicon.trie_pattern(lexicon.TITLES) + "))")
#: 博士任实验室秘书: 任 before a unit's suffix word is the verb, not a surname.
_VERB_BEFORE_UNIT_RE = re.compile("[" + "".join(_SURNAME_ONLY) + "](?=" + lexicon.trie_pattern(lexicon.ORG_SUFFIXES) + ")")
_TEAM_RE = re.compile(r"团队|课题组|教授团队|一行")
#: 阿依古丽·买买提: a transliterated name, given name and family name joined by a middle dot.
_DOTTED_NAME_RE = re.compile(r"(?P<given>[\u4e00-\u9fff]{2,6})[·•・](?P<family>[\u4e00-\u9fff]{2,6})")
#: Words that may follow a dotted name directly (阿依古丽·买买提当选, …同志任).
_AFTER_NAME_RE = re.compile(r"当选|同志|表示|介绍|指出|认为|担任|出任|任|说")
#: 由A负责 / 由A牵头: a bare name between 由 and a verb of leading.
_LED_BY_RE = re.compile(r"由(?P<name>[\u4e00-\u9fff]{2,3}?)(?:负责|牵头|主持|领衔)")
#: 任命A为… / 聘请A、B为…: the people named after an appointing verb, and those of later clauses (，C、D为…).
_NOMINATE_RE = re.compile(r"任命|聘任|聘请|推选|选举|提名|增补")
_CLAUSE_START_RE = re.compile(r"[，,；;]")
#: 为 / 分别为 between a title and the name it introduces.
_COPULA_RE = re.compile(r"(?:分别)?(?:为|是)")
#: After the last name of an A和B list: the end of the clause (a name joined by 和 must close it).
_LIST_END_RE = re.compile(r"[，,。；;、）)]|$|(?:分别|共同|等)")
#: 他 / 她 taking a role: 他还担任…, 由他负责 (not 其他, 他们).
_PRONOUN_RE = re.compile(r"(?<!其)(?:(?<=由)[他她](?:本人)?|[他她](?:还|也|又|同时|现|曾|亦|将)*"
                         r"(?=担任|兼任|出任|主持|牵头|负责|受聘|当选|被任命|被聘|任))(?!们)")
#: Words standing for an organisation of the document (学院党委书记, 校长, 我校…).
_PSEUDO_ORG_RE = re.compile(r"(?:(?P<org>我校|本校|学校|校|我院|本院|学院|医院|公司|集团)(?:[\u4e00-\u9fff]{1,7}?[科系室部处])?"
                            r"|(?:^|(?<=[由，,、；;]))[\u4e00-\u9fff]{1,6}?科)$")


@dataclass
class Role:
    org: OrgMention | None
    titles: list[str] = field(default_factory=list)
    pseudo: str = ""  # 学院/医院/校… when the organisation is only referred to
    loose: bool = False  # a title written after the name with no organisation before it


@dataclass
class PersonMention:
    start: int
    end: int
    name: str
    roles: list[Role] = field(default_factory=list)
    team: bool = False


def _surname_len(s: str, i: int) -> int:
    if s[i:i + 2] in lexicon.SURNAMES_COMPOUND:
        return 2
    return 1 if i < len(s) and s[i] in lexicon.SURNAMES else 0


def _valid_name(name: str) -> bool:
    inner = name[1:-1] if name.endswith("和") and len(name) == 3 else name[1:]  # 邱某和: checked by _clean
    return name[0] not in _NOT_IN_NAME - _SURNAME_ONLY and not any(ch in _NOT_IN_NAME for ch in inner) \
        and name not in _NOT_NAMES and name[:2] not in _NOT_NAMES and not (len(name) == 2 and name[1] in "说称") and all(
        "\u4e00" <= ch <= "\u9fff" for ch in name)


class SentencePeople:
    """``known``: names found earlier in the document (found again without a title); ``previous``: who 他 is."""

    def __init__(self, s: str, orgs: list[OrgMention], stops: bytearray, known=(), previous: str = ""):
        self.s, self.orgs, self.stops = s, orgs, stops
        self.known, self.previous = known, previous
        self.titles = {m.start(): m.group() for m in TITLE_RE.finditer(s)}
        self.title_ends = {a + len(t): a for a, t in self.titles.items()}
        self.org_starts = {o.start: o for o in orgs}
        self.org_ends = {o.end: o for o in orgs}
        self.in_org = bytearray(len(s))
        for o in orgs:
            self.in_org[o.start:o.end] = b"\x01" * (o.end - o.start)
        for a, t in self.titles.items():
            self.in_org[a:a + len(t)] = b"\x01" * len(t)

    def _right_boundary(self, p: int) -> bool:
        s = self.s
        if p >= len(s):
            return True
        ch = s[p]
        stop_starts = self.stops[p] and not self.stops[p - 1]
        return (not ("\u4e00" <= ch <= "\u9fff") or stop_starts or p in self.org_starts or p in self.titles
                or bool(_TEAM_RE.match(s, p)))

    def _left_boundary(self, p: int) -> bool:
        s = self.s
        return (p == 0 or not ("\u4e00" <= s[p - 1] <= "\u9fff") or p in self.org_ends or p in self.title_ends
                or self.stops[p - 1] or s[p - 1] in _UNIT_END)

    def _clean(self, p: int, n: int) -> bool:
        """A plausible name: no organisation or title inside, no function word before or across it."""
        name = self.s[p:p + n]
        if p and (self.s[p - 1].isdigit() or self.s[p - 1] in "十百千万"):
            return False  # 30余名专家: a count, not a name
        # 副校长于梦琪: a surname that is also a function word, right after a title or an organisation
        stop_first = self.stops[p] and not ((p in self.title_ends or p in self.org_ends) and not self.stops[p + 1])
        if name[-1:] in _DEPARTMENT_END and p + n in self.titles:
            return False  # 普外科主任医师: a department before a title
        full = _surname_len(self.s, p) + 2  # 欧阳明哲: a compound surname makes four characters
        if n == full and name.endswith("和") and not self._he_ends_name(p + n - 1):
            return False
        return (len(name) == n and _valid_name(name) and not any(self.in_org[p:p + n]) and not stop_first
                and not (n == full and self.stops[p + n - 2] and self.stops[p + n - 1]))

    def _name_at(self, p: int, after_title: bool = False) -> str:
        """A 3- or 2-character name starting at p with a boundary after it."""
        s = self.s
        if after_title and s[p:p + 1] == "和" and self._he_opens_name(p):
            return s[p:p + 3]
        surname = _surname_len(s, p) if p < len(s) and not self.in_org[p] and not _VERB_BEFORE_UNIT_RE.match(s, p) else 0
        if not surname:
            return ""
        full = surname + 2
        for n in (full, full - 1):
            last = p + n - 1
            if self._clean(p, n) and (self._right_boundary(p + n) or n == full and (
                    s[last] == "和" or self._date_word_ends_name(last))):  # _clean checked 和
                if n == full and (last in self.titles or self.stops[last] and not self.stops[last - 1]
                                  and not self._date_word_ends_name(last)) and not self._he_ends_name(last):
                    continue
                return s[p:p + n]
        if after_title and self._clean(p, full):
            short = s[p + full - 1] in _VERB_STARTS and self._clean(p, full - 1)
            return s[p:p + full - 1] if short else s[p:p + full]
        return ""

    def _he_opens_name(self, p: int) -> bool:
        """主任医师和某某表示: 和 right after a title is a surname when a verb, a function word or a title follows
        two given characters that are no surname (和王某: a conjunction), no title (和学生), no department (医生和工科教师)
        and no stop."""
        s, q = self.s, p + 3
        given = s[p + 1:q]
        return (q < len(s) and len(given) == 2 and given[0] not in lexicon.SURNAMES and not TITLE_RE.match(s, p + 1)
                and all("\u4e00" <= ch <= "\u9fff" and ch not in _NOT_IN_NAME for ch in given)
                and given not in _NOT_NAMES and given[-1] not in _DEPARTMENT_END and not any(self.stops[p + 1:q]) and not any(self.in_org[p:q])
                and (q in self.titles or self.stops[q] and s[q] in _VERB_STARTS))

    def _date_word_ends_name(self, q: int) -> bool:
        """房秋月任… / 林晓日表示: 月 or 日 after no number, with a boundary after it, ends a name."""
        s, r = self.s, q + 1
        return s[q] in "月日" and not s[q - 1].isdigit() and s[q:q + 2] not in _STOP_WORDS and (
            r >= len(s) or self.stops[r] or r in self.titles or not "\u4e00" <= s[r] <= "\u9fff")

    def _he_ends_name(self, q: int) -> bool:
        """邱某和当选理事长 / 邱某和理事长: 和 ends a three-character name when a title or a verb follows, not a name."""
        s, after = self.s, q + 1 + len(self.titles.get(q + 1, ""))
        if s[q] != "和" or after > q + 1 and after < len(s) and _surname_len(s, after) and not self.stops[after]:
            return False  # 院长王某和副院长李某: a list
        return (after > q + 1 or after >= len(s) or not "\u4e00" <= s[after] <= "\u9fff"
                or self.stops[after] and after + 1 < len(s) and self.stops[after + 1])

    def _name_before(self, q: int) -> tuple[int, str]:
        """A name ending at q (just before a title or 团队)."""
        for n in (4, 3, 2):
            p = q - n
            if n == 4 and self.s[p:p + 2] not in lexicon.SURNAMES_COMPOUND:
                continue
            if n >= 3 and self.s[q - 1] in "为还也又现":
                continue  # 聘任张涵为某大学副院长 / 陶明还兼任: a copula or an adverb, not the end of the name
            if p >= 0 and _surname_len(self.s, p) and self._left_boundary(p) and self._clean(p, n) and not (
                    p in self.org_ends and self.s[q - 1] in _DEPARTMENT_END):  # 医院普外科主任: a department
                return p, self.s[p:q]
        return -1, ""

    def _chain(self, p: int) -> list[Role]:
        """Organisations and titles written right before position p."""
        s, roles, titles, pos = self.s, [], [], p
        while pos > 0:
            if pos in self.org_ends:
                org = self.org_ends[pos]
                roles.append(Role(org, titles))
                titles, pos = [], org.start
            elif pos in self.title_ends:
                a = self.title_ends[pos]
                titles.insert(0, s[a:pos])
                pos = a
            elif pos > 0 and (s[pos - 1] in _UNIT_END or s.startswith("中心", pos - 2)) and self._department_start(pos) >= 0:
                pos = self._department_start(pos)
                continue
            elif pos > 1 and s[pos - 1] in ")）" and pos - 1 in self.org_ends:
                inner = self.org_ends[pos - 1]  # 研究院（研究生院）主任: the same role in both
                roles.append(Role(inner, list(titles)))
                pos = inner.start - 1 if inner.start > 0 and s[inner.start - 1] in "(（" else inner.start
                continue
            else:
                break
            if pos > 0 and s[pos - 1] == "、" and (pos - 1 in self.org_ends or pos - 1 in self.title_ends):
                pos -= 1
        if titles:
            pseudo = _PSEUDO_ORG_RE.search(s, max(0, pos - 12), pos)
            word = pseudo.group("org") or "我院" if pseudo else ""  # 由影像科教授…: a department of the document's hospital
            roles.append(Role(None, titles, word))
        return roles

    def _department_start(self, pos: int) -> int:
        """神经外科 between 宣武医院 and 主任医师: where the department starts, if an organisation precedes it."""
        for k in range(2, 13):  # 呼吸与危重症医学科: a conjunction may join its words
            if pos - k in self.org_ends and not any(self.stops[i] and self.s[i] not in "与和" for i in range(pos - k, pos)):
                return pos - k
        return -1

    def _dotted(self, found: dict[int, PersonMention]) -> None:
        """阿依古丽·买买提: the given name starts after a title, an organisation or punctuation; the family
        name ends at a boundary or a verb. The span is then closed to shorter names."""
        for m in _DOTTED_NAME_RE.finditer(self.s) if "·" in self.s or "•" in self.s or "・" in self.s else ():
            dot = m.end("given")
            p = next((p for p in range(m.start("given"), dot - 1) if self._left_boundary(p) and not any(self.in_org[p:dot])), -1)
            ends = [q for q in range(dot + 3, m.end() + 1) if not any(self.in_org[dot + 1:q])]
            q = next((q for q in ends if _AFTER_NAME_RE.match(self.s, q) or self.s[q:q + 1] in _VERB_STARTS),
                     next((q for q in reversed(ends) if self._right_boundary(q)), -1))
            if p >= 0 and q >= 0 and _valid_name(self.s[p:dot] + self.s[dot + 1:q]):
                found[p] = PersonMention(p, q, self.s[p:q], self._chain(p))
                self.in_org[p:q] = b"\x01" * (q - p)

    def mentions(self) -> list[PersonMention]:
        s, found = self.s, {}
        self._dotted(found)
        for a, title in self.titles.items():
            b = a + len(title)
            copula = _COPULA_RE.match(s, b)  # 项目负责人为A / 负责人分别是A和B
            b = copula.end() if copula and _surname_len(s, copula.end()) else b
            name = self._name_at(b, after_title=True)
            if name:
                found.setdefault(b, PersonMention(b, b + len(name), name, self._chain(b)))
            p, name = self._name_before(a)
            if name and p not in found:
                roles = self._chain(p)
                if roles:
                    for r in roles:
                        r.titles = r.titles or [title]
                else:
                    roles = [Role(None, [title], loose=True)]
                found[p] = PersonMention(p, a, name, roles)
        for m in _TEAM_RE.finditer(s):
            q, team = m.start(), []
            while q > 0:
                p, name = self._name_before(q)
                if not name or p in found:
                    break
                found[p] = PersonMention(p, q, name, self._chain(p), team=True)
                team.append(found[p])
                if p > 0 and s[p - 1] in "/、":
                    q = p - 1
                else:
                    break
            for member in team[:-1]:  # 吕继成/张宏团队: the first member's organisation is the team's
                member.roles = member.roles or [Role(r.org, list(r.titles), r.pseudo) for r in team[-1].roles]
        for o in self.orgs:
            if o.end not in found and not _DEPARTMENT_AHEAD_RE.match(self.s, o.end):  # X医院呼吸与危重症医学科主任
                name = self._name_at(o.end)
                if name and not (o.end + len(name) in self.titles):
                    found[o.end] = PersonMention(o.end, o.end + len(name), name, self._chain(o.end))
            if o.end in self.titles:
                p, name = self._name_before(o.start)
                if name and p not in found:
                    title = self.titles[o.end]
                    found[p] = PersonMention(p, o.start, name, [Role(o, [title])])
        for m in _APPOINTED_RE.finditer(s) if "任" in s or "当选" in s or "为" in s or "则是" in s else ():  # 葛均波任研究院院长
            p, name = self._name_before(m.start())
            if name and p not in found:
                found[p] = PersonMention(p, m.start(), name, self._chain(p))
        for m in _LED_BY_RE.finditer(s) if "由" in s else ():
            p = m.start("name")
            if p not in found and _surname_len(s, p) and self._clean(p, len(m.group("name"))):
                found[p] = PersonMention(p, m.end("name"), m.group("name"), self._chain(p))
        self._appointees(found)
        self._lists(found)
        self._inherit_organisations(found)
        self._named_before(found)
        return [found[k] for k in sorted(found)]

    def _named_before(self, found: dict[int, PersonMention]) -> None:
        """A person the document named earlier, written again bare (由沈某和顾某联合负责), and 他 acting
        (他还担任…, 由他担任): the last person named before the sentence."""
        taken = bytearray(len(self.s))
        for m in found.values():
            taken[m.start:m.end] = b"\x01" * (m.end - m.start)
        for name in self.known:
            p = self.s.find(name)
            while p >= 0:
                q = p + len(name)
                if not any(taken[p:q]) and not any(self.in_org[p:q]) and (
                        len(name) > 2 or self._left_boundary(p) and self._right_boundary(q)):
                    found[p] = PersonMention(p, q, name, self._chain(p))
                    taken[p:q] = b"\x01" * len(name)
                p = self.s.find(name, q)
        for m in _PRONOUN_RE.finditer(self.s) if self.previous and ("他" in self.s or "她" in self.s) else ():
            before = [found[k].name for k in sorted(found) if k < m.start()]
            if m.start() not in found:
                found[m.start()] = PersonMention(m.start(), m.end(), before[-1] if before else self.previous)

    def _inherit_organisations(self, found: dict[int, PersonMention]) -> None:
        """主任高贺通、副主任刘欣宇: a role with no organisation takes the previous listed person's."""
        ordered = [found[k] for k in sorted(found)]
        for prev, person in zip(ordered, ordered[1:]):
            if not person.roles or any(r.org or r.pseudo for r in person.roles) or person.roles[0].loose:
                continue
            chain_start = person.start - sum(len(t) for r in person.roles for t in r.titles)
            gap = self.s[prev.end:chain_start]
            source = next((r for r in prev.roles if r.org or r.pseudo), None)
            if source and "院士" not in source.titles and _PREVIOUS_IN_LIST_RE.fullmatch(gap):
                person.roles = [Role(source.org, r.titles, source.pseudo) for r in person.roles]

    def _appointees(self, found: dict[int, PersonMention]) -> None:
        """任命A为X院长，B、C为X副院长: names right after the verb, or opening a later clause before 为/、."""
        first = _NOMINATE_RE.search(self.s)
        if not first:
            return
        starts = [m.end() for m in _NOMINATE_RE.finditer(self.s)]
        starts += [m.end() for m in _CLAUSE_START_RE.finditer(self.s, first.end())]
        for p in starts:
            name = self._name_at(p) if p not in found else ""
            if name and self.s[p + len(name):p + len(name) + 1] in ("为", "、"):
                found[p] = PersonMention(p, p + len(name), name)

    def _lists(self, found: dict[int, PersonMention]) -> None:
        """副院长宋金超、杨志刚: names after a listed name share its roles."""
        for p in sorted(found):
            person = found[p]
            q = person.end
            while q < len(self.s) and self.s[q] in "、和及与":
                name = self._name_at(q + 1)
                if not name or q + 1 in found or self.s[q] != "、" and not _LIST_END_RE.match(self.s, q + 1 + len(name)):
                    break
                roles = [Role(r.org, list(r.titles), r.pseudo) for r in person.roles]
                found[q + 1] = PersonMention(q + 1, q + 1 + len(name), name, roles)
                q = q + 1 + len(name)
