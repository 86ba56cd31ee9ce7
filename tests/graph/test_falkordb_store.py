"""What only the embedded store has: a folder, a private server, an append-only log."""
from __future__ import annotations

import os
import time

import psutil
import pytest

from medkg.graph.cypher_store import checked_label, checked_type
from medkg.graph.falkordb_store import FalkorDBStore
from medkg.graph.store import StoreError, open_store


def test_open_store_picks_the_embedded_store_for_a_folder(falkordb_session_store):
    assert isinstance(falkordb_session_store, FalkorDBStore)
    assert falkordb_session_store.path.is_dir()


def test_append_only_log_is_on_in_the_running_server(falkordb_session_store):
    config = falkordb_session_store.server_config
    assert config["appendonly"] == "yes" and config["appendfsync"] in {"everysec", "always"}
    assert config["dir"] == str(falkordb_session_store.path)
    assert (falkordb_session_store.path / "appendonlydir").is_dir()


def test_close_stops_the_private_server_and_is_idempotent(tmp_path):
    store = FalkorDBStore(tmp_path / "db")
    pid = store.server_pid
    assert psutil.pid_exists(pid)
    store.close()
    store.close()
    assert store.server_pid == 0
    assert not psutil.pid_exists(pid) or psutil.Process(pid).status() == psutil.STATUS_ZOMBIE
    with pytest.raises(StoreError, match="closed"):
        store.query("RETURN 1")


@pytest.mark.skipif(os.geteuid() == 0, reason="root can write anywhere")
def test_unwritable_folder_is_a_clear_error(tmp_path):
    locked = tmp_path / "locked"
    locked.mkdir(mode=0o500)
    with pytest.raises(StoreError, match="not a writable directory"):
        open_store(str(locked))


def test_a_file_where_the_folder_should_be_is_a_clear_error(tmp_path):
    (tmp_path / "file").write_text("x")
    with pytest.raises(StoreError, match="cannot create the store folder"):
        open_store(str(tmp_path / "file" / "db"))


def test_indexes_on_uid_and_name_for_every_label(falkordb_session_store):
    rows = falkordb_session_store.query("CALL db.indexes() YIELD label, properties RETURN label, properties")
    indexed = {(row["label"], prop) for row in rows for prop in row["properties"]}
    assert {("Hospital", "uid"), ("Hospital", "name"), ("Person", "uid")} <= indexed


def test_only_ontology_labels_and_types_reach_cypher_text():
    assert checked_label("Hospital") == "Hospital"
    assert checked_type("FUNDS") == "FUNDS"
    with pytest.raises(StoreError, match="unknown node label"):
        checked_label("Hospital) DETACH DELETE (n")
    with pytest.raises(StoreError, match="unknown relationship type"):
        checked_type("FUNDS]->() DELETE r //")


def test_a_killed_server_loses_nothing_committed(tmp_path):
    """SIGKILL gives redis no chance to save a snapshot: the append-only log alone restores the data."""
    from graph_samples import document_graph

    store = FalkorDBStore(tmp_path / "db")
    store.upsert(document_graph("d1", extra="联影医疗"))
    expected = store.read_graph()
    server = psutil.Process(store.server_pid)
    server.kill()
    psutil.wait_procs([server], timeout=10)
    deadline = time.monotonic() + 10
    while psutil.pid_exists(server.pid) and server.status() == psutil.STATUS_ZOMBIE and time.monotonic() < deadline:
        time.sleep(0.05)  # a container's init may reap the orphaned server late
    store.close()
    assert not (tmp_path / "db" / "medkg.rdb").exists()
    with FalkorDBStore(tmp_path / "db") as reopened:
        assert reopened.read_graph() == expected


def test_text_with_a_nul_character_is_refused_clearly(falkordb_session_store):
    with pytest.raises(StoreError, match="^FalkorDB cannot store text with a NUL character"):
        falkordb_session_store.query("RETURN $x AS x", {"x": "a\x00b"})


def test_no_client_timeout_and_no_silent_resend(falkordb_session_store):
    """A minutes-long analytics read must not time out, and a write must never be sent twice."""
    client = falkordb_session_store._db.connection
    assert client.get_connection_kwargs()["socket_timeout"] is None
    assert client.get_retry().get_retries() == 0
