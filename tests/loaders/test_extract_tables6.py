"""Project tables read out of PDF-style text: a 序号 column, a header whose names sit one space
apart, and a funding column saying only that a company commissioned the project. Every text
here is invented for these tests."""
from __future__ import annotations

from pathlib import Path

from medkg.loaders.extract import extract_graph
from medkg.loaders.extract.projects import rows_from_tables
from medkg.loaders.readers import read_bytes
from test_extract_tables5 import _relations

REPORT = "\n".join([
    "江城大学附属第一医院2024年度科技工作报告",
    "",
    "医院与江城理工大学签署合作协议，共同推进医工交叉研究。",
    "",
    "序号 项目名称                 负责人  合作单位              资助来源          年度",
    "1    柔性电极阵列研制         方立新  北岭医疗器械          企业横向          2024",
    "                                      股份有限公司",
    "2    步态评估算法研究         闻佳    江城理工大学          江城市科学技术局  2023",
    "3    助行器临床评价           高原    江城医科大学          江城市科学技术局  2023",
    "",
    "下一步，医院将扩大合作。",
])


def test_a_commissioned_project_is_funded_by_the_rows_partner_company():
    header = ["项目名称", "负责人", "合作单位", "资助来源"]
    (row,) = rows_from_tables([[header, ["柔性电极阵列研制", "方立新", "北岭医疗器械股份有限公司", "企业横向"]]])
    assert row.funders == ["北岭医疗器械股份有限公司"] and row.kind == "企业横向"
    (row,) = rows_from_tables([[header, ["步态评估算法研究", "闻佳", "江城理工大学", "横向委托"]]])
    assert row.funders == [] and row.kind == "横向委托"


def test_numbered_rows_under_a_header_with_one_space_gaps_give_leaders_partners_and_funders():
    relations = _relations(extract_graph(read_bytes(Path("report.txt"), REPORT.encode("utf-8"))))
    hospital = "江城大学附属第一医院"
    assert {("方立新", "LEADS", "柔性电极阵列研制"), ("闻佳", "LEADS", "步态评估算法研究"),
            ("北岭医疗器械股份有限公司", "FUNDS", "柔性电极阵列研制"),
            ("江城市科学技术局", "FUNDS", "助行器临床评价"),
            (hospital, "PARTNERS_WITH", "北岭医疗器械股份有限公司"),
            (hospital, "PARTNERS_WITH", "江城医科大学")} <= relations
