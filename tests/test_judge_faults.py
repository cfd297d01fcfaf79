"""A comparator that fails on one claim costs that claim its verdict, not the article's."""

from __future__ import annotations

from typing import Any

import pytest
from judging import run

from factcheck.evidence.strikes import StrikeComparator

PAGE = """<h1>Ferry crews end walkout</h1>
<p>Deckhands at Bluewater Ferries walked out on 3 May, led by the Coastal Seafarers Union.</p>
<p>The company pays a deckhand $24 an hour.</p>"""
URL = "http://ferry.test/news/walkout"
DRAFT = (
    "# Ferries\n\nDeckhands at Bluewater Ferries walked out on 3 May, led by the Coastal "
    f"Seafarers Union ([report]({URL})). Bluewater pays a deckhand $24 an hour.\n"
)


def _broken(*args: Any, **kwargs: Any) -> Any:
    raise ValueError("a fault planted by the test")


def test_a_failing_comparator_leaves_the_other_claims_decided(
    ruleset: Any, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.delenv("FACTCHECK_DEBUG", raising=False)
    monkeypatch.setattr(StrikeComparator, "assess", _broken)
    claims = {c.claim.type: c.verdict for c in run(DRAFT, {URL: PAGE}, ruleset)}
    assert claims["strike"].label == "unverified"
    assert "failed on this claim (ValueError" in claims["strike"].rationale
    assert claims["salary"].label == "supported", claims["salary"].rationale


def test_the_fault_is_raised_when_debugging(ruleset: Any, monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setenv("FACTCHECK_DEBUG", "1")
    monkeypatch.setattr(StrikeComparator, "assess", _broken)
    with pytest.raises(ValueError, match="planted"):
        run(DRAFT, {URL: PAGE}, ruleset)
