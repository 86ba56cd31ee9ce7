"""The page in headless Chromium, used the way a strategist would: open, look, search, click, filter, focus."""
import pytest

from medkg.graph.model import Graph, Node
from medkg.viz import ViewState, connecting_paths, write_page

pytestmark = pytest.mark.browser

HOSPITAL = "Hospital:东海医科大学附属仁和医院"
DONGHAI = "University:东海医科大学"
LIN = "Person:林若海"
DIM = "rgba(190,196,204,0.35)"
#: 东海医科大学's neighbours one and two ties away in the fixture (GAP_CANDIDATE ties shown count).
DONGHAI_1_HOP = sorted([DONGHAI, "University:滨江理工大学", HOSPITAL, "Company:云岭医疗科技有限公司"])
DONGHAI_2_HOPS_MISSING = {"Agency:滨江市科学技术委员会", "Project:智能骨科手术机器人研发"}


@pytest.fixture
def sample_page(sample_graph, tmp_path, open_page):
    return open_page(write_page(sample_graph, tmp_path / "sample.html"))


def _node_point(opened, uid):
    box = opened.page.locator("#network canvas").bounding_box()
    pos = opened.js("(id) => { const n = window.medkgNetwork; return n.canvasToDOM(n.getPosition(id)); }", uid)
    return box["x"] + pos["x"], box["y"] + pos["y"]


def _click_node(opened, uid, double=False):
    click = opened.page.mouse.dblclick if double else opened.page.mouse.click
    click(*_node_point(opened, uid))


def _click_edge(opened, edge_id):
    box = opened.page.locator("#network canvas").bounding_box()
    pos = opened.js("(id) => { const n = window.medkgNetwork; "
                    "return n.canvasToDOM(n.body.edges[id].edgeType.getPoint(0.5)); }", edge_id)
    opened.page.mouse.click(box["x"] + pos["x"], box["y"] + pos["y"])


def _colour(opened, uid):
    return opened.js("(id) => window.medkg.nodes.get(id).color.background", uid)


def test_whole_graph_is_drawn_offline_without_errors(sample_graph, sample_page):
    assert sample_page.drawn_nodes() == sorted(sample_graph.nodes)
    assert sample_page.drawn_edges() == sorted(sample_graph.relationships)
    assert sample_page.ink() > 0.01, "the canvas is blank"
    assert sample_page.errors == []
    assert all(url.startswith(("file:", "data:")) for url in sample_page.requests), sample_page.requests
    assert "13 / 13 节点" in sample_page.page.locator("#counts").inner_text()
    assert sample_page.js("window.medkgNetwork.physics.options.enabled") is False, "physics stops once laid out"
    sample_page.screenshot("sample-whole-graph")


def _border(opened, uid):
    """The border width drawn (a plain node takes the network's default)."""
    return opened.js("(id) => window.medkgNetwork.body.nodes[id].options.borderWidth", uid)


def test_search_by_alias_marks_and_moves_to_the_match(sample_page):
    page = sample_page.page
    before = sample_page.js("[window.medkgNetwork.getScale(), window.medkgNetwork.getViewPosition()]")
    page.locator("#search").fill("仁和医院")
    page.locator("#search-results li").first.wait_for()
    assert page.locator("#search-results li").first.inner_text().startswith("东海医科大学附属仁和医院")
    assert sample_page.js("window.medkgNetwork.getSelectedNodes()") == [HOSPITAL]
    assert sample_page.js("[window.medkgNetwork.getScale(), window.medkgNetwork.getViewPosition()]") != before
    assert _border(sample_page, HOSPITAL) == 3 and _border(sample_page, LIN) == 1
    sample_page.screenshot("sample-search")
    page.locator("#search").fill("DONGHAI")  # part of an English alias, any case
    page.locator("#search-results li", has_text="东海医科大学 · 大学").wait_for()
    assert page.locator("#search-results li").all_inner_texts() == ["东海医科大学 · 大学"]
    assert _border(sample_page, DONGHAI) == 3 and _border(sample_page, HOSPITAL) == 1
    page.locator("#search").fill("没有这个机构")
    page.locator("#search-results li", has_text="无匹配").wait_for()
    assert _border(sample_page, DONGHAI) == 1, "nothing found, nothing marked"
    page.locator("#search").fill("东医大")
    page.locator("#search-results li", has_text="东海医科大学").wait_for()
    page.locator("#clear-highlight").click()
    assert _border(sample_page, DONGHAI) == 1 and page.locator("#search").input_value() == ""
    assert sample_page.errors == []


def test_relayout_runs_again_and_stops(sample_graph, sample_page):
    settled = sample_page.js("window.medkg.timings.settled")
    sample_page.page.locator("#relayout").click()
    for _ in range(100):
        if sample_page.js("window.medkg.timings.settled") > settled:
            break
        sample_page.page.wait_for_timeout(50)
    assert sample_page.js("window.medkg.timings.settled") > settled
    assert sample_page.js("window.medkgNetwork.physics.options.enabled") is False
    assert sample_page.drawn_nodes() == sorted(sample_graph.nodes) and sample_page.errors == []


def test_focus_shows_the_k_hop_neighbourhood(sample_graph, sample_page):
    page = sample_page.page
    page.locator("#search").fill("东医大")
    page.locator("#search-results li").first.click()
    page.locator("#focus-button").click()
    assert sample_page.drawn_nodes() == DONGHAI_1_HOP
    assert "聚焦 东海医科大学 · 1 跳" in page.locator("#focus-status").inner_text()
    page.locator("#hops").fill("2")
    page.locator("#hops").press("Tab")
    assert set(sample_page.drawn_nodes()) == set(sample_graph.nodes) - DONGHAI_2_HOPS_MISSING
    sample_page.screenshot("sample-focus-2-hops")
    page.locator("#show-all").click()
    assert sample_page.drawn_nodes() == sorted(sample_graph.nodes)
    page.locator("#hops").fill("1")
    _click_node(sample_page, LIN, double=True)  # double-click focuses too
    assert sample_page.drawn_nodes() == sorted([LIN, "University:滨江理工大学", "Project:智能骨科手术机器人研发"])
    assert sample_page.errors == []


def test_filters_by_label_relationship_type_and_year(sample_graph, sample_page):
    page = sample_page.page
    page.locator("#legend-labels li", has_text="Person").locator("input").uncheck()
    assert len(sample_page.drawn_nodes()) == 11 and not any(u.startswith("Person:") for u in sample_page.drawn_nodes())
    page.locator("#legend-labels li", has_text="Person").locator("input").check()
    page.locator("#legend-rels li", has_text="GAP_CANDIDATE").locator("input").uncheck()
    assert len(sample_page.drawn_edges()) == 14
    page.locator("#legend-rels li", has_text="GAP_CANDIDATE").locator("input").check()
    page.locator("#year-from").fill("2022")
    page.locator("#year-from").press("Tab")
    assert len(sample_page.drawn_edges()) == 11  # ties of 2019-2021 hidden, undated ones kept
    page.locator("#year-undated").uncheck()
    edges = sample_page.drawn_edges()
    assert [sample_graph.relationships[e].properties["year"] for e in edges] == [2022, 2022, 2023]
    assert len(sample_page.drawn_nodes()) == 13, "a year filter hides ties, not organisations"
    assert sample_page.errors == []


def test_a_dragged_node_stays_where_it_was_put_through_filtering(sample_page):
    page = sample_page.page
    project = page.locator("#legend-labels li", has_text="Project").locator("input")
    project.uncheck()  # a first filter change stores the settled layout
    project.check()
    x, y = _node_point(sample_page, LIN)
    page.mouse.move(x, y)
    page.mouse.down()
    page.mouse.move(x + 90, y + 60, steps=8)
    page.mouse.up()
    dropped = sample_page.js("(id) => window.medkgNetwork.getPosition(id)", LIN)
    assert _node_point(sample_page, LIN) != (x, y)
    person = page.locator("#legend-labels li", has_text="Person").locator("input")
    person.uncheck()
    person.check()
    assert sample_page.js("(id) => window.medkgNetwork.getPosition(id)", LIN) == dropped
    assert sample_page.errors == []


def test_clicking_shows_aliases_titles_and_evidence_with_documents(sample_page):
    details = sample_page.page.locator("#details")
    _click_node(sample_page, LIN)
    text = details.inner_text()
    assert "林若海" in text and "任职 → 滨江理工大学 (教授)" in text
    assert "林若海参加了滨江医工交叉论坛。" in text and "docs/滨江医工新闻.txt" in text
    _click_node(sample_page, HOSPITAL)
    assert "仁和医院" in details.locator("dd").first.inner_text()
    _click_edge(sample_page, f"Person:周明远|WORKS_AT|{HOSPITAL}")
    text = details.inner_text()
    assert "任职 WORKS_AT" in text and "院长" in text
    assert "仁和医院院长周明远出席签约仪式。" in text and "docs/东海医科年报.pdf" in text
    sample_page.screenshot("sample-details")


def test_hovering_a_node_shows_its_aliases(sample_page):
    sample_page.page.mouse.move(*_node_point(sample_page, HOSPITAL))
    tooltip = sample_page.page.locator("div.vis-tooltip")
    tooltip.wait_for(state="visible")
    assert tooltip.inner_text().splitlines() == ["东海医科大学附属仁和医院", "医院 Hospital", "别名: 仁和医院", "社区 community: 0"]
    sample_page.screenshot("sample-tooltip")


def test_community_colours_toggle(sample_page):
    assert _colour(sample_page, DONGHAI) == "#3b6fd8"  # University blue
    sample_page.page.locator("#colour-community").check()
    assert _colour(sample_page, DONGHAI) == "#2ca02c"  # community 0 is the third largest
    assert sample_page.page.locator("#legend-communities li").count() == 3
    sample_page.page.locator("#colour-community").uncheck()
    assert _colour(sample_page, DONGHAI) == "#3b6fd8"


def test_views_open_focused_or_with_a_highlighted_path(sample_graph, tmp_path, open_page):
    focused = open_page(write_page(sample_graph, tmp_path / "focus.html", ViewState(focus=DONGHAI, hops=1)))
    assert focused.drawn_nodes() == DONGHAI_1_HOP
    nodes, rels = connecting_paths(sample_graph, LIN, "Person:周明远")
    path_page = open_page(write_page(sample_graph, tmp_path / "path.html",
                                     ViewState(highlight_nodes=nodes, highlight_edges=rels, colour_by="community")))
    assert path_page.drawn_nodes() == sorted(sample_graph.nodes)
    assert path_page.js("(id) => window.medkg.nodes.get(id).borderWidth", LIN) == 3
    assert _colour(path_page, "Company:星桥资本") == DIM
    assert path_page.page.locator("#colour-community").is_checked()
    path_page.screenshot("sample-path")
    assert focused.errors == [] and path_page.errors == []


def test_markup_in_names_is_shown_as_text(sample_graph, tmp_path, open_page):
    hostile = '<img src=x onerror="window.pwned=1">公司'
    node = sample_graph.add_node(Node(label="Company", name=hostile, aliases=["<b>粗体</b>"]))
    opened = open_page(write_page(sample_graph, tmp_path / "hostile.html"))
    opened.page.mouse.move(*_node_point(opened, node.uid))
    opened.page.locator("div.vis-tooltip").wait_for(state="visible")
    _click_node(opened, node.uid)
    assert opened.page.locator("#details h3").inner_text() == hostile
    opened.page.locator("#search").fill("<b>粗体")
    opened.page.locator("#search-results li", has_text=hostile).wait_for()
    assert opened.js("window.pwned") is None and opened.page.locator("#details img").count() == 0
    assert opened.errors == []


def test_an_empty_graph_opens_cleanly(tmp_path, open_page):
    opened = open_page(write_page(Graph(), tmp_path / "empty.html"))
    assert opened.drawn_nodes() == [] and opened.errors == []
    assert "0 / 0 节点" in opened.page.locator("#counts").inner_text()


@pytest.mark.slow
def test_a_large_graph_settles_and_stops(synthetic_graph, tmp_path, open_page):
    graph = synthetic_graph(1500)
    opened = open_page(write_page(graph, tmp_path / "large.html"), timeout_s=90)
    assert len(opened.drawn_nodes()) == len(graph.nodes)
    assert opened.js("window.medkgNetwork.physics.options.enabled") is False
    assert opened.ink() > 0.01 and opened.errors == []
    opened.page.locator("#search").fill("简称42")
    opened.page.locator("#search-results li").first.wait_for()
    assert opened.js("window.medkgNetwork.getSelectedNodes().length") == 1
    opened.screenshot("large-1500")


def _drawn_look(opened) -> dict:
    """How vis-network draws each node and tie: its options once the network's defaults and
    the item's own are merged (read field by field: defaults are inherited, not copied)."""
    return opened.js("""() => {
        const body = window.medkgNetwork.body, look = {};
        for (const [id, n] of Object.entries(body.nodes)) {
            const c = n.options.color;
            look[id] = [c.background, c.border, c.highlight.background, c.highlight.border, c.hover.background,
                        c.hover.border, n.options.borderWidth, n.options.font.color];
        }
        for (const [id, e] of Object.entries(body.edges)) {
            const c = e.options.color;
            look[id] = [c.color, c.highlight, c.hover, e.options.width, e.options.dashes,
                        e.options.label === undefined ? null : e.options.font.color];
        }
        return look;
    }""")


def test_the_page_draws_pyvis_nodes_and_restyles_by_the_same_rules(sample_graph, tmp_path, open_page):
    nodes, rels = connecting_paths(sample_graph, LIN, "Person:周明远")
    for state in (ViewState(), ViewState(highlight_nodes=nodes, highlight_edges=rels, colour_by="community")):
        opened = open_page(write_page(sample_graph, tmp_path / "restyle.html", state))
        embedded = opened.js("JSON.parse(document.getElementById('medkg-data').textContent)")
        assert opened.js("window.medkg.nodes.get()") == embedded["nodes"], "vis-network holds pyvis's nodes as built"
        edges = opened.js("window.medkg.edges.get()")
        assert [{k: v for k, v in e.items() if k != "title"} for e in edges] == embedded["edges"]
        assert all(e["title"].startswith(sample_graph.nodes[e["from"]].name + " → ") for e in edges)
        drawn = _drawn_look(opened)
        toggle = opened.page.locator("#colour-community")
        toggle.click()  # each toggle restyles every node and tie in the browser
        assert _drawn_look(opened) != drawn
        toggle.click()
        assert _drawn_look(opened) == drawn, "explorer.js restyles the way pyvis drew"
        assert opened.errors == []


def test_big_graphs_show_arrow_heads_once_zoomed_in(synthetic_graph, tmp_path, open_page):
    graph = synthetic_graph(200)
    opened = open_page(write_page(graph, tmp_path / "arrows.html"))
    directed = next(rid for rid, r in graph.relationships.items() if r.type == "WORKS_AT")
    symmetric = next(rid for rid, r in graph.relationships.items() if r.type == "PARTNERS_WITH")
    head = "(id) => window.medkgNetwork.body.edges[id].options.arrows.to.enabled"
    assert opened.js(head, directed) is False and opened.js("window.medkgNetwork.getScale()") < 0.4
    opened.js("window.medkgNetwork.moveTo({ scale: 1.0 })")
    opened.page.mouse.move(700, 400)
    opened.page.mouse.wheel(0, -100)
    opened.page.wait_for_timeout(300)
    assert opened.js(head, directed) is True and opened.js(head, symmetric) is False
    assert opened.errors == []
