"""Rules made general after held-out corpus 7: financing rounds whose investors go by market names,
heads of platforms and projects, posts with a department between organisation and title, agencies
that approve or guide a platform. Sentences are invented."""
from __future__ import annotations

from test_extract_generality2 import graph_of, of_type

MARKET_ROUND = ("杭州星澜医疗科技有限公司（以下简称“星澜医疗”）近日宣布完成3亿元C轮融资。"
                "本轮融资由云岭资本领投，北岸创投、鼎晖投资跟投，老股东红杉中国继续超额跟投；"
                "同时，浙江大华医疗器械股份有限公司完成了对星澜医疗的战略投资。")


def test_investors_by_market_names_invest_in_the_company_raising_and_not_in_each_other():
    assert of_type(MARKET_ROUND, "INVESTS_IN") == {
        (investor, "杭州星澜医疗科技有限公司") for investor in (
            "云岭资本", "北岸创投", "鼎晖投资", "红杉中国", "浙江大华医疗器械股份有限公司")}


def test_an_investor_leading_the_round_of_a_named_company():
    found = of_type("云岭资本领投杭州星澜医疗科技有限公司的A轮融资，北岸创投跟投。", "INVESTS_IN")
    assert found == {("云岭资本", "杭州星澜医疗科技有限公司"), ("北岸创投", "杭州星澜医疗科技有限公司")}


def test_appointed_head_of_the_centre_named_by_its_kind_leads_it():
    text = "2021年，东川大学与西岭市人民医院签约共建“智能康复工程研究中心”，教授周启明被任命为中心主任。"
    assert ("周启明", "智能康复工程研究中心") in of_type(text, "LEADS")


def test_a_head_written_before_zeyou_with_an_adverb_leads_the_platform():
    text = "东川大学与西岭医院共建“神经调控技术联合实验室”。实验室主任则由该院神经外科主任王立新担任。"
    assert ("王立新", "神经调控技术联合实验室") in of_type(text, "LEADS")


def test_chief_scientist_of_the_project_named_earlier_in_the_sentence():
    text = "双方联合承担了重点研发计划项目“老年认知障碍智能筛查系统”，教授周启明担任项目首席科学家。"
    assert ("周启明", "老年认知障碍智能筛查系统") in of_type(text, "LEADS")


def test_two_people_jointly_leading_a_quoted_project_both_lead_it():
    text = "其中由东川医院心内科主任医师林可心与西岭大学副教授王建华共同负责的“可穿戴心律监测系统”项目已获资助。"
    assert {("林可心", "可穿戴心律监测系统"), ("王建华", "可穿戴心律监测系统")} <= of_type(text, "LEADS")


def test_a_person_named_before_bei_renming_or_xianwei_is_found():
    text = "周启明现为东川大学信息学院教授。东川大学与西岭医院共建“智慧康复研究中心”，周启明被任命为中心主任。"
    assert ("周启明", "东川大学信息学院") in of_type(text, "WORKS_AT")
    assert ("周启明", "智慧康复研究中心") in of_type(text, "LEADS")


def test_a_name_ending_in_yue_before_a_verb_keeps_its_last_character():
    text = "西岭医院康复医学科主任林秋月任中心副主任。"
    assert ("林秋月", "西岭医院") in of_type(text, "WORKS_AT")
    assert "王明日" not in {n.name for n in graph_of("西岭医院院长王明日前表示，合作将继续。").nodes.values()}


def test_an_agency_approving_the_centre_spoken_of_supervises_it():
    text = "东川医院牵头成立“云岭医工融合创新中心”。该中心经云南省科学技术厅批准建设，依托东川医院运行。"
    assert ("云南省科学技术厅", "云岭医工融合创新中心") in of_type(text, "SUPERVISES")


def test_an_agency_recognising_a_platform_named_after_supervises_it():
    text = "经浙江省科学技术厅认定，“西岭智慧医疗工程技术研究中心”于2022年获批建设。"
    assert ("浙江省科学技术厅", "西岭智慧医疗工程技术研究中心") in of_type(text, "SUPERVISES")


def test_the_guiding_unit_of_the_centre_supervises_the_last_platform_named():
    text = "东川大学与西岭医院共建“智能诊疗联合创新中心”。北京市科学技术委员会为中心的指导单位。"
    assert ("北京市科学技术委员会", "智能诊疗联合创新中心") in of_type(text, "SUPERVISES")


def test_a_post_taken_in_a_later_clause_opening_with_a_year():
    text = "王立新现为东川大学信息学院教授，2022年起兼任东川大学医学院副院长。"
    assert ("王立新", "东川大学医学院") in of_type(text, "WORKS_AT")


def test_a_visiting_professorship_is_a_post():
    assert ("王立新", "西岭医院") in of_type("王立新还受聘为西岭医院客座教授。", "WORKS_AT")


def test_zhuo_and_yan_are_surnames_but_zhuoyue_is_no_name():
    found = {n.name for n in graph_of("西岭医院副院长卓一凡、东川医院主任医师阎明出席了卓越医师论坛。").nodes.values()}
    assert {"卓一凡", "阎明"} <= found and "卓越" not in found


def test_people_taking_a_bare_deputy_post_hold_it_in_the_platform_spoken_of():
    text = "东川大学与西岭医院共建“智能诊疗联合创新中心”。东川大学教授贺明、西岭医院副院长林冠宇任副主任。"
    found = of_type(text, "WORKS_AT")
    assert {("贺明", "智能诊疗联合创新中心"), ("林冠宇", "智能诊疗联合创新中心")} <= found


def test_a_postdoctoral_post_and_a_post_after_zeshi():
    text = "周启明现为东川大学教授。2011年博士毕业后，周启明进入北京协和医院从事博士后研究。王立新则是东川大学信息学院副教授。"
    found = of_type(text, "WORKS_AT")
    assert {("周启明", "北京协和医院"), ("王立新", "东川大学信息学院")} <= found
