"""Analytics: igraph results agree with networkx, runs are deterministic, re-runs replace."""
from __future__ import annotations

import math

import networkx as nx
import pytest

from medkg.graph.model import ORGANISATIONS, Relationship
from medkg.graph.store import GraphStore
from medkg.queries.analytics import SECTORS, Network, Settings, Summary, analyze, gap_candidates, node_metrics

from report_fixture import fixture_graph

METRICS = "MATCH (n) RETURN n.uid AS uid, n.community AS c, n.degree AS d, n.betweenness AS b, " \
          "n.pagerank AS p, n.constraint AS k ORDER BY uid"
GAPS = "MATCH (a)-[g:GAP_CANDIDATE]->(b) RETURN a.uid AS a, b.uid AS b, g.score AS s, " \
       "g.shared_partners AS shared ORDER BY a, b"


def networkx_graph(net: Network) -> nx.Graph:
    g = nx.Graph()
    g.add_nodes_from(net.uids)
    g.add_edges_from((net.uids[a], net.uids[b]) for a, b in net.edges)
    return g


@pytest.fixture
def net() -> Network:
    return Network.from_graph(fixture_graph())


def test_centralities_agree_with_networkx(net: Network) -> None:
    metrics = node_metrics(net, Settings(), Summary())
    g = networkx_graph(net)
    between, constraint = nx.betweenness_centrality(g), nx.constraint(g)
    for uid, m in metrics.items():
        assert m["degree"] == g.degree(uid)
        assert m["betweenness"] == pytest.approx(between[uid], abs=1e-6)
        if math.isnan(constraint[uid]):
            assert m["constraint"] is None  # an isolated node has no ego network
        else:
            assert m["constraint"] == pytest.approx(constraint[uid], abs=1e-6)
    assert sum(m["pagerank"] for m in metrics.values()) == pytest.approx(1.0, abs=1e-4)


def test_communities_are_deterministic_and_cover_every_node(net: Network) -> None:
    first = node_metrics(net, Settings(seed=7), Summary())
    assert node_metrics(net, Settings(seed=7), Summary()) == first
    sizes: dict[int, int] = {}
    for m in first.values():
        sizes[m["community"]] = sizes.get(m["community"], 0) + 1
    assert list(sizes) and sorted(sizes.values(), reverse=True) == [sizes[c] for c in sorted(sizes)]


def test_large_graph_mode_is_seeded_and_with_every_node_sampled_equals_exact(net: Network) -> None:
    exact = node_metrics(net, Settings(), Summary())
    n = len(net.uids)
    everyone = Summary()
    large = Settings(exact_nodes=0, betweenness_samples=n, constraint_nodes=n)
    sampled_all = node_metrics(net, large, everyone)
    assert everyone.method.startswith(f"large graph: Louvain communities, betweenness sampled from {n} sources")
    for key in ("betweenness", "constraint", "degree", "pagerank"):
        assert {u: m[key] for u, m in sampled_all.items()} == pytest.approx(
            {u: m[key] for u, m in exact.items()}, abs=1e-6)
    few = Settings(exact_nodes=0, betweenness_samples=8, constraint_nodes=5, seed=3)
    first = node_metrics(net, few, Summary())
    assert node_metrics(net, few, Summary()) == first
    assert sum(m["constraint"] is not None for m in first.values()) == 5
    top = sorted(first.values(), key=lambda m: -m["betweenness"])[:5]
    assert all(m["constraint"] is not None for m in top)


def test_gap_scores_agree_with_networkx_link_prediction(net: Network) -> None:
    gaps = gap_candidates(net, {uid: 0 for uid in net.uids}, Settings())
    orgs = networkx_graph(net).subgraph(u for u, label in zip(net.uids, net.labels) if label in ORGANISATIONS)
    label = dict(zip(net.uids, net.labels))
    expected = {tuple(sorted((u, v))): score for u, v, score in nx.resource_allocation_index(orgs)
                if score > 0 and {label[u], label[v]} <= SECTORS and label[u] != label[v]}
    assert {(r.start, r.end): r.properties["score"] for r in gaps.relationships.values()} == pytest.approx(
        expected, abs=1e-6)
    aa = {tuple(sorted((u, v))): s for u, v, s in nx.adamic_adar_index(orgs, list(expected))}
    for r in gaps.relationships.values():
        assert r.properties["adamic_adar"] == pytest.approx(aa[(r.start, r.end)], abs=1e-6)
        shared = set(nx.common_neighbors(orgs, r.start, r.end))
        assert r.properties["common_partners"] == len(shared)
        assert r.properties["shared_partners"] == sorted(net.names[net.uids.index(w)] for w in shared)
        assert not orgs.has_edge(r.start, r.end)


def test_gap_limit_keeps_the_best_and_community_aware_stays_inside_communities(net: Network) -> None:
    group = {uid: m["community"] for uid, m in node_metrics(net, Settings(), Summary()).items()}
    every = gap_candidates(net, group, Settings())
    best = gap_candidates(net, group, Settings(max_gaps=2))
    scores = sorted((r.properties["score"] for r in every.relationships.values()), reverse=True)
    assert [r.properties["score"] for r in best.relationships.values()] == scores[:2]
    inside = gap_candidates(net, group, Settings(community_aware=True))
    assert inside.relationships and all(r.properties["same_community"] for r in inside.relationships.values())
    assert all(group[r.start] == group[r.end] for r in inside.relationships.values())


def test_rerunning_analyze_replaces_results(store: GraphStore) -> None:
    store.upsert(fixture_graph())
    summary = analyze(store)
    first_metrics, first_gaps = store.query(METRICS), store.query(GAPS)
    assert summary.gap_candidates == len(first_gaps) == 11
    analyze(store)
    assert store.query(METRICS) == first_metrics
    assert store.query(GAPS) == first_gaps
    # A new tie closes the best gap: the next run drops it instead of stacking results.
    closing = fixture_graph()
    tie = Relationship(type="PARTNERS_WITH", start="Company:明康医疗科技有限公司", end="University:江南医科大学")
    closing.add_relationship(tie)
    store.upsert(closing)
    rerun = analyze(store)
    pairs = {(row["a"], row["b"]) for row in store.query(GAPS)}
    assert (tie.start, tie.end) in {(row["a"], row["b"]) for row in first_gaps}
    assert (tie.start, tie.end) not in pairs
    assert store.stats()["relationships"]["GAP_CANDIDATE"] == rerun.gap_candidates == len(pairs)


def test_hubs_do_not_propose_pairs_but_still_count_in_scores(net: Network) -> None:
    group = {uid: 0 for uid in net.uids}
    every = {(r.start, r.end): r.properties for r in gap_candidates(net, group, Settings()).relationships.values()}
    # The alliance (6 organisation partners) is a hub here; 东海理工大学 (5) is not.
    pruned = {(r.start, r.end): r.properties
              for r in gap_candidates(net, group, Settings(hub_degree=5)).relationships.values()}
    assert set(pruned) < set(every)
    assert all("长三角医疗器械创新联盟" in every[pair]["shared_partners"] for pair in set(every) - set(pruned))
    assert ("Company:明康医疗科技有限公司", "University:江南医科大学") in pruned
    assert all(pruned[pair] == every[pair] for pair in pruned)


def test_the_network_read_from_the_store_is_the_graph_without_gap_candidates(store: GraphStore) -> None:
    store.upsert(fixture_graph())
    analyze(store)
    assert Network.from_store(store) == Network.from_graph(fixture_graph())
