"""Misbehaving servers: every fault ends as a Fetched with an error, within its budget."""

from __future__ import annotations

import time
from dataclasses import replace

import pytest
from faultserver import LOOPBACK, FaultServer

from factcheck.sources.fetch import FetchOptions, fetch_all

pytestmark = pytest.mark.block_network(allowed_hosts=LOOPBACK)


def test_plain_page(server: FaultServer, options: FetchOptions) -> None:
    [result] = fetch_all([server.url("/ok")], options)
    assert result.ok
    assert result.status == 200
    assert result.content_type == "text/html"
    assert result.charset == "utf-8"
    assert "<title>ok</title>" in (result.text or "")
    assert result.sha256 is not None and len(result.sha256) == 64
    assert result.fetched_at is not None and result.fetched_at.endswith("Z")


def test_trickle_is_stopped_by_the_attempt_deadline(
    server: FaultServer, options: FetchOptions
) -> None:
    # One byte every 0.1 s never trips the 2 s read timeout: only a total deadline helps.
    opts = replace(options, attempt_deadline=1.0, retries=0)
    started = time.monotonic()
    [result] = fetch_all([server.url("/trickle?every=0.1")], opts)
    elapsed = time.monotonic() - started
    assert result.error == "timeout"
    assert "within 1 s" in (result.detail or "")
    assert elapsed < 2.0


def test_trickle_with_retries_is_stopped_by_the_url_deadline(
    server: FaultServer, options: FetchOptions
) -> None:
    opts = replace(options, attempt_deadline=1.0, url_deadline=1.5, retries=2)
    started = time.monotonic()
    [result] = fetch_all([server.url("/trickle?every=0.1")], opts)
    assert result.error in {"timeout", "deadline"}
    assert time.monotonic() - started < 2.5


def test_stall_hits_the_read_timeout_and_is_retried(
    server: FaultServer, options: FetchOptions
) -> None:
    opts = replace(options, read_timeout=0.3, retries=1)
    [result] = fetch_all([server.url("/stall")], opts)
    assert result.error == "timeout"
    assert "waiting for data" in (result.detail or "")
    assert server.paths().count("/stall") == 2


def test_truncated_body_is_an_error_and_not_cached(
    server: FaultServer, options: FetchOptions
) -> None:
    [result] = fetch_all([server.url("/truncated")], options)
    assert result.error == "truncated"
    assert result.body is None
    assert options.cache_dir is not None
    assert not [p for p in options.cache_dir.rglob("*") if p.is_file()]


def test_reset_is_reported_without_retrying(server: FaultServer, options: FetchOptions) -> None:
    started = time.monotonic()
    [result] = fetch_all([server.url("/reset")], options)
    assert result.error == "connection_reset"
    assert server.paths().count("/reset") == 1
    assert time.monotonic() - started < 1.0


def test_server_error_is_retried_then_reported(server: FaultServer, options: FetchOptions) -> None:
    [result] = fetch_all([server.url("/status/500")], options)
    assert result.error == "http_500"
    assert result.status == 500
    assert server.paths().count("/status/500") == 3


def test_transient_503_recovers(server: FaultServer, options: FetchOptions) -> None:
    [result] = fetch_all([server.url("/flaky/a?fail=2&code=503")], options)
    assert result.ok
    assert server.paths().count("/flaky/a?fail=2&code=503") == 3


def test_client_errors_are_not_retried(server: FaultServer, options: FetchOptions) -> None:
    [result] = fetch_all([server.url("/status/404")], options)
    assert result.error == "http_404"
    assert server.paths().count("/status/404") == 1


@pytest.mark.parametrize("typed", ["/news/walkout.html.", "/news/walkout.html,", "/news/walkout;"])
def test_a_full_stop_typed_after_an_address_is_tried_without_it(
    typed: str, server: FaultServer, options: FetchOptions
) -> None:
    page = (200, {"Content-Type": "text/html"}, b"<p>Bus drivers walked out.</p>")
    server.static[typed.rstrip(".,;")] = page
    [result] = fetch_all([server.url(typed)], options)
    assert result.ok
    assert "walked out" in (result.text or "")
    assert result.url == server.url(typed)


def test_an_address_that_ends_in_a_full_stop_is_asked_for_as_written(
    server: FaultServer, options: FetchOptions
) -> None:
    server.static["/wiki/Orrin_Ltd."] = (200, {"Content-Type": "text/html"}, b"<p>A firm.</p>")
    server.static["/wiki/Orrin_Ltd"] = (200, {"Content-Type": "text/html"}, b"<p>Other.</p>")
    [result] = fetch_all([server.url("/wiki/Orrin_Ltd.")], options)
    assert "A firm" in (result.text or "")
    assert server.paths().count("/wiki/Orrin_Ltd") == 0


def test_a_missing_page_with_a_query_is_not_tried_again(
    server: FaultServer, options: FetchOptions
) -> None:
    [result] = fetch_all([server.url("/status/404?page=2.")], options)
    assert result.error == "http_404"
    assert len([p for p in server.paths() if p.startswith("/status/404")]) == 1


def test_retry_after_beyond_the_cap_gives_up_at_once(
    server: FaultServer, options: FetchOptions
) -> None:
    started = time.monotonic()
    [result] = fetch_all([server.url("/status/429?retry_after=3600")], options)
    assert result.error == "rate_limited"
    assert "3600" in (result.detail or "")
    assert time.monotonic() - started < 1.0
    assert len([p for p in server.paths() if p.startswith("/status/429")]) == 1


def test_small_retry_after_is_honoured(server: FaultServer, options: FetchOptions) -> None:
    server.static["/busy"] = (503, {"Retry-After": "1"}, b"")
    started = time.monotonic()
    [result] = fetch_all([server.url("/busy")], replace(options, retries=1))
    assert result.error == "http_503"
    assert time.monotonic() - started >= 1.0
    assert server.paths().count("/busy") == 2


def test_persistent_429_is_rate_limited(server: FaultServer, options: FetchOptions) -> None:
    [result] = fetch_all([server.url("/status/429")], replace(options, retries=1))
    assert result.error == "rate_limited"


def test_redirect_loop(server: FaultServer, options: FetchOptions) -> None:
    [result] = fetch_all([server.url("/loop")], options)
    assert result.error == "redirect_loop"
    assert server.paths().count("/loop") == 1


def test_five_redirects_are_followed(server: FaultServer, options: FetchOptions) -> None:
    [result] = fetch_all([server.url("/chain/5")], options)
    assert result.ok
    assert result.final_url == server.url("/chain/0")
    assert result.redirects == tuple(server.url(f"/chain/{n}") for n in range(5, 0, -1))


def test_a_sixth_redirect_is_refused(server: FaultServer, options: FetchOptions) -> None:
    [result] = fetch_all([server.url("/chain/6")], options)
    assert result.error == "too_many_redirects"
    assert "/chain/0" not in server.paths()


@pytest.mark.parametrize(
    "target", ["file:///etc/passwd", "javascript:alert(1)", "ftp://example.com/x"]
)
def test_redirect_to_another_scheme_is_refused(
    server: FaultServer, options: FetchOptions, target: str
) -> None:
    server.static["/away"] = (302, {"Location": target}, b"")
    [result] = fetch_all([server.url("/away")], options)
    assert result.error == "blocked_scheme"


def test_redirect_to_a_denied_domain_is_refused(server: FaultServer, options: FetchOptions) -> None:
    opts = replace(options, deny_domains=("example.com",))
    [result] = fetch_all([server.url("/redirect?to=http://www.example.com/")], opts)
    assert result.error == "blocked_domain"


def test_huge_content_length_is_refused_before_reading(
    server: FaultServer, options: FetchOptions
) -> None:
    server.static["/big"] = (200, {"Content-Type": "text/html"}, b"x" * 2048)
    [result] = fetch_all([server.url("/big")], replace(options, max_wire_bytes=1024))
    assert result.error == "too_large"


def test_decoded_cap(server: FaultServer, options: FetchOptions) -> None:
    [result] = fetch_all([server.url("/gzip-bomb")], options)
    assert result.error == "too_large"
    assert "after decoding" in (result.detail or "")


def test_stacked_encodings_are_refused(server: FaultServer, options: FetchOptions) -> None:
    import gzip

    body = gzip.compress(gzip.compress(b"<html>hi</html>"))
    server.static["/stacked"] = (
        200,
        {"Content-Type": "text/html", "Content-Encoding": "gzip, gzip"},
        body,
    )
    [result] = fetch_all([server.url("/stacked")], options)
    assert result.error == "protocol_error"
    assert "stacked" in (result.detail or "")


def test_connection_refused(options: FetchOptions) -> None:
    with FaultServer() as gone:
        url = gone.url("/ok")
    [result] = fetch_all([url], replace(options, retries=0, obey_robots=False))
    assert result.error == "connection_refused"
    # With robots.txt obeyed, the same network error is found fetching robots.txt first.
    [result] = fetch_all([url], replace(options, retries=0))
    assert result.error == "robots_unreachable"
    assert "connection_refused" in (result.detail or "")


def test_failures_do_not_stop_the_others(server: FaultServer, options: FetchOptions) -> None:
    urls = [server.url("/reset"), server.url("/ok"), "not a url", server.url("/status/404")]
    results = fetch_all(urls, replace(options, retries=0))
    assert [r.url for r in results] == urls
    assert [r.error for r in results] == ["connection_reset", None, "invalid_url", "http_404"]


def test_whole_run_deadline(server: FaultServer, options: FetchOptions) -> None:
    opts = replace(options, deadline=0.5, concurrency=1)
    started = time.monotonic()
    results = fetch_all([server.url("/stall"), server.url("/slow?ms=10")], opts)
    assert time.monotonic() - started < 1.5
    assert [r.error for r in results] == ["deadline", "deadline"]


def test_trust_env_is_ignored(
    server: FaultServer, options: FetchOptions, monkeypatch: pytest.MonkeyPatch
) -> None:
    # A proxy that does not exist and a CA bundle that does not exist: using either fails.
    for name in (
        "HTTP_PROXY",
        "HTTPS_PROXY",
        "ALL_PROXY",
        "http_proxy",
        "https_proxy",
        "all_proxy",
    ):
        monkeypatch.setenv(name, "http://127.0.0.1:9")
    monkeypatch.setenv("SSL_CERT_FILE", "/nonexistent/ca.pem")
    monkeypatch.setenv("SSL_CERT_DIR", "/nonexistent")
    monkeypatch.setenv("NO_PROXY", "")
    [result] = fetch_all([server.url("/ok")], options)
    assert result.ok
    assert server.paths() == ["/robots.txt", "/ok"]


def test_cookies_are_never_sent_back(server: FaultServer, options: FetchOptions) -> None:
    server.static["/cookie"] = (
        200,
        {"Content-Type": "text/html", "Set-Cookie": "sid=secret; Path=/"},
        b"<html></html>",
    )
    fetch_all([server.url("/cookie"), server.url("/ok")], replace(options, concurrency=1))
    assert all("cookie" not in seen.headers for seen in server.seen)


def test_request_headers(server: FaultServer, options: FetchOptions) -> None:
    fetch_all([server.url("/ok")], options)
    page = next(s for s in server.seen if s.path == "/ok")
    assert page.headers["user-agent"].startswith("factcheck/")
    assert "(+https://github.com/factcheck-dev/factcheck)" in page.headers["user-agent"]
    assert "zstd" not in page.headers["accept-encoding"]
    assert page.headers["accept"].startswith("text/html")


def test_huge_header_is_a_protocol_error_not_retried(
    server: FaultServer, options: FetchOptions
) -> None:
    started = time.monotonic()
    [result] = fetch_all([server.url("/huge-header")], replace(options, obey_robots=False))
    assert result.error == "protocol_error"
    assert server.paths() == ["/huge-header"]
    assert time.monotonic() - started < 1.0


def test_broken_chunked_body_is_truncated(server: FaultServer, options: FetchOptions) -> None:
    [result] = fetch_all([server.url("/broken-chunked")], replace(options, obey_robots=False))
    assert result.error == "truncated"


def test_details_quoting_the_server_are_short_and_clean(
    server: FaultServer, options: FetchOptions
) -> None:
    server.static["/odd"] = (302, {"Location": "http://[" + "\x1b]8;;x" * 500}, b"")
    [result] = fetch_all([server.url("/odd")], replace(options, obey_robots=False))
    assert result.error == "invalid_url"
    detail = result.detail or ""
    assert len(detail) <= 300
    assert "\x1b" not in detail


@pytest.mark.parametrize(
    ("value", "seconds"),
    [
        ("5", 5.0),
        (" 0 ", 0.0),
        ("Wed, 21 Oct 2015 07:28:00 GMT", 0.0),
        ("soon", None),
        (None, None),
    ],
)
def test_parse_retry_after(value: str | None, seconds: float | None) -> None:
    from factcheck.sources.fetch.fetcher import parse_retry_after

    assert parse_retry_after(value) == seconds
