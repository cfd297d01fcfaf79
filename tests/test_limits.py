"""Run-wide limits: the source cap per article and the run's deadline end a run early,
and say so, in the report (each source's ``error``) and in one line on stderr."""

from __future__ import annotations

import json
import time
from collections import Counter
from pathlib import Path
from typing import Any

import pytest
from click.testing import CliRunner
from faultserver import LOOPBACK, FaultServer

from factcheck.check import CheckOptions
from factcheck.cli import cli
from factcheck.config import SCHEMA
from factcheck.reading import parse_article
from factcheck.rulepacks.ruleset import RuleSet
from factcheck.sources.fetch import FetchOptions
from factcheck.sources.gather import DEFAULT_MAX_SOURCES, gather

pytestmark = pytest.mark.block_network(allowed_hosts=LOOPBACK)

LOCAL = {
    "FACTCHECK_FETCH_HOST_DELAY": "0",
    "FACTCHECK_FETCH_OBEY_ROBOTS": "false",
}


@pytest.fixture(autouse=True)
def _isolated(monkeypatch: pytest.MonkeyPatch, tmp_path: Path, ruleset: RuleSet) -> None:
    for name in list(__import__("os").environ):
        if name.startswith("FACTCHECK_"):
            monkeypatch.delenv(name)
    monkeypatch.setenv("XDG_CACHE_HOME", str(tmp_path / "cache"))
    monkeypatch.chdir(tmp_path)
    import factcheck.check

    monkeypatch.setattr(factcheck.check, "load_rules", lambda dirs=(), cache_dir=None: ruleset)


def _draft(tmp_path: Path, urls: list[str]) -> Path:
    lines = ["# Harbour traffic", ""]
    lines += [f"Another [harbour log]({url}) is kept here." for url in urls]
    path = tmp_path / "draft.md"
    path.write_text("\n\n".join(lines) + "\n", encoding="utf-8")
    return path


def _run(*args: str) -> tuple[int, dict[str, Any], str]:
    result = CliRunner().invoke(cli, list(args), env=LOCAL)
    return result.exit_code, json.loads(result.stdout), result.stderr


def test_the_defaults() -> None:
    assert FetchOptions().deadline == 60.0
    assert SCHEMA["fetch.deadline"].default == 60.0
    assert CheckOptions().max_sources == DEFAULT_MAX_SOURCES == 50
    assert SCHEMA["sources.max_per_article"].default == 50


def test_hundreds_of_links_to_one_host_stop_at_the_cap(tmp_path: Path) -> None:
    with FaultServer() as server:
        draft = _draft(tmp_path, [server.url(f"/ok?n={n}") for n in range(600)])
        started = time.monotonic()
        code, report, stderr = _run(
            "check",
            str(draft),
            "--allow-private",
            "--no-search",
            "--no-cache",
            "-q",
            "--format",
            "json",
        )
        elapsed = time.monotonic() - started
        requested = len(server.paths())
    assert code in (0, 1), stderr
    errors = Counter(s["error"] for s in report["sources"])
    assert errors == {None: 50, "source_cap": 550}
    assert requested == 50
    # The first fifty links in the article's order are the ones fetched.
    fetched = [s["url"] for s in report["sources"] if s["error"] is None]
    assert fetched == [server.url(f"/ok?n={n}") for n in range(50)]
    assert "550 sources not fetched: over the cap of 50 sources per article" in stderr
    assert elapsed < 30


def test_sources_the_user_names_are_not_capped(tmp_path: Path) -> None:
    with FaultServer() as server:
        draft = _draft(tmp_path, [server.url(f"/ok?n={n}") for n in range(4)])
        _, report, stderr = _run(
            "check",
            str(draft),
            "--allow-private",
            "--no-search",
            "--no-cache",
            "-q",
            "--format",
            "json",
            "--max-sources",
            "2",
            "--source",
            server.url("/ok?named=1"),
        )
    by_url = {s["url"]: s["error"] for s in report["sources"]}
    assert by_url[server.url("/ok?named=1")] is None
    assert [by_url[server.url(f"/ok?n={n}")] for n in range(4)] == [
        None,
        None,
        "source_cap",
        "source_cap",
    ]
    assert "2 sources not fetched: over the cap of 2" in stderr


def test_the_run_deadline_reports_the_sources_not_reached(tmp_path: Path) -> None:
    with FaultServer() as server, FaultServer(host="127.0.0.2") as other:
        urls = [server.url(f"/stall?n={n}") for n in range(3)] + [other.url("/stall")]
        draft = _draft(tmp_path, urls)
        started = time.monotonic()
        _, report, stderr = _run(
            "check",
            str(draft),
            "--allow-private",
            "--no-search",
            "--no-cache",
            "-q",
            "--format",
            "json",
            "--deadline",
            "1",
        )
        elapsed = time.monotonic() - started
    assert elapsed < 10
    assert {s["url"]: s["error"] for s in report["sources"]} == {u: "deadline" for u in urls}
    assert "4 sources not fetched: the run's deadline of 1 s passed (--deadline)" in stderr


def test_no_note_when_no_limit_bites(tmp_path: Path) -> None:
    with FaultServer() as server:
        draft = _draft(tmp_path, [server.url("/ok")])
        _, report, stderr = _run(
            "check",
            str(draft),
            "--allow-private",
            "--no-search",
            "--no-cache",
            "-q",
            "--format",
            "json",
        )
    assert [s["error"] for s in report["sources"]] == [None]
    assert "not fetched" not in stderr


def test_gather_marks_only_the_articles_own_sources_over_the_cap() -> None:
    text = "\n\n".join(f"Item {n}: see [here](https://ex.example/{n})." for n in range(5))
    article = parse_article(text, "a.md", "markdown")
    requests = gather(article, ["https://user.example/x"], max_sources=3)
    assert [(r.url.rsplit("/", 1)[1], r.origin, r.over_cap) for r in requests] == [
        ("0", "cited", False),
        ("1", "cited", False),
        ("2", "cited", False),
        ("3", "cited", True),
        ("4", "cited", True),
        ("x", "named", False),
    ]
    assert not any(r.over_cap for r in gather(article, max_sources=None))


def test_cluster_tasks_do_not_fetch_sources_over_the_cap(tmp_path: Path) -> None:
    from factcheck.cluster import tasks

    with FaultServer() as server:
        draft = _draft(tmp_path, [server.url(f"/ok?n={n}") for n in range(3)])
        options = CheckOptions(fetch=FetchOptions(allow_private=True), max_sources=1)
        extracted = tasks.read_extract(str(draft), options)
        over = [r for r in extracted.requests if r.over_cap]
        # Within the cap a source is fetched under a cluster-wide host lease (a worker's
        # job); over it, the task answers at once without one.
        sources = [tasks.fetch_source(r, options.fetch, None) for r in over]
        requested = server.paths()
    assert [r.over_cap for r in extracted.requests] == [False, True, True]
    assert [s.fetched.error for s in sources] == ["source_cap", "source_cap"]
    assert requested == []
