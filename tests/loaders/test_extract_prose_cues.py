"""Relations written as news prose rather than as a title next to a name: passive 由 clauses,
member and supervisor lists, money given, appointments. Sentences are invented for these tests."""
from __future__ import annotations

from medkg.graph.model import Graph
from medkg.loaders.document import SourceDocument
from medkg.loaders.extract import extract_graph


def triples(text: str) -> set[tuple[str, str, str]]:
    graph: Graph = extract_graph(SourceDocument(doc_id="t", path="t.txt", format="txt", text=text))
    names = {uid: node.name for uid, node in graph.nodes.items()}
    return {(r.type, names[r.start], names[r.end]) for r in graph.relationships.values()}


def of_type(text: str, kind: str) -> set[tuple[str, str]]:
    return {(s, o) for t, s, o in triples(text) if t == kind}


def partner_pairs(text: str) -> set[frozenset[str]]:
    return {frozenset((s, o)) for t, s, o in triples(text) if t == "PARTNERS_WITH"}


ALLIANCE = "长江中游智能医疗装备创新联盟在武汉成立。"


def test_founders_listed_after_by_found_the_platform_before_it():
    text = ALLIANCE + "联盟由武汉大学、湖南大学和南昌大学共同发起，湖北省科学技术厅为指导单位。"
    assert of_type(text, "CO_FOUNDED") == {(u, "长江中游智能医疗装备创新联盟") for u in ("武汉大学", "湖南大学", "南昌大学")}


def test_the_lead_founder_and_the_joint_founders_all_count():
    text = ALLIANCE + "联盟由武汉大学牵头，湖南大学、南昌大学等12家单位共同发起。"
    assert of_type(text, "CO_FOUNDED") == {(u, "长江中游智能医疗装备创新联盟") for u in ("武汉大学", "湖南大学", "南昌大学")}


def test_joint_construction_with_a_partner_after_lianhe():
    text = "湘江医学影像研究院揭牌成立。研究院由湖南大学联合中南大学湘雅医院共同建设。"
    founded = of_type(text, "CO_FOUNDED")
    assert {s for s, _ in founded} == {"湖南大学", "中南大学湘雅医院"} and len({o for _, o in founded}) == 1


def test_supervising_agencies_listed_before_or_after_the_cue():
    before = ALLIANCE + "联盟由武汉大学发起成立，湖北省科学技术厅、湖北省卫生健康委员会为指导单位。"
    after = ALLIANCE + "联盟的指导单位为湖北省科学技术厅、湖北省卫生健康委员会。"
    expected = {(a, "长江中游智能医疗装备创新联盟") for a in ("湖北省科学技术厅", "湖北省卫生健康委员会")}
    assert of_type(before, "SUPERVISES") == expected
    assert of_type(after, "SUPERVISES") == expected


def test_a_member_list_after_the_cue_belongs_to_the_alliance_named_earlier():
    text = ALLIANCE + "首批成员单位除发起单位外，还包括：武汉大学中南医院、湖南省人民医院、武汉联创医疗科技有限公司等20家单位。"
    assert of_type(text, "MEMBER_OF") == {
        (m, "长江中游智能医疗装备创新联盟") for m in ("武汉大学中南医院", "湖南省人民医院", "武汉联创医疗科技有限公司")}


def test_no_member_list_without_an_alliance_in_the_document():
    text = "湖南大学召开会议。首批成员单位包括：武汉大学中南医院、湖南省人民医院。"
    assert of_type(text, "MEMBER_OF") == set()


PROJECT = "国家重点研发计划“可降解心脏封堵器研发与临床评价”项目启动会在湖南大学召开。"


def test_a_project_funded_by_the_agency_after_by():
    text = PROJECT + "该项目由中华人民共和国科学技术部资助，湖南省科学技术厅另给予500万元配套支持。"
    funders = {s for s, o in of_type(text, "FUNDS") if o == "可降解心脏封堵器研发与临床评价"}
    assert funders == {"中华人民共和国科学技术部", "湖南省科学技术厅"}


def test_support_given_to_the_platform_after_dui():
    text = "湖南大学与湘雅医院共建“医学机器人联合实验室”。湖南省科学技术厅将对联合实验室首批项目给予经费支持。"
    assert ("湖南省科学技术厅", "医学机器人联合实验室") in of_type(text, "FUNDS")


def test_a_company_investing_money_funds_the_platform_of_the_sentence():
    text = "双方将共建“智能康复工程联合实验室”，湘江医疗科技有限公司在三年内投入研发经费2000万元。"
    assert ("湘江医疗科技有限公司", "智能康复工程联合实验室") in of_type(text, "FUNDS")


def test_a_university_giving_support_is_not_a_funder():
    text = "双方将共建“智能康复工程联合实验室”，湖南大学将给予大力支持。"
    assert of_type(text, "FUNDS") == set()


LAB = "湘江大学与湘南医院共建“康复机器人联合实验室”。"


def test_a_role_held_jointly_goes_to_every_holder():
    text = LAB + "联合实验室实行双主任制，由湘江大学机械学院吴海峰教授和湘南医院骨科主任钱立群共同担任主任。"
    assert of_type(text, "LEADS") == {("吴海峰", "康复机器人联合实验室"), ("钱立群", "康复机器人联合实验室")}


def test_a_department_before_a_title_is_not_a_person():
    text = LAB + "湘南医院普外科主任钱立群出席。"
    people = {s for t, s, _ in triples(text) if t == "WORKS_AT"}
    assert people == {"钱立群"}


def test_listed_people_share_the_office_they_are_elected_to():
    text = ("长江中游智能医疗装备创新联盟在武汉成立。武汉大学校长蒋文涛当选为理事长，"
            "湖南大学副校长胡立新、南昌大学副校长邓春梅当选为副理事长。")
    alliance = "长江中游智能医疗装备创新联盟"
    assert of_type(text, "LEADS") == {("蒋文涛", alliance)}
    assert {s for s, o in of_type(text, "WORKS_AT") if o == alliance} == {"胡立新", "邓春梅"}  # the head LEADS only


def test_leading_jointly_without_a_title():
    text = LAB + "联合实验室由湘江大学吴海峰教授及湘南医院钱立群教授共同领导。"
    assert of_type(text, "LEADS") == {("吴海峰", "康复机器人联合实验室"), ("钱立群", "康复机器人联合实验室")}


def test_the_project_leader_before_or_after_the_title():
    after = PROJECT + "项目负责人、湖南大学机械学院何志远教授介绍，项目由湖南大学牵头。"
    before = PROJECT + "湖南大学机械学院教授何志远为项目负责人。"
    expected = {("何志远", "可降解心脏封堵器研发与临床评价")}
    assert of_type(after, "LEADS") == expected
    assert of_type(before, "LEADS") == expected


def test_a_lead_cue_in_another_clause_does_not_make_a_leader():
    text = "湖南大学何志远教授介绍，项目由湖南大学牵头，联合湘江实验室共同实施。"
    assert of_type(text, "LEADS") == set()


def test_a_senior_vice_president_is_a_title_not_a_name():
    text = "湘江医疗科技有限公司高级副总裁孙海波出席签约仪式。"
    assert of_type(text, "WORKS_AT") == {("孙海波", "湘江医疗科技有限公司")}


def test_a_member_list_keeps_every_name():
    text = (ALLIANCE + "成员单位包括：武汉大学中南医院、华中科技大学同济医学院附属协和医院、附属同济医院、"
            "广州医科大学附属第一医院、暨南大学等单位。")
    members = {s for s, _ in of_type(text, "MEMBER_OF")}
    assert members == {"武汉大学中南医院", "华中科技大学同济医学院附属协和医院", "华中科技大学同济医学院附属同济医院",
                       "广州医科大学附属第一医院", "暨南大学"}


def test_an_ordinal_hospital_under_a_named_university_stays_under_it():
    text = "中山大学附属第一医院与湖南大学签约。广州医科大学附属第一医院也参加了活动。"
    hospitals = {o for t, s, o in triples(text) if t == "AFFILIATED_WITH"} | {s for t, s, o in triples(text) if t == "AFFILIATED_WITH"}
    assert "广州医科大学附属第一医院" in hospitals


def test_a_clause_starting_with_bing_gongtong_keeps_the_subject_of_the_sentence():
    text = "湖南大学与湘雅医院签署合作协议，双方将开展深度合作，并共同成立“湘江康复工程研究中心”。"
    assert {s for s, _ in of_type(text, "CO_FOUNDED")} == {"湖南大学", "中南大学湘雅医院"}


def test_a_project_that_received_funding_is_written_before_its_funder():
    text = "湖南大学申报的“柔性外骨骼关键技术”项目获国家自然科学基金委员会资助，湘雅医院参与研究。"
    assert of_type(text, "FUNDS") == {("国家自然科学基金委员会", "柔性外骨骼关键技术")}


def test_an_appointment_list_names_every_appointee():
    text = ("湘江大学召开干部大会。人事处处长宣读了学校决定：任命吴海峰为湘江大学机械学院院长，"
            "钱立群、邓春梅为湘江大学机械学院副院长；刘佳同志任湘江大学机械学院党委书记。")
    school = "湘江大学机械学院"
    assert {(s, o) for s, o in of_type(text, "WORKS_AT") if o == school} == {
        ("吴海峰", school), ("钱立群", school), ("邓春梅", school), ("刘佳", school)}


def test_a_clause_starting_with_an_appointing_verb_belongs_to_the_last_person_named():
    text = ("湘江大学康复工程研究院召开会议。原院长程建华不再担任院长职务，"
            "转任湘江大学康复工程研究院首席科学家。")
    assert ("程建华", "湘江大学康复工程研究院") in of_type(text, "LEADS")


INSTITUTE = "湘江大学康复工程研究院揭牌成立。"


def test_a_platform_signing_with_several_partners_partners_each():
    text = INSTITUTE + "仪式上，研究院分别与湘江医疗科技有限公司、湖南省医疗器械检验研究院签署合作协议。"
    assert partner_pairs(text) == {
        frozenset(("湘江大学康复工程研究院", o)) for o in ("湘江医疗科技有限公司", "湖南省医疗器械检验研究院")}


def test_the_subject_of_the_sentence_partners_the_list_after_yu():
    text = INSTITUTE + "研究院成立以来，坚持临床导向，与湖南省人民医院、湘潭市中心医院等单位建立了稳定的合作关系。"
    assert partner_pairs(text) == {frozenset(("湘江大学康复工程研究院", o)) for o in ("湖南省人民医院", "湘潭市中心医院")}


def test_the_lead_party_partners_those_joined_after_lianhe():
    text = "项目由湖南大学牵头，联合湖南省人民医院、湘江医疗科技有限公司共同实施。"
    assert partner_pairs(text) == {frozenset(("湖南大学", o)) for o in ("湖南省人民医院", "湘江医疗科技有限公司")}


def test_a_hospital_signs_for_itself_not_for_its_university():
    text = "湘江大学召开会议。湘江大学附属第一医院与湖南医疗科技有限公司签署合作协议。"
    assert partner_pairs(text) == {frozenset(("湘江大学附属第一医院", "湖南医疗科技有限公司"))}


def test_schools_after_yituo_xuexiao_are_the_universitys_even_after_a_joint_clause():
    text = ("湘江大学康复工程研究院揭牌。研究院由湘江大学联合湘雅医院共同建设，"
            "依托学校机械工程学院、材料科学与工程学院开展攻关。")
    parts = {s for s, o in of_type(text, "PART_OF") if o == "湘江大学"}
    assert {"湘江大学机械工程学院", "湘江大学材料科学与工程学院"} <= parts


def test_shuangfang_after_a_signing_means_the_two_signers_not_the_documents_university():
    text = ("湘江大学召开会议。湘江大学副校长出席。湘南理工大学与湘江大学附属第一医院签署合作备忘录。"
            "湘江大学附属第一医院对康复设备需求殷切，双方合作基础坚实。")
    assert partner_pairs(text) == {frozenset(("湘南理工大学", "湘江大学附属第一医院"))}


def test_a_title_followed_by_a_name_is_that_persons():
    text = "湘江大学康复工程研究院揭牌。吴海峰为湘雅医院院长钱立群颁发聘书。"
    assert ("吴海峰", "湘雅医院") not in of_type(text, "WORKS_AT")


def test_a_special_administrative_region_bureau_and_its_director():
    text = "澳门特别行政区政府卫生署署长李慧敏女士出席见证。"
    assert of_type(text, "WORKS_AT") == {("李慧敏", "澳门特别行政区政府卫生署")}


def test_policy_support_is_not_funding():
    text = "双方将共建“智能康复工程联合实验室”，湖南省科学技术厅将给予政策支持。"
    assert of_type(text, "FUNDS") == set()


def test_an_organisation_named_for_a_council_members_title_is_not_a_member():
    text = ALLIANCE + "联盟理事会成员为武汉大学校长蒋文涛等。"
    assert of_type(text, "MEMBER_OF") == set()


def test_council_units_are_members_and_the_secretary_general_works_for_the_alliance():
    text = (ALLIANCE + "联盟首届理事单位包括：武汉大学、湖南省人民医院、武汉联创医疗科技有限公司。"
            "武汉大学校长蒋文涛当选为理事长，秘书长由武汉大学医学部部长王建担任。")
    alliance = "长江中游智能医疗装备创新联盟"
    assert {s for s, _ in of_type(text, "MEMBER_OF")} == {"武汉大学", "湖南省人民医院", "武汉联创医疗科技有限公司"}
    assert ("王建", alliance) in of_type(text, "WORKS_AT")


def test_a_bare_pingtai_means_the_platform_named_before():
    text = "湘江大学发布“医学影像人工智能诊断平台”建设方案，平台由湘江大学和湘雅医院共同建设。"
    assert {s for s, o in of_type(text, "CO_FOUNDED") if o == "医学影像人工智能诊断平台"} == {"湘江大学", "中南大学湘雅医院"}


def test_a_development_zone_committee_is_an_agency_without_a_place_before_it():
    text = ALLIANCE + "会上，联盟与长沙高新技术产业开发区管理委员会签署合作协议。"
    assert partner_pairs(text) == {frozenset(("长江中游智能医疗装备创新联盟", "长沙高新技术产业开发区管理委员会"))}


def test_support_to_the_project_after_dui():
    text = PROJECT + "湘江新区管理委员会将对项目成果转化给予资金支持。"
    assert of_type(text, "FUNDS") == {("湘江新区管理委员会", "可降解心脏封堵器研发与临床评价")}


def test_a_company_donating_to_a_university_funds_it():
    text = "湘江医疗科技有限公司向湘江大学捐赠2000万元，用于支持医工交叉人才培养。"
    assert of_type(text, "FUNDS") == {("湘江医疗科技有限公司", "湘江大学")}


def test_a_platform_in_a_list_of_signers_is_no_partnership_subject():
    text = "湘江大学、湘江康复研究院和湘雅医院签署三方合作协议。"
    assert frozenset(("湘江大学", "中南大学湘雅医院")) in partner_pairs(text)


CENTRE = "湘江大学、湘雅医院联合发起成立的湘江智能医疗器械创新中心揭牌。"
CENTRE_NAME = "湘江智能医疗器械创新中心"


def test_a_long_centre_name_whose_founding_is_reported_is_a_platform():
    assert {s for s, o in of_type(CENTRE, "CO_FOUNDED") if o == CENTRE_NAME} == {"湘江大学", "中南大学湘雅医院"}


def test_a_bare_zhongxin_takes_roles_supervision_and_money():
    text = CENTRE + ("中心由长沙市科学技术局主管。中心首任主任由湘江大学教授周建国担任，湘雅医院院长王军被聘为中心名誉主任。"
                     "中心首批项目总经费1200万元，其中长沙市科学技术局资助800万元。")
    assert of_type(text, "SUPERVISES") == {("长沙市科学技术局", CENTRE_NAME)}
    assert of_type(text, "LEADS") == {("周建国", CENTRE_NAME)}
    assert ("王军", CENTRE_NAME) in of_type(text, "WORKS_AT")
    assert of_type(text, "FUNDS") == {("长沙市科学技术局", CENTRE_NAME)}


def test_members_of_a_centre_and_numbered_hospitals_of_different_owners_stay_apart():
    text = CENTRE + "中心成员单位已扩展至20家，包括常州市第一人民医院、苏州大学附属第一医院等。"
    assert {s for s, o in of_type(text, "MEMBER_OF")} == {"常州市第一人民医院", "苏州大学附属第一医院"}


def test_joining_an_alliance_in_a_later_clause_is_membership_not_founding():
    text = "湘雅医院已与湖南大学分别成立医工交叉研究平台，并加入了华中地区医学人工智能创新联盟。"
    alliance = "华中地区医学人工智能创新联盟"
    assert of_type(text, "MEMBER_OF") == {("中南大学湘雅医院", alliance)}
    assert not any(o == alliance for _, o in of_type(text, "CO_FOUNDED"))


def test_a_bare_joint_innovation_lab_refers_back():
    text = "湘雅医院与华为技术有限公司共建“智慧医院联合创新实验室”。湖南省科学技术厅将对联合创新实验室给予专项经费支持。"
    assert of_type(text, "FUNDS") == {("湖南省科学技术厅", "智慧医院联合创新实验室")}


def test_an_unrelated_centre_in_the_sentence_does_not_take_the_alliances_members():
    text = ALLIANCE + "成员单位包括武汉大学、湖南大学，秘书处设在湖北省医疗器械质量检验中心。"
    assert {o for _, o in of_type(text, "MEMBER_OF")} == {"长江中游智能医疗装备创新联盟"}
