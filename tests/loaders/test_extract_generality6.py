"""Rules made general after held-out corpus 6: name edges at 与 and at verbs, financing rounds with
registered names, heads with a department before the title, co-founders of a signing, junk people.
Sentences are invented."""
from __future__ import annotations

from test_extract_generality2 import graph_of, of_type


def names(text: str) -> set[str]:
    return {n.name for n in graph_of(text).nodes.values()}


def test_a_verb_before_a_name_is_no_part_of_it():
    assert "西岭市第二人民医院" in names("毕业后，她进入西岭市第二人民医院工作。")
    assert "争取与西岭医科大学药学院" not in names("学院将争取与西岭医科大学药学院、东川大学合作。")


def test_a_company_short_form_and_a_university_hospital_are_two_names():
    found = names("会上，星澜医疗与东川大学附属医院签署合作协议。")
    assert "东川大学附属医院" in found
    assert not any(n.startswith("星澜医疗与") for n in found)


def test_a_person_after_a_title_ends_before_yu():
    found = names("课题由东川大学附属医院眼科主任、主任医师林可心与西岭医院副院长何岩共同负责。")
    assert "西岭医院" in found and "林可心与西岭医院" not in found
