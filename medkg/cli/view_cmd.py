"""``medkg view``: the graph, or part of it, as one self-contained interactive HTML page."""
from __future__ import annotations

from pathlib import Path

import click

from medkg.graph.model import Graph
from medkg.graph.store import GraphStore
from medkg.queries.registry import get_report, parse_assignments
from medkg.viz import ViewError, ViewState, connecting_paths, find_node, nodes_in_rows, subgraph, write_page


def build_view(store: GraphStore, *, focus: str | None = None, hops: int = 1,
               path: tuple[str, str] | None = None, report: str | None = None,
               params: tuple[str, ...] = (), communities: bool = False) -> tuple[Graph, ViewState]:
    """The graph to draw and the view to open on, from the command's options.

    Names are matched by canonical name or any alias. A report is run with its parameters and
    its rows' node names select the subgraph drawn.
    """
    if sum(bool(x) for x in (focus, path, report)) > 1:
        raise ViewError("give only one of --focus, --path and --report")
    if params and not report:
        raise ViewError("-p/--param only goes with --report")
    state = ViewState(hops=hops, colour_by="community" if communities else "label")
    if report:
        spec = get_report(report)
        bound = spec.bind(parse_assignments(params))  # bad parameters fail before the store is read
        rows = spec.run(store, bound)
    graph = store.read_graph()
    if not graph.nodes:
        raise ViewError("the store holds no nodes yet: load documents first (medkg load FILES)")
    if communities and not any("community" in n.properties for n in graph.nodes.values()):
        raise ViewError("no node has a community yet: run `medkg analyze` first")
    if focus:
        node = find_node(graph, focus)
        state.focus, state.subtitle = node.uid, f"聚焦 focus: {node.name} · {hops} 跳 hops"
    elif path:
        a, b = (find_node(graph, name) for name in path)
        state.highlight_nodes, state.highlight_edges = connecting_paths(graph, a.uid, b.uid)
        state.subtitle = f"路径 paths: {a.name} ↔ {b.name}"
    elif report:
        uids = nodes_in_rows(graph, rows)
        if not uids:
            raise ViewError(f"report {spec.name!r} returned {len(rows)} rows naming no node of the graph")
        graph = subgraph(graph, uids)
        shown = ", ".join(f"{k}={v}" for k, v in bound.items() if v not in ("", None))
        state.subtitle = f"报告 report {spec.number}. {spec.title}" + (f" ({shown})" if shown else "")
    return graph, state


@click.command("view")
@click.option("-o", "--output", required=True, type=click.Path(dir_okay=False, path_type=Path),
              help="HTML file to write (one self-contained file: opens offline, can be e-mailed).")
@click.option("--focus", metavar="NAME", help="Open on this organisation's neighbourhood (name or any alias).")
@click.option("--hops", type=click.IntRange(1, 6), default=1, show_default=True,
              help="How many ties away from --focus to show.")
@click.option("--path", nargs=2, metavar="A B", help="Highlight the shortest paths connecting A and B.")
@click.option("--report", metavar="NAME", help="Draw the nodes a report returns and the ties among them.")
@click.option("-p", "--param", "params", multiple=True, metavar="KEY=VALUE",
              help="A parameter of --report, e.g. -p org=仁和医院 (repeatable).")
@click.option("--communities", is_flag=True, help="Colour by community (written by `medkg analyze`).")
@click.pass_obj
def view_command(app, output: Path, focus: str | None, hops: int, path: tuple[str, str] | None,
                 report: str | None, params: tuple[str, ...], communities: bool) -> None:
    """Write an interactive HTML view of the graph: legend, search by alias, filters by label,
    relationship type and year, focus on a neighbourhood, evidence for every node and tie."""
    graph, state = build_view(app.store(), focus=focus, hops=hops, path=path, report=report,
                              params=params, communities=communities)
    written = write_page(graph, output, state)
    click.echo(f"wrote {written}: {len(graph.nodes)} nodes, {len(graph.relationships)} relationships"
               + (f" ({state.subtitle})" if state.subtitle else ""))


COMMANDS = [view_command]
