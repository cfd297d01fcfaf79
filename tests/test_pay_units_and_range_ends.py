"""Pay by the unit and ranges read end by end. A sum paid per thing done ("per mile", "each
game earns", "for every away fixture") is the rate for that thing, whether the words
come after the sum or before it and whether the page gives it in a sentence or in its pay
block; an hour of a kind ("per flight hour") is still an hour. Two ranges for one job
that share an end and part at the other are mixed. Pages and drafts written for these
tests."""

from __future__ import annotations

from typing import Any

import pytest
from judging import cited

from factcheck.claims.pieces import piece_after, piece_before
from factcheck.sources.facts import parse_pay, read_facts

STORY_URL = "https://sport.example/2033/05/02/tarn-valley-umpires"
STORY = """<h1>Tarn Valley umpires weigh a stand-down</h1>
<p>Under the present deal, a senior Tarn Valley Hockey League umpire receives a yearly
retainer of £18,500 and is paid £640 for every top-flight fixture he or she officiates.</p>
"""


@pytest.mark.parametrize(
    ("sentence", "label"),
    [
        (
            "In the Tarn Valley Hockey League each top-flight match earns the umpire £640",
            "supported",
        ),
        (
            "In the Tarn Valley Hockey League each top-flight game earns the umpire £910",
            "contradicted",
        ),
        ("Per fixture, a Tarn Valley Hockey League umpire gets £910", "contradicted"),
        (
            "For every game they officiate, Tarn Valley Hockey League umpires are paid £640",
            "supported",
        ),
    ],
)
def test_a_rate_per_thing_told_before_the_sum(sentence: str, label: str, ruleset: Any) -> None:
    found = cited(sentence, STORY_URL, STORY, ruleset, "salary")
    assert found.verdict.label == label, found.verdict.rationale


@pytest.mark.parametrize(
    ("before", "thing"),
    [
        ("each top-flight fixture earns the umpire ", "fixture"),
        ("Per shift, security guards get ", "shift"),
        ("For every delivery they make, riders are paid ", "delivery"),
        # A period, a person or no word of paying between: no thing paid per.
        ("Each year, guards earn ", None),
        ("Every porter earns ", None),
        ("Each fixture drew a crowd of ", None),
    ],
)
def test_the_thing_a_sum_is_paid_per_told_before_it(
    before: str, thing: str | None, ruleset: Any
) -> None:
    assert piece_before(before, ruleset.knowledge) == thing


@pytest.mark.parametrize(
    ("after", "thing"),
    [
        (" for every long-haul trip", "trip"),
        (" per away fixture", "away"),
        (" for each night-time delivery they make", "delivery"),
        # An hour of a kind is an hour; a person is no thing done.
        (" per flight hour", None),
        (" per billable hour", None),
        (" per driver", None),
    ],
)
def test_modifiers_hours_of_a_kind_and_people(after: str, thing: str | None, ruleset: Any) -> None:
    assert piece_after(after, ruleset.knowledge) == thing


BLOCK_URL = "https://careers.example/corrow-haulage/jobs/5512"
BLOCK_PAGE = """<html><head><title>Night Trunker | Corrow Haulage</title></head><body><main>
<h1>Night Trunker</h1><div class="company">Corrow Haulage</div>
<div class="pay"><div class="pay-label">Pay</div>
<div class="pay-value"><span>$0.61</span> – <span>$0.66</span> <span>per mile</span></div></div>
<p>Run our overnight trunk lanes between Dayton and Columbus.</p>
</main></body></html>"""


@pytest.mark.parametrize(
    ("sentence", "label"),
    [
        ("Corrow Haulage pays its night trunkers $0.61 to $0.66 a mile", "supported"),
        ("Corrow Haulage pays its night trunkers $0.71 to $0.79 per mile", "contradicted"),
        # A mileage rate is no hourly pay: it neither backs nor refutes one.
        ("Corrow Haulage pays its night trunkers $0.61 to $0.66 an hour", "unverified"),
    ],
)
def test_a_pay_block_paid_per_thing_is_that_things_rate(
    sentence: str, label: str, ruleset: Any
) -> None:
    found = cited(sentence, BLOCK_URL, BLOCK_PAGE, ruleset, "salary", wrap=False)
    assert found.verdict.label == label, found.verdict.rationale


@pytest.mark.parametrize(
    ("text", "period"),
    [
        ("$0.61 – $0.66 per mile plus $19.00/hour for waiting time", "hour"),
        ("£2,400 a month + £90/day site allowance", "month"),
        ("€31.50 – €36.00 per hour, with €400 a year tool money", "hour"),
    ],
)
def test_a_sum_added_after_the_pay_does_not_give_its_period(text: str, period: str) -> None:
    pay = parse_pay(text)
    assert pay is not None and pay["period"] == period
    assert pay["min"] != 19.0 and pay["max"] != 90.0


@pytest.mark.parametrize(
    "value",
    [
        '<div class="fact-label">Pay</div><div class="fact-value">$27.10 – $31.40 an hour</div>',
        '<div class="k">Salary</div><div class="v"><span>£38,200</span> – <span>£41,900</span>'
        "</div>",
        "<div>Hourly rate</div><div>€19.80 – €22.30 per hour</div>",
    ],
)
def test_a_pay_label_and_its_value_in_sibling_blocks(value: str) -> None:
    facts = read_facts(
        f"<html><body><h1>Line Cook</h1><div class='facts'>{value}</div></body></html>"
    )
    assert [f for f in facts.of("pay") if f.where.startswith("pay block")], value


RANGE_URL = "https://press.example/2033/02/11/records-office-pay"
RANGE_PAGE = """<h1>Records office staff start overtime ban</h1>
<p>Records officers at Grade D of the Halbury Council pay scale currently earn between
£31,400 and £36,900 a year, the union said.</p>"""


@pytest.mark.parametrize(
    ("sentence", "label"),
    [
        (
            "Halbury Council records officers at Grade D earn between £31,400 and £39,600 a year",
            "mixed",
        ),
        (
            "Halbury Council records officers at Grade D earn from £29,800 to £36,900 a year",
            "mixed",
        ),
        ("Halbury Council records officers at Grade D earn £31,400 to £36,900 a year", "supported"),
    ],
)
def test_a_range_with_one_end_off_is_mixed(sentence: str, label: str, ruleset: Any) -> None:
    found = cited(sentence, RANGE_URL, RANGE_PAGE, ruleset, "salary")
    assert found.verdict.label == label, found.verdict.rationale


POSTING_URL = "https://careers.example/marlow-yard/jobs/311"
POSTING = """<html><head><title>Rigging Foreman | Marlow Yard</title></head><body><main>
<h1>Rigging Foreman</h1><div class="company">Marlow Yard</div>
<dl><dt>Compensation</dt><dd>€26.50 – €29.00 per hour</dd></dl>
<p>Lead a rigging crew of eight at our dry dock.</p></main></body></html>"""


@pytest.mark.parametrize(
    ("sentence", "label"),
    [
        ("Marlow Yard's rigging foreman role tops out at €40 an hour", "contradicted"),
        ("Marlow Yard's rigging foreman role tops out at €30 an hour", "contradicted"),
        ("Marlow Yard's rigging foreman role tops out at €29 an hour", "supported"),
    ],
)
def test_two_digit_pay_is_written_to_the_unit(sentence: str, label: str, ruleset: Any) -> None:
    found = cited(sentence, POSTING_URL, POSTING, ruleset, "salary", wrap=False)
    assert found.verdict.label == label, found.verdict.rationale


@pytest.mark.parametrize(
    "sentence",
    [
        "The advert asks for five years in a dock, and Marlow Yard pays €26.50 to €29.00 an hour",
        "Marlow Yard wants a foreman with a rigging ticket, and it pays €26.50 to €29.00 an hour",
        "The ad is seeking eight years of rigging, but the yard pays €26.50 to €29.00 an hour",
    ],
)
def test_what_an_advert_asks_for_is_no_side_of_the_pay_after_it(
    sentence: str, ruleset: Any
) -> None:
    found = cited(sentence, POSTING_URL, POSTING, ruleset, "salary", wrap=False)
    assert found.verdict.label == "supported", found.verdict.rationale


STATS_URL = "https://stats.example/oes/2032/may/selected"
STATS = """<h1>Employment and wages, May 2032</h1><table>
<caption>Table 2. Wages, selected occupations, May 2032</caption>
<thead><tr><th>Occupation</th><th>Median hourly wage</th><th>Median annual wage</th>
<th>Mean annual wage</th></tr></thead><tbody>
<tr><th>Loss surveyors</th><td>$33.20</td><td>$69,050</td><td>$72,400</td></tr>
<tr><th>Cargo inspectors</th><td>$27.90</td><td>$58,030</td><td>$61,300</td></tr>
</tbody></table>"""


@pytest.mark.parametrize(
    ("sentence", "label"),
    [
        # The mean's figure is no median: the restated median is wrong.
        ("Loss surveyors earn a median of $33.20 an hour, or $72,400 a year", "mixed"),
        ("Loss surveyors earn a median of $33.20 an hour, or $69,050 a year", "supported"),
        ("Cargo inspectors have a median wage of $27.90 an hour, or $61,300 a year", "mixed"),
    ],
)
def test_a_means_column_does_not_answer_a_median(sentence: str, label: str, ruleset: Any) -> None:
    found = cited(sentence, STATS_URL, STATS, ruleset, "salary")
    assert found.verdict.label == label, found.verdict.rationale


DEAL_URL = "https://news.example/2032/03/04/orlen-bakers-ratify"
DEAL = """<h1>Orlen bakers ratify four-year deal</h1>
<p>Under the deal, Orlen Bakery packers are paid $21.00 an hour from now, and they will be
paid $23.60 an hour in 2035, the final year of the contract.</p>"""


@pytest.mark.parametrize(
    ("sentence", "label"),
    [
        (
            "Orlen Bakery packers' starting pay goes to $21 an hour now and to $24.60 by 2035",
            "mixed",
        ),
        (
            "Orlen Bakery packers' starting pay goes to $21 an hour now and to $23.60 by 2035",
            "supported",
        ),
        ("Orlen Bakery packers are paid $21 an hour now, rising to $25.10 by 2035", "mixed"),
    ],
)
def test_a_later_second_figure_is_read_against_its_year(
    sentence: str, label: str, ruleset: Any
) -> None:
    found = cited(sentence, DEAL_URL, DEAL, ruleset, "salary")
    assert found.verdict.label == label, found.verdict.rationale


ESTIMATE_URL = "https://careers.example/fenwick-freight/jobs/88"
ESTIMATE = """<html><head><title>Relay Driver | Fenwick Freight</title></head><body><main>
<h1>Relay Driver</h1><div class="company">Fenwick Freight</div><table>
<tr><th>{label}</th><td>$71,000 – $79,500 per driver</td></tr></table>
<p>Run our relay lanes out of Toledo.</p></main></body></html>"""


@pytest.mark.parametrize(
    ("label", "verdict"),
    [
        # An estimate is no range of pay: one end off is mixed, not a conflict.
        ("Estimated annual earnings", "mixed"),
        ("Typical yearly earnings", "mixed"),
        # The posting's own pay (a package counts) is its range: one end off refutes it.
        ("Package", "contradicted"),
        ("Salary", "contradicted"),
    ],
)
def test_a_labelled_estimate_is_no_range_of_pay(label: str, verdict: str, ruleset: Any) -> None:
    found = cited(
        "Fenwick Freight says its relay drivers make $71,000 to $88,000 a year",
        ESTIMATE_URL,
        ESTIMATE.replace("{label}", label),
        ruleset,
        "salary",
        wrap=False,
    )
    assert found.verdict.label == verdict, found.verdict.rationale
