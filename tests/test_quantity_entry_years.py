"""An encyclopedia entry whose title names a year ("2019 Calder nurses' strike") tells
that year's event: a count it gives without a year of its own ("c. 41,000 nurses") is
of then, and refutes no count of another year's dispute. Drafts and pages written for
these tests."""

from __future__ import annotations

from typing import Any

import pytest
from judging import run, verdict

NEWS = "http://calder.test/news/2031/walkout"
WIKI = "http://calder.test/wiki/entry"


def _entry(title: str) -> str:
    return (
        f'<h1>{title}</h1><table class="infobox"><caption>{title}</caption>'
        "<tr><th>Date</th><td>4 March – 2 May</td></tr>"
        "<tr><th>Parties</th><td>Calder Nurses' Guild; Calder Health Board</td></tr>"
        "<tr><th>Participants</th><td>c. 41,000 nurses</td></tr></table>"
        "<p>The strike was called by the Calder Nurses' Guild against the Calder Health "
        "Board over pay and staffing.</p>"
    )


def _draft() -> str:
    return (
        "# Calder nurses walk out\n\n"
        "*Calder, 14 October 2031*\n\n"
        "Nurses in the Calder Nurses' Guild stayed off the wards for a second day in the "
        f"dispute over the 2030–2032 pay deal ([news]({NEWS})).\n\n"
        "By the evening the Calder Health Board had stopped the pay of 2,100 "
        "nurses who stayed away, an official said.\n\n"
        "## Before\n\n"
        f"The guild last struck in 2019, for two months ([entry]({WIKI})).\n"
    )


NEWS_PAGE = (
    "<h1>Nurses stay out</h1><p>Nurses in the Calder Nurses' Guild stayed away for a second "
    "day in their dispute with the Calder Health Board.</p>"
)


@pytest.mark.parametrize(
    ("title", "label"),
    [
        ("2019 Calder nurses' strike", "unverified"),
        ("Calder nurses' strike of 2019", "unverified"),
    ],
)
def test_an_entrys_year_dates_its_counts(title: str, label: str, ruleset: Any) -> None:
    claims = run(_draft(), {NEWS: NEWS_PAGE, WIKI: _entry(title)}, ruleset)
    assert verdict(claims, "quantity", "2,100").verdict.label == label


def test_a_count_of_the_entrys_year_is_still_read_against_it(ruleset: Any) -> None:
    draft = (
        "# Calder nurses\n\n"
        f"In 2019 some 40,000 nurses walked out across Calder for two months ([entry]({WIKI})).\n"
    )
    claims = run(draft, {WIKI: _entry("2019 Calder nurses' strike")}, ruleset)
    assert verdict(claims, "quantity", "40,000").verdict.label == "supported"
