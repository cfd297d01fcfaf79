"""The words a rule's regex needs (factcheck/claims/needs.py) are in every text it matches:
the test that skips sentences never skips one the rule would have matched."""

from __future__ import annotations

import re
from typing import Any

import pytest
from hypothesis import example, given, settings
from hypothesis import strategies as st
from regex_strategies import patterns

from factcheck.claims.needs import (
    Needle,
    NeedsIndex,
    _rest_finder,
    admits,
    alternatives,
    alternatives_needs,
    fold,
    needs,
    quick_search,
)

_PATTERNS = patterns(["strike", "on"])


_TEXT = st.lists(
    st.sampled_from(["strike", "STRIKE", "ſtrike", "on", "ON", "a", "b", "c", "k", "K", "\u212a"])
    | st.sampled_from(["ı", "i", "I", "İ", "$", "1", " ", "x", "st", "ST", "Ab"])
    | st.sampled_from(["Rs", "rs", "RS", "usd", "USD", "aB", "٣", "42"]),
    max_size=12,
).map("".join)


@settings(max_examples=300, deadline=None)
@given(_PATTERNS, _TEXT, st.booleans())
@example("strike", "ſTRIKE", True)
@example("aı", "AI", True)
@example("on\u212a", "ONk", True)
@example("İst", "ist", True)
@example("(?-i:R)s", "RS", True)
@example(r"(?:\d{2})+", "٣42", False)
def test_a_text_a_pattern_matches_holds_what_it_needs(
    pattern: str, text: str, ignore_case: bool
) -> None:
    regex = re.compile(pattern, re.IGNORECASE if ignore_case else 0)
    if regex.search(text) is not None:
        assert admits(needs(regex), text), (pattern, text, needs(regex))


def test_needs_are_words_of_the_pattern() -> None:
    regex = re.compile(r"(?:went|were)\s+on\s+(?:strike|walkout)\s+against", re.IGNORECASE)
    found = [{s.text for s in strings} for strings in needs(regex)]
    assert {"against"} in found
    assert {"strike", "walkout"} in found
    assert needs(re.compile(r"\w+\s*\S")) == ()  # nothing certain: no test
    assert admits(needs(regex), "They WENT ON ſTRIKE AGAINST the mill")
    assert not admits(needs(regex), "They went home")


def test_a_look_ahead_needs_what_it_reads_after_the_match() -> None:
    # The words a match must be followed by are in any sentence it is found in; those a
    # look-behind reads before it, or a negative look-ahead forbids, are no test.
    regex = re.compile(r"\d+ (?:tonnes|crates)(?= shipped (?:from|via) the quay)", re.I)
    assert admits(needs(regex), "Some 40 crates shipped via the quay at dawn")
    assert not admits(needs(regex), "Some 40 crates were left at the quay")
    assert needs(re.compile(r"(?<=barge )\d+ crates")) == needs(re.compile(r"\d+ crates"))
    assert needs(re.compile(r"\d+ crates(?! on hold)")) == needs(re.compile(r"\d+ crates"))


def test_needs_keep_case_where_the_pattern_keeps_it() -> None:
    money = re.compile(r"(?:(?-i:R)s\.?|(?-i:USD)|\$)\s?\d+", re.IGNORECASE)
    wanted = needs(money)
    assert admits(wanted, "paid RS 4,000") and admits(wanted, "USD 90")
    # "rs" in "workers", "usd" in a lower-case word: the pattern cannot match there.
    assert not admits(wanted, "The workers of 12 yards") and not admits(wanted, "susd 12")


def test_a_number_needs_a_digit_or_a_number_word() -> None:
    count = re.compile(r"(?:\d+|(?:two|three)(?:\s+hundred)?)\s+staff", re.IGNORECASE)
    wanted = needs(count)
    assert admits(wanted, "hired 40 staff") and admits(wanted, "hired ٤ staff")
    assert admits(wanted, "hired Three staff")
    assert not admits(wanted, "hired many staff")


# The first test of a process to ask for rule_matches searches every rule over every
# text in its set-up (half a minute of CPU; minutes on a shared machine).
@pytest.mark.timeout(600)
def test_every_rule_admits_every_sentence_it_matches(
    ruleset: Any, rule_matches: dict[str, list[str]]
) -> None:
    # rule_matches: the texts (rule examples, seed and fixture sentences) each rule matches.
    checked = 0
    for rule in ruleset.rules:
        wanted = needs(rule.regex)
        for text in rule_matches[rule.id]:
            checked += 1
            assert admits(wanted, text), (rule.id, text)
    assert checked > 100
    assert sum(1 for rule in ruleset.rules if needs(rule.regex)) >= len(ruleset.rules) // 2


@settings(max_examples=300, deadline=None)
@given(_PATTERNS, _TEXT, st.booleans(), st.integers(0, 5))
@example("(?-i:K)x", "kx Kx", True, 0)
@example("ſt", "ST", True, 0)
def test_a_quick_search_finds_what_the_pattern_finds(
    pattern: str, text: str, ignore_case: bool, pos: int
) -> None:
    regex = re.compile(pattern, re.IGNORECASE if ignore_case else 0)
    quick = quick_search(regex)
    if quick is None:
        return
    expected, got = regex.search(text, pos), quick.search(text, pos)
    assert (expected is None) == (got is None), (pattern, text)
    if expected is not None and got is not None:
        assert expected.span() == got.span() and expected.groups() == got.groups()


def test_rules_search_quickly_where_their_first_characters_are_known(ruleset: Any) -> None:
    quick = [rule.id for rule in ruleset.rules if quick_search(rule.regex) is not None]
    assert len(quick) >= len(ruleset.rules) // 2


@settings(max_examples=300, deadline=None)
@given(st.lists(_PATTERNS, min_size=2, max_size=4), _TEXT, st.booleans())
@example(["(?:)", "x"], "ab", False)
@example(["a(?=b)", r"\d{2}"], "ab 42", True)
def test_a_text_matches_a_pattern_when_it_matches_one_of_its_alternatives(
    branches: list[str], text: str, ignore_case: bool
) -> None:
    regex = re.compile("|".join(branches), re.IGNORECASE if ignore_case else 0)
    found = alternatives(regex)
    if found is None:  # the parser made one of them (a shared opening, a class)
        return
    assert len(found) == len(branches)
    nonempty = any(m.end() > m.start() for m in regex.finditer(text))
    assert nonempty == any(
        m.end() > m.start() for alternative in found for m in alternative.finditer(text)
    ), (branches, text)


def test_alternatives_are_searched_cheapest_first() -> None:
    regex = re.compile(r"(?:alpha|beta|gamma)\s+(?:delta|epsilon)|\d", re.IGNORECASE)
    found = alternatives(regex)
    assert found is not None
    found_in = [a.search("Beta delta 7") for a in found]
    assert [m.group() for m in found_in if m] == ["7", "Beta delta"]
    assert alternatives(re.compile("strike")) is None
    assert alternatives(re.compile("cat|car")) is None  # read as ca[tr]: no alternatives


@settings(max_examples=300, deadline=None)
@given(st.lists(_PATTERNS, min_size=2, max_size=4), _TEXT, st.booleans())
@example(["strike", r"\(\d+\)"], "a (12) day walkout", True)
def test_a_text_an_alternation_matches_holds_what_one_alternative_needs(
    branches: list[str], text: str, ignore_case: bool
) -> None:
    regex = re.compile("|".join(branches), re.IGNORECASE if ignore_case else 0)
    each = alternatives_needs(regex)
    if each is None or regex.search(text) is None:
        return
    assert any(admits(sets, text) for sets in each), (branches, text, each)


def test_each_alternative_has_its_own_needs() -> None:
    regex = re.compile(r"a\s+span\s+of\s+\d+\s+days|\(\d+\s+days\)", re.IGNORECASE)
    # What the whole needs, one string of each alternative, lets this through.
    assert admits(needs(regex), "a spanner, 12 days")
    each = alternatives_needs(regex)
    assert each is not None and len(each) == 2
    assert not any(admits(sets, "a spanner, 12 days") for sets in each)
    assert any(admits(sets, "it ran (12 days)") for sets in each)
    assert alternatives_needs(re.compile("strike")) is None


def test_an_alternation_behind_a_look_behind_has_needs_for_each_alternative() -> None:
    regex = re.compile(r"(?<![\w-])\b(?:a\s+span\s+of\s+\d+\s+days|\(\d+\s+days\))", re.I)
    each = alternatives_needs(regex)
    assert each is not None and len(each) == 2
    assert not any(admits(sets, "a spanner, 12 days") for sets in each)
    assert any(admits(sets, "it ran (12 days)") for sets in each)
    # Followed by more, the alternation is no longer the whole pattern.
    assert alternatives_needs(re.compile(r"(?<![\w-])(?:a span of \d+|\(\d+) days")) is None


@settings(max_examples=150, deadline=None)
@given(st.lists(_PATTERNS, min_size=2, max_size=4), _TEXT, st.booleans())
@example(["strike", r"\(\d+\)"], "a (12) day walkout", True)
def test_an_alternation_behind_a_look_behind_matches_what_one_alternative_needs(
    branches: list[str], text: str, ignore_case: bool
) -> None:
    alternation = "|".join(branches)
    regex = re.compile(rf"(?<![\w-])(?:{alternation})", re.IGNORECASE if ignore_case else 0)
    each = alternatives_needs(regex)
    if each is None or regex.search(text) is None:
        return
    assert any(admits(sets, text) for sets in each), (branches, text, each)


@settings(max_examples=300, deadline=None)
@given(st.text(max_size=20) | _TEXT)
@example("İstanbul ſtrike K")
@example("PLAIN ascii Text 42")
def test_folded_text_matches_as_ignorecase_matches(text: str) -> None:
    # Two characters fold alike exactly when re.IGNORECASE matches one with the other.
    folded = fold(text)
    assert len(folded) == len(text)
    for ch, got in zip(text, folded, strict=True):
        assert re.fullmatch(re.escape(got), ch, re.IGNORECASE), (ch, got)


def test_money_rules_need_a_currency_however_many_the_tables_list(ruleset: Any) -> None:
    # Every symbol and word of the currency table is one set (150 strings and more as
    # currencies are added): one set past the bound leaves the rule no test at all.
    wanted = {"core.quantity.money", "core.salary.single", "core.salary.range"}
    money = [r for r in ruleset.rules if r.id in wanted]
    assert len(money) == len(wanted)
    for rule in money:
        assert any(any(s.text == "$" for s in strings) for strings in needs(rule.regex)), rule.id


@settings(max_examples=300, deadline=None)
@given(_PATTERNS, _TEXT, st.booleans())
@example("(?-i:R)s", "Rs RS rs Rs", True)
@example(r"on\d", "on1 ON2 on", True)
def test_no_match_starts_after_the_last_needle_of_a_set_it_needs(
    pattern: str, text: str, ignore_case: bool
) -> None:
    regex = re.compile(pattern, re.IGNORECASE if ignore_case else 0)
    index = NeedsIndex()
    numbers = [index.add(strings) for strings in needs(regex)]
    held = index.scan(text)
    for number in numbers:
        after = regex.search(text, held.last(number) + 1)
        assert after is None, (pattern, text, held.last(number), after)


def test_the_last_needle_counts_needles_of_every_kind() -> None:
    index = NeedsIndex()
    money = re.compile(r"(?:(?-i:R)s|\$|euros)\s?\d+", re.IGNORECASE)
    number = index.add(needs(money)[0])
    text = "euros 5, $ 6 and then Rs 7 then rs"
    assert index.scan(text).last(number) == text.index("Rs") + 1
    assert index.scan("nothing to see").last(number) == -1


# Needles as the money sets hold them: kept-case letters, blind ones, symbols and digits.
_NEEDLE = st.tuples(
    st.sampled_from(["Rs", "US$", "Kz", "ſt", "İs", "On", "0", "A0", "$", "k", "ı"]),
    st.integers(0, 7),
).map(
    lambda t: Needle(
        t[0], t[1] & ((1 << len(t[0])) - 1), sum(1 << i for i, c in enumerate(t[0]) if c == "0")
    )
)


@settings(max_examples=40, deadline=None)
@given(st.frozensets(_NEEDLE, min_size=1, max_size=6), _TEXT)
@example(frozenset({Needle("$us", 0), Needle("Rs", 1)}), "rs US$ Rs $US 1")
@example(frozenset({Needle("k", 0), Needle("0", 0, 1)}), "\u212a K ٣")
def test_needles_searched_alone_are_found_where_their_alternation_finds_them(
    strings: frozenset[Needle], text: str
) -> None:
    # The finder's look-ahead for first characters turns places down, never a match.
    finder = _rest_finder(strings)
    others = sorted(s.regex() for s in strings if not s.plain and s != Needle("0", digits=1))
    if finder is None:
        assert not others
        return
    plain = re.compile("|".join(others))
    assert [m.span() for m in finder.finditer(text)] == [m.span() for m in plain.finditer(text)]
