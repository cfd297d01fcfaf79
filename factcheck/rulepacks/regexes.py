"""Rule patterns parsed once: one parse tree serves compiling the pattern, reading what
every match needs (factcheck.claims.needs) and compiling its quick-search form.

The rule packs' patterns, macros expanded, run to some 150,000 characters, and the
standard library's regex parser is pure Python: parsing them took about 0.15 s a time,
and each pattern used to be parsed three times (compiled, analysed, compiled again
with a look-ahead). Here it is parsed once and the tree is compiled by the same two
calls ``re.compile`` makes after parsing, so the compiled pattern is the one
``re.compile`` would build.

What is derived from a pattern (its compiled program, what factcheck.claims.needs reads
from its tree) may be remembered between runs: inside :func:`remembering`, every such
value is looked up in, or added to, the mapping given, under a key that names the
pattern, its flags, this Python's regex engine and the source of the code that derived
it (see factcheck.rulepacks.derived, which keeps the mapping signed on disk).

The parser and compiler are the standard library's private modules; on a Python where
they are missing or differ, everything falls back to ``re.compile`` and no tree is
given (the needs analysis then gives up, which only costs speed).
"""

from __future__ import annotations

import array
import contextlib
import functools
import hashlib
import importlib
import re
import sys
from collections.abc import Callable, Iterator, MutableMapping
from pathlib import Path
from typing import Any, TypeVar

_parser: Any
_compiler: Any
_constants: Any
_sre: Any
try:
    _parser = importlib.import_module("re._parser")
    _compiler = importlib.import_module("re._compiler")
    _constants = importlib.import_module("re._constants")
    _sre = importlib.import_module("_sre")
except ImportError:  # pragma: no cover
    _parser = _compiler = _constants = _sre = None


def parse(pattern: str, flags: int) -> Any | None:
    """The parse tree of ``pattern`` (re._parser's SubPattern), or None where this
    Python's parser is not at hand. Raises :class:`re.error` as re.compile would."""
    # A compiled pattern's flags include re.UNICODE, which a str pattern has anyway:
    # asked with or without it, the tree is the same one. Plain ints, as re.compile
    # passes them on: the compiler tests flags some 200,000 times for the rule packs,
    # and on a RegexFlag each test is an enum operation, four times slower.
    flags = int(flags)
    if not flags & _ASCII:
        flags &= ~_UNICODE
    return _parse(pattern, flags)


_ASCII, _UNICODE = int(re.ASCII), int(re.UNICODE)


# How many rule patterns a cache of values derived from them keeps: every pattern of
# every rule, several rule sets over. A cache smaller than one rule set's patterns, read
# in turn, keeps none of them (130 rules against 128 places halved the suite's speed).
RULE_PATTERNS = 4096


# Kept while the rules are: a test session loads the same ones again and again.
@functools.lru_cache(maxsize=RULE_PATTERNS)
def _parse(pattern: str, flags: int) -> Any | None:
    if _parser is None:
        return None
    return _parser.parse(pattern, flags)


# Where derived values are looked up and recorded, while a rule set loads (None: not
# remembered beyond the process's own lru caches).
_memo: MutableMapping[bytes, Any] | None = None
T = TypeVar("T")


@contextlib.contextmanager
def remembering(memo: MutableMapping[bytes, Any]) -> Iterator[None]:
    """Within the block, values :func:`remembered` derives are kept in ``memo``, and
    found there when it already holds them."""
    global _memo
    before, _memo = _memo, memo
    try:
        yield
    finally:
        _memo = before


@functools.cache
def _source_digest(filename: str) -> bytes:
    # A value derived by other code is another value: the key names the code's source.
    try:
        return hashlib.sha256(Path(filename).read_bytes()).digest()
    except OSError:  # no source at hand: no key can be trusted to name the code
        return b""


# The regex engine a compiled program is for: its programs differ between versions.
_ENGINE = f"{sys.version}\0{sys.implementation.cache_tag}\0{getattr(_sre, 'MAGIC', '')}"


def _same(value: Any) -> Any:
    return value


def remembered(
    pattern: str,
    flags: int,
    extra: str,
    compute: Callable[[], T],
    pack: Callable[[T], Any] = _same,
    unpack: Callable[[Any], T] = _same,
) -> T:
    """``compute()``, a value derived from ``pattern`` (with ``flags`` and ``extra``)
    alone, or the same value remembered (see :func:`remembering`). What is remembered
    is ``pack(value)``, and ``unpack`` gives the value back; it must be a value
    :mod:`marshal` writes (numbers, strings, bytes, None, lists, tuples, dicts, sets)."""
    if _memo is None:
        return compute()
    code = compute.__code__.co_filename
    source, own = _source_digest(code), _source_digest(__file__)
    if not source or not own:
        return compute()
    parts = (source, own, _ENGINE.encode(), b"%d" % int(flags), extra.encode(), pattern.encode())
    # Each part led by its length, so that no two lists of parts run together alike.
    key = hashlib.sha256(b"".join(b"%d:%s" % (len(p), p) for p in parts)).digest()
    try:
        kept = _memo[key]
    except KeyError:
        value = compute()
        _memo[key] = pack(value)
        return value
    return unpack(kept)


# A compiled program: what _sre.compile takes besides the pattern's text.
Program = tuple[int, list[int], int, dict[str, int], tuple[str | None, ...]]
# Kept with its code as the bytes of an array of 4-byte words (the engine's own code
# size): read back, that is a tenth of the time of a list of some 700,000 ints.
_WORD = "I" if array.array("I").itemsize == 4 else "L"


def _pack(got: Program | str) -> Any:
    if isinstance(got, str):
        return got
    flags, code, groups, groupindex, indexgroup = got
    return (flags, array.array(_WORD, code).tobytes(), groups, groupindex, indexgroup)


def _unpack(kept: Any) -> Program | str:
    if isinstance(kept, str):
        return kept
    flags, code, groups, groupindex, indexgroup = kept
    return (flags, array.array(_WORD, code).tolist(), groups, groupindex, indexgroup)


# What a remembered compilation may say instead of a program.
_FALLBACK = "compile the text"  # this Python's internals differ: re.compile the text
_INVALID = "does not parse"


# The code of each top-level item of a parse tree compiled while the rules load (see
# :func:`sharing`), by the item's identity and the flags: None outside a load.
_pieces: dict[tuple[int, int], tuple[Any, list[int]]] | None = None


@contextlib.contextmanager
def sharing() -> Iterator[None]:
    """Within the block, the code compiled for each top-level item of a parse tree is
    kept and used again when the same item is compiled again: a rule's pattern is
    compiled whole, then behind a look-ahead (its quick search) and without its opening
    group (its gate), three times the same items, which was half the time a first load
    spent compiling. The code is dropped when the block ends."""
    global _pieces
    before, _pieces = _pieces, {}
    try:
        yield
    finally:
        _pieces = before


def _code(tree: Any, flags: int) -> list[int]:
    """``re._compiler._code(tree, flags)``: the program's information block, then each
    item's code in turn, then SUCCESS. The engine's jumps are relative to where they
    stand, so an item's code is the same wherever it is put, and a program is its
    items' code one after the other (tests/test_regexes.py holds every rule's program
    to the standard library's)."""
    pieces = _pieces
    if pieces is None:
        return list(map(int, _compiler._code(tree, flags)))
    flags = tree.state.flags | flags
    head: list[int] = []
    _compiler._compile_info(head, tree, flags)
    code = list(map(int, head))
    for item in tree.data:
        key = (id(item), flags)
        got = pieces.get(key)
        if got is None or got[0] is not item:
            piece: list[int] = []
            _compiler._compile(piece, [item], flags)
            # Keyed by identity: the item is kept with its code, so the key stays its.
            got = pieces[key] = (item, list(map(int, piece)))
        code += got[1]
    code.append(int(_constants.SUCCESS))
    return code


def _program(flags: int, tree: Any) -> Program:
    # What re._compiler.compile does with a tree.
    # Plain ints: the compiler writes its opcodes as an int subclass, which marshal
    # (keeping programs between runs) does not write; _sre takes either.
    code = _code(tree, flags)
    groupindex = dict(tree.state.groupdict)
    indexgroup: list[str | None] = [None] * tree.state.groups
    for name, number in groupindex.items():
        indexgroup[number] = name
    return (flags | tree.state.flags, code, tree.state.groups - 1, groupindex, tuple(indexgroup))


def _from_program(pattern: str, program: Program) -> re.Pattern[str]:
    flags, code, groups, groupindex, indexgroup = program
    return _sre.compile(pattern, flags, code, groups, groupindex, indexgroup)  # type: ignore[no-any-return]


# A test session, and a process checking with more than one set of rules, loads the same
# packs again and again; a compiled pattern is immutable and shared, as re.compile's own
# cache shares it, and what it is follows from the text and flags alone.
@functools.lru_cache(maxsize=RULE_PATTERNS)
def compile_pattern(pattern: str, flags: int) -> re.Pattern[str]:
    """``re.compile(pattern, flags)``, from the shared parse tree."""

    def program() -> Program | str:
        tree = parse(pattern, flags)
        if tree is None:
            return _FALLBACK
        try:
            return _program(int(flags), tree)
        except (AttributeError, TypeError):  # pragma: no cover - another Python's internals
            return _FALLBACK

    got = remembered(pattern, flags, "", program, _pack, _unpack)
    if isinstance(got, str):
        return re.compile(pattern, flags)
    return _from_program(pattern, got)


def compile_with_lookahead(pattern: str, flags: int, lookahead: str) -> re.Pattern[str] | None:
    """``pattern`` behind the zero-width ``(?=lookahead)``: the regex
    ``(?=lookahead)(?:pattern)``, built from the shared tree (so it also works for a
    pattern that opens with global inline flags). None if ``lookahead`` does not parse."""
    text = f"(?={lookahead})(?:{pattern})"

    def program() -> Program | str:
        tree = parse(pattern, flags)
        if tree is None:
            return _FALLBACK
        try:
            head = _parser.parse(f"(?={lookahead})", tree.state.flags)
            # A top-level alternation is one item of the tree, so putting the look-ahead
            # before the tree's items puts it before the whole pattern.
            joined = _parser.SubPattern(tree.state, [*head.data, *tree.data])
            return _program(int(flags), joined)
        except re.error:
            return _INVALID
        except (AttributeError, TypeError):  # pragma: no cover - another Python's internals
            return _FALLBACK

    got = remembered(pattern, flags, f"lookahead\0{lookahead}", program, _pack, _unpack)
    if got == _INVALID:
        return None
    if isinstance(got, str):
        try:
            return re.compile(text, flags)
        except re.error:
            return None
    return _from_program(text, got)


def alternatives(pattern: str, flags: int) -> list[Any] | None:
    """The parse trees (lists of items) of the top-level alternatives of ``pattern``
    (``A|B|C``); None when it is no alternation at its top, or the parser folded its
    alternatives into one (a shared opening, a class of single characters)."""
    tree = parse(pattern, flags)
    if tree is None:
        return None
    try:
        if len(tree.data) != 1 or tree.data[0][0] is not _constants.BRANCH:
            return None
        return [list(branch) for branch in tree.data[0][1][1]]
    except (AttributeError, TypeError, IndexError):  # pragma: no cover - another Python
        return None


def compile_alternative(
    pattern: str, flags: int, index: int, lookahead: str | None
) -> tuple[re.Pattern[str], int] | None:
    """The top-level alternative ``index`` of ``pattern`` (see :func:`alternatives`)
    compiled on its own from the shared tree, behind ``(?=lookahead)`` when one is
    given, and the length of its program: how much the engine may try at a position.
    Its groups keep their numbers in ``pattern``, and its ``pattern`` attribute names
    the whole pattern. None where this Python's internals differ."""

    def program() -> Program | str:
        tree, branches = parse(pattern, flags), alternatives(pattern, flags)
        if tree is None or branches is None or index >= len(branches):
            return _FALLBACK
        try:
            head = _parser.parse(f"(?={lookahead})", tree.state.flags).data if lookahead else []
            return _program(int(flags), _parser.SubPattern(tree.state, [*head, *branches[index]]))
        except re.error:
            return _INVALID
        except (AttributeError, TypeError):  # pragma: no cover - another Python's internals
            return _FALLBACK

    extra = f"alternative\0{index}\0{lookahead or ''}"
    got = remembered(pattern, flags, extra, program, _pack, _unpack)
    if isinstance(got, str):
        return None
    return _from_program(pattern, got), len(got[1])


# The rule gates are asked for again by every extractor a process builds.
@functools.lru_cache(maxsize=RULE_PATTERNS)
def compile_after_group(pattern: str, flags: int, rest: str) -> re.Pattern[str]:
    """``rest``, the part of ``pattern`` after the capturing group it opens with,
    compiled from the shared tree: what every match of ``pattern`` holds after that
    group. (Where the pattern does not open with a capturing group standing on its own,
    ``rest`` is compiled as written.) Its groups keep their numbers in ``pattern``."""

    def program() -> Program | str:
        tree = parse(pattern, flags)
        if tree is None:
            return _FALLBACK
        try:
            first = tree.data[0] if len(tree.data) > 1 else None
            if first is not None and first[0] is _constants.SUBPATTERN and first[1][0] is not None:
                return _program(int(flags), _parser.SubPattern(tree.state, tree.data[1:]))
        except (AttributeError, TypeError, IndexError):  # pragma: no cover - another Python
            pass
        return _FALLBACK

    got = remembered(pattern, flags, f"after\0{rest}", program, _pack, _unpack)
    if isinstance(got, str):
        return re.compile(rest, flags)
    return _from_program(rest, got)
