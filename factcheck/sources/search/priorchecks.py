"""Which earlier fact-checks are about a claim.

Fact Check Tools searches by words, so its answers include fact-checks that share a
name with the claim and nothing else ("UAW workers set cars on fire" for a query about
the UAW's strike). A fact-check is kept for a claim when it names one of the query's
organisations (a group and its members count as the same: "Ford, GM and Stellantis"
are the Detroit Three), and mentions at least half of the query's other terms (a word
of the same synonym group counts: "struck" for "strike").
"""

from __future__ import annotations

import re
from collections.abc import Mapping, Sequence

from factcheck.claims.extract import Extractor
from factcheck.claims.values import TextContext
from factcheck.model import PriorCheck
from factcheck.sources.search.base import Answer, Query
from factcheck.sources.search.queries import terms_of

MAX_PER_CLAIM = 5
MIN_SHARE = 0.5
_YEAR = re.compile(r"^(?:19|20)\d{2}$")
# Words sharing this many first letters are one word for matching ("striking", "strikes").
_STEM = 5


def _mentions(term: str, words: set[str], lists: Sequence[set[str]]) -> bool:
    if term in words:
        return True
    if len(term) >= _STEM and any(w[:_STEM] == term[:_STEM] for w in words):
        return True
    return any(term in group and words & group for group in lists)


def relevant(check: PriorCheck, query: Query, extractor: Extractor, ctx: TextContext) -> bool:
    """True when the fact-check ``check`` is about what ``query`` searched for."""
    parsers = extractor.parsers
    named = parsers.orgs(query.text, ctx)
    entity_words = {w for _, s, e in named for w in terms_of(query.text[s:e])}
    if named:
        k = extractor.ruleset.knowledge
        theirs = k.related(parsers.org_names(check.claim, ctx))
        if not theirs & k.related(n for n, _, _ in named):
            return False
    topical = [t for t in query.terms if t not in entity_words and not _YEAR.match(t)]
    if not topical:
        return bool(named)
    words = set(terms_of(check.claim))
    # Synonym groups, not every lexicon list: a list of check-worthy topics holds both
    # "strike" and "workers" without making them the same word.
    synonyms = extractor.ruleset.knowledge.synonyms
    lists = [{word, *others} for word, others in synonyms.items()]
    found = sum(1 for t in topical if _mentions(t, words, lists))
    return found / len(topical) >= MIN_SHARE


def match_prior_checks(
    queries: Sequence[Query],
    answers: Mapping[tuple[str, str], Answer],
    extractor: Extractor,
    ctx: TextContext,
) -> dict[str, tuple[PriorCheck, ...]]:
    """Earlier fact-checks by claim id, at most :data:`MAX_PER_CLAIM` each, each once."""
    out: dict[str, list[PriorCheck]] = {}
    for query in queries:
        checks = [
            check
            for (_, text), answer in answers.items()
            if text == query.text
            for check in answer.prior_checks
        ]
        for check in checks:
            if not check.claim or not relevant(check, query, extractor, ctx):
                continue
            for claim_id in query.claim_ids:
                have = out.setdefault(claim_id, [])
                if len(have) < MAX_PER_CLAIM and all(p.url != check.url for p in have):
                    have.append(check)
    return {k: tuple(v) for k, v in out.items() if v}
