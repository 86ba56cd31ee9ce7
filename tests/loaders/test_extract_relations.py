from medkg.loaders.extract.relations import Context, Resolved, co_founded, members, partners


def at(s, name, label):
    i = s.index(name)
    return Resolved(i, i + len(name), label, name)


def triples(facts):
    return {(f.type, f.source, f.target) for f in facts}


def test_a_hub_partners_with_each_organisation_after_its_conjunction():
    s = "甲医院牵头与乙医院、丙医院签署共建协议"
    orgs = [at(s, "甲医院", "Hospital"), at(s, "乙医院", "Hospital"), at(s, "丙医院", "Hospital")]
    assert triples(partners(s, orgs, Context())) == {("PARTNERS_WITH", "甲医院", "乙医院"), ("PARTNERS_WITH", "甲医院", "丙医院")}


def test_organisations_named_as_roles_are_not_partners_unless_they_represent():
    s = "甲大学校长王一、乙医院院长李二出席签约仪式"
    orgs = [Resolved(0, 3, "University", "甲大学", title_after=True), Resolved(8, 11, "Hospital", "乙医院", title_after=True)]
    assert partners(s, orgs, Context()) == []
    s2 = "甲大学校长王一、乙医院院长李二代表双方签约"
    assert triples(partners(s2, orgs, Context())) == {("PARTNERS_WITH", "甲大学", "乙医院")}


def test_founders_come_before_the_cue_and_implied_subjects_use_the_main_organisation():
    s = "甲大学和乙医院共同发起建立“丙研究院”"
    orgs = [at(s, "甲大学", "University"), at(s, "乙医院", "Hospital"), at(s, "丙研究院", "Platform")]
    assert triples(co_founded(s, orgs, Context())) == {("CO_FOUNDED", "甲大学", "丙研究院"), ("CO_FOUNDED", "乙医院", "丙研究院")}
    s2 = "此外，还联合行业机构发起成立了丁联盟"
    assert triples(co_founded(s2, [at(s2, "丁联盟", "Platform")], Context(main="甲大学"))) == {("CO_FOUNDED", "甲大学", "丁联盟")}


def test_a_unit_founded_by_its_own_parent_is_not_co_founded():
    s = "甲大学成立丙研究院"
    orgs = [at(s, "甲大学", "University"), Resolved(5, 9, "Platform", "甲大学丙研究院", parent="甲大学")]
    assert co_founded(s, orgs, Context()) == []


def test_members_listed_before_or_after_the_cue():
    s = "戊联盟首批成员单位包括甲医院、乙公司等20家单位"
    orgs = [at(s, "戊联盟", "Platform"), at(s, "甲医院", "Hospital"), at(s, "乙公司", "Company")]
    assert triples(members(s, orgs, Context())) == {("MEMBER_OF", "甲医院", "戊联盟"), ("MEMBER_OF", "乙公司", "戊联盟")}
    s2 = "甲医院、乙公司等为戊联盟成员单位"
    orgs2 = [at(s2, "甲医院", "Hospital"), at(s2, "乙公司", "Company"), at(s2, "戊联盟", "Platform")]
    assert triples(members(s2, orgs2, Context())) == {("MEMBER_OF", "甲医院", "戊联盟"), ("MEMBER_OF", "乙公司", "戊联盟")}
