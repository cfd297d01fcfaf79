"""Superlatives, quotations and plain statements."""

from __future__ import annotations

import re

from rapidfuzz import fuzz

from factcheck.evidence.base import ArticleView
from factcheck.evidence.common import Assessment, Tally, contains_word, decide
from factcheck.evidence.index import Candidate, EvidenceIndex, keywords
from factcheck.model import Claim, Verdict, VerdictLabel

_NUMBER = re.compile(r"(?<![\w.])\d[\d,]*(?:\.\d+)?")
_SYNONYMS = {"biggest": "largest", "greatest": "largest", "top": "largest", "leading": "largest"}


def _numbers(text: str) -> list[float]:
    return [float(n.replace(",", "")) for n in _NUMBER.findall(text)]


def stance_of(claim_text: str, evidence_text: str, view: ArticleView) -> tuple[str, float]:
    """How a source sentence bears on a plain statement, and how similar they are.

    Similar wording alone is not support: a different number in the same place, a
    negation on one side only, or an antonym ("rose" / "fell") makes it a contradiction.
    """
    k = view.knowledge
    a, b = keywords(claim_text), keywords(evidence_text)
    similarity = fuzz.token_set_ratio(a, b)
    if similarity < 60:
        return "neutral", similarity
    negation = k.words("negation")
    neg_a, neg_b = contains_word(claim_text, negation), contains_word(evidence_text, negation)
    words_a = set(re.findall(r"[a-z]+", claim_text.lower()))
    words_b = set(re.findall(r"[a-z]+", evidence_text.lower()))
    for word in words_a - words_b:
        if k.antonyms.get(word, set()) & (words_b - words_a):
            return "contradicts", similarity
    nums_a, nums_b = _numbers(claim_text), _numbers(evidence_text)
    if nums_a and nums_b:
        if all(any(abs(x - y) <= 0.01 * max(abs(x), 1) for y in nums_b) for x in nums_a):
            return ("contradicts" if neg_a != neg_b else "supports"), similarity
        return "contradicts", similarity
    if neg_a != neg_b:
        return "contradicts", similarity
    if nums_a and not nums_b:
        return "neutral", similarity
    return ("supports" if similarity >= 75 else "neutral"), similarity


class StatementComparator:
    """Plain check-worthy statements."""

    def queries(self, claim: Claim, view: ArticleView) -> list[str]:
        """The sentence itself."""
        return [claim.sentence.text]

    def judge(
        self, claim: Claim, candidates: list[Candidate], index: EvidenceIndex, view: ArticleView
    ) -> Verdict:
        """Close sentences in the sources, read for numbers, negation and antonyms."""
        assessments = []
        for cand in candidates[:8]:
            stance, similarity = stance_of(
                claim.sentence.text, index.sentences[cand.index].text, view
            )
            if stance != "neutral":
                weight = (similarity - 55) / 45 * 0.8
                assessments.append(Assessment(cand.index, stance, weight, cand.score))  # type: ignore[arg-type]

        def explain(label: VerdictLabel, t: Tally) -> str:
            if label == "supported":
                return f"A source says the same: “{index.sentences[t.supports[0].index].text}”"
            if label == "contradicted":
                return f"A source says otherwise: “{index.sentences[t.contradicts[0].index].text}”"
            return "Sources disagree on this statement."

        return decide(claim, assessments, index, explain, view.primary.get(claim.id, ()))


class SuperlativeComparator:
    """ "The largest", "the first": supported only by evidence of the same scope."""

    def queries(self, claim: Claim, view: ArticleView) -> list[str]:
        """Entity, superlative, scope and subject."""
        f = claim.fields
        parts = (f.get("entity"), f.get("scope"), f.get("superlative"), f.get("subject"))
        return [" ".join(str(p) for p in parts if p)]

    def judge(
        self, claim: Claim, candidates: list[Candidate], index: EvidenceIndex, view: ArticleView
    ) -> Verdict:
        """Same superlative, scope and subject words support; a ranking below first
        ("second-largest") or another entity holding the title contradicts."""
        f = claim.fields
        word = _SYNONYMS.get(str(f.get("superlative")), str(f.get("superlative")))
        scope = f.get("scope")
        entity = f.get("entity")
        subject = set(keywords(str(f.get("subject", ""))).split())
        assessments = []
        for cand in candidates:
            text = index.sentences[cand.index].text
            lowered = text.lower().replace("’", "'")
            words = set(keywords(text).split())
            if len(subject & words) < max(1, len(subject) // 2):
                continue
            scopes = re.findall(r"(\w+)'s\s+(?:(?:second|third)[\s-])?\w+est\b", lowered)
            if scope and scopes and scope not in scopes:
                continue
            # Without a scope of its own, a source speaks to the claim less surely.
            scope_weight = 1.0 if not scope or scope in lowered else 0.6
            sup = {w for w in re.findall(r"[a-z]+", lowered) if _SYNONYMS.get(w, w) == word}
            paraphrased = word in ("first", "largest", "only", "record") and contains_word(
                text, view.knowledge.words("superlative_paraphrases")
            )
            if not sup and not paraphrased:
                continue
            if not sup:
                scope_weight *= 0.75  # said in other words: "never before have so many"
            orgs = view.extractor.parsers.org_names(
                text, index.context(index.sentences[cand.index].page)
            )
            ranked_lower = re.search(
                rf"(?:second|third|fourth|fifth|no\.\s*2)[\s-]+{word}", lowered
            )
            if ranked_lower or (entity and orgs and entity not in orgs):
                stance = "contradicts"
            elif (entity and entity in orgs) or not entity:
                stance = "supports"
            else:
                continue
            weight = cand.score / 100 * 0.8 * scope_weight
            assessments.append(Assessment(cand.index, stance, weight, cand.score))  # type: ignore[arg-type]

        def explain(label: VerdictLabel, t: Tally) -> str:
            first = (t.supports or t.contradicts)[0]
            verb = (
                "agrees"
                if label == "supported"
                else "disagrees"
                if label == "contradicted"
                else "is split"
            )
            return f"A source of the same scope {verb}: “{index.sentences[first.index].text}”"

        return decide(claim, assessments, index, explain, view.primary.get(claim.id, ()))


class QuoteComparator:
    """Quoted words: are they in a source, and said by the same person?"""

    def queries(self, claim: Claim, view: ArticleView) -> list[str]:
        """The quotation and the speaker."""
        return [f"{claim.fields.get('quote')} {claim.fields.get('speaker') or ''}"]

    def judge(
        self, claim: Claim, candidates: list[Candidate], index: EvidenceIndex, view: ArticleView
    ) -> Verdict:
        """Align the quotation with each page's text; the speaker's name must appear near
        the words for support, another speaker there contradicts the attribution."""
        quote = str(claim.fields.get("quote", ""))
        speaker = str(claim.fields.get("speaker") or "")
        surname = speaker.split()[-1].lower() if speaker else ""
        assessments = []
        seen_pages: set[int] = set()
        for cand in candidates:
            page_index = index.sentences[cand.index].page
            if page_index in seen_pages:
                continue
            seen_pages.add(page_index)
            page = index.pages[page_index]
            alignment = fuzz.partial_ratio_alignment(quote.lower(), page.text.lower())
            if alignment is None or alignment.score < 88:
                continue
            window = page.text[
                max(0, alignment.dest_start - 300) : alignment.dest_end + 300
            ].lower()
            best = self._sentence_at(index, page_index, alignment.dest_start)
            if not surname or surname in window:
                stance = "supports"
            else:
                names = re.findall(
                    r"[A-Z][a-z]+ [A-Z][a-z]+",
                    page.text[max(0, alignment.dest_start - 300) : alignment.dest_end + 300],
                )
                stance = "contradicts" if names else "neutral"
            if stance != "neutral":
                assessments.append(Assessment(best, stance, alignment.score / 100, alignment.score))  # type: ignore[arg-type]

        def explain(label: VerdictLabel, t: Tally) -> str:
            if label == "supported":
                return (
                    f"The words appear in a source, attributed to {speaker or 'the same speaker'}."
                )
            if label == "contradicted":
                return f"The words appear in a source, but not attributed to {speaker}."
            return "Sources disagree on who said this."

        return decide(claim, assessments, index, explain, view.primary.get(claim.id, ()))

    @staticmethod
    def _sentence_at(index: EvidenceIndex, page: int, offset: int) -> int:
        first = next(i for i, s in enumerate(index.sentences) if s.page == page)
        for i in range(first, len(index.sentences)):
            s = index.sentences[i]
            if s.page != page:
                break
            if s.sentence.start <= offset < s.sentence.end + 2:
                return i
        return first
