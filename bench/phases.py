"""Where the seed check's time goes: one run of the CLI, timed phase by phase.

Runs ``factcheck check`` on the seed from its cassette in this process, the way
``python -m factcheck`` does, with a clock around each stage of the library's pipeline,
and prints milliseconds per phase, wall clock and CPU time of this process. On a
machine other jobs share, the CPU times are the steadier measure: waiting for a core
counts in the wall clock only. The first run, not counted, compiles bytecode and fills
the caches a user's second run finds full.

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


Spent = dict[str, tuple[float, float]]  # phase -> (wall seconds, CPU seconds)


def _clocks() -> tuple[float, float]:
    return time.perf_counter(), time.process_time()


def _add(spent: Spent, name: str, since: tuple[float, float]) -> None:
    now = _clocks()
    wall, cpu = spent.get(name, (0.0, 0.0))
    spent[name] = (wall + now[0] - since[0], cpu + now[1] - since[1])


def _timed(name: str, fn: Callable[..., Any], spent: Spent) -> Callable[..., Any]:
    def wrapper(*args: Any, **kwargs: Any) -> Any:
        started = _clocks()
        try:
            return fn(*args, **kwargs)
        finally:
            _add(spent, name, started)

    return wrapper


def one_run() -> Spent:
    """Wall and CPU seconds per phase of one seed check (start-up first, the unclocked
    rest last)."""
    started = _clocks()
    # Imported here, on the clock: loading is the first phase of a run.
    import factcheck.__main__ as entry
    import factcheck.check as pipeline

    spent: Spent = {}
    _add(spent, "start-up (imports)", started)
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
    began = _clocks()
    with contextlib.suppress(SystemExit):  # the CLI exits with the run's code
        entry.main()
    clocked = [v for k, v in spent.items() if k != "start-up (imports)"]
    _add(spent, "the rest (report, options)", began)
    wall, cpu = spent["the rest (report, options)"]
    spent["the rest (report, options)"] = (
        wall - sum(w for w, _ in clocked),
        cpu - sum(c for _, c in clocked),
    )
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
    wall = statistics.median(sum(w for w, _ in r.values()) for r in runs)
    cpu = statistics.median(sum(c for _, c in r.values()) for r in runs)
    print(f"seed check, median of {len(runs)} runs: {wall * 1000:.0f} ms wall, ", end="")
    print(f"{cpu * 1000:.0f} ms CPU")
    print(f"  load average at the end: {' '.join(f'{x:.2f}' for x in os.getloadavg())}")
    for name in runs[0]:
        wall_ms = statistics.median(r.get(name, (0.0, 0.0))[0] for r in runs) * 1000
        cpu_ms = statistics.median(r.get(name, (0.0, 0.0))[1] for r in runs) * 1000
        print(f"  {name:<28} {wall_ms:6.0f} ms wall {cpu_ms:6.0f} ms CPU")
    return 0


if __name__ == "__main__":
    sys.exit(main())
