"""The evidence store a cluster's workers share: a folder, or an fsspec URL.

    open_store("/mnt/shared/factcheck-cache", fetch)   # a folder on shared storage
    open_store("s3://bucket/factcheck-cache", fetch)   # any fsspec URL: s3://, gs://, file://

Entries are the evidence cache's own (:mod:`factcheck.sources.fetch.cache`): a magic line,
a line of JSON metadata with the body's size and sha256, the body. A folder is the cache
folder itself. On an fsspec URL an entry is written to a temporary name and then moved
over its final name, so a reader sees a whole entry or none; on object stores, where a
move is a copy, the upload itself is already all-or-nothing. Every read checks the size
and sha256, so a file cut short by a killed writer, a full disk or a bad copy is a miss
(and is deleted), never evidence.
"""

from __future__ import annotations

import contextlib
import uuid
from pathlib import Path
from typing import Any

from factcheck.cachedir import default_cache_dir
from factcheck.errors import UsageError
from factcheck.sources.fetch.cache import (
    SCHEMA,
    CacheEntry,
    DiskCache,
    EntryStore,
    decode_entry,
    encode_entry,
    entry_name,
    max_entry_bytes,
    usable,
)
from factcheck.sources.fetch.types import FetchOptions


def is_url(spec: str) -> bool:
    """True when ``spec`` names a store by URL (``scheme://...``) rather than a folder."""
    return "://" in spec


class FsspecStore:
    """Cache entries under an fsspec URL; every failure to read or write is a miss."""

    def __init__(self, url: str, ttl: float, max_body_bytes: int) -> None:
        # Imported here: fsspec is part of the optional dask extra.
        import fsspec

        try:
            self._fs, root = fsspec.core.url_to_fs(url)
        except (ImportError, ValueError) as exc:
            raise UsageError(f"{url}: cannot open this cache URL: {exc}") from None
        self.root = root.rstrip("/")
        self.ttl = ttl
        self._max_body = max_body_bytes

    def path_for(self, namespace: str, url: str) -> str:
        """The entry's path inside the filesystem (hex names only)."""
        return f"{self.root}/v{SCHEMA}/{entry_name(namespace, url)}"

    def get(
        self, namespace: str, url: str, *, ttl: float | None = None, stale_ok: bool = False
    ) -> CacheEntry | None:
        """The entry for ``url`` if it is intact and (unless ``stale_ok``) fresh."""
        path = self.path_for(namespace, url)
        try:
            with self._fs.open(path, "rb") as handle:
                data = handle.read(max_entry_bytes(self._max_body))
            entry = decode_entry(data, self._max_body)
        except FileNotFoundError:
            return None
        except (OSError, ValueError):
            with contextlib.suppress(OSError, FileNotFoundError):
                self._fs.rm_file(path)
            return None
        return entry if usable(entry, url, self.ttl if ttl is None else ttl, stale_ok) else None

    def put(self, namespace: str, entry: CacheEntry) -> None:
        """Store ``entry`` whole or not at all; a failure to write is ignored."""
        if not 200 <= entry.status < 300 or len(entry.body) > self._max_body:
            return
        path = self.path_for(namespace, entry.url)
        folder = path.rsplit("/", 1)[0]
        temporary = f"{folder}/.tmp-{uuid.uuid4().hex}"
        try:
            self._fs.makedirs(folder, exist_ok=True)
            self._fs.pipe_file(temporary, encode_entry(entry))
            self._fs.mv(temporary, path)
        except OSError:
            with contextlib.suppress(OSError, FileNotFoundError):
                self._fs.rm_file(temporary)

    def __reduce__(self) -> tuple[Any, ...]:
        # Sent to the workers as its URL: each opens its own filesystem handle.
        return (FsspecStore, (self._fs.unstrip_protocol(self.root), self.ttl, self._max_body))


def open_store(spec: str | None, fetch: FetchOptions) -> EntryStore | None:
    """The store for ``spec`` (a folder or an fsspec URL; None: the options' cache folder),
    or None when the options use no cache."""
    if not fetch.use_cache:
        return None
    if spec is not None and is_url(spec):
        return FsspecStore(spec, fetch.cache_ttl, fetch.max_decoded_bytes)
    folder = Path(spec) if spec is not None else fetch.cache_dir or default_cache_dir()
    return DiskCache(folder, fetch.cache_ttl, fetch.max_decoded_bytes)
