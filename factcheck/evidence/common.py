"""What every comparator shares: assessments of single sentences, and the way they add
up to a verdict."""

from __future__ import annotations

import re
from collections.abc import Callable, Collection, Sequence
from dataclasses import dataclass
from functools import lru_cache

from factcheck.evidence.index import EvidenceIndex
from factcheck.model import Claim, Evidence, Stance, Verdict, VerdictLabel
from factcheck.rulepacks.knowledge import Knowledge

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


def focus(assessments: Sequence[Assessment], keep: float = 0.75) -> list[Assessment]:
    """The assessments weighing at least ``keep`` of the heaviest: a figure for the same
    thing in a closely matching sentence outranks figures in loosely related ones, which
    are often about something else (another state, a rival, another year)."""
    live = [a for a in assessments if a.stance != "neutral"]
    if not live:
        return []
    best = max(a.weight for a in live)
    return [a for a in live if a.weight >= keep * best]


def window(text: str, start: int, end: int) -> str:
    """A figure with the eight words before it and the four after: where words such as
    "now", "at first" or "plans to reach" that place it in time are found."""
    before = text[:start].split()[-8:]
    after = text[end:].split()[:4]
    return " ".join([*before, text[start:end], *after])


def phases_clash(claim_near: str, evidence_near: str, knowledge: Knowledge) -> bool:
    """True when the words around two figures show they are about different times:
    opposed lists ("at first" / "at its peak", "now" / "plans to reach")."""
    k = knowledge
    for left, right in k.opposed:
        a_left, a_right = (
            contains_word(claim_near, k.words(left)),
            contains_word(claim_near, k.words(right)),
        )
        b_left, b_right = (
            contains_word(evidence_near, k.words(left)),
            contains_word(evidence_near, k.words(right)),
        )
        if (a_left and not a_right and b_right and not b_left) or (
            a_right and not a_left and b_left and not b_right
        ):
            return True
    return False


def clause(text: str, start: int, end: int) -> str:
    """The part of a sentence holding a figure, between semicolons or dashes."""
    cuts = [m.end() for m in re.finditer(r";|\s[–—]\s", text[:start])]
    after = re.search(r";|\s[–—]\s", text[end:])
    return text[cuts[-1] if cuts else 0 : end + after.start() if after else len(text)]


def marked_apart(claim_sentence: str, evidence_sentence: str, knowledge: Knowledge) -> bool:
    """True when a source sentence is marked as about another time or place ("under
    the previous agreement", "rival X") and the claim's sentence is not."""
    k = knowledge
    return any(
        contains_word(evidence_sentence, k.words(name))
        and not contains_word(claim_sentence, k.words(name))
        for name in k.marked
    )


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


def contains_word(text: str, words: set[str]) -> bool:
    """True when ``text`` contains any of ``words`` as a whole word or phrase."""
    if not words:
        return False
    lowered = text.lower().replace("’", "'")
    return _any_word(frozenset(words)).search(lowered) is not None


# One pattern for a whole list, built once: a pattern per word meant compiling a hundred
# of them in a run, and running each over every candidate sentence.
@lru_cache(maxsize=256)
def _any_word(words: frozenset[str]) -> re.Pattern[str]:
    alternatives = "|".join(re.escape(w) for w in sorted(words, key=lambda w: (-len(w), w)))
    return re.compile(rf"(?<![\w])(?:{alternatives})(?![\w])")


_LABEL = re.compile(
    r"\b(series|phase|round|class|tier|stage|season|chapter|fiscal|fy|q)\s?([a-z]?\d{1,4}|[a-z])\b",
    re.IGNORECASE,
)
_YEAR = re.compile(r"(?<![\w$£€])(?:19|20)\d{2}(?![\w])")


def labels_conflict(claim_text: str, evidence_text: str) -> bool:
    """True when two texts name different members of one series: "Series B" and
    "Series A", "fiscal 2023" and "fiscal 2022", or only different years."""

    def labels(text: str) -> dict[str, set[str]]:
        out: dict[str, set[str]] = {}
        for kind, value in _LABEL.findall(text):
            out.setdefault(kind.lower(), set()).add(value.lower())
        return out

    a, b = labels(claim_text), labels(evidence_text)
    if any(a[k].isdisjoint(b[k]) for k in a.keys() & b.keys()):
        return True
    years_a, years_b = set(_YEAR.findall(claim_text)), set(_YEAR.findall(evidence_text))
    return bool(years_a and years_b and years_a.isdisjoint(years_b))
