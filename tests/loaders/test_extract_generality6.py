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


ROUND = ("8月2日，康复机器人企业杭州星澜医疗科技有限公司（以下简称“星澜医疗”）宣布完成2亿元A轮融资。"
         "本轮融资由上海华岭投资管理有限公司（华岭资本）领投，北京启明创业投资有限公司跟投，"
         "浙江大华医疗器械股份有限公司作为产业方进行战略投资，老股东苏州元力创业投资有限公司继续追加投资。")


def test_a_round_with_registered_names_invests_in_the_company_raising():
    assert of_type(ROUND, "INVESTS_IN") == {
        (investor, "杭州星澜医疗科技有限公司") for investor in (
            "上海华岭投资管理有限公司", "北京启明创业投资有限公司", "浙江大华医疗器械股份有限公司", "苏州元力创业投资有限公司")}


def test_a_bracketed_short_form_of_a_company_is_an_alias():
    assert "华岭资本" not in names(ROUND)


def test_a_registered_name_is_one_company_not_two():
    text = "北京启明资本管理股份有限公司跟投。"
    assert "北京启明资本" not in names(text)
    assert of_type(text, "PART_OF") == set()


def test_a_universitys_short_form_with_fu_yi_yuan_is_its_hospital():
    works = of_type("天大附一院院长孟川出席。", "WORKS_AT")
    assert works and all(org != "天津大学" for _, org in works)


def test_a_department_joined_by_yu_is_no_person():
    text = "西岭医院发布消息。院长表示，附一院康复与运动医学科每年接诊患者逾万人次。"
    assert not any(len(n) == 2 and n.startswith("康") for n in names(text))


def test_a_lab_the_team_is_stationed_in_is_no_name():
    text = "东川大学与星澜科技共建“智能康复联合实验室”。公司将派驻工程师团队常驻实验室。实验室主任由东川大学教授何岩担任。"
    assert of_type(text, "LEADS") == {("何岩", "智能康复联合实验室")}


def test_a_three_character_name_may_end_in_he():
    text = "东川大学副校长、中国工程院院士罗文和当选理事长。罗文和理事长表示，联盟将开放共享。"
    assert ("罗文和", "东川大学") in of_type(text, "WORKS_AT")
    assert "罗文" not in names(text)


def test_he_between_two_titled_people_is_a_list():
    found = names("院长王川和副院长李强出席。")
    assert "王川" in found and "王川和" not in found


def test_words_starting_with_a_common_noun_are_no_people():
    found = names("东川大学副校长何岩分别代表理事长单位发言。经费由星澜医疗科技有限公司全额资助。")
    assert not {"单位发", "全额"} & found


def test_a_company_named_by_its_place_and_trade_name():
    text = ("成员单位包括西岭星影医疗科技有限公司、云帆科技（西岭）股份有限公司。"
            "云帆科技董事长何平表示支持。西岭星影总经理周川介绍了进展。")
    assert of_type(text, "WORKS_AT") == {("何平", "云帆科技(西岭)股份有限公司"), ("周川", "西岭星影医疗科技有限公司")}


CENTRE = "星澜医疗科技有限公司与东川大学附属医院签署协议，双方将共建“智能康复联合研发中心”。"


def test_the_joint_rd_centre_written_short_is_the_platform_it_heads():
    text = CENTRE + "东川大学附属医院康复科主任孔明担任联合研发中心主任。"
    assert ("孔明", "智能康复联合研发中心") in of_type(text, "LEADS")


def test_a_clause_opening_with_shoupin_appoints_the_person_before():
    text = CENTRE + "孔明教授担任中心主任，同时受聘为星澜医疗科技有限公司首席医学官。"
    assert ("孔明", "星澜医疗科技有限公司") in of_type(text, "WORKS_AT")


def test_a_company_title_with_its_function_before_it():
    text = CENTRE + "星澜医疗科技有限公司研发总监邹平介绍了进展。"
    assert ("邹平", "星澜医疗科技有限公司") in of_type(text, "WORKS_AT")


LAB = "东川大学与星澜科技共建“智能康复联合实验室”。实验室主任由东川大学附属医院康复科主任孔明担任；"


def test_deputies_listed_after_a_title_opening_the_sentence_work_at_the_last_platform():
    text = LAB + "副主任为东川大学信息学院教授吴远、东川大学附属医院影像科副主任医师钱月；"
    works = of_type(text, "WORKS_AT")
    assert {("吴远", "智能康复联合实验室"), ("钱月", "智能康复联合实验室"), ("吴远", "东川大学信息学院")} <= works


def test_a_committee_chair_held_by_opening_the_sentence_works_at_the_last_platform():
    text = LAB + "学术委员会主任由东川大学工程学院讲席教授邵恒担任。"
    works = of_type(text, "WORKS_AT")
    assert {("邵恒", "智能康复联合实验室"), ("邵恒", "东川大学工程学院")} <= works


def test_a_project_leader_opening_the_sentence_is_no_platform_post():
    text = LAB + "项目负责人为东川大学工程学院教授邵恒。"
    assert ("邵恒", "智能康复联合实验室") not in of_type(text, "LEADS") | of_type(text, "WORKS_AT")


def test_a_third_party_supporting_both_sides_is_not_one_of_them():
    text = ("西岭大学与东川医院签署战略合作协议。省科技厅将继续支持双方联合申报重大专项。"
            "根据协议，双方将共同建设“智能影像联合创新中心”。")
    assert of_type(text, "CO_FOUNDED") == {("西岭大学", "智能影像联合创新中心"), ("东川医院", "智能影像联合创新中心")}
    assert all("科学技术厅" not in a + b for a, b in of_type(text, "PARTNERS_WITH"))
