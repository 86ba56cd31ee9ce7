"""End-to-end throughput of ``medkg load`` on the generated Chinese corpus, per stage.

    .venv/bin/python bench/bench_ingest.py [--mb 10] [--fact-share 0.2] [--db PATH]

Writes the corpus of :mod:`corpus` (documents of about 20 KB, a quarter of them GBK, fact blocks
some of them hard-wrapped like PDF copies, ``--fact-share`` of the text; the default gives about
the seeds' density of entities, ``--fact-share 1`` the facts-only worst case) totalling ``--mb``
MB, then times, on one core: reading and cleaning alone, extraction alone, and the whole load
into an embedded store. Prints KB/s of source text for each (issue 4's target: >= 300 KB/s per
core end to end); for the load, per wall-clock second and per CPU second of this process plus
the store's server process.
"""
from __future__ import annotations

import argparse
import sys
import tempfile
import time
from pathlib import Path

import psutil

import corpus
from medkg.graph.store import open_store
from medkg.ingest import load_paths
from medkg.loaders.extract import extract_graph
from medkg.loaders.readers import read_document


def _rate(size: int, seconds: float) -> str:
    return f"{size / 1e3 / seconds:8.0f} KB/s"


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("--mb", type=float, default=10.0)
    parser.add_argument("--fact-share", type=float, default=corpus.SEED_LIKE_FACT_SHARE,
                        help="share of the text in fact blocks (1 = facts only, the worst case)")
    parser.add_argument("--db", help="embedded store folder (default: a temporary one)")
    args = parser.parse_args()
    with tempfile.TemporaryDirectory() as tmp:
        folder = Path(tmp, "corpus")
        folder.mkdir()
        size = corpus.generate(folder, int(args.mb * 1e6), args.fact_share)
        files = sorted(folder.iterdir())
        print(f"corpus: {len(files)} files, {size / 1e6:.1f} MB of UTF-8 Chinese text, "
              f"{args.fact_share:.0%} of it in fact blocks")

        start, cpu = time.perf_counter(), time.process_time()
        documents = [read_document(f) for f in files]
        print(f"read + clean   {_rate(size, time.perf_counter() - start)}  "
              f"(cpu {_rate(size, time.process_time() - cpu)})")

        start, cpu = time.perf_counter(), time.process_time()
        graphs = [extract_graph(document) for document in documents]
        print(f"extract        {_rate(size, time.perf_counter() - start)}  "
              f"(cpu {_rate(size, time.process_time() - cpu)}; found {corpus.density(graphs, size)})")
        del graphs

        with open_store(args.db or str(Path(tmp, "db"))) as store:
            server = psutil.Process(store.server_pid) if getattr(store, "server_pid", 0) else None
            server_cpu = (lambda: sum(server.cpu_times()[:2])) if server else (lambda: 0.0)
            start, cpu, cpu_server = time.perf_counter(), time.process_time(), server_cpu()
            report = load_paths(store, [folder])
            wall = time.perf_counter() - start
            client, served = time.process_time() - cpu, server_cpu() - cpu_server
            print(f"medkg load     {_rate(size, wall)}  (cpu: {client:.1f} s this process + {served:.1f} s store server"
                  f" = {_rate(size, client + served)} per core end to end)")
            print(f"loaded {report.count('loaded')}, failed {report.count('failed')}; store: {store.stats()}")
            start = time.perf_counter()
            again = load_paths(store, [folder])
            print(f"reload (all unchanged, {again.count('skipped')} skipped) {_rate(size, time.perf_counter() - start)}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
