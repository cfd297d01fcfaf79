"""Waivers: an editor's decision to accept a claim after review.

Two ways to waive a claim: an inline ``<!-- factcheck: ignore -->`` on its line of the
draft, or an entry in a waiver file keyed by the claim's fingerprint (which survives the
claim moving to another line)::

    [[waiver]]
    fingerprint = "6a1f0c2d9e3b4a57"
    by = "Dana Reyes, standards desk"
    reason = "The posting was edited after we filed; our figure matches the archived copy."
    expires = 2025-06-30        # optional: the waiver lapses after this day
    claim = "six-figure salary" # optional: a note for people reading the file

A waived claim keeps its verdict and is shown as waived; it never fails the run.
"""

from __future__ import annotations

import dataclasses
import datetime as dt
import re
from collections.abc import Mapping
from dataclasses import dataclass
from pathlib import Path
from typing import Any

from factcheck.errors import ConfigError
from factcheck.model import Report, Waiver
from factcheck.tomlfile import load_toml

WAIVER_FILE = ".factcheck-waivers.toml"
_FIELDS = {"fingerprint", "by", "reason", "expires", "claim"}
_FINGERPRINT = re.compile(r"[0-9a-f]{8,64}")


@dataclass(frozen=True)
class WaiverEntry:
    """One entry of a waiver file."""

    fingerprint: str
    waiver: Waiver
    expires: dt.date | None
    line: int | None


def inline_waiver(line: int) -> Waiver:
    """The waiver an inline ``<!-- factcheck: ignore -->`` marker gives."""
    return Waiver(
        by="the draft's author",
        reason=f"marked <!-- factcheck: ignore --> on line {line}",
        source="inline",
    )


def load_waivers(path: Path) -> list[WaiverEntry]:
    """Read a waiver file; any problem raises :class:`ConfigError` at ``file:line``."""
    data, lines = load_toml(path)
    where = str(path)
    extra = sorted(set(data) - {"waiver"})
    if extra:
        raise ConfigError(
            f"unknown key {extra[0]!r} (expected [[waiver]] tables)", where, lines.line((extra[0],))
        )
    tables = data.get("waiver", [])
    if not isinstance(tables, list):
        raise ConfigError(
            "'waiver' must be an array of tables ([[waiver]])", where, lines.line(("waiver",))
        )
    entries: list[WaiverEntry] = []
    seen: dict[str, int | None] = {}
    for index, table in enumerate(tables):
        at = lines.line(("waiver", index))
        unknown = sorted(set(table) - _FIELDS)
        if unknown:
            raise ConfigError(
                f"unknown waiver key {unknown[0]!r} (expected {', '.join(sorted(_FIELDS))})",
                where,
                lines.line(("waiver", index, unknown[0])),
            )
        values: dict[str, Any] = {}
        for key in ("fingerprint", "by", "reason"):
            value = table.get(key)
            if not isinstance(value, str) or not value.strip():
                raise ConfigError(
                    f"waiver needs '{key}' as a non-empty string",
                    where,
                    lines.line(("waiver", index, key)) or at,
                )
            values[key] = value.strip()
        fingerprint = values["fingerprint"].lower()
        if not _FINGERPRINT.fullmatch(fingerprint):
            raise ConfigError(
                f"fingerprint {values['fingerprint']!r} is not a claim fingerprint (hex digits)",
                where,
                lines.line(("waiver", index, "fingerprint")),
            )
        if fingerprint in seen:
            raise ConfigError(
                f"fingerprint {fingerprint} is already waived on line {seen[fingerprint]}",
                where,
                lines.line(("waiver", index, "fingerprint")),
            )
        seen[fingerprint] = lines.line(("waiver", index, "fingerprint"))
        expires = _date(table.get("expires"), where, lines.line(("waiver", index, "expires")))
        entries.append(
            WaiverEntry(fingerprint, Waiver(values["by"], values["reason"], where), expires, at)
        )
    return entries


def _date(value: Any, where: str, line: int | None) -> dt.date | None:
    if value is None:
        return None
    if isinstance(value, dt.datetime):
        return value.date()
    if isinstance(value, dt.date):
        return value
    if isinstance(value, str):
        try:
            return dt.date.fromisoformat(value)
        except ValueError:
            pass
    raise ConfigError("'expires' must be a date such as 2025-06-30", where, line)


def split_expired(
    entries: list[WaiverEntry], today: dt.date
) -> tuple[dict[str, Waiver], list[WaiverEntry]]:
    """The waivers in force on ``today`` by fingerprint, and the entries that lapsed."""
    active = {e.fingerprint: e.waiver for e in entries if e.expires is None or e.expires >= today}
    expired = [e for e in entries if e.expires is not None and e.expires < today]
    return active, expired


def apply_waivers(report: Report, waivers: Mapping[str, Waiver]) -> Report:
    """``report`` with every claim whose fingerprint has a waiver marked as waived (a claim
    already waived inline keeps that waiver)."""
    if not waivers:
        return report
    articles = tuple(
        dataclasses.replace(
            a,
            claims=tuple(
                dataclasses.replace(c, waiver=waivers[c.fingerprint])
                if c.waiver is None and c.fingerprint in waivers
                else c
                for c in a.claims
            ),
        )
        for a in report.articles
    )
    return dataclasses.replace(report, articles=articles)
