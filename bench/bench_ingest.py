"""End-to-end throughput of ``medkg load`` on a generated Chinese corpus, per stage.

    .venv/bin/python bench/bench_ingest.py [--mb 10] [--files 200] [--db PATH]

Writes ``--files`` news-style documents (UTF-8 text, a quarter of them GBK, a quarter
hard-wrapped like PDF copies) totalling ``--mb`` MB, then times, on one core: reading and
cleaning alone, extraction alone, and the whole load into an embedded store. Prints KB/s of
source text for each (issue 4's target: >= 300 KB/s per core end to end); for the load, per
wall-clock second and per CPU second of this process plus the store's server process.
"""
from __future__ import annotations

import argparse
import random
import sys
import tempfile
import time
from pathlib import Path

import psutil

from medkg.graph.store import open_store
from medkg.ingest import load_paths
from medkg.loaders.extract import extract_graph
from medkg.loaders.readers import read_document

SURNAMES = "王李张刘陈杨赵黄周吴徐孙胡朱高林何郭马罗"
GIVEN = "国明华建文志伟秀英芳军平海东晓宇思远雅琴博"
PLACES = ["江南", "滨海", "东岳", "西岭", "南湖", "北川", "云山", "青河"]
TEMPLATES = [
    "{d}，{u}与{h}签署医工交叉战略合作协议，双方将共建{p}。",
    "{u}校长{n1}和{h}院长{n2}共同为{p}揭牌，{u}副校长{n3}主持仪式。",
    "{c}宣布投资{p}，首期投入研发经费{m}万元，由{n1}教授牵头组建团队。",
    "{a}批准{u}牵头的“{t}”项目立项，项目负责人为{n2}，合作医院为{h}。",
    "会上，{n3}介绍了{h}的学科优势，希望与{u}在{t}方向深入合作。",
]


def _name(rng: random.Random) -> str:
    return rng.choice(SURNAMES) + "".join(rng.choice(GIVEN) for _ in range(rng.randint(1, 2)))


def _paragraph(rng: random.Random) -> str:
    place = rng.choice(PLACES)
    fields = {
        "d": f"{rng.randint(2015, 2024)}年{rng.randint(1, 12)}月{rng.randint(1, 28)}日",
        "u": f"{place}{rng.choice(['工业', '理工', '医科', '师范'])}大学",
        "h": f"{place}市第{rng.choice('一二三四五六')}人民医院",
        "c": f"{place}{rng.choice(['医疗', '康复', '影像'])}科技有限公司",
        "a": f"{place}市科学技术委员会",
        "p": f"{place}{rng.choice(['智能康复', '医学影像', '手术机器人'])}联合实验室",
        "t": rng.choice(["康复机器人", "可穿戴监测", "医学影像分析", "微创器械"]),
        "m": rng.randint(100, 5000),
        "n1": _name(rng), "n2": _name(rng), "n3": _name(rng),
    }
    return "".join(rng.choice(TEMPLATES).format(**fields) for _ in range(rng.randint(3, 8)))


def generate(folder: Path, total_bytes: int, files: int, seed: int = 11) -> int:
    """Write the corpus; returns its size in bytes of UTF-8 text."""
    rng = random.Random(seed)
    per_file = total_bytes // files
    size = 0
    for i in range(files):
        paragraphs: list[str] = []
        while sum(len(p) * 3 for p in paragraphs) < per_file:
            paragraphs.append(_paragraph(rng))
        text = "\n".join(paragraphs) + "\n"
        if i % 4 == 1:  # hard-wrapped like text copied out of a PDF
            text = "\n\n".join(p[j:j + 38] for p in paragraphs for j in range(0, len(p), 38)) + "\n"
        size += len(text.encode("utf-8"))
        encoding = "gbk" if i % 4 == 2 else "utf-8"
        (folder / f"doc{i:04d}.txt").write_bytes(text.encode(encoding))
    return size


def _rate(size: int, seconds: float) -> str:
    return f"{size / 1e3 / seconds:8.0f} KB/s"


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("--mb", type=float, default=10.0)
    parser.add_argument("--files", type=int, default=200)
    parser.add_argument("--db", help="embedded store folder (default: a temporary one)")
    args = parser.parse_args()
    with tempfile.TemporaryDirectory() as tmp:
        corpus = Path(tmp, "corpus")
        corpus.mkdir()
        size = generate(corpus, int(args.mb * 1e6), args.files)
        files = sorted(corpus.iterdir())
        print(f"corpus: {len(files)} files, {size / 1e6:.1f} MB of UTF-8 Chinese text")

        start, cpu = time.perf_counter(), time.process_time()
        documents = [read_document(f) for f in files]
        print(f"read + clean   {_rate(size, time.perf_counter() - start)}  "
              f"(cpu {_rate(size, time.process_time() - cpu)})")

        start, cpu = time.perf_counter(), time.process_time()
        for document in documents:
            extract_graph(document)
        print(f"extract        {_rate(size, time.perf_counter() - start)}  "
              f"(cpu {_rate(size, time.process_time() - cpu)})")

        with open_store(args.db or str(Path(tmp, "db"))) as store:
            server = psutil.Process(store.server_pid) if getattr(store, "server_pid", 0) else None
            server_cpu = (lambda: sum(server.cpu_times()[:2])) if server else (lambda: 0.0)
            start, cpu, cpu_server = time.perf_counter(), time.process_time(), server_cpu()
            report = load_paths(store, [corpus])
            wall = time.perf_counter() - start
            client, served = time.process_time() - cpu, server_cpu() - cpu_server
            print(f"medkg load     {_rate(size, wall)}  (cpu: {client:.1f} s this process + {served:.1f} s store server"
                  f" = {_rate(size, client + served)} per core end to end)")
            print(f"loaded {report.count('loaded')}, failed {report.count('failed')}; store: {store.stats()}")
            start = time.perf_counter()
            again = load_paths(store, [corpus])
            print(f"reload (all unchanged, {again.count('skipped')} skipped) {_rate(size, time.perf_counter() - start)}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
