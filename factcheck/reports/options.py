"""What a renderer needs to know beyond the report: the policy and the publisher."""

from __future__ import annotations

from dataclasses import dataclass, field

from factcheck.reports.gate import Gate


@dataclass(frozen=True)
class ClaimReviewSettings:
    """Who publishes the ClaimReviews, and where (from ``[claimreview]`` settings)."""

    author: str | None = None
    author_url: str | None = None
    page_url: str | None = None


@dataclass(frozen=True)
class RenderOptions:
    """Options shared by every format; each format reads the ones it uses."""

    colour: bool = False
    gate: Gate = field(default_factory=Gate)
    claimreview: ClaimReviewSettings = field(default_factory=ClaimReviewSettings)
