"""The words a regex cannot match without: a cheap test that skips most sentences.

Most sentences of an article hold no claim of most types: a sentence without "strike",
"walkout" or "picket" cannot match a strike rule, one without a pay word no salary rule.
Running each of a few dozen rule regexes over every sentence was most of the time spent
extracting claims. :func:`needs` reads a compiled pattern's parse tree and returns sets
of needles (literal strings, with the case the pattern keeps and any digit) such that
every match contains at least one needle of every set; :class:`NeedsIndex` finds the
needles of all the rules in one pass over the sentence.

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
from typing import Any, NamedTuple

import ahocorasick

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

# At most this many strings in a set of alternatives: past it the set is no test. The
# bound keeps the analysis' products of sets small; at run time one Aho-Corasick pass
# finds every needle, so a large set costs little. The currencies alone (the tables' and
# every code, symbol and name CLDR gives, rulepacks/worldmoney) are some 420 strings, the
# set every money rule needs.
_MOST = 512
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
    if text.isascii():
        # Most text; str.translate reads a mapping character by character, twenty times
        # the time of str.lower.
        return text.lower()
    lowered = text.translate(_SIMPLE_LOWER).lower()
    return lowered if lowered.isascii() else lowered.translate(_SAME)


class Needle:
    """A string every match of a piece of pattern holds. Where the pattern ignores case
    a character is written folded (see :func:`fold`) and the folded text is searched
    for it; where the pattern keeps case (``(?-i:R)``, a pattern without re.IGNORECASE)
    its bit in ``kept`` is set and it must occur as written: the money rules' "Rs" is
    not in "workers". A set bit in ``digits`` stands for any decimal digit, as ``\\d``
    matches one (the position's character in ``text`` is then "0").

    A value: equal, hashed and ordered as the triple (text, kept, digits). Reading a
    first load's patterns makes some 600,000 of them, and as a frozen dataclass (three
    ``object.__setattr__`` calls to make one, the triple built again for each hash)
    they were a third of that time; here the hash is worked out once. Not to be
    changed once made."""

    __slots__ = ("_hash", "digits", "kept", "text")

    text: str
    kept: int
    digits: int

    def __init__(self, text: str, kept: int = 0, digits: int = 0) -> None:
        self.text = text
        self.kept = kept
        self.digits = digits
        self._hash = hash((text, kept, digits))

    def _key(self) -> tuple[str, int, int]:
        return (self.text, self.kept, self.digits)

    def __hash__(self) -> int:
        return self._hash

    def __eq__(self, other: object) -> bool:
        if other.__class__ is not Needle:
            return NotImplemented
        assert isinstance(other, Needle)
        return self._hash == other._hash and self._key() == other._key()

    def __lt__(self, other: Needle) -> bool:
        return self._key() < other._key()

    def __le__(self, other: Needle) -> bool:
        return self._key() <= other._key()

    def __gt__(self, other: Needle) -> bool:
        return self._key() > other._key()

    def __ge__(self, other: Needle) -> bool:
        return self._key() >= other._key()

    def __repr__(self) -> str:
        return f"Needle(text={self.text!r}, kept={self.kept!r}, digits={self.digits!r})"

    def __len__(self) -> int:
        return len(self.text)

    def __add__(self, other: Needle) -> Needle:
        shift = len(self.text)
        return Needle(
            self.text + other.text,
            self.kept | other.kept << shift,
            self.digits | other.digits << shift,
        )

    @property
    def plain(self) -> bool:
        """True when the needle is a folded string to look for as it is."""
        return not self.kept and not self.digits

    def regex(self) -> str:
        """Regex text finding the needle in the text as written (a plain needle is
        found in the folded text instead, by :class:`NeedsIndex`)."""
        out = []
        blind: list[str] = []  # a run of characters that match whatever their case
        for i, ch in enumerate(self.text):
            if not (self.kept | self.digits) >> i & 1:
                blind.append(ch)
                continue
            if blind:
                out.append(f"(?i:{re.escape(''.join(blind))})")
                blind = []
            out.append(r"\d" if self.digits >> i & 1 else re.escape(ch))
        if blind:
            out.append(f"(?i:{re.escape(''.join(blind))})")
        return "".join(out)


def _cased(ch: str) -> bool:
    """True for a character that ignoring case lets another character match."""
    return ch.lower() != ch or ch.upper() != ch or ch in _SAME or ord(ch) in _SIMPLE_LOWER


def _literal(chars: str, ignore_case: bool) -> Needle:
    if ignore_case:
        return Needle(fold(chars))
    kept = sum(1 << i for i, ch in enumerate(chars) if _cased(ch))
    # A character without case is the same either way: written folded, it keeps the
    # needle searchable in the folded text.
    return Needle("".join(ch if _cased(ch) else fold(ch) for ch in chars), kept)


_EMPTY = Needle("")
_DIGIT = Needle("0", digits=1)


class _Info(NamedTuple):
    """What a piece of pattern tells: every string it can match (when that is a short
    list), and sets of strings at least one of which occurs in any match. (A named
    tuple: a first load makes some 400,000, which as a frozen dataclass took a tenth of
    its reading of the patterns.)"""

    exact: frozenset[Needle] | None
    needs: tuple[frozenset[Needle], ...] = ()


_NOTHING = _Info(frozenset({_EMPTY}))  # zero-width: anchors, look-arounds
_UNKNOWN = _Info(None)


def _product(left: frozenset[Needle], right: frozenset[Needle]) -> frozenset[Needle] | None:
    if len(left) * len(right) > _MOST:
        return None
    return frozenset(a + b for a, b in itertools.product(left, right))


def _useful(strings: frozenset[Needle]) -> bool:
    """A set is a test when none of its strings is empty or a lone letter or digit (a
    lone "any digit" is a test: one class over the text)."""
    return all(s.text and not (len(s) == 1 and s.text.isalnum() and not s.digits) for s in strings)


# Characters most sentences hold: in a needle they make it no rarer.
_COMMON = frozenset(" ,.;:-()")


def _weight(needle: Needle) -> int:
    """How rare a needle is, roughly: its characters, less any digit and common
    punctuation (most sentences of news hold one)."""
    common = sum(1 for ch in needle.text if ch in _COMMON)
    return len(needle) - needle.digits.bit_count() - common


def _rank(strings: frozenset[Needle]) -> tuple[int, int]:
    # Rarer strings are rarer to find; fewer alternatives are fewer chances.
    return (-min(_weight(s) for s in strings), len(strings))


def _best(info: _Info) -> frozenset[Needle] | None:
    """The one set that stands for ``info`` inside an alternation."""
    options = [s for s in info.needs if _useful(s)]
    if info.exact is not None and _useful(info.exact):
        options.append(info.exact)
    return min(options, key=_rank) if options else None


def _sequence(items: Sequence[tuple[Any, Any]], ignore_case: bool) -> _Info:
    return _pieces(_literals_joined(items, ignore_case))


def _literals_joined(items: Sequence[tuple[Any, Any]], ignore_case: bool) -> list[_Info]:
    """What each item tells, with a run of single characters read as one string."""
    out: list[_Info] = []
    chars: list[str] = []
    # A parse tree's list of items, read as such: a SubPattern hands out its items one
    # Python call at a time.
    for op, av in getattr(items, "data", items):
        if op is _constants.LITERAL:
            chars.append(chr(av))
            continue
        if chars:
            out.append(_Info(frozenset({_literal("".join(chars), ignore_case)})))
            chars = []
        out.append(_node(op, av, ignore_case))
    if chars:
        out.append(_Info(frozenset({_literal("".join(chars), ignore_case)})))
    return out


def _pieces(infos: Sequence[_Info]) -> _Info:
    needs: list[frozenset[Needle]] = []
    run: frozenset[Needle] | None = frozenset({_EMPTY})  # the strings of the exact run so far
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


def _node(op: Any, av: Any, ignore_case: bool) -> _Info:
    c = _constants
    if op is c.LITERAL:
        return _Info(frozenset({_literal(chr(av), ignore_case)}))
    if op is c.ASSERT and av[0] == 1:
        return _lookahead(av[1], ignore_case)
    if op in (c.AT, c.ASSERT, c.ASSERT_NOT):
        return _NOTHING
    if op is c.SUBPATTERN:
        _, add, remove, sub = av
        inner = bool((ignore_case or add & re.IGNORECASE) and not remove & re.IGNORECASE)
        return _sequence(sub, inner)
    if op is c.ATOMIC_GROUP:
        return _sequence(av, ignore_case)
    if op is c.BRANCH:
        return _branch(av[1], ignore_case)
    if op is c.IN:
        return _class(av, ignore_case)
    if op in (c.MAX_REPEAT, c.MIN_REPEAT, c.POSSESSIVE_REPEAT):
        low, high, item = av
        info = _sequence(item, ignore_case)
        if low == 0:
            # May match nothing: only an optional piece of known strings says anything.
            optional = high == 1 and info.exact is not None
            return _Info(info.exact | {_EMPTY}) if optional and info.exact else _UNKNOWN
        if low == high == 1:
            return info
        # Matched at least once: one of the item's strings is there ("\\d+": a digit).
        once = (info.exact,) if info.exact is not None and _useful(info.exact) else ()
        return _Info(None, info.needs + once)
    return _UNKNOWN


def _lookahead(items: Sequence[tuple[Any, Any]], ignore_case: bool) -> _Info:
    """A look-ahead matches nothing itself, but what it needs is in the text, from
    where it stands on: a rule whose match must be followed by "at the top of the
    scale" needs "the" and "top" of the sentence it is searched in. That text starts
    no earlier than the match, so no match starts after the last of those needles
    either (a look-behind's text may lie before the match: it tells nothing here)."""
    inner = _sequence(items, ignore_case)
    whole = (inner.exact,) if inner.exact is not None and _useful(inner.exact) else ()
    return _Info(_NOTHING.exact, inner.needs + whole)


def _branch(alternatives: Sequence[Sequence[tuple[Any, Any]]], ignore_case: bool) -> _Info:
    if len(alternatives) > _MOST:
        # One string at least from each: more than a set can hold (a long list of names).
        return _UNKNOWN
    infos = [_sequence(a, ignore_case) for a in alternatives]
    if all(i.exact is not None for i in infos):
        union = frozenset().union(*(i.exact for i in infos if i.exact is not None))
        if len(union) <= _MOST:
            return _Info(union)
    sets = [_best(i) for i in infos]
    if any(s is None for s in sets):
        return _UNKNOWN
    union = frozenset().union(*(s for s in sets if s is not None))
    # A set every alternative needs is needed whichever matches: the currency of a
    # money macro each alternative holds, the comma each writes.
    common = tuple(
        s
        for s in dict.fromkeys(infos[0].needs)
        if s != union and _useful(s) and all(s in i.needs for i in infos[1:])
    )
    return _Info(None, ((union,) if len(union) <= _MOST else ()) + common)


def _class(items: Sequence[tuple[Any, Any]], ignore_case: bool) -> _Info:
    c = _constants
    if len(items) == 1 and items[0] == (c.CATEGORY, c.CATEGORY_DIGIT):
        return _Info(frozenset({_DIGIT}))
    chars: set[Needle] = set()
    for op, av in items:
        if op is c.LITERAL:
            chars.add(_literal(chr(av), ignore_case))
        elif op is c.RANGE and av[1] - av[0] < 10:
            chars.update(_literal(chr(x), ignore_case) for x in range(av[0], av[1] + 1))
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


def needs(pattern: re.Pattern[str]) -> tuple[frozenset[Needle], ...]:
    """Sets of needles such that any text ``pattern`` finds a match in holds a needle of
    each set (in the match, or in what its look-aheads read after it); the most telling
    sets first. Empty when nothing certain can be said."""
    return _needs(pattern.pattern, pattern.flags)


@functools.lru_cache(maxsize=regexes.RULE_PATTERNS)
def _needs(pattern: str, flags: int) -> tuple[frozenset[Needle], ...]:
    def analysed() -> tuple[frozenset[Needle], ...]:
        tree = _tree(pattern, flags)
        return () if tree is None else _needs_of(tree, flags)

    return regexes.remembered(pattern, flags, "needs", analysed, _pack, _unpack)


def _needs_of(items: Sequence[tuple[Any, Any]], flags: int) -> tuple[frozenset[Needle], ...]:
    info = _sequence(items, bool(flags & re.IGNORECASE))
    found = [s for s in info.needs if _useful(s)]
    if info.exact is not None and _useful(info.exact):
        found.append(info.exact)
    return tuple(sorted(set(found), key=lambda s: (*_rank(s), sorted(s)))[:_KEEP])


def alternatives_needs(
    pattern: re.Pattern[str],
) -> tuple[tuple[frozenset[Needle], ...], ...] | None:
    """For a pattern that is a top-level alternation (``A|B|C``), the needs of each
    alternative (as :func:`needs` gives them): a string ``pattern`` matches holds
    every set of one of them. Inside an alternation :func:`needs` keeps only what
    every alternative needs, often nothing, where "a span of ... of" or "(", ")" and a
    digit each say much. An alternation behind tests of the place alone (a
    look-behind, a word boundary: ``(?<![a-z])(?:A|B)``) counts as one: a match is one
    alternative's where the tests hold. None when ``pattern`` is no top-level
    alternation."""
    return _alternatives_needs(pattern.pattern, pattern.flags)


def _branches(pattern: str, flags: int) -> list[Any] | None:
    """The parse trees of the alternatives of ``pattern``, as
    :func:`regexes.alternatives` gives them, or of the alternation that follows
    zero-width tests opening the pattern. What those tests read is not needed (a
    look-behind's text lies before the match), so leaving them out of each
    alternative says nothing that does not hold."""
    branches = regexes.alternatives(pattern, flags)
    if branches is not None:
        return branches
    tree = _tree(pattern, flags)
    if not tree or len(tree) < 2:
        return None
    c = _constants
    if tree[-1][0] is not c.BRANCH:
        return None
    if any(op not in (c.AT, c.ASSERT, c.ASSERT_NOT) for op, _ in tree[:-1]):
        return None
    return [list(branch) for branch in tree[-1][1][1]]


@functools.lru_cache(maxsize=regexes.RULE_PATTERNS)
def _alternatives_needs(
    pattern: str, flags: int
) -> tuple[tuple[frozenset[Needle], ...], ...] | None:
    def analysed() -> list[tuple[frozenset[Needle], ...]] | None:
        branches = _branches(pattern, flags)
        return None if branches is None else [_needs_of(items, flags) for items in branches]

    def pack(
        found: list[tuple[frozenset[Needle], ...]] | None,
    ) -> list[list[list[tuple[str, int, int]]]] | None:
        return None if found is None else [_pack(sets) for sets in found]

    def unpack(
        kept: list[list[list[tuple[str, int, int]]]] | None,
    ) -> list[tuple[frozenset[Needle], ...]] | None:
        return None if kept is None else [_unpack(sets) for sets in kept]

    found = regexes.remembered(pattern, flags, "alternatives needs", analysed, pack, unpack)
    return None if found is None else tuple(found)


def _pack(sets: tuple[frozenset[Needle], ...]) -> list[list[tuple[str, int, int]]]:
    # What the rules cache keeps (plain values marshal writes).
    return [sorted((n.text, n.kept, n.digits) for n in strings) for strings in sets]


def _unpack(kept: list[list[tuple[str, int, int]]]) -> tuple[frozenset[Needle], ...]:
    return tuple(frozenset(Needle(*n) for n in strings) for strings in kept)


def admits(needed: tuple[frozenset[Needle], ...], text: str) -> bool:
    """True when ``text`` holds a needle of every set ``needed``."""
    index = NeedsIndex()
    numbers = [index.add(strings) for strings in needed]
    held = index.scan(text)
    return all(held.holds(number) for number in numbers)


_ANY_DIGIT = re.compile(r"\d").search


class NeedsIndex:
    """Sets of needles, each tested on a sentence at once. The plain needles of all the
    sets (strings to find in the folded text) are one Aho-Corasick automaton, so one
    pass over the sentence finds every one of them: a search per set was a tenth of the
    time spent extracting claims. A lone digit is one search per sentence, shared by
    every set that holds it (every rule reading a number). What is left of a set
    (needles that keep case, or hold a digit among other characters) is searched for
    only when nothing else of the set is there."""

    def __init__(self) -> None:
        self._ids: dict[frozenset[Needle], int] = {}
        self._words: dict[str, list[int]] = {}
        self._digit: set[int] = set()
        self._rest: list[re.Pattern[str] | None] = []
        self._automaton: Any = None

    def add(self, strings: frozenset[Needle]) -> int:
        """The number of the set ``strings``, added if new."""
        if strings in self._ids:
            return self._ids[strings]
        number = self._ids[strings] = len(self._rest)
        for text in sorted({s.text for s in strings if s.plain}):
            self._words.setdefault(text, []).append(number)
        if _DIGIT in strings:
            self._digit.add(number)
        self._rest.append(_rest_finder(strings))
        self._automaton = None
        return number

    def searched_alone(self, number: int) -> bool:
        """True when the set ``number`` has needles that :meth:`scan` does not look
        for, but :meth:`Held.holds` does."""
        return self._rest[number] is not None

    def scan(self, text: str, folded: str | None = None) -> Held:
        """What ``text`` (and its :func:`fold`, when known) holds."""
        if self._automaton is None:
            self._automaton = ahocorasick.Automaton()
            for word, numbers in self._words.items():
                self._automaton.add_word(word, tuple(numbers))
            if self._words:
                self._automaton.make_automaton()
        folded = fold(text) if folded is None else folded
        found: set[int] = set()
        hits: list[tuple[int, tuple[int, ...]]] = []
        if self._words:
            hits = list(self._automaton.iter(folded))
            for _, sets in hits:
                found.update(sets)
        if self._digit and _ANY_DIGIT(text) is not None:
            found |= self._digit
        aligned = len(folded) == len(text)
        return Held(found, self._rest, text, hits if aligned else None, self._digit)


class Held:
    """The sets of a :class:`NeedsIndex` that one text holds a needle of: ``found``
    those its automaton and digit search found, and :meth:`holds` any other."""

    __slots__ = ("_digit", "_hits", "_last", "_rest", "_text", "_tried", "found")

    def __init__(
        self,
        found: set[int],
        rest: list[re.Pattern[str] | None],
        text: str,
        hits: list[tuple[int, tuple[int, ...]]] | None = None,
        digit: set[int] | frozenset[int] = frozenset(),
    ) -> None:
        self.found = found
        self._rest = rest
        self._text = text
        self._tried: set[int] = set()
        # Where the automaton found each plain needle (its last character, in order)
        # and the sets holding it; None when the folded text is not aligned with the
        # text character by character.
        self._hits = hits
        self._digit = digit
        self._last: dict[int, int] = {}

    def holds(self, number: int) -> bool:
        """True when the text holds a needle of the set ``number``."""
        if number in self.found:
            return True
        if number in self._tried:
            return False
        self._tried.add(number)
        rest = self._rest[number]
        if rest is not None and rest.search(self._text) is not None:
            self.found.add(number)
            return True
        return False

    def last(self, number: int) -> int:
        """A place no needle of the set ``number`` starts after in the text: where the
        last one found ends (-1: none is there); the text's length when that is not
        known. Since a match holds a needle of each set its pattern needs, no match
        starts after that place."""
        got = self._last.get(number)
        if got is not None:
            return got
        text = self._text
        if self._hits is None:
            got = len(text)
        else:
            got = next((end for end, sets in reversed(self._hits) if number in sets), -1)
            if number in self._digit and (digit := _LAST_DIGIT(text, got + 1)) is not None:
                got = digit.start()
            if (rest := self._rest[number]) is not None:
                # Needles that start inside a match found are not found themselves, but
                # start before its end.
                for m in rest.finditer(text, got + 1):
                    got = m.end() - 1
        self._last[number] = got
        return got


def _rest_finder(strings: frozenset[Needle]) -> re.Pattern[str] | None:
    """A regex finding, in the text as written, the needles of ``strings`` that are
    neither plain strings nor a lone digit; None when there are none."""
    kept = [s for s in strings if not s.plain and s != _DIGIT]
    if not kept:
        return None
    others = "|".join(sorted(s.regex() for s in kept))
    starts = _needle_starts(kept)
    if starts is None:
        return re.compile(others)
    # Where an alternative opens with a group ("(?i:\$)US"), the engine finds no first
    # characters for the whole and tries every alternative at every character of the
    # text: a set of currencies holds some two hundred codes and symbols (23 µs a
    # sentence of news copy). A look-ahead for the characters a needle can start with
    # turns most places down with one class test; where it holds, the alternatives are
    # tried in the same order, so the same match is found at the same place.
    return re.compile(f"(?={starts})(?:{others})")


def _needle_starts(needles: Sequence[Needle]) -> str | None:
    """A regex matching one character: any that one of ``needles`` can start with;
    None when every needle starts with a character kept in its case (the regex engine
    then finds them itself, as it does for plain alternatives)."""
    written: set[str] = set()  # a character kept in its case, or any digit
    blind: set[str] = set()  # a character matched whatever its case
    for needle in needles:
        ch = needle.text[0]
        if needle.digits & 1:
            written.add(r"\d")
        elif needle.kept & 1:
            written.add(re.escape(ch))
        else:
            blind.add(re.escape(ch))
    if not blind and r"\d" not in written:
        return None
    # A class under re.IGNORECASE matches what each of its characters would alone.
    sets = [f"[{''.join(sorted(written))}]"] if written else []
    sets += [f"(?i:[{''.join(sorted(blind))}])"] if blind else []
    return "|".join(sets)


# The last digit of a text: one with none after it.
_LAST_DIGIT = re.compile(r"\d(?=\D*\Z)").search


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


def _first_characters(pattern: str, flags: int) -> str | None:
    """A character class (regex text) every match of ``pattern`` starts with, under
    ``flags``; None when any character may start one, or a match may be empty."""

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


def alternatives(pattern: re.Pattern[str]) -> tuple[re.Pattern[str], ...] | None:
    """The top-level alternatives of ``pattern`` (``A|B|C``), each compiled on its own
    with a look-ahead for its first characters, the cheapest to search first (by the
    length of its program). A text holds a match of ``pattern`` exactly when it holds
    a match of one of them, though not always the same match: ``pattern`` takes the
    leftmost. None when ``pattern`` is no top-level alternation."""
    return _alternatives(pattern.pattern, pattern.flags)


@functools.lru_cache(maxsize=regexes.RULE_PATTERNS)
def _alternatives(pattern: str, flags: int) -> tuple[re.Pattern[str], ...] | None:
    branches = regexes.alternatives(pattern, flags)
    if branches is None:
        return None
    compiled = []
    for index, items in enumerate(branches):
        empty, first = _first(items, flags)
        lookahead = "[" + "".join(sorted(set(first))) + "]" if first and not empty else None
        got = regexes.compile_alternative(pattern, flags, index, lookahead)
        if got is None:
            return None
        compiled.append((got[1], index, got[0]))
    return tuple(regex for _, _, regex in sorted(compiled, key=lambda c: c[:2]))


@functools.lru_cache(maxsize=regexes.RULE_PATTERNS)
def _quick(pattern: str, flags: int) -> re.Pattern[str] | None:
    first = _first_characters(pattern, flags)
    if first is None:
        return None
    return regexes.compile_with_lookahead(pattern, flags, first)
