"""Which charset a body of bytes is in: byte-order mark, declared label, then detection.

Drafts read from disk and pages fetched from the web are decoded by the same rules, so
this sits below both readers.
"""

from __future__ import annotations

import codecs
import re

from charset_normalizer import from_bytes

# Where to look for <meta charset> / <?xml encoding>: browsers look at the first 1024
# bytes; a little more catches pages with long <head> comments.
_DECLARATION_WINDOW = 4096
# charset-normalizer is slow on large inputs: detect on the two ends only.
_DETECTION_SAMPLE = 32 * 1024

BOMS = (
    (codecs.BOM_UTF8, "utf-8"),
    (codecs.BOM_UTF32_LE, "utf-32-le"),
    (codecs.BOM_UTF32_BE, "utf-32-be"),
    (codecs.BOM_UTF16_LE, "utf-16-le"),
    (codecs.BOM_UTF16_BE, "utf-16-be"),
)

_META_CHARSET = re.compile(
    rb"""<meta[^>]+charset\s*=\s*["']?\s*([a-zA-Z0-9_:.\-]+)""", re.IGNORECASE
)
_XML_ENCODING = re.compile(rb"""^\s*<\?xml[^>]+encoding\s*=\s*["']([a-zA-Z0-9_.\-]+)["']""")

# WHATWG Encoding: these labels mean windows-1252 in every browser.
_LATIN1_ALIASES = frozenset({"iso8859-1", "ascii"})


def _canonical(label: str | bytes | None) -> str | None:
    if label is None:
        return None
    if isinstance(label, bytes):
        label = label.decode("ascii", "replace")
    try:
        name = codecs.lookup(label.strip()).name
    except LookupError:
        return None
    return "cp1252" if name in _LATIN1_ALIASES else name


def declared_charset(body: bytes) -> str | None:
    """The charset the document declares in ``<meta>`` or its XML declaration."""
    head = body[:_DECLARATION_WINDOW]
    match = _XML_ENCODING.match(head) or _META_CHARSET.search(head)
    charset = _canonical(match.group(1)) if match else None
    # A document read as ASCII-compatible bytes cannot honestly declare UTF-16/32.
    if charset is not None and charset.startswith(("utf-16", "utf-32")):
        return "utf-8"
    return charset


def _decodes(body: bytes, charset: str) -> bool:
    try:
        body.decode(charset)
    except (UnicodeDecodeError, LookupError):
        return False
    return True


def _is_utf8_with_non_ascii(body: bytes) -> bool:
    return not body.isascii() and _decodes(body, "utf-8")


def detect_charset(body: bytes) -> str | None:
    """Guess the charset from a bounded sample of ``body`` (both ends)."""
    if len(body) > 2 * _DETECTION_SAMPLE:
        # Cut on a line break so a multibyte sequence is not split at the seam.
        head = body[:_DETECTION_SAMPLE]
        tail = body[-_DETECTION_SAMPLE:]
        head = head[: head.rfind(b"\n") + 1] or head
        tail = tail[tail.find(b"\n") + 1 :] or tail
        sample = head + tail
    else:
        sample = body
    best = from_bytes(sample).best()
    return _canonical(best.encoding) if best is not None else None


def choose_charset(body: bytes, header_charset: str | None, is_markup: bool) -> str:
    """Pick the charset: BOM, then header, then document declaration, then detection.

    A declaration is believed only if the body decodes with it. A single-byte
    charset decodes anything, so a declared legacy charset loses to a body that is
    valid UTF-8 with non-ASCII bytes: such bytes are vanishingly rare by chance.
    """
    for bom, name in BOMS:
        if body.startswith(bom):
            return name
    declared = [_canonical(header_charset)]
    if is_markup:
        declared.append(declared_charset(body))
    for charset in declared:
        if charset is None:
            continue
        if charset != "utf-8" and _is_utf8_with_non_ascii(body):
            return "utf-8"
        if _decodes(body, charset):
            return charset
    if body.isascii() or _decodes(body, "utf-8"):
        return "utf-8"
    detected = detect_charset(body)
    if detected is not None and _decodes(body, detected):
        # Detection on short Western text is a lottery among Latin code pages; where
        # the text reads as Latin script and decodes as Windows-1252, take that, as
        # browsers do for unlabelled Western pages.
        if _decodes(body, "cp1252") and _mostly_latin(body.decode(detected)):
            return "cp1252"
        return detected
    return "cp1252"


def _mostly_latin(text: str) -> bool:
    letters = [ch for ch in text if ch.isalpha()]
    latin = sum(1 for ch in letters if ch < "\u0250")
    return bool(letters) and latin >= 0.9 * len(letters)
