"""Rule patterns parsed once: one parse tree serves compiling the pattern, reading what
every match needs (factcheck.claims.needs) and compiling its quick-search form.

The rule packs' patterns, macros expanded, run to some 150,000 characters, and the
standard library's regex parser is pure Python: parsing them took about 0.15 s a time,
and each pattern used to be parsed three times (compiled, analysed, compiled again
with a look-ahead). Here it is parsed once and the tree is compiled by the same two
calls ``re.compile`` makes after parsing, so the compiled pattern is the one
``re.compile`` would build. Nothing is kept on disk.

The parser and compiler are the standard library's private modules; on a Python where
they are missing or differ, everything falls back to ``re.compile`` and no tree is
given (the needs analysis then gives up, which only costs speed).
"""

from __future__ import annotations

import functools
import importlib
import re
from typing import Any

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


# Kept while the rules are: a rule set's patterns are a few dozen, and a test session
# loads the same ones again and again.
@functools.lru_cache(maxsize=256)
def _parse(pattern: str, flags: int) -> Any | None:
    if _parser is None:
        return None
    return _parser.parse(pattern, flags)


def _compiled(pattern: str, flags: int, tree: Any) -> re.Pattern[str]:
    # What re._compiler.compile does with a tree, keeping the pattern's text.
    code = _compiler._code(tree, flags)
    groupindex = tree.state.groupdict
    indexgroup: list[str | None] = [None] * tree.state.groups
    for name, number in groupindex.items():
        indexgroup[number] = name
    return _sre.compile(  # type: ignore[no-any-return]
        pattern,
        flags | tree.state.flags,
        code,
        tree.state.groups - 1,
        groupindex,
        tuple(indexgroup),
    )


def compile_pattern(pattern: str, flags: int) -> re.Pattern[str]:
    """``re.compile(pattern, flags)``, from the shared parse tree."""
    tree = parse(pattern, flags)
    if tree is None:
        return re.compile(pattern, flags)
    try:
        return _compiled(pattern, int(flags), tree)
    except (AttributeError, TypeError):  # pragma: no cover - another Python's internals
        return re.compile(pattern, flags)


def compile_with_lookahead(pattern: str, flags: int, lookahead: str) -> re.Pattern[str] | None:
    """``pattern`` behind the zero-width ``(?=lookahead)``: the regex
    ``(?=lookahead)(?:pattern)``, built from the shared tree (so it also works for a
    pattern that opens with global inline flags). None if ``lookahead`` does not parse."""
    tree = parse(pattern, flags)
    text = f"(?={lookahead})(?:{pattern})"
    if tree is None:
        try:
            return re.compile(text, flags)
        except re.error:
            return None
    try:
        head = _parser.parse(f"(?={lookahead})", tree.state.flags)
        # A top-level alternation is one item of the tree, so putting the look-ahead
        # before the tree's items puts it before the whole pattern.
        joined = _parser.SubPattern(tree.state, [*head.data, *tree.data])
        return _compiled(text, int(flags), joined)
    except re.error:
        return None
    except (AttributeError, TypeError):  # pragma: no cover - another Python's internals
        return re.compile(text, flags)


def compile_after_group(pattern: str, flags: int, rest: str) -> re.Pattern[str]:
    """``rest``, the part of ``pattern`` after the capturing group it opens with,
    compiled from the shared tree: what every match of ``pattern`` holds after that
    group. (Where the pattern does not open with a capturing group standing on its own,
    ``rest`` is compiled as written.) Its groups keep their numbers in ``pattern``."""
    tree = parse(pattern, flags)
    if tree is None:
        return re.compile(rest, flags)
    try:
        first = tree.data[0] if len(tree.data) > 1 else None
        if first is not None and first[0] is _constants.SUBPATTERN and first[1][0] is not None:
            return _compiled(rest, int(flags), _parser.SubPattern(tree.state, tree.data[1:]))
    except (AttributeError, TypeError, IndexError):  # pragma: no cover - another Python
        pass
    return re.compile(rest, flags)
