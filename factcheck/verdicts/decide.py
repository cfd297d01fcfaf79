"""From findings to a verdict: the label, its confidence, the evidence quoted, and the
verdict for a claim no source speaks to."""

from __future__ import annotations

from collections.abc import Callable, Collection, Sequence

from factcheck.evidence.common import Assessment, Tally, tally
from factcheck.evidence.index import EvidenceIndex
from factcheck.model import Claim, Evidence, Verdict, VerdictLabel

# When one side outweighs the other this many times, it decides on its own.
DOMINANCE = 3.0
# At most this many quotes are kept as a verdict's evidence.
MAX_EVIDENCE = 5
# A verdict's confidence is a floor plus a share of the deciding weight, up to a cap
# (weights are combined evidence weights, 0-1). Evidence on one side only starts surer
# and may come close to certain; a verdict with evidence against it starts lower and
# stays further from certain, and so does a mixed one.
UNOPPOSED_FLOOR = 0.5
UNOPPOSED_CAP = 0.97
OPPOSED_FLOOR = 0.4
OPPOSED_CAP = 0.9
# The share of the deciding weight: of one side's weight, or of its margin over the other.
WEIGHT_SHARE = 0.5
# A mixed verdict: the share of the weaker side's weight (both sides are real).
MIXED_SHARE = 0.4


def _confidence(floor: float, share: float, weight: float, cap: float) -> float:
    return round(min(cap, floor + share * weight), 2)


def label_for(t: Tally) -> tuple[VerdictLabel, float]:
    """The verdict label and confidence that a tally supports."""
    s, c = t.support, t.contradiction
    if s == 0 and c == 0:
        return "unverified", 0.0
    if c == 0:
        return "supported", _confidence(UNOPPOSED_FLOOR, WEIGHT_SHARE, s, UNOPPOSED_CAP)
    if s == 0:
        return "contradicted", _confidence(UNOPPOSED_FLOOR, WEIGHT_SHARE, c, UNOPPOSED_CAP)
    if c >= DOMINANCE * s:
        return "contradicted", _confidence(OPPOSED_FLOOR, WEIGHT_SHARE, c - s, OPPOSED_CAP)
    if s >= DOMINANCE * c:
        return "supported", _confidence(OPPOSED_FLOOR, WEIGHT_SHARE, s - c, OPPOSED_CAP)
    return "mixed", _confidence(OPPOSED_FLOOR, MIXED_SHARE, min(s, c), OPPOSED_CAP)


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
    why_unverified: str | None = None,
) -> Verdict:
    """Turn assessments into a verdict, with ``explain`` writing the rationale (and
    ``why_unverified``, if given, the rationale of an unverified one).

    When the pages a claim cites in its own sentence or paragraph (``primary``) speak to
    it, they decide: other pages may be about another job or another strike."""
    if primary:
        own = [a for a in assessments if index.sentences[a.index].page in primary]
        if any(a.stance != "neutral" for a in own):
            assessments = own
    t = tally(assessments, index)
    label, confidence = label_for(t)
    if label == "unverified":
        return unverified(claim, index, why_unverified)
    return Verdict(label, confidence, explain(label, t), evidence_list(t, index, label))


def unverified(claim: Claim, index: EvidenceIndex, reason: str | None = None) -> Verdict:
    """The verdict when no source speaks to the claim."""
    if reason is None:
        reason = (
            "No source was available to check this against"
            if not index.pages
            else f"None of the {len(index.pages)} sources checked speaks to this claim"
        )
        if index.failures:
            # Say what was not read: offline without a cached copy, blocked, timed out.
            counts = ", ".join(f"{n} {error}" for error, n in sorted(index.failures.items()))
            reason += f"; sources that could not be read: {counts}"
        reason += "."
    return Verdict("unverified", 0.0, reason, ())
