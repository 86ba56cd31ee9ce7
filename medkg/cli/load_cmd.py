"""``medkg load`` and ``medkg remove``: documents into the store and out again."""
from __future__ import annotations

from pathlib import Path

import click
from rich.console import Console
from rich.table import Table

from medkg.ingest import LoadReport, load_paths, remove
from medkg.loaders.aliases import load_alias_file

_NOTE = 90  # characters of the reason shown in the table; failures are also printed in full
_STYLE = {"loaded": "green", "partial": "yellow", "skipped": "dim", "failed": "red"}


def report_table(report: LoadReport) -> Table:
    """The load report as a table: one row per file."""
    table = Table(title="load report", show_lines=False)
    for column in ("status", "file", "doc id", "format", "encoding", "nodes", "rels", "note"):
        table.add_column(column, overflow="fold", justify="right" if column in ("nodes", "rels") else "left")
    for d in report.documents:
        note = d.reason if len(d.reason) <= _NOTE else d.reason[: _NOTE - 1] + "…"
        if d.replaced:
            note = f"replaced {', '.join(d.replaced)}" + (f"; {note}" if note else "")
        table.add_row(f"[{_STYLE[d.status]}]{d.status}[/]", d.path, d.doc_id, d.format, d.encoding or "-",
                      str(d.nodes), str(d.relationships), note)
    return table


@click.command("load")
@click.argument("paths", nargs=-1, required=True, type=click.Path(path_type=Path))
@click.option("--alias-file", type=click.Path(exists=True, dir_okay=False, path_type=Path),
              help="YAML/JSON/CSV table of merges to add or forbid (see docs/structured-input.md).")
@click.pass_obj
def load_command(app, paths: tuple[Path, ...], alias_file: Path | None) -> None:
    """Load documents (txt, md, html, pdf, docx) and records (csv, json, yaml) from files or folders.

    Unchanged files are skipped; a changed file replaces its earlier version. Prints a report
    per file and exits non-zero if any file failed or had rejected records.
    """
    aliases = load_alias_file(alias_file) if alias_file else None
    report = load_paths(app.store(), paths, aliases=aliases, progress=True)
    Console(width=max(Console().width, 120)).print(report_table(report))
    summary = ", ".join(f"{report.count(s)} {s}" for s in ("loaded", "partial", "skipped", "failed"))
    click.echo(f"{summary}; {sum(d.nodes for d in report.documents)} nodes and "
               f"{sum(d.relationships for d in report.documents)} relationships read")
    for d in report.documents:
        if d.status in ("failed", "partial"):
            click.echo(f"{d.status}: {d.path}: {d.reason}", err=True)
    if not report.ok:
        bad = report.count("failed") + report.count("partial")
        raise click.ClickException(f"{bad} of {len(report.documents)} files did not load completely")


@click.command("remove")
@click.argument("target")
@click.pass_obj
def remove_command(app, target: str) -> None:
    """Retract one document (by document id or by the path it was loaded from).

    Facts that other documents also support stay, with their other evidence.
    """
    for result in remove(app.store(), target):
        click.echo(f"removed {result.doc}: {result.nodes_deleted} nodes and {result.relationships_deleted} "
                   f"relationships deleted; {result.nodes_kept} nodes and {result.relationships_kept} "
                   "relationships kept (other evidence)")


COMMANDS = [load_command, remove_command]
