"""What a fetched body is, and its text: media type checks, binary sniffing, charsets.

Nothing here parses markup beyond a bounded regular-expression look at the first
bytes for a charset declaration; fetched content is never executed or rendered.
"""

from __future__ import annotations

import codecs
import re
from dataclasses import dataclass
from typing import Literal

from charset_normalizer import from_bytes

from factcheck.fetch.failure import FetchFailure

PAGE_TYPES = frozenset({"text/html", "application/xhtml+xml", "text/plain"})
JSON_TYPES = frozenset({"application/json", "text/json"})

# Where to look for <meta charset> / <?xml encoding>: browsers look at the first 1024
# bytes; a little more catches pages with long <head> comments.
_DECLARATION_WINDOW = 4096
# charset-normalizer is slow on large inputs: detect on the two ends only.
_DETECTION_SAMPLE = 32 * 1024
_SNIFF_WINDOW = 1024

_MAGIC = (
    (b"\x89PNG\r\n\x1a\n", "PNG image"),
    (b"GIF87a", "GIF image"),
    (b"GIF89a", "GIF image"),
    (b"\xff\xd8\xff", "JPEG image"),
    (b"%PDF-", "PDF document"),
    (b"PK\x03\x04", "ZIP archive"),
    (b"\x1f\x8b", "gzip data"),
    (b"BZh", "bzip2 data"),
    (b"\xfd7zXZ\x00", "xz data"),
    (b"7z\xbc\xaf\x27\x1c", "7z archive"),
    (b"Rar!\x1a\x07", "RAR archive"),
    (b"\x7fELF", "ELF executable"),
    (b"MZ", "Windows executable"),
    (b"OggS", "Ogg media"),
    (b"ID3", "MP3 audio"),
    (b"\x00\x00\x01\x00", "icon"),
    (b"wOFF", "web font"),
    (b"wOF2", "web font"),
)
_RIFF_WEBP = (b"RIFF", b"WEBP")

_BOMS = (
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


@dataclass(frozen=True)
class Decoded:
    """A body accepted as text."""

    media_type: str
    charset: str
    text: str


def media_type(content_type: str | None) -> tuple[str | None, str | None]:
    """Split a Content-Type header into (media type in lower case, charset parameter)."""
    if not content_type:
        return None, None
    parts = content_type.split(";")
    mtype = parts[0].strip().lower() or None
    charset = None
    for param in parts[1:]:
        name, _, value = param.partition("=")
        if name.strip().lower() == "charset":
            charset = value.strip().strip("\"'") or None
    return mtype, charset


def sniff_binary(body: bytes) -> str | None:
    """Name the binary format ``body`` starts with, or None if it may be text."""
    head = body[:_SNIFF_WINDOW]
    for magic, name in _MAGIC:
        if head.startswith(magic):
            return name
    if head.startswith(_RIFF_WEBP[0]) and head[8:12] == _RIFF_WEBP[1]:
        return "WebP image"
    if any(
        head.startswith(bom)
        for bom, name in _BOMS
        if name.startswith("utf-16") or name.startswith("utf-32")
    ):
        return None
    if b"\x00" in head:
        return "binary data (NUL bytes)"
    return None


def _looks_like_html(body: bytes) -> bool:
    head = body[:_SNIFF_WINDOW].lstrip().lower()
    return head.startswith((b"<!doctype html", b"<html", b"<head", b"<body", b"<?xml"))


def accepted(mtype: str | None, kind: Literal["page", "api"], body: bytes) -> str:
    """The media type to treat ``body`` as, or raise ``not_html``."""
    effective = mtype
    if effective is None:
        # No Content-Type: sniff the way browsers do for the few types we accept.
        effective = "text/html" if _looks_like_html(body) else "text/plain"
    allowed = effective in PAGE_TYPES
    if kind == "api":
        allowed = allowed or effective in JSON_TYPES or effective.endswith("+json")
    if not allowed:
        raise FetchFailure("not_html", f"content type {effective} is not fetched as a {kind}")
    binary = sniff_binary(body)
    if binary is not None:
        raise FetchFailure("not_html", f"{binary} served as {effective}")
    return effective


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
    for bom, name in _BOMS:
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


def decode_text(body: bytes, content_type: str | None, kind: Literal["page", "api"]) -> Decoded:
    """Check that ``body`` is a type we read and decode it to text."""
    if not body:
        raise FetchFailure("empty", "the response body is empty")
    mtype, header_charset = media_type(content_type)
    effective = accepted(mtype, kind, body)
    is_markup = effective in ("text/html", "application/xhtml+xml")
    charset = choose_charset(body, header_charset, is_markup)
    text = body.decode(charset, errors="replace")
    if text.startswith("\ufeff"):
        text = text[1:]
    return Decoded(media_type=effective, charset=charset, text=text)
