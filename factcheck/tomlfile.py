"""Read a TOML settings file and say on which line each key is, for error messages.

``tomllib`` gives values but no positions, so :class:`KeyLines` scans the text for
table headers and ``key =`` lines. It understands dotted and quoted keys, arrays of
tables and values that run over several lines; anything it cannot place falls back to
the line of the enclosing table.
"""

from __future__ import annotations

import re
import tomllib
from pathlib import Path
from typing import Any

from factcheck.errors import ConfigError

KeyPath = tuple[str | int, ...]

_HEADER = re.compile(r"^\s*(\[\[?)\s*(.+?)\s*\]\]?\s*(?:#.*)?$")
_BARE_OR_QUOTED = r"""(?:[A-Za-z0-9_-]+|"[^"]*"|'[^']*')"""
_KEY = re.compile(rf"^\s*({_BARE_OR_QUOTED}(?:\s*\.\s*{_BARE_OR_QUOTED})*)\s*=(.*)$")
_PART = re.compile(r"""[A-Za-z0-9_-]+|"([^"]*)"|'([^']*)'""")
_TOML_POSITION = re.compile(r"\(at line (\d+), column (\d+)\)")


def _parts(dotted: str) -> tuple[str, ...]:
    return tuple(m.group(1) or m.group(2) or m.group(0) for m in _PART.finditer(dotted))


class KeyLines:
    """Where each key of a TOML document is written (1-based line numbers)."""

    def __init__(self, text: str):
        self._lines: dict[KeyPath, int] = {}
        counts: dict[tuple[str, ...], int] = {}
        table: KeyPath = ()
        pending = ""  # the opening quote or bracket of a value still running
        depth = 0
        for number, line in enumerate(text.splitlines(), start=1):
            if pending:
                depth, pending = self._continue(line, pending, depth)
                continue
            header = _HEADER.match(line)
            if header and not _KEY.match(line):
                parts = _parts(header.group(2))
                if header.group(1) == "[[":
                    index = counts.get(parts, 0)
                    counts[parts] = index + 1
                    table = (*parts, index)
                else:
                    table = parts
                self._lines.setdefault(table, number)
                continue
            key = _KEY.match(line)
            if key:
                path = (*table, *_parts(key.group(1)))
                self._lines.setdefault(path, number)
                depth, pending = self._opens(key.group(2))

    @staticmethod
    def _opens(value: str) -> tuple[int, str]:
        value = value.strip()
        for quote in ('"""', "'''"):
            if value.startswith(quote) and value.count(quote) == 1:
                return 0, quote
        if value.startswith("["):
            depth = value.count("[") - value.count("]")
            return (depth, "[") if depth > 0 else (0, "")
        return 0, ""

    @staticmethod
    def _continue(line: str, pending: str, depth: int) -> tuple[int, str]:
        if pending in ('"""', "'''"):
            return (0, "") if pending in line else (0, pending)
        depth += line.count("[") - line.count("]")
        return (depth, "[") if depth > 0 else (0, "")

    def line(self, path: KeyPath) -> int | None:
        """The line of ``path``, or of the nearest enclosing table that has one."""
        while path:
            if path in self._lines:
                return self._lines[path]
            path = path[:-1]
        return None


def load_toml(path: Path) -> tuple[dict[str, Any], KeyLines]:
    """Parse a TOML file; a syntax error becomes a :class:`ConfigError` at its line."""
    try:
        text = path.read_text(encoding="utf-8")
    except FileNotFoundError:
        raise ConfigError("no such file", str(path)) from None
    except (OSError, UnicodeDecodeError) as exc:
        raise ConfigError(f"cannot read: {exc}", str(path)) from None
    try:
        data = tomllib.loads(text)
    except tomllib.TOMLDecodeError as exc:
        message = str(exc)
        where = _TOML_POSITION.search(message)
        line = int(where.group(1)) if where else None
        column = int(where.group(2)) if where else None
        if "(at end of document)" in message:
            line = text.count("\n") + (0 if text.endswith("\n") else 1)
        message = _TOML_POSITION.sub("", message).replace("(at end of document)", "").strip()
        raise ConfigError(f"invalid TOML: {message}", str(path), line, column) from None
    return data, KeyLines(text)
