"""One self-contained HTML page per view: data, script, styles and vis-network inlined.

Nothing on the page is fetched: a Content-Security-Policy with ``default-src 'none'`` makes
the browser refuse any request, so a page that works once works offline, from a file://
path or an e-mail attachment. pyvis builds the drawing (:mod:`medkg.viz.drawing`); its HTML
template is not used because it loads scripts from CDNs (viz/vendor/README.md).
"""
from __future__ import annotations

import json
from dataclasses import asdict
from functools import cache
from importlib.resources import files
from pathlib import Path
from typing import Any

from jinja2 import Environment, FunctionLoader, select_autoescape

from medkg.graph.model import Graph

from .drawing import build_network, network_data
from .payload import graph_facts
from .state import ViewState
from .style import style_table

#: Scripts inlined into the page, in order: helpers first, the explorer that uses them last.
SCRIPTS = ("dom.js", "legend.js", "panel.js", "explorer.js")


def _resource(*parts: str) -> str:
    return files("medkg.viz").joinpath(*parts).read_text(encoding="utf-8")


@cache
def _environment() -> Environment:
    env = Environment(loader=FunctionLoader(lambda name: _resource("templates", name)),
                      autoescape=select_autoescape(default=True, default_for_string=True))
    env.filters["script_json"] = script_json
    return env


def script_json(value: Any) -> str:
    """JSON safe inside a <script> element: no ``</script>`` or ``<!--`` can appear."""
    return json.dumps(value, ensure_ascii=False, separators=(",", ":")).replace("<", "\\u003c")


def render_page(graph: Graph, state: ViewState | None = None) -> str:
    """The page's HTML text."""
    state = state or ViewState()
    unknown = ({state.focus} - {None}) | set(state.highlight_nodes)
    unknown -= graph.nodes.keys()
    if unknown:
        raise ValueError(f"view refers to nodes not in the graph: {sorted(unknown)[:5]}")
    facts = graph_facts(graph)
    # pyvis's nodes and ties (facts plus how they look) take the place of the bare facts.
    data = {**facts, **network_data(build_network(facts, state)), "style": style_table(), "state": asdict(state)}
    return _environment().get_template("page.html.j2").render(
        title=state.title, subtitle=state.subtitle, data=data,
        font_stack=style_table()["font"],
        vis_js=_resource("vendor", "vis-network.min.js"),
        explorer_js="\n".join(_resource("templates", name) for name in SCRIPTS),
        explorer_css=_resource("templates", "explorer.css"),
    )


def write_page(graph: Graph, path: str | Path, state: ViewState | None = None) -> Path:
    """Write the page to ``path`` (parents created) and return the path."""
    out = Path(path)
    out.parent.mkdir(parents=True, exist_ok=True)
    out.write_text(render_page(graph, state), encoding="utf-8")
    return out
