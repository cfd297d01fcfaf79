"""Pay read with what a posting says around it: a week given by its hours beside a year's
salary ("£27,900 for a 36-hour week"), an extra month's pay said to be outside a year's
figure ("excludes 13th-month pay"), a figure whose period only its size suggested, and
a cited posting for another of the employer's jobs than the one the claim names. Pages
and sentences written for these tests."""

from __future__ import annotations

import pytest
from judging import cited, run, verdict_on
from postings import job_posting_ld

from factcheck.evidence.hours import payments_a_year
from factcheck.rulepacks.ruleset import RuleSet

WARDEN = "http://jobs.test/harlow-council/warden-3310.html"
WARDEN_PAGE = (
    "<html><head><title>Community Warden</title>"
    + job_posting_ld(
        "Community Warden", "Harlow Vale Council", currency="GBP", low=26120, high=27840
    )
    + "</head><body><main><h1>Community Warden</h1><p>Harlow Vale Council</p>"
    "<p>Salary: £26,120 to £27,840 a year</p>"
    "<p>You will patrol the town centre and the estates on a rota.</p></main></body></html>"
)


@pytest.mark.parametrize(
    "sentence",
    [
        "The warden post pays £26,120-£27,840 for a 36-hour week",
        "The warden post pays £26,120–£27,840 for a 36-hour week",
        "The warden post pays £26,120 to £27,840 for a 36-hour week",
    ],
)
def test_a_salary_beside_the_week_s_hours_is_a_year_s(sentence: str, ruleset: RuleSet) -> None:
    found = cited(sentence, WARDEN, WARDEN_PAGE, ruleset, "salary", wrap=False)
    assert found.verdict.label == "supported", found.verdict.rationale


def test_a_week_s_pay_beside_its_hours_is_still_a_week_s(ruleset: RuleSet) -> None:
    article = "# Draft\n\nThe warden post pays £520 for a 36-hour week.\n"
    claims = [c for c in run(article, {}, ruleset) if c.claim.type == "salary"]
    assert [c.claim.fields["period"] for c in claims] == ["week"]


@pytest.mark.parametrize(
    ("text", "yearly", "count"),
    [
        ("Excludes 13th-month pay, medical cover and pension.", True, None),
        ("Excluding the 13th month and bonuses", True, None),
        ("not counting bonuses and before the 13th month", True, None),
        ("plus a 13th-month salary in December", True, None),
        ("plus a 13th-month salary in December", False, 13),
        ("Excludes 13th-month pay.", False, 13),
        ("includes a 13th-month salary", True, 13),
        ("Sueldo anual en 14 pagas", True, 14),
    ],
)
def test_an_extra_month_outside_a_year_s_figure(text: str, yearly: bool, count: int | None) -> None:
    assert payments_a_year(text, yearly) == count


TECH = "http://jobs.test/okavango-telecom/4410-field-technician.html"


def _tech_page(note: str) -> str:
    return (
        "<html><head><title>Field Technician</title>"
        + job_posting_ld(
            "Field Technician", "Okavango Telecom", currency="BWP", low=156000, high=192000
        )
        + "</head><body><main><h1>Field Technician</h1><p>Okavango Telecom, Gaborone</p>"
        f"<p>Salary: BWP 156,000 to BWP 192,000 a year. {note}</p>"
        "<p>You will maintain radio sites across the southern cluster.</p></main></body></html>"
    )


@pytest.mark.parametrize(
    ("note", "label"),
    [
        ("Excludes 13th-month pay and medical aid.", "supported"),
        ("Not including the 13th month.", "supported"),
        ("Paid in 13 monthly salaries.", "contradicted"),
    ],
)
def test_a_year_s_figure_split_by_the_payments_it_says(
    note: str, label: str, ruleset: RuleSet
) -> None:
    sentence = "Okavango Telecom's field technicians earn BWP 13,000 to BWP 16,000 a month"
    found = cited(sentence, TECH, _tech_page(note), ruleset, "salary", wrap=False)
    assert found.verdict.label == label, found.verdict.rationale


ALLOWANCE = "http://jobs.test/tema-yards/rigger-2207.html"
ALLOWANCE_PAGE = (
    "<html><head><title>Rigger</title>"
    + job_posting_ld("Rigger", "Tema Marine Yards", currency="GHS", low=9000, high=11000)
    + "</head><body><main><h1>Rigger</h1><p>Tema Marine Yards</p>"
    "<p>Salary: GH₵9,000 – GH₵11,000 per month</p>"
    "<p>Height allowance GH₵12,500 per month; boots and harness provided.</p></main></body></html>"
)


def _allowance(article: str, ruleset: RuleSet, figure: str) -> str:
    claims = run(article, {ALLOWANCE: ALLOWANCE_PAGE}, ruleset, wrap=False)
    found = [c for c in claims if c.claim.type == "salary" and figure in c.claim.text]
    assert found, [c.claim.text for c in claims]
    return found[0].verdict.label


def test_a_figure_with_no_period_is_the_page_s_in_its_period(ruleset: RuleSet) -> None:
    article = (
        "# Draft\n\nThe rigger job at Tema Marine Yards pays GH₵9,000 to GH₵11,000 a month, "
        f"with a height allowance of GH₵12,500 on top ([posting]({ALLOWANCE})).\n"
    )
    assert _allowance(article, ruleset, "12,500") == "supported"
    other = article.replace("GH₵12,500 on top", "GH₵14,000 on top")
    assert _allowance(other, ruleset, "14,000") != "supported"


DECK = "http://jobs.test/skagen-line/551-chief-engineer.html"


def _deck_page(listed: str) -> str:
    return (
        "<html><head><title>Chief Engineer</title>"
        + job_posting_ld("Chief Engineer", "Skagen Line", currency="DKK", low=52000, high=57000)
        + "</head><body><main><h1>Chief Engineer</h1><p>Skagen Line, Hirtshals</p>"
        "<p>Salary: DKK 52,000 – 57,000 per month</p>"
        "<p>You will run the engine room on our freight ferries.</p>"
        f"<section><h3>More jobs at Skagen Line</h3><ul><li>{listed}</li>"
        "<li>Bosun, Hirtshals</li></ul></section></main></body></html>"
    )


def test_a_job_the_page_lists_apart_is_not_the_posting_s(ruleset: RuleSet) -> None:
    sentence = "Skagen Line's second engineers start on about DKK 39,000 a month"
    found = cited(
        sentence, DECK, _deck_page("Second Engineer, Hirtshals"), ruleset, "salary", wrap=False
    )
    assert found.verdict.label != "contradicted", found.verdict.rationale


def test_hiring_another_job_beside_a_cited_posting(ruleset: RuleSet) -> None:
    article = (
        "# Draft\n\nSkagen Line is hiring for its ferries "
        f"([posting]({DECK})). Skagen Line is also hiring cargo planners at DKK 41,000 to "
        "DKK 44,000 a month, its careers page says.\n"
    )
    found = verdict_on(
        article, {DECK: _deck_page("Deckhand, Frederikshavn")}, ruleset, "salary", wrap=False
    )
    assert found.label != "contradicted", found.rationale


def test_a_posting_for_the_job_at_another_level_still_decides(ruleset: RuleSet) -> None:
    # Near miss: the page lists no opening for the claim's job, so the cited posting's
    # pay stays the job's, at whatever level the claim names it.
    sentence = "Skagen Line's second engineers start on about DKK 39,000 a month"
    found = cited(sentence, DECK, _deck_page("Deckhand, Hirtshals"), ruleset, "salary", wrap=False)
    assert found.verdict.label == "contradicted", found.verdict.rationale


@pytest.mark.parametrize(
    ("article", "refuted"),
    [
        # The sentence with the pay cites the posting itself: the title may be the one
        # that is wrong, and the posting's pay still refutes the figure.
        (
            "Skagen Line is hiring crane maintenance engineers at DKK 41,000 to DKK 44,000 a month "
            f"([posting]({DECK})).",
            True,
        ),
        # The posting is cited a sentence before: the pay is another job's.
        (
            f"Skagen Line is hiring for its ferries ([posting]({DECK})). It is also hiring "
            "crane maintenance engineers at DKK 41,000 to DKK 44,000 a month.",
            False,
        ),
    ],
)
def test_a_title_written_with_the_pay(article: str, refuted: bool, ruleset: RuleSet) -> None:
    page = _deck_page("Deckhand, Frederikshavn").replace("Chief Engineer", "Ferry Systems Engineer")
    pages = {DECK: page}
    found = verdict_on(f"# Draft\n\n{article}\n", pages, ruleset, "salary", wrap=False)
    assert (found.label == "contradicted") == refuted, found.rationale
