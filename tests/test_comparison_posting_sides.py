"""A side naming a job posting's pay by whose it is and what it is ("the Lisbon rate",
"Kestrel's pay band", "the lower bound of that scale") is read from the posting on a
page that names them, and set against a statistics table's row. Pages and drafts are
written for these tests."""

from __future__ import annotations

from typing import Any

import judging
import pytest

from factcheck.model import Verdict

POSTING_URL = "https://jobs.example/kestrel/4471"
POSTING = """<html><head><title>Glassblower II | Kestrel Glassworks Careers</title></head>
<body><main><h1>Glassblower II</h1>
<p>Porto, Portugal · Studio · Full time · Ref 4471</p>
<p>Kestrel Glassworks is looking for a second-grade glassblower for its Porto furnace
hall, shaping lamp shades and bottles by hand.</p>
<h2>What we offer</h2>
<p>Salary from $61,000 to $74,000 per year, plus a furnace allowance.</p>
</main></body></html>"""

HOURLY_URL = "https://jobs.example/ardent/881"
HOURLY = """<html><head><title>Ferry Deckhand | Ardent Crossings Careers</title></head>
<body><main><h1>Ferry Deckhand</h1>
<p>Galway, Ireland · Marine · Full time · Req 881</p>
<p>Ardent Crossings runs the island ferries out of Galway harbour.</p>
<h2>Pay</h2>
<p>Starting at $21.40 per hour, plus overtime on bank holidays.</p>
</main></body></html>"""

STATS_URL = "https://stats.example/crafts-2031"
STATS = """<html><head><title>Wages in selected crafts, May 2031</title></head><body>
<h1>Wages in selected crafts</h1>
<table><caption>National wage estimates, May 2031</caption>
<tr><th>Occupation</th><th>Hourly median</th><th>Annual median</th></tr>
<tr><td>Glassblowers (51-9195)</td><td>$27.10</td><td>$56,370</td></tr>
<tr><td>Sailors and Marine Oilers (53-5011)</td><td>$22.05</td><td>$45,860</td></tr>
</table></body></html>"""


def _on(sentence: str, ruleset: Any) -> Verdict:
    article = (
        f"# Pay on the coast\n\n{sentence}, by the federal figures[^1][^2][^3].\n\n"
        f"[^1]: Careers, {POSTING_URL}\n[^2]: Careers, {HOURLY_URL}\n"
        f"[^3]: Wage estimates, {STATS_URL}\n"
    )
    pages = {POSTING_URL: POSTING, HOURLY_URL: HOURLY, STATS_URL: STATS}
    return judging.verdict_on(article, pages, ruleset, "comparison", wrap=False, path="d.md")


# $61,000 is above the glassblowers' median of $56,370; $21.40 an hour is below the
# sailors' $22.05.
@pytest.mark.parametrize(
    ("sentence", "label"),
    [
        ("Even the bottom of Kestrel's pay band outearns the median glassblower", "supported"),
        (
            "The lower bound of the Porto salary range tops the national median for glassblowers",
            "supported",
        ),
        ("The Porto offer pays more than the median glassblower earns", "supported"),
        ("Kestrel's salary is higher than the median wage for glassblowers", "supported"),
        ("The Porto salary is lower than the median for glassblowers", "contradicted"),
        ("The Galway hourly rate is lower than the national median for sailors", "supported"),
        ("The Galway base rate is higher than the median for sailors", "contradicted"),
        ("Ardent's starting rate exceeds the median wage of sailors", "contradicted"),
        ("The lower limit of Kestrel's scale is above the median for glassblowers", "supported"),
    ],
)
def test_a_postings_pay_named_by_whose_it_is(sentence: str, label: str, ruleset: Any) -> None:
    found = _on(sentence, ruleset)
    assert found.label == label, found.rationale


@pytest.mark.parametrize(
    ("sentence", "label"),
    [
        # No source names Brightwater: its figure is the article's word alone.
        (
            "Kestrel's salary is higher than Brightwater's advertised starting pay of $15 an hour",
            "unverified",
        ),
        # The statistics office is a source: its figure is checked.
        ("Kestrel's salary is higher than the median glassblower's pay of $56,370", "supported"),
    ],
)
def test_a_figure_for_a_party_no_source_names(sentence: str, label: str, ruleset: Any) -> None:
    found = _on(sentence, ruleset)
    assert found.label == label, found.rationale


def test_pay_with_extras_is_not_a_postings_base_range(ruleset: Any) -> None:
    # The posting gives base pay only: pay "once bonuses and stock are counted" is more.
    found = _on(
        "Kestrel's pay once bonuses and stock are counted is lower than the median for "
        "glassblowers",
        ruleset,
    )
    assert found.label == "unverified", found.rationale
