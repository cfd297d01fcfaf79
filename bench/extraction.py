"""Main-text extraction scored with the article-extraction benchmark's own metric.

A benchmark folder holds ``html/ID.html.gz`` (the page as fetched), ``ground-truth.json``
(``ID -> {"articleBody", "url"}``) and the benchmark's ``evaluate.py``, which is imported in
place: the scores are its shingle precision, recall and F1, averaged over pages. Every
extractor reads every page in the same run, page by page in turn, so machine load falls on
all of them alike:

  factcheck       factcheck.sources.pages.extract_page: its body blocks (not the title,
                  byline, captions or other roles), and its publication date
  trafilatura     trafilatura.extract(html): the benchmark's reference; the timing is the
                  text alone, the date is read afterwards (untimed) by its metadata reader
  trafilatura-nc  the same with include_comments=False, its best setting here
  readability     readability-lxml's summary as text (it reads no dates)
  bs4             BeautifulSoup(html, "lxml") body text: the floor

trafilatura and readability-lxml are bench-only (``pip install -e '.[bench]'``); an
extractor whose library is missing is skipped with a note.

    python bench/extraction.py ../shared/data/article-extraction
    python bench/extraction.py ../shared/data/article-extraction --json
    python bench/extraction.py FOLDER --only factcheck --worst 5
"""

from __future__ import annotations

import argparse
import gzip
import importlib.util
import json
import statistics
import sys
import time
import warnings
from collections.abc import Callable
from dataclasses import dataclass
from pathlib import Path
from types import ModuleType
from typing import Any

from factcheck.sources.pages import extract_page

# (main text, whether a publication date was found)
Extractor = Callable[[str, str], tuple[str, bool]]


@dataclass(frozen=True)
class BenchPage:
    """One page of a benchmark folder."""

    id: str
    url: str
    html: str


def load_scorer(folder: Path) -> ModuleType:
    """The benchmark's own ``evaluate.py``, imported from the folder where it lies."""
    spec = importlib.util.spec_from_file_location(
        "article_extraction_evaluate", folder / "evaluate.py"
    )
    if spec is None or spec.loader is None:
        raise SystemExit(f"error: no evaluate.py in {folder}")
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    return module


def load_pages(folder: Path) -> tuple[dict[str, dict[str, Any]], list[BenchPage]]:
    """The ground truth and the pages of a benchmark folder, in ID order."""
    truth = json.loads((folder / "ground-truth.json").read_text(encoding="utf-8"))
    pages = []
    for key in sorted(truth):
        raw = gzip.decompress((folder / "html" / f"{key}.html.gz").read_bytes())
        # As the benchmark's own runners read them: UTF-8 (a stray byte is not fatal here).
        pages.append(BenchPage(key, truth[key].get("url", ""), raw.decode("utf-8", "replace")))
    return truth, pages


def _factcheck(html: str, url: str) -> tuple[str, bool]:
    page = extract_page(html, url)
    return page.main_text(), page.published is not None


def _bs4() -> Extractor | str:
    try:
        import lxml  # noqa: F401  (the tree builder named below)
        from bs4 import BeautifulSoup
    except ImportError:
        return "beautifulsoup4 or lxml is not installed (pip install -e '.[bench]')"

    def run(html: str, url: str) -> tuple[str, bool]:
        soup = BeautifulSoup(html, "lxml")
        return (soup.body or soup).get_text("\n"), False

    return run


def _trafilatura(include_comments: bool) -> Extractor | str:
    try:
        import trafilatura
    except ImportError:
        return "trafilatura is not installed (pip install -e '.[bench]')"

    def run(html: str, url: str) -> tuple[str, bool]:
        return trafilatura.extract(html, include_comments=include_comments) or "", False

    return run


def _trafilatura_dated(html: str) -> bool:
    from trafilatura import extract_metadata

    meta = extract_metadata(html)
    return meta is not None and bool(meta.date)


def _readability() -> Extractor | str:
    try:
        import lxml.html
        from readability import Document
    except ImportError:
        return "readability-lxml is not installed (pip install -e '.[bench]')"

    def run(html: str, url: str) -> tuple[str, bool]:
        summary = Document(html).summary(html_partial=True)
        return lxml.html.fromstring(summary).text_content(), False

    return run


def extractors() -> dict[str, Extractor | str]:
    """Every extractor by name, or the note saying why it cannot run here."""
    return {
        "factcheck": _factcheck,
        "trafilatura": _trafilatura(include_comments=True),
        "trafilatura-nc": _trafilatura(include_comments=False),
        "readability": _readability(),
        "bs4": _bs4(),
    }


def _quiet(run: Extractor, html: str, url: str) -> tuple[str, bool, float]:
    started = time.perf_counter()
    with warnings.catch_warnings():
        warnings.simplefilter("ignore")
        text, dated = run(html, url)
    return text, dated, time.perf_counter() - started


def score(folder: Path, only: set[str] | None = None) -> tuple[dict[str, Any], list[str]]:
    """Scores of each extractor on a benchmark folder, and notes on those skipped.

    Each result has ``f1``, ``precision``, ``recall`` (the benchmark's metric), ``median_ms``
    (per page), ``dated`` (share of pages with a publication date) and ``pages`` (per-page
    recall and precision, worst recall first).
    """
    scorer = load_scorer(folder)
    truth, pages = load_pages(folder)
    runs: dict[str, Extractor] = {}
    notes: list[str] = []
    for name, run in extractors().items():
        if only and name not in only:
            continue
        if isinstance(run, str):
            notes.append(f"{name}: skipped, {run}")
        else:
            runs[name] = run
    texts: dict[str, dict[str, str]] = {name: {} for name in runs}
    seconds: dict[str, list[float]] = {name: [] for name in runs}
    dated: dict[str, int] = dict.fromkeys(runs, 0)
    if pages:
        # One untimed call each first: lazy imports and compiled patterns are not per page.
        for run in runs.values():
            _quiet(run, pages[0].html, pages[0].url)
    for page in pages:
        for name, run in runs.items():
            text, has_date, took = _quiet(run, page.html, page.url)
            texts[name][page.id] = text
            seconds[name].append(took)
            if name.startswith("trafilatura"):
                has_date = _trafilatura_dated(page.html)
            dated[name] += has_date
    results: dict[str, Any] = {}
    for name in runs:
        prediction = {key: {"articleBody": texts[name][key]} for key in truth}
        metrics = scorer.evaluate(truth, prediction, 0)
        per_page = []
        for page in pages:
            tp, fp, fn = scorer.string_shingle_matching(
                true=truth[page.id].get("articleBody", ""), pred=texts[name][page.id]
            )
            per_page.append(
                {
                    "id": page.id,
                    "recall": round(scorer.recall_score(tp, fp, fn), 4),
                    "precision": round(scorer.precision_score(tp, fp, fn), 4),
                }
            )
        per_page.sort(key=lambda p: (p["recall"], p["precision"], p["id"]))
        results[name] = {
            "f1": round(metrics["f1"], 4),
            "precision": round(metrics["precision"], 4),
            "recall": round(metrics["recall"], 4),
            "median_ms": round(statistics.median(seconds[name]) * 1000, 2) if pages else 0.0,
            "dated": round(dated[name] / len(pages), 4) if pages else 0.0,
            "pages": per_page,
        }
    return results, notes


def table(results: dict[str, Any]) -> str:
    """The scores as a Markdown table, one row an extractor."""
    lines = [
        "| extractor | F1 | precision | recall | median ms/page | dated | min recall |",
        "|---|---|---|---|---|---|---|",
    ]
    for name, r in results.items():
        worst = r["pages"][0]["recall"] if r["pages"] else 0.0
        lines.append(
            f"| {name} | {r['f1']:.3f} | {r['precision']:.3f} | {r['recall']:.3f} "
            f"| {r['median_ms']:.1f} | {r['dated']:.0%} | {worst:.2f} |"
        )
    return "\n".join(lines)


def main(argv: list[str] | None = None) -> int:
    """Score the extractors on a benchmark folder and print a table (or JSON)."""
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("folder", type=Path, help="a folder of the benchmark's layout")
    parser.add_argument("--json", action="store_true", help="print the scores as JSON")
    parser.add_argument("--only", help="comma-separated extractor names")
    parser.add_argument("--worst", type=int, default=3, help="worst-recall pages to list")
    args = parser.parse_args(argv)
    if not (args.folder / "ground-truth.json").is_file():
        print(f"error: {args.folder} has no ground-truth.json", file=sys.stderr)
        return 2
    only = set(args.only.split(",")) if args.only else None
    results, notes = score(args.folder, only)
    for note in notes:
        print(f"note: {note}", file=sys.stderr)
    if args.json:
        summary = {
            name: {key: value for key, value in r.items() if key != "pages"}
            | {"min_recall": r["pages"][0]["recall"] if r["pages"] else None}
            for name, r in results.items()
        }
        print(json.dumps(summary, indent=2, sort_keys=True))
        return 0
    print(table(results))
    for name, r in results.items():
        worst = ", ".join(f"{p['id'][:12]} R={p['recall']:.2f}" for p in r["pages"][: args.worst])
        print(f"{name} worst recall: {worst}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
