"""A dispute's length told in words that point back to a dispute the article told
before: a verb of extent ("stretched across", "extended over", "played out over"), a
definite noun ("the campaign", "the protest", "the bans") after a short opening phrase
("Taken together, ..."), a dispute told two sentences back rather than in the sentence before;
and lengths told in hours whose party the claim's paragraph names only by an acronym or
by the first word of a name the article gave in full. The drafts and pages are written
for these tests."""

from __future__ import annotations

from typing import Any

import pytest
from judging import run, verdict

WIKI = "https://wiki.example/wiki/2031_Varrow_signal_staff_overtime_bans"
PAGE = """<html><head><title>2031 Varrow signal staff overtime bans - Wikipedia</title>
</head><body><main><h1>2031 Varrow signal staff overtime bans</h1>
<table class="infobox"><tr><th>Date</th><td>2 June 2031 – 21 July 2031<br>(50 days)</td></tr>
<tr><th>Parties</th><td>Signal Workers' Guild of Varrow; Varrow Rail Network</td></tr></table>
<p>The 2031 Varrow signal staff overtime bans were a campaign of overtime bans by members
of the Signal Workers' Guild of Varrow against Varrow Rail Network over rest days.</p>
</main></body></html>"""
OPENING = (
    "Members of the Signal Workers' Guild of Varrow refused overtime and went on strike"
    f" against Varrow Rail Network in June 2031 ([background]({WIKI})).\n\n"
)


@pytest.mark.parametrize(
    "sentence",
    [
        "Taken together, the bans stretched across eleven weeks.",
        "In the end, the bans extended over eleven weeks.",
        "The action played out over eleven weeks.",
    ],
)
def test_a_length_told_by_a_verb_of_extent_meets_the_infobox(sentence: str, ruleset: Any) -> None:
    told = f"# Rail\n\n{OPENING}The bans began on 2 June 2031. {sentence}\n"
    found = verdict(run(told, {WIKI: PAGE}, ruleset, wrap=False), "quantity", "eleven")
    assert found.verdict.label == "contradicted", found.verdict.rationale
    assert "50 days" in found.verdict.rationale


@pytest.mark.parametrize(
    "sentence",
    [
        "Over the summer, the campaign spanned seven weeks.",
        "Altogether, the protest lasted seven weeks.",
    ],
)
def test_a_length_that_fits_the_infobox_is_supported(sentence: str, ruleset: Any) -> None:
    told = f"# Rail\n\n{OPENING}The bans began on 2 June 2031. {sentence}\n"
    found = verdict(run(told, {WIKI: PAGE}, ruleset, wrap=False), "quantity", "seven")
    assert found.verdict.label == "supported", found.verdict.rationale


@pytest.mark.parametrize(
    "sentence",
    [
        "The protest went on for three weeks until ministers relented.",
        "The campaign lasted three weeks in all.",
        "The action went on for three weeks.",
    ],
)
def test_a_definite_noun_stands_for_the_dispute_told_sentences_before(
    sentence: str, ruleset: Any
) -> None:
    # The sentence just before tells no dispute of the page's title; the one before it does.
    between = "Booking offices shut early and the night freight was cancelled."
    told = f"# Rail\n\n{OPENING.strip()} {between}\n\n{sentence}\n"
    found = verdict(run(told, {WIKI: PAGE}, ruleset, wrap=False), "quantity", "three weeks")
    assert found.verdict.label == "contradicted", found.verdict.rationale


NEWS = "https://courier.example/news/2032/05/04/porters-walk-out.html"
STORY = """<h1>Porters at Elmfield Infirmary begin 72-hour walkout</h1>
<p>About 150 porters at Elmfield Infirmary, all members of the TGWU, began a 72-hour
walkout on Monday in a dispute with Brantwick Support Services, the contractor that
employs them.</p>"""


@pytest.mark.parametrize(
    "sentence",
    [
        # The party by the first word of its name, given in full before.
        "Pickets say the walkout will last 48 hours unless Brantwick reopens talks.",
        # By the union's acronym.
        "The TGWU said its walkout was set to last 48 hours.",
        "According to the TGWU, the walkout will last 36 hours.",
    ],
)
def test_hours_apart_refute_a_party_named_by_a_short_form(sentence: str, ruleset: Any) -> None:
    opening = (
        "Porters employed by Brantwick Support Services at Elmfield Infirmary walked out"
        f" on Monday ([Courier]({NEWS}))."
    )
    claims = run(f"# Porters\n\n{opening}\n\n{sentence}\n", {NEWS: STORY}, ruleset)
    found = verdict(claims, "quantity", "hours")
    assert found.verdict.label == "contradicted", found.verdict.rationale
    assert "72" in found.verdict.rationale


def test_a_one_word_name_the_article_never_gave_in_full_refutes_nothing(ruleset: Any) -> None:
    # "Halwick" abbreviates no name given before: the page's stoppage is not surely its.
    opening = f"Porters at a hospital in the north walked out on Monday ([Courier]({NEWS}))."
    sentence = "The walkout at Halwick is set to run for 48 hours."
    claims = run(f"# Porters\n\n{opening}\n\n{sentence}\n", {NEWS: STORY}, ruleset)
    found = verdict(claims, "quantity", "hours")
    assert found.verdict.label != "contradicted", found.verdict.rationale
