"""Report rows and report descriptions as a rich table, CSV (spreadsheets) or JSON (scripts)."""
from __future__ import annotations

import csv
import io
import json
from typing import Any

from rich.table import Table
from rich.text import Text

from .registry import Report

FORMATS = ("table", "csv", "json")
LIST_SEPARATOR = "; "


def cell_text(value: Any) -> str:
    """One value as text: lists joined with '; ', null as empty, floats without noise."""
    if value is None:
        return ""
    if isinstance(value, list):
        return LIST_SEPARATOR.join(cell_text(v) for v in value)
    if isinstance(value, bool):
        return "true" if value else "false"
    if isinstance(value, float):
        return f"{value:.6g}"
    return str(value)


def columns(rows: list[dict[str, Any]]) -> list[str]:
    return list(rows[0]) if rows else []


def to_csv(rows: list[dict[str, Any]]) -> str:
    out = io.StringIO()
    writer = csv.writer(out, lineterminator="\n")
    writer.writerow(columns(rows))
    writer.writerows([cell_text(row[c]) for c in columns(rows)] for row in rows)
    return out.getvalue()


def to_json(rows: list[dict[str, Any]]) -> str:
    return json.dumps(rows, ensure_ascii=False, indent=2)


def to_table(rows: list[dict[str, Any]], title: str) -> Table:
    table = Table(title=title, caption=f"{len(rows)} row{'s' if len(rows) != 1 else ''}")
    for column in columns(rows):
        table.add_column(column, overflow="fold")
    for row in rows:
        table.add_row(*(Text(cell_text(v)) for v in row.values()))
    return table


def report_listing(reports: list[Report]) -> Table:
    """Every report: number, name, title and its question in both languages."""
    table = Table(title="Canned reports (medkg report run NAME -p key=value ...)")
    for column in ("#", "name", "title / question", "parameters"):
        table.add_column(column, overflow="fold")
    for r in reports:
        params = ", ".join(p.name + ("" if p.required else "?") for p in r.parameters)
        table.add_row(str(r.number), r.name, Text(f"{r.title}\n{r.question_zh}\n{r.question_en}"), params)
    return table


def report_description(report: Report) -> str:
    """A report's header fields, parameters and Cypher, as `medkg report show` prints them."""
    params = [f"  -p {p.describe()}" for p in report.parameters] or ["  (none)"]
    return "\n".join([
        f"{report.number}. {report.name}: {report.title}",
        f"问题: {report.question_zh}",
        f"Question: {report.question_en}",
        *([f"Needs: {report.needs} first"] if report.needs else []),
        "Parameters:", *params,
        "Cypher:", report.cypher,
    ])
