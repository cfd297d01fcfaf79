"""Read an article (text, Markdown or HTML; a file, stdin or a URL) into an :class:`Article`."""

from __future__ import annotations

import hashlib
import re
import sys
from collections.abc import Callable
from pathlib import Path
from typing import Any, BinaryIO, Literal

from factcheck.errors import InputError
from factcheck.model import Article, Link
from factcheck.reading.decoding import decode_bytes
from factcheck.reading.html import read_html
from factcheck.reading.invisible import drop_invisible
from factcheck.reading.notes import note_links
from factcheck.reading.plain import read_plain
from factcheck.reading.sentences import split_sentences
from factcheck.reading.sourceslist import parse_sources_list

Format = Literal["text", "markdown", "html"]

_EXTENSIONS: dict[str, Format] = {
    ".md": "markdown",
    ".markdown": "markdown",
    ".mdx": "markdown",
    ".mkd": "markdown",
    ".html": "html",
    ".htm": "html",
    ".xhtml": "html",
    ".txt": "text",
    ".text": "text",
}
_IGNORE_MARK = re.compile(r"<!--\s*factcheck:\s*ignore\s*-->", re.IGNORECASE)
_LOOKS_HTML = re.compile(r"\A\s*(<!doctype html|<html|<head|<body|<article|<p[\s>])", re.IGNORECASE)
_LOOKS_MARKDOWN = re.compile(r"(\A---\s*\n)|(^#{1,6}\s)|(\]\([^)]+\))|(^\s*[-*+]\s)", re.MULTILINE)

# Fetches an article given as a URL: returns (text, content type) or raises InputError.
# The pipeline supplies one built on the safe fetcher.
UrlReader = Callable[[str], tuple[str, str]]


def sniff_format(text: str) -> Format:
    """Guess the format of an article that came without a telling file name."""
    if _LOOKS_HTML.search(text):
        return "html"
    if _LOOKS_MARKDOWN.search(text):
        return "markdown"
    return "text"


def parse_article(
    text: str,
    path: str,
    fmt: Format | None = None,
    *,
    raw: bytes | None = None,
    named_sources: tuple[str, ...] = (),
) -> Article:
    """Build an :class:`Article` from its decoded text."""
    fmt = fmt or sniff_format(text)
    links: list[Link] = []
    metadata: dict[str, Any] = {}
    title: str | None = None
    if fmt == "markdown":
        # Imported here: markdown-it takes a fiftieth of a second to load, and most
        # drafts checked from the command line are plain text or HTML.
        from factcheck.reading.markdown import read_markdown

        body, blocks, positions, links, metadata = read_markdown(text, path)
    elif fmt == "html":
        body, blocks, positions, links, title = read_html(text)
    else:
        body, blocks, positions, links = read_plain(text)
    if fmt != "markdown":  # the Markdown reader knows its lists' numbers and does this
        links = [*links, *note_links(body, blocks, links)]
    body, blocks, positions, links = drop_invisible(body, blocks, positions, links)
    sentences = split_sentences(body, blocks, positions)
    front_sources = metadata.get("sources") or ()
    if isinstance(front_sources, str):
        front_sources = (front_sources,)
    if not isinstance(front_sources, (list, tuple)):
        raise InputError(f"{path}: front matter 'sources' must be a list of URLs")
    ignored = frozenset(
        i + 1 for i, line in enumerate(text.split("\n")) if _IGNORE_MARK.search(line)
    )
    data = raw if raw is not None else text.encode("utf-8")
    return Article(
        path=path,
        format=fmt,
        text=body,
        sha256=hashlib.sha256(data).hexdigest(),
        sentences=sentences,
        links=tuple(links),
        title=title or (str(metadata["title"]) if metadata.get("title") else None),
        metadata=metadata,
        named_sources=tuple(str(s) for s in front_sources) + named_sources,
        ignored_lines=ignored,
        locate=positions.line_column,
    )


def sidecar_sources(path: Path) -> tuple[str, ...]:
    """Sources listed next to an article in ``<name>.sources.txt``, if that file exists."""
    sidecar = path.with_name(path.stem + ".sources.txt")
    if not sidecar.is_file():
        return ()
    return tuple(parse_sources_list(sidecar.read_text(encoding="utf-8"), str(sidecar)))


def read_article(
    spec: str, *, url_reader: UrlReader | None = None, stdin: BinaryIO | None = None
) -> Article:
    """Read the article named by ``spec``: a file path, ``-`` for stdin, or an http(s) URL."""
    if spec == "-":
        stream = stdin or (sys.stdin.buffer if sys.stdin is not None else None)
        if stream is None:
            raise InputError("-: standard input is closed")
        try:
            raw = stream.read()
        except OSError as exc:
            raise InputError(f"-: cannot read standard input: {exc.strerror or exc}") from None
        text = decode_bytes(raw, "<stdin>")
        return parse_article(text, "<stdin>", None, raw=raw)
    if re.match(r"(?i)https?://", spec):
        if url_reader is None:
            raise InputError(f"{spec}: reading articles from URLs needs the fetcher")
        text, content_type = url_reader(spec)
        fmt: Format = (
            "html"
            if "html" in content_type
            else ("markdown" if "markdown" in content_type else "text")
        )
        return parse_article(text, spec, fmt)
    path = Path(spec)
    try:
        raw = path.read_bytes()
    except FileNotFoundError:
        raise InputError(f"{spec}: no such file") from None
    except IsADirectoryError:
        raise InputError(f"{spec}: is a directory, not an article") from None
    except OSError as exc:
        raise InputError(f"{spec}: cannot read: {exc.strerror or exc}") from None
    fmt_by_ext = _EXTENSIONS.get(path.suffix.lower())
    text = decode_bytes(raw, spec, html=fmt_by_ext == "html")
    fmt = fmt_by_ext or sniff_format(text)
    if fmt == "text" and _LOOKS_HTML.search(text):
        fmt = "html"
    return parse_article(text, spec, fmt, raw=raw, named_sources=sidecar_sources(path))
