"""--max-claims: reading an article stops after N claims, and stderr and the report say
where and why; 0 lifts the limit."""

from __future__ import annotations

import dataclasses
import json
from pathlib import Path
from typing import Any

import pytest
from click.testing import CliRunner, Result

from factcheck.check import DEFAULT_MAX_CLAIMS
from factcheck.cli import cli

TRADES = ["welders", "glaziers", "riggers", "tilers", "roofers", "plasterers"]


@pytest.fixture(autouse=True)
def _isolated(monkeypatch: pytest.MonkeyPatch, tmp_path: Path, rules_loaded_once: None) -> None:
    monkeypatch.setenv("XDG_CACHE_HOME", str(tmp_path / "cache"))
    monkeypatch.chdir(tmp_path)


def _draft(tmp_path: Path, paragraphs: int) -> Path:
    lines = [
        f"Apprentice {TRADES[i % len(TRADES)]} at the Fenwick yard are paid "
        f"${31 + i},{i % 10}00 a year, the yard's accounts show."
        for i in range(paragraphs)
    ]
    path = tmp_path / "draft.txt"
    path.write_text("\n\n".join(lines) + "\n", encoding="utf-8")
    return path


def _check(path: Path, *extra: str) -> tuple[Result, dict[str, Any]]:
    result = CliRunner().invoke(
        cli, ["check", str(path), "--no-search", "--format", "json", "-o", "out.json", *extra]
    )
    assert result.exit_code == 0, result.output
    return result, json.loads(Path("out.json").read_text(encoding="utf-8"))


def test_reading_stops_at_the_limit_and_says_where(tmp_path: Path) -> None:
    result, report = _check(_draft(tmp_path, 30), "--max-claims", "12")
    [article] = report["articles"]
    assert len(article["claims"]) == 12
    [note] = article["notes"]
    assert "--max-claims 12" in note and "stopped reading at line 25" in note
    [warning] = result.stderr.strip().splitlines()
    assert warning.startswith("factcheck: warning: ") and note in warning
    # the note survives re-rendering the saved report
    text = CliRunner().invoke(cli, ["report", "out.json", "--format", "text"])
    assert f"note: {note}" in text.output


@pytest.mark.parametrize("limit", ["0", "30", "31"])
def test_no_note_when_the_limit_does_not_bite(tmp_path: Path, limit: str) -> None:
    result, report = _check(_draft(tmp_path, 30), "--max-claims", limit)
    [article] = report["articles"]
    assert len(article["claims"]) == 30
    assert "notes" not in article and result.stderr == ""


def test_the_default_limit_is_documented() -> None:
    help_text = CliRunner().invoke(cli, ["check", "--help"]).output
    assert f"default: {DEFAULT_MAX_CLAIMS}" in help_text
    readme = (Path(__file__).resolve().parents[1] / "README.md").read_text(encoding="utf-8")
    assert "--max-claims" in readme and f"{DEFAULT_MAX_CLAIMS:,}" in readme


def test_a_cluster_task_stops_at_the_limit_too(tmp_path: Path) -> None:
    # A Dask batch reads each article in a task of its own; the limit and its note
    # must hold there as in one process.
    from factcheck.check import CheckOptions
    from factcheck.cluster.tasks import judge, read_extract

    options = dataclasses.replace(CheckOptions(), max_claims=12)
    extracted = read_extract(str(_draft(tmp_path, 30)), options)
    assert len(extracted.claims) == 12
    assert extracted.requests == []
    result, _ = judge(extracted, options)
    [note] = result.notes
    assert "--max-claims 12" in note and "stopped reading at line 25" in note
