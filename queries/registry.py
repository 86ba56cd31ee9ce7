"""Canned reports: ``.cypher`` files shipped as package data, described by a header.

Like aiosql's ``-- name:`` headers and datasette's stored queries, a report is data: its
header comment (Cypher comments are ``//``) names it, gives a title, the question it
answers in Chinese and English, and its typed parameters with defaults::

    // name: partners
    // title: Partners of an organisation
    // zh: 某机构有哪些合作方？
    // en: Who does an organisation work with?
    // param: org str -- organisation name, alias or uid
    // param: label str = "" -- only partners with this label ("" = any)

An optional ``// needs: medkg analyze`` line says what must run before the report has rows.
The registry checks that the declared parameters are exactly the ``$names`` the query
uses, converts command-line strings to the declared types, and always binds them:
values are never formatted into the Cypher text.
"""
from __future__ import annotations

import difflib
import json
import re
from collections.abc import Mapping
from dataclasses import dataclass, replace
from functools import cache
from importlib.resources import files
from typing import Any

from medkg.graph.store import GraphStore

TYPES: dict[str, type] = {"str": str, "int": int, "float": float, "bool": bool}
_HEADER_KEYS = {"name", "title", "zh", "en", "param", "needs"}
_OPTIONAL_KEYS = {"param", "needs"}
_PARAM_RE = re.compile(
    r"^(?P<name>[A-Za-z_]\w*)\s+(?P<type>\w+)(?:\s*=\s*(?P<default>.+?))?(?:\s+--\s*(?P<doc>.*))?$"
)
_STRING_RE = re.compile(r"'(?:[^'\\]|\\.)*'|\"(?:[^\"\\]|\\.)*\"")
_COMMENT_RE = re.compile(r"//[^\n]*")
_DOLLAR_RE = re.compile(r"\$([A-Za-z_]\w*)")
_FILE_RE = re.compile(r"^(?P<number>\d+)_(?P<name>\w+)\.cypher$")
_TRUE = {"true", "yes", "1", "y"}
_FALSE = {"false", "no", "0", "n"}


class ReportError(ValueError):
    """An unknown report, a malformed report file, or a bad parameter value."""


@dataclass(frozen=True)
class Parameter:
    """One declared parameter; ``required`` when the header gives no default."""

    name: str
    type: str
    default: Any = None
    required: bool = True
    doc: str = ""

    def convert(self, value: Any) -> Any:
        """The value as the declared type; strings (from ``-p key=value``) are parsed."""
        if isinstance(value, str) and self.type != "str":
            return self._parse(value)
        return self.check(value)

    def check(self, value: Any) -> Any:
        """The value if it already has the declared type (an int is accepted as a float)."""
        if self.type == "float" and isinstance(value, int) and not isinstance(value, bool):
            return float(value)
        if not isinstance(value, TYPES[self.type]) or (isinstance(value, bool) and self.type != "bool"):
            raise ReportError(f"parameter {self.name!r} must be {self.type}, got {value!r}")
        return value

    def _parse(self, text: str) -> Any:
        word = text.strip()
        try:
            if self.type == "int":
                return int(word)
            if self.type == "float":
                return float(word)
        except ValueError:
            raise ReportError(f"parameter {self.name!r} must be {self.type}, got {text!r}") from None
        if word.lower() in _TRUE:
            return True
        if word.lower() in _FALSE:
            return False
        raise ReportError(f"parameter {self.name!r} must be bool (true/false), got {text!r}")

    def describe(self) -> str:
        default = "required" if self.required else f"default {json.dumps(self.default, ensure_ascii=False)}"
        return f"{self.name} ({self.type}, {default}){': ' + self.doc if self.doc else ''}"


@dataclass(frozen=True)
class Report:
    """A parsed report file: its header fields and the Cypher that follows."""

    number: int
    name: str
    title: str
    question_zh: str
    question_en: str
    parameters: tuple[Parameter, ...]
    cypher: str
    #: What must run first, e.g. "medkg analyze" for reports that read its results.
    needs: str = ""

    def bind(self, given: Mapping[str, Any] | None = None) -> dict[str, Any]:
        """Every declared parameter, converted to its type, defaults filled in."""
        given = dict(given or {})
        declared = {p.name: p for p in self.parameters}
        unknown = sorted(given.keys() - declared.keys())
        if unknown:
            raise ReportError(f"report {self.name!r} has no parameter {unknown[0]!r} "
                              f"(parameters: {', '.join(declared) or 'none'})")
        bound = {}
        for p in self.parameters:
            if p.name in given:
                bound[p.name] = p.convert(given[p.name])
            elif p.required:
                raise ReportError(f"report {self.name!r} needs parameter {p.name!r}: "
                                  f"-p {p.name}=... ({p.type}{', ' + p.doc if p.doc else ''})")
            else:
                bound[p.name] = p.default
        return bound

    def run(self, store: GraphStore, given: Mapping[str, Any] | None = None) -> list[dict[str, Any]]:
        """Run on any store with bound parameters; rows as dicts."""
        return store.query(self.cypher, self.bind(given))


def query_parameters(cypher: str) -> set[str]:
    """The ``$names`` a query uses, outside comments and string literals."""
    code = _COMMENT_RE.sub("", _STRING_RE.sub("''", cypher))
    return set(_DOLLAR_RE.findall(code))


def _parse_param(spec: str, where: str) -> Parameter:
    m = _PARAM_RE.match(spec.strip())
    if not m or m["type"] not in TYPES:
        raise ReportError(f"{where}: bad parameter line {spec!r} (want: NAME {'|'.join(TYPES)} [= DEFAULT] [-- doc])")
    param = Parameter(m["name"], m["type"], doc=(m["doc"] or "").strip())
    if m["default"] is None:
        return param
    try:
        return replace(param, default=param.check(json.loads(m["default"])), required=False)
    except json.JSONDecodeError:
        raise ReportError(f"{where}: default of {param.name!r} is not a JSON literal: {m['default']!r}") from None
    except ReportError as exc:
        raise ReportError(f"{where}: default {exc}") from None


def parse_report(text: str, filename: str) -> Report:
    """Parse one report file; raise :class:`ReportError` naming the file on any defect."""
    fm = _FILE_RE.match(filename)
    if not fm:
        raise ReportError(f"{filename}: report files are named NN_name.cypher")
    header: dict[str, str] = {}
    params: list[Parameter] = []
    lines = text.splitlines()
    body_start = 0
    for i, line in enumerate(lines):
        if not line.startswith("//"):
            body_start = i
            break
        key, sep, value = line[2:].strip().partition(":")
        if not sep or key.strip() not in _HEADER_KEYS:
            raise ReportError(f"{filename}:{i + 1}: unknown header line {line!r}")
        if key.strip() == "param":
            params.append(_parse_param(value, f"{filename}:{i + 1}"))
        else:
            header[key.strip()] = value.strip()
    missing = sorted(_HEADER_KEYS - _OPTIONAL_KEYS - header.keys())
    if missing:
        raise ReportError(f"{filename}: header lacks {', '.join(missing)}")
    if header["name"] != fm["name"]:
        raise ReportError(f"{filename}: header name {header['name']!r} differs from the file name")
    cypher = "\n".join(lines[body_start:]).strip()
    declared = {p.name for p in params}
    used = query_parameters(cypher)
    if declared != used:
        raise ReportError(f"{filename}: declared parameters {sorted(declared)} but the query uses {sorted(used)}")
    return Report(int(fm["number"]), header["name"], header["title"], header["zh"], header["en"],
                  tuple(params), cypher, header.get("needs", ""))


@cache
def load_reports() -> dict[str, Report]:
    """Every report shipped in this package, by name, in file-number order."""
    found = [parse_report(f.read_text(encoding="utf-8"), f.name)
             for f in files("medkg.queries").iterdir() if f.name.endswith(".cypher")]
    found.sort(key=lambda r: r.number)
    return {r.name: r for r in found}


def get_report(key: str) -> Report:
    """A report by name or number; an unknown one is an error that suggests close names."""
    reports = load_reports()
    if key in reports:
        return reports[key]
    by_number = {str(r.number): r for r in reports.values()}
    if key.lstrip("0") in by_number:
        return by_number[key.lstrip("0")]
    close = difflib.get_close_matches(key, list(reports), n=3, cutoff=0.5)
    hint = f"; did you mean {', '.join(close)}?" if close else "; `medkg report list` shows them all"
    raise ReportError(f"no report named {key!r}{hint}")


def parse_assignments(items: list[str] | tuple[str, ...]) -> dict[str, str]:
    """``["key=value", ...]`` (from ``-p``) as a dict; the value may itself contain '='."""
    given: dict[str, str] = {}
    for item in items:
        key, sep, value = item.partition("=")
        if not sep or not key.strip():
            raise ReportError(f"parameter {item!r} is not key=value")
        given[key.strip()] = value
    return given
