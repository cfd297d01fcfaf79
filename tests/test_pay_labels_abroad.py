"""Pay read from a posting in another language: its label ("Gehaltsrahmen", "Vergütung",
"Rémunération", "Salário", "Lön"), a class named for pay in that language, the tax word
before the period ("brutto monatlich"), and an apply button with a word before it ("Jetzt
bewerben"). A raise written with a verb and "by" ("rises by €75") is a change, never
pay. The pages and drafts are written for these tests."""

from __future__ import annotations

from typing import Any

import pytest
from judging import run

from factcheck.evidence.salary import a_change
from factcheck.sources.facts import read_facts


def _posting(label: str, value: str, *, cls: str = "wert", lang: str = "de") -> str:
    return (
        f"<html lang='{lang}'><head><title>Glasbläser | Hütte Lauscha</title></head><body>"
        f"<main><h1>Glasbläser</h1><dl><dt>Ort</dt><dd>Lauscha</dd>"
        f"<dt>{label}</dt><dd>{value}</dd></dl></main></body></html>"
    ).replace("<dd>" + value, f"<dd class='{cls}'>" + value)


@pytest.mark.parametrize(
    ("label", "value", "pay"),
    [
        ("Gehaltsrahmen", "52.000 € – 61.000 € brutto / Jahr", (52000, 61000, "EUR", "year")),
        ("Vergütung", "3.150 € – 3.420 € brutto monatlich", (3150, 3420, "EUR", "month")),
        ("Stundenlohn", "16,80 € brutto pro Stunde", (16.8, 16.8, "EUR", "hour")),
        ("Rémunération", "2 300 € – 2 650 € brut par mois", (2300, 2650, "EUR", "month")),
        ("Salário", "R$ 4.200,00 a R$ 5.100,00 / mês", (4200, 5100, None, "month")),
        ("Månadslön", "32 000 kr – 36 500 kr i månaden", (32000, 36500, None, "month")),
        ("Retribuzione", "€ 28.000 – € 31.000 annui lordi", (28000, 31000, "EUR", None)),
    ],
)
def test_a_pay_label_in_another_language(label: str, value: str, pay: tuple[Any, ...]) -> None:
    facts = read_facts(_posting(label, value)).of("pay")
    assert len(facts) == 1, label
    got = facts[0].data
    low, high, currency, period = pay
    assert (got["min"], got["max"]) == (low, high)
    if currency:
        assert got["currency"] == currency
    if period:
        assert got["period"] == period


def test_figures_in_elements_named_for_pay_with_the_tax_word_before_the_period() -> None:
    html = (
        "<html lang='de'><body><main><h1>Gleisbauer (m/w/d)</h1><dl><dt>Konditionen</dt><dd>"
        "<span class='gehalt'>2.980 €</span> <span>–</span> <span class='gehalt'>3.310 €</span>"
        " <span>brutto monatlich</span>, zzgl. Zulagen</dd></dl>"
        "<a href='#f'>Jetzt bewerben</a></main></body></html>"
    )
    facts = read_facts(html)
    assert facts.kind == "job_posting"
    pay = facts.of("pay")[0].data
    assert (pay["min"], pay["max"], pay["period"]) == (2980, 3310, "month")


def test_how_to_apply_is_no_apply_button() -> None:
    html = "<html><body><article><h1>Porters win raise</h1><a href='/x'>How to apply</a></article>"
    assert read_facts(html + "</body></html>").kind != "job_posting"


@pytest.mark.parametrize(
    ("text", "figure", "change"),
    [
        ("Porters' pay climbs by €310 a month over three years.", "€310 a month", True),
        ("Basic pay was raised by £1.10 an hour in April.", "£1.10 an hour", True),
        ("The hourly rate went up by $2.35 under the deal.", "$2.35", True),
        ("Wages fell by ₹1,800 a month after the cut.", "₹1,800 a month", True),
        ("Nurses got an increment of R950 a month.", "R950 a month", True),
        ("Pay rises to €3,420 a month next spring.", "€3,420 a month", False),
        ("Drivers are paid by the hour, at $24.10.", "$24.10", False),
    ],
)
def test_a_change_written_with_by_is_no_pay(text: str, figure: str, change: bool) -> None:
    start = text.index(figure)
    assert a_change(text, start, start + len(figure)) is change


def test_a_raise_on_another_page_never_contradicts_the_pay(ruleset: Any) -> None:
    url = "http://saline.test/news/1"
    pages = {
        url: "<p>Under the deal at Saline Werke, salt-works pay rises by €390 a month from "
        "May, and each worker gets a one-off bonus.</p>"
    }
    draft = (
        f"# Salt\n\nSaline Werke is hiring salt boilers ([news]({url})). The job pays "
        "between €2,900 and €3,300 gross a month.\n"
    )
    labels = [c.verdict.label for c in run(draft, pages, ruleset) if c.claim.type == "salary"]
    assert labels and "contradicted" not in labels


@pytest.mark.parametrize(
    ("label", "values", "pay"),
    [
        ("Compensation (CTC)", ["₹9,50,000", "₹12,00,000"], (950000, 1200000, "year")),
        ("CTC", ["₹14.5 lakh", "₹18 lakh"], (1450000, 1800000, "year")),
        ("Stipend", ["$3,100", "$3,400"], (3100, 3400, "month")),
        ("Salary (AUD)", ["$88,000", "$97,500"], (88000, 97500, "year")),
    ],
)
def test_a_range_in_spans_after_a_label_span(
    label: str, values: list[str], pay: tuple[float, float, str]
) -> None:
    period = " <span class='u'>per month</span>" if pay[2] == "month" else ""
    html = (
        "<html><body><main><h1>Test Rig Engineer</h1><div class='box'>"
        f"<span class='k'>{label}</span> <span class='v'>{values[0]}</span><span> – </span>"
        f"<span class='v'>{values[1]}</span>{period}"
        "<p class='fine'>Includes fixed pay, variable pay and retirement benefits.</p>"
        "</div></main></body></html>"
    )
    got = read_facts(html).of("pay")
    assert len(got) == 1
    assert (got[0].data["min"], got[0].data["max"], got[0].data["period"]) == pay


def test_a_figure_after_a_label_of_another_thing_is_no_pay() -> None:
    html = (
        "<html><body><main><h1>Test Rig Engineer</h1><div class='box'>"
        "<span class='k'>Relocation budget</span> <span class='v'>$4,000</span>"
        "</div></main></body></html>"
    )
    assert read_facts(html).of("pay") == []
