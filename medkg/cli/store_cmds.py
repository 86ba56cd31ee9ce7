"""``medkg export``, ``medkg import`` and ``medkg stats``: the store as a whole."""
from __future__ import annotations

import json
from pathlib import Path

import click
from rich.console import Console
from rich.table import Table

from medkg.graph.exchange import read_apoc, write_apoc
from medkg.graph.graphml import write_graphml


@click.command("export")
@click.option("-o", "--output", "output", required=True, type=click.Path(dir_okay=False, path_type=Path),
              help="File to write.")
@click.option("--format", "fmt", type=click.Choice(["jsonl", "graphml"]), default="jsonl", show_default=True,
              help="jsonl: Neo4j APOC JSON lines (what `medkg import` and eval/score.py read); "
                   "graphml: for Gephi.")
@click.pass_obj
def export_command(app, output: Path, fmt: str) -> None:
    """Write the whole graph to a file (APOC JSON lines or GraphML)."""
    graph = app.store().read_graph()
    if fmt == "graphml":
        with output.open("wb") as out:
            write_graphml(graph, out)
    else:
        with output.open("w", encoding="utf-8", newline="\n") as out:
            write_apoc(graph, out)
    click.echo(f"exported {len(graph.nodes)} nodes and {len(graph.relationships)} relationships to {output}")


@click.command("import")
@click.argument("file", type=click.Path(exists=True, dir_okay=False, path_type=Path))
@click.option("--replace", is_flag=True, help="Empty the store first instead of merging into it.")
@click.pass_obj
def import_command(app, file: Path, replace: bool) -> None:
    """Load an APOC JSON-lines file (as `medkg export` writes) into the store, merging by uid."""
    with file.open(encoding="utf-8-sig") as lines:
        graph = read_apoc(lines)
    store = app.store()
    if replace:
        store.clear()
    result = store.upsert(graph)
    click.echo(f"imported {len(graph.nodes)} nodes ({result.nodes_created} new) and "
               f"{len(graph.relationships)} relationships ({result.relationships_created} new) from {file}")


@click.command("stats")
@click.option("--json", "as_json", is_flag=True, help="Print the counts as JSON.")
@click.pass_obj
def stats_command(app, as_json: bool) -> None:
    """Count nodes by label, relationships by type, and documents."""
    stats = app.store().stats()
    if as_json:
        click.echo(json.dumps(stats, ensure_ascii=False, indent=2))
        return
    table = Table(title=f"medkg store {app.db}")
    table.add_column("kind")
    table.add_column("name")
    table.add_column("count", justify="right")
    for kind in ("nodes", "relationships"):
        for name, count in stats[kind].items():
            table.add_row(kind, name, str(count))
        table.add_row(kind, "[b]total[/b]", f"[b]{sum(stats[kind].values())}[/b]", end_section=True)
    table.add_row("documents", "", str(stats["documents"]))
    Console().print(table)


COMMANDS = [export_command, import_command, stats_command]
