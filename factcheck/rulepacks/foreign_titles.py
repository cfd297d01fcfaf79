"""The form of a job title written in a Romance language: a role, then its field joined
by *de* (*du*, *di*, *da*...) in capitals ("Jefe de Obra", "Chef de Rayon"). The role
word may be one no English table knows ("Encargado/a"), often with its other gender after
a slash, which alone sets it off from a field in capitals ("Montador/a Soldador"). A
title in small letters after its first word is read where the article glosses it in
English right after ("Sjuksköterska inom akutvård, an emergency nurse,"), and so is a
title of one word in small letters ending in a role ("a butikschef — a store manager —"). Shared by
the title macros (:mod:`factcheck.rulepacks.macros`), the title fields and the title
comparator.
"""

from __future__ import annotations

import re

from factcheck.rulepacks.levels import BRACKETED_LEVEL, LEVEL

__all__ = [
    "BRACKETED_TITLE",
    "BRACKET_GLOSS",
    "COMPLEMENT",
    "COMPOUND_HEAD",
    "FOREIGN_HEAD",
    "FOREIGN_TITLE",
    "GENDERED_FIELD",
    "GLOSS",
    "GLOSSED_TITLE",
    "GLOSS_OPEN",
    "GLOSS_WORD",
    "ROMANCE_TITLE",
    "SMALL_FIELD_TITLE",
    "foreign_head",
]

# The joining words, in small letters as such titles write them (a capitalised "De" is a
# surname's: "Director De Luca").
_PREP = (
    r"(?-i:de|del|de\s+la|de\s+los|de\s+las|des|du|di|della|delle|dei|degli|da|do|dos|das"
    r"|al|alla|alle|ai|agli|en|aux|au|à\s+la|à)"
)
# A joining word, or "d'" glued to the field ("Chef d'Équipe").
_JOIN = rf"(?:\s+{_PREP}\s+|\s+(?-i:d)[’'])"
_CAP = r"(?-i:[A-ZÀ-Þ][\w/+.-]*)"
# The other gender of the role, after a slash or in brackets ("Operador(a)").
_GENDER = r"(?-i:/[a-z]{1,2}|\([a-z]{1,2}\))"
# The field after the role: "de Obra", "de Taller de Motos", "al Cliente".
COMPLEMENT = rf"{_GENDER}?{_JOIN}{_CAP}(?:(?:{_JOIN}|\s+){_CAP}){{0,3}}"
# Or, where the role carries its other gender, words in capitals with no joining word:
# "Enfermero/a Instrumentista", "Vendedor(a) Externo".
GENDERED_FIELD = rf"{_GENDER}(?:\s+{_CAP}){{1,3}}"
# A role word the tables need not know.
FOREIGN_HEAD = r"(?-i:[A-ZÀ-Þ][a-zß-ÿ]+)"
# A title in a language whose titles run on in small letters ("Sjuksköterska inom
# akutvård"): read only where the article glosses it right after, in an
# aside that names a job in English (GLOSS).
GLOSSED_TITLE = rf"{FOREIGN_HEAD}(?:\s+(?-i:[a-zß-ÿ]+)){{1,6}}"
# A word of the gloss: never one that joins a complement ("a group of engineers" names
# a group, not a job).
GLOSS_WORD = r"(?!(?:of|for|with|from|in|at|by|on|to|who|which|that)(?![\w’'-]))[\w’'-]+"
# The gloss stands between commas or dashes: ", an emergency nurse," or "— a store
# manager —".
GLOSS_OPEN = r"(?:,\s+|\s*[—–]\s*)"
GLOSS = re.compile(rf"{GLOSS_OPEN}an?\s+((?:{GLOSS_WORD}\s+){{0,4}}?{GLOSS_WORD})\s*[,.;(—–]")
# One word in small letters, a compound whose last part is a role ("butikschef",
# "lagerchef"): a title in a language that writes its titles as one word, read only
# where the article glosses it in English right after (GLOSS).
COMPOUND_HEAD = r"(?-i:[a-zß-ÿ]{3,})"
# A title in capitals in another language, glossed in English in brackets right after
# ("Kierownik Zmiany (Shift Manager)"): read only where the brackets end in a role.
BRACKETED_TITLE = rf"{FOREIGN_HEAD}(?:\s+{_CAP}){{0,3}}"
BRACKET_GLOSS = re.compile(rf"\s*\(\s*((?:{GLOSS_WORD}\s+){{0,4}}?{GLOSS_WORD})\s*\)")
# A role carrying its other gender in brackets or after a slash, of any length
# ("Infirmier(ère)", "Préposé(e)", "Operatore/trice"), with its field in small letters
# after a joining word, as French titles write it ("Préposé(e) aux bénéficiaires"): the
# mark alone says the words are a job's name.
_ANY_GENDER = r"(?-i:/[a-zß-ÿ]{1,5}|\([a-zß-ÿ]{1,5}\))"
_SMALL = r"(?-i:[a-zß-ÿ][\w’'-]*)"
# A unit or team after a dash, in capitals ("– CHSLD", "– Autista"), as postings in
# those languages head their titles.
_DASHED = rf"(?:\s+[–—-]\s+{_CAP}(?:\s+{_CAP}){{0,2}})"
SMALL_FIELD_TITLE = rf"{FOREIGN_HEAD}{_ANY_GENDER}{_JOIN}{_SMALL}(?:\s+{_SMALL}){{0,2}}?{_DASHED}?"
# A role word with the ending of a doer in a Romance language ("Operatore", "Autista",
# "Infermiere", "Pedreiro", "Camarera", "Ayudante", "Agente", "Contrôleur"), then up to
# two words in capitals and a unit after a dash: "Operatore Ecologico – Autista".
ROMANCE_DOER = (
    r"(?-i:[A-ZÀ-Þ][a-zß-ÿ]{2,}(?:tore|tora|trice|sore|ista|iere|iera|ière|eiro|eira|ero|era"
    r"|ante|ente|eur|euse|aire|ario|aria|ário|ária))"
)
ROMANCE_TITLE = rf"{ROMANCE_DOER}(?:\s+{_CAP}){{0,2}}?{_DASHED}?"
# A whole title of that form, perhaps with its level ("..., Livello 4A").
FOREIGN_TITLE = re.compile(
    rf"(?:{FOREIGN_HEAD}(?:{COMPLEMENT}|{GENDERED_FIELD})|{SMALL_FIELD_TITLE}|{ROMANCE_TITLE})"
    rf"(?:,?\s+{LEVEL}|\s*\(\s*{BRACKETED_LEVEL}\s*\))?"
)
_JOINED = re.compile(rf"^\s*(\S+?)(?:{_GENDER}?{_JOIN}|{_GENDER}\s)")


def foreign_head(title: str) -> str | None:
    """The role word of a title of that form ("Supervisor" in "Supervisor de Turno"),
    None for another title."""
    m = _JOINED.match(title)
    return m.group(1) if m and FOREIGN_TITLE.match(title.strip()) else None
