"""All sentences of all fetched pages, ranked against claims in one vectorised pass."""

from __future__ import annotations

import re
from collections.abc import Mapping, Sequence
from dataclasses import dataclass
from functools import lru_cache

import numpy as np
from rapidfuzz import fuzz, process

from factcheck.claims.extract import Extractor, Found
from factcheck.claims.values import TextContext
from factcheck.model import Page, PageFact, Sentence

_TOKEN = re.compile(r"[a-z0-9]+")
STOPWORDS = frozenset(
    [
        "a",
        "an",
        "the",
        "and",
        "or",
        "but",
        "of",
        "to",
        "in",
        "on",
        "at",
        "for",
        "by",
        "with",
        "from",
        "as",
        "is",
        "are",
        "was",
        "were",
        "be",
        "been",
        "being",
        "it",
        "its",
        "this",
        "that",
        "these",
        "those",
        "there",
        "their",
        "they",
        "them",
        "he",
        "she",
        "his",
        "her",
        "we",
        "our",
        "you",
        "your",
        "i",
        "has",
        "have",
        "had",
        "do",
        "does",
        "did",
        "not",
        "no",
        "so",
        "than",
        "then",
        "too",
        "very",
        "can",
        "could",
        "would",
        "should",
        "will",
        "may",
        "might",
        "must",
        "also",
        "just",
        "only",
        "about",
        "into",
        "over",
        "after",
        "before",
        "up",
        "out",
        "if",
        "which",
        "who",
        "whom",
        "what",
        "when",
        "where",
        "while",
        "how",
        "all",
        "any",
        "each",
        "some",
        "such",
        "more",
        "most",
        "other",
        "own",
        "same",
        "s",
        "t",
    ]
)
# Scores are rapidfuzz token-set ratios, 0-100. Below MIN_SCORE a sentence is not
# evidence for a query at all.
MIN_SCORE = 45.0
MAX_SCORE = 100.0
# A sentence of fewer keywords than this matches almost any query by token set (all of
# its few words are in the query), so its score is lowered by SHORT_SENTENCE_PENALTY:
# enough to drop a near-perfect but empty match below a real one.
SHORT_SENTENCE_KEYWORDS = 4
SHORT_SENTENCE_PENALTY = 20.0
# Sentences of the pages a claim itself cites get this much more: among sentences
# about as good, the claim's own source is the likelier evidence.
CITED_SOURCE_BOOST = 10.0
# Sentences kept per claim: the comparators read values from these.
CANDIDATES_PER_CLAIM = 25
# How many sentences back a list item's lead-in ("Our demands:") is looked for: a list
# longer than this is read item by item, without it.
LEAD_IN_REACH = 8


# The fewest letters before "-ery" that fold it into "-er" ("recov" + "ery").
_ERY_BASE = 5


@lru_cache(maxsize=65536)
def _stem(word: str) -> str:
    """A crude English stem, enough to match "strikes" with "strike".

    Not Porter2 (snowballstemmer): it keeps "financial" ("financi") apart from "finance"
    ("financ"), so a source's "chief financial officer" stopped matching an article's
    "finance chief" (tests/articles/halden-ceo-pay); folding -ial here keeps them one."""
    for suffix in ("ings", "ing", "ies", "ial", "es", "ed", "s", "e"):
        if word.endswith(suffix) and len(word) - len(suffix) >= 4:
            base = word[: -len(suffix)]
            word = base + "y" if suffix == "ies" else base
            break
    # A noun in -ery made from a word in -er is that word ("recovery" and "recovered",
    # "delivery" and "delivers"), but only a long base says so: short ones meet unrelated
    # words by chance ("battery" and "batter", "misery" and "miser", "mastery" and
    # "master"). A short trade is matched to its trader where an occupation is known
    # (evidence/comparisons.trade_of: "grocery" and "grocers").
    if word.endswith("ery") and len(word) - len("ery") >= _ERY_BASE:
        return word[:-1]
    return word


_SCALES = {
    "k": 1e3,
    "thousand": 1e3,
    "m": 1e6,
    "mn": 1e6,
    "million": 1e6,
    "bn": 1e9,
    "billion": 1e9,
}
_SCALED = re.compile(r"(\d+(?:\.\d+)?)\s?(k|thousand|mn|m|million|bn|billion)\b")


def _unscale(m: re.Match[str]) -> str:
    value = float(m.group(1)) * _SCALES[m.group(2)]
    return f"{value:.0f}"


def keywords(text: str) -> str:
    """The comparable form of a text: lower case, numbers written out ("€75k" and
    "€75,000" both become 75000), stop words dropped, words stemmed."""
    text = re.sub(r"(?<=\d)[,\u202f](?=\d{3})", "", text.lower().replace("’", "'"))
    text = _SCALED.sub(_unscale, text)
    return " ".join(_stem(w) for w in _TOKEN.findall(text) if w not in STOPWORDS)


@dataclass(frozen=True)
class SourceSentence:
    """A sentence of a page, with its page's index; or a fact the page states in its
    structure (``fact``), quoted in its readable form."""

    page: int
    sentence: Sentence
    fact: PageFact | None = None

    @property
    def text(self) -> str:
        """The sentence text."""
        return self.sentence.text


@dataclass(frozen=True)
class Candidate:
    """A sentence ranked for a claim."""

    index: int
    score: float


class EvidenceIndex:
    """The sentences of the pages, their keyword forms, and the facts the rule packs
    read from them (computed only for sentences that rank for some claim)."""

    def __init__(
        self,
        pages: Sequence[Page],
        extractor: Extractor,
        failures: Mapping[str, int] | None = None,
    ):
        self.pages = list(pages)
        self.extractor = extractor
        # Sources of the article that could not be read, counted by error code.
        self.failures = dict(failures or {})
        self.sentences = [
            SourceSentence(p, s) for p, page in enumerate(self.pages) for s in page.sentences
        ]
        # Only sentences are ranked by likeness to a claim; page facts are chosen by what
        # the claim is about (see with_cited in titles.py).
        self._keywords = [keywords(s.text) for s in self.sentences]
        self._short_penalty = np.array(
            [
                SHORT_SENTENCE_PENALTY if len(k.split()) < SHORT_SENTENCE_KEYWORDS else 0.0
                for k in self._keywords
            ],
            dtype=np.float64,
        )
        self._page_of = np.array([s.page for s in self.sentences], dtype=np.int64)
        # Page facts come after every sentence, so that a page's sentences stay contiguous.
        self._fact_entries: dict[int, list[int]] = {}
        for p, page in enumerate(self.pages):
            for fact in page.facts.items:
                self._fact_entries.setdefault(p, []).append(len(self.sentences))
                self.sentences.append(SourceSentence(p, _fact_sentence(fact), fact))
        self._contexts: dict[int, TextContext] = {}
        self._facts: dict[int, list[Found]] = {}
        self._plans: dict[int, list[Found]] = {}
        self._page_orgs: dict[int, set[str]] = {}
        self._by_text: dict[tuple[str, str], int] | None = None
        self._starts: list[int] = []
        offset = 0
        for page in self.pages:
            self._starts.append(offset)
            offset += len(page.sentences)

    def __len__(self) -> int:
        return len(self.sentences)

    def rank(
        self,
        queries: Sequence[Sequence[str]],
        boosts: Sequence[set[int]] = (),
        limit: int = CANDIDATES_PER_CLAIM,
    ) -> list[list[Candidate]]:
        """For each group of query strings, the best-matching sentences (score 0-100).

        Every query of every group is scored against every sentence in a single
        ``rapidfuzz.process.cdist`` call; a group's score for a sentence is the best of
        its queries. ``boosts[i]`` holds pages whose sentences get CITED_SOURCE_BOOST for
        group i (the claim's own cited sources); short sentences lose SHORT_SENTENCE_PENALTY.
        """
        flat = [keywords(q) for group in queries for q in group]
        if not flat or not self._keywords:
            return [[] for _ in queries]
        matrix = process.cdist(flat, self._keywords, scorer=fuzz.token_set_ratio, dtype="float32")
        out: list[list[Candidate]] = []
        row = 0
        for g, group in enumerate(queries):
            if not group:
                out.append([])
                continue
            raw = matrix[row : row + len(group)].max(axis=0).astype(np.float64)
            row += len(group)
            boosted = boosts[g] if g < len(boosts) else set()
            scores = raw - self._short_penalty
            if boosted:
                scores += np.where(np.isin(self._page_of, list(boosted)), CITED_SOURCE_BOOST, 0.0)
            scores = np.minimum(scores, MAX_SCORE)
            out.append(self._best(scores, limit))
        return out

    @staticmethod
    def _best(scores: np.ndarray, limit: int) -> list[Candidate]:
        """The ``limit`` best sentences at or over MIN_SCORE, in a total order: score,
        then sentence index (page order, then position on the page).

        numpy's default sort is not stable and picks its kernel by CPU, so equal scores
        (token-set ratios tie all the time) would come out in a machine-dependent order;
        a stable sort of the negated scores keeps ties in index order everywhere.
        """
        eligible = np.flatnonzero(scores >= MIN_SCORE)
        order = eligible[np.argsort(-scores[eligible], kind="stable")][:limit]
        return [Candidate(int(i), float(scores[i])) for i in order]

    def context(self, page: int) -> TextContext:
        """The parsing context of a page (its whole text)."""
        if page not in self._contexts:
            p = self.pages[page]
            self._contexts[page] = self.extractor.context(f"{p.title or ''}\n{p.text}")
        return self._contexts[page]

    def facts(self, index: int) -> list[Found]:
        """The claims the rule packs read from one source sentence."""
        if index not in self._facts:
            s = self.sentences[index]
            page = self.pages[s.page]
            if s.fact is not None:
                self._facts[index] = self.extractor.find(s.text, self.context(s.page), [])
                return self._facts[index]
            raw = page.text[s.sentence.start : s.sentence.end]
            earlier = self.extractor.sentence_orgs(
                " ".join(x.text for x in self.nearby(index, before=3, after=0)[::-1]),
                self.context(s.page),
            )
            found = self.extractor.find(raw, self.context(s.page), earlier)
            # A strike a page tells only as planned or threatened took no place yet: it
            # is kept apart, for claims of a plan (see :meth:`plans`).
            self._facts[index] = [f for f in found if not f.fields.get("planned")]
            self._plans[index] = [f for f in found if f.fields.get("planned")]
        return self._facts[index]

    def plans(self, index: int) -> list[Found]:
        """The strikes one source sentence tells only as planned or threatened ("have
        voted to walk out", "are to strike"), which :meth:`facts` leaves out."""
        self.facts(index)
        return self._plans.get(index, [])

    def fact_entries(self, page: int, kind: str | None = None) -> list[int]:
        """The index entries of a page's structural facts (of one kind, if given)."""
        entries = self._fact_entries.get(page, [])
        if kind is None:
            return list(entries)
        facts = [(i, self.sentences[i].fact) for i in entries]
        return [i for i, fact in facts if fact is not None and fact.kind == kind]

    def page_entries(self, page: int) -> range:
        """The index entries of a page's sentences."""
        first = self._starts[page]
        return range(first, first + len(self.pages[page].sentences))

    def nearby(self, index: int, before: int = 2, after: int = 1) -> list[SourceSentence]:
        """Sentences around ``index`` on the same page (not including it)."""
        s = self.sentences[index]
        if s.fact is not None:
            return []
        first = self._starts[s.page]
        last = first + len(self.pages[s.page].sentences)
        lo, hi = max(first, index - before), min(last, index + after + 1)
        return [self.sentences[i] for i in range(lo, hi) if i != index]

    def lead_in(self, index: int) -> str:
        """The sentence a list item hangs from ("Our demands:" above "- €12 an hour;"):
        the nearest sentence before ``index`` on its page that ends in a colon, passing
        only earlier items of the same list (blocks of their own not ended by a full
        stop). Empty when the sentence is no such item."""
        s = self.sentences[index]
        if s.fact is not None:
            return ""
        first = self._starts[s.page]
        block = s.sentence.block
        for j in range(index - 1, max(first, index - LEAD_IN_REACH) - 1, -1):
            prior = self.sentences[j].sentence
            if prior.block == block:
                return ""  # a sentence of a paragraph, not an item of a list
            text = prior.text.rstrip()
            if text.endswith(":"):
                return text
            if text.endswith((".", "!", "?")):
                return ""
            block = prior.block
        return ""

    def page_orgs(self, page: int) -> set[str]:
        """Organisations named anywhere on a page, title included."""
        if page not in self._page_orgs:
            p = self.pages[page]
            self._page_orgs[page] = set(
                self.extractor.sentence_orgs(f"{p.title or ''}\n{p.text}", self.context(page))
            )
        return self._page_orgs[page]

    def mentions(self, page: int, name: str) -> bool:
        """True when a page names an organisation, by the tables or in so many words."""
        if name in self.page_orgs(page):
            return True
        p = self.pages[page]
        if name.lower() in f"{p.title or ''}\n{p.text}".lower():
            return True
        # A careers site on the employer's own domain or path names it in the URL.
        words = [w.lower() for w in re.findall(r"[A-Za-z]{4,}", name)]
        return bool(words) and words[0] in p.url.lower()

    def mentions_in(self, text: str, name: str, page: int) -> bool:
        """True when ``text`` (from ``page``) names an organisation, by any alias."""
        return name in self.extractor.sentence_orgs(text, self.context(page)) or (
            name.lower() in text.lower()
        )

    def find(self, url: str, text: str) -> int | None:
        """The index of the sentence with this text on the page at ``url``."""
        if self._by_text is None:
            self._by_text = {(self.url(i), s.text): i for i, s in enumerate(self.sentences)}
        return self._by_text.get((url, text))

    def url(self, index: int) -> str:
        """The URL of the page a sentence came from."""
        return self.pages[self.sentences[index].page].url


def _fact_sentence(fact: PageFact) -> Sentence:
    """A page fact in the shape of a sentence: its readable text, at no position."""
    return Sentence(index=-1, text=fact.text, start=0, end=0, line=0, column=0, block=-1)
