"""Benchmarks: factcheck's speed, scaling and memory, measured against baselines.

Each figure is measured the way a user would feel it, against a baseline run in the same
process on the same machine, and printed as a ratio where there is one:

  seed_check_seconds         the seed check from its cassette, whole process including
                             interpreter start (median of several runs)
  match_speedup_vs_difflib   the evidence-ranking stage (all claims of a long article
  match_overhead_vs_cdist    against all sentences of 100 pages) against a plain loop of
                             difflib.SequenceMatcher, and against raw rapidfuzz cdist
  fetch_speedup_vs_serial    50 sources on 50 loopback addresses each answering after
  fetch_overhead_vs_ideal    200 ms, against one by one and against the ideal
  warm_cache_requests        requests a second identical run makes
  scaling_exponent_article   the fitted exponent of check time at 1x, 10x and 100x
  scaling_exponent_sources   the article's length and the number of sources
  peak_rss_mib_100_sources   peak memory of a 100-source check (whole process)
  extraction_kb_per_s        extract_claims on 1 MB of news copy, KB/s of CPU time on one
  extraction_cost_vs_split   core, and its cost against sentence splitting of the same text
  large_article_seconds      a 5 MB article of news copy checked with --no-search: wall
  large_article_peak_mib     time and peak memory as it comes (reading stops at
  large_article_all_claims_* --max-claims, 2,000 by default) and with --max-claims 0
  startup_version_seconds    factcheck --version and --help, whole process, against
  startup_help_seconds       python -c pass timed in turns with them (bench/startup.py)

    python bench/run.py                 # the full run (minutes); writes bench/results.json
    python bench/run.py --quick         # a smoke run within a minute; prints only
    python bench/run.py --only seed,match -o /tmp/results.json

Only loopback addresses are used (127.0.0.1 ... 127.0.0.50): nothing leaves the machine.
"""

from __future__ import annotations

import argparse
import difflib
import heapq
import json
import math
import os
import platform
import shutil
import statistics
import subprocess
import sys
import tempfile
import time
from collections import Counter
from collections.abc import Callable, Iterator, Sequence
from contextlib import contextmanager
from dataclasses import dataclass
from pathlib import Path
from typing import Any

from extraction_speed import measure as extraction_speed
from fetch_bench import SlowServers, measure
from loads import ROOT, SEED_ARTICLE, SEED_CASSETTE, long_article, source_pages
from newscopy import news_article
from rapidfuzz import fuzz, process
from startup import TARGET_SECONDS as STARTUP_TARGET
from startup import measure as measure_startup

from factcheck.cachedir import default_cache_dir
from factcheck.check import CheckOptions, check_articles, load_rules
from factcheck.claims.extract import Extractor, extract_claims
from factcheck.evidence.base import ArticleView
from factcheck.evidence.index import EvidenceIndex, keywords
from factcheck.model import Page
from factcheck.reading import parse_article
from factcheck.rulepacks import derived
from factcheck.rulepacks.ruleset import RuleSet
from factcheck.sources.fetch import FetchOptions
from factcheck.sources.gather import page_from_text
from factcheck.verdicts.judge import comparator_for

RESULTS = Path(__file__).resolve().parent / "results.json"
MiB = 1024 * 1024

# (key, target, "max" when the figure must not exceed the target, "min" when it must reach it)
TARGETS: dict[str, tuple[float, str]] = {
    "seed_check_seconds": (1.0, "max"),
    "match_speedup_vs_difflib": (20.0, "min"),
    "match_overhead_vs_cdist": (2.0, "max"),
    "fetch_speedup_vs_serial": (5.0, "min"),
    "fetch_overhead_vs_ideal": (float("inf"), "max"),
    "warm_cache_requests": (0, "max"),
    "scaling_exponent_article": (1.15, "max"),
    "scaling_exponent_sources": (1.15, "max"),
    "peak_rss_mib_100_sources": (200.0, "max"),
    "extraction_kb_per_s": (250.0, "min"),
    "extraction_cost_vs_split": (float("inf"), "max"),
    "large_article_seconds": (60.0, "max"),
    "large_article_peak_mib": (400.0, "max"),
    "large_article_all_claims_seconds": (float("inf"), "max"),
    "large_article_all_claims_peak_mib": (400.0, "max"),
    "startup_version_seconds": (STARTUP_TARGET, "max"),
    "startup_help_seconds": (STARTUP_TARGET, "max"),
}


@dataclass(frozen=True)
class Plan:
    """How big each benchmark's load is: the full run, or the quick smoke run."""

    quick: bool
    seed_runs: int
    match_copies: int  # copies of the seed article in the long article
    match_pages: int
    repeats: int  # timings of in-process stages: best of this many
    fetch_hosts: int
    scales: tuple[int, ...]
    memory_sources: int
    extraction_size: int  # characters of news copy whose claims are extracted
    large_size: int  # characters of the large article checked through the CLI
    startup_runs: int  # new processes per start-up command


FULL = Plan(
    quick=False,
    seed_runs=15,
    match_copies=10,
    match_pages=100,
    repeats=5,
    fetch_hosts=50,
    scales=(1, 10, 100),
    memory_sources=100,
    extraction_size=1_000_000,
    large_size=5_000_000,
    startup_runs=21,
)
QUICK = Plan(
    quick=True,
    seed_runs=3,
    match_copies=2,
    match_pages=20,
    repeats=1,
    fetch_hosts=16,
    scales=(1, 2, 4),
    memory_sources=100,
    extraction_size=200_000,
    large_size=500_000,
    startup_runs=5,
)
# Hosts the synthetic sites are spread over (per-host politeness limits one at a time).
SITE_HOSTS = 50


def best_of(repeats: int, work: Callable[[], object]) -> float:
    """The shortest wall time of ``repeats`` runs of ``work`` (noise only ever adds)."""
    times = []
    for _ in range(max(1, repeats)):
        started = time.perf_counter()
        work()
        times.append(time.perf_counter() - started)
    return min(times)


def _live_fetch() -> FetchOptions:
    """Fetching from the loopback sites: private addresses allowed, no politeness delay,
    no cache (so every repetition fetches), robots.txt obeyed as by default."""
    return FetchOptions(allow_private=True, host_delay=0.0, use_cache=False)


@contextmanager
def sites(pages: int, found: int = 0) -> Iterator[tuple[SlowServers, list[str]]]:
    """``pages`` different source pages served on up to 50 loopback hosts; their URLs.

    With ``found``, as many more pages, and on every host a SearXNG-style ``/search``
    that answers every query with those pages (the first host is the instance)."""
    served = source_pages(pages + found)
    hosts = min(SITE_HOSTS, max(1, len(served)))
    content = {p.path: (p.content_type, p.body) for p in served}
    with SlowServers(hosts, 0.0, content) as servers:
        urls = [servers.urls[n % hosts].rstrip("/") + p.path for n, p in enumerate(served)]
        results = [
            {"url": url, "title": page.title, "content": page.opening}
            for url, page in zip(urls[pages:], served[pages:], strict=True)
        ]
        answer = {"results": results, "unresponsive_engines": []}
        content["/search"] = ("application/json", json.dumps(answer).encode())
        yield servers, urls[:pages]


# ``python -m factcheck ARGS`` with one addition: at exit the process writes its peak
# resident memory (VmHWM) to the file named in FACTCHECK_BENCH_PEAK. The kernel's count
# for a child (ru_maxrss) will not do: it includes the memory of the benchmark process
# the child was forked from, before it started Python.
_MEASURED = """
import atexit, os, resource, runpy, sys

def peak():
    try:
        with open("/proc/self/status") as status:
            kib = next(line.split()[1] for line in status if line.startswith("VmHWM:"))
    except OSError:  # no /proc: the kernel's count, an upper bound
        kib = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss
    with open(os.environ["FACTCHECK_BENCH_PEAK"], "w") as out:
        out.write(str(kib))

atexit.register(peak)
sys.argv[0] = "factcheck"
runpy.run_module("factcheck", run_name="__main__", alter_sys=True)
"""


def _run_cli(
    python: str, args: Sequence[str], env: dict[str, str], *, peak: Path | None = None
) -> tuple[float, float, int]:
    """Run ``python -m factcheck ARGS`` in a new process: its wall seconds, CPU seconds
    and exit code. With ``peak``, the process also writes its peak memory (KiB) there."""
    command = [python, "-m", "factcheck", *args]
    if peak is not None:
        command = [python, "-c", _MEASURED, *args]
        env = {**env, "FACTCHECK_BENCH_PEAK": str(peak)}
    started = time.perf_counter()
    # os.wait4 rather than wait(): it gives the CPU time of this child alone.
    with subprocess.Popen(
        command, env=env, cwd=ROOT, stdout=subprocess.DEVNULL, stderr=subprocess.PIPE
    ) as child:
        stderr = child.stderr.read() if child.stderr else b""
        _, status, usage = os.wait4(child.pid, 0)
        wall = time.perf_counter() - started
        child.returncode = code = os.waitstatus_to_exitcode(status)
    if code not in (0, 1):
        message = stderr.decode("utf-8", "replace").strip()
        raise RuntimeError(f"factcheck {' '.join(args)} failed ({code}): {message}")
    return wall, usage.ru_utime + usage.ru_stime, code


def _cli_env(cache: Path, scratch: Path, python: str) -> dict[str, str]:
    """The environment of a CLI run: its own cache folder, holding only what loading the
    rules derives (as after a user's first run; see :func:`_derived_rules`), no
    politeness delay (the hosts are ours), no colour, and compiled bytecode kept in the
    scratch folder as Python keeps it on a user's machine (a sandbox may turn that off
    with PYTHONDONTWRITEBYTECODE, and every run would compile factcheck's modules again)."""
    env = dict(os.environ)
    env.update(
        XDG_CACHE_HOME=str(cache),
        FACTCHECK_FETCH_HOST_DELAY="0",
        NO_COLOR="1",
        PYTHONPYCACHEPREFIX=str(scratch / "bytecode"),
    )
    env.pop("FACTCHECK_CONFIG", None)
    env.pop("PYTHONDONTWRITEBYTECODE", None)
    rules = _derived_rules(scratch, python)
    if rules.is_dir():  # not where no signing key can be kept
        shutil.copytree(rules, cache / "factcheck" / "rules", dirs_exist_ok=True)
    return env


def _derived_rules(scratch: Path, python: str) -> Path:
    """The folder of derived rule data a first run leaves in its cache (made once per
    scratch folder): without it every run with a cache folder of its own would load the
    rules cold, about 14 s of CPU that no user pays twice."""
    home = scratch / "first-run"
    rules = home / "factcheck" / "rules"
    kept = default_cache_dir() / "rules" / f"{derived._build()}.bin"
    if not rules.is_dir() and python == sys.executable and kept.is_file():
        # What the running user's own first run derived (signed with the same key, read
        # by the same Python): the data a cold first run here would write again.
        rules.mkdir(parents=True)
        shutil.copyfile(kept, rules / kept.name)
    if not rules.is_dir():
        env = {**os.environ, "XDG_CACHE_HOME": str(home), "NO_COLOR": "1"}
        subprocess.run(
            [python, "-m", "factcheck", "check", "-", "--no-search", "-q"],
            input=b"Velden Cider pays its pickers $15 an hour.\n",
            env=env,
            cwd=ROOT,
            capture_output=True,
            check=False,
        )
    return rules


# -- the benchmarks ------------------------------------------------------------------------


def bench_seed(plan: Plan, scratch: Path, python: str) -> dict[str, Any]:
    """The seed check from its cassette, as a user runs it: a new process each time."""
    out = scratch / "seed.json"
    args = [
        "check",
        str(SEED_ARTICLE.relative_to(ROOT)),
        "--replay",
        str(SEED_CASSETTE.relative_to(ROOT)),
        "--format",
        "json",
        "-o",
        str(out),
    ]
    env = _cli_env(scratch / "cache-seed", scratch, python)
    # Warm-up: bytecode and the OS file cache, as for a user's second run.
    _run_cli(python, args, env)
    calibration = [calibration_ms()]
    runs = [_run_cli(python, args, env) for _ in range(plan.seed_runs)]
    calibration.append(calibration_ms())
    report = json.loads(out.read_text(encoding="utf-8"))
    walls = [r[0] for r in runs]
    # For comparison: Python told not to keep bytecode, as in this project's sandbox.
    uncompiled = {**env, "PYTHONDONTWRITEBYTECODE": "1"}
    uncompiled.pop("PYTHONPYCACHEPREFIX")
    plain = [_run_cli(python, args, uncompiled)[0] for _ in range(max(1, plan.seed_runs // 3))]
    return {
        "seed_check_seconds": round(statistics.median(walls), 3),
        "details": {
            "runs": len(runs),
            "wall_s": [round(w, 3) for w in walls],
            "min_s": round(min(walls), 3),
            "calibration_ms": calibration,
            "cpu_s_median": round(statistics.median(r[1] for r in runs), 3),
            "exit_code": runs[-1][2],
            "claims": report["summary"]["claims"],
            "without_bytecode_s": round(statistics.median(plain), 3),
        },
    }


def _ranking_load(plan: Plan, ruleset: RuleSet) -> tuple[list[Page], list[list[str]], Extractor]:
    """The pages and the claims' query groups, built as the check builds them."""
    extractor = Extractor(ruleset)
    article = parse_article(long_article(plan.match_copies), "long-article.txt", "text")
    claims = extract_claims(article, ruleset, extractor=extractor)
    pages = [
        page_from_text(f"http://127.0.0.1{p.path}", p.body.decode("utf-8"))
        for p in source_pages(plan.match_pages)
    ]
    view = ArticleView(
        claims=claims,
        extractor=extractor,
        ctx=extractor.context(article.text),
        sentences=article.sentences,
    )
    queries = [comparator_for(c.type).queries(c, view) for c in claims]
    return pages, queries, extractor


def _difflib_rank(groups: list[list[str]], sentences: list[str], limit: int) -> list[list[int]]:
    """The plain-Python baseline: every query against every sentence with difflib, a
    group's score the best of its queries, the best ``limit`` sentences per group.
    SequenceMatcher caches what it learns about its second sequence, so each query is
    set once and the sentences go by as the first: the fast way to use it."""
    matcher = difflib.SequenceMatcher(None)
    out = []
    for group in groups:
        best = [0.0] * len(sentences)
        for query in group:
            matcher.set_seq2(query)
            for i, sentence in enumerate(sentences):
                matcher.set_seq1(sentence)
                score = matcher.ratio()
                if score > best[i]:
                    best[i] = score
        out.append(heapq.nlargest(limit, range(len(sentences)), key=best.__getitem__))
    return out


def bench_match(plan: Plan, ruleset: RuleSet) -> dict[str, Any]:
    """Evidence ranking: factcheck's stage (sentence index with keyword forms, one cdist
    for all queries, best candidates per claim) against raw cdist on the same strings and
    against difflib on the same pairs."""
    pages, queries, extractor = _ranking_load(plan, ruleset)
    boosts: list[set[int]] = [set() for _ in queries]

    def factcheck_stage() -> None:
        index = EvidenceIndex(pages, extractor, Counter())
        index.rank(queries, boosts)

    index = EvidenceIndex(pages, extractor, Counter())
    sentence_keys = [keywords(s.text) for s in index.sentences]
    query_keys = [keywords(q) for group in queries for q in group]
    groups, at = [], 0
    for group in queries:
        groups.append(query_keys[at : at + len(group)])
        at += len(group)

    def raw_cdist() -> None:
        process.cdist(query_keys, sentence_keys, scorer=fuzz.token_set_ratio, dtype="float32")

    raw_cdist()  # warm-up: the first cdist call imports numpy
    # Taken in turns, so that a slow spell of the machine falls on both alike.
    ours, raw = float("inf"), float("inf")
    for _ in range(max(1, plan.repeats)):
        ours = min(ours, best_of(1, factcheck_stage))
        raw = min(raw, best_of(1, raw_cdist))
    started = time.perf_counter()
    _difflib_rank(groups, sentence_keys, limit=25)
    plain = time.perf_counter() - started
    return {
        "match_speedup_vs_difflib": round(plain / ours, 1),
        "match_overhead_vs_cdist": round(ours / raw, 2),
        "details": {
            "claims": len(queries),
            "queries": len(query_keys),
            "pages": len(pages),
            "sentences": len(sentence_keys),
            "pairs": len(query_keys) * len(sentence_keys),
            "factcheck_s": round(ours, 4),
            "raw_cdist_s": round(raw, 4),
            "difflib_s": round(plain, 3),
        },
    }


def bench_fetch(plan: Plan) -> dict[str, Any]:
    """Concurrent fetching (bench/fetch_bench.py): slow hosts, all at once and one by one."""
    numbers = measure(plan.fetch_hosts, 0.2)
    return {
        "fetch_speedup_vs_serial": numbers["speedup"],
        "fetch_overhead_vs_ideal": round(
            numbers["concurrent_s"] / numbers["ideal_concurrent_s"], 2
        ),
        "details": numbers,
    }


def bench_warm_cache(plan: Plan, scratch: Path, python: str) -> dict[str, Any]:
    """The same check twice through the CLI with the same cache folder, search on (a
    SearXNG instance on loopback): the requests the second run makes, robots.txt and
    searches included, are the ones the cache did not save."""
    folder = scratch / "warm"
    folder.mkdir()
    article = folder / "article.txt"
    shutil.copyfile(SEED_ARTICLE, article)
    env = _cli_env(folder / "cache", scratch, python)
    # The loopback sites stand for public pages, which a warm cache serves without
    # asking; local pages are otherwise asked for again on every run.
    env["FACTCHECK_FETCH_RECHECK_LOCAL"] = "false"
    counts = []
    with sites(16, found=8) as (servers, urls):
        env["FACTCHECK_SEARCH_BACKENDS"] = "searxng"
        env["FACTCHECK_SEARCH_SEARXNG_URL"] = servers.urls[0]
        (folder / "article.sources.txt").write_text("\n".join(urls) + "\n", encoding="utf-8")
        args = ["check", str(article), "--allow-private", "--format", "json"]
        for run in range(2):
            before = servers.requests
            _run_cli(python, [*args, "-o", str(folder / f"run{run}.json")], env)
            counts.append(servers.requests - before)
    first = json.loads((folder / "run0.json").read_text(encoding="utf-8"))
    return {
        "warm_cache_requests": counts[1],
        "details": {
            "sources": len(first["sources"]),
            "sources_ok": first["summary"]["sources_ok"],
            "cold_requests": counts[0],
            "warm_requests": counts[1],
        },
    }


def _exponent(scales: Sequence[int], seconds: Sequence[float]) -> float:
    """The slope of log(time) against log(scale): 1 is linear, 2 quadratic."""
    fit = statistics.linear_regression(
        [math.log(s) for s in scales], [math.log(t) for t in seconds]
    )
    return round(fit.slope, 3)


def bench_scaling(plan: Plan, ruleset: RuleSet) -> dict[str, Any]:
    """Check time (library, rules loaded, sources fetched from loopback) as the article
    grows with the sources fixed, and as the sources grow with the article fixed. 1x is
    the seed: its article and its 16 pages."""
    base = len(source_pages(16))
    largest = base * max(plan.scales)
    article_times, source_times = [], []
    with sites(largest) as (_servers, urls):

        def run(copies: int, sources: int) -> float:
            article = parse_article(long_article(copies), "article.txt", "text")
            options = CheckOptions(sources=tuple(urls[:sources]), fetch=_live_fetch())
            return best_of(
                plan.repeats if copies * sources <= 10 * base else 1,
                lambda: check_articles([article], options, ruleset=ruleset),
            )

        run(1, base)  # warm-up: imports and caches a first run pays
        for scale in plan.scales:
            article_times.append(run(scale, base))
            source_times.append(run(1, base * scale))
    return {
        "scaling_exponent_article": _exponent(plan.scales, article_times),
        "scaling_exponent_sources": _exponent(plan.scales, source_times),
        "details": {
            "scales": list(plan.scales),
            "article_s": [round(t, 3) for t in article_times],
            "sources_s": [round(t, 3) for t in source_times],
            "base_sources": base,
        },
    }


def bench_memory(plan: Plan, scratch: Path, python: str) -> dict[str, Any]:
    """Peak resident memory of a CLI check of the seed article with 100 sources, and,
    for comparison, with one."""
    folder = scratch / "memory"
    folder.mkdir()
    article = folder / "article.txt"
    shutil.copyfile(SEED_ARTICLE, article)
    peaks, walls = [], []
    with sites(plan.memory_sources) as (_servers, urls):
        for count in (1, len(urls)):
            listing = folder / f"sources-{count}.txt"
            listing.write_text("\n".join(urls[:count]) + "\n", encoding="utf-8")
            args = ["check", str(article), "--sources-file", str(listing)]
            args += ["--allow-private", "--no-search", "--format", "json", "-o", os.devnull]
            peak = folder / f"peak-{count}"
            env = _cli_env(folder / f"cache-{count}", scratch, python)
            wall, _, _ = _run_cli(python, args, env, peak=peak)
            peaks.append(int(peak.read_text(encoding="utf-8")) / 1024)
            walls.append(wall)
    return {
        "peak_rss_mib_100_sources": round(peaks[1], 1),
        "details": {
            "sources": len(urls),
            "wall_s": round(walls[1], 3),
            "peak_rss_mib_one_source": round(peaks[0], 1),
        },
    }


def bench_extraction(plan: Plan) -> dict[str, Any]:
    """extract_claims on news copy, in KB/s on one core, against sentence splitting
    (bench/extraction_speed.py)."""
    numbers = extraction_speed(plan.extraction_size, max(1, min(plan.repeats, 3)))
    return {
        "extraction_kb_per_s": numbers["extract_kb_per_s"],
        "extraction_cost_vs_split": numbers["extract_cost_vs_split"],
        "details": numbers,
    }


def bench_large(plan: Plan, scratch: Path, python: str) -> dict[str, Any]:
    """A large article of news copy (5 MB in the full run) checked through the CLI with
    no sources: as it comes (reading stops at --max-claims, 2,000 by default) and with
    the limit lifted; wall time, CPU time and peak memory of each."""
    folder = scratch / "large"
    folder.mkdir()
    article = folder / "large.txt"
    article.write_text(news_article(plan.large_size), encoding="utf-8")
    env = _cli_env(folder / "cache", scratch, python)
    runs = {}
    for name, extra in (("default", []), ("all_claims", ["--max-claims", "0"])):
        out, peak = folder / f"{name}.json", folder / f"peak-{name}"
        args = ["check", str(article), "--no-search", "--format", "json", "-o", str(out), *extra]
        wall, cpu, _ = _run_cli(python, args, env, peak=peak)
        [result] = json.loads(out.read_text(encoding="utf-8"))["articles"]
        runs[name] = {
            "wall_s": round(wall, 2),
            "cpu_s": round(cpu, 2),
            "peak_mib": round(int(peak.read_text(encoding="utf-8")) / 1024, 1),
            "claims": len(result["claims"]),
            "notes": result.get("notes", []),
        }
    default, full = runs["default"], runs["all_claims"]
    return {
        "large_article_seconds": default["wall_s"],
        "large_article_peak_mib": default["peak_mib"],
        "large_article_all_claims_seconds": full["wall_s"],
        "large_article_all_claims_peak_mib": full["peak_mib"],
        "details": {"article_mb": round(article.stat().st_size / 1e6, 2), **runs},
    }


# -- running and reporting -----------------------------------------------------------------

BENCHMARKS = (
    "seed",
    "match",
    "fetch",
    "cache",
    "scaling",
    "memory",
    "extraction",
    "large",
    "startup",
)


def calibration_ms() -> float:
    """A fixed piece of pure-Python work, best of five, in milliseconds: the same code
    takes longer when the machine is shared with busy neighbours (virtual CPUs, one
    physical core), so a figure can be read against the machine's state at the time."""

    def work() -> int:
        return sum(i * i % 7 for i in range(300_000))

    return round(best_of(5, work) * 1000, 1)


def machine() -> dict[str, Any]:
    """What the figures were measured on."""
    model = ""
    cpuinfo = Path("/proc/cpuinfo")
    if cpuinfo.is_file():
        for line in cpuinfo.read_text(encoding="utf-8", errors="replace").splitlines():
            if line.startswith("model name"):
                model = line.split(":", 1)[1].strip()
                break
    return {
        "cpu": model or platform.processor(),
        "cpus": os.cpu_count(),
        "python": platform.python_version(),
        "platform": platform.platform(),
        "load_average_at_start": [round(x, 2) for x in os.getloadavg()],
        "calibration_ms_at_start": calibration_ms(),
    }


def run(plan: Plan, only: Sequence[str], python: str = sys.executable) -> dict[str, Any]:
    """Run the chosen benchmarks; the results with their details and the machine.
    ``python`` runs the command-line checks (the seed, the warm cache, memory)."""
    results: dict[str, Any] = {"quick": plan.quick, "machine": machine(), "details": {}}
    results["machine"]["cli_python"] = python
    # From the running user's derived rule data, as the CLI runs do (a first load derives
    # and keeps it: about 14 s of CPU that no user pays twice).
    wanted = {"match", "scaling"} & set(only)
    ruleset = load_rules(cache_dir=default_cache_dir()) if wanted else None
    with tempfile.TemporaryDirectory(prefix="factcheck-bench-") as tmp:
        scratch = Path(tmp)
        steps: dict[str, Callable[[], dict[str, Any]]] = {
            "seed": lambda: bench_seed(plan, scratch, python),
            "match": lambda: bench_match(plan, ruleset),  # type: ignore[arg-type]
            "fetch": lambda: bench_fetch(plan),
            "cache": lambda: bench_warm_cache(plan, scratch, python),
            "scaling": lambda: bench_scaling(plan, ruleset),  # type: ignore[arg-type]
            "memory": lambda: bench_memory(plan, scratch, python),
            "extraction": lambda: bench_extraction(plan),
            "large": lambda: bench_large(plan, scratch, python),
            "startup": lambda: measure_startup(plan.startup_runs, python),
        }
        for name in only:
            started = time.perf_counter()
            figures = steps[name]()
            details = figures.pop("details")
            details["bench_seconds"] = round(time.perf_counter() - started, 1)
            results.update(figures)
            results["details"][name] = details
    results["machine"]["load_average_at_end"] = [round(x, 2) for x in os.getloadavg()]
    results["machine"]["calibration_ms_at_end"] = calibration_ms()
    return results


def met(key: str, value: float) -> bool:
    """Whether a figure meets its target."""
    target, kind = TARGETS[key]
    return value <= target if kind == "max" else value >= target


def _note(key: str, details: dict[str, Any]) -> str:
    """What a figure was measured against, from its benchmark's details."""
    seed, match, fetch = details.get("seed"), details.get("match"), details.get("fetch")
    cache, scaling, memory = details.get("cache"), details.get("scaling"), details.get("memory")
    extraction, large = details.get("extraction"), details.get("large")
    startup = details.get("startup")
    notes = {
        "seed_check_seconds": lambda: (
            f"median of {seed['runs']} runs, {seed['cpu_s_median']:.2f} s CPU; "
            f"{seed['without_bytecode_s']:.2f} s without bytecode"
        ),
        "match_speedup_vs_difflib": lambda: (
            f"factcheck {match['factcheck_s']:.3f} s, difflib {match['difflib_s']:.1f} s "
            f"({match['claims']} claims x {match['sentences']} sentences)"
        ),
        "match_overhead_vs_cdist": lambda: f"raw cdist {match['raw_cdist_s']:.3f} s",
        "fetch_speedup_vs_serial": lambda: (
            f"{fetch['concurrent_s']:.2f} s vs {fetch['serial_s']:.2f} s one by one "
            f"(ideal {fetch['ideal_speedup']:g}x)"
        ),
        "fetch_overhead_vs_ideal": lambda: (
            f"ideal {fetch['ideal_concurrent_s']:.2f} s at concurrency {fetch['concurrency']}"
        ),
        "warm_cache_requests": lambda: f"first run: {cache['cold_requests']} requests",
        "scaling_exponent_article": lambda: _times(scaling, "article_s"),
        "scaling_exponent_sources": lambda: _times(scaling, "sources_s"),
        "peak_rss_mib_100_sources": lambda: (
            f"{memory['sources']} sources, {memory['wall_s']:.1f} s; "
            f"{memory['peak_rss_mib_one_source']:.0f} MiB with one"
        ),
        "extraction_kb_per_s": lambda: (
            f"{extraction['article_kb']:.0f} KB of news copy, {extraction['claims']} claims, "
            f"{extraction['extract_cpu_s']:.2f} s CPU"
        ),
        "extraction_cost_vs_split": lambda: (
            f"sentence splitting {extraction['split_kb_per_s']:.0f} KB/s"
        ),
        "large_article_seconds": lambda: (
            f"{large['article_mb']} MB, {large['default']['claims']} claims, "
            f"{large['default']['cpu_s']:.1f} s CPU; stopped: {bool(large['default']['notes'])}"
        ),
        "large_article_peak_mib": lambda: f"{large['article_mb']} MB article, --no-search",
        "large_article_all_claims_seconds": lambda: (
            f"--max-claims 0: {large['all_claims']['claims']} claims, "
            f"{large['all_claims']['cpu_s']:.1f} s CPU"
        ),
        "large_article_all_claims_peak_mib": lambda: "--max-claims 0",
        "startup_version_seconds": lambda: (
            f"python -c pass {startup['python_pass_s']:.3f} s; {startup['version_modules']} "
            f"modules; median of {startup['runs']}"
        ),
        "startup_help_seconds": lambda: f"min {startup['help_min_s']:.3f} s",
    }
    try:
        return notes[key]()
    except (KeyError, TypeError):
        return ""


def _times(scaling: dict[str, Any], key: str) -> str:
    pairs = zip(scaling["scales"], scaling[key], strict=True)
    return ", ".join(f"{t:.2f} s at {s}x" for s, t in pairs)


def table(results: dict[str, Any]) -> str:
    """The figures, their targets, whether each is met and what it was measured against."""
    rows = [("figure", "measured", "target", "", "measured against")]
    for key, (target, kind) in TARGETS.items():
        if key not in results:
            continue
        bound = "-" if target == float("inf") else f"{'<=' if kind == 'max' else '>='} {target:g}"
        verdict = "" if target == float("inf") else ("ok" if met(key, results[key]) else "MISSED")
        rows.append((key, f"{results[key]:g}", bound, verdict, _note(key, results["details"])))
    widths = [max(len(r[i]) for r in rows) for i in range(5)]
    lines = [
        "  ".join(
            cell.ljust(w) if i in (0, 4) else cell.rjust(w)
            for i, (cell, w) in enumerate(zip(row, widths, strict=True))
        ).rstrip()
        for row in rows
    ]
    lines.insert(1, "-" * max(len(line) for line in lines))
    return "\n".join(lines)


def main(argv: Sequence[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--quick", action="store_true", help="small loads; within a minute")
    parser.add_argument(
        "--only", default=",".join(BENCHMARKS), help=f"comma list of {', '.join(BENCHMARKS)}"
    )
    parser.add_argument(
        "-o", "--output", type=Path, help="results file (default: bench/results.json, full runs)"
    )
    parser.add_argument(
        "--python",
        default=sys.executable,
        help="interpreter for the command-line checks (seed, cache, memory), e.g. another "
        "environment's; default: this one",
    )
    args = parser.parse_args(argv)
    only = [name.strip() for name in args.only.split(",") if name.strip()]
    unknown = sorted(set(only) - set(BENCHMARKS))
    if unknown:
        parser.error(f"unknown benchmark(s): {', '.join(unknown)}")
    plan = QUICK if args.quick else FULL
    results = run(plan, only, args.python)
    results["targets"] = {
        key: {"target": target, "met": met(key, results[key])}
        for key, (target, _kind) in TARGETS.items()
        if key in results and target != float("inf")
    }
    print(table(results))
    box = results["machine"]
    print(
        f"\n{box['cpus']} x {box['cpu']}, Python {box['python']}; load average "
        f"{box['load_average_at_start'][0]:g} -> {box['load_average_at_end'][0]:g}; "
        f"calibration {box['calibration_ms_at_start']:g} -> {box['calibration_ms_at_end']:g} ms"
    )
    output = args.output or (None if args.quick else RESULTS)
    if output is not None:
        output.write_text(json.dumps(results, indent=2) + "\n", encoding="utf-8")
        print(f"\nwritten to {output}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
