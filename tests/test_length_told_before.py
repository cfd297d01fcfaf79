"""A dispute's length told after the dispute was cited, in words that point back to it:
a pronoun standing for the sentence before ("The stoppage began on 6 April. It lasted
ten days"), a claim citing a press release on the settlement after a paragraph citing
the dispute's encyclopedia entry, a clause after the length telling what ended it
("before an agreement was signed"), an aside in brackets ("(sources below)"). Each is
set against the infobox's dates of the dispute cited before. The drafts and pages are
written for these tests."""

from __future__ import annotations

from typing import Any

import pytest
from judging import run, verdict

WIKI = "https://wiki.example/wiki/2032_Corlen_ferry_strike"
PAGE = """<html><head><title>2032 Corlen ferry strike - Wikipedia</title></head><body>
<main><h1>2032 Corlen ferry strike</h1>
<table class="infobox"><tr><th>Date</th><td>3 March 2032 – 28 March 2032</td></tr>
<tr><th>Parties</th><td>Deckhands' Guild of Corlen; Corlen Island Ferries</td></tr></table>
<p>The 2032 Corlen ferry strike was a walkout by deckhands of the Deckhands' Guild of
Corlen against Corlen Island Ferries over rest periods.</p>
</main></body></html>"""
PRESS = "https://guild.example/news/2032/03/29/return.html"
RELEASE = """<html><head><title>Deckhands return with new rest rota | Guild news</title>
</head><body><main><h1>Deckhands return with new rest rota</h1>
<p>Members of the guild went back to the boats this morning after accepting the new rest
rota offered by the operator.</p></main></body></html>"""
OPENING = (
    "Deckhands of the Deckhands' Guild of Corlen walked out against Corlen Island Ferries"
    f" in March 2032 ([background]({WIKI})).\n\n"
)


@pytest.mark.parametrize(
    ("told", "expected"),
    [
        ("The stoppage began on 3 March 2032. It lasted ten days.", "contradicted"),
        ("The walkouts began on 3 March 2032. They went on for ten days.", "contradicted"),
        ("The stoppage began on 3 March 2032. It dragged on for ten days.", "contradicted"),
        ("The stoppage began on 3 March 2032. It lasted 26 days.", "supported"),
    ],
)
def test_a_pronoun_stands_for_the_dispute_told_before(
    told: str, expected: str, ruleset: Any
) -> None:
    claims = run(f"# Ferries\n\n{OPENING}{told}\n", {WIKI: PAGE}, ruleset, wrap=False)
    found = verdict(claims, "quantity", told.split(". ")[1][:12])
    assert found.verdict.label == expected, found.verdict.rationale


@pytest.mark.parametrize(
    "sentence",
    [
        "The strike lasted ten days before the operator gave way",
        "The walkout ran for ten days, the guild said",
        "The stoppage went on for ten days",
    ],
)
def test_a_claim_citing_a_release_still_meets_the_dispute_cited_before(
    sentence: str, ruleset: Any
) -> None:
    draft = f"# Ferries\n\n{OPENING}{sentence} ([guild]({PRESS})).\n"
    claims = run(draft, {WIKI: PAGE, PRESS: RELEASE}, ruleset, wrap=False)
    found = verdict(claims, "quantity", sentence[:12])
    assert found.verdict.label == "contradicted", found.verdict.rationale


@pytest.mark.parametrize(
    "told",
    [
        "It lasted ten days before agreement was reached.",
        "It ran for ten days until an accord was signed.",
        "It went on for ten days until contract terms were agreed.",
    ],
)
def test_what_ended_a_length_is_not_what_it_is_of(told: str, ruleset: Any) -> None:
    draft = f"# Ferries\n\n{OPENING}The stoppage began on 3 March 2032. {told}\n"
    claims = run(draft, {WIKI: PAGE}, ruleset, wrap=False)
    found = verdict(claims, "quantity", told[:10])
    assert found.verdict.label == "contradicted", found.verdict.rationale


@pytest.mark.parametrize(
    "sentence",
    [
        "The strike lasted ten days, the guild said ([release]({PRESS})) (Sources below).",
        "The strike lasted ten days ([release]({PRESS}); see Notes at the end).",
        "The strike lasted ten days, the guild said (Background in Links) ([release]({PRESS})).",
    ],
)
def test_an_aside_in_brackets_names_no_other_dispute(sentence: str, ruleset: Any) -> None:
    draft = f"# Ferries\n\n{OPENING}{sentence.format(PRESS=PRESS)}\n"
    claims = run(draft, {WIKI: PAGE, PRESS: RELEASE}, ruleset, wrap=False)
    found = verdict(claims, "quantity", "lasted ten")
    assert found.verdict.label == "contradicted", found.verdict.rationale


@pytest.mark.parametrize(
    "told",
    [
        "In 2029, a bus stoppage at Harl Coaches began on 2 May. It lasted ten days.",
        "A lockout at Brinmoor Quarries began on 2 May. It went on for ten days.",
        "Porters at Ostley Market walked out on 2 May. They stayed out for ten days.",
    ],
)
def test_a_pronoun_after_another_dispute_is_not_this_one(told: str, ruleset: Any) -> None:
    claims = run(f"# Ferries\n\n{OPENING}{told}\n", {WIKI: PAGE}, ruleset, wrap=False)
    found = verdict(claims, "quantity", told.split(". ")[1][:10])
    assert found.verdict.label == "unverified", found.verdict.rationale


@pytest.mark.parametrize(
    ("told", "expected"),
    [
        ("The action began on 10 March 2032.", "contradicted"),
        ("The protest started on 10 March 2032.", "contradicted"),
        ("The campaign ended on 20 March 2032.", "contradicted"),
        ("The action began on 3 March 2032.", "supported"),
    ],
)
def test_a_definite_noun_stands_for_the_dispute_told_before(
    told: str, expected: str, ruleset: Any
) -> None:
    # "The action" names no dispute of its own: it is the walkout the sentence before
    # told, the one whose encyclopedia entry that sentence cites.
    claims = run(f"# Ferries\n\n{OPENING}{told}\n", {WIKI: PAGE}, ruleset, wrap=False)
    found = verdict(claims, "date", told[:12])
    assert found.verdict.label == expected, found.verdict.rationale


@pytest.mark.parametrize(
    ("told", "expected"),
    [
        ("That dispute dragged on until May 2032, when a new rota was agreed.", "contradicted"),
        ("That stoppage went on until 9 April 2032.", "contradicted"),
        ("That dispute dragged on until March 2032, when a new rota was agreed.", "supported"),
    ],
)
def test_that_dispute_stands_for_the_one_told_before(
    told: str, expected: str, ruleset: Any
) -> None:
    # "That dispute" points back as "it" does: its end is the infobox's last day.
    claims = run(f"# Ferries\n\n{OPENING}{told}\n", {WIKI: PAGE}, ruleset, wrap=False)
    found = verdict(claims, "date", " until ")
    assert found.verdict.label == expected, found.verdict.rationale


def test_that_after_another_dispute_is_not_this_one(ruleset: Any) -> None:
    told = "A lockout at Brinmoor Quarries began in 2029. That dispute dragged on until May 2032."
    claims = run(f"# Ferries\n\n{OPENING}{told}\n", {WIKI: PAGE}, ruleset, wrap=False)
    found = verdict(claims, "date", "dragged on until")
    assert found.verdict.label != "contradicted", found.verdict.rationale
