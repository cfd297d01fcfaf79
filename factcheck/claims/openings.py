"""Where a match of a rule can start: the few places in a sentence worth trying.

The money and number rules open with a qualifier, a currency, a number word or a
digit, and case-blind: the regex engine tries their alternations at nearly every letter
of a sentence (their first characters are most of the alphabet), which was most of
the time spent searching them. :func:`openings` reads a pattern's parse tree for the
strings every match starts with (up to four characters: "abou", "a mi", "R", a digit),
and :class:`OpeningsIndex` finds them all in one pass over the sentence, so the pattern
is tried (``regex.match``) only where one occurs. The leftmost of those matches is the
match ``regex.search`` finds, since no match can start anywhere else.

As with factcheck.claims.needs, the strings are derived, never written by hand, and
where the analysis cannot say (a negated or wide class, a look-around's effect, a
back-reference) it gives up on that part: a string found stands for a place to try,
never the reverse.
"""

from __future__ import annotations

import functools
import re
from bisect import bisect_left
from collections.abc import Callable, Sequence
from dataclasses import dataclass
from typing import Any

import ahocorasick

from factcheck.claims.needs import fold
from factcheck.rulepacks import regexes

_constants: Any = regexes._constants

# How many characters of a match's opening are read: four tell "a million" from "a year".
_LONGEST = 4
# A set of openings past this size is cut shorter: the analysis stays small.
_MOST = 2048
# A class of more characters than this ends an opening (a class of letters: what
# follows it is read no further).
_WIDE = 12
# Stands for any decimal digit (literal digits too); an opening holding one is cut
# before it, and a digit on its own is found by one search.
_DIGIT = "0"
_ANY_DIGIT = re.compile(r"\d")
# Stands for a decimal digit that does not follow another: where a match opens with a
# digit only after a look-behind that no digit passes ("(?<![\d])", "(?<![\w.])"), as a
# number read from its first digit does. Inside "45,000" the 5 and the zeros after it
# then open nothing, where every digit was a place to try the whole pattern.
_FIRST_DIGIT = "1"
# Only an ASCII digit before one is told: under re.ASCII a look-behind's \d passes the
# digits of other scripts.
_DIGIT_FIRST = re.compile(r"(?<![0-9])\d")
# Every kind of space is read as a plain one, in the pattern and in the text: "a " then
# opens "a million" whatever space the text has.
_ANY_SPACE = re.compile(r"\s")
_OTHER_SPACE = re.compile(r"[^\S ]")


# An opening as the analysis carries it: its characters (folded, a digit as _DIGIT), a
# bit per character kept in its case, and whether more may be added to it (it is all a
# piece matched) or it was cut short.
_Open = tuple[str, int, bool]
# Stand-ins for wide classes while the openings are worked out (private use characters).
_STAND_IN = 0xF0000
_WIDE_CLASSES: dict[frozenset[_Open], str] = {}
_EMPTY: frozenset[_Open] = frozenset({("", 0, True)})  # zero-width
_UNKNOWN: frozenset[_Open] = frozenset({("", 0, False)})  # anything may follow


@dataclass(frozen=True)
class Openings:
    """What every match of a pattern starts with: one of ``folded`` in the folded
    sentence (see factcheck.claims.needs.fold), one of ``written`` in the sentence as
    written (characters the pattern keeps in their case), or a decimal digit when
    ``digit``, or one that no digit comes before when ``first_digit``."""

    folded: frozenset[str]
    written: frozenset[str]
    digit: bool
    first_digit: bool = False

    def telling(self) -> bool:
        """True when the openings are rare enough to be worth finding: none is a lone
        letter or two ASCII letters, which most sentences hold."""
        for text in self.folded:
            if (len(text) == 1 and text.isalpha()) or (len(text) == 2 and _letters(text)):
                return False
        return not any(len(text) == 1 and text.islower() for text in self.written)

    def long(self) -> bool:
        """True when every opening is as long as openings are read (four characters)
        and none is a digit: a handful of places in most sentences, where shorter
        openings ("a", a space) may be at every word."""
        every = (*self.folded, *self.written)
        digits = self.digit or self.first_digit
        return bool(every) and not digits and all(len(t) == _LONGEST for t in every)


def _letters(text: str) -> bool:
    return text.isascii() and text.isalpha()


def openings(pattern: re.Pattern[str]) -> Openings | None:
    """What every match of ``pattern`` starts with; None when a match may start with
    anything (or be empty)."""
    return _openings(pattern.pattern, pattern.flags)


@functools.lru_cache(maxsize=regexes.RULE_PATTERNS)
def _openings(pattern: str, flags: int) -> Openings | None:
    def analysed() -> Openings | None:
        try:
            tree = regexes.parse(pattern, flags)
        except Exception:  # a pattern this Python parses otherwise: nothing is known
            return None
        if tree is None or _constants is None:
            return None
        return _split(_sequence(list(tree), bool(flags & re.IGNORECASE), _LONGEST))

    def pack(found: Openings | None) -> Any:
        if found is None:
            return None
        return (sorted(found.folded), sorted(found.written), found.digit, found.first_digit)

    def unpack(kept: Any) -> Openings | None:
        if kept is None:
            return None
        folded, written, digit, first_digit = kept
        return Openings(frozenset(folded), frozenset(written), digit, first_digit)

    return regexes.remembered(pattern, flags, "openings", analysed, pack, unpack)


def folded_openings(pattern: re.Pattern[str]) -> Openings | None:
    """What every match of ``pattern`` starts with, each opening looked for in the folded
    sentence whether the pattern keeps its case or not: where the sentence holds an
    opening as written, its folded form holds the opening's fold. For a pattern of names
    whose capital letter keeps its case and whose other letters do not ("(?-i:C)hrysler"),
    :func:`openings` cuts every opening at its capital, which is every capital letter of
    a sentence; folded, "chry" is found in a few. None as for :func:`openings`."""
    return _folded_openings(pattern.pattern, pattern.flags)


@functools.lru_cache(maxsize=16)
def _folded_openings(pattern: str, flags: int) -> Openings | None:
    def analysed() -> Openings | None:
        try:
            tree = regexes.parse(pattern, flags)
        except Exception:  # a pattern this Python parses otherwise: nothing is known
            return None
        if tree is None or _constants is None:
            return None
        found = _sequence(list(tree), bool(flags & re.IGNORECASE), _LONGEST)
        folded: set[str] = set()
        digit = False
        for text, _ in _written_out(found):
            if text[:1] in (_DIGIT, _FIRST_DIGIT):
                digit = True
                continue
            cut = text.find(_DIGIT)
            text = text if cut == -1 else text[:cut]
            if not text or len(fold(text)) != len(text):
                return None
            folded.add(fold(text))
        return Openings(frozenset(folded), frozenset(), digit)

    def pack(found: Openings | None) -> Any:
        return None if found is None else (sorted(found.folded), found.digit)

    def unpack(kept: Any) -> Openings | None:
        return None if kept is None else Openings(frozenset(kept[0]), frozenset(), kept[1])

    return regexes.remembered(pattern, flags, "folded openings", analysed, pack, unpack)


def _split(found: frozenset[_Open]) -> Openings | None:
    """Each opening as a string of the folded text (cut before a character that keeps
    its case) or of the text as written (cut before one that ignores case)."""
    folded: set[str] = set()
    written: set[str] = set()
    digit = first_digit = False
    for text, kept in _written_out(found):
        if text[:1] == _DIGIT:
            digit = True
            continue
        if text[:1] == _FIRST_DIGIT:
            first_digit = True
            continue
        if not text:
            return None
        # A character without case is the same in both texts.
        either = [not _cased(ch) for ch in text]
        as_written = bool(kept & 1)
        end = 1
        while end < len(text) and (either[end] or bool(kept >> end & 1) == as_written):
            end += 1
        (written if as_written else folded).add(text[:end])
    return Openings(frozenset(folded), frozenset(written), digit, first_digit and not digit)


def _written_out(found: frozenset[_Open]) -> set[tuple[str, int]]:
    """The openings with each wide class (see :func:`_class`) written as each of its
    characters."""
    out: set[tuple[str, int]] = set()
    members = {stand_in: chars for chars, stand_in in _WIDE_CLASSES.items()}
    for text, kept, _ in found:
        if not text or text[-1] not in members:
            out.add((text, kept))
            continue
        for ch, ch_kept, _ in members[text[-1]]:
            out.add((text[:-1] + ch, kept | ch_kept << (len(text) - 1)))
    return out


def _join(left: frozenset[_Open], right: frozenset[_Open], room: int) -> frozenset[_Open]:
    out: set[_Open] = set()
    for text, kept, more in left:
        if not more:
            out.add((text, kept, False))
            continue
        for tail, tail_kept, tail_more in right:
            if text and tail[:1] == _FIRST_DIGIT:
                # After what the match opened with, the look-behind read before the
                # digit is no longer where the match starts: any digit may follow.
                tail = _DIGIT + tail[1:]
            joined, both = text + tail, kept | tail_kept << len(text)
            # A digit ends an opening before it (a digit first is the whole opening).
            cut = joined.find(_DIGIT)
            if cut == -1 and len(joined) < room:
                out.add((joined, both, tail_more))
                continue
            size = room if cut == -1 else max(cut, 1)
            out.add((joined[:size], both & ((1 << size) - 1), False))
        if len(out) > _MOST:
            # Too many: the openings so far, cut here, stand for all.
            return frozenset((t, k, False) for t, k, _ in left)
    return frozenset(out)


def _sequence(items: Sequence[tuple[Any, Any]], ignore_case: bool, room: int) -> frozenset[_Open]:
    """The openings of ``items`` in a row, at most ``room`` characters long: only as
    much of each item is read as the openings before it leave room for."""
    found = _EMPTY
    # A parse tree's list of items, read as such (a SubPattern hands them out one
    # Python call at a time).
    items = getattr(items, "data", items)
    for at, (op, av) in enumerate(items):
        if found == _EMPTY and _no_digit_before(op, av):
            # A look-behind where the match starts: a digit opening what follows is the
            # first of its run.
            rest = _sequence(items[at + 1 :], ignore_case, room)
            return frozenset((_FIRST_DIGIT if t == _DIGIT else t, k, m) for t, k, m in rest)
        shortest = min((len(text) for text, _, more in found if more), default=None)
        if shortest is None:
            break
        found = _join(found, _node(op, av, ignore_case, room - shortest), room)
    return found


def _no_digit_before(op: Any, av: Any) -> bool:
    """True for a negative look-behind of one character that no decimal digit passes:
    a class holding ``\\d`` or ``\\w``, not negated."""
    c = _constants
    if op is not c.ASSERT_NOT or av[0] != -1 or len(av[1]) != 1:
        return False
    kind, items = av[1][0]
    if kind is not c.IN or any(item_op is c.NEGATE for item_op, _ in items):
        return False
    digits = (c.CATEGORY_DIGIT, c.CATEGORY_WORD)
    return any(item_op is c.CATEGORY and what in digits for item_op, what in items)


@functools.lru_cache(maxsize=4096)
def _char(ch: str, ignore_case: bool) -> _Open:
    if ch.isdecimal():
        return (_DIGIT, 0, True)
    if ch.isspace():  # what \s matches (tests/test_openings.py)
        return (" ", 0, True)
    if ignore_case or not _cased(ch):
        return (fold(ch), 0, True)
    return (ch, 1, True)


@functools.lru_cache(maxsize=4096)
def _cased(ch: str) -> bool:
    return fold(ch) != ch or ch.upper() != ch


def _node(op: Any, av: Any, ignore_case: bool, room: int) -> frozenset[_Open]:
    c = _constants
    if op is c.LITERAL:
        return frozenset({_char(chr(av), ignore_case)})
    if op in (c.AT, c.ASSERT, c.ASSERT_NOT):
        return _EMPTY
    if op is c.SUBPATTERN:
        _, add, remove, sub = av
        inner = bool((ignore_case or add & re.IGNORECASE) and not remove & re.IGNORECASE)
        return _sequence(sub, inner, room)
    if op is c.ATOMIC_GROUP:
        return _sequence(av, ignore_case, room)
    if op is c.BRANCH:
        return frozenset().union(*(_sequence(a, ignore_case, room) for a in av[1]))
    if op is c.IN:
        return _class(av, ignore_case)
    if op in (c.MAX_REPEAT, c.MIN_REPEAT, c.POSSESSIVE_REPEAT):
        low, high, item = av
        return _repeat(low, high, item, ignore_case, room)
    return _UNKNOWN


def _repeat(low: int, high: int, item: Any, ignore_case: bool, room: int) -> frozenset[_Open]:
    # What ``item`` repeated j times opens with, for j from ``low`` up: past ``low``
    # plus ``room`` nothing new can open a match (a repeat that matched nothing may be
    # left out), and it stops sooner once nothing can be added.
    once = _sequence(item, ignore_case, room)
    found = _EMPTY
    for _ in range(low):
        if not any(more for _, _, more in found):
            return found
        found = _join(found, once, room)
    union = set(found)
    times = low
    while times < high and times <= low + room and any(more for _, _, more in found):
        grown = _join(found, once, room)
        if grown == found:
            break
        found = grown
        union |= found
        times += 1
    return frozenset(union)


def _class(items: Sequence[tuple[Any, Any]], ignore_case: bool) -> frozenset[_Open]:
    c = _constants
    chars: set[str] = set()
    for op, av in items:
        if op is c.LITERAL:
            chars.add(chr(av))
        elif op is c.RANGE and av[1] - av[0] < 64:
            chars.update(map(chr, range(av[0], av[1] + 1)))
        elif op is c.CATEGORY and av is c.CATEGORY_DIGIT:
            chars.add(_DIGIT)
        elif op is c.CATEGORY and av is c.CATEGORY_SPACE:
            chars.add(" ")
        else:  # a negation, a wide range, a category of letters
            return _UNKNOWN
    members = frozenset(_char(ch, ignore_case) for ch in chars)
    if len(members) <= _WIDE:
        return members
    # A wide class ends an opening. It stands as one character until the openings are
    # written out (:func:`_split`), so that it does not multiply the openings before it.
    wide = _WIDE_CLASSES.setdefault(members, chr(_STAND_IN + len(_WIDE_CLASSES)))
    return frozenset({(wide, 0, False)})


class OpeningsIndex:
    """The openings of several patterns, found in a sentence in one pass: one
    Aho-Corasick automaton for the folded text, one for the text as written, and one
    search for digits."""

    def __init__(self) -> None:
        self._ids: dict[Openings, int] = {}
        self._folded: dict[str, list[int]] = {}
        self._written: dict[str, list[int]] = {}
        self._digits: set[int] = set()
        self._first_digits: set[int] = set()
        self._automata: tuple[Any, Any] | None = None

    def add(self, found: Openings) -> int:
        """The number of ``found`` in the index, added if new."""
        if found in self._ids:
            return self._ids[found]
        number = self._ids[found] = len(self._ids)
        for text in sorted(found.folded):
            self._folded.setdefault(text, []).append(number)
        for text in sorted(found.written):
            self._written.setdefault(text, []).append(number)
        if found.digit:
            self._digits.add(number)
        if found.first_digit:
            self._first_digits.add(number)
        self._automata = None
        return number

    def scan(self, text: str, folded: str) -> Starts | None:
        """Where each pattern's openings occur in ``text``; None when ``folded`` (its
        :func:`fold`) is not aligned with it character by character."""
        if len(folded) != len(text):
            return None
        if _OTHER_SPACE.search(text) is not None:
            text, folded = _ANY_SPACE.sub(" ", text), _ANY_SPACE.sub(" ", folded)
        if self._automata is None:
            self._automata = (_automaton(self._folded), _automaton(self._written))
        in_folded, as_written = self._automata
        hits = list(in_folded.iter(folded)) if in_folded is not None else []
        if as_written is not None:
            hits += as_written.iter(text)
        return Starts(hits, text, self._digits, self._first_digits)


def _automaton(words: dict[str, list[int]]) -> Any:
    if not words:
        return None
    automaton = ahocorasick.Automaton()
    for word, numbers in words.items():
        automaton.add_word(word, (len(word) - 1, frozenset(numbers)))
    automaton.make_automaton()
    return automaton


class Starts:
    """The places in one sentence where each pattern's openings occur. What the
    automata found is sorted out only when places are first asked for."""

    __slots__ = ("_digits", "_first", "_first_digits", "_found", "_hits", "_sorted", "_text")

    def __init__(
        self,
        hits: list[tuple[int, tuple[int, frozenset[int]]]],
        text: str,
        digits: set[int],
        first_digits: set[int] | frozenset[int] = frozenset(),
    ) -> None:
        # Each opening found: where it ends, its length less one, the patterns it opens.
        self._hits = hits
        self._text = text
        self._digits = digits  # the patterns a digit opens
        self._first_digits = first_digits  # those a digit opens only after no digit
        self._found: list[int] | None = None  # where the text's digits are, once asked
        self._first: list[int] | None = None  # where its runs of digits start
        self._sorted: dict[int, list[int]] = {}

    def of(self, number: int) -> list[int]:
        """The places, in order, where an opening of the pattern ``number`` occurs."""
        got = self._sorted.get(number)
        if got is None:
            # One pass over the hits for each pattern asked, testing a set: about three
            # patterns are asked for in a sentence, and an opening found opens about 40
            # (a space, "a ", a currency sign open most money and number rules), so
            # sorting out every pattern's places at the first ask was 13 times the work.
            places = [end - back for end, (back, numbers) in self._hits if number in numbers]
            if number in self._digits:
                if self._found is None:
                    self._found = [m.start() for m in _ANY_DIGIT.finditer(self._text)]
                places += self._found
            elif number in self._first_digits:
                if self._first is None:
                    self._first = [m.start() for m in _DIGIT_FIRST.finditer(self._text)]
                places += self._first
            got = self._sorted[number] = sorted(set(places))
        return got


def searcher(
    match: Callable[[str, int], re.Match[str] | None], starts: list[int]
) -> Callable[[str, int], re.Match[str] | None]:
    """A search for the first match at or after a position, trying ``match`` only at
    ``starts``: the match ``regex.search`` finds, where ``starts`` holds every place a
    match can start."""

    def search(text: str, pos: int) -> re.Match[str] | None:
        for i in range(bisect_left(starts, pos), len(starts)):
            m = match(text, starts[i])
            if m is not None:
                return m
        return None

    return search
