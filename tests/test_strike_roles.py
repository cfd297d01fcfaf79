"""Who struck and who was struck, by the words around each party: a group of workers
with a list of places, a company before a group of workers, an association of
employers, the passive. Sentences written for these tests."""

from __future__ import annotations

from typing import Any

import pytest

from factcheck.claimfields import StrikeFields
from factcheck.claims.extract import extract_claims
from factcheck.claims.names import looks_like_employers, looks_like_union
from factcheck.reading import parse_article


def strike_of(text: str, ruleset: Any) -> StrikeFields:
    claims = extract_claims(parse_article(text, "draft.txt"), ruleset)
    found = [c.fields for c in claims if isinstance(c.fields, StrikeFields)]
    assert found, f"no strike in {text!r}: {[(c.type, c.text) for c in claims]}"
    return found[0]


def test_a_group_with_a_list_of_places_struck(ruleset: Any) -> None:
    strike = strike_of("Midwives in Preston, Lancaster and Kendal walked out on Friday.", ruleset)
    assert strike.strikers == ("Midwives",)
    assert strike.where == ("Preston", "Lancaster", "Kendal")


def test_places_joined_by_and_are_each_a_place(ruleset: Any) -> None:
    strike = strike_of("Tram drivers in Bremen and Kiel went on strike.", ruleset)
    assert strike.where == ("Bremen", "Kiel")


def test_a_company_before_a_group_of_workers_employs_them(ruleset: Any) -> None:
    strike = strike_of("Tollan Freight drivers walked out in Dover.", ruleset)
    assert strike.strikers == ("Tollan Freight drivers",)
    assert strike.against == ("Tollan Freight",)


def test_a_word_opening_the_sentence_before_workers_is_their_kind(ruleset: Any) -> None:
    strike = strike_of("Laundry workers in Hove are on strike against Brisk Linen.", ruleset)
    assert strike.strikers == ("Laundry workers",)
    assert strike.against == ("Brisk Linen",)


@pytest.mark.parametrize(
    "name",
    [
        "Orrin Contractors Association",
        "Northern Shipping Employers' Federation",
        "Alliance of Radio Producers",
    ],
)
def test_associations_of_employers_are_no_unions(name: str) -> None:
    assert looks_like_employers(name) and not looks_like_union(name)


@pytest.mark.parametrize(
    "name", ["Letter Carriers Association", "Crane Operators Union", "Plasterers Guild"]
)
def test_unions_of_workers_stay_unions(name: str) -> None:
    assert looks_like_union(name) and not looks_like_employers(name)


def test_the_passive_puts_the_employer_first(ruleset: Any) -> None:
    strike = strike_of(
        "The Harwell Shipowners Association was struck by members of the Deck Officers "
        "Guild on Monday.",
        ruleset,
    )
    assert strike.strikers == ("Deck Officers Guild",)
    assert strike.against == ("Harwell Shipowners Association",)


def test_the_active_with_an_association_struck_against(ruleset: Any) -> None:
    strike = strike_of(
        "The Deck Officers Guild struck against the Harwell Shipowners Association, the "
        "employers' group that bargains for the ferry lines.",
        ruleset,
    )
    assert strike.strikers == ("Deck Officers Guild",)
    assert strike.against == ("Harwell Shipowners Association",)
