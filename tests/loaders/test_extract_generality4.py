"""Rules made general after held-out corpus 4: declared short forms, funding and financing cues,
co-founders, quoted projects, titles across a department, supervision. Sentences are invented."""
from __future__ import annotations

from test_extract_generality2 import names, of_type


def test_a_declared_short_form_wins_over_a_known_name_inside_it():
    text = ("北京联影智创医疗科技有限公司（以下简称“联影智创”）与清华大学签署合作协议。"
            "联影智创总经理王建国表示，将加大投入。")
    assert of_type(text, "WORKS_AT") == {("王建国", "北京联影智创医疗科技有限公司")}
    assert "上海联影医疗科技股份有限公司" not in names(text, "Company")


def test_a_declared_short_form_is_found_where_it_is_written_alone():
    text = "苏州康启瑞智能医疗设备股份有限公司（以下简称“康启瑞”）参加了活动。康启瑞董事长周建平表示支持。"
    assert of_type(text, "WORKS_AT") == {("周建平", "苏州康启瑞智能医疗设备股份有限公司")}


def test_a_report_that_says_school_speaks_for_its_university():
    text = ("南京理工大学医工交叉年度报告。学校与江苏鱼跃医疗设备股份有限公司签署协议，鱼跃医疗将投入经费。"
            "鱼跃医疗与学校共建实验室。鱼跃医疗派出工程师。学校校长张立群出席。")
    assert of_type(text, "WORKS_AT") == {("张立群", "南京理工大学")}


def test_a_quoted_project_after_its_programme_is_funded_by_the_agency_before_it():
    text = ("吉林大学召开会议。王振华教授主持科技部国家重点研发计划项目“脑机接口康复训练系统研制”。"
            "他主持的国家自然科学基金面上项目“骨修复材料的免疫调控机制”已结题。")
    assert of_type(text, "FUNDS") == {
        ("中华人民共和国科学技术部", "脑机接口康复训练系统研制"),
        ("国家自然科学基金委员会", "骨修复材料的免疫调控机制")}


def test_a_project_that_received_a_ministry_grant():
    text = "吉林大学牵头的重点研发计划项目“智能康复机器人研发”启动。该项目于2022年获科学技术部立项支持。"
    assert of_type(text, "FUNDS") == {("中华人民共和国科学技术部", "智能康复机器人研发")}


def test_a_table_type_column_that_names_the_funder():
    text = ("兰州大学医工交叉年度报告\n\n学校设立医工交叉基金。\n\n"
            "序号  项目名称                负责人   合作医院          类型                  年度\n"
            "1     肺结节智能筛查系统      赵明远   兰州大学第一医院  国家自然科学基金面上项目  2023\n"
            "2     可降解骨钉的力学评价    钱文博   兰州大学第二医院  校基金                2023\n"
            "3     康复外骨骼临床试验      孙立伟   甘肃省人民医院    横向课题              2022\n")
    assert of_type(text, "FUNDS") == {
        ("国家自然科学基金委员会", "肺结节智能筛查系统"), ("兰州大学", "可降解骨钉的力学评价")}


CENTRE = "苏州大学与苏州康启瑞医疗科技有限公司共建“骨科植入物转化中心”。"


def test_money_put_in_to_support_the_platform_named_alone_after_it():
    text = CENTRE + "根据协议，康启瑞医疗将在三年内投入2000万元，支持中心开展临床研究。"
    assert of_type(text, "FUNDS") == {("苏州康启瑞医疗科技有限公司", "骨科植入物转化中心")}


def test_a_grant_in_a_clause_after_the_agency_goes_to_the_platform_between():
    text = CENTRE + "江苏省科学技术厅已将该中心列入省级建设计划，并给予300万元经费支持。"
    assert of_type(text, "FUNDS") == {("江苏省科学技术厅", "骨科植入物转化中心")}


def test_support_without_a_sum_is_no_grant():
    text = CENTRE + "江苏省科学技术厅已将该中心列入省级建设计划，并给予支持。"
    assert of_type(text, "FUNDS") == set()


def test_a_company_that_funds_and_signs_with_a_platform_founds_nothing():
    text = (CENTRE + "苏州贝朗启医疗器械有限公司与中心签署合作协议。"
            "贝朗启医疗将出资500万元设立专项基金，资助中心开展研究。")
    company, centre = "苏州贝朗启医疗器械有限公司", "骨科植入物转化中心"
    assert (company, centre) in of_type(text, "FUNDS")
    assert (company, centre) in of_type(text, "PARTNERS_WITH")
    assert (company, centre) not in of_type(text, "CO_FOUNDED")


def test_a_financing_round_with_a_strategic_investor_and_a_fund_among_old_shareholders():
    text = ("苏州康启瑞医疗科技有限公司（以下简称“康启瑞”）宣布完成数亿元B轮融资。"
            "本轮融资由高瓴创投领投，江苏鱼跃医疗设备股份有限公司（以下简称“鱼跃医疗”）战略投资，"
            "老股东红杉成长基金、杭州泰安医药科技股份有限公司持续加注。")
    assert of_type(text, "INVESTS_IN") == {(investor, "苏州康启瑞医疗科技有限公司") for investor in (
        "高瓴创投", "江苏鱼跃医疗设备股份有限公司", "红杉成长基金", "杭州泰安医药科技股份有限公司")}


def test_partners_that_sign_then_build_in_a_clause_without_subject_both_found_it():
    text = "2020年，宁夏医科大学总医院与宁夏大学签署合作协议，共建“智能康复工程联合实验室”。"
    assert of_type(text, "CO_FOUNDED") == {(o, "智能康复工程联合实验室") for o in ("宁夏医科大学总医院", "宁夏大学")}


def test_the_school_with_its_hospital_founds_what_they_build():
    text = "安徽医科大学年度报告。学校与安徽省立医院共建的“数字医学联合实验室”完成验收。"
    assert of_type(text, "CO_FOUNDED") == {(o, "数字医学联合实验室") for o in ("安徽医科大学", "安徽省立医院")}


def test_co_builders_listed_as_such_found_the_platform():
    text = ("“微创器械创新研究院”揭牌。研究院由兰州大学、甘肃省人民医院共同发起，"
            "兰州大学第一医院、兰州大学第二医院作为共建单位参与建设。")
    assert of_type(text, "CO_FOUNDED") == {(o, "微创器械创新研究院") for o in (
        "兰州大学", "甘肃省人民医院", "兰州大学第一医院", "兰州大学第二医院")}


def test_founders_listed_through_a_declared_short_form():
    text = ("“陇原医工融合创新联盟”成立。联盟由兰州大学、甘肃省人民医院和兰州康华医疗科技有限公司（以下简称“康华医疗”）"
            "共同发起。")
    assert of_type(text, "CO_FOUNDED") == {(o, "陇原医工融合创新联盟") for o in (
        "兰州大学", "甘肃省人民医院", "兰州康华医疗科技有限公司")}


def test_units_elected_to_the_board_of_an_alliance_are_its_members():
    text = ("“陇原医工融合创新联盟”成立。会议选举产生了第一届理事会。兰州大学第一医院当选为理事长单位，"
            "兰州大学、甘肃省人民医院当选为副理事长单位。")
    assert of_type(text, "MEMBER_OF") == {(o, "陇原医工融合创新联盟") for o in ("兰州大学第一医院", "兰州大学", "甘肃省人民医院")}


def test_an_agency_that_guides_or_approves_a_platform_supervises_it():
    guided = "“微创器械创新研究院”揭牌。研究院由兰州大学发起，由甘肃省科学技术厅指导建设。"
    approved = "2022年，经甘肃省科学技术厅批准，依托兰州大学第一医院建设的“甘肃省智能外科创新中心”正式挂牌。"
    assert of_type(guided, "SUPERVISES") == {("甘肃省科学技术厅", "微创器械创新研究院")}
    assert of_type(approved, "SUPERVISES") == {("甘肃省科学技术厅", "甘肃省智能外科创新中心")}


def test_a_doctoral_supervisor_and_students_in_a_profile():
    text = ("陈思远现任兰州大学第一医院骨科主任医师。早年，他在兰州大学攻读博士学位，师从中国工程院院士黄维德。"
            "陈思远的学生、兰州大学机械工程学院博士研究生周子墨参与了样机设计。")
    assert of_type(text, "SUPERVISES") == {("黄维德", "陈思远"), ("陈思远", "周子墨")}
    assert ("陈思远", "兰州大学第一医院") in of_type(text, "WORKS_AT")


def test_common_nouns_and_adverbs_after_a_name_or_title_are_no_people():
    text = ("会议审议通过了《陇原医工融合创新联盟章程》。希望更多“临床问题”找到“兰大方案”。"
            "医工结合不是医生和工程师简单地坐在一起。")
    assert names(text, "Person") == set()
