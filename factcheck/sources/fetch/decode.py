"""Bounded content decoding (gzip, deflate and, when available, Brotli).

httpx 0.28 inflates each network chunk completely before a caller can count the
bytes, so a 255 KB gzip bomb costs hundreds of MiB. Here the raw (still encoded)
chunks are inflated in steps of at most :data:`STEP` output bytes, and decoding
stops as soon as the decoded total passes the cap: peak memory stays near the cap
whatever the server sends.
"""

from __future__ import annotations

import zlib
from collections.abc import Iterator
from typing import Protocol

from factcheck.sources.fetch.failure import FetchFailure

try:
    import brotli
except ImportError:  # brotli is optional
    brotli = None

STEP = 64 * 1024

# Only a Brotli binding that can bound its output (brotli >= 1.2) is safe to use.
HAS_BROTLI = brotli is not None and hasattr(brotli.Decompressor, "can_accept_more_data")


def accept_encoding() -> str:
    """The Accept-Encoding header value: only codings this module can bound."""
    return "gzip, deflate, br" if HAS_BROTLI else "gzip, deflate"


class _Inflater(Protocol):
    def feed(self, data: bytes) -> Iterator[bytes]: ...

    def finish(self) -> Iterator[bytes]: ...


class _Identity:
    def feed(self, data: bytes) -> Iterator[bytes]:
        if data:
            yield data

    def finish(self) -> Iterator[bytes]:
        return iter(())


class _Zlib:
    """gzip (wbits 16+), zlib-wrapped deflate, or raw deflate, sniffed on the first bytes."""

    def __init__(self, coding: str) -> None:
        self._coding = coding
        self._obj: zlib._Decompress | None = None

    def _start(self, data: bytes) -> zlib._Decompress:
        if self._coding == "gzip":
            return zlib.decompressobj(16 + zlib.MAX_WBITS)
        # "deflate" is meant to be zlib-wrapped, but many servers send raw deflate.
        wrapped = len(data) >= 2 and (data[0] & 0x0F) == 8 and ((data[0] << 8) | data[1]) % 31 == 0
        return zlib.decompressobj(zlib.MAX_WBITS if wrapped else -zlib.MAX_WBITS)

    def feed(self, data: bytes) -> Iterator[bytes]:
        pending = data
        while pending:
            if self._obj is None:
                self._obj = self._start(pending)
            elif self._obj.eof:
                # Concatenated gzip members are legal; anything else after the end is
                # padding that browsers ignore too.
                if self._coding != "gzip" or not pending.startswith(b"\x1f\x8b"):
                    return
                self._obj = self._start(pending)
            try:
                out = self._obj.decompress(pending, STEP)
            except zlib.error as exc:
                raise FetchFailure("protocol_error", f"corrupt {self._coding} body: {exc}") from exc
            pending = self._obj.unused_data if self._obj.eof else self._obj.unconsumed_tail
            if out:
                yield out

    def finish(self) -> Iterator[bytes]:
        if self._obj is None:
            return
        while True:
            try:
                out = self._obj.decompress(b"", STEP)
            except zlib.error as exc:
                raise FetchFailure("protocol_error", f"corrupt {self._coding} body: {exc}") from exc
            if not out:
                break
            yield out
        if not self._obj.eof:
            raise FetchFailure("truncated", f"{self._coding} body ends before its end marker")


class _Brotli:
    def __init__(self) -> None:
        assert brotli is not None
        self._obj = brotli.Decompressor()
        self._fed = False

    def feed(self, data: bytes) -> Iterator[bytes]:
        if not data:
            return
        self._fed = True
        try:
            out = self._obj.process(data, output_buffer_limit=STEP)
            yield out
            # Once the output limit is hit, the decoder must be drained with empty input.
            while not self._obj.can_accept_more_data():
                yield self._obj.process(b"", output_buffer_limit=STEP)
        except brotli.error as exc:
            raise FetchFailure("protocol_error", f"corrupt br body: {exc}") from exc

    def finish(self) -> Iterator[bytes]:
        if not self._fed:
            return
        try:
            while not self._obj.is_finished():
                out = self._obj.process(b"", output_buffer_limit=STEP)
                if not out:
                    break
                yield out
        except brotli.error as exc:
            raise FetchFailure("protocol_error", f"corrupt br body: {exc}") from exc
        if not self._obj.is_finished():
            raise FetchFailure("truncated", "br body ends before its end marker")


class BoundedDecoder:
    """Decodes one content-coding layer and keeps at most ``limit`` decoded bytes.

    ``truncate=True`` keeps the first ``limit`` bytes and ignores the rest (used for
    robots.txt, which RFC 9309 lets a crawler cut); otherwise passing the limit
    raises ``too_large``.
    """

    def __init__(self, content_encoding: str | None, limit: int, *, truncate: bool = False) -> None:
        self._inflater = _make_inflater(content_encoding)
        self._limit = limit
        self._truncate = truncate
        self._buffer = bytearray()
        self.full = False

    def feed(self, data: bytes) -> None:
        """Decode one raw chunk."""
        if not self.full:
            self._take(self._inflater.feed(data))

    def finish(self) -> bytes:
        """Flush the decoder, check the stream ended cleanly, and return the body."""
        if not self.full:
            self._take(self._inflater.finish())
        return bytes(self._buffer)

    def _take(self, pieces: Iterator[bytes]) -> None:
        for piece in pieces:
            room = self._limit - len(self._buffer)
            if len(piece) > room:
                if not self._truncate:
                    raise FetchFailure("too_large", f"more than {self._limit} bytes after decoding")
                self._buffer += piece[:room]
                self.full = True
                return
            self._buffer += piece


def _make_inflater(content_encoding: str | None) -> _Inflater:
    codings = [c.strip().lower() for c in (content_encoding or "").split(",")]
    codings = [c for c in codings if c and c != "identity"]
    if not codings:
        return _Identity()
    if len(codings) > 1:
        # Each stacked layer multiplies a bomb's ratio; no real server needs two.
        raise FetchFailure("protocol_error", f"stacked content codings refused: {content_encoding}")
    coding = codings[0]
    if coding in ("gzip", "x-gzip"):
        return _Zlib("gzip")
    if coding == "deflate":
        return _Zlib("deflate")
    if coding == "br" and HAS_BROTLI:
        return _Brotli()
    raise FetchFailure("protocol_error", f"unsupported content coding {coding!r}")
