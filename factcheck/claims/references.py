"""Definite descriptions that point back: "the union", "the carmaker", "the role".

A description is a determiner, at most two modifiers and a head noun; the head noun's
lexicon list says what kind of thing it points back to (``refer_union``,
``refer_employer``, ``refer_job``). The builders then take the nearest compatible party
or job named before it, and say in the claim's ``resolved`` which fields they took so.
A plural description ("both companies", "the three unions", "the studios") points back
to several (:class:`Plural`).
"""

from __future__ import annotations

import re
from collections.abc import Iterable
from typing import Literal, NamedTuple

from factcheck.rulepacks.knowledge import Knowledge

Kind = Literal["union", "employer", "job"]
KINDS: tuple[tuple[Kind, str], ...] = (
    ("union", "refer_union"),
    ("employer", "refer_employer"),
    ("job", "refer_job"),
)

_DESCRIPTION = re.compile(
    r"^(?:the|that|this|these|those)\s+(?P<mods>(?:[\w’'-]+\s+){0,2}?)(?P<head>[a-z]+)$",
    re.IGNORECASE,
)
# Modifiers that make a description point at someone other than the one named before
# ("the other union", "a rival carmaker") or at several ("the three companies").
_ELSEWHERE = re.compile(
    r"\b(?:other|another|rival|competing|different|new|former|\d+|two|three|four|five|"
    r"six|seven|eight|nine|ten|both|all)\b",
    re.IGNORECASE,
)


_COUNTS = {"both": 2, "two": 2, "three": 3, "four": 4, "five": 5, "six": 6, "seven": 7}
# "both companies", "both of the unions", "the two carmakers", "all three airlines", "the
# studios": a determiner or a count, a modifier at most, and a plural head.
_PLURAL = re.compile(
    r"\b(?:(?P<both>both)\s+(?:of\s+)?(?:the\s+)?|all\s+(?:of\s+)?(?:the\s+)?|"
    r"(?:the|these|those)\s+)(?:(?P<count>\d+|two|three|four|five|six|seven)\s+)?"
    r"(?:(?!(?:other|another|rival|new|former|same)\b)[a-z-]+\s+)?(?P<head>[a-z]+s)\b(?![’'])",
    re.IGNORECASE,
)


class Plural(NamedTuple):
    """A plural description: what kind of thing it points back to, its head noun in the
    singular ("company"), how many it counts (0 when it gives no number: "the studios"),
    and where it stands in the text it was found in."""

    kind: Kind
    head: str
    number: int
    start: int
    end: int


def singular(word: str) -> str:
    """A plural noun in the singular, by its ending ("companies" -> "company")."""
    lower = word.lower()
    if lower.endswith("ies") and len(lower) > 4:
        return lower[:-3] + "y"
    return lower.removesuffix("s")


class Description(NamedTuple):
    """What a definite description points back to, and its head noun ("airline")."""

    kind: Kind
    head: str


def describe(phrase: str, k: Knowledge) -> Description | None:
    """What ``phrase`` points back to when the whole phrase is a definite description
    ("the Detroit carmaker": an employer), else None."""
    m = _DESCRIPTION.match(phrase.strip(" ,.;:"))
    if m is None or _ELSEWHERE.search(m.group("mods")):
        return None
    head = m.group("head").lower()
    for kind, listed in KINDS:
        if head in k.words(listed):
            return Description(kind, head)
    return None


def described_kind(phrase: str, k: Knowledge) -> Kind | None:
    """The kind of thing ``phrase`` points back to (see :func:`describe`), or None."""
    found = describe(phrase, k)
    return found.kind if found else None


def names_head(name: str, head: str) -> bool:
    """True when a name carries a description's head noun: "the airline" and "Sun
    Country Airlines", "the bank" and "Tessel Bank"."""
    stem = head.removesuffix("s")
    return any(w.lower().removesuffix("s") == stem for w in re.findall(r"[\w-]+", name))


def _pattern(words: Iterable[str]) -> str:
    return "|".join(sorted((re.escape(w) for w in words), key=lambda w: (-len(w), w)))


class Descriptions:
    """Finds descriptions inside a sentence (the knowledge's lists, compiled once)."""

    def __init__(self, k: Knowledge):
        self._k = k
        heads = {kind: _pattern(k.words(listed)) for kind, listed in KINDS}
        said = {
            kind: rf"\b(?:the|that|this)\s+"
            rf"(?:(?!(?:other|another|rival|new|former)\b)[a-z-]+(?:[’']s)?\s+)?"
            rf"(?:{words})\b"
            for kind, words in heads.items()
            if words
        }
        self._in_text = {kind: re.compile(rf"{p}(?![’']s\b)", re.I) for kind, p in said.items()}
        self._anywhere = {kind: re.compile(p, re.I) for kind, p in said.items()}

    def kind(self, phrase: str) -> Kind | None:
        """See :func:`described_kind`."""
        return described_kind(phrase, self._k)

    def describe(self, phrase: str) -> Description | None:
        """See :func:`describe`."""
        return describe(phrase, self._k)

    def plural(self, text: str, kind: Kind) -> Plural | None:
        """The first plural description of ``kind`` in ``text`` ("both companies", "the
        two unions"), or None."""
        listed = dict(KINDS)[kind]
        for m in _PLURAL.finditer(text):
            head = m.group("head").lower()
            words = self._k.words(listed)
            if head not in words and singular(head) not in words:
                continue
            said = (m.group("count") or m.group("both") or "").lower()
            number = _COUNTS.get(said) or (int(said) if said.isdigit() else 0)
            return Plural(kind, singular(head), number, m.start(), m.end())
        return None

    def mentions(self, text: str, kind: Kind) -> bool:
        """True when ``text`` holds a description of ``kind``, an owner's too ("the
        union's board" mentions the union)."""
        regex = self._anywhere.get(kind)
        return regex is not None and regex.search(text) is not None

    def last(self, text: str, kind: Kind) -> re.Match[str] | None:
        """The last description of ``kind`` in ``text`` ("the role" in "the role pays"),
        not counting owners ("the role's duties" is about the duties)."""
        regex = self._in_text.get(kind)
        if regex is None:
            return None
        found = list(regex.finditer(text))
        return found[-1] if found else None
