"""A group said to have joined, with no object ("the fitters joined on the second day"),
or to have shut its doors in solidarity, after a strike told just before: a claim of its
own strike, read against a page that says it took no part; the same words with no strike
before them are no claim. Drafts and pages written for these tests."""

from __future__ import annotations

import pytest
from judging import run, verdict

from factcheck.claims.extract import extract_claims
from factcheck.reading import parse_article
from factcheck.rulepacks.ruleset import RuleSet

URL = "http://labour.test/quay-strike"
PAGE = """<h1>Pellow Quay stoppage</h1><p>The Quay Riggers Guild began an open-ended strike
against the Pellow Port Authority on 6 June 2032.</p><p>Tug masters, organised by a
separate guild, took no part in the walkout. Ship chandlers in the port stayed open and
took no part in the stoppage.</p>"""

STRUCK = (
    "The Quay Riggers Guild began an open-ended strike against the Pellow Port Authority"
    " on 6 June 2032."
)


def _strikers(text: str, ruleset: RuleSet) -> list[list[str]]:
    article = parse_article(f"# Labour\n\n{text}\n", "d.md", "markdown")
    return [
        list(c.fields["strikers"]) for c in extract_claims(article, ruleset) if c.type == "strike"
    ]


@pytest.mark.parametrize(
    ("after", "joiner"),
    [
        (
            "Tug masters at the port joined on the second morning, according to the guild.",
            "Tug masters",
        ),
        ("By Friday the crane drivers had also joined.", "crane drivers"),
        ("Linesmen employed by the authority joined too.", "Linesmen"),
        ("Ship chandlers shut their doors in solidarity.", "Ship chandlers"),
        ("The pilots, for their part, closed their offices for a day in sympathy.", "pilots"),
    ],
)
def test_joining_the_strike_told_before(after: str, joiner: str, ruleset: RuleSet) -> None:
    found = _strikers(f"{STRUCK} {after}", ruleset)
    assert len(found) == 2 and joiner in found[1][0], found


@pytest.mark.parametrize(
    "text",
    [
        "Two junior surveyors joined from the first day of the survey.",
        "The chandlers shut their doors in solidarity with the flood victims.",
        # Too far from the strike: three sentences and more between.
        f"{STRUCK} The port is old. It has six berths. Its cranes are new. Tugs are few."
        " The crane drivers joined too.",
    ],
)
def test_no_strike_before(text: str, ruleset: RuleSet) -> None:
    assert len(_strikers(text, ruleset)) == (0 if not text.startswith(STRUCK) else 1)


@pytest.mark.parametrize(
    "after",
    [
        "Tug masters at the port joined on the second morning, according to the guild.",
        "Ship chandlers shut their doors in solidarity.",
    ],
)
def test_a_page_saying_they_took_no_part(after: str, ruleset: RuleSet) -> None:
    draft = f"# Quay\n\n{STRUCK} {after} ([report]({URL}))\n"
    claims = run(draft, {URL: PAGE}, ruleset)
    found = verdict(claims, "strike", after.split()[1])
    assert found.verdict.label == "contradicted", found.verdict.rationale
