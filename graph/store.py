"""The one interface every store implements, and how a ``--db`` value picks one."""
from __future__ import annotations

import os
from dataclasses import dataclass, field
from typing import Any, Protocol, runtime_checkable

from .model import Graph

DEFAULT_DB = "./medkg-data"


class StoreError(RuntimeError):
    """The store could not do what was asked; the message says why in one line."""


@dataclass
class UpsertResult:
    nodes_created: int = 0
    nodes_updated: int = 0
    relationships_created: int = 0
    relationships_updated: int = 0


@dataclass
class RemovalResult:
    doc: str
    nodes_deleted: int = 0
    relationships_deleted: int = 0
    nodes_kept: int = 0  # still supported by another document
    relationships_kept: int = 0
    details: dict[str, Any] = field(default_factory=dict)


@runtime_checkable
class GraphStore(Protocol):
    """A property-graph store the rest of medkg talks to without knowing which it is."""

    name: str

    def upsert(self, graph: Graph, batch_size: int = 500) -> UpsertResult:
        """Idempotent MERGE on uid (nodes) and (type, start, end) (relationships).

        Aliases and provenance accumulate without duplicates; properties are overwritten.
        """

    def query(self, cypher: str, params: dict[str, Any] | None = None) -> list[dict[str, Any]]:
        """Run Cypher with bound parameters; rows as dicts keyed by the RETURN names."""

    def remove_document(self, doc: str) -> RemovalResult:
        """Retract what one document contributed; facts other documents support stay."""

    def documents(self) -> dict[str, str]:
        """Every document id with evidence in the store -> its source path."""

    def read_graph(self) -> Graph:
        """The whole graph as model objects (for export, analytics and the view)."""

    def set_node_properties(self, values: dict[str, dict[str, Any]]) -> None:
        """Write computed properties (uid -> {name: value}) onto existing nodes."""

    def replace_relationships(self, rel_type: str, graph: Graph) -> None:
        """Delete every relationship of ``rel_type``, then upsert those of ``graph``."""

    def clear(self) -> None:
        """Delete everything."""

    def stats(self) -> dict[str, Any]:
        """Counts of nodes by label and relationships by type."""

    def close(self) -> None: ...

    def __enter__(self) -> "GraphStore": ...

    def __exit__(self, *exc: object) -> None: ...


def resolve_db(db: str | None) -> str:
    """``--db`` wins, then ``MEDKG_DB``, then ``./medkg-data``."""
    return db or os.environ.get("MEDKG_DB") or DEFAULT_DB


def open_store(db: str | None = None) -> GraphStore:
    """A Neo4j store for ``bolt://``/``neo4j://`` URIs, else the embedded FalkorDBLite store."""
    target = resolve_db(db)
    if target.split("://", 1)[0] in {"bolt", "bolt+s", "bolt+ssc", "neo4j", "neo4j+s", "neo4j+ssc"}:
        from .neo4j_store import Neo4jStore

        return Neo4jStore(target)
    from .falkordb_store import FalkorDBStore

    return FalkorDBStore(target)
