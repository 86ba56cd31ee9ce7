"""How labels, relationship types and communities look on the page (one place, so the
legend and the drawing can never disagree)."""
from __future__ import annotations

from medkg.graph.model import SYMMETRIC

#: Canvas and page font: the first CJK face the reader's machine has wins.
CJK_FONT_STACK = ('"Noto Sans CJK SC", "Source Han Sans SC", "PingFang SC", '
                  '"Microsoft YaHei", "WenQuanYi Zen Hei", sans-serif')

#: label -> (fill colour, vis-network shape, Chinese caption). Shapes are the ones vis
#: sizes by ``size`` so degree/centrality stays visible whatever the shape.
LABEL_STYLE: dict[str, tuple[str, str, str]] = {
    "University": ("#3b6fd8", "dot", "大学"),
    "Hospital": ("#d94848", "square", "医院"),
    "Company": ("#2f9e62", "diamond", "企业"),
    "Platform": ("#8e4fc9", "hexagon", "平台"),
    "Agency": ("#c98a12", "triangle", "机构"),
    "Person": ("#5f6b7a", "triangleDown", "人物"),
    "Project": ("#1b9aaa", "star", "项目"),
}

#: type -> (line colour, dash pattern or [] for solid, width, Chinese caption).
REL_STYLE: dict[str, tuple[str, list[int], float, str]] = {
    "CO_FOUNDED": ("#8e4fc9", [], 2.0, "共建"),
    "FUNDS": ("#c98a12", [], 1.5, "资助"),
    "SUPERVISES": ("#7a5c3e", [2, 4], 1.0, "指导/主管"),
    "PARTNERS_WITH": ("#2f9e62", [], 2.5, "合作"),
    "WORKS_AT": ("#98a2ad", [], 1.0, "任职"),
    "LEADS": ("#1b9aaa", [], 1.5, "负责"),
    "AFFILIATED_WITH": ("#d94848", [], 2.0, "附属"),
    "PART_OF": ("#3b6fd8", [8, 3], 1.0, "隶属"),
    "MEMBER_OF": ("#b05fa6", [1, 3], 1.5, "成员"),
    "INVESTS_IN": ("#5c8a1f", [], 1.5, "投资"),
    "GAP_CANDIDATE": ("#f07f13", [7, 6], 2.0, "潜在合作(预测)"),
}

#: Colours handed out to communities in order of size; more communities reuse them.
COMMUNITY_PALETTE = (
    "#1f77b4", "#ff7f0e", "#2ca02c", "#d62728", "#9467bd", "#8c564b", "#e377c2",
    "#7f7f7f", "#bcbd22", "#17becf", "#393b79", "#ad494a", "#637939", "#7b4173",
    "#3182bd", "#e6550d", "#31a354", "#756bb1", "#636363", "#843c39",
)


#: Paint around a fill: plain, marked (search match or highlighted path) or dimmed (outside
#: a highlighted path). Read by drawing.py for the first look and by explorer.js on toggles.
PAINT = {
    "border": "#2b3440", "mark": "#111111", "font": "#1d2733",
    "dim": "rgba(190,196,204,0.35)", "dimFont": "rgba(80,90,100,0.35)", "noCommunity": "#c4cad2",
}


def community_colour(rank: int) -> str:
    """The colour of the ``rank``-th largest community."""
    return COMMUNITY_PALETTE[rank % len(COMMUNITY_PALETTE)]


def style_table() -> dict:
    """The style as the page's script reads it."""
    return {
        "font": CJK_FONT_STACK,
        "labels": {label: {"color": c, "shape": s, "caption": cap}
                   for label, (c, s, cap) in LABEL_STYLE.items()},
        "rels": {rel: {"color": c, "dashes": d, "width": w, "caption": cap,
                       "arrows": rel not in SYMMETRIC}
                 for rel, (c, d, w, cap) in REL_STYLE.items()},
        "paint": PAINT,
    }
