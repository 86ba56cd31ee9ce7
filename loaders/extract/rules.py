"""The sentence rules in the order they run: partners first (双方 later in the sentence means them)."""
from __future__ import annotations

from .money import funds, invests
from .relations import ALLIANCE_RE, BOTH_RE, Context, Fact, Resolved, co_builders, co_founded, hosted, members, partners, project_partners, supervises

RULES = (project_partners, co_founded, co_builders, members, funds, invests, supervises, hosted)


def sentence_facts(s: str, orgs: list[Resolved], ctx: Context) -> list[Fact]:
    """Partners first: 双方 later in the same sentence means them."""
    if not orgs and not BOTH_RE.search(s):  # most prose: no rule relates nothing (双方 means the last partners)
        ctx.last_parties = []
        return []
    out = partners(s, orgs, ctx)
    parties = [n for f in out for n in (f.source, f.target)]
    ctx.last_parties = list(dict.fromkeys(parties)) or ctx.last_parties
    for rule in RULES:
        out.extend(rule(s, orgs, ctx))
    for o in orgs:
        if o.label == "Platform":
            ctx.platform = o.name
            ctx.alliance = o.name if ALLIANCE_RE.search(o.name) else ctx.alliance
    # 双方 in the next sentence: this sentence's partners, or the same pair when this one only speaks of 双方
    ctx.last_parties = list(dict.fromkeys(parties)) or ctx.last_parties * bool(BOTH_RE.search(s))
    for f in out:
        if f.type == "PARTNERS_WITH" and ctx.main in (f.source, f.target):
            ctx.counterpart = f.target if f.source == ctx.main else f.source
    return out
