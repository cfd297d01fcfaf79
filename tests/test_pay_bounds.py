"""Qualified pay against a posting's own range: a bound ("less than", "more than") is met
by any range on its side; an end of the scale ("starting at", "up to") must be that end.
Pay said of a job at an employer named only as one of a kind ("a clerk at a county bank
can expect ...") is no claim about the posting: its range neither backs nor refutes it.
The posting is written for these tests."""

from __future__ import annotations

import pytest
from judging import run, verdict, verdict_on
from postings import job_posting_ld

from factcheck.claims.amounts import Amount
from factcheck.evidence.salary import compare_pay
from factcheck.rulepacks.ruleset import RuleSet

POSTING = job_posting_ld(
    "Tariff Analyst", "Brindle Water", currency="GBP", low=43500, high=51000, unit="YEAR"
)
PAGE = (
    f"<html><head>{POSTING}</head>"
    "<body><h1>Tariff Analyst</h1><p>Brindle Water sets charges for 40,000 homes.</p>"
    "</body></html>"
)
URL = "http://brindle.test/jobs/tariff-analyst"


def _pay(sentence: str, ruleset: RuleSet) -> str:
    draft = (
        "# Hiring\n\nBrindle Water is looking for a Tariff Analyst "
        f"([posting]({URL})). {sentence}\n"
    )
    return verdict_on(draft, {URL: PAGE}, ruleset, "salary", wrap=False).label


@pytest.mark.parametrize(
    ("sentence", "label"),
    [
        # The bottom end named: the range's minimum.
        ("Pay is starting at £43,500.", "supported"),
        ("The salary starts at £43,500 a year.", "supported"),
        ("The role pays from £43,500.", "supported"),
        ("Pay is starting at £38,000.", "contradicted"),
        # The top end named.
        ("The role pays up to £51,000.", "supported"),
        ("The role pays as much as £58,000.", "contradicted"),
        # A bound before a rough figure: the figure is still that end, give or take.
        ("The role pays up to roughly £51,000 a year.", "supported"),
        ("The role pays as much as about £51,500.", "supported"),
        ("The role pays up to around £58,000 a year.", "contradicted"),
        # A bottom keeps the rough span: a start a little under it is still that start.
        ("Pay is starting at around £44,500.", "supported"),
        # Bounds: the whole range is on the right side.
        ("The role pays less than £60,000.", "supported"),
        ("The role pays more than £40,000.", "supported"),
    ],
)
def test_qualified_pay_against_a_posting_range(sentence: str, label: str, ruleset: RuleSet) -> None:
    assert _pay(sentence, ruleset) == label


def test_a_scale_start_is_not_an_exact_figure(ruleset: RuleSet) -> None:
    draft = f"# Hiring\n\nBrindle Water pays analysts ([posting]({URL})). Pay starts at £43,500.\n"
    fields = verdict(run(draft, {URL: PAGE}, ruleset, wrap=False), "salary").claim.fields
    assert (fields["min"], fields["max"], fields["kind"]) == (43500, None, "from")


def test_a_bound_before_a_rough_figure_keeps_the_bound(ruleset: RuleSet) -> None:
    draft = f"# Hiring\n\nThe analyst job ([posting]({URL})) pays up to about £51,000 a year.\n"
    fields = verdict(run(draft, {URL: PAGE}, ruleset, wrap=False), "salary").claim.fields
    assert (fields["min"], fields["max"], fields["kind"]) == (None, 51000, "up_to")
    assert fields["approximate"] is True


def test_a_bound_and_an_end_differ_only_on_a_whole_range() -> None:
    whole = Amount(43500, 51000, "GBP", "year")
    assert compare_pay(Amount(None, 60000, "GBP"), "at_most", whole, whole=True) == "supports"
    assert compare_pay(Amount(None, 60000, "GBP"), "up_to", whole, whole=True) == "contradicts"
    # A lone figure in a sentence under either is no conflict: it may be any point of the scale.
    lone = Amount(45000, 45000, "GBP", "year")
    assert compare_pay(Amount(None, 60000, "GBP"), "up_to", lone) == "neutral"
    assert compare_pay(Amount(40000, None, "GBP"), "from", lone) == "supports"


def test_a_point_at_the_named_end_of_a_source_scale() -> None:
    # A page's "starts at £43,500" backs a draft's "£43,500", not one of £47,000.
    floor = Amount(43500, None, "GBP", "year")
    assert compare_pay(Amount(43500, 43500, "GBP"), "range", floor) == "supports"
    assert compare_pay(Amount(47000, 47000, "GBP"), "range", floor) == "neutral"


@pytest.mark.parametrize(
    "sentence",
    [
        "Lower down, a billing analyst at a smaller utility can expect about £30,000.",
        "A junior analyst with a regional water firm can expect to earn £29,000 a year.",
        "Meanwhile a field technician for one of the big suppliers can expect £24,000 a year.",
    ],
)
def test_pay_at_an_unnamed_employer_is_not_the_posting(sentence: str, ruleset: RuleSet) -> None:
    assert _pay(sentence, ruleset) == "unverified"


@pytest.mark.parametrize(
    "sentence",
    [
        # The job the posting is for, named: its pay is the posting's.
        "The analyst can expect about £30,000 a year.",
        # "at a rate of" names no employer.
        "The analyst is paid at a rate of £30,000 a year.",
    ],
)
def test_pay_of_the_posted_job_is_still_checked(sentence: str, ruleset: RuleSet) -> None:
    assert _pay(sentence, ruleset) == "contradicted"


@pytest.mark.parametrize(
    ("top", "found", "stance"),
    [
        # a top half a unit off the round figure is written so: another top
        (70000, 65000, "contradicts"),
        (70000, 75000, "contradicts"),
        (3500, 3450, "contradicts"),
        # within half a unit: the round figure of that top
        (70000, 66500, "supports"),
        (3500, 3460, "supports"),
    ],
)
def test_up_to_a_round_figure_half_a_unit_off(top: float, found: float, stance: str) -> None:
    scale = Amount(found - 5000 if found > 5000 else found - 500, found, "EUR", "month")
    claimed = Amount(None, top, "EUR", "month")
    assert compare_pay(claimed, "up_to", scale, whole=True, exact=True) == stance
