"""The generated Chinese news corpus the extraction and load benchmarks read.

Documents of about 20 KB mix fact blocks (signings, unveilings, alliances with member lists,
appointments, funded projects, joint institutes with a declared short form, project tables,
PDF copies with hard line wraps) with fact-free news prose (background, quotes, outlook), the
way news pages and reports do. ``fact_share`` is the share of the text, in bytes, that carries
facts. Its default is calibrated so that the corpus has about the density of entities and
relationships of the real documents in ../shared/seeds, a little denser (measured by
:func:`density`: 4.4 nodes and 4.6 relationships per KB against the seeds' 3.8 and 3.7, counted
per document); ``fact_share=1`` gives a corpus of facts only, four times denser: the worst case.

A quarter of the files are GBK-encoded, as older pages and exports are.
"""
from __future__ import annotations

import random
from collections.abc import Iterable
from pathlib import Path

from medkg.graph.model import Graph
from medkg.loaders.extract import extract_graph
from medkg.loaders.readers import read_document

#: Share of the text that carries facts, so that the corpus is about as dense as the seeds.
SEED_LIKE_FACT_SHARE = 0.2
DOC_BYTES = 20_000

SURNAMES = "王李张刘陈杨赵黄周吴徐孙胡朱高林何郭马罗梁宋郑谢韩唐冯于董萧程曹袁邓许傅沈曾彭吕"
GIVEN = "国明华建文志伟秀英芳军平海东晓宇思远雅琴博立新涛静磊洋勇艳杰娟强"
CITIES = ["江宁", "滨州", "临海", "岳阳", "汉中", "北川", "云岭", "青田", "长宁", "安庆"]
UNIVERSITIES = ["天津大学", "北京航空航天大学", "浙江大学", "华中科技大学", "四川大学", "山东大学", "东南大学", "厦门大学",
                "{c}理工大学", "{c}医科大学"]
FUNDERS = ["国家自然科学基金", "科技部", "{c}市科委", "{c}市卫健委", "省科技厅"]
FACTS = [
    "{d}，{u}与{h}签署医工交叉战略合作协议，双方将共建“{p}”。{u}校长{n1}、{h}院长{n2}出席签约仪式并致辞。",
    "{u}党委书记{n1}，{h}党委副书记、院长{n2}共同为“{p}”揭牌，仪式由{u}副校长{n3}主持。",
    "由{u}牵头，联合{h}、{c}市第一人民医院共同发起的{c}医工交叉创新联盟在{c}成立，联盟首批成员单位包括{h}、{c}市中心医院等30家单位。",
    "{n1}教授团队“{proj}”项目获得国家自然科学基金资助，{u}医学院副院长{n2}表示将持续支持。",
    "据介绍，{u}近年来先后成立了{c}研究院和智能医学工程学院，形成了“三大平台”协同发展的格局，助力{c}科创中心建设。",
    "{h}（以下简称“{c}医院”）与{u}在{c}医院举行合作签约仪式，{n1}任研究院常务副院长。",
    "会议由{u}{c}学院院长{n1}主持，{u}副校长{n2}、{h}副院长{n3}等参加会议，与会代表围绕医工交叉人才培养进行了深入交流。",
    "{c}{firm}科技有限公司宣布投资{p}，首期投入研发经费{m}万元，由{n1}教授牵头组建团队。",
    "{f}批准{u}牵头的“{proj}”项目立项，项目负责人为{n2}，合作医院为{h}。",
]
TABLE_ROW = "{i} {n1} {h}\n{proj}\n横向 {f} 20{y1:02d}-20{y2:02d} 进行中"
#: Fact-free prose, composed from parts so that it does not repeat one sentence.
OPENINGS = ["会上，", "他表示，", "近年来，", "下一步，", "据了解，", "活动现场，", "与会专家认为，", "她指出，", "在交流环节，"]
TOPICS = ["医学与工学的深度融合", "临床需求牵引的技术攻关", "高端医疗装备的自主创新", "医工交叉人才的培养",
          "科研成果的转化应用", "智能诊疗与康复辅具的研发", "医学影像分析算法的临床验证", "多学科团队的协同攻关"]
CLAIMS = ["是医疗器械创新的必由之路", "需要从临床真实问题出发", "已经取得了一批阶段性成果", "仍面临周期长、投入大的挑战",
          "离不开长期稳定的支持", "将惠及更多基层患者", "正在进入快车道", "需要更加开放的合作机制"]
TAILS = ["，只有坚持问题导向，才能做出医生用得顺、患者用得起的产品。", "，力争在若干年内产出一批具有核心技术价值的原创成果。",
         "，与会代表围绕相关议题进行了深入交流和热烈讨论。", "，相关工作将按照既定计划稳步推进。", "。",
         "，这也是本次活动希望传递的信号。", "，下一阶段还将继续完善评价体系和激励机制。"]


def _name(rng: random.Random) -> str:
    return rng.choice(SURNAMES) + "".join(rng.choice(GIVEN) for _ in range(rng.choice((1, 2))))


def _fill(rng: random.Random, template: str, **extra: object) -> str:
    c = rng.choice(CITIES)
    return template.format(
        d=f"{rng.randint(2015, 2025)}年{rng.randint(1, 12)}月{rng.randint(1, 28)}日", c=c,
        u=rng.choice(UNIVERSITIES).format(c=c), h=f"{rng.choice(UNIVERSITIES).format(c=c)}附属{c}医院",
        p=f"{c}智能医学{rng.choice(['联合实验室', '创新中心', '研究院'])}", firm=rng.choice(["医疗", "康复", "影像"]),
        n1=_name(rng), n2=_name(rng), n3=_name(rng), m=rng.randint(100, 5000),
        proj=f"{c}{rng.choice(['手术机器人', '医学影像', '康复外骨骼'])}关键技术研究", f=rng.choice(FUNDERS).format(c=c),
        **extra)


def _prose(rng: random.Random) -> str:
    return "".join(rng.choice(OPENINGS) + rng.choice(TOPICS) + rng.choice(CLAIMS) + rng.choice(TAILS)
                   for _ in range(rng.randint(2, 4))) + "\n"


def _facts(rng: random.Random) -> str:
    if rng.random() < 0.1:
        rows = [_fill(rng, TABLE_ROW, i=i, y1=rng.randint(10, 20), y2=rng.randint(21, 25)) for i in range(1, 8)]
        return "项目列表\n序号 负责人 合作医院 项目名称 类型 资金来源 起止年份 状态\n" + "\n".join(rows) + "\n"
    block = _fill(rng, rng.choice(FACTS))
    if rng.random() < 0.25:  # a PDF copy: hard line wraps every 38 characters
        block = "\n".join(block[i:i + 38] for i in range(0, len(block), 38))
    return block + "\n"


def document_text(rng: random.Random, size: int, fact_share: float) -> str:
    """About ``size`` bytes of UTF-8 text, ``fact_share`` of them in fact blocks."""
    parts: list[str] = []
    facts = prose = 0
    while facts + prose < size:
        if facts <= fact_share * (facts + prose):
            block = _facts(rng)
            facts += len(block.encode("utf-8"))
        else:
            block = _prose(rng)
            prose += len(block.encode("utf-8"))
        parts.append(block)
    return "".join(parts)


def generate(folder: Path, total_bytes: int, fact_share: float = SEED_LIKE_FACT_SHARE, seed: int = 7) -> int:
    """Write documents of about DOC_BYTES into ``folder`` until ``total_bytes``; returns the
    corpus size in bytes of UTF-8 text."""
    rng = random.Random(seed)
    size = i = 0
    while size < total_bytes:
        text = document_text(rng, DOC_BYTES, fact_share)
        encoding = "gbk" if i % 4 == 2 else "utf-8"
        Path(folder, f"doc{i:04d}.txt").write_bytes(text.encode(encoding))
        size += len(text.encode("utf-8"))
        i += 1
    return size


def density(graphs: Iterable[Graph], size: int) -> str:
    """Nodes and relationships per KB of text, counted per document (before merging)."""
    nodes = rels = 0
    for graph in graphs:
        nodes += len(graph.nodes)
        rels += len(graph.relationships)
    return f"{nodes / (size / 1e3):.1f} nodes and {rels / (size / 1e3):.1f} relationships per KB"


def seed_density() -> str:
    """The same density measured on ../shared/seeds, when it is beside the checkout."""
    seeds = Path(__file__).resolve().parents[2] / "shared" / "seeds"
    if not seeds.is_dir():
        return "../shared/seeds not found"
    documents = [read_document(f) for f in sorted(seeds.iterdir()) if f.is_file()]
    return density((extract_graph(d) for d in documents), sum(len(d.text.encode("utf-8")) for d in documents))
