"""Wikipedia through the MediaWiki Action API: full-text search, then page text.

Search is ``action=query&list=search``; a result's text is its plain-text extract
(``prop=extracts&explaintext``, the TextExtracts extension), so no HTML page furniture,
references or navigation boxes reach the evidence. Results link to the article's
``/wiki/`` page, the address a reader opens. No key is needed.
"""

from __future__ import annotations

import html
import re
from dataclasses import replace
from urllib.parse import quote, urlencode, urlsplit

from factcheck.model import Page
from factcheck.sources.fetch import Fetched, FetchRequest
from factcheck.sources.gather import SourceRequest, build_page
from factcheck.sources.search.base import Answer, Backend, Hit, Query, SearchFailure, dig, load_json

# Snippets mark matches with <span class="searchmatch">; nothing else in them is markup.
_TAG = re.compile(r"<[^>]*>")
# "== History ==" lines of an extract with exsectionformat=wiki.
_HEADING = re.compile(r"^\s*=+[^=].*=+\s*$")
# MediaWiki leaves these unescaped in article URLs.
_TITLE_SAFE = "()!*,;:@$~/'-._"


def article_url(api: str, title: str) -> str:
    """The ``/wiki/`` address of ``title`` on the wiki whose API is at ``api``."""
    parts = urlsplit(api)
    return f"{parts.scheme}://{parts.netloc}/wiki/" + quote(title.replace(" ", "_"), _TITLE_SAFE)


def _check_error(data: object) -> None:
    # The Action API reports errors in a 200 answer: {"error": {"code": ..., "info": ...}}.
    if isinstance(data, dict) and isinstance(data.get("error"), dict):
        error = data["error"]
        code = str(error.get("code") or "error")
        raise SearchFailure(f"api_{code}", str(error.get("info") or code))


def plain_extract(extract: str) -> str:
    """An extract as paragraphs separated by blank lines, section headings dropped."""
    lines = [line.strip() for line in extract.splitlines()]
    return "\n\n".join(line for line in lines if line and not _HEADING.match(line))


class Wikipedia(Backend):
    """Wikipedia (or any MediaWiki with CirrusSearch and TextExtracts)."""

    name = "wikipedia"

    def __init__(self, api: str):
        self.endpoint = api

    def request(self, query: Query, limit: int) -> FetchRequest:
        """A ``list=search`` request in the main namespace."""
        params = {
            "action": "query",
            "list": "search",
            "srsearch": query.text,
            "srlimit": str(limit),
            "srnamespace": "0",
            "srprop": "snippet",
            "format": "json",
            "formatversion": "2",
        }
        return FetchRequest(f"{self.endpoint}?{urlencode(params)}", kind="api")

    def parse(self, query: Query, fetched: Fetched) -> Answer:
        """Search results in the API's order."""
        data = load_json(fetched)
        _check_error(data)
        results = dig(data, "query", "search")
        if not isinstance(results, list):
            raise SearchFailure("bad_response", "query/search is not a list")
        hits: list[Hit] = []
        for result in results:
            title = dig(result, "title")
            snippet = html.unescape(_TAG.sub("", str(result.get("snippet") or "")))
            hits.append(
                Hit(
                    url=article_url(self.endpoint, str(title)),
                    title=str(title),
                    snippet=" ".join(snippet.split()),
                    backend=self.name,
                    query=query.text,
                    rank=len(hits),
                )
            )
        return Answer(hits=tuple(hits))

    def content(self, hit: Hit) -> FetchRequest:
        """The plain-text extract of the whole article (one article per request: the API
        returns whole-article extracts for one page at a time)."""
        params = {
            "action": "query",
            "prop": "extracts",
            "explaintext": "1",
            "exsectionformat": "wiki",
            "redirects": "1",
            "titles": hit.title,
            "format": "json",
            "formatversion": "2",
        }
        return FetchRequest(f"{self.endpoint}?{urlencode(params)}", kind="api")

    def page(self, hit: Hit, fetched: Fetched) -> Page:
        """The article's extract as a page at its ``/wiki/`` address."""
        data = load_json(fetched)
        _check_error(data)
        pages = dig(data, "query", "pages")
        first = pages[0] if isinstance(pages, list) and pages else {}
        extract = first.get("extract") if isinstance(first, dict) else None
        if not isinstance(extract, str) or not extract.strip():
            raise SearchFailure("empty", f"the wiki has no text for {hit.title!r}")
        text = plain_extract(extract)
        readable = replace(fetched, text=text, content_type="text/plain", final_url=hit.url)
        page = build_page(SourceRequest(hit.url, "search"), readable)
        if page is None:
            raise SearchFailure("empty", f"the wiki has no text for {hit.title!r}")
        return replace(page, title=hit.title)
