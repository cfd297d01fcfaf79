"""A strike told again by a definite noun ("The walkout was called by the guild", "That
stoppage, led by ...") is the strike told just before it: a sentence that names no
employer takes the employers of the nearest strike told in the few sentences before it,
in a draft as on a page."""

from __future__ import annotations

import re

from factcheck.evidence.base import ArticleView
from factcheck.evidence.index import EvidenceIndex
from factcheck.model import Claim

# A determiner, at most two modifiers, and a noun of a stoppage of work: "the walkout",
# "that one-day stoppage", "this week's sick-out", "the action".
_AGAIN = re.compile(
    r"\b(?:the|that|this|these|those)\s+(?:[\w’'-]+\s+){0,2}?"
    r"(?:strikes?|walk-?outs?|stoppages?|sick-?outs?|log-?offs?|lock-?outs?|actions?"
    r"|protests?|shutdowns?|work\s+stoppages?)\b",
    re.IGNORECASE,
)
# How far back the strike told again may stand: the sentences of a short paragraph.
LOOK_BACK = 3


def tells_again(text: str) -> bool:
    """True when ``text`` names a strike by a definite noun, as one told before."""
    return _AGAIN.search(text) is not None


def claim_back(claim: Claim, view: ArticleView) -> Claim | None:
    """The strike claim that a claim tells again: the nearest strike claim in the few
    sentences before it that names an employer (whose employers, counts and dates are
    this strike's); None when the claim tells no strike again or none before it names
    an employer."""
    if not tells_again(claim.sentence.text):
        return None
    here = claim.sentence.index
    before = [
        c
        for c in view.claims
        if c.type == "strike"
        and here - LOOK_BACK <= c.sentence.index < here
        and c.fields.get("against")
        and not c.fields.get("denied")
    ]
    # The nearest first; of one sentence's, the last told.
    return max(before, key=lambda c: (c.sentence.index, c.start), default=None)


def page_back_employers(index: EvidenceIndex, entry: int) -> list[str]:
    """The employers of the strike a page sentence naming none tells again: those of the
    nearest strike the page tells in the few sentences before it, of its own page."""
    s = index.sentences[entry]
    if not tells_again(s.text):
        return []
    entries = [i for i in index.page_entries(s.page) if i < entry][-LOOK_BACK:]
    for i in reversed(entries):
        for fact in index.facts(i):
            against = list(fact.fields.get("against", []))
            if fact.rule.type == "strike" and against and not fact.fields.get("denied"):
                return against
    return []


def claim_around(claim: Claim, view: ArticleView) -> str:
    """The claim's sentence and the few before it (``LOOK_BACK``, as for a strike told
    again): where a draft names the employer of a strike whose own clause names none
    ("The stoppage at Orvell Mills, called by the weavers' guild, ..."; "Night staff at
    Orvell Mills walked out. The action was led by ...")."""
    here = claim.sentence
    return " ".join(
        s.text for s in view.sentences if here.index - LOOK_BACK <= s.index <= here.index
    ) or (here.text)
