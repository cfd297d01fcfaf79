"""A firm named after its founder with his given name shortened the old way or an
initial ("Wm. Tarrant & Sons", "Geo. K. Pellow Company", "Jas. R. Orme Ltd") is one
party: the full stop inside its name ends neither the sentence nor the party's name.
Names with letters beyond a-z ("Scierie Mégantic-Sud ltée") and a legal form written
small with its point ("inc.") are the same party as their short form. Every name below
is invented for these tests."""

from __future__ import annotations

from typing import Any

import pytest
from judging import verdict_on
from test_claim_forms import fields_of

from factcheck.evidence.strikes import same_party
from factcheck.reading.sentences import sentence_spans


def _sentences(text: str) -> list[str]:
    return [text[a:b] for a, b in sentence_spans(text, 0, len(text))]


@pytest.mark.parametrize(
    "text",
    [
        "Dockers struck against Wm. Tarrant & Sons at the wharf in Hull.",
        "The mill of Geo. K. Pellow Company in Ontario closed for a week.",
        "Bakers walked out at Chas. Ruddle Ltd in Cork on Friday.",
        "Brewers at Jas. R. Orme Ltd in Leeds voted to strike.",
    ],
)
def test_a_shortened_given_name_ends_no_sentence(text: str) -> None:
    assert _sentences(text) == [text]


def test_a_given_name_written_out_still_ends_a_sentence() -> None:
    text = "The award went to Peter. Shares fell on Monday."
    assert len(_sentences(text)) == 2


@pytest.mark.parametrize(
    ("text", "employer"),
    [
        ("Dockers struck against Wm. Tarrant & Sons at the wharf in Hull.", "Wm. Tarrant & Sons"),
        (
            "It was a strike by the Kessel Foundry Union against Geo. K. Pellow Company.",
            "Geo. K. Pellow Company",
        ),
        (
            "The walkout by the Brewery Workers Guild against Jas. R. Orme Ltd lasted a week.",
            "Jas. R. Orme Ltd",
        ),
    ],
)
def test_the_firm_named_after_its_founder_is_one_party(
    text: str, employer: str, ruleset: Any
) -> None:
    fields = fields_of(text, "strike", ruleset)
    assert employer in fields["against"], fields


@pytest.mark.parametrize(
    ("short", "long"),
    [
        ("Mégantic-Sud", "Scierie Mégantic-Sud ltée"),
        ("Bois Éclair", "Les Produits Bois Éclair inc."),
        ("Tōrea Dairy", "Tōrea Dairy Co."),
    ],
)
def test_a_name_with_accents_and_a_small_legal_form_is_its_short_form(
    short: str, long: str
) -> None:
    assert same_party(short, long)
    assert same_party(long, short)


def test_accented_names_that_differ_stay_apart() -> None:
    assert not same_party("Mégantic-Sud", "Scierie Mégantic-Nord ltée")


PELLOW = {
    "https://wiki.example.org/pellow-strike": (
        "<p>The 1978 Pellow strike was a walkout by the Kessel Foundry Union "
        "against Geo. K. Pellow Company at its foundry in Brantmoor, Ontario.</p>"
        "<p>The walkout began on 3 April 1978.</p>"
    )
}


def test_a_story_naming_the_firm_in_full_bears_out_its_short_name(ruleset: Any) -> None:
    judged = verdict_on(
        "In April 1978 members of the Kessel Foundry Union walked off the job at Pellow's "
        "foundry ([wiki](https://wiki.example.org/pellow-strike)).",
        PELLOW,
        ruleset,
        "strike",
    )
    assert judged.label != "contradicted", judged.rationale
