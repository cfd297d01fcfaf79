"""What a page's list of other jobs may say about a claim.

A "similar jobs" box beside a posting ("Similar vacancies", "Jobs you may like", "People
also viewed") lists jobs like this one, on a job board often other employers' ("Night
Porter - Halden Hotels - Leeds"): it decides no claim. The employer's list of its other
openings (a careers page's "More open positions") is the employer's word on those jobs:
an entry there backs a claim when it names no organisation other than the claim's
employer, and never contradicts one (it is about its own job, which need not be the
claim's). Teasers of other stories, sidebars and comments never reach the evidence at all
(factcheck.sources.gather keeps them out).
"""

from __future__ import annotations

from collections.abc import Sequence

from factcheck.evidence.common import Assessment
from factcheck.evidence.index import EvidenceIndex
from factcheck.evidence.strikes import same_party
from factcheck.model import Claim

__all__ = ["own_say"]


def own_say(
    claim: Claim, assessments: Sequence[Assessment], index: EvidenceIndex
) -> list[Assessment]:
    """``assessments`` without what a list of other jobs may not decide for ``claim``."""
    employer = str(claim.fields.get("employer") or "")
    out = []
    for a in assessments:
        s = index.sentences[a.index]
        role = s.sentence.role if s.fact is None else "body"
        if a.stance == "neutral" or role not in ("similar-jobs", "openings"):
            out.append(a)
        elif role == "openings" and a.stance == "supports":
            named = index.extractor.sentence_orgs(s.text, index.context(s.page))
            if all(employer and same_party(employer, n) for n in named):
                out.append(a)
    return out
