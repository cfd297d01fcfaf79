"""The capitals and small letters a name may open or go on with, for regex classes.

Python's ``re`` has no ``\\p{Lu}``, and a class written ``A-Z`` (or ``A-ZÀ-Þ``) drops a
name that opens with a letter of Latin Extended-A ("Šimek", "Łęczna", "Ővári",
"İnegöl"). The classes here are built once, at import, from ``str.isupper`` and
``str.islower`` over Latin-1 and Latin Extended-A, so no letter is forgotten by hand.
They hold no bracket, caret or hyphen out of place: write ``[{UPPER}]`` in a pattern.
An acronym or a code ("GS-13", "CFO") is still read as ``A-Z``.
"""

from __future__ import annotations

import unicodedata

# Latin-1's letters (from "À") and Latin Extended-A, U+00C0 to U+017F; "×" and "÷"
# are neither upper nor lower and fall out.
_LATIN = [chr(code) for code in range(0xC0, 0x180)]

CAPITALS = frozenset("ABCDEFGHIJKLMNOPQRSTUVWXYZ").union(ch for ch in _LATIN if ch.isupper())
"""Every capital :data:`UPPER` matches, to test one character without a pattern."""

UPPER = "A-Z" + "".join(ch for ch in _LATIN if ch.isupper())
"""A capital letter: A-Z, then Latin-1's and Latin Extended-A's capitals."""

LOWER = "a-z" + "".join(ch for ch in _LATIN if ch.islower())
"""A small letter: a-z, then Latin-1's and Latin Extended-A's small letters."""


SHORT_GIVEN_NAMES = tuple("Geo Wm Chas Thos Jas Jos Benj Robt Saml Edw Jno Fredk Richd".split())
"""Given names shortened the old way, each then written with a full stop, as they stand
inside a firm's name ("Geo. T. Rusk Company", "Wm. Pell & Sons"): a stop after one ends
no sentence and no name."""


def unaccented(text: str) -> str:
    """``text`` without its accents: "Económica" is "Economica", "México" "Mexico"."""
    decomposed = unicodedata.normalize("NFKD", text)
    return "".join(ch for ch in decomposed if not unicodedata.combining(ch))
