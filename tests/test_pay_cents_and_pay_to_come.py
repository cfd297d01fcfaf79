"""A figure written to the cent allows half a cent, not a share of itself ("$14.37" is
not "$14.38"); and pay a source tells as still to come ("would raise pay to ...", "is set
to reach ...", "... once the order takes effect") says nothing of pay now. The pages are
written for these tests."""

from __future__ import annotations

from typing import Any

import pytest
from judging import verdict_on

from factcheck.claims.amounts import Amount
from factcheck.evidence.pay_times import ahead, told_ahead
from factcheck.evidence.salary import compare_pay


@pytest.mark.parametrize(
    ("claimed", "found", "stance"),
    [
        (14.37, 14.38, "contradicts"),
        (9.99, 9.98, "contradicts"),
        (2310.55, 2310.65, "contradicts"),
        (14.37, 14.37, "supports"),
        (14.5, 14.5, "supports"),
        # A whole figure is rounded as written, as before: "$31" may be $31.02.
        (31, 31.02, "supports"),
    ],
)
def test_a_figure_written_to_the_cent_allows_half_a_cent(
    claimed: float, found: float, stance: str
) -> None:
    hour = "hour"
    got = compare_pay(
        Amount(claimed, claimed, "USD", hour),
        "range",
        Amount(found, found, "USD", hour),
        exact=True,
    )
    assert got == stance


@pytest.mark.parametrize(
    ("text", "figure", "to_come"),
    [
        (
            "The firm said it would raise pay to the new legal floor of $14.37 in July.",
            "$14.37",
            True,
        ),
        ("Under the plan, the rate is set to reach €17.05 an hour.", "€17.05", True),
        ("Management has pledged to lift the base rate to £12.61 next spring.", "£12.61", True),
        ("Couriers will be paid A$31.20 an hour under the proposal.", "A$31.20", True),
        ("Pay is €2,410 a month once the new order comes into force.", "€2,410", True),
        ("The hourly rate goes to $19.02 when the ordinance takes effect.", "$19.02", True),
        # Pay as it is, beside a clause about what is to come.
        ("Cooks are paid $16.80 an hour, and the union will ask for more.", "$16.80", False),
        ("The chain currently pays $16.80, while its rival would pay $18.", "$16.80", False),
        ("The chain says it will keep paying drivers $16.80 an hour.", "$16.80", False),
    ],
)
def test_pay_told_as_still_to_come(text: str, figure: str, to_come: bool) -> None:
    start = text.index(figure)
    assert ahead(text, start, start + len(figure)) is to_come


def test_a_claim_told_of_pay_to_come() -> None:
    for text, figure in [
        ("The city will pay its lifeguards $21.15 an hour.", "$21.15"),
        ("The board plans to offer lifeguards $21.15 an hour.", "$21.15"),
    ]:
        assert told_ahead(text, text.index(figure))
    text = "The city currently pays its lifeguards $21.15 an hour."
    assert not told_ahead(text, text.index("$21.15"))


PAGE = """<h1>Laundry workers at Fenmore depot strike</h1>
<p>Brightwash currently pays its laundry operatives £10.62 an hour, the union said.</p>
<p>Brightwash said it would lift pay to £11.08 an hour once the new statutory floor takes
effect in October, and called the strike "regrettable".</p>"""
URL = "http://fenmore.test/news/laundry-strike"


@pytest.mark.parametrize(
    ("sentence", "label"),
    [
        ("Brightwash currently pays its laundry operatives £10.62 an hour.", "supported"),
        # The promised rate is no pay now; a near figure to the penny is another figure.
        ("Brightwash currently pays its laundry operatives £11.08 an hour.", "contradicted"),
        ("Brightwash currently pays its laundry operatives £10.63 an hour.", "contradicted"),
    ],
)
def test_pay_now_is_not_the_pay_promised(sentence: str, label: str, ruleset: Any) -> None:
    draft = f"# Laundry strike\n\nOperatives walked out ([report]({URL})). {sentence}\n"
    got = verdict_on(draft, {URL: PAGE}, ruleset, "salary", "Brightwash")
    assert got.label == label, got.rationale
