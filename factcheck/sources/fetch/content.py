"""What a fetched body is, and its text: media type checks, binary sniffing, charsets.

Nothing here parses markup beyond a bounded regular-expression look at the first
bytes for a charset declaration; fetched content is never executed or rendered.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from typing import Literal

from factcheck.charsets import BOMS, choose_charset
from factcheck.sources.fetch.failure import FetchFailure

PAGE_TYPES = frozenset({"text/html", "application/xhtml+xml", "text/plain"})
JSON_TYPES = frozenset({"application/json", "text/json"})

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
        for bom, name in BOMS
        if name.startswith("utf-16") or name.startswith("utf-32")
    ):
        return None
    if b"\x00" in head:
        return "binary data (NUL bytes)"
    return None


# The tags that open an HTML document in the WHATWG MIME Sniffing Standard's rules for an
# unknown type; each must end at a space or ">" so "<bold" or "<apple" do not count.
_HTML_OPENINGS = (
    b"<!doctype html",
    b"<html",
    b"<head",
    b"<script",
    b"<iframe",
    b"<h1",
    b"<div",
    b"<font",
    b"<table",
    b"<a",
    b"<style",
    b"<title",
    b"<b",
    b"<body",
    b"<br",
    b"<p",
    b"<!--",
)
_TAG_ENDS = b" \t\n\r\f>"

# Types that say nothing about the body: a server that does not know what it is sending
# (Python's http.server gives every path without a known extension, ".php" and ".aspx"
# among them, application/octet-stream). Such a body is read as HTML when it holds
# markup, as plain text when it is text, and is refused when it is binary.
_UNTYPED = frozenset(
    {
        "application/octet-stream",
        "binary/octet-stream",
        "application/unknown",
        "unknown/unknown",
        "*/*",
    }
)


# Elements that only an HTML document holds: a text body with one of them in its first
# bytes is markup even when it opens otherwise ("<meta charset=...>" before the title, a
# fragment that opens on "<section>"). Reading plain text as HTML loses nothing; reading
# markup as plain text puts its tags into the evidence.
_HTML_ANYWHERE = re.compile(
    rb"<(?:html|head|body|meta|title|link|p|div|span|section|article|main|header|h[1-6]"
    rb"|table|ul|ol|li|br|a)[\s/>]",
    re.IGNORECASE,
)

# Text types that are not pages but are still prose or rows a reader can take in as plain
# text: Python's http.server sends text/markdown for ".md", text/csv for ".csv",
# text/x-perl for ".pl". Style sheets and scripts are code, not sources.
_NOT_PROSE = frozenset({"text/css", "text/javascript", "text/ecmascript"})


def _looks_like_html(body: bytes) -> bool:
    head = body[:_SNIFF_WINDOW].removeprefix(b"\xef\xbb\xbf").lstrip().lower()
    if head.startswith(b"<?xml"):
        return True
    for opening in _HTML_OPENINGS:
        after = head[len(opening) : len(opening) + 1]
        if head.startswith(opening) and after and after in _TAG_ENDS:
            return True
    return False


def _holds_html(body: bytes) -> bool:
    """True when a text body opens like an HTML document or has an element only HTML has
    in its first bytes."""
    return _looks_like_html(body) or _HTML_ANYWHERE.search(body[:_SNIFF_WINDOW]) is not None


def accepted(mtype: str | None, kind: Literal["page", "api"], body: bytes) -> str:
    """The media type to treat ``body`` as, or raise ``not_html``."""
    effective = mtype
    if effective is None:
        # No Content-Type: sniff the way browsers do for the few types we accept.
        effective = "text/html" if _holds_html(body) else "text/plain"
    elif effective in _UNTYPED or (
        effective.startswith("text/") and effective not in PAGE_TYPES | JSON_TYPES | _NOT_PROSE
    ):
        # A server that does not know what it sends (octet-stream for a path with no
        # known extension), or one that names a text type other than a page's: markup is
        # read as HTML and other text as plain text. Binary bodies are refused below.
        effective = "text/html" if _holds_html(body) else "text/plain"
    allowed = effective in PAGE_TYPES
    if kind == "api":
        allowed = allowed or effective in JSON_TYPES or effective.endswith("+json")
    if not allowed:
        raise FetchFailure("not_html", f"content type {effective} is not fetched as a {kind}")
    binary = sniff_binary(body)
    if binary is not None:
        raise FetchFailure("not_html", f"{binary} served as {mtype or effective}")
    return effective


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
