"""Merge, rank and de-duplicate search results.

Results of every query and backend are fused by reciprocal rank (a page that several
searches place high beats one that a single search placed first), weighted by how many
of the query's terms its title and snippet mention. Then the same page is kept once:
one URL under its many spellings (:func:`factcheck.sources.urls.url_key`), and
syndicated copies of one story (near-identical titles or snippets on different sites).
Pages the run already has (cited or named sources) and domains the settings refuse are
dropped before anything is fetched.
"""

from __future__ import annotations

import re
from collections.abc import Iterable, Sequence
from dataclasses import dataclass, replace

from rapidfuzz import fuzz

from factcheck.sources.fetch.policy import domain_matches
from factcheck.sources.search.base import Hit, Query
from factcheck.sources.urls import clean_url, host_of, is_variant, url_key

# Reciprocal-rank fusion constant: small, because a search returns only a handful of
# results and its first one should count clearly more than its fifth.
RRF_K = 5
# Near-identical: a syndicated copy keeps the headline and lede, with small edits.
SAME_TITLE = 90
SAME_TEXT = 90
MIN_TITLE_WORDS = 4
MIN_TEXT_CHARS = 80
# " - Site Name", " | Site": the part of a title that names the site, not the story.
_SITE_SUFFIX = re.compile(r"\s+[|–—-]\s+[^|–—-]{1,40}$")
_WORDS = re.compile(r"[\w$£€%]+(?:[-’'.,][\w%]+)*")


@dataclass(frozen=True)
class Candidate:
    """A result worth fetching, with the searches that found it."""

    hit: Hit
    key: str
    score: float
    queries: tuple[str, ...]


def _story_title(title: str) -> str:
    return _SITE_SUFFIX.sub("", " ".join(title.lower().split()))


def same_story(a_title: str, a_text: str, b_title: str, b_text: str) -> bool:
    """True when two pages are copies of one story: near-identical titles (of a few
    words at least), or near-identical leading text."""
    ta, tb = _story_title(a_title), _story_title(b_title)
    if (
        min(len(ta.split()), len(tb.split())) >= MIN_TITLE_WORDS
        and fuzz.ratio(ta, tb) >= SAME_TITLE
    ):
        return True
    xa, xb = " ".join(a_text.lower().split()), " ".join(b_text.lower().split())
    if min(len(xa), len(xb)) < MIN_TEXT_CHARS:
        return False
    n = min(len(xa), len(xb), 400)
    return fuzz.ratio(xa[:n], xb[:n]) >= SAME_TEXT


def relevance(hit: Hit, terms: Sequence[str]) -> float:
    """The share of a query's terms that a result's title and snippet mention."""
    if not terms:
        return 1.0
    words = {w.lower().strip("’'") for w in _WORDS.findall(f"{hit.title} {hit.snippet}")}
    words |= {w[:-2] for w in words if w.endswith(("'s", "’s"))}
    return sum(1 for t in terms if t in words) / len(terms)


def allowed(url: str, allow_domains: Sequence[str], deny_domains: Sequence[str]) -> bool:
    """True when the settings' domain lists let ``url`` be a source."""
    host = host_of(url)
    if not host or (deny_domains and domain_matches(host, deny_domains)):
        return False
    return not allow_domains or domain_matches(host, allow_domains)


def rank(
    hits: Iterable[Hit],
    queries: Sequence[Query],
    *,
    known: Iterable[str] = (),
    allow_domains: Sequence[str] = (),
    deny_domains: Sequence[str] = (),
) -> list[Candidate]:
    """The distinct results, best first. ``known`` are URLs the run already has."""
    terms = {q.text: q.terms for q in queries}
    skip = {url_key(u) for u in known}
    best: dict[str, Hit] = {}
    scores: dict[str, float] = {}
    found_by: dict[str, list[str]] = {}
    for hit in hits:
        key = url_key(hit.url)
        if key in skip or not allowed(hit.url, allow_domains, deny_domains):
            continue
        share = relevance(hit, terms.get(hit.query, ()))
        if share == 0 and (hit.title or hit.snippet):
            continue  # mentions nothing the query asked for
        scores[key] = scores.get(key, 0.0) + (0.5 + 0.5 * share) / (RRF_K + hit.rank + 1)
        if key not in best or _better(hit, best[key]):
            best[key] = hit
        found_by.setdefault(key, [])
        if hit.query not in found_by[key]:
            found_by[key].append(hit.query)
    # A total order: score, then the order results first arrived in (queries in turn,
    # each backend's results in its own rank order). ``best`` keeps first-insertion order.
    arrival = {key: n for n, key in enumerate(best)}
    ordered = sorted(best, key=lambda k: (-scores[k], arrival[k]))
    kept: list[Candidate] = []
    for key in ordered:
        hit = best[key]
        if any(same_story(hit.title, hit.snippet, c.hit.title, c.hit.snippet) for c in kept):
            continue
        fetchable = replace(hit, url=clean_url(hit.url))
        kept.append(Candidate(fetchable, key, round(scores[key], 6), tuple(found_by[key])))
    return kept


def _better(hit: Hit, than: Hit) -> bool:
    """Which spelling of one page to fetch: the canonical page before its AMP or mobile
    copy, then the better-ranked result."""
    return (is_variant(hit.url), hit.rank) < (is_variant(than.url), than.rank)
