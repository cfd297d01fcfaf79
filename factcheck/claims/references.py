"""Definite descriptions that point back: "the union", "the carmaker", "the role".

A description is a determiner, at most two modifiers and a head noun; the head noun's
lexicon list says what kind of thing it points back to (``refer_union``,
``refer_employer``, ``refer_job``). The builders then take the nearest compatible party
or job named before it, and say in the claim's ``resolved`` which fields they took so.
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
        self._in_text = {
            kind: re.compile(
                rf"\b(?:the|that|this)\s+(?:(?!(?:other|another|rival|new|former)\b)[a-z-]+\s+)?"
                rf"(?:{words})\b(?![’']s\b)",
                re.IGNORECASE,
            )
            for kind, words in heads.items()
            if words
        }

    def kind(self, phrase: str) -> Kind | None:
        """See :func:`described_kind`."""
        return described_kind(phrase, self._k)

    def describe(self, phrase: str) -> Description | None:
        """See :func:`describe`."""
        return describe(phrase, self._k)

    def last(self, text: str, kind: Kind) -> re.Match[str] | None:
        """The last description of ``kind`` in ``text`` ("the role" in "the role pays"),
        not counting owners ("the role's duties" is about the duties)."""
        regex = self._in_text.get(kind)
        if regex is None:
            return None
        found = list(regex.finditer(text))
        return found[-1] if found else None
