"""Dates told by any verb, records bounded by a year, and sums of money read for what
they are sums of; drafts and pages written for these tests."""

from __future__ import annotations

from typing import Any

from judging import verdict_on

COUNCIL = {
    "https://news.example.org/council": (
        "<p>Councillors in Varnholt agreed on Tuesday to postpone the zoning vote until "
        "June 9, 2026, so that more residents can be heard.</p>"
        "<p>VARNHOLT — 4 March 2026 — The harbour board published its yearly accounts "
        "this morning.</p>"
    )
}


def test_a_date_is_borne_out_by_another_form_of_the_verb(ruleset: Any) -> None:
    judged = verdict_on(
        "In Varnholt, the council postponed the zoning vote until June 9, 2026.",
        COUNCIL,
        ruleset,
        "date",
        "June 9",
    )
    assert judged.label == "supported"


def test_a_dateline_dates_the_event_it_opens(ruleset: Any) -> None:
    judged = verdict_on(
        "The Varnholt harbour board published its accounts on 4 March.",
        COUNCIL,
        ruleset,
        "date",
        "4 March",
    )
    assert judged.label == "supported"


def test_a_loosely_placed_other_date_does_not_contradict(ruleset: Any) -> None:
    judged = verdict_on(
        "In Varnholt, the council postponed the zoning vote until July 14, 2026.",
        COUNCIL,
        ruleset,
        "date",
        "July 14",
    )
    assert judged.label == "unverified"


PILOTS = {
    "https://news.example.org/pilots": (
        "<p>Harbour pilots at Kessmouth stopped work on Monday. It is the first time since "
        "1979 that the pilots have stopped work at the port.</p>"
    )
}


def test_a_record_since_another_year_contradicts(ruleset: Any) -> None:
    judged = verdict_on(
        "It was the first time since 1991 that the pilots had stopped work at Kessmouth.",
        PILOTS,
        ruleset,
        "superlative",
    )
    assert judged.label == "contradicted"
    assert "1979" in judged.rationale
    right = verdict_on(
        "It was the first time since 1979 that the pilots had stopped work at Kessmouth.",
        PILOTS,
        ruleset,
        "superlative",
    )
    assert right.label == "supported"


COOPERATIVE = {
    "https://news.example.org/coop": (
        "<p>The Tallow Creek Grain Cooperative reported revenue of $900 million for the year, "
        "its board said.</p>"
        "<p>A grain inspector at the Tallow Creek Grain Cooperative earns about $61,000 a "
        "year.</p>"
    )
}


def test_another_sum_of_money_does_not_contradict(ruleset: Any) -> None:
    judged = verdict_on(
        "Going into the harvest, the Tallow Creek Grain Cooperative's reserve fund held "
        "about $40 million.",
        COOPERATIVE,
        ruleset,
        "quantity",
        "reserve fund",
    )
    assert judged.label == "unverified"


def test_the_same_sum_given_otherwise_contradicts(ruleset: Any) -> None:
    judged = verdict_on(
        "The Tallow Creek Grain Cooperative reported revenue of about $400 million for the year.",
        COOPERATIVE,
        ruleset,
        "quantity",
        "revenue",
    )
    assert judged.label == "contradicted"


def test_as_much_as_is_not_borne_out_by_any_smaller_sum(ruleset: Any) -> None:
    judged = verdict_on(
        "A closure of the Tallow Creek Grain Cooperative could cost growers as much as "
        "$2 billion a season.",
        COOPERATIVE,
        ruleset,
        "quantity",
        "as much as",
    )
    assert judged.label == "unverified"
