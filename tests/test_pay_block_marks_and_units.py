"""Pay blocks as job boards in Europe, South-East Asia and the Gulf write them: figures
grouped by spaces with the sign after them, marks of letters before them ("Rp", "RM",
"KD"), the period on a line of its own under the figures, and a block that writes no
period at all. The pages and sentences are written for these tests."""

from __future__ import annotations

from typing import Any

import pytest
from extracting import first_fields
from judging import cited

from factcheck.sources.facts import parse_pay, read_facts

URL = "https://jobs.example.org/posting/4411.html"


def _block(figures: str, unit: str = "") -> str:
    """A posting whose compensation box holds ``figures`` and, on the line below,
    ``unit``."""
    under = f'<div class="salary-note">{unit}</div>' if unit else ""
    return f"""<html><head><title>Crane Operator | Ostmark Terminals</title></head><body><main>
<h1>Crane Operator</h1>
<div class="compensation"><h2>Compensation</h2>
<div class="salary-span">{figures}</div>{under}
<div class="salary-perks">Shift supplement and a meal card.</div></div>
<p>You will run ship-to-shore cranes on a four-shift roster.</p></main></body></html>"""


SPACED = (
    '<span class="salary-low">3 150 €</span> <span class="salary-sep">–</span> '
    '<span class="salary-high">3 620 €</span>'
)


def test_space_grouped_figures_and_the_unit_line_below_make_one_range() -> None:
    pays = read_facts(_block(SPACED, "gross per month (brutto monatlich)")).of("pay")
    assert [(p.data["min"], p.data["max"], p.data["period"]) for p in pays] == [
        (3150, 3620, "month")
    ]


def test_a_line_after_that_is_no_unit_gives_no_period() -> None:
    pays = read_facts(_block(SPACED, "Apply by the end of the month")).of("pay")
    assert [(p.data["min"], p.data["max"]) for p in pays] == [(3150, 3620)]
    assert pays[0].data.get("sized") is True


@pytest.mark.parametrize(
    ("text", "want"),
    [
        ("Rp 9.500.000 – Rp 12.000.000 per bulan", (9_500_000, 12_000_000, "IDR")),
        ("RM 4,100 – RM 5,300 per month", (4100, 5300, "MYR")),
        ("KD 860 per month", (860, 860, "KWD")),
        ("BD 515 - 640", (515, 640, "BHD")),
        ("S$ 4,800 – S$ 5,900", (4800, 5900, "SGD")),
    ],
)
def test_marks_of_letters_before_a_figure(text: str, want: tuple[float, float, str]) -> None:
    pay = parse_pay(text)
    assert pay is not None and (pay["min"], pay["max"], pay["currency"]) == want


def test_letters_inside_a_word_mark_no_money() -> None:
    assert parse_pay("FORM 2,000") is None
    assert parse_pay("DRM 1,200") is None


def test_a_range_over_spans_with_a_lettered_mark_is_one_range() -> None:
    html = """<main><div class="compensation"><span class="salary-label">Upah:</span>
    <span class="salary-min">Rp 9.500.000</span> – <span class="salary-max">Rp 12.000.000</span>
    <span class="salary-unit">per bulan</span></div></main>"""
    pays = read_facts(html).of("pay")
    assert [(p.data["min"], p.data["max"], p.data["period"]) for p in pays] == [
        (9_500_000, 12_000_000, "month")
    ]


@pytest.mark.parametrize(
    ("sentence", "label"),
    [
        # The block's own figures in the claim's period: backed, whatever its size said.
        ("The crane job pays €3,150 to €3,620 gross a month", "supported"),
        ("Ostmark Terminals offers between €3,150 and €3,620 a month", "supported"),
        # Other figures, in no usual period the block's: a conflict.
        ("The crane job pays €4,400 to €4,900 a month", "contradicted"),
        # A year's pay the block's figures make if paid monthly: no conflict.
        ("The crane job pays about €40,000 a year", "unverified"),
    ],
)
def test_a_block_with_no_period_is_read_in_the_claims(
    sentence: str, label: str, ruleset: Any
) -> None:
    page = _block(SPACED)
    said = f"Ostmark Terminals is hiring a Crane Operator. {sentence}"
    assert cited(said, URL, page, ruleset, "salary", wrap=False).verdict.label == label


@pytest.mark.parametrize(
    ("sentence", "want"),
    [
        ("The terminal pays its riggers KD 1,150 a month.", (1150, "KWD")),
        ("The hotel job pays BD 420 to 480 a month.", (420, "BHD")),
    ],
)
def test_gulf_dinars_as_english_copy_marks_them(
    sentence: str, want: tuple[float, str], ruleset: Any
) -> None:
    fields = first_fields(sentence, "salary", ruleset)
    assert (fields["min"], fields["currency"]) == want


NEWS = "https://news.example.org/2025/03/depot-opens.html"


def _story(sentence: str) -> str:
    return (
        "<html><body><article><h1>Harrow Logistics opens its Leeds depot</h1>"
        f"<p>The depot will employ 400 people. {sentence}</p></article></body></html>"
    )


@pytest.mark.parametrize(
    ("source", "label"),
    [
        # The source's clause is about the starting pay, its figure far from those words.
        ("Starting pay for pickers at the new site will be £13.20 an hour.", "contradicted"),
        ("The minimum hourly rate for pickers at the new site is £13.20.", "contradicted"),
        ("The starting rate for pickers at the new site will be £12.40 an hour.", "supported"),
        # No start named: any pay above the claimed start meets "start on".
        ("Pickers with two years at the new site will be paid £13.20 an hour.", "supported"),
    ],
)
def test_a_start_against_a_clause_about_the_start(source: str, label: str, ruleset: Any) -> None:
    said = "Harrow Logistics says pickers in Leeds will start on £12.40 an hour"
    got = cited(said, NEWS, _story(source), ruleset, "salary", wrap=False).verdict.label
    assert got == label


def test_a_table_rows_pay_takes_its_captions_period() -> None:
    html = """<main><table><caption>Weekly statutory rates, in dinars</caption>
    <tr><th scope="row">Basic wage</th><td>KD 95</td></tr></table></main>"""
    pays = read_facts(html).of("pay")
    assert [(p.data["min"], p.data["period"], "sized" in p.data) for p in pays] == [
        (95, "week", False)
    ]
    bare = html.replace("Weekly statutory rates", "Statutory rates")
    assert [p.data.get("sized") for p in read_facts(bare).of("pay")] == [True]
