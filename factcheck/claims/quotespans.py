"""Quotations that run over several sentences.

Claims are read sentence by sentence, and a quotation of two full sentences ('"We asked
twice. Nobody replied," said Ada Brisk') is cut in two by the segmenter: neither half
holds both quotation marks, so no quote rule matches either. :func:`quote_runs` finds
the runs of sentences that one pair of double quotation marks spans, so that the quote
rules can read each run as one text; :class:`Speakers` tells who speaks in a sentence,
or who it is about, for a quotation after it that names nobody.
"""

from __future__ import annotations

import functools
import re
from collections.abc import Iterable, Sequence

from factcheck.model import Sentence

# The most sentences one quotation is read across: a longer run is more likely an
# unclosed mark than a speech.
MOST_SENTENCES = 6


def _marks(raw: str, was_open: bool) -> tuple[bool, bool]:
    """Whether ``raw`` closes a double quotation that was open (or not) before it, and
    whether one is open after it. A curly mark says which way it goes; a straight one
    turns the state over."""
    closed = False
    for ch in raw:
        if ch == "“":
            was_open = True
        elif ch == "”" or (ch == '"' and was_open):
            closed, was_open = closed or was_open, False
        elif ch == '"':
            was_open = True
    return closed, was_open


def quote_runs(text: str, sentences: Sequence[Sentence]) -> dict[int, int]:
    """The runs of sentences over which a double quotation opened in the first closes
    in the last, within one block and at most MOST_SENTENCES long: the first
    sentence's position in ``sentences`` -> the last's."""
    runs: dict[int, int] = {}
    first: int | None = None
    for i, sentence in enumerate(sentences):
        raw = text[sentence.start : sentence.end]
        if first is not None and (
            sentence.block != sentences[first].block or i - first >= MOST_SENTENCES
        ):
            first = None
        if '"' not in raw and "“" not in raw and "”" not in raw:
            continue
        closed, still_open = _marks(raw, first is not None)
        if first is not None and closed:
            runs[first] = i
            first = None
        if still_open and first is None:
            first = i
    return runs


class Speakers:
    """Who a sentence names as speaking ("Ada Brisk, the branch secretary, said the
    offer ...", "according to Ada Brisk") or as its subject ("Ada Brisk, the branch
    secretary, led the march"), for the quotations after it that name nobody ('"We will
    not move," she said'; a sentence that is a quotation alone)."""

    def __init__(self, person: str, verbs: Iterable[str]):
        said = "|".join(re.escape(v) for v in sorted(verbs, key=lambda v: (-len(v), v)))
        self._speaking = re.compile(
            rf"(?P<a>{person})(?:,\s+[^,“”\"]{{1,80}},)?\s+(?:[a-z]+ly\s+)?(?:{said})\b"
            rf"|according\s+to\s+(?P<b>{person})"
            rf"|(?-i:(?<![\w’'])(?!(?:He|She|They|It|We|I|You|The)\b)(?P<c>[A-Z][a-z’'-]+[a-z]))"
            rf"\s+(?:[a-z]+ly\s+)?(?:{said})\b",
            re.IGNORECASE,
        )
        self._person = re.compile(person)
        # The person a sentence opens with, before an apposition or a verb in the past
        # ("Ada Brisk, the branch secretary, led the march"; "Ada Brisk addressed the
        # rally", not "Port Avery dockers voted"), or names in apposition to the title it
        # opens with ("The union's president, Ada Brisk, led the march"): its subject.
        self._subject = re.compile(
            r"^\W*(?!(?:In|At|On|By|For|From|Of|To|With|After|Before|During|Since|Until|Under"
            r"|Over|Outside|Inside|Across|The|A|An|This|That|Last|Next|When|While|As)\s)"
            rf"(?P<a>{person})(?=,|\s+(?:[a-z]+ed|spoke|led|met|took|gave|won|stood"
            rf"|has|had)\b)|^[^,.;:“”\"]{{1,80}},\s+(?P<b>{person}),"
        )

    def speaking(self, raw: str) -> str | None:
        """The person ``raw`` names as speaking, if it names one."""
        m = self._speaking.search(raw)
        return None if m is None else m.group("a") or m.group("b") or m.group("c")

    def subject(self, raw: str) -> str | None:
        """The person ``raw`` opens with as its subject, if it opens with one."""
        m = self._subject.match(raw)
        return None if m is None else m.group("a") or m.group("b")

    def names_someone(self, raw: str) -> bool:
        """True when ``raw`` names a person (who may be the next quotation's speaker)."""
        return self._person.search(raw) is not None


@functools.lru_cache(maxsize=8)
def speakers(person: str, verbs: tuple[str, ...]) -> Speakers:
    """The reader for a rule set's person pattern and speech verbs, built once."""
    return Speakers(person, verbs)
