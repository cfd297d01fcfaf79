"""What every comparator shares: assessments of single sentences, and the way they add
up to a verdict."""

from __future__ import annotations

import re
from collections.abc import Callable, Collection, Sequence
from dataclasses import dataclass

from factcheck.evidence.index import EvidenceIndex
from factcheck.model import Claim, Evidence, Stance, Verdict, VerdictLabel

# When one side outweighs the other this many times, it decides on its own.
DOMINANCE = 3.0
MAX_EVIDENCE = 5


@dataclass(frozen=True)
class Assessment:
    """What one source sentence says about a claim."""

    index: int  # the sentence, in the evidence index
    stance: Stance
    weight: float  # how strongly, 0 to 1
    score: float  # how relevant the sentence ranked, 0 to 100
    found: str | None = None  # the value read from it, for the rationale


@dataclass(frozen=True)
class Tally:
    """Assessments reduced to one per page and stance, with their total weights."""

    supports: list[Assessment]
    contradicts: list[Assessment]

    @property
    def support(self) -> float:
        """Combined weight of the supporting pages."""
        return _combine(a.weight for a in self.supports)

    @property
    def contradiction(self) -> float:
        """Combined weight of the contradicting pages."""
        return _combine(a.weight for a in self.contradicts)


def _combine(weights: object) -> float:
    """Independent pieces of evidence: 1 - product of (1 - w)."""
    remaining = 1.0
    for w in weights:  # type: ignore[attr-defined]
        remaining *= 1.0 - max(0.0, min(1.0, w))
    return 1.0 - remaining


def tally(assessments: Sequence[Assessment], index: EvidenceIndex) -> Tally:
    """The strongest assessment per page for each stance: syndicated copies and repeated
    sentences on one page count once."""
    best: dict[tuple[int, str], Assessment] = {}
    for a in assessments:
        if a.stance == "neutral" or a.weight <= 0:
            continue
        key = (index.sentences[a.index].page, a.stance)
        if key not in best or (a.weight, a.score) > (best[key].weight, best[key].score):
            best[key] = a
    ranked = sorted(best.values(), key=lambda a: (-a.weight, -a.score))
    return Tally(
        [a for a in ranked if a.stance == "supports"],
        [a for a in ranked if a.stance == "contradicts"],
    )


def label_for(t: Tally) -> tuple[VerdictLabel, float]:
    """The verdict label and confidence that a tally supports."""
    s, c = t.support, t.contradiction
    if s == 0 and c == 0:
        return "unverified", 0.0
    if c == 0:
        return "supported", round(min(0.97, 0.5 + 0.5 * s), 2)
    if s == 0:
        return "contradicted", round(min(0.97, 0.5 + 0.5 * c), 2)
    if c >= DOMINANCE * s:
        return "contradicted", round(min(0.9, 0.4 + 0.5 * (c - s)), 2)
    if s >= DOMINANCE * c:
        return "supported", round(min(0.9, 0.4 + 0.5 * (s - c)), 2)
    return "mixed", round(min(0.9, 0.4 + 0.4 * min(s, c)), 2)


def evidence_list(t: Tally, index: EvidenceIndex, label: VerdictLabel) -> tuple[Evidence, ...]:
    """The evidence a verdict rests on: the deciding side first."""
    first, second = (
        (t.contradicts, t.supports)
        if label == "contradicted"
        else (
            t.supports,
            t.contradicts,
        )
    )
    chosen = [*first[:MAX_EVIDENCE], *second[: max(0, MAX_EVIDENCE - len(first))]]
    return tuple(
        Evidence(
            url=index.url(a.index),
            quote=index.sentences[a.index].text,
            score=round(a.score, 1),
            stance=a.stance,
            found=a.found,
        )
        for a in chosen
    )


def decide(
    claim: Claim,
    assessments: Sequence[Assessment],
    index: EvidenceIndex,
    explain: Callable[[VerdictLabel, Tally], str],
    primary: Collection[int] = (),
) -> Verdict:
    """Turn assessments into a verdict, with ``explain`` writing the rationale.

    When the pages a claim cites in its own sentence or paragraph (``primary``) speak to
    it, they decide: other pages may be about another job or another strike."""
    if primary:
        own = [a for a in assessments if index.sentences[a.index].page in primary]
        if any(a.stance != "neutral" for a in own):
            assessments = own
    t = tally(assessments, index)
    label, confidence = label_for(t)
    if label == "unverified":
        return unverified(claim, index)
    return Verdict(label, confidence, explain(label, t), evidence_list(t, index, label))


def unverified(claim: Claim, index: EvidenceIndex, reason: str | None = None) -> Verdict:
    """The verdict when no source speaks to the claim."""
    if reason is None:
        reason = (
            "No source was available to check this against."
            if not index.pages
            else f"None of the {len(index.pages)} sources checked speaks to this claim."
        )
    return Verdict("unverified", 0.0, reason, ())


def quote_of(index: EvidenceIndex, a: Assessment, limit: int = 160) -> str:
    """A short quotation of an assessed sentence."""
    text = index.sentences[a.index].text
    return text if len(text) <= limit else text[: limit - 1].rstrip() + "…"


def contains_word(text: str, words: set[str]) -> bool:
    """True when ``text`` contains any of ``words`` as a whole word or phrase."""
    lowered = text.lower().replace("’", "'")
    return any(re.search(rf"(?<![\w]){re.escape(w)}(?![\w])", lowered) for w in words)
