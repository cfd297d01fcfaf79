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


# A restated figure is the writer's own conversion: its hedge says it is rounded as
# written, not a tenth off. The table gives £29,110 a year for roofing labourers.
@pytest.mark.parametrize(
    ("sentence", "label"),
    [
        ("Roofing labourers take home £571 a week, or roughly £29,000 a year.", "supported"),
        ("Roofing labourers take home £571 a week, or about £30,000 a year.", "supported"),
        ("Roofing labourers take home £571 a week, or roughly £31,500 a year.", "mixed"),
        ("Roofing labourers take home £571 a week, or around £32,000 a year.", "mixed"),
    ],
)
def test_a_hedged_restatement_is_held_to_its_rounding(
    sentence: str, label: str, ruleset: Any
) -> None:
    got, why = _salary(sentence, ruleset)
    assert got == label, why


DEAL_URL = "http://bakers-union.test/news/agreement-ratified"
DEAL = (
    "<h1>Bakers ratify a four-year agreement</h1>"
    "<p>Under the agreement, the base rate for a journey-level baker rises from $31.20 an"
    " hour today to $36.85 an hour in 2031.</p>"
    "<p>The entry rate for oven hands climbs to $24.10 an hour at once and reaches"
    " $27.60 an hour in the last year, 2031.</p>"
)


def _deal(sentence: str, ruleset: Any) -> tuple[str, str]:
    return _salary(sentence.replace("the statistics office", "x"), ruleset, DEAL)


def _salary_checks(sentence: str, ruleset: Any) -> list[Any]:
    """The salary checks of a draft citing the deal's release before ``sentence``."""
    draft = f"# Bakers\n\nThe union's [release]({DEAL_URL}). {sentence}\n"
    return [c for c in run(draft, {DEAL_URL: DEAL}, ruleset) if c.claim.type == "salary"]


@pytest.mark.parametrize(
    ("sentence", "label"),
    [
        # A figure the source dates to a year the sentence names is that year's pay,
        # whatever "today" stands beside another figure of the source's sentence.
        ("By 2031, journey-level bakers will earn $36.85 an hour.", "supported"),
        ("Journey-level bakers are set to make $36.85 an hour in 2031.", "supported"),
        ("In 2031 a journey-level baker will be paid $38.85 an hour.", "contradicted"),
    ],
)
def test_a_dated_figure_is_the_pay_of_the_year_named(
    sentence: str, label: str, ruleset: Any
) -> None:
    found = _salary_checks(sentence, ruleset)
    assert [c.verdict.label for c in found] == [label], [c.verdict.rationale for c in found]


@pytest.mark.parametrize(
    ("sentence", "label"),
    [
        # "Reaches $27.60 in 2031" is the pay that year, not a ceiling over it.
        ("The oven hands' rate goes to $24.10 an hour now and to $27.60 by 2031.", "supported"),
        ("The oven hands' rate goes to $24.10 an hour now and to $29.60 by 2031.", "mixed"),
    ],
)
def test_a_later_figure_reached_in_a_year_is_that_years_pay(
    sentence: str, label: str, ruleset: Any
) -> None:
    found = _salary_checks(sentence, ruleset)
    assert found[0].verdict.label in (
        (label,) if label == "supported" else ("mixed", "contradicted")
    ), found[0].verdict.rationale


POST_URL = "http://tarn-valley-schools.test/jobs/language-assistant"
POST = (
    "<h1>Language Assistant</h1>"
    "<p>Tarn Valley Schools pays language assistants €1,850 – €2,240 per month.</p>"
    "<ul><li>Relocation allowance: €600 (one time)</li>"
    "<li>Completion bonus: €1,100 on finishing the year</li></ul>"
)


@pytest.mark.parametrize(
    ("tail", "label"),
    [
        (", plus a €600 relocation allowance", "supported"),
        (", plus a €900 relocation allowance", "mixed"),
        (", with a €1,400 completion bonus", "mixed"),
        (" and a €1,100 completion bonus", "supported"),
    ],
)
def test_a_part_of_pay_on_top_is_read_as_that_part(tail: str, label: str, ruleset: Any) -> None:
    draft = (
        f"# Assistants\n\nAccording to [the advert]({POST_URL}), Tarn Valley Schools pays"
        f" language assistants €1,850 to €2,240 a month{tail}.\n"
    )
    found = [c for c in run(draft, {POST_URL: POST}, ruleset) if c.claim.type == "salary"]
    assert found[0].verdict.label == label, found[0].verdict.rationale
