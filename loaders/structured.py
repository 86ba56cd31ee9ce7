"""Curated records (CSV, JSON, YAML) of organisations, people and relations -> a Graph.

An analyst adds what no document says. The schema is in docs/structured-input.md: an
entities table (name, label, aliases, properties) and a relations table (source,
source_label, type, target, target_label, properties, evidence); a JSON or YAML file holds
both as lists. A malformed row is reported with its file and line number and the other
rows still load; a file that is not a records file at all is a :class:`StructuredError`.
Every fact carries provenance rule ``structured:<format>`` and the row as its sentence.
"""
from __future__ import annotations

import csv
import io
import json
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

import yaml
from pydantic import ValidationError

from medkg.graph.model import LABELS, REL_TYPES, Graph, Node, Provenance, Relationship, document_id

from .readers.encoding import DecodeError, decode

SUFFIXES = {".csv": "csv", ".json": "json", ".yaml": "yaml", ".yml": "yaml"}
ENTITY_FIELDS = ("name", "label", "aliases", "properties")
RELATION_FIELDS = ("source", "source_label", "type", "target", "target_label", "properties", "evidence")
_RESERVED = {"uid", "name", "aliases", "docs"}


class StructuredError(ValueError):
    """The file is not a records file medkg can read; the message says why."""


class RowError(ValueError):
    """One record is malformed."""


@dataclass
class StructuredLoad:
    """What one records file gave: its graph, and the rows that were rejected (``file:line: why``)."""

    doc_id: str
    format: str
    encoding: str
    graph: Graph = field(default_factory=Graph)
    rows: int = 0
    problems: list[str] = field(default_factory=list)


def _text(value: Any, what: str, required: bool = True) -> str:
    text = "" if value is None else str(value).strip()
    if required and not text:
        raise RowError(f"{what} is empty")
    return text


def _label(value: Any, what: str) -> str:
    label = _text(value, what)
    if label not in LABELS:
        raise RowError(f"{what} {label!r} is not a label (one of {', '.join(LABELS)})")
    return label


def _aliases(value: Any) -> list[str]:
    if value is None or value == "":
        return []
    if isinstance(value, list):
        return [str(a).strip() for a in value if str(a).strip()]
    return [a.strip() for a in str(value).split("|") if a.strip()]


def _scalar(cell: str) -> Any:
    """A CSV cell in an extra column: integers and decimals become numbers."""
    for kind in (int, float):
        try:
            return kind(cell)
        except ValueError:
            continue
    return cell


def _properties(value: Any, extra: dict[str, Any]) -> dict[str, Any]:
    props: dict[str, Any] = {}
    if isinstance(value, str) and value.strip():
        try:
            value = json.loads(value)
        except json.JSONDecodeError as exc:
            raise RowError(f"properties is not a JSON object ({exc.msg})") from None
    if isinstance(value, dict):
        props.update(value)
    elif value not in (None, ""):
        raise RowError(f"properties must be a mapping, got {type(value).__name__}")
    props.update({k: v for k, v in extra.items() if v not in (None, "")})
    clash = {k for k in props if k in _RESERVED or str(k).startswith("prov_")}
    if clash:
        raise RowError(f"properties use reserved names {sorted(clash)}")
    return props


def _add_record(graph: Graph, record: dict[str, Any], extra: dict[str, Any], prov: Provenance) -> None:
    """Validate one entity or relation record and add it to ``graph`` (all or nothing)."""
    part = Graph()
    if "source" in record or "type" in record:
        rel_type = _text(record.get("type"), "type")
        if rel_type not in REL_TYPES or rel_type == "GAP_CANDIDATE":
            raise RowError(f"type {rel_type!r} is not a relationship type a loader may write")
        source = Node(label=_label(record.get("source_label"), "source_label"),
                      name=_text(record.get("source"), "source"), provenance=[prov])
        target = Node(label=_label(record.get("target_label"), "target_label"),
                      name=_text(record.get("target"), "target"), provenance=[prov])
        part.add_node(source)
        part.add_node(target)
        part.add_relationship(Relationship(type=rel_type, start=source.uid, end=target.uid,
                                           properties=_properties(record.get("properties"), extra),
                                           provenance=[prov]))
    else:
        part.add_node(Node(label=_label(record.get("label"), "label"), name=_text(record.get("name"), "name"),
                           aliases=_aliases(record.get("aliases")),
                           properties=_properties(record.get("properties"), extra), provenance=[prov]))
    graph.update(part)


def _row_problem(exc: Exception) -> str:
    if isinstance(exc, ValidationError):
        first = exc.errors()[0]
        return f"{'.'.join(map(str, first['loc'])) or 'record'}: {first['msg']}"
    return str(exc)


def _load_csv(text: str, path: Path, result: StructuredLoad) -> None:
    reader = csv.reader(io.StringIO(text))
    try:
        _load_csv_rows(reader, path, result)
    except csv.Error as exc:  # an oversized field or a stray NUL: what follows cannot be parsed
        result.problems.append(f"{path}:{reader.line_num}: not valid CSV from here on ({exc})")


def _load_csv_rows(reader, path: Path, result: StructuredLoad) -> None:
    header = [h.strip() for h in next(reader, [])]
    if {"name", "label"} <= set(header):
        known = ENTITY_FIELDS
    elif {"source", "source_label", "type", "target", "target_label"} <= set(header):
        known = RELATION_FIELDS
    else:
        raise StructuredError(f"{path}:1: header must hold name,label (entities) or "
                              "source,source_label,type,target,target_label (relations)")
    for row in reader:
        if not any(cell.strip() for cell in row):
            continue
        line = reader.line_num
        result.rows += 1
        prov = Provenance(doc=result.doc_id, path=str(path), sentence=",".join(row), rule="structured:csv")
        try:
            if len(row) != len(header):
                raise RowError(f"expected {len(header)} columns ({','.join(header)}), got {len(row)}")
            cells = dict(zip(header, row))
            record = {k: cells[k] for k in known if k in cells}
            extra = {k: _scalar(v.strip()) for k, v in cells.items() if k not in known}
            _add_record(result.graph, record, extra, prov)
        except ValueError as exc:  # RowError, SchemaError and pydantic ValidationError alike
            result.problems.append(f"{path}:{line}: {_row_problem(exc)}")


def _load_mapping(text: str, path: Path, result: StructuredLoad) -> None:
    loader = yaml.SafeLoader(text)
    try:
        root = loader.get_single_node()
        if root is None or not isinstance(root, yaml.MappingNode):
            raise StructuredError(f"{path}: expected a mapping with 'entities' and/or 'relations' lists")
        sections = {loader.construct_object(k): v for k, v in root.value}
        if not sections or not set(sections) <= {"entities", "relations"}:
            raise StructuredError(f"{path}: expected only 'entities' and 'relations' keys, got {sorted(map(str, sections))}")
        for name, node in sections.items():
            if not isinstance(node, yaml.SequenceNode):
                raise StructuredError(f"{path}:{node.start_mark.line + 1}: '{name}' must be a list")
            for item in node.value:
                line = item.start_mark.line + 1
                result.rows += 1
                try:
                    record = loader.construct_object(item, deep=True)
                    if not isinstance(record, dict):
                        raise RowError(f"a {name} item must be a mapping")
                    unknown = set(record) - set(ENTITY_FIELDS if name == "entities" else RELATION_FIELDS)
                    if unknown:
                        raise RowError(f"unknown fields {sorted(map(str, unknown))}")
                    rendered = json.dumps(record, ensure_ascii=False, default=str)
                    prov = Provenance(doc=result.doc_id, path=str(path), sentence=rendered,
                                      rule=f"structured:{result.format}")
                    _add_record(result.graph, record, {}, prov)
                except (ValueError, yaml.YAMLError) as exc:
                    result.problems.append(f"{path}:{line}: {_row_problem(exc)}")
    except yaml.YAMLError as exc:
        raise StructuredError(f"{path}: not valid {result.format.upper()} ({str(exc).splitlines()[0]})") from None
    finally:
        loader.dispose()


def read_structured(path: str | Path, raw: bytes | None = None) -> StructuredLoad:
    """Load one records file; rows that fail are listed in ``problems``, the rest are in ``graph``."""
    path = Path(path)
    raw = path.read_bytes() if raw is None else raw
    fmt = SUFFIXES.get(path.suffix.lower())
    if fmt is None:
        raise StructuredError(f"{path}: not a records file (expected {', '.join(sorted(SUFFIXES))})")
    if not raw.strip():
        raise StructuredError(f"{path}: empty file")
    try:
        text, encoding = decode(raw)
    except DecodeError as exc:
        raise StructuredError(f"{path}: {exc}") from None
    result = StructuredLoad(doc_id=document_id(raw), format=fmt, encoding=encoding)
    (_load_csv if fmt == "csv" else _load_mapping)(text.lstrip("\ufeff"), path, result)
    return result
