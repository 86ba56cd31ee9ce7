"""Finding nodes by any name, paths between them, and subgraphs."""
import pytest

from medkg.viz import ViewError, connecting_paths, find_node, subgraph


@pytest.mark.parametrize("name", ["仁和医院", "东海医科大学附属仁和医院", " 仁和 医院 ", "Hospital:东海医科大学附属仁和医院"])
def test_find_node_by_name_alias_or_uid(sample_graph, name):
    assert find_node(sample_graph, name).uid == "Hospital:东海医科大学附属仁和医院"


def test_find_node_matches_english_alias_ignoring_case_and_width(sample_graph):
    assert find_node(sample_graph, "ＤＯＮＧＨＡＩ medical university").name == "东海医科大学"


def test_exact_name_wins_over_longer_names_containing_it(sample_graph):
    assert find_node(sample_graph, "滨江理工大学").uid == "University:滨江理工大学"


def test_unique_part_of_a_name_is_enough(sample_graph):
    assert find_node(sample_graph, "星桥").name == "星桥资本"


def test_ambiguous_and_unknown_names_are_clear_errors(sample_graph):
    with pytest.raises(ViewError, match="names 2 nodes: 东海医科大学附属仁和医院 \\(Hospital\\), 东海医科大学"):
        find_node(sample_graph, "东海医科")
    with pytest.raises(ViewError, match="no node is called '不存在'"):
        find_node(sample_graph, "不存在")


def test_connecting_paths_follow_observed_ties(sample_graph):
    nodes, rels = connecting_paths(sample_graph, "Person:林若海", "Person:周明远")
    assert nodes == ["Hospital:东海医科大学附属仁和医院", "Person:周明远", "Person:林若海",
                     "Platform:滨江医工交叉创新研究院", "University:东海医科大学", "University:滨江理工大学"]
    assert len(rels) == 6  # two shortest paths of four ties, sharing both WORKS_AT ties
    assert all("GAP_CANDIDATE" not in r for r in rels)


def test_a_predicted_tie_is_not_a_path(sample_graph):
    sample_graph.relationships = {rid: r for rid, r in sample_graph.relationships.items()
                                  if r.type not in ("PARTNERS_WITH", "AFFILIATED_WITH", "CO_FOUNDED", "FUNDS")}
    with pytest.raises(ViewError, match="no path connects 东海医科大学 and 云岭医疗科技有限公司"):
        connecting_paths(sample_graph, "University:东海医科大学", "Company:云岭医疗科技有限公司")


def test_subgraph_keeps_ties_among_the_chosen_nodes(sample_graph):
    part = subgraph(sample_graph, ["Person:林若海", "University:滨江理工大学", "Project:智能骨科手术机器人研发", "nope"])
    assert sorted(part.nodes) == ["Person:林若海", "Project:智能骨科手术机器人研发", "University:滨江理工大学"]
    assert sorted(r.type for r in part.relationships.values()) == ["LEADS", "WORKS_AT"]
