"""The visual explorer: one self-contained, offline HTML page per view of a graph."""
from .page import render_page, write_page
from .select import ViewError, connecting_paths, find_node, nodes_in_rows, subgraph
from .state import ViewState

__all__ = ["ViewError", "ViewState", "connecting_paths", "find_node", "nodes_in_rows", "render_page", "subgraph", "write_page"]
