"""The fast parameter encoder writes exactly what the general one writes, errors included."""
import random

import pytest

from medkg.graph.falkordb_store import cypher_literal, header_literal
from medkg.graph.store import StoreError

CHARS = ["a", "中", '"', "\\", "`", "{", "}", ",", ":", "\n", "\t", "\x01", "\b", "\f", "u", "b", " ", "\u2028", "$"]


def _encoded(encode, value):
    try:
        return encode(value)
    except StoreError as exc:
        return ("error", str(exc))


def _value(rng: random.Random, depth: int = 0):
    text = lambda: "".join(rng.choice(CHARS) for _ in range(rng.randint(0, 6)))  # noqa: E731
    kind = rng.randint(0, 8 if depth < 3 else 4)
    if kind in (0, 4):
        return text()
    if kind == 1:
        return rng.randint(-10**12, 10**12)
    if kind == 2:
        return rng.choice([0.1, -0.0, 1e-7, 1e300, 3.5, float("nan"), float("inf")])
    if kind == 3:
        return rng.choice([True, False, None])
    if kind in (5, 6):
        return [_value(rng, depth + 1) for _ in range(rng.randint(0, 4))]
    if kind == 7:
        return [text() for _ in range(rng.randint(0, 4))]
    return {rng.choice([text(), "uid", "a b"]) or "k": _value(rng, depth + 1) for _ in range(rng.randint(0, 4))}


@pytest.mark.parametrize("value", [
    'O\'Brien "quoted" \\ back`tick', "line\nbreak\u2028", {"key with space": ["a", 1, 2.5, None]},
    {"back`tick": 1}, ["\x00"], float("nan"), [1, float("inf")], {"nested": {"deeper": [[1], ["中文"]]}},
])
def test_tricky_values_encode_the_same(value) -> None:
    assert _encoded(header_literal, value) == _encoded(cypher_literal, value)


def test_random_values_encode_the_same() -> None:
    rng = random.Random(1)
    for _ in range(5000):
        value = _value(rng)
        assert _encoded(header_literal, value) == _encoded(cypher_literal, value), value
