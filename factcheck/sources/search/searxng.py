"""SearXNG, the metasearch engine a newsroom can host: its ``/search?format=json`` API.

The instance's address comes from the settings. Results are ordinary web pages,
fetched and read like any other source. An instance refuses ``format=json`` with
HTTP 403 unless ``search.formats`` in its ``settings.yml`` lists ``json``.
"""

from __future__ import annotations

from urllib.parse import urlencode

from factcheck.sources.fetch import Fetched, FetchRequest
from factcheck.sources.gather import is_web_url
from factcheck.sources.search.base import Answer, Backend, Hit, Query, SearchFailure, load_json

_EXPLAIN = {
    "http_403": "HTTP 403: the instance does not serve format=json "
    "(add json to search.formats in its settings.yml)",
    "rate_limited": "HTTP 429: the instance's limiter refused the search",
}


class SearXNG(Backend):
    """A SearXNG instance (general web search)."""

    name = "searxng"
    trusted = True

    def __init__(self, base_url: str, language: str):
        self.endpoint = base_url.rstrip("/") + "/search"
        self._language = language

    def request(self, query: Query, limit: int) -> FetchRequest:
        """A general-category search; SearXNG has no result count, so ``limit`` is
        applied when parsing."""
        params = {
            "q": query.text,
            "format": "json",
            "language": self._language,
            "categories": "general",
            "pageno": "1",
        }
        return FetchRequest(f"{self.endpoint}?{urlencode(params)}", kind="api")

    def explain(self, fetched: Fetched) -> str:
        """Errors in terms of the instance's settings."""
        return _EXPLAIN.get(fetched.error or "", super().explain(fetched))

    def parse(self, query: Query, fetched: Fetched) -> Answer:
        """Web results in the instance's order; an empty answer because every engine
        failed is a failure, not "nothing found"."""
        data = load_json(fetched)
        if not isinstance(data, dict) or not isinstance(data.get("results"), list):
            raise SearchFailure("bad_response", "the answer has no results list")
        hits: list[Hit] = []
        for result in data["results"]:
            if not isinstance(result, dict):
                continue
            url = result.get("url")
            if not isinstance(url, str) or not is_web_url(url):
                continue
            hits.append(
                Hit(
                    url=url,
                    title=" ".join(str(result.get("title") or "").split()),
                    snippet=" ".join(str(result.get("content") or "").split()),
                    backend=self.name,
                    query=query.text,
                    rank=len(hits),
                )
            )
        unresponsive = data.get("unresponsive_engines") or []
        if not hits and unresponsive:
            names = ", ".join(
                f"{e[0]} ({e[1]})" if isinstance(e, list) and len(e) > 1 else str(e)
                for e in unresponsive
            )
            raise SearchFailure("engines_failed", f"no engine answered: {names}")
        return Answer(hits=tuple(hits))
