"""``medkg demo``: build the sample graph, print a summary and a few reports, write the view."""
from __future__ import annotations

from pathlib import Path

import click
from rich.console import Console

from medkg.cli.load_cmd import report_table
from medkg.demo import run_demo
from medkg.queries.registry import get_report
from medkg.queries.render import to_table


@click.command("demo")
@click.option("--out", "out_dir", type=click.Path(file_okay=False, path_type=Path), default=Path("medkg-out"),
              show_default=True, help="Folder for graph.jsonl and medkg-view.html.")
@click.pass_obj
def demo_command(app, out_dir: Path) -> None:
    """Build a graph from the sample documents shipped with medkg, then print and draw it.

    Loads the samples into the store (--db), runs analyze, prints a summary and three reports,
    and writes the APOC export and the interactive HTML view into --out.
    """
    console = Console(width=max(Console().width, 120))
    result = run_demo(app.store(), out_dir, progress=lambda message: click.echo(f"medkg demo: {message}", err=True))
    console.print(report_table(result.load))
    nodes, rels = result.stats["nodes"], result.stats["relationships"]
    console.print(f"[b]{sum(nodes.values())} nodes[/b] ({', '.join(f'{k} {v}' for k, v in nodes.items())}); "
                  f"[b]{sum(rels.values())} relationships[/b] ({', '.join(f'{k} {v}' for k, v in rels.items())}); "
                  f"{result.analysis.communities} communities, {result.analysis.gap_candidates} gap candidates")
    for name, rows in result.reports:
        report = get_report(name)
        console.print(to_table(rows, f"{report.number}. {report.title}"))
    console.print(f"export: {result.export}\nview:   {result.view}  (open it in a browser)")


COMMANDS = [demo_command]
