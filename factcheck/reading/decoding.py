"""Turn the bytes of an input file into text."""

from __future__ import annotations

import codecs
import re

from charset_normalizer import from_bytes

from factcheck.errors import InputError

_META_CHARSET = re.compile(
    rb"""<meta[^>]+charset\s*=\s*["']?\s*([A-Za-z0-9_:.-]+)""", re.IGNORECASE
)
_BOMS = (
    (codecs.BOM_UTF8, "utf-8-sig"),
    (codecs.BOM_UTF32_LE, "utf-32"),
    (codecs.BOM_UTF32_BE, "utf-32"),
    (codecs.BOM_UTF16_LE, "utf-16"),
    (codecs.BOM_UTF16_BE, "utf-16"),
)
# Detection looks at a bounded sample: it is slow on large inputs and a sample suffices.
_SAMPLE = 64 * 1024


def decode_bytes(data: bytes, where: str, *, html: bool = False) -> str:
    """Decode an article: BOM, then UTF-8, then an HTML ``<meta charset>``, then detection.

    Line endings are normalised to ``\\n``, which keeps line and column numbers.
    """
    text = _decode(data, where, html)
    if "\x00" in text:
        raise InputError(f"{where}: looks like a binary file, not an article")
    return text.replace("\r\n", "\n").replace("\r", "\n")


def _decode(data: bytes, where: str, html: bool) -> str:
    for bom, encoding in _BOMS:
        if data.startswith(bom):
            return data.decode(encoding, errors="replace")
    try:
        return data.decode("utf-8")
    except UnicodeDecodeError:
        pass
    if html:
        m = _META_CHARSET.search(data[:4096])
        if m:
            try:
                return data.decode(m.group(1).decode("ascii"), errors="replace")
            except LookupError:
                pass
    best = from_bytes(data[:_SAMPLE]).best()
    if best is None or best.encoding is None:
        raise InputError(f"{where}: cannot tell the text encoding of this file")
    guess = data.decode(best.encoding, errors="replace")
    # Detection on a short Western text is a lottery among Latin code pages; where the
    # text is Latin script and decodes as Windows-1252, prefer that, as browsers do.
    if _mostly_latin(guess):
        try:
            return data.decode("cp1252")
        except UnicodeDecodeError:
            pass
    return guess


def _mostly_latin(text: str) -> bool:
    letters = [ch for ch in text if ch.isalpha()]
    latin = sum(1 for ch in letters if ch < "\u0250")
    return bool(letters) and latin >= 0.9 * len(letters)
