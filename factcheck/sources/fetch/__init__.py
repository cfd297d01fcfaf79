"""Fetching sources safely: :func:`fetch_all` and the types it takes and returns.

    fetch_all(["https://example.org/"], FetchOptions()) -> [Fetched(...)]

The package, one job per module:

- ``types``: FetchOptions, FetchRequest, Fetched and the error codes (the interface).
- ``fetcher``: orchestration (cache, robots, redirects by hand, retries, deadlines).
- ``policy``: which URLs and addresses may be contacted (the SSRF policy).
- ``transport``: an httpx transport that connects only to checked addresses and caps
  the bytes read from the wire.
- ``decode``: bounded gzip/deflate/Brotli decoding.
- ``content``: media types, binary sniffing and charsets.
- ``robots``: robots.txt per RFC 9309 with Protego.
- ``gates``: global and per-host concurrency with a politeness delay.
- ``cache``: the on-disk evidence cache (JSON metadata, hash-checked, atomic writes).
- ``cassette``: VCR.py record and replay.
"""

from factcheck.sources.fetch.fetcher import DEFAULT_USER_AGENT, fetch_all
from factcheck.sources.fetch.types import ERROR_CODES, Fetched, FetchOptions, FetchRequest, MiB

__all__ = [
    "DEFAULT_USER_AGENT",
    "ERROR_CODES",
    "FetchOptions",
    "FetchRequest",
    "Fetched",
    "MiB",
    "fetch_all",
]
