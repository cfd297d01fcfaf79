"""Comparison sides resolved from statistics tables and pages: rows named by their words,
other jobs' figures left out, periods read and converted, and the rationale naming the
table cell and the tolerance. Pages and drafts are written for these tests."""

from __future__ import annotations

from typing import Any

import judging
import pytest
from judging import verdict

from factcheck.evidence.comparisons import trade_of
from factcheck.evidence.index import keywords
from factcheck.model import CheckedClaim, Verdict
from factcheck.sources.facts import read_facts

# Codes before the names, a currency named only in a header, a flag after a figure.
CRAFTS = """<h1>Earnings by trade, 2031</h1>
<p>Median weekly earnings for all employees were £604 in April 2031.</p>
<p>Median annual earnings for all employees were £30,150 in the year to April 2031.</p>
<table><caption>Table 2: Median annual earnings by trade, 2031</caption>
<tr><th>Code</th><th>Trade</th><th>Median annual earnings (£)</th><th>Change %</th></tr>
<tr><td>–</td><td>All employees</td><td>30,150</td><td>4.1</td></tr>
<tr><td>4417</td><td>Lighthouse keepers</td><td>71,020 x</td><td>2.2</td></tr>
<tr><td>4421</td><td>Coopers</td><td>27,400</td><td>5.0</td></tr>
</table>"""

WAGES = """<h1>Wages in selected trades</h1>
<table><caption>Table 1. Wages by trade, May 2031</caption>
<tr><th>Code</th><th>Trade</th><th>Median hourly wage</th><th>Median annual wage</th></tr>
<tr><td>41-2201</td><td>Wheelwrights</td><td>$30.50</td><td>$63,440</td></tr>
<tr><td>41-2202</td><td>Coopers</td><td>$19.75</td><td>$41,080</td></tr>
</table>"""

PAY_RATIOS = """<h1>Chief executive pay at ferry companies, 2031</h1>
<table><caption>Chief executive and median worker pay, 2031</caption>
<tr><th>Company</th><th>Chief executive</th><th>Total pay</th><th>Median worker pay</th></tr>
<tr><td>Tallow Ferries</td><td>Ines Marlow</td><td>$9,120,000</td><td>$45,600</td></tr>
<tr><td>Grebe Crossings</td><td>Otto Vance</td><td>$3,000,000</td><td>$60,000</td></tr>
</table>"""


# The pages here are whole pages, not bodies to wrap in an article element.
def run(article: str, pages: dict[str, str], ruleset: Any) -> list[CheckedClaim]:
    return judging.run(article, pages, ruleset, wrap=False, path="d.md")


def verdict_on(article: str, pages: dict[str, str], ruleset: Any, kind: str, words: str) -> Verdict:
    return judging.verdict_on(article, pages, ruleset, kind, words, wrap=False, path="d.md")


def test_a_row_is_named_by_its_words_and_a_header_names_the_currency() -> None:
    cells = read_facts(CRAFTS).of("cell")
    keepers = next(c for c in cells if "Median" in c.data["column"] and "keepers" in c.text)
    assert keepers.data["row"] == "Lighthouse keepers"
    assert keepers.data["value"] == "£71,020 a year"
    assert not any(c.data["row"] in ("–", "4417") for c in cells)
    ratios = read_facts(PAY_RATIOS).of("cell")
    marlow = next(c for c in ratios if c.data["column"] == "Total pay" and "Tallow" in c.text)
    assert marlow.data["row"] == "Tallow Ferries (Chief executive: Ines Marlow)"
    assert not any(c.data["column"] == "Chief executive" for c in ratios)


def test_weekly_earnings_are_a_weeks_pay(ruleset: Any) -> None:
    judged = verdict_on(
        "The typical employee earns about £31,000 a year, the statistics office says.",
        {"https://stats.example/trades": CRAFTS.replace("annual earnings for all", "x")},
        ruleset,
        "salary",
        "£31,000",
    )
    # £604 a week is £31,408 a year, not £604 a year.
    assert judged.label != "contradicted", judged.rationale
    assert "$56,160 a year" not in judged.rationale


def test_an_occupations_side_is_read_from_its_row_not_from_all_employees(ruleset: Any) -> None:
    judged = verdict_on(
        "Keeping a light pays well. Median pay for lighthouse keepers is more than twice "
        "the figure for all employees, according to the statistics office.",
        {"https://stats.example/trades": CRAFTS},
        ruleset,
        "comparison",
        "twice",
    )
    assert judged.label == "supported", judged.rationale
    why = judged.rationale
    assert "£71,020" in why and "£30,150" in why
    assert "row “Lighthouse keepers”" in why and "2.36 times" in why


def test_a_ratio_far_from_the_table_contradicts_and_names_its_cells(ruleset: Any) -> None:
    judged = verdict_on(
        "Ines Marlow runs Tallow Ferries. Ines Marlow's pay package was about 50 times her "
        "typical worker's pay last year.",
        {"https://pay.example/ratios": PAY_RATIOS},
        ruleset,
        "comparison",
        "50 times",
    )
    assert judged.label == "contradicted", judged.rationale
    why = judged.rationale
    assert "column “Total pay”" in why and "column “Median worker pay”" in why
    assert "200 times" in why and "within 0.9 to 1.1 times" in why


def test_equal_pay_compares_the_stated_annual_figures(ruleset: Any) -> None:
    judged = verdict_on(
        "The median cooper earns roughly the same as the median wheelwright.",
        {"https://stats.example/wages": WAGES},
        ruleset,
        "comparison",
        "cooper",
    )
    assert judged.label == "contradicted", judged.rationale
    assert "$41,080" in judged.rationale
    assert "column “Median annual wage”" in judged.rationale


POSTING = """<html><head><title>Marine Biologist – Careers at Saltmarsh Aquaria</title></head>
<body><h1>Marine Biologist</h1><p>Join Saltmarsh Aquaria's research team on the coast.</p>
<div class="pay"><span class="label">Salary range</span>
<span class="pay-range">$88,000 — $120,000 USD</span></div></body></html>"""

HOURLY = """<html><head><title>Ticket Clerk – Saltmarsh Aquaria</title></head><body>
<h1>Ticket Clerk</h1><p>Greet visitors at the front desk of Saltmarsh Aquaria.</p>
<div class="compensation"><span>Pay rate</span> <span class="pay-rate">$18.00/hr</span></div>
</body></html>"""

OFFERS = """<article><h1>Ferry talks stall</h1>
<p>The operator said it had improved its offer to a rise of 9% over three years.</p>
<p>The crews' union has been asking for 15% over the same period.</p></article>"""


def test_a_postings_pay_elements_give_a_side_and_the_end_of_its_range(ruleset: Any) -> None:
    judged = verdict_on(
        "Saltmarsh Aquaria posted a ticket clerk job at $18 an hour. A year of full-time work "
        "at that rate comes to about $37,440, less than half of the bottom of Saltmarsh's "
        "range for the marine biologist.",
        {"https://jobs.example/bio": POSTING, "https://jobs.example/clerk": HOURLY},
        ruleset,
        "comparison",
        "bottom",
    )
    assert judged.label == "supported", judged.rationale
    # The bottom of $88,000–$120,000 is $88,000: $37,440 is 0.43 of it, under a half.
    assert "$88,000 a year (the “Marine Biologist” posting, pay block" in judged.rationale
    assert "0.43 times" in judged.rationale


def test_an_employers_rate_is_its_postings_pay(ruleset: Any) -> None:
    judged = verdict_on(
        "Saltmarsh Aquaria is hiring a ticket clerk. Saltmarsh's rate is higher than the "
        "$25 an hour a dock worker makes.",
        {"https://jobs.example/clerk": HOURLY},
        ruleset,
        "comparison",
        "higher",
    )
    assert judged.label == "contradicted", judged.rationale
    assert "pay block" in judged.rationale


def test_two_shares_the_article_states_are_compared_as_shares(ruleset: Any) -> None:
    judged = verdict_on(
        "The operator's offer of 9% over three years fell far short of the 15% the union wanted.",
        {"https://news.example/ferry": OFFERS},
        ruleset,
        "comparison",
        "fell far short",
    )
    assert judged.label == "supported", judged.rationale
    assert "9%" in judged.rationale and "15%" in judged.rationale


RAISES = """<article><h1>Bakery workers ratify deal</h1>
<p>Night-shift bakers at Crumbwell Foods will get raises of $1.90 an hour this year and
$4.20 an hour over the four years of the deal. New bakers will start at $19 an hour.</p>
<p>Drivers won $1.10 per hour in raises as well.</p></article>"""


def test_a_raise_is_not_the_pay_it_is_added_to(ruleset: Any) -> None:
    judged = verdict_on(
        "Crumbwell Foods hires new bakers at $19 an hour under the deal.",
        {"https://news.example/crumbwell": RAISES},
        ruleset,
        "salary",
        "$19",
    )
    assert judged.label == "supported", judged.rationale
    assert all(e.stance == "supports" for e in judged.evidence)


BALLOT = """<article><h1>Ferry crews accept pay offer</h1>
<p>In a ballot of the crews' union, 81% voted to approve the deal and 19% voted to reject it.</p>
<p>The union represents about 3,200 ferry workers, who staffed picket lines at 14 terminals.</p>
</article>"""


def test_a_share_of_a_vote_is_read_against_the_same_side(ruleset: Any) -> None:
    judged = verdict_on(
        "The crews' union accepted the offer, with 58% voting in favour.",
        {"https://news.example/ballot": BALLOT},
        ruleset,
        "quantity",
        "58%",
    )
    assert judged.label == "contradicted", judged.rationale
    assert "81%" in judged.rationale


def test_a_count_is_by_its_head_word(ruleset: Any) -> None:
    claims = run(
        "About 3,200 crewmembers at 14 terminals joined the ferry crews' stoppage.",
        {"https://news.example/ballot": BALLOT},
        ruleset,
    )
    # "ferry workers" counts heads as "crewmembers" does; "terminals" are not workers.
    heads = verdict(claims, "quantity", "3,200")
    assert heads.verdict.label == "supported", heads.verdict.rationale
    terminals = [c for c in claims if c.claim.type == "quantity" and "14" in c.claim.text]
    assert terminals and terminals[0].verdict.label == "supported", terminals[0].verdict


FACTS_TABLE = """<html><head><title>Harbour Engineer – Careers</title></head><body>
<h1>Harbour Engineer</h1><table class="advert-facts">
<tr><th scope="row">Reference</th><td>30418</td></tr>
<tr><th scope="row">Location</th><td>Portsmouth (hybrid)</td></tr>
<tr><th scope="row">Salary band</th><td>£41,000 - £47,500 depending on experience</td></tr>
</table><p>Tidewell Ports is looking for a harbour engineer.</p>
<aside class="similar-jobs"><a href="/j/2">Chief Harbour Engineer</a> £58,000 - £66,000</aside>
</body></html>"""


def test_a_label_value_table_gives_a_postings_pay_and_its_values() -> None:
    facts = read_facts(FACTS_TABLE)
    pay = facts.of("pay")
    assert [p.where for p in pay] == ["pay block: Salary band"]
    assert (pay[0].data["min"], pay[0].data["max"]) == (41000, 47500)
    cells = {c.data["row"]: c.data["value"] for c in facts.of("cell")}
    # No column carries a currency down a label-value table.
    assert cells["Reference"] == "30418"
    assert cells["Location"] == "Portsmouth (hybrid)"


def test_a_ceiling_above_the_postings_range_is_contradicted(ruleset: Any) -> None:
    judged = verdict_on(
        "Tidewell Ports wants a harbour engineer, offering as much as £60,000 "
        "([careers](https://jobs.example/harbour)).",
        {"https://jobs.example/harbour": FACTS_TABLE},
        ruleset,
        "salary",
        "£60,000",
    )
    assert judged.label == "contradicted", judged.rationale
    assert "pay block: Salary band" in judged.rationale


def test_a_side_told_by_the_trader_finds_the_row_told_by_the_trade(ruleset: Any) -> None:
    # "brewers" and "Brewery staff": one stem, so the row is the side's.
    page = """<h1>Earnings by sector, 2031</h1>
<table><caption>Table 3: Median annual earnings by sector, 2031</caption>
<tr><th>Sector</th><th>Median annual earnings (£)</th></tr>
<tr><td>All employees</td><td>30,000</td></tr>
<tr><td>Brewery staff</td><td>66,000</td></tr>
<tr><td>Tanners</td><td>27,000</td></tr>
</table>"""
    judged = verdict_on(
        "Median pay for brewers is more than twice the figure for all employees, "
        "the statistics office says.",
        {"https://stats.example/sectors": page},
        ruleset,
        "comparison",
        "twice",
    )
    assert judged.label == "supported", judged.rationale
    assert "row “Brewery staff”" in judged.rationale


@pytest.mark.parametrize(
    ("one", "other"),
    [("battery plant", "batter"), ("the misery", "a miser"), ("mastery", "master")],
)
def test_a_short_ery_word_is_not_folded_into_an_er_word(one: str, other: str) -> None:
    # Short bases meet unrelated words by chance; a known occupation is matched to its
    # trade (below).
    assert not set(keywords(one).split()) & set(keywords(other).split())


def test_a_long_ery_word_is_the_er_word_it_is_made_from() -> None:
    assert keywords("recoveries") == keywords("recovered") == keywords("recover")
    assert keywords("deliveries") == keywords("delivers")


def test_a_trader_plies_the_trade_named_after_it() -> None:
    assert [trade_of(keywords(w)) for w in ("grocers", "potter", "tanners")] == [
        "grocery",
        "pottery",
        "tannery",
    ]
    assert keywords("Groceries") == "grocery"


BAKERIES = {
    "https://news.example.org/bakery-pay": (
        "<article><p>Orwell Bakery pays its delivery drivers £11.20 an hour and its bakers £13.50 "
        "an hour.</p><p>At Hallam Bakery, delivery drivers get £12.10 an hour.</p></article>"
    )
}


def test_whom_a_payer_pays_is_the_side(ruleset: Any) -> None:
    """'X pays its drivers less than ...' is about the drivers' pay, not the bakers'."""
    less = verdict_on(
        "Orwell Bakery pays its drivers less than Hallam Bakery's drivers.",
        BAKERIES,
        ruleset,
        "comparison",
        "pays",
    )
    assert less.label == "supported"
    assert "Orwell Bakery's drivers" in less.rationale
    more = verdict_on(
        "Orwell Bakery pays its drivers more than Hallam Bakery's drivers.",
        BAKERIES,
        ruleset,
        "comparison",
        "pays",
    )
    assert more.label == "contradicted"


SECTORS = """<html><body><h1>Craft wages, 2031</h1>
<table><caption>Table 3. Median hourly wage by sector, 2031</caption>
<tr><th>Occupation</th><th>Public sector</th><th>Private sector</th></tr>
<tr><td>All occupations</td><td>$27.00</td><td>$21.60</td></tr>
<tr><td>Glaziers</td><td>$25.10</td><td>$20.40</td></tr>
</table></body></html>"""


def test_a_side_that_names_no_period_is_paid_in_the_other_sides(ruleset: Any) -> None:
    # Only the first figure says "an hour"; read as a year's pay against a bare $21.60,
    # the left side was 2,600 times the right and the claim "contradicted".
    judged = verdict_on(
        "In 2031 public-sector workers earned a median $27.00 an hour, about a quarter more"
        " than the $21.60 earned in the private sector.",
        {"https://stats.example/sectors": SECTORS},
        ruleset,
        "comparison",
        "quarter more",
    )
    assert judged.label == "supported", judged.rationale
    assert "$44,928 a year" in judged.rationale
