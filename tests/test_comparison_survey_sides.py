"""Comparisons whose sides are groups of workers in one statistics table, or figures the
sentence itself gives, or a thing cut to a share of its planned length. The pages and
sentences are written for these tests."""

from __future__ import annotations

from typing import Any

from extracting import first_fields
from judging import run, verdict

from factcheck.claims.extract import extract_claims
from factcheck.evidence.comparisons import counts_things, levels_of_pay, worded
from factcheck.evidence.cut_lengths import cut_from_to
from factcheck.reading import parse_article

STATS = "https://stats.example.gov/wages/norland-2031"
POSTING = "https://jobs.example.com/postings/4471"

# Norland, 2031: welders 58,400, plumbers 52,100, riggers 33,000, surveyors 54,000 (riggers
# at 0.61 of surveyors); the share of the workforce stands in a column before the pay.
TABLE = """<h1>Occupational wages, Norland, 2031</h1>
<table><caption>Selected trades, Norland, 2031</caption>
<thead><tr><th>Occupation</th><th>Share of workforce (%)</th><th>Annual median wage</th></tr>
</thead><tbody>
<tr><td>Welders</td><td>4.1</td><td>$58,400</td></tr>
<tr><td>Plumbers</td><td>3.2</td><td>$52,100</td></tr>
<tr><td>Riggers</td><td>1.5</td><td>$33,000</td></tr>
<tr><td>Surveyors</td><td>6.0</td><td>$54,000</td></tr>
</tbody></table>"""


def test_an_owner_before_s_is_no_kind_of_the_job(ruleset: Any) -> None:
    # "Norland's welders" are welders, of Norland: not a kind of welder the row must name.
    draft = (
        "# Pay\n\nNorland's welders out-earn the region's plumbers at the median"
        f" ([wage survey]({STATS})).\n"
    )
    found = verdict(run(draft, {STATS: TABLE}, ruleset), "comparison").verdict
    assert found.label == "supported", found.rationale
    assert "58,400" in found.rationale and "52,100" in found.rationale


def test_pay_words_before_the_matched_words_make_the_sides_levels_of_pay(
    ruleset: Any,
) -> None:
    # The rule reads "less than half what surveyors do" and the side before it: "earn"
    # stands between them, so the sides are levels of pay, not counts or shares.
    article = parse_article(
        "# Pay\n\nIn Norland, riggers earn less than half what surveyors do.\n", "t.md", "markdown"
    )
    claim = next(c for c in extract_claims(article, ruleset) if c.type == "comparison")
    assert "earn" not in claim.text
    assert "earn" in worded(claim)
    assert levels_of_pay(claim)
    assert not counts_things(claim)


SURVEY = """<h1>Norland trades survey: employment and pay</h1>
<p>The number of people working in the Norland building trades was 41,200 in 2031.</p>
<table><caption>Average annual salary of full-time employees by trade, 2031 (thousand
dollars)</caption>
<tr><th>Trade</th><th>Average annual salary ($ thousand)</th><th>Share of workforce (%)</th></tr>
<tr><td>Surveying</td><td>54.0</td><td>12.4</td></tr>
<tr><td>Rigging</td><td>33.0</td><td>5.1</td></tr>
<tr><td>Welding</td><td>47.5</td><td>20.3</td></tr>
<tr><td>All trades</td><td>45.0</td><td>100.0</td></tr>
</table>"""
RIGGER_POSTING = """<h1>Crane Rigger (Contract) – Harbour Team</h1>
<p>Brinemoor Lifting is hiring a crane rigger for its harbour team in Norland.</p>
<h2>Pay range</h2><p>$28,000 to $31,000 a year</p>"""


def test_two_groups_are_read_from_one_table_before_a_posting(ruleset: Any) -> None:
    # One employer's posting for riggers (0.52–0.57 of the surveyors' average) is not the
    # riggers' level in the survey that gives the surveyors' (0.61 of it).
    draft = (
        "# Riggers\n\nBrinemoor Lifting in Norland is advertising a Crane Rigger (Contract)"
        f" role (<{POSTING}>). The position pays $28,000 to $31,000 a year.\n\n"
        f"According to the trades survey (<{STATS}>), rigging staff earned an average of"
        " $33,000 in 2031, while surveyors made $54,000. In other words, riggers in Norland"
        " earn less than half what surveyors do, in a trade that employed more than 41,000"
        " people.\n"
    )
    claims = run(draft, {STATS: SURVEY, POSTING: RIGGER_POSTING}, ruleset)
    found = verdict(claims, "comparison", "less than half").verdict
    assert found.label == "contradicted", found.rationale
    assert "row “Rigging”" in found.rationale, found.rationale


def test_fell_short_of_a_figure_stated_after_of(ruleset: Any) -> None:
    page = (
        "<p>The trust offered 2 per cent for the first year, well below annual inflation"
        " of 3.9 per cent, the union said.</p>"
    )
    url = "https://news.example.org/2031/ward-staff-offer"
    draft = (
        "# Offer\n\nThe trust's offer of 2% for the first year fell short of annual"
        f" inflation of 3.9% ([report]({url})).\n"
    )
    found = verdict(run(draft, {url: page}, ruleset), "comparison")
    assert found.claim.fields["relation"] == "less"
    assert found.verdict.label == "supported", found.verdict.rationale


def test_figures_after_the_sides_as_one_against_the_other(ruleset: Any) -> None:
    fields = first_fields(
        "A crane rigger in Norland out-earns a site labourer, at 2,900 euros a month"
        " against 2,450, the survey shows.",
        "comparison",
        ruleset,
    )
    assert fields["left_amount"]["min"] == 2900
    assert fields["right_amount"]["min"] == 2450
    assert fields["right_amount"]["currency"] == fields["left_amount"]["currency"]
    assert fields["right_amount"]["period"] == "month"


def test_a_second_figure_without_a_period_takes_the_first_ones(ruleset: Any) -> None:
    fields = first_fields(
        "In Norland welders out-earn plumbers, at $61,000 a year against $52,500, the"
        " survey shows.",
        "comparison",
        ruleset,
    )
    assert fields["right_amount"]["period"] == "year"


SHIFT_PAGE = """<p>The labour ministry on Friday issued an order cutting the tram strike
from 48 hours to 24, citing the city marathon on Sunday.</p>"""
SHIFT_URL = "https://news.example.org/2031/tram-strike-order"


def test_a_cut_to_a_share_of_the_planned_length_is_checked_against_from_and_to(
    ruleset: Any,
) -> None:
    wrong = (
        "# Trams\n\nThe ministry's order cut the tram walkout to a quarter of its planned"
        f" length ([report]({SHIFT_URL})).\n"
    )
    found = verdict(run(wrong, {SHIFT_URL: SHIFT_PAGE}, ruleset), "comparison")
    assert found.claim.fields["measure"] == "cut"
    assert found.verdict.label == "contradicted", found.verdict.rationale
    right = wrong.replace("a quarter", "half")
    found = verdict(run(right, {SHIFT_URL: SHIFT_PAGE}, ruleset), "comparison")
    assert found.verdict.label == "supported", found.verdict.rationale


def test_a_cut_of_something_else_is_no_evidence(ruleset: Any) -> None:
    page = "<p>The council cut the bus timetable from 20 hours to 16 on weekdays.</p>"
    draft = (
        "# Trams\n\nThe ministry's order cut the tram walkout to a quarter of its planned"
        f" length ([report]({SHIFT_URL})).\n"
    )
    found = verdict(run(draft, {SHIFT_URL: page}, ruleset), "comparison")
    assert found.verdict.label == "unverified", found.verdict.rationale


def test_cut_from_to_reads_lengths_in_one_unit(ruleset: Any) -> None:
    k = ruleset.knowledge
    found = cut_from_to("The stoppage was cut from three days to one day.", k)
    assert found is not None and found[:2] == (72.0, 24.0) and "stoppage" in found[2]
    assert cut_from_to("They shortened it from 24 to 12 hours.", k) is not None
    assert cut_from_to("Fares were cut from 24 to 12.", k) is None
    assert cut_from_to("The shift grew from 8 hours to 12.", k) is None
