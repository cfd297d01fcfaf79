"""Start-up of the command line: ``factcheck --version`` and ``factcheck --help``, each in
a new process, against ``python -c pass`` timed in turns with them in the same run (a
slow spell of the machine's neighbours falls on all three alike).

    python bench/startup.py               # prints, and records the figures in results.json
    python bench/startup.py --runs 5 --no-write
    python bench/startup.py --checkout /other/worktree --no-write   # another version

bench/run.py runs the same measurement as its ``startup`` benchmark.
"""

from __future__ import annotations

import argparse
import json
import os
import statistics
import subprocess
import sys
import tempfile
import time
from collections.abc import Sequence
from pathlib import Path
from typing import Any

ROOT = Path(__file__).resolve().parents[1]
RESULTS = Path(__file__).resolve().parent / "results.json"
TARGET_SECONDS = 0.15
# Modules that only a command doing real work should load.
HEAVY = ("httpx", "numpy", "rapidfuzz", "yaml", "bs4", "vcr", "factcheck.check")

_LOADED = """
import runpy, sys
sys.argv = ["factcheck", *sys.argv[1:]]
try:
    runpy.run_module("factcheck", run_name="__main__", alter_sys=True)
except SystemExit:
    pass
sys.stdout = sys.__stderr__
print(len(sys.modules), *sorted(sys.modules), file=sys.__stderr__)
"""


def _env(bytecode: Path) -> dict[str, str]:
    """Bytecode kept (in ``bytecode``) as on a user's machine; this project's sandbox sets
    PYTHONDONTWRITEBYTECODE, which would time compiling factcheck's modules instead."""
    env = dict(os.environ)
    env.pop("PYTHONDONTWRITEBYTECODE", None)
    env["PYTHONPYCACHEPREFIX"] = str(bytecode)
    return env


def _timed(command: Sequence[str], env: dict[str, str], cwd: Path) -> tuple[float, float]:
    """Wall and CPU seconds of one run; on a shared machine the wall time follows the
    neighbours' load, the CPU time much less."""
    started = time.perf_counter()
    with subprocess.Popen(command, env=env, cwd=cwd, stdout=subprocess.DEVNULL) as child:
        # os.wait4 rather than wait(): it gives the CPU time of this child alone.
        _, status, usage = os.wait4(child.pid, 0)
        wall = time.perf_counter() - started
        child.returncode = os.waitstatus_to_exitcode(status)
    if child.returncode != 0:
        raise RuntimeError(f"{' '.join(command)} exited with {child.returncode}")
    return wall, usage.ru_utime + usage.ru_stime


def _modules(python: str, args: Sequence[str], env: dict[str, str], cwd: Path) -> list[str]:
    """The modules loaded by the end of ``factcheck ARGS``."""
    done = subprocess.run(
        [python, "-c", _LOADED, *args],
        env=env,
        cwd=cwd,
        stdout=subprocess.DEVNULL,
        stderr=subprocess.PIPE,
        text=True,
        check=True,
    )
    return done.stderr.split()[1:]


def measure(runs: int, python: str = sys.executable, checkout: Path = ROOT) -> dict[str, Any]:
    """Median wall seconds of ``factcheck --version`` and ``--help`` over ``runs`` new
    processes each, with the bare interpreter's start-up measured alongside. The runs
    start in ``checkout``, whose factcheck ``python -m`` finds first."""
    commands = {
        "baseline": [python, "-c", "pass"],
        "version": [python, "-m", "factcheck", "--version"],
        "help": [python, "-m", "factcheck", "--help"],
    }
    with tempfile.TemporaryDirectory(prefix="factcheck-startup-") as bytecode:
        env = _env(Path(bytecode))
        for command in commands.values():  # warm-up: bytecode and the OS file cache
            _timed(command, env, checkout)
        times: dict[str, list[float]] = {name: [] for name in commands}
        cpu: dict[str, list[float]] = {name: [] for name in commands}
        for _ in range(max(1, runs)):
            for name, command in commands.items():
                wall, used = _timed(command, env, checkout)
                times[name].append(wall)
                cpu[name].append(used)
        loaded = _modules(python, ["--version"], env, checkout)
    median = {name: statistics.median(walls) for name, walls in times.items()}
    return {
        "startup_version_seconds": round(median["version"], 3),
        "startup_help_seconds": round(median["help"], 3),
        "details": {
            "runs": max(1, runs),
            "python_pass_s": round(median["baseline"], 3),
            "version_min_s": round(min(times["version"]), 3),
            "version_cpu_s": round(statistics.median(cpu["version"]), 3),
            "python_pass_cpu_s": round(statistics.median(cpu["baseline"]), 3),
            "help_min_s": round(min(times["help"]), 3),
            "version_over_python": round(median["version"] / median["baseline"], 2),
            "version_modules": len(loaded),
            "version_heavy_modules": [m for m in HEAVY if m in loaded],
        },
    }


def describe(figures: dict[str, Any]) -> str:
    """The figures as lines of text."""
    d = figures["details"]
    heavy = ", ".join(d["version_heavy_modules"]) or "none"
    return "\n".join(
        [
            f"python -c pass        {d['python_pass_s']:.3f} s (medians of {d['runs']})",
            f"factcheck --version   {figures['startup_version_seconds']:.3f} s "
            f"({d['version_over_python']:g}x python; min {d['version_min_s']:.3f} s; "
            f"CPU {d['version_cpu_s']:.3f} s against {d['python_pass_cpu_s']:.3f} s; "
            f"{d['version_modules']} modules; heavy: {heavy})",
            f"factcheck --help      {figures['startup_help_seconds']:.3f} s "
            f"(min {d['help_min_s']:.3f} s)",
            f"target                <= {TARGET_SECONDS:g} s",
        ]
    )


def record(figures: dict[str, Any], path: Path = RESULTS) -> None:
    """Put the figures into the results file, beside the other benchmarks' figures."""
    results = json.loads(path.read_text(encoding="utf-8")) if path.is_file() else {}
    details = dict(figures)
    inner = details.pop("details")
    results.update(details)
    results.setdefault("details", {})["startup"] = inner
    targets = results.setdefault("targets", {})
    for key, value in details.items():
        targets[key] = {"target": TARGET_SECONDS, "met": value <= TARGET_SECONDS}
    path.write_text(json.dumps(results, indent=2) + "\n", encoding="utf-8")


def main(argv: Sequence[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--runs", type=int, default=21, help="processes per command")
    parser.add_argument("--python", default=sys.executable, help="interpreter to time")
    parser.add_argument(
        "--checkout", type=Path, default=ROOT, help="the factcheck to time (default: this one)"
    )
    parser.add_argument("--no-write", action="store_true", help="print only")
    args = parser.parse_args(argv)
    figures = measure(args.runs, args.python, args.checkout.resolve())
    print(describe(figures))
    if not args.no_write:
        record(figures)
        print(f"\nrecorded in {RESULTS}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
