"""A length of time is a quantity in days, its own claim beside a date in the same
sentence, and "after N months" is a length only when its subject names what lasted.
Sentences written for these tests."""

from __future__ import annotations

from typing import Any

from judging import verdict_on

from factcheck.claimfields import DateFields, QuantityFields
from factcheck.claims.extract import extract_claims
from factcheck.reading import parse_article


def claims_of(text: str, ruleset: Any) -> tuple[list[DateFields], list[QuantityFields]]:
    claims = extract_claims(parse_article(text, "draft.txt"), ruleset)
    dates = [c.fields for c in claims if isinstance(c.fields, DateFields)]
    spans = [c.fields for c in claims if isinstance(c.fields, QuantityFields)]
    return dates, [q for q in spans if q.unit == "days"]


def test_a_duration_beside_a_date_is_a_claim_of_its_own(ruleset: Any) -> None:
    dates, spans = claims_of("The 52-day lockout at Brenner Mills ended on 3 April 2022.", ruleset)
    assert [d.date for d in dates] == ["2022-04-03"]
    assert [(q.value, q.min, q.max) for q in spans] == [(52, 51, 53)]


def test_a_duration_is_a_quantity_in_days(ruleset: Any) -> None:
    dates, spans = claims_of("It was a four-week stoppage at the Orvo quarry.", ruleset)
    assert dates == [] and [(q.value, q.unit) for q in spans] == [(28, "days")]


def test_a_qualified_duration_is_an_interval(ruleset: Any) -> None:
    _, spans = claims_of("The Orvo lockout dragged on for nearly two months.", ruleset)
    assert spans[0].qualifier == "near_below"
    assert spans[0].max == 60.88 and spans[0].min is not None and spans[0].min < 60


def test_a_duration_wins_over_a_count_in_the_same_words(ruleset: Any) -> None:
    text = "The three-week walkout at Orvo ended after members rejected two offers."
    claims = extract_claims(parse_article(text, "draft.txt"), ruleset)
    assert [(c.text, dict(c.fields).get("unit")) for c in claims if c.type == "quantity"] == [
        ("three-week walkout", "days"),
        ("two offers", "offers"),
    ]


def test_after_n_months_with_no_subject_only_places_the_event(ruleset: Any) -> None:
    text = "Eventually, after almost eight weeks, ministers withdrew the levy on 2 May 2024."
    dates, spans = claims_of(text, ruleset)
    assert [(d.event, d.date) for d in dates] == [("withdrew", "2024-05-02")]
    assert spans == []


def test_after_n_months_after_a_pronoun_is_no_duration(ruleset: Any) -> None:
    assert claims_of("And it came after almost three years of talks.", ruleset) == ([], [])


def test_after_n_days_with_a_subject_is_how_long_it_lasted(ruleset: Any) -> None:
    _, spans = claims_of("The Harlow dock strike ended on 9 June, after 61 days.", ruleset)
    assert [q.value for q in spans] == [61]


def test_a_period_told_after_the_fact_it_measures(ruleset: Any) -> None:
    text = (
        "The mill reopened on 4 May 2020 after the owners settled, a period of nearly seven weeks."
    )
    _, spans = claims_of(text, ruleset)
    assert [(q.value, q.qualifier) for q in spans] == [(49, "near_below")]


def test_a_count_of_days_after_a_range_of_dates(ruleset: Any) -> None:
    _, spans = claims_of("Strike dates: 6 June – 30 June 2022 (25 days)", ruleset)
    assert [q.value for q in spans] == [25]


QUARRY = {
    "https://news.example.org/orvo-strike": (
        "<p>Quarry workers at Orvo stopped work on 2 March 2021 and went back on 6 April "
        "2021, once a revised deal was ratified, a span of about five weeks.</p>"
        "<p>Members had rejected two earlier offers in March.</p>"
    )
}


def test_a_length_of_time_is_checked_against_the_source_s(ruleset: Any) -> None:
    wrong = verdict_on(
        "The three-week strike at the Orvo quarry ended after members rejected two offers.",
        QUARRY,
        ruleset,
        "quantity",
        "three-week",
    )
    assert wrong.label == "contradicted"
    right = verdict_on(
        "The Orvo quarry strike lasted about five weeks.", QUARRY, ruleset, "quantity", "five weeks"
    )
    assert right.label == "supported"
