"""A comparison of an amount against itself before a change: the two ends of a change
named as such ("the new fee is 40 cents lower than the old one"), a change by a share
with where it ended ("the loss narrowed by more than half, to $6.2m"), against the
change a source states in any of its usual forms ("fell to $3.40 from $3.80",
"$6.2m (2023: $13.0m)", "$84m, compared with $71m a year earlier"). One reader tells
which end of a change a side names. The sentences and pages are written for these
tests."""

from __future__ import annotations

from typing import Any

import pytest
from extracting import first_fields
from judging import cited, run, verdict

from factcheck.claims.values import TextContext
from factcheck.evidence.changes import change_side, changes_in


@pytest.mark.parametrize(
    ("text", "change"),
    [
        ("The fee per drop fell to $3.40 from $3.80 in May.", (3.8, 3.4)),
        ("Pre-tax loss of £6.2m (2023: £13.0m)", (13.0e6, 6.2e6)),
        ("Revenue of $84m (prior year: $71m) beat forecasts.", (71e6, 84e6)),
        ("Revenue was $84m, compared with $71m a year earlier.", (71e6, 84e6)),
        ("Day rates are $22 an hour, against $20 an hour the year before.", (20.0, 22.0)),
        # The older forms still read.
        ("The deal lifts the rate from $455 to $505.", (455.0, 505.0)),
        ("Riggers now earn $505, up from $455.", (455.0, 505.0)),
    ],
)
def test_a_change_is_read_in_its_usual_forms(
    text: str, change: tuple[float, float], extractor: Any, ruleset: Any
) -> None:
    found = changes_in(text, extractor, TextContext(text, ruleset.knowledge))
    assert [(b.low, a.low) for b, a, _ in found] == [change]


@pytest.mark.parametrize(
    "text",
    [
        "The fee is $5, compared with $7 at rival apps.",
        "Revenue of $84m (Europe: $71m) beat forecasts.",
        "Pay of $30 (median: $25) is high.",
    ],
)
def test_two_figures_of_different_things_are_no_change(
    text: str, extractor: Any, ruleset: Any
) -> None:
    assert changes_in(text, extractor, TextContext(text, ruleset.knowledge)) == []


@pytest.mark.parametrize(
    ("side", "end"),
    [
        ("the old one", "before"),
        ("the previous minimum", "before"),
        ("the drivers' former scale", "before"),
        ("the year before, the company said", "before"),
        ("a year earlier", "before"),
        ("the previous quarter", "before"),
        ("the new floor", "after"),
        ("what they now earn", "after"),
        ("the new hire", None),
        ("last year's winners", None),
    ],
)
def test_one_reader_tells_which_end_of_a_change_a_side_names(side: str, end: str | None) -> None:
    assert change_side(side) == end


@pytest.mark.parametrize(
    ("sentence", "relation", "ratio"),
    [
        ("Harwick's pre-tax loss narrowed by more than half, to $6.2m.", "ratio_at_most", 0.5),
        ("Membership fees at the Arden club rose by about a third to £480.", "ratio_about", 1.3333),
        ("The ferry operator's fuel bill fell by 12% to €3.1m.", "ratio_about", 0.88),
        ("Its deficit has shrunk by nearly a quarter, to $9m.", "ratio_about", 0.75),
    ],
)
def test_a_change_by_a_share_is_set_against_its_earlier_level(
    sentence: str, relation: str, ratio: float, ruleset: Any
) -> None:
    fields = first_fields(sentence, "comparison", ruleset)
    assert (fields["relation"], fields["ratio"], fields["right"]) == (
        relation,
        ratio,
        "its previous level",
    )


@pytest.mark.parametrize(
    ("sentence", "unit"),
    [
        ("The new floor is 40 cents lower than the old one.", "USD"),
        ("A single ticket now costs 35p more than the old fare.", "GBP"),
        ("The new rate is 15 pence below the previous rate.", "GBP"),
    ],
)
def test_a_gap_in_hundredths_is_money(sentence: str, unit: str, ruleset: Any) -> None:
    fields = first_fields(sentence, "comparison", ruleset)
    assert fields["difference"]["currency"] == unit
    assert fields["difference"]["min"] < 1


RESULTS_URL = "https://ir.harwick.example/interim-results"
RESULTS = """<h1>Harwick plc interim results</h1>
<ul><li>Revenue of $41.3m (H1 2023: $35.0m)</li>
<li>Pre-tax loss of $6.2m (H1 2023: $13.0m)</li></ul>"""
CLOSER = """<h1>Harwick plc interim results</h1>
<ul><li>Pre-tax loss of $6.2m (H1 2023: $11.0m)</li></ul>"""


@pytest.mark.parametrize(
    ("page", "label"),
    [(RESULTS, "supported"), (CLOSER, "contradicted")],  # 6.2 / 13.0 = 0.48; 6.2 / 11.0 = 0.56
)
def test_a_loss_narrowed_by_half_is_judged_on_the_earlier_figure(
    page: str, label: str, ruleset: Any
) -> None:
    found = cited(
        "Harwick's pre-tax loss narrowed by more than half, to $6.2m",
        RESULTS_URL,
        page,
        ruleset,
        "comparison",
    )
    assert found.verdict.label == label, found.verdict.rationale


NEWS_URL = "https://metro.example.com/couriers-fee-cut"
NEWS = """<h1>Couriers protest fee cut</h1>
<p>Under the change, Swiftbag's guaranteed fee for each drop fell to $3.40 from $3.80,
the company said.</p>"""


@pytest.mark.parametrize(
    ("gap", "label"), [("40 cents", "supported"), ("70 cents", "contradicted")]
)
def test_the_ends_of_a_change_the_article_just_gave(gap: str, label: str, ruleset: Any) -> None:
    draft = (
        "# Fees\n\nSwiftbag couriers logged off ([Metro]({url})).\n\n"
        "The guaranteed fee for each drop was cut to $3.40 from $3.80. "
        f"Put simply, the new fee is {gap} lower than the old one.\n"
    ).format(url=NEWS_URL)
    found = verdict(run(draft, {NEWS_URL: NEWS}, ruleset), "comparison", "lower than")
    assert found.verdict.label == label, found.verdict.rationale


STATS_URL = "https://stats.example.gov/earnings-by-sector"
STATS = """<table><caption>Average weekly earnings by sector, 2024</caption>
<tr><th>Sector</th><th>Weekly earnings ($)</th></tr>
<tr><td>Fishing</td><td>1,785.20</td></tr>
<tr><td>All sectors</td><td>1,201.50</td></tr></table>"""


@pytest.mark.parametrize(
    ("sentence", "label"),
    [
        # 1,785.20 / 1,201.50 = 1.486: under half as much again, by the digits given.
        ("Fishing earnings are more than 50% above the all-sectors average", "contradicted"),
        ("Fishing earnings are more than 40% above the all-sectors average", "supported"),
    ],
)
def test_a_bound_on_two_figures_of_one_table_allows_only_their_rounding(
    sentence: str, label: str, ruleset: Any
) -> None:
    found = cited(sentence, STATS_URL, STATS, ruleset, "comparison")
    assert found.verdict.label == label, found.verdict.rationale
