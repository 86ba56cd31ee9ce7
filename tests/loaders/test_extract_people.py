from medkg.loaders.extract.gazetteer import builtin
from medkg.loaders.extract.organisations import SentenceOrgs
from medkg.loaders.extract.people import SentencePeople


def people(sentence):
    so = SentenceOrgs(sentence, builtin())
    found = SentencePeople(sentence, so.mentions(), so.stops).mentions()
    return {p.name: [(r.org.surface if r.org else r.pseudo, "、".join(r.titles)) for r in p.roles] for p in found}


def test_titles_on_either_side_of_the_name():
    assert people("天津大学校长林志远主持。") == {"林志远": [("天津大学", "校长")]}
    assert people("交大医学院附属瑞金医院宁光院士致辞") == {"宁光": [("交大医学院附属瑞金医院", "院士")]}


def test_a_chain_of_roles_gives_one_role_per_organisation():
    found = people("中国科学院院士、浙江大学医学院院长陈明远表示")
    assert found == {"陈明远": [("浙江大学医学院", "院长"), ("中国科学院", "院士")]}


def test_names_listed_after_a_role_share_it_and_verbs_do_not_join_names():
    found = people("宣武医院医生宋金超、杨志刚参加，副校长刘平主持")
    assert found["宋金超"] == found["杨志刚"] == [("宣武医院", "医生")]
    assert "刘平" in found and "刘平主" not in found


def test_team_names_after_a_department():
    assert set(people("北京大学第一医院肾内科吕继成/张宏团队")) == {"吕继成", "张宏"}
