"""A job title read by its form: the job's name, its level and its qualifiers.

"Pipe Fitter – Night Crew (Grade 3)" is the job *Pipe Fitter* at level *3*, qualified by
*Night Crew*. Two titles whose levels both are written and differ name two jobs; so do two
whose qualifiers are of one kind (the same last word: "Night Crew", "Day Crew") and
differ. A qualifier or level one side leaves out says nothing against the other: an
article that writes "Pipe Fitter" for that posting names its job.
"""

from __future__ import annotations

import re
from dataclasses import dataclass

from factcheck.letters import UPPER
from factcheck.rulepacks.gender_marks import without_gender_mark
from factcheck.rulepacks.levels import BRACKETED_LEVEL, LEVEL, LEVEL_WORD, level_key
from factcheck.rulepacks.title_models import models as _models
from factcheck.rulepacks.work_patterns import patterns, patterns_conflict

__all__ = [
    "TitleParts",
    "field_after",
    "level_free_name",
    "parts_conflict",
    "ranked_under",
    "same_parts",
    "specialisms_conflict",
    "split_title",
]

# Where a title's name ends and a qualifier begins: a bracket, a dash or bar between
# spaces, a comma, or "in" (or "in the") before a capitalised field ("Fellow in Clinical
# Genetics").
_PART = re.compile(rf"\s*[()]\s*|\s[–—|-]\s|\s\||,\s*|\s+in\s+(?:the\s+)?(?=[{UPPER}])")
_LEVEL_ONLY = re.compile(rf"{BRACKETED_LEVEL}$")
# A level, or a bare number, ending the job's name ("Technician III", "Technician 3").
_LEVEL_END = re.compile(rf"\s+(?:{LEVEL}|\d{{1,2}})$")
# A grade ending a qualifier, the scale or staff group it belongs to before it:
# "(Support Services Grade II)", "– Clerical Officer Band 4".
_LEVEL_TAIL = re.compile(rf"(?<=\S)\s+({LEVEL_WORD})$")
_WORDS = re.compile(r"[^\W_]+")


@dataclass(frozen=True)
class TitleParts:
    """A title split by its form: ``name`` (the job), ``levels`` (as :func:`level_key`
    keys) and ``qualifiers`` (each a tuple of its words in small letters, singular)."""

    name: str
    levels: frozenset[str]
    qualifiers: tuple[tuple[str, ...], ...]


def level_free_name(name: str) -> str:
    """A title's name without a level that ends it ("Signal Technician III" -> "Signal
    Technician"); the name as given when it is a level alone."""
    end = _LEVEL_END.search(name)
    return name[: end.start()] if end is not None and end.start() > 0 else name


def _singular(word: str) -> str:
    if len(word) > 3 and word.endswith("s") and not word.endswith(("ss", "us", "is")):
        return word[:-1]
    return word


def _words(text: str) -> tuple[str, ...]:
    return tuple(_singular(w.lower()) for w in _WORDS.findall(text))


def split_title(title: str) -> TitleParts:
    """The parts of ``title``: its first part is the job's name, less a level that ends
    it ("Signal Technician III"); a later part that is a level alone ("(Band 5)") is a
    level, any other a qualifier."""
    # A gender mark ("(m/w/d)", "H/F") names no part of the job.
    pieces = [p.strip() for p in _PART.split(without_gender_mark(title))]
    pieces = [p for p in pieces if p]
    if not pieces:
        return TitleParts("", frozenset(), ())
    name, rest = pieces[0], pieces[1:]
    levels: set[str] = set()
    end = _LEVEL_END.search(name)
    if end is not None and end.start() > 0:
        levels.add(level_key(end.group(0)))
        name = name[: end.start()]
    qualifiers: list[tuple[str, ...]] = []
    for piece in rest:
        if _LEVEL_ONLY.match(piece):
            levels.add(level_key(piece))
            continue
        if (tail := _LEVEL_TAIL.search(piece)) is not None:
            # The grade ranks the job; the scale's name before it qualifies it.
            levels.add(level_key(tail.group(1)))
            piece = piece[: tail.start()]
        if words := _words(piece):
            qualifiers.append(words)
    return TitleParts(name.strip(), frozenset(levels), tuple(qualifiers))


def _qualifier_conflicts(claimed: tuple[str, ...], found: tuple[tuple[str, ...], ...]) -> bool:
    """True when the posting qualifies its job in the same kind of way as ``claimed``
    (a qualifier ending in the same word) but otherwise, and in no way that agrees with
    it (one qualifier's words within the other's)."""
    mine = set(claimed)
    if any(mine <= set(q) or set(q) <= mine for q in found):
        return False
    return any(q[-1] == claimed[-1] for q in found)


def parts_conflict(claimed: str, found: str) -> bool:
    """True when two titles name two jobs by their form alone: both give a level and
    the levels differ ("Tier 3", "Tier 2"), or a qualifier of the claim's meets one of the
    same kind that differs ("Day Crew", "Night Crew"), or the two name other patterns of
    work (factcheck.rulepacks.work_patterns: "(Part-Time)" and "(Full-Time)")."""
    a, b = split_title(claimed), split_title(found)
    if a.levels and b.levels and not a.levels & b.levels:
        return True
    mine, theirs = _codes(a.name), _codes(b.name)
    if mine and theirs and not mine <= theirs:
        # The model, type or licence the job is for, written as a code in both names
        # ("A321 Captain", "B2 Engineer"): another code is another job.
        return True
    if any(_qualifier_conflicts(q, b.qualifiers) for q in a.qualifiers):
        return True
    if patterns_conflict(_qualifier_texts(claimed), _qualifier_texts(found)):
        # Another pattern of work, in any words: "(On-Call)" against "(Wholetime)".
        return True
    return _models_conflict(claimed, found)


def _models_conflict(claimed: str, found: str) -> bool:
    """True when a qualifier of the claim's names the model or class the job is for
    ("(7.5t)", "– Airbus A320") and the found title names another in its own
    qualifiers ("(3.5t)", "– Boeing 737") and not the claim's: a driver's licence class
    or an aircraft type makes another job. A model only one side names says nothing."""
    mine = set().union(*(_models(q) for q in _qualifier_texts(claimed)))
    theirs = set().union(*(_models(q) for q in _qualifier_texts(found)))
    return bool(mine and theirs and not mine & theirs)


def _qualifier_texts(title: str) -> list[str]:
    """A title's qualifiers as written (see :func:`split_title`), its name left out."""
    pieces = [p.strip() for p in _PART.split(without_gender_mark(title)) if p and p.strip()]
    return pieces[1:]


# A code: letters then figures in one word ("A321", "B1", "E175", "MD11F"); an ordinal
# ("1st") or a dimension ("3D") is none.
_CODE = re.compile(r"(?<![\w-])[A-Za-z]+\d+[A-Za-z\d]*(?![\w-])")


def _codes(text: str) -> set[str]:
    """The codes written in a title's words, in small letters."""
    return {m.group(0).lower() for m in _CODE.finditer(text)}


def same_parts(claimed: str, found: str) -> bool:
    """True when the claim's level and qualifiers are all the found title's: the same
    level (or none written in either), every qualifier of the claim among the found
    title's. The names are not compared."""
    a, b = split_title(claimed), split_title(found)
    if a.levels != b.levels:
        return False
    return all(any(set(q) <= set(p) for p in b.qualifiers) for q in a.qualifiers)


# "in" and a capitalised field right after a title ("... Fellow in Clinical Genetics",
# "... Welder in the Marine Division").
_FIELD_AFTER = re.compile(
    rf"\s+in\s+(?:the\s+)?(?-i:[{UPPER}][\w/-]*)(?:\s+(?:(?-i:[{UPPER}][\w/-]*)|and|&|of)){{0,4}}(?<![\s&])"
)


def field_after(text: str) -> str:
    """The "in" part that follows a title in a draft's sentence (``text`` starts right
    after the title), or "". A field or a place: which one, only a posting's title can
    tell, by a qualifier of the same kind ("in Renal Medicine" against "in Acute
    Medicine"); a place ("in Leeds") meets none and so says nothing."""
    m = _FIELD_AFTER.match(text)
    return m.group(0) if m else ""


# Where a title's name ends and the specialism it names the job by begins: a comma, or a
# dash or bar between spaces ("Managing Editor, Picture Books", "Nurse – Cardiology").
_SPECIALISM_MARK = re.compile(r",\s*|\s[–—|-]\s")
_SPECIALISM_END = re.compile(r"\s*[()]|,\s*|\s[–—|-]\s")
# Words that join a specialism's parts and tell none from another.
_JOINING = frozenset({"and", "of", "for", "the", "in", "on", "at", "&"})


def _specialism(title: str) -> tuple[tuple[str, ...], frozenset[str]] | None:
    """A title's name (its words, less a level ending it) and the words of the
    specialism after a comma or a dash, up to a bracket or the next mark; None when it
    has none, or when brackets come first ("Welder (Marine) – Kiel": the dash then
    says where) or the part is a grade alone."""
    text = without_gender_mark(title)
    mark = _SPECIALISM_MARK.search(text)
    if mark is None or "(" in text[: mark.start()]:
        return None
    part = _SPECIALISM_END.split(text[mark.end() :], maxsplit=1)[0].strip()
    if (tail := _LEVEL_TAIL.search(part)) is not None:
        part = part[: tail.start()]
    if not part or _LEVEL_ONLY.match(part):
        return None
    words = frozenset(_words(part)) - _JOINING
    name = _words(level_free_name(text[: mark.start()].strip()))
    return (name, words) if words and name else None


def specialisms_conflict(claimed: str, found: str, places: frozenset[str]) -> bool:
    """True when two titles name one job by the same name, each with a specialism after a
    comma or a dash, and the specialisms share no word: "Managing Editor, Picture Books"
    is not the "Managing Editor, Adult Fiction" posting. A part that names where the job
    is (a word of ``places``, the posting's location in small letters) or its pattern
    of work ("Nights", "Part-Time") is no specialism, and says nothing either way."""
    mine, theirs = _specialism(claimed), _specialism(found)
    if mine is None or theirs is None or mine[0] != theirs[0]:
        return False
    for words, text in ((mine[1], claimed), (theirs[1], found)):
        if words <= places or patterns(" ".join(sorted(words))) or _models(text):
            return False
    if _ABBREVIATED.search(claimed) or _ABBREVIATED.search(found):
        # A short form in capitals ("ICU") may stand for the other side's words.
        return False
    # Words of one stem ("Cardiology", "Cardiac"; "Payments", "Payment") agree.
    return not any(a[:5] == b[:5] for a in mine[1] for b in theirs[1])


# A word in capitals after the name's mark: a short form ("ICU", "HR", "A&E").
_ABBREVIATED = re.compile(r"(?:,|\s[–—|-])\s*(?:[^()]*\s)?[A-Z][A-Z&]{1,5}(?![\w&])")


# Words that, put before a job's whole name, make the post that stands in for it or
# under it ("Assistant Store Manager" is no "Store Manager", "Vice Principal" no
# "Principal", "Associate Professor" no "Professor", a kitchen's "Demi Sauce Cook" no
# "Sauce Cook"), so that the two are two jobs with two pay scales; a word that only
# grades the one job ("Senior") is a level instead.
_UNDER_RANKS = frozenset(
    {"assistant", "deputy", "associate", "vice", "sous", "sub", "under", "demi"}
)


def without_rank_under(name: str) -> str:
    """A title's name without a word of :data:`_UNDER_RANKS` opening it ("Demi Chef de
    Rang" -> "Chef de Rang"): the rest is the name of the post it stands under."""
    first, _, rest = name.strip().partition(" ")
    return rest if rest and first.lower() in _UNDER_RANKS else name


def ranked_under(claimed: list[str], found: list[str]) -> bool:
    """True when one title is the other's whole name with a word of :data:`_UNDER_RANKS`
    before it. Both are lists of small-letter words in order (joining words dropped)."""
    for short, long in ((claimed, found), (found, claimed)):
        if short and len(long) == len(short) + 1 and long[1:] == short:
            return long[0] in _UNDER_RANKS
    return False
