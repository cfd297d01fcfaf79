"""An employer named with where it is, before its hiring verb ("Corran Print in Dundee
wants a ..."): the employer is the name before "in", the place is no employer. The
sentences are written for these tests."""

from __future__ import annotations

import pytest

from factcheck.claims.extract import extract_claims
from factcheck.reading import parse_article
from factcheck.rulepacks.ruleset import RuleSet


def _titles(text: str, ruleset: RuleSet) -> list[tuple[object, object]]:
    article = parse_article(f"# Jobs\n\n{text}\n", "d.md", "markdown")
    return [
        (c.fields["title"], c.fields["employer"])
        for c in extract_claims(article, ruleset)
        if c.type == "job_title"
    ]


@pytest.mark.parametrize(
    ("text", "title", "employer"),
    [
        (
            "Orvell Games in Leeds wants a Senior Level Designer II for a racing game.",
            "Senior Level Designer II",
            "Orvell Games",
        ),
        (
            "Kessel Print near Tarnside is hiring a Prepress Technician.",
            "Prepress Technician",
            "Kessel Print",
        ),
        (
            "Marrow Bay Ferries in Port Ellen needs a Chief Engineer for its new hull.",
            "Chief Engineer",
            "Marrow Bay Ferries",
        ),
    ],
)
def test_an_employer_and_where_it_is(
    text: str, title: str, employer: str, ruleset: RuleSet
) -> None:
    assert _titles(text, ruleset) == [(title, employer)]


@pytest.mark.parametrize(
    "text",
    [
        "Staff at Orvell Games in Leeds want a pay rise.",
        "Orvell Games in Leeds needs a new roof.",
    ],
)
def test_no_title_without_a_job(text: str, ruleset: RuleSet) -> None:
    assert _titles(text, ruleset) == []
