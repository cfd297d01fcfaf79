"""A posting in another language may give its job's English name in brackets after its
own ("Filialleiter (Store Manager)"). That English name is comparable with an English
claim: another role there is another job, and the claim naming it is refuted, where a
bare title in another language is never taken for another job. Brackets holding no
occupation ("(Vollzeit)", "(m/w/d)") gloss nothing. The pages and drafts are written for
these tests."""

from __future__ import annotations

import pytest
from judging import cited
from postings import job_posting_ld

from factcheck.rulepacks.ruleset import RuleSet

URL = "http://karsten.test/jobs/4410"


def _posting(title: str, lang: str = "de") -> str:
    return (
        f"<html lang='{lang}'><head><title>{title} | Karsten Markt</title>"
        f"{job_posting_ld(title, 'Karsten Markt')}</head><body>"
        f"<main><h1>{title}</h1><p>Karsten Markt sucht Verstärkung für die Filiale in "
        "Kassel.</p><p>Jetzt bewerben</p></main></body></html>"
    )


SENTENCE = "Karsten Markt is recruiting an {title} in Kassel"


@pytest.mark.parametrize(
    ("posted", "claimed"),
    [
        ("Filialleiter (Store Manager)", "Area Manager"),
        ("Lagerist (Warehouse Operative)", "Forklift Driver"),
        ("Kassierer (Cashier)", "Shift Supervisor"),
    ],
)
def test_another_role_in_the_english_gloss_refutes(
    ruleset: RuleSet, posted: str, claimed: str
) -> None:
    got = cited(
        SENTENCE.format(title=claimed), URL, _posting(posted), ruleset, "job_title", wrap=False
    )
    assert got.verdict.label == "contradicted", got.verdict.rationale


@pytest.mark.parametrize(
    ("posted", "claimed"),
    [
        ("Filialleiter (Vollzeit)", "Area Manager"),
        ("Filialleiter (m/w/d)", "Area Manager"),
        ("Filialleiter", "Area Manager"),
    ],
)
def test_no_gloss_no_refutation(ruleset: RuleSet, posted: str, claimed: str) -> None:
    got = cited(
        SENTENCE.format(title=claimed), URL, _posting(posted), ruleset, "job_title", wrap=False
    )
    assert got.verdict.label != "contradicted", got.verdict.rationale


def test_the_glossed_role_itself_is_not_refuted(ruleset: RuleSet) -> None:
    got = cited(
        SENTENCE.format(title="Store Manager"),
        URL,
        _posting("Filialleiter (Store Manager)"),
        ruleset,
        "job_title",
        wrap=False,
    )
    assert got.verdict.label == "supported", got.verdict.rationale


# The other way round, the English name first and the posting's own in brackets after it;
# or a title in another script with the English name beside it in Latin letters.
@pytest.mark.parametrize(
    ("lang", "posted", "claimed", "label"),
    [
        (
            "es",
            "Senior Kiln Operator (Operador/a de Horno Senior) - Planta Sur",
            "Lead Kiln Operator",
            "contradicted",
        ),
        ("es", "Quality Inspector (Inspector de Calidad)", "Warehouse Supervisor", "contradicted"),
        ("es", "Quality Inspector (Inspector de Calidad)", "Quality Inspector", "supported"),
        # A bracket of no other language's form glosses nothing.
        ("es", "Quality Inspector (Turno Noche)", "Warehouse Supervisor", "unverified"),
        ("ja", "市営バス整備士 Bus Mechanic (正社員)", "Senior Bus Mechanic", "contradicted"),
        ("ja", "市営バス整備士 Bus Mechanic (正社員)", "Bus Mechanic", "supported"),
        ("ko", "간호사 Staff Nurse", "Charge Nurse", "contradicted"),
        # No English name beside it: nothing to compare.
        ("ja", "市営バス整備士 (正社員)", "Senior Bus Mechanic", "unverified"),
        # The whole title quoted as the posting writes it is its exact title.
        (
            "ja",
            "市営バス整備士 Bus Mechanic – Depot 4",
            '"市営バス整備士 Bus Mechanic – Depot 4"',
            "supported",
        ),
    ],
)
def test_an_english_name_beside_the_postings_own(
    ruleset: RuleSet, lang: str, posted: str, claimed: str, label: str
) -> None:
    got = cited(
        SENTENCE.format(title=claimed),
        URL,
        _posting(posted, lang),
        ruleset,
        "job_title",
        wrap=False,
    )
    assert got.verdict.label == label, got.verdict.rationale
