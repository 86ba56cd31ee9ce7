"""Shapes of unseen project reports: numbered parts of a project named in quotes with who leads each,
and space-aligned project tables with a money column. Invented sentences."""
from __future__ import annotations

from medkg.graph.model import Graph
from medkg.loaders.document import SourceDocument
from medkg.loaders.extract import extract_graph


def graph_of(text: str) -> Graph:
    return extract_graph(SourceDocument(doc_id="t", path="t.txt", format="txt", text=text))


def of_type(graph: Graph, kind: str) -> set[tuple[str, str]]:
    names = {uid: node.name for uid, node in graph.nodes.items()}
    return {(names[r.start], names[r.end]) for r in graph.relationships.values() if r.type == kind}


def labelled(graph: Graph, label: str) -> dict[str, dict]:
    return {n.name: n.properties for n in graph.nodes.values() if n.label == label}


NUMBERED = ("项目下设三个课题：课题一“可降解支架材料表面改性”，由吴承泽负责；课题二“血管介入导管精密成形工艺”，"
            "由西安交通大学机械工程学院胡海峰教授负责；课题三“动物实验与临床前评价”，由浙江大学医学院附属邵逸夫医院心内科主任蒋雨晴牵头。")


def test_numbered_quoted_parts_are_projects_with_their_leaders():
    graph = graph_of(NUMBERED)
    assert {"可降解支架材料表面改性", "血管介入导管精密成形工艺", "动物实验与临床前评价"} <= set(labelled(graph, "Project"))
    assert {("吴承泽", "可降解支架材料表面改性"), ("胡海峰", "血管介入导管精密成形工艺"),
            ("蒋雨晴", "动物实验与临床前评价")} <= of_type(graph, "LEADS")


def test_a_quoted_slogan_after_a_number_word_is_not_a_project():
    graph = graph_of("双方约定把“临床问题”变成“科研课题”，第一批合作由蒋雨晴负责。")
    assert labelled(graph, "Project") == {}


SPACED = """表 3  在研项目一览
序号  项目名称                      负责人    资助来源                  经费（万元）
1     柔性电子皮肤压力传感阵列      方立诚    国家自然科学基金委员会    260
2     骨科导航配准算法优化          白雪松    浙江省科学技术厅          120
3     远程超声机器人控制系统        江慕白    杭州市科学技术局          80
"""


def test_space_aligned_table_with_a_unit_in_a_header_cell():
    graph = graph_of(SPACED)
    projects = labelled(graph, "Project")
    assert {"柔性电子皮肤压力传感阵列", "骨科导航配准算法优化", "远程超声机器人控制系统"} <= set(projects)
    assert projects["柔性电子皮肤压力传感阵列"]["amount"] == "260"
    assert ("方立诚", "柔性电子皮肤压力传感阵列") in of_type(graph, "LEADS")
    assert ("国家自然科学基金委员会", "柔性电子皮肤压力传感阵列") in of_type(graph, "FUNDS")


def persons(text: str) -> set[str]:
    return set(labelled(graph_of(text), "Person"))


def test_a_verb_after_a_name_is_not_part_of_it():
    assert "钱文博" in persons("影像组由华东理工大学信息学院教授钱文博领衔，临床组由瑞金医院负责。")
    assert "钱文" in persons("影像组由华东理工大学信息学院教授钱文领衔。")
    found = persons("会议宣布，聘任苗青为同济大学医学院副院长（挂职）。")
    assert "苗青" in found and "苗青为" not in found


def test_dotted_transliterated_names_are_whole():
    found = persons("喀什地区第一人民医院副院长古丽娜尔·吐尔逊当选副主任委员；艾克拜尔·阿不都同志任医院副院长。")
    assert {"古丽娜尔·吐尔逊", "艾克拜尔·阿不都"} <= found
    assert not {"古丽娜", "阿不都"} & found


def test_company_titles_introduce_people():
    assert "邵明川" in persons("启明创投合伙人邵明川表示，看好该赛道。")


def test_descriptive_hospital_phrases_are_not_hospitals():
    text = ("该产品已在全国四十余家三甲医院装机，并将推广到省内县级医院和基层医院；"
            "苏州大学附属第一医院是首批用户。")
    assert labelled(graph_of(text), "Hospital").keys() == {"苏州大学附属第一医院"}


def test_a_short_form_inside_a_region_word_is_not_matched():
    text = "会上，河北医大三院专家介绍了经验。"
    assert "北京大学医学部" not in {n.name for n in graph_of(text).nodes.values()}
    assert "北京大学医学部" in {n.name for n in graph_of("北医与清华大学签署协议。").nodes.values()}


def test_an_academy_institute_keeps_its_whole_name():
    graph = graph_of("浙江大学医学院附属第二医院与中国科学院长沙精密仪器研究所签署合作协议。")
    found = {n.name for n in graph.nodes.values()}
    assert "中国科学院长沙精密仪器研究所" in found
    assert ("中国科学院长沙精密仪器研究所", "中国科学院") in of_type(graph, "PART_OF")


def test_an_autonomous_region_agency_keeps_its_place():
    graph = graph_of("宁夏回族自治区卫生健康委员会副主任马丽娜·苏来曼出席会议。")
    assert "宁夏回族自治区卫生健康委员会" in labelled(graph, "Agency")
    assert ("马丽娜·苏来曼", "宁夏回族自治区卫生健康委员会") in of_type(graph, "WORKS_AT")


def test_a_dash_joined_joint_institute_keeps_both_founders_in_its_name():
    graph = graph_of("5月8日，浙江大学—浙江省人民医院智能诊疗联合研究院揭牌仪式在杭州举行。")
    platforms = labelled(graph, "Platform")
    assert "浙江大学—浙江省人民医院智能诊疗联合研究院" in platforms
    assert not [n for n in platforms if n != "浙江大学—浙江省人民医院智能诊疗联合研究院"]
    assert not {p for p, _ in of_type(graph, "PART_OF") if "联合研究院" in p}


def test_a_short_form_before_a_dash_is_no_founder_of_the_name():
    platforms = labelled(graph_of("华山医院—材料学院生物材料联合实验室揭牌。"), "Platform")
    assert not [n for n in platforms if "—" in n]


def test_a_conjunction_before_a_placed_name_separates_two_organisations():
    hospitals = labelled(graph_of("该中心由远见医疗与杭州市第一人民医院共同建设。"), "Hospital")
    assert "杭州市第一人民医院" in hospitals and not [n for n in hospitals if "与" in n]


def test_a_placed_platform_with_descriptive_words_is_named_when_it_is_unveiled():
    assert "湖南省医工交叉创新中心" in labelled(graph_of("中南大学与湖南大学签约暨湖南省医工交叉创新中心揭牌仪式举行。"), "Platform")
    assert not labelled(graph_of("该团队将积极申报湖南省医工交叉创新中心。"), "Platform")
