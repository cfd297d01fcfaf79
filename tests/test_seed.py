"""The seed article, checked offline from its hand-written cassette: the verdicts the
public record supports (see seeds/netflix-ai-hiring.txt and its cassette)."""

from __future__ import annotations

import json
from pathlib import Path
from typing import Any

import pytest
from click.testing import CliRunner

from factcheck.cli import cli

ROOT = Path(__file__).resolve().parents[1]
SEED = ROOT / "seeds" / "netflix-ai-hiring.txt"
CASSETTE = ROOT / "cassettes" / "netflix-ai-hiring.yaml"
# The exit code and the JSON report of one run.
SeedRun = tuple[int, dict[str, Any]]


@pytest.fixture(scope="module")
def seed_run() -> SeedRun:
    """One run of the README's check, with the JSON report."""
    result = CliRunner().invoke(
        cli, ["check", str(SEED), "--replay", str(CASSETTE), "--format", "json", "-q"]
    )
    report: dict[str, Any] = json.loads(result.stdout)
    return result.exit_code, report


def _claim(report: dict[str, Any], claim_type: str, words: str) -> dict[str, Any]:
    claims = [c for c in report["articles"][0]["claims"] if c["type"] == claim_type]
    matching: list[dict[str, Any]] = [c for c in claims if words in c["sentence"]]
    assert matching, f"no {claim_type} claim in a sentence with {words!r}"
    return matching[0]


def test_exit_code_is_1_for_the_contradicted_comparison(
    seed_run: SeedRun,
) -> None:
    code, report = seed_run
    assert code == 1
    assert report["summary"]["contradicted"] >= 1


def test_job_title_names_the_postings_exact_title(seed_run: SeedRun) -> None:
    claim = _claim(seed_run[1], "job_title", "Machine Learning Product Manager")
    assert claim["fields"]["title"] == "Machine Learning Product Manager"
    assert claim["fields"]["employer"] == "Netflix"
    assert claim["verdict"] in ("supported", "mixed")
    assert "Product Manager" in claim["rationale"]
    assert "Machine Learning Platform" in claim["rationale"]


def test_six_figure_salary_is_supported(seed_run: SeedRun) -> None:
    claim = _claim(seed_run[1], "salary", "six-figure salary")
    assert claim["text"] == "six-figure salary"
    assert claim["fields"]["min"] == 100000
    assert claim["fields"]["max"] == 999999
    assert claim["fields"]["currency"] == "USD"
    assert claim["fields"]["period"] == "year"
    assert claim["verdict"] == "supported"
    assert "$300,000" in claim["rationale"] and "$900,000" in claim["rationale"]


def test_strike_claim_names_the_unions_and_the_amptp(seed_run: SeedRun) -> None:
    claim = _claim(seed_run[1], "strike", "including Netflix")
    assert set(claim["fields"]["strikers"]) == {"SAG-AFTRA", "WGA"}
    assert "AMPTP" in claim["fields"]["against"]
    assert claim["verdict"] == "supported"


def test_reversed_comparison_is_contradicted_by_actors_pay(
    seed_run: SeedRun,
) -> None:
    claim = _claim(seed_run[1], "comparison", "pales in comparison")
    assert claim["fields"]["relation"] == "much_less"
    assert claim["verdict"] == "contradicted"
    quotes = " ".join(e["quote"] for e in claim["evidence"] if e["stance"] == "contradicts")
    assert "87%" in quotes and "$26,000" in quotes
    assert "$26,000" in claim["rationale"]


def test_every_decided_claim_cites_evidence(seed_run: SeedRun) -> None:
    for claim in seed_run[1]["articles"][0]["claims"]:
        if claim["verdict"] != "unverified":
            assert claim["evidence"], claim["id"]
            assert all(e["url"].startswith("http") for e in claim["evidence"])


def test_every_source_comes_from_the_cassette(seed_run: SeedRun) -> None:
    sources = seed_run[1]["sources"]
    assert sources
    assert all(s["error"] is None for s in sources), [s for s in sources if s["error"]]
    assert all(s["sha256"] and s["fetched_at"] for s in sources)
