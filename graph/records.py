"""Flat property records: how model objects are stored as node and edge properties.

Both stores and the APOC export keep the same flat form, so reports read the same
property names everywhere. Provenance is kept as parallel lists (one entry per piece of
evidence) because neither Neo4j nor FalkorDB stores maps inside properties.
"""
from __future__ import annotations

from operator import attrgetter
from typing import Any

from .model import Node, Provenance, Relationship

#: Provenance field -> property name of its parallel list.
PROV_FIELDS = {
    "doc": "prov_doc",
    "path": "prov_path",
    "sentence": "prov_sentence",
    "start": "prov_start",
    "end": "prov_end",
    "rule": "prov_rule",
    "confidence": "prov_confidence",
}
_PROV_VALUES = attrgetter(*PROV_FIELDS)  # one evidence's fields, in the order of PROV_FIELDS
NODE_KEYS = {"uid", "name", "aliases"}
#: Which document contributed which alias (parallel lists), kept by the stores so that
#: removing a document also retracts the aliases only it contributed; not exported.
ALIAS_SOURCE_FIELDS = ("alias_name", "alias_doc")
RESERVED = NODE_KEYS | set(PROV_FIELDS.values()) | {"docs"} | set(ALIAS_SOURCE_FIELDS)


def provenance_props(prov: list[Provenance]) -> dict[str, Any]:
    rows = [_PROV_VALUES(p) for p in prov]
    columns = list(zip(*rows)) if rows else [()] * len(PROV_FIELDS)
    props: dict[str, Any] = {col: list(values) for col, values in zip(PROV_FIELDS.values(), columns)}
    props["docs"] = sorted(set(props["prov_doc"]))
    return props


def provenance_from(props: dict[str, Any]) -> list[Provenance]:
    cols = {f: list(props.get(col) or []) for f, col in PROV_FIELDS.items()}
    n = len(cols["doc"])
    return [Provenance(**{f: cols[f][i] for f in PROV_FIELDS if i < len(cols[f])}) for i in range(n)]


def _check_user_props(properties: dict[str, Any], what: str) -> None:
    clash = RESERVED & properties.keys()
    if clash:
        raise ValueError(f"{what} uses reserved property names: {sorted(clash)}")


def node_record(node: Node) -> dict[str, Any]:
    """The flat property map of a node (label kept apart)."""
    _check_user_props(node.properties, node.uid)
    return {"uid": node.uid, "name": node.name, "aliases": list(node.aliases),
            **node.properties, **provenance_props(node.provenance)}


def node_from(label: str, props: dict[str, Any]) -> Node:
    extra = {k: v for k, v in props.items() if k not in RESERVED and v is not None}
    return Node(uid=props["uid"], label=label, name=props["name"], aliases=list(props.get("aliases") or []),
                properties=extra, provenance=provenance_from(props))


def rel_record(rel: Relationship) -> dict[str, Any]:
    _check_user_props(rel.properties, f"{rel.type} {rel.start}->{rel.end}")
    return {**rel.properties, **provenance_props(rel.provenance)}


def rel_from(rel_type: str, start: str, end: str, props: dict[str, Any]) -> Relationship:
    extra = {k: v for k, v in props.items() if k not in RESERVED and v is not None}
    return Relationship(type=rel_type, start=start, end=end, properties=extra,
                        provenance=provenance_from(props))
