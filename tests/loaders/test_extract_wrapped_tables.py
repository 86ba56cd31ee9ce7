"""PDF text of a column-layout table whose cells wrap: every line of a row crosses all the columns.
The table is invented for these tests."""
from __future__ import annotations

from medkg.loaders.document import SourceDocument
from medkg.loaders.extract import extract_graph
from medkg.loaders.extract.projects import text_table_rows, unwrap_columns

WRAPPED = """序号 负责人 合作医院 项目名称 类型 资金来源 起止 状态

1 吴海峰 湖南省人民医院 柔性外骨骼辅助的脑卒中后下肢 国家级 国家自然科

步态训练研究 学基金 2020.1-

2023.12 已结题

2 钱立群 湘雅医学科学院 慢性伤口感染的多组学

骨科医院 预测模型 横向 湘雅医学科 2021.3-

学院骨科医 2022.12 进行中

院

3 邓春梅 湖南大学附属第 可吸收骨钉的力学评价

二医院 与临床研究 省部级 湖南省科学 2022.7-

技术厅 2025.6 进行中
"""


def test_each_wrapped_cell_is_carried_on_by_the_next_lines():
    rows = {row.name: row for row, _, _ in text_table_rows(WRAPPED)[0]}
    assert set(rows) == {"柔性外骨骼辅助的脑卒中后下肢步态训练研究", "慢性伤口感染的多组学预测模型", "可吸收骨钉的力学评价与临床研究"}
    first = rows["柔性外骨骼辅助的脑卒中后下肢步态训练研究"]
    assert (first.partners, first.funders, first.kind, first.years, first.status) == (
        ["湖南省人民医院"], ["国家自然科学基金"], "国家级", "2020.1-2023.12", "已结题")
    second = rows["慢性伤口感染的多组学预测模型"]
    assert (second.partners, second.funders) == (["湘雅医学科学院骨科医院"], ["湘雅医学科学院骨科医院"])
    third = rows["可吸收骨钉的力学评价与临床研究"]
    assert (third.partners, third.funders) == (["湖南大学附属第二医院"], ["湖南省科学技术厅"])


def test_a_row_written_cell_after_cell_is_left_as_it_is():
    rest = "武汉同济医院\n基于深度学习的肺结节早期筛查\n系统研发 省部级 湖北省科技厅 2023.3-2026.2 进行中"
    assert unwrap_columns(rest) == rest


def test_the_running_header_of_a_newsletter_employs_the_table_leaders():
    text = ("湘江大学康复工程研究院\n医工融合简报（2024年第1期）\n\n研究院与湘雅医院、湖南省人民医院建立了合作关系。\n\n"
            "序号 负责人 合作医院 项目名称 类型 资金来源 起止 状态\n"
            "1 吴海峰 湘雅医院 外骨骼步态训练研究 国家级 国家自然科学基金 2020.1-2023.12 已结题\n"
            "2 钱立群 湖南省人民医院 伤口感染预测模型 横向 湖南省人民医院 2021.3-2022.12 进行中\n"
            "3 邓春梅 湘雅医院 可吸收骨钉力学评价 省部级 湖南省科学技术厅 2022.7-2025.6 进行中\n\n"
            "湘江大学康复工程研究院 医工融合简报\n")
    graph = extract_graph(SourceDocument(doc_id="t", path="t.txt", format="txt", text=text))
    names = {uid: node.name for uid, node in graph.nodes.items()}
    employers = {names[r.end] for r in graph.relationships.values() if r.type == "WORKS_AT" and names[r.start] == "吴海峰"}
    assert employers == {"湘江大学康复工程研究院"}
