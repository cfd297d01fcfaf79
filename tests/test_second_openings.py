"""A draft cites an employer's posting for one job, then names another job the employer
is hiring for in a paragraph that cites nothing and opens by pointing back ("The yard is
also looking for ..."). The carried citation is the first job's posting: its title says
nothing of the second job, which no source tells (unverified, never contradicted). The
draft and the posting are written for these tests."""

from __future__ import annotations

from typing import Any

import pytest
from postings import job_posting_ld

from factcheck.check import check_against
from factcheck.reading import parse_article
from factcheck.sources.gather import page_from_text

URL = "https://jobs.example.org/halden/4471"
POSTING = (
    job_posting_ld("Marine Electrician", "Halden Marine Works") + "<h1>Marine Electrician</h1>"
    "<p>Halden Marine Works repairs trawlers and ferries at its Tromsø yard.</p>"
    "<p>You will install and test switchboards, cabling and navigation lights.</p>"
)
FIRST = (
    "Halden Marine Works is advertising for a Marine Electrician at its Tromsø yard "
    f"([posting]({URL}))."
)


def _titles(second: str, ruleset: Any) -> dict[str, str]:
    article = parse_article(f"{FIRST}\n\n{second}\n", "d.md", "markdown")
    claims = check_against(article, [page_from_text(URL, POSTING)], ruleset).claims
    return {
        str(c.claim.fields.get("title")): c.verdict.label
        for c in claims
        if c.claim.type == "job_title"
    }


@pytest.mark.parametrize(
    ("second", "title"),
    [
        ("The yard is also looking for a Paint Shop Foreman.", "Paint Shop Foreman"),
        ("It also wants a Crane Banksman for the night shift.", "Crane Banksman"),
        ("Its dry dock is hiring a Rigging Supervisor as well.", "Rigging Supervisor"),
        ("The same employer has advertised for a Quality Inspector too.", "Quality Inspector"),
        (
            "The firm is also advertising for a Welding Coordinator, a post open since May.",
            "Welding Coordinator",
        ),
        ("The company is recruiting a Stores Controller, too.", "Stores Controller"),
    ],
)
def test_another_job_after_a_cited_posting_is_not_refuted_by_it(
    second: str, title: str, ruleset: Any
) -> None:
    got = _titles(second, ruleset)
    assert got.get("Marine Electrician") == "supported", got
    assert got.get(title) == "unverified", got


def test_the_carried_posting_still_backs_its_own_job(ruleset: Any) -> None:
    got = _titles("The yard is looking for a Marine Electrician urgently.", ruleset)
    assert set(got.values()) == {"supported"}, got


def test_a_posting_cited_in_the_paragraph_still_refutes_another_title(ruleset: Any) -> None:
    article = parse_article(
        f"Halden Marine Works is hiring a Paint Shop Foreman ([posting]({URL})).\n",
        "d.md",
        "markdown",
    )
    claims = check_against(article, [page_from_text(URL, POSTING)], ruleset).claims
    labels = [c.verdict.label for c in claims if c.claim.type == "job_title"]
    assert labels == ["contradicted"], labels
