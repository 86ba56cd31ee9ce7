"""Relationships by cue patterns over the resolved mentions of one sentence.

Each rule looks at the organisations in sentence order, the cue words between them and
the document's own organisation (for subjects implied by 双方/我校/学校), and yields
(type, source, target, rule, confidence) over canonical names.
"""
from __future__ import annotations

import re
from dataclasses import dataclass

_CO_FOUND_RE = re.compile(
    r"共建|联合成立|共同发起|联合发起|发起成立|携手成立|合作共建|共同建立|联合创立|联合组建|共同组建|牵头组建|"
    r"联合创建|共同创建|携手共建|联手推动成立|联合申报|共同成立|揭牌|组建|创建|建立|构建|建成|成立|创立|设立"
)
_JOINT_RE = re.compile(r"共建|联合|共同|携手|联手|合作|双方|两校|三方|多方|与|和")
_PARTNER_RE = re.compile(r"签约|签署|签订|战略合作|合作协议|合作|携手|联手|共建|联合|对接|结成|达成|联盟")
_CONJ_RE = re.compile(r"与|和|同|携手|联合|跟")
_MEMBER_RE = re.compile(r"成员单位|成员|加入|理事单位")
_ALLIANCE_RE = re.compile(r"联盟|联合体|共同体|协会|学会|俱乐部")
_FUND_RE = re.compile(r"资助|出资|拨款|经费支持|专项支持|基金支持|委托")
_INVEST_RE = re.compile(r"投资|领投|跟投|孵化|注资|入股")
_SUPERVISE_RE = re.compile(r"批准|主管|指导单位|业务指导|监管")
_IMPLIED_MAIN_RE = re.compile(r"^(?:[^，,]{0,12}?)(?:我校|本校|学校|双方|两校|我院|本院)|与我校|与学校|我校与|学校与")
_LEAD_CUE_RE = re.compile(r"牵头|发起|领衔|推动成立|带领|率领|主导|负责")

ORG_LABELS = ("University", "Hospital", "Company", "Agency")


@dataclass(frozen=True)
class Resolved:
    """An organisation mention after resolution."""

    start: int
    end: int
    label: str
    name: str


@dataclass(frozen=True)
class Fact:
    type: str
    source: str
    target: str
    rule: str
    confidence: float
    props: tuple = ()


def _implied_main(s: str, orgs: list[Resolved], main: str) -> list[str]:
    if main and _IMPLIED_MAIN_RE.search(s) and all(o.name != main for o in orgs):
        return [main]
    return []


def co_founded(s: str, orgs: list[Resolved], main: str) -> list[Fact]:
    cue = _CO_FOUND_RE.search(s)
    if not cue:
        return []
    platforms = [o for o in orgs if o.label == "Platform" and (o.start >= cue.start() or _in_book_title(s, o, cue))]
    if not platforms:
        return []
    first = min(p.start for p in platforms)
    founders = [o.name for o in orgs if o.label in ORG_LABELS and o.end <= max(first, cue.start())]
    founders = founders or _implied_main(s, orgs, main)
    joint = bool(_JOINT_RE.search(s[: cue.end()])) or len(founders) > 1
    conf = 0.8 if joint else 0.6
    return [Fact("CO_FOUNDED", f, p.name, "co_founded:cue", conf)
            for f in dict.fromkeys(founders[:6]) for p in platforms if f != p.name]


def _in_book_title(s: str, o: Resolved, cue: re.Match) -> bool:
    left = s.rfind("《", 0, o.start)
    return left >= 0 and s.find("》", left) >= cue.start() >= left


def partners(s: str, orgs: list[Resolved], main: str) -> list[Fact]:
    cue = _PARTNER_RE.search(s)
    if not cue:
        return []
    parties = [o for o in orgs if o.label in ORG_LABELS]
    names = list(dict.fromkeys(o.name for o in parties))
    implied = _implied_main(s, orgs, main)
    if len(names) + len(implied) < 2:
        return []
    conj = _CONJ_RE.search(s, parties[0].end if parties else 0)
    facts: list[Fact] = []
    if implied:
        hub, others = implied[0], names
    elif conj and any(o.start >= conj.end() for o in parties) and any(o.end <= conj.start() for o in parties):
        before = [o.name for o in parties if o.end <= conj.start()]
        hub, others = before[-1], [n for n in names if n not in before]
        facts += [Fact("PARTNERS_WITH", a, b, "partners:cue", 0.6) for i, a in enumerate(before) for b in before[i + 1:]]
    elif len(names) <= 4:
        return [Fact("PARTNERS_WITH", a, b, "partners:list", 0.6) for i, a in enumerate(names) for b in names[i + 1:]]
    else:
        return []
    return facts + [Fact("PARTNERS_WITH", hub, o, "partners:hub", 0.7) for o in others if o != hub]


def members(s: str, orgs: list[Resolved], main: str) -> list[Fact]:
    if not _MEMBER_RE.search(s):
        return []
    alliances = [o for o in orgs if o.label == "Platform" and _ALLIANCE_RE.search(o.name)]
    if not alliances:
        return []
    target = alliances[0].name
    found = [o.name for o in orgs if o.label in ORG_LABELS] or _implied_main(s, orgs, main)
    return [Fact("MEMBER_OF", m, target, "member_of:cue", 0.7) for m in dict.fromkeys(found)]


def funds(s: str, orgs: list[Resolved], main: str) -> list[Fact]:
    cue = _FUND_RE.search(s)
    if not cue:
        return []
    funders = [o for o in orgs if o.label in ("Agency", "Company") and o.end <= cue.start()]
    targets = [o for o in orgs if o.label in ("Platform",) and o.start >= cue.end()]
    if not funders or not targets:
        return []
    return [Fact("FUNDS", funders[-1].name, t.name, "funds:cue", 0.6) for t in targets]


def invests(s: str, orgs: list[Resolved], main: str) -> list[Fact]:
    cue = _INVEST_RE.search(s)
    if not cue:
        return []
    before = [o for o in orgs if o.label == "Company" and o.end <= cue.start()]
    after = [o for o in orgs if o.label == "Company" and o.start >= cue.end()]
    if not before or not after:
        return []
    return [Fact("INVESTS_IN", before[-1].name, a.name, "invests_in:cue", 0.6) for a in after]


def supervises(s: str, orgs: list[Resolved], main: str) -> list[Fact]:
    cue = _SUPERVISE_RE.search(s)
    if not cue:
        return []
    agencies = [o for o in orgs if o.label == "Agency" and o.end <= cue.start() and cue.start() - o.end <= 4]
    after = [o for o in orgs if o.label in ORG_LABELS and o.start >= cue.end() and o.start - cue.end() <= 2]
    if not agencies or not after:
        return []
    return [Fact("SUPERVISES", agencies[-1].name, after[0].name, "supervises:cue", 0.6)]


RULES = (co_founded, partners, members, funds, invests, supervises)


def sentence_facts(s: str, orgs: list[Resolved], main: str) -> list[Fact]:
    out: list[Fact] = []
    for rule in RULES:
        out.extend(rule(s, orgs, main))
    return out


def leads_cue(s: str, person_end: int) -> bool:
    """Whether a person is followed by a leading cue (牵头, 发起…) in the sentence."""
    return bool(_LEAD_CUE_RE.search(s, person_end, person_end + 12))
