"""Whitespace and invisible characters: one normal form for every block of page text."""

from __future__ import annotations

import re

__all__ = ["WORD_RE", "normalize", "squash"]

# Controls, zero-width and bidi-override characters: invisible on the page, and the controls
# could reach a terminal or a CI log through a quoted block. Whitespace controls (tab, line
# feeds, NEL) are left for str.split() to turn into spaces.
_INVISIBLE = dict.fromkeys(
    [
        *range(0x00, 0x09),
        *range(0x0E, 0x1C),
        0x7F,
        *range(0x80, 0x85),
        *range(0x86, 0xA0),
        0xAD,
        *range(0x200B, 0x2010),
        *range(0x202A, 0x202F),
        *range(0x2060, 0x2070),
        0xFEFF,
    ]
)

# A thin, figure or no-break space between digit groups ("85\u202f000 €") is a thousands
# separator a reader sees as one figure, as the article reader takes it (reading/invisible.py);
# plain spaces between digits are left alone, since they part figures as often as they join them.
_GROUP_SPACE_RE = re.compile(r"(?<=\d)[\u00a0\u2007\u2009\u200a\u202f](?=\d{3}(?!\d))")
WORD_RE = re.compile(r"\w")
_SQUASH_RE = re.compile(r"[\W_]+")


def normalize(text: str) -> str:
    """``text`` on one line: invisible characters removed, whitespace runs one space."""
    text = text.translate(_INVISIBLE)
    if not text.isascii():
        text = _GROUP_SPACE_RE.sub("", text)
    return " ".join(text.split())


def squash(text: str) -> str:
    """``text`` lower-cased with everything but letters and digits removed."""
    return _SQUASH_RE.sub("", text.lower())
