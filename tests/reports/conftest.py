"""The seed's report, made once per session, and golden-file comparison."""

from __future__ import annotations

import contextlib
import difflib
import re
from collections.abc import Callable
from pathlib import Path

import pytest

from factcheck import __version__
from factcheck.check import CheckOptions, check
from factcheck.model import Report
from factcheck.reports.options import ClaimReviewSettings, RenderOptions
from factcheck.rulepacks.ruleset import RuleSet
from factcheck.sources.fetch import FetchOptions
from factcheck.sources.search import SearchOptions

ROOT = Path(__file__).resolve().parents[2]
GOLDEN = ROOT / "tests" / "golden"
SEED = "seeds/netflix-ai-hiring.txt"
CASSETTE = ROOT / "cassettes" / "netflix-ai-hiring.yaml"
# The publisher the golden ClaimReview is rendered for.
PUBLISHER = ClaimReviewSettings(
    author="Example Standards Desk",
    author_url="https://news.example/standards",
    page_url="https://news.example/2023/07/netflix-ai-hiring",
)


def seed_options() -> CheckOptions:
    """What ``factcheck check SEED --replay CASSETTE`` runs with, without a disk cache."""
    fetch = FetchOptions(replay=CASSETTE, use_cache=False)
    return CheckOptions(fetch=fetch, search=SearchOptions())


@pytest.fixture(scope="session")
def seed_report(ruleset: RuleSet) -> Report:
    """The seed article checked against its cassette, as the CLI would (relative path)."""
    with contextlib.chdir(ROOT):
        return check([SEED], seed_options(), ruleset=ruleset)


@pytest.fixture(scope="session")
def render_options() -> RenderOptions:
    """Default policy, with a publisher for ClaimReview."""
    return RenderOptions(claimreview=PUBLISHER)


# golden(name, text): compares text with tests/golden/NAME.
Golden = Callable[[str, str], None]


def without_version(text: str) -> str:
    """``text`` with factcheck's version number written as ``{VERSION}``: a release
    must not rewrite every golden file."""
    return re.sub(rf"(?<![\w.]){re.escape(__version__)}(?![\w.])", "{VERSION}", text)


@pytest.fixture
def golden(request: pytest.FixtureRequest) -> Golden:
    """``golden(name, text)``: compare ``text`` with tests/golden/NAME, or rewrite that
    file under ``--update-golden``."""
    update = request.config.getoption("--update-golden")

    def compare(name: str, text: str) -> None:
        path = GOLDEN / name
        text = without_version(text)
        if update:
            path.write_text(text, encoding="utf-8")
            return
        if not path.is_file():
            pytest.fail(f"{path} is missing: run `pytest tests/reports --update-golden`")
        want = path.read_text(encoding="utf-8")
        if text != want:
            diff = "".join(
                difflib.unified_diff(
                    want.splitlines(keepends=True),
                    text.splitlines(keepends=True),
                    f"golden/{name}",
                    "rendered",
                    n=2,
                )
            )
            pytest.fail(
                f"{name} differs from its golden file (review, then rewrite with "
                f"`pytest tests/reports --update-golden`):\n{diff[:6000]}"
            )

    return compare
