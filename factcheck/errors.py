"""Errors the library raises. The CLI maps every one of them to exit code 2.

    FactcheckError
     ├── UsageError      options that cannot work together, or a bad value
     ├── InputError      an article that cannot be read or decoded
     ├── RuleError       an invalid rule pack (carries path, line, column)
     └── ConfigError     an invalid settings file (carries path, line)

A source that cannot be fetched is not an error: it is data, reported in the
``sources`` of the report with a short machine-readable ``error`` code.
"""

from __future__ import annotations


class FactcheckError(Exception):
    """Base class: the run could not be done as asked."""


class UsageError(FactcheckError):
    """An option or argument that cannot be used."""


class InputError(FactcheckError):
    """An article that cannot be read."""


class LocatedError(FactcheckError):
    """An error at a place in a file, shown as ``path:line:col: message``."""

    def __init__(self, message: str, path: str, line: int | None = None, column: int | None = None):
        self.message = message
        self.path = path
        self.line = line
        self.column = column
        super().__init__(str(self))

    def __str__(self) -> str:
        where = self.path
        if self.line is not None:
            where += f":{self.line}"
            if self.column is not None:
                where += f":{self.column}"
        return f"{where}: {self.message}"


class RuleError(LocatedError):
    """An invalid rule pack or knowledge table."""


class ConfigError(LocatedError):
    """An invalid settings file or setting."""
