"""Decide every claim of an article: rank evidence once for all claims, then hand each
claim to the comparator for its type."""

from __future__ import annotations

import os
from collections.abc import Sequence

from factcheck.evidence.base import ArticleView, Comparator
from factcheck.evidence.comparisons import ComparisonComparator
from factcheck.evidence.index import EvidenceIndex
from factcheck.evidence.listed import own_say
from factcheck.evidence.quantities import DateComparator, QuantityComparator
from factcheck.evidence.quotes import QuoteComparator
from factcheck.evidence.salary import SalaryComparator
from factcheck.evidence.statements import StatementComparator, SuperlativeComparator
from factcheck.evidence.strikes import StrikeComparator
from factcheck.evidence.titles import TitleComparator
from factcheck.model import Claim, Verdict
from factcheck.verdicts.decide import decide, unverified

COMPARATORS: dict[str, Comparator] = {
    "salary": SalaryComparator(),
    "job_title": TitleComparator(),
    "strike": StrikeComparator(),
    "comparison": ComparisonComparator(),
    "quantity": QuantityComparator(),
    "date": DateComparator(),
    "superlative": SuperlativeComparator(),
    "quote": QuoteComparator(),
    "statement": StatementComparator(),
}


def comparator_for(claim_type: str) -> Comparator:
    """The comparator of a claim type; types from user packs are read as statements."""
    return COMPARATORS.get(claim_type, COMPARATORS["statement"])


def judge_claims(claims: Sequence[Claim], index: EvidenceIndex, view: ArticleView) -> list[Verdict]:
    """A verdict for each claim, in order."""
    if not index.sentences:
        return [unverified(c, index) for c in claims]
    comparators = [comparator_for(c.type) for c in claims]
    queries = [comp.queries(c, view) for comp, c in zip(comparators, claims, strict=True)]
    boosts = [set(view.primary.get(c.id, set())) for c in claims]
    ranked = index.rank(queries, boosts)
    verdicts = []
    for comp, c, cands in zip(comparators, claims, ranked, strict=True):
        try:
            found = comp.assess(c, cands, index, view)
        except Exception as error:  # one claim's fault must not cost the others theirs
            if os.environ.get("FACTCHECK_DEBUG"):
                raise
            reason = (
                f"Not checked: factcheck failed on this claim ({type(error).__name__}; "
                "set FACTCHECK_DEBUG=1 for the traceback, and please report it)."
            )
            verdict = unverified(c, index, reason)
            view.decided[c.id] = verdict
            verdicts.append(verdict)
            continue
        assessments = own_say(c, found.assessments, index, view)
        verdict = decide(
            c,
            assessments,
            index,
            found.explain,
            view.primary.get(c.id, ()),
            found.unverified,
        )
        view.decided[c.id] = verdict
        verdicts.append(verdict)
    return verdicts
