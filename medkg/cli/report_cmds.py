"""``medkg report list|show|run`` and ``medkg analyze``: thin calls into medkg.queries."""
from __future__ import annotations

import click
from rich.console import Console

from medkg.queries.analytics import Settings, analyze
from medkg.queries.registry import get_report, load_reports, parse_assignments
from medkg.queries.render import FORMATS, report_description, report_listing, to_csv, to_json, to_table


@click.group("report")
def report_group() -> None:
    """Canned Cypher reports: list them, show one, run one."""


@report_group.command("list")
def list_command() -> None:
    """Every report with its number, title, question and parameters."""
    Console().print(report_listing(list(load_reports().values())))


@report_group.command("show")
@click.argument("name")
def show_command(name: str) -> None:
    """The question, parameters and Cypher of report NAME (name or number)."""
    click.echo(report_description(get_report(name)))


@report_group.command("run")
@click.argument("name")
@click.option("-p", "--param", "params", multiple=True, metavar="KEY=VALUE",
              help="A report parameter, e.g. -p org=仁和医院 (repeatable).")
@click.option("--format", "fmt", type=click.Choice(FORMATS), default="table", show_default=True,
              help="table for reading, csv for spreadsheets, json for scripts.")
@click.pass_obj
def run_command(app, name: str, params: tuple[str, ...], fmt: str) -> None:
    """Run report NAME (name or number) on the store and print its rows."""
    report = get_report(name)
    bound = report.bind(parse_assignments(params))  # bad parameters fail before the store opens
    rows = report.run(app.store(), bound)
    if not rows and report.needs:
        click.echo(f"no rows: this report reads what `{report.needs}` writes; run it first if you have not", err=True)
    if fmt == "table" and not rows:
        click.echo(f"{report.number}. {report.title}: no rows")
    elif fmt == "table":
        Console().print(to_table(rows, f"{report.number}. {report.title}"))
    else:
        click.echo(to_csv(rows) if fmt == "csv" else to_json(rows), nl=False)


@click.command("analyze")
@click.option("--seed", type=int, default=Settings.seed, show_default=True,
              help="Seed for community detection and betweenness sampling.")
@click.option("--max-gaps", type=int, default=Settings.max_gaps, show_default=True,
              help="How many collaboration-gap candidates to keep.")
@click.option("--community-aware", is_flag=True,
              help="Only propose gaps inside a community, counting partners from that community.")
@click.pass_obj
def analyze_command(app, seed: int, max_gaps: int, community_aware: bool) -> None:
    """Compute communities, centralities and collaboration gaps; write them into the store.

    Re-running replaces the earlier results.
    """
    summary = analyze(app.store(), Settings(seed=seed, max_gaps=max_gaps, community_aware=community_aware),
                      progress=lambda message: click.echo(f"analyze: {message}", err=True))
    click.echo(f"{summary.nodes} nodes, {summary.ties} ties: {summary.communities} communities "
               f"(modularity {summary.modularity:.3f}), {summary.method} metrics, "
               f"{summary.gap_candidates} gap candidates")


COMMANDS = [report_group, analyze_command]
