"""Entity rules made general after held-out corpus 8: compound surnames, hospitals whose tail is
another hospital's short name, function words before names, units that are not entities.
Sentences are invented."""
from __future__ import annotations

from test_extract_generality2 import names, of_type


def test_a_compound_surname_gives_a_four_character_name_after_a_title():
    assert "司马文博" in names("实验室主任司马文博指着样品说，进展顺利。", "Person")


def test_a_compound_surname_gives_a_four_character_name_before_a_post():
    assert ("上官清远", "东川大学") in of_type("上官清远现为东川大学教授。", "WORKS_AT")


def test_a_compound_surname_with_one_given_character_stays_three_characters():
    assert ("诸葛亮", "东川大学") in of_type("东川大学研究员诸葛亮带领团队。", "WORKS_AT")


def test_a_hospital_named_like_a_known_one_after_another_universitys_fuzhu_stays_whole():
    found = names("东川大学与南岭医科大学附属协和医院签署合作协议。", "Hospital")
    assert found == {"南岭医科大学附属协和医院"}


def test_a_he_between_a_character_and_the_suffix_is_part_of_the_hospital_name():
    assert ("东川大学附属仁和医院", "东川大学") in of_type("东川大学附属仁和医院与西岭公司签约。", "AFFILIATED_WITH")


def test_a_function_word_or_a_time_word_before_a_name_is_no_part_of_it():
    assert names("东川大学负责算法，而西岭理工大学负责硬件。", "University") == {"东川大学", "西岭理工大学"}
    assert names("2023年度医院在研项目见下表。", "Hospital") == set()


def test_zhongri_in_a_hospital_name_is_no_date():
    text = "西岭大学中日友谊医院（以下简称中日友谊医院）牵头成立联盟。"
    assert ("西岭大学中日友谊医院", "西岭大学") in of_type(text, "AFFILIATED_WITH")


def test_a_development_centre_with_a_hospital_word_inside_is_one_agency():
    assert names("西岭申达医院发展中心与东川大学签约。", "Hospital") == set()


def test_a_development_centre_named_after_the_country_is_an_agency():
    assert names("中国医疗技术发展中心组织项目启动会。", "Agency") == {"中国医疗技术发展中心"}
    assert names("上海申达医院发展中心与东川大学签约。", "Agency") == {"上海申达医院发展中心"}


def test_a_hospitals_yixuebu_is_a_clinical_department_not_a_school():
    text = "西岭医科大学第一附属医院急诊医学部主任王建国出席。"
    assert names(text, "University") == {"西岭医科大学"}
    assert ("王建国", "西岭医科大学第一附属医院") in of_type(text, "WORKS_AT")


def test_dongshi_zongjingli_is_a_title_and_dongshi_no_person():
    text = "西岭资本董事总经理苏晓明则认为，市场空间很大。"
    assert names(text, "Person") == {"苏晓明"}
    assert of_type(text, "WORKS_AT") == {("苏晓明", "西岭资本")}


def test_the_surname_he_right_after_a_title_opens_a_name_when_a_verb_follows():
    text = "东川医院心内科主任医师和慧敏与西岭大学副教授王建华共同负责该项目。"
    assert ("和慧敏", "东川医院") in of_type(text, "WORKS_AT")


def test_he_after_a_title_before_a_title_word_stays_a_conjunction():
    assert names("东川医院主任医师和学生出席。", "Person") == set()


def test_he_before_a_field_of_study_and_a_title_stays_a_conjunction():
    assert names("每年支持一批由临床医生和理科教师共同负责的项目。", "Person") == set()


def test_city_bureaus_of_innovation_and_industry_are_agencies():
    found = names("西岭市科技创新局、西岭市工业和信息化局为指导单位。", "Agency")
    assert found == {"西岭市科技创新局", "西岭市工业和信息化局"}


def test_a_project_officer_of_an_agency_works_at_it():
    text = "西岭市科学技术局项目主管王雪出席。"
    assert of_type(text, "WORKS_AT") == {("王雪", "西岭市科学技术局")}


def test_a_verb_before_a_bare_suffix_makes_no_name():
    assert names("西岭医疗将以合作方身份参与研究院首批项目。", "Platform") == set()
    assert names("除继续深化与东川大学附属医院的合作外，还将拓展。", "Hospital") == {"东川大学附属医院"}
