"""A thing cut to a share of the length it was planned to have ("the order cut the
stoppage to half its planned length"): the share is read from a source that says what the
length was cut from and to ("cutting the strike from 24 hours to 12"), as the ratio of
the two lengths, and held against the claim's share with the tolerance "about" has."""

from __future__ import annotations

import re
from collections.abc import Callable

from factcheck.claims.amounts import parse_number
from factcheck.evidence.common import Assessment, Tally
from factcheck.evidence.index import EvidenceIndex, keywords
from factcheck.model import Claim, Stance, VerdictLabel
from factcheck.rulepacks.knowledge import Knowledge

# Lengths in hours, by unit.
_HOURS = {"minute": 1 / 60, "hour": 1.0, "day": 24.0, "week": 168.0, "month": 730.0}
_UNIT = r"(?P<{0}u>minutes?|hours?|days?|weeks?|months?)"
_COUNT = r"(?P<{0}>\d+(?:\.\d+)?|[a-z]+(?:-[a-z]+)?)"


def _length(name: str, unit_needed: bool) -> str:
    unit = _UNIT.format(name)
    return rf"{_COUNT.format(name)}(?:[\s-]{unit}){'' if unit_needed else '?'}"


# "cutting a nationwide rail strike from 24 hours to 12", "shortened from three days to
# two", "was cut from 24 to 12 hours": a verb of cutting, then what it was cut from and to.
_CUT_FROM_TO = re.compile(
    r"\b(?:cut|cuts|cutting|shortened|shortens?|shortening|reduced|reduces?|reducing|shrank|"
    r"shrunk|shrinks?|shrinking|trimmed|trims?|trimming|curtailed|curtails?|curtailing|"
    r"limited|limits?|limiting|scaled\s+back|scaling\s+back)\b"
    rf"(?P<what>[^.;:]{{0,80}}?)\bfrom\s+{_length('a', False)}\s+(?:down\s+)?to\s+"
    rf"(?:just\s+|only\s+)?{_length('b', False)}(?![\w%])",
    re.IGNORECASE,
)
# The measure of a comparison of a thing as cut against the thing as planned.
CUT_MEASURE = "cut"
# Words that name one dispute as well as another: "walkout" and "strike".
_DISPUTE = "strike"


def _hours(count: str, unit: str | None, k: Knowledge) -> float | None:
    value = parse_number(count, k) if not count[0].isdigit() else float(count)
    if value is None or unit is None:
        return value if unit is None else None
    return value * _HOURS[unit.lower().rstrip("s")]


def _words(text: str, k: Knowledge) -> set[str]:
    disputes = {keywords(w) for w in k.words("disputes")} - {""}
    return {_DISPUTE if w in disputes else w for w in keywords(text).split()}


def cut_from_to(text: str, k: Knowledge) -> tuple[float, float, str] | None:
    """The lengths a sentence says something was cut from and to, in one unit, and the
    words naming what was cut; None when it says no such cut."""
    m = _CUT_FROM_TO.search(text)
    if m is None:
        return None
    a_unit, b_unit = m.group("au"), m.group("bu")
    if a_unit is None and b_unit is None:
        return None  # "from 24 to 12": of what, it does not say
    a = _hours(m.group("a"), a_unit or b_unit, k)
    b = _hours(m.group("b"), b_unit or a_unit, k)
    if not a or b is None or b >= a:
        return None
    return a, b, text[: m.start()] + m.group("what")


def cut_findings(
    claim: Claim, index: EvidenceIndex, k: Knowledge
) -> tuple[list[Assessment], Callable[[VerdictLabel, Tally], str]]:
    """Assessments of the sentences that say what the claim's thing was cut from and to,
    each by whether the share it was cut to is the claim's, within
    :data:`SHARE_TOLERANCE`; and the rationale."""
    left = str(claim.fields.get("left", ""))
    thing = left.rsplit(",", 1)[0]
    wanted = _words(thing, k)
    share = claim.fields.get("ratio")
    relation = str(claim.fields.get("relation"))
    out: list[Assessment] = []
    read: dict[int, float] = {}
    if not isinstance(share, (int, float)) or not wanted:
        return out, _explain(claim, index, read)
    for i, s in enumerate(index.sentences):
        if s.fact is not None:
            continue
        found = cut_from_to(s.text, k)
        if found is None:
            continue
        before, after, what = found
        if not wanted & _words(what, k):
            continue  # a cut of something else
        ratio = after / before
        holds = _holds(relation, ratio, float(share))
        if holds is None:
            continue
        stance: Stance = "supports" if holds else "contradicts"
        read[i] = ratio
        out.append(Assessment(i, stance, CUT_WEIGHT, CUT_SCORE, f"{ratio:.2f} of it"))
    return out, _explain(claim, index, read)


# "About a third" holds from 10% under to 10% over the share; "at least"/"at most" at
# that tolerance on their own side.
SHARE_TOLERANCE = 0.1
CUT_WEIGHT, CUT_SCORE = 0.9, 90.0


def _holds(relation: str, ratio: float, share: float) -> bool | None:
    low, high = share * (1 - SHARE_TOLERANCE), share * (1 + SHARE_TOLERANCE)
    if relation == "ratio_at_least":
        return ratio >= low
    if relation == "ratio_at_most":
        return ratio <= high
    if relation in ("ratio_about", "equal"):
        return low <= ratio <= high
    return None


def _explain(
    claim: Claim, index: EvidenceIndex, read: dict[int, float]
) -> Callable[[VerdictLabel, Tally], str]:
    def explain(label: VerdictLabel, t: Tally) -> str:
        first = (t.supports or t.contradicts)[0]
        ratio = read.get(first.index)
        share = float(claim.fields.get("ratio") or 0)
        said = "is" if label == "supported" else "is not"
        return (
            f"A source says what it was cut from and to: “{index.sentences[first.index].text}”"
            f" — the new length is {ratio:.2f} of the planned one, which {said} the "
            f"{share:.2f} the claim gives (allowing {SHARE_TOLERANCE:.0%} either way)."
        )

    return explain
