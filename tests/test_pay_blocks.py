"""Pay in a posting's own elements, as pages write it: a range split over elements, a
thousands dot, a sign or code after the figure, and the same pay restated per year. The
pages are written for these tests."""

from __future__ import annotations

from typing import Any

import pytest

from factcheck.check import check_against
from factcheck.claims.amounts import Amount
from factcheck.evidence.restated import restates
from factcheck.reading import parse_article
from factcheck.sources.facts import parse_pay, read_facts
from factcheck.sources.gather import page_from_text

SPLIT_IN_PROSE = """<html><body><main><h1>Bridge Inspector</h1>
<p>Corran Rail keeps 214 bridges open.</p>
<p>The base pay for this role in Tulsa is <span class="pay">$64,200</span><span>&ndash;</span>
<span class="pay">$77,900</span> per year. Overtime is paid on top.</p>
</main></body></html>"""


def test_a_range_split_over_elements_is_one_range_with_its_period() -> None:
    pays = read_facts(SPLIT_IN_PROSE).of("pay")
    assert [(p.data["min"], p.data["max"], p.data["period"]) for p in pays] == [
        (64200, 77900, "year")
    ]


def test_a_lone_figure_with_no_range_after_it_stays_one_figure() -> None:
    html = '<p>Sign-on bonus <span class="pay">$2,500</span> &ndash; paid after 90 days.</p>'
    pays = read_facts(html).of("pay")
    assert [(p.data["min"], p.data["max"]) for p in pays] == [(2500, 2500)]


def test_thousands_dots_signs_after_and_codes_before() -> None:
    html = """<ul><li class="fact salary"><span>&euro; 2.875</span> <span>-</span>
    <span>&euro; 3.310</span> <span>gross per month</span></li></ul>"""
    pay = read_facts(html).of("pay")[0]
    assert (pay.data["min"], pay.data["max"], pay.data["period"]) == (2875, 3310, "month")
    after = parse_pay("2.640 € – 2.990 € a month")
    assert after is not None and (after["min"], after["max"], after["currency"]) == (
        2640,
        2990,
        "EUR",
    )
    coded = parse_pay("SEK 38.200 per month")
    assert coded is not None and (coded["min"], coded["currency"]) == (38200, "SEK")
    # A decimal point stays one: two decimals, or a scale after the figure.
    cents = parse_pay("€7.85 an hour")
    assert cents is not None and cents["min"] == 7.85
    scaled = parse_pay("$2.750M")
    assert scaled is not None and scaled["min"] == 2_750_000


def test_pay_restated_in_another_period_is_the_same_pay(ruleset: Any) -> None:
    knowledge = ruleset.knowledge
    hourly = Amount(30.10, 36.60, "USD", "hour")
    assert restates(Amount(58_695, 71_370, "USD", "year"), hourly, knowledge)  # 1,950 hours
    # Not the same shape: the ends scale apart.
    assert not restates(Amount(58_695, 80_000, "USD", "year"), hourly, knowledge)
    # Too far from any working year.
    assert not restates(Amount(30_100, 36_600, "USD", "year"), hourly, knowledge)
    assert not restates(Amount(30.10, 36.60, "USD", "hour"), hourly, knowledge)


ANNUALISED = """<html><body><main><h1>Dialysis Nurse</h1>
<p>Brackwater Health runs four dialysis units.</p>
<ul class="facts"><li><span class="label">Shift</span> <span>nights</span></li>
<li class="pay"><span class="label">Hourly rate</span> <span>$30.10</span><span> &ndash; </span>
<span>$36.60</span> <span>per hour</span></li>
<li class="pay-annual"><span class="label">Annual equivalent</span> <span>$58,695</span>
&ndash; <span>$71,370</span></li></ul>
<a class="apply" href="/apply">Apply</a></main></body></html>"""


def test_an_annual_equivalent_agrees_with_the_hourly_rate(ruleset: Any) -> None:
    url = "https://jobs.brackwater.example/dialysis"
    article = (
        f"Brackwater Health is hiring a dialysis nurse ([posting]({url})). "
        "The job pays between $30.10 and $36.60 an hour."
    )
    page = page_from_text(url, ANNUALISED)
    report = check_against(parse_article(article, "d.md", "markdown"), [page], ruleset)
    salary = next(c for c in report.claims if c.claim.type == "salary")
    assert salary.verdict.label == "supported", salary.verdict.rationale


# A pay block whose period is named by its label only, in three layouts and three languages.
LABEL_PERIOD_PAGES = [
    (
        "<dl><dt>Location</dt><dd>Mombasa</dd><dt>Monthly salary</dt>"
        "<dd>KES 88,000 - KES 97,500</dd></dl>",
        (88000, 97500, "month"),
    ),
    (
        '<table class="facts"><tr><th>Team</th><td>Warehouse</td></tr>'
        "<tr><th>Stundenlohn</th><td>18,40 € - 21,10 €</td></tr></table>",
        (18.4, 21.1, "hour"),
    ),
    (
        "<table><tr><th>勤務地 Site</th><td>Sendai</td></tr><tr><th>Pay 月給</th>"
        '<td class="salary">¥310,000 – ¥365,000</td></tr></table>',
        (310000, 365000, "month"),
    ),
    (
        '<div class="row"><span class="k">Pay, per week</span>'
        '<span class="salary">£1,240</span></div>',
        (1240, 1240, "week"),
    ),
    # The figure's own period is kept over its label's.
    (
        "<dl><dt>Annual pay band</dt><dd>$41.20 - $47.90 per hour</dd></dl>",
        (41.2, 47.9, "hour"),
    ),
    # A label with no period leaves the figure's size to decide.
    (
        "<dl><dt>Salary</dt><dd>AUD 118,000 – AUD 131,000</dd></dl>",
        (118000, 131000, "year"),
    ),
]


@pytest.mark.parametrize(("html", "want"), LABEL_PERIOD_PAGES)
def test_a_pay_block_takes_its_period_from_its_label(
    html: str, want: tuple[float, float, str]
) -> None:
    pays = [p for p in read_facts(f"<html><body><main>{html}</main></body></html>").of("pay")]
    assert [(p.data["min"], p.data["max"], p.data["period"]) for p in pays] == [want]
