"""Whose pay a figure is, when the pay verb is split round the claim's start ("are |
paid") or said through a pronoun ("the porters say they are paid"): the subject names the
job, and a posting for another job cited earlier does not decide it. Drafts and pages are
written for these tests."""

from __future__ import annotations

from typing import Any

import pytest
from judging import run
from postings import job_posting_ld

URL = "https://careers.saltmarsh-hotels.example/vacancies/sommelier-12"
LD = job_posting_ld(
    "Head Sommelier", "Saltmarsh Hotels", currency="EUR", low=3850, high=4450, unit="MONTH"
)
PAGE = f"""<html lang="en"><head><title>Head Sommelier - Saltmarsh Hotels</title>
{LD}
</head><body><main><h1>Head Sommelier</h1><p>Run the cellar of our harbour hotel.</p></main>
</body></html>"""


@pytest.mark.parametrize(
    "said",
    [
        # the auxiliary before the claim's text, its participle opening it
        "The upholsterers are paid €1,950 a month.",
        "The cleaners are paid €1,950 a month.",
        # the pay verb said through a pronoun
        "The glaziers say they are paid €1,950 a month.",
        "The joiners insist that they get paid €1,950 a month.",
        # a word of how often between the auxiliary and the participle
        "The upholsterers are usually paid €1,950 a month.",
        "Kitchen porters were typically paid €1,950 a month.",
        "The glaziers say they are often paid €1,950 a month.",
    ],
)
def test_other_workers_pay_is_not_the_postings(said: str, ruleset: Any) -> None:
    draft = (
        "# Hotel pay\n\n"
        "Saltmarsh Hotels is hiring a head sommelier on between €3,850 and €4,450 a month "
        f"([vacancy]({URL})).\n\n"
        f"About 60 contract staff protested outside the hotel in May. {said}\n"
    )
    claims = [c for c in run(draft, {URL: PAGE}, ruleset, wrap=False) if c.claim.type == "salary"]
    theirs = [c for c in claims if "1,950" in c.claim.text]
    assert theirs, [c.claim.text for c in claims]
    assert theirs[0].verdict.label != "contradicted", theirs[0].verdict.rationale


@pytest.mark.parametrize(
    "said",
    [
        "Its head sommeliers are usually paid €1,950 a month.",
        "Head sommeliers there are often paid €1,950 a month.",
    ],
)
def test_the_postings_own_job_paid_often_is_still_read_against_it(said: str, ruleset: Any) -> None:
    """The near miss: the subject names the posting's own job, so its pay refutes."""
    draft = f"# Hotel pay\n\nSaltmarsh Hotels is hiring ([vacancy]({URL})). {said}\n"
    claims = [c for c in run(draft, {URL: PAGE}, ruleset, wrap=False) if c.claim.type == "salary"]
    theirs = [c for c in claims if "1,950" in c.claim.text]
    assert theirs, [c.claim.text for c in claims]
    assert theirs[0].verdict.label == "contradicted", theirs[0].verdict.rationale
