"""What a view shows first (the reader can change all of it on the page)."""
from __future__ import annotations

from dataclasses import dataclass, field


@dataclass
class ViewState:
    """What the page shows first; the reader can change all of it on the page."""

    title: str = "medkg 医工交叉创新网络"
    subtitle: str = ""
    focus: str | None = None  # uid whose k-hop neighbourhood is shown
    hops: int = 1
    highlight_nodes: list[str] = field(default_factory=list)
    highlight_edges: list[str] = field(default_factory=list)
    colour_by: str = "label"  # or "community"
