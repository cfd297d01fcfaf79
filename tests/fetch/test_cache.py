"""The evidence cache: second runs, integrity, atomicity, and what is never stored."""

from __future__ import annotations

import os
import pickle
import re
import signal
import subprocess
import sys
import time
from collections.abc import Callable
from dataclasses import replace
from pathlib import Path

import pytest
from fakenet import FakeDNS, LoopbackDialer
from faultserver import LOOPBACK, FaultServer

from factcheck.cachedir import default_cache_dir
from factcheck.sources.fetch import FetchOptions, fetch_all
from factcheck.sources.fetch.cache import CacheEntry, DiskCache
from factcheck.sources.fetch.fetcher import Fetcher
from factcheck.sources.fetch.policy import names_local_host

pytestmark = pytest.mark.block_network(allowed_hosts=LOOPBACK)

REPO = Path(__file__).resolve().parents[2]


def entry_files(root: Path) -> list[Path]:
    return [p for p in root.rglob("*") if p.is_file() and not p.name.startswith(".tmp-")]


def make_cache(tmp_path: Path) -> DiskCache:
    return DiskCache(tmp_path / "c", ttl=3600, max_body_bytes=1 << 20)


def entry(url: str = "https://example.com/", body: bytes = b"<html>hi</html>") -> CacheEntry:
    return CacheEntry(
        url=url,
        final_url=url,
        status=200,
        fetched_at="2024-01-01T00:00:00Z",
        body=body,
        headers={"content-type": "text/html"},
    )


def test_second_run_makes_no_request(server: FaultServer, options: FetchOptions) -> None:
    [first] = fetch_all([server.url("/ok")], options)
    requests_after_first = len(server.seen)
    [second] = fetch_all([server.url("/ok")], options)
    assert len(server.seen) == requests_after_first
    assert second.from_cache and not first.from_cache
    assert (second.text, second.sha256, second.fetched_at) == (
        first.text,
        first.sha256,
        first.fetched_at,
    )


def page(words: str) -> tuple[int, dict[str, str], bytes]:
    return 200, {"Content-Type": "text/html"}, f"<html><p>{words}</p></html>".encode()


def test_a_local_page_cached_by_an_earlier_run_is_asked_for_again(
    server: FaultServer, options: FetchOptions
) -> None:
    server.static["/preview"] = page("The pier reopened in May.")
    fetch_all([server.url("/preview")], options)
    server.static["/preview"] = page("The pier reopened in June.")
    # Within the run that stored it, the entry stands.
    [same_run] = fetch_all([server.url("/preview")], options)
    assert same_run.from_cache and "May" in (same_run.text or "")
    later = replace(options, started=time.time() + 1)
    [next_run] = fetch_all([server.url("/preview")], later)
    assert not next_run.from_cache and "June" in (next_run.text or "")
    # The entry was renewed: offline, the newest copy is the one served.
    [offline] = fetch_all([server.url("/preview")], replace(later, offline=True))
    assert offline.from_cache and "June" in (offline.text or "")


def test_a_public_page_cached_by_an_earlier_run_is_served_while_fresh(
    server: FaultServer, options: FetchOptions
) -> None:
    server.static["/report"] = page("The toll rose to four euros.")
    dns = FakeDNS({"roads.example": [["93.184.216.34"]]})
    public = replace(options, allow_private=False, obey_robots=False)
    Fetcher(public, resolver=dns, dialer=LoopbackDialer(server.port)).fetch_all(
        ["http://roads.example/report"]
    )
    asked = len(server.seen)
    later = replace(public, started=time.time() + 1)
    [again] = Fetcher(later, resolver=dns, dialer=LoopbackDialer(server.port)).fetch_all(
        ["http://roads.example/report"]
    )
    assert again.from_cache and len(server.seen) == asked


@pytest.mark.parametrize(
    ("host", "local"),
    [
        ("127.0.0.1", True),
        ("[::1]", True),
        ("localhost", True),
        ("docs.localhost", True),
        ("192.168.1.20", True),
        ("10.0.0.7", True),
        ("build.internal", True),
        ("news.example.org", False),
        ("93.184.216.34", False),
    ],
)
def test_which_hosts_are_local(host: str, local: bool) -> None:
    assert names_local_host(host) is local


def test_redirected_fetch_is_cached_with_its_chain(
    server: FaultServer, options: FetchOptions
) -> None:
    [first] = fetch_all([server.url("/chain/2")], options)
    [second] = fetch_all([server.url("/chain/2")], options)
    assert second.from_cache
    assert second.redirects == first.redirects
    assert second.final_url == first.final_url


def test_refresh_and_no_cache(server: FaultServer, options: FetchOptions) -> None:
    fetch_all([server.url("/ok")], options)
    fetch_all([server.url("/ok")], replace(options, refresh=True))
    assert server.paths().count("/ok") == 2
    fetch_all([server.url("/slow?ms=1")], replace(options, use_cache=False))
    assert options.cache_dir is not None
    assert not any(
        "slow" in p.read_bytes().decode("latin-1") for p in entry_files(options.cache_dir)
    )


def test_offline_uses_only_the_cache(server: FaultServer, options: FetchOptions) -> None:
    fetch_all([server.url("/ok")], options)
    seen = len(server.seen)
    hit, miss = fetch_all(
        [server.url("/ok"), server.url("/chain/0")], replace(options, offline=True)
    )
    assert hit.ok and hit.from_cache
    assert miss.error == "offline_miss"
    assert len(server.seen) == seen


def test_ttl(server: FaultServer, options: FetchOptions) -> None:
    fetch_all([server.url("/ok")], options)
    [expired] = fetch_all([server.url("/ok")], replace(options, cache_ttl=0))
    assert not expired.from_cache
    # Offline, a stale entry is still better than nothing.
    [stale] = fetch_all([server.url("/ok")], replace(options, cache_ttl=0, offline=True))
    assert stale.from_cache


def test_only_complete_2xx_text_is_cached(server: FaultServer, options: FetchOptions) -> None:
    fetch_all(
        [
            server.url("/status/404"),
            server.url("/truncated"),
            server.url("/binary-as-html"),
            server.url("/status/500"),
        ],
        replace(options, retries=0),
    )
    assert options.cache_dir is not None
    assert entry_files(options.cache_dir) == []


def test_set_cookie_is_never_stored(server: FaultServer, options: FetchOptions) -> None:
    server.static["/cookie"] = (
        200,
        {"Content-Type": "text/html", "Set-Cookie": "sid=s3cr3t", "WWW-Authenticate": "Basic"},
        b"<html>ok</html>",
    )
    fetch_all([server.url("/cookie")], options)
    assert options.cache_dir is not None
    [stored] = entry_files(options.cache_dir)
    data = stored.read_bytes()
    assert b"s3cr3t" not in data
    assert b"set-cookie" not in data.lower()
    assert b"www-authenticate" not in data.lower()


def test_names_are_hex_and_files_private(server: FaultServer, options: FetchOptions) -> None:
    fetch_all([server.url("/ok"), server.url("/chain/0")], options)
    assert options.cache_dir is not None
    files = entry_files(options.cache_dir)
    assert len(files) == 2
    for path in files:
        assert re.fullmatch(r"[0-9a-f]{64}", path.name)
        assert path.stat().st_mode & 0o077 == 0


@pytest.mark.parametrize(
    "damage",
    [
        lambda data: data[:-3],  # short body
        lambda data: data[:-1] + bytes([data[-1] ^ 1]),  # flipped bit
        lambda data: data + b"extra",  # long body
        lambda data: data.replace(b'"schema":1', b'"schema":99'),
        lambda data: data.replace(b'"status":200', b'"status":"200"'),
        lambda data: b"factcheck-cache\n{not json\n",
        lambda data: b"",
    ],
)
def test_damaged_entries_are_misses_and_deleted(
    tmp_path: Path, damage: Callable[[bytes], bytes]
) -> None:
    cache = make_cache(tmp_path)
    cache.put("page", entry())
    path = cache.path_for("page", "https://example.com/")
    path.write_bytes(damage(path.read_bytes()))
    assert cache.get("page", "https://example.com/") is None
    assert not path.exists()


def test_a_pickle_in_the_cache_is_never_unpickled(tmp_path: Path) -> None:
    marker = tmp_path / "pwned"

    class Payload:
        def __reduce__(self) -> tuple[object, tuple[str]]:
            return (os.system, (f"touch {marker}",))

    cache = make_cache(tmp_path)
    path = cache.path_for("page", "https://example.com/")
    path.parent.mkdir(parents=True)
    path.write_bytes(pickle.dumps(Payload()))
    assert cache.get("page", "https://example.com/") is None
    assert not marker.exists()


def test_round_trip_and_oversized_bodies(tmp_path: Path) -> None:
    cache = make_cache(tmp_path)
    cache.put("page", entry(body=b"x" * 100))
    got = cache.get("page", "https://example.com/")
    assert got is not None and got.body == b"x" * 100
    cache.put("page", entry(url="https://example.com/big", body=b"x" * (2 << 20)))
    assert cache.get("page", "https://example.com/big") is None
    assert cache.get("api", "https://example.com/") is None  # namespaces are apart


def test_unwritable_cache_is_only_a_miss(
    server: FaultServer, options: FetchOptions, tmp_path: Path
) -> None:
    blocker = tmp_path / "file"
    blocker.write_text("not a directory")
    [result] = fetch_all([server.url("/ok")], replace(options, cache_dir=blocker / "cache"))
    assert result.ok


KILLED_WRITER = """
import os, sys, time
from factcheck.sources.fetch.cache import CacheEntry, DiskCache
from pathlib import Path

cache = DiskCache(Path(sys.argv[1]), ttl=3600, max_body_bytes=1 << 20)
url = "https://example.com/"
cache.put("page", CacheEntry(url=url, final_url=url, status=200,
          fetched_at="2024-01-01T00:00:00Z", body=b"old body"))

def hang(fd):
    print("writing", flush=True)
    time.sleep(60)

os.fsync = hang  # the new entry is written but not yet renamed when we are killed
cache.put("page", CacheEntry(url=url, final_url=url, status=200,
          fetched_at="2024-01-02T00:00:00Z", body=b"new body " * 1000))
"""


def test_a_write_killed_midway_leaves_the_old_entry_or_none(tmp_path: Path) -> None:
    root = tmp_path / "c"
    child = subprocess.Popen(
        [sys.executable, "-c", KILLED_WRITER, str(root)],
        stdout=subprocess.PIPE,
        env={**os.environ, "PYTHONPATH": str(REPO)},
    )
    assert child.stdout is not None
    assert child.stdout.readline() == b"writing\n"
    child.send_signal(signal.SIGKILL)
    child.wait(10)
    child.stdout.close()
    cache = DiskCache(root, ttl=3600, max_body_bytes=1 << 20)
    got = cache.get("page", "https://example.com/")
    assert got is not None
    assert got.body == b"old body"
    # The half-written temporary file is never mistaken for an entry.
    assert len(entry_files(root)) == 1


def test_default_cache_dir_follows_xdg(monkeypatch: pytest.MonkeyPatch, tmp_path: Path) -> None:
    monkeypatch.setenv("XDG_CACHE_HOME", str(tmp_path))
    assert default_cache_dir() == tmp_path / "factcheck"
    monkeypatch.setenv("XDG_CACHE_HOME", "relative/path")
    assert default_cache_dir() == Path.home() / ".cache" / "factcheck"
    monkeypatch.delenv("XDG_CACHE_HOME")
    assert default_cache_dir() == Path.home() / ".cache" / "factcheck"


def test_stale_temporary_files_are_swept(tmp_path: Path) -> None:
    cache = make_cache(tmp_path)
    path = cache.path_for("page", "https://example.com/")
    path.parent.mkdir(parents=True)
    old = path.parent / ".tmp-old"
    fresh = path.parent / ".tmp-fresh"
    old.write_bytes(b"half")
    fresh.write_bytes(b"half")
    os.utime(old, (0, 0))
    cache.put("page", entry())
    assert not old.exists()
    assert fresh.exists()  # may belong to a writer still at work
