"""Relation rules added with held-out corpus 9 in view: leads written across clauses, founders, partners, funds."""
from medkg.loaders.extract.money import funds, invests
from medkg.loaders.extract.people import PersonMention
from medkg.loaders.extract.relations import Context, Resolved, co_founded, project_partners, supervises
from medkg.loaders.extract.roles import appointments, project_leaders


def at(s, name, label):
    i = s.index(name)
    return Resolved(i, i + len(name), label, name)


def person(s, name):
    i = s.index(name)
    return PersonMention(start=i, end=i + len(name), name=name)


def triples(facts):
    return {(f.type, f.source, f.target) for f in facts}


def test_a_centre_head_post_held_jointly_by_two_people_leads_for_both():
    s = "中心主任由甲大学副校长王明远教授与乙医院骨科主任医师李思源共同担任"
    orgs = [Resolved(0, 2, "Platform", "丙联合研究中心"), at(s, "甲大学", "University"), at(s, "乙医院", "Hospital")]
    facts = appointments(s, [person(s, "王明远"), person(s, "李思源")], orgs, "", "")
    assert {("LEADS", n, "丙联合研究中心") for n in ("王明远", "李思源")} <= triples(facts)


def test_a_two_director_system_names_both_heads_of_the_centre_in_the_sentence():
    s = "丙创新中心实行双主任制，分别由王明远院士和乙医院骨科主任、二级教授李思源担任"
    orgs = [at(s, "丙创新中心", "Platform"), at(s, "乙医院", "Hospital")]
    facts = appointments(s, [person(s, "王明远"), person(s, "李思源")], orgs, "", "")
    assert {("LEADS", n, "丙创新中心") for n in ("王明远", "李思源")} <= triples(facts)


def test_a_committee_chair_is_no_head_of_the_centre():
    s = "丙创新中心技术委员会主任则由甲大学教授王明远出任"
    orgs = [at(s, "丙创新中心", "Platform"), at(s, "甲大学", "University")]
    facts = appointments(s, [person(s, "王明远")], orgs, "", "丙创新中心")
    assert ("LEADS", "王明远", "丙创新中心") not in triples(facts)


def test_a_topic_undertaken_by_a_researcher_is_led_by_them():
    s = "课题三“丁芯片设计”由甲研究所研究员王明远承担"
    orgs = [at(s, "甲研究所", "Agency")]
    facts = project_leaders(s, [person(s, "王明远")], [at(s, "丁芯片设计", "Project")], "", orgs)
    assert ("LEADS", "王明远", "丁芯片设计") in triples(facts)


def test_a_project_jointly_led_by_people_named_with_their_titles_after_them():
    s = "由甲学院王明远教授与乙医院李思源主任医师共同牵头的“丁监测系统”获得资助"
    orgs = [at(s, "甲学院", "University"), at(s, "乙医院", "Hospital")]
    facts = project_leaders(s, [person(s, "王明远"), person(s, "李思源")], [at(s, "丁监测系统", "Project")], "", orgs)
    assert {("LEADS", n, "丁监测系统") for n in ("王明远", "李思源")} <= triples(facts)


def test_a_project_lead_partners_with_each_unit_taking_part():
    s = "项目由甲医院牵头，乙大学、丙公司和丁研究所共同参与，下设三个课题"
    orgs = [at(s, "甲医院", "Hospital"), at(s, "乙大学", "University"), at(s, "丙公司", "Company"),
            at(s, "丁研究所", "Agency")]
    assert triples(project_partners(s, orgs, Context())) == {
        ("PARTNERS_WITH", "甲医院", n) for n in ("乙大学", "丙公司", "丁研究所")}


def test_units_taking_part_in_building_an_alliance_are_no_project_partners():
    s = "联盟由甲医院牵头，乙大学、丙公司共同参与发起"
    orgs = [Resolved(0, 2, "Platform", "戊创新联盟"), at(s, "甲医院", "Hospital"), at(s, "乙大学", "University"),
            at(s, "丙公司", "Company")]
    assert project_partners(s, orgs, Context()) == []


def test_a_company_matching_funds_pays_for_the_topic_it_leads_not_the_first_one():
    s = "课题一“甲设计”由王明远负责；课题二“乙注册检验”由丙公司李思源负责，丙公司同时配套自筹资金800万元"
    orgs = [at(s, "甲设计", "Project"), at(s, "乙注册检验", "Project"), at(s, "丙公司", "Company"),
            Resolved(s.rindex("丙公司"), s.rindex("丙公司") + 3, "Company", "丙公司")]
    assert triples(funds(s, orgs, Context())) == {("FUNDS", "丙公司", "乙注册检验")}


def test_an_old_shareholder_subscribing_again_and_a_strategic_investor_invest_in_the_round():
    s = "甲科技有限公司完成1亿元A轮融资，由乙资本领投，老股东丙创投继续超额认购；丁医疗股份有限公司（以下简称“丁医疗”）同时以战略投资方身份入股"
    orgs = [at(s, "甲科技有限公司", "Company"), at(s, "乙资本", "Company"), at(s, "丙创投", "Company"),
            at(s, "丁医疗股份有限公司", "Company"), Resolved(s.rindex("丁医疗"), s.rindex("丁医疗") + 3, "Company", "丁医疗")]
    assert triples(invests(s, orgs, Context())) == {
        ("INVESTS_IN", n, "甲科技有限公司") for n in ("乙资本", "丙创投", "丁医疗股份有限公司")}


def test_an_alliance_led_by_one_unit_with_others_only_counted_is_founded_by_the_lead():
    s = "联合体由甲医院牵头，联合省内外30家高校、医院和企业共同发起"
    orgs = [Resolved(0, 3, "Platform", "丁协同创新联合体"), at(s, "甲医院", "Hospital")]
    assert triples(co_founded(s, orgs, Context())) == {("CO_FOUNDED", "甲医院", "丁协同创新联合体")}


def test_a_lead_and_the_named_units_it_joins_found_the_alliance():
    s = "联盟由甲医院牵头，联合乙大学和丙公司等单位共同发起"
    orgs = [Resolved(0, 2, "Platform", "丁联盟"), at(s, "甲医院", "Hospital"), at(s, "乙大学", "University"),
            at(s, "丙公司", "Company")]
    assert triples(co_founded(s, orgs, Context())) == {("CO_FOUNDED", n, "丁联盟") for n in ("甲医院", "乙大学", "丙公司")}


def test_a_guiding_agency_of_the_platform_spoken_of_when_the_sentence_names_none():
    s = "甲市科学技术局作为指导单位，将把实验室纳入市级创新载体予以支持"
    facts = supervises(s, [at(s, "甲市科学技术局", "Agency")], Context(platform="乙联合实验室"))
    assert triples(facts) == {("SUPERVISES", "甲市科学技术局", "乙联合实验室")}


def test_a_guiding_agency_of_a_forum_is_no_supervisor_of_the_last_platform():
    s = "论坛由甲大学主办，甲市科学技术局作为指导单位"
    orgs = [at(s, "甲大学", "University"), at(s, "甲市科学技术局", "Agency")]
    assert supervises(s, orgs, Context(platform="乙联合实验室")) == []


def test_a_project_approved_by_a_ministry_is_funded_by_it():
    s = "该项目于2024年获甲省科学技术厅立项，经费300万元"
    orgs = [Resolved(0, 3, "Project", "乙诊疗系统研究"), at(s, "甲省科学技术厅", "Agency")]
    assert triples(funds(s, orgs, Context())) == {("FUNDS", "甲省科学技术厅", "乙诊疗系统研究")}


def test_the_lead_unit_written_as_such_is_the_documents_own_and_partners_with_those_it_joins():
    s = "项目由牵头单位联合甲大学、乙公司和丙医院共同实施"
    orgs = [at(s, "甲大学", "University"), at(s, "乙公司", "Company"), at(s, "丙医院", "Hospital")]
    assert triples(project_partners(s, orgs, Context(main="丁医院"))) == {
        ("PARTNERS_WITH", "丁医院", n) for n in ("甲大学", "乙公司", "丙医院")}


def test_a_topic_whose_leader_is_written_after_it():
    s = "课题二“甲检测系统研发”的负责人是乙公司研发总监王明远"
    facts = project_leaders(s, [person(s, "王明远")], [at(s, "甲检测系统研发", "Project")], "", [at(s, "乙公司", "Company")])
    assert ("LEADS", "王明远", "甲检测系统研发") in triples(facts)


def test_a_topic_undertaken_by_a_professor_named_before_the_verb():
    s = "课题四“甲示范应用”则由乙医院急诊科主任王明远教授承担"
    facts = project_leaders(s, [person(s, "王明远")], [at(s, "甲示范应用", "Project")], "", [at(s, "乙医院", "Hospital")])
    assert ("LEADS", "王明远", "甲示范应用") in triples(facts)
