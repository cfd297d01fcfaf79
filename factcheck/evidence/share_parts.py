"""A comparison that states one thing as a share of another ("part-timers make up more
than a third of the staff") says what a share claim in the same words says: the share
of the whole that the part is. Where the two sides find no amounts of their own, the
share is read as the quantity claim made of the same words is, against a page that
gives the part as a percentage of the whole or as a part of a total."""

from __future__ import annotations

from factcheck.evidence.base import ArticleView
from factcheck.evidence.common import Findings, Tally
from factcheck.evidence.index import EvidenceIndex
from factcheck.evidence.quantities import QuantityComparator
from factcheck.model import Claim, VerdictLabel

# Relations of a stated ratio: "more than", "less than", "about" a share.
_RATIO_RELATIONS = frozenset({"ratio_at_least", "ratio_at_most", "ratio_about"})
# A share claim and a comparison read the same share when their percentages agree to
# the rounding of "a third" (33.33) against a ratio of 0.3333.
SAME_SHARE = 0.5


def share_claim(claim: Claim, view: ArticleView) -> Claim | None:
    """The quantity claim, in percent, that states the same share as a comparison of a
    part with its whole, inside the comparison's own words; None when the comparison
    is no share below one or no such claim was read."""
    factor = claim.fields.get("factor")
    if claim.fields.get("relation") not in _RATIO_RELATIONS or not factor or factor >= 1:
        return None
    for other in view.claims:
        value = other.fields.get("value") if other.type == "quantity" else None
        if (
            value is not None
            and other.fields.get("unit") == "%"
            and other.fields.get("of")
            and other.sentence.start == claim.sentence.start
            and claim.start <= other.start
            and other.end <= claim.end
            and abs(float(value) - 100 * float(factor)) <= SAME_SHARE
        ):
            return other
    return None


def share_findings(claim: Claim, index: EvidenceIndex, view: ArticleView) -> Findings | None:
    """What the sources say of a comparison's share, read as its share claim is: the
    percentage a page gives of the same whole, or its part over its total; None when
    there is no share claim to read it by."""
    share = share_claim(claim, view)
    if share is None:
        return None
    reader = QuantityComparator()
    boosts = [set(view.primary.get(claim.id, set())) | set(view.primary.get(share.id, set()))]
    candidates = index.rank([reader.queries(share, view)], boosts)[0]
    found = reader.assess(share, candidates, index, view)

    def explain(label: VerdictLabel, t: Tally) -> str:
        return f"Read as a share of the whole: {found.explain(label, t)}"

    return Findings(found.assessments, explain, found.unverified)
