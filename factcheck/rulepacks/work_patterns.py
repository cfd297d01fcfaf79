"""The pattern of work a job title's qualifier names: its hours (full-time, part-time,
on call), its shift (day, night) and its contract (permanent, temporary), in English
and in the languages postings are written in ("temps partiel", "Teilzeit", "tempo
indeterminato"). Two qualifiers that name one kind of pattern otherwise name two jobs:
"Porter (Part-Time)" is not the "Porter (Full-Time)" posting, "Firefighter (On-Call)"
not "Firefighter (Wholetime)". A pattern one side leaves out says nothing.

Words for the same pattern are one value; a kind is compared only where both sides
name it. Shared by the title comparator (:mod:`factcheck.evidence.title_parts`).
"""

from __future__ import annotations

import re

from factcheck.letters import unaccented

__all__ = ["patterns", "patterns_conflict"]

# kind -> value -> the phrases that name it (small letters, accents left out).
_PATTERNS: dict[str, dict[str, tuple[str, ...]]] = {
    "hours": {
        "full": (
            "full time",
            "fulltime",
            "wholetime",
            "whole time",
            "temps complet",
            "temps plein",
            "tempo pieno",
            "tempo integral",
            "tiempo completo",
            "jornada completa",
            "jornada integral",
            "vollzeit",
            "voltijd",
            "heltid",
        ),
        "part": (
            "part time",
            "parttime",
            "temps partiel",
            "tempo parziale",
            "tempo parcial",
            "meio periodo",
            "meio expediente",
            "tiempo parcial",
            "medio tiempo",
            "media jornada",
            "jornada parcial",
            "teilzeit",
            "deeltijd",
            "deltid",
        ),
        "on call": ("on call", "oncall", "retained", "sur appel", "a chiamata", "bereitschaft"),
    },
    "shift": {
        "day": (
            "day",
            "days",
            "day shift",
            "days shift",
            "jour",
            "de jour",
            "giorno",
            "diurno",
            "diurna",
            "dia",
            "tagschicht",
            "dag",
            "dagdienst",
        ),
        "night": (
            "night",
            "nights",
            "night shift",
            "nuit",
            "de nuit",
            "notte",
            "notturno",
            "notturna",
            "noite",
            "noturno",
            "noturna",
            "noche",
            "nocturno",
            "nocturna",
            "nachtschicht",
            "nacht",
            "nachtdienst",
        ),
        "evening": ("evening", "evenings", "soir", "soiree", "serale", "spatschicht", "avond"),
    },
    "contract": {
        "permanent": (
            "permanent",
            "cdi",
            "indeterminato",
            "tempo indeterminato",
            "indefinido",
            "unbefristet",
            "vast",
            "efetivo",
        ),
        "temporary": (
            "temporary",
            "temp",
            "fixed term",
            "fixed-term",
            "cdd",
            "determinato",
            "tempo determinato",
            "temporal",
            "temporario",
            "befristet",
            "tijdelijk",
            "seasonal",
            "saisonnier",
            "contract",
            "contractor",
            "interim",
        ),
    },
}

# "On call" and "part time" may be one job (retained crews work part of the week): only
# full time stands against either.
_COMPATIBLE = frozenset({frozenset({"part", "on call"})})


def _fold(text: str) -> str:
    return " ".join(re.findall(r"[^\W_]+", unaccented(text.lower())))


_FINDERS = {
    kind: {
        value: re.compile(
            r"(?<![^\W_])(?:" + "|".join(re.escape(_fold(p)) for p in phrases) + r")(?![^\W_])"
        )
        for value, phrases in values.items()
    }
    for kind, values in _PATTERNS.items()
}


def patterns(text: str) -> dict[str, frozenset[str]]:
    """The work patterns ``text`` (a title's qualifier) names, by kind."""
    plain = _fold(text)
    found: dict[str, frozenset[str]] = {}
    for kind, values in _FINDERS.items():
        named = frozenset(v for v, rx in values.items() if rx.search(plain))
        if named:
            found[kind] = named
    return found


def patterns_conflict(claimed: list[str], found: list[str]) -> bool:
    """True when the claim's qualifiers and a found title's both name a kind of work
    pattern and share no value of it, the values standing against each other ("part
    time" and "full time"; not "part time" and "on call")."""
    mine = patterns(" ; ".join(claimed))
    theirs = patterns(" ; ".join(found))
    for kind in mine.keys() & theirs.keys():
        a, b = mine[kind], theirs[kind]
        if a & b:
            continue
        if all(frozenset({x, y}) in _COMPATIBLE for x in a for y in b):
            continue
        return True
    return False
