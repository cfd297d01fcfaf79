"""Workers said to join a strike, in the forms a writer uses: an auxiliary or adverb
before the verb ("have now joined", "had also joined"), any strike noun after it ("the
stoppage", "the sick-out"), and an employer's possessive with "own" ("Kell Freight's own
drivers") that says only whose workers they are. A page saying those workers kept out
goes against the claim. Drafts and pages written for these tests."""

from __future__ import annotations

import pytest
from judging import run, verdict

from factcheck.claims.extract import extract_claims
from factcheck.reading import parse_article
from factcheck.rulepacks.ruleset import RuleSet

URL = "http://labour.test/depot-dispute"


def _strikes(text: str, ruleset: RuleSet) -> list[dict[str, object]]:
    article = parse_article(f"# Labour\n\n{text}\n", "d.md", "markdown")
    return [dict(c.fields) for c in extract_claims(article, ruleset) if c.type == "strike"]


@pytest.mark.parametrize(
    ("text", "strikers", "employer"),
    [
        (
            "Mechanics at Brannoch Coaches have now joined the stoppage.",
            "Mechanics",
            "Brannoch Coaches",
        ),
        (
            "Ticket inspectors at Orwell Trams had also joined the sick-out by Friday.",
            "Ticket inspectors",
            "Orwell Trams",
        ),
        ("Pellow Harbour's own tug crews have joined the strike.", "tug crews", "Pellow Harbour"),
    ],
)
def test_who_joined_and_whose_workers_they_are(
    text: str, strikers: str, employer: str, ruleset: RuleSet
) -> None:
    found = _strikes(text, ruleset)
    assert found, text
    assert found[0]["strikers"] == [strikers]
    assert employer in list(found[0]["against"])  # type: ignore[call-overload]


@pytest.mark.parametrize(
    "text",
    [
        "She has joined the board of Brannoch Coaches.",
        "Mechanics at Brannoch Coaches have joined a new pension scheme.",
    ],
)
def test_joining_something_else_is_no_strike(text: str, ruleset: RuleSet) -> None:
    assert _strikes(text, ruleset) == []


PAGE = """<html><head><title>Drivers halt Tarrow Logistics deliveries</title></head><body>
<h1>Drivers halt Tarrow Logistics deliveries</h1>
<p>Around 400 drivers at Tarrow Logistics stopped work for 48 hours on Tuesday over a
new rota system.</p>
<p>Mechanics employed by Tarrow Logistics at its Hale depot were not part of the
stoppage, the company said.</p>
</body></html>"""


@pytest.mark.parametrize(
    "claim",
    [
        "Tarrow Logistics' own mechanics have joined the stoppage.",
        "Mechanics at Tarrow Logistics had also joined the stoppage by Wednesday.",
    ],
)
def test_a_page_keeping_the_joiners_out_goes_against_them(claim: str, ruleset: RuleSet) -> None:
    draft = f"# Depot\n\n{claim} ([report]({URL}))\n"
    found = verdict(run(draft, {URL: PAGE}, ruleset, wrap=False), "strike")
    assert found.verdict.label == "contradicted", found.verdict.rationale
