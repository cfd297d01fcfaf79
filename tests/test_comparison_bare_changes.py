"""A thing said to have fallen or grown over a stated time ("the median fell last year",
"membership shrank between 2019 and 2025"), read against the change a table signs in
the side's row ("+2%", "-3%"); a level, or a row whose changes point both ways, says
nothing. The pages and sentences are written for these tests."""

from __future__ import annotations

from typing import Any

import pytest
from judging import run, verdict

from factcheck.model import Verdict

FILINGS_URL = "https://labourdata.example.org/guilds-2019-2025"
FILINGS = """<html><head><title>Guild membership, 2019 and 2025</title></head><body><main>
<h1>Guild membership, 2019 and 2025</h1>
<table><caption>Members by guild</caption>
<tr><th>Guild</th><th>2019</th><th>2025</th><th>Change</th></tr>
<tr><td>Stagehands Alliance</td><td>41,000</td><td>44,500</td><td>+9%</td></tr>
<tr><td>Puppeteers Guild</td><td>3,100</td><td>2,950</td><td>-5%</td></tr>
</table></main></body></html>"""

SURVEY_URL = "https://paysurvey.example.net/glassblowers-2031"
SURVEY = """<html><head><title>Glassblowers' pay survey 2031</title></head><body><main>
<h1>Glassblowers' pay survey 2031</h1>
<table><caption>Median salary by country, glassblowers</caption>
<tr><th>Country</th><th>Median salary (local currency)</th><th>Change on 2030</th></tr>
<tr><td>Netherlands</td><td>€48,000</td><td>+4%</td></tr>
<tr><td>United Kingdom</td><td>£39,000</td><td>-1%</td></tr>
</table>
<table><caption>Median salary by region, glassblowers</caption>
<tr><th>Region</th><th>Median salary</th><th>One-year change</th><th>Five-year change</th></tr>
<tr><td>Tyrol</td><td>€41,000</td><td>+3%</td><td>-6%</td></tr>
<tr><td>Carinthia</td><td>€37,500</td><td>+2%</td><td>+5%</td></tr>
</table></main></body></html>"""


def _comparison(sentence: str, url: str, page: str, ruleset: Any) -> Verdict:
    draft = f"# Guilds\n\nThe figures are out. {sentence} ([data]({url})).\n"
    return verdict(run(draft, {url: page}, ruleset, wrap=False), "comparison").verdict


@pytest.mark.parametrize(
    ("sentence", "url", "page", "label"),
    [
        (
            "The Stagehands Alliance shrank between 2019 and 2025",
            FILINGS_URL,
            FILINGS,
            "contradicted",
        ),
        (
            "The Stagehands Alliance, unlike its rivals, grew between 2019 and 2025",
            FILINGS_URL,
            FILINGS,
            "supported",
        ),
        ("The Puppeteers Guild has declined since 2019", FILINGS_URL, FILINGS, "supported"),
        ("The Puppeteers Guild has grown since 2019", FILINGS_URL, FILINGS, "contradicted"),
        (
            "The survey shows the Dutch median fell last year, to €48,000",
            SURVEY_URL,
            SURVEY,
            "contradicted",
        ),
        (
            "Pay was flat elsewhere, but the British median dropped last year",
            SURVEY_URL,
            SURVEY,
            "supported",
        ),
    ],
)
def test_a_bare_change_against_the_rows_signed_change(
    sentence: str, url: str, page: str, label: str, ruleset: Any
) -> None:
    found = _comparison(sentence, url, page, ruleset)
    assert found.label == label, found.rationale
    assert "a change of" in found.rationale


@pytest.mark.parametrize(
    ("region", "label"), [("Tyrol", "unverified"), ("Carinthia", "contradicted")]
)
def test_changes_pointing_both_ways_say_nothing(region: str, label: str, ruleset: Any) -> None:
    found = _comparison(f"The {region} median fell last year", SURVEY_URL, SURVEY, ruleset)
    assert found.label == label, found.rationale


def test_a_change_over_other_years_is_another_change(ruleset: Any) -> None:
    found = _comparison("The British median has dropped since 2026", SURVEY_URL, SURVEY, ruleset)
    assert found.label == "unverified", found.rationale


def test_how_far_a_thing_moved_is_no_bare_change(ruleset: Any) -> None:
    claims = run(
        f"# Guilds\n\nThe Puppeteers Guild shrank by a third between 2019 and 2025 ([data]"
        f"({FILINGS_URL})).\n",
        {FILINGS_URL: FILINGS},
        ruleset,
        wrap=False,
    )
    assert not [c for c in claims if c.claim.fields.get("right") == "its level before"]
