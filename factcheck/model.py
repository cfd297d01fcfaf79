"""The data that flows through a check, one way:

    Article -> Claim -> SourceRecord/Page -> Evidence -> Verdict -> Report

Every class here is a frozen dataclass: a stage reads what the previous stage made and
builds new values; nothing is mutated after it is handed on.
"""

from __future__ import annotations

from collections.abc import Callable, Mapping
from dataclasses import dataclass, field
from typing import Any, Literal

from factcheck.claimfields import Fields

VerdictLabel = Literal["supported", "contradicted", "mixed", "unverified"]
Stance = Literal["supports", "contradicts", "neutral"]
Origin = Literal["cited", "named", "search"]

VERDICT_LABELS: tuple[VerdictLabel, ...] = ("supported", "contradicted", "mixed", "unverified")
STANCES: tuple[Stance, ...] = ("supports", "contradicts", "neutral")
ORIGINS: tuple[Origin, ...] = ("cited", "named", "search")


@dataclass(frozen=True, slots=True)
class Sentence:
    """A sentence of an article or a source page.

    ``start``/``end`` are offsets in the text the sentence was cut from; ``line`` and
    ``column`` are 1-based positions in the original input (file or page). ``role`` is
    what its block is on a source page: "body", or the page's "title", "byline", "label",
    "caption", "similar-jobs" or "openings" (see factcheck.sources.pages.ROLES); an
    article's sentences are "body".
    """

    index: int
    text: str
    start: int
    end: int
    line: int
    column: int
    block: int
    role: str = "body"


@dataclass(frozen=True, slots=True)
class Link:
    """A hyperlink in an article: its target and where its anchor text lies."""

    url: str
    text: str
    start: int
    end: int


@dataclass(frozen=True)
class Article:
    """An input draft, read and split into sentences."""

    path: str
    format: Literal["text", "markdown", "html"]
    text: str
    sha256: str
    sentences: tuple[Sentence, ...]
    links: tuple[Link, ...] = ()
    title: str | None = None
    metadata: Mapping[str, Any] = field(default_factory=dict)
    # Sources the author named outside the prose: front matter or a sidecar file.
    named_sources: tuple[str, ...] = ()
    # Line numbers carrying an inline "factcheck: ignore" marker.
    ignored_lines: frozenset[int] = frozenset()
    # Maps an offset in ``text`` to a 1-based (line, column) of the input.
    locate: Callable[[int], tuple[int, int]] | None = field(default=None, compare=False, repr=False)

    def position(self, offset: int) -> tuple[int, int]:
        """The 1-based line and column in the input of offset ``offset`` in ``text``."""
        if self.locate is None:
            before = self.text[:offset]
            return before.count("\n") + 1, offset - (before.rfind("\n") + 1) + 1
        return self.locate(offset)


@dataclass(frozen=True)
class Claim:
    """A checkable statement found in an article by a rule."""

    id: str
    type: str
    text: str
    sentence: Sentence
    start: int
    end: int
    line: int
    column: int
    # Typed by the claim's type (factcheck.claimfields); a read-only mapping as well.
    fields: Fields
    rule: str
    checkworthiness: float = 1.0


@dataclass(frozen=True)
class SourceRecord:
    """What happened when one candidate source was fetched, for the audit trail."""

    url: str
    origin: Origin
    final_url: str | None = None
    status: int | None = None
    fetched_at: str | None = None
    sha256: str | None = None
    error: str | None = None
    detail: str | None = None
    title: str | None = None
    published: str | None = None
    content_type: str | None = None
    from_cache: bool = False


PageKind = Literal["job_posting", "news", "encyclopedia", "statistics", "press_release"]


@dataclass(frozen=True)
class PageFact:
    """One fact a page states in its structure rather than in prose.

    ``kind`` is what it is ("title", "employer", "pay", "cell", "infobox", "date");
    ``where`` names where it stands ("JSON-LD baseSalary", "<h1>", "infobox: Parties",
    "table: Median annual wage"); ``text`` is a readable form to quote; ``data`` holds its
    parts (pay: min, max, currency, period; cell: row, column, value; infobox: label, value).
    """

    kind: str
    where: str
    text: str
    data: Mapping[str, Any] = field(default_factory=dict)


# The ``name`` of a date fact that is the last day a posting takes applications, as
# schema.org's JobPosting calls it: sources give it to a labelled "Closing date" field
# too, and the date comparator checks a claim that a posting closes against it.
CLOSING_DATE = "validThrough"


@dataclass(frozen=True)
class PageFacts:
    """What a page's structure says: its kind and its facts, in document order."""

    kind: PageKind | None = None
    items: tuple[PageFact, ...] = ()

    def of(self, kind: str) -> list[PageFact]:
        """The facts of one kind."""
        return [f for f in self.items if f.kind == kind]

    @property
    def title(self) -> PageFact | None:
        """The page's own title fact (a posting's job title, a story's headline)."""
        titles = self.of("title")
        return titles[0] if titles else None


@dataclass(frozen=True)
class Page:
    """The readable text of a fetched source, split into sentences."""

    url: str
    origin: Origin
    title: str | None
    published: str | None
    text: str
    sentences: tuple[Sentence, ...]
    facts: PageFacts = PageFacts()
    # When the page says it was last updated (ISO, as ``published``), if it says so.
    updated: str | None = None


@dataclass(frozen=True)
class Evidence:
    """One source sentence that bears on a claim, and which way it points."""

    url: str
    quote: str
    score: float
    stance: Stance
    # The value the comparator read from the quote, e.g. "$300,000–$900,000 a year".
    found: str | None = None


@dataclass(frozen=True)
class Verdict:
    """The outcome for one claim."""

    label: VerdictLabel
    confidence: float
    rationale: str
    evidence: tuple[Evidence, ...] = ()


@dataclass(frozen=True)
class PriorCheck:
    """An earlier professional fact-check of a similar claim (from a search backend)."""

    publisher: str
    rating: str
    url: str
    claim: str
    date: str | None = None


@dataclass(frozen=True)
class Waiver:
    """An editor's decision to accept a claim after review."""

    by: str
    reason: str
    source: str  # "inline" or the waiver file's path


@dataclass(frozen=True)
class CheckedClaim:
    """A claim with its verdict, as reported."""

    claim: Claim
    verdict: Verdict
    fingerprint: str = ""
    waiver: Waiver | None = None
    prior_checks: tuple[PriorCheck, ...] = ()


@dataclass(frozen=True)
class ArticleResult:
    """The checked claims of one article."""

    path: str
    sha256: str
    claims: tuple[CheckedClaim, ...]
    text: str = ""
    # The URLs of the article's candidate sources (cited, named, searched), so that a
    # report of one article (a line of --format jsonl) can carry its own sources.
    sources: tuple[str, ...] = ()
    # Limits that bit while checking it, one line each ("stopped reading at line ...").
    notes: tuple[str, ...] = ()


@dataclass(frozen=True)
class Report:
    """Everything a check found: the input to every report format."""

    version: str
    articles: tuple[ArticleResult, ...]
    sources: tuple[SourceRecord, ...]

    def checked_claims(self) -> list[CheckedClaim]:
        """All checked claims of all articles, in article order."""
        return [c for a in self.articles for c in a.claims]

    def summary(self) -> dict[str, int]:
        """Counts per verdict and per source outcome, as the JSON report's ``summary``."""
        claims = self.checked_claims()
        counts: dict[str, int] = {label: 0 for label in VERDICT_LABELS}
        for c in claims:
            counts[c.verdict.label] += 1
        failed = sum(1 for s in self.sources if s.error)
        return {
            "claims": len(claims),
            **counts,
            "sources_ok": len(self.sources) - failed,
            "sources_failed": failed,
        }
