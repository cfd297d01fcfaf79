"""The comparator interface and what comparators know about the article."""

from __future__ import annotations

import re
from collections.abc import Mapping, Sequence
from dataclasses import dataclass, field
from functools import cached_property
from typing import Protocol

from factcheck.claims.extract import Extractor
from factcheck.claims.values import TextContext
from factcheck.evidence.common import Findings
from factcheck.evidence.index import Candidate, EvidenceIndex
from factcheck.model import Claim, Sentence, Verdict
from factcheck.rulepacks.knowledge import Knowledge


@dataclass
class ArticleView:
    """The article a claim came from, as comparators see it."""

    claims: Sequence[Claim]
    extractor: Extractor
    ctx: TextContext
    # Pages (indices in the evidence index) cited where the claim stands: its sentence or paragraph.
    primary: Mapping[str, set[int]] = field(default_factory=dict)
    # Of those, the pages a claim's paragraph cites nothing of but rests on by pointing
    # back to the paragraph before it ("The yard is also hiring ..."): see
    # factcheck.sources.gather.primary_urls.
    carried: Mapping[str, set[int]] = field(default_factory=dict)
    # Of those, the pages cited in the claim's own sentence.
    in_sentence: Mapping[str, set[int]] = field(default_factory=dict)
    sentences: Sequence[Sentence] = ()
    # Verdicts already reached for this article's claims, by id: a comparison may rest
    # on an amount the article stated in an earlier claim.
    decided: dict[str, Verdict] = field(default_factory=dict)

    def nearby_orgs(self, claim: Claim, before: int = 3) -> list[str]:
        """Organisations in the claim's sentence and the few before it: what "members"
        or "the strike" refer to."""
        return self.orgs(self._around(claim, before))

    def nearby_names(self, claim: Claim, before: int = 3) -> list[str]:
        """Known organisations and other capitalised names around the claim, for
        employers the tables do not know ("the company" is Halden Stores)."""
        text = self._around(claim, before)
        names = [n for n, _, _ in self.extractor.parsers.proper_names(text, self.ctx)]
        return list(dict.fromkeys([*self.orgs(text), *names, *self.topic_names]))

    @cached_property
    def topic_names(self) -> list[str]:
        """Names the article keeps coming back to (twice or more): its subject."""
        counts: dict[str, int] = {}
        for name, _, _ in self.extractor.parsers.proper_names(self.ctx.text, self.ctx):
            counts[name] = counts.get(name, 0) + 1
        for name in self.orgs(self.ctx.text):
            counts[name] = counts.get(name, 0) + 2
        # Stable: names named equally often keep the order they first appear in.
        return [n for n, c in sorted(counts.items(), key=lambda x: -x[1]) if c >= 2][:5]

    def paragraph(self, claim: Claim) -> str:
        """The claim's paragraph: the sentences of its block."""
        block = claim.sentence.block
        return " ".join(s.text for s in self.sentences if s.block == block) or (claim.sentence.text)

    def _around(self, claim: Claim, before: int) -> str:
        i = claim.sentence.index
        return " ".join(s.text for s in self.sentences[max(0, i - before) : i + 1]) or (
            claim.sentence.text
        )

    @property
    def knowledge(self) -> Knowledge:
        """The loaded knowledge tables."""
        return self.extractor.ruleset.knowledge

    def orgs(self, text: str) -> list[str]:
        """Organisations named in ``text``, read in the article's context."""
        return self.extractor.parsers.org_names(text, self.ctx)

    def roles(self, text: str) -> set[str]:
        """Listed role words ("manager", "engineers") in ``text``, singular."""
        words = {w.lower() for w in re.findall(r"[A-Za-z]+", text)}
        roles = self.knowledge.roles
        return {_singular(w) for w in words if w in roles or _singular(w) in roles}

    def occupations(self, text: str) -> set[str]:
        """Words naming an occupation in ``text``, singular, by the test the claim rules
        use (listed, or an occupation's form: "skippers"): what tells that a sentence
        speaks of another job."""
        words = {w.lower() for w in re.findall(r"[A-Za-z]+", text)}
        roles = self.knowledge.roles
        return {
            _singular(w)
            for w in words
            if self.knowledge.is_role(w)
            # A word of an organisation's name is no job, whatever its ending:
            # "Westmoor" of Westmoor Aggregates, "Hanover" of Hanover Freight.
            and (w in roles or _singular(w) in roles or w not in self._name_words)
        }

    @cached_property
    def _name_words(self) -> frozenset[str]:
        """The words of the organisations and places the article names, lower case: its
        organisations, and its names of two words or more that end in no job's word
        ("Westmoor Aggregates", not "Senior Welder")."""
        names = list(self.orgs(self.ctx.text))
        for found, _, _ in self.extractor.parsers.proper_names(self.ctx.text, self.ctx):
            # A name may run on over a heading's line break ("Quarries\n\nHanover Stone").
            for name in found.split("\n"):
                words = name.split()
                if len(words) >= 2 and not self.knowledge.is_role(words[-1]):
                    names.append(name)
        return frozenset(w.lower() for name in names for w in re.findall(r"[A-Za-z]+", name))

    def previous(self, claim: Claim, claim_type: str) -> Claim | None:
        """The nearest claim of ``claim_type`` at or before ``claim`` in the article."""
        best = None
        for c in self.claims:
            if c.type == claim_type and c.start <= claim.end:
                best = c
        return best


def _singular(word: str) -> str:
    return word[:-1] if word.endswith("s") and not word.endswith("ss") else word


# A fact the claim's own cited page states in its structure ranks as an exact match.
CITED_FACT_SCORE = 100.0
# A sentence of the claim's own cited page that did not rank is still read, ranked low.
CITED_SENTENCE_SCORE = 50.0


def with_cited(
    candidates: list[Candidate],
    index: EvidenceIndex,
    pages: set[int],
    fact_kind: str | None,
    sentences: bool = False,
    score: float = CITED_FACT_SCORE,
) -> list[Candidate]:
    """The candidates, and the claim's own cited pages read for its type: their facts of
    ``fact_kind`` (none when None) and, with ``sentences``, every sentence the ranking
    left out."""
    facts = [i for page in sorted(pages) for i in index.fact_entries(page, fact_kind) if fact_kind]
    # Facts first, at full score: where a sentence repeats a fact (a heading), the fact
    # is quoted.
    out = [Candidate(i, score) for i in facts]
    out += [c for c in candidates if c.index not in set(facts)]
    if sentences:
        have = {c.index for c in out}
        out += [
            Candidate(i, CITED_SENTENCE_SCORE)
            for page in sorted(pages)
            for i in index.page_entries(page)
            if i not in have
        ]
    return out


class Comparator(Protocol):
    """Decides one claim type."""

    def queries(self, claim: Claim, view: ArticleView) -> list[str]:
        """Texts to rank source sentences against."""
        ...

    def assess(
        self, claim: Claim, candidates: list[Candidate], index: EvidenceIndex, view: ArticleView
    ) -> Findings:
        """What the ranked candidate sentences say about ``claim``."""
        ...
