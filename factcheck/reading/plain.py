"""Plain-text articles: the text is the source; blocks come from blank lines and headings."""

from __future__ import annotations

import re

from factcheck.model import Link
from factcheck.reading.positions import PositionMap

_TERMINAL = re.compile(r"[.!?…\"'”’)\]]\s*$")


def _is_heading(line: str, next_line: str | None) -> bool:
    """A line stands alone when it is a label ("Reactions:") or a short title-like line
    directly followed by more text; a hard-wrapped prose line is neither."""
    stripped = line.strip()
    if not stripped:
        return False
    if stripped.endswith(":"):
        return True
    if next_line is None or not next_line.strip() or _TERMINAL.search(stripped):
        return False
    words = [w for w in re.findall(r"[A-Za-z][\w’'-]*", stripped) if len(w) > 3]
    capitalised = sum(1 for w in words if w[0].isupper())
    return len(stripped) <= 100 and bool(words) and capitalised >= 0.6 * len(words)


def plain_blocks(text: str) -> list[tuple[int, int]]:
    """Spans of the blocks of a plain-text document."""
    blocks: list[tuple[int, int]] = []
    lines = text.splitlines(keepends=True)
    offset = 0
    start: int | None = None
    for i, line in enumerate(lines):
        line_end = offset + len(line.rstrip("\r\n"))
        if not line.strip():
            if start is not None:
                blocks.append((start, offset))
                start = None
        else:
            next_line = lines[i + 1] if i + 1 < len(lines) else None
            if _is_heading(line, next_line):
                if start is not None:
                    blocks.append((start, offset))
                blocks.append((offset, line_end))
                start = None
            elif start is None:
                start = offset
        offset += len(line)
    if start is not None:
        blocks.append((start, len(text)))
    return [(s, _rstrip_end(text, s, e)) for s, e in blocks]


def _rstrip_end(text: str, start: int, end: int) -> int:
    while end > start and text[end - 1].isspace():
        end -= 1
    return end


# An apostrophe belongs to the URL when address characters follow it ("..._pilots'_strike");
# punctuation that ends the sentence does not.
_BARE_URL = re.compile(
    r"https?://(?:[^\s<>()\[\]\"'“”‘’]|'(?=[^\s<>()\[\]\"'“”‘’.,;:!?]))*"
    r"[^\s<>()\[\]\"'“”‘’.,;:!?]"
)


def bare_links(text: str) -> list[Link]:
    """Links written as bare URLs in plain text."""
    return [Link(m.group(0), m.group(0), m.start(), m.end()) for m in _BARE_URL.finditer(text)]


def read_plain(text: str) -> tuple[str, list[tuple[int, int]], PositionMap, list[Link]]:
    """Text, blocks, positions and bare-URL links of a plain-text article."""
    return text, plain_blocks(text), PositionMap.identity(text), bare_links(text)
