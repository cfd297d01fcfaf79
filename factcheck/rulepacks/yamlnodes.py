"""YAML with positions: every value remembers the file, line and column it came from, so
that a rule pack's errors can say ``path:line:col: message``."""

from __future__ import annotations

from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

import yaml

from factcheck.errors import RuleError

_SCALAR_LOADER = yaml.SafeLoader("")


@dataclass(frozen=True)
class Node:
    """A YAML value with its position. Mappings hold ``dict[str, Node]``; sequences
    ``list[Node]``; scalars their Python value."""

    value: Any
    path: str
    line: int
    column: int
    key_marks: dict[str, tuple[int, int]] = field(default_factory=dict, compare=False)

    def error(self, message: str) -> RuleError:
        """A RuleError located at this value."""
        return RuleError(message, self.path, self.line, self.column)

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
            known = ", ".join(sorted(allowed))
            raise RuleError(f"unknown key '{key}' (known keys: {known})", node.path, line, column)
    missing = sorted(required - mapping.keys())
    if missing:
        raise node.error(f"missing required key '{missing[0]}'")
    return mapping


def _convert(node: yaml.Node, path: str) -> Node:
    line, column = node.start_mark.line + 1, node.start_mark.column + 1
    if isinstance(node, yaml.MappingNode):
        out: dict[str, Node] = {}
        marks: dict[str, tuple[int, int]] = {}
        for key_node, value_node in node.value:
            key = _SCALAR_LOADER.construct_object(key_node)
            kline, kcol = key_node.start_mark.line + 1, key_node.start_mark.column + 1
            if not isinstance(key, str):
                raise RuleError("keys must be strings", path, kline, kcol)
            if key in out:
                raise RuleError(f"duplicate key '{key}'", path, kline, kcol)
            out[key] = _convert(value_node, path)
            marks[key] = (kline, kcol)
        return Node(out, path, line, column, marks)
    if isinstance(node, yaml.SequenceNode):
        return Node([_convert(item, path) for item in node.value], path, line, column)
    return Node(_SCALAR_LOADER.construct_object(node), path, line, column)


def load_yaml(path: Path, display: str | None = None) -> Node:
    """Parse a YAML file into :class:`Node` values, rejecting duplicate keys."""
    shown = display or str(path)
    try:
        text = path.read_text(encoding="utf-8")
    except (OSError, UnicodeDecodeError) as exc:
        raise RuleError(f"cannot read: {exc}", shown) from None
    try:
        root = yaml.compose(text, Loader=yaml.SafeLoader)
    except yaml.MarkedYAMLError as exc:
        mark = exc.problem_mark or exc.context_mark
        line = mark.line + 1 if mark else None
        column = mark.column + 1 if mark else None
        raise RuleError(
            f"invalid YAML: {exc.problem or exc.context}", shown, line, column
        ) from None
    except yaml.YAMLError as exc:
        raise RuleError(f"invalid YAML: {exc}", shown) from None
    if root is None:
        raise RuleError("empty file", shown, 1, 1)
    return _convert(root, shown)
