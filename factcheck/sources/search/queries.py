"""Search queries from claims.

Typed claims build targeted queries from their fields: a job title becomes
employer + title + "salary", a strike becomes union + counterparty + "strike" + year
(one query per union). Other claims use their key entities (organisations the rule
packs know, capitalised names) and terms (numbers and content words). Queries are
deterministic, so a cassette can answer them, and equal queries are merged so each
runs once for all the claims that need it.
"""

from __future__ import annotations

import re
from collections.abc import Callable, Sequence
from dataclasses import dataclass

from factcheck.claims.extract import Extractor
from factcheck.claims.values import TextContext
from factcheck.model import Article, Claim
from factcheck.sources.search.base import Query

MAX_TERMS = 7
_YEAR = re.compile(r"(?<!\d)(?:19|20)\d{2}(?!\d)")
_WORD = re.compile(r"[$£€¥]?[A-Za-z0-9](?:[\w$£€%.,’'-]*[\w%])?")
_QUOTES = re.compile(r"[“”\"‘’«»]")
_POSSESSIVE = re.compile(r"[’']s$")
# Function words and filler that make a query narrower without making it more precise.
_STOPWORDS = frozenset(
    """a an the and or but nor of to in on at for by with from as into onto over under
    about after before between during since until than then that this these those there
    here is are was were be been being has have had having do does did done it its it's
    they them their theirs he him his she her hers we us our you your i me my mine who
    whom whose which what when where why how not no yes also just only very more most
    much many some any each every all both either neither other such own same so too can
    could would should will shall may might must said says say according recently
    currently now new while whereas although though because if unless whether one""".split()
)


@dataclass(frozen=True)
class _Scope:
    """What the query builders may look at besides the claim."""

    claims: Sequence[Claim]
    extractor: Extractor
    ctx: TextContext
    year: str | None
    # The organisation the article names most: what a sentence without names is about.
    topic: str | None

    def orgs(self, text: str) -> list[str]:
        return self.extractor.parsers.org_names(text, self.ctx)

    def terms(self, text: str) -> list[str]:
        """Content words of ``text``, without hedges ("up to", "roughly") and opinion."""
        k = self.extractor.ruleset.knowledge
        noise = {w for phrase in k.qualifiers for w in phrase.lower().split()}
        noise |= k.words("opinion") | k.words("prediction")
        return [w for w in terms_of(text) if w not in noise]

    def anchors(self, claim: Claim) -> list[str]:
        """Who a claim is about: organisations of its sentence, else the article's topic."""
        found = self.orgs(claim.sentence.text)
        return found or ([self.topic] if self.topic else [])


def terms_of(text: str) -> tuple[str, ...]:
    """The lower-case words of ``text`` that a relevant result would mention."""
    words = (_POSSESSIVE.sub("", w.lower()).strip("’'.,") for w in _WORD.findall(text))
    return tuple(dict.fromkeys(w for w in words if w and w not in _STOPWORDS))


def _join(*parts: object) -> str:
    words: list[str] = []
    for part in parts:
        if part is None or part == "":
            continue
        for raw in _QUOTES.sub(" ", str(part)).split():
            word = raw.strip(".,;:")
            if word and word.lower() not in (w.lower() for w in words):
                words.append(word)
    return " ".join(words)


def _year(text: str, fallback: str | None) -> str | None:
    m = _YEAR.search(text)
    return m.group(0) if m else fallback


def _listed(value: object) -> list[str]:
    if isinstance(value, (list, tuple)):
        return [str(v) for v in value if v]
    return [str(value)] if value else []


def key_terms(claim: Claim, scope: _Scope) -> list[str]:
    """Entities first (known organisations, then capitalised names, else the article's
    topic), then numbers and content words, up to :data:`MAX_TERMS` words in all. No
    query without an entity: a bare "60 jobs" finds nothing worth reading."""
    text = claim.text
    entities = scope.orgs(claim.sentence.text if claim.type == "statement" else text)
    entities += [n for n, _, _ in scope.extractor.parsers.proper_names(text, scope.ctx)]
    entities = entities or scope.anchors(claim)
    if not entities:
        return []
    query = _join(*entities[:3])
    covered = set(terms_of(query))
    for word in scope.terms(text):
        if len(query.split()) >= MAX_TERMS:
            break
        if word in covered or (len(word) < 3 and not word.isdigit()):
            continue
        covered.add(word)
        query = _join(query, word)
    return [query] if len(query.split()) >= 2 else []


def _strike(claim: Claim, scope: _Scope) -> list[str]:
    strikers = _listed(claim.fields.get("strikers"))
    against = _listed(claim.fields.get("against"))
    year = str(claim.fields.get("year") or "") or _year(claim.sentence.text, scope.year)
    counterparty = against[0] if against else None
    return [_join(s, counterparty, "strike", year) for s in strikers[:2]]


def _job_title(claim: Claim, scope: _Scope) -> list[str]:
    title = claim.fields.get("title")
    if not title:
        return key_terms(claim, scope)
    employer = claim.fields.get("employer")
    if not employer:
        # An employer the tables do not know is still a capitalised name in the sentence.
        names = scope.extractor.parsers.proper_names(claim.sentence.text, scope.ctx)
        others = [n for n, _, _ in names if n.lower() not in str(title).lower()]
        employer = next(iter(scope.orgs(claim.sentence.text) + others), None)
    return [_join(employer, title, "salary")]


def _salary(claim: Claim, scope: _Scope) -> list[str]:
    """The job the salary is for: a job title in the same sentence, else the last one
    before it in the article."""
    jobs = [c for c in scope.claims if c.type == "job_title"]
    same = [c for c in jobs if c.sentence.index == claim.sentence.index]
    before = [c for c in jobs if c.start <= claim.start]
    job = same[0] if same else (before[-1] if before else None)
    if job is not None:
        return _job_title(job, scope)
    anchors = scope.anchors(claim)
    return [_join(*anchors[:2], *scope.terms(claim.text), "salary")] if anchors else []


def _superlative(claim: Claim, scope: _Scope) -> list[str]:
    fields = claim.fields
    if not fields.get("subject"):
        return key_terms(claim, scope)
    entity = fields.get("entity") or next(iter(scope.anchors(claim)), None)
    subject = " ".join(scope.terms(str(fields["subject"]))[:5])
    return [_join(entity, fields.get("superlative"), subject)]


def _quantity(claim: Claim, scope: _Scope) -> list[str]:
    anchors = scope.anchors(claim)
    if not anchors:
        return []
    return [_join(*anchors[:2], *scope.terms(claim.text), _year(claim.sentence.text, None))]


def _date(claim: Claim, scope: _Scope) -> list[str]:
    fields = claim.fields
    anchors = scope.anchors(claim)
    if not anchors:
        return []
    subject = [w for w in scope.terms(str(fields.get("subject") or "")) if not w.isdigit()][:3]
    year = str(fields.get("date") or "")[:4] or _year(claim.sentence.text, None)
    return [_join(anchors[0], *subject, fields.get("event"), year)]


def _quote(claim: Claim, scope: _Scope) -> list[str]:
    words = str(claim.fields.get("quote") or "").split()[:8]
    return [_join(claim.fields.get("speaker"), *words)] if words else key_terms(claim, scope)


_BUILDERS: dict[str, Callable[[Claim, _Scope], list[str]]] = {
    "strike": _strike,
    "job_title": _job_title,
    "salary": _salary,
    "superlative": _superlative,
    "quantity": _quantity,
    "date": _date,
    "quote": _quote,
}
_TARGETED = frozenset({"strike", "job_title", "salary"})


def article_year(article: Article) -> str | None:
    """The year of the article's date in its front matter, if it has one."""
    for key in ("date", "published", "updated"):
        value = article.metadata.get(key)
        if value:
            return _year(str(value), None)
    return None


def _topic(article: Article, extractor: Extractor, ctx: TextContext) -> str | None:
    counts: dict[str, int] = {}
    for name, _, _ in extractor.parsers.orgs(article.text, ctx):
        counts[name] = counts.get(name, 0) + 1
    # Ties: the organisation the article names first (max keeps the first).
    return max(counts, key=lambda n: counts[n]) if counts else None


def _tier(claim: Claim) -> int:
    if claim.type in _TARGETED:
        return 0
    return 1 if claim.type in _BUILDERS else 2


def build_queries(article: Article, claims: Sequence[Claim], extractor: Extractor) -> list[Query]:
    """Queries for an article's claims, most useful first: targeted queries (strikes,
    jobs, salaries), then other typed claims, then plain statements; within each, by
    check-worthiness, then in reading order."""
    ctx = extractor.context(article.text)
    scope = _Scope(claims, extractor, ctx, article_year(article), _topic(article, extractor, ctx))
    ordered = sorted(claims, key=lambda c: (_tier(c), -c.checkworthiness, c.start))
    merged: dict[str, tuple[str, list[str]]] = {}
    for claim in ordered:
        builder = _BUILDERS.get(claim.type, key_terms)
        for text in builder(claim, scope):
            text = " ".join(text.split())[:200]
            if len(text.split()) < 2:  # one word is a topic, not a query
                continue
            key = text.casefold()
            if key not in merged:
                merged[key] = (text, [])
            if claim.id not in merged[key][1]:
                merged[key][1].append(claim.id)
    return [Query(text, tuple(ids), terms_of(text)) for text, ids in merged.values()]
