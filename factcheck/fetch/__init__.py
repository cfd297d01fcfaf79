"""Fetching sources safely: :func:`fetch_all` and the types it takes and returns."""

from factcheck.fetch.fetcher import DEFAULT_USER_AGENT, fetch_all
from factcheck.fetch.types import ERROR_CODES, Fetched, FetchOptions, FetchRequest, MiB

__all__ = [
    "DEFAULT_USER_AGENT",
    "ERROR_CODES",
    "FetchOptions",
    "FetchRequest",
    "Fetched",
    "MiB",
    "fetch_all",
]
