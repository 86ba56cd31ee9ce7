"""Upsert throughput of the embedded FalkorDB store on a generated graph.

    .venv/bin/python bench/bench_store.py [--nodes 20000] [--rels 60000] [--docs 20] [--db PATH]

The graph is split into ``--docs`` documents, loaded one after another (as ``medkg load``
does), then loaded again (the idempotent update path), read back, and one document removed.
Prints entities (nodes + relationships) per second for each phase.
"""
from __future__ import annotations

import argparse
import random
import signal
import sys
import tempfile
import time
from pathlib import Path

import psutil

from medkg.graph.model import Graph, Node, Provenance, Relationship
from medkg.graph.store import open_store

ORG_LABELS = ("University", "Hospital", "Company")


def generate(n_nodes: int, n_rels: int, n_docs: int, seed: int = 7) -> list[Graph]:
    """``n_docs`` document graphs over one shared population of organisations and people."""
    rng = random.Random(seed)
    people = n_nodes // 4
    population = [("Person", f"人员{i:06d}") for i in range(people)]
    population += [(ORG_LABELS[i % 3], f"机构{i:06d}") for i in range(n_nodes - people)]
    orgs = [p for p in population if p[0] != "Person"]
    companies = [p for p in orgs if p[0] == "Company"]
    docs = [Graph() for _ in range(n_docs)]

    def node(graph: Graph, label: str, name: str, prov: Provenance) -> Node:
        return graph.add_node(Node(label=label, name=name, aliases=[name[-4:]], provenance=[prov]))

    for i, (label, name) in enumerate(population):
        prov = Provenance(doc=f"doc{i % n_docs:03d}", path=f"corpus/doc{i % n_docs:03d}.txt",
                          sentence=f"{name}出现在这句话里。", start=i, end=i + 12, rule="bench")
        node(docs[i % n_docs], label, name, prov)
    for j in range(n_rels):
        kind = j % 3
        if kind == 0:
            (la, a), (lb, b) = rng.sample(orgs, 2)
            rel_type, props = "PARTNERS_WITH", {"year": 2015 + j % 10}
        elif kind == 1:
            (la, a), (lb, b) = rng.choice(population[:people]), rng.choice(orgs)
            rel_type, props = "WORKS_AT", {"title": "教授"}
        else:
            (la, a), (lb, b) = rng.sample(companies, 2)
            rel_type, props = "INVESTS_IN", {}
        doc = j % n_docs
        prov = Provenance(doc=f"doc{doc:03d}", path=f"corpus/doc{doc:03d}.txt",
                          sentence=f"{a}与{b}的关系句。", start=j, end=j + 20, rule="bench", confidence=0.8)
        graph = docs[doc]
        start, end = node(graph, la, a, prov), node(graph, lb, b, prov)
        graph.add_relationship(Relationship(type=rel_type, start=start.uid, end=end.uid,
                                            properties=props, provenance=[prov]))
    return docs


def cpu_seconds(store) -> tuple[float, float]:
    """CPU time used so far by this process and by the store's server (0 if remote)."""
    pid = getattr(store, "server_pid", 0)
    server = sum(psutil.Process(pid).cpu_times()[:2]) if pid else 0.0
    return time.process_time(), server


def report(phase: str, count: int, what: str, started: float, cpu: tuple[float, float], store) -> None:
    """Wall-clock throughput, and CPU seconds (client + server), which a busy machine inflates less."""
    elapsed = time.perf_counter() - started
    client, server = (now - before for now, before in zip(cpu_seconds(store), cpu))
    print(f"{phase:<20} {count:>8,} {what} in {elapsed:7.2f} s = {count / elapsed:>7,.0f}/s wall; "
          f"CPU {client:6.2f} s client + {server:6.2f} s server = {count / (client + server):>7,.0f}/CPU-s")


def load(store, docs: list[Graph], phase: str, batch_size: int) -> None:
    total = sum(len(g) for g in docs)
    done, started, cpu = 0, time.perf_counter(), cpu_seconds(store)
    for i, graph in enumerate(docs, start=1):
        store.upsert(graph, batch_size=batch_size)
        done += len(graph)
        elapsed = time.perf_counter() - started
        print(f"\r  {phase}: document {i}/{len(docs)}, {done:,}/{total:,} entities, "
              f"{done / elapsed:,.0f}/s", end="", file=sys.stderr, flush=True)
    print(file=sys.stderr)
    report(phase, total, "entities", started, cpu, store)


def main() -> None:
    # A SIGTERM (e.g. from `timeout`) unwinds normally, so the store's server is shut down.
    signal.signal(signal.SIGTERM, lambda signum, frame: sys.exit(128 + signum))
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--nodes", type=int, default=20_000)
    parser.add_argument("--rels", type=int, default=60_000)
    parser.add_argument("--docs", type=int, default=20)
    parser.add_argument("--batch-size", type=int, default=500)
    parser.add_argument("--db", help="store folder or bolt:// URI (default: a fresh temporary folder)")
    args = parser.parse_args()

    started = time.perf_counter()
    docs = generate(args.nodes, args.rels, args.docs)
    print(f"generated {args.docs} documents in {time.perf_counter() - started:.1f} s "
          f"({sum(len(g.nodes) for g in docs):,} node and {sum(len(g.relationships) for g in docs):,} "
          f"relationship mentions)")
    with tempfile.TemporaryDirectory() as tmp, open_store(args.db or str(Path(tmp) / "db")) as store:
        store.clear()
        load(store, docs, "first load", args.batch_size)
        stats = store.stats()
        print(f"store holds {sum(stats['nodes'].values()):,} nodes, "
              f"{sum(stats['relationships'].values()):,} relationships")
        load(store, docs, "reload (no change)", args.batch_size)
        assert store.stats() == stats, "reloading changed the counts"

        started, cpu = time.perf_counter(), cpu_seconds(store)
        graph = store.read_graph()
        report("read_graph", len(graph), "entities", started, cpu, store)

        started, cpu = time.perf_counter(), cpu_seconds(store)
        removed = store.remove_document("doc000")
        touched = removed.nodes_deleted + removed.relationships_deleted + removed.nodes_kept + removed.relationships_kept
        report("remove_document", touched, "touched", started, cpu, store)


if __name__ == "__main__":
    main()
