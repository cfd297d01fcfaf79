"""A union said to have "joined them" joins the strike told just before it: a claim of
its own strike, read against a page that says it kept working or took no part (in a
paragraph or a list) and one that says it joined; "joined them" away from any stoppage
(at dinner, in talks) is no strike. Drafts and pages written for these tests."""

from __future__ import annotations

import pytest
from judging import run

from factcheck.claims.extract import extract_claims
from factcheck.reading import parse_article
from factcheck.rulepacks.ruleset import RuleSet

URL = "http://labour.test/story"

KEPT_WORKING = """<h1>Dock strike at Pellow Quay</h1><p>Dockers at Pellow Quay walked off
the job on Monday in a dispute over automation.</p><p>Crane drivers, whose union is the
Crane Operators Guild, continued to work.</p>"""
LISTED_OUT = """<h1>Sorters strike</h1><p>Members of the Sorting Staff Union at Lanark Post
staged a two-day stoppage in October.</p><ul><li>Supervisors in the supervisors' union DMG took
no part in the stoppage.</li></ul>"""
JOINED = """<h1>Sorters strike</h1><p>Members of the Sorting Staff Union at Lanark Post staged
a two-day stoppage in October. The supervisors' union DMG joined the strike on its second
day.</p>"""

DOCKS = (
    "Dockers at Pellow Quay walked off the job on Monday. Crane drivers represented by the "
    "Crane Operators Guild joined them on the first morning"
)
SORTERS = (
    "Sorting Staff Union members at Lanark Post staged a two-day stoppage in October. The "
    "supervisors' union DMG joined them for the second day"
)


def _strikers(text: str, ruleset: RuleSet) -> list[list[str]]:
    article = parse_article(f"# Labour\n\n{text}\n", "d.md", "markdown")
    return [
        list(c.fields["strikers"]) for c in extract_claims(article, ruleset) if c.type == "strike"
    ]


@pytest.mark.parametrize(
    ("text", "joiner"),
    [
        (DOCKS + ".", "Crane Operators Guild"),
        (SORTERS + ".", "DMG"),
        (
            "Kitchen porters at Selby Hall struck over rotas. Later that week the Domestic "
            "Staff Guild had also joined them.",
            "Domestic Staff Guild",
        ),
    ],
)
def test_joining_them_after_a_strike_is_a_strike(text: str, joiner: str, ruleset: RuleSet) -> None:
    assert [joiner] in _strikers(text, ruleset)


@pytest.mark.parametrize(
    "text",
    [
        "The two partners of Venn Legal met in Leeds. The Venn Staff Guild joined them for dinner.",
        "Nurses at Kell Infirmary struck on Friday. The Midwives Guild joined them in talks "
        "with the trust.",
    ],
)
def test_joining_them_elsewhere_is_no_strike(text: str, ruleset: RuleSet) -> None:
    assert not any(
        s in (["Venn Staff Guild"], ["Midwives Guild"]) for s in _strikers(text, ruleset)
    )


@pytest.mark.parametrize(
    ("sentence", "page", "label"),
    [
        (DOCKS, KEPT_WORKING, "contradicted"),
        (SORTERS, LISTED_OUT, "contradicted"),
        (SORTERS, JOINED, "supported"),
    ],
)
def test_joining_them_is_read_against_the_page(
    sentence: str, page: str, label: str, ruleset: RuleSet
) -> None:
    draft = f"# Draft\n\n{sentence} ([source]({URL})).\n"
    joined = [
        c
        for c in run(draft, {URL: page}, ruleset)
        if c.claim.type == "strike" and "joined them" in c.claim.text
    ]
    assert joined and joined[0].verdict.label == label
