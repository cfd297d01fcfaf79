"""Comparisons of counts read from tables: tonnes sawn, passengers carried, people
employed. A cell holding a bare figure is a count when its headers count things (not a
rank, a date or a change in per cent); a table of several measures gives a count only
for the measure the sentence names; a side naming a year reads that year's column, and
one that points back ("its 2029 tally") is the row the other side names. The pages and
sentences are written for these tests."""

from __future__ import annotations

from typing import Any

import pytest
from judging import run, verdict

from factcheck.model import Verdict

MILLS_URL = "https://stats.example.no/forestry/sawn-timber-2029-2030"
# Output by mill and year, a column of changes in per cent, a row of totals.
MILLS = """<html><head><title>Sawn timber by mill, 2029–2030</title></head><body><main>
<h1>Sawn timber output by mill, 2029–2030</h1>
<p>Thousands of cubic metres of sawn softwood. Figures for 2030 are provisional.</p>
<table><thead><tr><th>Mill</th><th>Owner</th><th>2029</th><th>2030</th>
<th>Change (%)</th></tr></thead>
<tbody>
<tr><td>Brenholt</td><td>Nordskog AS</td><td>812.4</td><td>766.0</td><td>-5.7</td></tr>
<tr><td>Skarvik</td><td>Fjelltre</td><td>301.9</td><td>344.2</td><td>14.0</td></tr>
<tr><td>Tyrvang</td><td>Nordskog AS</td><td>290.3</td><td>281.7</td><td>-3.0</td></tr>
<tr><td>Country total</td><td></td><td>2,410.6</td><td>2,388.1</td><td>-0.9</td></tr>
</tbody></table></main></body></html>"""

FERRY_URL = "https://ferries.example.gr/annual/2031-routes"
# Routes by rank, with passengers and vehicles carried and the date each route opened.
FERRY = """<html><head><title>Ferry routes, 2031</title></head><body><main>
<h1>Busiest ferry routes, 2031</h1>
<table><caption>Table 4. Routes by passengers carried, 2031</caption>
<thead><tr><th>Rank</th><th>Route</th><th>Opened</th><th>Passengers</th>
<th>Vehicles</th></tr></thead>
<tbody>
<tr><td>1</td><td>Pirella – Naxos</td><td>1998-05-01</td><td>1,904,220</td><td>212,400</td></tr>
<tr><td>2</td><td>Kamari – Tinos</td><td>2004-06-15</td><td>1,688,310</td><td>305,950</td></tr>
<tr><td>3</td><td>Lefkes – Sifnos</td><td>2011-04-20</td><td>702,880</td><td>98,140</td></tr>
</tbody></table></main></body></html>"""


def _on(sentence: str, url: str, page: str, ruleset: Any) -> Verdict:
    draft = f"# Counts\n\n{sentence} ([figures]({url})).\n"
    return verdict(run(draft, {url: page}, ruleset, wrap=False), "comparison").verdict


@pytest.mark.parametrize(
    ("sentence", "label"),
    [
        # 2030: Brenholt 766.0 against Skarvik 344.2, 2.23 times.
        ("In 2030 Brenholt sawed more than twice as much timber as Skarvik", "supported"),
        ("In 2030 Brenholt sawed more than three times as much timber as Skarvik", "contradicted"),
        ("Skarvik produced more timber than Tyrvang in 2030", "supported"),
        ("Skarvik produced less timber than Tyrvang in 2030", "contradicted"),
        # The latest year when the sentence names none: 344.2 against 281.7.
        ("Skarvik now outproduces Tyrvang", "supported"),
        ("Tyrvang outproduces Skarvik", "contradicted"),
    ],
)
def test_counts_of_two_rows_are_read_in_one_column(sentence: str, label: str, ruleset: Any) -> None:
    found = _on(sentence, MILLS_URL, MILLS, ruleset)
    assert found.label == label, found.rationale
    assert "Change" not in found.rationale  # the column of changes is no count


@pytest.mark.parametrize(
    ("sentence", "label"),
    [
        # Brenholt: 766.0 in 2030 against 812.4 in 2029.
        ("Brenholt's 2030 output trailed its 2029 tally", "supported"),
        ("Brenholt's 2030 output topped its 2029 tally", "contradicted"),
        ("Skarvik's 2030 output trailed its 2029 tally", "contradicted"),
        # The side pointing back runs on with figures of its own, in other units.
        (
            "Brenholt's 2030 output trailed its 2029 tally, easing from just over 800,000"
            " cubic metres to under 770,000 cubic metres of sawn softwood",
            "supported",
        ),
    ],
)
def test_a_side_naming_a_year_reads_that_years_column_and_its_points_back(
    sentence: str, label: str, ruleset: Any
) -> None:
    found = _on(sentence, MILLS_URL, MILLS, ruleset)
    assert found.label == label, found.rationale
    assert "Country total" not in found.rationale


@pytest.mark.parametrize(
    ("sentence", "label"),
    [
        # Passengers: 1,904,220 against 702,880 (2.7 times); vehicles 212,400 against
        # 305,950.
        ("The Pirella route carried more passengers than the Kamari route", "supported"),
        ("The Pirella route carried fewer passengers than the Kamari route", "contradicted"),
        ("The Kamari route carried more vehicles than the Pirella route", "supported"),
        (
            "The Pirella route carried about twice as many passengers as the Lefkes route",
            "contradicted",
        ),
    ],
)
def test_a_table_of_several_measures_gives_the_one_the_sentence_names(
    sentence: str, label: str, ruleset: Any
) -> None:
    found = _on(sentence, FERRY_URL, FERRY, ruleset)
    assert found.label == label, found.rationale


@pytest.mark.parametrize(
    "sentence",
    [
        # Neither passengers nor vehicles named: either could be meant; the rank is no
        # count of anything.
        "The Lefkes route outranked the Kamari route",
        "The Kamari route is a busier crossing than the Pirella route",
    ],
)
def test_a_measure_the_sentence_does_not_name_decides_nothing(sentence: str, ruleset: Any) -> None:
    found = _on(sentence, FERRY_URL, FERRY, ruleset)
    assert found.label == "unverified", found.rationale


TRADES_URL = "https://stats.example.gov/oes/metal-trades-2031"
# Employment beside wages: the count of people is no one's pay.
TRADES = """<html><head><title>Metal trades: employment and wages, 2031</title></head>
<body><main><h1>Metal trades: employment and wages, May 2031</h1>
<table><caption>Employment and median wages, selected metal trades</caption>
<thead><tr><th>Occupation</th><th>Employment</th><th>Median annual wage</th></tr></thead>
<tbody>
<tr><th scope="row">Welders</th><td>41,200</td><td>$49,800</td></tr>
<tr><th scope="row">Riggers</th><td>12,900</td><td>$56,300</td></tr>
</tbody></table></main></body></html>"""


@pytest.mark.parametrize(
    ("sentence", "label"),
    [
        # Pay, in words of no sum: $49,800 against $56,300, never 41,200 against 12,900.
        ("A welder takes home less than a rigger", "supported"),
        ("A welder takes home more than a rigger", "contradicted"),
        # The count, named by its measure: 41,200 against 12,900.
        ("Welders in employment outnumber riggers in employment", "supported"),
    ],
)
def test_a_count_beside_pay_is_read_only_where_the_sentence_names_it(
    sentence: str, label: str, ruleset: Any
) -> None:
    found = _on(sentence, TRADES_URL, TRADES, ruleset)
    assert found.label == label, found.rationale


CREW_URL = "https://maritime.example.ie/pay/crew-survey-2032"
# Yearly pay by crew department: sums of money, not counts. "Ferry catering" shares a
# word with the side "the average ferry engineer" but is another trade.
CREW = """<html><head><title>Crew pay survey, 2032</title></head><body><main>
<h1>What ferry crews earn, 2032</h1>
<table><caption>Table 2. Average yearly pay by department</caption>
<thead><tr><th>Department</th><th>Average pay</th><th>Respondents</th></tr></thead>
<tbody>
<tr><td>Deck ratings</td><td>€30,000</td><td>212</td></tr>
<tr><td>Ferry catering</td><td>€50,000</td><td>118</td></tr>
<tr><td>Engineering</td><td>€75,000</td><td>164</td></tr>
</tbody></table></main></body></html>"""


def test_a_row_that_only_shares_a_word_is_not_the_side_s_pay(ruleset: Any) -> None:
    # The sentence's money is read from a row only when the row is the side's trade; the
    # side's words alone ("ferry") pick a row only for a count. Before, the catering row
    # gave the engineer's pay and the claim (30,000 is below half of 75,000) was refuted.
    draft = (
        "# Crews\n\nDeck ratings earn less than half of what the average ferry engineer "
        f"makes ([survey]({CREW_URL})).\n"
    )
    found = verdict(run(draft, {CREW_URL: CREW}, ruleset, wrap=False), "comparison")
    assert found.verdict.label != "contradicted", found.verdict.rationale


AIRPORTS_URL = "https://stats.example.pt/aeroportos/passageiros-2033"
# Airports by place in an abbreviated "Pos." column, passengers with thousands grouped by
# points, and a change in per cent.
AIRPORTS = """<html><head><title>Passageiros por aeroporto, 2033</title></head><body><main>
<h1>Tráfego de passageiros, 2033</h1>
<table><caption>Passageiros, janeiro–dezembro 2033, e variação sobre 2032</caption>
<thead><tr><th>Pos.</th><th>Aeroporto</th><th>Passageiros 2033</th>
<th>Change 2033/2032 (%)</th></tr></thead>
<tbody>
<tr><td>1</td><td>Alvorada</td><td>31.402.118</td><td>+4.2</td></tr>
<tr><td>2</td><td>Serrabranca</td><td>12.077.905</td><td>+11.6</td></tr>
<tr><td>3</td><td>Vilamar</td><td>9.861.340</td><td>+2.9</td></tr>
</tbody></table></main></body></html>"""


@pytest.mark.parametrize(
    ("sentence", "label"),
    [
        # 31,402,118 against 12,077,905: the place in the order (1 against 2) is no count.
        ("Alvorada handled more passengers than Serrabranca", "supported"),
        ("Alvorada handled fewer passengers than Serrabranca", "contradicted"),
        ("Vilamar carried fewer passengers than Serrabranca", "supported"),
    ],
)
def test_a_place_column_is_no_count_and_points_group_thousands(
    sentence: str, label: str, ruleset: Any
) -> None:
    found = _on(sentence, AIRPORTS_URL, AIRPORTS, ruleset)
    assert found.label == label, found.rationale
    assert "Pos." not in found.rationale


@pytest.mark.parametrize(
    ("sentence", "label"),
    [
        # Changes: Serrabranca +11.6, Alvorada +4.2, Vilamar +2.9.
        ("Alvorada again trailed Serrabranca in growth terms", "supported"),
        ("Serrabranca lagged behind Vilamar on growth", "contradicted"),
        ("Serrabranca outpaced Alvorada in terms of growth", "supported"),
    ],
)
def test_a_side_behind_or_ahead_in_growth_terms_is_read_on_the_changes(
    sentence: str, label: str, ruleset: Any
) -> None:
    found = _on(sentence, AIRPORTS_URL, AIRPORTS, ruleset)
    assert found.label == label, found.rationale


@pytest.mark.parametrize(
    ("sentence", "label"),
    [
        # 31,402,118 against 12,077,905 + 9,861,340 = 21,939,245.
        (
            "Alvorada handled more passengers in 2033 than Serrabranca and Vilamar combined",
            "supported",
        ),
        ("Serrabranca handled more passengers than Alvorada and Vilamar combined", "contradicted"),
        (
            "Vilamar's passengers were more than Serrabranca and Alvorada have together",
            "contradicted",
        ),
        # One of the two is in no table: the other alone is not the side.
        ("Alvorada handled more passengers than Serrabranca and Porto Seco combined", "unverified"),
    ],
)
def test_two_named_together_are_the_sum_of_their_rows(
    sentence: str, label: str, ruleset: Any
) -> None:
    found = _on(sentence, AIRPORTS_URL, AIRPORTS, ruleset)
    assert found.label == label, found.rationale
