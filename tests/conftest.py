"""Shared fixtures: a ``store`` for every store implementation, emptied before each test.

FalkorDB (embedded) always runs; Neo4j runs when ``NEO4J_URI`` is set. Each store is
opened once per test session (starting redis costs time) and cleared between tests.
"""
from __future__ import annotations

import os
from collections.abc import Callable, Iterator

import pytest

from medkg.graph.store import GraphStore, open_store

NEO4J_SKIP = "NEO4J_URI not set: Neo4j conformance tests need a running Neo4j 5 (docker compose up)"
STORE_KINDS = ["falkordb", pytest.param("neo4j", marks=pytest.mark.neo4j)]


@pytest.fixture(scope="session")
def falkordb_session_store(tmp_path_factory: pytest.TempPathFactory) -> Iterator[GraphStore]:
    store = open_store(str(tmp_path_factory.mktemp("falkordb") / "db"))
    yield store
    store.close()


@pytest.fixture(scope="session")
def neo4j_session_store() -> Iterator[GraphStore]:
    uri = os.environ.get("NEO4J_URI")
    if not uri:
        pytest.skip(NEO4J_SKIP)
    store = open_store(uri)
    yield store
    store.clear()
    store.close()


@pytest.fixture(params=STORE_KINDS)
def store_kind(request: pytest.FixtureRequest) -> str:
    return request.param


@pytest.fixture
def store(store_kind: str, request: pytest.FixtureRequest) -> GraphStore:
    """An empty store of each kind (the session's, cleared)."""
    shared: GraphStore = request.getfixturevalue(f"{store_kind}_session_store")
    shared.clear()
    return shared


@pytest.fixture
def reopen(store_kind: str, tmp_path, request: pytest.FixtureRequest) -> Callable[[], GraphStore]:
    """Opens a fresh connection to one private database of the store's kind, each call.

    For FalkorDB that is a new folder whose server really stops on close, so reopening
    reads what was persisted on disk.
    """
    if store_kind == "neo4j":
        request.getfixturevalue("store")  # skips without NEO4J_URI; empties the database
        target = os.environ["NEO4J_URI"]
    else:
        target = str(tmp_path / "db")
    return lambda: open_store(target)


@pytest.fixture
def store_target(store: GraphStore) -> str:
    """The ``--db`` value that reaches ``store`` (an embedded folder shares its running server)."""
    return str(store.path) if store.name == "falkordb" else store.uri
