"""Name forms and list shapes of unseen news pages: 创新联合体, quoted joint centres under a university,
member lists with bracketed short forms, companies with a bracket inside the name. Invented sentences."""
from __future__ import annotations

from medkg.graph.model import Graph
from medkg.loaders.document import SourceDocument
from medkg.loaders.extract import extract_graph


def graph_of(text: str) -> Graph:
    return extract_graph(SourceDocument(doc_id="t", path="t.txt", format="txt", text=text))


def triples(text: str) -> set[tuple[str, str, str]]:
    graph = graph_of(text)
    names = {uid: node.name for uid, node in graph.nodes.items()}
    return {(r.type, names[r.start], names[r.end]) for r in graph.relationships.values()}


def of_type(text: str, kind: str) -> set[tuple[str, str]]:
    return {(s, o) for t, s, o in triples(text) if t == kind}


def names(text: str, label: str) -> set[str]:
    return {n.name for n in graph_of(text).nodes.values() if n.label == label}


UNION = "由江南大学牵头，苏州大学共同发起的“江苏康复器械创新联合体”成立大会召开。"


def test_innovation_union_is_a_platform_with_founders():
    assert "江苏康复器械创新联合体" in names(UNION, "Platform")
    assert ("苏州大学", "江苏康复器械创新联合体") in of_type(UNION, "CO_FOUNDED")


def test_member_list_reads_through_bracketed_short_forms():
    text = UNION + ("会议宣读了首批成员单位名单。首批成员单位共4家，包括：南京大学医学院附属鼓楼医院（鼓楼医院）、"
                    "苏州大学附属第二医院（苏大二院）、无锡华宇科技（集团）有限公司、常州康拓医疗器械股份有限公司。")
    members = {m for m, _ in of_type(text, "MEMBER_OF")}
    assert members == {"南京大学医学院附属鼓楼医院", "苏州大学附属第二医院", "无锡华宇科技(集团)有限公司",
                       "常州康拓医疗器械股份有限公司"}


def test_company_name_keeps_a_bracket_inside():
    text = "本轮融资由杭州智医（浙江）医疗器械股份有限公司参与。"
    assert "杭州智医(浙江)医疗器械股份有限公司" in names(text, "Company")


def test_quoted_joint_centre_under_a_university_keeps_a_generic_core():
    text = "双方将共建“浙江大学智能医疗装备联合研发中心”，中心主任由浙江大学教授周子墨担任。"
    assert ("浙江大学智能医疗装备联合研发中心", "浙江大学") in of_type(text, "PART_OF")
    assert ("周子墨", "浙江大学智能医疗装备联合研发中心") in of_type(text, "LEADS")


def test_unquoted_generic_centre_under_a_university_stays_out():
    assert not names("浙江大学医疗中心近日开放。", "Platform")
