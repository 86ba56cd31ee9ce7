"""Organisation mentions in one sentence: gazetteer names, quoted names and suffix names.

A suffix name (…医院, …大学, …研究院, …委员会) is grown leftwards from its suffix until a
stop: punctuation, a verb or function word (so 葛均波任研究院 stops at 任), a title, or a
conjunction that joins two names. A known name met on the way becomes the parent of a
nested name (上海理工大学 + 医疗器械与食品学院). Candidates whose core is only generic words
(科创中心, 三大平台) are kept aside as generic; they count only when the same name is used
as a real name elsewhere in the document.
"""
from __future__ import annotations

import re
from dataclasses import dataclass, field
from functools import cached_property

from . import lexicon
from .gazetteer import Gazetteer

_SUFFIX_RE = re.compile("(?=(" + lexicon.trie_pattern(lexicon.ORG_SUFFIXES) + "))")
_SUB_INSTITUTE_RE = re.compile(r"(?=([\u4e00-\u9fff]{1,8}?所))")
#: 杨浦区副区长: a place before a head-of-government title stands for its people's government.
_GOVERNMENT_RE = re.compile("(" + lexicon.PLACE + ")(?=(?:常务)?(?:代|副)?(?:区|市|县|省)长)")
#: 老股东礼来亚洲基金 / 、某某资本跟投: a fund or firm named as an investor of a financing round is a company.
_INVESTOR_NAME = r"[\u4e00-\u9fff]{2,10}?(?:基金|资本|创投|投资)"
_INVESTOR_FUND_RE = re.compile(rf"(?<=老股东){_INVESTOR_NAME}|(?<=[由、，,和])(?!老股东){_INVESTOR_NAME}"
                               r"(?=(?:继续|持续|超额|共同|联合)*(?:领投|跟投|参投|加注|追加投资))")
#: 陕西省委 / 区委: a party committee, with or without its place.
_COMMITTEE_RE = re.compile("(?:中共)?(" + lexicon.PLACE + "|(?<![\u4e00-\u9fff])[省市区县]|(?<=[、，,])[省市区县])委(?![员会])")
_STOP_RE = re.compile(lexicon.trie_pattern(lexicon.STOP_WORDS))
_STOP_TITLES = ("院士", "教授", "校长", "院长", "主任", "书记", "所长", "处长", "局长", "区长", "总监", "总裁",
                "总经理", "董事长", "助理", "研究员", "医师", "团队", "课题组", "同志")
_TITLE_STOP_RE = re.compile("|".join(_STOP_TITLES))
#: 经云南省科技厅批准 / 经国家卫健委认定: 经 before a place or 国家 is a preposition, not part of the name.
_THROUGH_RE = re.compile("经(?=" + lexicon.PLACE + "|国家)")
_TITLE_END_RE = re.compile("(?:" + "|".join(_STOP_TITLES) + ")$")
#: An institution word inside the text after 与: the conjunction starts a name of its own.
_INSTITUTION_IN_RE = re.compile(r"大学|医院|学院|公司|研究所|研究院")
_BOOK_RE = re.compile(r"《[^《》]{2,60}》")
_FOUNDED_BEFORE_RE = re.compile(r"(?:成立了?|组建了?|建立了?|共建|获批|揭牌|设立了?|新建|建成了?)的?$")
#: 江南智能医疗器械创新中心揭牌: a long name whose founding the sentence reports is a name.
_FOUNDED_AFTER_RE = re.compile(r"(?:正式)?(?:揭牌|成立|挂牌|启用|落成|开园|运行)")
#: A name opening an enumerated item (一、…平台) or followed by its host (…平台，依托单位) is a listed name.
_ENUMERATED_RE = re.compile(r"(?:^|[。；;\n])\s*(?:[一二三四五六七八九十]+、|[（(][一二三四五六七八九十0-9]+[)）]|[0-9]{1,2}[.、])$")
_HOSTED_AFTER_RE = re.compile(r"[，,（(]?依托单位")
_JOINT_WORDS_RE = re.compile(r"创新|交叉|融合|联合|协同")
#: The second founder of a dash-joined body (A大学—B医院联合研究院) names an organisation.
_FOUNDER_WORD_RE = re.compile(r"大学|医院|学院|研究所|研究院|公司")
_LEADING_NOISE_RE = re.compile("(?:" + lexicon.trie_pattern(lexicon.LEADING_NOISE) + ")+")
_ABBREV_AFTER_RE = re.compile(r"[(（][A-Za-z]{2,10}[)）]")
_QUOTED_RE = re.compile(r"“([^“”]{2,40}?)(?:等)?”")
SUFFIX_AT_END_RE = re.compile("(?:" + "|".join(sorted(map(re.escape, lexicon.ORG_SUFFIXES), key=len, reverse=True)) + ")$")
_GENERIC_RE = re.compile("(?:" + lexicon.trie_pattern(lexicon.GENERIC_WORDS) + ")+")
_ORDINAL_FIND_RE = re.compile(r"(?:附属|附)?第?[一二三四五六七八九十]{1,2}(?:附院|院)(?![士长区校系所内外部级])")
_ORDINAL_SHORT_RE = re.compile(r"^[一二三四五六七八九十]{1,2}(?:附院|院)$")
_BAD_FOLLOW = {"大学": "生城", "中心": "城", "学院": "派", "平台": "上", "基地": "上", "厅": "长", "系": "统"}
#: Suffix-only names that stand for a unit of the document's university (组建医学部, 我校研究生院).
_BARE_OK = ("附院", "医学部", "研究生院", "医学院")
_HOSPITAL_WORDS = ("附属", "儿童", "妇幼", "肿瘤", "口腔")
MAX_NAME = 32
#: What makes a hospital's 中心 a research platform rather than a clinical department.
_RESEARCH_RE = re.compile(r"研究|研发|创新|转化|工程|实验|医工|联合|协同")
_COUNTED_RE = re.compile(r"[0-9一二三四五六七八九十百千万两几多余]+[个家所项批]$")
_LEGAL_FORMS = frozenset({"有限公司", "股份有限公司", "有限责任公司"})
#: Words that are verbs in prose but business lines in a registered company name.
_BUSINESS_WORDS = frozenset({"投资", "孵化", "合作", "创新"})
#: Words that describe a company written right before its registered name.
_DESCRIBED_AS = frozenset({"股东", "企业", "厂商", "机构", "伙伴", "龙头", "巨头"})
_FIRM_INSIDE_RE = re.compile(r"公司|集团")
_INSTITUTION_END_RE = re.compile(r"(?:医院|大学|学院|公司|研究所|研究院)$")
_BUSINESS_LINE_RE = re.compile(r"管理|服务|咨询|发展|孵化|集团")
#: Nested under a known name, these suffixes need a real name before them (not 上海理工大学高水平大学).
_NESTED_NEEDS_NAME = frozenset({"大学", "医院", "附属医院"}) | lexicon.WEAK_SUFFIXES
#: A university's or hospital's research administration (某大学科学技术研究院), an office, not a unit.
_RESEARCH_OFFICE_RE = re.compile(r"(?:科学技术|科学|科技|科研)研究院$")
_LOCAL_AGENCY_SUFFIXES = ("管理局", "教育局", "民政局", "科技局", "卫生局", "办公室", "监督管理局")


@dataclass(slots=True)
class OrgMention:
    """One organisation name as written in a sentence."""

    start: int
    end: int
    surface: str
    label: str
    quoted: bool = False
    known: str = ""  # canonical name when the gazetteer knows it
    parent: "OrgMention | None" = None
    generic: bool = False
    place: str = ""
    parts: list["OrgMention"] = field(default_factory=list)
    described: bool = False  # generic words named only by a founding verb (共建医工交叉联合实验室)

    @property
    def own(self) -> str:
        """The surface without the parent's surface: 医疗器械与食品学院 of 上海理工大学医疗器械与食品学院."""
        return self.surface[self.parent.end - self.start:] if self.parent else self.surface


def _is_name_char(ch: str) -> bool:
    return "\u4e00" <= ch <= "\u9fff" or ch.isascii() and ch.isalpha() or ch == "·"


#: Runs of the characters :func:`_is_name_char` accepts, to mark a whole sentence at once.
_NAME_RUN_RE = re.compile("[\u4e00-\u9fffA-Za-z·]+")


_TIME_OR_FEATURE_RE = re.compile(r"(?<=年)来(?!自)|(?<=—)记(?!者)")
_SINO_JAPANESE_RE = re.compile(r"(?<![0-9０-９一二三四五六七八九十月])中日")


def stop_mask(sentence: str) -> bytearray:
    """1 where a character belongs to a stop word or a title."""
    mask = bytearray(len(sentence))
    for rx in (_STOP_RE, _TITLE_STOP_RE, *(_THROUGH_RE,) * ("经" in sentence)):
        for m in rx.finditer(sentence):
            a, b = m.span()
            if b - a == 1:  # most stop words are one character (与, 和, 在): the cheap path
                mask[a] = 1
            elif not (sentence.startswith("院士", a) and b - a == 2 and sentence.startswith(("专家", "工作站"), b)):
                mask[a:b] = b"\x01" * (b - a)
    if "年来" in sentence or "—记" in sentence:  # 近年来某大学 / ——记某大学某教授: a time word and a feature's 记 end a name
        for m in _TIME_OR_FEATURE_RE.finditer(sentence):
            mask[m.start()] = 1
    if "中日" in sentence:  # 中日友好医院, 中日联谊医院: Sino-Japanese, not a date's 日
        for m in _SINO_JAPANESE_RE.finditer(sentence):
            mask[m.start() + 1] = 0
    return mask


def label_for(surface: str, suffix: str, parent_label: str = "") -> str:
    """The label a suffix gives, corrected by the parent and a few name patterns."""
    label = lexicon.ORG_SUFFIXES.get(suffix, "Platform")
    if suffix == "院":  # an ordinal hospital (九院)
        return "Hospital"
    if suffix == "医学中心" and not any(w in surface for w in _HOSPITAL_WORDS):
        return "Platform"
    if suffix in ("研究院", "研究所"):
        return "Agency" if parent_label == "Agency" else "Platform" if parent_label else label
    if suffix == "研究生院" and parent_label != "University":
        return "Platform"
    if suffix == "学院" and parent_label in ("Company", "Platform", "Hospital"):
        return "Platform"
    if label == "Company" and "教育集团" in surface:
        return "Platform"
    if label == "Hospital" and parent_label == "Hospital" and suffix != "医院":
        return "Platform"
    return label


def is_generic(core: str) -> bool:
    """True when a name core is made only of generic words (科创, 医工交叉创新) or a count (三大)."""
    if not core or lexicon.NUMERAL_LEAD_RE.match(core):
        return True
    return bool(_GENERIC_RE.fullmatch(core))


def _another_parents_unit(entries, parents: set[str]) -> bool:
    """Whether every entry is a unit of a parent unrelated to the organisation written right before it."""
    return all(e.parent and not any(p and (e.parent.startswith(p) or p.startswith(e.parent)) for p in parents)
               for e in entries)


class SentenceOrgs:
    """Finds the organisation mentions of one sentence."""

    def __init__(self, sentence: str, gazetteer: Gazetteer):
        self.s = sentence
        self.gaz = gazetteer
        self.stops = stop_mask(sentence)
        self.known: list[OrgMention] = []
        for a, b in gazetteer.find(sentence):
            entries = gazetteer.lookup(sentence[a:b])
            prev = self.known[-1] if self.known else None
            joined = prev and (prev.end == a or prev.end == a - 2 and sentence[prev.end:a] == "附属")
            parents = {e.name for e in gazetteer.lookup(prev.surface)} | {prev.known} if prev else set()
            child = next((e for e in entries if joined and e.parent in parents), None)
            affiliated = sentence[max(0, a - 2):a] == "附属"
            named_before = affiliated and a >= 3 and _is_name_char(sentence[a - 3])  # not 、附属某医院 (of the last one)
            if b - a <= 2 and (affiliated and not child or self._inside_one_word(a, b)):
                continue
            if (joined or named_before) and not child and _another_parents_unit(entries, parents if joined else set()):
                continue  # 某医科大学附属协和医院: the short name of another university's hospital is part of a longer name
            if child:
                self.known[-1] = OrgMention(prev.start, b, sentence[prev.start:b], child.label, known=child.name)
                continue
            self.known.append(OrgMention(a, b, sentence[a:b], entries[0].label, known=entries[0].name))
        for m in self.known:  # 中国科学院长春…: a title across the end of a known name (院|长) is no title
            title = _TITLE_STOP_RE.match(sentence, m.end - 1)
            if title and title.end() > m.end:
                self.stops[m.end:title.end()] = bytes(title.end() - m.end)
        self._known_end = {m.end: m for m in self.known}
        self._in_known = bytearray(len(sentence) + 1)
        for m in self.known:
            self._in_known[m.start:m.end] = b"\x01" * (m.end - m.start)
        self.books = [(m.start(), m.end()) for m in _BOOK_RE.finditer(sentence)]

    def _inside_one_word(self, a: int, b: int) -> bool:
        """成电 in 集成电路: a two-character short form with word characters on both sides is part of a word."""
        s = self.s
        return 0 < a and b < len(s) and "\u4e00" <= s[a - 1] <= "\u9fff" and "\u4e00" <= s[b] <= "\u9fff" \
            and not self.stops[a - 1] and not self.stops[b]

    @cached_property
    def _name_chars(self) -> bytearray:
        """1 where a character can be part of a name; built only for sentences with a suffix to grow from."""
        marks = bytearray(len(self.s))
        for m in _NAME_RUN_RE.finditer(self.s):
            marks[m.start():m.end()] = b"\x01" * (m.end() - m.start())
        return marks

    @cached_property
    def _known_longest_first(self) -> list[OrgMention]:
        return sorted(self.known, key=lambda k: k.end - k.start, reverse=True)

    def _org_ends_at(self, j: int) -> bool:
        return j in self._known_end or bool(SUFFIX_AT_END_RE.search(self.s[max(0, j - 6):j]))

    def _conjunction_inside_name(self, j: int, suffix_start: int) -> bool:
        """Whether 与/和/及 at j joins words of one name rather than two names."""
        if j == 0 or self.stops[j - 1] or not _is_name_char(self.s[j - 1]) or self._org_ends_at(j) or self.s[j - 1] == "科":
            return False  # 消化内科与某公司: a department joined to a name
        if j + 1 == suffix_start and (self.s[max(0, j - 3):j - 1] == "附属" or self._org_ends_at(j - 1)):
            return True  # 某大学附属协和医院: one character and 和 between 附属 (or a name) and the suffix make a word
        if lexicon.NUMERAL_LEAD_RE.match(self.s, j + 1) or lexicon.DETERMINERS_RE.match(self.s[j + 1:j + 4]):
            return False
        if lexicon.PLACE_RE.match(self.s, j + 1):
            return False  # 某某医疗与深圳市人民医院: a name written with its place starts after the conjunction
        if _INSTITUTION_IN_RE.search(self.s, j + 1, suffix_start) or self.s.startswith(("大学", "医院"), suffix_start):
            return False  # 某医疗与某大学附属医院: a name of its own follows (no university or hospital has 与 inside)
        if self._after_title(j):
            return False  # 主任医师某某与某医院: a person named after a title
        return not _ORDINAL_SHORT_RE.match(self.s[j + 1:suffix_start + 2])

    def _after_title(self, j: int) -> bool:
        """Whether the name characters before j are two or three right after a title (a person's name)."""
        k = j
        while k > 0 and j - k < 4 and not self.stops[k - 1] and _is_name_char(self.s[k - 1]):
            k -= 1
        return 2 <= j - k <= 3 and _TITLE_END_RE.search(self.s, max(0, k - 5), k) is not None

    def _first_founder(self, i: int, a: int, b: int) -> int | None:
        """A大学—B医院联合研究院: where the first founder starts when a dash before i joins two founders of one
        joint body (suffix at a..b), the first written by its full name (not a short form: 某医院—某学院实验室)."""
        founder = self._known_end.get(i - 1) if i and self.s[i - 1] in "—－" else None
        if (founder and founder.known == founder.surface and _FOUNDER_WORD_RE.search(self.s, i, a)
                and _JOINT_WORDS_RE.search(self.s, i, b)):
            return founder.start
        return None

    def _left_edge(self, a: int, b: int, company: bool = False, firm: bool = False) -> int | None:
        """Where the name ending in the suffix at a..b starts; ``company``: a legal form, ``firm``: any company suffix."""
        s, i = self.s, a
        while i > 0:
            if i in self._known_end:
                known = self._known_end[i]
                if not (company and known.label == "Company" or self._inside_word(known)):
                    first = self._first_founder(known.start, a, b)
                    return known.start if first is None else first
                i = known.start  # 武汉联影智融医疗科技有限公司, 湘南理工大学: a short form inside a longer name
                continue
            if company and s[i - 2:i] in _BUSINESS_WORDS:  # 上海联和投资有限公司
                i -= 2
                continue
            if firm and s[i - 2:i] in _DESCRIBED_AS and (b - i >= 6 or s[i - 2:i] == "股东") and not _BUSINESS_LINE_RE.match(s, i):
                break  # 老股东上海复容投资有限公司 / 另一家企业苏州某某有限公司: the description is no part of the name
            ch = s[i - 1]
            if company and ch in "）)":  # 乐普（北京）医疗器械股份有限公司, 金山科技（集团）有限公司
                open_at = max(s.rfind("（", max(0, i - 8), i - 1), s.rfind("(", max(0, i - 8), i - 1))
                if open_at >= 1 and all(_is_name_char(c) for c in s[open_at + 1:i - 1]) and _is_name_char(s[open_at - 1]):
                    i = open_at
                    continue
                break
            if ch in "—－" and (first := self._first_founder(i, a, b)) is not None:
                i = first
                continue
            if ch == "”":
                open_at = s.rfind("“", max(0, i - 12), i - 1)
                if open_at >= 0 and not SUFFIX_AT_END_RE.search(s[open_at + 1:i - 1]):
                    i = open_at
                    continue
                break
            if self.stops[i - 1]:
                if ch in lexicon.NAME_CONJUNCTIONS and self._conjunction_inside_name(i - 1, a):
                    i -= 1
                    continue
                break
            if not self._name_chars[i - 1] and not (ch == "-" and i >= 2 and s[i - 2].isascii() and s[i - 2].isalnum()):
                break
            i -= 1
            if b - i > MAX_NAME:
                return None
        return i

    def _inside_word(self, known: OrgMention) -> bool:
        """南理工 in 湘南理工大学: a short form with name characters right before it is part of another name."""
        a = known.start
        return (len(known.surface) <= 3 and known.surface != known.known and a > 0 and _is_name_char(self.s[a - 1])
                and not self.stops[a - 1] and a - 1 not in self._known_end)

    def _inside_one_known(self, a: int, b: int) -> bool:
        return any(k.start <= a and b <= k.end for k in self.known)

    def _suffix_candidates(self):
        s = self.s
        for m in _SUFFIX_RE.finditer(s):
            suffix = m.group(1)
            a, b = m.start(), m.start() + len(suffix)
            # 省人医院长: a hospital's head is its 医院院长, so 医院长 is a short form (省人医) before 院长
            if s[b:b + 1] and s[b] in _BAD_FOLLOW.get(suffix, "") or suffix.endswith("医院") and s[b:b + 1] == "长" or (
                    self._in_known[a] and self._in_known[b - 1] and self._inside_one_known(a, b)):
                continue
            left = self._left_edge(a, b, suffix in _LEGAL_FORMS, lexicon.ORG_SUFFIXES.get(suffix) == "Company")
            if left is not None and (left < a or suffix in _BARE_OK):
                yield left, b, suffix
        for m in _SUB_INSTITUTE_RE.finditer(s) if "所" in s else ():
            a = m.start()
            b = a + len(m.group(1))
            parent = self._known_end.get(a)
            if parent and parent.label == "Agency" and not self.stops[a]:
                yield parent.start, b, "研究所"

    def _ordinals(self):
        """九院 / 一附院 / 附属第六人民医院 written short: hospitals named by their number."""
        s = self.s
        for m in _ORDINAL_FIND_RE.finditer(s) if "院" in s else ():
            a, b = m.start(), m.end()
            if (a and s[a - 1] == "“") or self._in_known[a]:
                continue
            if a == 0 or a in self._known_end or self.stops[a - 1] or not _is_name_char(s[a - 1]):
                yield (self._known_end[a].start if a in self._known_end else a), b, "附院" if "附" in m.group() else "院"

    def _quoted(self):
        for m in _QUOTED_RE.finditer(self.s):
            inner = m.group(1)
            suf = SUFFIX_AT_END_RE.search(inner)
            if suf and len(inner) > len(suf.group()):
                yield m.start(1), m.start(1) + len(inner), suf.group()

    def mentions(self) -> list[OrgMention]:
        """Top-level mentions, left to right; nested known names become their parents."""
        cands: list[OrgMention] = list(self.known)
        for a, b, suffix in self._quoted():
            cands.append(self._build(a, b, suffix, quoted=True))
        for a, b, suffix in self._suffix_candidates():
            cands.append(self._build(a, b, suffix))
        for a, b, suffix in self._ordinals():
            cands.append(self._build(a, b, suffix))
        for m in _GOVERNMENT_RE.finditer(self.s) if "长" in self.s else ():
            if not self._in_known[m.start()] and not any(self.stops[m.start():m.end()]) and (m.start() == 0 or self.stops[m.start() - 1]
                                                  or not _is_name_char(self.s[m.start() - 1])):
                cands.append(OrgMention(m.start(), m.end(), m.group(), "Agency", place=m.group()))
        for m in _COMMITTEE_RE.finditer(self.s) if "委" in self.s else ():
            if not self._in_known[m.start()] and not any(self.stops[m.start(1):m.end(1)]):
                cands.append(OrgMention(m.start(), m.end(), m.group(), "Agency", place=m.group(1)))
        for m in _INVESTOR_FUND_RE.finditer(self.s) if "投" in self.s or "股东" in self.s else ():
            cands.append(OrgMention(m.start(), m.end(), m.group(), "Company"))
        cands = [c for c in cands if c is not None]
        cands.sort(key=lambda c: (not c.quoted, -(c.end - c.start), c.start))
        by_start: dict[int, list[OrgMention]] = {}
        for c in cands:
            by_start.setdefault(c.start, []).append(c)
        taken: list[OrgMention] = []
        used = bytearray(len(self.s) + 1)
        for c in cands:
            if any(used[c.start:c.end]):
                continue
            used[c.start:c.end] = b"\x01" * (c.end - c.start)
            taken.append(c)
            inner = [d for d in by_start[c.start] if d.end < c.end and not d.generic and d is not c
                     and (d.parent is c.parent and c.parent is not None and d.end > c.parent.end
                          or c.parent is None and not d.known and not c.quoted
                          and not d.label == c.label == "Company"  # 某某资本管理股份有限公司: one company
                          and not (d.label == "Hospital" and c.label == "Agency"))]  # 某医院发展中心 runs hospitals
            if inner:
                c.parent = max(inner, key=lambda d: d.end)
        taken.sort(key=lambda c: c.start)
        return taken

    def _inner_parent(self, a: int, b: int, suffix: str) -> OrgMention | None:
        """邓迪大学 of 英国邓迪大学医学院, 长征医院 of 长征医院骨科医院: a parent the gazetteer does not know."""
        text = self.s[a:b - len(suffix)]
        if "—" in text or "－" in text:
            return None  # A大学—B医院联合研究院: a joint body is part of neither founder
        for word, label in (("大学", "University"), ("医院", "Hospital")):
            if label == "Hospital" and lexicon.ORG_SUFFIXES.get(suffix) == "Agency":
                continue  # 某医院发展中心 / 医院管理局: a body that runs hospitals is no unit of one
            cut = text.rfind(word)
            if cut > 0:
                start = a + (lexicon.COUNTRY_RE.match(text).end() if lexicon.COUNTRY_RE.match(text) else 0)
                end = a + cut + len(word)
                core = self.s[start:end - len(word)]
                if len(core) >= 2 and not is_generic(core) and core not in ("国家", "中国") and not any(self.stops[start:end]):
                    return OrgMention(start, end, self.s[start:end], label)
        return None

    def _many_hospitals(self, parent: OrgMention) -> bool:
        """交大附属医院 is a group of hospitals when the gazetteer knows several under that university."""
        if not parent.known:
            return False
        return sum(1 for e in self.gaz.entries.values() if e.label == "Hospital" and e.parent.startswith(parent.known)) > 1

    def _build(self, a: int, b: int, suffix: str, quoted: bool = False) -> OrgMention | None:
        parent = None
        for k in self._known_longest_first:
            if k.start == a and k.end < b and not (quoted and self.s[k.end] in "—-、和与及" or self.s[k.end] in "—－") and not (
                    k.label == "Company" and suffix in _LEGAL_FORMS):
                parent = k
                break
        if parent is None and suffix not in ("大学", "医院") and not quoted:
            lead = _LEADING_NOISE_RE.match(self.s, a, b - len(suffix))  # 来自某大学某学院: the verb is no part of the parent
            parent = self._inner_parent(lead.end() if lead else a, b, suffix)
            if parent is not None:
                a = parent.start
        if parent and parent.end > b - len(suffix):
            return None  # 南大 + 学 of 暨南大学: the known name runs into the suffix, it is not a parent
        own_from = parent.end if parent else a
        noise = _LEADING_NOISE_RE.match(self.s, own_from, b - len(suffix)) if not quoted else None
        if noise:
            own_from, parent, a = noise.end(), None, noise.end()
        surface, own = self.s[a:b], self.s[own_from:b]
        if lexicon.NUMERAL_LEAD_RE.match(own) or lexicon.DETERMINERS_RE.match(own) or _COUNTED_RE.search(self.s, 0, a):
            return None  # 100个…联合体: a count of things, not a name
        place_m = lexicon.PLACE_RE.match(own) if not parent else None
        place = place_m.group() if place_m else ""
        core = own[len(place):len(own) - len(suffix)].replace("“", "").replace("”", "")
        if core.startswith("附属"):
            core = core[2:]
        label = label_for(surface, suffix, parent.label if parent else "")
        if place and suffix == "研究院" and not parent and not quoted and not _JOINT_WORDS_RE.search(core):
            label = "Agency"  # 西北有色金属研究院: a state institute
        boxed = quoted or any(x <= a and b <= y for x, y in self.books)
        if parent and parent.label == "Hospital" and suffix == "中心" and not _RESEARCH_RE.search(own) or (
                suffix == "医学部" and "医院" in surface):
            return None  # 某医院神经介入中心 / 心脏中心 / 急诊医学部: a clinical department, written inside a title
        headed = own.endswith("研究中心") and len(core) >= 4 and _TITLE_STOP_RE.match(self.s, b)  # …医工结合研究中心主任
        specialty = suffix == "医院" and core in _HOSPITAL_WORDS  # 某大学附属肿瘤医院: a specialty hospital is a name
        if parent and (core and is_generic(core) and suffix in _NESTED_NEEDS_NAME and not quoted and not headed and not specialty
                       or suffix in ("办公室", "厅")
                       or lexicon.CATEGORY_RE.match(own)):
            return None
        office = _RESEARCH_OFFICE_RE.search(own) if "研究院" in suffix else None
        if office and not place and (office.start() == 0 if parent else 0 < office.start() <= 3):
            return None  # 某大学科学技术研究院 / 北邮科学研究院: a named university's research office
        if suffix in ("基地", "中心") and (parent and parent.label == "Company" or _FIRM_INSIDE_RE.search(self.s, a, b - len(suffix))):
            return None  # 某公司研发中心: a department of the company
        if suffix == "大学" and lexicon.UNIVERSITY_DESCRIPTION_RE.search(core) or (
                suffix.endswith("医院") and not quoted and lexicon.HOSPITAL_DESCRIPTION_RE.search(own)):
            return None
        if suffix == "厅" and not place or suffix == "系" and not parent or lexicon.INNER_COMMITTEE_RE.search(own) \
                or suffix == "委员会" and "中共" in self.s[max(0, a - 2):a + 2] \
                and _INSTITUTION_END_RE.search(self.s, a, b - len(suffix)):  # 中共某医院委员会: an institution's party committee
            return None
        if quoted and (own.count("—") + own.count("-") > 1 or _LEADING_NOISE_RE.match(own)):
            return None  # “医院—高校—企业—医院” is a chain, “建设…中心” a slogan
        if parent and not core and own in ("附属医院", "医院") and self._many_hospitals(parent):
            return None
        if parent and not core and label in ("Platform", "Company"):
            return None
        if not core and not (parent or place) and suffix not in ("附院", "院", "医学部", "研究生院", "医学院") \
                and suffix not in lexicon.AGENCY_EXPANSIONS:
            return None
        generic = not (quoted or parent or place or suffix in lexicon.STRONG_SUFFIXES) and is_generic(core)
        described = False
        if generic and suffix not in lexicon.WEAK_SUFFIXES and len(core) >= 3 and _FOUNDED_BEFORE_RE.search(self.s, 0, a):
            generic, described = False, True
        if label == "Agency" and suffix in _LOCAL_AGENCY_SUFFIXES and not (place or parent):
            generic = True
        if not quoted and label == "Platform" and not parent and (
                place and suffix in lexicon.WEAK_SUFFIXES and is_generic(core) and not (  # 某省医工融合创新中心揭牌: named
                    len(core) >= 4 and (_FOUNDED_AFTER_RE.match(self.s, b) or _FOUNDED_BEFORE_RE.search(self.s, 0, a)))
                or lexicon.CATEGORY_RE.match(own)
                or suffix in lexicon.WEAK_SUFFIXES and not (boxed or place or own.startswith("国家")
                                                           or _ABBREV_AFTER_RE.match(self.s, b)
                                                           or _ENUMERATED_RE.search(self.s, 0, a)
                                                           or _HOSTED_AFTER_RE.match(self.s, b)
                                                           or len(core) >= 7 and not is_generic(core) and (
                                                               _FOUNDED_BEFORE_RE.search(self.s, 0, a)
                                                               or _FOUNDED_AFTER_RE.match(self.s, b)))):
            generic = True
        return OrgMention(a, b, surface, label, quoted=quoted, parent=parent, generic=generic, place=place,
                          described=described)
