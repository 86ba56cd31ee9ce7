"""GraphML for Gephi and other graph tools: one attribute column per property.

Gephi shows the ``label`` column as the node caption, so it holds the entity's name; the
ontology label is ``kind``. Lists (aliases, documents, evidence sentences) are joined
into one text column, since GraphML attributes are scalars.
"""
from __future__ import annotations

import re
import xml.etree.ElementTree as ET
from typing import IO, Any

from .model import Graph, Node, Relationship

NS = "http://graphml.graphdrawing.org/xmlns"
LIST_SEPARATOR = "; "
SENTENCE_SEPARATOR = "\n"
# Characters XML 1.0 cannot carry at all (control characters other than tab and new lines).
_NOT_XML = re.compile("[\x00-\x08\x0b\x0c\x0e-\x1f\ufffe\uffff]")


def _node_columns(node: Node) -> dict[str, Any]:
    return {
        "label": node.name, "kind": node.label, "uid": node.uid,
        "aliases": LIST_SEPARATOR.join(node.aliases), **node.properties,
        "docs": LIST_SEPARATOR.join(sorted({p.doc for p in node.provenance})),
        "evidence": len(node.provenance),
    }


def _edge_columns(rel: Relationship) -> dict[str, Any]:
    return {
        "label": rel.type, "rel_type": rel.type, **rel.properties,
        "docs": LIST_SEPARATOR.join(sorted({p.doc for p in rel.provenance})),
        "evidence": len(rel.provenance),
        "sentences": SENTENCE_SEPARATOR.join(p.sentence for p in rel.provenance if p.sentence),
        "confidence": max((p.confidence for p in rel.provenance), default=0.0),
    }


def _scalar(value: Any) -> Any:
    return LIST_SEPARATOR.join(map(str, value)) if isinstance(value, list) else value


def _type_of(values: list[Any]) -> str:
    """The GraphML type that holds every value of one column."""
    kinds = {type(v) for v in values}
    if kinds == {bool}:
        return "boolean"
    if kinds == {int}:
        return "long"
    if kinds <= {int, float}:
        return "double"
    return "string"


def _text(value: Any, kind: str) -> str:
    if kind == "boolean":
        return "true" if value else "false"
    if kind == "double":
        return repr(float(value))
    return _NOT_XML.sub("", str(value))


def _declare(root: ET.Element, domain: str, rows: list[dict[str, Any]]) -> dict[str, tuple[str, str]]:
    """Add one <key> per column of ``rows``; return column -> (key id, GraphML type)."""
    columns: dict[str, list[Any]] = {}
    for row in rows:
        for name, value in row.items():
            columns.setdefault(name, []).append(value)
    keys = {}
    for i, (name, values) in enumerate(columns.items()):
        key_id, kind = f"{domain[0]}{i}", _type_of(values)
        ET.SubElement(root, "key", {"id": key_id, "for": domain, "attr.name": name, "attr.type": kind})
        keys[name] = (key_id, kind)
    return keys


def _add_data(element: ET.Element, row: dict[str, Any], keys: dict[str, tuple[str, str]]) -> None:
    for name, value in row.items():
        key_id, kind = keys[name]
        ET.SubElement(element, "data", {"key": key_id}).text = _text(value, kind)


def graphml_tree(graph: Graph) -> ET.ElementTree:
    """The graph as a GraphML document: nodes by uid, edges sorted by (type, start, end)."""
    nodes = sorted(graph.nodes.values(), key=lambda n: n.uid)
    rels = sorted(graph.relationships.values(), key=lambda r: r.key)
    node_rows = [{k: _scalar(v) for k, v in _node_columns(n).items()} for n in nodes]
    edge_rows = [{k: _scalar(v) for k, v in _edge_columns(r).items()} for r in rels]
    root = ET.Element("graphml", {"xmlns": NS})
    node_keys = _declare(root, "node", node_rows)
    edge_keys = _declare(root, "edge", edge_rows)
    body = ET.SubElement(root, "graph", {"id": "medkg", "edgedefault": "directed"})
    for node, row in zip(nodes, node_rows):
        _add_data(ET.SubElement(body, "node", {"id": _NOT_XML.sub("", node.uid)}), row, node_keys)
    for i, (rel, row) in enumerate(zip(rels, edge_rows)):
        edge = ET.SubElement(body, "edge", {"id": f"e{i}", "source": _NOT_XML.sub("", rel.start),
                                            "target": _NOT_XML.sub("", rel.end)})
        _add_data(edge, row, edge_keys)
    tree = ET.ElementTree(root)
    ET.indent(tree)
    return tree


def write_graphml(graph: Graph, out: IO[bytes]) -> int:
    """Write the graph as UTF-8 GraphML; return the number of nodes and edges written."""
    graphml_tree(graph).write(out, encoding="utf-8", xml_declaration=True)
    return len(graph)
