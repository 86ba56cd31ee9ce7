"""Name forms and list shapes of unseen news pages: 创新联合体, quoted joint centres under a university,
member lists with bracketed short forms, companies with a bracket inside the name. Invented sentences."""
from __future__ import annotations

from medkg.graph.model import Graph
from medkg.loaders.document import SourceDocument
from medkg.loaders.extract import extract_graph


def graph_of(text: str) -> Graph:
    return extract_graph(SourceDocument(doc_id="t", path="t.txt", format="txt", text=text))


def triples(text: str) -> set[tuple[str, str, str]]:
    graph = graph_of(text)
    names = {uid: node.name for uid, node in graph.nodes.items()}
    return {(r.type, names[r.start], names[r.end]) for r in graph.relationships.values()}


def of_type(text: str, kind: str) -> set[tuple[str, str]]:
    return {(s, o) for t, s, o in triples(text) if t == kind}


def names(text: str, label: str) -> set[str]:
    return {n.name for n in graph_of(text).nodes.values() if n.label == label}


UNION = "由江南大学牵头，苏州大学共同发起的“江苏康复器械创新联合体”成立大会召开。"


def test_innovation_union_is_a_platform_with_founders():
    assert "江苏康复器械创新联合体" in names(UNION, "Platform")
    assert of_type(UNION, "CO_FOUNDED") == {("江南大学", "江苏康复器械创新联合体"), ("苏州大学", "江苏康复器械创新联合体")}


def test_member_list_reads_through_bracketed_short_forms():
    text = UNION + ("会议宣读了首批成员单位名单。首批成员单位共4家，包括：南京大学医学院附属鼓楼医院（鼓楼医院）、"
                    "苏州大学附属第二医院（苏大二院）、无锡华宇科技（集团）有限公司、常州康拓医疗器械股份有限公司。")
    members = {m for m, _ in of_type(text, "MEMBER_OF")}
    assert members == {"南京大学医学院附属鼓楼医院", "苏州大学附属第二医院", "无锡华宇科技(集团)有限公司",
                       "常州康拓医疗器械股份有限公司"}


def test_company_name_keeps_a_bracket_inside():
    text = "本轮融资由杭州智医（浙江）医疗器械股份有限公司参与。"
    assert "杭州智医(浙江)医疗器械股份有限公司" in names(text, "Company")


def test_quoted_joint_centre_under_a_university_keeps_a_generic_core():
    text = "双方将共建“浙江大学智能医疗装备联合研发中心”，中心主任由浙江大学教授周子墨担任。"
    assert ("浙江大学智能医疗装备联合研发中心", "浙江大学") in of_type(text, "PART_OF")
    assert ("周子墨", "浙江大学智能医疗装备联合研发中心") in of_type(text, "LEADS")


def test_unquoted_generic_centre_under_a_university_stays_out():
    assert not names("浙江大学医疗中心近日开放。", "Platform")


SPACED_TABLE = """表2 2023年度校级医工融合项目
序号 项目名称 负责人 承担单位 合作单位

1 可穿戴心电监测贴片研制 冯子涵 浙江大学医学院附属第一医院 浙江工业大学

2 腹腔镜力反馈训练系统 邓一鸣 浙江大学医学院附属第二医院 —
3 骨科术后康复评估软件 苏明轩 浙江大学医学院附属邵逸夫医院 —

三、下一步
项目将于明年结题。"""


def test_space_separated_table_under_a_header_line_is_read():
    found = triples(SPACED_TABLE)
    assert ("LEADS", "冯子涵", "可穿戴心电监测贴片研制") in found
    assert ("LEADS", "苏明轩", "骨科术后康复评估软件") in found
    assert ("WORKS_AT", "邓一鸣", "浙江大学医学院附属第二医院") in found
    partners = {frozenset((s, o)) for t, s, o in found if t == "PARTNERS_WITH"}
    assert partners == {frozenset(("浙江大学医学院附属第一医院", "浙江工业大学"))}


def test_rows_with_a_different_cell_count_end_the_table():
    text = "序号 项目名称 负责人\n1 智能输液泵研制 冯子涵\n2 这一行 多了 一个格子 和更多\n3 手术室物联网平台 邓一鸣"
    projects = names(text, "Project")
    assert "智能输液泵研制" in projects and "手术室物联网平台" not in projects


def test_leaders_after_a_copula_and_joined_by_he_are_people():
    people = names("另有2项课题获资助，项目负责人分别为冯子涵和邓一鸣。", "Person")
    assert people == {"冯子涵", "邓一鸣"}


def test_second_listed_name_before_a_verb_is_a_person():
    assert names("研究所由副院长冯子涵、邓一鸣分管。", "Person") == {"冯子涵", "邓一鸣"}


def test_supervisor_title_is_a_title_not_part_of_a_name():
    assert names("聘请教授、博士生导师苏明轩任研究所学术委员会副主任。", "Person") == {"苏明轩"}


def test_a_name_joined_by_he_must_close_the_list():
    assert "王府井" not in names("副院长冯子涵和王府井大街的商户座谈。", "Person")


HOSPITAL_NEWS = ("近日，浙江大学医学院附属第二医院（浙大二院）牵头申报的项目获批立项。"
                 "其中，由我院骨科主任医师冯子涵担任项目负责人的“智能骨科导航系统研制”项目获资助500万元；"
                 "由超声科教授邓一鸣负责的“便携式超声探头研究”项目获资助300万元。")


def test_our_hospital_and_a_bare_department_are_the_documents_hospital():
    works = of_type(HOSPITAL_NEWS, "WORKS_AT")
    assert ("冯子涵", "浙江大学医学院附属第二医院") in works
    assert ("邓一鸣", "浙江大学医学院附属第二医院") in works


def test_bracketed_short_form_of_the_same_kind_is_an_alias():
    hospitals = {n.name: n.aliases for n in graph_of(HOSPITAL_NEWS).nodes.values() if n.label == "Hospital"}
    assert list(hospitals) == ["浙江大学医学院附属第二医院"] and "浙大二院" in hospitals["浙江大学医学院附属第二医院"]


def test_bracketed_other_name_that_is_no_short_form_stays_apart():
    text = "学院设有生物医学工程研究院（研究生院），由浙江大学主管。"
    platforms = [n for n in graph_of(text).nodes.values() if n.label == "Platform"]
    assert platforms and not any("研究生院" in alias for n in platforms for alias in n.aliases)


def test_person_who_leads_the_quoted_project_after_de():
    text = "由康复科主任苏明轩牵头的“外骨骼机器人研制”项目获资助600万元，由超声科教授邓一鸣负责的“便携式超声探头研究”项目获资助300万元。"
    assert of_type(text, "LEADS") == {("苏明轩", "外骨骼机器人研制"), ("邓一鸣", "便携式超声探头研究")}


def test_leaders_of_unnamed_projects_do_not_lead_the_last_named_one():
    text = "由康复科主任苏明轩牵头的“外骨骼机器人研制”项目获资助。另有2项课题获资助，项目负责人分别为冯子涵和邓一鸣。"
    assert of_type(text, "LEADS") == {("苏明轩", "外骨骼机器人研制")}


CALL = ("我院2项医工交叉项目获资助\n\n近日，浙江省科学技术厅公布了2025年度重点研发计划立项名单，"
        "浙江大学医学院附属第二医院牵头申报的2项项目获批立项。"
        "其中，由我院骨科主任医师冯子涵负责的“智能骨科导航系统研制”项目获资助500万元，项目联合浙江工业大学和杭州康拓医疗器械股份有限公司共同实施；"
        "由超声科教授邓一鸣负责的“便携式超声探头研究”项目获资助300万元，合作单位为浙江理工大学。"
        "此外，浙江大学医学院附属第二医院还有1项课题获国家自然科学基金委员会联合基金资助。")


def test_agency_announcing_a_call_funds_the_projects_said_to_be_funded_later():
    assert of_type(CALL, "FUNDS") >= {("浙江省科学技术厅", "智能骨科导航系统研制"), ("浙江省科学技术厅", "便携式超声探头研究")}


def test_organisation_receiving_a_grant_is_funded_not_a_partner():
    assert ("国家自然科学基金委员会", "浙江大学医学院附属第二医院") in of_type(CALL, "FUNDS")
    assert frozenset(("国家自然科学基金委员会", "浙江大学医学院附属第二医院")) not in {
        frozenset(p) for p in of_type(CALL, "PARTNERS_WITH")}


def test_partners_of_a_project_partner_the_documents_hospital_not_each_other():
    pairs = {frozenset(p) for p in of_type(CALL, "PARTNERS_WITH")}
    host = "浙江大学医学院附属第二医院"
    assert pairs == {frozenset((host, o)) for o in ("浙江工业大学", "杭州康拓医疗器械股份有限公司", "浙江理工大学")}


def test_director_leads_and_a_deputy_in_the_next_clause_works_there():
    text = "双方将共建“浙江大学智能医疗装备联合研发中心”。中心主任由浙江大学教授李润泽担任，浙大二院普外科主任医师刘承军担任常务副主任。"
    centre = "浙江大学智能医疗装备联合研发中心"
    assert of_type(text, "LEADS") == {("李润泽", centre)}
    assert ("刘承军", centre) in of_type(text, "WORKS_AT") and ("李润泽", centre) not in of_type(text, "WORKS_AT")


ROUND = ("杭州智医康复科技有限公司（以下简称“智医康复”）日前宣布完成1亿元B轮融资。"
         "本轮融资由深圳迈瑞医疗器械股份有限公司领投，上海联影医疗科技股份有限公司、苏州启明创投管理有限公司跟投，"
         "老股东杭州泰格投资有限公司继续加注。此前，该基金还投资了另一家康复机器人企业常州康拓机器人有限公司。")


def test_every_investor_of_a_round_invests_in_the_company_raising_it():
    target = "杭州智医康复科技有限公司"
    assert of_type(ROUND, "INVESTS_IN") >= {(i, target) for i in (
        "深圳迈瑞医疗器械股份有限公司", "上海联影医疗科技股份有限公司", "苏州启明创投管理有限公司", "杭州泰格投资有限公司")}
    assert not {o for _, o in of_type(ROUND, "INVESTS_IN")} - {target}


def test_a_description_before_a_company_name_is_no_part_of_it():
    companies = names(ROUND, "Company")
    assert {"杭州泰格投资有限公司", "常州康拓机器人有限公司"} <= companies
    assert not any(c.startswith(("老股东", "另一家")) for c in companies)


def test_fenbie_yu_pairs_the_lists_item_by_item():
    text = "浙江大学医学院附属第二医院、北京协和医院分别与浙江工业大学、北京理工大学建立了联合攻关机制。"
    pairs = {frozenset(p) for p in of_type(text, "PARTNERS_WITH")}
    assert pairs == {frozenset(("浙江大学医学院附属第二医院", "浙江工业大学")), frozenset(("北京协和医院", "北京理工大学"))}


def test_company_founded_in_a_year_founds_nothing():
    text = "杭州智医康复科技有限公司成立于2020年，由浙江大学医学院附属第二医院康复团队与浙江大学生物医学工程研究院联合孵化。"
    assert not of_type(text, "CO_FOUNDED")


def test_guests_who_unveil_together_are_not_founders():
    text = ("浙江大学与杭州智医康复科技有限公司共建智能康复联合创新中心。"
            "浙江大学副校长冯子涵、杭州智医康复科技有限公司总裁邓一鸣、浙江省人民医院院长苏明轩出席仪式并共同揭牌。")
    founders = {f for f, _ in of_type(text, "CO_FOUNDED")}
    assert "浙江省人民医院" not in founders


NOTICE = ("关于冯子涵等同志职务任免的通知\n\n经浙江大学医学院附属第二医院党委研究决定，现将有关干部任免事项通知如下：\n\n"
          "一、任命冯子涵为浙大二院设备管理处处长；\n二、浙江大学医学院附属第二医院设有浙大二院智能医学研究所。"
          "任命教授邓一鸣为研究所所长，苏明轩兼任研究所副所长，教授、博士生导师周子墨任学术委员会副主任。\n\n"
          "中共浙江大学医学院附属第二医院委员会\n浙江大学医学院附属第二医院\n2025年3月1日")


def test_appointment_to_a_department_of_an_organisation_works_there_with_the_full_title():
    graph = graph_of(NOTICE)
    names_of = {uid: n.name for uid, n in graph.nodes.items()}
    titles = {(names_of[r.start], names_of[r.end]): r.properties.get("title") for r in graph.relationships.values()
              if r.type == "WORKS_AT"}
    assert titles.get(("冯子涵", "浙江大学医学院附属第二医院")) == "设备管理处处长"


def test_head_of_an_institute_leads_it_and_deputies_work_there():
    institute = "浙江大学医学院附属第二医院智能医学研究所"
    assert ("邓一鸣", institute) in of_type(NOTICE, "LEADS")
    works = of_type(NOTICE, "WORKS_AT")
    assert {("苏明轩", institute), ("周子墨", institute)} <= works


def test_party_committee_in_a_signature_is_no_agency():
    assert not names(NOTICE, "Agency")


UNION_ROLES = (UNION + "江南大学副校长冯子涵当选联合体理事长，苏州大学教授邓一鸣任联合体秘书长。"
               "南通大学附属医院院长苏明轩、无锡华宇医疗科技股份有限公司董事长周子墨当选副理事长。")


def test_roles_at_a_union_written_as_the_bare_word():
    union = "江苏康复器械创新联合体"
    assert ("冯子涵", union) in of_type(UNION_ROLES, "LEADS")
    assert {("邓一鸣", union), ("苏明轩", union), ("周子墨", union)} <= of_type(UNION_ROLES, "WORKS_AT")


def test_company_short_form_keeps_its_trade_word():
    text = "无锡华宇医疗科技股份有限公司加入联盟。华宇医疗董事长周子墨出席。"
    assert ("周子墨", "无锡华宇医疗科技股份有限公司") in of_type(text, "WORKS_AT")


def test_a_count_of_people_is_no_person():
    assert not names("揭牌仪式邀请了30余名专家参加。", "Person")


def test_a_quoted_way_of_working_is_no_project():
    assert not names("投资方看好团队“临床提问、工程作答”的研发模式。", "Project")


def test_a_places_party_committee_stays_an_agency():
    assert names("中共浙江省委员会印发通知。", "Agency")


def test_institute_listed_after_a_hospital_is_not_the_hospitals():
    text = "浙大二院与智能诊疗研究院、杭州康拓医疗器械股份有限公司共建智能影像联合创新中心。"
    assert not [p for p in of_type(text, "PART_OF") if p[1] == "浙江大学医学院附属第二医院"]


def test_a_companys_centre_is_a_department_and_its_staff_work_at_the_company():
    text = "杭州康拓医疗器械股份有限公司影像研发中心总监周子墨出席。"
    assert not names(text, "Platform")
    assert ("周子墨", "杭州康拓医疗器械股份有限公司") in of_type(text, "WORKS_AT")


def test_directly_affiliated_is_a_description_not_a_hospital_name():
    text = "浙大二院作为浙江大学直属附属医院，与多家企业开展合作。"
    assert names(text, "Hospital") == {"浙江大学医学院附属第二医院"}


def test_a_table_without_a_funder_column_is_funded_by_the_agency_running_the_programme():
    text = ("2025年，学校继续设立医工交叉专项。专项由浙江省科学技术厅组织实施，面向全省征集项目。\n\n" + SPACED_TABLE)
    assert ("浙江省科学技术厅", "可穿戴心电监测贴片研制") in of_type(text, "FUNDS")


def test_a_table_without_a_funder_column_and_no_programme_has_no_funder():
    assert not of_type(SPACED_TABLE, "FUNDS")


def test_the_lian_he_inside_a_platform_name_is_no_partnership_cue():
    assert not of_type(UNION, "PARTNERS_WITH")


def test_platform_described_as_founded_by_two_parties():
    text = "浙大二院设有浙大二院智能医学研究所。研究所是浙大二院与浙江工业大学于2023年联合成立的校院共建平台。"
    institute = "浙江大学医学院附属第二医院智能医学研究所"
    assert of_type(text, "CO_FOUNDED") == {("浙江大学医学院附属第二医院", institute), ("浙江工业大学", institute)}


def test_title_is_person_takes_the_role_at_the_organisation_before_the_titles():
    text = ("杭州智医康复科技有限公司成立于2020年。公司创始人、首席科学家为浙大二院康复科主任医师冯子涵，"
            "首席执行官为浙江工业大学教授邓一鸣。")
    works = of_type(text, "WORKS_AT")
    assert {("冯子涵", "杭州智医康复科技有限公司"), ("邓一鸣", "杭州智医康复科技有限公司")} <= works
    assert ("冯子涵", "浙江大学医学院附属第二医院") in works


def test_office_title_in_a_clause_of_its_own_is_the_hospitals_office():
    text = ("浙大二院发布通知。研究所是医院与浙江工业大学联合成立的平台，设在医院科研楼，由副院长冯子涵、邓一鸣分管。"
            "浙大二院院长苏明轩出席。")
    works = of_type(text, "WORKS_AT")
    assert {("冯子涵", "浙江大学医学院附属第二医院"), ("邓一鸣", "浙江大学医学院附属第二医院")} <= works
    assert ("冯子涵", "浙江工业大学") not in works


def test_an_organisation_after_zuowei_describes_the_subject_and_is_no_partner():
    text = "院长表示，浙大二院作为浙江大学直属附属医院，已与浙江工业大学建立了联合实验室，此次与杭州康拓医疗器械股份有限公司携手。"
    pairs = {frozenset(p) for p in of_type(text, "PARTNERS_WITH")}
    assert pairs == {frozenset(("浙江大学医学院附属第二医院", u)) for u in ("浙江工业大学", "杭州康拓医疗器械股份有限公司")}
