"""Generic phrases that are no organisations or people, and real names next to them.
Every sentence here is invented for these tests."""
from __future__ import annotations

from medkg.loaders.extract.gazetteer import builtin
from medkg.loaders.extract.organisations import SentenceOrgs, stop_mask
from medkg.loaders.extract.people import SentencePeople


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
