"""Bounded decoding on its own: every coding, chunking, caps and corrupt input."""

from __future__ import annotations

import gzip
import zlib

import pytest

from factcheck.sources.fetch.decode import HAS_BROTLI, STEP, BoundedDecoder, accept_encoding
from factcheck.sources.fetch.failure import FetchFailure

TEXT = b"<html><body>" + b"The quick brown fox. " * 5000 + b"</body></html>"


def chunks(data: bytes, size: int) -> list[bytes]:
    return [data[i : i + size] for i in range(0, len(data), size)]


def decode(encoding: str | None, data: bytes, limit: int = 10_000_000, size: int = 1000) -> bytes:
    decoder = BoundedDecoder(encoding, limit)
    for piece in chunks(data, size):
        decoder.feed(piece)
    return decoder.finish()


def raw_deflate(data: bytes) -> bytes:
    compressor = zlib.compressobj(6, zlib.DEFLATED, -zlib.MAX_WBITS)
    return compressor.compress(data) + compressor.flush()


@pytest.mark.parametrize("size", [1, 7, 1000, 1 << 20])
def test_gzip_any_chunking(size: int) -> None:
    assert decode("gzip", gzip.compress(TEXT), size=size) == TEXT


def test_identity_and_unknown_spellings() -> None:
    assert decode(None, TEXT) == TEXT
    assert decode("identity", TEXT) == TEXT
    assert decode("x-gzip", gzip.compress(TEXT)) == TEXT
    assert decode("GZIP", gzip.compress(TEXT)) == TEXT


def test_deflate_wrapped_and_raw() -> None:
    assert decode("deflate", zlib.compress(TEXT)) == TEXT
    assert decode("deflate", raw_deflate(TEXT)) == TEXT


def test_concatenated_gzip_members() -> None:
    assert decode("gzip", gzip.compress(b"one ") + gzip.compress(b"two")) == b"one two"


def test_trailing_garbage_after_gzip_is_ignored() -> None:
    assert decode("gzip", gzip.compress(TEXT) + b"\x00\x00junk") == TEXT


@pytest.mark.skipif(not HAS_BROTLI, reason="brotli >= 1.2 is not installed")
def test_brotli() -> None:
    import brotli

    assert decode("br", brotli.compress(TEXT)) == TEXT
    assert "br" in accept_encoding()


def test_accept_encoding_offers_only_what_can_be_bounded() -> None:
    offered = {c.strip() for c in accept_encoding().split(",")}
    assert offered <= {"gzip", "deflate", "br"}
    assert ("br" in offered) == HAS_BROTLI


def test_cap_is_enforced_after_decoding() -> None:
    bomb = gzip.compress(bytes(50 * 1024 * 1024))
    decoder = BoundedDecoder("gzip", 1024 * 1024)
    with pytest.raises(FetchFailure) as info:
        for piece in chunks(bomb, 64 * 1024):
            decoder.feed(piece)
    assert info.value.code == "too_large"
    # The decoder never held much more than the cap.
    assert len(decoder._buffer) <= 1024 * 1024


def test_truncate_mode_keeps_the_first_bytes() -> None:
    decoder = BoundedDecoder("gzip", 100, truncate=True)
    decoder.feed(gzip.compress(TEXT))
    assert decoder.full
    assert decoder.finish() == TEXT[:100]


def test_steps_are_bounded() -> None:
    decoder = BoundedDecoder("gzip", 10 * STEP)
    pieces = list(decoder._inflater.feed(gzip.compress(bytes(4 * STEP))))
    assert max(len(p) for p in pieces) <= STEP


@pytest.mark.parametrize(
    ("encoding", "data", "code"),
    [
        ("gzip, gzip", gzip.compress(gzip.compress(TEXT)), "protocol_error"),
        ("zstd", b"\x28\xb5\x2f\xfd", "protocol_error"),
        ("compress", b"\x1f\x9d", "protocol_error"),
        ("gzip", b"not gzip at all", "protocol_error"),
        ("gzip", gzip.compress(TEXT)[:-20], "truncated"),
    ],
)
def test_bad_encodings(encoding: str, data: bytes, code: str) -> None:
    with pytest.raises(FetchFailure) as info:
        decode(encoding, data)
    assert info.value.code == code
