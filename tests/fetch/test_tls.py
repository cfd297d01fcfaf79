"""TLS: verification always on, failures reported as tls_error, the environment ignored."""

from __future__ import annotations

import ssl
import time
from collections.abc import Iterator
from dataclasses import replace
from pathlib import Path

import pytest
import trustme
from faultserver import LOOPBACK, FaultServer

from factcheck.sources.fetch import FetchOptions, fetch_all

pytestmark = pytest.mark.block_network(allowed_hosts=LOOPBACK)


@pytest.fixture
def ca() -> trustme.CA:
    return trustme.CA()


@pytest.fixture
def tls_server(ca: trustme.CA) -> Iterator[FaultServer]:
    context = ssl.create_default_context(ssl.Purpose.CLIENT_AUTH)
    ca.issue_cert("127.0.0.1").configure_cert(context)
    with FaultServer(ssl_context=context) as server:
        yield server


def test_untrusted_certificate_fails_closed(tls_server: FaultServer, options: FetchOptions) -> None:
    started = time.monotonic()
    [result] = fetch_all([tls_server.url("/ok")], replace(options, obey_robots=False))
    assert result.error == "tls_error"
    assert "CERTIFICATE_VERIFY_FAILED" in (result.detail or "")
    assert tls_server.seen == []  # no request went out over an unverified connection
    assert time.monotonic() - started < 1.0  # and nothing was retried


def test_ssl_cert_file_from_the_environment_is_ignored(
    tls_server: FaultServer,
    options: FetchOptions,
    ca: trustme.CA,
    tmp_path: Path,
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    # With trust_env this bundle would make the certificate valid; it must not be used.
    bundle = tmp_path / "ca.pem"
    ca.cert_pem.write_to_path(str(bundle))
    monkeypatch.setenv("SSL_CERT_FILE", str(bundle))
    monkeypatch.setenv("SSL_CERT_DIR", str(tmp_path))
    [result] = fetch_all([tls_server.url("/ok")], replace(options, obey_robots=False))
    assert result.error == "tls_error"
