"""A title ends where its noun phrase does, not at the last word the tables know as a role:
"a principal oboe" is no "principal", "deck crew members" are deck crew members. The
phrase stops at a word that ends it (a preposition, a time, a pointer) and never runs
past two words. Sentences and pages written for these tests."""

from __future__ import annotations

import pytest
from judging import run
from postings import job_posting_ld

from factcheck.claims.extract import extract_claims
from factcheck.reading import parse_article
from factcheck.rulepacks.ruleset import RuleSet


def _titles(sentence: str, ruleset: RuleSet) -> list[str]:
    article = parse_article(f"# Hiring\n\n{sentence}\n", "d.md", "markdown")
    claims = extract_claims(article, ruleset)
    return [str(c.fields["title"]) for c in claims if c.type == "job_title"]


@pytest.mark.parametrize(
    ("sentence", "title"),
    [
        ("The Tarn Symphony is hiring a principal oboe for next season.", "principal oboe"),
        ("The Tarn Symphony is hiring an assistant principal viola.", "assistant principal viola"),
        ("The Tarn Symphony is hiring a Principal Oboe for next season.", "Principal Oboe"),
        # A plural noun after a role used as its modifier, in the singular.
        ("Skelby Ferries is recruiting deck crew members for the summer.", "deck crew member"),
        # The phrase ends at a word that ends phrases, or at a job noun.
        ("Holt Dairies is hiring an assistant to run its farm shop.", "assistant"),
        ("Holt Dairies is hiring a principal next month.", "principal"),
        ("Holt Dairies is advertising trainee herdsman jobs at its Ayr farm.", "trainee herdsman"),
    ],
)
def test_a_title_runs_to_the_end_of_its_noun_phrase(
    ruleset: RuleSet, sentence: str, title: str
) -> None:
    assert _titles(sentence, ruleset) == [title]


def test_a_phrase_longer_than_two_words_is_not_guessed(ruleset: RuleSet) -> None:
    # Where the words after the role run on, no end is guessed: the role as written.
    assert _titles("Holt Dairies is hiring an assistant farm shop cafe manager.", ruleset) == [
        "assistant farm shop cafe manager"
    ]
    assert _titles("Holt Dairies is hiring a principal oboe cor anglais doubling.", ruleset) == [
        "principal"
    ]


def _posting(title: str, org: str) -> str:
    return (
        f"<html><head><title>{title}</title>"
        f"{job_posting_ld(title, org)}</head><body><main><h1>{title}</h1><p>Auditions are "
        "held in two rounds behind a screen.</p></main></body></html>"
    )


def test_the_whole_title_is_judged(ruleset: RuleSet) -> None:
    url = "http://127.0.0.1:9/auditions/oboe"
    page = {url: _posting("Principal Oboe (Tenure Track)", "Tarn Symphony Orchestra")}
    draft = (
        f"# Auditions\n\nThe Tarn Symphony Orchestra is hiring a principal oboe "
        f"([posting]({url})).\n"
    )
    claims = [c for c in run(draft, page, ruleset, wrap=False) if c.claim.type == "job_title"]
    assert [(c.claim.fields["title"], c.verdict.label) for c in claims] == [
        ("principal oboe", "supported")
    ]
    crew = {url: _posting("Deck Crew", "Skelby Ferries")}
    draft = f"# Ferries\n\nSkelby Ferries is recruiting deck crew members ([posting]({url})).\n"
    claims = [c for c in run(draft, crew, ruleset, wrap=False) if c.claim.type == "job_title"]
    assert [(c.claim.fields["title"], c.verdict.label) for c in claims] == [
        ("deck crew member", "supported")
    ]
