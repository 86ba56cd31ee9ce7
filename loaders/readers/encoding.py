"""Turn the raw bytes of a text file into text, saying which encoding was used.

Chinese documents arrive as UTF-8 (with or without BOM), GBK/GB18030 or UTF-16. Byte-order
marks are trusted first, then strict UTF-8, then charset-normalizer; a GB18030 reading is
preferred whenever it decodes cleanly into mostly Chinese text, because detectors often
mistake short GBK files for Big5, Shift-JIS or a Cyrillic code page.
"""
from __future__ import annotations

import codecs
import re

from charset_normalizer import from_bytes

from .errors import ReadError


class DecodeError(ReadError):
    """The bytes are not text in any encoding we can tell."""


_BOMS = (
    (codecs.BOM_UTF32_LE, "utf-32"),
    (codecs.BOM_UTF32_BE, "utf-32"),
    (codecs.BOM_UTF8, "utf-8-sig"),
    (codecs.BOM_UTF16_LE, "utf-16"),
    (codecs.BOM_UTF16_BE, "utf-16"),
)
_HAN = re.compile(r"[\u4e00-\u9fff]")
#: Control characters that never occur in real text (tab, newline, CR, form feed allowed).
_CONTROL = re.compile(r"[\x00-\x08\x0b\x0e-\x1f\x7f]")


_NON_ASCII_LETTER = re.compile(r"[^\x00-\x7f\s]")


def _han_share(text: str) -> float:
    """Share of Chinese characters among the non-ASCII, non-space ones."""
    letters = len(_NON_ASCII_LETTER.findall(text))
    return len(_HAN.findall(text)) / letters if letters else 0.0


def _plausible_share(text: str) -> float:
    """Share of characters that real Chinese or English text is made of."""
    ok = sum(1 for c in text if c.isascii() and (c.isprintable() or c in "\n\r\t")
             or "\u4e00" <= c <= "\u9fff" or "\u3000" <= c <= "\u303f" or "\uff00" <= c <= "\uffef"
             or "\u2000" <= c <= "\u206f")
    return ok / len(text) if text else 0.0


def _utf16_without_bom(raw: bytes) -> tuple[str, str] | None:
    """UTF-16 without a BOM: NUL bytes, and one byte order reads as sensible text."""
    if len(raw) % 2 or b"\x00" not in raw[:8192]:
        return None
    for name in ("utf-16-le", "utf-16-be"):
        text = _strict(raw, name)
        if text is not None and _plausible_share(text) >= 0.95:
            return text, name
    return None


def _strict(raw: bytes, encoding: str) -> str | None:
    try:
        return raw.decode(encoding)
    except UnicodeDecodeError:
        return None


def _utf8_cut_short(raw: bytes) -> str | None:
    """UTF-8 whose last character was cut off (a truncated download): drop the partial bytes."""
    try:
        raw.decode("utf-8")
    except UnicodeDecodeError as err:
        if err.reason == "unexpected end of data" and err.start >= len(raw) - 3:
            return raw[: err.start].decode("utf-8")
    return None


def decode(raw: bytes) -> tuple[str, str]:
    """``(text, encoding name)``; raises :class:`DecodeError` for binary or undecodable bytes."""
    for bom, name in _BOMS:
        if raw.startswith(bom):
            text = _strict(raw, name)
            if text is None:
                raise DecodeError(f"starts with a {name} byte-order mark but does not decode as {name}")
            return _checked(text, name)
    wide = _utf16_without_bom(raw)
    if wide:
        return _checked(*wide)
    if b"\x00" in raw[:8192]:
        raise DecodeError("binary content (NUL bytes), not a text file")
    gb = _strict(raw, "gb18030")
    gb_is_chinese = gb is not None and _han_share(gb) > 0.6
    for name, text in (("utf-8", _strict(raw, "utf-8")), ("utf-8", _utf8_cut_short(raw))):
        # Short GBK text can also be valid UTF-8 (医院 -> Cyrillic and Armenian letters).
        if text is not None and not (gb_is_chinese and _han_share(text) < 0.1):
            return _checked(text, name)
    if gb_is_chinese:
        return _checked(gb, "gbk" if _strict(raw, "gbk") is not None else "gb18030")
    best = from_bytes(raw).best()
    if best is None:
        raise DecodeError("no text encoding decodes these bytes")
    return _checked(str(best), best.encoding)


def _checked(text: str, encoding: str) -> tuple[str, str]:
    controls = len(_CONTROL.findall(text))
    if controls > max(8, len(text) // 100):
        raise DecodeError(f"binary content: {controls} control characters after decoding as {encoding}")
    return text, encoding
