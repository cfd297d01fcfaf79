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

__all__ = [
    "BRACKETED_LEVEL",
    "LEVEL",
    "LEVEL_AT",
    "LEVEL_CODE",
    "LEVEL_WORD",
    "ROMAN",
    "level_key",
]

# Roman numerals as job levels run from I to VI; a longer one is a name ("Louis XIV").
ROMAN = r"(?:I{1,3}|IV|VI?)"
# Codes: one of the letters levels are written with (L5, P3, E4), or two to four capitals
# and a number (GS-13, ST3, PGY-2).
LEVEL_CODE = r"(?:[LPE]\d{1,2}|[A-Z]{2,4}-?\d{1,2}[A-Za-z]?)"
# The words of a grading scheme, before its number or numeral ("Range 2" as some
# teaching scales write it, "Pay Point 4").
# The same words in the languages postings are written in: "Livello 4A", "Schaal 11",
# "Niveau 3", "Nível II", "Entgeltgruppe 9", "Categoria B" ...
_SCHEME = (
    r"(?:Band|Grade|Level|Tier|Step|Scale|Range|Pay\s+Scale|Salary\s+Scale|Pay\s+Point|Livello|Schaal|"
    r"Salarisschaal|Niveau|Nivel|Nível|Stufe|Entgeltgruppe|Gehaltsstufe|Grado|Échelon|"
    r"Echelon|Categoria|Categoría|Catégorie)"
)
# What follows a scheme's word: its number, a numeral, or a code ("Grade T3", "Band
# IA-3", "Scale GS-12").
_SCHEME_VALUE = rf"(?:\d{{1,2}}[A-Za-z]?|[A-Z]{{1,4}}-?\d{{1,2}}[A-Za-z]?|{ROMAN})"
LEVEL_WORD = (
    rf"(?:{_SCHEME}\s+{_SCHEME_VALUE}"
    # A scheme's letter, quoted or bare: "Level B", "Group 'B'", "Class C".
    r"|(?:Band|Grade|Level|Group|Class)\s+(?:'[A-F]'|‘[A-F]’|[A-F]))"
)
# A level after "at", where the scheme's word may be in small letters as running text
# writes it: "at grade T3", "at band 6", "at Grade IA-3"; or a code alone ("at L5").
LEVEL_AT = rf"(?:(?i:{_SCHEME})\s+{_SCHEME_VALUE}|{LEVEL_CODE})"
# Any level, case-sensitive (a regex fragment for a pattern compiled case-blind).
LEVEL = rf"(?-i:(?:{LEVEL_WORD}|{LEVEL_CODE}|{ROMAN})(?![\w-]))"
# A level in brackets, where a scheme's word may be in small letters: "(scale 12)",
# "(band 6)"; nothing but a level is written so there.
BRACKETED_LEVEL = rf"(?:{LEVEL}|(?i:{LEVEL_WORD})(?![\w-]))"

_ROMAN_VALUES = {"i": 1, "ii": 2, "iii": 3, "iv": 4, "v": 5, "vi": 6}
_WORD = re.compile(
    r"^(?:band|grade|level|tier|step|range|pay\s+point|group|class|(?:pay\s+|salary\s+)?scale|livello|schaal|"
    r"salarisschaal|niveau|nivel|nível|stufe|entgeltgruppe|gehaltsstufe|grado|échelon|echelon|"
    r"categoria|categoría|catégorie)\s+",
    re.IGNORECASE,
)


def level_key(level: str) -> str:
    """A level as compared: a scheme's number or a Roman numeral as its number ("Tier
    II", "Tier 2" and "II" are all "2"), a code without its hyphen in small letters
    ("GS-13" is "gs13")."""
    text = _WORD.sub("", level.strip()).lower().strip("'‘’")
    if text in _ROMAN_VALUES:
        return str(_ROMAN_VALUES[text])
    return text.replace("-", "").replace(" ", "")
