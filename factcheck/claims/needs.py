"""The words a regex cannot match without: a cheap test that skips most sentences.

Most sentences of an article hold no claim of most types: a sentence without "strike",
"walkout" or "picket" cannot match a strike rule, one without a pay word no salary rule.
Running each of a few dozen rule regexes over every sentence was most of the time spent
extracting claims. :func:`needs` reads a compiled pattern's parse tree and returns sets
of literal strings such that every match contains at least one string of every set;
:class:`Folded` tests them with plain substring search on the sentence folded once.

The sets are derived, never written by hand, so a rule pack gains its test by being
loaded. Where a pattern's shape gives nothing certain (a back-reference, a group that
may be empty, a class of many characters), the analysis gives up on that part: the test
may let through sentences the rule does not match, never the reverse.
"""

from __future__ import annotations

import functools
import importlib
import itertools
import re
from collections.abc import Sequence
from dataclasses import dataclass
from typing import Any

from factcheck.rulepacks import regexes

# The standard library's own regex parser, as re.compile uses it; on a Python without
# it there are no needs and every rule runs on every sentence.
_parser: Any
try:
    _casefix: Any = importlib.import_module("re._casefix")
    _constants: Any = importlib.import_module("re._constants")
    _parser = importlib.import_module("re._parser")
except ImportError:  # pragma: no cover
    _parser = None

# At most this many strings in a set of alternatives: past it the set is no test.
_MOST = 64
# The sets kept per pattern, best first.
_KEEP = 3

# Under re.IGNORECASE a character matches another when their simple lower cases are
# equal or are listed together in the regex engine's table of extra cases ("s" and the
# long s, "i" and the dotless i). Text and strings are folded alike: lower case (with
# the one character whose full lower case is longer than its simple one written as the
# simple one), then each character of such a group written as the group's first.
_SIMPLE_LOWER = {0x0130: "i"}
_SAME = {}
if _parser is not None:
    for key, others in _casefix._EXTRA_CASES.items():
        first = min((key, *others))
        for ch in (key, *others):
            _SAME[ch] = chr(first)


def fold(text: str) -> str:
    """``text`` as the needs are tested against: a character each character of
    ``text`` matches under re.IGNORECASE becomes the same character."""
    lowered = text.translate(_SIMPLE_LOWER).lower()
    return lowered if lowered.isascii() else lowered.translate(_SAME)


@dataclass(frozen=True)
class _Info:
    """What a piece of pattern tells: every string it can match (when that is a short
    list), and sets of strings at least one of which occurs in any match."""

    exact: frozenset[str] | None
    needs: tuple[frozenset[str], ...] = ()


_NOTHING = _Info(frozenset({""}))  # zero-width: anchors, look-arounds
_UNKNOWN = _Info(None)


def _product(left: frozenset[str], right: frozenset[str]) -> frozenset[str] | None:
    if len(left) * len(right) > _MOST:
        return None
    return frozenset(a + b for a, b in itertools.product(left, right))


def _useful(strings: frozenset[str]) -> bool:
    """A set is a test when none of its strings is empty or a lone letter or digit."""
    return all(s and not (len(s) == 1 and s.isalnum()) for s in strings)


def _rank(strings: frozenset[str]) -> tuple[int, int]:
    # Longer strings are rarer; fewer alternatives are fewer chances.
    return (-min(len(s) for s in strings), len(strings))


def _best(info: _Info) -> frozenset[str] | None:
    """The one set that stands for ``info`` inside an alternation."""
    options = list(info.needs)
    if info.exact is not None and _useful(info.exact):
        options.append(info.exact)
    return min(options, key=_rank) if options else None


def _sequence(items: Sequence[tuple[Any, Any]]) -> _Info:
    return _pieces(_literals_joined(items))


def _literals_joined(items: Sequence[tuple[Any, Any]]) -> list[_Info]:
    """What each item tells, with a run of single characters read as one string."""
    out: list[_Info] = []
    chars: list[str] = []
    for op, av in items:
        if op is _constants.LITERAL:
            chars.append(chr(av))
            continue
        if chars:
            out.append(_Info(frozenset({fold("".join(chars))})))
            chars = []
        out.append(_node(op, av))
    if chars:
        out.append(_Info(frozenset({fold("".join(chars))})))
    return out


def _pieces(infos: Sequence[_Info]) -> _Info:
    needs: list[frozenset[str]] = []
    run: frozenset[str] | None = frozenset({""})  # the strings of the exact run so far
    whole = True
    for info in infos:
        needs.extend(info.needs)
        if info.exact is not None and run is not None:
            joined = _product(run, info.exact)
            if joined is not None:
                run = joined
                continue
        # The run ends here: what it matched is needed, then a new run starts.
        whole = False
        if run is not None and _useful(run):
            needs.append(run)
        run = info.exact
    if whole and run is not None:
        return _Info(run, tuple(needs))
    if run is not None and _useful(run):
        needs.append(run)
    return _Info(None, tuple(needs))


def _node(op: Any, av: Any) -> _Info:
    c = _constants
    if op is c.LITERAL:
        return _Info(frozenset({fold(chr(av))}))
    if op in (c.AT, c.ASSERT, c.ASSERT_NOT):
        return _NOTHING
    if op is c.SUBPATTERN:
        return _sequence(av[-1])
    if op is c.ATOMIC_GROUP:
        return _sequence(av)
    if op is c.BRANCH:
        return _branch(av[1])
    if op is c.IN:
        return _class(av)
    if op in (c.MAX_REPEAT, c.MIN_REPEAT, c.POSSESSIVE_REPEAT):
        low, high, item = av
        info = _sequence(item)
        if low == 0:
            # May match nothing: only an optional piece of known strings says anything.
            optional = high == 1 and info.exact is not None
            return _Info(info.exact | {""}) if optional and info.exact else _UNKNOWN
        exact = info.exact if low == high == 1 else None
        return _Info(exact, info.needs)
    return _UNKNOWN


def _branch(alternatives: Sequence[Sequence[tuple[Any, Any]]]) -> _Info:
    if len(alternatives) > _MOST:
        # One string at least from each: more than a set can hold (a long list of names).
        return _UNKNOWN
    infos = [_sequence(a) for a in alternatives]
    if all(i.exact is not None for i in infos):
        union = frozenset().union(*(i.exact for i in infos if i.exact is not None))
        if len(union) <= _MOST:
            return _Info(union)
    sets = [_best(i) for i in infos]
    if any(s is None for s in sets):
        return _UNKNOWN
    union = frozenset().union(*(s for s in sets if s is not None))
    return _Info(None, (union,) if len(union) <= _MOST else ())


def _class(items: Sequence[tuple[Any, Any]]) -> _Info:
    c = _constants
    chars: set[str] = set()
    for op, av in items:
        if op is c.LITERAL:
            chars.add(fold(chr(av)))
        elif op is c.RANGE and av[1] - av[0] < 10:
            chars.update(fold(chr(x)) for x in range(av[0], av[1] + 1))
        else:  # a negation, a category (\s, \w), a wide range
            return _UNKNOWN
    return _Info(frozenset(chars)) if len(chars) <= 10 else _UNKNOWN


def _tree(pattern: str, flags: int) -> list[tuple[Any, Any]] | None:
    """The parse tree of a pattern, the one the rule loader compiled it from (see
    factcheck.rulepacks.regexes)."""
    if _parser is None:
        return None
    try:
        tree = regexes.parse(pattern, flags)
    except Exception:  # a pattern this Python parses otherwise: nothing is known
        return None
    return None if tree is None else list(tree)


def needs(pattern: re.Pattern[str]) -> tuple[frozenset[str], ...]:
    """Sets of folded strings (see :func:`fold`) such that any string ``pattern``
    matches contains, folded, a string of each set; the most telling sets first.
    Empty when nothing certain can be said."""
    return _needs(pattern.pattern, pattern.flags)


@functools.lru_cache(maxsize=128)
def _needs(pattern: str, flags: int) -> tuple[frozenset[str], ...]:
    def analysed() -> tuple[frozenset[str], ...]:
        tree = _tree(pattern, flags)
        if tree is None:
            return ()
        info = _sequence(tree)
        found = [s for s in info.needs if _useful(s)]
        if info.exact is not None and _useful(info.exact):
            found.append(info.exact)
        return tuple(sorted(set(found), key=lambda s: (*_rank(s), sorted(s)))[:_KEEP])

    return regexes.remembered(pattern, flags, "needs", analysed)


def admits(needed: tuple[frozenset[str], ...], folded: str) -> bool:
    """True when the folded text holds a string of every set ``needed``."""
    return all(any(s in folded for s in strings) for strings in needed)


def _escape(ch: str) -> str:
    return f"\\U{ord(ch):08x}"


_CATEGORIES = {
    "CATEGORY_DIGIT": r"\d",
    "CATEGORY_NOT_DIGIT": r"\D",
    "CATEGORY_SPACE": r"\s",
    "CATEGORY_NOT_SPACE": r"\S",
    "CATEGORY_WORD": r"\w",
    "CATEGORY_NOT_WORD": r"\W",
}


def _first_class(items: Sequence[tuple[Any, Any]]) -> list[str] | None:
    c = _constants
    out = []
    for op, av in items:
        if op is c.LITERAL:
            out.append(_escape(chr(av)))
        elif op is c.RANGE:
            out.append(f"{_escape(chr(av[0]))}-{_escape(chr(av[1]))}")
        elif op is c.CATEGORY and str(av) in _CATEGORIES:
            out.append(_CATEGORIES[str(av)])
        else:  # a negated class, or a category that has no name inside a class
            return None
    return out


def _first(items: Sequence[tuple[Any, Any]], flags: int) -> tuple[bool, list[str] | None]:
    """Whether ``items`` may match the empty string, and the class items (regex text)
    that any non-empty match's first character falls in (None: any character)."""
    chars: list[str] = []
    for op, av in items:
        empty, first = _first_node(op, av, flags)
        if first is None:
            return False, None
        chars += first
        if not empty:
            return False, chars
    return True, chars


def _first_node(op: Any, av: Any, flags: int) -> tuple[bool, list[str] | None]:
    c = _constants
    if op is c.LITERAL:
        return False, [_escape(chr(av))]
    if op is c.IN:
        return False, _first_class(av)
    if op is c.CATEGORY:
        return False, _first_class([(op, av)])
    if op in (c.AT, c.ASSERT, c.ASSERT_NOT):
        return True, []
    if op is c.SUBPATTERN:
        _, add, _, sub = av
        if add & re.IGNORECASE and not flags & re.IGNORECASE:
            return False, None  # a case-blind part inside a case-sensitive pattern
        return _first(sub, flags)
    if op is c.ATOMIC_GROUP:
        return _first(av, flags)
    if op is c.BRANCH:
        chars: list[str] = []
        any_empty = False
        for alternative in av[1]:
            empty, first = _first(alternative, flags)
            if first is None:
                return False, None
            chars += first
            any_empty = any_empty or empty
        return any_empty, chars
    if op in (c.MAX_REPEAT, c.MIN_REPEAT, c.POSSESSIVE_REPEAT):
        low, _, item = av
        empty, first = _first(item, flags)
        return low == 0 or empty, first
    return False, None


def first_characters(pattern: re.Pattern[str]) -> str | None:
    """A character class (regex text) every match of ``pattern`` starts with, under
    the pattern's own flags; None when any character may start one, or a match may be
    empty."""
    return _first_characters(pattern.pattern, pattern.flags)


def _first_characters(pattern: str, flags: int) -> str | None:
    def analysed() -> str | None:
        tree = _tree(pattern, flags)
        if tree is None:
            return None
        empty, first = _first(tree, flags)
        if empty or not first:
            return None
        return "[" + "".join(sorted(set(first))) + "]"

    return regexes.remembered(pattern, flags, "first characters", analysed)


def quick_search(pattern: re.Pattern[str]) -> re.Pattern[str] | None:
    """``pattern`` with a look-ahead for its first characters in front: it matches
    exactly where ``pattern`` does, but the regex engine turns down a position that
    cannot start a match with one class test, instead of trying every alternative of
    the pattern there. None when every character may start a match."""
    return _quick(pattern.pattern, pattern.flags)


@functools.lru_cache(maxsize=128)
def _quick(pattern: str, flags: int) -> re.Pattern[str] | None:
    first = _first_characters(pattern, flags)
    if first is None:
        return None
    return regexes.compile_with_lookahead(pattern, flags, first)
