"""Forms found in copy nobody here wrote (issue 10, probe 2): a level ending a sentence,
a closing date for applications with the job named, a judgement quoted after "called".

Every organisation, person, title and figure below is invented for these tests."""

from __future__ import annotations

from typing import Any

import pytest
from judging import run, verdict

from factcheck.claims.amounts import currencies_meet, format_money
from factcheck.claims.extract import extract_claims
from factcheck.reading import parse_article


def claims_of(text: str, claim_type: str, ruleset: Any) -> list[dict[str, Any]]:
    """The fields of every claim of ``claim_type`` in ``text``."""
    claims = extract_claims(parse_article(text, "draft.txt"), ruleset)
    return [dict(c.fields) for c in claims if c.type == claim_type]


def test_a_level_ending_a_sentence_ends_it() -> None:
    text = "Quarry Lane Water is hiring a Filtration Plant Operator III. Kessel Mining said no."
    sentences = [s.text for s in parse_article(text, "draft.txt").sentences]
    assert sentences == [
        "Quarry Lane Water is hiring a Filtration Plant Operator III.",
        "Kessel Mining said no.",
    ]


def test_an_initial_is_not_a_level() -> None:
    text = "Ada I. Brisk and Tom V. Hale met Ines Kaur."
    assert len(parse_article(text, "draft.txt").sentences) == 1


def test_a_title_run_on_to_its_last_role_keeps_its_level(ruleset: Any) -> None:
    # "Stormwater" ends like an occupation; the title runs on to "Inspector", then "II".
    found = claims_of(
        "Riverbend Utilities is hiring a Stormwater Drainage Systems Inspector II in Leeds.",
        "job_title",
        ruleset,
    )
    assert found[0]["title"] == "Stormwater Drainage Systems Inspector II"
    assert found[0]["level"] == "II"
    assert found[0]["employer"] == "Riverbend Utilities"


@pytest.mark.parametrize(
    ("text", "date", "subject"),
    [
        (
            "Applications for the relief lock keeper post close on 4 December.",
            "????-12-04",
            "relief lock keeper post",
        ),
        (
            "Applications for this Harbour Pilot vacancy close on January 9, 2026.",
            "2026-01-09",
            "Harbour Pilot vacancy",
        ),
        ("Closing date: 12/19/2025", "2025-12-19", None),
        ("Closing date 19/12/2025", "2025-12-19", None),
        # Day and month both 12 or under: the order is unknown, the year is not.
        ("Closing date: 5/6/2025", "2025", None),
    ],
)
def test_applications_close_on_a_date(ruleset: Any, text: str, date: str, subject: str) -> None:
    found = claims_of(text, "date", ruleset)
    assert found and found[0]["event"] == "closes"
    assert found[0]["date"] == date
    assert found[0].get("subject") == subject


@pytest.mark.parametrize(
    ("text", "speaker", "quote"),
    [
        ('Ruth Abara called the rota "unsafe".', "Ruth Abara", "unsafe"),
        (
            "Émile Dufresne, finance chief at Coralie Ferries, branded the fare cut ‘a gamble’.",
            "Émile Dufresne",
            "a gamble",
        ),
        (
            "Jonas Wirth, the union's organiser, described the ballot as 'a clear mandate'.",
            "Jonas Wirth",
            "a clear mandate",
        ),
        (
            "Björn Algren said the depot was ‘running on goodwill and overtime’.",
            "Björn Algren",
            "running on goodwill and overtime",
        ),
    ],
)
def test_a_quote_after_a_speaker_and_an_apposition(
    ruleset: Any, text: str, speaker: str, quote: str
) -> None:
    found = claims_of(text, "quote", ruleset)
    assert found, text
    assert (found[0]["speaker"], found[0]["quote"]) == (speaker, quote)


@pytest.mark.parametrize(
    "text",
    [
        'Ruth Abara said "no".',  # too short to check when merely said
        "Ruth Abara called the depot's manager at noon.",
        "Ruth Abara called the rota unsafe.",
    ],
)
def test_no_quote_without_one_worth_checking(ruleset: Any, text: str) -> None:
    assert claims_of(text, "quote", ruleset) == []


PESOS = "MXN|CLP|COP|ARS|PHP|UYU|DOP"


@pytest.mark.parametrize(
    ("text", "low", "high", "currency", "period"),
    [
        (
            "The estate pays its pruners 1.3 million to 1.6 million pesos a month.",
            1_300_000,
            1_600_000,
            PESOS,
            "month",
        ),
        (
            "Guides at the lodge earn 32,000 to 37,000 pesos a month.",
            32_000,
            37_000,
            PESOS,
            "month",
        ),
        ("A bookkeeper there is paid 540,000 kronor a year.", 540_000, 540_000, "SEK", "year"),
        ("Nannies in Lausanne charge 28 to 35 francs an hour.", 28, 35, "CHF|XOF", "hour"),
        (
            "The mill pays loom fitters 41,000 rupees a month.",
            41_000,
            41_000,
            "INR|PKR|LKR",
            "month",
        ),
    ],
)
def test_pay_in_a_currency_word_several_currencies_write(
    ruleset: Any, text: str, low: int, high: int, currency: str, period: str
) -> None:
    found = claims_of(text, "salary", ruleset)
    assert found, text
    assert (found[0]["min"], found[0]["max"]) == (low, high)
    assert (found[0]["currency"], found[0]["period"]) == (currency, period)
    # The sum is the pay's, not also a count of pesos.
    assert claims_of(text, "quantity", ruleset) == []


def test_currencies_meet_by_a_code_a_shared_word_names() -> None:
    assert currencies_meet(PESOS, "CLP") and currencies_meet("MXN", PESOS)
    assert not currencies_meet(PESOS, "USD")
    assert not currencies_meet("EUR", "USD")
    assert currencies_meet(None, "USD")
    assert format_money(48_000, PESOS) == "48,000 (MXN, CLP, COP, ARS, PHP, UYU or DOP)"


PAY_DRAFT = """# Orchard jobs

Huerto Las Brisas is hiring an irrigation technician ([posting](https://jobs.example.cl/riego)).
The job pays 1.2 million to 1.5 million pesos a month.
"""


@pytest.mark.parametrize(
    ("page_pay", "label"),
    [
        ("CLP 1.200.000 – CLP 1.500.000 per month", "supported"),
        ("CLP 700.000 – CLP 850.000 per month", "contradicted"),
        # Another currency's code: the figures are not the claim's, whatever they are.
        ("USD 1,200 – USD 1,500 per month", "unverified"),
    ],
)
def test_a_shared_currency_word_is_matched_by_figure_and_period(
    ruleset: Any, page_pay: str, label: str
) -> None:
    page = (
        f"<h1>Irrigation Technician</h1><p>Huerto Las Brisas, Curicó.</p><p>Salary: {page_pay}.</p>"
    )
    claims = run(PAY_DRAFT, {"https://jobs.example.cl/riego": page}, ruleset)
    assert verdict(claims, "salary").verdict.label == label


@pytest.mark.parametrize(
    ("text", "title", "employer"),
    [
        (
            "Palomar Grid is hiring for a Senior Metering Engineer on the smart meters team.",
            "Senior Metering Engineer",
            "Palomar Grid",
        ),
        (
            "Palomar Grid is looking to hire a Lead Tariff Analyst in its pricing group.",
            "Lead Tariff Analyst",
            "Palomar Grid",
        ),
        (
            "Palomar Grid's listing for a Principal Grid Planner on the network design team "
            "asks for ten years' experience.",
            "Principal Grid Planner",
            "Palomar Grid",
        ),
        (
            "The post is for a Senior Metering Engineer on the field services team at "
            "Palomar Grid.",
            "Senior Metering Engineer",
            "Palomar Grid",
        ),
    ],
)
def test_a_title_followed_by_its_team(ruleset: Any, text: str, title: str, employer: str) -> None:
    found = claims_of(text, "job_title", ruleset)
    assert found, text
    assert (found[0]["title"], found[0]["employer"]) == (title, employer)


def test_a_change_by_a_fraction_of_what_changes(ruleset: Any) -> None:
    found = claims_of(
        "The new scale would raise the trainee rate by almost a third.", "quantity", ruleset
    )
    assert found[0]["unit"] == "%" and found[0]["of"] == "the trainee rate"
    assert found[0]["max"] == pytest.approx(33.33) and found[0]["qualifier"] == "near_below"


@pytest.mark.parametrize(
    ("text", "relation", "right"),
    [
        (
            "Even the best-paid porter at Velmont is still less than what the average Irish "
            "plumber earns.",
            "less",
            "what the average Irish plumber earns",
        ),
        (
            "The night premium at Velmont remains well above the going rate in Cork.",
            "greater",
            "the going rate in Cork",
        ),
    ],
)
def test_a_comparison_with_an_adverb_before_it(
    ruleset: Any, text: str, relation: str, right: str
) -> None:
    found = claims_of(text, "comparison", ruleset)
    assert found, text
    assert (found[0]["relation"], found[0]["right"]) == (relation, right)


def test_an_employer_paying_a_share_less_than_the_one_named_before(ruleset: Any) -> None:
    text = (
        "Velmont Hotels pays its night porters €2,300 a month. "
        "Rival chain Darrow Inns pays its night porters about 12% less."
    )
    found = claims_of(text, "comparison", ruleset)
    assert found, text
    assert found[0]["left"] == "Rival chain Darrow Inns's night porters"
    assert found[0]["right"] == "Velmont Hotels's night porters"
    assert found[0]["ratio"] == pytest.approx(0.88)


@pytest.mark.parametrize(
    "text",
    [
        "Ines Moravec, the depot's safety officer, called the stoppage 'avoidable'.",
        'Ines Moravec, a crane driver at Tessel Port, called the walkout "the last resort".',
    ],
)
def test_a_person_described_who_calls_a_strike_something_is_no_striker(
    ruleset: Any, text: str
) -> None:
    assert claims_of(text, "strike", ruleset) == []
    assert claims_of(text, "quote", ruleset)


def test_a_union_described_in_commas_still_strikes(ruleset: Any) -> None:
    text = "Tessel Dockers Union, the largest union at the port, walked out on Monday."
    assert claims_of(text, "strike", ruleset)[0]["strikers"] == ["Tessel Dockers Union"]
