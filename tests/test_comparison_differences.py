"""Comparisons that set two sides apart by a sum of money ("earns $8,000 more than",
"out-earn ... by about $20,000 a year"): the sum is the claim's ``difference``, and the
gap between their two amounts must fall within it. Two sides of one occupation are
told apart by their own words; a newcomer is never the median of everyone. The pages
and sentences are written for these tests."""

from __future__ import annotations

from typing import Any

import pytest
from judging import run, verdict
from postings import job_posting_ld

from factcheck.model import Verdict

CRANES_URL = "https://stats.example.gov/yards/operators-2031"
CRANES = """<html><head><title>Yard pay, 2031</title></head><body><main>
<h1>Port yard occupations: pay, 2031</h1>
<table><caption>Median annual pay in port yards, 2031</caption>
<tr><th>Occupation</th><th>Median annual pay</th></tr>
<tr><td>Crane operators</td><td>$70,000</td></tr>
<tr><td>Forklift operators</td><td>$50,000</td></tr>
<tr><td>Yard labourers</td><td>$52,000</td></tr>
</table></main></body></html>"""


def _comparison(draft: str, pages: dict[str, str], ruleset: Any) -> Verdict:
    return verdict(run(draft, pages, ruleset, wrap=False), "comparison").verdict


@pytest.mark.parametrize(
    ("sentence", "label"),
    [
        # 70,000 - 50,000 = 20,000.
        ("Crane operators out-earn forklift operators by about $20,000 a year", "supported"),
        ("Crane operators out-earn forklift operators by about $5,000 a year", "contradicted"),
        ("Forklift operators earn roughly $20,000 a year less than crane operators", "supported"),
        ("Forklift operators trail crane operators by more than $30,000 a year", "contradicted"),
    ],
)
def test_the_gap_between_two_rows(sentence: str, label: str, ruleset: Any) -> None:
    found = _comparison(
        f"# Pay\n\n{sentence} ([pay]({CRANES_URL})).\n", {CRANES_URL: CRANES}, ruleset
    )
    assert found.label == label, found.rationale
    assert "row “Forklift operators”" in found.rationale


ORDER_URL = "https://wages.example.gov/orders/order-12"
# A wage order's table: each row's rate before the order, the rise, and the rate now.
ORDER = """<html><head><title>Wage Order 12</title></head><body><main>
<h1>Wage Order 12: weekly minimum rates</h1>
<table><tr><th>Sector</th><th>Previous rate</th><th>Increase</th><th>New rate</th></tr>
<tr><td>Warehouse staff</td><td>€500</td><td>€30</td><td>€530</td></tr>
<tr><td>Shop assistants</td><td>€470</td><td>€20</td><td>€490</td></tr>
</table></main></body></html>"""


@pytest.mark.parametrize(
    ("sentence", "label"),
    [
        # Now: 530 - 490 = 40; before the order: 500 - 470 = 30; the rises: 30 - 20 = 10.
        ("Shop assistants receive €40 less per week than warehouse staff", "supported"),
        ("Shop assistants get €10 a week less than warehouse staff", "contradicted"),
        (
            "Under the previous order, shop assistants got €30 a week less than warehouse staff",
            "supported",
        ),
    ],
)
def test_a_gap_now_is_read_from_the_rates_now(sentence: str, label: str, ruleset: Any) -> None:
    found = _comparison(
        f"# Pay\n\n{sentence} ([order]({ORDER_URL})).\n", {ORDER_URL: ORDER}, ruleset
    )
    assert found.label == label, found.rationale
    assert "Increase" not in found.rationale


FLOOR_URL = "https://news.example.org/2031/05/care-floor"
FLOOR = """<html><head><title>Court upholds care floor</title></head><body><main>
<p>The court upheld the national care floor, which guarantees care workers at least €1,200
a month.</p></main></body></html>"""
KELL_URL = "https://jobs.example.org/kell-house/care-worker-118"
KELL = """<html><head><title>Care Worker | Kell House</title></head><body><main>
<h1>Care Worker</h1><p>Kell House, Tullow</p>
<dl><dt>Salary</dt><dd>€1,380 per month</dd></dl></main></body></html>"""


@pytest.mark.parametrize(("gap", "label"), [("€180", "supported"), ("€400", "contradicted")])
def test_a_floor_at_least_some_sum_is_that_sum(gap: str, label: str, ruleset: Any) -> None:
    # "At least €1,200" said of the floor puts the floor at €1,200: 1,380 - 1,200 = 180.
    draft = (
        f"# Care\n\nThe national floor guarantees care workers at least €1,200 a month"
        f" ([ruling]({FLOOR_URL})).\n\nAt €1,380 a month, the Kell House post pays about {gap}"
        f" more than the national floor ([advert]({KELL_URL})).\n"
    )
    found = _comparison(draft, {FLOOR_URL: FLOOR, KELL_URL: KELL}, ruleset)
    assert found.label == label, found.rationale


def test_one_occupation_two_sides_need_their_own_words(ruleset: Any) -> None:
    # No row is the tower operators': neither the crane row nor the forklift row is theirs.
    found = _comparison(
        f"# Pay\n\nCrane operators out-earn tower operators by about $20,000 a year"
        f" ([pay]({CRANES_URL})).\n",
        {CRANES_URL: CRANES},
        ruleset,
    )
    assert found.label == "unverified", found.rationale


POSTING_URL = "https://jobs.example.org/halden-yards/foreman"
POSTING = f"""<html><head><title>Yard Foreman | Halden Yards</title>
{job_posting_ld("Yard Foreman", "Halden Yards", currency="USD", low=60000, high=70000, unit="YEAR")}
</head>
<body><main><h1>Yard Foreman</h1><p>Halden Yards is hiring a foreman for its north
quay.</p></main></body></html>"""


@pytest.mark.parametrize(("gap", "label"), [("$10,000", "supported"), ("$20,000", "contradicted")])
def test_a_newcomer_is_the_articles_starting_figure_not_the_median(
    gap: str, label: str, ruleset: Any
) -> None:
    # 60,000 - 45,000 = 15,000; the labourers' median ($52,000) is everyone's pay.
    draft = (
        "# Pay\n\nNew yard labourers start at $45,000 a year ([pay]"
        f"({CRANES_URL})). A foreman on the bottom step takes home more than {gap} a year above a"
        f" labourer fresh out of school ([advert]({POSTING_URL})).\n"
    )
    found = _comparison(draft, {CRANES_URL: CRANES, POSTING_URL: POSTING}, ruleset)
    assert found.label == label, found.rationale
    assert "$45,000 a year (the article's own figure)" in found.rationale


@pytest.mark.parametrize(
    ("sentence", "fields"),
    [
        (
            "A senior chef at the Lantern earns $6,000 more than a sous chef at the Quay.",
            {"relation": "greater", "right": "a sous chef at the Quay", "min": 6000},
        ),
        (
            "Relief drivers are paid about £1.50 an hour less than the regular crews.",
            {"relation": "less", "right": "the regular crews", "min": 1.35},
        ),
        (
            "Pilots at Corrie Air lag behind their rivals at Tamsin by €400 a month.",
            {"relation": "less", "right": "their rivals at Tamsin", "min": 400},
        ),
    ],
)
def test_difference_forms(sentence: str, fields: dict[str, Any], ruleset: Any) -> None:
    claims = run(f"# Pay\n\n{sentence}\n", {}, ruleset)
    found = verdict(claims, "comparison").claim.fields
    assert found["relation"] == fields["relation"]
    assert found["right"] == fields["right"]
    assert found["difference"]["min"] == pytest.approx(fields["min"])


@pytest.mark.parametrize(
    "sentence",
    [
        "The charity raised $8,000 more than last year.",
        "The home side beat the visitors by three goals.",
    ],
)
def test_no_difference_without_two_sides(sentence: str, ruleset: Any) -> None:
    claims = run(f"# Pay\n\n{sentence}\n", {}, ruleset)
    assert not [
        c for c in claims if c.claim.type == "comparison" and c.claim.fields.get("difference")
    ]
