"""A title claim that names a second opening at an employer ("has also been recruiting
'Induction Trainers'") is not contradicted by the posting another paragraph cites for
another job: that posting is the other job's, and it says nothing of the second. A
posting that only the claim itself cites still does. Pages and sentences written for these tests."""

from __future__ import annotations

from typing import Any

import pytest
from judging import run, verdict
from postings import job_posting_ld

URL = "https://jobs.example.com/j/118/picker-packer-leeds"
PAGE = f"""<html><head><title>Picker Packer - Leeds | Tarn Retail jobs</title>
{job_posting_ld("Picker Packer", "Tarn Retail Ltd", currency="GBP", value=12.10, unit="HOUR")}
</head><body><h1>Picker Packer</h1>
<p>Tarn Retail is hiring at its Leeds depot. Pay: £12.10 an hour.</p></body></html>"""
FIRST = "Tarn Retail is advertising for a Picker Packer at its Leeds depot.[^1]"
NOTE = f"[^1]: {URL}"


def _title(draft: str, words: str, ruleset: Any) -> Any:
    return verdict(run(draft, {URL: PAGE}, ruleset, wrap=False), "job_title", words).verdict


@pytest.mark.parametrize(
    "second",
    [
        'Tarn Retail has also been recruiting "Induction Trainers" to coach new recruits.',
        "Tarn Retail is also hiring Induction Trainers for the Leeds depot, staff said.",
    ],
)
def test_a_second_opening_is_not_read_against_another_jobs_posting(
    second: str, ruleset: Any
) -> None:
    found = _title(f"# Depot\n\n{FIRST}\n\n{second}\n\n{NOTE}\n", "Induction", ruleset)
    assert found.label == "unverified", found.rationale


def test_a_posting_the_claim_cites_itself_still_contradicts_it(ruleset: Any) -> None:
    # Only this claim cites the posting: its title is the one the posting should bear.
    # (Cited again after another paragraph's claim for its own job, it would be that
    # job's posting, which says nothing of a second one.)
    draft = (
        "# Depot\n\nTarn Retail is advertising for a Picker Packer at its Leeds depot.\n\n"
        'Tarn Retail has also been recruiting "Induction Trainers" at Leeds.[^1]\n\n'
        f"{NOTE}\n"
    )
    assert _title(draft, "Induction", ruleset).label == "contradicted"


def test_the_same_job_named_again_is_still_read_against_its_posting(ruleset: Any) -> None:
    draft = (
        f"# Depot\n\n{FIRST}\n\n"
        'Tarn Retail has also been recruiting "Picker Packers" for its night shift.\n\n'
        f"{NOTE}\n"
    )
    assert _title(draft, "night shift", ruleset).label == "supported"


@pytest.mark.parametrize(
    "paragraph",
    [
        f"{FIRST} Tarn Retail is also hiring Induction Trainers, a recruiter said.",
        "Tarn Retail wants a Picker Packer for Leeds, an advert shows.[^1] Its depot is"
        " also looking for Induction Trainers, though nothing is posted yet.",
        "Tarn Retail has listed a Picker Packer opening ([advert]({url})). Separately, the"
        " retailer is recruiting a Head of Induction, staff say.",
    ],
)
def test_a_posting_cited_beside_it_for_another_job_is_not_a_second_openings(
    paragraph: str, ruleset: Any
) -> None:
    draft = f"# Depot\n\n{paragraph.format(url=URL)}\n\n{NOTE}\n"
    found = _title(draft, "Induction", ruleset)
    assert found.label == "unverified", found.rationale


def test_a_second_opening_citing_the_posting_in_its_own_sentence_is_read_against_it(
    ruleset: Any,
) -> None:
    draft = (
        f"# Depot\n\n{FIRST} Tarn Retail is also hiring Induction Trainers ([advert]({URL})).\n\n"
        f"{NOTE}\n"
    )
    assert _title(draft, "Induction", ruleset).label == "contradicted"
