"""Strikers named by their trades: a list of trades is one party ("fitters, welders,
riggers and crane drivers"), and a wider trade takes in the trades of its kind (lexicon
``trades``): "journalists" are a page's reporters and sub-editors, "cabin crew" its
flight attendants, and "the newsroom" is among its journalists. A page that says one
trade did not strike denies nothing of the wider trade that takes it in, and one trade
is not another of its kind. Drafts and pages written for these tests."""

from __future__ import annotations

import pytest
from judging import run, verdict

from factcheck.claims.extract import extract_claims
from factcheck.reading import parse_article
from factcheck.rulepacks.ruleset import RuleSet

URL = "http://labour.test/trades"


def _strikers(text: str, ruleset: RuleSet) -> list[object]:
    article = parse_article(f"# Labour\n\n{text}\n", "d.md", "markdown")
    return [c.fields["strikers"] for c in extract_claims(article, ruleset) if c.type == "strike"]


@pytest.mark.parametrize(
    ("text", "strikers"),
    [
        (
            "Some 300 fitters, welders, riggers and crane drivers at Pellow Yard walked out.",
            "fitters, welders, riggers and crane drivers",
        ),
        (
            "Porters, cooks or ward clerks at Tessel Infirmary downed tools.",
            "Porters, cooks or ward clerks",
        ),
        # Not every plural is a trade: the list is the workers' only.
        (
            "After weeks of talks, drivers and conductors at Orla Buses walked out.",
            "drivers and conductors",
        ),
    ],
)
def test_a_list_of_trades_is_one_party(text: str, strikers: str, ruleset: RuleSet) -> None:
    assert _strikers(text, ruleset) == [[strikers]]


def test_a_plural_possessive_names_the_employer(ruleset: RuleSet) -> None:
    article = parse_article(
        "# Labour\n\nLindqvist Bakeries' own delivery drivers joined the walkout.\n",
        "d.md",
        "markdown",
    )
    found = [dict(c.fields) for c in extract_claims(article, ruleset) if c.type == "strike"]
    assert found[0]["strikers"] == ["delivery drivers"]
    assert "Lindqvist Bakeries" in list(found[0]["against"])


def _label(claim: str, page: str, ruleset: RuleSet, words: str = "") -> tuple[str, str]:
    html = f"<html><head><title>Stoppage</title></head><body><h1>Stoppage</h1>{page}</body></html>"
    draft = f"# Dispute\n\n{claim} ([report]({URL}))\n"
    found = verdict(run(draft, {URL: html}, ruleset, wrap=False), "strike", words)
    return found.verdict.label, found.verdict.rationale


@pytest.mark.parametrize(
    ("claim", "page"),
    [
        (
            "Journalists at the Marlow Gazette walked out on Tuesday.",
            "<p>About 60 reporters, sub-editors and photographers at the Marlow Gazette "
            "walked off the job on Tuesday over a pay freeze.</p>",
        ),
        (
            "Cabin crew at Ostra Air went on strike for two days.",
            "<p>Flight attendants at Ostra Air staged a two-day strike over rosters.</p>",
        ),
    ],
)
def test_a_wider_trade_is_borne_out_by_its_trades(claim: str, page: str, ruleset: RuleSet) -> None:
    label, why = _label(claim, page, ruleset)
    assert label == "supported", why


def test_one_trade_is_not_another_of_its_kind(ruleset: RuleSet) -> None:
    page = "<p>Reporters at the Marlow Gazette walked off the job on Tuesday.</p>"
    label, why = _label("Photographers at the Marlow Gazette walked out on Tuesday.", page, ruleset)
    assert label != "supported", why


def test_a_denial_of_the_wider_trade_denies_its_newsroom(ruleset: RuleSet) -> None:
    page = (
        "<p>Reporters at the Marlow Gazette walked off the job on Tuesday.</p>"
        "<p>Journalists at the Dunbar Echo, a sister paper, were not part of the action.</p>"
    )
    label, why = _label("The Dunbar Echo newsroom walked out as well.", page, ruleset)
    assert label == "contradicted", why


def test_a_denial_of_one_trade_leaves_the_wider_one_standing(ruleset: RuleSet) -> None:
    page = (
        "<p>Teaching assistants at Tessel University walked out on Monday over stipends.</p>"
        "<p>Tutors at Tessel University did not join the strike.</p>"
    )
    label, why = _label(
        "Academic workers at Tessel University walked out on Monday.", page, ruleset
    )
    assert label == "supported", why


@pytest.mark.parametrize(
    ("text", "employer"),
    [
        ("Halvard Air's Danish cabin crew went on strike in June.", "Halvard Air"),
        ("Baggage handlers at Orla Air's six Italian bases walked out.", "Orla Air"),
    ],
)
def test_a_people_s_adjective_is_no_employer(text: str, employer: str, ruleset: RuleSet) -> None:
    article = parse_article(f"# Labour\n\n{text}\n", "d.md", "markdown")
    found = [dict(c.fields) for c in extract_claims(article, ruleset) if c.type == "strike"]
    assert found, text
    assert list(found[0]["against"]) == [employer]


def test_workers_who_stayed_at_work_deny_their_strike(ruleset: RuleSet) -> None:
    page = "<p>Cabin crew at Ostra Air held three days of strikes in July.</p>"
    claim = "Ostra Air's cabin crew stayed at work as the pickets went up outside."
    label, why = _label(claim, page, ruleset, "stayed")
    assert label == "contradicted", why


def test_a_wider_trade_of_another_employer_is_another_party(ruleset: RuleSet) -> None:
    page = (
        "<p>Baggage handlers at Corvo Handling walked off the job for a day on Friday.</p>"
        "<p>Ostra Air ground staff did not join the strike, the airline said.</p>"
    )
    label, why = _label("Baggage handlers at Corvo Handling walked out on Friday.", page, ruleset)
    assert label == "supported", why


def test_a_trade_calls_its_strike_through_its_union(ruleset: RuleSet) -> None:
    page = (
        "<p>The 2031 Orla Trams strikes were a series of stoppages by tram drivers "
        "employed by Orla Trams at its four depots.</p>"
        "<p>The strikes, called by the unions KTU and OTF, began on 3 May 2031.</p>"
    )
    claim = "The stoppages called by tram drivers in May 2031 are still the benchmark."
    label, why = _label(claim, page, ruleset)
    assert label == "supported", why
