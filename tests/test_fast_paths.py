"""Shortcuts taken for speed give exactly the answers of the plain code they replaced,
which is written out here as the reference."""

from __future__ import annotations

import re
from typing import Any

from hypothesis import example, given, settings
from hypothesis import strategies as st

from factcheck.claims.checkworthiness import _phrase_regex, _Phrases, _runs
from factcheck.claims.values import TextContext
from factcheck.evidence.common import contains_word
from factcheck.evidence.strikes import (
    _AT_WORK,
    _STRIKE_WORDS,
    denial,
    denies,
    may_deny,
    named_any,
)

WORDS = ["strike", "on strike", "not", "didn't", "walked out", "pay", "s", "", "ai", "a.i."]
TEXT = st.lists(
    st.sampled_from(
        [
            "Actors",
            "are",
            "not",
            "on",
            "strike",
            "didn't",
            "join",
            "SAG-AFTRA",
            "WGA",
            "Netflix",
            "walked",
            "out",
            "A.I.",
            "ai",
            "pay",
            ",",
            ".",
            "’s",
            "’",
            "-",
            "ſtrike",
            "K",
        ]
    ),
    max_size=14,
).map(" ".join)


def contains_word_reference(text: str, words: set[str]) -> bool:
    lowered = text.lower().replace("’", "'")
    return any(re.search(rf"(?<![\w]){re.escape(w)}(?![\w])", lowered) for w in words)


@settings(max_examples=400, deadline=None)
@given(TEXT, st.sets(st.sampled_from(WORDS), max_size=5))
def test_contains_word_is_the_per_word_search(text: str, words: set[str]) -> None:
    assert contains_word(text, words) == contains_word_reference(text, words)


def denial_reference(text: str, name: str, negation: set[str]) -> str | None:
    # The whole denial pattern, one per name, as it was before one pattern for what
    # follows a name served every name.
    neg = "|".join(re.escape(n) for n in sorted(negation, key=len, reverse=True))
    named = rf"{re.escape(name)}\b[^.;]{{0,100}}?"
    pattern = (
        rf"{named}\b(?:{neg})\b(?:\s+[\w']+){{0,6}}?\s+(?:{_STRIKE_WORDS})"
        rf"|{named}\bavert\w*\s+(?:\w+\s+){{0,3}}?(?:strike|walkout|stoppage)"
        rf"|{named}{_AT_WORK}"
    )
    found = re.search(pattern, text, re.IGNORECASE)
    return found.group(0) if found else None


NAMES = ["SAG-AFTRA", "WGA", "actors", "Netflix", "strike", "not on", "out out", "A.I.", ""]


@settings(max_examples=400, deadline=None)
@given(TEXT, st.sampled_from(NAMES))
@example("Actors are not on strike", "actors")
@example("out out out did not join", "out out")
def test_denial_is_the_whole_pattern(text: str, name: str) -> None:
    negation = {"not", "didn't", "never", "no longer"}
    assert denial(text, name, negation) == denial_reference(text, name, negation)
    assert denies(text, name, negation) == (denial_reference(text, name, negation) is not None)


DENYING = TEXT | st.lists(
    st.sampled_from(["WGA", "actors", "kept", "working", "averted", "a", "strike", "not", "."]),
    max_size=10,
).map(" ".join)


@settings(max_examples=400, deadline=None)
@given(DENYING, st.sampled_from(NAMES), st.sets(st.sampled_from(["not", "didn't", "no"])))
@example("Actors kept working", "actors", set())
@example("WGA averted a strike", "WGA", set())
def test_a_sentence_without_a_denying_word_denies_nothing(
    text: str, name: str, negation: set[str]
) -> None:
    if may_deny(frozenset(negation)).search(text) is None:
        assert denial_reference(text, name, negation) is None


@settings(max_examples=400, deadline=None)
@given(TEXT, st.lists(st.sampled_from(NAMES), max_size=4))
def test_one_search_for_any_name_is_a_search_per_name(text: str, names: list[str]) -> None:
    per_name = any(re.search(rf"{re.escape(n)}\b", text, re.IGNORECASE) for n in names)
    assert (named_any(tuple(names)).search(text) is not None) == per_name


def test_denies_finds_a_denial_and_ignores_other_names() -> None:
    negation = {"not", "did not"}
    assert denies("The physicians did not join the walkout.", "physicians", negation)
    assert not denies("The nurses did not join the walkout.", "physicians", negation)


def shows_as_name_reference(context: str, word: str) -> bool:
    w = re.escape(word)
    return re.search(rf"[a-z,] {w}\b|\b{w} [A-Z]", context) is not None


@settings(max_examples=200, deadline=None)
@given(TEXT, st.sampled_from(["Actors", "Netflix", "WGA", "K", "A.I."]))
def test_shows_as_name_is_the_search_it_remembers(ruleset: Any, text: str, word: str) -> None:
    ctx = TextContext(text, ruleset.knowledge)
    for _ in range(2):  # the second answer comes from what the first remembered
        assert ctx.shows_as_name(word) == shows_as_name_reference(text, word)


@settings(max_examples=400, deadline=None)
@given(st.text(alphabet="aZbK ,.-’'_&é1É\n", max_size=40), st.data())
def test_shows_as_name_reads_the_text_once_and_answers_as_the_search(
    ruleset: Any, text: str, data: st.DataObject
) -> None:
    # Words cut anywhere from the text itself, so that runs, word boundaries and
    # punctuation at the cut are all tried.
    cuts = [text[i:j] for i in range(len(text)) for j in range(i + 1, min(len(text), i + 8) + 1)]
    words = data.draw(st.lists(st.sampled_from(cuts or ["Z"]), max_size=6))
    ctx = TextContext(text, ruleset.knowledge)
    for word in [*words, "Z", "K.", "Zé"]:
        assert ctx.shows_as_name(word) == shows_as_name_reference(text, word), word


# Letters that match others under re.IGNORECASE (the long s, the Kelvin sign, the dotted
# and dotless i), apostrophes both ways, and words of several letters.
PHRASES = ["sit", "ſki", "kiss", "İs", "it's", "is’t", "si-ki", "sk it", "k", "é"]
LETTERS = "sitkKıİIS\u212a’'- ſéÉ"


@settings(max_examples=600, deadline=None)
@given(
    st.lists(st.sampled_from(PHRASES) | st.text(alphabet=LETTERS, max_size=5), max_size=6).map(
        "".join
    ),
    st.sets(st.sampled_from(PHRASES), max_size=4),
)
@example("a ski run", {"ſki"})
@example("\u212a", {"k"})
@example("is", {"İs"})
@example("IT’S", {"it's"})
@example("is't", {"is’t"})
@example("sk  it", {"sk it"})
def test_a_phrase_list_is_found_as_its_regex_finds_it(text: str, phrases: set[str]) -> None:
    expected = _phrase_regex(phrases).search(text) is not None
    assert _Phrases(phrases).found(text, _runs(text)) == expected


MONEY_TEXT = st.lists(
    st.sampled_from(
        [
            "$",
            "US$",
            "Rs",
            "rs.",
            "£",
            "€",
            "5",
            "12,000",
            "dollars",
            "Dollars",
            "pounds",
            "sterling",
            "euro",
            "euros’",
            "EUR",
            "eur",
            "AUD",
            "pay",
            "-",
            "’",
            "\u212a",
            "٣",
        ]
    ),
    max_size=8,
).map(" ".join)


@settings(max_examples=400, deadline=None)
@given(MONEY_TEXT, st.booleans())
@example("It cost $ 5.", False)
@example("It cost Rs5.", False)
@example("paid in pounds sterling", False)
def test_the_money_feature_is_the_one_regex(ruleset: Any, text: str, joined: bool) -> None:
    from factcheck.claims.checkworthiness import CheckWorthiness

    text = text.replace(" ", "") if joined else text
    currencies = ruleset.knowledge.currencies.values()
    symbols = sorted((re.escape(s) for c in currencies for s in c.symbols), key=len)
    words = _phrase_regex({w for c in currencies for w in c.words}).pattern
    reference = re.compile(rf"(?:{'|'.join(reversed(symbols))})\s?\d|{words}", re.IGNORECASE)
    scored = CheckWorthiness(ruleset.knowledge).features(text)["money"]
    assert scored == float(reference.search(text) is not None)


def flat_alternation(phrases: set[str], flexible_space: bool) -> str:
    """The phrases one after another, longest first: what macros.alternation wrote
    before it shared their openings."""
    parts = []
    for phrase in sorted(phrases, key=lambda p: (-len(p), p)):
        body = re.escape(phrase)
        if flexible_space:
            body = body.replace(r"\ ", r"[\s-]+").replace(r"\-", r"[\s-]?")
            body = re.sub("['’]", "['’]", body)
        if phrase.isupper() and len(phrase) <= 6 and phrase.isalpha():
            body = f"(?-i:{body})"
        elif phrase[:1].isupper():
            body = f"(?-i:{re.escape(phrase[0])}){body[len(re.escape(phrase[0])) :]}"
        parts.append(body)
    return "(?:" + "|".join(parts) + ")" if parts else "(?!)"


# Letters that match others ignoring case (the Kelvin sign, the long s, the dotted and
# dotless i), capitals, spaces, hyphens and apostrophes both ways, symbols.
ALT_LETTERS = "abkKsSiI\u212aſİı -'’$.£"
PHRASE = st.text(alphabet=ALT_LETTERS, min_size=1, max_size=5)


@settings(max_examples=500, deadline=None)
@given(
    st.sets(PHRASE | st.sampled_from(["ab", "abs", "Ab", "AB", "a b", "a-b", "ab's", "k", "K"])),
    st.text(alphabet=ALT_LETTERS, max_size=12),
    st.booleans(),
    st.booleans(),
    st.sampled_from(["", r"(?![\w])", "s", r"[\s-]+b", "(?<=b)"]),
)
@example({"work", "workers", "Worksop", "workforce"}, "Worksop workers", True, True, "")
@example({"sab", "ſa", "s"}, "sa", True, True, "")
@example({"ab", "A"}, "Ab", True, True, "")
def test_an_alternation_matches_as_its_flat_list(
    phrases: set[str], text: str, flexible: bool, ignore_case: bool, after: str
) -> None:
    from factcheck.rulepacks.macros import alternation

    flags = re.IGNORECASE if ignore_case else 0
    shared = re.compile(alternation(phrases, flexible_space=flexible) + after, flags)
    flat = re.compile(flat_alternation(phrases, flexible) + after, flags)
    for pos in range(len(text) + 1):
        got, want = shared.match(text, pos), flat.match(text, pos)
        assert (got and got.span()) == (want and want.span()), (pos, shared.pattern)
