"""Money between organisations: grants and gifts (FUNDS) and financing rounds (INVESTS_IN).

The same shape as the other sentence rules (relations.py): resolved mentions in sentence
order, cue words between them, the document's context (the agency of the last funding call,
the company whose round the document reports).
"""
from __future__ import annotations

import re

from .relations import ORG_LABELS, Context, Fact, Resolved, clause_span, listed_orgs, passive_agents, passive_subject

_FUND_RE = re.compile(r"资助|出资|拨款|经费支持|专项支持|基金支持|立项支持|委托|(?<=[部委厅局会])立项")  # 获科学技术部立项
_INVEST_RE = re.compile(r"领投|跟投|参投|战略投资|投资|孵化|注资|入股|加注|追加投资|认购")
#: The round cues: the investors are written right before them (A领投，B、C跟投，老股东D继续加注 / 超额认购).
_ROUND_CUE_RE = re.compile(r"领投|跟投|参投|加注|追加投资|战略投资|认购")
#: 宣布完成2亿元A轮融资: the company raising the round.
#: B作为产业方进行战略投资 / 以战略投资者身份参与: the investor's role is written between it and the cue.
_ROUND_ADVERB_RE = re.compile(r"(?:作为[^，。；、]{1,8}?[方者人]|以[^，。；、]{1,8}?身份)?(?:同时|继续|持续|再次|超额|共同|联合|也|亦|均|以|进行|参与)*$")
#: B完成了对A的战略投资 / B对A进行投资: the company invested in follows 对.
_INVESTED_IN_RE = re.compile(r"的?(?:进行|完成)?了?(?:战略)?投资")
_RAISING_RE = re.compile(r"完成[^，。；]{0,12}?融资|获得?[^，。；]{0,12}?(?:轮)?融资")
#: 给予1000万元配套支持 / 投入研发经费3000万元: money given, written around the amount.
_GIVES_RE = re.compile(
    r"给予[^，。；]{0,16}?(?:支持|资助|配套)|投入[^，。；]{0,8}?(?:经费|资金)|投入[^，。；]{0,12}?元[，,]?支持|捐赠|捐资"
    r"|(?P<matching>配套)[^，。；]{0,6}?(?:经费|资金)")
#: …课题由B公司…负责，B公司同时配套资金: matching money goes to the last project named before the company.
#: 给予500万元经费支持: a sum, not only words of support.
_MONEY_RE = re.compile(r"\d[\d.]*[万亿]?元|经费|资金")
#: ，并给予…支持 / ，还投入…: a clause whose giver is the subject of the clause before.
_ALSO_RE = re.compile(r"(?:并|还|同时|也)")
_RECEIVED_RE = re.compile(r"(?:获|获得|得到|受|受到)$")
#: 公布了…立项名单 / 专项由X组织实施: a call whose projects are funded by the agency that announces or runs it.
_GRANT_CALL_RE = re.compile(r"(?:公布|下达|发布)[^。；;]{0,30}?(?:立项|资助)|(?:专项|计划|工程)由[^，。；;]{2,30}?组织实施")
#: 给予政策支持 / 给予技术支持: support that is not money.
_NOT_MONEY_RE = re.compile(r"政策|技术|指导|人才|场地|宣传")
#: 对联合实验室首批项目给予支持: the beneficiary after 对.
_TOWARDS_RE = re.compile(r"对|向|为")
_FUNDS_BY_RE = re.compile(r"(?:建设|研究|科研|运行|首期|一期|二期|项目)*经费(?:将|已|主要|均)?由")
_FUNDERS = ("Agency", "Company")
_BENEFICIARIES = ("Platform", "Project")


def funds(s: str, orgs: list[Resolved], ctx: Context) -> list[Fact]:
    """X资助P / P由X资助 / X给予…支持 (to the P after 对, else the sentence's subject) / X投入…经费."""
    facts: list[Fact] = []
    beneficiaries = [o for o in orgs if o.label in _BENEFICIARIES]
    grant = _GRANT_CALL_RE.search(s)
    if grant:  # 省科技厅公布了…立项名单: the agency funds the projects the next sentences say 获资助
        ctx.funder = next((o.name for o in reversed(orgs) if o.label == "Agency" and o.end <= grant.end()), ctx.funder)
    cues = [*_FUND_RE.finditer(s), *(m for m in _GIVES_RE.finditer(s) if not _NOT_MONEY_RE.search(m.group()))]
    for cue in sorted(cues, key=lambda m: m.start()):
        passive = passive_subject(s, orgs, _BENEFICIARIES, cue.start())
        by_money = passive is None and _FUNDS_BY_RE.search(s, 0, cue.start())
        if passive or by_money:
            subject, by = passive or (beneficiaries[0] if beneficiaries else None, by_money.end())
            agents = passive_agents(s, orgs, by, cue.start()) if subject else []
            facts += [Fact("FUNDS", f.name, subject.name, "funds:by", 0.7) for f in agents]
            if agents or by_money:  # 首期经费由X资助: the sentence's first platform or project's
                continue  # P由A牵头…，获X资助: not the agents of 由
        lo, hi = clause_span(s, cue.start())[0], clause_span(s, cue.end() - 1)[1]  # 投入3000万元，支持中心…: to the clause after
        if lo > 0 and _ALSO_RE.match(s, lo):
            lo = clause_span(s, lo - 2)[0]
        before = [o for o in orgs if o.label in _FUNDERS and o.end <= cue.start() and (o.start >= lo or cue.re is _FUND_RE)]
        if not before:
            if ctx.funder and _RECEIVED_RE.search(s, 0, cue.start()):  # “P”项目获资助800万元
                facts += [Fact("FUNDS", ctx.funder, o.name, "funds:call", 0.6)
                          for o in beneficiaries if lo <= o.start < cue.start() and o.label == "Project"]
            continue
        funder = before[-1]
        after = [o for o in beneficiaries if o.start >= cue.end() and (o.start < hi or cue.re is _FUND_RE)]
        towards = [o for o in orgs if o.label in _BENEFICIARIES + ORG_LABELS and funder.end <= o.start < cue.start()
                   and _TOWARDS_RE.search(s, funder.end, o.start)]  # 向山东大学捐赠 / 对学院给予支持: any organisation
        earlier = [o for o in beneficiaries if o.end <= funder.start]
        if _RECEIVED_RE.search(s, 0, funder.start):  # P获X资助 / 医院还有2项课题获X资助: the receiver is written first
            targets = earlier[-1:] or [o for o in orgs if o.label in ORG_LABELS and lo <= o.start and o.end <= funder.start
                                       and "“" not in s[o.end:funder.start]][-1:]  # not the authors of a “work” funded
        else:
            subject = earlier[:1] if cue.re is _GIVES_RE or earlier and earlier[0].start == 0 else []
            subject = earlier[-1:] if cue.re is _GIVES_RE and cue.group("matching") else subject
            named = [o for o in beneficiaries if funder.end <= o.start and o.end <= cue.start()] \
                if _MONEY_RE.search(cue.group()) else []  # X将该平台列入…，并给予500万元经费支持
            targets = towards or after or named[:1] or subject  # 中心…，其中X资助800万元: the sentence is about the centre
        facts += [Fact("FUNDS", funder.name, t.name, "funds:cue", 0.6) for t in targets]
    return facts


def invests(s: str, orgs: list[Resolved], ctx: Context) -> list[Fact]:
    """X领投、Y跟投 (investors right before their cue) into the company the sentence is about, or X投资Y."""
    cues = list(_INVEST_RE.finditer(s))
    companies = [o for o in orgs if o.label == "Company"]
    raising = _RAISING_RE.search(s)
    if raising:  # 术思智能宣布完成A轮融资: later 领投/跟投 without a company named are into it
        ctx.raising = next((o.name for o in reversed(companies) if o.end <= raising.start()), ctx.raising)
    round_cues = [c for c in cues if _ROUND_CUE_RE.fullmatch(c.group())]
    investors = [o for c in round_cues  # A、B跟投 / 老股东D继续加注
                 for o in listed_orgs(s, companies, _ROUND_ADVERB_RE.search(s, 0, c.start()).start())]
    lenders = {o.name for o in investors}
    others = [o for o in companies if o.name not in lenders]
    named = [o.name for c in round_cues for o in others  # X领投B公司的A轮融资: the company after the cue
             if o.start >= c.end() and clause_span(s, c.start()) == clause_span(s, o.start)]
    funded = named or [ctx.raising] * bool(ctx.raising and round_cues) or [o.name for o in others]
    facts = [Fact("INVESTS_IN", i.name, funded[0], "invests_in:round", 0.7)
             for i in dict.fromkeys(investors) if funded and i.name != funded[0]]
    for t in others if "对" in s else ():  # B完成了对A的战略投资: B, the last company before 对, into A
        if s.startswith("对", t.start - 1) and _INVESTED_IN_RE.match(s, t.end):
            facts += [Fact("INVESTS_IN", b.name, t.name, "invests_in:towards", 0.6)
                      for b in [o for o in companies if o.end < t.start and o.name != t.name
                                and clause_span(s, o.start) == clause_span(s, t.start)][-1:]]
    if facts:
        return facts
    if cues and companies:
        before = [o for o in companies if o.end <= cues[0].start()]
        after = [o for o in companies if o.start >= cues[0].end()]
        if before and after:
            return [Fact("INVESTS_IN", before[-1].name, a.name, "invests_in:cue", 0.6) for a in after]
    return []
