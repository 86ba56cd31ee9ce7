"""``medkg demo``: the whole job on the sample documents shipped with the package.

Load -> analyze -> a few reports -> export -> HTML view, so a new user sees every part work.
"""
from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass, field
from importlib.resources import as_file, files
from pathlib import Path
from typing import Any

from medkg.graph.exchange import write_apoc
from medkg.graph.store import GraphStore
from medkg.ingest import LoadReport, load_paths
from medkg.queries.analytics import Summary, analyze
from medkg.queries.registry import get_report
from medkg.viz import ViewState
from medkg.viz.page import write_page

#: Reports shown by the demo, with their parameters: who collaborates most, who spans
#: organisations, which ties are missing.
DEMO_REPORTS: tuple[tuple[str, dict[str, Any]], ...] = (
    ("top_collaborators", {"limit": 8}),
    ("boundary_spanners", {}),
    ("gaps", {"limit": 8}),
)


@dataclass
class DemoResult:
    load: LoadReport
    analysis: Summary
    stats: dict[str, Any]
    reports: list[tuple[str, list[dict[str, Any]]]] = field(default_factory=list)
    export: Path | None = None
    view: Path | None = None


def run_demo(store: GraphStore, out_dir: Path, progress: Callable[[str], None] = print) -> DemoResult:
    """Build the sample graph in ``store`` and write ``graph.jsonl`` and ``medkg-view.html``."""
    out_dir.mkdir(parents=True, exist_ok=True)
    with as_file(files("medkg").joinpath("samples")) as samples:
        progress(f"loading the sample documents in {samples}")
        load = load_paths(store, [samples])
    progress("computing communities, centralities and collaboration gaps")
    analysis = analyze(store)
    result = DemoResult(load=load, analysis=analysis, stats=store.stats())
    for name, params in DEMO_REPORTS:
        result.reports.append((name, get_report(name).run(store, params)))
    graph = store.read_graph()
    result.export = out_dir / "graph.jsonl"
    with result.export.open("w", encoding="utf-8") as out:
        write_apoc(graph, out)
    result.view = write_page(graph, out_dir / "medkg-view.html",
                             ViewState(subtitle="medkg demo: sample documents", colour_by="community"))
    return result
