"""A cache folder is not trusted: entries that are not files, or cannot be read, are
misses; a folder that cannot be used is no cache, said once; nothing blocks."""

from __future__ import annotations

import functools
import logging
import os
import threading
from collections.abc import Callable
from pathlib import Path

import pytest
from faultserver import LOOPBACK, FaultServer

from factcheck import cachedir
from factcheck.sources.fetch import FetchOptions, fetch_all
from factcheck.sources.fetch.cache import CacheEntry, DiskCache

pytestmark = pytest.mark.block_network(allowed_hosts=LOOPBACK)

URL = "https://example.org/report"


@pytest.fixture(autouse=True)
def _fresh_warnings(monkeypatch: pytest.MonkeyPatch) -> None:
    # Each test sees the first warning about its own folders.
    monkeypatch.setattr(cachedir, "_refused", set())


def stored(root: Path) -> tuple[DiskCache, Path]:
    cache = DiskCache(root, ttl=3600, max_body_bytes=1 << 20)
    entry = CacheEntry(URL, URL, 200, "2024-01-01T00:00:00Z", b"<p>kept</p>")
    cache.put("page", entry)
    path = cache.path_for("page", URL)
    assert cache.get("page", URL) is not None
    return cache, path


def within(seconds: float, work: Callable[[], object]) -> object:
    """Run ``work`` on a daemon thread; fail (rather than hang the suite) if it blocks."""
    out: list[object] = []
    thread = threading.Thread(target=lambda: out.append(work()), daemon=True)
    thread.start()
    thread.join(seconds)
    assert not thread.is_alive(), "blocked"
    return out[0]


def warnings_of(caplog: pytest.LogCaptureFixture) -> list[str]:
    return [r.getMessage() for r in caplog.records if r.levelno >= logging.WARNING]


def test_a_fifo_in_place_of_an_entry_is_a_miss_not_a_hang(
    tmp_path: Path, caplog: pytest.LogCaptureFixture
) -> None:
    cache, path = stored(tmp_path)
    path.unlink()
    os.mkfifo(path)
    assert within(5, lambda: cache.get("page", URL)) is None
    assert any("not a regular file" in w for w in warnings_of(caplog))
    # Writing replaces it with a real entry.
    cache.put("page", CacheEntry(URL, URL, 200, "2024-01-01T00:00:00Z", b"<p>again</p>"))
    assert cache.get("page", URL) is not None


@pytest.mark.parametrize("kind", ["folder", "dangling link", "link loop", "link to a file"])
def test_entries_that_are_not_files_are_misses(
    tmp_path: Path, kind: str, caplog: pytest.LogCaptureFixture
) -> None:
    cache, path = stored(tmp_path / "c")
    outside = tmp_path / "outside"
    outside.write_bytes(path.read_bytes())
    path.unlink()
    if kind == "folder":
        path.mkdir()
    elif kind == "dangling link":
        path.symlink_to(tmp_path / "nowhere")
    elif kind == "link loop":
        path.symlink_to(path)
    else:
        # A well-formed entry, but outside the cache: a link is never followed.
        path.symlink_to(outside)
    assert cache.get("page", URL) is None
    assert warnings_of(caplog)


@pytest.mark.skipif(os.geteuid() == 0, reason="root reads files whatever their mode")
def test_an_unreadable_entry_is_a_miss(tmp_path: Path, caplog: pytest.LogCaptureFixture) -> None:
    cache, path = stored(tmp_path)
    path.chmod(0)
    assert cache.get("page", URL) is None
    assert any("cannot be read" in w for w in warnings_of(caplog))


@pytest.mark.parametrize("kind", ["a file", "under a file", "a fifo"])
def test_an_unusable_folder_is_no_cache_with_one_warning(
    tmp_path: Path, kind: str, caplog: pytest.LogCaptureFixture
) -> None:
    root = tmp_path / "cache"
    if kind == "a file":
        root.write_text("not a folder")
    elif kind == "under a file":
        (tmp_path / "file").write_text("")
        root = tmp_path / "file" / "cache"
    else:
        os.mkfifo(root)
    for _ in range(3):  # as a run makes several fetchers over one folder
        cache = DiskCache(root, ttl=3600, max_body_bytes=1 << 20)
        cache.put("page", CacheEntry(URL, URL, 200, "2024-01-01T00:00:00Z", b"<p>x</p>"))
        assert within(5, functools.partial(cache.get, "page", URL)) is None
    assert len(warnings_of(caplog)) == 1
    assert str(root) in warnings_of(caplog)[0]


def test_a_missing_folder_is_not_created_by_reading(tmp_path: Path) -> None:
    cache = DiskCache(tmp_path / "new" / "cache", ttl=3600, max_body_bytes=1 << 20)
    assert cache.get("page", URL) is None
    assert not (tmp_path / "new").exists()


def fetch_options(*, use_cache: bool = True, cache_dir: Path | None = None) -> FetchOptions:
    return FetchOptions(
        allow_private=True,
        host_delay=0,
        obey_robots=False,
        retries=0,
        use_cache=use_cache,
        cache_dir=cache_dir,
    )


def test_fetching_through_an_unusable_folder_still_fetches(
    tmp_path: Path, caplog: pytest.LogCaptureFixture
) -> None:
    (tmp_path / "cache").write_text("")
    with FaultServer() as server:
        [result] = fetch_all([server.url("/ok")], fetch_options(cache_dir=tmp_path / "cache"))
    assert result.ok
    assert len(warnings_of(caplog)) == 1


def test_no_cache_and_another_folder_never_look_at_the_default(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch, caplog: pytest.LogCaptureFixture
) -> None:
    broken = tmp_path / "xdg"
    broken.write_text("")  # the default folder would be unusable: no warning may name it
    monkeypatch.setenv("XDG_CACHE_HOME", str(broken))
    elsewhere = tmp_path / "elsewhere"
    with FaultServer() as server:
        urls = [server.url("/ok")]
        assert fetch_all(urls, fetch_options(use_cache=False))[0].ok
        assert fetch_all(urls, fetch_options(cache_dir=elsewhere))[0].ok
    assert warnings_of(caplog) == []
    assert any(elsewhere.rglob("*")) and broken.read_text() == ""
