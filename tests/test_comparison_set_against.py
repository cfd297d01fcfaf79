"""Comparison sides resolved by the structure of what the sources say, not by a side's
words alone (factcheck/evidence/comparisons.py):

- one source sentence setting one group's pay against another's, clause by clause ("A
  are paid $X, while B earn $Y", "$X, compared with $Y under the agreement"): each figure
  is the side whose words its own clause holds (``clause_pair``), whatever a story about
  another dispute gives either side;
- a table row of those over the side's job ("Supervisors of Cooks and Kitchen Workers")
  is set aside beside a row headed by the job itself (``_over_own_row``);
- a sum written with no period takes the one the pay words before it give ("monthly
  earnings ... around $2,900") (``_paid_as_named``);
- a side naming basic pay is not read from total earnings with allowances, nor the other
  way round (``another_part``).

The sentences and pages are written for these tests."""

from __future__ import annotations

from typing import Any

import pytest
from judging import run, verdict

from factcheck.model import Verdict

NEWS_URL = "https://courier.example.org/2037/05/02/depot-drivers-strike.html"
OLD_URL = "https://wiki.example.org/wiki/2029_Fenwick_depot_dispute.html"


def _news(joined: str) -> str:
    return f"""<html><head><title>Depot drivers walk out</title></head><body><main>
<h1>Drivers at Osric depot walk out</h1>
<p>Drivers supplied by Tamworth Staffing to the Osric depot began a 48-hour strike on
Monday.</p>
<p>{joined}</p>
</main></body></html>"""


JOINED = [
    # The agency's rate first, the council's second; the side's own word ("crews") only
    # in the other clause.
    "Tamworth Staffing pays its drivers and fitters £14.20 an hour, while crews at the "
    "bottom of Grade C who are employed directly by the county council earn £15.35 an hour.",
    "Tamworth Staffing pays its drivers and fitters £14.20 an hour, compared with £15.35 an "
    "hour for crews employed directly by the county council at the bottom of Grade C.",
    # The second sum written with no period of its own: the first one's.
    "Tamworth Staffing pays its drivers and fitters £14.20 an hour, compared with £15.35 "
    "for crews employed directly by the county council at the bottom of Grade C.",
    # The council's rate first.
    "Crews employed directly by the county council at the bottom of Grade C earn £15.35 an "
    "hour, whereas Tamworth Staffing pays its drivers and fitters £14.20 an hour.",
]
# An older dispute elsewhere, whose figures put the agency side above the direct one.
OLD = """<html><head><title>2029 Fenwick depot dispute</title></head><body><main>
<h1>2029 Fenwick depot dispute</h1>
<p>The 2029 Fenwick depot dispute was a strike by agency crews at the Fenwick bus depot.</p>
<p>At the time its drivers were paid £13.70 an hour, while crews employed directly by the
county council at the bottom of Grade C earned £12.95 an hour.</p>
</main></body></html>"""


def _draft(sentence: str) -> str:
    return (
        "# Osric depot\n\n"
        f"Agency crews at the Osric depot are on strike ([Courier]({NEWS_URL})).\n\n"
        "## The gap\n\n"
        f"{sentence}\n\n"
        f"A depot at Fenwick saw a similar dispute in 2029 ([background]({OLD_URL})).\n"
    )


def _checked(sentence: str, joined: str, ruleset: Any) -> Verdict:
    pages = {NEWS_URL: _news(joined), OLD_URL: OLD}
    return verdict(run(_draft(sentence), pages, ruleset, wrap=False), "comparison").verdict


@pytest.mark.parametrize("joined", JOINED)
@pytest.mark.parametrize(
    ("sentence", "label"),
    [
        (
            "Tamworth's contracted crews earn less than crews employed directly by the "
            "county council on Grade C, the council's pay scale.",
            "supported",
        ),
        (
            "Tamworth's contracted crews outearn those employed directly by the county "
            "council on Grade C.",
            "contradicted",
        ),
        (
            "Crews employed directly by the county council on Grade C are paid more than "
            "Tamworth's contracted crews.",
            "supported",
        ),
    ],
)
def test_a_sentence_setting_two_groups_pay_apart_gives_each_side(
    sentence: str, joined: str, label: str, ruleset: Any
) -> None:
    found = _checked(sentence, joined, ruleset)
    assert found.label == label, found.rationale
    # Both figures of the story's own sentence, none of the older dispute's.
    assert "£28,496" not in found.rationale and "£26,936" not in found.rationale
    assert found.rationale.count(NEWS_URL) == 2, found.rationale


def test_a_sentence_naming_neither_side_in_its_clauses_decides_nothing(ruleset: Any) -> None:
    # The two clauses are about other groups: neither side's words are in them.
    joined = (
        "Cleaners at the depot are paid £11.80 an hour, while canteen staff earn £12.40 an hour."
    )
    found = _checked(
        "Tamworth's agency drivers earn less than crews employed directly by the "
        "county council on Grade C.",
        joined,
        ruleset,
    )
    assert "£11.80" not in found.rationale and "£12.40" not in found.rationale


ROWS_URL = "https://stats.example.gov/oews/2034/food-prep.html"
ROWS = """<html><head><title>Food Preparation and Serving Occupations, May 2034</title></head>
<body><main><h1>Food Preparation and Serving Related Occupations</h1>
<table><caption>National employment and wage estimates, May 2034</caption>
<tr><th>Occupation title</th><th>Employment</th><th>Median hourly wage</th></tr>
<tr><td>First-Line Supervisors of Cooks and Kitchen Workers</td><td>210,400</td>
<td>$25.60</td></tr>
<tr><td>Cooks and Kitchen Workers, Except Fast Food</td><td>1,520,300</td><td>$17.10</td></tr>
<tr><td>Dishwashers</td><td>461,700</td><td>$15.20</td></tr>
</table></main></body></html>"""
DRIVERS_URL = "https://stats.example.gov/oews/2034/bus-drivers.html"
DRIVERS = """<html><head><title>Bus Drivers, Transit and Intercity, May 2034</title></head>
<body><main><h1>National estimates for Bus Drivers, Transit and Intercity</h1>
<table><caption>National estimates for Bus Drivers</caption>
<tr><th>Employment</th><th>Median hourly wage</th><th>Mean hourly wage</th></tr>
<tr><td>171,900</td><td>$22.40</td><td>$23.30</td></tr>
</table></main></body></html>"""


@pytest.mark.parametrize(
    "sentence",
    [
        "Nationally, the median bus driver makes more than the median cook.",
        "A typical bus driver earns more than a typical cook.",
        "Bus drivers are paid more than cooks.",
    ],
)
def test_a_row_of_supervisors_of_the_job_is_not_the_jobs_own(sentence: str, ruleset: Any) -> None:
    # 22.40 against the cooks' own 17.10, not their supervisors' 25.60.
    draft = f"# Pay\n\n{sentence} ([a]({DRIVERS_URL}))([b]({ROWS_URL})).\n"
    found = verdict(
        run(draft, {DRIVERS_URL: DRIVERS, ROWS_URL: ROWS}, ruleset, wrap=False), "comparison"
    ).verdict
    assert found.label == "supported", found.rationale
    assert "Supervisors" not in found.rationale


CREW_URL = "https://careers.example.com/jobs/3317.html"
RIGGER_URL = "https://careers.example.com/jobs/3318.html"


def _posting(title: str, rows: str, note: str) -> str:
    return f"""<html><head><title>{title} | Corvid Offshore Careers</title></head><body><main>
<h1>{title}</h1>
<dl><dt>Reference</dt><dd>CO-3317</dd><dt>Base</dt><dd>Aberdeen</dd></dl>
<h3>Compensation</h3>
<dl>{rows}</dl>
<p>{note}</p>
<h3>Your role</h3><p>You will keep the platform's galley and mess running.</p>
</main></body></html>"""


STEWARD = _posting(
    "Galley Steward – Aberdeen",
    "<dt>Basic salary</dt><dd><span>From £2,400</span> <span>per month</span></dd>"
    "<dt>Offshore allowance</dt><dd><span>£95</span> <span>per day offshore</span></dd>",
    "Typical total monthly earnings for a new Galley Steward, including allowances, are "
    "around £3,900.",
)
RIGGER = _posting(
    "Lead Rigger – Aberdeen",
    "<dt>Basic salary</dt><dd><span>£7,100 to £9,600</span> <span>per month</span></dd>",
    "Riggers also receive an offshore allowance.",
)


@pytest.mark.parametrize(
    "sentence",
    [
        "The top of the lead rigger scale is roughly four times what a new galley steward "
        "gets as basic pay.",
        "The top of the lead rigger scale is about four times the base salary of a new galley "
        "steward.",
        "The top of the lead rigger scale comes to roughly four times the basic wage of a new "
        "galley steward.",
    ],
)
def test_basic_pay_is_not_total_earnings_with_allowances(sentence: str, ruleset: Any) -> None:
    # 9,600 / 2,400 = 4.0; against the total of 3,900 a month it would be 2.5.
    draft = (
        "# Corvid Offshore hiring\n\n"
        f"Corvid wants a Lead Rigger ([posting]({RIGGER_URL})) and a Galley Steward "
        f"([advert]({CREW_URL})).\n\n{sentence}\n"
    )
    found = verdict(
        run(draft, {RIGGER_URL: RIGGER, CREW_URL: STEWARD}, ruleset, wrap=False), "comparison"
    ).verdict
    assert found.label == "supported", found.rationale


@pytest.mark.parametrize(
    ("said", "figure", "period"),
    [
        ("Typical monthly earnings for a new recruit are around €2,500.", 2500, "month"),
        ("The annual base salary starts at €41,000 for recruits.", 41000, "year"),
        ("Recruits' weekly take-home pay averages about €640.", 640, "week"),
    ],
)
def test_a_sum_with_no_period_takes_the_one_its_pay_words_give(
    said: str, figure: float, period: str, ruleset: Any
) -> None:
    from factcheck.claims.extract import extractor_for
    from factcheck.evidence.comparisons import _amounts
    from factcheck.evidence.index import EvidenceIndex
    from factcheck.sources.gather import page_from_text

    page = page_from_text("https://x.example.org/p.html", f"<article><p>{said}</p></article>")
    index = EvidenceIndex([page], extractor_for(ruleset))
    i = next(n for n, s in enumerate(index.sentences) if "€" in s.text)
    amounts = [a for a, _ in _amounts(index, i) if a.currency == "EUR"]
    assert amounts, index.sentences[i].text
    assert all(a.period == period for a in amounts), amounts
    assert any(a.low is not None and a.low <= figure <= (a.high or a.low) for a in amounts)


RAIL_URL = "https://review.example.com/2036/04/09/rail-crew-pay.html"
RAIL = """<html><head><title>Rail crew pay: regional conductors earn far less | Review</title>
</head><body><article><h1>Rail crew pay: regional conductors earn far less</h1>
<p>Filings show how far apart pay at the two operators has drifted.</p>
<table><caption>Average annual pay, 2035 (thousand euros)</caption>
<tr><th>Operator</th><th>Train driver</th><th>Conductor</th><th>Caterer</th></tr>
<tr><th>Eastmoor Rail (intercity)</th><td>72</td><td>55</td><td>31</td></tr>
<tr><th>Larkin Lines (regional)</th><td>58</td><td>44</td><td>29</td></tr>
</table></article></body></html>"""


@pytest.mark.parametrize(
    ("sentence", "label"),
    [
        # 55 against 58: not the one column's 55 against 44, nor 72 against 58.
        ("Eastmoor's conductors outearn Larkin's train drivers.", "contradicted"),
        ("Larkin's train drivers earn more than Eastmoor's conductors.", "supported"),
        ("Conductors at Eastmoor are paid less than Larkin's train drivers.", "supported"),
    ],
)
def test_sides_naming_a_row_and_a_column_each_are_read_there(
    sentence: str, label: str, ruleset: Any
) -> None:
    draft = f"# Rail pay\n\n{sentence} ([figures]({RAIL_URL})).\n"
    found = verdict(run(draft, {RAIL_URL: RAIL}, ruleset, wrap=False), "comparison").verdict
    assert found.label == label, found.rationale
