"""Pay read where a page states it around other figures: the hours a job is worked in a
pay block ("(36 hours per week)") are no period of its pay; a range joined by another
language's word ("à", "bis", "tot") is one range; a raise told with the pay named between
its verb and "by" ("lifts base pay for fitters by $6.40") is a change, not pay; and "from
X a <period> to Y" gives Y in X's period. The pages and drafts are written for these
tests."""

from __future__ import annotations

import pytest
from judging import run, verdict
from postings import job_posting_ld

from factcheck.rulepacks.ruleset import RuleSet
from factcheck.sources.facts import parse_pay


@pytest.mark.parametrize(
    ("text", "period"),
    [
        ("£28,410 per annum (36 hours per week)", "year"),
        ("$4,150 a month, based on 40 hrs/week", "month"),
        ("€2.640 brutto pro Monat (38,5 Stunden pro Woche)", "month"),
        ("£21.30 per hour, 7.5 hours a day", "hour"),
        ("£26,000 pro rata, 30 hours per week", "year"),
    ],
)
def test_the_hours_a_job_is_worked_are_no_period_of_its_pay(text: str, period: str) -> None:
    pay = parse_pay(text)
    assert pay is not None
    assert pay["period"] == period


def test_a_pay_block_in_a_week_still_reads_as_a_week() -> None:
    pay = parse_pay("£640 per week")
    assert pay is not None and pay["period"] == "week"


URL = "https://news.tarrow-gazette.example/2025/03/09/fitters-deal.html"


def _story(sentence: str) -> str:
    return (
        "<h1>Fitters accept new deal at Tarrow yard</h1>"
        "<p>Fitters at the Tarrow shipyard voted on Friday to accept a four-year agreement.</p>"
        f"<p>{sentence}</p>"
    )


def _salary(draft_sentence: str, page_sentence: str, ruleset: RuleSet) -> str:
    draft = f"# Yard\n\n{draft_sentence} ([story]({URL})).\n"
    return verdict(run(draft, {URL: _story(page_sentence)}, ruleset), "salary").verdict.label


@pytest.mark.parametrize(
    "page_sentence",
    [
        "The agreement lifts base pay for fitters by $6.40 an hour over four years.",
        "The deal raises wages and allowances by $6.40 an hour in all.",
        "Management boosted the hourly rate for fitters by $6.40 over the term.",
    ],
)
def test_a_raise_with_the_pay_named_before_by_is_no_pay_level(
    ruleset: RuleSet, page_sentence: str
) -> None:
    got = _salary(
        "Under the deal, a fitter's rate will reach $48.90 an hour", page_sentence, ruleset
    )
    assert got != "contradicted"


@pytest.mark.parametrize(
    "page_sentence",
    [
        "The fitter rate goes from $42.50 an hour to $48.90 by the last year of the deal.",
        "The top rate climbs from $42.50 per hour up to $48.90 in 2028, the union said.",
        "Fitters will see their rate move from $42.50 an hour to $48.90 over four years.",
    ],
)
def test_the_sum_pay_moves_to_takes_the_period_of_the_sum_it_moves_from(
    ruleset: RuleSet, page_sentence: str
) -> None:
    got = _salary(
        "Under the deal, a fitter's rate will reach $48.90 an hour", page_sentence, ruleset
    )
    assert got == "supported"


def test_the_sum_pay_moves_to_refutes_another_figure(ruleset: RuleSet) -> None:
    got = _salary(
        "Under the deal, a fitter's rate will reach $51.20 an hour",
        "The fitter rate goes from $42.50 an hour to $48.90 by the last year of the deal.",
        ruleset,
    )
    assert got != "supported"


POSTING = "https://emplois.lesquin-reseaux.example/offres/7731.html"


def _posting(low: int, high: int) -> str:
    return (
        "<html lang='fr'><head><title>Monteur réseaux | Lesquin Réseaux</title>"
        + job_posting_ld(
            "Monteur réseaux", "Lesquin Réseaux", currency="EUR", low=low, high=high, unit="YEAR"
        )
        + "</head><body>"
        "<main><h1>Monteur réseaux</h1><p>Lesquin Réseaux recrute un monteur réseaux.</p>"
        f"<p>Rémunération : {low:,} € – {high:,} € brut annuel</p>".replace(",", " ")
        + "</main></body></html>"
    )


@pytest.mark.parametrize(
    "said",
    [
        "The Lesquin Réseaux posting pays 31 200 à 36 800 euros bruts par an",
        "The Lesquin Réseaux posting pays 31.200 bis 36.800 Euro brutto im Jahr",
        "The Lesquin Réseaux posting pays 31 200 tot 36 800 euro per jaar",
    ],
)
def test_a_range_joined_by_another_languages_word_is_one_range(ruleset: RuleSet, said: str) -> None:
    draft = f"# Jobs\n\n{said} ([posting]({POSTING})).\n"
    claims = run(draft, {POSTING: _posting(31200, 36800)}, ruleset, wrap=False)
    salary = verdict(claims, "salary")
    assert (salary.claim.fields["min"], salary.claim.fields["max"]) == (31200, 36800)
    assert salary.verdict.label == "supported"
