"""Comparisons whose sides must be read from the right cell: a figure in a header
("10%" of a percentile column) is not the cell's amount, a sum is never set against a
share, a table named "related-…" is still the page's own, a numbered rung ("Band 6") is
not the row of another ("Band 7"), a side naming an end of a range reads the column of
that end, initials in brackets name their row ("(SRF)"), and a place a side sets aside
("outside Lyon") is not its column. The pages and sentences are written for these
tests."""

from __future__ import annotations

from typing import Any

import pytest
from judging import run, verdict

from factcheck.model import Verdict

STATS_URL = "https://stats.example.gov/oes/tower-crane-operators"
# A percentile table whose headers are shares, with footnote marks for hourly wages, and
# a table of related occupations whose id says "related".
STATS = """<html><head><title>Tower Crane Operators: wages, 2031</title></head><body><main>
<h1>Tower Crane Operators: occupational employment and wages, May 2031</h1>
<table id="percentiles"><caption>Percentile wage estimates for Tower Crane Operators</caption>
<thead><tr><th>Percentile</th><th>10%</th><th>25%</th><th>50% (Median)</th><th>75%</th></tr></thead>
<tbody>
<tr><th scope="row">Hourly wage</th><td>(4)</td><td>(4)</td><td>(4)</td><td>(4)</td></tr>
<tr><th scope="row">Annual wage</th>
<td>$51,000</td><td>$63,500</td><td>$80,000</td><td>$97,000</td></tr>
</tbody></table>
<h3>Construction occupations compared</h3>
<table id="related-occupations"><caption>Selected construction occupations, median wages</caption>
<thead><tr><th>Occupation (code)</th><th>Median hourly wage</th>
<th>Median annual wage</th></tr></thead>
<tbody>
<tr><th scope="row">Riggers (49-9096)</th><td>$25.00</td><td>$52,000</td></tr>
<tr><th scope="row">Hoist and Winch Operators (53-7041)</th><td>$30.00</td><td>$62,400</td></tr>
</tbody></table></main></body></html>"""

SCALE_URL = "https://health.example.org/pay/bands-2031"
# A pay scale by numbered bands, with national and Lyon columns of minima and maxima, and
# grades named with their initials.
SCALE = """<html><head><title>Pay bands 2031</title></head><body><main>
<h1>Hospital trust pay bands from April 2031</h1>
<table><caption>Table 1: pay bands, 2031 to 2032</caption>
<thead><tr><th>Band</th><th>National minimum</th><th>National maximum</th>
<th>Lyon minimum</th><th>Lyon maximum</th></tr></thead>
<tbody>
<tr><td>Band 3</td><td>€24,000</td><td>€26,000</td><td>€27,000</td><td>€29,000</td></tr>
<tr><td>Band 5</td><td>€29,000</td><td>€35,000</td><td>€32,000</td><td>€38,000</td></tr>
<tr><td>Band 6</td><td>€37,000</td><td>€44,000</td><td>€40,000</td><td>€47,000</td></tr>
<tr><td>Band 7</td><td>€46,000</td><td>€53,000</td><td>€49,000</td><td>€56,000</td></tr>
<tr><td>Research Associate (RA)</td>
<td>€30,450</td><td>€33,210</td><td>€34,000</td><td>€36,000</td></tr>
<tr><td>Senior Research Fellow (SRF)</td>
<td>€36,180</td><td>€41,130</td><td>€40,000</td><td>€45,000</td></tr>
</tbody></table></main></body></html>"""


def _on(sentence: str, url: str, page: str, ruleset: Any) -> Verdict:
    draft = f"# Pay\n\n{sentence} ([figures]({url})).\n"
    return verdict(run(draft, {url: page}, ruleset, wrap=False), "comparison").verdict


@pytest.mark.parametrize(
    ("sentence", "label"),
    [
        # $80,000 / $52,000 = 1.54.
        ("Tower crane operators earn about one and a half times as much as riggers", "supported"),
        ("Tower crane operators earn about three times as much as riggers", "contradicted"),
        # $80,000 / $62,400 = 1.28.
        (
            "Pay for tower crane operators is higher than what hoist and winch operators earn",
            "supported",
        ),
    ],
)
def test_a_related_table_is_read_and_a_header_share_is_no_cell(
    sentence: str, label: str, ruleset: Any
) -> None:
    found = _on(sentence, STATS_URL, STATS, ruleset)
    assert found.label == label, found.rationale
    assert "at 10%" not in found.rationale and "at 50%" not in found.rationale


@pytest.mark.parametrize(
    "sentence",
    [
        "The $4,000 signing bonus is more than double the 3% rise the council offered",
        "The €2,500 lump sum is less than half the 6% claim the drivers tabled",
        "Their ¥300,000 winter bonus is larger than the 4% raise the board agreed",
        "That 9% award is about three times the £600 one-off payment offered in March",
        "At 12%, the nurses' claim is far larger than the $1,200 bonus the state proposed",
    ],
)
def test_a_sum_is_never_set_against_a_share(sentence: str, ruleset: Any) -> None:
    found = _on(sentence, STATS_URL, STATS, ruleset)
    assert found.label == "unverified", found.rationale


@pytest.mark.parametrize(
    ("sentence", "label", "row"),
    [
        # Band 6 at its top, €44,000, against Band 7's bottom, €46,000.
        (
            "A Band 6 on the ceiling of its national range"
            " earns less than a freshly qualified Band 7",
            "supported",
            "Band 6",
        ),
        # Band 7's top, €53,000, over Band 3's bottom, €24,000: 2.2 times.
        (
            "A Band 7 paid the maximum of the national range"
            " takes home more than twice what a new Band 3 starts on",
            "supported",
            "Band 7",
        ),
        # Band 5's top, €35,000, over €24,000: 1.46 times.
        (
            "A Band 5 paid the maximum of the national range"
            " takes home more than twice what a freshly recruited Band 3 gets",
            "contradicted",
            "Band 5",
        ),
    ],
)
def test_a_numbered_rung_reads_its_own_row_and_the_end_it_names(
    sentence: str, label: str, row: str, ruleset: Any
) -> None:
    found = _on(sentence, SCALE_URL, SCALE, ruleset)
    assert found.label == label, found.rationale
    assert f"row “{row}”, column “National maximum”" in found.rationale


@pytest.mark.parametrize(
    ("sentence", "label"),
    [
        # The SRF's national top, €41,130, over a new RA's €30,450: 1.35 times.
        (
            "An SRF on the ceiling of the national range"
            " is paid about a third more than a newly appointed RA outside Lyon",
            "supported",
        ),
        (
            "An SRF on the ceiling of the national range"
            " is paid about twice what a newly appointed RA outside Lyon gets",
            "contradicted",
        ),
    ],
)
def test_initials_name_their_row_and_a_place_set_aside_is_not_its_column(
    sentence: str, label: str, ruleset: Any
) -> None:
    found = _on(sentence, SCALE_URL, SCALE, ruleset)
    assert found.label == label, found.rationale
    assert "row “Research Associate (RA)”, column “National minimum”" in found.rationale


WATER_URL = "https://stats.example.gov/oes/water-transport"
# Occupations of water transport by their median annual wage; engineers of two kinds.
WATER = """<html><head><title>Water transportation occupations, May 2031</title></head>
<body><main><h1>Water transportation occupations: wages, May 2031</h1>
<table><caption>Median annual wages, selected occupations</caption>
<thead><tr><th>Occupation (code)</th><th>Median annual wage</th></tr></thead>
<tbody>
<tr><th scope="row">Marine Engineers and Naval Architects (17-2121)</th><td>$100,270</td></tr>
<tr><th scope="row">Ship Engineers (53-5031)</th><td>$80,130</td></tr>
<tr><th scope="row">Sailors and Marine Oilers (53-5011)</th><td>$47,280</td></tr>
</tbody></table></main></body></html>"""


def _draft_on(draft: str, ruleset: Any) -> Verdict:
    claims = run(f"# Pay\n\n{draft}\n", {WATER_URL: WATER}, ruleset, wrap=False)
    return verdict(claims, "comparison").verdict


@pytest.mark.parametrize(
    ("sentence", "label"),
    [
        # $100,270 / $47,280 = 2.12, as the sentence's own figures and the table say.
        ("by better than two to one: their medians are $100,270 and $47,280", "supported"),
        (
            "by more than three to one: their medians are $100,270 and $47,280",
            "contradicted",
        ),
        ("by a ratio of close to two to one", "supported"),
        ("by roughly 2:1", "supported"),
        ("by about four to one", "contradicted"),
    ],
)
def test_a_ratio_written_n_to_one(sentence: str, label: str, ruleset: Any) -> None:
    found = _draft_on(
        f"Naval architects out-earn sailors {sentence} ([wages]({WATER_URL})).", ruleset
    )
    assert found.label == label, found.rationale


@pytest.mark.parametrize(
    ("draft", "label"),
    [
        # $61,500 against the $47,280 the sentence gives the right side: 1.30 times.
        (
            "The Tarn Ferry Company pays deckhands $61,500 a year. That rate sits nearly 30% "
            "above what sailors earn nationally, whose median was $47,280.",
            "supported",
        ),
        (
            "At $60,000, the top deckhand rate is about a quarter above the national median "
            "for sailors, which the bureau put at $47,280 in May 2031.",
            "supported",
        ),
        (
            "At $60,000, the top deckhand rate is about 60% above the national median for "
            "sailors — oilers included — which the bureau put at $47,280.",
            "contradicted",
        ),
    ],
)
def test_a_figure_the_sentence_hangs_on_the_right_side(
    draft: str, label: str, ruleset: Any
) -> None:
    found = _draft_on(f"{draft} ([wages]({WATER_URL}))", ruleset)
    assert found.label == label, found.rationale


def test_a_gap_after_which_is_no_side_figure(ruleset: Any) -> None:
    claims = run(
        "# Pay\n\nSailors earn less than ship engineers, which is about $30,000 a year less.\n",
        {},
        ruleset,
    )
    found = verdict(claims, "comparison")
    assert not found.claim.fields.get("right_amount"), found.claim.fields


@pytest.mark.parametrize(
    ("sentence", "label"),
    [
        # Ship engineers' $80,130, not the marine engineers' $100,270: 1.69 times.
        ("Ship engineers earn about 70% more than sailors", "supported"),
        ("Ship engineers earn more than twice as much as sailors", "contradicted"),
    ],
)
def test_another_kind_of_the_job_is_not_its_row(sentence: str, label: str, ruleset: Any) -> None:
    found = _draft_on(f"{sentence} ([wages]({WATER_URL})).", ruleset)
    assert found.label == label, found.rationale
    assert "row “Ship Engineers (53-5031)”" in found.rationale
