"""The command line and its cache folder, in real processes: ``--no-cache`` and
``--cache-dir`` leave the default folder alone, an unusable folder is one warning, a cache
entry that would block a reader (a FIFO) is skipped, and ~/.cache is not touched by a
run that was told to keep out of it."""

from __future__ import annotations

import json
import os
import pwd
from collections.abc import Callable, Iterator
from pathlib import Path

import pytest
from click.testing import CliRunner, Result
from clirun import factcheck, modes_bind
from faultserver import LOOPBACK, FaultServer

from factcheck import cachedir
from factcheck.cli import cli
from factcheck.sources.fetch.cache import DiskCache

pytestmark = pytest.mark.block_network(allowed_hosts=LOOPBACK)

LOCAL = {"FACTCHECK_FETCH_HOST_DELAY": "0"}


@pytest.fixture
def site() -> Iterator[FaultServer]:
    with FaultServer() as server:
        server.robots = (200, b"User-agent: *\nAllow: /\n")
        yield server


def write_draft(tmp_path: Path, server: FaultServer) -> Path:
    draft = tmp_path / "draft.md"
    draft.write_text(
        "# Harbour news\n\nThe ferry company said its fleet grew to 14 boats in 2022, "
        f"according to [its yearly filing]({server.url('/ok')}).\n",
        encoding="utf-8",
    )
    return draft


def in_process(*args: str, env: dict[str, str], monkeypatch: pytest.MonkeyPatch) -> Result:
    monkeypatch.setattr(cachedir, "_refused", set())  # a new process warns afresh
    for name, value in env.items():
        monkeypatch.setenv(name, value)
    return CliRunner().invoke(cli, list(args))


def _key_folder() -> dict[str, str]:
    """The test's own key folder (``warm_rules`` put the key that signed the derived rule
    data there), for a real process whose environment is given whole."""
    return {"XDG_RUNTIME_DIR": os.environ["XDG_RUNTIME_DIR"]}


def check_args(draft: Path, *extra: str) -> list[str]:
    return ["check", str(draft), "--allow-private", "--no-search", "-q", *extra]


def test_runs_told_to_keep_out_leave_home_cache_alone(
    site: FaultServer, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    home = tmp_path / "home"
    home.mkdir()
    draft = write_draft(tmp_path, site)
    monkeypatch.delenv("XDG_CACHE_HOME")
    env = {**LOCAL, "HOME": str(home)}
    elsewhere = tmp_path / "elsewhere"
    for args in (
        check_args(draft, "--no-cache"),
        check_args(draft, "--cache-dir", str(elsewhere)),
        ["claims", str(draft)],
        ["rules", "validate"],
    ):
        result = in_process(*args, env=env, monkeypatch=monkeypatch)
        assert result.exit_code in (0, 1), result.stderr
        assert result.stderr == ""
        assert list(home.iterdir()) == [], args
    assert any(elsewhere.rglob("*"))
    # A plain run does use it, so the test above could fail.
    assert in_process(*check_args(draft), env=env, monkeypatch=monkeypatch).exit_code in (0, 1)
    assert any((home / ".cache" / "factcheck").rglob("*"))


def test_the_test_suite_keeps_out_of_the_users_cache() -> None:
    # conftest gives every test its own HOME and cache folder.
    real_home = Path(pwd.getpwuid(os.getuid()).pw_dir).resolve()
    assert not Path.home().resolve().is_relative_to(real_home)
    assert not cachedir.default_cache_dir().resolve().is_relative_to(real_home)


def unusable(tmp_path: Path, kind: str) -> Path:
    if kind == "a file":
        path = tmp_path / "cache-file"
        path.write_text("")
    else:
        path = tmp_path / "locked"
        path.mkdir()
        path.chmod(0)
    return path


@pytest.mark.timeout(400)
@pytest.mark.parametrize("kind", ["a file", "unreadable"])
def test_an_unusable_default_folder_is_one_warning_and_never_an_exit(
    site: FaultServer,
    kind: str,
    tmp_path: Path,
    monkeypatch: pytest.MonkeyPatch,
    rules_loaded_once: None,
) -> None:
    if kind == "unreadable" and not modes_bind():
        pytest.skip("root reads folders whatever their mode, and setpriv is missing")
    draft = write_draft(tmp_path, site)
    env = {**LOCAL, "HOME": str(tmp_path), "XDG_CACHE_HOME": str(unusable(tmp_path, kind))}
    # A real process: chmod binds only a process that is not root (see clirun).
    # With no usable cache the rules load cold: minutes on a busy machine.
    result = factcheck(*check_args(draft), env=env, cwd=tmp_path, timeout=300)
    assert result.returncode in (0, 1), result.stderr
    [line] = result.stderr.splitlines()
    assert line.startswith("factcheck: warning: cache folder ")
    assert "running without a cache" in line
    if kind == "unreadable":
        return
    for args in (check_args(draft, "--no-cache"), ["claims", str(draft)]):
        quiet = in_process(*args, env=env, monkeypatch=monkeypatch)
        assert (quiet.exit_code, quiet.stderr) in ((0, ""), (1, "")), quiet.stderr


def test_fifos_in_place_of_entries_do_not_hang_a_run(
    site: FaultServer, tmp_path: Path, warm_rules: Callable[[Path], None]
) -> None:
    cache_dir = tmp_path / "cache"
    draft = write_draft(tmp_path, site)
    cache = DiskCache(cache_dir, ttl=3600, max_body_bytes=1 << 20)
    for namespace, url in (("page", site.url("/ok")), ("robots", site.url("/robots.txt"))):
        path = cache.path_for(namespace, url)
        path.parent.mkdir(parents=True, exist_ok=True)
        os.mkfifo(path)
    # The rules' derived data beside the FIFOs, as after a first run (the runs load the
    # rules warm: the FIFOs are in the page and robots entries, not in the rules).
    warm_rules(cache_dir)
    env = {**LOCAL, "HOME": str(tmp_path), **_key_folder()}
    for extra in ((), ("--refresh",), ("--offline",)):
        args = check_args(draft, "--cache-dir", str(cache_dir), *extra)
        result = factcheck(*args, env=env, cwd=tmp_path, timeout=90)
        assert "Traceback" not in result.stderr
        assert result.returncode in (0, 1, 2), result.stderr


def test_an_unreadable_entry_is_a_miss_and_the_source_is_fetched(
    site: FaultServer, tmp_path: Path, warm_rules: Callable[[Path], None]
) -> None:
    if not modes_bind():
        pytest.skip("root reads files whatever their mode, and setpriv is missing")
    cache_dir = tmp_path / "cache"
    draft = write_draft(tmp_path, site)
    warm_rules(cache_dir)  # the rules load warm; the unreadable entry is the page's
    cache = DiskCache(cache_dir, ttl=3600, max_body_bytes=1 << 20)
    path = cache.path_for("page", site.url("/ok"))
    path.parent.mkdir(parents=True)
    path.write_bytes(b"whatever it holds, it cannot be read")
    path.chmod(0)
    env = {**LOCAL, "HOME": str(tmp_path), **_key_folder()}
    result = factcheck(*check_args(draft, "--cache-dir", str(cache_dir)), env=env, cwd=tmp_path)
    assert result.returncode in (0, 1), result.stderr
    [line] = result.stderr.splitlines()
    assert line.startswith(f"factcheck: warning: cache entry {path} cannot be read")
    assert "/ok" in site.paths()


def test_a_page_from_a_local_server_is_read_afresh_by_the_next_run(
    site: FaultServer, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    # A docs team's preview server, or the next test server on a reused port: the
    # same URL serves another page between two runs, and the second run must see it.
    draft = write_draft(tmp_path, site)
    args = check_args(draft, "--cache-dir", str(tmp_path / "cache"), "--format", "json")
    verdicts = []
    for boats in (14, 11):
        body = f"<html><p>The ferry company's fleet grew to {boats} boats in 2022.</p></html>"
        site.static["/ok"] = (200, {"Content-Type": "text/html"}, body.encode())
        result = in_process(*args, env=LOCAL, monkeypatch=monkeypatch)
        [article] = json.loads(result.stdout)["articles"]
        verdicts.append([claim["verdict"] for claim in article["claims"]])
    assert verdicts == [["supported"], ["contradicted"]]
