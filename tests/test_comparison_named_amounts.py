"""Comparisons with an amount the sentence names as a thing of its own, a figure after
"the" ("sits above the $52,300 state median", "£410 a week, well above the £365 the
council pays"): a side with its own figure, read from the sources like any other. Who
reports a figure ("reported by the Office of Pay Statistics") is no name its table must
have; a figure set off by commas after a side is that side's; "the bottom of the scale"
is an end of a range, never one figure. The pages and sentences are written for these
tests."""

from __future__ import annotations

from typing import Any

import pytest
from judging import run, verdict

from factcheck.model import Verdict

TABLE_URL = "https://stats.example.gov/harbours/pay-2031"
TABLE = """<html><head><title>Harbour occupations: pay, 2031</title></head><body><main>
<h1>Harbour occupations: pay, 2031</h1>
<table><caption>Table 2. Pay in harbour occupations, 2031</caption>
<tr><th>Occupation</th><th>Median annual pay</th><th>Mean annual pay</th></tr>
<tr><td>Pilot boat skippers</td><td>$83,400</td><td>$86,100</td></tr>
<tr><td>Dock clerks</td><td>$47,900</td><td>$49,300</td></tr>
</table></main></body></html>"""


def _comparison(draft: str, pages: dict[str, str], ruleset: Any) -> Verdict:
    return verdict(run(draft, pages, ruleset, wrap=False), "comparison").verdict


@pytest.mark.parametrize(
    ("sentence", "relation", "right", "low"),
    [
        (
            "Even the lowest step of the Torrin scale, $61,500, sits above the $52,300 state"
            " median for dental hygienists.",
            "greater",
            "the $52,300 state median for dental hygienists",
            52300,
        ),
        (
            "A Grade 4 porter earns well under the roughly £31,000 starting salary the trust"
            " quotes for ward clerks.",
            "less",
            "the roughly £31,000 starting salary the trust quotes for ward clerks",
            27900,
        ),
        (
            "The new grandstand came in over the €4.1 million the council had budgeted.",
            "greater",
            "the €4.1 million the council had budgeted",
            4.1e6,
        ),
        (
            "A Level 2 baker at Fenwick Loaves is still paid below the $29.40 award rate.",
            "less",
            "the $29.40 award rate",
            29.4,
        ),
        (
            "The drivers' union sought $14 an hour, less than the $15.50 the city had offered.",
            "less",
            "the $15.50 the city had offered",
            15.5,
        ),
        (
            "In the end Marlow Quay paid its porters £410 a week, well above the £365 the"
            " council pays.",
            "greater",
            "the £365 the council pays",
            365,
        ),
        (
            "Tickets for the cup final went for €95, more than the €80 charged for the"
            " semi-finals.",
            "greater",
            "the €80 charged for the semi-finals",
            80,
        ),
    ],
)
def test_a_figure_after_the_is_a_side(
    sentence: str, relation: str, right: str, low: float, ruleset: Any
) -> None:
    fields = verdict(run(f"# Pay\n\n{sentence}\n", {}, ruleset), "comparison").claim.fields
    assert fields["relation"] == relation
    assert fields["right"] == right
    assert fields["right_amount"]["min"] == pytest.approx(low)


@pytest.mark.parametrize(
    "sentence",
    [
        "Most of the cleaners earn under $40,000 a year.",
        "Pay at the laundry is above £30,000.",
        "The fare rose to €95, more than expected.",
    ],
)
def test_a_bare_bound_is_no_side(sentence: str, ruleset: Any) -> None:
    claims = run(f"# Pay\n\n{sentence}\n", {}, ruleset)
    assert not [c for c in claims if c.claim.type == "comparison"]


def test_a_figure_between_commas_is_the_sides_own(ruleset: Any) -> None:
    fields = verdict(
        run(
            "# Pay\n\nThe top of the Orla band, $92,000, sits above the $80,000 regional median.\n",
            {},
            ruleset,
        ),
        "comparison",
    ).claim.fields
    assert fields["left_amount"]["min"] == 92000


@pytest.mark.parametrize(
    ("figure", "way", "label"),
    [
        ("$90,000", "above", "supported"),
        ("$79,000", "above", "contradicted"),
        ("$79,000", "below", "supported"),
    ],
)
def test_a_named_figure_is_read_from_its_row_whoever_reports_it(
    figure: str, way: str, label: str, ruleset: Any
) -> None:
    # The skippers' median is $83,400; the table's page never names the reporting office.
    draft = (
        f"# Pay\n\nThe Kessock harbour authority pays its launch crews {figure} a year,"
        f" which sits {way} the $83,400 median for pilot boat skippers reported by the Office"
        f" of Harbour Statistics ([table]({TABLE_URL})).\n"
    )
    found = _comparison(draft, {TABLE_URL: TABLE}, ruleset)
    assert found.label == label, found.rationale
    assert "row “Pilot boat skippers”, column “Median annual pay”" in found.rationale


def test_the_bottom_of_a_band_is_no_single_figure(ruleset: Any) -> None:
    # $47,500 is close to the clerks' mean ($49,300) but no end of any band on the page.
    draft = (
        "# Pay\n\nThe bottom of the Kessock band, $47,500, sits above the $47,900 median for"
        f" dock clerks ([table]({TABLE_URL})).\n"
    )
    found = _comparison(draft, {TABLE_URL: TABLE}, ruleset)
    assert "Mean annual pay" not in found.rationale, found.rationale


@pytest.mark.parametrize(
    ("sentence", "left", "low", "period"),
    [
        (
            "At 12 per cent over three years, the Dunmore rise actually outstrips the 9.5 per"
            " cent that the Kelso crews won.",
            "the Dunmore rise",
            12,
            None,
        ),
        (
            "At about $3,900 a month, a Tarn guard earns less than the $4,200 paid to a Wyre"
            " guard.",
            "a Tarn guard",
            3510,
            "month",
        ),
        (
            "Analysts were blunt. With £610 a week, a Corran porter now makes more than the"
            " £580 a Hale porter gets.",
            "a Corran porter",
            610,
            "week",
        ),
    ],
)
def test_a_fronted_figure_is_the_left_sides(
    sentence: str, left: str, low: float, period: str | None, ruleset: Any
) -> None:
    fields = verdict(run(f"# Pay\n\n{sentence}\n", {}, ruleset), "comparison").claim.fields
    assert fields["left"] == left
    assert fields["left_amount"]["min"] == pytest.approx(low)
    assert fields["left_amount"]["period"] == period


def test_a_joining_word_is_no_part_of_the_left_side(ruleset: Any) -> None:
    fields = verdict(
        run(
            "# Pay\n\nHarbour pilots averaged $9,800 a month, so harbour pilots make about"
            " twice as much as tug mates.\n",
            {},
            ruleset,
        ),
        "comparison",
    ).claim.fields
    assert fields["left"] == "harbour pilots"


RISES_URL = "https://news.example.org/2031/05/kelso-crews-settle"
RISES = """<html><head><title>Kelso crews settle</title></head><body><article>
<h1>Kelso crews settle</h1><p>The Kelso ferry crews accepted a three-year deal worth
9.5 per cent in total on Tuesday.</p></article></body></html>"""


@pytest.mark.parametrize(("rise", "label"), [("8", "contradicted"), ("12", "supported")])
def test_a_fronted_share_is_set_against_the_sources(rise: str, label: str, ruleset: Any) -> None:
    draft = (
        f"# Pay\n\nAt {rise} per cent over three years, the Dunmore rise outstrips the 9.5 per"
        f" cent the Kelso crews won ([deal]({RISES_URL})).\n"
    )
    found = _comparison(draft, {RISES_URL: RISES}, ruleset)
    assert found.label == label, found.rationale


STIPEND_URL = "https://news.example.edu/2031/04/tarn-stipend-deal"
STIPEND = """<html><head><title>Tarn graduate workers settle</title></head><body><article>
<h1>Tarn graduate workers settle</h1><p>Under the settlement the minimum stipend at Tarn
University rises from $20,000 to $25,000 over three years.</p></article></body></html>"""


@pytest.mark.parametrize(
    ("comparison", "label"),
    [
        # 25,000 / 20,000 = 1.25.
        ("That new stipend sits more than 33% above the $20,000 paid in 2030", "contradicted"),
        ("This revised stipend is about a quarter above the $20,000 paid in 2030", "supported"),
        ("The agreed minimum runs more than a fifth above the $20,000 paid in 2030", "supported"),
    ],
)
def test_a_changed_amount_named_after_that_is_the_sum_just_given(
    comparison: str, label: str, ruleset: Any
) -> None:
    draft = (
        "# Pay\n\nUnder the deal the minimum stipend at Tarn climbs to $25,000 by 2034"
        f" ([deal]({STIPEND_URL})). {comparison}.\n"
    )
    found = _comparison(draft, {STIPEND_URL: STIPEND}, ruleset)
    assert found.label == label, found.rationale
    assert "$25,000 a year" in found.rationale


DEAL_URL = "https://news.example.org/2031/03/ferry-deal"
DEAL = """<html><head><title>Ferry crews win rise</title></head><body><main>
<p>Ferry crews will gain €520 a month once the deal runs its course, the union said.</p>
<p>The last renewal, signed in 2027, had delivered €210 a month.</p></main></body></html>"""


@pytest.mark.parametrize(
    ("said", "label"), [("more than twice", "supported"), ("more than three times", "contradicted")]
)
def test_a_sum_named_with_no_period_is_the_pages_sum_as_written(
    said: str, label: str, ruleset: Any
) -> None:
    # "the €210 won last time" is the page's "€210 a month": 520 / 210 = 2.5.
    draft = (
        f"# Ferries\n\nThe crews gain €520 a month once the deal runs its course"
        f" ([news]({DEAL_URL})). That was {said} the €210 they won in the last renewal.\n"
    )
    found = _comparison(draft, {DEAL_URL: DEAL}, ruleset)
    assert found.label == label, found.rationale
