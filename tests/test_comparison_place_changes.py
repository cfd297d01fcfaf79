"""One thing set against itself at two places ("rents climbed faster in Parville than in
Osterby", "the cuts at Linden were deeper than at Harrow"): each side is the thing at its
place. A comparison of changes reads each place's row of a table by its column of changes
in per cent ("Change (%)": "+1.3", no sign of its own needed), else by its levels year by
year; a side that says how far it moved ("rose by 5.2 per cent, more than twice the
national rate") sets the other side's change against it. The pages and sentences are
written for these tests."""

from __future__ import annotations

from typing import Any

import pytest
from judging import run, verdict

from factcheck.claims.extract import extract_claims
from factcheck.model import Verdict
from factcheck.reading import parse_article

LEVELS_URL = "https://stats.example.org/ferry-crossings-by-port"
LEVELS = """<html><head><title>Ferry crossings by port, 2030 and 2031</title></head><body>
<main><h1>Ferry crossings by port</h1>
<table><caption>Passenger crossings by port (thousands)</caption>
<tr><th>Port</th><th>2030</th><th>2031</th></tr>
<tr><td>Kessel</td><td>1.240,0</td><td>1.302,0</td></tr>
<tr><td>Dorrin</td><td>860,5</td><td>877,7</td></tr>
<tr><td>Vasso</td><td>412,0</td><td>391,4</td></tr>
<tr><td>Amberlee</td><td>300,0</td><td>294,0</td></tr>
</table></main></body></html>"""

CHANGES_URL = "https://education.example.gov/apprentice-starts-2031"
CHANGES = """<html><head><title>Apprenticeship starts by college, 2031</title></head><body>
<main><h1>Apprenticeship starts, 2031</h1>
<table><caption>Starts by college, 2030 and 2031</caption>
<tr><th>College</th><th>2030</th><th>2031</th><th>Change (%)</th></tr>
<tr><td>Fenwick College</td><td>4,100</td><td>4,313</td><td>+5.2</td></tr>
<tr><td>Osterby Institute</td><td>2,200</td><td>2,174</td><td>-1.2</td></tr>
<tr><td>All colleges (national)</td><td>96,000</td><td>97,250</td><td>+1.3</td></tr>
</table></main></body></html>"""


def _fields(sentence: str, ruleset: Any) -> dict[str, Any]:
    article = parse_article(f"# Ports\n\n{sentence}\n", "d.md", "markdown")
    found = [c for c in extract_claims(article, ruleset) if c.type == "comparison"]
    assert len(found) == 1, [c.text for c in found]
    return dict(found[0].fields)


@pytest.mark.parametrize(
    ("sentence", "left", "right", "relation", "measure"),
    [
        (
            "Crossings from Kessel grew faster than from Dorrin.",
            None,
            None,
            None,
            None,
        ),
        (
            "Traffic at the Vasso terminal fell more steeply than at Amberlee last spring.",
            "Traffic at the Vasso terminal",
            "Traffic at Amberlee",
            "greater",
            "change",
        ),
        (
            "Bookings climbed more slowly in Dorrin than in Kessel during 2031.",
            "Bookings in Dorrin",
            "Bookings in Kessel",
            "less",
            "change",
        ),
        (
            "The crowds at Kessel were bigger than at Dorrin, the operator said.",
            "The crowds at Kessel",
            "The crowds at Dorrin",
            "greater",
            None,
        ),
    ],
)
def test_a_thing_at_two_places_is_each_side(
    sentence: str,
    left: str | None,
    right: str | None,
    relation: str | None,
    measure: str | None,
    ruleset: Any,
) -> None:
    if left is None:
        # "from Dorrin" names no place a side stands at: no comparison of places.
        article = parse_article(f"# Ports\n\n{sentence}\n", "d.md", "markdown")
        assert not [
            c
            for c in extract_claims(article, ruleset)
            if c.rule.endswith("places_than") and c.type == "comparison"
        ]
        return
    fields = _fields(sentence, ruleset)
    assert (fields["left"], fields["right"], fields["relation"]) == (left, right, relation)
    assert fields.get("measure") == measure


def test_a_side_that_moved_by_a_share_compares_changes(ruleset: Any) -> None:
    fields = _fields(
        "Starts at Fenwick College rose by 5.2 per cent, more than twice the national rate.",
        ruleset,
    )
    assert fields["measure"] == "change"
    assert fields["relation"] == "ratio_at_least"


def _comparison(sentence: str, url: str, page: str, ruleset: Any) -> Verdict:
    draft = f"# Figures\n\nThe figures are out. {sentence} ([data]({url})).\n"
    return verdict(run(draft, {url: page}, ruleset, wrap=False), "comparison").verdict


@pytest.mark.parametrize(
    ("sentence", "label"),
    [
        # Kessel +5.0%, Dorrin +2.0%, Vasso -5.0%, Amberlee -2.0%, from each row's levels.
        ("Passenger numbers in Kessel grew faster than in Dorrin last year", "supported"),
        ("Crossings rose more slowly at Kessel than at Dorrin in 2031", "contradicted"),
        ("Crossings grew about two and a half times as fast at Kessel as at Dorrin", "supported"),
        ("Traffic in Vasso fell more steeply than in Amberlee last year", "supported"),
        ("Traffic in Amberlee fell more steeply than in Vasso last year", "contradicted"),
    ],
)
def test_changes_read_from_each_places_levels(sentence: str, label: str, ruleset: Any) -> None:
    found = _comparison(sentence, LEVELS_URL, LEVELS, ruleset)
    assert found.label == label, found.rationale


RATES_URL = "https://labour.example.gov/seasonal-rates"
# Levels of pay by year, each column a year with its label, each cell a sum with its sign.
RATES = """<html><head><title>Seasonal farm rates</title></head><body><main>
<h1>Seasonal farm rates by state</h1>
<table><tr><th>State</th><th>2030 rate</th><th>2031 rate</th></tr>
<tr><td>Wexford</td><td>$16.00</td><td>$16.80</td></tr>
<tr><td>Tyrone</td><td>$18.00</td><td>$18.36</td></tr>
</table></main></body></html>"""


@pytest.mark.parametrize(
    ("sentence", "label"),
    [
        # Wexford +5.0%, Tyrone +2.0%.
        ("Wexford's rate rose faster than Tyrone's between 2030 and 2031", "supported"),
        ("The Tyrone rate climbed faster than the Wexford rate last year", "contradicted"),
    ],
)
def test_changes_read_from_years_with_a_label(sentence: str, label: str, ruleset: Any) -> None:
    found = _comparison(sentence, RATES_URL, RATES, ruleset)
    assert found.label == label, found.rationale


@pytest.mark.parametrize(
    ("sentence", "label"),
    [
        (
            "Starts at Fenwick College rose by 5.2 per cent last year, more than twice the "
            "national rate",
            "supported",
        ),
        (
            "Starts at Fenwick College rose by 5.2 per cent last year, about the same as the "
            "national rate",
            "contradicted",
        ),
        ("Starts at Fenwick College grew faster than at the Osterby Institute", "supported"),
    ],
)
def test_changes_read_from_a_column_of_changes(sentence: str, label: str, ruleset: Any) -> None:
    found = _comparison(sentence, CHANGES_URL, CHANGES, ruleset)
    assert found.label == label, found.rationale
    assert "Change (%)" in found.rationale


RANKS_URL = "https://stats.example.org/district-rents-2031"
RANKS = """<html><head><title>Rents by district, 2030/31</title></head><body><main>
<h1>Average rents by district</h1>
<table><caption>Average monthly rent by district, 2029/30 and 2030/31</caption>
<tr><th>District</th><th>2029/30</th><th>2030/31</th><th>% change</th></tr>
<tr><td>Osterby</td><td>€1,020</td><td>€1,051</td><td>3.0</td></tr>
<tr><td>Parville</td><td>€880</td><td>€915</td><td>4.0</td></tr>
<tr><td>Holm</td><td>€760</td><td>€745</td><td>-2.0</td></tr>
<tr><td>Carrow</td><td>€700</td><td>€693</td><td>-1.0</td></tr>
<tr><td>All districts</td><td>€840</td><td>€861</td><td>2.5</td></tr>
</table></main></body></html>"""


@pytest.mark.parametrize(
    ("sentence", "label"),
    [
        ("Average rents grew fastest in Parville last year", "supported"),
        ("Average rents rose faster in Osterby than in any other district", "contradicted"),
        ("Rents in Holm, by contrast, fell more steeply than in any other district", "supported"),
        ("Rents fell most steeply at Carrow over the year", "contradicted"),
        # Read from the levels: Parville's 915 is not the highest rent.
        ("Parville's average rent was higher than any other district", "contradicted"),
        # The highest or lowest of a set the sentence names, and a change set off as the
        # steepest of any.
        ("Rent in Carrow is the lowest of the four districts", "supported"),
        ("Parville's average rent is now the highest of all the districts", "contradicted"),
        ("Rents in Parville rose by 4% last year, the fastest rise of any district", "supported"),
        (
            "Osterby rents climbed 3% over the year, the steepest increase of any district",
            "contradicted",
        ),
    ],
)
def test_a_thing_ranked_against_every_other_row(sentence: str, label: str, ruleset: Any) -> None:
    found = _comparison(sentence, RANKS_URL, RANKS, ruleset)
    assert found.label == label, found.rationale
    assert "every other" in found.rationale


def _wages(caption: str) -> str:
    return f"""<html><head><title>Welders' pay by state</title></head><body><main>
<table><caption>{caption}</caption>
<tr><th>State</th><th>Employment</th><th>Annual mean wage</th></tr>
<tr><td>Nevada</td><td>3,100</td><td>$81,200</td></tr>
<tr><td>Utah</td><td>4,450</td><td>$77,500</td></tr>
<tr><td>Oregon</td><td>5,020</td><td>$74,300</td></tr>
<tr><td>Idaho</td><td>1,980</td><td>$69,000</td></tr>
</table></main></body></html>"""


WAGES_URL = "https://stats.example.gov/oes/welders-by-state"


@pytest.mark.parametrize(
    ("sentence", "label"),
    [
        ("Utah is now the best-paying state for welders", "contradicted"),
        ("Nevada remains the best-paid state for the trade", "supported"),
        ("Recruiters call Idaho the lowest-paying state for welders", "supported"),
        ("Welders in Nevada out-earn everyone else in the region", "supported"),
        ("It is Oregon welders who earn more than anyone else", "contradicted"),
    ],
)
def test_the_best_or_worst_paid_of_a_kind_is_ranked_against_every_row(
    sentence: str, label: str, ruleset: Any
) -> None:
    found = _comparison(sentence, WAGES_URL, _wages("Welders: annual mean wage by state"), ruleset)
    assert found.label == label, found.rationale


@pytest.mark.parametrize(
    ("sentence", "label"),
    [
        # Some states are not every state: the table can refute the ranking, not bear it out.
        ("Nevada remains the best-paid state for the trade", "unverified"),
        ("Utah is now the best-paying state for welders", "contradicted"),
    ],
)
def test_a_table_of_selected_rows_never_bears_out_a_ranking(
    sentence: str, label: str, ruleset: Any
) -> None:
    page = _wages("Welders: annual mean wage, selected states")
    assert _comparison(sentence, WAGES_URL, page, ruleset).label == label


@pytest.mark.parametrize(
    ("sentence", "label"),
    [
        # Levels written with a decimal comma: Kessel 1.240,0 then 1.302,0.
        ("Kessel handled more passengers in 2031 than in 2030", "supported"),
        ("Dorrin, for its part, carried fewer passengers in 2031 than in 2030", "contradicted"),
        ("Vasso carried fewer passengers in 2031 than in 2030", "supported"),
    ],
)
def test_a_thing_against_itself_in_another_year(sentence: str, label: str, ruleset: Any) -> None:
    found = _comparison(sentence, LEVELS_URL, LEVELS, ruleset)
    assert found.label == label, found.rationale
    assert "column “2030”" in found.rationale


@pytest.mark.parametrize(
    ("sentence", "label"),
    [
        # Rents 2030/31: Osterby 1,051, Parville 915, Holm 745, Carrow 693.
        (
            "Parville's average rent is the second-highest in the region, behind only Osterby",
            "supported",
        ),
        ("Rent in Holm now ranks second-lowest of the four districts", "supported"),
        ("Carrow's average rent was the third-highest among the districts", "contradicted"),
        ("Average rent in Osterby is the 2nd highest of the four districts", "contradicted"),
    ],
)
def test_a_place_below_the_first_counts_the_rows_beyond_it(
    sentence: str, label: str, ruleset: Any
) -> None:
    found = _comparison(sentence, RANKS_URL, RANKS, ruleset)
    assert found.label == label, found.rationale
    assert "in place" in found.rationale


@pytest.mark.parametrize(
    ("sentence", "label"),
    [
        # Nevada 81,200, Utah 77,500, Oregon 74,300, Idaho 69,000 (selected states).
        ("Utah is the second-best paying state for welders", "unverified"),
        ("Oregon ranks as the second-highest paying state for welders", "contradicted"),
    ],
)
def test_a_place_in_a_table_of_selected_rows_is_only_refuted(
    sentence: str, label: str, ruleset: Any
) -> None:
    page = _wages("Welders: annual mean wage, selected states")
    found = _comparison(sentence, WAGES_URL, page, ruleset)
    assert found.label == label, found.rationale
