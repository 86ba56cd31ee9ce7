"""Words that are not names: verbs, conjunctions and descriptions absorbed into an organisation,
another company's short form inside a company name. Sentences are invented for these tests."""
from __future__ import annotations

import pytest

from medkg.loaders.document import SourceDocument
from medkg.loaders.extract import extract_graph


def names(text: str) -> set[str]:
    graph = extract_graph(SourceDocument(doc_id="t", path="t.txt", format="txt", text=text))
    return {node.name for node in graph.nodes.values()}


@pytest.mark.parametrize("text, junk", [
    ("湘江大学召开机械工程学院干部大会，宣布学院领导班子调整决定。", "湘江大学宣布学院"),
    ("湘江大学要加强与生物与医学工程学院的协同。", "湘江大学与生物与医学工程学院"),
    ("湘江大学在人才培养方面与医院开展合作。", "方面与医院"),
    ("希望联盟发挥高校和医院“双轮驱动”作用。", "联盟发挥高校和医院"),
    ("湘江大学是一所以应用研究见称的公立大学。", "公立大学"),
])
def test_verbs_conjunctions_and_descriptions_make_no_organisation(text, junk):
    assert junk not in names(text)


def test_a_conjunction_inside_a_school_name_is_kept():
    assert "湘江大学医疗器械与食品学院" in names("湘江大学医疗器械与食品学院举行研讨会。")


def test_a_company_holding_another_companys_short_form_keeps_its_own_name():
    found = names("研究院与武汉联影智融医疗科技有限公司签署合作协议。")
    assert "武汉联影智融医疗科技有限公司" in found
    assert not any("智融" in n and n != "武汉联影智融医疗科技有限公司" for n in found)


def test_a_known_short_form_inside_a_longer_name_is_not_its_parent():
    found = names("湘南理工大学与湘江大学签署合作协议。")
    assert "湘南理工大学" in found and not any(n.endswith("大学大学") for n in found)


def test_a_description_of_a_first_centre_is_no_name():
    assert not any("中心" in n for n in names("上一篇：省内首家医工交叉研究中心揭牌"))
