"""The marks job ads put after a title to say it is open to every gender: "(m/w/d)" and
"(w/m/d)" in German, "(m/f/d)", "(m/f/x)", "(f/m/div.)", "H/F" or "(F/H)" in French,
"(all genders)", or a gender ending glued to the role ("Fahrer*in", "Pfleger:in",
"Lehrer/-in").

Such a mark is written only after a job's name, so it tells a title by its form, whatever
the role word (one no English table knows: "Pflegefachkraft (w/m/d)"); and it names no
part of the job, so titles are compared without it. Shared by the title macro
(:mod:`factcheck.rulepacks.macros`), the title fields and the title comparator.
"""

from __future__ import annotations

import re

__all__ = [
    "GENDERED_TITLE",
    "GENDER_MARK",
    "carries_gender_mark",
    "has_gender_mark",
    "without_gender_mark",
]

# One letter of a gender list: m(ale/ännlich), w(eiblich), f(emale/emme), d(ivers),
# x, h(omme), i(nter), a "div." written out.
_LETTER = r"(?:[mwfdxhiMWFDXHI]|div\.?|divers|nb)"
# The list itself: two or three letters joined by slashes, in brackets or not (a bare
# list only in capitals, "H/F", or in its usual lower-case form "m/w/d").
_LISTED = rf"{_LETTER}\s?/\s?{_LETTER}(?:\s?/\s?{_LETTER})?"
_BARE = r"(?-i:[HF]/[HF]|[mwf]/[mwf]/[dx])"
_WORDS = r"(?i:all\s+genders?|alle\s+Geschlechter|gn|genderneutral|m/w/d|w/m/d)"
GENDER_MARK = (
    rf"(?:\s*\(\s*(?-i:{_LISTED})\s*\)|\s*\(\s*{_WORDS}\s*\)|\s+{_BARE}(?![\w/])"
    # An ending glued to the role: "Fahrer*in", "Pfleger:in", "Lehrer/-in", "Fahrer_in".
    r"|(?<=[a-zß-ÿ])(?:[*:_]|/-?)in(?:nen)?(?![\w]))"
)
# Where a German title goes on after its mark: "im Güterverkehr", "in der Pflege", "für
# Elektrotechnik", "zur Unterstützung"; the field in capitals, as German nouns are. A bare
# "in" is left out: in an English sentence "in Kiel" is where the job is.
_CAP = r"(?-i:[A-ZÄÖÜÀ-Þ][\w&/.-]*)"
_FIELD = (
    rf"\s+(?-i:im|in\s+der|in\s+den|für|für\s+die|für\s+den|für\s+das|zur|zum|mit|bei)"
    rf"\s+{_CAP}(?:\s+(?:und\s+|&\s+)?{_CAP}){{0,2}}"
)
# A title told by its mark: up to five words in capitals (the role among them, known or
# not), the mark, and the field a German title writes after it.
GENDERED_TITLE = (
    rf"(?-i:[A-ZÄÖÜÀ-Þ][\w&/.+-]*(?:\s+(?:[A-ZÄÖÜÀ-Þ&][\w&/.+-]*|und|and|of|de|du)){{0,4}})"
    rf"(?:{GENDER_MARK})(?:{_FIELD})?"
)
_MARK_RE = re.compile(GENDER_MARK, re.IGNORECASE)
_GENDERED_RE = re.compile(GENDERED_TITLE, re.IGNORECASE)


def has_gender_mark(title: str) -> bool:
    """True when ``title`` is written in the form of a gendered job title."""
    return _GENDERED_RE.fullmatch(title.strip()) is not None


def carries_gender_mark(title: str) -> bool:
    """True when ``title`` has a gender mark anywhere, whatever follows it: a posting's
    "Pflegekraft (m/w/d) Kinderstation" writes its ward after the mark with no
    joining word, which :func:`has_gender_mark` does not take as a title's form."""
    return _MARK_RE.search(title) is not None


def without_gender_mark(title: str) -> str:
    """``title`` with its gender mark taken out: "Fahrer*in (Nahverkehr)" -> "Fahrer
    (Nahverkehr)", "Vendeur H/F" -> "Vendeur"."""
    return " ".join(_MARK_RE.sub(" ", title).split())
