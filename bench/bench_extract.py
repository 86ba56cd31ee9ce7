"""Throughput of extract_graph on the generated Chinese news corpus, in KB/s per core.

    .venv/bin/python bench/bench_extract.py [--mb 10] [--fact-share 0.2] [--seed 7]

Writes the corpus of :mod:`corpus` (documents of about 20 KB; ``--fact-share`` of the text in
fact blocks, the rest fact-free news prose; the default gives about the density of entities of
the seeds, ``--fact-share 1`` the facts-only worst case), reads it, then runs extraction alone on
one core and prints KB/s of source text (issue 4's target: >= 300 KB/s per core end to end) and
the density of what was found next to the seeds'.
"""
from __future__ import annotations

import argparse
import tempfile
import time
from pathlib import Path

import corpus
from medkg.loaders.extract import extract_graph
from medkg.loaders.readers import read_document


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    ap.add_argument("--mb", type=float, default=10.0)
    ap.add_argument("--fact-share", type=float, default=corpus.SEED_LIKE_FACT_SHARE,
                    help="share of the text in fact blocks (1 = facts only, the worst case)")
    ap.add_argument("--seed", type=int, default=7)
    args = ap.parse_args()
    with tempfile.TemporaryDirectory() as tmp:
        size = corpus.generate(Path(tmp), int(args.mb * 1e6), args.fact_share, args.seed)
        documents = [read_document(f) for f in sorted(Path(tmp).iterdir())]
    extract_graph(documents[0])  # warm-up: gazetteer and regexes compiled once
    start = time.process_time()
    graphs = [extract_graph(document) for document in documents]
    seconds = time.process_time() - start
    print(f"documents        {len(documents)} ({args.fact_share:.0%} of the text in fact blocks)")
    print(f"source text      {size / 1e6:.1f} MB")
    print(f"cpu seconds      {seconds:.1f}")
    print(f"throughput       {size / 1e3 / seconds:.0f} KB/s per core (target >= 300)")
    print(f"found            {corpus.density(graphs, size)} (seeds: {corpus.seed_density()})")


if __name__ == "__main__":
    main()
