"""Batches on a Dask cluster: the same verdicts as one process, each page fetched once,
no host over its limit, a killed worker survived, a cut-short cache file refetched."""

from __future__ import annotations

import json
import os
import signal
import sys
import threading
import time
from collections.abc import Iterator
from pathlib import Path
from typing import Any

import dask
import pytest
from click.testing import CliRunner
from conftest import LOOPBACK
from distributed import Client, LocalCluster

from factcheck.batch.store import FsspecStore
from factcheck.cli import cli

sys.path.insert(0, str(Path(__file__).resolve().parents[1] / "bench"))
from batchload import page_url, serving, write_articles, write_site

ALL_LOOPBACK = [*LOOPBACK, r"127\.0\.0\.\d+$"]
ARTICLES, PAGES, PER_HOST = 200, 50, 2
SETTINGS = {"FACTCHECK_FETCH_HOST_DELAY": "0", "FACTCHECK_FETCH_PER_HOST": str(PER_HOST)}
# A worker killed while it holds a host's lease gives it back after this (default 30 s).
QUICK_LEASES = {
    "distributed.scheduler.locks.lease-timeout": "2s",
    "distributed.scheduler.locks.lease-validation-interval": "0.2s",
}


def run(*args: str, **env: str) -> Any:
    return CliRunner().invoke(cli, list(args), env={**SETTINGS, **env})


def verdicts(jsonl: str) -> dict[str, list[tuple[str, str]]]:
    """Verdicts by article path; fails if an article has two lines."""
    out: dict[str, list[tuple[str, str]]] = {}
    for line in jsonl.splitlines():
        article = json.loads(line)
        assert article["path"] not in out, f"{article['path']} reported twice"
        out[article["path"]] = [(c["type"], c["verdict"]) for c in article["claims"]]
    return out


@pytest.fixture(scope="module")
def batch(tmp_path_factory: pytest.TempPathFactory, ruleset: Any) -> Iterator[dict[str, Any]]:
    """Two loopback hosts serving 50 pages, 200 articles citing them, and the verdicts of
    a one-process run (-j 1) to compare with. The session's rules loaded first leave
    what they derived in this process's memory, so the run's own load of the built-in
    rules is not a cold one (about 14 s of CPU) when no test before it loaded them."""
    root = tmp_path_factory.mktemp("batch")
    write_site(root / "site", PAGES)
    with (
        pytest.MonkeyPatch.context() as mp,
        serving(root / "site", "127.0.0.1", delay=0.01) as (one, first),
        serving(root / "site", "127.0.0.2", delay=0.01) as (two, second),
    ):
        mp.chdir(root)
        articles = [
            str(p.relative_to(root))
            for p in write_articles(root / "a", [one, two], ARTICLES, PAGES)
        ]
        base = ["--allow-private", "--no-search", "--format", "jsonl"]
        reference = run("check", *articles, *base, "--no-cache", "-q", "-j", "1")
        assert reference.exit_code == 1, reference.output
        expected = verdicts(reference.stdout)
        assert len(expected) == ARTICLES
        assert {label for claims in expected.values() for _, label in claims} >= {
            "supported",
            "contradicted",
        }
        for traffic in (first, second):
            traffic.reset()
        yield {
            "root": root,
            "articles": articles,
            "bases": [one, two],
            "traffic": [first, second],
            "args": base,
            "expected": expected,
        }


# The workers are new processes: they find the derived rule data in the cache folder.
@pytest.mark.usefixtures("warm_rules")
@pytest.mark.block_network(allowed_hosts=ALL_LOOPBACK)
def test_cluster_gives_the_one_process_verdicts_fetching_each_page_once(
    batch: dict[str, Any],
) -> None:
    for traffic in batch["traffic"]:
        traffic.reset()
    with (
        dask.config.set(QUICK_LEASES),
        LocalCluster(
            n_workers=2,
            threads_per_worker=1,
            processes=False,
            protocol="tcp://",
            host="127.0.0.1",
            dashboard_address="127.0.0.1:0",
        ) as cluster,
    ):
        result = run(
            "check",
            *batch["articles"],
            *batch["args"],
            "--cache-dir",
            str(batch["root"] / "store"),
            "--scheduler",
            cluster.scheduler_address,
        )
        seen = batch["traffic"][0].hits + batch["traffic"][1].hits
        missing = run(
            "check", batch["articles"][0], "gone.md", *batch["args"],
            "--cache-dir", str(batch["root"] / "store"), "--scheduler", cluster.scheduler_address,
        )  # fmt: skip
    assert missing.exit_code == 2
    assert missing.stderr.strip().splitlines()[-1] == "factcheck: error: gone.md: no such file"
    assert result.exit_code == 1, result.output
    assert verdicts(result.stdout) == batch["expected"]
    pages = [f"/p{p}.html" for p in range(PAGES)]
    assert {page: seen[page] for page in pages} == dict.fromkeys(pages, 1)
    for traffic in batch["traffic"]:
        assert traffic.most <= PER_HOST
    assert f"factcheck: {ARTICLES}/{ARTICLES} articles (" in result.stderr


@pytest.mark.usefixtures("warm_rules")
@pytest.mark.block_network(allowed_hosts=ALL_LOOPBACK)
def test_a_killed_worker_and_a_cut_short_cache_file(batch: dict[str, Any]) -> None:
    articles = batch["articles"][:40]
    store = f"file://{batch['root']}/shared-store"
    output = batch["root"] / "killed.jsonl"
    killed: list[int] = []
    with (
        dask.config.set(QUICK_LEASES),
        LocalCluster(
            n_workers=2,
            threads_per_worker=1,
            processes=True,
            host="127.0.0.1",
            dashboard_address="127.0.0.1:0",
        ) as cluster,
        Client(cluster) as client,
    ):
        victim = next(iter(client.run(os.getpid).values()))

        def kill_after_some_lines() -> None:
            deadline = time.monotonic() + 60
            while time.monotonic() < deadline:
                if output.exists() and output.read_text().count("\n") >= 5:
                    os.kill(victim, signal.SIGKILL)
                    killed.append(victim)
                    return
                time.sleep(0.02)

        killer = threading.Thread(target=kill_after_some_lines, daemon=True)
        killer.start()
        address = cluster.scheduler_address
        common = [*articles, *batch["args"], "--cache-dir", store, "--scheduler", address]
        # The loopback site stands for a mirror that does not change, so the second run
        # may serve its pages from the store (by default local pages are asked again).
        mirror = {"FACTCHECK_FETCH_RECHECK_LOCAL": "false"}
        result = run("check", *common, "-o", str(output), **mirror)
        killer.join()
        assert killed, "the run ended before a worker could be killed"
        assert result.exit_code == 1, result.output
        expected = {path: batch["expected"][path] for path in articles}
        assert verdicts(output.read_text()) == expected

        # A cache entry cut short (as a kill during a copy leaves it) is not evidence:
        # it is detected, and its page fetched again, once.
        url = page_url(batch["bases"], 0)
        entry = FsspecStore(store, 3600.0, 1 << 20).path_for("page", url).removeprefix("file://")
        size = os.path.getsize(entry)
        with open(entry, "r+b") as handle:
            handle.truncate(size // 2)
        for traffic in batch["traffic"]:
            traffic.reset()
        again = run("check", *common, **mirror)
    assert again.exit_code == 1, again.output
    assert verdicts(again.stdout) == expected
    hits = batch["traffic"][0].hits + batch["traffic"][1].hits
    assert {k: v for k, v in hits.items() if v} == {"/p0.html": 1}
    assert FsspecStore(store, 3600.0, 1 << 20).get("page", url) is not None


def test_fsspec_store_detects_a_cut_short_entry_and_round_trips() -> None:
    from factcheck.sources.fetch.cache import CacheEntry

    store = FsspecStore("memory://factcheck-test-store", 3600.0, 1 << 20)
    entry = CacheEntry(
        "https://example.org/a",
        "https://example.org/a",
        200,
        "2026-01-01T00:00:00Z",
        b"<p>body</p>",
    )
    store.put("page", entry)
    got = store.get("page", entry.url)
    assert got is not None and got.body == entry.body
    path = store.path_for("page", entry.url)
    data = store._fs.cat_file(path)
    store._fs.pipe_file(path, data[:-3])
    assert store.get("page", entry.url) is None
    assert not store._fs.exists(path)
    assert store.get("page", "https://example.org/b") is None


def test_scheduler_without_dask_says_how_to_install(
    monkeypatch: pytest.MonkeyPatch, tmp_path: Path
) -> None:
    monkeypatch.setitem(sys.modules, "distributed", None)
    article = tmp_path / "a.md"
    article.write_text("Nothing to see.\n")
    result = run("check", str(article), "--no-search", "--scheduler", "local:2")
    assert result.exit_code == 2
    assert "pip install 'factcheck[dask]'" in result.stderr
    assert "Traceback" not in result.output


def test_resume_skips_done_articles_and_mends_a_cut_line(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.chdir(tmp_path)
    for i in range(3):
        Path(f"n{i}.md").write_text(f"Article {i} has no sources and says little.\n")
    report = Path("r.jsonl")
    first = run("check", "n0.md", "n1.md", "--no-search", "--format", "jsonl", "-o", str(report))
    assert first.exit_code == 0, first.output
    with report.open("a") as handle:
        handle.write('{"path":"n2.md","sha')  # a run killed mid-line
    again = run(
        "check",
        "n0.md",
        "n1.md",
        "n2.md",
        "--no-search",
        "--format",
        "jsonl",
        "-o",
        str(report),
        "--resume",
        str(report),
    )
    assert again.exit_code == 0, again.output
    assert sorted(json.loads(line)["path"] for line in report.read_text().splitlines()) == [
        "n0.md",
        "n1.md",
        "n2.md",
    ]


@pytest.mark.parametrize(
    ("args", "message"),
    [
        (["-", "--no-search"], "cannot read stdin"),
        (["a.md"], "add --no-search"),
        (["a.md", "--no-search", "--format", "json", "--resume", "r.jsonl"], "--format jsonl"),
    ],
)
def test_cluster_runs_it_cannot_do_are_refused_before_connecting(
    args: list[str], message: str, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.chdir(tmp_path)
    Path("a.md").write_text("A short note.\n")
    result = run("check", *args, "--scheduler", "tcp://127.0.0.1:9")
    assert result.exit_code == 2
    assert message in result.stderr
