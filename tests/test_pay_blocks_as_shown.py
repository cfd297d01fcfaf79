"""Pay blocks read as a reader sees them: a figure split over inline elements with
nothing between them, a unit in an element of its own after the figures, ranges joined
by a tilde, a day's rate, a top in the bottom's magnitude, and sums paid on top. The
pages are written for these tests."""

from __future__ import annotations

import pytest

from factcheck.sources.facts import parse_pay, read_facts, written_period


def _pays(html: str) -> list[tuple[float, float, str]]:
    return [(p.data["min"], p.data["max"], p.data["period"]) for p in read_facts(html).of("pay")]


@pytest.mark.parametrize(
    "figure",
    [
        '<span class="cur">$</span><span class="whole">31</span><span class="cents">.40</span>',
        "<b>$</b><b>31</b><sup>.40</sup>",
        "<span>$31</span><span>.40</span>",
    ],
)
def test_a_figure_split_over_inline_elements_reads_whole(figure: str) -> None:
    html = f"""<main><h1>Route Driver</h1><div class="wage">
    <span class="wage-label">Hourly rate:</span> {figure} <span>per hour</span></div></main>"""
    assert _pays(html) == [(31.40, 31.40, "hour")]


def test_a_note_mark_raised_after_a_figure_is_no_digit_of_it() -> None:
    html = """<table><caption>Band rates (&pound; a year)</caption>
    <tr><th>Band</th><th>Minimum</th></tr>
    <tr><td>Band 4<sup>3</sup></td><td>&pound;28,400</td></tr></table>"""
    rows = {str(c.data.get("row")) for c in read_facts(html).of("cell")}
    assert "Band 4 3" in rows or "Band 4" in " ".join(rows)
    assert not any("Band 43" in row for row in rows)


def test_figures_in_cells_side_by_side_stay_apart() -> None:
    html = """<table><tr><th>Grade</th><th>Hourly rate</th></tr>
    <tr><td>7</td><td>&euro;18.20</td></tr></table>"""
    values = [str(c.data.get("value")) for c in read_facts(html).of("cell")]
    assert not any("718" in v for v in values)


@pytest.mark.parametrize(
    "unit, period",
    [
        ("kwa mwezi (monthly)", "month"),
        ("EUR / month", "month"),
        ("brutto, per year", "year"),
    ],
)
def test_a_unit_in_an_element_of_its_own_gives_the_range_its_period(unit: str, period: str) -> None:
    html = f"""<main><h1>Desk Editor</h1><div class="compensation">
    <span class="comp-label">Salary:</span>
    <span class="comp-min">&euro;2,450</span> &ndash; <span class="comp-max">&euro;2,900</span>
    <span class="comp-unit">{unit}</span></div></main>"""
    assert _pays(html) == [(2450, 2900, period)]


def test_a_unit_after_a_lone_figure_gives_its_period() -> None:
    html = """<main><h1>Site Nurse</h1><div class="salary">
    <span class="salary-amount">&euro;3,150</span> <span class="salary-unit">(monthly)</span>
    </div></main>"""
    assert _pays(html) == [(3150, 3150, "month")]


def test_a_long_note_after_the_figures_lends_no_period() -> None:
    html = """<main><h1>Planner</h1><div class="salary">
    <span class="salary-amount">&euro;52,000</span>
    <span class="salary-note">reviewed monthly against the 2025 pay agreement</span>
    </div></main>"""
    assert _pays(html) == [(52000, 52000, "year")]


def test_a_range_joined_by_a_tilde() -> None:
    html = """<main><h1>Press Operator</h1><table><tr><th>Pay</th><td>
    <span class="pay-kind">Hourly</span>
    <span class="pay">&yen;1,320</span>〜<span class="pay">&yen;1,510</span>
    </td></tr></table></main>"""
    assert _pays(html) == [(1320, 1510, "hour")]
    ranged = parse_pay("₩172,000 ~ ₩205,000")
    assert ranged is not None and (ranged["min"], ranged["max"]) == (172000, 205000)


@pytest.mark.parametrize(
    "text, period",
    [
        ("Day rate: €61.20 per day", "day"),
        ("R$ 140 por dia", "day"),
        ("€61.20 a day, about €1,300 a month", "month"),
        ("$410 per week, 9 hours a day", "week"),
        ("MX$1,900 semanal", "week"),
        ("€1.750 al mes, 40 horas semanales", "month"),
    ],
)
def test_day_rates_and_weekly_words(text: str, period: str) -> None:
    assert written_period(text) == period


def test_a_top_in_the_magnitude_of_the_bottom() -> None:
    pay = parse_pay("Salary UGX 1.8m – 2.1m per month")
    assert pay is not None
    assert (pay["min"], pay["max"], pay["currency"]) == (1_800_000, 2_100_000, "UGX")
    # A top with no magnitude of its own is read as the existing reading reads it.
    plain = parse_pay("CHF 96500 – 112000")
    assert plain is not None and plain["max"] == 112000


def test_a_per_diem_is_no_pay_of_the_job() -> None:
    html = """<main><h1>Field Surveyor</h1><div class="pay-box">
    <p class="pay-note">Per diem of GHS 240 per field day outside Accra.</p></div></main>"""
    assert _pays(html) == []


@pytest.mark.parametrize(
    "text, low, high, currency, period",
    [
        ("62 000 – 78 000 Kč / měsíc hrubého", 62000, 78000, "CZK", "month"),
        ("9 400 zł brutto miesięcznie", 9400, 9400, "PLN", "month"),
        ("185.000 – 240.000 RSD neto mesečno", 185000, 240000, "RSD", "month"),
        ("B2B: 16 000 – 21 000 PLN netto (+VAT) / month", 16000, 21000, "PLN", "month"),
    ],
)
def test_signs_after_the_figure_and_month_words_of_central_europe(
    text: str, low: float, high: float, currency: str, period: str
) -> None:
    pay = parse_pay(text)
    assert pay is not None
    assert (pay["min"], pay["max"], pay["currency"], pay["period"]) == (low, high, currency, period)


def test_a_sum_on_top_after_a_plus_is_still_no_period_of_the_pay() -> None:
    pay = parse_pay("$3,100 + $400 per month housing")
    assert pay is not None and pay["period"] == "year"
