"""A check that could not check does not pass: an article whose sources all failed
exits 2 with one line unless --allow-unreadable-sources; a cassette that is not one, and
settings that could only break requests, are refused before anything is fetched."""

from __future__ import annotations

import os
import subprocess
import sys
import time
from collections.abc import Iterator
from pathlib import Path

import pytest
from click.testing import CliRunner, Result
from faultserver import LOOPBACK, FaultServer

from factcheck import cachedir
from factcheck.cli import cli

pytestmark = pytest.mark.block_network(allowed_hosts=LOOPBACK)

ROOT = Path(__file__).resolve().parents[1]
LOCAL = {"FACTCHECK_FETCH_HOST_DELAY": "0", "FACTCHECK_FETCH_RETRIES": "0"}


@pytest.fixture
def server() -> Iterator[FaultServer]:
    with FaultServer() as fault_server:
        fault_server.robots = (200, b"User-agent: *\nAllow: /\n")
        yield fault_server


@pytest.fixture(autouse=True)
def _in_tmp(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.chdir(tmp_path)  # no settings file of the project is found
    monkeypatch.setattr(cachedir, "_refused", set())


def draft(tmp_path: Path, *urls: str) -> Path:
    links = " ".join(f"[source {i}]({url})" for i, url in enumerate(urls, 1))
    path = tmp_path / "draft.md"
    path.write_text(
        f"The orchard cooperative shipped 3,400 crates of pears in 2021. {links}\n",
        encoding="utf-8",
    )
    return path


def run(*args: str, env: dict[str, str] | None = None) -> Result:
    return CliRunner().invoke(cli, list(args), env={**LOCAL, **(env or {})})


def local(path: Path, *extra: str) -> list[str]:
    return ["check", str(path), "--allow-private", "--no-search", "--no-cache", "-q", *extra]


def one_error(result: Result) -> str:
    assert result.exit_code == 2, (result.stdout, result.stderr)
    assert "Traceback" not in result.stderr and "internal error" not in result.stderr
    [line] = result.stderr.splitlines()
    assert line.startswith("factcheck: error: ")
    return line


def test_no_source_read_is_exit_2_with_the_report_still_written(
    server: FaultServer, tmp_path: Path
) -> None:
    path = draft(tmp_path, server.url("/status/404"), server.url("/status/410"))
    report = tmp_path / "report.json"
    line = one_error(run(*local(path, "--format", "json", "-o", str(report))))
    assert f"no source of {path} could be read (http_404, http_410)" in line
    assert "--allow-unreadable-sources" in line
    assert '"sources_failed": 2' in report.read_text(encoding="utf-8")
    accepted = run(*local(path, "--allow-unreadable-sources"))
    assert (accepted.exit_code, accepted.stderr) == (0, "")


def test_one_readable_source_is_enough(server: FaultServer, tmp_path: Path) -> None:
    path = draft(tmp_path, server.url("/status/404"), server.url("/ok"))
    result = run(*local(path))
    assert (result.exit_code, result.stderr) == (0, "")


def test_an_article_without_sources_is_not_refused(tmp_path: Path) -> None:
    result = run(*local(draft(tmp_path)))
    assert (result.exit_code, result.stderr) == (0, "")


def test_a_robots_txt_that_answers_after_20_s(server: FaultServer, tmp_path: Path) -> None:
    server.alias["/robots.txt"] = "/slow?ms=20000"
    path = draft(tmp_path, server.url("/ok"), server.url("/chain/0"))
    started = time.monotonic()
    line = one_error(run(*local(path), env={"FACTCHECK_FETCH_READ_TIMEOUT": "0.5"}))
    assert "robots_unreachable x2" in line
    assert time.monotonic() - started < 10


def test_offline_with_a_broken_cache(server: FaultServer, tmp_path: Path) -> None:
    (tmp_path / "cache").write_text("not a folder")
    path = draft(tmp_path, server.url("/ok"))
    args = ["check", str(path), "--no-search", "-q", "--offline"]
    result = run(*args, "--cache-dir", str(tmp_path / "cache"))
    assert result.exit_code == 2
    warning, error = result.stderr.splitlines()
    assert warning.startswith("factcheck: warning: cache folder ")
    assert "(offline_miss)" in error
    assert server.seen == []


FOREIGN = """\
interactions:
- request:
    body: null
    headers: {}
    method: GET
    uri: https://elsewhere.example/page
  response:
    body: {string: <p>Another story.</p>}
    headers: {content-type: [text/html]}
    status: {code: 200, message: OK}
version: 1
"""
BOMB = "\n".join(
    ["interactions: []", "a: &a [x, x, x, x, x, x, x, x, x]"]
    + [
        f"{c}: &{c} [{', '.join([f'*{p}'] * 9)}]"
        for p, c in zip("abcdefgh", "bcdefghi", strict=True)
    ]
)


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("", "cassette.yaml: not a cassette: the file is empty"),
        ("interactions: [\n  {request: ", "cassette.yaml:3:1: not a cassette: invalid YAML: "),
        ("- a list\n", "cassette.yaml:1:1: not a cassette: expected a mapping holding"),
        ("interactions:\n- request: {uri: 5}\n", "cassette.yaml:2:12: not a cassette: missing"),
        (FOREIGN.replace("code: 200", "code: two"), "cassette.yaml:10:20: not a cassette: 'code'"),
        (BOMB, "not a cassette: more than 1,000,000 values once its aliases are expanded"),
        (FOREIGN, "could be read (not_in_cassette x2): nothing was checked"),
    ],
    ids=["empty", "corrupt", "list", "shape", "code", "alias-bomb", "foreign"],
)
def test_a_cassette_that_answers_nothing_is_exit_2(
    tmp_path: Path, text: str, expected: str
) -> None:
    cassette = tmp_path / "cassette.yaml"
    cassette.write_text(text, encoding="utf-8")
    path = draft(tmp_path, "https://news.example/orchard", "https://co-op.example/report")
    started = time.monotonic()
    line = one_error(run("check", str(path), "--no-search", "-q", "--replay", str(cassette)))
    assert expected in line
    assert time.monotonic() - started < 10


@pytest.mark.parametrize(
    ("setting", "env", "expected"),
    [
        (
            'user_agent = "factcheck\\r\\nX-Injected: 1"',
            {},
            ".factcheck.toml:2: fetch.user_agent: only printable ASCII may go in an HTTP header",
        ),
        ("", {"FACTCHECK_FETCH_USER_AGENT": "bot\nX-Injected: 1"}, "FACTCHECK_FETCH_USER_AGENT"),
        ("", {"FACTCHECK_FETCH_READ_TIMEOUT": "soon"}, "expected a number, got 'soon'"),
        ("read_timeout = 'soon'", {}, ".factcheck.toml:2: fetch.read_timeout: expected a number"),
    ],
    ids=["file-crlf", "env-lf", "env-timeout", "file-timeout"],
)
def test_bad_settings_are_refused_before_any_fetch(
    server: FaultServer, tmp_path: Path, setting: str, env: dict[str, str], expected: str
) -> None:
    (tmp_path / ".factcheck.toml").write_text(f"[fetch]\n{setting}\n", encoding="utf-8")
    line = one_error(run(*local(draft(tmp_path, server.url("/ok"))), env=env))
    assert expected in line
    assert server.seen == []


@pytest.mark.usefixtures("warm_rules")
def test_check_with_stdin_closed(tmp_path: Path) -> None:
    result = subprocess.run(
        [sys.executable, "-m", "factcheck", "check", "-", "--no-search"],
        preexec_fn=lambda: os.close(0),
        capture_output=True,
        text=True,
        timeout=60,
        cwd=tmp_path,
        env={**os.environ, **LOCAL},
    )
    assert (result.returncode, result.stderr) == (
        2,
        "factcheck: error: -: standard input is closed\n",
    )
