"""The live path end to end: an article given as a URL, its sources fetched from a real
HTTP server on 127.0.0.1, then the same check recorded, replayed and re-run from cache."""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path
from typing import Any

import pytest
from click.testing import CliRunner
from conftest import LOOPBACK, check_json, serve_directory

from factcheck.cli import cli

ARTICLE = """<!DOCTYPE html><html><head><title>Dock strike</title></head><body>
<nav><a href="/">Home</a></nav>
<main>
<h1>The dock strike, two weeks on</h1>
<p>Members of the Harbour Workers Union went on strike against Port Alder Holdings in
March, according to <a href="/report.html">the local paper</a>. The strike lasted 12 days.</p>
<p>The company says dock workers there earn $31 an hour.</p>
</main>
<footer>Footer text</footer>
</body></html>
"""
REPORT = """<!DOCTYPE html><html><head><title>Report</title></head><body><article>
<p>About 4,000 members of the Harbour Workers Union went on strike against Port Alder
Holdings on 3 March 2024. The strike lasted 12 days.</p>
<p>Dock workers at Port Alder Holdings earn $27 an hour, the union said.</p>
</article></body></html>
"""


@pytest.fixture
def site(tmp_path: Path) -> Iterator[str]:
    root = tmp_path / "site"
    root.mkdir()
    (root / "article.html").write_text(ARTICLE, encoding="utf-8")
    (root / "report.html").write_text(REPORT, encoding="utf-8")
    with serve_directory(root) as base:
        yield base


def _check(args: list[str], tmp_path: Path) -> tuple[int, dict[str, Any]]:
    return check_json(args, tmp_path / "cache")


def _verdicts(report: dict[str, Any]) -> dict[str, str]:
    return {c["text"]: c["verdict"] for c in report["articles"][0]["claims"]}


@pytest.mark.block_network(allowed_hosts=LOOPBACK)
def test_article_by_url_against_live_sources(site: str, tmp_path: Path) -> None:
    code, report = _check([f"{site}/article.html", "--allow-private", "--no-cache"], tmp_path)
    verdicts = _verdicts(report)
    strike = next(v for text, v in verdicts.items() if "Harbour Workers Union" in text)
    assert strike == "supported"
    assert verdicts["The strike lasted 12 days"] == "supported"
    pay = next(v for text, v in verdicts.items() if "$31" in text)
    assert pay == "contradicted"
    assert code == 1
    source = report["sources"][0]
    assert source["url"] == f"{site}/report.html"
    assert source["origin"] == "cited" and source["status"] == 200 and source["sha256"]


@pytest.mark.block_network(allowed_hosts=LOOPBACK)
def test_private_addresses_are_refused_by_default(site: str, tmp_path: Path) -> None:
    runner = CliRunner()
    result = runner.invoke(cli, ["check", f"{site}/article.html", "--no-search", "-q"])
    assert result.exit_code == 2
    assert "non-public" in result.stderr
    assert "Traceback" not in result.stderr


@pytest.mark.block_network(allowed_hosts=LOOPBACK)
def test_record_then_replay_gives_the_same_verdicts(site: str, tmp_path: Path) -> None:
    cassette = tmp_path / "run.yaml"
    _, live = _check(
        [f"{site}/article.html", "--allow-private", "--no-cache", "--record", str(cassette)],
        tmp_path,
    )
    assert cassette.is_file()
    # The cassette answers the article's URL too; the address policy still applies.
    _, replayed = _check(
        [f"{site}/article.html", "--replay", str(cassette), "--allow-private"], tmp_path
    )
    assert _verdicts(replayed) == _verdicts(live)


@pytest.mark.block_network(allowed_hosts=LOOPBACK)
def test_second_run_comes_from_the_cache_and_offline_works(site: str, tmp_path: Path) -> None:
    article = tmp_path / "draft.html"
    article.write_text(ARTICLE.replace('href="/report.html"', f'href="{site}/report.html"'))
    _, first = _check([str(article), "--allow-private"], tmp_path)
    _, offline = _check([str(article), "--allow-private", "--offline"], tmp_path)
    assert _verdicts(offline) == _verdicts(first)
    assert all(s["from_cache"] for s in offline["sources"])
