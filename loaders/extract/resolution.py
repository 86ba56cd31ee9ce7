"""Entity resolution inside one document: every surface form to one canonical name.

Resolution runs after every sentence was scanned, so a short form can use any full name
of the document: declared abbreviations, gazetteer aliases (with a same-name guard: the
organisations around decide), nested parents, ordinal hospitals (一附院, 六院) relative to
the universities in context, bare school names under the document's own university,
abbreviated agencies (市科委, 区卫健委) under the place they belong to.
"""
from __future__ import annotations

import re
from collections import Counter
from dataclasses import dataclass, field

from . import lexicon
from .gazetteer import Entry, Gazetteer, key
from .organisations import OrgMention, is_generic

_ORDINAL_RE = re.compile(r"(?:附属)?第?([一二三四五六七八九十]{1,2})(附属医院|附院|人民医院|医院|院)$")
_SUBUNIT_SUFFIXES = ("研究生院", "医学部", "医学院", "研究院", "学院", "学部")
_ABBREV_DECL_RE = re.compile(r"[（(](?:以下)?简称[“\"]?([^”\"）)，,]{2,12})[”\"]?[）)]")
_LEVEL_RE = re.compile(r"^(省|市|区|县)")
_NAMED_CENTRE_RE = re.compile(r"^(?:中国|国家|北京|上海|天津|重庆|" + lexicon.PROVINCES + r")[\u4e00-\u9fff]{3,}发展中心$")
_ZONE_RE = re.compile(r"^[\u4e00-\u9fff]{2,4}(?:高新技术产业开发区|经济技术开发区|高新区|开发区|经开区|新区|自贸区|保税区)")
#: Surfaces whose referent depends on the sentence (我校研究生院 vs 交大医学院研究生院): never a fixed alias.
_CONTEXT_DEPENDENT = frozenset({"研究生院", "医学院", "医学部", "附院", "学院", "医院"})


def expand_agency(name: str) -> str:
    """上海市科委 -> 上海市科学技术委员会."""
    for short, full in lexicon.AGENCY_EXPANSIONS.items():
        if name.endswith(short) and not name.endswith(full):
            return name[: -len(short)] + full
    return name


def _ordinal(name: str) -> tuple[str, bool]:
    """(number, is a 第N附属医院) of an ordinal hospital name: 一附院 -> (一, True), 六院 -> (六, False)."""
    m = _ORDINAL_RE.search(name)
    if not m:
        return "", False
    return m.group(1), m.group(2) in ("附属医院", "附院")


def _in_order(short: str, full: str) -> bool:
    it = iter(full)
    return bool(short) and bool(full) and short[0] == full[0] and all(ch in it for ch in short)


@dataclass
class Entity:
    label: str
    name: str
    aliases: set[str] = field(default_factory=set)
    parent: str = ""  # canonical name of the parent organisation


class Registry:
    """Canonical organisations of one document and the surface forms that denote them."""

    def __init__(self, gazetteer: Gazetteer):
        self.gaz = gazetteer
        self.entities: dict[str, Entity] = {}
        self.surface: dict[str, str] = {}
        self.declared: dict[str, str] = {}
        self.main = ""
        self._family_key: tuple[int, int] = (0, -1)
        self._family_names: set[str] = set()

    # -- building -------------------------------------------------------------
    def add(self, label: str, name: str, surface: str = "", parent: str = "") -> Entity:
        ent = self.entities.get(name)
        if ent is None:
            ent = self.entities[name] = Entity(label, name, parent=parent)
            entry = self._entry(name)
            if entry:
                ent.aliases.update(entry.aliases)
                ent.parent = ent.parent or entry.parent
        if parent and not ent.parent:
            ent.parent = parent
        if surface and surface != name:
            ent.aliases.add(surface)
        for form in (name, surface):
            if form and form not in _CONTEXT_DEPENDENT:
                self.surface.setdefault(key(form), name)
        return ent

    def _entry(self, name: str) -> Entry | None:
        for e in self.gaz.lookup(name):
            if e.name == name:
                return e
        return None

    def declare_abbreviations(self, sentence: str, mentions: list[OrgMention]) -> None:
        """X（以下简称“Y”）and X（Y）with Y a shorter name of the same kind: Y is X."""
        for m in _ABBREV_DECL_RE.finditer(sentence):
            before = [o for o in mentions if o.end <= m.start() and m.start() - o.end <= 1]
            if before:
                self.declared[key(m.group(1))] = before[-1].surface
        ends = {o.end: o for o in mentions}
        for short in mentions:  # 某大学附属第一医院（某一院）: a bracketed name of the same kind right after
            full = ends.get(short.start - 1)
            if full and sentence[short.start - 1] in "（(" and sentence[short.end:short.end + 1] in ("）", ")") \
                    and full.label == short.label and (_in_order(short.surface, full.surface)
                                                       or full.label == "Company" and short.surface[:2] in full.surface):
                self.declared.setdefault(key(short.surface), full.surface)

    def _declared_organisations(self) -> dict[str, str]:
        """Short forms declared (以下简称) for an organisation; a platform's 研究院 / 联盟 is a back reference."""
        out = {}
        for short, full in self.declared.items():
            name = self.surface.get(key(full))
            if name and len(short) >= 2 and self.entities[name].label != "Platform" and not is_generic(short):
                out[short] = name
        return out

    def find_short_forms(self, sentences: list[tuple[str, list[OrgMention]]], counts: Counter) -> None:
        """精锐医疗 for 杭州精锐医疗科技有限公司 (a company's name without place and legal form) and 思哲睿 declared
        by 以下简称, found again; a declared form wins over a known name inside it (联影 of 联影智融)."""
        forms = {}
        for name, ent in self.entities.items():
            if ent.label == "Company":
                for short in company_short_forms(name):
                    if self.surface.get(key(short), short) == short and not self.gaz.lookup(short):
                        forms[short] = name
        derived = set(forms)  # a declared form alone is a reference: it does not make its organisation the document's
        forms.update((short, name) for short, name in self._declared_organisations().items()
                     if short not in forms and name not in forms)  # 新微科技集团 is itself a company's short form
        if not forms:
            return
        label = {name: self.entities[name].label for name in forms.values()}
        for short, name in forms.items():  # 上海新微科技集团 written alone is the registered company
            if short in self.entities and short != name:
                del self.entities[short]
                self.surface[key(short)] = name
        pattern = re.compile(lexicon.trie_pattern(forms))
        for text, ms in sentences:
            for hit in pattern.finditer(text):
                a, b = hit.span()
                if any(o.start < b and a < o.end and not (a <= o.start and o.end <= b and o.end - o.start < b - a) for o in ms):
                    continue
                for inner in [o for o in ms if a <= o.start and o.end <= b]:
                    ms.remove(inner)
                    counts[inner.known] -= counts[inner.known] > 0  # 联影 of 联影智融 named no one
                ms.append(OrgMention(a, b, hit.group(), label[forms[hit.group()]]))
                counts[forms[hit.group()]] += 1
            ms.sort(key=lambda o: o.start)
        for short, name in forms.items():
            self.add(label[name], name, short)

    # -- resolving ------------------------------------------------------------
    def known(self, m: OrgMention, context: set[str]) -> Entry:
        """Pick among gazetteer entries sharing a surface: the one whose family is in the document."""
        entries = self.gaz.lookup(m.surface) or [self.gaz.entries[m.known]]
        if len(entries) > 1:
            family = self._family(context)
            for e in entries:
                if e.name in family or self._ancestors(e) & family:
                    return e
        entry = entries[0]
        if len(m.surface) <= 3 and entry.name not in context:
            for name in sorted(context):
                ent = self._entry(name)
                label = ent.label if ent else ""
                if label == entry.label and name != entry.name and _in_order(m.surface, name) and not ent.parent:
                    return ent
        return entry

    def _family(self, context: set[str]) -> set[str]:
        """The document's organisations and their parents: 附属同济医院 next to 同济医学院附属协和医院 is a sibling."""
        if self._family_key != (id(context), len(context)):
            self._family_key = (id(context), len(context))
            self._family_names = set(context).union(*(self._ancestors(e) for n in context if (e := self._entry(n))))
        return self._family_names

    def _ancestors(self, entry: Entry) -> set[str]:
        out, parent = set(), entry.parent
        while parent and parent not in out:
            out.add(parent)
            up = self._entry(parent)
            parent = up.parent if up else ""
        return out

    def parent_name(self, m: OrgMention, context: set[str]) -> str:
        p = m.parent
        if p is None:
            return ""
        if p.known:
            return self.known(p, context).name
        return self.parent_name(p, context) + p.own if p.parent else p.surface

    def ordinal_hospital(self, surface: str, universities: list[str]) -> str:
        """一附院 / 六院 / 第一人民医院: a hospital of the document or of a university in context."""
        n, kind = _ordinal(surface)
        if not n:
            return ""
        for name, ent in self.entities.items():
            if ent.label == "Hospital" and "第" in name and _ordinal(name) == (n, kind) and name != surface:
                return name
        for uni in universities:
            for entry in self.gaz.entries.values():
                if entry.label == "Hospital" and entry.parent.startswith(uni) and _ordinal(entry.name) == (n, kind):
                    return entry.name
        if kind and universities:
            return f"{universities[0]}第{n}附属医院"
        return ""

    def agency_name(self, m: OrgMention, sentence_places: list[str]) -> str:
        """Expand 科委/卫健委…; give a place to a bare agency (中医药管理局 after 陕西省卫健委)."""
        name = expand_agency(m.surface)
        if m.place or m.parent or m.known:
            return name
        level = _LEVEL_RE.match(name)
        suffix = name[1:] if level else name
        candidates = [n for n, e in self.entities.items() if e.label == "Agency" and n.endswith(suffix) and n != name]
        if level:
            lv = level.group(1)
            candidates = [n for n in candidates if lv in n[: len(n) - len(suffix)]]
        if len(candidates) == 1:
            return candidates[0]
        if sentence_places and not level:
            return sentence_places[-1] + name
        if not level and _NAMED_CENTRE_RE.match(m.surface) and not m.generic:
            return name  # 中国生物技术发展中心: a centre named after the country or a province carries its place
        if not level and _ZONE_RE.search(m.surface) and not m.generic:
            return name  # 成都高新技术产业开发区管理委员会: a development zone's agency names its own place
        return ""

    def named_like(self, surface: str) -> str:
        """共建医工交叉联合实验室 in a headline: the one named platform of the document of that kind (…联合实验室)."""
        for n in range(min(len(surface) - 1, 6), 3, -1):
            hits = {name for name, e in self.entities.items() if e.label == "Platform" and name != surface
                    and name.endswith(surface[-n:])}
            if hits:
                return hits.pop() if len(hits) == 1 else ""
        return ""

    def abbreviated_unit(self, parent: str, surface: str) -> str:
        """控制学院 for 控制科学与工程学院: the one unit of that parent whose name the short form abbreviates."""
        suffix = subunit_suffix(surface)
        core = surface[: len(surface) - len(suffix)]
        if len(core) < 2:
            return ""
        hits = [n for n in self.entities if n.startswith(parent) and n.endswith(suffix) and n != parent + surface
                and _in_order(core, n[len(parent): len(n) - len(suffix)])]
        return hits[0] if len(hits) == 1 else ""

    def full_place(self, place: str) -> str:
        """杨浦区 -> 上海市杨浦区, 区 -> 上海市杨浦区: a place completed by the one city (or district) of the document."""
        if lexicon.PLACE_RE.fullmatch(place) and not place.endswith(("区", "县")):
            return place
        known = Counter(m.group() for n, e in self.entities.items() if e.label == "Agency"
                        for m in [lexicon.PLACE_RE.match(n)] if m)
        if len(place) == 1:  # 区委 alone: the document's one district (or city, or province)
            fits = [p for p in known if p.endswith(place)]
            return fits[0] if len(set(fits)) == 1 else ""
        cities = Counter()
        for p, n in known.items():
            city = re.match(r"^.{2,3}?市", p)
            if city:
                cities[city.group()] += n
        ranked = cities.most_common(2)
        if ranked and (len(ranked) == 1 or ranked[0][1] >= 2 * ranked[1][1]) and not place.startswith(ranked[0][0]):
            return ranked[0][0] + place
        return place

    def by_suffix(self, surface: str, label: str) -> str:
        """市东医院 -> 上海理工大学附属市东医院: the one entity of the document whose name ends so."""
        core = surface[2:] if surface.startswith("附属") else surface
        if len(core) < (4 if label == "Hospital" else 6):
            return ""
        hits = {n for n, e in self.entities.items() if e.label == label and n != surface
                and (n.endswith(core) or any(a.endswith(core) for a in e.aliases))}
        return hits.pop() if len(hits) == 1 else ""

    def bare_subunit(self, surface: str, nearby: list[str]) -> str:
        """研究生院 / 医学院 alone: the university unit of the document that ends so (nearby ones first)."""
        hits = [n for n, e in self.entities.items() if e.label == "University" and n.endswith(surface) and n != surface]
        close = [n for n in nearby if n in hits]
        if close:
            return close[-1]
        return hits[0] if len(hits) == 1 else ""

    def choose_main(self, counts: Counter, hospital_voice: int = 0, school_voice: int = 0) -> None:
        """The document's own organisation: its most mentioned top-level organisation or hospital (a university
        on ties; a hospital when the document speaks as one, 我院 / 医院…). A report says 学校 / 医院 more often
        than its name: each counts for its most mentioned university, or hospital when it speaks as one."""
        favoured = "Hospital" if hospital_voice > school_voice else "University"
        tops = [[c, self.entities[n].label == favoured, n] for n, c in counts.items()
                if n in self.entities and self.entities[n].label != "Platform"
                and (not self.entities[n].parent or self.entities[n].label == "Hospital")]
        own = [t for t in tops if t[1]]
        if own:  # on ties, the one named first
            max(own, key=lambda t: t[0])[0] += max(hospital_voice, school_voice)
        if tops:
            self.main = max(tops, key=lambda t: t[:2])[2]


_LEGAL_FORM_RE = re.compile(r"(?:股份有限公司|有限责任公司|有限公司|公司)$")
_TRADE_RE = re.compile(r"(?:高?科技|高?技术|医疗器械|医疗科技|生物科技|生物技术|医学工程|工程)$")
_TECH_RE = re.compile(r"(?:高?科技|高?技术)$")
#: The trade name of a company: the two characters before its line of business (某影 of 某影医疗科技).
_TRADE_NAME_RE = re.compile(r"([\u4e00-\u9fff]{2})(?:医疗|科技|高技术|高科技|生物|技术|医药|健康|智能|器械)")


def company_short_forms(name: str) -> list[str]:
    """Names a company goes by in a story: without its place and legal form (and trade word); its place
    and trade name alone (武汉某影 of 武汉某影医疗科技有限公司); 某翰科技 of 某翰科技（武汉）股份有限公司."""
    bare = _LEGAL_FORM_RE.sub("", name)
    out = [bare] if bare != name and len(bare) >= 3 else []
    if bare.endswith(("）", ")")) and (bracket := max(bare.rfind("（"), bare.rfind("("))) >= 3:
        bare = bare[:bracket]
        out.append(bare)
    place = lexicon.PLACE_RE.match(bare) or re.match(r"^(?:北京|上海|天津|重庆|[\u4e00-\u9fff]{2}(?=[\u4e00-\u9fff]{4}))", bare)
    if place and len(bare) - place.end() >= 3:
        trade_name = _TRADE_NAME_RE.match(bare, place.end())
        if trade_name:  # 深圳某科, and 某科公司 as a story calls it
            out += [bare[:trade_name.end(1)], bare[place.end():trade_name.end(1)] + "公司"]
        bare = bare[place.end():]
        out.append(bare)
    for trimmed in dict.fromkeys((_TRADE_RE.sub("", bare), _TECH_RE.sub("", bare))):  # 海扶 / 海扶医疗 of 海扶医疗科技, 某图生物 of 某图生物工程
        if trimmed != bare and len(trimmed) >= 3:
            out.append(trimmed)
    return out


def subunit_suffix(surface: str) -> str:
    for suffix in _SUBUNIT_SUFFIXES:
        if surface.endswith(suffix):
            return suffix
    return ""


def plausible_subunit(surface: str, suffix: str) -> bool:
    """A school or institute named by its discipline (材料学院, 协同创新研究院), not 联合研究院, nor a joint body
    whose name joins its founders by a dash (A大学—B医院联合研究院)."""
    core = surface[: len(surface) - len(suffix)]
    if "—" in core or "－" in core:
        return False
    return len(core) >= 3 or len(core) == 2 and not is_generic(core)


_HOSPITAL_CORE_RE = re.compile(r"^(?:.*附属|.*?(?:大学|学院|医学部|[省市区县]))?(.+医院)$")


def hospital_core(name: str) -> str:
    """市东医院 of 上海理工大学附属市东医院 / 上海市杨浦区市东医院; 第九人民医院 of 第九医院."""
    m = _HOSPITAL_CORE_RE.match(name)
    core = m.group(1) if m else name
    core = re.sub(r"^第([一二三四五六七八九十]{1,2})医院$", r"第\1人民医院", core)
    return core if len(core) >= 4 else ""


def _hospital_prefix(name: str) -> str:
    """Who a hospital belongs to, as written before its core name (常州市, 苏州大学)."""
    m = _HOSPITAL_CORE_RE.match(name)
    return name[: m.start(1)].replace("附属", "") if m else ""


def merge_hospitals(reg: Registry, used: set[str]) -> dict[str, str]:
    """Hospitals of one document that share a core name are one hospital (unless their universities differ)."""
    groups: dict[str, list[str]] = {}
    for name in sorted(used):
        ent = reg.entities[name]
        if ent.label == "Hospital":
            core = hospital_core(name)
            if core:
                groups.setdefault(core, []).append(name)
    alias_of: dict[str, str] = {}
    for names in groups.values():
        if len(names) < 2:
            continue
        parents = {reg.entities[n].parent for n in names if reg.entities[n].parent}
        if len(parents) > 1 and not any(all(p.startswith(q) or q.startswith(p) for p in parents) for q in parents):
            continue
        if hospital_core(names[0]).startswith("第") and len({_hospital_prefix(n) for n in names} - {""}) > 1:
            continue  # 常州市第一人民医院 is not 苏州大学附属第一医院: numbered hospitals need the same owner
        best = max(names, key=lambda n: (bool(reg._entry(n)), "附属" in n, len(n), n))
        for n in names:
            if n != best:
                alias_of[n] = best
                reg.entities[best].aliases.add(n)
    return alias_of
