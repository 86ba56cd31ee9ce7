"""Text normalisation and sentence splitting with offsets into the document text.

Normalisation keeps the length of the text (full-width -> half-width, traditional ->
simplified character by character) so sentence offsets point into ``document.text``.
Line wraps inside a sentence (PDF extraction) and spaces between Chinese characters
(``西 安 交 通``) are removed from the sentence strings, never from the offsets.
"""
from __future__ import annotations

import re
from dataclasses import dataclass
from functools import lru_cache

_WIDTH = {i: i - 0xFEE0 for i in range(0xFF01, 0xFF5F)}
_WIDTH[0x3000] = 0x20
_WIDTH[0x00A0] = 0x20
# Chinese punctuation that carries structure stays Chinese: keep the enumeration comma.
_WIDTH[0xFF64] = ord("、")
_WIDTH.update({ord("「"): ord("“"), ord("」"): ord("”"), ord("『"): ord("‘"), ord("』"): ord("’")})

#: Characters that exist only in traditional script; one of them triggers conversion.
_TRADITIONAL_RE = re.compile("[學醫這個們國會與為發經濟電腦機構區團體協產業術聯創實驗資訊務處長師範東華總數據議簽級關係錄歷]")
_DROP = "\x00"
_TERMINATORS = "。！？!?；;"
_SENTENCE_RE = re.compile(r"[^。！？!?；;\n]+[。！？!?；;]*[”’」』]?")
_INNER_SPACE_RE = re.compile(
    r"(?<=[\u4e00-\u9fff0-9A-Za-z、，,])[ \t]+(?=[\u4e00-\u9fff])|(?<=[\u4e00-\u9fff])[ \t]+(?=[0-9A-Za-z\u4e00-\u9fff（(“])"
)
_OPENING_RE = re.compile(r"(?:本报讯|本网讯|近日|日前|据悉|据介绍|[0-9]{1,2}月[0-9]{1,2}日|[0-9]{4}年)")
_LIST_START_RE = re.compile(r"^(?:[一二三四五六七八九十]+、|[（(][一二三四五六七八九十0-9]+[)）]|[0-9]{1,3}[\s、.．])")


@dataclass(frozen=True, slots=True)
class Sentence:
    """A sentence as matched by the rules (clean text) and where it sits in the document."""

    text: str
    start: int
    end: int


@lru_cache(maxsize=1)
def _t2s():
    from opencc import OpenCC

    return OpenCC("t2s")


_WIDE_RE = re.compile("[" + "".join(re.escape(chr(k)) for k in _WIDTH) + "]")
_WIDE = {chr(k): chr(v) for k, v in _WIDTH.items()}


def normalise(text: str) -> str:
    """Full-width to half-width and traditional to simplified, keeping the length."""
    text = _WIDE_RE.sub(lambda m: _WIDE[m.group()], text)  # str.translate is ten times slower on CJK text
    if _TRADITIONAL_RE.search(text):
        converted = _t2s().convert(text)
        if len(converted) == len(text):
            text = converted
    return text


def _is_wordish(ch: str) -> bool:
    return ch.isalnum() or "\u4e00" <= ch <= "\u9fff"


def _line_spans(text: str) -> list[tuple[int, int]]:
    spans, pos = [], 0
    for line in text.split("\n"):
        if line:
            spans.append((pos, pos + len(line)))
        pos += len(line) + 1
    return spans


def _join_wraps(chars: list[str], text: str) -> None:
    """Mark line breaks inside a sentence as dropped: long unfinished line, or a short tail."""
    lines = _line_spans(text)
    for (s1, e1), (s2, e2) in zip(lines, lines[1:]):
        prev, nxt = text[s1:e1].rstrip(), text[s2:e2].strip()
        if not prev or not nxt or prev[-1] in _TERMINATORS or not _is_wordish(prev[-1]):
            continue
        if not _is_wordish(nxt[0]) or _LIST_START_RE.match(nxt):
            continue
        blank_between = text.count("\n", e1, s2) > 1
        if blank_between and (s1 == lines[0][0] or _OPENING_RE.match(nxt)):
            continue  # a title, or a new paragraph opening as news paragraphs do
        if len(prev.strip()) >= 28 or (len(nxt) <= 6 and not blank_between):
            for i in range(s1 + len(prev), s2 + (len(text[s2:e2]) - len(text[s2:e2].lstrip()))):
                chars[i] = _DROP


def split_sentences(text: str, skip: list[tuple[int, int]] = ()) -> list[Sentence]:
    """Sentences of an already normalised text; ``skip`` ranges (tables) are left out."""
    chars = list(text)
    for a, b in skip:
        chars[a:b] = "\n" * (b - a)
    masked = "".join(chars)
    for m in _INNER_SPACE_RE.finditer(masked):
        chars[m.start():m.end()] = _DROP * (m.end() - m.start())
    _join_wraps(chars, masked)
    work = "".join(chars)
    out: list[Sentence] = []
    for m in _SENTENCE_RE.finditer(work):
        raw = m.group()
        clean = raw.replace(_DROP, "").strip()
        if len(clean) < 2:
            continue
        lead = len(raw) - len(raw.lstrip(" \t" + _DROP))
        trail = len(raw) - len(raw.rstrip(" \t" + _DROP))
        out.append(Sentence(clean, m.start() + lead, m.end() - trail))
    return out


_WRAP_RE = re.compile(r"[ \t]*\n\s*")


def as_written(original: str) -> str:
    """A sentence as written (Chinese punctuation kept), without its line wraps and inner spaces."""
    return _INNER_SPACE_RE.sub("", _WRAP_RE.sub("", original)).strip()
