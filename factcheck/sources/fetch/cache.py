"""The evidence cache: complete 2xx bodies on disk, keyed by normalised URL.

One file per entry, named by the hex sha256 of the key, holding a magic line, one
line of JSON metadata and the decoded body. An entry is written to a temporary
file in the same directory, fsync'ed and renamed over the old one, so a reader
sees a whole entry or none. Reading checks the schema, size and sha256; anything
that does not check out is a miss and is deleted. An entry that is not a regular file,
or cannot be read, is a miss too, and is never opened in a way that could block; a
folder that cannot be used means no cache (see :mod:`factcheck.cachedir`). There is no
pickle anywhere: a cache directory restored in CI is not trusted input.
"""

from __future__ import annotations

import contextlib
import hashlib
import json
import os
import tempfile
import time
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any, Protocol

from factcheck.cachedir import read_entry, usable_cache_dir

MAGIC = b"factcheck-cache\n"
SCHEMA = 1
# Metadata is small; a bigger line means a corrupt or hostile file.
_MAX_META_BYTES = 256 * 1024
_STALE_TEMP_SECONDS = 3600.0

# Only these response headers are kept: never Set-Cookie or anything auth-related.
KEPT_HEADERS = (
    "content-type",
    "content-language",
    "date",
    "etag",
    "last-modified",
    "cache-control",
)


@dataclass(frozen=True)
class CacheEntry:
    """One cached response."""

    url: str
    final_url: str
    status: int
    fetched_at: str
    body: bytes
    headers: dict[str, str] = field(default_factory=dict)
    redirects: tuple[str, ...] = ()
    stored_at: float = 0.0


class EntryStore(Protocol):
    """Where the fetcher keeps entries: a :class:`DiskCache` folder, or another store of
    the same entries (the batch runner's shared store on an fsspec URL)."""

    def get(
        self, namespace: str, url: str, *, ttl: float | None = None, stale_ok: bool = False
    ) -> CacheEntry | None:
        """The entry for ``url`` if it is intact and (unless ``stale_ok``) fresh."""

    def put(self, namespace: str, entry: CacheEntry) -> None:
        """Store ``entry`` whole or not at all; a failure to write is ignored."""


class DiskCache:
    """A directory of cache entries; every failure to read or write is a miss, and a
    folder that cannot be used at all is no cache (with one warning)."""

    def __init__(self, root: Path, ttl: float, max_body_bytes: int) -> None:
        self.root = root
        self.ttl = ttl
        self._max_body = max_body_bytes
        self._folder_ok: bool | None = None

    def _usable_folder(self) -> bool:
        # Looked at on first use only: a run told to use another folder, or none, never
        # looks at this one.
        if self._folder_ok is None:
            self._folder_ok = usable_cache_dir(self.root)
        return self._folder_ok

    def path_for(self, namespace: str, url: str) -> Path:
        """The entry file for ``url`` in ``namespace`` (hex names only)."""
        return self.root / f"v{SCHEMA}" / entry_name(namespace, url)

    def get(
        self, namespace: str, url: str, *, ttl: float | None = None, stale_ok: bool = False
    ) -> CacheEntry | None:
        """The entry for ``url`` if it is intact and (unless ``stale_ok``) fresh."""
        if not self._usable_folder():
            return None
        path = self.path_for(namespace, url)
        data = read_entry(path, max_entry_bytes(self._max_body) - 1)
        if data is None:
            return None
        try:
            entry = decode_entry(data, self._max_body)
        except (ValueError, RecursionError):
            # Corrupt or foreign: removed, so that the next write starts clean.
            with contextlib.suppress(OSError):
                path.unlink()
            return None
        return entry if usable(entry, url, self.ttl if ttl is None else ttl, stale_ok) else None

    def put(self, namespace: str, entry: CacheEntry) -> None:
        """Store ``entry`` atomically; a failure to write is ignored (it is a cache)."""
        if not 200 <= entry.status < 300 or len(entry.body) > self._max_body:
            return
        if not self._usable_folder():
            return
        path = self.path_for(namespace, entry.url)
        data = encode_entry(entry)
        with contextlib.suppress(OSError):
            _atomic_write(path, data)


def entry_name(namespace: str, url: str) -> str:
    """The name of ``url``'s entry in ``namespace`` (hex only), below ``v<SCHEMA>/``."""
    digest = hashlib.sha256(f"{SCHEMA}\n{namespace}\n{url}".encode()).hexdigest()
    return f"{digest[:2]}/{digest}"


def usable(entry: CacheEntry, url: str, ttl: float, stale_ok: bool) -> bool:
    """True when ``entry`` is ``url``'s and fresh enough (or staleness is allowed)."""
    return entry.url == url and (stale_ok or time.time() - entry.stored_at <= ttl)


def encode_entry(entry: CacheEntry) -> bytes:
    """The bytes of an entry: magic line, one line of JSON metadata, body."""
    meta = {
        "schema": SCHEMA,
        "url": entry.url,
        "final_url": entry.final_url,
        "status": entry.status,
        "fetched_at": entry.fetched_at,
        "headers": {k: v for k, v in entry.headers.items() if k.lower() in KEPT_HEADERS},
        "redirects": list(entry.redirects),
        "stored_at": time.time(),
        "size": len(entry.body),
        "sha256": hashlib.sha256(entry.body).hexdigest(),
    }
    return MAGIC + json.dumps(meta, separators=(",", ":")).encode() + b"\n" + entry.body


def max_entry_bytes(max_body: int) -> int:
    """The most bytes to read of an entry: one more than the largest valid one."""
    return len(MAGIC) + _MAX_META_BYTES + max_body + 1


def decode_entry(data: bytes, max_body: int) -> CacheEntry:
    """The entry in ``data``; ValueError unless its schema, size and sha256 check out,
    so that a truncated or corrupt file is never read as evidence."""
    if not data.startswith(MAGIC):
        raise ValueError("not a cache entry")
    end = data.find(b"\n", len(MAGIC), len(MAGIC) + _MAX_META_BYTES)
    if end < 0:
        raise ValueError("metadata line too long or missing")
    meta = json.loads(data[len(MAGIC) : end])
    size = _check_meta(meta, max_body)
    body = data[end + 1 :]
    if len(body) != size:
        raise ValueError("body size does not match")
    if hashlib.sha256(body).hexdigest() != meta["sha256"]:
        raise ValueError("body hash does not match")
    return CacheEntry(
        url=meta["url"],
        final_url=meta["final_url"],
        status=meta["status"],
        fetched_at=meta["fetched_at"],
        body=body,
        headers=meta["headers"],
        redirects=tuple(meta["redirects"]),
        stored_at=meta["stored_at"],
    )


def _check_meta(meta: Any, max_body: int) -> int:
    if not isinstance(meta, dict) or meta.get("schema") != SCHEMA:
        raise ValueError("unknown schema")
    expected: dict[str, type | tuple[type, ...]] = {
        "url": str,
        "final_url": str,
        "status": int,
        "fetched_at": str,
        "headers": dict,
        "redirects": list,
        "stored_at": (int, float),
        "size": int,
        "sha256": str,
    }
    for key, kind in expected.items():
        if not isinstance(meta.get(key), kind) or isinstance(meta.get(key), bool):
            raise ValueError(f"bad field {key}")
    if not all(isinstance(k, str) and isinstance(v, str) for k, v in meta["headers"].items()):
        raise ValueError("bad headers")
    if not all(isinstance(u, str) for u in meta["redirects"]):
        raise ValueError("bad redirects")
    if not 200 <= meta["status"] < 300 or not 0 <= meta["size"] <= max_body:
        raise ValueError("bad status or size")
    size: int = meta["size"]
    return size


def _sweep_temporaries(directory: Path) -> None:
    # A writer killed between write and rename leaves its temporary file behind.
    cutoff = time.time() - _STALE_TEMP_SECONDS
    for leftover in directory.glob(".tmp-*"):
        with contextlib.suppress(OSError):
            if leftover.stat().st_mtime < cutoff:
                leftover.unlink()


def _atomic_write(path: Path, data: bytes) -> None:
    path.parent.mkdir(mode=0o700, parents=True, exist_ok=True)
    _sweep_temporaries(path.parent)
    fd, tmp = tempfile.mkstemp(dir=path.parent, prefix=".tmp-")
    try:
        with os.fdopen(fd, "wb") as handle:
            handle.write(data)
            handle.flush()
            os.fsync(handle.fileno())
        os.replace(tmp, path)
    except BaseException:
        with contextlib.suppress(OSError):
            os.unlink(tmp)
        raise
    # Make the rename itself durable; not every filesystem lets a directory be opened.
    with contextlib.suppress(OSError):
        dir_fd = os.open(path.parent, os.O_RDONLY)
        try:
            os.fsync(dir_fd)
        finally:
            os.close(dir_fd)
