"""The forms a job's level, grade or tier takes in a title, shared by the title macro
(:mod:`factcheck.rulepacks.macros`), the title fields (:mod:`factcheck.claims.fields`) and
the title comparator (:mod:`factcheck.evidence.title_parts`), so that what extraction
reads as a level is what comparison compares.

A level is a Roman numeral (*II*, *IV*), a short code of capitals and digits (*L5*,
*GS-13*, *ST3*, *PGY-2*), or a word of a grading scheme and its number (*Band 6*, *Grade
7*, *Tier II*) or letter (*Level B*, *Group 'B'*); written after the role, after a comma,
or in brackets ("Data Clerk (Band 4)").
"""

from __future__ import annotations

import re

__all__ = ["LEVEL", "LEVEL_CODE", "LEVEL_WORD", "ROMAN", "level_key"]

# Roman numerals as job levels run from I to VI; a longer one is a name ("Louis XIV").
ROMAN = r"(?:I{1,3}|IV|VI?)"
# Codes: one of the letters levels are written with (L5, P3, E4), or two to four capitals
# and a number (GS-13, ST3, PGY-2).
LEVEL_CODE = r"(?:[LPE]\d{1,2}|[A-Z]{2,4}-?\d{1,2}[A-Za-z]?)"
# The words of a grading scheme, before its number or numeral.
LEVEL_WORD = (
    rf"(?:(?:Band|Grade|Level|Tier|Step)\s+(?:\d{{1,2}}[A-Za-z]?|{ROMAN})"
    # A scheme's letter, quoted or bare: "Level B", "Group 'B'", "Class C".
    r"|(?:Band|Grade|Level|Group|Class)\s+(?:'[A-F]'|‘[A-F]’|[A-F]))"
)
# Any level, case-sensitive (a regex fragment for a pattern compiled case-blind).
LEVEL = rf"(?-i:(?:{LEVEL_WORD}|{LEVEL_CODE}|{ROMAN})(?![\w-]))"

_ROMAN_VALUES = {"i": 1, "ii": 2, "iii": 3, "iv": 4, "v": 5, "vi": 6}
_WORD = re.compile(r"^(?:band|grade|level|tier|step|group|class)\s+", re.IGNORECASE)


def level_key(level: str) -> str:
    """A level as compared: a scheme's number or a Roman numeral as its number ("Tier
    II", "Tier 2" and "II" are all "2"), a code without its hyphen in small letters
    ("GS-13" is "gs13")."""
    text = _WORD.sub("", level.strip()).lower().strip("'‘’")
    if text in _ROMAN_VALUES:
        return str(_ROMAN_VALUES[text])
    return text.replace("-", "").replace(" ", "")
