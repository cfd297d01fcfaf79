"""The backend interface: what a search backend is asked, and what it answers.

A backend never touches the network itself. It builds :class:`FetchRequest` values
(one search per query, then one per result whose text is wanted) and parses what the
safe fetcher brought back, so every byte goes through :func:`factcheck.sources.fetch.fetch_all`
with its limits, cache and cassettes, and backends can be tested on recorded answers.
"""

from __future__ import annotations

import json
from abc import ABC, abstractmethod
from dataclasses import dataclass, replace
from typing import Any, ClassVar

from factcheck.model import Page, PriorCheck
from factcheck.sources.fetch import Fetched, FetchRequest
from factcheck.sources.gather import SourceRequest, build_page


@dataclass(frozen=True)
class Query:
    """A search query built for one or more claims of an article."""

    text: str
    claim_ids: tuple[str, ...]
    # The words a relevant result mentions, lower case: ranking and prior-check matching.
    terms: tuple[str, ...]


@dataclass(frozen=True)
class Hit:
    """One search result: a candidate source."""

    url: str
    title: str
    snippet: str
    backend: str
    query: str
    rank: int  # 0 for the backend's first result


@dataclass(frozen=True)
class Answer:
    """What one search returned: candidate sources, earlier fact-checks, or both."""

    hits: tuple[Hit, ...] = ()
    prior_checks: tuple[PriorCheck, ...] = ()


class SearchFailure(Exception):
    """A search that gave no usable answer; ``code`` is short and machine-readable."""

    def __init__(self, code: str, detail: str):
        super().__init__(f"{code}: {detail}")
        self.code = code
        self.detail = detail


def load_json(fetched: Fetched) -> Any:
    """The JSON body of a fetched API answer; :class:`SearchFailure` when it is not JSON."""
    try:
        return json.loads(fetched.text or "")
    except json.JSONDecodeError as exc:
        raise SearchFailure("bad_response", f"the answer is not JSON ({exc.msg})") from None


def dig(data: Any, *path: str | int) -> Any:
    """``data[path[0]][path[1]]...``; :class:`SearchFailure` when the shape is not the
    API's (a proxy's error page, a changed API)."""
    for step in path:
        try:
            data = data[step]
        except (KeyError, IndexError, TypeError):
            where = "/".join(str(p) for p in path)
            raise SearchFailure("bad_response", f"the answer has no {where}") from None
    return data


class Backend(ABC):
    """A search service. Subclasses build requests and parse answers."""

    name: ClassVar[str]
    # The service's own address, shown in reports: never carries a key.
    endpoint: str
    # True when the operator configured the address (a newsroom's own instance may sit on
    # a private network): its searches may reach private addresses.
    trusted: bool = False

    @abstractmethod
    def request(self, query: Query, limit: int) -> FetchRequest:
        """The request that runs ``query``, asking for about ``limit`` results."""

    @abstractmethod
    def parse(self, query: Query, fetched: Fetched) -> Answer:
        """The answer in a successful response; raises :class:`SearchFailure`."""

    def explain(self, fetched: Fetched) -> str:
        """Why a search request failed, for a person to read."""
        return fetched.detail or fetched.error or "no answer"

    def content(self, hit: Hit) -> FetchRequest:
        """The request that fetches a result's text (by default its page)."""
        return FetchRequest(hit.url)

    def page(self, hit: Hit, fetched: Fetched) -> Page:
        """The readable page of a successfully fetched result; raises
        :class:`SearchFailure` when there is nothing to read in it."""
        page = build_page(SourceRequest(hit.url, "search"), fetched)
        if page is None:
            raise SearchFailure("empty", "nothing readable in the page")
        return replace(page, title=page.title or hit.title or None)
