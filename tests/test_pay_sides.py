"""A pay figure one side of a bargain asks for, or puts on the table, is read only against
a figure of that side: an offer is no pay now and pay now is no demand, so a page giving
only the pay as it is (or as settled) neither backs nor refutes an offer or a demand, and
a demand on a page says nothing of the pay now. The pages and drafts are written for
these tests."""

from __future__ import annotations

from typing import Any

import pytest
from judging import run

from factcheck.evidence.pay_sides import pay_side

URL = "http://harbourlight.test/union/bulletin-12"


def _labels(sentence: str, page: str, ruleset: Any) -> list[str]:
    draft = f"# Dispute\n\n{sentence} ([bulletin]({URL}))\n"
    return [c.verdict.label for c in run(draft, {URL: page}, ruleset) if c.claim.type == "salary"]


@pytest.mark.parametrize(
    ("text", "figure", "side"),
    [
        ("Management at Pellworth has tabled $41.20 an hour for riggers.", "$41.20", "offer"),
        ("The firm's latest offer of €2,310 a month fell flat.", "€2,310", "offer"),
        ("Riggers are holding out for $47 an hour.", "$47", "demand"),
        ("The $47 an hour the riggers want is out of reach.", "$47", "demand"),
        ("The guild wants 6%, or at least £90 a week for the lowest paid.", "£90", "demand"),
        ("The riggers' demands are plain: $47 an hour and a pension.", "$47", "demand"),
        ("Pellworth's counter-offer: $41.20 an hour over two years.", "$41.20", "offer"),
        # Pay as it is, after a demand in the same clause: "up from" ends the demand.
        ("Riggers seek $47 an hour, up from the $39 they are paid.", "$39", None),
        ("Riggers are paid $39 an hour today.", "$39", None),
        # A posting that seeks a worker asks for the worker, not for the pay.
        ("Pellworth is seeking an experienced rigger at $39 an hour.", "$39", None),
        ("The post offers $39 an hour.", "$39", None),
        # A verb after "and" has a predicate of its own: what it asks for is not the pay.
        ("The post pays $39 an hour and asks for a crane ticket.", "$39", None),
        ("The post offers $39 an hour but demands weekend cover.", "$39", None),
        ("Riggers who join this spring are offered $39 an hour.", "$39", None),
        ("The $39 an hour offered to new riggers is low.", "$39", None),
        ("The $43 an hour Pellworth has offered is low.", "$43", "offer"),
        # What an advert or a job offers is the job's pay, in any tense or form.
        ("The listing offered basic pay of $39 an hour.", "$39", None),
        ("Pellworth's advert for riggers has offered $39 an hour since May.", "$39", None),
        ("New riggers get a job offer of $39 an hour.", "$39", None),
        (
            "According to the vacancy, which offered up to $39 an hour, shifts are long.",
            "$39",
            None,
        ),
        # Not a company that names its jobs: "Pellworth's job cuts" are no advert, but
        # "management" is the side that offers.
        ("After the job cuts, management offered riggers $41 an hour.", "$41", "offer"),
    ],
)
def test_the_side_a_figure_is_told_of(ruleset: Any, text: str, figure: str, side: str) -> None:
    at = text.index(figure)
    assert pay_side(text, at, at + len(figure), ruleset.knowledge) == side


PAY_NOW = (
    "<p>Pellworth Marine riggers went on strike on Tuesday.</p>"
    "<p>Riggers at Pellworth Marine are paid $39 an hour at present.</p>"
)


@pytest.mark.parametrize(
    "sentence",
    [
        "Pellworth Marine has offered its riggers $43 an hour.",
        "Pellworth Marine tabled $43 an hour for riggers last week.",
        "The latest offer of $43 an hour from Pellworth Marine was rejected by riggers.",
    ],
)
def test_an_offer_is_not_refuted_by_the_pay_now(ruleset: Any, sentence: str) -> None:
    assert _labels(sentence, PAY_NOW, ruleset) == ["unverified"]


def test_an_offer_is_read_against_the_offer_the_page_gives(ruleset: Any) -> None:
    page = PAY_NOW + "<p>Pellworth Marine has offered riggers $41 an hour.</p>"
    sentence = "Pellworth Marine has offered its riggers $43 an hour."
    assert _labels(sentence, page, ruleset) == ["contradicted"]
    sentence = "Pellworth Marine has offered its riggers $41 an hour."
    assert _labels(sentence, page, ruleset) == ["supported"]


def test_a_demand_is_not_refuted_by_a_settled_floor(ruleset: Any) -> None:
    page = (
        "<p>Nurses at Calloway Health approved a deal on Friday.</p>"
        "<p>Under the deal, nurses at Calloway Health get a floor of £1,940 a month.</p>"
    )
    sentence = "The nurses at Calloway Health had been asking for at least £2,200 a month."
    assert _labels(sentence, page, ruleset) == ["unverified"]


def test_a_demand_on_the_page_says_nothing_of_the_pay_now(ruleset: Any) -> None:
    page = (
        "<p>Pellworth Marine riggers went on strike on Tuesday.</p>"
        "<p>The riggers at Pellworth Marine are demanding $47 an hour.</p>"
    )
    assert _labels("Pellworth Marine riggers earn $47 an hour.", page, ruleset) == ["unverified"]
    assert _labels("Pellworth Marine riggers want $47 an hour.", page, ruleset) == ["supported"]


def test_pay_an_offer_would_bring_is_read_against_the_offer(ruleset: Any) -> None:
    page = (
        "<p>Pellworth Marine riggers went on strike on Tuesday.</p>"
        "<p>The offer would take the basic pay of Pellworth Marine riggers to $44 an hour.</p>"
    )
    sentence = "Pellworth Marine says its plan would lift riggers' basic pay to $44 an hour."
    assert _labels(sentence, page, ruleset) == ["supported"]


POSTING = (
    "<h1>Night Porter</h1><p>Harbourlight Hotels is hiring a Night Porter for its quay hotel."
    "</p><p>Salary: £23,100 per year, paid monthly.</p>"
)


@pytest.mark.parametrize(
    ("sentence", "label"),
    [
        ("The posting offered basic pay of £25,000 a year.", "contradicted"),
        ("The advert for the porter's job offered £23,100 a year.", "supported"),
        ("That listing, which offered £28,500 a year, closed in June.", "contradicted"),
    ],
)
def test_what_an_advert_offers_is_read_against_its_pay(
    sentence: str, label: str, ruleset: Any
) -> None:
    draft = (
        "# Hotels\n\nHarbourlight Hotels is advertising for a night porter "
        f"([job]({URL})). {sentence}\n"
    )
    claims = [c for c in run(draft, {URL: POSTING}, ruleset) if c.claim.type == "salary"]
    assert [c.verdict.label for c in claims] == [label]
