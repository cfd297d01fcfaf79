"""bench/build_waste.py: following every match to its end changes no claim, and a match
that loses to a rival over the same words is told apart from the claim kept."""

from __future__ import annotations

import importlib
import sys
from pathlib import Path
from types import ModuleType
from typing import Any

import pytest

from factcheck.claims.extract import Extractor, extract_claims
from factcheck.reading import parse_article

BENCH = Path(__file__).resolve().parents[1] / "bench"

TEXT = (
    "Dispatchers at Quarrow earn $48,000 a year.\n\n"
    "Porters at Vell Port walked out on 3 May over pay.\n"
)


@pytest.fixture(scope="module")
def build_waste() -> ModuleType:
    sys.path.insert(0, str(BENCH))
    try:
        return importlib.import_module("build_waste")
    finally:
        sys.path.remove(str(BENCH))


def test_following_matches_changes_no_claim(build_waste: ModuleType, ruleset: Any) -> None:
    article = parse_article(TEXT, "news.txt", "text")
    plain = extract_claims(article, ruleset, extractor=Extractor(ruleset))
    following = build_waste.Following(ruleset)
    following.follow()
    assert extract_claims(article, ruleset, extractor=following) == plain


def test_a_claim_kept_and_rivals_that_lost_are_told_apart(
    build_waste: ModuleType, ruleset: Any
) -> None:
    following = build_waste.Following(ruleset)
    following.follow()
    article = parse_article(TEXT, "news.txt", "text")
    claims = extract_claims(article, ruleset, extractor=following)
    assert sorted(c.type for c in claims) == ["date", "salary", "strike"]
    calls = {key for key, n in following.calls.items() if n}
    # The pay is read by the rule for a verb of earning; the sum of money inside it
    # loses before its fields are needed.
    assert ("core.salary.earn_verb", "kept", "build") in calls
    assert ("core.quantity.money", "unbuilt", "span") in calls
    assert ("core.quantity.money", "unbuilt", "build") not in calls
    # "walked out" is built as it is found (its rule opens with a left-hand phrase) and
    # loses to the strike rule of higher priority over the same words.
    assert ("core.strike.struck", "kept", "build") in calls
    assert ("core.strike.walked_out", "lost", "build") in calls
    assert "core.strike.walked_out: lost 1" in build_waste.report(following, 1.0, 5)
