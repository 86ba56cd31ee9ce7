"""Tables a reader found in plain text: project rows without a 序号 column, and platforms listed
with their 依托单位. Every text here is invented for these tests."""
from __future__ import annotations

from pathlib import Path

from medkg.loaders.extract import extract_graph
from medkg.loaders.extract.projects import hosted_facts, hosted_rows
from medkg.loaders.readers import read_bytes

REPORT = "\n".join([
    "江城大学附属第一医院2024年度科技工作报告",
    "",
    "医院与江城理工大学签署合作协议，共同推进医工交叉研究。",
    "",
    "项目名称                    负责人  合作单位                资助来源            年度",
    "柔性电子皮肤贴片研制        方立新  江城理工大学材料学院    国家自然科学基金委员会  2023",
    "术后康复步态评估系统        闻佳    北岭医疗科技有限公司    北岭医疗（横向）    2024",
    "",
    "下一步，医院将扩大合作。",
])


def _relations(graph) -> set[tuple[str, str, str]]:
    names = {uid: node.name for uid, node in graph.nodes.items()}
    found = {(names[r.start], r.type, names[r.end]) for r in graph.relationships.values()}
    return found | {(b, t, a) for a, t, b in found if t == "PARTNERS_WITH"}


def test_rows_of_a_space_aligned_table_without_numbers_are_projects_with_leaders_partners_and_funders():
    graph = extract_graph(read_bytes(Path("report.txt"), REPORT.encode("utf-8")))
    relations = _relations(graph)
    hospital = "江城大学附属第一医院"
    assert {("方立新", "LEADS", "柔性电子皮肤贴片研制"), ("闻佳", "LEADS", "术后康复步态评估系统"),
            ("国家自然科学基金委员会", "FUNDS", "柔性电子皮肤贴片研制"), ("北岭医疗科技有限公司", "FUNDS", "术后康复步态评估系统"),
            (hospital, "PARTNERS_WITH", "北岭医疗科技有限公司")} <= relations
    assert any(t == "PARTNERS_WITH" and hospital in (a, b) and "材料学院" in a + b for a, t, b in relations)
    years = {node.name: (node.properties.get("year"), node.properties.get("kind"))
             for node in graph.nodes.values() if node.label == "Project"}
    assert years == {"柔性电子皮肤贴片研制": (2023, None), "术后康复步态评估系统": (2024, "横向")}
    assert not any("材料学院国家" in node.name or "有限公司北岭" in node.name for node in graph.nodes.values())


PLATFORMS = [["序号", "平台名称", "依托单位"],
             ["1", "江城市智能康复工程技术研究中心", "江城理工大学附属第二医院"],
             ["2", "江城市医用材料重点实验室", "江城大学"]]
PROJECTS = [["项目名称", "负责人", "依托单位"], ["步态评估系统研制", "闻佳", "江城大学"]]


def test_a_table_of_platforms_and_their_hosts_is_read_and_a_project_table_is_not():
    rows = hosted_rows([PLATFORMS, PROJECTS])
    assert [(row.platform, row.host) for row in rows] == [
        ("江城市智能康复工程技术研究中心", "江城理工大学附属第二医院"), ("江城市医用材料重点实验室", "江城大学")]


def _facts(text: str, issuer: str) -> set[tuple[str, str, str]]:
    found = hosted_facts([PLATFORMS], text, issuer, lambda cell, sent: cell)
    return {(fact.source, fact.type, fact.target) for fact, _ in found}


def test_listed_platforms_are_part_of_their_hosts_and_supervised_and_funded_by_the_agency_recognising_them():
    text = ("江城市科学技术局决定认定“江城市智能康复工程技术研究中心”等2家平台为市级创新平台。"
            "市科学技术局将对每个新认定平台给予一次性建设经费支持。")
    agency = "江城市科学技术局"
    assert _facts(text, agency) == {
        ("江城市智能康复工程技术研究中心", "PART_OF", "江城理工大学附属第二医院"),
        ("江城市医用材料重点实验室", "PART_OF", "江城大学"),
        (agency, "SUPERVISES", "江城市智能康复工程技术研究中心"), (agency, "SUPERVISES", "江城市医用材料重点实验室"),
        (agency, "FUNDS", "江城市智能康复工程技术研究中心"), (agency, "FUNDS", "江城市医用材料重点实验室")}
    plain = {f for f in _facts("两家平台运行良好。", agency)}
    assert {t for _, t, _ in plain} == {"PART_OF"}
    assert {t for _, t, _ in _facts(text, "")} == {"PART_OF"}
