"""extract_graph: one document -> typed entities with aliases and relationships with evidence."""
from __future__ import annotations

import re
from collections import Counter, defaultdict

from medkg.graph.model import SCHEMA, Graph, Node, Provenance, Relationship, make_uid

from ..document import SourceDocument
from . import lexicon
from .gazetteer import Gazetteer, builtin, key
from .organisations import OrgMention, SentenceOrgs
from .people import TITLE_RE, PersonMention, Role, SentencePeople
from .projects import ProjectRow, hosted_facts, prose_projects, rows_from_tables, text_table_rows
from .relations import Context, Fact, Resolved, leads_cue
from .rules import sentence_facts
from .roles import appointments, project_leaders, supervision
from .resolution import Registry, expand_agency, merge_hospitals, plausible_subunit, subunit_suffix
from .sentences import Sentence, as_written, normalise, split_sentences

_PROFESSOR_TITLES = frozenset({"教授", "副教授", "研究员"})
#: Evidence kept per fact and document: the first few sentences say it; the rest repeat it.
_MAX_PROVENANCE = 3
_HEADLINE_CHARS = 80
#: Evidence before it becomes a Provenance: the sentence, the rule, the confidence.
Evidence = tuple[Sentence, str, float]
_BACK_REFERENCES = frozenset({"学院", "医院", "公司", "集团", "联盟", "研究院", "实验室", "研究中心", "联合实验室", "联合研究中心", "平台", "中心", "研究所", "联合体"})
_BACK_REFERENCE_LENGTHS = sorted({len(word) for word in _BACK_REFERENCES})
#: 联盟由… / 该研究院 / 担任实验室主任 / 对联合实验室…给予支持: a platform word written alone.
_BARE_PLATFORM_RE = re.compile(
    r"(?:(?<![\u4e00-\u9fff])|(?<=[该本此由入选对任为与助持经向]))(?:联合)?(?:创新|研发)?(?P<word>联盟|联合体|研究院|研究所|实验室|研究中心|公司|平台|中心)")
#: 该项目 / 项目由 written alone: the last project the document named.
_HOSPITAL_VOICE_RE = re.compile(r"我院|本院|(?<=[。，,；;])医院(?![的方])")  # 医院 opening a clause: the report's own
_SCHOOL_VOICE_RE = re.compile(r"我校|本校|学校")
_REPORT_TITLE_RE = re.compile(r"\s*(?:[0-9]{4}\s*年度?)?[\u4e00-\u9fff]{0,8}(?:报告|年报|总结)")  # 某学院2023年度科研工作报告
_OWN_FUND_RE = re.compile(r"(?:我校|本校|学校|校级?)[^，,]{0,6}?基金")
_BARE_PROJECT_RE = re.compile(r"(?<![\u4e00-\u9fff])项目|(?<=[该本此对])项目")
_OWN_SCHOOL_RE = re.compile(r"(?:我校|本校|学校|校)$")
_JOINT_BEFORE_RE = re.compile(r"共建|联合|合作|携手|联手")
#: Link lists and job boards copied with a page: a sentence with several of these is not prose.
_LISTING_RE = re.compile(r"招聘|公告|启事|简章|上一篇|下一篇|相关新闻|责任编辑|版权所有|ICP")


def _clause_start(s: str, pos: int) -> int:
    return max(s.rfind(p, 0, pos) for p in "，,；;。") + 1


class DocumentExtractor:
    """Runs the rules over one document and collects nodes and facts with their evidence."""

    def __init__(self, document: SourceDocument, gazetteer: Gazetteer | None = None):
        self.doc = document
        self.gaz = gazetteer or builtin()
        self.text = normalise(document.text)
        self.reg = Registry(self.gaz)
        self.used: dict[str, list[Evidence]] = defaultdict(list)
        self.people: dict[str, list[Evidence]] = defaultdict(list)
        self.projects: dict[str, dict] = {}
        self.facts: dict[tuple[str, str, str], tuple[dict, dict[int, Evidence]]] = {}
        self.last_of: dict[str, str] = {}
        self.ctx = Context()
        self.cell_orgs: dict[str, str] = {}
        self.prov_cache: dict[tuple, Provenance] = {}
        self.uids: dict[tuple[str, str], str] = {}
        self.written: dict[int, str] = {}  # sentence start -> the sentence as written
        self.headline = False  # the sentence being read opens the document (a title describes, the body names)
        self.context: set[str] = set()  # organisations named in the document: the same-name guard's evidence
        self.stated: set[str] = set()  # entities whose parent the text itself names (X大学附属Y医院)
        self.last_project = ""  # what 该项目 refers to
        self.last_person = ""  # who 他 / 她 stands for

    # -- evidence ---------------------------------------------------------------
    @staticmethod
    def _note(evidence: list[Evidence], sent: Sentence, rule: str) -> None:
        if len(evidence) < _MAX_PROVENANCE:
            evidence.append((sent, rule, 0.8))

    def _provenance(self, evidence: Evidence) -> Provenance:
        """One Provenance per sentence, rule and confidence, shared by every fact it supports."""
        sent, rule, confidence = evidence
        cache_key = (sent.start, sent.end, rule, confidence) if sent.start >= 0 else (sent.text, rule, confidence)
        prov = self.prov_cache.get(cache_key)
        if prov is None:
            written = self.written.get(sent.start) if sent.start >= 0 else sent.text[:500]
            if written is None:
                written = self.written[sent.start] = as_written(self.doc.text[sent.start:sent.end])[:500]
            prov = self.prov_cache[cache_key] = Provenance(
                doc=self.doc.doc_id, path=self.doc.path, sentence=written, start=sent.start, end=sent.end,
                rule=rule, confidence=confidence)
        return prov

    def _fact(self, fact: Fact, sent: Sentence) -> None:
        props, evidence = self.facts.setdefault((fact.type, fact.source, fact.target), ({}, {}))
        props.update(fact.props)
        if len(evidence) < _MAX_PROVENANCE:
            evidence.setdefault(sent.start, (sent, fact.rule, fact.confidence))

    # -- organisations ----------------------------------------------------------
    def _publisher(self, scanned: list) -> str:
        """A newsletter's running header (天津大学医学工程与转化医学研究院 alone on its first line, repeated) or
        a report's title (某大学某学院2023年度工作报告): the organisation the document speaks for."""
        sent, _, ms = scanned[0] if scanned else (None, None, [])
        text, name = (sent.text.strip(), ms[0].surface) if len(ms) == 1 else ("", "")
        if not name or not (text == name and self.text.count(name) >= 2 or text.startswith(name) and (
                "报" in text or "总结" in text) and _REPORT_TITLE_RE.fullmatch(text, len(name))):
            return ""
        resolved = self._resolve(ms[0], sent.text, [], set(self.reg.entities), [])
        return self._accept(ms[0], *resolved) if resolved else ""

    def _register(self, m: OrgMention, counts: Counter) -> None:
        if key(m.surface) in self.reg.declared:
            return  # a declared short form counts as the name it stands for
        if m.known:
            if len(self.gaz.lookup(m.surface)) > 1:
                return  # an ambiguous short name: the second pass picks by context
            entry = self.gaz.entries[m.known]
            self.reg.add(entry.label, entry.name, m.surface)
            counts[entry.name] += 1
        elif m.parent and m.parent.known:
            name = m.parent.known + m.own
            self.reg.add(m.label, name, m.surface)
            counts[name] += 1
        elif (m.quoted or m.place) and not m.generic:
            name = expand_agency(m.surface) if m.label == "Agency" else m.surface
            self.reg.add(m.label, name, m.surface)
            counts[name] += 1
        elif not m.generic and (m.label == "Company" or m.label == "Hospital" and m.parent and "附属" in m.surface):
            self.reg.add(m.label, m.surface)  # a company, or 某医科大学附属某医院 of a university the gazetteer lacks
            counts[m.surface] += 1

    def _resolve(self, m: OrgMention, sentence: str, before: list[Resolved], context: set[str], places: list[str]):
        """(label, canonical name, parent name) of a mention, or None when it names nothing."""
        reg = self.reg
        surface = reg.declared.get(key(m.surface), m.surface)
        if m.known and surface == m.surface:
            e = reg.known(m, context)
            return e.label, e.name, e.parent
        if m.parent:
            parent = reg.parent_name(m, context)
            own = m.own
            name = parent + own
            if m.label == "Hospital":
                ordinal = reg.ordinal_hospital(own, [parent])  # another university's 附属第一医院 is not this one
                known = reg.entities.get(ordinal) or reg._entry(ordinal)
                if ordinal and (ordinal.startswith(parent) or known and known.parent == parent):
                    name = ordinal
            return m.label, name, parent
        if m.label == "Agency" and m.place == m.surface:
            return "Agency", reg.full_place(m.place) + "人民政府", ""
        if m.label == "Agency" and m.place and m.surface.removeprefix("中共") == m.place + "委":  # 区委, 陕西省委
            place = reg.full_place(m.place)
            return ("Agency", f"中国共产党{place}委员会", "") if place else None
        if m.label == "Agency":
            name = reg.agency_name(m, places)
            return ("Agency", name, "") if name else None
        main = reg.entities.get(reg.main)
        own_school = _OWN_SCHOOL_RE.search(sentence[: m.start]) and main and main.label == "University"
        registered = reg.surface.get(key(surface))
        if registered and not own_school and not (m.label == "Hospital" and reg.entities[registered].label != "Hospital"):
            return reg.entities[registered].label, registered, reg.entities[registered].parent
        tops = [o for o in reversed(before) if o.label == "Hospital" or not reg.entities[o.name].parent]
        universities = [o.name for o in tops if o.label == "University" and o.name.endswith(("大学", "医学院"))]
        if own_school:
            universities.insert(0, main.name)
        elif main and main.label == "University" and main.name.endswith(("大学", "医学院")):
            universities.append(main.name)
        if m.label == "Hospital":
            name = reg.ordinal_hospital(surface, universities) or reg.by_suffix(surface, "Hospital")
            if name:
                return "Hospital", name, ""
        if m.label == "Platform" and not m.quoted:
            name = reg.by_suffix(surface, "Platform") or (reg.named_like(surface) if m.described and self.headline else "")
            if name:
                return "Platform", name, reg.entities[name].parent
        suffix = subunit_suffix(surface)
        if suffix == surface:
            name = reg.bare_subunit(surface, [o.name for o in before]) if not own_school else ""
            if not name and suffix != "医学院" and universities:
                name = universities[0] + surface
            return ("University", name, name[: -len(surface)]) if name else None
        joint = _JOINT_BEFORE_RE.search(sentence, _clause_start(sentence, m.start), m.start)  # 共建X研究院, in this clause
        if suffix and not m.quoted and not m.place and m.label in ("University", "Platform") and not joint:
            listed_after_hospital = m.start and sentence[m.start - 1] in "与和及、" and tops and tops[0].label == "Hospital"
            hosts = universities if suffix != "研究院" else [] if listed_after_hospital else \
                [o.name for o in tops if o.label in ("University", "Hospital")] + universities[len(universities) - 1:]
            if hosts and plausible_subunit(surface, suffix) and not surface.startswith(("国家", "中国", "省", "市")):
                label = "Platform" if suffix == "研究院" else "University"
                return label, reg.abbreviated_unit(hosts[0], surface) or hosts[0] + surface, hosts[0]
        if suffix and suffix != "研究院" and not (m.quoted or m.place):
            return None  # a school with no university to belong to: 机械工程学院 of an unnamed 我校
        if m.generic:
            return None
        return m.label, surface, ""

    # -- people -----------------------------------------------------------------
    def _role_target(self, role: Role, person: PersonMention, resolved: dict[int, Resolved],
                     in_sentence: list[Resolved], clause_from: int) -> Resolved | None:
        if role.org is not None:
            return resolved.get(id(role.org))
        main = self.reg.entities.get(self.reg.main)
        if role.pseudo in ("我校", "本校", "学校", "校") or role.pseudo in ("我院", "本院") and main and main.label == "Hospital":
            return Resolved(0, 0, main.label, main.name) if main else None
        if role.pseudo:
            name = self.last_of.get("医院" if role.pseudo in ("我院", "本院") else role.pseudo)
            return Resolved(0, 0, self.reg.entities[name].label, name) if name else None
        titles = set(role.titles)
        own = Resolved(0, 0, main.label, main.name) if main and main.label == "University" else None
        if titles & lexicon.UNIVERSITY_TITLES:
            return own
        if role.loose:
            return None
        if titles & lexicon.OFFICE_TITLES:
            earlier = [o for o in in_sentence if o.end <= person.start and o.label != "Platform"]
            if not any(o.start >= clause_from for o in earlier) and main and main.label == "Hospital":
                return Resolved(0, 0, main.label, main.name)  # 由副院长A分管 in a hospital's notice: its own
            return earlier[-1] if earlier else None
        if titles & _PROFESSOR_TITLES and not in_sentence:
            return own
        return None

    def _people(self, sent: Sentence, orgs: list[OrgMention], stops: bytearray,
                resolved: dict[int, Resolved], in_sentence: list[Resolved]) -> list[PersonMention]:
        kept = [m for m in orgs if id(m) in resolved]
        persons = SentencePeople(sent.text, kept, stops, self.people, self.last_person).mentions()
        for p in persons:
            self._note(self.people[p.name], sent, "person:title")
            for role in p.roles:
                target = self._role_target(role, p, resolved, in_sentence, _clause_start(sent.text, p.start))
                if target is None:
                    continue
                title = "、".join(role.titles)
                self._fact(Fact("WORKS_AT", p.name, target.name, "works_at:title", 0.8, (("title", title),) if title else ()), sent)
                if target.label == "Platform" and (set(role.titles) & lexicon.LEADER_TITLES):
                    self._fact(Fact("LEADS", p.name, target.name, "leads:title", 0.7), sent)
            for o in in_sentence:
                if o.label == "Platform" and o.start > p.end and leads_cue(sent.text, p.end, o.start):
                    self._fact(Fact("LEADS", p.name, o.name, "leads:cue", 0.6), sent)
        return persons

    def _states_parent(self, surface: str, parent: str) -> bool:
        entry = self.reg._entry(parent)
        return any(form in surface for form in (parent, *(entry.aliases if entry else ())))

    def _remember(self, name: str, surface: str) -> None:
        """The last organisation of each kind, for 学院/公司/联盟… written alone later."""
        for text in (name, surface):
            for k in _BACK_REFERENCE_LENGTHS:
                if text[-k:] in _BACK_REFERENCES:
                    self.last_of[text[-k:]] = name
        for word in ("公司", "集团"):
            if word in name:
                self.last_of[word] = name

    def _back_references(self, s: str, found: list[Resolved], before: dict[str, str]) -> list[Resolved]:
        """联盟 / 研究院 / 实验室 written alone: the last one named before it (in the sentence, else earlier)."""
        out = []
        for m in _BARE_PLATFORM_RE.finditer(s):
            if any(o.start <= m.start() < o.end for o in found):
                continue
            earlier = [o.name for o in found if o.end <= m.start() and o.name.endswith((m.group(), m.group("word")))]
            name = earlier[-1] if earlier else before.get(m.group()) or before.get(m.group("word"))
            if name:
                out.append(Resolved(m.start(), m.end(), self.reg.entities[name].label, name))
        return out

    def _prose_projects(self, sent: Sentence, persons: list[PersonMention], in_sentence: list[Resolved]) -> list[Resolved]:
        """Projects the sentence names, and 该项目 for the last one named: as mentions for the relation rules."""
        found: list[Resolved] = []
        for project in prose_projects(sent.text, persons, in_sentence):
            self._add_project(ProjectRow(name=project.name), sent, project.rule)
            found.append(Resolved(project.start, project.end, "Project", project.name))
            for leader in project.leaders:
                self._fact(Fact("LEADS", leader, project.name, "leads:" + project.rule, 0.7), sent)
            for funder in project.funders:
                self._fact(Fact("FUNDS", funder, project.name, "funds:" + project.rule, 0.7), sent)
        if self.last_project:
            found += [Resolved(m.start(), m.end(), "Project", self.last_project) for m in _BARE_PROJECT_RE.finditer(sent.text)
                      if not any(o.start <= m.start() < o.end + 1 for o in found)]
        return sorted(found, key=lambda o: o.start)

    def _add_project(self, row: ProjectRow, sent: Sentence, rule: str) -> None:
        entry = self.projects.setdefault(row.name, {"props": {}, "prov": []})
        self.last_project = row.name
        entry["props"].update(row.properties())
        self._note(entry["prov"], sent, rule)

    # -- tables -----------------------------------------------------------------
    def _project_rows(self, rows: list[tuple[ProjectRow, Sentence]]) -> None:
        main = self.reg.main
        for row, sent in rows:
            self._add_project(row, sent, "project:table")
            host = (self._table_org(row.host, sent) if row.host else "") or main
            for pi in row.leaders:
                self._note(self.people[pi], sent, "person:table")
                self._fact(Fact("LEADS", pi, row.name, "leads:table", 0.9), sent)
                if host:
                    self._fact(Fact("WORKS_AT", pi, host, "works_at:table", 0.6), sent)
            for partner in row.partners:
                org = self._table_org(partner, sent)
                if org and host and org != host:
                    self._fact(Fact("PARTNERS_WITH", host, org, "partners:table", 0.7), sent)
            for funder in row.funders or self._kind_funder(row.kind) or [self.ctx.funder] * bool(self.ctx.funder):
                org = self._table_org(funder, sent)
                if org:
                    self._fact(Fact("FUNDS", org, row.name, "funds:table", 0.8), sent)

    def _kind_funder(self, kind: str) -> list[str]:
        """No funder column: a 类型 naming its funder (国家自然科学基金面上项目; 校基金, the document's university)."""
        main = self.reg.entities.get(self.reg.main)
        if _OWN_FUND_RE.match(kind):
            return [main.name] if main and main.label == "University" else []
        return [kind] if kind and self._cell_org(kind) else []

    def _table_org(self, cell: str, sent: Sentence) -> str:
        if cell not in self.cell_orgs:
            self.cell_orgs[cell] = self._cell_org(cell)
        name = self.cell_orgs[cell]
        if name:
            self._note(self.used[name], sent, "org:table")
        return name

    def _cell_org(self, cell: str) -> str:
        for piece in cell.split():
            name = self._piece_org(piece)
            if name:
                return name
        return ""

    def _piece_org(self, cell: str) -> str:
        expanded = expand_agency(cell)
        if expanded != cell and len(cell) <= 4:  # 科委 / 卫健委 alone: the document's agency of that kind
            hits = [n for n, e in self.reg.entities.items() if e.label == "Agency" and n.endswith(expanded)]
            return hits[0] if len(set(hits)) == 1 else ""
        for m in _cell_mentions(cell, self.gaz):
            r = self._resolve(m, cell, [], self.context, [])
            if r:
                return self._accept(m, *r)
        return ""

    def _accept(self, m: OrgMention, label: str, name: str, parent: str) -> str:
        """Register a resolved mention; its parent counts only when the text names it (X大学附属Y医院)."""
        self.reg.add(label, name, m.surface, parent)
        if m.parent is not None and parent not in self.reg.entities and not m.parent.parent:
            self.reg.add(m.parent.label, parent, m.parent.surface)  # 邓迪大学 of 英国邓迪大学医学院
        own = m.own[2:] if m.own.startswith("附属") else m.own
        if m.parent is not None and len(own) >= 3 and own != name:
            self.reg.entities[name].aliases.add(own)
        if parent and (not m.known or self._states_parent(m.surface, parent)):
            self.stated.add(name)
        up = self.reg._entry(parent) if m.parent is not None and m.parent.known else None
        if up and up.parent and self._states_parent(m.parent.surface, up.parent):
            self.stated.add(parent)  # 浙江大学医学院 of 浙江大学医学院附属邵逸夫医院 names 浙江大学 too
        return name

    # -- the run ----------------------------------------------------------------
    def run(self) -> Graph:
        table_rows, skip = text_table_rows(self.text)
        sentences = split_sentences(self.text, skip)
        scanned = []
        counts: Counter = Counter()
        for sent in sentences:
            if len(_LISTING_RE.findall(sent.text)) >= 2:
                continue
            so = SentenceOrgs(sent.text, self.gaz)
            ms = so.mentions()
            self.reg.declare_abbreviations(sent.text, ms)
            for m in ms:
                self._register(m, counts)
            scanned.append((sent, so, ms))
        self.reg.find_short_forms([(sent.text, ms) for sent, _, ms in scanned], counts)
        self.reg.choose_main(counts, len(_HOSPITAL_VOICE_RE.findall(self.text)), len(_SCHOOL_VOICE_RE.findall(self.text)))
        self.reg.main = self._publisher(scanned) or self.reg.main
        self.ctx.main = self.reg.main
        self.ctx.main_label = self.reg.entities[self.reg.main].label if self.reg.main else ""
        self.context = set(self.reg.entities)
        for sent, so, ms in scanned:
            self._sentence(sent, so, ms, self.context)
        rows = [(row, Sentence(row.evidence, a, b)) for row, a, b in table_rows]
        rows += [(row, Sentence(row.evidence, -1, -1)) for row in rows_from_tables(self.doc.tables)]
        self._project_rows(rows)
        issuer = self.reg.main if self.ctx.main_label == "Agency" else ""  # a notice's agency: 认定 / funds what it lists
        for fact, sent in hosted_facts(self.doc.tables, self.text, issuer, self._table_org):
            self._fact(fact, sent)
        return self._graph()

    def _sentence(self, sent: Sentence, so: SentenceOrgs, ms: list[OrgMention], context: set[str]) -> None:
        self.headline = sent.start < _HEADLINE_CHARS
        resolved: dict[int, Resolved] = {}
        in_sentence: list[Resolved] = []
        last_of = dict(self.last_of)  # what a bare 研究院 means: the ones named before this sentence
        places: list[str] = []
        for m in ms:
            r = self._resolve(m, sent.text, in_sentence, context, places)
            if r is None:
                continue
            label, name, parent = r
            self._accept(m, label, name, parent)
            self._note(self.used[name], sent, "org:mention")
            res = Resolved(m.start, m.end, label, name, bool(TITLE_RE.match(sent.text, m.end)), parent)
            resolved[id(m)] = res
            in_sentence.append(res)
            if label == "Agency" and m.place:
                places.append(m.place)
            self._remember(name, m.surface)
            if m.parent is not None and parent in self.reg.entities:
                self._remember(parent, m.parent.surface)
        in_sentence += self._back_references(sent.text, in_sentence, last_of)
        in_sentence.sort(key=lambda o: o.start)
        persons = self._people(sent, ms, so.stops, resolved, in_sentence)
        projects = self._prose_projects(sent, persons, in_sentence)
        for fact in appointments(sent.text, persons, in_sentence, self.ctx.alliance, self.ctx.platform) + project_leaders(
                sent.text, persons, projects, self.last_project, in_sentence) + supervision(
                sent.text, persons, self.last_person, self.people):
            self._fact(fact, sent)
        self.last_person = persons[-1].name if persons else self.last_person
        for fact in sentence_facts(sent.text, sorted(in_sentence + projects, key=lambda o: o.start), self.ctx):
            self._fact(fact, sent)

    def _graph(self) -> Graph:
        graph = Graph()
        alias_of = merge_hospitals(self.reg, set(self.used))
        labels: dict[str, str] = {}
        names = {alias_of.get(n, n) for n in self.used}
        for name in sorted(self.used):
            final = alias_of.get(name, name)
            ent = self.reg.entities[name]
            aliases = set(ent.aliases) | ({name} - {final})
            node = Node(label=ent.label, name=final, aliases=sorted(aliases),
                        provenance=[self._provenance(e) for e in self.used[name]])
            graph.add_node(node)
            labels[final] = ent.label
        for name in sorted(names | self.stated):
            ent = self.reg.entities.get(name) or self.reg._entry(name)
            if ent and ent.parent and name in self.stated and (name in labels or self._parent_node(graph, labels, name)):
                self._parent_edge(graph, labels, name, alias_of.get(ent.parent, ent.parent))
        for pname, prov in self.people.items():
            graph.add_node(Node(label="Person", name=pname, provenance=[self._provenance(e) for e in prov]))
            labels[pname] = "Person"
        for proj, entry in self.projects.items():
            graph.add_node(Node(label="Project", name=proj, properties=entry["props"],
                                provenance=[self._provenance(e) for e in entry["prov"]]))
            labels.setdefault(proj, "Project")
        for (kind, source, target), (props, evidence) in self.facts.items():
            src, dst = alias_of.get(source, source), alias_of.get(target, target)
            self._edge(graph, labels, kind, src, dst, props, [self._provenance(e) for e in evidence.values()])
        return graph

    def _parent_node(self, graph: Graph, labels: dict[str, str], name: str) -> bool:
        """A node for an organisation named only as someone's parent (邓迪大学, 浙江大学医学院)."""
        entry = self.reg._entry(name) or self.reg.entities.get(name)
        if entry is None:
            return False
        graph.add_node(Node(label=entry.label, name=name))
        labels[name] = entry.label
        return True

    def _parent_edge(self, graph: Graph, labels: dict[str, str], child: str, parent: str) -> None:
        if parent not in labels and not self._parent_node(graph, labels, parent):
            return
        kind = "AFFILIATED_WITH" if labels[child] == "Hospital" and labels[parent] == "University" else "PART_OF"
        evidence = self.used.get(child, [])[:1]
        prov = [self._provenance((e[0], "nested_name", 0.9)) for e in evidence]
        self._edge(graph, labels, kind, child, parent, {}, prov)

    def _edge(self, graph: Graph, labels: dict[str, str], kind: str, src: str, dst: str, props: dict,
              prov: list[Provenance]) -> None:
        if src == dst or src not in labels or dst not in labels:
            return
        sources, targets = SCHEMA[kind]
        if labels[src] not in sources or labels[dst] not in targets:
            return
        graph.add_relationship(Relationship(type=kind, start=self._uid(labels[src], src), end=self._uid(labels[dst], dst),
                                            properties=props, provenance=prov))

    def _uid(self, label: str, name: str) -> str:
        uid = self.uids.get((label, name))
        if uid is None:
            uid = self.uids[(label, name)] = make_uid(label, name)
        return uid


_CELL_CACHE: dict[str, list[OrgMention]] = {}


def _cell_mentions(cell: str, gazetteer: Gazetteer) -> list[OrgMention]:
    """Organisations of a table cell; cells repeat across rows and documents (hospitals, funders)."""
    if gazetteer is not builtin():
        return SentenceOrgs(cell, gazetteer).mentions()
    found = _CELL_CACHE.get(cell)
    if found is None:
        if len(_CELL_CACHE) > 50_000:
            _CELL_CACHE.clear()
        found = _CELL_CACHE[cell] = SentenceOrgs(cell, gazetteer).mentions()
    return found


def extract_graph(document: SourceDocument) -> Graph:
    """Typed entities with aliases and relationships with evidence, from one document."""
    return DocumentExtractor(document).run()
