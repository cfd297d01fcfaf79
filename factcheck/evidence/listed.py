"""What a page's list of other jobs may say about a claim.

A "similar jobs" box beside a posting ("Similar vacancies", "Jobs you may like", "People
also viewed") lists jobs like this one, on a job board often other employers' ("Night
Porter - Halden Hotels - Leeds"): it decides no claim. The employer's list of its other
openings (a careers page's "More open positions") is the employer's word on those jobs:
an entry there backs a claim when it names no organisation other than the claim's
employer, and never contradicts one (it is about its own job, which need not be the
claim's). Teasers of other stories, sidebars and comments never reach the evidence at all
(factcheck.sources.gather keeps them out).

A posting's page may list other jobs in a box its structure does not mark (a table or a
list under a heading of the site's own wording): a pay figure there stands beside a job
title that is not the posting's own. Such a figure is read as an entry of a list of other
jobs: it never contradicts a pay claim, whatever title the claim gives.
"""

from __future__ import annotations

from collections.abc import Sequence

from factcheck.evidence.base import ArticleView
from factcheck.evidence.common import Assessment
from factcheck.evidence.index import EvidenceIndex
from factcheck.evidence.strikes import same_party
from factcheck.evidence.titles import normalise_title, posting_title, same_job, titles_in
from factcheck.model import Claim

# How many blocks back a pay figure's job may be named ("Picker", "Acme Ltd", "£21,000"
# as three cells of a row or three lines of an entry).
_TITLE_REACH = 3

__all__ = ["own_say"]


def own_say(
    claim: Claim, assessments: Sequence[Assessment], index: EvidenceIndex, view: ArticleView
) -> list[Assessment]:
    """``assessments`` without what a list of other jobs may not decide for ``claim``."""
    employer = str(claim.fields.get("employer") or "")
    out = []
    for a in assessments:
        s = index.sentences[a.index]
        role = s.sentence.role if s.fact is None else "body"
        if (
            claim.type == "salary"
            and a.stance == "contradicts"
            and s.fact is None
            and _beside_another_job(index, a.index, view)
        ):
            continue
        if a.stance == "neutral" or role not in ("similar-jobs", "openings"):
            out.append(a)
        elif role == "openings" and a.stance == "supports":
            named = index.extractor.sentence_orgs(s.text, index.context(s.page))
            if all(employer and same_party(employer, n) for n in named):
                out.append(a)
    return out


def _beside_another_job(index: EvidenceIndex, i: int, view: ArticleView) -> bool:
    """True when page sentence ``i`` is on a job posting and the job titles nearest it (in
    it, else in the few blocks before it) are all of jobs other than the posting's own:
    an entry of a list of other jobs, however the page marks it."""
    s = index.sentences[i]
    posted = posting_title(index, s.page, view)
    if not posted:
        return False
    nearest = titles_in(s.text, view)
    for prior in reversed(index.nearby(i, before=_TITLE_REACH, after=0)):
        if nearest:
            break
        nearest = titles_in(prior.text, view)
    own = normalise_title(posted, view)
    return bool(nearest) and not any(same_job(own, normalise_title(t, view), view) for t in nearest)
