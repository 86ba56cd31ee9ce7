"""Small graphs the store tests load: documents that share some facts, and tricky names."""
from __future__ import annotations

from medkg.graph.model import Graph, Node, Provenance, Relationship

#: Names that break naive quoting: quotes, backslashes, new lines, Cypher, unicode.
TRICKY_NAMES = [
    'He said "hi"',
    "O'Brien's lab",
    "back\\slash\\",
    '\\"escaped\\" quote',
    "two\nlines\r\nand\ttab",
    "MATCH (n) DETACH DELETE n",
    "x'}) RETURN 1 //",
    "`backtick` $param {brace}",
    "上海交通大学医学院附属第九人民医院",
    "Ｆｕｌｌ－ｗｉｄｔｈ 与 emoji 🧬",
    "line\u2028separator",
    "bell\x07 form\x0cfeed back\x08space",
]


def evidence(doc: str, sentence: str, start: int = 0) -> Provenance:
    return Provenance(doc=doc, path=f"docs/{doc}.txt", sentence=sentence, start=start,
                      end=start + len(sentence), rule="test-rule", confidence=0.75)


def document_graph(doc: str, *, with_shared: bool = True, extra: str | None = None) -> Graph:
    """One document's facts: a university, its hospital, and (if ``extra``) a company partner."""
    ev = evidence(doc, f"{doc}: 瑞金医院是上海交通大学医学院的附属医院。", start=3)
    graph = Graph()
    if with_shared:
        graph.add_node(Node(label="University", name="上海交通大学医学院", aliases=[f"交医-{doc}"], provenance=[ev]))
        graph.add_node(Node(label="Hospital", name="上海交通大学医学院附属瑞金医院", aliases=["瑞金医院"],
                            properties={"city": "上海", "beds": 3000}, provenance=[ev]))
        graph.add_relationship(Relationship(type="AFFILIATED_WITH", start="Hospital:上海交通大学医学院附属瑞金医院",
                                            end="University:上海交通大学医学院", provenance=[ev]))
    if extra:
        ev2 = evidence(doc, f"{extra}与瑞金医院签约。", start=40)
        graph.add_node(Node(label="Hospital", name="上海交通大学医学院附属瑞金医院", provenance=[ev2]))
        graph.add_node(Node(label="Company", name=extra, provenance=[ev2]))
        graph.add_relationship(Relationship(type="PARTNERS_WITH", start=f"Company:{extra}",
                                            end="Hospital:上海交通大学医学院附属瑞金医院",
                                            properties={"year": 2024}, provenance=[ev2]))
    return graph


def tricky_graph() -> Graph:
    """Every tricky name as a company, each partnering with the next."""
    graph = Graph()
    ev = evidence("tricky", 'a sentence with "quotes", \\ and \n a new line')
    nodes = [graph.add_node(Node(label="Company", name=name, aliases=[name + " alias"], provenance=[ev]))
             for name in TRICKY_NAMES]
    for a, b in zip(nodes, nodes[1:]):
        graph.add_relationship(Relationship(type="INVESTS_IN", start=a.uid, end=b.uid, provenance=[ev]))
    return graph
