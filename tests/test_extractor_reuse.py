"""One extractor per rule set: built once while the rule set holds the same rules, and
reading each text as a new extractor reads it."""

from __future__ import annotations

from dataclasses import replace
from typing import Any

from factcheck.claims.extract import Extractor, extract_claims, extractor_for
from factcheck.reading import parse_article

FIRST = (
    "Riverside Ferries is hiring a Deck Officer at £38,500 a year. "
    "Mooring crews at Harlow Quay went on strike against Riverside Ferries on Monday."
)
SECOND = "The Tolland Glassworks pays its furnace operators $24.10 an hour, the union said."


def test_the_same_rule_set_gets_the_same_extractor(ruleset: Any) -> None:
    own = replace(ruleset, rules=list(ruleset.rules))
    first = extractor_for(own)
    assert extractor_for(own) is first
    assert first.ruleset is own
    # Another rule set with the very same rules is another rule set.
    assert extractor_for(replace(own, rules=list(own.rules))) is not first


def test_a_rule_set_whose_rules_changed_gets_a_new_extractor(ruleset: Any) -> None:
    own = replace(ruleset, rules=list(ruleset.rules))
    first = extractor_for(own)
    dropped = own.rules.pop()
    second = extractor_for(own)
    assert second is not first
    assert dropped.id in first._plans and dropped.id not in second._plans


def test_a_reused_extractor_finds_what_a_new_one_finds(ruleset: Any) -> None:
    own = replace(ruleset, rules=list(ruleset.rules))
    first = parse_article(FIRST, "first.txt", "text")
    second = parse_article(SECOND, "second.txt", "text")
    extract_claims(first, own)
    reused = extract_claims(second, own)
    again = extract_claims(first, own)
    assert reused == extract_claims(second, own, extractor=Extractor(own))
    assert again == extract_claims(first, own, extractor=Extractor(own))
    assert {c.type for c in again} >= {"salary", "strike"}
