"""Dates of a deal struck, told by whichever verb ("the dispute was settled", "the two
sides shook hands", "reached an agreement", "a pact was signed"), read against one another;
a deal in principle is told apart from the final one, and a contract named after a
preposition ("struck over the contract") is no deal. Dates written with a month cut short
("Oct. 30", "Sept. 4") are read by the rules that want a month's name. Sentences and pages
written for these tests."""

from __future__ import annotations

import pytest
from judging import dated_events, run, verdict

from factcheck.evidence.quantities import _deal_struck
from factcheck.rulepacks.ruleset import RuleSet


@pytest.mark.parametrize(
    ("text", "found"),
    [
        ("The dock stoppage wound down on Nov. 18, after a vote.", ("wound", "????-11-18")),
        ("The ferry lease was quietly extended until Sept. 12, 2031.", ("extended", "2031-09-12")),
        ("On Feb. 3, the council voted to reopen the depot.", ("voted", "????-02-03")),
    ],
)
def test_a_month_cut_short_is_read_as_its_month(
    text: str, found: tuple[str, str], ruleset: RuleSet
) -> None:
    assert found in dated_events(text, ruleset)


@pytest.mark.parametrize(
    ("event", "told", "kind"),
    [
        ("settled", "The bus dispute was settled on 9 May", "final"),
        ("shook", "The two sides shook hands on 9 May", "final"),
        ("reached", "Harwell Foods and the union reached a wage agreement on 9 May", "final"),
        ("was signed", "A new accord was signed on 9 May", "final"),
        ("struck", "The board struck a deal in principle on 9 May", "tentative"),
        ("announced", "The guild announced a tentative agreement on 9 May", "tentative"),
        ("struck", "Porters struck over the contract on 9 May", None),
        ("reached", "The convoy reached the border on 9 May", None),
        ("signed", "Lena Varga signed for the club on 9 May", None),
    ],
)
def test_a_deal_struck_by_any_verb(event: str, told: str, kind: str | None) -> None:
    assert _deal_struck(event, told) == kind


URL = "https://news.marlow-courier.example/2026/05/11/bus-deal.html"


def _page(sentence: str) -> str:
    return (
        "<h1>Marlow bus drivers end dispute</h1>"
        "<p>Bus drivers at Marlow Transit will return to normal rosters next week.</p>"
        f"<p>{sentence}</p>"
    )


def _date_verdict(draft_sentence: str, page_sentence: str, ruleset: RuleSet) -> str:
    draft = f"# Buses\n\n{draft_sentence} ([story]({URL})).\n"
    return verdict(run(draft, {URL: _page(page_sentence)}, ruleset), "date").verdict.label


@pytest.mark.parametrize(
    ("said", "page", "label"),
    [
        (
            "The Marlow Transit dispute was finally settled on 7 May 2026",
            "Marlow Transit and the drivers' union reached a pay agreement on 9 May 2026.",
            "contradicted",
        ),
        (
            "Marlow Transit and the union shook hands on 9 May 2026",
            "A pay agreement was signed by Marlow Transit and the union on 9 May 2026.",
            "supported",
        ),
        (
            "Marlow Transit and the union sealed the deal on 7 May 2026",
            "Marlow Transit and the drivers' union reached a pay agreement on 9 May 2026.",
            "contradicted",
        ),
    ],
)
def test_a_deal_dated_by_another_verb_on_the_page(
    said: str, page: str, label: str, ruleset: RuleSet
) -> None:
    assert _date_verdict(said, page, ruleset) == label


def test_a_deal_in_principle_is_not_the_signed_deal(ruleset: RuleSet) -> None:
    got = _date_verdict(
        "Marlow Transit and the union struck a tentative deal on 2 May 2026",
        "A final pay agreement was signed by Marlow Transit and the union on 9 May 2026.",
        ruleset,
    )
    assert got != "contradicted"


@pytest.mark.parametrize(
    ("text", "last"),
    [
        ("The porters will hold a 48-hour stoppage on 11 and 12 June, the union said.", "06-12"),
        ("Lecturers plan walkouts on 3–4 February 2031 at four campuses.", "2031-02-04"),
        ("Drivers at Kelso Buses struck on 20 & 21 August after talks failed.", "08-21"),
    ],
)
def test_two_days_of_one_month_after_on_are_a_span(text: str, last: str, ruleset: RuleSet) -> None:
    assert any(
        event == "ends" and date is not None and date.endswith(last)
        for event, date in dated_events(text, ruleset)
    )


def test_a_span_after_on_is_refuted_by_the_pages_other_span(ruleset: RuleSet) -> None:
    got = _date_verdict(
        "Marlow Transit drivers will hold a 48-hour walkout on 18 and 19 May 2026",
        "Marlow Transit drivers will hold a 48-hour walkout on 11 and 12 May 2026, the union said.",
        ruleset,
    )
    assert got == "contradicted"


@pytest.mark.parametrize(
    ("said", "label"),
    [
        ("The Marlow Transit strike wrapped up on 9 May 2026", "contradicted"),
        ("The Marlow Transit strike wound down on 9 May 2026", "contradicted"),
        ("The Marlow Transit strike wrapped up on 12 May 2026", "supported"),
    ],
)
def test_a_strike_wrapped_up_or_wound_down_is_its_end(
    said: str, label: str, ruleset: RuleSet
) -> None:
    page = "The Marlow Transit strike ended on 12 May 2026, after drivers voted to accept."
    assert _date_verdict(said, page, ruleset) == label
