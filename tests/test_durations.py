"""A length of time is its own claim beside a date in the same sentence, and "after N
months" is a length only when its subject names what lasted. Sentences written for
these tests."""

from __future__ import annotations

from typing import Any

from factcheck.claimfields import DateFields
from factcheck.claims.extract import extract_claims
from factcheck.reading import parse_article


def dates_of(text: str, ruleset: Any) -> list[DateFields]:
    claims = extract_claims(parse_article(text, "draft.txt"), ruleset)
    out = [c.fields for c in claims if c.type == "date"]
    assert all(isinstance(f, DateFields) for f in out)
    return out  # type: ignore[return-value]


def test_a_duration_beside_a_date_is_a_claim_of_its_own(ruleset: Any) -> None:
    found = dates_of("The 52-day lockout at Brenner Mills ended on 3 April 2022.", ruleset)
    assert {(f.date, f.days) for f in found} == {("2022-04-03", None), (None, 52.0)}


def test_a_duration_alone_is_still_one_claim(ruleset: Any) -> None:
    found = dates_of("It was a four-week stoppage at the Orvo quarry.", ruleset)
    assert [(f.date, f.days) for f in found] == [(None, 28.0)]


def test_after_n_months_with_no_subject_only_places_the_event(ruleset: Any) -> None:
    text = "Finally, after nearly nine months, the guild's council lifted the ban on 2 May 2024."
    found = dates_of(text, ruleset)
    assert [(f.event, f.date) for f in found] == [("lifted", "2024-05-02")]


def test_after_n_months_after_a_pronoun_is_no_duration(ruleset: Any) -> None:
    assert dates_of("And it came after almost three years of talks.", ruleset) == []


def test_after_n_days_with_a_subject_is_how_long_it_lasted(ruleset: Any) -> None:
    found = dates_of("The Harlow dock strike ended on 9 June, after 61 days.", ruleset)
    assert (None, 61.0) in {(f.date, f.days) for f in found}
