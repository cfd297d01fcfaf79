"""Jobs in lower case after a hiring verb: a word that names a job only there
("carriers", "couriers", "cashiers") is read as one after "is hiring", "is recruiting",
"is advertising for", with the words that qualify it; a counted or pointed-at word is no
qualifier, and the same word elsewhere is no job. Sentences and pages written for these
tests."""

from __future__ import annotations

import pytest
from judging import run
from postings import job_posting_ld

from factcheck.claims.extract import extract_claims
from factcheck.reading import parse_article
from factcheck.rulepacks.ruleset import RuleSet


def _titles(text: str, ruleset: RuleSet) -> list[tuple[str, str | None]]:
    article = parse_article(f"# Hiring\n\n{text}\n", "d.md", "markdown")
    return [
        (str(c.fields["title"]), c.fields.get("employer"))
        for c in extract_claims(article, ruleset)
        if c.type == "job_title"
    ]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "Kallio Pharmacy is hiring night cashiers for its airport branch.",
            [("night cashier", "Kallio Pharmacy")],
        ),
        (
            "Saltmarsh Parcel opened a depot in Hull. It is also recruiting cargo bike "
            "couriers for the old town.",
            [("cargo bike courier", "Saltmarsh Parcel")],
        ),
        (
            "Vintry Post is advertising for rural mail carriers.",
            [("rural mail carrier", "Vintry Post")],
        ),
        # A count with its qualifier before the job.
        ("Vintry Post is recruiting about 60 sorting staff.", [("sorting staff", "Vintry Post")]),
        # Openings for a plural job.
        (
            "Vintry Post has posted openings for weekend parcel sorters.",
            [("weekend parcel sorter", "Vintry Post")],
        ),
        # A film crew's grip is a job.
        ("Morrow Pictures is hiring a grip and a boom operator.", [("grip", "Morrow Pictures")]),
    ],
)
def test_a_job_named_by_a_word_that_is_a_job_only_when_hired(
    ruleset: RuleSet, text: str, expected: list[tuple[str, str]]
) -> None:
    assert _titles(text, ruleset) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "Osterley Dairies advertised last week for a Herd Manager near Ludlow.",
            [("Herd Manager", "Osterley Dairies")],
        ),
        (
            "Brantwood Insurance was looking in the autumn of 2024 for a Claims Handler with "
            "motor experience.",
            [("Claims Handler", "Brantwood Insurance")],
        ),
        (
            "The cooperative, which has 2,400 members, has been recruiting since February "
            "for seasonal fruit pickers.",
            [("seasonal fruit picker", None)],
        ),
        (
            "Castlegate Rail is searching over the winter for a Signal Fitter in Carlisle.",
            [("Signal Fitter", "Castlegate Rail")],
        ),
        (
            "Ruskin Foods, based in Derby, was hiring two months ago for a Night Baker.",
            [("Night Baker", "Ruskin Foods")],
        ),
    ],
)
def test_a_time_between_the_hiring_verb_and_for_leaves_the_job(
    ruleset: RuleSet, text: str, expected: list[tuple[str, str | None]]
) -> None:
    """When it happened may stand between the verb and "for" ("advertised last week
    for"); the job after it is the one hired for."""
    assert _titles(text, ruleset) == expected


@pytest.mark.parametrize(
    "text",
    [
        "Brenn Air, a regional carrier, added two routes.",
        "Vintry Post was hiring last week for the holidays.",
        "The carrier is hiring again.",
        "Vintry Post is recruiting new members for its savings club.",
        "Vintry Post kept openings for the public on Sundays.",
    ],
)
def test_no_job_where_no_hiring_verb_takes_it(ruleset: RuleSet, text: str) -> None:
    assert _titles(text, ruleset) == []


def test_the_job_is_judged_against_its_posting(ruleset: RuleSet) -> None:
    url = "http://127.0.0.1:9/careers/rural-mail-carrier"
    script = job_posting_ld("Rural Mail Carrier (Part-Time)", "Vintry Post")
    page = (
        f"<html><head>{script}</head>"
        "<body><main><h1>Rural Mail Carrier (Part-Time)</h1><p>Routes start at the Ashby "
        "sorting office at 6 am.</p></main></body></html>"
    )
    draft = f"# Post\n\nVintry Post is advertising for rural mail carriers ([advert]({url})).\n"
    claims = [
        c for c in run(draft, {url: page}, ruleset, wrap=False) if c.claim.type == "job_title"
    ]
    assert [c.verdict.label for c in claims] == ["supported"]
