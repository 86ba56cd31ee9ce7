"""extract_graph end to end on short documents: resolution, evidence and the schema."""
from medkg.graph.model import SCHEMA, make_uid
from medkg.loaders.document import SourceDocument
from medkg.loaders.extract import extract_graph


def graph_of(text: str, doc_id: str = "d1"):
    return extract_graph(SourceDocument(doc_id=doc_id, path=f"{doc_id}.txt", format="txt", text=text))


def names(graph, label):
    return {n.name for n in graph.nodes.values() if n.label == label}


def has(graph, kind, src_label, src, dst_label, dst):
    start, end = make_uid(src_label, src), make_uid(dst_label, dst)
    if kind == "PARTNERS_WITH":
        start, end = sorted((start, end))
    return f"{start}|{kind}|{end}" in graph.relationships


def test_every_fact_carries_evidence_that_points_into_the_text():
    text = "据悉，天津大学与天津医科大学总医院签署战略合作协议。天津大学校长林志远出席。"
    graph = graph_of(text)
    assert graph.relationships
    for item in [*graph.nodes.values(), *graph.relationships.values()]:
        for prov in item.provenance:
            assert prov.doc == "d1" and prov.path == "d1.txt" and prov.rule and 0 < prov.confidence <= 1
            assert text[prov.start:prov.end] == prov.sentence
    for rel in graph.relationships.values():
        sources, targets = SCHEMA[rel.type]
        assert graph.nodes[rel.start].label in sources and graph.nodes[rel.end].label in targets


def test_same_short_name_resolves_by_the_organisations_around_it():
    wuhan = graph_of("华中科技大学与同济医院签署合作协议。")
    shanghai = graph_of("同济大学与同济医院签署合作协议。")
    assert "华中科技大学同济医学院附属同济医院" in names(wuhan, "Hospital")
    assert "同济大学附属同济医院" in names(shanghai, "Hospital")


def test_ordinal_hospitals_resolve_relative_to_the_university_in_context():
    graph = graph_of("宁夏医科大学党委书记王明出席会议。宁夏医科大学与一附院共建“智能康复联合实验室”。")
    assert "宁夏医科大学第一附属医院" in names(graph, "Hospital")
    assert has(graph, "AFFILIATED_WITH", "Hospital", "宁夏医科大学第一附属医院", "University", "宁夏医科大学") is False
    nine = graph_of("上理工先后启动了与交大医学院附属九院、仁济等医院的合作。")
    assert "上海交通大学医学院附属第九人民医院" in names(nine, "Hospital")


def test_declared_abbreviations_and_short_forms_become_aliases_of_one_node():
    graph = graph_of("宁波大学附属第一医院（以下简称“宁大附院”）与天大签约。宁大附院院长陈立出席。")
    hospital = graph.nodes[make_uid("Hospital", "宁波大学附属第一医院")]
    assert "宁大附院" in hospital.aliases
    assert "天大" in graph.nodes[make_uid("University", "天津大学")].aliases
    assert has(graph, "WORKS_AT", "Person", "陈立", "Hospital", "宁波大学附属第一医院")


def test_generic_phrases_and_verbs_never_become_names():
    graph = graph_of("葛均波任研究院院长。学校形成了“三大平台”协同格局，助力上海科创中心建设，积极推进与各大医院的合作。")
    assert not [n for n in graph.nodes.values() if n.label != "Person"]
    assert names(graph, "Person") == {"葛均波"}


def test_implied_subjects_resolve_to_the_document_organisation():
    text = ("浙江大学与温州医科大学附属第一医院签署合作协议。浙江大学校长吴天华出席。"
            "双方将共建“浙南智能诊疗联合实验室”。")
    graph = graph_of(text)
    lab = "浙南智能诊疗联合实验室"
    assert has(graph, "CO_FOUNDED", "University", "浙江大学", "Platform", lab)
    assert has(graph, "CO_FOUNDED", "Hospital", "温州医科大学附属第一医院", "Platform", lab)


def test_reader_tables_become_projects_with_leaders_funders_partners_and_years():
    table = [["序号", "项目负责人", "合作医院", "项目名称", "资金来源", "起止年份"],
             ["1", "张华", "武汉协和医院", "智能穿刺机器人关键技术研究", "湖北省科技厅", "2021-2023"]]
    doc = SourceDocument(doc_id="t", path="t.docx", format="docx", text="华中科技大学医工交叉项目一览。", tables=[table])
    graph = extract_graph(doc)
    project = graph.nodes[make_uid("Project", "智能穿刺机器人关键技术研究")]
    assert project.properties["year"] == 2021
    assert has(graph, "LEADS", "Person", "张华", "Project", project.name)
    assert has(graph, "FUNDS", "Agency", "湖北省科学技术厅", "Project", project.name)
    assert has(graph, "PARTNERS_WITH", "University", "华中科技大学", "Hospital", "华中科技大学同济医学院附属协和医院")
    assert has(graph, "WORKS_AT", "Person", "张华", "University", "华中科技大学")
