"""Every canned report, run on the fixture graph (after analyze), returns exactly these rows.

Each case is (report, parameters as given on the command line or in Python, rows as tuples
in the report's column order). The same cases run on Neo4j when NEO4J_URI is set.
"""
from __future__ import annotations

import pytest

from medkg.graph.store import GraphStore
from medkg.queries.registry import load_reports

CASES = [
    ('partners', {'org': '东理工'}, [
        ('东海理工大学', 'CO_FOUNDED', 'out', 'Platform', '东海医工交叉创新研究院', None, 2021, 1),
        ('东海理工大学', 'MEMBER_OF', 'out', 'Platform', '长三角医疗器械创新联盟', None, 2022, 1),
        ('东海理工大学', 'PARTNERS_WITH', 'mutual', 'Company', '明康医疗科技有限公司', None, 2022, 1),
        ('东海理工大学', 'PARTNERS_WITH', 'mutual', 'Hospital', '江南医科大学附属仁和医院', None, 2021, 2),
        ('东海理工大学', 'PART_OF', 'in', 'University', '东海理工大学生物医学工程学院', None, None, 1),
        ('东海理工大学', 'WORKS_AT', 'in', 'Person', '林志远', '教授', None, 1),
    ]),
    ('partners', {'org': '仁和医院', 'rel_type': 'PARTNERS_WITH', 'label': 'Company'}, [
        ('江南医科大学附属仁和医院', 'PARTNERS_WITH', 'mutual', 'Company', '明康医疗科技有限公司', None, 2022, 1),
    ]),
    ('connection', {'source': '西岭工大', 'target': '仁和医院'}, [
        (3, ['西岭工业大学', '远航影像设备股份有限公司', '江南医科大学', '江南医科大学附属仁和医院'], ['远航影像设备股份有限公司 -PARTNERS_WITH-> 西岭工业大学', '远航影像设备股份有限公司 -PARTNERS_WITH-> 江南医科大学', '江南医科大学附属仁和医院 -AFFILIATED_WITH-> 江南医科大学'], ['西岭工大与远航影像合作研发低剂量CT。', '江南医科大学与远航影像签署战略合作协议。', '江南医科大学附属仁和医院是一所综合性教学医院。']),
        (3, ['西岭工业大学', '长三角医疗器械创新联盟', '东海理工大学', '江南医科大学附属仁和医院'], ['西岭工业大学 -MEMBER_OF-> 长三角医疗器械创新联盟', '东海理工大学 -MEMBER_OF-> 长三角医疗器械创新联盟', '江南医科大学附属仁和医院 -PARTNERS_WITH-> 东海理工大学'], ['长三角医疗器械创新联盟成员单位包括东海理工大学、江南医科大学、西岭工业大学、江医二院、明康医疗和远航影像。', '长三角医疗器械创新联盟成员单位包括东海理工大学、江南医科大学、西岭工业大学、江医二院、明康医疗和远航影像。', '东海理工大学与仁和医院签署医工交叉战略合作协议。']),
        (3, ['西岭工业大学', '长三角医疗器械创新联盟', '明康医疗科技有限公司', '江南医科大学附属仁和医院'], ['西岭工业大学 -MEMBER_OF-> 长三角医疗器械创新联盟', '明康医疗科技有限公司 -MEMBER_OF-> 长三角医疗器械创新联盟', '明康医疗科技有限公司 -PARTNERS_WITH-> 江南医科大学附属仁和医院'], ['长三角医疗器械创新联盟成员单位包括东海理工大学、江南医科大学、西岭工业大学、江医二院、明康医疗和远航影像。', '长三角医疗器械创新联盟成员单位包括东海理工大学、江南医科大学、西岭工业大学、江医二院、明康医疗和远航影像。', '仁和医院与明康医疗合作开展手术机器人临床试验。']),
        (3, ['西岭工业大学', '长三角医疗器械创新联盟', '江南医科大学', '江南医科大学附属仁和医院'], ['西岭工业大学 -MEMBER_OF-> 长三角医疗器械创新联盟', '江南医科大学 -MEMBER_OF-> 长三角医疗器械创新联盟', '江南医科大学附属仁和医院 -AFFILIATED_WITH-> 江南医科大学'], ['长三角医疗器械创新联盟成员单位包括东海理工大学、江南医科大学、西岭工业大学、江医二院、明康医疗和远航影像。', '长三角医疗器械创新联盟成员单位包括东海理工大学、江南医科大学、西岭工业大学、江医二院、明康医疗和远航影像。', '江南医科大学附属仁和医院是一所综合性教学医院。']),
    ]),
    ('connection', {'source': '林志远', 'target': '周雅琴'}, [
        (3, ['林志远', '东海医工交叉创新研究院', '江南医科大学附属仁和医院', '周雅琴'], ['林志远 -LEADS-> 东海医工交叉创新研究院', '江南医科大学附属仁和医院 -CO_FOUNDED-> 东海医工交叉创新研究院', '周雅琴 -WORKS_AT-> 江南医科大学附属仁和医院'], ['林志远担任东海医工交叉创新研究院院长。', '东海理工大学与仁和医院联合成立东海医工交叉创新研究院。', '仁和医院心内科主任周雅琴。']),
        (3, ['林志远', '东海理工大学', '江南医科大学附属仁和医院', '周雅琴'], ['林志远 -WORKS_AT-> 东海理工大学', '江南医科大学附属仁和医院 -PARTNERS_WITH-> 东海理工大学', '周雅琴 -WORKS_AT-> 江南医科大学附属仁和医院'], ['东海理工大学林志远教授介绍了研究院的规划。', '东海理工大学与仁和医院签署医工交叉战略合作协议。', '仁和医院心内科主任周雅琴。']),
    ]),
    ('ecosystem', {'org': '江医二院', 'hops': 1}, [
        ('江南医科大学附属第二医院', 1, 'Company', '远航影像设备股份有限公司'),
        ('江南医科大学附属第二医院', 1, 'Platform', '长三角医疗器械创新联盟'),
        ('江南医科大学附属第二医院', 1, 'University', '江南医科大学'),
    ]),
    ('ecosystem', {'org': '东海六院', 'hops': 3}, [
        ('东海市第六人民医院', 1, 'Agency', '东海市科学技术委员会'),
        ('东海市第六人民医院', 1, 'Person', '王海波'),
        ('东海市第六人民医院', 2, 'Platform', '东海医工交叉创新研究院'),
        ('东海市第六人民医院', 2, 'Project', '智能手术机器人关键技术研究'),
        ('东海市第六人民医院', 3, 'Hospital', '江南医科大学附属仁和医院'),
        ('东海市第六人民医院', 3, 'Person', '林志远'),
        ('东海市第六人民医院', 3, 'University', '东海理工大学'),
    ]),
    ('clusters', {'min_size': 3, 'top_ties': 2}, [
        (0, 8, ['University 2', 'Hospital 1', 'Company 1', 'Agency 1', 'Person 2', 'Project 1'], ['Agency: 国家自然科学基金委员会', 'Company: 明康医疗科技有限公司', 'Hospital: 江南医科大学附属仁和医院', 'Person: 周雅琴', 'Person: 陈立恒', 'Project: 可降解心脏支架临床转化研究', 'University: 东海理工大学', 'University: 东海理工大学生物医学工程学院'], ['江南医科大学附属仁和医院 -PARTNERS_WITH-> 东海理工大学 (2)', '东海理工大学生物医学工程学院 -PART_OF-> 东海理工大学 (1)']),
        (1, 7, ['Hospital 1', 'Platform 1', 'Agency 1', 'Person 3', 'Project 1'], ['Agency: 东海市科学技术委员会', 'Hospital: 东海市第六人民医院', 'Person: 林志远', 'Person: 王海波', 'Person: 赵敏', 'Platform: 东海医工交叉创新研究院', 'Project: 智能手术机器人关键技术研究'], ['东海市科学技术委员会 -FUNDS-> 东海医工交叉创新研究院 (1)', '东海市科学技术委员会 -PARTNERS_WITH-> 东海市第六人民医院 (1)']),
        (2, 5, ['University 2', 'Hospital 1', 'Company 1', 'Platform 1'], ['Company: 远航影像设备股份有限公司', 'Hospital: 江南医科大学附属第二医院', 'Platform: 长三角医疗器械创新联盟', 'University: 江南医科大学', 'University: 西岭工业大学'], ['江南医科大学 -MEMBER_OF-> 长三角医疗器械创新联盟 (1)', '江南医科大学附属第二医院 -AFFILIATED_WITH-> 江南医科大学 (1)']),
    ]),
    ('brokers', {'limit': 5}, [
        ('Company', '明康医疗科技有限公司', 0.341631, 0.210833, 6, 0, 3),
        ('University', '东海理工大学', 0.278499, 0.275023, 6, 0, 3),
        ('Platform', '东海医工交叉创新研究院', 0.220418, 0.364045, 4, 1, 2),
        ('Platform', '长三角医疗器械创新联盟', 0.175685, 0.34385, 6, 2, 2),
        ('Hospital', '江南医科大学附属仁和医院', 0.156926, 0.317878, 5, 0, 3),
    ]),
    ('brokers', {'label': 'Person'}, [
        ('Person', '林志远', 0.123737, 0.307726, 4, 1, 2),
        ('Person', '周雅琴', 0.033189, 0.431111, 3, 0, 2),
        ('Person', '赵敏', 0.02381, 0.5, 2, 1, 2),
    ]),
    ('boundary_spanners', {}, [
        ('周雅琴', 2, ['教授 @ 江南医科大学', '主任 @ 江南医科大学附属仁和医院']),
        ('林志远', 2, ['院长 @ 东海医工交叉创新研究院', '教授 @ 东海理工大学']),
    ]),
    ('university_structure', {}, [
        ('东海理工大学', [], ['东海理工大学生物医学工程学院']),
        ('江南医科大学', ['江南医科大学附属仁和医院', '江南医科大学附属第二医院'], []),
    ]),
    ('platforms', {}, [
        ('东海医工交叉创新研究院', ['东海理工大学', '江南医科大学附属仁和医院'], [], ['林志远']),
        ('长三角医疗器械创新联盟', [], ['东海理工大学', '明康医疗科技有限公司', '江南医科大学', '江南医科大学附属第二医院', '西岭工业大学', '远航影像设备股份有限公司'], []),
    ]),
    ('funding_flows', {'funder': '国家自然基金委'}, [
        ('国家自然科学基金委员会', 'Project', '可降解心脏支架临床转化研究', 2023, ['周雅琴'], ['江南医科大学', '江南医科大学附属仁和医院'], ['江南医科大学附属仁和医院', '江南医科大学附属第二医院']),
    ]),
    ('funding_flows', {}, [
        ('东海市科学技术委员会', 'Platform', '东海医工交叉创新研究院', 2021, ['林志远'], ['东海理工大学'], ['江南医科大学附属仁和医院']),
        ('东海市科学技术委员会', 'Project', '智能手术机器人关键技术研究', 2022, ['林志远'], ['东海理工大学'], ['江南医科大学附属仁和医院']),
        ('国家自然科学基金委员会', 'Project', '可降解心脏支架临床转化研究', 2023, ['周雅琴'], ['江南医科大学', '江南医科大学附属仁和医院'], ['江南医科大学附属仁和医院', '江南医科大学附属第二医院']),
        ('明康医疗科技有限公司', 'Project', '可降解心脏支架临床转化研究', 2023, ['周雅琴'], ['江南医科大学', '江南医科大学附属仁和医院'], ['江南医科大学附属仁和医院', '江南医科大学附属第二医院']),
    ]),
    ('missing_ties', {}, [
        ('Hospital', '东海市第六人民医院', 'university or company partner', 2),
        ('Hospital', '滨江区中心医院', 'university or company partner', 0),
        ('University', '西岭工业大学', 'hospital partner', 3),
        ('University', '东海理工大学生物医学工程学院', 'hospital partner', 1),
    ]),
    ('gaps', {'limit': 4}, [
        ('Company', '明康医疗科技有限公司', 'University', '江南医科大学', 0.416667, 1.279458, 2, False, ['江南医科大学附属仁和医院', '长三角医疗器械创新联盟']),
        ('Hospital', '江南医科大学附属第二医院', 'University', '西岭工业大学', 0.416667, 1.279458, 2, True, ['远航影像设备股份有限公司', '长三角医疗器械创新联盟']),
        ('Company', '远航影像设备股份有限公司', 'Hospital', '江南医科大学附属仁和医院', 0.25, 0.721348, 1, False, ['江南医科大学']),
        ('Company', '青禾资本管理有限公司', 'University', '东海理工大学', 0.25, 0.721348, 1, False, ['明康医疗科技有限公司']),
    ]),
    ('gaps', {'sector': 'Hospital', 'limit': 3}, [
        ('Hospital', '江南医科大学附属第二医院', 'University', '西岭工业大学', 0.416667, 1.279458, 2, True, ['远航影像设备股份有限公司', '长三角医疗器械创新联盟']),
        ('Company', '远航影像设备股份有限公司', 'Hospital', '江南医科大学附属仁和医院', 0.25, 0.721348, 1, False, ['江南医科大学']),
        ('Company', '青禾资本管理有限公司', 'Hospital', '江南医科大学附属仁和医院', 0.25, 0.721348, 1, False, ['明康医疗科技有限公司']),
    ]),
    ('top_collaborators', {'label': 'University', 'limit': 3}, [
        ('University', '东海理工大学', 5, 6, 3),
        ('University', '江南医科大学', 4, 4, 2),
        ('University', '西岭工业大学', 2, 2, 1),
    ]),
    ('timeline', {'from_year': 2022, 'to_year': 2023}, [
        (2022, 'MEMBER_OF', '东海理工大学', '长三角医疗器械创新联盟'),
        (2022, 'MEMBER_OF', '明康医疗科技有限公司', '长三角医疗器械创新联盟'),
        (2022, 'MEMBER_OF', '江南医科大学', '长三角医疗器械创新联盟'),
        (2022, 'MEMBER_OF', '江南医科大学附属第二医院', '长三角医疗器械创新联盟'),
        (2022, 'MEMBER_OF', '西岭工业大学', '长三角医疗器械创新联盟'),
        (2022, 'MEMBER_OF', '远航影像设备股份有限公司', '长三角医疗器械创新联盟'),
        (2022, 'PARTNERS_WITH', '明康医疗科技有限公司', '东海理工大学'),
        (2022, 'PARTNERS_WITH', '明康医疗科技有限公司', '江南医科大学附属仁和医院'),
        (2022, 'Project', '智能手术机器人关键技术研究', ''),
        (2023, 'PARTNERS_WITH', '远航影像设备股份有限公司', '江南医科大学'),
        (2023, 'PARTNERS_WITH', '远航影像设备股份有限公司', '江南医科大学附属第二医院'),
        (2023, 'Project', '可降解心脏支架临床转化研究', ''),
    ]),
    ('evidence', {'source': '东海理工大学', 'target': '仁和医院'}, [
        ('江南医科大学附属仁和医院', 'PARTNERS_WITH', '东海理工大学', 'doc-news-2021', 'news/东海日报-2021-医工合作.txt', '东海理工大学与仁和医院签署医工交叉战略合作协议。', 'fixture', 0.9),
        ('江南医科大学附属仁和医院', 'PARTNERS_WITH', '东海理工大学', 'doc-report-2023', 'reports/江南医科大学年报-2023.txt', '仁和医院与东理工共建联合实验室，深化医工合作。', 'fixture', 0.8),
    ]),
    ('evidence', {'source': '林志远', 'target': '医工院', 'rel_type': 'LEADS'}, [
        ('林志远', 'LEADS', '东海医工交叉创新研究院', 'doc-news-2021', 'news/东海日报-2021-医工合作.txt', '林志远担任东海医工交叉创新研究院院长。', 'fixture', 0.9),
    ]),
    ('lookup', {'text': '明康医疗'}, [
        ('exact', 'Company', '明康医疗', [], 'Company:明康医疗', 1, 1),
        ('exact', 'Company', '明康医疗科技有限公司', ['明康医疗'], 'Company:明康医疗科技有限公司', 4, 6),
    ]),
    ('lookup', {'text': '医工'}, [
        ('partial', 'Platform', '东海医工交叉创新研究院', ['医工院'], 'Platform:东海医工交叉创新研究院', 2, 4),
        ('partial', 'University', '东海理工大学生物医学工程学院', ['东理工医工学院'], 'University:东海理工大学生物医学工程学院', 1, 1),
    ]),
    ('data_quality', {}, [
        ('isolated node', '滨江区中心医院', 'Hospital', None),
        ('possible duplicate', '明康医疗', '明康医疗科技有限公司 (Company)', None),
        ('weak fact', '东海市科学技术委员会 -PARTNERS_WITH-> 东海市第六人民医院', '东海六院与东海市科委开展合作。', 0.5),
        ('weak fact', '青禾资本管理有限公司 -INVESTS_IN-> 明康医疗', '青禾资本追加投资明康医疗。', 0.4),
    ]),
]


@pytest.mark.parametrize(("name", "params", "expected"), CASES,
                         ids=[f"{name}-{i}" for i, (name, _, _) in enumerate(CASES)])
def test_report_returns_exactly_the_expected_rows(analysed_store: GraphStore, name: str, params: dict,
                                                  expected: list[tuple]) -> None:
    rows = load_reports()[name].run(analysed_store, params)
    assert [tuple(row.values()) for row in rows] == expected


def test_every_report_has_a_case() -> None:
    assert {name for name, _, _ in CASES} == set(load_reports())


def test_string_parameters_from_the_command_line_are_converted(analysed_store: GraphStore) -> None:
    as_typed = load_reports()["ecosystem"].run(analysed_store, {"org": "东海六院", "hops": 3})
    assert load_reports()["ecosystem"].run(analysed_store, {"org": "东海六院", "hops": "3"}) == as_typed


def test_connection_paths_are_capped(analysed_store: GraphStore) -> None:
    report = load_reports()["connection"]
    every = report.run(analysed_store, {"source": "西岭工大", "target": "仁和医院"})
    capped = report.run(analysed_store, {"source": "西岭工大", "target": "仁和医院", "limit": 2})
    assert len(capped) == 2 and all(row in every for row in capped)


def test_unknown_entity_gives_no_rows(analysed_store: GraphStore) -> None:
    assert load_reports()["partners"].run(analysed_store, {"org": "不存在的机构"}) == []
    assert load_reports()["connection"].run(analysed_store, {"source": "东理工", "target": "东理工"}) == []
