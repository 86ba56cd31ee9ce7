"""Graph analytics computed in Python and written back as properties, so the same canned
reports read them on FalkorDB and Neo4j alike.

Node metrics (over every node and every relationship except ``GAP_CANDIDATE``, as an
undirected simple graph): ``community`` (modularity, seeded), ``degree`` (distinct
neighbours), ``betweenness`` (normalised), ``pagerank`` and Burt's ``constraint``. They
run in igraph/leidenalg (C), which give the same numbers as networkx's pure-Python
versions (the tests check that) at a fraction of the time. Up to ``Settings.exact_nodes``
nodes everything is exact and communities are Leiden's; above, a large-graph mode keeps
analyze to minutes on 100k nodes: Louvain communities (igraph, seeded; leidenalg takes
~15x longer there), betweenness estimated from a seeded sample of sources, and
constraint for the nodes of highest betweenness only (the broker candidates; it costs
the sum of squared degrees).

Gap candidates: pairs of organisations from different *sectors* with no tie of any kind
but partners in common, scored by resource allocation (sum of 1/degree of each shared
partner), with Adamic-Adar and the number of common partners alongside. "Partners" are
organisations tied by any relationship. The sectors are University, Hospital and
Company; Platforms (joint institutes, alliances) and Agencies (funders, regulators) are
vehicles and brokers of collaboration rather than sectors, so they count as shared
partners but are never proposed as one end of a gap.

Re-running replaces every earlier result: node metrics are overwritten on every node and
``GAP_CANDIDATE`` relationships are replaced as a whole.
"""
from __future__ import annotations

import heapq
import math
import random
import time
from collections.abc import Callable
from dataclasses import dataclass, field
from typing import Any

import igraph
import leidenalg

from medkg.graph.model import ORGANISATIONS, SCHEMA, Graph, Node, Relationship
from medkg.graph.store import GraphStore

SECTORS = frozenset({"University", "Hospital", "Company"})
SECTOR_ORDER = {label: i for i, label in enumerate(sorted(SECTORS))}
NODES = "MATCH (n) RETURN n.uid AS uid, labels(n)[0] AS label, n.name AS name"
#: Ties are read one (type, source label) at a time: a million rows in one reply overrun
#: the FalkorDB client's timeout. Both names come from the ontology (checked), never from input.
TIES_OF = "MATCH (a:{source})-[:{type}]->(b) RETURN a.uid AS a, b.uid AS b"
DIGITS = 6


@dataclass(frozen=True)
class Settings:
    """How analyze runs; the defaults suit graphs from a few nodes to ~100k."""

    seed: int = 42
    #: Up to this many nodes every metric is exact; above, the large-graph mode applies.
    exact_nodes: int = 5000
    #: Large-graph mode: sources sampled for betweenness, nodes given a constraint.
    betweenness_samples: int = 256
    constraint_nodes: int = 5000
    #: How many gap candidates to keep (the best by score).
    max_gaps: int = 200
    #: Partners with more ties than this are not used to enumerate gap candidates.
    hub_degree: int = 500
    #: Count only shared partners in the same community as both ends (Soundarajan-Hopcroft).
    community_aware: bool = False


@dataclass
class Summary:
    """What one analyze run did, for the CLI and the benchmark."""

    nodes: int = 0
    ties: int = 0
    communities: int = 0
    modularity: float = 0.0
    method: str = "exact"
    gap_candidates: int = 0
    seconds: dict[str, float] = field(default_factory=dict)


@dataclass
class Network:
    """The undirected simple graph analytics run on; vertex i is ``uids[i]``."""

    uids: list[str]
    labels: list[str]
    names: list[str]
    edges: list[tuple[int, int]]

    @classmethod
    def from_rows(cls, nodes: list[dict[str, Any]], ties: list[dict[str, Any]]) -> "Network":
        nodes = sorted(nodes, key=lambda row: row["uid"])
        index = {row["uid"]: i for i, row in enumerate(nodes)}
        pairs = {tuple(sorted((index[t["a"]], index[t["b"]]))) for t in ties if t["a"] != t["b"]}
        return cls([r["uid"] for r in nodes], [r["label"] for r in nodes], [r["name"] for r in nodes],
                   sorted(pairs))

    @classmethod
    def from_store(cls, store: GraphStore) -> "Network":
        ties: list[dict[str, Any]] = []
        for rel_type, (sources, _) in SCHEMA.items():
            if rel_type != "GAP_CANDIDATE":
                for source in sorted(sources):
                    ties += store.query(TIES_OF.format(source=source, type=rel_type))
        return cls.from_rows(store.query(NODES), ties)

    @classmethod
    def from_graph(cls, graph: Graph) -> "Network":
        nodes = [{"uid": n.uid, "label": n.label, "name": n.name} for n in graph.nodes.values()]
        ties = [{"a": r.start, "b": r.end} for r in graph.relationships.values() if r.type != "GAP_CANDIDATE"]
        return cls.from_rows(nodes, ties)

    def igraph(self) -> igraph.Graph:
        return igraph.Graph(n=len(self.uids), edges=self.edges)


def communities(g: igraph.Graph, seed: int, exact: bool) -> tuple[list[int], float]:
    """Leiden (exact) or Louvain communities, numbered 0, 1, ... by decreasing size."""
    if g.ecount() == 0:
        return list(range(g.vcount())), 0.0
    if exact:
        partition = leidenalg.find_partition(g, leidenalg.ModularityVertexPartition, seed=seed)
    else:
        igraph.set_random_number_generator(random.Random(seed))
        try:
            partition = g.community_multilevel()
        finally:
            igraph.set_random_number_generator(random)  # igraph's default generator
    ordered = sorted(partition, key=lambda members: (-len(members), min(members)))
    membership = [0] * g.vcount()
    for number, members in enumerate(ordered):
        for v in members:
            membership[v] = number
    return membership, partition.modularity


def betweenness(g: igraph.Graph, settings: Settings, exact: bool) -> list[float]:
    """Normalised betweenness (as networkx's ``normalized=True``), exact or sampled."""
    n = g.vcount()
    if n < 3:
        return [0.0] * n
    scale = 2.0 / ((n - 1) * (n - 2))
    if exact:
        return [b * scale for b in g.betweenness(directed=False)]
    k = min(n, settings.betweenness_samples)
    sources = random.Random(settings.seed).sample(range(n), k)
    return [b * scale * n / k for b in g.betweenness(directed=False, sources=sources)]


def constraint(g: igraph.Graph, between: list[float], settings: Settings, exact: bool) -> list[float | None]:
    """Burt's constraint of every node (exact) or of the top nodes by betweenness; None for the rest."""
    chosen = range(g.vcount()) if exact else sorted(range(g.vcount()), key=lambda v: -between[v])[
        :settings.constraint_nodes]
    values: list[float | None] = [None] * g.vcount()
    for v, c in zip(chosen, g.constraint(list(chosen))):
        values[v] = None if math.isnan(c) else c  # an isolated node has no ego network
    return values


def node_metrics(net: Network, settings: Settings, summary: Summary) -> dict[str, dict[str, Any]]:
    """uid -> {community, degree, betweenness, pagerank, constraint}."""
    g = net.igraph()
    exact = g.vcount() <= settings.exact_nodes
    summary.method = "exact" if exact else (
        f"large graph: Louvain communities, betweenness sampled from {min(g.vcount(), settings.betweenness_samples)} "
        f"sources, constraint of the top {settings.constraint_nodes} by betweenness")
    clock = time.perf_counter()
    membership, summary.modularity = communities(g, settings.seed, exact)
    summary.communities = len(set(membership))
    summary.seconds["communities"] = time.perf_counter() - clock
    clock = time.perf_counter()
    between = betweenness(g, settings, exact)
    summary.seconds["betweenness"] = time.perf_counter() - clock
    clock = time.perf_counter()
    burt = constraint(g, between, settings, exact)
    summary.seconds["constraint"] = time.perf_counter() - clock
    rank = g.pagerank(directed=False, damping=0.85)
    degree = g.degree()
    return {
        uid: {
            "community": membership[i],
            "degree": degree[i],
            "betweenness": round(between[i], DIGITS),
            "pagerank": round(rank[i], DIGITS),
            "constraint": None if burt[i] is None else round(burt[i], DIGITS),
        }
        for i, uid in enumerate(net.uids)
    }


def gap_candidates(net: Network, community: dict[str, int], settings: Settings) -> Graph:
    """The best cross-sector pairs with shared partners and no tie, as GAP_CANDIDATE edges.

    Candidates are enumerated through partners of at most ``settings.hub_degree`` ties (a
    bigger hub adds less than 1/hub_degree to a score, and alone would make millions of
    pairs); the scores stored for the kept pairs count every shared partner.
    """
    org = [i for i, label in enumerate(net.labels) if label in ORGANISATIONS]
    is_org = set(org)
    partners: dict[int, set[int]] = {i: set() for i in org}
    for a, b in net.edges:
        if a in is_org and b in is_org:
            partners[a].add(b)
            partners[b].add(a)
    group = [community[uid] for uid in net.uids]
    # Each cross-sector pair is met once: from the end whose sector comes first.
    rank = [SECTOR_ORDER.get(label, -1) for label in net.labels]
    by_sector = {w: [[v for v in vs if rank[v] == r] for r in range(len(SECTOR_ORDER))]
                 for w, vs in partners.items() if len(vs) <= settings.hub_degree}

    def counts(u: int, w: int) -> bool:
        """Whether shared partner w counts for u (community-aware: only within u's community)."""
        return not settings.community_aware or group[u] == group[w]

    best: list[tuple[float, int, int]] = []  # min-heap of the kept pairs; vertex order = uid order
    for u in org:
        if rank[u] < 0:
            continue
        scores: dict[int, float] = {}
        for w in partners[u]:
            if w not in by_sector or not counts(u, w):
                continue
            share = 1.0 / len(partners[w])
            for later in by_sector[w][rank[u] + 1:]:
                for v in later:
                    scores[v] = scores.get(v, 0.0) + share
        for v, score in scores.items():
            if v in partners[u] or (settings.community_aware and group[u] != group[v]):
                continue
            key = (round(score, DIGITS), -min(u, v), -max(u, v))  # equal scores: first pair by uid wins
            if len(best) < settings.max_gaps:
                heapq.heappush(best, key)
            elif key > best[0]:
                heapq.heapreplace(best, key)
    gaps = Graph()
    for _, minus_u, minus_v in sorted(best, reverse=True):
        u, v = -minus_u, -minus_v
        shared = sorted((w for w in partners[u] & partners[v] if counts(u, w) and counts(v, w)),
                        key=lambda w: net.names[w])
        for i in (u, v):
            gaps.add_node(Node(uid=net.uids[i], label=net.labels[i], name=net.names[i]))
        gaps.add_relationship(Relationship(type="GAP_CANDIDATE", start=net.uids[u], end=net.uids[v], properties={
            "score": round(sum(1.0 / len(partners[w]) for w in shared), DIGITS),
            "adamic_adar": round(sum(1.0 / math.log(len(partners[w])) for w in shared), DIGITS),
            "common_partners": len(shared),
            "shared_partners": [net.names[w] for w in shared],
            "same_community": group[u] == group[v],
        }))
    return gaps


def analyze(store: GraphStore, settings: Settings = Settings(),
            progress: Callable[[str], None] = lambda message: None) -> Summary:
    """Compute every metric on the stored graph and write it back, replacing earlier runs."""
    summary = Summary()
    clock = time.perf_counter()
    progress("reading the graph")
    net = Network.from_store(store)
    summary.nodes, summary.ties = len(net.uids), len(net.edges)
    summary.seconds["read"] = time.perf_counter() - clock
    progress(f"computing metrics on {summary.nodes} nodes and {summary.ties} ties")
    metrics = node_metrics(net, settings, summary)
    clock = time.perf_counter()
    progress("finding collaboration gaps")
    gaps = gap_candidates(net, {uid: m["community"] for uid, m in metrics.items()}, settings)
    summary.gap_candidates = len(gaps.relationships)
    summary.seconds["gaps"] = time.perf_counter() - clock
    clock = time.perf_counter()
    progress("writing results")
    store.replace_relationships("GAP_CANDIDATE", gaps)
    store.set_node_properties(metrics)
    summary.seconds["write"] = time.perf_counter() - clock
    return summary
