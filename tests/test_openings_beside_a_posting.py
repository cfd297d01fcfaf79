"""A paragraph cites one employer's posting for one job, then names a second opening (at
the same employer or another) or the pay of other workers. The posting is the first
job's: it neither backs nor refutes the second opening or the other workers' pay, even
where the two titles share a word or the employer's name finds the posting again. The
drafts and the posting are written for these tests."""

from __future__ import annotations

from typing import Any

import pytest
from postings import job_posting_ld

from factcheck.check import check_against
from factcheck.reading import parse_article
from factcheck.sources.gather import page_from_text

URL = "https://careers.example.net/orrin/2231"
POSTING = (
    job_posting_ld(
        "Principal Acoustic Engineer, Concert Halls",
        "Orrin Acoustics",
        currency="USD",
        low=150000,
        high=190000,
        unit="YEAR",
    )
    + "<h1>Principal Acoustic Engineer, Concert Halls</h1>"
    "<p>Orrin Acoustics designs the sound of concert halls and opera houses.</p>"
    "<p>Pay: $150,000 to $190,000 a year.</p>"
)
FIRST = (
    "Orrin Acoustics, the Denver design firm, is hiring a Principal Acoustic Engineer, "
    f"Concert Halls, for up to $190,000 a year (see {URL})."
)


def _verdicts(second: str, ruleset: Any) -> dict[str, str]:
    article = parse_article(f"{FIRST} {second}\n", "d.md", "markdown")
    claims = check_against(article, [page_from_text(URL, POSTING)], ruleset).claims
    return {c.claim.text: c.verdict.label for c in claims}


def _label(got: dict[str, str], part: str) -> str:
    found = [label for text, label in got.items() if part in text]
    assert len(found) == 1, got
    return found[0]


@pytest.mark.parametrize(
    ("second", "title"),
    [
        (
            "Orrin is also recruiting a Head of Acoustic Research to lead that team.",
            "Head of Acoustic Research",
        ),
        (
            "The firm also wants a Lead Acoustic Consultant, people close to it say.",
            "Lead Acoustic Consultant",
        ),
        (
            "Orrin Acoustics is looking for a Director of Acoustics as well.",
            "Director of Acoustics",
        ),
    ],
)
def test_a_second_opening_sharing_a_word_is_not_refuted(
    second: str, title: str, ruleset: Any
) -> None:
    got = _verdicts(second, ruleset)
    assert _label(got, "Principal Acoustic Engineer") == "supported", got
    assert _label(got, title) == "unverified", got


@pytest.mark.parametrize(
    "second",
    [
        "Velmar Audio is also looking for a Sound Technician, according to recruiters.",
        "Meanwhile Brightwave Studios wants a Studio Manager in Boulder.",
    ],
)
def test_another_employers_opening_is_not_refuted_by_this_posting(
    second: str, ruleset: Any
) -> None:
    got = _verdicts(second, ruleset)
    assert _label(got, "Principal Acoustic Engineer") == "supported", got
    title = "Sound Technician" if "Sound" in second else "Studio Manager"
    assert _label(got, title) == "unverified", got


@pytest.mark.parametrize(
    "second",
    [
        "Orrin is also recruiting a Head of Acoustic Research to lead that team, at a "
        "salary said to be above $260,000.",
        "Orrin is also hiring a Head of Acoustic Research above that role, paying more "
        "than $260,000.",
    ],
)
def test_pay_in_a_sentence_naming_its_own_job_is_that_jobs(second: str, ruleset: Any) -> None:
    article = parse_article(f"{FIRST} {second}\n", "d.md", "markdown")
    claims = check_against(article, [page_from_text(URL, POSTING)], ruleset).claims
    pay = [c for c in claims if c.claim.type == "salary" and "260,000" in c.claim.text]
    assert len(pay) == 1, [c.claim.text for c in claims]
    assert pay[0].claim.fields.get("job") == "Head of Acoustic Research"
    assert pay[0].verdict.label == "unverified"


@pytest.mark.parametrize(
    ("second", "figure"),
    [
        (
            "Junior technicians at Velmar's workshops make around $48,000 a year, say "
            "people who have done the job.",
            "48,000",
        ),
        ("Assistant engineers in Denver, by contrast, start on about $52,000 a year.", "52,000"),
        ("Trainee installers at the firm's Denver yard earn roughly $41,000 a year.", "41,000"),
    ],
)
def test_other_workers_pay_is_not_the_postings(second: str, figure: str, ruleset: Any) -> None:
    got = _verdicts(second, ruleset)
    assert _label(got, figure) == "unverified", got
