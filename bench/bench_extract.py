"""Throughput of extract_graph on a generated Chinese news corpus, in KB/s per core.

    .venv/bin/python bench/bench_extract.py [--mb 10] [--doc-kb 20] [--seed 7]

Builds documents of about ``--doc-kb`` KB each from news-style templates (signings, joint
institutes, alliances with member lists, appointments, project tables, PDF line wraps) mixed
with fact-free news prose (``--filler``, default half of the blocks) until ``--mb`` MB of UTF-8 text, then runs extraction on one core and prints KB/s of source text
(issue 4's target: >= 300 KB/s per core end to end) and what was found.
"""
from __future__ import annotations

import argparse
import random
import time

from medkg.loaders.document import SourceDocument
from medkg.loaders.extract import extract_graph

SURNAMES = "王李张刘陈杨赵黄周吴徐孙胡朱高林何郭马罗梁宋郑谢韩唐冯于董萧程曹袁邓许傅沈曾彭吕"
GIVEN = "国明华建文志伟秀英芳军平海东晓宇思远雅琴博立新涛静磊洋勇艳杰娟强"
CITIES = ["江宁", "滨州", "临海", "岳阳", "汉中", "北川", "云岭", "青田", "长宁", "安庆"]
UNIVERSITIES = ["天津大学", "北京航空航天大学", "浙江大学", "华中科技大学", "四川大学", "山东大学", "东南大学", "厦门大学"]
FUNDERS = ["国家自然科学基金", "科技部", "{c}市科委", "{c}市卫健委", "省科技厅"]
TEMPLATES = [
    "{d}，{u}与{h}签署医工交叉战略合作协议，双方将共建“{p}”。{u}校长{n1}、{h}院长{n2}出席签约仪式并致辞。",
    "{u}党委书记{n1}，{h}党委副书记、院长{n2}共同为“{p}”揭牌，仪式由{u}副校长{n3}主持。",
    "由{u}牵头，联合{h}、{c}市第一人民医院共同发起的{c}医工交叉创新联盟在{c}成立，联盟首批成员单位包括{h}、{c}市中心医院等30家单位。",
    "{n1}教授团队“{proj}”项目获得国家自然科学基金资助，{u}医学院副院长{n2}表示将持续支持。",
    "据介绍，{u}近年来先后成立了{c}研究院和智能医学工程学院，形成了“三大平台”协同发展的格局，助力{c}科创中心建设。",
    "{h}（以下简称“{c}医院”）与{u}在{c}医院举行合作签约仪式，{n1}任研究院常务副院长。",
    "会议由{u}{c}学院院长{n1}主持，{u}副校长{n2}、{h}副院长{n3}等参加会议，与会代表围绕医工交叉人才培养进行了深入交流。",
]
#: Prose around the facts, as in real news (background, quotes, outlook): no organisation or person.
FILLER = [
    "会上，与会专家围绕医工交叉人才培养、临床需求转化和高端医疗装备国产化等议题进行了深入交流和热烈讨论。",
    "他表示，医学与工学的深度融合是医疗器械创新的必由之路，只有从临床真实问题出发，才能做出医生用得顺、患者用得起的产品。",
    "近年来，我国医疗器械产业营收持续增长，高端影像设备、手术机器人和植入器械等领域的自主创新能力显著提升。",
    "下一步，双方将围绕重大疾病防治需求，布局一批重点项目，力争在若干年内产出一批具有核心技术价值的原创成果。",
    "活动现场还设置了成果展示区，集中展示了智能诊疗、康复辅具、医学影像分析等方向的最新研究进展。",
]
TABLE_ROW = "{i} {n1} {h}\n{proj}\n横向 {f} 20{y1:02d}-20{y2:02d} 进行中"


def _name(rng: random.Random) -> str:
    return rng.choice(SURNAMES) + "".join(rng.choice(GIVEN) for _ in range(rng.choice((1, 2))))


def _fill(rng: random.Random, template: str, **extra) -> str:
    c = rng.choice(CITIES)
    return template.format(
        d=f"{rng.randint(1, 12)}月{rng.randint(1, 28)}日", u=rng.choice(UNIVERSITIES), c=c,
        h=f"{rng.choice(UNIVERSITIES)}附属{c}医院", p=f"{c}智能医学{rng.choice(['联合实验室', '创新中心', '研究院'])}",
        n1=_name(rng), n2=_name(rng), n3=_name(rng), proj=f"{c}{rng.choice(['手术机器人', '医学影像', '康复外骨骼'])}关键技术研究",
        f=rng.choice(FUNDERS).format(c=c), **extra)


def document(rng: random.Random, size: int, filler: float) -> str:
    parts: list[str] = []
    total = 0
    while total < size:
        if rng.random() < 0.1:
            rows = [_fill(rng, TABLE_ROW, i=i, y1=rng.randint(10, 20), y2=rng.randint(21, 25)) for i in range(1, 8)]
            block = "项目列表\n序号 负责人 合作医院 项目名称 类型 资金来源 起止年份 状态\n" + "\n".join(rows) + "\n"
        elif rng.random() < filler:
            block = rng.choice(FILLER)
        else:
            block = _fill(rng, rng.choice(TEMPLATES))
            if rng.random() < 0.25:  # a PDF copy: hard line wraps every 38 characters
                block = "\n".join(block[i:i + 38] for i in range(0, len(block), 38))
            block += "\n"
        parts.append(block)
        total += len(block.encode("utf-8"))
    return "".join(parts)


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    ap.add_argument("--mb", type=float, default=10.0)
    ap.add_argument("--doc-kb", type=int, default=20)
    ap.add_argument("--seed", type=int, default=7)
    ap.add_argument("--filler", type=float, default=0.5,
                    help="share of prose blocks with no facts (news pages are mostly such prose); 0 = facts only")
    args = ap.parse_args()
    rng = random.Random(args.seed)
    docs, total = [], 0
    while total < args.mb * 1024 * 1024:
        text = document(rng, args.doc_kb * 1024, args.filler)
        docs.append(SourceDocument(doc_id=f"bench{len(docs)}", path=f"bench{len(docs)}.txt", format="txt", text=text))
        total += len(text.encode("utf-8"))
    extract_graph(docs[0])  # warm-up: gazetteer and regexes compiled once
    nodes = rels = 0
    start = time.process_time()
    for doc in docs:
        graph = extract_graph(doc)
        nodes += len(graph.nodes)
        rels += len(graph.relationships)
    seconds = time.process_time() - start
    print(f"documents        {len(docs)} (prose share {args.filler:.0%})")
    print(f"source text      {total / 1024 / 1024:.1f} MB")
    print(f"cpu seconds      {seconds:.1f}")
    print(f"throughput       {total / 1024 / seconds:.0f} KB/s per core (target >= 300)")
    print(f"found            {nodes} nodes, {rels} relationships (per document, before merging)")


if __name__ == "__main__":
    main()
