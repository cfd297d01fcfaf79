"""A draft's sentence counting a part of a whole ("nearly 90 of the 640 clerks") gives
two figures of one unit. A source figure that is the sentence's other figure (the part)
bears that one out and says nothing against the whole. Drafts and pages written for
these tests."""

from __future__ import annotations

import pytest
from judging import run

from factcheck.rulepacks.ruleset import RuleSet

URL = "https://news.example/2031/05/depot-stoppage.html"


@pytest.mark.parametrize(
    ("draft", "whole", "page"),
    [
        (
            "Nearly 90 of the 640 clerks at Corran Logistics stayed home on Monday",
            "640",
            "Nearly 90 employees at Corran Logistics stayed home on Monday.",
        ),
        (
            "Some 60 of the 450 drivers at Pellow Buses joined the stoppage",
            "450",
            "About 60 drivers at Pellow Buses joined the stoppage on Friday.",
        ),
        (
            "Only 12 of the 300 nurses at Aldmoor Hospital stayed on the wards",
            "300",
            "Just 12 nurses at Aldmoor Hospital stayed on the wards during the walkout.",
        ),
        (
            "Out of 800 dockers at Tarrow Port, 250 refused the overtime",
            "800",
            "About 250 dockers at Tarrow Port refused the overtime, the union said.",
        ),
        (
            "The walkout drew 300 of the 1,500 workers at the Brisa plant",
            "1,500",
            "The walkout drew 300 workers at the Brisa plant, the company said.",
        ),
        (
            "At Kelso Foods, 95 of its 700 packers signed the petition",
            "700",
            "At Kelso Foods, 95 packers signed the petition against the new rota.",
        ),
    ],
)
def test_the_part_says_nothing_against_the_whole(
    draft: str, whole: str, page: str, ruleset: RuleSet
) -> None:
    claims = run(f"{draft} ([report]({URL})).", {URL: f"<p>{page}</p>"}, ruleset)
    on_whole = [c for c in claims if c.claim.type == "quantity" and whole in c.claim.text]
    assert on_whole, [(c.claim.type, c.claim.text) for c in claims]
    assert all(c.verdict.label != "contradicted" for c in on_whole), [
        (c.claim.text, c.verdict.rationale) for c in on_whole
    ]


def test_a_whole_the_source_gives_otherwise_is_still_refuted(ruleset: RuleSet) -> None:
    draft = "Nearly 90 of the 640 clerks at Corran Logistics stayed home on Monday"
    page = (
        "<p>Nearly 90 clerks at Corran Logistics stayed home on Monday.</p>"
        "<p>Corran Logistics has about 2,300 clerks at the centre.</p>"
    )
    claims = run(f"{draft} ([report]({URL})).", {URL: page}, ruleset)
    labels = {c.claim.text: c.verdict.label for c in claims if c.claim.type == "quantity"}
    # The part is a claim of its own (tests/test_part_of_a_counted_whole.py), not refuted.
    assert labels["640 clerks"] == "contradicted", labels
    assert set(labels) == {"640 clerks", "Nearly 90"}, labels
    assert labels["Nearly 90"] != "contradicted", labels
