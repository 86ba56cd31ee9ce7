"""Relationships by cue patterns over the resolved mentions of one sentence.

Each rule looks at the organisations in sentence order, the cue words between them and
the document's context (its own organisation for subjects implied by 我校/学校, the last
partners named for 双方), and yields (type, source, target, rule, confidence) over
canonical names. Organisations written as someone's role (院士 of 中国科学院, an attendee's
employer) or inside a programme name (国家自然科学基金申报) are not parties.
"""
from __future__ import annotations

import re
from dataclasses import dataclass, field

_CO_FOUND_RE = re.compile(
    r"共建|联合成立|共同发起|联合发起|发起成立|携手成立|合作共建|共同建立|联合创立|联合组建|共同组建|牵头组建|"
    r"联合创建|共同创建|携手共建|联手推动成立|共同成立|共同建设|联合建设|(?:共同)?参与建设|共同筹建|联合筹建|合作的|揭牌|授牌|组建|创建|"
    r"建立|构建|建成|成立|创立|设立"
)
_UNVEIL_RE = re.compile(r"揭牌|授牌")
#: ，共建“X” / ，并将共同建设X: a clause with no subject of its own (A与B签署协议，共建X).
_SUBJECTLESS_RE = re.compile(r"(?:并|还|将|拟|双方|共同)*")
_WITH_OWN_RE = re.compile(r"(?:我校|本校|学校)(?:与|和)|(?:与|和)(?:我校|本校|学校)")
#: A、B作为共建单位参与建设 / 共建单位为A、B: co-founders of the platform the sentence is about.
_BUILDERS_BEFORE_RE = re.compile(r"(?:作为|为|是)(?:联合)?(?:共建|参建)单位")
_BUILDERS_AFTER_RE = re.compile(r"(?:联合)?(?:共建|参建)单位(?:为|是|包括|有)[:：]?")
_SINGLE_FOUND_RE = re.compile(r"^(?:组建|创建|建立|构建|建成|成立|创立|设立)$")
_CLAUSE_RE = re.compile(r"[^，,；;：:]+")
_CLAUSE_END_RE = re.compile(r"[，,；;：:。]")
_STRONG_PARTNER_RE = re.compile(r"签约|签署|签订|战略合作|合作协议|共建|携手|联手|结成")
_TRANSFER_RE = re.compile(r"(?:转化|许可|转让|授权)给")
_JOINT_RE = re.compile(r"共建|联合|共同|携手|联手|合作|双方|两校|三方|多方|与|和")
_PARTNER_RE = re.compile(r"签约|签署|签订|战略合作|合作协议|合作|携手|联手|共建|联合(?!基金)|对接|结成")
_CONJ_RE = re.compile(r"与|和|同|携手|联合|跟")
#: A project's partners, named after it: the host is the document's organisation.
_PROJECT_PARTNERS_RE = re.compile(r"(?:项目|课题)(?:还|将|拟)?联合|合作单位(?:为|是|包括)[:：]?")
#: A platform as the subject of a partnership: 研究院(分别)与… / 研究院同…
_LEAD_THEN_JOINED_RE = re.compile(r"由(?P<lead>[^，,；;。]{2,30}?)(?:牵头[，,](?:联合)?|(?<=牵头单位)联合)(?P<joined>[^，,；;。]{2,150}?)"
                                  r"(?:共同|等单位|一起)?(?:参与|实施|承担)(?!建设|共建|组建|发起|成立)")
_SUBJECT_CONJ_RE = re.compile(r"(?:将|已|还|也|分别|先后|正式|积极)*(?:与|同)")
_CLAUSE_CONJ_RE = re.compile(r"[，,；;](?:并|还|先后|分别)?(?:与|同)")
ALLIANCE_RE = re.compile(r"联盟|联合体|共同体|协会|学会|俱乐部")
#: The subject of a passive clause, right before 由 (联盟由…, 该项目将由…, 首期经费由…).
_BY_RE = re.compile(r"(?:将|已|主要|均|则|拟|也|还|)由")
_SUPERVISE_RE = re.compile(r"批准|主管(?!单位)|业务指导(?!单位)|监管")
#: X、Y为指导单位 / 指导单位为X、Y / 主管单位：X
_SUPERVISOR_RE = re.compile(r"(?:业务)?(?:指导|主管)单位")
_SUPERVISOR_BEFORE_RE = re.compile(r"(?:为|是|作为|担任)(?P<kind>(?:该|本)?(?:中心|实验室|平台|研究院)的)?$")
#: 该中心经X批准建设 / 中心经X认定: the platform the sentence is about, named by its kind.
_PLATFORM_KIND_RE = re.compile(r"(?:该|本|把|将|对)(?:中心|实验室|平台|研究院|联合体|联盟)")
_KIND_BEFORE_RE = re.compile(r"(?:该|本)?(?:中心|实验室|平台|研究院)$")
_SUPERVISOR_AFTER_RE = re.compile(r"(?:为|是|[:：])")
_GUIDED_RE = re.compile(r"指导[、,，]")
#: 由X指导建设 (the platform the sentence is about) / 经X批准，…建设的Y (the platform named after).
_APPROVED_RE = re.compile(r"指导建设|批准(?:设立|建设|成立|组建)?|认定")
_SPOKE_RE = re.compile(r"称|表示|介绍|指出|强调|说")
BOTH_RE = re.compile(r"双方|两校|两院|三方|两家")
_BOTH_OBJECT_RE = re.compile(r"(?:支持|希望|肯定了?|祝贺|鼓励|勉励|要求|期待|期望|助力|指导|帮助)$")
_CONTINUATION_RE = re.compile(r"(?:并)?(?:联合|会同|携手|与|和|同)|并(?:将)?(?=共同)")
_LED_BY_CLAUSE_RE = re.compile(r"由[^，,；;。]{2,40}?牵头$")
_REPRESENTING_RE = re.compile(r"代表(?:双方|两校|三方|各方|两所高校|两家单位)|代表[^，,。；;]{0,8}?(?:签署|签订|签约)")
#: A clause that continues the document's own story with its subject left out (此外，还联合…发起成立).
_OWN_SUBJECT_RE = re.compile(r"(?:此外|另外|同时|目前)?[，,]?(?:还|并|又|也|学校|我校|本校)")
#: 医院与… / 医院还… written bare: the hospital whose report it is.
_HOSPITAL_SELF_RE = re.compile(r"(?<![\u4e00-\u9fff])医院(?:[\u4e00-\u9fff]{1,6}?科)?(?=[与和同还将也并]|牵头|联合)")
#: ；与B签署… / 还与C共同成立…: a sentence with its subject left out, the report's own organisation.
_OPENS_WITH_RE = re.compile(r"(?:并|还|另|同时)?(?:与|同)(?!会)")
_IMPLIED_MAIN_RE = re.compile(r"^(?:[^，,]{0,12}?)(?:我校|本校|学校|双方|两校|我院|本院)|与我校|与学校|我校与|学校与")
_LEAD_CUE_RE = re.compile(r"牵头|发起|领衔|推动成立|主导")
#: After an organisation, words that make it part of a programme or award name, not a party.
_PROGRAMME_AFTER_RE = re.compile(r"(?:科技)?(?:[一二三]等奖|奖|申报|项目|课题|资助|专项|计划|基金)|(?:省|市)?(?:重点|重大)(?:研发)?(?:计划|专项)")
_MEMBERS_AFTER_RE = re.compile(r"(?:加入|入选|成为)")
#: 并加入了X联盟: X is joined, not founded.
_JOINED_RE = re.compile(r"加入了?$")
#: ，并加入了…: a clause whose subject is the sentence's.
_CLAUSE_JOIN_RE = re.compile(r"[，,；;](?:并|还|也|同时|已|先后)*(?:加入|入选|成为)")
#: 成员单位包括：A、B / 首批成员单位除发起单位外，还包括：A、B (the list follows).
_MEMBER_LIST_RE = re.compile(r"(?:成员|理事单位|会员单位)(?:单位)?[^。；;]{0,16}?(?:包括|包含|涵盖|有|为|是)[:：]?")
_MEMBERS_BEFORE_RE = re.compile(r"成员单位|成员|(?:副)?理事长单位|理事单位")
_LIST_TAIL_RE = re.compile(
    r"(?:等)?(?:[0-9一二三四五六七八九十百余多]+家(?:单位|机构|医院|高校|企业)?)?(?:为|成为|作为|是|当选为?)?(?:首批|首届)?(?:该)?$")
_HOSTED_RE = re.compile(r"依托单位(?:为|是)?")
#: 由A作为依托单位申报，B、C共同参与建设的“P” / 该院作为依托单位: the platform named after is A's.
_HOST_BEFORE_RE = re.compile(r"(?P<own>该院|该校|我院|我校)?作为依托单位")
#: 获批认定 / 同批获得认定的还有P: approved by the agency whose notice the document reports.
_GRANTED_RE = re.compile(r"获批认定|获得认定|通过认定|获批建设")
#: X印发《关于认定…的通知》: X is the approving agency of the platforms the document lists.
_NOTICE_RE = re.compile(r"(?:印发|发布|公布)了?《[^》]{0,30}?(?:认定|批准)")
_BUILT_ON_RE = re.compile(r"依托")
_BUILT_VERB_RE = re.compile(r"建设|建立|成立|组建|设立")
#: Between the names of a list (附属 starts the next name: A附属X医院、附属Y医院).
_LIST_GAP_RE = re.compile(r"(?:[（(][^（）()]{1,15}[）)])?[、，,和及与:：\s]*(?:附属)?")
#: Between the 由 of a passive clause and its verb: the lead party's 牵头 and a joint 联合 are part of the list.
_BY_LIST_GAP_RE = re.compile(
    r"(?:[（(][^（）()]{1,15}[）)])?[、，,和及与\s]*(?:牵头)?[、，,和及与\s]*(?:联合|会同|携手)?[、，,和及与\s]*(?:附属)?")
#: Between the last party of a passive clause and its verb (…等32家单位共同, …另).
_AGENT_TAIL_RE = re.compile(r"[^，,。；;:：]{0,10}")

ORG_LABELS = ("University", "Hospital", "Company", "Agency")
_MEMBER_LABELS = ORG_LABELS + ("Platform",)


@dataclass(frozen=True)
class Resolved:
    """An organisation mention after resolution."""

    start: int
    end: int
    label: str
    name: str
    title_after: bool = False  # a title follows: the organisation names someone's role
    parent: str = ""


@dataclass
class Context:
    """What a sentence's rules know of the document: its own organisation, the last partners named."""

    main: str = ""
    main_label: str = ""  # a hospital's report calls itself 医院
    last_parties: list[str] = field(default_factory=list)
    counterpart: str = ""  # the last organisation named as main's partner: the other side of 双方
    alliance: str = ""  # the last alliance named: where a 成员单位 list without its name belongs
    platform: str = ""  # the last platform named: whose posts a sentence opening with a title (副主任为…) lists
    funder: str = ""  # the agency that announced the projects of the last funding call
    raising: str = ""  # the company whose financing round the document reports
    approver: str = ""  # the agency whose notice 认定 the platforms the document reports


@dataclass(frozen=True)
class Fact:
    type: str
    source: str
    target: str
    rule: str
    confidence: float
    props: tuple = ()


def clause_span(s: str, pos: int) -> tuple[int, int]:
    for m in _CLAUSE_RE.finditer(s):
        if m.start() <= pos < m.end():
            return m.start(), m.end()
    return 0, len(s)


def _party(s: str, o: Resolved) -> bool:
    """An organisation acting in the sentence: not a title's (院士), a programme's, or a description (作为X直属医院)."""
    return o.label in ORG_LABELS and not s.startswith("院士", o.end) and not _PROGRAMME_AFTER_RE.match(s, o.end) \
        and not s.startswith("作为", o.start - 2)


def _speaks_as_main(s: str, ctx: "Context", lo: int = 0, hi: int | None = None) -> bool:
    """医院与… in a hospital's own report, or a sentence opening with 与 (；与B签署…): its organisation acts."""
    hi = len(s) if hi is None else hi
    return bool(lo == 0 and _OPENS_WITH_RE.match(s)
                or ctx.main_label == "Hospital" and "医院" in s and _HOSPITAL_SELF_RE.search(s, lo, hi))


def _implied_main(s: str, orgs: list[Resolved], ctx: "Context") -> list[str]:
    if ctx.main and (_IMPLIED_MAIN_RE.search(s) or _speaks_as_main(s, ctx)) and all(o.name != ctx.main for o in orgs):
        return [ctx.main]
    return []


def passive_subject(s: str, orgs: list[Resolved], labels: tuple[str, ...], before: int) -> tuple[Resolved, int] | None:
    """P由…: the subject P written right before the last 由 ahead of ``before``, and where its agents start."""
    for m in reversed(list(_BY_RE.finditer(s, 0, before))):
        subject = next((o for o in orgs if o.label in labels and o.end == m.start()), None)
        if subject:
            return subject, m.end()
    return None


def passive_agents(s: str, orgs: list[Resolved], by: int, verb: int) -> list[Resolved]:
    """The parties of a passive clause: the list that ends nearest its verb (由A牵头，B、C等单位共同发起)."""
    span = [o for o in orgs if o.label in ORG_LABELS and by <= o.start and o.end <= verb and not o.title_after]
    if not span or not _AGENT_TAIL_RE.fullmatch(s, span[-1].end, verb):
        return []
    return listed_orgs(s, span, span[-1].end, gap=_BY_LIST_GAP_RE)


def _founded_by(s: str, orgs: list[Resolved]) -> list[Fact]:
    """联盟由A、B、C共同发起 / 研究院由A联合B、C共同建设: the founders after 由, the platform before it."""
    for cue in _CO_FOUND_RE.finditer(s):
        passive = passive_subject(s, orgs, ("Platform",), cue.start())
        if passive:
            subject, by = passive
            agents = passive_agents(s, orgs, by, cue.start()) or _lead_and_joined(s, orgs, by, cue.start())
            return [Fact("CO_FOUNDED", o.name, subject.name, "co_founded:by", 0.8) for o in agents if o.name != subject.name]
    return []


def _lead_and_joined(s: str, orgs: list[Resolved], by: int, verb: int) -> list[Resolved]:
    """联合体由A牵头，联合22家单位共同发起: the lead and the units named after it (none when only counted)."""
    span = [o for o in orgs if o.label in ORG_LABELS and by <= o.start and o.end <= verb and not o.title_after]
    lead = next((i for i, o in enumerate(span) if s.startswith("牵头", o.end)), None)
    if lead is None or _CLAUSE_END_RE.search(s, by, span[lead].start):
        return []
    return span[lead:] if not _CLAUSE_END_RE.search(s, span[lead].end + 3, verb) else span[lead:lead + 1]


def co_founded(s: str, orgs: list[Resolved], ctx: Context) -> list[Fact]:
    cue = next((m for m in _CO_FOUND_RE.finditer(s) if not s.startswith("于", m.end())), None)  # X成立于2021年: X was founded
    if not cue:
        return []
    passive = _founded_by(s, orgs)
    if passive:
        return passive
    unveil = bool(_UNVEIL_RE.fullmatch(cue.group()))
    cue_end = clause_span(s, cue.start())[1] if _SINGLE_FOUND_RE.match(cue.group()) else len(s)  # 设立基金，资助研究院
    platforms = [o for o in orgs if o.label == "Platform" and not _JOINED_RE.search(s, 0, o.start) and (
        cue.start() <= o.start < cue_end or _in_book_title(s, o, cue) or unveil and o.end <= cue.start())]
    described = [o for o in orgs[:1] if o.label == "Platform" and s.startswith("是", o.end) and o.end < cue.start()]
    platforms = platforms or described  # 研究所是A与B联合成立的平台: the subject is what they founded
    if not platforms:
        return []
    c_start, _ = clause_span(s, cue.start())
    if c_start > 0 and (_CONTINUATION_RE.match(s, c_start) or _LED_BY_CLAUSE_RE.search(s, 0, c_start - 1)
                        or _SUBJECTLESS_RE.fullmatch(s, c_start, cue.start())):
        c_start = clause_span(s, c_start - 2)[0]  # 由A牵头，B、C共同发起: the lead founds too
    book = s.rfind("《", 0, cue.start())
    limit = book if book >= 0 and s.find("》", book) > cue.start() else cue.start()
    before = [o for o in orgs if _party(s, o) and o.end <= limit and not (unveil and o.title_after)]  # guests unveil
    founders = [o.name for o in before if c_start <= o.start]
    if founders and ctx.main and (_WITH_OWN_RE.search(s, c_start, cue.start()) or _speaks_as_main(s, ctx, c_start, cue.start())):
        founders.append(ctx.main)  # 学校与协和医院共建的…: the document's own university is the other founder
    if not founders and BOTH_RE.search(s, c_start, cue.start() + 1):
        named = list(dict.fromkeys(o.name for o in before))  # A与B签约，双方…并共同成立: the two named before
        founders = named if len(named) == 2 else ctx.last_parties or [n for n in (ctx.main, ctx.counterpart) if n]
    if not founders and ctx.main and (before and all(o.name == ctx.main for o in before)
                                      or not before and _OWN_SUBJECT_RE.match(s, c_start)):
        founders = [ctx.main]
    founders = founders or _implied_main(s, orgs, ctx)
    joint = bool(_JOINT_RE.search(s, c_start, cue.end())) or len(founders) > 1
    facts = []
    for f in dict.fromkeys(founders[:6]):
        for p in platforms:
            if f != p.name and (joint or not _SINGLE_FOUND_RE.match(cue.group()) or p.parent != f):
                facts.append(Fact("CO_FOUNDED", f, p.name, "co_founded:cue", 0.8 if joint else 0.6))
    return facts


def co_builders(s: str, orgs: list[Resolved], ctx: Context) -> list[Fact]:
    """A、B作为共建单位参与建设 / 共建单位为A、B: the platform the sentence names first is theirs too."""
    platform = next((o for o in orgs if o.label == "Platform"), None) if "建单位" in s else None
    if platform is None:
        return []
    listed = [o for m in _BUILDERS_BEFORE_RE.finditer(s) for o in listed_orgs(s, orgs, m.start())]
    listed += [o for m in _BUILDERS_AFTER_RE.finditer(s) for o in listed_orgs(s, orgs, m.end(), forward=True)]
    return [Fact("CO_FOUNDED", o.name, platform.name, "co_founded:builders", 0.7) for o in listed]


def _in_book_title(s: str, o: Resolved, cue: re.Match) -> bool:
    left = s.rfind("《", 0, o.start)
    return left >= 0 and s.find("》", left) >= cue.start() >= left


def _outside(rx: re.Pattern[str], s: str, orgs: list[Resolved], lo: int = 0, hi: int | None = None) -> re.Match | None:
    """The first match of ``rx`` in s[lo:hi] that is not inside an organisation's name."""
    m = rx.search(s, lo, len(s) if hi is None else hi)
    while m and any(o.start <= m.start() < o.end for o in orgs):
        m = rx.search(s, m.end(), len(s) if hi is None else hi)
    return m


def _acting(o: Resolved, ctx: Context) -> str:
    """A unit of the document's own organisation acts for it (副校长携研究院…对接); a hospital acts for itself."""
    return ctx.main if ctx.main and o.parent == ctx.main and o.label != "Hospital" else o.name


def partners(s: str, orgs: list[Resolved], ctx: Context) -> list[Fact]:
    transfer = _TRANSFER_RE.search(s)
    if transfer:  # 成果转化给某公司: the licensee partners with the inventors' organisations
        buyer = next((o for o in orgs if o.label == "Company" and 0 <= o.start - transfer.end() <= 2), None)
        sellers = [o.name for o in orgs if _party(s, o) and o.end <= transfer.start()]
        if buyer and sellers:
            return [Fact("PARTNERS_WITH", n, buyer.name, "partners:transfer", 0.7) for n in dict.fromkeys(sellers)]
    if "由" in s and any(ALLIANCE_RE.search(f.target) for f in _founded_by(s, orgs)):
        return []  # 联盟由A牵头，联合B、C共同发起: an alliance's founders, not partners (a centre's builders are)
    cue = _outside(_STRONG_PARTNER_RE, s, orgs) or _outside(_PARTNER_RE, s, orgs)  # not the 联合 of 某创新联合体
    both = BOTH_RE.search(s)
    if both and _BOTH_OBJECT_RE.search(s, 0, both.start()):
        return []  # 省科技厅将继续支持双方联合申报: a third party acting on them
    if not cue and not both:
        return []
    strong = bool(cue and _STRONG_PARTNER_RE.fullmatch(cue.group()))
    lo, hi = (0, len(s)) if strong or not cue else clause_span(s, cue.start())
    if lo > 0 and _CONTINUATION_RE.match(s, lo):  # 由A牵头，联合B、C共同实施: the hub is in the clause before
        lo = clause_span(s, lo - 2)[0]
    representing = bool(_REPRESENTING_RE.search(s))
    parties = [o for o in orgs if _party(s, o) and lo <= o.start < hi and not (o.title_after and not representing)]
    names = list(dict.fromkeys(_acting(o, ctx) for o in parties))
    if both and ctx.main:
        speakers = [_acting(o, ctx) for o in orgs if o.title_after and _party(s, o) and o.end < both.start()
                    and _SPOKE_RE.search(s, o.end, both.start())]  # X公司副总经理Y称，…双方将…: X and the document's
        speakers = [n for n in speakers if n != ctx.main]
        others = [n for n in names if n != ctx.main] or speakers[:1] or [ctx.counterpart] * bool(ctx.counterpart)
        if len(others) == 1:  # 双方 are the two partners just named when one of them is named again
            pair = ctx.last_parties if len(ctx.last_parties) == 2 and others[0] in ctx.last_parties else [ctx.main, others[0]]
            return [Fact("PARTNERS_WITH", pair[0], pair[1], "partners:both", 0.6)]
    if not cue:
        return []
    project_side = _PROJECT_PARTNERS_RE.search(s, lo, hi)
    if project_side and ctx.main:  # 项目联合A和B共同实施 / 合作单位为A和B: partners of the project's host
        listed = [_acting(o, ctx) for o in parties if o.start >= project_side.end()]
        return [Fact("PARTNERS_WITH", ctx.main, n, "partners:project", 0.6) for n in dict.fromkeys(listed[:6]) if n != ctx.main]
    implied = _implied_main(s[lo:hi], parties, ctx)
    if implied:
        return [Fact("PARTNERS_WITH", implied[0], o, "partners:implied", 0.6) for o in names[:4]]
    subject = next((o for o in orgs if o.label == "Platform" and lo <= o.start and _SUBJECT_CONJ_RE.match(s, o.end)), None)
    if subject is None and orgs and orgs[0].start == 0 and orgs[0].label == "Platform" and _CLAUSE_CONJ_RE.search(s):
        subject = orgs[0]  # 研究院成立以来，…，与A、B等单位建立了合作关系: the sentence's subject
    listed = [o.name for o in parties if subject and o.start > subject.end]
    if listed:  # 研究院分别与A、B签署合作协议 / 研究院与A、B等单位建立了合作关系
        return [Fact("PARTNERS_WITH", subject.name, o, "partners:subject", 0.7) for o in dict.fromkeys(listed[:8])]
    if len(names) < 2:  # A与研究院签署合作协议: a platform signs for itself
        platform = next((o for o in orgs if o.label == "Platform" and strong and parties and parties[0].end < o.start
                         and s[o.start - 1] in "与同" and o.end <= cue.start()), None)
        return [Fact("PARTNERS_WITH", names[0], platform.name, "partners:platform", 0.6)] if platform else []
    conj = _outside(_CONJ_RE, s, parties, parties[0].end, parties[-1].start + 1)  # not the 和 of 协和医院
    own = {o.name: _acting(o, ctx) for o in parties}
    if conj:
        before = [o for o in parties if o.end <= conj.start()]
        after = [own[o.name] for o in parties if o.start >= conj.end()]
        if len(before) == len(after) > 1 and s.startswith("分别", conj.start() - 2):  # A、B分别与C、D: pairwise
            return [Fact("PARTNERS_WITH", own[a.name], b, "partners:each", 0.7) for a, b in zip(before, after)]
        if before and after:
            hub = own[before[-1].name]
            return [Fact("PARTNERS_WITH", hub, o, "partners:hub", 0.7) for o in dict.fromkeys(after[:8]) if o != hub]
    if len(names) <= 4:
        return [Fact("PARTNERS_WITH", a, b, "partners:list", 0.6) for i, a in enumerate(names) for b in names[i + 1:]]
    return []


def project_partners(s: str, orgs: list[Resolved], ctx: Context) -> list[Fact]:
    """项目由A牵头，B、C和D共同参与 / 项目由牵头单位(the document's own)联合B、C共同实施: the lead unit partners
    with each unit taking part (not their 共建/发起)."""
    m = _LEAD_THEN_JOINED_RE.search(s) if "牵头" in s else None
    if m is None or any(o.label == "Platform" and ALLIANCE_RE.search(o.name) and o.end <= m.start() for o in orgs):
        return []
    lead = [o for o in orgs if _party(s, o) and m.start("lead") <= o.start and o.end <= m.end("lead")][-1:]
    joined = [_acting(o, ctx) for o in orgs if _party(s, o) and m.start("joined") <= o.start and o.end <= m.end("joined")
              and not _in_brackets(s, o.start)]
    hub = _acting(lead[0], ctx) if lead else ctx.main * (m.group("lead") == "牵头单位")
    return [Fact("PARTNERS_WITH", hub, n, "partners:lead", 0.7) for n in dict.fromkeys(joined[:8]) if hub and n != hub]


def _in_brackets(s: str, pos: int) -> bool:
    return max(s.rfind("（", 0, pos), s.rfind("(", 0, pos)) > max(s.rfind("）", 0, pos), s.rfind(")", 0, pos))


def listed_orgs(s: str, orgs: list[Resolved], anchor: int, forward: bool = False,
            gap: re.Pattern[str] = _LIST_GAP_RE, labels: tuple[str, ...] = ORG_LABELS) -> list[Resolved]:
    """Organisations written as one list that ends at ``anchor`` (A、B和C等…), or starts there when ``forward``."""
    near = [o for o in orgs if o.label in labels and (o.start >= anchor if forward else o.end <= anchor)]
    out: list[Resolved] = []
    for o in sorted(near, key=lambda o: o.start, reverse=not forward):
        if _in_brackets(s, o.start):  # A（B） / A（以下简称“B”）: B is A's short form, written inside the list gap
            if not forward and _in_brackets(s, anchor):
                anchor = max(s.rfind("（", 0, o.start), s.rfind("(", 0, o.start))
            continue
        between = s[anchor:o.start] if forward else s[o.end:anchor]
        if gap.fullmatch(between) is None and not (not out and not forward and between in ("等", "等单位")):
            break
        out.append(o)
        anchor = o.end if forward else o.start
    return out if forward else out[::-1]


def members(s: str, orgs: list[Resolved], ctx: Context) -> list[Fact]:
    """成员单位 lists (before or after the cue) and 加入/成为 joins; an unnamed alliance is the document's last one."""
    alliances = [o for o in orgs if o.label == "Platform" and ALLIANCE_RE.search(o.name)]
    members_ = [o for o in orgs if o not in alliances]  # a lab may be a member (…、深圳湾实验室、…等成为成员单位)


    def alliance_near(pos: int) -> str:
        if alliances:
            return min(alliances, key=lambda a: abs(a.start - pos)).name
        owner = [o for o in orgs if o.label == "Platform" and 0 <= pos - o.end <= 1]  # 中心(的)成员单位: its own members
        return owner[-1].name if owner else ctx.alliance

    facts: list[Fact] = []
    lists = []
    for cue in _MEMBERS_BEFORE_RE.finditer(s):
        end = next((a.start for a in alliances if a.end == cue.start()), cue.start())
        lists.append((cue.start(), listed_orgs(s, members_, _LIST_TAIL_RE.search(s, 0, end).start(), labels=_MEMBER_LABELS)))
    lists += [(cue.start(), listed_orgs(s, members_, cue.end(), forward=True, labels=_MEMBER_LABELS))
              for cue in _MEMBER_LIST_RE.finditer(s)]
    for pos, found in lists:
        target = alliance_near(pos)  # 理事会成员为A大学校长B: an organisation named for a person's title is no member
        facts += [Fact("MEMBER_OF", m.name, target, "member_of:list", 0.7) for m in found if target and not m.title_after]
    for cue in _MEMBERS_AFTER_RE.finditer(s):
        lo, _ = clause_span(s, cue.start())
        join = [o for o in alliances if o.start >= cue.end()]
        if join:
            subjects = [o.name for o in orgs if o.label in ORG_LABELS and lo <= o.start and o.end <= cue.start()]
            first = next((o.name for o in orgs if _party(s, o)), "")
            if not subjects and first and _CLAUSE_JOIN_RE.match(s, lo - 1, cue.end()):
                subjects = [first]  # 协和医院已与…成立…平台，并加入了X联盟
            facts += [Fact("MEMBER_OF", m, join[0].name, "member_of:join", 0.7)
                      for m in subjects or _implied_main(s, orgs, ctx)]
    return facts


def supervises(s: str, orgs: list[Resolved], ctx: Context) -> list[Fact]:
    """X主管的Y / 批准; X、Y为指导单位 (of the platform the sentence is about); 由X指导、Y主办."""
    guided = _GUIDED_RE.search(s)
    if guided:  # 由省卫健委指导、医科大学主办: the guiding agency oversees the organiser
        agencies = [o for o in orgs if o.label == "Agency" and o.end == guided.start()]
        hosts = [o for o in orgs if o.label in ORG_LABELS and o.start >= guided.end() and s.startswith("主办", o.end)]
        if agencies and hosts:
            return [Fact("SUPERVISES", agencies[-1].name, hosts[0].name, "supervises:guided", 0.6)]
    platforms = [o for o in orgs if o.label == "Platform" and not _in_book_title_at(s, o.start)]
    facts = _granted(s, orgs, platforms, ctx) if "认定" in s or "获批" in s else []
    spoken = [Resolved(0, 0, "Platform", ctx.platform)] if ctx.platform else []  # the platform 该中心 stands for
    for cue in _APPROVED_RE.finditer(s) if platforms or spoken else ():
        agencies = [o for o in listed_orgs(s, orgs, cue.start()) if o.label == "Agency"]
        by = s[agencies[0].start - 1] if agencies and agencies[0].start else ""
        built = [o for o in platforms if o.end <= agencies[0].start] if by == "由" else \
            [o for o in platforms if o.start >= cue.end()] if by == "经" else []
        if by == "经" and not built and _KIND_BEFORE_RE.search(s, 0, agencies[0].start - 1):
            built = spoken
        facts += [Fact("SUPERVISES", a.name, built[0].name, "supervises:approved", 0.7) for a in agencies if built]
    for cue in _SUPERVISOR_RE.finditer(s):
        before = _SUPERVISOR_BEFORE_RE.search(s, 0, cue.start())
        after = _SUPERVISOR_AFTER_RE.match(s, cue.end())
        agencies = (listed_orgs(s, orgs, before.start()) if before else []) + (
            listed_orgs(s, orgs, after.end(), forward=True) if after else [])
        target = spoken if before and before.group("kind") else platforms or [  # X作为指导单位，将把实验室纳入…
            o for o in spoken if _PLATFORM_KIND_RE.search(s, cue.end())]
        if target:  # X为中心的指导单位: the platform 中心 stands for
            facts += [Fact("SUPERVISES", a.name, target[0].name, "supervises:unit", 0.7)
                      for a in agencies if a.label == "Agency"]
    cue = _SUPERVISE_RE.search(s)
    if not cue:
        return facts
    passive = passive_subject(s, orgs, ("Platform",), cue.start())
    if passive:  # 中心由X主管: the agencies after 由 oversee the platform before it
        return facts + [Fact("SUPERVISES", a.name, passive[0].name, "supervises:by", 0.7)
                        for a in passive_agents(s, orgs, passive[1], cue.start()) if a.label == "Agency"]
    agencies = [o for o in orgs if o.label == "Agency" and o.end <= cue.start() and cue.start() - o.end <= 4]
    after = [o for o in orgs if o.label in ORG_LABELS and o.start >= cue.end() and o.start - cue.end() <= 2]
    if agencies and after:
        facts.append(Fact("SUPERVISES", agencies[-1].name, after[0].name, "supervises:cue", 0.6))
    return facts


def _in_book_title_at(s: str, pos: int) -> bool:
    return s.rfind("《", 0, pos) > s.rfind("》", 0, pos)


def _granted(s: str, orgs: list[Resolved], platforms: list[Resolved], ctx: Context) -> list[Fact]:
    """X印发《关于认定…的通知》，…P获批认定 / 同批获得认定的还有Q: X approved each platform said to be granted."""
    notice = _NOTICE_RE.search(s)
    issuer = [o for o in orgs if o.label == "Agency" and notice and 0 <= notice.start() - o.end <= 2]
    ctx.approver = issuer[-1].name if issuer else ctx.approver
    facts = []
    for cue in _GRANTED_RE.finditer(s) if ctx.approver else ():
        before = [o for o in platforms if 0 <= cue.start() - o.end <= 12]
        after = [o for o in platforms if o.start >= cue.end()]
        built = before[-1:] or after[:1]
        facts += [Fact("SUPERVISES", ctx.approver, p.name, "supervises:granted", 0.6) for p in built]
    return facts


def hosted(s: str, orgs: list[Resolved], ctx: Context) -> list[Fact]:
    """…平台，依托单位：甲、乙 / 依托甲建设的…中心: a platform is part of the organisations hosting it."""
    facts: list[Fact] = []
    for cue in _HOSTED_RE.finditer(s):
        platform = [o for o in orgs if o.label == "Platform" and o.end <= cue.start() and cue.start() - o.end <= 2]
        hosts = [o.name for o in listed_orgs(s, orgs, cue.end(), forward=True)]
        if platform:
            facts += [Fact("PART_OF", platform[-1].name, h, "part_of:hosted", 0.7) for h in hosts]
    for cue in _HOST_BEFORE_RE.finditer(s) if "作为依托" in s else ():
        host = ctx.main if cue.group("own") else next((o.name for o in orgs if o.label in ORG_LABELS and o.end == cue.start()), "")
        built = next((o for o in orgs if o.label == "Platform" and o.start > cue.end() and not _in_book_title_at(s, o.start)), None)
        if host and built:
            facts.append(Fact("PART_OF", built.name, host, "part_of:host_before", 0.6))
    for cue in _BUILT_ON_RE.finditer(s):
        hosts = [o.name for o in orgs if o.label in ORG_LABELS and cue.end() <= o.start < cue.end() + 2]
        built = [o for o in orgs if o.label == "Platform" and o.start > cue.end()]
        if hosts and built and _BUILT_VERB_RE.search(s, cue.end(), built[0].start):
            facts.append(Fact("PART_OF", built[0].name, hosts[0], "part_of:built_on", 0.6))
    return facts


def leads_cue(s: str, person_end: int, platform_start: int) -> bool:
    """Whether a leading cue (牵头, 发起…) stands between a person and a platform."""
    cue = _LEAD_CUE_RE.search(s, person_end, platform_start)
    return platform_start - person_end <= 40 and bool(cue) and not _CLAUSE_END_RE.search(s, person_end, cue.start())
