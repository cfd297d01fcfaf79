"""Workers "employed directly by" an employer (an adverb between the hiring verb and "by":
"hired solely by", "engaged locally by"): the name after "by" is whom they work for, as
after "employed by", never the strikers; and the struck party ends before "through",
"throughout" or "despite". Sentences written for these tests."""

from __future__ import annotations

import pytest

from factcheck.claims.extract import extract_claims
from factcheck.claims.values import HIRED_ADVERB
from factcheck.reading import parse_article
from factcheck.rulepacks.ruleset import RuleSet


def _strikes(text: str, ruleset: RuleSet) -> list[dict[str, object]]:
    article = parse_article(f"# Labour\n\n{text}\n", "d.md", "markdown")
    return [dict(c.fields) for c in extract_claims(article, ruleset) if c.type == "strike"]


@pytest.mark.parametrize(
    ("text", "employer"),
    [
        (
            "About 200 porters employed directly by the Tarn Valley Health Board walked out"
            " on Monday.",
            "Tarn Valley Health Board",
        ),
        (
            "Roughly 300 caterers employed directly by the Wexmoor Regional Health Authority"
            " walked out for a day, picketing the main gate through a cold morning.",
            "Wexmoor Regional Health Authority",
        ),
        (
            "Ground crew employed directly by Vell Airways struck for two days.",
            "Vell Airways",
        ),
    ],
)
def test_the_name_after_the_adverb_is_the_employer(
    text: str, employer: str, ruleset: RuleSet
) -> None:
    found = _strikes(text, ruleset)
    assert found, text
    assert employer in found[0]["against"]  # type: ignore[operator]
    assert employer not in found[0]["strikers"]  # type: ignore[operator]


@pytest.mark.parametrize(
    ("words", "plain"),
    [
        ("cleaners employed directly by", "cleaners employed by"),
        ("guards hired solely by", "guards hired by"),
        ("pickers engaged seasonally by", "pickers engaged by"),
        ("staff Contracted Locally by", "staff Contracted by"),
    ],
)
def test_the_adverb_drops_out(words: str, plain: str) -> None:
    assert HIRED_ADVERB.sub(r"\1", words) == plain


def test_other_words_stay() -> None:
    # Only an adverb right before "by" goes: "employed nearly 400 by 2020" is a count.
    text = "the mill employed nearly 400 by 2020"
    assert HIRED_ADVERB.sub(r"\1", text) == text


@pytest.mark.parametrize(
    ("text", "against"),
    [
        (
            "Crane drivers struck against Kell Freight through a bitter Orla Valley winter.",
            ["Kell Freight"],
        ),
        (
            "Bakers walked out at Dunmore Foods throughout the Easter holiday in Tarnby.",
            ["Dunmore Foods"],
        ),
        (
            "Ferry stewards downed tools against Brisa Lines despite a Harbour Board ruling.",
            ["Brisa Lines"],
        ),
    ],
)
def test_a_time_or_concession_after_the_struck_party_ends_it(
    text: str, against: list[str], ruleset: RuleSet
) -> None:
    # "through a wet Perth winter morning" says when, not whom: the names after
    # "through", "throughout" or "despite" are no party to the strike.
    found = _strikes(text, ruleset)
    assert found, text
    assert found[0]["against"] == against
