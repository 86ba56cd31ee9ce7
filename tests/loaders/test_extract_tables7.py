"""Projects listed in prose after a colon, each with the person who leads it. Every text here
is invented for these tests."""
from __future__ import annotations

from medkg.loaders.extract.projects import prose_projects


class _Mention:
    def __init__(self, s: str, name: str):
        self.name, self.start = name, s.index(name)
        self.end, self.team = self.start + len(name), False


def _projects(s: str, people: list[str]) -> dict[str, list[str]]:
    return {p.name: p.leaders for p in prose_projects(s, [_Mention(s, n) for n in people], [])}


def test_a_project_listed_after_a_colon_is_led_by_the_person_of_its_clause():
    s = "实验室启动了两个攻关项目：“柔性神经电极阵列研制”由方立新牵头"
    assert _projects(s, ["方立新"]) == {"柔性神经电极阵列研制": ["方立新"]}


def test_the_list_goes_on_in_a_sentence_that_opens_with_the_quoted_name():
    s = "“步态评估智能算法研究”则由北岭医疗工程师闻佳负责实施"
    assert _projects(s, ["闻佳"]) == {"步态评估智能算法研究": ["闻佳"]}


def test_a_quoted_name_inside_a_sentence_with_no_list_and_no_lead_is_no_project():
    assert _projects("双方提出“医生出题、工程师解题”由来已久", []) == {}
    assert _projects("会上，“智能康复论坛”由方立新主持", ["方立新"]) == {}


def test_a_quoted_name_opening_a_sentence_and_chaired_by_someone_is_a_meeting_not_a_project():
    assert _projects("“智能康复青年论坛”由方立新主持", ["方立新"]) == {}


def test_a_quoted_name_right_after_the_word_for_a_part_of_a_project_is_led_by_who_takes_it_on():
    s = "闻佳负责其中的临床评价课题“步态障碍患者随访队列研究”"
    assert _projects(s, ["闻佳"]) == {"步态障碍患者随访队列研究": ["闻佳"]}
