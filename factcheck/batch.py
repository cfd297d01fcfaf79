"""Batches: expand the paths of a run into articles, and spread work over processes.

expand_paths(["drafts/", "posts/*.md", "-"]) -> ["drafts/a.md", "drafts/b.txt", ...]
"""

from __future__ import annotations

import glob
import re
from collections.abc import Callable, Sequence
from pathlib import Path
from typing import Any, TypeVar

from factcheck.errors import InputError

ARTICLE_SUFFIXES = (".md", ".markdown", ".txt", ".html")
_GLOB = re.compile(r"[*?\[]")
_URL = re.compile(r"(?i)https?://")

T = TypeVar("T")
R = TypeVar("R")


def expand_paths(specs: Sequence[str]) -> list[str]:
    """Every article a run names: files as given, folders searched recursively for
    Markdown, text and HTML files (hidden folders skipped), globs expanded; ``-`` and
    URLs pass through. Each article once, in the order named."""
    out: list[str] = []
    for spec in specs:
        if spec == "-" or _URL.match(spec):
            out.append(spec)
        elif Path(spec).is_dir():
            found = _articles_in(Path(spec))
            if not found:
                raise InputError(f"{spec}: no .md, .markdown, .txt or .html files in this folder")
            out += found
        elif _GLOB.search(spec) and not Path(spec).exists():
            matches = sorted(p for p in glob.glob(spec, recursive=True) if Path(p).is_file())
            if not matches:
                raise InputError(f"{spec}: no file matches this pattern")
            out += matches
        else:
            out.append(spec)
    return list(dict.fromkeys(out))


def _articles_in(folder: Path) -> list[str]:
    found = []
    for path in sorted(folder.rglob("*")):
        relative = path.relative_to(folder).parts
        if any(part.startswith(".") for part in relative):
            continue
        if path.is_file() and path.suffix.lower() in ARTICLE_SUFFIXES:
            # A sidecar list of sources belongs to its article, not a draft of its own.
            if path.name.endswith(".sources.txt"):
                continue
            found.append(str(path))
    return found


# The work of the current parallel_map, inherited by the forked workers.
_TASK: tuple[Callable[[Any], Any], Sequence[Any]] | None = None


def _run(index: int) -> Any:
    assert _TASK is not None
    fn, items = _TASK
    return fn(items[index])


def parallel_map(fn: Callable[[T], R], items: Sequence[T], jobs: int) -> list[R]:
    """``[fn(x) for x in items]``, spread over ``jobs`` worker processes when there is
    more than one item. The workers are forked so that they inherit the loaded rules and
    fetched pages instead of having them pickled (loading the rules alone takes seconds);
    only the results travel back. Where fork is unavailable the work runs in-process."""
    global _TASK
    if jobs <= 1 or len(items) < 2:
        return [fn(x) for x in items]
    # Imported only for a batch that forks: they take a fiftieth of a second to load.
    import multiprocessing
    from concurrent.futures import ProcessPoolExecutor

    if "fork" not in multiprocessing.get_all_start_methods():
        return [fn(x) for x in items]
    _TASK = (fn, items)
    try:
        context = multiprocessing.get_context("fork")
        with ProcessPoolExecutor(min(jobs, len(items)), mp_context=context) as pool:
            return list(pool.map(_run, range(len(items))))
    finally:
        _TASK = None
