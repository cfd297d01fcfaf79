"""What every comparator shares: assessments of single sentences, tallied per page."""

from __future__ import annotations

import re
from collections.abc import Callable, Collection, Iterable, Sequence
from dataclasses import dataclass
from functools import lru_cache

from factcheck.claims.amounts import Amount
from factcheck.evidence.index import EvidenceIndex, keywords
from factcheck.evidence.tables import is_cell
from factcheck.model import PageFact, Stance, VerdictLabel
from factcheck.rulepacks.knowledge import Knowledge


@dataclass(frozen=True)
class Assessment:
    """What one source sentence says about a claim."""

    index: int  # the sentence, in the evidence index
    stance: Stance
    weight: float  # how strongly, 0 to 1
    score: float  # how relevant the sentence ranked, 0 to 100
    found: str | None = None  # the value read from it, for the rationale


@dataclass(frozen=True)
class Findings:
    """What a comparator found in the sources about one claim: the assessed sentences
    and how to explain the verdict they add up to. Deciding is the verdicts stage's.
    ``unverified`` says why, when the findings leave the claim unverified though a
    source spoke of it (quoted words a page gives to someone else)."""

    assessments: Sequence[Assessment]
    explain: Callable[[VerdictLabel, Tally], str]
    unverified: str | None = None


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


def _combine(weights: Iterable[float]) -> float:
    """Independent pieces of evidence: 1 - product of (1 - w)."""
    remaining = 1.0
    for w in weights:
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


def own_first(
    assessments: Sequence[Assessment], index: EvidenceIndex, pages: Collection[int]
) -> list[Assessment]:
    """The assessments from the pages the claim cites (``pages``) when any of them takes
    a side, else all: the cited page decides (see factcheck.verdicts.decide), so a
    closer-worded figure on another page, often of another event, must not weigh it
    out before the verdict is reached."""
    own = [a for a in assessments if index.sentences[a.index].page in pages]
    return own if any(a.stance != "neutral" for a in own) else list(assessments)


def agreeing_value_first(assessments: Sequence[Assessment]) -> list[Assessment]:
    """The assessments without the contradictions of a sentence that also bears the
    claim out: a sentence listing several values of a kind ("UW closed on 5 March and
    WSU on 11 March") agrees with the claim by the one that is its, and the others are
    the other items' values."""
    agreeing = {a.index for a in assessments if a.stance == "supports"}
    return [a for a in assessments if not (a.stance == "contradicts" and a.index in agreeing)]


def window(text: str, start: int, end: int) -> str:
    """A figure with the eight words before it and the four after: where words such as
    "now", "at first" or "plans to reach" that place it in time are found."""
    before = text[:start].split()[-8:]
    after = text[end:].split()[:4]
    return " ".join([*before, text[start:end], *after])


def phases_clash(
    claim_near: str, evidence_near: str, knowledge: Knowledge, *, dated: bool = False
) -> bool:
    """True when the words around two figures show they are about different times:
    opposed lists ("at first" / "at its peak", "now" / "plans to reach"). Figures both
    ``dated`` to one year are of one time whatever "now" or "will" stands near them ("rises
    from $40 today to $46 in 2031" for "will earn $46 by 2031")."""
    k = knowledge
    for left, right in k.opposed:
        if dated and (left, right) == ("phase_now", "phase_future"):
            continue
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


def _order(a: Assessment) -> tuple[float, float, int]:
    """The total order of assessments: weight, then ranking score, then the earlier
    sentence (source order, then position on the page)."""
    return (-a.weight, -a.score, a.index)


def tally(assessments: Sequence[Assessment], index: EvidenceIndex) -> Tally:
    """The strongest assessment per page for each stance: syndicated copies and repeated
    sentences on one page count once."""
    best: dict[tuple[int, str], Assessment] = {}
    for a in assessments:
        if a.stance == "neutral" or a.weight <= 0:
            continue
        key = (index.sentences[a.index].page, a.stance)
        if key not in best or _order(a) < _order(best[key]):
            best[key] = a
    ranked = sorted(best.values(), key=_order)
    return Tally(
        [a for a in ranked if a.stance == "supports"],
        [a for a in ranked if a.stance == "contradicts"],
    )


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


def compare_dates(a: str, b: str) -> Stance | None:
    """ "supports" when two ISO dates agree on every part both give ("2024-03-?" and
    "2024-03-18" agree), "contradicts" when one differs, None when they share no part."""
    pa, pb = a.split("-"), b.split("-")
    shared = [(x, y) for x, y in zip(pa, pb, strict=False) if "?" not in x and "?" not in y]
    if not shared:
        return None
    return "supports" if all(x == y for x, y in shared) else "contradicts"


# How much of a claim's sentence a source sentence repeats, and from how many words, to
# tell the claim's own thing with another figure.
SAME_TELLING_SHARE = 0.8
SAME_TELLING_WORDS = 3


def tells_same_thing(claim_sentence: str, text: str) -> bool:
    """True when a source sentence repeats nearly every content word of the claim's
    sentence, figures aside ("the mill shipped 1,000 tonnes of pulp in 2029" for "the
    mill shipped 250,000 tonnes of pulp in 2029"): it tells the claim's own thing, so
    its figure, however far from the claim's, is that thing's."""
    ours = {w for w in keywords(claim_sentence).split() if not any(c.isdigit() for c in w)}
    if len(ours) < SAME_TELLING_WORDS:
        return False
    theirs = set(keywords(text).split())
    return len(ours & theirs) >= SAME_TELLING_SHARE * len(ours)


def another_whole(
    said: Amount,
    found: Amount,
    factor: float,
    fact: PageFact | None,
    claim_sentence: str,
    text: str,
) -> bool:
    """True when a source's figure is ``factor`` times the claim's or more, or that
    fraction of it (:meth:`Amount.far_from`), and so counts another whole ("the plant
    will employ 8,000" against the sector's 1.4 million; a year's pay against a bonus):
    not where it stands in a table's cell (its header may put it in thousands), nor in
    a sentence that tells the claim's own thing (:func:`tells_same_thing`)."""
    return (
        said.far_from(found, factor)
        and not is_cell(fact)
        and not tells_same_thing(claim_sentence, text)
    )
