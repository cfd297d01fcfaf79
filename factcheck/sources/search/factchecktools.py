"""Google Fact Check Tools ``claims:search``: earlier professional fact-checks.

Each result is a claim someone made and the reviews fact-checkers published of it
(ClaimReview markup collected by Google): publisher, textual rating, link and date.
They become :class:`PriorCheck` values on the matching claims; they are not fetched as
sources (a fact-check quotes the very claim it rates, which would read as support).
The API key travels as the ``key`` parameter and never appears in a report.
"""

from __future__ import annotations

from urllib.parse import urlencode, urlsplit

from factcheck.model import PriorCheck
from factcheck.sources.fetch import Fetched, FetchRequest
from factcheck.sources.search.base import Answer, Backend, Query, SearchFailure, load_json

# What the API's error statuses mean for a user holding a key.
_EXPLAIN = {
    "http_400": "HTTP 400: the API key is not valid, or the request was refused",
    "http_401": "HTTP 401: the API key was not accepted",
    "http_403": "HTTP 403: the key may not use the Fact Check Tools API, or its quota is spent",
    "rate_limited": "HTTP 429: the quota is exhausted for now",
}


def _date(value: object) -> str | None:
    # RFC 3339 timestamps ("2023-07-14T00:00:00Z"): the day is what a reader needs.
    return value[:10] if isinstance(value, str) and len(value) >= 10 else None


class FactCheckTools(Backend):
    """Google's index of published fact-checks (needs an API key)."""

    name = "factchecktools"

    def __init__(self, api: str, key: str, language: str):
        self.endpoint = api
        self._key = key
        self._language = language

    def request(self, query: Query, limit: int) -> FetchRequest:
        """A ``claims:search`` request in the run's language."""
        params = {
            "query": query.text,
            "languageCode": self._language,
            "pageSize": str(limit),
            "key": self._key,
        }
        return FetchRequest(f"{self.endpoint}?{urlencode(params)}", kind="api")

    def explain(self, fetched: Fetched) -> str:
        """Errors in terms of the key and its quota."""
        return _EXPLAIN.get(fetched.error or "", super().explain(fetched))

    def parse(self, query: Query, fetched: Fetched) -> Answer:
        """One prior check per review; an answer with no matches is ``{}``."""
        data = load_json(fetched)
        if not isinstance(data, dict):
            raise SearchFailure("bad_response", "the answer is not a JSON object")
        if isinstance(data.get("error"), dict):
            message = str(data["error"].get("message") or data["error"].get("status") or "")
            raise SearchFailure("api_error", message or "the API reported an error")
        claims = data.get("claims") or []
        if not isinstance(claims, list):
            raise SearchFailure("bad_response", "claims is not a list")
        checks = []
        for claim in claims:
            if not isinstance(claim, dict):
                continue
            text = str(claim.get("text") or "")
            for review in claim.get("claimReview") or []:
                if not isinstance(review, dict) or not isinstance(review.get("url"), str):
                    continue
                publisher = review.get("publisher")
                publisher = publisher if isinstance(publisher, dict) else {}
                name = (
                    publisher.get("name")
                    or publisher.get("site")
                    or urlsplit(review["url"]).hostname
                    or "unknown publisher"
                )
                checks.append(
                    PriorCheck(
                        publisher=str(name),
                        rating=str(review.get("textualRating") or "no rating given"),
                        url=review["url"],
                        claim=text,
                        date=_date(review.get("reviewDate")) or _date(claim.get("claimDate")),
                    )
                )
        return Answer(prior_checks=tuple(checks))
