"""Rules made general after held-out corpus 5: heads of platforms and projects written out in prose,
people named again bare or as 他, the report's own organisation, money and supervision cues, words
and departments that are no entities. Sentences are invented."""
from __future__ import annotations

from pathlib import Path

from medkg.loaders.extract import extract_graph
from medkg.loaders.readers import read_bytes
from test_extract_generality2 import names, of_type

INSTITUTE = "华北理工大学与唐山市工人医院共建“智能康复工程研究院”。"


def test_a_name_may_start_with_the_surname_ren():
    text = "唐山市工人医院院长任国栋当选为联盟理事长。"
    assert ("任国栋", "唐山市工人医院") in of_type(text, "WORKS_AT")


def test_a_head_named_after_you_is_the_platforms_leader_only():
    text = INSTITUTE + "研究院院长由郑立明教授担任，唐山市工人医院副院长冯雪任副院长。"
    assert of_type(text, "LEADS") == {("郑立明", "智能康复工程研究院")}
    assert ("郑立明", "智能康复工程研究院") not in of_type(text, "WORKS_AT")
    assert ("冯雪", "智能康复工程研究院") in of_type(text, "WORKS_AT")


def test_a_head_with_a_title_after_the_name():
    text = INSTITUTE + "研究院院长由郑立明校长兼任。"
    assert of_type(text, "LEADS") == {("郑立明", "智能康复工程研究院")}


def test_an_executive_director_works_at_the_platform():
    text = INSTITUTE + "研究院执行主任由华北理工大学教授孟可担任。"
    assert of_type(text, "LEADS") == set()
    assert ("孟可", "智能康复工程研究院") in of_type(text, "WORKS_AT")


def test_a_chair_after_a_clause_about_the_platform():
    text = INSTITUTE + "经研究院理事会选举，理事长由华北理工大学校长鲍宏斌担任。"
    assert of_type(text, "LEADS") == {("鲍宏斌", "智能康复工程研究院")}


def test_appointed_head_of_the_platform():
    text = INSTITUTE + "学校聘任唐山市工人医院康复科主任邱海为研究院院长。"
    assert of_type(text, "LEADS") == {("邱海", "智能康复工程研究院")}


def test_a_project_led_jointly_by_two_people():
    text = ("研究院首批设立“下肢外骨骼步态训练研究”项目，该项目由唐山市工人医院康复科主任邱海和"
            "华北理工大学机械工程学院教授陶明共同负责。")
    assert of_type(text, "LEADS") == {("邱海", "下肢外骨骼步态训练研究"), ("陶明", "下肢外骨骼步态训练研究")}


def test_a_person_named_again_without_a_title():
    text = ("华北理工大学教授陶明出席。研究院启动“下肢外骨骼步态训练研究”项目。"
            "其中，“下肢外骨骼步态训练研究”项目由陶明负责。")
    assert of_type(text, "LEADS") == {("陶明", "下肢外骨骼步态训练研究")}


def test_he_takes_a_role_named_after_him():
    text = ("华北理工大学教授陶明出席会议。2022年起，他还担任国家重点研发计划“康复机器人关键技术”"
            "项目首席科学家。")
    assert of_type(text, "LEADS") == {("陶明", "康复机器人关键技术")}


def test_a_hospital_report_that_says_hospital_speaks_for_it():
    text = ("唐山市工人医院（以下简称“工人医院”）2023年度工作总结。国家自然科学基金项目20项，国家自然科学基金重点项目2项，"
            "国家自然科学基金委员会资助经费增长。医院与华北理工大学签署合作协议。医院还与开滦总医院开展合作。")
    assert ("唐山市工人医院", "华北理工大学") in of_type(text, "PARTNERS_WITH")


def test_a_sentence_opening_with_with_is_the_reports_own_organisation():
    text = ("唐山市工人医院2023年度工作总结。医院与华北理工大学共建“康复工程联合实验室”；"
            "与开滦总医院共同成立“职业病诊疗联合研究中心”。")
    assert ("唐山市工人医院", "职业病诊疗联合研究中心") in of_type(text, "CO_FOUNDED")
    assert ("唐山市工人医院", "康复工程联合实验室") in of_type(text, "CO_FOUNDED")


def test_a_counted_kind_of_platform_is_no_name():
    text = "华北理工大学与40家企业签署协议，建立12个校企协同创新联合体。"
    assert names(text, "Platform") == set()


def test_a_round_with_a_strategic_investor_and_an_old_shareholder():
    text = ("杭州某光医疗科技有限公司（以下简称“某光医疗”）宣布完成B轮融资。本轮融资由杭州泰元创业投资有限公司领投，"
            "苏州元丰投资管理有限公司跟投，江苏鱼跃医疗设备股份有限公司以战略投资者身份参与，老股东元禾资本继续追加投资。")
    assert of_type(text, "INVESTS_IN") == {(investor, "杭州某光医疗科技有限公司") for investor in (
        "杭州泰元创业投资有限公司", "苏州元丰投资管理有限公司", "江苏鱼跃医疗设备股份有限公司", "元禾资本")}


def test_both_sides_are_the_speakers_company_and_the_documents():
    text = ("杭州某光医疗科技有限公司（以下简称“某光医疗”）宣布完成B轮融资。某光医疗将扩建产线。"
            "江苏鱼跃医疗设备股份有限公司副总裁李明称，双方将在渠道方面开展合作。")
    assert {frozenset(pair) for pair in of_type(text, "PARTNERS_WITH")} == {
        frozenset(("杭州某光医疗科技有限公司", "江苏鱼跃医疗设备股份有限公司"))}


def test_a_grant_after_a_clause_led_by_someone_else():
    text = ("“康复外骨骼机器人研发”项目启动会召开。该项目由华北理工大学牵头，联合唐山市工人医院共同承担，"
            "获科学技术部中央财政经费900万元资助。")
    assert ("中华人民共和国科学技术部", "康复外骨骼机器人研发") in of_type(text, "FUNDS")


def test_a_hospital_department_acts_for_its_hospital():
    text = ("唐山市工人医院2023年度工作总结。医院全年获批项目30项。"
            "医院骨科与唐山某某医疗器械有限公司合作研发的椎间融合器已完成注册检验。")
    assert "唐山某某医疗器械有限公司" in names(text, "Company")
    assert {frozenset(pair) for pair in of_type(text, "PARTNERS_WITH")} == {
        frozenset(("唐山市工人医院", "唐山某某医疗器械有限公司"))}


def test_a_notice_table_of_platforms_is_hosted_supervised_and_funded_by_the_issuing_agency():
    notice = "\n".join([
        "江西省科学技术厅关于认定2025年度江西省医工交叉创新平台的通知",
        "",
        "省科技厅决定认定“江西省康复器械工程技术研究中心”等3家平台为2025年度江西省医工交叉创新平台。",
        "省科技厅将对每个新认定平台给予建设经费支持。",
        "",
        "序号  平台名称                        依托单位",
        "1     江西省康复器械工程技术研究中心    南昌大学",
        "2     江西省医学影像重点实验室          华东交通大学",
        "3     江西省骨科材料工程技术研究中心    江西理工大学",
        "",
        "江西省科学技术厅",
    ])
    graph = extract_graph(read_bytes(Path("notice.txt"), notice.encode("utf-8")))
    names = {uid: node.name for uid, node in graph.nodes.items()}
    found = {(r.type, names[r.start], names[r.end]) for r in graph.relationships.values()}
    assert {("PART_OF", "江西省医学影像重点实验室", "华东交通大学"),
            ("SUPERVISES", "江西省科学技术厅", "江西省医学影像重点实验室"),
            ("FUNDS", "江西省科学技术厅", "江西省医学影像重点实验室")} <= found


def test_a_clinical_centre_of_a_hospital_is_a_department_in_the_title():
    text = "唐山市工人医院心血管介入中心主任邱海出席会议。"
    assert names(text, "Platform") == set()
    assert ("邱海", "唐山市工人医院") in of_type(text, "WORKS_AT")


def test_a_research_centre_of_a_hospital_headed_by_someone_is_a_platform():
    text = "华北理工大学教授陶明出席。陶明还兼任唐山市工人医院医工结合研究中心主任。"
    assert of_type(text, "LEADS") == {("陶明", "唐山市工人医院医工结合研究中心")}


def test_departments_and_sayings_are_no_people():
    text = ("唐山市工人医院呼吸与危重症医学科主任邱海介绍了情况。项目负责人为普外科主任医师陶明。"
            "华北理工大学教授冯雪出席。“冯老师常说，要到临床去。”")
    people = names(text, "Person")
    assert {"邱海", "陶明", "冯雪"} <= people
    assert not people & {"呼吸", "普外科", "常说"}
    assert ("邱海", "唐山市工人医院") in of_type(text, "WORKS_AT")


def test_students_he_supervised():
    text = ("华北理工大学教授陶明出席会议。作为博士生导师，他指导的博士生冯雪毕业后加入唐山市工人医院，"
            "另一名学生邱海则留校任教。")
    assert of_type(text, "SUPERVISES") == {("陶明", "冯雪"), ("陶明", "邱海")}
