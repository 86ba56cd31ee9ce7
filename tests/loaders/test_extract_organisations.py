import pytest

from medkg.loaders.extract.gazetteer import builtin
from medkg.loaders.extract.organisations import SentenceOrgs, is_generic


def orgs(sentence):
    return [(m.surface, m.label) for m in SentenceOrgs(sentence, builtin()).mentions() if not m.generic]


def test_known_and_suffix_names_with_their_labels():
    found = orgs("天津大学与天津医科大学总医院签约，双方将共建“智能医学联合实验室”，湖北省科技厅出席")
    assert found == [("天津大学", "University"), ("天津医科大学总医院", "Hospital"),
                     ("智能医学联合实验室", "Platform"), ("湖北省科技厅", "Agency")]


def test_name_boundaries_stop_at_verbs_titles_and_conjunctions():
    assert orgs("樊宇任研究院院长，张鸿与宣武医院合作") == [("宣武医院", "Hospital")]
    assert orgs("积极推进与各大医院的合作") == []
    assert orgs("医疗器械与食品学院和机械工程学院") == [("医疗器械与食品学院", "University"), ("机械工程学院", "University")]


@pytest.mark.parametrize("sentence", ["形成了“三大平台”协同发展格局", "助力上海科创中心建设", "建成2个国家重点实验室"])
def test_generic_phrases_are_not_names(sentence):
    assert orgs(sentence) == []


def test_nested_names_keep_their_known_parent():
    mentions = SentenceOrgs("北京航空航天大学生物与医学工程学院教授樊宇", builtin()).mentions()
    assert [(m.surface, m.parent.surface if m.parent else "") for m in mentions] == [
        ("北京航空航天大学生物与医学工程学院", "北京航空航天大学")]


def test_unknown_university_inside_a_school_name_becomes_its_parent():
    (m,) = SentenceOrgs("与英国邓迪大学医学院合作", builtin()).mentions()
    assert (m.surface, m.parent.surface, m.parent.label) == ("邓迪大学医学院", "邓迪大学", "University")


def test_is_generic():
    assert is_generic("医工交叉创新") and is_generic("三大") and not is_generic("精密仪器与光电子")
