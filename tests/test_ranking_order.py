"""Every ranking has a total order: equal scores never depend on the order candidates
arrive in, on numpy's sort kernel (chosen by CPU) or on the hash seed."""

from __future__ import annotations

import json
import os
import random
import subprocess
import sys
from collections.abc import Callable
from pathlib import Path
from typing import Any

import pytest
from conftest import ROOT

from factcheck.claims.extract import Extractor
from factcheck.evidence.common import Assessment, tally
from factcheck.evidence.index import EvidenceIndex
from factcheck.rulepacks.ruleset import RuleSet
from factcheck.sources.gather import page_from_text

# Sentences a query matches equally well: the same words on every page, in several
# places on each page.
_SENTENCE = "The harbour ferry carried 412 passengers across the bay on Sunday morning."
_FILLER = "Gulls circled over the pier while the tide turned."


def _index(ruleset: RuleSet, pages: int = 12, copies: int = 3) -> EvidenceIndex:
    text = " ".join([_SENTENCE, _FILLER] * copies)
    made = [
        page_from_text(f"https://ferries.example/{n}", text, content_type="text/plain")
        for n in range(pages)
    ]
    return EvidenceIndex(made, Extractor(ruleset))


def test_equal_scores_rank_by_source_then_position(ruleset: RuleSet) -> None:
    index = _index(ruleset)
    [ranked] = index.rank([["harbour ferry carried 412 passengers across the bay"]], limit=25)
    tied = [c for c in ranked if c.score == ranked[0].score]
    assert len(tied) == 25  # 36 equal sentences, cut at the limit
    positions = [
        (index.sentences[c.index].page, index.sentences[c.index].sentence.start) for c in tied
    ]
    assert positions == sorted(positions)
    assert [c.index for c in tied] == sorted(c.index for c in tied)


def test_boosted_pages_come_first_then_source_order(ruleset: RuleSet) -> None:
    index = _index(ruleset, pages=4, copies=2)
    [ranked] = index.rank(
        [["harbour ferry carried 412 passengers to the island"]], boosts=[{2}], limit=8
    )
    pages = [index.sentences[c.index].page for c in ranked]
    assert pages == [2, 2, 0, 0, 1, 1, 3, 3]


def test_tally_does_not_depend_on_the_order_it_is_fed(ruleset: RuleSet) -> None:
    index = _index(ruleset, pages=6, copies=2)
    # Two sentences per page and stance, all of equal weight and score.
    assessments = [
        Assessment(i, "supports" if i % 3 else "contradicts", 0.8, 70.0, f"value {i}")
        for i in range(len(index))
        if index.sentences[i].text == _SENTENCE
    ]
    expected = tally(assessments, index)
    for seed in range(20):
        shuffled = assessments[:]
        random.Random(seed).shuffle(shuffled)
        assert tally(shuffled, index) == expected
    # One per page and stance, the page's first sentence, pages in source order.
    chosen = [*expected.supports, *expected.contradicts]
    keys = [(index.sentences[a.index].page, a.stance) for a in chosen]
    assert len(keys) == len(set(keys))
    assert [a.index for a in expected.supports] == sorted(a.index for a in expected.supports)


def _under_hash_seed(hash_seed: str, *args: str) -> subprocess.CompletedProcess[str]:
    """``python ARGS`` run from the project's root under ``hash_seed``, with no
    FACTCHECK_ settings of the test run."""
    env = {k: v for k, v in os.environ.items() if not k.startswith("FACTCHECK_")}
    env["PYTHONHASHSEED"] = hash_seed
    return subprocess.run(
        [sys.executable, *args],
        cwd=ROOT,
        env=env,
        capture_output=True,
        text=True,
        timeout=60,
        check=False,
    )


def _seed_report(hash_seed: str, cache: Path) -> dict[str, Any]:
    run = _under_hash_seed(
        hash_seed,
        "-m",
        "factcheck",
        "check",
        "seeds/netflix-ai-hiring.txt",
        "--replay",
        "cassettes/netflix-ai-hiring.yaml",
        "--cache-dir",
        str(cache),
        "--format",
        "json",
    )
    assert run.returncode == 1, run.stderr
    report: dict[str, Any] = json.loads(run.stdout)
    return report


def test_the_seed_report_is_the_same_under_any_hash_seed(
    tmp_path: Path, warm_rules: Callable[[Path], None]
) -> None:
    # Each run has a cache folder of its own, holding only the derived rule data.
    for name in ("first", "second"):
        warm_rules(tmp_path / name)
    assert _seed_report("0", tmp_path / "first") == _seed_report("4242", tmp_path / "second")


_TWO_ANTONYMS = """
import sys
sys.path.insert(0, "tests")
from judging import verdict_on
from factcheck.cachedir import default_cache_dir
from factcheck.check import load_rules
text = "<p>At Velden Cider in 2023, sales fell and prices decreased.</p>"
page = {"https://news.example.org/cider": text}
claim = "At Velden Cider in 2023, sales rose and prices increased."
print(verdict_on(claim, page, load_rules(cache_dir=default_cache_dir()), "statement").rationale)
"""


@pytest.mark.usefixtures("warm_rules")
def test_the_antonym_named_is_the_same_under_any_hash_seed() -> None:
    """A sentence with two antonyms of the claim's words names the same one every run."""
    said = set()
    for hash_seed in ("0", "9", "4242"):
        run = _under_hash_seed(hash_seed, "-c", _TWO_ANTONYMS)
        assert run.returncode == 0, run.stderr
        said.add(run.stdout)
    assert len(said) == 1, said
    assert "where the claim has" in said.pop()
