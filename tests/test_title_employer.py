"""A job posting speaks for the organisation it names as hiring: the same title posted by
another employer is no support for a claim naming this one; pages written for the test."""

from __future__ import annotations

from typing import Any

import pytest
from judging import verdict_on
from postings import job_posting_ld

from factcheck.check import check_against
from factcheck.reading import parse_article
from factcheck.sources.gather import page_from_text

URL = "https://careers.example.net/vacancies/ferry-deckhand-4471"
POSTING = (
    job_posting_ld("Ferry Deckhand - Harwick", "Solent Island Ferries")
    + "<h1>Ferry Deckhand - Harwick</h1>"
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


YARD_URL = "https://encyclopedia.example.org/wiki/Tarrock_Shipyard"
YARD = (
    '<html><body><main><h1>Tarrock Shipyard</h1><table class="infobox">'
    "<tr><th>Type</th><td>Private company</td></tr>"
    "<tr><th>Chief engineer</th><td>Ola Brandt</td></tr>"
    "<tr><th>Dock manager</th><td>Imke Sorensen (2019–2024)</td></tr>"
    "<tr><th>Key people</th><td>Ruth Calder (chair)</td></tr>"
    "</table><p>Tarrock Shipyard builds ferries and dredgers on the Wyre. Petra Lund, "
    "formerly the yard's welding foreman, now runs its apprentice school. Jonas Weir, the "
    "yard's managing director, joined in 2020.</p></main></body></html>"
)


@pytest.mark.parametrize(
    ("sentence", "label"),
    [
        # An infobox row names the post by its label and who holds it by its value.
        ("The yard's chief engineer, Ola Brandt, signed off the hull.", "supported"),
        ("The hull was signed off by chief engineer Ola Brandt.", "supported"),
        ("The yard's operations director, Ola Brandt, signed off the hull.", "contradicted"),
        ("The slipway was closed by dock manager Imke Sorensen in May.", "supported"),
        ("The yard's chief engineer, Nils Aalto, signed off the hull.", "unverified"),
        # Another post of the same role word ("managing" and "finance director").
        ("The yard's finance director, Jonas Weir, signed off the hull.", "contradicted"),
        ("The yard's managing director, Jonas Weir, signed off the hull.", "supported"),
        # A post the page says the person held before says nothing of the one now.
        ("The yard's training manager, Petra Lund, signed off the hull.", "unverified"),
    ],
)
def test_a_persons_post_is_read_from_an_infobox_row_and_compared_as_a_title(
    sentence: str, label: str, ruleset: Any
) -> None:
    got = verdict_on(
        f"{sentence} ([yard]({YARD_URL}))", {YARD_URL: YARD}, ruleset, "job_title", wrap=False
    )
    assert got.label == label, got.rationale
