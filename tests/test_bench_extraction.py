"""bench/extraction.py on a tiny folder of the benchmark's layout: pages written for the
test, scored with the benchmark's own evaluate.py (linked, read in place)."""

from __future__ import annotations

import gzip
import importlib
import json
import sys
from pathlib import Path
from types import ModuleType

import pytest

BENCH = Path(__file__).resolve().parents[1] / "bench"
SCORER = Path(__file__).resolve().parents[2] / "shared" / "data" / "article-extraction"

STORY = (
    "The library reopened its reading room on Monday after a year of repairs to the roof.",
    "Visitors can again borrow books from the local history collection on weekdays.",
)
PAGES = {
    "dated": (
        '<html><head><meta property="article:published_time" content="2024-05-06T08:00:00Z">'
        "</head><body><nav><a href='/'>Home</a><a href='/a'>A</a><a href='/b'>B</a></nav>"
        f"<article><h1>Reading room reopens</h1><p>{STORY[0]}</p><p>{STORY[1]}</p></article>"
        "<footer>Town Library, all rights reserved.</footer></body></html>"
    ),
    "undated": f"<html><body><div><p>{STORY[1]}</p><p>{STORY[0]}</p></div></body></html>",
}


@pytest.fixture(scope="module")
def bench() -> ModuleType:
    sys.path.insert(0, str(BENCH))
    try:
        return importlib.import_module("extraction")
    finally:
        sys.path.remove(str(BENCH))


@pytest.fixture
def folder(tmp_path: Path) -> Path:
    if not (SCORER / "evaluate.py").is_file():
        pytest.skip("the benchmark's evaluate.py is not in ../shared")
    (tmp_path / "evaluate.py").symlink_to(SCORER / "evaluate.py")
    (tmp_path / "html").mkdir()
    truth = {}
    for key, html in PAGES.items():
        (tmp_path / "html" / f"{key}.html.gz").write_bytes(gzip.compress(html.encode()))
        order = STORY if key == "dated" else STORY[::-1]
        truth[key] = {"articleBody": "\n\n".join(order), "url": f"https://lib.example/{key}"}
    (tmp_path / "ground-truth.json").write_text(json.dumps(truth), encoding="utf-8")
    return tmp_path


def test_factcheck_and_the_floor_are_scored_with_the_benchmarks_metric(
    bench: ModuleType, folder: Path
) -> None:
    results, _ = bench.score(folder, {"factcheck", "bs4"})
    ours = results["factcheck"]
    assert ours["f1"] == ours["precision"] == ours["recall"] == 1.0
    assert ours["dated"] == 0.5
    assert [p["recall"] for p in ours["pages"]] == [1.0, 1.0]
    # Body text keeps the menu and the footer: full recall, lower precision.
    assert results["bs4"]["recall"] == 1.0 > results["bs4"]["precision"]


def test_json_output_has_the_documented_keys(
    bench: ModuleType, folder: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    assert bench.main([str(folder), "--json", "--only", "factcheck"]) == 0
    summary = json.loads(capsys.readouterr().out)
    assert set(summary["factcheck"]) >= {"f1", "precision", "recall", "median_ms", "dated"}


def test_a_folder_without_ground_truth_is_refused(
    bench: ModuleType, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    assert bench.main([str(tmp_path)]) == 2
    assert "no ground-truth.json" in capsys.readouterr().err
