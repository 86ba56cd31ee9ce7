"""Generic phrases that are no organisations or people, and real names next to them.
Every sentence here is invented for these tests."""
from __future__ import annotations

from pathlib import Path

from medkg.loaders.extract import extract_graph
from medkg.loaders.extract.gazetteer import builtin
from medkg.loaders.extract.organisations import SentenceOrgs, stop_mask
from medkg.loaders.extract.people import SentencePeople
from medkg.loaders.readers import read_document


def _orgs(sentence: str) -> list[str]:
    return [m.surface for m in SentenceOrgs(sentence, builtin()).mentions() if not m.generic]


def _people(sentence: str) -> list[str]:
    orgs = SentenceOrgs(sentence, builtin()).mentions()
    return [p.name for p in SentencePeople(sentence, orgs, stop_mask(sentence)).mentions()]


def test_a_verb_or_adverb_before_a_bare_suffix_makes_no_name():
    assert _orgs("留校以后，他仍常回实验室指导学生。") == []
    assert _orgs("园区企业将优先承接实验室的技术成果。") == []
    assert _orgs("这轮融资将帮助公司扩建产线。") == []


def test_a_description_before_hospital_makes_no_name():
    assert _orgs("团队与多家市属医院和三级医院开展试点。") == []
    assert _orgs("产品已进入国内顶尖眼科医院。") == []
    assert _orgs("该院是北岭大学直属附属医院。") == ["北岭大学"]
    assert _orgs("北岭大学附属第二医院参与试点。") == ["北岭大学附属第二医院"]


def test_a_university_town_is_no_second_university():
    assert _orgs("论坛在江城理工大学大学城校区举行。") == ["江城理工大学"]


def test_that_generation_is_no_person():
    assert _people("师傅那一代人靠经验，这一代人靠数据。") == []
    assert _people("方立教授说，老师那一代人靠手。") == ["方立"]


def _triples(path: Path, text: str) -> set[tuple[str, str, str]]:
    path.write_text(text, encoding="utf-8")
    graph = extract_graph(read_document(path))
    names = {uid: node.name for uid, node in graph.nodes.items()}
    return {(r.type, names[r.start], names[r.end]) for r in graph.relationships.values()}


_SCHOOL_REPORT = """江城理工大学信息与医学工程学院 2024 年度科研工作总结

一、合作项目

学院全年新增医工交叉合作项目两项，江城第二人民医院是学院的长期合作伙伴。

项目名称                  负责人     合作单位                资助来源            年度
柔性脑电采集系统研制      方立新     江城第二人民医院        江城市科学技术局    2024
可穿戴步态评估设备开发    韩静怡     北岭医疗科技有限公司    江城市科学技术局    2024
睡眠呼吸 AI 监测算法      方立新     江城第二人民医院        国家自然科学基金    2024
"""


def test_a_schools_report_title_makes_the_school_partner_of_its_tables_partners(tmp_path):
    partners = {(s, o) for t, s, o in _triples(tmp_path / "report.txt", _SCHOOL_REPORT) if t == "PARTNERS_WITH"}
    assert {frozenset(p) for p in partners} == {
        frozenset(("江城理工大学信息与医学工程学院", "江城第二人民医院")),
        frozenset(("江城理工大学信息与医学工程学院", "北岭医疗科技有限公司"))}


def test_a_pdf_tables_space_between_chinese_and_latin_is_no_part_of_a_project_name(tmp_path):
    led = {o for t, s, o in _triples(tmp_path / "report.txt", _SCHOOL_REPORT) if t == "LEADS"}
    assert "睡眠呼吸AI监测算法" in led


def test_a_named_universitys_research_office_is_no_unit_but_a_named_institute_is():
    assert _orgs("签约仪式由江城大学科学技术研究院院长方立主持。") == ["江城大学"]
    assert _orgs("甘南省医学科学研究院与江城大学萨本栋纳米科学技术研究院签约。") == [
        "甘南省医学科学研究院", "江城大学萨本栋纳米科学技术研究院"]


def test_a_two_character_short_form_inside_a_word_is_no_name():
    assert _orgs("团队在集成电路与医学影像方向积累深厚。") == []
    assert _orgs("会议由西电主持，北邮人工智能学院参加。")[0] == "西电"


def test_a_company_called_by_its_trade_name_and_gongsi_is_the_registered_company(tmp_path):
    text = "项目由江城大学和深圳北科高技术股份有限公司共同实施。课题由北科公司副总经理方立牵头。"
    found = _triples(tmp_path / "story.txt", text)
    assert ("WORKS_AT", "方立", "深圳北科高技术股份有限公司") in found
    assert not any("北科公司" in (s, o) for _, s, o in found)
