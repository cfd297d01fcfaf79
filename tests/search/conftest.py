"""Fixtures for the search tests: a fake API server and fetch options fit for it."""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path
from typing import Any

import pytest

from factcheck.check import CheckOptions, check
from factcheck.claims.extract import extract_claims
from factcheck.model import CheckedClaim, Report
from factcheck.reading import read_article
from factcheck.rulepacks.ruleset import RuleSet
from factcheck.sources.fetch import FetchOptions
from factcheck.sources.search import GOOGLE_KEY_ENV, SearchOptions

from .fakeapi import FakeAPI

ROOT = Path(__file__).resolve().parents[2]
UAW_DRAFT = Path(__file__).parent / "uaw-draft.md"
UAW_CASSETTE = ROOT / "cassettes" / "search-uaw-strike.yaml"
SEED = ROOT / "seeds" / "netflix-ai-hiring.txt"
SEED_CASSETTE = ROOT / "cassettes" / "netflix-ai-hiring.yaml"


@pytest.fixture(autouse=True)
def _no_key_from_the_environment(monkeypatch: pytest.MonkeyPatch) -> None:
    """A developer's own key must not change what the tests select or send."""
    monkeypatch.delenv(GOOGLE_KEY_ENV, raising=False)


@pytest.fixture
def api() -> Iterator[FakeAPI]:
    """A fresh fake search service on 127.0.0.1."""
    with FakeAPI() as server:
        yield server


@pytest.fixture
def loopback(tmp_path: Path) -> FetchOptions:
    """Fetching from loopback quickly: no politeness delay, short retries, no cache."""
    return FetchOptions(
        allow_private=True,
        host_delay=0,
        use_cache=False,
        obey_robots=False,
        retry_backoff=0.01,
        retry_after_cap=0.5,
        connect_timeout=2.0,
        read_timeout=2.0,
    )


@pytest.fixture
def replay() -> FetchOptions:
    """Answering every request from the UAW search cassette."""
    return FetchOptions(replay=UAW_CASSETTE, use_cache=False)


def check_draft(
    ruleset: Any, search: SearchOptions | None, fetch: FetchOptions, path: Path = UAW_DRAFT
) -> Report:
    """Check one draft with these search and fetch options."""
    return check([str(path)], CheckOptions(fetch=fetch, search=search), ruleset=ruleset)


def draft_claims(ruleset: RuleSet) -> int:
    """How many claims the UAW draft holds: a run whose search fails still checks them all."""
    return len(extract_claims(read_article(str(UAW_DRAFT)), ruleset))


def claim_of(report: Report, claim_type: str, words: str) -> CheckedClaim:
    """The checked claim of ``claim_type`` whose sentence holds ``words``: tests name claims by
    what they say, not by ids that shift when extraction finds one more claim."""
    return next(
        c
        for c in report.checked_claims()
        if c.claim.type == claim_type and words in c.claim.sentence.text
    )


def failed(report: Report) -> list[tuple[str, str | None, str]]:
    """(url, error, detail) of every source that failed ("" for no detail)."""
    return [(s.url, s.error, s.detail or "") for s in report.sources if s.error]
