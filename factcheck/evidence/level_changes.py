"""A change in percent told beside the figure it changes: "generated 6.4 TWh, up 22% on the
year before", "revenue of £148.6m, up 32%", "enrolled 41,862 students. That is up 4.3%".

A source that tells the same figure (to its digits) with a change of its own ("6.4 TWh,
up 18% from 5.4 TWh", "Revenue up 22% to £148.6m") tells the change of the same quantity,
however else its words run: the two changes are compared. The figure is the anchor: a
share or a change with no such figure beside it is left to the quantity comparator, which
needs the words of what it is of.
"""

from __future__ import annotations

import re
from dataclasses import dataclass

from factcheck.claims.amounts import Amount
from factcheck.evidence.base import CITED_FACT_SCORE, ArticleView
from factcheck.evidence.common import Assessment
from factcheck.evidence.index import Candidate, EvidenceIndex, keywords
from factcheck.evidence.readings import SentenceReader
from factcheck.model import Claim, Stance

_UP = (
    r"up|rose|risen|rise|rises|rising|grew|grown|grows|growing|climbed|climbs|jumped|jumps|"
    r"gained|gains|increased|increases|surged|soared|higher|advanced|edged\s+up"
)
_DOWN = (
    r"down|fell|fallen|falls|falling|dropped|drops|declined|declines|decreased|decreases|"
    r"slipped|slid|plunged|slumped|shrank|lower|edged\s+down"
)
_NOUN_UP = r"rise|increase|jump|gain|growth|climb|surge"
_NOUN_DOWN = r"fall|drop|decline|decrease|cut|slide|dip"
_HEDGE = (
    r"(?:(?:about|around|roughly|some|nearly|almost|over|more\s+than|less\s+than|"
    r"just\s+over|just\s+under|a\s+further|another)\s+)?"
)
_NUMBER = r"(?P<num>\d+(?:\.\d+)?)\s?(?:%|per\s?cent|percent)"
# "up 22%", "rose by 3.4 per cent", "a 5% rise", "22% higher".
_CHANGE = re.compile(
    rf"\b(?:(?P<verb>{_UP}|{_DOWN})\s+(?:by\s+)?{_HEDGE}{_NUMBER}"
    rf"|{_NUMBER.replace('num', 'num2')}\s+(?P<after>{_NOUN_UP}|{_NOUN_DOWN}|higher|lower)\b)",
    re.IGNORECASE,
)
_IS_UP = re.compile(rf"^(?:{_UP}|{_NOUN_UP})$", re.IGNORECASE)
# A sentence that opens by pointing back to the figure just told: "That is up 4.3%".
_POINTS_BACK = re.compile(
    r"^\W*(?:that|this|it|which|the\s+(?:figure|total|number|count|tally))\b", re.IGNORECASE
)
# How many letters of two words' stems must agree for them to name one thing ("enrolled",
# "enrollment").
STEM_PREFIX = 5
# What a change on a page that does not cite weighs, against one the claim cites.
RANKED_WEIGHT = 0.7


@dataclass(frozen=True)
class Change:
    """A change in percent: its value, direction (+1 or -1) and where it stands."""

    value: float
    direction: int
    start: int
    end: int


def changes(text: str) -> list[Change]:
    """The changes in percent a sentence tells."""
    out = []
    for m in _CHANGE.finditer(text):
        word = m.group("verb") or m.group("after")
        number = m.group("num") or m.group("num2")
        up = bool(_IS_UP.match(" ".join(word.split()))) or word.lower().startswith("edged up")
        out.append(Change(float(number), 1 if up else -1, m.start(), m.end()))
    return out


def _anchors(text: str, reader: SentenceReader) -> set[float]:
    """The figures of a sentence that may anchor a change: counts and sums written in
    digits, of a hundred or more or with decimals (not a year, a share or "six")."""
    out = set()
    for f in reader.read(text).figures:
        if f.kind != "count" or not any(ch.isdigit() for ch in f.text):
            continue
        if f.value >= 100 or "." in f.text:
            out.add(round(f.value, 6))
    return out


def _words(text: str) -> set[str]:
    return {w[:STEM_PREFIX] for w in keywords(text).split() if not w[0].isdigit()}


def change_assessments(
    claim: Claim,
    candidates: list[Candidate],
    index: EvidenceIndex,
    view: ArticleView,
    reader: SentenceReader,
) -> list[Assessment]:
    """A claim's change in percent against a source's change told beside the same figure
    (in the sentence, or in the one before where the sentence points back to it)."""
    text = claim.sentence.text
    at = claim.start - claim.sentence.start
    mine = [c for c in changes(text) if c.start <= at + len(claim.text) and at <= c.end]
    if not mine:
        return []
    ours = mine[0]
    context = text
    anchors = _anchors(text, reader)
    before = view.sentences[claim.sentence.index - 1].text if claim.sentence.index else ""
    if not anchors and _POINTS_BACK.match(text) and before:
        anchors = _anchors(before, reader)
        context = f"{before} {text}"
    if not anchors:
        return []
    low, high = claim.fields.get("min"), claim.fields.get("max")
    said = Amount(
        float(low) if low is not None else ours.value,
        float(high) if high is not None else ours.value,
    )
    cited = set(view.primary.get(claim.id, set()))
    pages = cited | {index.sentences[c.index].page for c in candidates}
    out = []
    for page in sorted(pages):
        entries = list(index.page_entries(page))
        for n, entry in enumerate(entries):
            s_text = index.sentences[entry].text
            theirs = changes(s_text)
            if not theirs:
                continue
            their_anchors = _anchors(s_text, reader)
            head = s_text[: theirs[0].start]
            if n and not (their_anchors & anchors) and not _anchors(head, reader):
                # The figure in the sentence before, where this one goes on about it
                # with no figure of its own before the change ("Total enrolment rose
                # 3.4% from ...", not "Gold output of 88,000 ounces, down 3%"): its
                # words before the change name what the claim's context names.
                prev = index.sentences[entries[n - 1]].text
                if _words(head) & _words(context):
                    their_anchors |= _anchors(prev, reader)
            if not their_anchors & anchors:
                continue
            if len(theirs) > 1:
                continue  # which change is of the anchor is not sure
            change = theirs[0]
            agrees = change.direction == ours.direction and said.overlaps(
                Amount(change.value, change.value)
            )
            stance: Stance = "supports" if agrees else "contradicts"
            sign = "up" if change.direction > 0 else "down"
            weight = CITED_FACT_SCORE / 100 if page in cited else RANKED_WEIGHT
            found = f"{sign} {change.value:g}% beside the same figure"
            out.append(Assessment(entry, stance, weight, CITED_FACT_SCORE, found))
    return out
