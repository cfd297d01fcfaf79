"""The seed article with no sources given: search finds the 2023 strike pages on its own,
from the seed cassette, and the strike claims are supported from them."""

from __future__ import annotations

import json
import shutil
from pathlib import Path
from typing import Any

import pytest

from factcheck.cli import main

from .conftest import SEED, SEED_CASSETTE

SAG = "https://en.wikipedia.org/wiki/2023_SAG-AFTRA_strike"
WGA = "https://en.wikipedia.org/wiki/2023_Writers_Guild_of_America_strike"


def run_cli(capsys: pytest.CaptureFixture[str], *args: str) -> tuple[int, dict[str, Any]]:
    with pytest.raises(SystemExit) as done:
        main(["check", *args, "--replay", str(SEED_CASSETTE), "--no-cache", "--format", "json"])
    out, err = capsys.readouterr()
    assert err == "", err
    return int(done.value.code or 0), json.loads(out)


@pytest.fixture
def bare_seed(tmp_path: Path) -> Path:
    """The seed article alone: no sidecar sources list, no links in its text."""
    copy = tmp_path / SEED.name
    shutil.copyfile(SEED, copy)
    assert not (tmp_path / "netflix-ai-hiring.sources.txt").exists()
    return copy


def strike_claims(report: dict[str, Any]) -> list[dict[str, Any]]:
    return [c for c in report["articles"][0]["claims"] if c["type"] == "strike"]


def test_search_finds_the_strike_pages_and_supports_the_strike_claim(
    capsys: pytest.CaptureFixture[str], bare_seed: Path
) -> None:
    code, report = run_cli(capsys, str(bare_seed))
    assert code == 0
    assert [(s["url"], s["origin"], s["error"]) for s in report["sources"]] == [
        (SAG, "search", None),
        (WGA, "search", None),
    ]
    claims = strike_claims(report)
    assert [c["text"] for c in claims] == [
        "strike by Hollywood actors and writers against major studios, including Netflix",
        "actors and writers are currently on strike against major studios",
    ]
    for claim in claims:
        assert claim["verdict"] == "supported"
        assert {e["url"] for e in claim["evidence"]} == {SAG, WGA}
        assert all(e["stance"] == "supports" for e in claim["evidence"])
    assert "SAG-AFTRA" in claims[0]["rationale"] and "WGA" in claims[0]["rationale"]
    assert report["summary"]["sources_failed"] == 0


def test_without_search_the_bare_seed_has_nothing_to_go_on(
    capsys: pytest.CaptureFixture[str], bare_seed: Path
) -> None:
    code, report = run_cli(capsys, str(bare_seed), "--no-search")
    assert code == 0
    assert report["sources"] == []
    assert {c["verdict"] for c in strike_claims(report)} == {"unverified"}


def test_with_its_sources_list_search_adds_nothing_and_fails_nothing(
    capsys: pytest.CaptureFixture[str],
) -> None:
    """The README's quickstart: search is on, every search is answered by the cassette,
    and the pages it finds are ones the sources list already names."""
    code, searched = run_cli(capsys, str(SEED))
    no_search_code, plain = run_cli(capsys, str(SEED), "--no-search")
    assert searched["summary"]["sources_failed"] == 0
    assert {s["origin"] for s in searched["sources"]} == {"named"}
    assert searched["sources"] == plain["sources"]
    verdicts = [(c["id"], c["verdict"]) for c in searched["articles"][0]["claims"]]
    assert verdicts == [(c["id"], c["verdict"]) for c in plain["articles"][0]["claims"]]
    assert code == no_search_code
