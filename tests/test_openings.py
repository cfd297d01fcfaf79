"""Where a match can start (factcheck/claims/openings.py): trying a pattern only where one
of its openings occurs finds exactly the match a search of the whole sentence finds."""

from __future__ import annotations

import re
import sys
from typing import Any

from hypothesis import example, given, settings
from hypothesis import strategies as st
from regex_strategies import patterns

from factcheck.claims.checkworthiness import CheckWorthiness
from factcheck.claims.extract import Extractor
from factcheck.claims.needs import fold
from factcheck.claims.openings import OpeningsIndex, openings, searcher

_PATTERNS = patterns(["about", "an", "€", "7", r"[\s-]", "x*"])


_TEXT = st.lists(
    st.sampled_from(["about", "ABOUT", "a", "A", "an", "b", "c", "k", "K", "\u212a", "ſt"])
    | st.sampled_from(["ı", "i", "I", "İ", "$", "€", "1", "7", " ", "\u2009", "\n", "-", "x"])
    | st.sampled_from(["Rs", "rs", "RS", "usd", "USD", "aB", "٣", "42"]),
    max_size=12,
).map("".join)


@settings(max_examples=400, deadline=None)
@given(_PATTERNS, _TEXT, st.booleans(), st.integers(0, 5))
@example(r"(?:about|a\s+)\d+", "Ab\u2009a\u20097", True, 0)
@example(r"a\s+mil", "a\u2009\nmil a  mil", True, 0)
@example("(?-i:R)s", "rs Rs", True, 0)
@example("(?-i:USD)7", "usd7 USD7", True, 1)
@example("ſt", "ST", True, 0)
@example("\u212a", "k", True, 0)
@example(r"\d{2}", "x٣42", False, 0)
@example(r"(?<![\w.])\d+ k", "a1 k 42 k", False, 0)
@example(r"(?a)(?<!\d)\d", "٣4", False, 0)
@example(r"(?:about|(?<!\d)\d)7", "x77 about7", True, 0)
def test_matching_only_at_openings_finds_what_a_search_finds(
    pattern: str, text: str, ignore_case: bool, pos: int
) -> None:
    regex = re.compile(pattern, re.IGNORECASE if ignore_case else 0)
    found = openings(regex)
    if found is None:
        return
    index = OpeningsIndex()
    number = index.add(found)
    starts = index.scan(text, fold(text))
    assert starts is not None
    expected = regex.search(text, pos)
    got = searcher(regex.match, starts.of(number))(text, pos)
    assert (expected is None) == (got is None), (pattern, text, found)
    if expected is not None and got is not None:
        assert expected.span() == got.span() and expected.groups() == got.groups()


def test_a_number_read_from_its_first_digit_is_tried_only_there() -> None:
    # A look-behind that no digit passes, where the match starts: the digits inside a
    # figure ("4,815" past its 4) are no places to try it; after "$" any digit may be.
    regex = re.compile(r"(?<![\d.,])\d[\d,]*\s+crates")
    found = openings(regex)
    assert found is not None and found.first_digit and not found.digit
    index = OpeningsIndex()
    number = index.add(found)
    text = "Some 4,815 crates and 27 more crates"
    starts = index.scan(text, fold(text))
    assert starts is not None
    assert starts.of(number) == [5, 7, text.index("27")]
    first = searcher(regex.match, starts.of(number))(text, 0)
    expected = regex.search(text)
    assert first is not None and expected is not None and first.span() == expected.span()
    later = openings(re.compile(r"\$(?<![\d.,])\d+"))
    assert later is not None and not later.first_digit


def test_openings_are_the_first_characters_of_each_alternative() -> None:
    found = openings(re.compile(r"(?:about|a\s+)\d+|(?-i:R)s\s?\d|\$\d", re.IGNORECASE))
    assert found is not None
    # Any space is written as a plain one; a repeat may take several.
    assert found.folded == {"abou", "a ", "a  ", "a   ", "$"}
    assert found.written == {"R"} and not found.digit
    assert openings(re.compile(r"\d+\s(?:workers|staff)")) == type(found)(
        frozenset(), frozenset(), True
    )
    assert openings(re.compile(r"(?:at\s+least|a\s+million)\s", re.I)) == type(found)(
        frozenset({"at l", "at  ", "a mi", "a  m", "a   "}), frozenset(), False
    )
    # A match that may start anywhere (or be empty) has no openings.
    assert openings(re.compile(r"\w+ strike")) is None
    assert openings(re.compile(r"(?:strike)?")) is None


def test_a_space_is_what_the_engine_calls_space() -> None:
    # The openings read every character \s matches, and no other, as a plain space.
    everything = "".join(map(chr, range(sys.maxunicode + 1)))
    spaces = "".join(re.findall(r"\s", everything))
    assert spaces == "".join(ch for ch in everything if ch.isspace())


def test_money_rules_are_tried_only_where_a_match_can_start(ruleset: Any) -> None:
    # The money and number rules open with most letters of the alphabet: tried at every
    # letter they were the largest cost of extraction. Their openings must stay telling
    # (no lone letter) as currencies, qualifiers and number words are added.
    extractor = Extractor(ruleset)
    wanted = {"core.quantity.money", "core.quantity.count", "core.salary.single"}
    plans = [p for p in extractor._all if p.rule.id in wanted]
    assert len(plans) == len(wanted)
    for plan in plans:
        assert plan.opens is not None, plan.rule.id


_MONEY_TEXT = st.lists(
    st.sampled_from(["US$", "us$", "Rs", "rs.", "R$", "€", "$", "£", "C$", "zł", "Kč", "EUR"])
    | st.sampled_from([" ", "\u2009", "\n", "5", "12", "workers", "years", "a", "x"]),
    max_size=8,
).map("".join)


@settings(max_examples=200, deadline=None)
@given(_MONEY_TEXT)
@example("the workers got 5")
@example("Rs\u20095")
def test_money_symbols_are_found_where_a_search_finds_them(ruleset: Any, text: str) -> None:
    # Check-worthiness tries the currency symbols only where one opens.
    scorer = CheckWorthiness(ruleset.knowledge)
    words = scorer._money_words.found(text, frozenset())
    symbol = scorer._money_symbol.search(text) is not None
    assert scorer._money(text, frozenset()) == (words or symbol)


_PARSERS: list[Any] = []
_NAME_PIECES = st.sampled_from(
    "Netflix netflix NETFLIX SAG-AFTRA sag GM gm segment Writers Guild writers guild of "
    "America UAW Uaw the Teamsters İ Ford ford Fords Σ x 's . , -".split()
) | st.sampled_from([" ", "  ", "\u2009", "\n"])


@settings(max_examples=300, deadline=None)
@given(st.lists(_NAME_PIECES, max_size=14).map("".join), st.data())
def test_organisations_are_found_where_a_search_finds_them(
    ruleset: Any, text: str, data: st.DataObject
) -> None:
    # The organisations' regex is tried only where a name can open (its openings folded,
    # kept case or not); it finds what finditer finds, the known names included.
    if not _PARSERS:
        _PARSERS.append(Extractor(ruleset).parsers)
    parsers = _PARSERS[0]
    names = sorted({a for o in ruleset.knowledge.organisations.values() for a in o.aliases})
    name = data.draw(st.sampled_from(names))
    name = data.draw(st.sampled_from([name, name.lower(), name.upper(), name.replace(" ", "-")]))
    text += data.draw(st.sampled_from(["", " ", "the "])) + name
    assert parsers._org_openings is not None
    expected = [(m.span(), m.group(0)) for m in parsers._org_regex.finditer(text)]
    kept = parsers._org_matches(text, lambda m: True)
    assert [(m.span(), m.group(0)) for m in kept] == expected
