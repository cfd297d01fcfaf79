"""Replay from VCR.py cassettes without any network, and record then replay."""

from __future__ import annotations

import socket
from dataclasses import replace
from pathlib import Path

import pytest
import yaml
from faultserver import LOOPBACK, FaultServer

from factcheck.errors import UsageError
from factcheck.sources.fetch import FetchOptions, FetchRequest, fetch_all
from factcheck.sources.fetch import policy as policy_module

CASSETTES = Path(__file__).parent / "cassettes"


@pytest.fixture
def no_dns(monkeypatch: pytest.MonkeyPatch) -> None:
    """Make any DNS lookup fail loudly: replay must not need one."""

    def refuse(*args: object, **kwargs: object) -> None:
        raise AssertionError("DNS lookup during replay")

    async def refuse_async(host: str, port: int) -> list[str]:
        raise AssertionError("DNS lookup during replay")

    monkeypatch.setattr(socket, "getaddrinfo", refuse)
    monkeypatch.setattr(policy_module, "system_resolve", refuse_async)


@pytest.mark.usefixtures("no_dns")
def test_replay_without_network(tmp_path: Path) -> None:
    # The suite runs with --block-network and no allowed host here: any socket fails.
    options = FetchOptions(replay=CASSETTES / "example_org.yaml", cache_dir=tmp_path / "cache")
    home, moved, api, gone, missing = fetch_all(
        [
            "https://example.org/",
            "https://example.org/old",
            FetchRequest("https://api.example.org/v1/population?city=paris", kind="api"),
            "https://example.org/gone",
            "https://example.org/not-recorded",
        ],
        options,
    )
    assert home.ok and "Example Domain" in (home.text or "")
    assert home.fetched_at == "2023-07-27T10:00:00Z"  # from the recorded Date header
    assert home.charset == "utf-8"
    assert moved.ok and moved.final_url == "https://example.org/about"
    assert moved.redirects == ("https://example.org/old",)
    assert api.ok and '"population": 2102650' in (api.text or "")
    assert api.fetched_at == "2023-07-28T08:30:00Z"
    assert gone.error == "http_404"
    assert missing.error == "not_in_cassette"
    # Replay writes no cache.
    assert not (tmp_path / "cache").exists()


@pytest.mark.usefixtures("no_dns")
def test_replay_is_deterministic(tmp_path: Path) -> None:
    options = FetchOptions(replay=CASSETTES / "example_org.yaml", cache_dir=tmp_path / "cache")
    first = fetch_all(["https://example.org/"], options)
    second = fetch_all(["https://example.org/"], options)
    assert first == second


def test_replay_and_record_together_is_a_usage_error(tmp_path: Path) -> None:
    with pytest.raises(UsageError):
        fetch_all(
            ["https://example.org/"], FetchOptions(replay=tmp_path / "a", record=tmp_path / "b")
        )
    with pytest.raises(UsageError):
        fetch_all(["https://example.org/"], FetchOptions(replay=tmp_path / "missing.yaml"))


@pytest.mark.block_network(allowed_hosts=LOOPBACK)
def test_record_then_replay_round_trip(
    server: FaultServer, options: FetchOptions, tmp_path: Path
) -> None:
    import gzip

    server.static["/zipped"] = (
        200,
        {
            "Content-Type": "text/html; charset=utf-8",
            "Content-Encoding": "gzip",
            "Date": "Mon, 01 Jan 2024 12:00:00 GMT",
            "Set-Cookie": "sid=s3cr3t",
        },
        gzip.compress("<html><title>Zürich</title></html>".encode()),
    )
    server.robots = (200, b"User-agent: *\nAllow: /\n")
    cassette = tmp_path / "cassettes" / "round_trip.yaml"
    requests: list[FetchRequest | str] = [
        server.url("/zipped"),
        server.url("/chain/2"),
        server.url("/status/404"),
        FetchRequest(server.url("/ok"), kind="api"),
    ]
    recorded = fetch_all(requests, replace(options, record=cassette))
    assert [r.error for r in recorded] == [None, None, "http_404", None]

    text = cassette.read_text()
    assert "s3cr3t" not in text
    assert "Date" in text or "date" in text
    data = yaml.safe_load(text.replace("!!binary", "!!str"))
    assert data["version"] == 1
    assert {i["request"]["uri"] for i in data["interactions"]} >= {server.url("/zipped")}

    seen_before = len(server.seen)
    replayed = fetch_all(requests, replace(options, replay=cassette, use_cache=False))
    assert len(server.seen) == seen_before
    for live, again in zip(recorded, replayed, strict=True):
        assert (again.status, again.error, again.text, again.sha256, again.redirects) == (
            live.status,
            live.error,
            live.text,
            live.sha256,
            live.redirects,
        )
    assert replayed[0].text == "<html><title>Zürich</title></html>"
    assert replayed[0].fetched_at == "2024-01-01T12:00:00Z"


@pytest.mark.block_network(allowed_hosts=LOOPBACK)
def test_recording_keeps_the_wire_cap(
    server: FaultServer, options: FetchOptions, tmp_path: Path
) -> None:
    # VCR.py reads the whole body before the fetcher sees it; the cap in the
    # connection pool still stops it.
    server.static["/big"] = (200, {"Content-Type": "text/html"}, b"x" * 64 * 1024)
    opts = replace(options, record=tmp_path / "big.yaml", max_wire_bytes=1024, obey_robots=False)
    [result] = fetch_all([server.url("/big")], opts)
    assert result.error == "too_large"
    assert "on the wire" in (result.detail or "")
