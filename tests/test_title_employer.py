"""A job posting speaks for the organisation it names as hiring: the same title posted by
another employer is no support for a claim naming this one; pages written for the test."""

from __future__ import annotations

import json
from typing import Any

from judging import verdict_on

from factcheck.check import check_against
from factcheck.reading import parse_article
from factcheck.sources.gather import page_from_text

URL = "https://careers.example.net/vacancies/ferry-deckhand-4471"
POSTING = (
    '<script type="application/ld+json">'
    + json.dumps(
        {
            "@context": "https://schema.org",
            "@type": "JobPosting",
            "title": "Ferry Deckhand - Harwick",
            "hiringOrganization": {"@type": "Organization", "name": "Solent Island Ferries"},
        }
    )
    + "</script><h1>Ferry Deckhand - Harwick</h1>"
    "<p>Solent Island Ferries runs six crossings a day from Harwick harbour.</p>"
)


def _title_verdict(article: str, ruleset: Any) -> Any:
    built = [page_from_text(URL, POSTING)]
    claims = check_against(parse_article(article, "d.md", "markdown"), built, ruleset).claims
    return next(c for c in claims if c.claim.type == "job_title").verdict


def test_the_hiring_employer_supports_its_title(ruleset: Any) -> None:
    verdict = _title_verdict(
        f"Solent Island Ferries is recruiting ferry deckhands in Harwick ([notice]({URL})).",
        ruleset,
    )
    assert verdict.label == "supported"


def test_another_employers_posting_contradicts_the_employer(ruleset: Any) -> None:
    verdict = _title_verdict(
        f"Kestle Port Authority is recruiting ferry deckhands in Harwick ([notice]({URL})).",
        ruleset,
    )
    assert verdict.label == "contradicted"
    assert "Solent Island Ferries" in verdict.rationale


def test_a_posting_on_the_employers_own_site_is_its_own(ruleset: Any) -> None:
    own = "https://jobs.example.net/kestle-port-authority/ferry-deckhand"
    built = [page_from_text(own, POSTING)]
    article = f"Kestle Port Authority is recruiting ferry deckhands in Harwick ([notice]({own}))."
    claims = check_against(parse_article(article, "d.md", "markdown"), built, ruleset).claims
    verdict = next(c for c in claims if c.claim.type == "job_title").verdict
    assert verdict.label == "supported"


GUILD = {
    "https://news.example.org/guild": (
        "<p>Talks resumed on Friday. Priya Ashdown, the guild's chief negotiator, said the "
        "offer fell short. Tomas Reyes President of the Harbour League</p>"
    )
}


def test_a_persons_title_is_told_where_the_person_is_named(ruleset: Any) -> None:
    built = [page_from_text(url, f"<article>{body}</article>") for url, body in GUILD.items()]

    def judged(article: str) -> Any:
        claims = check_against(parse_article(article, "d.md", "markdown"), built, ruleset).claims
        return next(c for c in claims if c.claim.type == "job_title").verdict

    wrong = judged("The guild's president, Priya Ashdown, left the talks early.")
    assert wrong.label == "contradicted"
    assert "chief negotiator" in wrong.rationale
    right = judged("The guild's chief negotiator, Priya Ashdown, left the talks early.")
    assert right.label == "supported"


BOARD = {
    "https://news.example.net/cobalt-board": (
        "<p>Cobalt Mills has appointed Teodor Vasz as its finance director. He joins from "
        "a rival spinner in Bradford.</p>"
    )
}


def test_a_persons_title_is_told_in_any_form_the_rules_read(ruleset: Any) -> None:
    """The page tells the appointment with a verb, not an apposition."""
    right = verdict_on(
        "Teodor Vasz became finance director at Cobalt Mills this spring.",
        BOARD,
        ruleset,
        "job_title",
    )
    assert right.label == "supported"
    wrong = verdict_on(
        "Teodor Vasz was named head of sales at Cobalt Mills this spring.",
        BOARD,
        ruleset,
        "job_title",
    )
    assert wrong.label == "contradicted"
    assert "finance director" in wrong.rationale
    other = verdict_on(
        "Mara Lenz became head of sales at Cobalt Mills this spring.", BOARD, ruleset, "job_title"
    )
    assert other.label == "unverified"
