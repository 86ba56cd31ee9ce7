"""The page as a file: one self-contained document whose data survives hostile names."""
import re

import pytest

from medkg.graph.model import LABELS, REL_TYPES, Node
from medkg.viz import ViewState, render_page, write_page
from medkg.viz.style import LABEL_STYLE, REL_STYLE


def test_page_references_nothing_outside_itself(sample_graph):
    html = render_page(sample_graph)
    assert not re.search(r"<(script|link|img|iframe)[^>]+(src|href)=\"(?!data:)", html)
    assert "default-src 'none'" in html  # the browser itself refuses any request
    assert "sourceMappingURL" not in html
    assert html.count("<script") == 3  # vis-network, data, explorer


def test_page_carries_graph_style_and_view(sample_graph, embedded_data):
    state = ViewState(title="测试", focus="University:东海医科大学", hops=2, colour_by="community")
    data = embedded_data(render_page(sample_graph, state))
    assert len(data["nodes"]) == len(sample_graph.nodes) and len(data["edges"]) == len(sample_graph.relationships)
    assert data["state"]["focus"] == "University:东海医科大学" and data["state"]["hops"] == 2
    assert "Noto Sans CJK SC" in data["style"]["font"]
    assert data["docs"]["aaaaaaaaaaaaaaaa"] == "docs/滨江医工新闻.txt"


def test_every_label_and_relationship_type_has_a_style():
    assert set(LABEL_STYLE) == set(LABELS) and set(REL_STYLE) == set(REL_TYPES)
    assert REL_STYLE["GAP_CANDIDATE"][1], "predicted ties are dashed"


def test_names_cannot_break_out_of_the_page(sample_graph, embedded_data):
    hostile = "</script><script>alert(1)</script>"
    sample_graph.add_node(Node(label="Company", name=hostile, aliases=["<!--"]))
    html = render_page(sample_graph, ViewState(title=hostile))
    assert html.count("<script") == 3
    assert any(n["name"] == hostile for n in embedded_data(html)["nodes"])
    assert "<title>&lt;/script&gt;" in html


def test_a_view_of_unknown_nodes_is_refused(sample_graph):
    with pytest.raises(ValueError, match="not in the graph"):
        render_page(sample_graph, ViewState(focus="University:不存在"))


def test_write_page_creates_folders(sample_graph, tmp_path):
    out = write_page(sample_graph, tmp_path / "a" / "b.html")
    assert out.read_text(encoding="utf-8").startswith("<!DOCTYPE html>")
