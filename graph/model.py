"""Typed graph model: the contract between loaders, stores, reports and the view.

Labels and relationship types are those of ``shared/ontology.md``; the allowed endpoint
labels of each relationship type are part of the schema and enforced when a
:class:`Relationship` is added to a :class:`Graph`.
"""
from __future__ import annotations

import hashlib
import unicodedata
from collections.abc import Iterable
from typing import Literal, get_args

from pydantic import BaseModel, ConfigDict, Field, field_validator, model_validator

Label = Literal["University", "Hospital", "Company", "Platform", "Agency", "Person", "Project"]
RelType = Literal[
    "CO_FOUNDED", "FUNDS", "SUPERVISES", "PARTNERS_WITH", "WORKS_AT", "LEADS",
    "AFFILIATED_WITH", "PART_OF", "MEMBER_OF", "INVESTS_IN", "GAP_CANDIDATE",
]
LABELS: tuple[str, ...] = get_args(Label)
REL_TYPES: tuple[str, ...] = get_args(RelType)

ORGANISATIONS = frozenset({"University", "Hospital", "Company", "Platform", "Agency"})
ANY = frozenset(LABELS)

#: type -> (allowed source labels, allowed target labels).
SCHEMA: dict[str, tuple[frozenset[str], frozenset[str]]] = {
    "CO_FOUNDED": (ORGANISATIONS, frozenset({"Platform"})),
    "FUNDS": (ORGANISATIONS, ORGANISATIONS | {"Project"}),
    "SUPERVISES": (frozenset({"Person", "Agency"}), ORGANISATIONS | {"Person"}),
    "PARTNERS_WITH": (ORGANISATIONS, ORGANISATIONS),
    "WORKS_AT": (frozenset({"Person"}), ORGANISATIONS),
    "LEADS": (frozenset({"Person"}), ORGANISATIONS | {"Project"}),
    "AFFILIATED_WITH": (frozenset({"Hospital"}), frozenset({"University"})),
    "PART_OF": (ORGANISATIONS, ORGANISATIONS),
    "MEMBER_OF": (ORGANISATIONS, frozenset({"Platform"})),
    "INVESTS_IN": (frozenset({"Company"}), frozenset({"Company"})),
    # Written by `medkg analyze`, never by a loader: a predicted missing tie.
    "GAP_CANDIDATE": (ORGANISATIONS, ORGANISATIONS),
}
SYMMETRIC = frozenset({"PARTNERS_WITH", "GAP_CANDIDATE"})

Scalar = str | int | float | bool
PropertyValue = Scalar | list[str] | list[int] | list[float]


class SchemaError(ValueError):
    """A node or relationship that the ontology does not allow."""


def normalize_name(name: str) -> str:
    """NFKC, no white space: the form two surface names are compared in."""
    return "".join(unicodedata.normalize("NFKC", name).split())


def make_uid(label: str, name: str) -> str:
    """Stable id of an entity: its label and normalised canonical name."""
    return f"{label}:{normalize_name(name)}"


def document_id(content: bytes) -> str:
    """Document id = content hash, so an unchanged document is recognised on reload."""
    return hashlib.sha256(content).hexdigest()[:16]


class _Strict(BaseModel):
    model_config = ConfigDict(extra="forbid", frozen=False, validate_assignment=True)


class Provenance(_Strict):
    """Where a fact came from: which document, which sentence, which rule."""

    doc: str = Field(min_length=1, description="document id (content hash)")
    path: str = Field(default="", description="source path as given to the loader")
    sentence: str = Field(default="", description="the evidence sentence or record")
    start: int = Field(default=-1, description="character offset of the sentence, -1 if none")
    end: int = Field(default=-1)
    rule: str = Field(default="", description="the rule or loader that produced the fact")
    confidence: float = Field(default=1.0, ge=0.0, le=1.0)

    def key(self) -> tuple[str, int, str, str]:
        """Identity of a piece of evidence: the same sentence of the same document once."""
        return (self.doc, self.start, self.sentence, self.rule)


def _merge_provenance(lists: Iterable[list[Provenance]]) -> list[Provenance]:
    """The evidence of several views, in order, each piece once: one pass, however many views."""
    seen: set[tuple[str, int, str, str]] = set()
    out = []
    for prov in lists:
        for p in prov:
            k = p.key()
            if k not in seen:
                seen.add(k)
                out.append(p)
    return out


class Node(_Strict):
    """An entity: organisation, person or project."""

    uid: str = ""
    label: Label
    name: str = Field(min_length=1)
    aliases: list[str] = Field(default_factory=list)
    properties: dict[str, PropertyValue] = Field(default_factory=dict)
    provenance: list[Provenance] = Field(default_factory=list)

    @field_validator("name")
    @classmethod
    def _strip(cls, v: str) -> str:
        v = v.strip()
        if not v:
            raise ValueError("name is empty")
        return v

    @model_validator(mode="after")
    def _derive(self) -> "Node":
        if not self.uid:
            object.__setattr__(self, "uid", make_uid(self.label, self.name))
        clean = sorted({a.strip() for a in self.aliases if a.strip() and a.strip() != self.name})
        object.__setattr__(self, "aliases", clean)
        return self

    def merge(self, *others: "Node") -> "Node":
        """The union of several views of the same entity (same uid); later properties win."""
        for other in others:
            if other.uid != self.uid:
                raise ValueError(f"cannot merge {other.uid!r} into {self.uid!r}")
        views = (self, *others)
        aliases = {a for v in views for a in v.aliases} | {v.name for v in others}
        return self.model_copy(update={
            "aliases": sorted(aliases - {self.name}),
            "properties": {k: v for view in views for k, v in view.properties.items()},
            "provenance": _merge_provenance(v.provenance for v in views),
        })


class Relationship(_Strict):
    """A typed, directed tie between two nodes, identified by (type, start, end)."""

    type: RelType
    start: str = Field(min_length=1, description="uid of the source node")
    end: str = Field(min_length=1, description="uid of the target node")
    properties: dict[str, PropertyValue] = Field(default_factory=dict)
    provenance: list[Provenance] = Field(default_factory=list)

    @model_validator(mode="after")
    def _order_symmetric(self) -> "Relationship":
        if self.start == self.end:
            raise SchemaError(f"{self.type} from {self.start!r} to itself")
        if self.type in SYMMETRIC and self.end < self.start:
            s, e = self.end, self.start
            object.__setattr__(self, "start", s)
            object.__setattr__(self, "end", e)
        return self

    @property
    def key(self) -> tuple[str, str, str]:
        return (self.type, self.start, self.end)

    def merge(self, *others: "Relationship") -> "Relationship":
        """The union of several views of the same tie; later properties win."""
        views = (self, *others)
        return self.model_copy(update={
            "properties": {k: v for view in views for k, v in view.properties.items()},
            "provenance": _merge_provenance(v.provenance for v in views),
        })


def check_endpoints(rel_type: str, source_label: str, target_label: str) -> None:
    """Raise :class:`SchemaError` unless the ontology allows this relationship."""
    sources, targets = SCHEMA[rel_type]
    if source_label not in sources or target_label not in targets:
        raise SchemaError(
            f"{rel_type} is not allowed from {source_label} to {target_label} "
            f"(allowed: {'/'.join(sorted(sources))} -> {'/'.join(sorted(targets))})"
        )


def _merged(old: Node | Relationship | None, views: list) -> Node | Relationship:
    """``old`` (if any) merged with every view, in one pass; a single new view is kept as it is."""
    first, *rest = [old, *views] if old is not None else views
    return first.merge(*rest) if rest else first


class Graph(_Strict):
    """Nodes and relationships: what a loader returns and a store accepts.

    Adding a node or relationship that is already present merges it (aliases and
    provenance accumulate); a relationship whose endpoints are missing or whose endpoint
    labels the schema forbids is rejected with :class:`SchemaError`.
    """

    nodes: dict[str, Node] = Field(default_factory=dict)
    relationships: dict[str, Relationship] = Field(default_factory=dict)

    @model_validator(mode="after")
    def _check(self) -> "Graph":
        for rel in self.relationships.values():
            self._check_rel(rel)
        return self

    @staticmethod
    def rel_id(rel: Relationship) -> str:
        return f"{rel.start}|{rel.type}|{rel.end}"

    def _check_rel(self, rel: Relationship) -> None:
        for uid in (rel.start, rel.end):
            if uid not in self.nodes:
                raise SchemaError(f"{rel.type} refers to unknown node {uid!r}")
        check_endpoints(rel.type, self.nodes[rel.start].label, self.nodes[rel.end].label)

    def add_node(self, node: Node) -> Node:
        old = self.nodes.get(node.uid)
        merged = old.merge(node) if old else node
        self.nodes[node.uid] = merged
        return merged

    def add_relationship(self, rel: Relationship) -> Relationship:
        self._check_rel(rel)
        rid = self.rel_id(rel)
        old = self.relationships.get(rid)
        merged = old.merge(rel) if old else rel
        self.relationships[rid] = merged
        return merged

    def update(self, *others: "Graph") -> "Graph":
        """Merge other graphs into this one, in place. Each entity is merged once from all its
        views, so merging many documents that share a hub costs one pass over its evidence."""
        nodes: dict[str, list[Node]] = {}
        for other in others:
            for node in other.nodes.values():
                nodes.setdefault(node.uid, []).append(node)
        for uid, views in nodes.items():
            self.nodes[uid] = _merged(self.nodes.get(uid), views)
        rels: dict[str, list[Relationship]] = {}
        for other in others:
            for rel in other.relationships.values():
                self._check_rel(rel)
                rels.setdefault(self.rel_id(rel), []).append(rel)
        for rid, views in rels.items():
            self.relationships[rid] = _merged(self.relationships.get(rid), views)
        return self

    def documents(self) -> set[str]:
        """Ids of every document that supports a node or relationship here."""
        items = [*self.nodes.values(), *self.relationships.values()]
        return {p.doc for item in items for p in item.provenance}

    def __len__(self) -> int:
        return len(self.nodes) + len(self.relationships)
