"""The Cypher both stores share: batched MERGE, provenance merge, removal, read-back.

A concrete store only says how to run one statement (:meth:`CypherStore._run`) and how
to create its indexes (:meth:`CypherStore._ensure_schema`); every statement that touches
data is written once, here, in the Cypher both Neo4j 5 and FalkorDB accept.

Labels and relationship types cannot be query parameters, so they are interpolated into
the text, but only after :func:`checked_label` / :func:`checked_type` found them in the
ontology; every value travels as a bound parameter.
"""
from __future__ import annotations

from abc import ABC, abstractmethod
from collections import defaultdict
from collections.abc import Callable, Iterator, Sequence
from typing import Any, TypeVar

from .model import LABELS, REL_TYPES, Graph, Node, Relationship, check_endpoints
from .records import (ALIAS_SOURCE_FIELDS, PROV_FIELDS, RESERVED, node_from, node_record, provenance_props,
                      rel_from, rel_record)
from .store import RemovalResult, StoreError, UpsertResult

T = TypeVar("T")


def _appending(var: str, columns: Sequence[str]) -> str:
    """SET items that append a row's new entries to the stored parallel lists."""
    return ", ".join(f"{var}.{col} = coalesce({var}.{col}, []) + row.add.{col}" for col in columns)


# Upsert reads a light "head" of each stored entity; only when an incoming document already
# has evidence there does it read and rewrite the whole record (to drop repeated evidence).
# Otherwise the evidence and the (alias, document) pairs it brings are all new: appended.
# An entity the head read did not find is written whole (WRITE_*), nothing to append to.
READ_NODE_HEADS = (
    "UNWIND $uids AS uid MATCH (n:{label} {{uid: uid}}) RETURN n.uid AS uid, n.name AS name, "
    "n.aliases AS aliases, n.docs AS docs"
)
READ_NODES = "UNWIND $uids AS uid MATCH (n:{label} {{uid: uid}}) RETURN n.uid AS uid, properties(n) AS props"
WRITE_NODES = "UNWIND $rows AS row MERGE (n:{label} {{uid: row.uid}}) SET n += row.props"
APPEND_NODES = WRITE_NODES + ", " + _appending("n", [*PROV_FIELDS.values(), *ALIAS_SOURCE_FIELDS])
READ_REL_HEADS = (
    "UNWIND $keys AS k MATCH (a:{source} {{uid: k.start}})-[r:{type}]->(b:{target} {{uid: k.end}}) "
    "RETURN a.uid AS start, b.uid AS end, r.docs AS docs"
)
READ_RELS = (
    "UNWIND $keys AS k MATCH (a:{source} {{uid: k.start}})-[r:{type}]->(b:{target} {{uid: k.end}}) "
    "RETURN a.uid AS start, b.uid AS end, properties(r) AS props"
)
WRITE_RELS = (
    "UNWIND $rows AS row MATCH (a:{source} {{uid: row.start}}) MATCH (b:{target} {{uid: row.end}}) "
    "MERGE (a)-[r:{type}]->(b) SET r += row.props"
)
APPEND_RELS = WRITE_RELS + ", " + _appending("r", list(PROV_FIELDS.values()))
DELETE_RELS = (
    "UNWIND $keys AS k MATCH (a:{source} {{uid: k.start}})-[r:{type}]->(b:{target} {{uid: k.end}}) DELETE r"
)
# A node whose last evidence went away is deleted only if no relationship still needs it.
DELETE_BARE_NODES = (
    "UNWIND $uids AS uid MATCH (n:{label} {{uid: uid}}) WHERE NOT (n)--() DELETE n RETURN count(n) AS deleted"
)
NODES_OF_DOC = "MATCH (n) WHERE $doc IN n.docs RETURN labels(n)[0] AS label, properties(n) AS props"
RELS_OF_DOC = (
    "MATCH (a)-[r]->(b) WHERE $doc IN r.docs RETURN type(r) AS type, labels(a)[0] AS source, "
    "a.uid AS start, labels(b)[0] AS target, b.uid AS end, properties(r) AS props"
)
DOC_PATHS = (
    "MATCH (n) WHERE size(n.prov_doc) > 0 UNWIND range(0, size(n.prov_doc) - 1) AS i "
    "RETURN DISTINCT n.prov_doc[i] AS doc, n.prov_path[i] AS path"
)
REL_DOC_PATHS = (
    "MATCH ()-[r]->() WHERE size(r.prov_doc) > 0 UNWIND range(0, size(r.prov_doc) - 1) AS i "
    "RETURN DISTINCT r.prov_doc[i] AS doc, r.prov_path[i] AS path"
)
ALL_NODES = "MATCH (n) RETURN labels(n)[0] AS label, properties(n) AS props"
ALL_RELS = "MATCH (a)-[r]->(b) RETURN type(r) AS type, a.uid AS start, b.uid AS end, properties(r) AS props"
NODE_LABELS = "MATCH (n) RETURN n.uid AS uid, labels(n)[0] AS label"
SET_PROPS = "UNWIND $rows AS row MATCH (n:{label} {{uid: row.uid}}) SET n += row.props"
DELETE_TYPE = "MATCH ()-[r:{type}]->() WITH r LIMIT $limit DELETE r RETURN count(r) AS deleted"
DELETE_NODES = "MATCH (n) WITH n LIMIT $limit DETACH DELETE n RETURN count(n) AS deleted"
COUNT_LABELS = "MATCH (n) RETURN labels(n)[0] AS label, count(n) AS n"
#: One count per type: a single grouped count over 1M relationships overruns FalkorDB's timeout.
COUNT_TYPE = "MATCH ()-[r:{type}]->() RETURN count(r) AS n"

#: How many entities one delete statement removes (bounded transactions on Neo4j).
DELETE_CHUNK = 10_000


def checked_label(label: str) -> str:
    """A label that may be written into Cypher text: one of the ontology's."""
    if label not in LABELS:
        raise StoreError(f"unknown node label {label!r} (allowed: {', '.join(LABELS)})")
    return label


def checked_type(rel_type: str) -> str:
    """A relationship type that may be written into Cypher text: one of the ontology's."""
    if rel_type not in REL_TYPES:
        raise StoreError(f"unknown relationship type {rel_type!r} (allowed: {', '.join(REL_TYPES)})")
    return rel_type


def one_line(exc: BaseException) -> str:
    """An error's message on one line, white space collapsed (Neo4j errors carry ``.message``)."""
    text = " ".join(str(getattr(exc, "message", None) or exc).split())
    return (text[:400] + " ...") if len(text) > 400 else (text or type(exc).__name__)


def chunks(items: Sequence[T], size: int) -> Iterator[Sequence[T]]:
    for i in range(0, len(items), max(1, size)):
        yield items[i:i + size]


def plain(value: Any) -> Any:
    """A parameter value both drivers accept: numpy scalars and tuples made plain."""
    if isinstance(value, dict):
        return {k: plain(v) for k, v in value.items()}
    if isinstance(value, (list, tuple)):
        return [plain(v) for v in value]
    if hasattr(value, "item") and not isinstance(value, (str, bytes)):
        return value.item()
    return value


_SCALARS = frozenset({str, int, float, bool, type(None)})


def plain_result(value: Any, entity: Callable[[Any], dict[str, Any] | None]) -> Any:
    """A result value as plain Python, ``entity`` turning driver objects into dicts.

    Both stores return a node as ``{**properties, "_labels": [...]}``, a relationship as
    ``{**properties, "_type": T}`` and a path as ``{"nodes": [...], "relationships": [...]}``.
    """
    kind = type(value)
    if kind in _SCALARS:
        return value
    if kind is list or kind is tuple:
        if all(type(v) in _SCALARS for v in value):
            return list(value)
        return [plain_result(v, entity) for v in value]
    if isinstance(value, dict):
        return {k: plain_result(v, entity) for k, v in value.items()}
    as_dict = entity(value)
    return value if as_dict is None else plain_result(as_dict, entity)


def alias_sources(stored: dict[str, Any] | None, node: Node, merged: Node) -> dict[str, list[str]]:
    """The stored (alias, document) pairs plus those ``node`` brings (its aliases x its documents)."""
    name_col, doc_col = ALIAS_SOURCE_FIELDS
    pairs = list(zip(stored.get(name_col) or [], stored.get(doc_col) or [])) if stored else []
    seen = set(pairs)
    brought = sorted(set(node.aliases) | ({node.name} & set(merged.aliases)))
    for pair in ((alias, doc) for alias in brought for doc in sorted({p.doc for p in node.provenance})):
        if pair not in seen:
            seen.add(pair)
            pairs.append(pair)
    return {name_col: [a for a, _ in pairs], doc_col: [d for _, d in pairs]}


def retract_aliases(props: dict[str, Any], doc: str) -> dict[str, list[str]]:
    """Aliases after ``doc`` is removed: those only it contributed go; unattributed ones stay."""
    name_col, doc_col = ALIAS_SOURCE_FIELDS
    pairs = list(zip(props.get(name_col) or [], props.get(doc_col) or []))
    rest = [(alias, d) for alias, d in pairs if d != doc]
    attributed, supported = {a for a, _ in pairs}, {a for a, _ in rest}
    return {"aliases": [a for a in props.get("aliases") or [] if a in supported or a not in attributed],
            name_col: [a for a, _ in rest], doc_col: [d for _, d in rest]}


def appendable(record: dict[str, Any], head: dict[str, Any] | None) -> tuple[dict[str, Any], dict[str, list]]:
    """Split a record of new evidence into (properties to set, evidence lists to append).

    ``docs`` becomes the union with the stored head's documents.
    """
    add = {col: record.pop(col) for col in PROV_FIELDS.values()}
    record["docs"] = sorted(set(head["docs"] or []) | set(record["docs"])) if head else record["docs"]
    return record, add


def validate(graph: Graph) -> dict[Any, dict[str, Any]]:
    """Everything :meth:`CypherStore.upsert` checks before it writes anything.

    Returns the flat record of every node (by uid) and relationship (by key), which upsert
    reuses for the entities it writes as they are.
    """
    records: dict[Any, dict[str, Any]] = {}
    for node in graph.nodes.values():
        checked_label(node.label)
        records[node.uid] = node_record(node)
    for rel in graph.relationships.values():
        checked_type(rel.type)
        for uid in (rel.start, rel.end):
            if uid not in graph.nodes:
                raise StoreError(f"{rel.type} refers to node {uid!r}, which the graph does not hold")
        check_endpoints(rel.type, graph.nodes[rel.start].label, graph.nodes[rel.end].label)
        records[rel.key] = rel_record(rel)
    return records


def merges_to_itself(item: Node | Relationship) -> bool:
    """Whether merging ``item`` into an empty entity gives ``item`` unchanged: no repeated
    evidence (and, for a node, aliases already sorted and distinct)."""
    aliases = getattr(item, "aliases", None)
    if aliases is not None and len(aliases) > 1 and aliases != sorted(set(aliases)):
        return False
    return len(item.provenance) < 2 or len({p.key() for p in item.provenance}) == len(item.provenance)


class CypherStore(ABC):
    """Every :class:`~medkg.graph.store.GraphStore` operation over two primitives."""

    name: str = "cypher"

    @abstractmethod
    def _run(self, cypher: str, params: dict[str, Any] | None = None) -> list[dict[str, Any]]:
        """Run one statement with bound parameters; rows of plain Python values."""

    @abstractmethod
    def _ensure_schema(self) -> None:
        """Create the uid and name indexes (or constraints) if they are missing."""

    @abstractmethod
    def close(self) -> None: ...

    def __enter__(self) -> "CypherStore":
        return self

    def __exit__(self, *exc: object) -> None:
        self.close()

    # -- reads ------------------------------------------------------------------------

    def query(self, cypher: str, params: dict[str, Any] | None = None) -> list[dict[str, Any]]:
        return self._run(cypher, plain(params or {}))

    def documents(self) -> dict[str, str]:
        paths: dict[str, str] = {}
        for row in self._run(DOC_PATHS) + self._run(REL_DOC_PATHS):
            doc, path = row["doc"], row["path"] or ""
            if doc not in paths or (path and (not paths[doc] or path < paths[doc])):
                paths[doc] = path
        return dict(sorted(paths.items()))

    def read_graph(self) -> Graph:
        graph = Graph()
        for row in self._run(ALL_NODES):
            graph.add_node(node_from(row["label"], row["props"]))
        for row in self._run(ALL_RELS):
            graph.add_relationship(rel_from(row["type"], row["start"], row["end"], row["props"]))
        return graph

    def stats(self) -> dict[str, Any]:
        nodes = {row["label"]: row["n"] for row in self._run(COUNT_LABELS)}
        counts = {t: self._run(COUNT_TYPE.format(type=checked_type(t)))[0]["n"] for t in REL_TYPES}
        rels = {t: n for t, n in counts.items() if n}
        return {"nodes": dict(sorted(nodes.items())), "relationships": dict(sorted(rels.items())),
                "documents": len(self.documents())}

    # -- writes -----------------------------------------------------------------------

    def upsert(self, graph: Graph, batch_size: int = 500) -> UpsertResult:
        records = validate(graph)
        result = UpsertResult()
        by_label: dict[str, list[Node]] = defaultdict(list)
        for node in graph.nodes.values():
            by_label[node.label].append(node)
        for label, nodes in sorted(by_label.items()):
            for batch in chunks(nodes, batch_size):
                created = self._upsert_nodes(label, batch, records)
                result.nodes_created += created
                result.nodes_updated += len(batch) - created
        created = self._upsert_relationships(graph, list(graph.relationships.values()), batch_size, records)
        result.relationships_created = created
        result.relationships_updated = len(graph.relationships) - created
        return result

    def _upsert_nodes(self, label: str, batch: Sequence[Node], records: dict[Any, dict[str, Any]]) -> int:
        """Merge one batch of same-label nodes into the store; return how many are new.

        ``records``: the nodes' flat records (from :func:`validate`)."""
        heads = {row["uid"]: row for row in
                 self._run(READ_NODE_HEADS.format(label=label), {"uids": [n.uid for n in batch]})}
        rows, new, repeated = [], [], []
        for node in batch:
            head = heads.get(node.uid)
            if head and not set(head["docs"] or []).isdisjoint(p.doc for p in node.provenance):
                repeated.append(node)
                continue
            if head is None and merges_to_itself(node):
                merged, record = node, records[node.uid]
            else:
                stored = {"name": head["name"], "aliases": head["aliases"] or []} if head else {"name": node.name}
                merged = Node(uid=node.uid, label=label, **stored).merge(node)
                record = node_record(merged)
            if head is None:
                new.append({"uid": node.uid, "props": {**record, **alias_sources(None, node, merged)}})
                continue
            props, add = appendable(record, head)
            # Its documents are new to the stored node, so are the alias pairs they bring.
            rows.append({"uid": node.uid, "props": props, "add": {**add, **alias_sources(None, node, merged)}})
        if new:
            self._run(WRITE_NODES.format(label=label), {"rows": new})
        if rows:
            self._run(APPEND_NODES.format(label=label), {"rows": rows})
        if repeated:
            self._rewrite_nodes(label, repeated)
        return len(batch) - len(heads)

    def _rewrite_nodes(self, label: str, batch: Sequence[Node]) -> None:
        """Full merge with the stored records, for nodes whose documents already have evidence there."""
        stored = {row["uid"]: row["props"]
                  for row in self._run(READ_NODES.format(label=label), {"uids": [n.uid for n in batch]})}
        rows = []
        for node in batch:
            old = stored[node.uid]
            merged = node_from(label, old).merge(node)
            record = {**node_record(merged), **alias_sources(old, node, merged)}
            if record != old:  # an unchanged node is not written again
                rows.append({"uid": node.uid, "props": record})
        if rows:
            self._run(WRITE_NODES.format(label=label), {"rows": rows})

    def _upsert_relationships(self, graph: Graph, rels: list[Relationship], batch_size: int,
                              records: dict[Any, dict[str, Any]]) -> int:
        groups: dict[tuple[str, str, str], list[Relationship]] = defaultdict(list)
        for rel in rels:
            groups[(rel.type, graph.nodes[rel.start].label, graph.nodes[rel.end].label)].append(rel)
        created = 0
        for (rel_type, source, target), group in sorted(groups.items()):
            shape = {"type": checked_type(rel_type), "source": checked_label(source),
                     "target": checked_label(target)}
            for batch in chunks(group, batch_size):
                keys = [{"start": r.start, "end": r.end} for r in batch]
                heads = {(row["start"], row["end"]): row for row in
                         self._run(READ_REL_HEADS.format(**shape), {"keys": keys})}
                rows, new, repeated = [], [], []
                for rel in batch:
                    head = heads.get((rel.start, rel.end))
                    if head and not set(head["docs"] or []).isdisjoint(p.doc for p in rel.provenance):
                        repeated.append(rel)
                        continue
                    if merges_to_itself(rel):
                        record = records[rel.key]
                    else:
                        record = rel_record(Relationship(type=rel.type, start=rel.start, end=rel.end).merge(rel))
                    if head is None:
                        new.append({"start": rel.start, "end": rel.end, "props": record})
                        continue
                    props, add = appendable(record, head)
                    rows.append({"start": rel.start, "end": rel.end, "props": props, "add": add})
                if new:
                    self._run(WRITE_RELS.format(**shape), {"rows": new})
                if rows:
                    self._run(APPEND_RELS.format(**shape), {"rows": rows})
                if repeated:
                    self._rewrite_relationships(shape, repeated)
                created += len(batch) - len(heads)
        return created

    def _rewrite_relationships(self, shape: dict[str, str], batch: Sequence[Relationship]) -> None:
        """Full merge with the stored records, for relationships whose documents already have evidence."""
        keys = [{"start": r.start, "end": r.end} for r in batch]
        stored = {(row["start"], row["end"]): row["props"]
                  for row in self._run(READ_RELS.format(**shape), {"keys": keys})}
        rows = []
        for rel in batch:
            old = stored[(rel.start, rel.end)]
            record = rel_record(rel_from(rel.type, rel.start, rel.end, old).merge(rel))
            if record != old:
                rows.append({"start": rel.start, "end": rel.end, "props": record})
        if rows:
            self._run(WRITE_RELS.format(**shape), {"rows": rows})

    def remove_document(self, doc: str) -> RemovalResult:
        result = RemovalResult(doc=doc)
        # Relationships first, so that nodes they held can go afterwards.
        doomed_rels: dict[tuple[str, str, str], list[dict[str, str]]] = defaultdict(list)
        kept_rels: dict[tuple[str, str, str], list[dict[str, Any]]] = defaultdict(list)
        for row in self._run(RELS_OF_DOC, {"doc": doc}):
            shape = (row["type"], row["source"], row["target"])
            rest = [p for p in rel_from(row["type"], row["start"], row["end"], row["props"]).provenance
                    if p.doc != doc]
            if rest:
                kept_rels[shape].append({"start": row["start"], "end": row["end"],
                                         "props": provenance_props(rest)})
            else:
                doomed_rels[shape].append({"start": row["start"], "end": row["end"]})
        for (rel_type, source, target), keys in doomed_rels.items():
            shape = {"type": checked_type(rel_type), "source": checked_label(source),
                     "target": checked_label(target)}
            for batch in chunks(keys, DELETE_CHUNK):
                self._run(DELETE_RELS.format(**shape), {"keys": list(batch)})
            result.relationships_deleted += len(keys)
        for (rel_type, source, target), rows in kept_rels.items():
            shape = {"type": checked_type(rel_type), "source": checked_label(source),
                     "target": checked_label(target)}
            for batch in chunks(rows, 1000):
                self._run(WRITE_RELS.format(**shape), {"rows": list(batch)})
            result.relationships_kept += len(rows)

        bare: dict[str, list[str]] = defaultdict(list)
        kept_nodes: dict[str, list[dict[str, Any]]] = defaultdict(list)
        for row in self._run(NODES_OF_DOC, {"doc": doc}):
            label, props = checked_label(row["label"]), row["props"]
            rest = [p for p in node_from(label, props).provenance if p.doc != doc]
            kept_nodes[label].append({"uid": props["uid"],
                                      "props": {**provenance_props(rest), **retract_aliases(props, doc)}})
            if not rest:
                bare[label].append(props["uid"])
        for label, rows in kept_nodes.items():
            for batch in chunks(rows, 1000):
                self._run(SET_PROPS.format(label=label), {"rows": list(batch)})
        for label, uids in bare.items():
            deleted = self._run(DELETE_BARE_NODES.format(label=label), {"uids": uids})
            result.nodes_deleted += sum(row["deleted"] for row in deleted)
        result.nodes_kept = sum(len(rows) for rows in kept_nodes.values()) - result.nodes_deleted
        unsupported = sum(len(u) for u in bare.values()) - result.nodes_deleted
        if unsupported:
            result.details["nodes_without_evidence"] = unsupported
        return result

    def set_node_properties(self, values: dict[str, dict[str, Any]]) -> None:
        for props in values.values():
            clash = RESERVED & props.keys()
            if clash:
                raise StoreError(f"cannot overwrite reserved properties {sorted(clash)}")
        label_of = {row["uid"]: row["label"] for row in self._run(NODE_LABELS)}
        missing = sorted(set(values) - set(label_of))
        if missing:
            raise StoreError(f"{len(missing)} unknown node uid(s), e.g. {missing[0]!r}")
        by_label: dict[str, list[dict[str, Any]]] = defaultdict(list)
        for uid, props in values.items():
            by_label[label_of[uid]].append({"uid": uid, "props": {k: plain(v) for k, v in props.items()}})
        for label, rows in by_label.items():
            for batch in chunks(rows, 1000):
                self._run(SET_PROPS.format(label=checked_label(label)), {"rows": list(batch)})

    def replace_relationships(self, rel_type: str, graph: Graph) -> None:
        checked_type(rel_type)
        records = validate(graph)
        others = {r.type for r in graph.relationships.values()} - {rel_type}
        if others:
            raise StoreError(f"replace_relationships({rel_type}) was given {sorted(others)} too")
        label_of = {row["uid"]: row["label"] for row in self._run(NODE_LABELS)}
        for rel in graph.relationships.values():
            for uid in (rel.start, rel.end):
                if label_of.get(uid) != graph.nodes[uid].label:
                    raise StoreError(f"{rel_type} endpoint {uid!r} is not in the store")
        self._delete_in_chunks(DELETE_TYPE.format(type=rel_type))
        self._upsert_relationships(graph, list(graph.relationships.values()), 500, records)

    def clear(self) -> None:
        self._delete_in_chunks(DELETE_NODES)

    def _delete_in_chunks(self, cypher: str) -> None:
        while self._run(cypher, {"limit": DELETE_CHUNK})[0]["deleted"]:
            pass
