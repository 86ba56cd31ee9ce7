"""The built-in gazetteer of organisations (``data/organisations.tsv``) and its matcher.

One compiled alternation of every name and alias, longest first, finds known
organisations in a sentence in a single pass.
"""
from __future__ import annotations

import re
from dataclasses import dataclass, field
from functools import lru_cache
from importlib.resources import files

from medkg.graph.model import normalize_name

from .lexicon import PROVINCES, trie_pattern

#: Province-level region names, as they start longer organisation words (河北医大二院).
_REGION_RE = re.compile(PROVINCES + "|北京|天津|上海|重庆|内蒙古|广西|西藏|宁夏|新疆|香港|澳门")
_SHORT_FORM = 3

#: Surface forms repeat a lot in a document: normalise each once.
key = lru_cache(maxsize=1 << 16)(normalize_name)


@dataclass(frozen=True)
class Entry:
    """One organisation of the gazetteer."""

    label: str
    name: str
    aliases: tuple[str, ...]
    parent: str = ""


@dataclass
class Gazetteer:
    entries: dict[str, Entry] = field(default_factory=dict)
    #: normalised surface form -> canonical names it may denote
    surfaces: dict[str, list[str]] = field(default_factory=dict)
    pattern: re.Pattern[str] | None = None

    def add(self, entry: Entry) -> None:
        self.entries[entry.name] = entry
        for surface in (entry.name, *entry.aliases):
            names = self.surfaces.setdefault(key(surface), [])
            if entry.name not in names:
                names.append(entry.name)

    def compile(self) -> None:
        self.pattern = re.compile(trie_pattern(s for s in self.surfaces if len(s) >= 2 and not s.isascii()))

    def lookup(self, surface: str) -> list[Entry]:
        return [self.entries[n] for n in self.surfaces.get(key(surface), ())]

    def find(self, sentence: str):
        """(start, end) of every known name in the sentence, leftmost-longest; a short form is skipped where a
        region name begun before it ends inside it (北医 in 河北医大二院: part of a longer word)."""
        return ((m.start(), m.end()) for m in self.pattern.finditer(sentence)
                if m.end() - m.start() > _SHORT_FORM or not _inside_region_word(sentence, m.start(), m.end()))


def _inside_region_word(sentence: str, a: int, b: int) -> bool:
    return any((r := _REGION_RE.match(sentence, a - k)) and a < r.end() <= b for k in (1, 2) if a >= k)


def parse(lines) -> Gazetteer:
    gaz = Gazetteer()
    for raw in lines:
        if not raw.strip() or raw.startswith("#"):
            continue
        cols = raw.rstrip("\n").split("\t") + ["", ""]
        label, name, aliases, parent = cols[0], cols[1], cols[2], cols[3]
        gaz.add(Entry(label, name, tuple(a for a in aliases.split("|") if a), parent))
    gaz.compile()
    return gaz


@lru_cache(maxsize=1)
def builtin() -> Gazetteer:
    text = files("medkg.loaders.extract").joinpath("data/organisations.tsv").read_text(encoding="utf-8")
    return parse(text.splitlines())
