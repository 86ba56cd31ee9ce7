"""A store holding the reports' fixture graph, analysed once per module and store kind."""
from __future__ import annotations

import pytest

from medkg.graph.store import GraphStore
from medkg.queries.analytics import analyze

from report_fixture import fixture_graph


@pytest.fixture(scope="module", params=["falkordb", pytest.param("neo4j", marks=pytest.mark.neo4j)])
def analysed_store(request: pytest.FixtureRequest) -> GraphStore:
    """The session's store of each kind, holding the fixture graph after `analyze` (read-only)."""
    store: GraphStore = request.getfixturevalue(f"{request.param}_session_store")
    store.clear()
    store.upsert(fixture_graph())
    analyze(store)
    return store
