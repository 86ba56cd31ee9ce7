"""Names that must not swallow the word before them, and words that are no people.
Every sentence here is invented for these tests."""
from __future__ import annotations

from medkg.loaders.extract.gazetteer import builtin
from medkg.loaders.extract.organisations import SentenceOrgs, stop_mask
from medkg.loaders.extract.people import SentencePeople


def _orgs(sentence: str) -> list[str]:
    return [m.surface for m in SentenceOrgs(sentence, builtin()).mentions()]


def _people(sentence: str) -> list[str]:
    orgs = SentenceOrgs(sentence, builtin()).mentions()
    return [p.name for p in SentencePeople(sentence, orgs, stop_mask(sentence)).mentions()]


def test_a_verb_before_a_university_and_its_school_is_no_part_of_either():
    assert _orgs("创业团队来自江城大学信息工程学院，专注康复设备。") == ["江城大学信息工程学院"]


def test_a_time_word_and_a_features_byline_verb_end_a_name():
    assert _orgs("多年来江城理工大学材料学院持续投入。") == ["江城理工大学材料学院"]
    assert _orgs("从实验室到病床——记江城医科大学生物医学工程学院院长方立") == ["江城医科大学生物医学工程学院"]


def test_a_year_followed_by_lai_zi_keeps_the_verb_out():
    assert _orgs("2020年来自北岭大学医学院的团队加入。") == ["北岭大学医学院"]


def test_a_short_form_before_the_title_yuanzhang_is_no_hospital_named_yiyuan():
    assert not any(name.endswith("医院") for name in _orgs("北岭人医院长方立新出席会议。"))


def test_ren_before_a_units_suffix_is_the_verb_and_a_ward_round_is_no_person():
    assert _people("学院青年教师闻佳博士任实验室秘书。") == ["闻佳"]
    assert "查房" not in _people("他每周跟随临床医生查房。")


def test_a_universitys_specialty_hospital_is_a_name():
    assert _orgs("项目联合北岭大学附属肿瘤医院共同申报。") == ["北岭大学附属肿瘤医院"]
