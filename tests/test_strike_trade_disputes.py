"""Workers named by their trade ("tram fitters") and a page on that trade's dispute saying
no strike took place: the claim's strike, when the trade's words are on the page and the
claim's year and month are in the sentence's paragraph or the page's title. Another
trade, or another year, is another dispute. Names are invented for these tests."""

from __future__ import annotations

from typing import Any

import pytest
from judging import run, verdict

URL = "https://wiki.example.org/2031_Orvane_tramway_dispute"

PAGE = """<html><head><title>2031 Orvane tramway labour dispute</title></head><body>
<h1>2031 Orvane tramway labour dispute</h1>
<p>The 2031 Orvane tramway labour dispute was a contract dispute between the city's tram
operators and the unions of some 4,000 of their fitters and drivers.</p>
<p>On 3 November 2031 the city council voted to impose the agreements, and the mayor
signed the order on 4 November 2031. No strike took place.</p>
</body></html>"""


def _label(claim: str, ruleset: Any) -> tuple[str, str]:
    draft = f"# Trams\n\nThe dispute dragged on ([background]({URL})).\n\n{claim}\n"
    found = verdict(run(draft, {URL: PAGE}, ruleset, wrap=False), "strike")
    return found.verdict.label, found.verdict.rationale


def test_a_trade_s_strike_the_page_says_never_happened(ruleset: Any) -> None:
    label, why = _label("In the end, tram fitters walked off the job in November 2031.", ruleset)
    assert label == "contradicted", why


@pytest.mark.parametrize(
    "claim",
    [
        # Another trade: the page names no nurses.
        "In the end, hospital nurses walked off the job in November 2031.",
        # Another year.
        "In the end, tram fitters walked off the job in November 2029.",
        # Another month of the same year.
        "In the end, tram fitters walked off the job in March 2031.",
    ],
)
def test_another_trade_or_time_is_another_dispute(claim: str, ruleset: Any) -> None:
    label, why = _label(claim, ruleset)
    assert label != "contradicted", why
