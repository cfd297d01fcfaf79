"""Batch throughput: one process (-j 1), two forked processes (-j 2) and a 2-worker Dask
LocalCluster (--scheduler), on the same generated batch, in one run; and the memory of
the client process as a Dask batch grows (it should stay flat: results stream out).

    python bench/batch.py                 # 1,000 articles; writes "batch" in bench/results.json
    python bench/batch.py --articles 200 -o /tmp/batch.json

The batch (bench/batchload.py) is N articles citing 50 pages on two loopback hosts, five
of the pages cited by a fifth of the articles each. Every mode starts from an empty
evidence cache and fetches the 50 pages; the politeness delay is off (the hosts are
ours). Each figure is the wall time of one CLI process, start-up included. The cluster is
started (and its workers have loaded the rules) before the timed runs: that start-up is
paid once per cluster, not per batch, and is reported on its own.
"""

from __future__ import annotations

import argparse
import json
import os
import platform
import sys
import tempfile
import time
from pathlib import Path
from typing import Any

import run as seedbench
from batchload import serving, write_articles, write_site

BENCH = Path(__file__).resolve().parent
RESULTS = BENCH / "results.json"
PAGES = 50
MEMORY_SIZES = (250, 500, 1000)


def _verdicts(report: Path) -> dict[str, list[str]]:
    out = {}
    for line in report.read_text(encoding="utf-8").splitlines():
        article = json.loads(line)
        out[article["path"]] = [c["verdict"] for c in article["claims"]]
    return out


def _check(
    folder: Path, work: Path, name: str, extra: list[str], *, peak: bool = False
) -> dict[str, Any]:
    """One CLI run over ``folder`` with a fresh cache: wall seconds, verdicts, peak KiB."""
    cache = work / f"cache-{name}"
    report = work / f"{name}.jsonl"
    peak_file = work / f"{name}.peak" if peak else None
    env = seedbench._cli_env(cache, work, sys.executable)
    args = [
        "check", str(folder), "--allow-private", "--no-search", "--format", "jsonl",
        "-o", str(report), "-q", *extra,
    ]  # fmt: skip
    if "--scheduler" in extra:
        args += ["--cache-dir", str(cache / "store")]
    wall, cpu, _ = seedbench._run_cli(sys.executable, args, env, peak=peak_file)
    out: dict[str, Any] = {"wall": wall, "cpu": cpu, "verdicts": _verdicts(report)}
    if peak_file is not None:
        out["peak_kib"] = int(peak_file.read_text())
    return out


def main() -> None:
    """Run the benchmark and record it."""
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--articles", type=int, default=1000)
    parser.add_argument("-o", "--output", type=Path, default=RESULTS)
    options = parser.parse_args()
    # Imported here: only this benchmark needs the dask extra.
    from distributed import Client, LocalCluster

    count = options.articles
    sizes = [n for n in MEMORY_SIZES if n <= count] or [count]
    with tempfile.TemporaryDirectory(prefix="factcheck-batch-bench-") as tmp:
        work = Path(tmp)
        write_site(work / "site", PAGES)
        with (
            serving(work / "site", "127.0.0.1") as (one, _),
            serving(work / "site", "127.0.0.2") as (two, _),
        ):
            folders = {}
            for n in sorted({count, *sizes}):
                folders[n] = work / f"articles-{n}"
                write_articles(folders[n], [one, two], n, PAGES)
            started = time.perf_counter()
            with (
                LocalCluster(
                    n_workers=2,
                    threads_per_worker=1,
                    processes=True,
                    host="127.0.0.1",
                    dashboard_address="127.0.0.1:0",
                ) as cluster,
                Client(cluster),
            ):
                address = cluster.scheduler_address
                warm = work / "warm"
                write_articles(warm, [one, two], 4, PAGES)
                _check(warm, work, "warm", ["--scheduler", address])
                startup = time.perf_counter() - started
                runs = {
                    "j1": _check(folders[count], work, "j1", ["-j", "1"], peak=True),
                    "j2": _check(folders[count], work, "j2", ["-j", "2"]),
                    "dask2": _check(
                        folders[count], work, "dask2", ["--scheduler", address], peak=True
                    ),
                }
                memory = {count: runs["dask2"]} | {
                    n: _check(folders[n], work, f"mem{n}", ["--scheduler", address], peak=True)
                    for n in sizes
                    if n != count
                }
    reference = runs["j1"]["verdicts"]
    same = all(r["verdicts"] == reference for r in runs.values())
    rate = {name: count / r["wall"] for name, r in runs.items()}
    result = {
        "articles": count,
        "pages": PAGES,
        "verdicts_equal_to_j1": same,
        "articles_per_second": {k: round(v, 1) for k, v in rate.items()},
        "speedup_vs_j1": {k: round(v / rate["j1"], 2) for k, v in rate.items()},
        "client_cpu_seconds": {k: round(r["cpu"], 1) for k, r in runs.items()},
        "cluster_startup_seconds": round(startup, 1),
        "client_peak_mib_dask": {
            n: round(m["peak_kib"] / 1024, 1) for n, m in sorted(memory.items())
        },
        "client_peak_mib_j1": {count: round(runs["j1"]["peak_kib"] / 1024, 1)},
        "machine": f"{platform.machine()}, {os.cpu_count()} CPUs, "
        f"Python {platform.python_version()}",
    }
    print(json.dumps(result, indent=2))
    data = json.loads(options.output.read_text()) if options.output.exists() else {}
    data["batch"] = result
    options.output.write_text(json.dumps(data, indent=2) + "\n")
    if not same:
        sys.exit("the verdicts differ between modes")


if __name__ == "__main__":
    main()
