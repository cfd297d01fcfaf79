"""A side that states its own figure is read where the source gives that figure as
written: a table of two years' pay gives "the £29,120 the grade paid a year earlier" in
the earlier year's column, not a figure near it in another row of the latest year's
(factcheck/evidence/comparisons.py, ``_as_written``). A side opening with a possessive
that names a place of its own ("their Spanish peers") is the same job elsewhere: the
left side's names are not its own, so a posting for the left side's place is not its
figure. The sentences and pages are written for these tests."""

from __future__ import annotations

from typing import Any

import pytest
from judging import verdict_on

SCALE_URL = "https://pay.example.org/council-scales/grades-2031.htm"
SCALE = """<html><head><title>Council officer pay scale 2030-31 and 2031-32</title></head>
<body><main><h1>Council officer pay scale</h1>
<table><caption>Table 2. Officer pay scale: full-time annual salary by grade (£)</caption>
<tr><th>Grade</th><th>2030-31 (£)</th><th>2031-32 (£)</th><th>Change (%)</th></tr>
<tr><td>3</td><td>24,310</td><td>25,280</td><td>4.0</td></tr>
<tr><td>4</td><td>27,150</td><td>28,240</td><td>4.0</td></tr>
<tr><td>5</td><td>29,120</td><td>30,285</td><td>4.0</td></tr>
<tr><td>6</td><td>33,460</td><td>34,800</td><td>4.0</td></tr>
</table></main></body></html>"""


def _scale_draft(sentence: str) -> str:
    return (
        "# Officer pay\n\n"
        "For a newly appointed officer on grade 5, the award means a salary of £30,285 "
        f"from April 2031 ([scale]({SCALE_URL})). {sentence} ([scale]({SCALE_URL})).\n"
    )


@pytest.mark.parametrize(
    ("sentence", "label"),
    [
        # 30,285 / 29,120 = 1.04; grade 4's 28,240 in the latest year is within 5% of
        # 29,120 but is another grade's pay.
        (
            "That is roughly 4 per cent more than the £29,120 the same grade paid a year earlier",
            "supported",
        ),
        (
            "That is about 12 per cent more than the £29,120 the same grade paid a year earlier",
            "contradicted",
        ),
    ],
)
def test_a_sides_own_figure_is_read_in_the_column_it_stands_in(
    sentence: str, label: str, ruleset: Any
) -> None:
    found = verdict_on(_scale_draft(sentence), {SCALE_URL: SCALE}, ruleset, "comparison", "29,120")
    assert found.label == label, found.rationale
    if label == "supported":
        assert "2030-31" in found.rationale, found.rationale


POSTING_URL = "https://careers.example.com/portugal/setubal/req-5521-forklift-shift-lead.html"
POSTING = """<html><head><title>Forklift Shift Lead – Setúbal | Tejo Freight Careers</title>
</head><body><nav>Portugal Spain Porto Students</nav><main>
<h1>Forklift Shift Lead</h1>
<p>Location: Setúbal depot, Portugal</p>
<div class="compensation"><h2>Compensation</h2>
<div class="comp-range"><span class="comp-from">1 300 €</span> <span class="comp-dash">–</span>
<span class="comp-to">1 550 €</span></div><p>gross per month</p></div>
<p>The post heads a team of twelve forklift drivers at the Setúbal depot.</p>
<p>Tejo Freight moves containers from depots in Setúbal, Porto and Vigo.</p>
</main></body></html>"""


@pytest.mark.parametrize(
    ("sentence", "label"),
    [
        ("Shift leads in Setúbal earn about a fifth more than their Porto peers", "unverified"),
        ("Shift leads in Setúbal are paid less than their Vigo colleagues", "unverified"),
    ],
)
def test_a_possessive_side_naming_its_own_place_is_not_the_left_sides_posting(
    sentence: str, label: str, ruleset: Any
) -> None:
    draft = (
        f"# Shift leads\n\nTejo Freight is recruiting a forklift shift lead for its Setúbal "
        f"depot ({POSTING_URL}). The role pays €1,300 to €1,550 gross a month, according to "
        f"the advert ({POSTING_URL}).\n\n{sentence}, which is why readers ask.\n"
    )
    found = verdict_on(draft, {POSTING_URL: POSTING}, ruleset, "comparison")
    assert found.label == label, found.rationale


SURVEY_URL = "https://stats.example.org/logistics/shift-lead-pay-2031.htm"
SURVEY = """<html><head><title>Shift lead pay by country, 2031</title></head><body><main>
<h1>Warehouse shift leads: median monthly pay by country, 2031</h1>
<table><caption>Median gross monthly pay of warehouse shift leads, 2031 (EUR)</caption>
<tr><th>Country</th><th>Median monthly pay (EUR)</th></tr>
<tr><td>Portugal</td><td>1,420</td></tr>
<tr><td>Spain</td><td>1,710</td></tr>
</table></main></body></html>"""


def test_a_possessive_side_naming_its_own_place_is_read_in_that_places_row(
    ruleset: Any,
) -> None:
    draft = (
        "# Shift leads\n\nWarehouse shift leads in Portugal earn more than their Spanish "
        f"peers ([survey]({SURVEY_URL})).\n"
    )
    found = verdict_on(draft, {SURVEY_URL: SURVEY}, ruleset, "comparison")
    assert found.label == "contradicted", found.rationale
