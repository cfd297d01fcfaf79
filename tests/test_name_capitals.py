"""Names opening with a capital of Latin Extended-A ("Ž", "Ł", "Ş", "Ő", "Ø", "Þ") are
names as "Zeta" is: a strike keeps its employer, a title its employer and person.
Sentences written for these tests, in names of several languages."""

from __future__ import annotations

from typing import Any

import pytest
from judging import cited

from factcheck.claims.extract import extract_claims
from factcheck.letters import CAPITALS, LOWER, UPPER
from factcheck.reading import parse_article
from factcheck.rulepacks.ruleset import RuleSet


def _claims(text: str, ruleset: RuleSet, kind: str) -> list[dict[str, Any]]:
    article = parse_article(f"# News\n\n{text}\n", "d.md", "markdown")
    return [dict(c.fields) for c in extract_claims(article, ruleset) if c.type == kind]


def test_letter_classes_hold_extended_latin() -> None:
    for ch in "ŠŁŐŞİŽĆØÞÁ":
        assert ch in CAPITALS and ch in UPPER
    for ch in "šłőşıžćøþá":
        assert ch in LOWER and ch not in CAPITALS
    assert "×" not in UPPER and "÷" not in LOWER


@pytest.mark.parametrize(
    ("text", "employer"),
    [
        # Czech
        (
            "Members of the KVS union at Šumava Strojírny walked out on Wednesday.",
            "Šumava Strojírny",
        ),
        # Polish
        (
            "Cleaners represented by Związek Sprzątaczy struck at Łęczna Central Clinic on Friday.",
            "Łęczna Central Clinic",
        ),
        # Turkish
        ("Weavers at Şenol Dokuma went on strike in Bursa on Thursday.", "Şenol Dokuma"),
        # Hungarian
        ("Conductors at Őszi Vasút walked off the job for three days.", "Őszi Vasút"),
        # Danish
        ("Packers at Ærtebjerg Mejeri downed tools on Tuesday.", "Ærtebjerg Mejeri"),
    ],
)
def test_strike_keeps_employer_with_extended_capital(
    text: str, employer: str, ruleset: RuleSet
) -> None:
    strikes = _claims(text, ruleset, "strike")
    assert strikes and employer in strikes[0]["against"]


@pytest.mark.parametrize(
    ("text", "person", "employer"),
    [
        # Czech
        (
            "Řehoř Kubíček, chief operating officer at Žďár Textil, said orders had slowed.",
            "Řehoř Kubíček",
            "Žďár Textil",
        ),
        # Polish
        (
            "Ścibor Łazarczyk was named head of logistics at Żerań Cargo in March.",
            "Ścibor Łazarczyk",
            "Żerań Cargo",
        ),
        # Icelandic
        (
            "Þórdís Ægisdóttir, finance director at Ísfold Útgerð, declined to comment.",
            "Þórdís Ægisdóttir",
            "Ísfold Útgerð",
        ),
    ],
)
def test_title_keeps_person_and_employer_with_extended_capital(
    text: str, person: str, employer: str, ruleset: RuleSet
) -> None:
    titles = _claims(text, ruleset, "job_title")
    assert titles and titles[0]["person"] == person and titles[0]["employer"] == employer


@pytest.mark.parametrize(
    ("text", "employer"),
    [
        # Polish
        (
            "Łomża Mleczarnia is hiring packers. The company pays them 6,900 złoty a month.",
            "Łomża Mleczarnia",
        ),
        # Danish
        (
            "Ødegård Rederi, a shipping company, hired a deck officer. The company pays the "
            "officer 38,000 kroner a month.",
            "Ødegård Rederi",
        ),
        # Hungarian
        (
            "Őrhegy Kerámia is hiring kiln operators. The company pays them 510,000 forint a "
            "month.",
            "Őrhegy Kerámia",
        ),
    ],
)
def test_salary_keeps_employer_with_extended_capital(
    text: str, employer: str, ruleset: RuleSet
) -> None:
    article = parse_article(f"# Pay\n\n{text}\n", "d.md", "markdown")
    pay = [c.fields for c in extract_claims(article, ruleset) if c.type == "salary"]
    assert pay and getattr(pay[0], "employer", None) == employer


KVS_PAGE = (
    "<p>Members of the KVS union walked out at Šumava Strojírny on Wednesday 3 June 2026 "
    "over a pay offer they called too low.</p>"
)
KVS_ELSEWHERE = (
    "<p>Members of the KVS union walked out at the Vřesová Kovárna forge on Wednesday 3 "
    "June 2026 over a pay offer they called too low.</p><p>The Šumava Strojírny plant kept "
    "working.</p>"
)


@pytest.mark.parametrize(
    ("page", "label"), [(KVS_PAGE, "supported"), (KVS_ELSEWHERE, "contradicted")]
)
def test_page_strike_at_a_plant_with_extended_capital(
    page: str, label: str, ruleset: RuleSet
) -> None:
    # The employer kept whole is the plant the page is read for: a strike at another
    # plant, with this one said to be working, tells against the claim.
    found = cited(
        "Members of the KVS union at Šumava Strojírny walked out on 3 June 2026",
        "http://news.test/kvs",
        page,
        ruleset,
        "strike",
    )
    assert found.claim.fields["against"] == ["Šumava Strojírny"]
    assert found.verdict.label == label, found.verdict.rationale
