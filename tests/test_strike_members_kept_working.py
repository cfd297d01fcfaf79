"""A union whose members kept working while another struck: a page that says the body's
members "will continue to report for duty", or (by the body named before "its members")
that they are not striking, goes against a claim that the body struck, and leaves the
union that did strike borne out. Pages and drafts written for these tests, every name
invented."""

from __future__ import annotations

import pytest
from judging import cited

from factcheck.claims.extract import extract_claims
from factcheck.reading import parse_article
from factcheck.rulepacks.ruleset import RuleSet

URL = "http://news.test/2033/05/10/orla-freight-dockers-strike.html"


def _page(kept: str) -> str:
    return f"""<html><head><title>Dockers walk out at Orla Freight</title></head><body>
<article><h1>Dockers walk out at Orla Freight as pay talks fail</h1>
<p>About 600 dockers at Orla Freight went on strike on Monday after pay talks between the
company and the Kessel Dock Workers Union broke down.</p>
<p>{kept}</p>
<p>Pickets were set up at both gates of the terminal.</p></article></body></html>"""


KEPT = [
    "The Harbour Staff Association, which speaks for a few of the company's clerks, "
    "stated that its own members were not on strike; they will continue to report for duty.",
    "Members of the Harbour Staff Association, which represents the company's clerks, "
    "continued to report for work throughout the strike.",
]


@pytest.mark.parametrize("kept", KEPT)
@pytest.mark.parametrize(
    ("sentence", "labels"),
    [
        (
            "Members of the Harbour Staff Association walked out at Orla Freight in May 2033",
            {"contradicted"},
        ),
        (
            "Members of both the Kessel Dock Workers Union and the Harbour Staff Association "
            "walked off the job at Orla Freight in May 2033",
            {"contradicted", "mixed"},
        ),
        (
            "Members of the Kessel Dock Workers Union walked out at Orla Freight in May 2033",
            {"supported"},
        ),
    ],
)
def test_a_union_whose_members_kept_working(
    kept: str, sentence: str, labels: set[str], ruleset: RuleSet
) -> None:
    found = cited(sentence, URL, _page(kept), ruleset, "strike", wrap=False)
    assert found.verdict.label in labels, found.verdict.rationale


@pytest.mark.parametrize(
    ("text", "strikers"),
    [
        ("The Tarn Clerks Guild said its members walked out on Monday.", ["Tarn Clerks Guild"]),
        (
            "The Tarn Clerks Guild, which speaks for the porters, said its members would not "
            "join the strike.",
            ["Tarn Clerks Guild"],
        ),
        # A company's "members" are no union's: nothing to tie them to.
        ("Orla Freight said its members walked out.", ["members"]),
    ],
)
def test_its_members_are_the_union_named_before(
    text: str, strikers: list[str], ruleset: RuleSet
) -> None:
    claims = extract_claims(parse_article(f"# Docks\n\n{text}\n", "d.md", "markdown"), ruleset)
    found = [dict(c.fields) for c in claims if c.type == "strike"]
    assert found and list(found[0]["strikers"]) == strikers, found


def test_members_in_a_clause_of_their_own_are_not_read_back(ruleset: RuleSet) -> None:
    # "its members" after a semicolon may tell another time than the body's denial: the
    # walkout against another employer stays unattached rather than the body's.
    text = (
        "Kessel Rail Guild was not involved in the May strikes; its members began separate "
        "strikes against Orla Trains in June 2031."
    )
    claims = extract_claims(parse_article(f"# Rail\n\n{text}\n", "d.md", "markdown"), ruleset)
    struck = [dict(c.fields) for c in claims if c.type == "strike" and not c.fields.get("denied")]
    assert all("Kessel Rail Guild" not in f["strikers"] for f in struck), struck
