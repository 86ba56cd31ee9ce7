"""PDF text of a column-layout table whose cells wrap: every line of a row crosses all the columns.
The table is invented for these tests."""
from __future__ import annotations

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
