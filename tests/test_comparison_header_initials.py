"""A side written as initials ("LPNs") names the table row that gives those initials as
another name for itself: before a dash and the name ("LPN – Licensed practical nurse")
or opening its brackets ("Nursing aide (NA, bedside helper)"). Initials no row gives
name none. The page and sentences are written for these tests."""

from __future__ import annotations

from typing import Any

import pytest
from judging import verdict_on

URL = "https://labour.example.org/2031/nursing-pay"
PAGE = """<html><head><title>Nursing pay by occupation, 2031</title></head><body><main>
<table><caption>Median hourly pay by nursing occupation, 2031 (dollars)</caption>
<tr><th>Occupation</th><th>Median hourly pay</th></tr>
<tr><td>RN – Registered nurse</td><td>41.10</td></tr>
<tr><td>LPN – Licensed practical nurse</td><td>28.40</td></tr>
<tr><td>Nursing aide (NA, bedside helper)</td><td>19.75</td></tr>
</table></main></body></html>"""


def _label(sentence: str, ruleset: Any) -> str:
    draft = f"# Pay\n\n{sentence} ([table]({URL})).\n"
    return verdict_on(draft, {URL: PAGE}, ruleset, "comparison", wrap=False).label


@pytest.mark.parametrize(
    ("sentence", "label"),
    [
        ("LPNs earn more than bedside helpers, the survey shows", "supported"),
        ("LPNs earn less than bedside helpers", "contradicted"),
    ],
)
def test_initials_a_row_gives_name_it(sentence: str, label: str, ruleset: Any) -> None:
    assert _label(sentence, ruleset) == label


def test_initials_no_row_gives_name_none(ruleset: Any) -> None:
    assert _label("CNAs earn less than bedside helpers", ruleset) == "unverified"
