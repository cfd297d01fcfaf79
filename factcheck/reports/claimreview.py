"""schema.org ClaimReview as JSON-LD: one review per claim, ready to embed in the
published fact-check inside ``<script type="application/ld+json">``.

The rating follows the common 1-5 scale (1 false, 3 mixed, 5 true) with the verdict as
``alternateName``; an unverified claim has a textual rating only. Waived claims are left
out: an editor accepted them, so publishing a rating against them would be wrong. Earlier
fact-checks by others are linked as ``associatedClaimReview``. The
author comes from ``[claimreview]`` settings; without a ``page_url`` each review's
``url`` is a fragment, which resolves against the page the JSON-LD is embedded in.
"""

from __future__ import annotations

import json
from typing import Any

from factcheck.errors import UsageError
from factcheck.model import ArticleResult, CheckedClaim, PriorCheck, Report
from factcheck.reports.common import one_line, web_url
from factcheck.reports.options import RenderOptions

RATINGS: dict[str, tuple[int | None, str]] = {
    "contradicted": (1, "False"),
    "mixed": (3, "Mixed"),
    "supported": (5, "True"),
    "unverified": (None, "Unverified"),
}


def _rating(label: str) -> dict[str, Any]:
    value, name = RATINGS[label]
    rating: dict[str, Any] = {"@type": "Rating", "alternateName": name, "name": name}
    if value is not None:
        rating |= {"ratingValue": value, "bestRating": 5, "worstRating": 1}
    return rating


def _review(
    a: ArticleResult, c: CheckedClaim, author: dict[str, Any], options: RenderOptions
) -> dict[str, Any]:
    fragment = f"#claim-{one_line(c.fingerprint or c.claim.id)}"
    page = options.claimreview.page_url or web_url(a.path)
    item: dict[str, Any] = {"@type": "Claim", "text": one_line(c.claim.sentence.text)}
    if web_url(a.path):
        item["appearance"] = {"@type": "CreativeWork", "url": a.path}
    return {
        "@context": "https://schema.org",
        "@type": "ClaimReview",
        "url": (page.split("#")[0] + fragment) if page else fragment,
        "claimReviewed": one_line(c.claim.text),
        "itemReviewed": item,
        "author": author,
        "reviewRating": _rating(c.verdict.label),
        "reviewBody": one_line(c.verdict.rationale),
        "citation": [e.url for e in c.verdict.evidence if web_url(e.url)],
    } | ({"associatedClaimReview": [_prior(p) for p in c.prior_checks]} if c.prior_checks else {})


def _prior(p: PriorCheck) -> dict[str, Any]:
    """An earlier fact-check by another publisher, as the ClaimReview it published."""
    review: dict[str, Any] = {
        "@type": "ClaimReview",
        "url": p.url,
        "claimReviewed": one_line(p.claim),
        "author": {"@type": "Organization", "name": one_line(p.publisher)},
        "reviewRating": {"@type": "Rating", "alternateName": one_line(p.rating)},
    }
    if p.date:
        review["datePublished"] = one_line(p.date)
    return review


def to_list(report: Report, options: RenderOptions) -> list[dict[str, Any]]:
    """The ClaimReviews of every claim that is not waived."""
    settings = options.claimreview
    if not settings.author:
        raise UsageError(
            "the claimreview format needs an author: set [claimreview] author in the "
            "settings file or FACTCHECK_CLAIMREVIEW_AUTHOR"
        )
    author: dict[str, Any] = {"@type": "Organization", "name": settings.author}
    if settings.author_url:
        author["url"] = settings.author_url
    return [
        _review(a, c, author, options)
        for a in report.articles
        for c in a.claims
        if c.waiver is None
    ]


def render(report: Report, options: RenderOptions) -> str:
    """The ClaimReviews as a JSON-LD array, safe to paste inside a ``<script>`` element."""
    text = json.dumps(to_list(report, options), indent=2, ensure_ascii=False)
    # "</script>" or "<!--" in a claim must not end or comment out the embedding element.
    text = text.replace("<", "\\u003c").replace(">", "\\u003e").replace("&", "\\u0026")
    return text + "\n"
