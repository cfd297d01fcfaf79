"""Where the seed check's time goes: one run of the CLI, timed phase by phase.

Runs ``factcheck check`` on the seed from its cassette in this process, the way
``python -m factcheck`` does, with a clock around each stage of the library's pipeline,
and prints milliseconds per phase. Run it twice: the first run also compiles bytecode
and fills the caches a user's second run finds full.

    python bench/phases.py [--runs 5]
"""

from __future__ import annotations

import argparse
import ast
import contextlib
import os
import statistics
import subprocess
import sys
import tempfile
import time
from collections.abc import Callable
from typing import Any

from loads import ROOT, SEED_ARTICLE, SEED_CASSETTE

# The pipeline's stages as factcheck.check calls them, in order.
STAGES = {
    "_load_rules": "load rules",
    "check_examples": "rule examples",
    "read_articles": "read the article",
    "extract_claims": "extract claims",
    "fetch_all": "fetch sources",
    "build_page": "read pages",
    "search_sources": "search",
    "judge_claims": "judge",
}


def _timed(name: str, fn: Callable[..., Any], spent: dict[str, float]) -> Callable[..., Any]:
    def wrapper(*args: Any, **kwargs: Any) -> Any:
        started = time.perf_counter()
        try:
            return fn(*args, **kwargs)
        finally:
            spent[name] = spent.get(name, 0.0) + time.perf_counter() - started

    return wrapper


def one_run() -> dict[str, float]:
    """Seconds per phase of one seed check (start-up first, the unclocked rest last)."""
    started = time.perf_counter()
    # Imported here, on the clock: loading is the first phase of a run.
    import factcheck.__main__ as entry
    import factcheck.check as pipeline

    spent: dict[str, float] = {"start-up (imports)": time.perf_counter() - started}
    for function, name in STAGES.items():
        if hasattr(pipeline, function):
            setattr(pipeline, function, _timed(name, getattr(pipeline, function), spent))
    sys.argv = [
        "factcheck",
        "check",
        str(SEED_ARTICLE.relative_to(ROOT)),
        "--replay",
        str(SEED_CASSETTE.relative_to(ROOT)),
        "--format",
        "json",
        "-o",
        "/dev/null",
    ]
    began = time.perf_counter()
    with contextlib.suppress(SystemExit):  # the CLI exits with the run's code
        entry.main()
    clocked = sum(v for k, v in spent.items() if k != "start-up (imports)")
    spent["the rest (report, options)"] = time.perf_counter() - began - clocked
    return spent


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--runs", type=int, default=5, help="runs, each in a new process")
    parser.add_argument("--one", action="store_true", help=argparse.SUPPRESS)
    args = parser.parse_args(argv)
    if args.one:
        print(repr(one_run()))
        return 0
    runs = []
    with tempfile.TemporaryDirectory(prefix="factcheck-phases-") as tmp:
        # Bytecode and caches kept between runs, as on a user's machine (see bench/run.py).
        env = {**os.environ, "NO_COLOR": "1", "XDG_CACHE_HOME": tmp, "PYTHONPYCACHEPREFIX": tmp}
        env.pop("PYTHONDONTWRITEBYTECODE", None)
        for run in range(max(1, args.runs) + 1):
            out = subprocess.run(
                [sys.executable, __file__, "--one"],
                cwd=ROOT,
                env=env,
                capture_output=True,
                text=True,
                check=True,
            )
            if run:  # the first fills bytecode and caches
                runs.append(ast.literal_eval(out.stdout.strip().splitlines()[-1]))
    total = statistics.median(sum(r.values()) for r in runs)
    print(f"seed check, median of {len(runs)} runs: {total * 1000:.0f} ms")
    for name in runs[0]:
        ms = statistics.median(r.get(name, 0.0) for r in runs) * 1000
        print(f"  {name:<28} {ms:6.0f} ms")
    return 0


if __name__ == "__main__":
    sys.exit(main())
