"""Record and replay fetches as VCR.py cassettes (the format pytest-recording writes).

VCR.py patches ``httpx.AsyncHTTPTransport.handle_async_request`` on the class;
the fetcher's transport inherits that method, so in replay mode every request is
answered from the cassette before a socket or a DNS lookup could happen. Bodies
are stored still content-encoded, exactly as they came off the wire.
"""

from __future__ import annotations

from collections.abc import Iterator
from contextlib import ExitStack, contextmanager
from pathlib import Path
from typing import Any

import vcr

from factcheck.errors import UsageError

# Recorded responses keep Date (replays use it as fetched_at) but lose anything
# that identifies a session or a client.
_DROPPED_RESPONSE_HEADERS = frozenset(
    {
        "set-cookie",
        "set-cookie2",
        "www-authenticate",
        "proxy-authenticate",
        "cf-ray",
        "x-request-id",
        "report-to",
        "nel",
    }
)
_DROPPED_REQUEST_HEADERS = ("authorization", "proxy-authorization", "cookie")
# API keys travel in the query (Google's "key"): never written, and ignored when matching.
_DROPPED_QUERY_PARAMETERS = ("key",)


def _scrub_response(response: dict[str, Any]) -> dict[str, Any]:
    headers = response.get("headers") or {}
    response["headers"] = {
        k: v for k, v in headers.items() if k.lower() not in _DROPPED_RESPONSE_HEADERS
    }
    return response


@contextmanager
def cassette_context(replay: Path | None, record: Path | None) -> Iterator[None]:
    """Install VCR.py for the duration of a run: replay-only, recording, or not at all."""
    if replay is not None and record is not None:
        raise UsageError("replay and record cannot be used together")
    with ExitStack() as stack:
        if replay is not None:
            if not replay.is_file():
                raise UsageError(f"cassette not found: {replay}")
            recorder = vcr.VCR(
                record_mode="none", filter_query_parameters=_DROPPED_QUERY_PARAMETERS
            )
            stack.enter_context(recorder.use_cassette(str(replay)))
        elif record is not None:
            recorder = vcr.VCR(
                record_mode="all",
                filter_headers=_DROPPED_REQUEST_HEADERS,
                filter_query_parameters=_DROPPED_QUERY_PARAMETERS,
                before_record_response=_scrub_response,
                decode_compressed_response=False,
            )
            record.parent.mkdir(parents=True, exist_ok=True)
            stack.enter_context(recorder.use_cassette(str(record)))
        yield
