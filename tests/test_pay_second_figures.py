"""A pay sentence that gives a second figure after the claim's own: the same pay in
another period ("£540 a week, or roughly £28,000 a year") or another job's pay with the
verb left out ("and riggers $1,480"). The second figure is part of what the sentence
says: the first right and the second wrong is mixed; both right stays supported; and the
second never makes a claim contradicted on its own. The pages and drafts are written
for these tests."""

from __future__ import annotations

from typing import Any

import pytest
from judging import run

URL = "http://stats-office.test/earnings/2025/table-9"
TABLE = (
    "<h1>Earnings by occupation, 2025</h1><table><caption>Table 9: Median pay, full-time"
    " employees, 2025</caption><thead><tr><th>Occupation</th><th>Median weekly pay (£)</th>"
    "<th>Median annual pay (£)</th></tr></thead><tbody>"
    "<tr><th>Scaffolders</th><td>688.0</td><td>35,640</td></tr>"
    "<tr><th>Roofing labourers</th><td>571.5</td><td>29,110</td></tr>"
    "<tr><th>Glaziers</th><td>602.3</td><td>31,270</td></tr>"
    "</tbody></table>"
)


def _salary(sentence: str, ruleset: Any, page: str = TABLE) -> tuple[str, str]:
    draft = f"# Earnings\n\nFigures from [the statistics office]({URL}). {sentence}\n"
    found = [c for c in run(draft, {URL: page}, ruleset) if c.claim.type == "salary"]
    assert found, sentence
    return found[0].verdict.label, found[0].verdict.rationale


@pytest.mark.parametrize(
    ("sentence", "label"),
    [
        ("A full-time glazier's median is £602 a week, or roughly £31,000 a year.", "supported"),
        ("A full-time glazier's median is £602 a week, or roughly £38,000 a year.", "mixed"),
    ],
)
def test_the_same_pay_restated_in_another_period(sentence: str, label: str, ruleset: Any) -> None:
    got, why = _salary(sentence, ruleset)
    assert got == label, why
    if label == "mixed":
        assert "£38,000" in why and "Glaziers" in why


RATES_URL = "http://harbour-guild.test/agreement-2025"
RATES = (
    "<h1>Rates under the 2025 agreement</h1><table><thead><tr><th>Grade</th>"
    "<th>Weekly minimum</th></tr></thead><tbody>"
    "<tr><td>Deckhand</td><td>$1,215.40</td></tr>"
    "<tr><td>Rigger</td><td>$1,396.00</td></tr>"
    "<tr><td>Bosun</td><td>$1,552.75</td></tr>"
    "</tbody></table>"
)


@pytest.mark.parametrize(
    ("second", "label"),
    [("$1,396", "supported"), ("$1,480", "mixed")],
)
def test_another_jobs_pay_with_its_verb_left_out(second: str, label: str, ruleset: Any) -> None:
    draft = (
        f"# Deal\n\nUnder [the agreement]({RATES_URL}), deckhands now earn a weekly minimum of"
        f" $1,215.40, and riggers {second}.\n"
    )
    found = [c for c in run(draft, {RATES_URL: RATES}, ruleset) if c.claim.type == "salary"]
    assert found[0].verdict.label == label, found[0].verdict.rationale


def test_a_wrong_second_figure_alone_never_contradicts(ruleset: Any) -> None:
    # The first figure is not on the page: the second's conflict does not decide.
    got, _ = _salary(
        "A full-time plasterer's median is £640 a week, or roughly £38,000 a year.", ruleset
    )
    assert got != "contradicted"
