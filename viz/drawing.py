"""The drawing, built by pyvis: every node, tie and vis-network option of a page.

pyvis's ``Network`` collects the nodes (``add_node``), ties (``add_edge``) and options
(``barnes_hut``, ``toggle_*``, ``set_edge_smooth`` and its option objects); the page takes
them with ``get_network_data()``. pyvis's own HTML template is not used (it loads scripts
from CDNs, see viz/vendor/README.md): medkg's template inlines everything.

Each node and tie is drawn as the view starts (coloured by label or community, a highlighted
path dimming the rest) and carries the facts the page's panel, search and filters read; what
all nodes or ties share sits once in the options. When the reader changes colouring,
highlight or search, explorer.js restyles with the same rules (``nodePaint``/``edgePaint``)
from the same style table. Tie tooltips ("A → B", type, properties) are the one thing
explorer.js writes from the facts: carried per tie they would add 0.9 MB at 5,000 nodes.
"""
from __future__ import annotations

import json
from typing import Any

from pyvis.network import Network

from medkg.graph.model import SYMMETRIC

from .state import ViewState
from .style import CJK_FONT_STACK, LABEL_STYLE, PAINT, REL_STYLE

#: Above this many nodes the drawing trades polish for speed: straight ties, arrow heads only
#: once zoomed in, ties hidden while dragging or zooming.
BIG_FROM = 151
#: Iterations of the first layout-polish batch, which measures what one costs on the reader's
#: machine; explorer.js then runs as many more as fit its time budget.
PROBE_ITERATIONS = {False: 5, True: 2}


class _NodeIds(list):
    """pyvis's list of node ids, answering ``in`` from pyvis's own id -> node map.

    pyvis asks ``id in node_ids`` for every node added and both ends of every tie: on a list
    that is quadratic (pyvis issue 304), 2.3 s for 5,000 nodes and 9,758 ties; here a dict look-up
    (0.09 s).
    """

    def __init__(self, by_id: dict[str, dict]):
        super().__init__()
        self._by_id = by_id

    def __contains__(self, uid: object) -> bool:
        return uid in self._by_id


class DrawingNetwork(Network):
    """A directed pyvis Network: every tie is kept (an undirected one drops a second tie
    between the same two nodes) and node look-ups take constant time."""

    def __init__(self) -> None:
        super().__init__(directed=True)
        self.node_ids = _NodeIds(self.node_map)


def node_paint(fill: str, lit: bool, marked: bool) -> dict[str, Any]:
    """A node's colours, and its border and caption where they differ from the network's
    defaults (explorer.js ``nodePaint`` gives the same look, spelled out in full)."""
    fill = fill if lit else PAINT["dim"]
    paint: dict[str, Any] = {"color": {"background": fill, "highlight": {"background": fill},
                                       "hover": {"background": fill}}}
    if marked or not lit:
        paint["color"]["border"] = PAINT["mark"] if marked else PAINT["dim"]
    if marked:
        paint["borderWidth"] = 3
    if not lit:
        paint["font"] = {"color": PAINT["dimFont"]}
    return paint


def edge_paint(rel_type: str, lit: bool, highlighted: bool, labelled: bool) -> dict[str, Any]:
    """A tie's width and colour, and its caption colour if it has a caption (explorer.js
    ``edgePaint``)."""
    colour, _, width, _ = REL_STYLE[rel_type]
    shown = colour if lit else PAINT["dim"]
    paint: dict[str, Any] = {"width": width + 3 if highlighted and lit else width, "color": {"color": shown}}
    if labelled:
        paint["font"] = {"color": shown}
    return paint


def _node_title(node: dict[str, Any]) -> str:
    lines = [node["name"], f"{LABEL_STYLE[node['kind']][2]} {node['kind']}"]
    if node["aliases"]:
        lines.append("别名: " + "、".join(node["aliases"]))
    if node["community"] is not None:
        lines.append("社区 community: " + node["community"])
    return "\n".join(lines)


def _gap_score(edge: dict[str, Any]) -> dict[str, str]:
    """The score drawn on a predicted tie, as a vis-network ``label``."""
    score = edge["props"].get("score")
    if edge["type"] != "GAP_CANDIDATE" or isinstance(score, bool) or not isinstance(score, (int, float)):
        return {}
    return {"label": str(int(score)) if float(score).is_integer() else f"{score:.2f}"}


def _set_options(net: Network, big: bool) -> None:
    """Physics polishes the igraph layout briefly, then explorer.js switches it off."""
    net.barnes_hut(gravity=-6000, central_gravity=0.3, spring_length=110, spring_strength=0.04,
                   damping=0.25, overlap=0.2)
    net.toggle_physics(True)
    net.toggle_stabilization(True)
    net.toggle_hide_edges_on_drag(big)
    net.inherit_edge_colors(False)
    physics = net.options.physics
    physics.solver = "barnesHut"
    physics.barnesHut.theta = 0.8 if big else 0.5
    physics.minVelocity, physics.timestep, physics.adaptiveTimestep = 0.75, 0.5, not big
    physics.stabilization.iterations = PROBE_ITERATIONS[big]
    physics.stabilization.updateInterval = 5
    interaction = net.options.interaction
    interaction.hideEdgesOnZoom, interaction.hover, interaction.tooltipDelay = big, True, 120
    if big:
        net.options.edges.smooth.enabled = False
    else:
        net.set_edge_smooth("continuous")
        net.options.edges.smooth.roundness = 0.3
    # Options pyvis has no setter for are attributes of its option objects, serialised as they are.
    font = {"face": CJK_FONT_STACK, "strokeWidth": 3, "strokeColor": "#ffffff"}
    net.options.edges.font = {**font, "size": 11, "align": "middle"}
    net.options.edges.arrows = {"to": {"enabled": not big, "scaleFactor": 0.5}}
    net.options.edges.selectionWidth = 2
    net.options.edges.color.highlight = net.options.edges.color.hover = PAINT["mark"]
    # The plain look every node shares, so each node carries only what is its own.
    net.options.nodes = {"font": {**font, "size": 14, "color": PAINT["font"]}, "borderWidth": 1,
                         "color": {"border": PAINT["border"], "highlight": {"border": PAINT["mark"]},
                                   "hover": {"border": PAINT["mark"]}}}
    net.options.layout = {"improvedLayout": False, "randomSeed": 42}
    net.options.autoResize = True


def build_network(facts: dict[str, Any], state: ViewState) -> DrawingNetwork:
    """The pyvis network of :func:`medkg.viz.payload.graph_facts`, drawn for ``state``."""
    net = DrawingNetwork()
    big = len(facts["nodes"]) >= BIG_FROM
    _set_options(net, big)
    highlight = bool(state.highlight_nodes or state.highlight_edges)
    lit_nodes, lit_edges = set(state.highlight_nodes), set(state.highlight_edges)
    by_community = state.colour_by == "community" and bool(facts["communities"])
    community_fill = {c["id"]: c["color"] for c in facts["communities"]}
    for node in facts["nodes"]:
        lit = not highlight or node["id"] in lit_nodes
        fill = (community_fill.get(node["community"], PAINT["noCommunity"]) if by_community
                else LABEL_STYLE[node["kind"]][0])
        net.add_node(node["id"], label=node["name"], shape=LABEL_STYLE[node["kind"]][1], size=node["size"],
                     x=node["x"], y=node["y"], title=_node_title(node),
                     **node_paint(fill, lit, marked=highlight and lit),
                     **{key: node[key] for key in ("name", "kind", "aliases", "props", "measure", "community",
                                                   "evidence")})
    for edge in facts["edges"]:
        dashes = REL_STYLE[edge["type"]][1]
        score = _gap_score(edge)
        # arrows None: the network's arrow option applies (big graphs show heads once zoomed in).
        net.add_edge(edge["from"], edge["to"], id=edge["id"],
                     arrows={"to": {"enabled": False}} if edge["type"] in SYMMETRIC else None,
                     **({"dashes": dashes} if dashes else {}), **score,
                     **edge_paint(edge["type"], not highlight or edge["id"] in lit_edges, highlight, bool(score)),
                     **{key: edge[key] for key in ("type", "props", "year", "evidence")})
    return net


def network_data(net: Network) -> dict[str, Any]:
    """Nodes, ties and options as pyvis hands them to a template."""
    nodes, edges, _heading, _height, _width, options = net.get_network_data()
    return {"nodes": nodes, "edges": edges, "options": json.loads(options)}
