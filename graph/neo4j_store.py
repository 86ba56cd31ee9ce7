"""Neo4j 5 store over the official driver: the shared Cypher, run with ``execute_query``.

Credentials come from ``NEO4J_USER`` / ``NEO4J_PASSWORD`` (defaults ``neo4j`` /
``medkg-password``, as in docker-compose.yml) and the database from ``NEO4J_DATABASE``
(default ``neo4j``).
"""
from __future__ import annotations

import os
from typing import Any

from .cypher_store import CypherStore, checked_label, one_line, plain_result
from .model import LABELS
from .store import StoreError


def neo4j_entity(value: Any) -> dict[str, Any] | None:
    """A driver node, relationship or path as a dict (see :func:`plain_result`); else None."""
    from neo4j.graph import Node, Path, Relationship

    if isinstance(value, Node):
        return {**dict(value.items()), "_labels": sorted(value.labels)}
    if isinstance(value, Relationship):
        return {**dict(value.items()), "_type": value.type}
    if isinstance(value, Path):
        return {"nodes": list(value.nodes), "relationships": list(value.relationships)}
    return None


def schema_statements() -> list[str]:
    """uid uniqueness per label (which also indexes uid) and a name index per label."""
    statements = []
    for label in map(checked_label, LABELS):
        statements.append(f"CREATE CONSTRAINT medkg_{label.lower()}_uid IF NOT EXISTS "
                          f"FOR (n:{label}) REQUIRE n.uid IS UNIQUE")
        statements.append(f"CREATE INDEX medkg_{label.lower()}_name IF NOT EXISTS FOR (n:{label}) ON (n.name)")
    return statements


class Neo4jStore(CypherStore):
    """A :class:`~medkg.graph.store.GraphStore` on a Neo4j 5 server at a bolt:// or neo4j:// URI."""

    name = "neo4j"

    def __init__(self, uri: str, user: str | None = None, password: str | None = None,
                 database: str | None = None) -> None:
        from neo4j import GraphDatabase

        self.uri = uri
        self.database = database or os.environ.get("NEO4J_DATABASE", "neo4j")
        auth = (user or os.environ.get("NEO4J_USER", "neo4j"),
                password or os.environ.get("NEO4J_PASSWORD", "medkg-password"))
        self._driver = None
        try:
            driver = GraphDatabase.driver(uri, auth=auth)
        except Exception as exc:  # noqa: BLE001 - the driver rejects a malformed URI in several ways
            raise StoreError(f"bad Neo4j URI {uri!r}: {one_line(exc)}") from None
        try:
            driver.verify_connectivity()
        except Exception as exc:  # noqa: BLE001 - refused connection, wrong password, ...
            driver.close()
            raise StoreError(f"cannot connect to Neo4j at {uri}: {one_line(exc)}") from None
        self._driver = driver
        self._ensure_schema()

    def _run(self, cypher: str, params: dict[str, Any] | None = None) -> list[dict[str, Any]]:
        from neo4j.exceptions import DriverError, Neo4jError

        if self._driver is None:
            raise StoreError("the store is closed")
        try:
            records, _, keys = self._driver.execute_query(cypher, params or {}, database_=self.database)
        except (Neo4jError, DriverError) as exc:
            raise StoreError(f"Neo4j: {one_line(exc)}") from exc
        return [{key: plain_result(record[key], neo4j_entity) for key in keys} for record in records]

    def _ensure_schema(self) -> None:
        for statement in schema_statements():
            self._run(statement)

    def close(self) -> None:
        driver, self._driver = getattr(self, "_driver", None), None
        if driver is not None:
            driver.close()

