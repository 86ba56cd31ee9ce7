"""Median latency of canned reports 1, 2, 3 and 11, and the time of ``analyze``, on a generated graph.

    .venv/bin/python bench/bench_reports.py [--scale 1.0] [--runs 15] [--db PATH]

``--scale 1`` is issue 5's size: 100,000 nodes and 1,000,000 relationships (types and
endpoint labels as the ontology allows, endpoints drawn with a heavy tail so some
organisations are hubs); ``--scale 0.1`` is a quick run. The graph is bulk-created in
the stores' flat record layout (``medkg.graph.records``): upsert speed is what
bench/bench_store.py measures. Then ``analyze`` runs once (timed, per stage), and each
report runs ``--runs`` times with different organisations; the median is printed.
``--db`` keeps the store; a store already holding the generated counts is reused.
"""
from __future__ import annotations

import argparse
import itertools
import random
import statistics
import sys
import tempfile
import time
from collections import defaultdict
from pathlib import Path
from typing import Any

from medkg.graph.model import SCHEMA, Provenance
from medkg.graph.records import provenance_props
from medkg.graph.store import GraphStore, open_store
from medkg.queries.analytics import analyze
from medkg.queries.registry import load_reports

#: Share of the nodes per label and of the relationships per type (issue 5: 100k / 1M).
NODE_SHARES = {"Person": 0.40, "Company": 0.25, "Hospital": 0.10, "Project": 0.10, "University": 0.05,
               "Platform": 0.07, "Agency": 0.03}
REL_SHARES = {"PARTNERS_WITH": 0.40, "WORKS_AT": 0.20, "MEMBER_OF": 0.10, "FUNDS": 0.10, "CO_FOUNDED": 0.05,
              "LEADS": 0.05, "INVESTS_IN": 0.05, "AFFILIATED_WITH": 0.02, "SUPERVISES": 0.02, "PART_OF": 0.01}
PLACES = "江南 滨海 东岳 西岭 南湖 北川 云山 青河 临川 长宁".split()
KINDS = {"Person": ("王李张刘陈杨赵黄周吴", "国明华建文志伟秀英芳"), "Company": "医疗科技有限公司",
         "Hospital": "人民医院", "Project": "关键技术研究", "University": "医工大学", "Platform": "医工创新研究院",
         "Agency": "科学技术委员会"}
BATCH = 5000
REPORTS = {"partners": 1, "connection": 2, "ecosystem": 3, "gaps": 11}


def progress(message: str) -> None:
    print(f"\r\033[K  {message}", end="", file=sys.stderr, flush=True)


def node_name(label: str, i: int) -> str:
    if label == "Person":
        surnames, given = KINDS["Person"]
        return f"{surnames[i % 10]}{given[i // 10 % 10]}{i}"
    return f"{PLACES[i % len(PLACES)]}{i}{KINDS[label]}"


def generate(n_nodes: int, n_rels: int, seed: int) -> tuple[dict[str, list[str]], dict[tuple[str, str, str], set]]:
    """Node names by label, and relationship (start, end) name pairs by (type, source, target)."""
    rng = random.Random(seed)
    names = {label: [node_name(label, i) for i in range(max(2, round(n_nodes * share)))]
             for label, share in NODE_SHARES.items()}
    # Zipf-like weights: the first names of every label are the hubs.
    weights = {label: list(itertools.accumulate(1 / (i + 1) ** 0.8 for i in range(len(v))))
               for label, v in names.items()}
    rels: dict[tuple[str, str, str], set] = defaultdict(set)
    for rel_type, share in REL_SHARES.items():
        sources, targets = (sorted(labels) for labels in SCHEMA[rel_type])
        wanted, made = round(n_rels * share), 0
        while made < wanted:
            source, target = rng.choice(sources), rng.choice(targets)
            a = rng.choices(names[source], cum_weights=weights[source])[0]
            b = rng.choices(names[target], cum_weights=weights[target])[0]
            if a == b:
                continue
            if rel_type == "PARTNERS_WITH" and (target, b) < (source, a):  # symmetric: ordered ends
                source, target, a, b = target, source, b, a
            pairs = rels[(rel_type, source, target)]
            if (a, b) not in pairs:
                pairs.add((a, b))
                made += 1
        progress(f"generated {rel_type}")
    return names, rels


def bulk_load(store: GraphStore, names: dict[str, list[str]], rels: dict[tuple[str, str, str], set]) -> None:
    """CREATE every node and relationship in batches, with the stored record layout."""
    prov = provenance_props([Provenance(doc="bench", path="bench/generated.txt", sentence="生成的证据句。",
                                        rule="bench", confidence=0.8)])
    total = sum(len(v) for v in names.values()) + sum(len(v) for v in rels.values())
    done = 0
    for label, label_names in names.items():
        for i in range(0, len(label_names), BATCH):
            rows = [{"uid": f"{label}:{n}", "name": n, "aliases": [], **prov} for n in label_names[i:i + BATCH]]
            store.query(f"UNWIND $rows AS row CREATE (n:{label}) SET n = row", {"rows": rows})
            done += len(rows)
            progress(f"loaded {done:,}/{total:,} entities")
    for (rel_type, source, target), pairs in rels.items():
        pairs = sorted(pairs)
        for i in range(0, len(pairs), BATCH):
            rows = [{"s": f"{source}:{a}", "e": f"{target}:{b}", "year": 2015 + (i + j) % 10}
                    for j, (a, b) in enumerate(pairs[i:i + BATCH])]
            store.query(f"UNWIND $rows AS row MATCH (a:{source} {{uid: row.s}}) MATCH (b:{target} {{uid: row.e}}) "
                        f"CREATE (a)-[r:{rel_type}]->(b) SET r = $prov, r.year = row.year",
                        {"rows": rows, "prov": prov})
            done += len(rows)
            progress(f"loaded {done:,}/{total:,} entities")
    print(file=sys.stderr)


def stored_counts(store: GraphStore) -> tuple[int, int]:
    """Nodes, and relationships other than GAP_CANDIDATE (counted per type: a grouped count
    over a million FalkorDB relationships takes minutes)."""
    rels = sum(store.query(f"MATCH ()-[r:{t}]->() RETURN count(r) AS n")[0]["n"] for t in REL_SHARES)
    return store.query("MATCH (n) RETURN count(n) AS n")[0]["n"], rels


def time_report(store: GraphStore, name: str, params: list[dict[str, Any]]) -> tuple[list[float], list[int]]:
    report = load_reports()[name]
    seconds, rows = [], []
    for i, given in enumerate(params, start=1):
        started = time.perf_counter()
        rows.append(len(report.run(store, given)))
        seconds.append(time.perf_counter() - started)
        progress(f"report {name}: run {i}/{len(params)}")
    return seconds, rows


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--scale", type=float, default=1.0, help="1.0 = 100k nodes, 1M relationships")
    parser.add_argument("--runs", type=int, default=15, help="runs of each report")
    parser.add_argument("--seed", type=int, default=5)
    parser.add_argument("--db", help="store folder to keep (default: a temporary folder)")
    args = parser.parse_args()
    n_nodes, n_rels = round(100_000 * args.scale), round(1_000_000 * args.scale)

    started = time.perf_counter()
    names, rels = generate(n_nodes, n_rels, args.seed)
    nodes, relationships = sum(len(v) for v in names.values()), sum(len(v) for v in rels.values())
    print(file=sys.stderr)
    print(f"generated {nodes:,} nodes and {relationships:,} relationships in {time.perf_counter() - started:.1f} s")
    with tempfile.TemporaryDirectory() as tmp, open_store(args.db or str(Path(tmp) / "db")) as store:
        if stored_counts(store) == (nodes, relationships):
            print("reusing the graph already in the store")
        else:
            store.clear()
            started = time.perf_counter()
            bulk_load(store, names, rels)
            print(f"bulk load: {nodes + relationships:,} entities in {time.perf_counter() - started:.1f} s")

        started = time.perf_counter()
        summary = analyze(store, progress=progress)
        print(file=sys.stderr)
        print(f"analyze: {time.perf_counter() - started:.1f} s ({summary.nodes:,} nodes, {summary.ties:,} ties, "
              f"{summary.communities:,} communities, {summary.gap_candidates} gap candidates)")
        print(f"  {summary.method}")
        print("  " + ", ".join(f"{stage} {s:.1f} s" for stage, s in summary.seconds.items()))

        rng = random.Random(args.seed)
        orgs = [n for label in ("University", "Hospital", "Company") for n in names[label]]
        picks = [rng.choice(orgs) for _ in range(2 * args.runs)]
        params = {
            "partners": [{"org": o} for o in picks[:args.runs]],
            "connection": [{"source": a, "target": b} for a, b in zip(picks[:args.runs], picks[args.runs:])],
            "ecosystem": [{"org": o, "hops": 2} for o in picks[args.runs:]],
            "gaps": [{"limit": 20, "sector": s} for s in itertools.islice(
                itertools.cycle(["", "University", "Hospital", "Company"]), args.runs)],
        }
        print(f"{'report':<16} {'median ms':>10} {'min ms':>9} {'max ms':>9} {'median rows':>12}")
        for name, number in REPORTS.items():
            seconds, rows = time_report(store, name, params[name])
            print(file=sys.stderr, end="\r\033[K")
            print(f"{number:>2} {name:<13} {1000 * statistics.median(seconds):>10.1f} {1000 * min(seconds):>9.1f} "
                  f"{1000 * max(seconds):>9.1f} {statistics.median(rows):>12.0f}")


if __name__ == "__main__":
    main()
