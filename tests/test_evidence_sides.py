"""Evidence read for what a figure is of: a share counts something, a duration or a
ratio compares only with its own kind; drafts and pages written for these tests."""

from __future__ import annotations

from typing import Any

from test_comparators import run, verdict

DRAFT_SHARE = (
    "The Riverside Nurses Association polled its members in March. A staff poll found "
    "that more than half of members had skipped a lunch break in the previous month."
)


def test_a_larger_share_of_something_else_does_not_back_more_than_half(ruleset: Any) -> None:
    page = {
        "https://news.example.org/ballot": (
            "<p>The talks with Riverside Health followed months of bargaining and a strike "
            "ballot in March in which 91.4% of voting members backed a walkout.</p>"
        )
    }
    claim = verdict(run(DRAFT_SHARE, page, ruleset), "quantity", "lunch break")
    assert claim.verdict.label == "unverified"


def test_a_larger_share_of_the_same_thing_backs_more_than_half(ruleset: Any) -> None:
    page = {
        "https://news.example.org/poll": (
            "<p>The Riverside Nurses Association poll in March found that 64% of members "
            "had skipped a lunch break at least once in the previous month.</p>"
        )
    }
    claim = verdict(run(DRAFT_SHARE, page, ruleset), "quantity", "lunch break")
    assert claim.verdict.label == "supported"
