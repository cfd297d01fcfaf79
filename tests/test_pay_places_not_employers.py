"""A pay figure with no job beside it speaks for a job only through its employer: a place
or another name near the claim ("haul truck drivers in the Goldfields") does not tie an
industry average on the page to that job. The pages and sentences are written for these
tests."""

from __future__ import annotations

from typing import Any

from judging import run

STORY = "https://news.example/business/2031-08-15/mining-tops-pay"
STORY_PAGE = """<html><head><title>Mines keep their lead on wages | Daily Ledger</title>
</head><body><main><article><h1>Mines keep their lead on wages</h1>
<p>By Ana Ruiz, 15 August 2031</p>
<p>Full-time adults in mining earned $3,100 a week in May, the bureau said, ahead of every
other industry.</p><p>Hospitality stayed last in the table.</p>
</article><aside><h3>Most popular</h3><ul><li><a href="/a">Goldfields crews face longer
rosters</a></li></ul></aside></main></body></html>"""


def _pay(draft: str, pages: dict[str, str], ruleset: Any) -> list[tuple[str, str]]:
    claims = run(draft, pages, ruleset, wrap=False)
    return [(c.verdict.label, c.verdict.rationale) for c in claims if c.claim.type == "salary"]


def test_an_industry_figure_says_nothing_of_a_job_in_a_place(ruleset: Any) -> None:
    draft = (
        f"# Pay\n\nMining remains the best-paid industry ([report]({STORY})). Haul truck "
        "drivers in the Goldfields clear over $4,000 a week, recruiters say.\n"
    )
    found = _pay(draft, {STORY: STORY_PAGE}, ruleset)
    assert [label for label, _ in found] == ["unverified"], found
