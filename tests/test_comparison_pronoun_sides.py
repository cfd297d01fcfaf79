"""A comparison whose left side is a pronoun for people ("they", "he", "she") stands for
the pay the article gave them just before, in the same sentence or the one before ("...
whose median pay is £30,100, so they earn less than plasterers"), set against the other
side's figure in the sources. A pronoun in a comparison of anything but pay, or with no
pay given before it, stays unresolved. The pages and drafts are written for these
tests."""

from __future__ import annotations

from typing import Any

import judging
import pytest

from factcheck.evidence.comparisons import points_back_to_people
from factcheck.sources.facts import read_facts

TRADES = """<h1>Pay in the building trades, 2030</h1>
<table><caption>Table 3. Median annual pay by trade, 2030</caption>
<tr><th>Trade</th><th>Median annual pay</th></tr>
<tr><td>Roofers</td><td>£29,400</td></tr>
<tr><td>Plasterers</td><td>£33,900</td></tr>
<tr><td>Bricklayers</td><td>£32,700</td></tr>
<tr><td>Pipefitters</td><td>£45,500</td></tr>
</table>"""
URL = "https://stats.example/trades-2030"


@pytest.mark.parametrize(
    ("text", "pay", "people"),
    [
        ("they", "they out-earn roofers", True),
        ("They", "They were paid more than bricklayers", True),
        ("he", "he makes less than the typical pipefitter", True),
        ("she", "she takes home more than a roofer", True),
        ("them", "a wage that puts them above roofers", True),
        # Not a pronoun alone: a side naming its people is read by its own words.
        ("they and roofers", "they and roofers earn more", False),
        # A pronoun in a comparison of no pay: what was sized before may be anything.
        ("they", "they built more homes than roofers", False),
        ("it", "it earns more than roofers", False),
    ],
)
def test_a_pronoun_for_people_points_back_only_in_a_comparison_of_pay(
    text: str, pay: str, people: bool
) -> None:
    assert points_back_to_people(text, pay) is people


@pytest.mark.parametrize(
    ("sentence", "label"),
    [
        # Same sentence, a relative clause giving the sum; another verb of earning.
        (
            "Tilers, whose median pay came to £30,100 in the survey, say they earn less than "
            "plasterers.",
            "supported",
        ),
        (
            "Tilers, whose median pay came to £30,100 in the survey, say they earn more than "
            "plasterers.",
            "contradicted",
        ),
        # The sum in the sentence before, the pronoun opening the next.
        (
            "The median glazier earned £31,200 in 2030. They were paid more than roofers that "
            "year.",
            "supported",
        ),
        (
            "The median glazier earned £31,200 in 2030. They were paid more than bricklayers "
            "that year.",
            "contradicted",
        ),
        # One worker, a sum a month set against a year's pay.
        (
            "Our site welder earns £3,600 a month; he makes more than the typical pipefitter.",
            "contradicted",
        ),
    ],
)
def test_a_pronoun_side_takes_the_pay_given_before_it(
    sentence: str, label: str, ruleset: Any
) -> None:
    draft = f"# Trades\n\n{sentence} ([tables]({URL}))\n"
    claims = judging.run(draft, {URL: TRADES}, ruleset, wrap=False, path="d.md")
    judged = judging.verdict(claims, "comparison").verdict
    assert judged.label == label, judged.rationale


def test_a_pronoun_with_no_pay_before_it_stays_unresolved(ruleset: Any) -> None:
    draft = (
        "# Trades\n\nTilers were surveyed in 2030. Even so, they earn more than plasterers "
        f"([tables]({URL})).\n"
    )
    claims = judging.run(draft, {URL: TRADES}, ruleset, wrap=False, path="d.md")
    judged = judging.verdict(claims, "comparison").verdict
    assert judged.label != "contradicted", judged.rationale


# A caption naming two periods over columns that name one each, the currency only in
# the headers' brackets.
TWO_PERIODS = """<table><caption>Table 2: Median hourly and annual earnings by trade, 2030</caption>
<tr><th>Trade</th><th>Median hourly earnings ({sign})</th><th>Median annual earnings ({sign})</th>
</tr>
<tr><td>Saddlers</td><td>16.20</td><td>{annual}</td></tr>
</table>"""


@pytest.mark.parametrize(("sign", "annual"), [("€", "31,600"), ("$", "33,480"), ("£", "29,950")])
def test_a_columns_own_period_beats_the_captions(sign: str, annual: str) -> None:
    cells = read_facts(TWO_PERIODS.format(sign=sign, annual=annual)).of("cell")
    values = {c.data["column"].split()[1]: c.data["value"] for c in cells}
    assert values == {"hourly": f"{sign}16.20 an hour", "annual": f"{sign}{annual} a year"}


def test_a_pronoun_side_reads_the_annual_column_under_a_caption_of_two_periods(
    ruleset: Any,
) -> None:
    page = TWO_PERIODS.format(sign="£", annual="29,950")
    draft = (
        "# Trades\n\nCobblers, whose median pay is £30,400 a year, say they out-earn "
        f"saddlers ([tables]({URL})).\n"
    )
    claims = judging.run(draft, {URL: page}, ruleset, wrap=False, path="d.md")
    judged = judging.verdict(claims, "comparison").verdict
    assert judged.label == "supported", judged.rationale
    assert "£29,950 a year" in judged.rationale
