"""Comparison claims: each side resolved to an amount, from the article or from the
evidence, and the stated relation evaluated on the two intervals."""

from __future__ import annotations

import re
from dataclasses import dataclass

from factcheck.amounts import Amount, ratio
from factcheck.claims.fields import fields_amount
from factcheck.evidence.base import ArticleView
from factcheck.evidence.common import Assessment, Tally, decide
from factcheck.evidence.index import Candidate, EvidenceIndex, keywords
from factcheck.model import Claim, Verdict, VerdictLabel

# How a relation reads in a rationale, and its opposite.
PHRASES = {
    "much_less": "far smaller than",
    "less": "smaller than",
    "much_greater": "far larger than",
    "greater": "larger than",
    "ratio_at_least": "at least {factor} times",
}
OPPOSITE = {
    "much_less": "much_greater",
    "less": "greater",
    "much_greater": "much_less",
    "greater": "less",
}
_PAY_WORDS = re.compile(
    r"\b(?:earn|earns|earned|make|makes|made|paid|pay|pays|salary|salaries|"
    r"wage|wages|income|compensation)\b",
    re.I,
)


@dataclass(frozen=True)
class SideValue:
    """An amount for one side of a comparison, and where it came from."""

    amount: Amount
    source: int | None  # evidence sentence index; None when the article states it
    score: float


def evaluate(relation: str, left: Amount, right: Amount, factor: float | None) -> bool | None:
    """Whether ``left relation right`` holds for every value of the two intervals (True),
    for none (False), or depends on where in the intervals the truth lies (None)."""
    l_lo, l_hi = left.low or 0.0, left.high
    r_lo, r_hi = right.low or 0.0, right.high
    if relation in ("much_less", "less"):
        if l_hi is not None and l_hi < r_lo:
            return True
        if r_hi is not None and l_lo > r_hi:
            return False
        return None
    if relation in ("much_greater", "greater"):
        if r_hi is not None and l_lo > r_hi:
            return True
        if l_hi is not None and l_hi < r_lo:
            return False
        return None
    if relation == "ratio_at_least" and factor:
        bounds = ratio(Amount(l_lo, l_hi), Amount(r_lo or None, r_hi))
        if bounds is None:
            return None
        low, high = bounds
        if low >= factor * 0.98:
            return True
        if high < factor * 0.98:
            return False
    return None


class ComparisonComparator:
    """Comparisons between amounts."""

    def queries(self, claim: Claim, view: ArticleView) -> list[str]:
        """Each side, with the organisations its words stand for."""
        out = []
        for side in ("left", "right"):
            text = str(claim.fields.get(side, ""))
            out.append(f"{text} {' '.join(view.orgs(text))}")
        return out

    def side_value(
        self,
        claim: Claim,
        side: str,
        candidates: list[Candidate],
        index: EvidenceIndex,
        view: ArticleView,
    ) -> SideValue | None:
        """An amount for one side: stated in the article, else read from the evidence."""
        k = view.knowledge
        stated = claim.fields.get(f"{side}_amount")
        text = str(claim.fields.get(side, ""))
        side_orgs = set(view.orgs(text))
        side_words = set(keywords(re.sub(r"\d[\d,.]*", " ", text)).split())
        best: SideValue | None = None
        for cand in candidates:
            sentence = index.sentences[cand.index].text
            for fact in index.facts(cand.index):
                if fact.rule.type != "salary" or fact.fields.get("level"):
                    continue
                subject = sentence[: fact.start]
                subject_orgs = set(
                    view.extractor.parsers.org_names(
                        subject, index.context(index.sentences[cand.index].page)
                    )
                )
                subject_words = set(keywords(subject).split())
                shared_orgs = side_orgs & subject_orgs
                shared_words = side_words & subject_words
                if not shared_orgs and len(shared_words) < 2:
                    continue
                if bool(_PAY_WORDS.search(text)) != bool(_PAY_WORDS.search(sentence)):
                    continue
                found = fields_amount(fact.fields).per_year(k)
                score = cand.score + (20 if shared_orgs else 0) + 5 * len(shared_words)
                if stated:
                    claimed = fields_amount(stated).per_year(k)
                    # The evidence must be about the same thing the article sized.
                    if not claimed.widened(0.05).overlaps(found):
                        continue
                if best is None or score > best.score:
                    best = SideValue(found, cand.index, score)
        if best is not None:
            return best
        if stated:
            return SideValue(fields_amount(stated).per_year(k), None, 100.0)
        return None

    def judge(
        self, claim: Claim, candidates: list[Candidate], index: EvidenceIndex, view: ArticleView
    ) -> Verdict:
        """Evaluate the relation on the two sides' amounts; also count sources that make
        the same comparison, or its opposite, in so many words."""
        relation = str(claim.fields.get("relation"))
        factor = claim.fields.get("factor")
        left = self.side_value(claim, "left", candidates, index, view)
        right = self.side_value(claim, "right", candidates, index, view)
        assessments: list[Assessment] = []
        outcome = None
        if left and right:
            outcome = evaluate(relation, left.amount, right.amount, factor)
            if outcome is not None:
                stance = "supports" if outcome else "contradicts"
                for side in (left, right):
                    if side.source is not None:
                        assessments.append(
                            Assessment(
                                side.source,
                                stance,
                                0.9,
                                min(100.0, side.score),
                                side.amount.describe(),
                            )
                        )
        assessments += self._direct(claim, candidates, index, view)

        def explain(label: VerdictLabel, t: Tally) -> str:
            said = PHRASES.get(relation, relation).format(factor=factor)
            if left and right and outcome is not None:
                l_text, r_text = str(claim.fields["left"]), str(claim.fields["right"])
                actual = self._actual(left.amount, right.amount)
                verdict = "so it is" if outcome else "so it is not"
                return (
                    f"The evidence puts “{l_text}” at {left.amount.describe()} and “{r_text}” "
                    f"at {right.amount.describe()}: the first is {actual} the second, "
                    f"{verdict} {said} it."
                )
            first = (t.supports or t.contradicts)[0]
            way = "the same way" if label == "supported" else "the other way round"
            return f"A source makes this comparison {way}: “{index.sentences[first.index].text}”"

        return decide(claim, assessments, index, explain)

    @staticmethod
    def _actual(left: Amount, right: Amount) -> str:
        if right.high is not None and (left.low or 0) > right.high:
            r = ratio(left, Amount(right.low or None, right.high))
            return "more than ten times" if r and r[0] >= 10 else "larger than"
        if left.high is not None and left.high < (right.low or 0):
            return "smaller than"
        return "about the same as"

    def _direct(
        self, claim: Claim, candidates: list[Candidate], index: EvidenceIndex, view: ArticleView
    ) -> list[Assessment]:
        """Sources that state a comparison between the same two things."""
        relation = str(claim.fields.get("relation"))
        left_words = set(keywords(str(claim.fields.get("left", ""))).split())
        right_words = set(keywords(str(claim.fields.get("right", ""))).split())
        out = []
        for cand in candidates:
            for fact in index.facts(cand.index):
                if fact.rule.type != "comparison":
                    continue
                f_left = set(keywords(str(fact.fields.get("left", ""))).split())
                f_right = set(keywords(str(fact.fields.get("right", ""))).split())
                f_rel = str(fact.fields.get("relation"))
                same = len(left_words & f_left) >= 1 and len(right_words & f_right) >= 1
                swapped = len(left_words & f_right) >= 1 and len(right_words & f_left) >= 1
                if (same and f_rel == relation) or (swapped and OPPOSITE.get(f_rel) == relation):
                    out.append(
                        Assessment(cand.index, "supports", 0.7, cand.score, "the same comparison")
                    )
                elif (same and OPPOSITE.get(f_rel) == relation) or (swapped and f_rel == relation):
                    out.append(
                        Assessment(
                            cand.index, "contradicts", 0.7, cand.score, "the opposite comparison"
                        )
                    )
        return out
