"""Rule patterns compiled from one shared parse tree (factcheck/rulepacks/regexes.py)
behave exactly as ``re.compile`` builds them, and loading the rules parses each once."""

from __future__ import annotations

import re
from typing import Any

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from factcheck.claims.extract import Extractor
from factcheck.claims.needs import quick_search
from factcheck.rulepacks import regexes
from factcheck.rulepacks.loader import load_rules

_PIECES = st.sampled_from(
    ["ab", "(?P<n>x+)", "(y|z)?", r"\d{2,3}", "[k-m]", r"\bq", "(?-i:R)", "(?=s)", "t*?", "é"]
)
_TEXT = st.lists(st.sampled_from(["ab", "AB", "x", "Y", "z", "12", "345", "k", "q", "R", "r"]))


def _same(a: re.Pattern[str], b: re.Pattern[str], text: str) -> None:
    assert (a.pattern, a.flags, a.groups, a.groupindex) == (
        b.pattern,
        b.flags,
        b.groups,
        b.groupindex,
    )
    found = [(m.span(), m.groups(), m.groupdict()) for m in a.finditer(text)]
    assert found == [(m.span(), m.groups(), m.groupdict()) for m in b.finditer(text)]


@settings(max_examples=200, deadline=None)
@given(
    st.lists(_PIECES, min_size=1, max_size=5),
    st.booleans(),
    _TEXT.map(" ".join),
)
def test_a_pattern_compiled_from_its_tree_is_the_one_re_compile_builds(
    pieces: list[str], alternate: bool, text: str
) -> None:
    pattern = ("|" if alternate else "").join(dict.fromkeys(pieces))
    if pattern.count("(?P<n>") > 1:
        return
    for flags in (0, re.IGNORECASE):
        _same(regexes.compile_pattern(pattern, flags), re.compile(pattern, flags), text)


def test_a_bad_pattern_fails_as_re_compile_fails() -> None:
    with pytest.raises(re.error) as ours:
        regexes.compile_pattern("ab(c", re.IGNORECASE)
    with pytest.raises(re.error) as theirs:
        re.compile("ab(c", re.IGNORECASE)
    assert (ours.value.msg, ours.value.pos) == (theirs.value.msg, theirs.value.pos)


def test_a_look_ahead_goes_before_the_whole_pattern() -> None:
    # A top-level alternation: the look-ahead guards both sides, not only the first.
    quick = regexes.compile_with_lookahead("cat|dog", 0, "[cd]")
    assert quick is not None
    assert [m.group() for m in quick.finditer("a dog and a cat")] == ["dog", "cat"]
    # Global flags written inside the pattern, which a look-ahead written in front of
    # the text would have to follow.
    opened = regexes.compile_with_lookahead("(?i)strike", 0, "[s]")
    assert opened is not None and opened.search("a STRIKE") is not None
    assert regexes.compile_with_lookahead("x", 0, "[") is None


def test_loading_the_rules_parses_each_pattern_once(monkeypatch: Any) -> None:
    parsed: list[str] = []
    real = regexes._parser.parse

    def counting(pattern: str, flags: int = 0) -> Any:
        parsed.append(pattern)
        return real(pattern, flags)

    # A new process: neither the parses nor the patterns compiled from them are at hand.
    regexes._parse.cache_clear()
    regexes.compile_pattern.cache_clear()
    monkeypatch.setattr(regexes._parser, "parse", counting)
    ruleset = load_rules(())
    extractor = Extractor(ruleset)
    assert any(quick_search(rule.regex) for rule in ruleset.rules)
    patterns = {rule.regex.pattern for rule in ruleset.rules}
    assert sorted(p for p in parsed if p in patterns) == sorted(patterns)
    assert extractor.ruleset is ruleset
    regexes._parse.cache_clear()


@pytest.mark.parametrize(
    ("pattern", "rest"),
    [
        (
            "(?P<left>[a-z ]{1,20}?)(?:dwarfs|tops) (?P<right>\\w+)",
            "(?:dwarfs|tops) (?P<right>\\w+)",
        ),
        ("(?P<left>a+)b|c", "b|c"),  # an alternation at the top: compiled as written
        ("(?P<left>a+)?b", "b"),  # a repeated group: compiled as written
    ],
)
def test_what_follows_an_opening_group_is_found_where_the_written_rest_is(
    pattern: str, rest: str
) -> None:
    ours = regexes.compile_after_group(pattern, re.IGNORECASE, rest)
    theirs = re.compile(rest, re.IGNORECASE)
    assert ours.pattern == rest
    for text in ("Alpha DWARFS beta", "x tops y", "aab", "c", "b", "dwarfs ", "nothing"):
        found, expected = ours.search(text), theirs.search(text)
        assert (found and found.span()) == (expected and expected.span()), text


def test_an_alternative_is_compiled_alone_with_its_groups_numbered_as_in_the_pattern() -> None:
    pattern = r"(?P<org>Acme|Brill)\s+Ltd|(?P<n>\d+)"
    assert regexes.alternatives(pattern, 0) is not None
    got = regexes.compile_alternative(pattern, 0, 1, r"[\d]")
    assert got is not None
    second, size = got
    m = second.search("Brill Ltd paid 40")
    assert m is not None and (m.group("n"), m.group("org"), m.start()) == ("40", None, 15)
    first = regexes.compile_alternative(pattern, 0, 0, None)
    assert first is not None and size < first[1]
    assert regexes.compile_alternative(pattern, 0, 1, "[") is None
    assert regexes.alternatives("(?:a|b)c", 0) is None


@settings(max_examples=100, deadline=None)
@given(st.lists(_PIECES, min_size=2, max_size=5), st.booleans())
def test_programs_built_from_shared_pieces_are_the_standard_librarys(
    pieces: list[str], alternate: bool
) -> None:
    # While rules load, the code of each top-level item is compiled once and put
    # together again for the pattern, its quick search and its gate: each program is
    # the one the standard library's compiler writes for the same tree.
    pattern = "(?P<g>k+)" + ("|" if alternate else "").join(dict.fromkeys(pieces))
    if pattern.count("(?P<n>") > 1:
        return
    compiler = regexes._compiler
    for flags in (0, re.IGNORECASE):
        tree = regexes.parse(pattern, flags)
        assert tree is not None
        head = regexes._parser.parse("(?=[kx])", tree.state.flags).data
        trees = [
            tree,
            regexes._parser.SubPattern(tree.state, [*head, *tree.data]),
            regexes._parser.SubPattern(tree.state, tree.data[1:]),
        ]
        expected = [list(map(int, compiler._code(t, flags))) for t in trees]
        with regexes.sharing():
            twice = [regexes._code(t, flags) for t in trees + trees]
            assert regexes._pieces, "the pieces are kept while sharing"
        assert twice == expected + expected
        assert regexes._pieces is None
