"""Roles written as prose rather than as a title next to a name.

Appointments (樊宇担任院长, 受聘为研究院首任院长, 当选为理事长, 转任X首席科学家), roles held
jointly (由A教授和B主任共同担任主任; A、B当选为副理事长; 由A及B共同领导), the role written
before 由 (实验室主任由…刘新担任) and project leaders (项目负责人、…沈教授 / 刘教授为项目负责人).
Pure functions over one sentence's people and resolved organisations; the pipeline keeps the Facts.
"""
from __future__ import annotations

import re

from . import lexicon
from .people import TITLE_RE, PersonMention
from .relations import Fact, Resolved

#: A title that may stand between a name and its verb (吴教授担任, 刘佳同志任).
_AFTER_NAME = r"(?:教授|院士|研究员|博士|同志)?"
_APPOINT_RE = re.compile(_AFTER_NAME + r"(?:还|也|又|同时|另|现|则)?(?:共同)?(?:现任|担任|出任|受聘为|受聘担任|获聘为?|被聘为|被任命为|转任|就任|当选为?|兼任|任|为|是)")
#: 进入X从事博士后研究: a postdoctoral post in X.
_POSTDOC_RE = re.compile(r"(?:进入|加入|赴|在)(?P<org>[^，,。；;]{2,30}?)(?:从事|开展|做)博士后")
#: 由刘新担任 / 由杜某院长兼任 / 由他本人担任: a title or 本人 may follow the name.
_HELD_BY_RE = re.compile(r"(?:本人|" + lexicon.trie_pattern(lexicon.TITLES) + r")?(?:共同)?(?:担任|出任|兼任)")
#: “P”项目由A和B共同负责 / ，由X负责: leading a project or platform with no title named.
_LED_BY_VERB_RE = re.compile(_AFTER_NAME + r"(?:本人)?(?:共同|联合)?(?:负责|主持|领衔|承担)(?![人单])")
_SUBJECT_BEFORE_BY_RE = re.compile(r"[”\"]?(?:项目|课题)?(?:将|已|主要|均|则|拟|也|还|分别)*")
#: 由A及B共同领导 / A领衔: leading with no title named.
_LEAD_VERB_RE = re.compile(_AFTER_NAME + r"(?:共同)?(?:领导|领衔)(?![的小班])")
_CLAUSE_VERB_RE = re.compile(r"[，,；;](?:\d{4}年(?:起|以来)?)?(?:并|后|现|同时)?(?=转任|改任|兼任|出任|担任|当选|受聘)")
_ORDINAL_TERM_RE = re.compile(r"(?:首届|首任|第[一二三四五六七八九十]+届|第一任)?")
#: Titles only an alliance, society or association has: without a name they are the document's last alliance's.
_ASSOCIATION_TITLES = frozenset({"理事长", "副理事长", "秘书长", "副秘书长", "会长", "副会长"})
#: What may stand between two people who share one role, once organisations and titles are left out
#: (A、B当选 / A教授和X医院普外科主任B共同担任).
_CO_HOLDER_GAP_RE = re.compile(r"[、和及与](?:[\u4e00-\u9fff]{1,8}?[科系室所部处])?(?:、?[一二三四]级)?")  # 二级教授
_PROJECT_LEADER_RE = re.compile(r"项目负责人")
_LEADS_THE_PROJECT_RE = re.compile(r"(?:共同|联合)?(?:负责|牵头|主持|领衔)(?:实施)?的")
#: X担任项目首席科学家: the project named earlier in the sentence.
_HEADS_THE_PROJECT_RE = re.compile(r"项目(?:首席科学家|首席专家|负责人)")
_AFTER_NAME_RE = re.compile(_AFTER_NAME)
_PROJECT_HEAD_RE = re.compile(r"[”\"]?(?:项目|课题)?(?:首席科学家|首席专家|负责人)")
#: 课题三“P”的负责人是…X: the leader written after.
_HEAD_IS_RE = re.compile(r"[”\"]?的(?:项目|课题)?(?:首席科学家|首席专家|负责人)(?:为|是)")
_LEADER_BEFORE_RE = re.compile(_AFTER_NAME + r"(?:为|是|担任|任)")
_CLAUSE_BREAK_RE = re.compile(r"[，,。；;：:]")
_LIST_MARK_RE = re.compile(r"[、和及]")
_TITLE_IS_RE = re.compile(r"(?:{0})(?:、(?:{0}))*为".format(lexicon.trie_pattern(lexicon.TITLES)))
#: A department between an organisation and a title (医学工程处, 临床研究中心): the title is held there.
#: B师从A / 他…师从A: A was B's supervisor; A的学生、…B: A supervises B.
_STUDIED_UNDER_RE = re.compile(r"师从|师承|(?:其|他的|她的)导师(?:为|是)")
_STUDENTS = r"(?:学生|弟子|博士生|博士研究生|硕士生|硕士研究生|研究生)"
#: A的学生B / 他指导的博士生B; 另一名学生C: the same supervisor's.
_STUDENT_OF_RE = re.compile(r"(?:指导)?的" + _STUDENTS)
_ANOTHER_STUDENT_RE = re.compile(r"另一(?:名|位)" + _STUDENTS)
#: 他指导的博士生A、硕士生B: the next student of the list, right after the last.
_NEXT_STUDENT_RE = re.compile(r"[、和及]" + _STUDENTS + "?")
_PRONOUN_RE = re.compile(r"他|她")
#: 被任命为中心主任 / 研发中心主任则由…担任: the platform the sentence is about, named by its kind.
_PLATFORM_WORD_RE = re.compile(r"(?:该|本)?[\u4e00-\u9fff]{0,2}?(?:中心|实验室|研究院|平台)")
_PLATFORM_POSTS = frozenset({"主任", "副主任", "常务副主任", "执行主任"})
_ADVERB_BEFORE_BY_RE = re.compile(r"(?:制[，,])?(?:则|将|均|也|拟|分别)?由")
_UNIT_BEFORE_TITLE_RE = re.compile(r"[\u4e00-\u9fff]{1,8}?(?:处|科|室|部|中心)(?=" + lexicon.trie_pattern(lexicon.TITLES) + ")")


def _co_holders(s: str, earlier: list[PersonMention], orgs: list[Resolved], person: PersonMention) -> list[PersonMention]:
    """People listed right before ``person`` who share the role it takes (A、B当选为副理事长)."""
    out, start = [], person.start
    for q in reversed(earlier):
        gap = list(s[q.end:start])
        for o in orgs:
            if q.end <= o.start and o.end <= start:
                gap[o.start - q.end:o.end - q.end] = [""] * (o.end - o.start)
        for t in TITLE_RE.finditer(s, q.end, start):
            gap[t.start() - q.end:t.end() - q.end] = [""] * (t.end() - t.start())
        if not _CO_HOLDER_GAP_RE.fullmatch("".join(gap)):
            break
        out.insert(0, q)
        start = q.start
    return out


def _role_facts(person: str, org: Resolved, title: str, rule: str) -> list[Fact]:
    """LEADS when the title heads a platform (首任院长 too), else WORKS_AT with the title."""
    if org.label == "Platform" and _ORDINAL_TERM_RE.sub("", title, 1) in lexicon.HEAD_TITLES:
        return [Fact("LEADS", person, org.name, "leads:" + rule, 0.7)]
    return [Fact("WORKS_AT", person, org.name, "works_at:" + rule, 0.7, (("title", title),))]


def _held_by(s: str, earlier: list[PersonMention], person: PersonMention, orgs: list[Resolved], alliance: str,
             platform: str) -> list[Fact]:
    """实验室主任由…刘新担任 / 秘书长由…担任 (the alliance's) / 学术委员会主任由…担任 opening the sentence (the last
    platform's): the role written before 由, held also by those listed before (由A与B共同担任)."""
    if not _HELD_BY_RE.match(s, person.end):
        return []
    holders = [*_co_holders(s, earlier, orgs, person), person]
    by = s.rfind("由", 0, holders[0].start)
    if by <= 0 or _CLAUSE_BREAK_RE.search(s, by, holders[0].start):
        return []  # the 由 of an earlier clause is another role's
    title = next((m for m in TITLE_RE.finditer(s, 0, by) if _ADVERB_BEFORE_BY_RE.fullmatch(s, m.end(), by + 1)), None)
    org = next((o for o in orgs if title and _ORDINAL_TERM_RE.fullmatch(s, o.end, title.start())), None)  # 首任院长
    if org is None and title and s[title.start() - 1:title.start()] in "，,；;":  # 研究院理事会审议，理事长由…: its platform
        org = next((o for o in reversed(orgs) if o.label == "Platform" and o.end <= title.start()), None)
    if org is None and title and title.group() in _ASSOCIATION_TITLES and alliance:
        org = Resolved(0, 0, "Platform", alliance)
    opening = title and (title.start() == 0 or _PLATFORM_WORD_RE.fullmatch(s, 0, title.start()))
    if org is None and opening and platform and not s.startswith("共同", person.end):
        org = Resolved(0, 0, "Platform", platform)  # not a post held jointly (执行院长由A和B共同担任)
    if org is None and title and title.group() in _PLATFORM_POSTS and s.startswith("双", title.start() - 1):
        org = next((o for o in reversed(orgs) if o.label == "Platform" and o.end <= title.start()), None)  # 中心实行双主任制，分别由A和B担任
    if org is None:
        return []
    return [f for h in holders for f in _role_facts(h.name, org, title.group(), "held_by")]


def _title_is(s: str, persons: list[PersonMention], orgs: list[Resolved], platform: str) -> list[Fact]:
    """公司创始人、首席科学家为…陈亮，首席执行官为…邹某: the role of the organisation before the titles
    (or of the clause before), held by the first person after 为; 副主任为A、B opening a sentence: the posts of the
    last platform named, held by each person listed."""
    facts: list[Fact] = []
    org = None
    for m in _TITLE_IS_RE.finditer(s) if "为" in s else ():
        org = next((o for o in orgs if o.end == m.start()), org)
        if org is None and m.start() == 0 and platform and not _PROJECT_LEADER_RE.match(s):
            org = Resolved(0, 0, "Platform", platform)
        after = [p for p in persons if p.start >= m.end()]
        holders = after[:1]
        for p in after[1:]:
            if _CLAUSE_BREAK_RE.search(s, holders[-1].end, p.start) or not _LIST_MARK_RE.search(s, holders[-1].end, p.start):
                break
            holders.append(p)
        if org and holders and not _CLAUSE_BREAK_RE.search(s, m.end(), holders[0].start):
            facts += [f for p in holders for f in _role_facts(p.name, org, TITLE_RE.findall(m.group())[-1], "title_is")]
    return facts


def appointments(s: str, persons: list[PersonMention], orgs: list[Resolved], alliance: str, platform: str = "") -> list[Fact]:
    """A role taken in the organisation named after the verb, else in the platform the sentence is about."""
    if not persons:  # every rule here gives a person's role
        return []
    facts: list[Fact] = [f for i, p in enumerate(persons) for f in _held_by(s, persons[:i], p, orgs, alliance, platform)] + _title_is(s, persons, orgs, platform)
    for p in persons if "博士后" in s else ():
        post = _POSTDOC_RE.match(s, p.end)
        org = next((o for o in orgs if post and (o.start, o.end) == post.span("org")), None)
        facts += [Fact("WORKS_AT", p.name, org.name, "works_at:postdoc", 0.6, (("title", "博士后"),))] if org else []
    anchors = [(i, p.end) for i, p in enumerate(persons)]
    for m in _CLAUSE_VERB_RE.finditer(s):  # 程华不再担任院长，转任…: the last person named is the subject
        earlier = [i for i, p in enumerate(persons) if p.end <= m.start()]
        anchors += [(earlier[-1], m.end())] if earlier else []
    for i, pos in anchors:
        p = persons[i]
        appointed = _APPOINT_RE.match(s, pos)
        leading = None if appointed else _LEAD_VERB_RE.match(s, pos)
        if not (appointed or leading):
            continue
        holders = [*_co_holders(s, persons[:i], orgs, p), p]
        subject = next((o for o in orgs if o.label == "Platform" and o.end <= holders[0].start), None)
        if leading:
            facts += [Fact("LEADS", h.name, subject.name, "leads:verb", 0.6) for h in holders if subject]
            continue
        pos = appointed.end()
        org = next((o for o in orgs if o.start == pos), None)
        pos = org.end if org else pos
        pos += len(_ORDINAL_TERM_RE.match(s, pos).group())
        unit = _UNIT_BEFORE_TITLE_RE.match(s, pos) if org else None  # 任命A为X医院医学工程处处长
        kind = None if org else _PLATFORM_WORD_RE.match(s, pos)  # 被任命为中心主任: the subject platform's
        title = TITLE_RE.match(s, unit.end() if unit else pos) or kind and TITLE_RE.match(s, kind.end())
        if title is None or any(q.start == title.end() for q in persons):
            continue  # 李四为华西医院院长王五颁奖: the title is the next person's
        if org is None and title.group() in _ASSOCIATION_TITLES and alliance:
            org = Resolved(0, 0, "Platform", alliance)
        bare_post = not unit and title.group() in _PLATFORM_POSTS  # A、B任副主任: of the platform spoken of
        org = org or subject or (Resolved(0, 0, "Platform", platform) if (kind or bare_post) and platform else None)
        if org is None:
            continue
        facts += [f for h in holders for f in _role_facts(h.name, org, s[kind.end() if kind else pos:title.end()], "appointed")]
    return facts


def project_leaders(s: str, persons: list[PersonMention], projects: list[Resolved], last_project: str,
                    orgs: list[Resolved] = ()) -> list[Fact]:
    """项目负责人、X教授 / 项目负责人为X / X为项目负责人: the project of the sentence, else the last one named."""
    if not persons:
        return []
    facts: list[Fact] = []
    for m in _PROJECT_LEADER_RE.finditer(s):
        several = s.startswith("分别", m.end())  # 项目负责人分别为A和B: of projects not named, not the last one
        named = [o for o in projects if not (several and o.start <= m.start() < o.end)]
        target = next((o.name for o in reversed(named) if o.end <= m.start()),
                      named[0].name if named else "" if several else last_project)
        after = next((p for p in persons if p.start >= m.end()), None)
        if after and _CLAUSE_BREAK_RE.search(s, m.end(), after.start):
            after = None
        before = next((p for p in reversed(persons) if p.end <= m.start()), None)
        if before and not _LEADER_BEFORE_RE.fullmatch(s, before.end, m.start()):
            before = None
        leader = before or after
        if leader and target:
            facts.append(Fact("LEADS", leader.name, target, "leads:project", 0.7))
    facts += _led_by(s, persons, projects, orgs)
    for o in projects:  # 他担任…“P”项目首席科学家: the person before it in the clause
        head = _PROJECT_HEAD_RE.match(s, o.end)
        leader = next((p for p in reversed(persons) if p.end <= o.start), None) if head else None
        if leader and not _CLAUSE_BREAK_RE.search(s, leader.end, o.start) and _APPOINT_RE.match(s, leader.end):
            facts.append(Fact("LEADS", leader.name, o.name, "leads:project", 0.7))
    for o in projects if "的" in s else ():
        head = _HEAD_IS_RE.match(s, o.end)
        leader = _next_in_clause(s, persons, head.end()) if head else ""
        facts += [Fact("LEADS", leader, o.name, "leads:project", 0.7)] if leader else []
    for i, p in enumerate(persons) if "项目" in s else ():  # 承担了“P”项目，…，X担任项目首席科学家
        appointed = _APPOINT_RE.match(s, p.end)
        project = next((o for o in reversed(projects) if o.end <= p.start), None)
        if appointed and project and _HEADS_THE_PROJECT_RE.match(s, appointed.end()):
            facts.append(Fact("LEADS", p.name, project.name, "leads:project", 0.7))
    for m in _LEADS_THE_PROJECT_RE.finditer(s):  # 由…教授郭某负责的“…”项目 / 由A与B共同负责的
        i = next((i for i, p in enumerate(persons)  # …何平主任医师共同牵头的
                  if _AFTER_NAME_RE.fullmatch(s, p.end, m.start()) or TITLE_RE.fullmatch(s, p.end, m.start())), None)
        leaders = [*_co_holders(s, persons[:i], orgs, persons[i]), persons[i]] if i is not None else []
        project = next((o for o in projects if 0 <= o.start - m.end() <= 1), None)
        facts += [Fact("LEADS", h.name, project.name, "leads:project", 0.7) for h in leaders if project]
    return facts


def _led_by(s: str, persons: list[PersonMention], projects: list[Resolved], orgs: list[Resolved]) -> list[Fact]:
    """“P”项目由A和B共同负责 (P right before 由) / …P获资助，由A负责 (a clause of its own: the last P before)."""
    facts: list[Fact] = []
    for i, p in enumerate(persons):
        if not _LED_BY_VERB_RE.match(s, p.end) or "由" not in s:
            continue
        holders = [*_co_holders(s, persons[:i], orgs, p), p]
        by = s.rfind("由", 0, holders[0].start)
        if by <= 0 or _CLAUSE_BREAK_RE.search(s, by, holders[0].start):
            continue
        named = [o for o in projects if o.end <= by]
        subject = next((o for o in reversed(named) if _SUBJECT_BEFORE_BY_RE.fullmatch(s, o.end, by)), None)
        if subject is None and s[by - 1] in "，,；;":
            subject = next((o for o in reversed(named) if o.label == "Project"), None)
        facts += [Fact("LEADS", h.name, subject.name, "leads:by", 0.7) for h in holders if subject]
    return facts


def supervision(s: str, persons: list[PersonMention], previous: str, known) -> list[Fact]:
    """师从A (the student named before it, or the person 他 stands for: the last one named before the sentence)
    and A的学生、…B (A named here or earlier in the document, ``known``): from the supervisor to the student."""
    if "师" not in s and "生" not in s and "弟子" not in s:
        return []
    pairs = []
    for m in _STUDIED_UNDER_RE.finditer(s):
        student = next((p.name for p in reversed(persons) if p.end <= m.start()), "")
        pairs.append((_next_in_clause(s, persons, m.end()), student or previous * bool(_PRONOUN_RE.search(s, 0, m.start()))))
    for m in _STUDENT_OF_RE.finditer(s):
        mentor = next((p.name for p in persons if p.end == m.start()), "") or next(
            (name for name in known if s.endswith(name, 0, m.start())), "") or previous * s.endswith(("他", "她"), 0, m.start())
        pairs.append((mentor, _next_in_clause(s, persons, m.end())))
    for m in _ANOTHER_STUDENT_RE.finditer(s) if pairs else ():
        pairs.append((pairs[-1][0], _next_in_clause(s, persons, m.end())))
    listed = [p for p in persons if pairs and p.name == pairs[-1][1]][-1:]  # …的博士生A、硕士生B
    for p in persons if listed else ():
        nxt = _NEXT_STUDENT_RE.match(s, listed[-1].end)
        if nxt and p.start == nxt.end():
            pairs.append((pairs[-1][0], p.name))
            listed.append(p)
    return [Fact("SUPERVISES", a, b, "supervises:student", 0.7) for a, b in pairs if a and b and a != b]


def _next_in_clause(s: str, persons: list[PersonMention], pos: int) -> str:
    after = next((p for p in persons if p.start >= pos), None)
    return after.name if after and not _CLAUSE_BREAK_RE.search(s, pos, after.start) else ""
