"""YAML with positions: every value remembers the file, line and column it came from, so
that a rule pack's errors can say ``path:line:col: message``."""

from __future__ import annotations

import difflib
import os
import stat
from collections.abc import Iterable
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

import yaml

from factcheck.errors import RuleError

_SCALAR_LOADER = yaml.SafeLoader("")
# libyaml composes some fifteen times faster, with the same positions; a file it
# refuses is parsed again in pure Python for messages that do not depend on it.
_FAST_LOADER = getattr(yaml, "CSafeLoader", yaml.SafeLoader)
# Rule files nest a handful of levels; deeper is a mistake or an attack on the stack.
MAX_DEPTH = 64
# The largest knowledge table is a few KiB.
MAX_FILE_BYTES = 16 * 2**20


@dataclass(frozen=True)
class Node:
    """A YAML value with its position. Mappings hold ``dict[str, Node]``; sequences
    ``list[Node]``; scalars their Python value."""

    value: Any
    path: str
    line: int
    column: int
    key_marks: dict[str, tuple[int, int]] = field(default_factory=dict, compare=False)
    # The file's text and this value's offsets in it, to point inside a long value.
    source: str = field(default="", compare=False, repr=False)
    span: tuple[int, int] = field(default=(0, 0), compare=False, repr=False)

    def error(self, message: str) -> RuleError:
        """A RuleError located at this value."""
        return RuleError(message, self.path, self.line, self.column)

    def error_at(self, fragment: str, message: str, nth: int = 0) -> RuleError:
        """A RuleError at the ``nth`` occurrence of ``fragment`` inside this value (a
        macro in a pattern), or at the value itself when it is not written verbatim."""
        at = self.span[0] - 1
        for _ in range(nth + 1):
            at = self.source.find(fragment, at + 1, self.span[1])
            if at < 0:
                return self.error(message)
        return self._error_at_index(at, message)

    def error_at_offset(self, offset: int, message: str) -> RuleError:
        """A RuleError at character ``offset`` of this string value: its exact column when
        the value is written on one line without escapes, else the value's start."""
        written = self.source[self.span[0] : self.span[1]]
        value = str(self.value)
        if written == value:
            return self._error_at_index(self.span[0] + offset, message)
        if written[1:-1] == value and written[:1] in "'\"" and written[-1:] == written[:1]:
            return self._error_at_index(self.span[0] + 1 + offset, message)
        return self.error(f"{message} (at character {offset + 1})")

    def _error_at_index(self, at: int, message: str) -> RuleError:
        line = self.source.count("\n", 0, at) + 1
        return RuleError(message, self.path, line, at - self.source.rfind("\n", 0, at))

    def mapping(self, what: str = "a mapping") -> dict[str, Node]:
        """This value as a mapping, or an error saying ``what`` was expected."""
        if not isinstance(self.value, dict):
            raise self.error(f"expected {what}")
        return self.value

    def sequence(self, what: str = "a list") -> list[Node]:
        """This value as a list, or an error."""
        if not isinstance(self.value, list):
            raise self.error(f"expected {what}")
        return self.value

    def text(self, what: str = "a string") -> str:
        """This value as a non-empty string, or an error."""
        if not isinstance(self.value, str) or not self.value.strip():
            raise self.error(f"expected {what}")
        return self.value

    def number(self, what: str = "a number") -> float:
        """This value as a number, or an error."""
        if isinstance(self.value, bool) or not isinstance(self.value, (int, float)):
            raise self.error(f"expected {what}")
        return float(self.value)

    def strings(self, what: str = "a list of strings") -> list[str]:
        """This value as a list of strings (a single string counts as a list of one)."""
        if isinstance(self.value, str):
            return [self.value]
        return [item.text(what) for item in self.sequence(what)]

    def plain(self) -> Any:
        """The value with positions stripped, recursively."""
        if isinstance(self.value, dict):
            return {k: v.plain() for k, v in self.value.items()}
        if isinstance(self.value, list):
            return [v.plain() for v in self.value]
        return self.value


def check_keys(
    node: Node, allowed: set[str], required: frozenset[str] = frozenset()
) -> dict[str, Node]:
    """The mapping at ``node``, after checking it has only ``allowed`` and all ``required`` keys."""
    mapping = node.mapping()
    for key in mapping:
        if key not in allowed:
            line, column = node.key_marks.get(key, (node.line, node.column))
            raise RuleError(
                f"unknown key '{key}' ({suggest(key, allowed)})", node.path, line, column
            )
    missing = sorted(required - mapping.keys())
    if missing:
        raise node.error(f"missing required key '{missing[0]}'")
    return mapping


def suggest(word: str, known: Iterable[str], what: str = "known keys") -> str:
    """ "did you mean 'x'?" for a near miss, else the list of what is known."""
    close = difflib.get_close_matches(word, sorted(known), n=1, cutoff=0.75)
    if close:
        return f"did you mean '{close[0]}'?"
    return f"{what}: {', '.join(sorted(known))}"


class _Converter:
    """Turns composed YAML into :class:`Node` values, refusing aliases and deep nesting.

    An alias makes the composed graph share a node, and a few lines of nested aliases
    expand to billions of values (the "billion laughs"); rule packs have no use for
    them, so the first one is refused where it is written."""

    def __init__(self, path: str, source: str) -> None:
        self.path = path
        self.source = source
        self._seen: set[int] = set()

    def convert(self, node: yaml.Node, depth: int = 0) -> Node:
        line, column = node.start_mark.line + 1, node.start_mark.column + 1
        if id(node) in self._seen:
            raise self._alias_error()
        self._seen.add(id(node))
        if depth > MAX_DEPTH:
            raise RuleError(f"nested more than {MAX_DEPTH} levels deep", self.path, line, column)
        span = (node.start_mark.index, node.end_mark.index)
        if isinstance(node, yaml.MappingNode):
            out: dict[str, Node] = {}
            marks: dict[str, tuple[int, int]] = {}
            for key_node, value_node in node.value:
                kline, kcol = key_node.start_mark.line + 1, key_node.start_mark.column + 1
                if not isinstance(key_node, yaml.ScalarNode):
                    raise RuleError("keys must be strings", self.path, kline, kcol)
                key = _SCALAR_LOADER.construct_object(key_node)
                if not isinstance(key, str):
                    raise RuleError("keys must be strings", self.path, kline, kcol)
                if key in out:
                    raise RuleError(f"duplicate key '{key}'", self.path, kline, kcol)
                out[key] = self.convert(value_node, depth + 1)
                marks[key] = (kline, kcol)
            return Node(out, self.path, line, column, marks, self.source, span)
        if isinstance(node, yaml.SequenceNode):
            items = [self.convert(item, depth + 1) for item in node.value]
            return Node(items, self.path, line, column, {}, self.source, span)
        value = _SCALAR_LOADER.construct_object(node)
        return Node(value, self.path, line, column, {}, self.source, span)

    def _alias_error(self) -> RuleError:
        # Composed nodes do not say where an alias was written; the events do.
        message = "YAML aliases (*name) are not allowed in rule packs"
        for event in yaml.parse(self.source, Loader=_FAST_LOADER):
            mark = event.start_mark
            if isinstance(event, yaml.AliasEvent) and mark is not None:
                return RuleError(message, self.path, mark.line + 1, mark.column + 1)
        return RuleError(message, self.path)


def load_yaml(path: Path, display: str | None = None) -> Node:
    """Parse a YAML file into :class:`Node` values, rejecting duplicate keys."""
    shown = display or str(path)
    text = _read_text(path, shown)
    try:
        root = yaml.compose(text, Loader=_FAST_LOADER)
    except yaml.YAMLError as fast_error:
        root = _compose_or_raise(text, shown, fast_error)
    if root is None:
        raise RuleError("empty file", shown, 1, 1)
    return _Converter(shown, text).convert(root)


def _read_text(path: Path, shown: str) -> str:
    """The file's text; a pack that names a FIFO or a device (which would block the
    loader, or never end), or a file over :data:`MAX_FILE_BYTES`, is refused."""
    try:
        fd = os.open(path, os.O_RDONLY | os.O_NONBLOCK)
    except OSError as exc:
        raise RuleError(f"cannot read: {exc.strerror or exc}", shown) from None
    try:
        info = os.fstat(fd)
        if not stat.S_ISREG(info.st_mode):
            raise RuleError("not a regular file", shown)
        if info.st_size > MAX_FILE_BYTES:
            raise RuleError(f"larger than {MAX_FILE_BYTES:,} bytes", shown)
        with os.fdopen(fd, "rb", closefd=False) as handle:
            data = handle.read(MAX_FILE_BYTES + 1)
    except OSError as exc:
        raise RuleError(f"cannot read: {exc.strerror or exc}", shown) from None
    finally:
        os.close(fd)
    if len(data) > MAX_FILE_BYTES:
        raise RuleError(f"larger than {MAX_FILE_BYTES:,} bytes", shown)
    try:
        return data.decode("utf-8")
    except UnicodeDecodeError as exc:
        raise RuleError(
            f"cannot read: not UTF-8 ({exc.reason} at byte {exc.start})", shown
        ) from None


def _compose_or_raise(text: str, shown: str, fast_error: yaml.YAMLError) -> yaml.Node | None:
    """Compose with the pure-Python parser, whose messages are the same wherever
    factcheck runs, turning its errors into located ones."""
    try:
        return yaml.compose(text, Loader=yaml.SafeLoader)
    except RecursionError:
        # Nesting deeper than the pure-Python parser's stack; libyaml said where.
        mark = getattr(fast_error, "problem_mark", None)
        line, column = (mark.line + 1, mark.column + 1) if mark else (None, None)
        problem = getattr(fast_error, "problem", None) or "nested too deeply"
        raise RuleError(f"invalid YAML: {problem}", shown, line, column) from None
    except yaml.MarkedYAMLError as exc:
        mark, message = exc.problem_mark, exc.problem or exc.context
        if exc.context_mark and (mark is None or mark.index >= len(text.rstrip())):
            # Running off the end of the file: the mistake is where the thing that never
            # ended began (an unclosed quote or bracket).
            mark, message = exc.context_mark, f"{exc.problem} {exc.context}"
        line = mark.line + 1 if mark else None
        column = mark.column + 1 if mark else None
        raise RuleError(f"invalid YAML: {message}", shown, line, column) from None
    except yaml.YAMLError as exc:
        raise RuleError(f"invalid YAML: {exc}", shown) from None
