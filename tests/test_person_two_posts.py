"""A page may give a person two posts joined by "and" ("a porter at the station and
chair of the guild's branch"): the person holds each, so either bears out a claim
giving it, and a post the page gives neither part of is still another post. Pages and
drafts written for these tests."""

from __future__ import annotations

import pytest
from judging import run, verdict

from factcheck.rulepacks.ruleset import RuleSet

URL = "https://guild.example/news/ballot.html"


def _label(claim: str, page: str, ruleset: RuleSet) -> str:
    claims = run(f"# Draft\n\n{claim} ([source]({URL})).\n", {URL: f"<p>{page}</p>"}, ruleset)
    return verdict(claims, "job_title").verdict.label


@pytest.mark.parametrize(
    ("claim", "page", "label"),
    [
        (
            "Rosa Vell, who chairs the Tarn Guild's porters' branch, spoke at the rally",
            "“We carry the load,” said Rosa Vell, a porter at Tarn Station and chair of the"
            " Tarn Guild's porters' branch.",
            "supported",
        ),
        (
            "Rosa Vell, who chairs the Tarn Guild's porters' branch, spoke at the rally",
            "“We carry the load,” said Rosa Vell, a porter at Tarn Station and treasurer of"
            " the Tarn Guild's porters' branch.",
            "contradicted",
        ),
        (
            "Rosa Vell, the Tarn Guild's treasurer, spoke at the rally",
            "Rosa Vell, chairman and managing director of the Tarn Guild, spoke.",
            "contradicted",
        ),
    ],
)
def test_either_of_two_posts(claim: str, page: str, label: str, ruleset: RuleSet) -> None:
    assert _label(claim, page, ruleset) == label
