"""A user alias file: merges an analyst adds (surface form -> canonical name) or forbids.

Applied to an extracted graph as a rewrite, so it works whatever the extractor did inside:
a node named by a surface form is renamed to its canonical name (and merged with the node
already there), and two names declared distinct are never merged, not even by the table's
own merges. The format is described in docs/structured-input.md.
"""
from __future__ import annotations

import csv
import io
from pathlib import Path

import yaml
from pydantic import BaseModel, ConfigDict, Field, PrivateAttr

from medkg.graph.model import Graph, Node, Relationship, make_uid, normalize_name


class AliasFileError(ValueError):
    """The alias file is malformed; the message names the file and line."""


class AliasTable(BaseModel):
    """``add``: surface form -> canonical name. ``forbid``: pairs of names that are different entities."""

    model_config = ConfigDict(extra="forbid")

    add: dict[str, str] = Field(default_factory=dict)
    forbid: set[frozenset[str]] = Field(default_factory=set)

    _lookup: dict[str, str] = PrivateAttr(default_factory=dict)
    _forbidden: set[frozenset[str]] = PrivateAttr(default_factory=set)

    def model_post_init(self, context: object) -> None:
        self._lookup = {normalize_name(surface): canonical for surface, canonical in self.add.items()}
        self._forbidden = {frozenset(normalize_name(n) for n in pair) for pair in self.forbid}

    def canonical(self, name: str) -> str:
        """The canonical name for ``name`` (itself when the table says nothing)."""
        return self._lookup.get(normalize_name(name), name)

    def forbidden(self, a: str, b: str) -> bool:
        return frozenset({normalize_name(a), normalize_name(b)}) in self._forbidden

    def __bool__(self) -> bool:
        return bool(self.add or self.forbid)


def _from_mapping(data: object, path: Path) -> AliasTable:
    if not isinstance(data, dict) or not set(data) <= {"add", "forbid"}:
        raise AliasFileError(f"{path}: expected a mapping with 'add' and/or 'forbid'")
    add = data.get("add") or {}
    forbid = data.get("forbid") or []
    if not isinstance(add, dict) or not all(isinstance(k, str) and isinstance(v, str) for k, v in add.items()):
        raise AliasFileError(f"{path}: 'add' must map surface forms to canonical names")
    pairs = set()
    for i, pair in enumerate(forbid):
        if not (isinstance(pair, list) and len(pair) == 2 and all(isinstance(n, str) for n in pair)):
            raise AliasFileError(f"{path}: forbid entry {i + 1} must be a pair of names, got {pair!r}")
        pairs.add(frozenset(pair))
    return AliasTable(add=add, forbid=pairs)


def _from_csv(text: str, path: Path) -> AliasTable:
    add: dict[str, str] = {}
    forbid: set[frozenset[str]] = set()
    reader = csv.reader(io.StringIO(text))
    header = next(reader, None)
    if header != ["action", "name", "other"]:
        raise AliasFileError(f"{path}:1: header must be 'action,name,other', got {','.join(header or [])!r}")
    for row in reader:
        line = reader.line_num
        if not any(cell.strip() for cell in row):
            continue
        if len(row) != 3 or not row[1].strip() or not row[2].strip():
            raise AliasFileError(f"{path}:{line}: expected 3 non-empty columns, got {row!r}")
        action, name, other = (cell.strip() for cell in row)
        if action == "merge":
            add[name] = other
        elif action == "forbid":
            forbid.add(frozenset({name, other}))
        else:
            raise AliasFileError(f"{path}:{line}: action must be 'merge' or 'forbid', got {action!r}")
    return AliasTable(add=add, forbid=forbid)


def load_alias_file(path: str | Path) -> AliasTable:
    """Read an alias table from ``.yaml``/``.yml``/``.json`` or ``.csv``."""
    path = Path(path)
    try:
        text = path.read_text(encoding="utf-8-sig")
    except (OSError, UnicodeDecodeError) as exc:
        raise AliasFileError(f"{path}: cannot read alias file ({exc})") from None
    if path.suffix.lower() == ".csv":
        return _from_csv(text, path)
    try:
        return _from_mapping(yaml.safe_load(text) or {}, path)
    except yaml.YAMLError as exc:
        raise AliasFileError(f"{path}: not valid YAML/JSON ({str(exc).splitlines()[0]})") from None


def apply_aliases(graph: Graph, table: AliasTable) -> Graph:
    """A copy of ``graph`` with nodes renamed and merged as the table says.

    A node whose name is a surface form in ``add`` takes the canonical name (its old name
    becomes an alias); nodes that end up with the same label and name merge. A merge into a
    name the table forbids for this node is not made. Aliases the table forbids for a node's
    name are dropped from it. Relationships follow their endpoints; one that would join a
    node to itself after a merge is dropped.
    """
    if not table:
        return graph
    renamed: dict[str, str] = {}
    out = Graph()
    for node in graph.nodes.values():
        canonical = table.canonical(node.name)
        if normalize_name(canonical) == normalize_name(node.name) or table.forbidden(canonical, node.name):
            canonical = node.name
        aliases = [a for a in {*node.aliases, node.name} - {canonical} if not table.forbidden(a, canonical)]
        uid = node.uid if canonical == node.name else make_uid(node.label, canonical)
        renamed[node.uid] = uid
        out.add_node(Node(uid=uid, label=node.label, name=canonical, aliases=aliases,
                          properties=node.properties, provenance=node.provenance))
    for rel in graph.relationships.values():
        start, end = renamed[rel.start], renamed[rel.end]
        if start != end:  # labels are unchanged by a rename, so the schema still holds
            out.add_relationship(Relationship(type=rel.type, start=start, end=end, properties=rel.properties,
                                              provenance=rel.provenance))
    return out
