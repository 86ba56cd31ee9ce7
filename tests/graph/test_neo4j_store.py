"""What the Neo4j store does without a server: clear errors, and the schema it asks for."""
from __future__ import annotations

import socket

import pytest

from medkg.graph.neo4j_store import schema_statements
from medkg.graph.store import StoreError, open_store


def free_port() -> int:
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        return s.getsockname()[1]


def test_bolt_and_neo4j_uris_pick_neo4j_and_say_when_nothing_listens():
    port = free_port()
    for uri in (f"bolt://127.0.0.1:{port}", f"neo4j://127.0.0.1:{port}"):
        with pytest.raises(StoreError, match=f"^cannot connect to Neo4j at {uri}: "):
            open_store(uri)


def test_a_malformed_uri_is_a_clear_error():
    with pytest.raises(StoreError, match="bad Neo4j URI"):
        open_store("neo4j://localhost:7687/?region")


def test_schema_has_uid_uniqueness_and_a_name_index_per_label():
    statements = schema_statements()
    assert "CREATE CONSTRAINT medkg_hospital_uid IF NOT EXISTS FOR (n:Hospital) REQUIRE n.uid IS UNIQUE" in statements
    assert "CREATE INDEX medkg_person_name IF NOT EXISTS FOR (n:Person) ON (n.name)" in statements
    assert len(statements) == 14
