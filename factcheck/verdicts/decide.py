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
