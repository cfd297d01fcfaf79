"""Whose pay a page gives, and which figure of it a claim is read against: an item of a
list is told by the line it hangs from ("What we are asking for:"); a sentence that sets
"that" or "it" at a new figure points back to the pay of the sentence before; the least
a side asks for is the figure it asks for; two minimums that differ are a conflict, not a
bound met; and pay moved "from X to Y" is a change even when the letter of the currency
is glued to the figure ("R5,980") or the verb stands far back. The pages and drafts are
written for these tests."""

from __future__ import annotations

from typing import Any

import pytest
from judging import run

from factcheck.evidence.pay_sides import pay_side
from factcheck.evidence.pay_times import when

URL = "http://tollgate.test/union/notice-7"


def _labels(sentence: str, page: str, ruleset: Any) -> list[str]:
    draft = f"# Dispute\n\n{sentence} ([notice]({URL}))\n"
    return [c.verdict.label for c in run(draft, {URL: page}, ruleset) if c.claim.type == "salary"]


LISTED = (
    "<p>Cleaners at Orrin Facilities will stop work on Monday across the north depot.</p>"
    "<p>{lead}</p><ul><li>{first}</li><li>{second}</li></ul>"
)


@pytest.mark.parametrize(
    ("lead", "first", "second"),
    [
        (
            "What we are asking for:",
            "an hourly floor of €12.40 gross for every hour on site;",
            "paid breaks",
        ),
        (
            "We are calling for:",
            "sick pay from the first day;",
            "an hourly floor of €12.40 gross for every hour on site",
        ),
    ],
)
def test_a_listed_demand_is_told_by_its_lead_in(
    ruleset: Any, lead: str, first: str, second: str
) -> None:
    page = LISTED.format(lead=lead, first=first, second=second)
    said = "What they want is plain: an hourly floor of €{} for cleaners at Orrin Facilities."
    assert _labels(said.format("12.40"), page, ruleset) == ["supported"]
    assert _labels(said.format("13.50"), page, ruleset) == ["contradicted"]


def test_a_list_without_a_demand_in_its_lead_in_is_pay_as_it_is(ruleset: Any) -> None:
    page = LISTED.format(
        lead="Pay at the depot today:",
        first="an hourly floor of €12.40 gross for every hour on site;",
        second="paid breaks",
    )
    said = "What they want is plain: an hourly floor of €13.50 for cleaners at Orrin Facilities."
    assert _labels(said, page, ruleset) == ["unverified"]


@pytest.mark.parametrize(
    "pointing",
    [
        "The union wants that lifted to $540.",
        "The union has asked for it to be raised to $540.",
        "The union wants it to go up to $540.",
    ],
)
def test_a_figure_pointing_back_to_pay(ruleset: Any, pointing: str) -> None:
    page = (
        "<p>Set builders at Karori Studios walked out on Thursday.</p>"
        "<p>Set builders at Karori Studios have been on $470 for a ten-hour day since 2022.</p>"
        f"<p>{pointing}</p>"
    )
    said = "Set builders at Karori Studios are demanding a daily minimum of ${}."
    assert _labels(said.format("540"), page, ruleset) == ["supported"]
    assert _labels(said.format("560"), page, ruleset) == ["contradicted"]


def test_a_far_sum_is_not_pay_pointed_back_to(ruleset: Any) -> None:
    page = (
        "<p>Set builders at Karori Studios have been on $470 for a ten-hour day since 2022.</p>"
        "<p>The studio wants that raised to $5,000 for the new stage.</p>"
    )
    said = "Set builders at Karori Studios are demanding a daily minimum of $560."
    assert _labels(said, page, ruleset) == ["unverified"]


@pytest.mark.parametrize(
    "claimed",
    [
        "Pickers at Ostrava Fresh are seeking {} per crate.",
        "Pickers at Ostrava Fresh are demanding {} a crate this season.",
    ],
)
def test_the_least_a_side_asks_for_is_its_figure(ruleset: Any, claimed: str) -> None:
    page = "<p>Pickers at Ostrava Fresh are demanding at least €1.20 per crate, up from €0.95.</p>"
    assert _labels(claimed.format("€1.20"), page, ruleset) == ["supported"]
    assert _labels(claimed.format("€1.60"), page, ruleset) == ["contradicted"]


def test_pay_at_least_a_figure_is_still_a_bound(ruleset: Any) -> None:
    page = "<p>Pickers at Ostrava Fresh earn at least €11 an hour this season.</p>"
    said = "Pickers at Ostrava Fresh earn €12 an hour."
    assert _labels(said, page, ruleset) != ["contradicted"]


@pytest.mark.parametrize(
    "page_line",
    [
        "Porters at the Delmar Hotel earn a minimum of R7,100 a month.",
        "At the Delmar Hotel, the minimum for porters stands at R7,100 a month.",
    ],
)
def test_two_minimums_that_differ(ruleset: Any, page_line: str) -> None:
    page = f"<p>{page_line}</p>"
    said = "Until the deal, porters at the Delmar Hotel earned a minimum of {} a month."
    assert _labels(said.format("R6,200"), page, ruleset) == ["contradicted"]
    assert _labels(said.format("R7,100"), page, ruleset) == ["supported"]


def test_a_start_below_pay_that_names_no_minimum(ruleset: Any) -> None:
    page = "<p>Porters at the Delmar Hotel earn R7,100 a month on average.</p>"
    said = "Porters at the Delmar Hotel earn a minimum of R6,200 a month."
    assert _labels(said, page, ruleset) == ["supported"]


@pytest.mark.parametrize(
    "text",
    [
        "the floor for porters will rise from R5,980 to R6,310 a month",
        "the deal lifts the minimum day rate for riggers, grips and lighting and sound "
        "assistants on every stage from $415 to $445",
    ],
)
def test_a_change_from_one_figure_to_another(text: str) -> None:
    at = text.index(" from ") + 1
    assert when(text, at, len(text)).change


def test_demanding_as_a_word_for_a_hard_job(ruleset: Any) -> None:
    text = "It is a demanding role at $31 an hour."
    at = text.index("$31")
    assert pay_side(text, at, at + 3, ruleset.knowledge) is None
    text = "Porters went in demanding $31 an hour."
    at = text.index("$31")
    assert pay_side(text, at, at + 3, ruleset.knowledge) == "demand"


@pytest.mark.parametrize(
    ("said", "label"),
    [
        ("Junior glaziers at Brackwell Works are entitled to £1,560 a month.", "contradicted"),
        ("Junior glaziers at Brackwell Works are entitled to £1,680 a month.", "supported"),
    ],
)
def test_pay_a_job_is_entitled_to_told_as_a_share_then_a_sum(
    ruleset: Any, said: str, label: str
) -> None:
    # The page gives the junior rate as a share of the senior one, then as its sum.
    page = (
        "<p>At Brackwell Works, senior glaziers must be paid at least £2,400 a month. "
        "Junior glaziers at Brackwell Works are owed 70 per cent of that rate, or £1,680 a "
        "month.</p>"
    )
    assert _labels(said, page, ruleset) == [label]
