"""Candidate sources of an article, and the readable pages made from what was fetched."""

from __future__ import annotations

import re
from bisect import bisect_left
from collections.abc import Iterable, Sequence
from dataclasses import dataclass, replace
from urllib.parse import urljoin, urlsplit

from factcheck.model import Article, Claim, Origin, Page, PageFacts, SourceRecord
from factcheck.reading.positions import PositionMap
from factcheck.reading.sentences import split_sentences
from factcheck.sources.facts import read_facts
from factcheck.sources.fetch import Fetched
from factcheck.sources.pages import SOURCE_ROLES, extract_page, extract_plain
from factcheck.sources.urls import clean_url, url_key

# Sources of one article's own (its links and the sources its author lists) that are
# fetched: a draft of 5,000 links to one host would otherwise take over an hour at one
# request a second. Sources the user names on the command line are not counted.
DEFAULT_MAX_SOURCES = 50
SOURCE_CAP = "source_cap"


@dataclass(frozen=True)
class SourceRequest:
    """A URL to fetch as a candidate source, and why; ``over_cap`` ones are not fetched."""

    url: str
    origin: Origin
    over_cap: bool = False


def is_web_url(url: str) -> bool:
    """True for absolute http and https URLs."""
    parts = urlsplit(url)
    return parts.scheme in ("http", "https") and bool(parts.netloc)


def cited_urls(article: Article) -> list[str]:
    """The http(s) links of an article, resolved against its own URL when it has one,
    each resource once (under its first spelling, as :func:`clean_url` leaves it)."""
    base = article.path if is_web_url(article.path) else None
    out: dict[str, str] = {}
    for link in article.links:
        url = urljoin(base, link.url) if base else link.url
        if is_web_url(url):
            out.setdefault(url_key(url), clean_url(url))
    return list(out.values())


def gather(
    article: Article,
    named: Iterable[str] = (),
    searched: Iterable[str] = (),
    *,
    max_sources: int | None = None,
) -> list[SourceRequest]:
    """Candidate sources: cited links first, then sources the user or author named, then
    search results; each resource once (one :func:`url_key`), under the first spelling
    and origin it came with.

    With ``max_sources``, the article's own sources (cited links, then the ones its
    author lists) past that many come back ``over_cap``; sources in ``named`` (the
    user's own choice) and search results (capped by the search options) never do."""
    named = list(named)
    users = {url_key(u) for u in named}
    seen: dict[str, SourceRequest] = {}
    own = 0
    by_origin: tuple[tuple[Origin, Iterable[str]], ...] = (
        ("cited", cited_urls(article)),
        ("named", [*named, *article.named_sources]),
        ("search", searched),
    )
    for origin, urls in by_origin:
        for url in urls:
            key = url_key(url)
            if key in seen:
                continue
            counted = origin != "search" and key not in users
            own += counted
            over = counted and max_sources is not None and own > max_sources
            seen[key] = SourceRequest(clean_url(url), origin, over)
    return list(seen.values())


def not_fetched(request: SourceRequest) -> Fetched:
    """What stands for a source over the cap: its error, and no request made."""
    return Fetched(
        url=request.url,
        error=SOURCE_CAP,
        detail="not fetched: over the article's cap on sources (--max-sources)",
    )


# A sentence that opens by pointing back at what was told before: a definite or
# possessive word before a common noun ("The lockout ...", "That stoppage ...", "Their
# strike ..."), or a pronoun ("It went on ..."). "The Tribune reported" names its own.
_POINTS_BACK = re.compile(
    r"(?:(?:The|That|This|These|Those|Its|Their|Such)\s+(?:[a-z][\w-]*\s+)*?[a-z]"
    r"|(?:It|They)\s+[a-z])"
)


def _refers_back(sentence: str) -> bool:
    """True when ``sentence`` opens by pointing back (:data:`_POINTS_BACK`)."""
    return _POINTS_BACK.match(sentence.lstrip(" \"'“‘*_([")) is not None


def primary_urls(
    article: Article, claims: Sequence[Claim], carry: bool = False, sentence: bool = False
) -> dict[str, set[str]]:
    """By claim id, the keys (:func:`url_key`) of the links in each claim's own sentence
    or paragraph: the sources it rests on first. With ``sentence``, only those of its own
    sentence (a note marker ending it counts). With ``carry``, a sentence that points
    back (:func:`_refers_back`) in a paragraph that cites nothing rests on the links of
    the paragraph right before it. The paragraphs' spans and the links are laid out once
    for all the claims: looking through every sentence and link of the article for each
    claim made long articles quadratic."""
    spans: dict[int, tuple[int, int]] = {}
    for s in article.sentences:
        lo, hi = spans.get(s.block, (s.start, s.end))
        spans[s.block] = (min(lo, s.start), max(hi, s.end))
    links = sorted(article.links, key=lambda link: link.start)
    starts = [link.start for link in links]
    base = article.path if is_web_url(article.path) else None
    out: dict[str, set[str]] = {}

    def cited(lo: int, hi: int) -> set[str]:
        return {
            url_key(urljoin(base, link.url) if base else link.url)
            for link in links[bisect_left(starts, lo) : bisect_left(starts, hi)]
        }

    for claim in claims:
        block = claim.sentence.block
        if sentence:
            out[claim.id] = cited(claim.sentence.start, claim.sentence.end)
            continue
        own = cited(*spans.get(block, (claim.sentence.start, claim.sentence.end)))
        if not own and carry and block - 1 in spans and _refers_back(claim.sentence.text):
            # A paragraph that cites nothing goes on about what the one before it cited
            # ("... locked out 240 dockers.[2]" then "The lockout ran for nine days."):
            # writers cite an event once, where they first tell it. Only a sentence that
            # opens by pointing back, and only to the paragraph right before: a heading
            # between (no links of its own) ends the carry.
            own = cited(*spans[block - 1])
        out[claim.id] = own
    return out


def record(request: SourceRequest, fetched: Fetched, page: Page | None) -> SourceRecord:
    """The audit record of one source."""
    return SourceRecord(
        url=request.url,
        origin=request.origin,
        final_url=fetched.final_url,
        status=fetched.status,
        fetched_at=fetched.fetched_at,
        sha256=fetched.sha256,
        error=fetched.error,
        detail=fetched.detail,
        title=page.title if page else None,
        published=page.published if page else None,
        content_type=fetched.content_type,
        from_cache=fetched.from_cache,
    )


def page_from_text(
    url: str, text: str, *, content_type: str = "text/html", origin: Origin = "named"
) -> Page:
    """A page from text already at hand (HTML or plain text), as if fetched from ``url``."""
    html = content_type in ("text/html", "application/xhtml+xml")
    extracted = extract_page(text, url) if html else extract_plain(text)
    # What the page says for itself, each sentence knowing whether it is body, title,
    # byline, label, caption or a list of similar jobs; teasers of other stories, sidebars,
    # comments and footers stay out of the evidence.
    own = extracted.having(SOURCE_ROLES)
    body = "\n\n".join(block for block, _ in own)
    blocks, offset = [], 0
    for block, _ in own:
        blocks.append((offset, offset + len(block)))
        offset += len(block) + 2
    sentences = split_sentences(body, blocks, PositionMap.identity(body))
    return Page(
        url=url,
        origin=origin,
        title=extracted.title,
        published=extracted.published,
        text=body,
        sentences=tuple(
            s if own[s.block][1] == "body" else replace(s, role=own[s.block][1]) for s in sentences
        ),
        facts=read_facts(text, url) if html else PageFacts(),
        updated=extracted.updated,
    )


def build_page(request: SourceRequest, fetched: Fetched) -> Page | None:
    """The readable text of a fetched source, split into sentences (None if unreadable)."""
    if not fetched.ok or fetched.text is None:
        return None
    return page_from_text(
        fetched.final_url or request.url,
        fetched.text,
        content_type=fetched.content_type or "text/plain",
        origin=request.origin,
    )
