"""Comparison claims: each side resolved to an amount, from the article or from the
evidence, and the stated relation evaluated on the two intervals."""

from __future__ import annotations

import re
from collections.abc import Mapping
from dataclasses import dataclass, replace
from typing import Any

from factcheck.claims.amounts import Amount, ratio
from factcheck.claims.fields import fields_amount
from factcheck.evidence.base import ArticleView, with_cited
from factcheck.evidence.common import Assessment, Findings, Tally
from factcheck.evidence.index import Candidate, EvidenceIndex, keywords
from factcheck.evidence.salary import about_same_job
from factcheck.evidence.titles import normalise_title
from factcheck.model import Claim, Stance, VerdictLabel

# How a relation reads in a rationale, and its opposite.
PHRASES = {
    "much_less": "far smaller than",
    "less": "smaller than",
    "much_greater": "far larger than",
    "greater": "larger than",
    "ratio_at_least": "at least {factor} times",
    "ratio_at_most": "at most {factor} times",
    "ratio_about": "about {factor} times",
    "equal": "about the same as",
}
OPPOSITE = {
    "much_less": "much_greater",
    "less": "greater",
    "much_greater": "much_less",
    "greater": "less",
}
_TYPICAL = re.compile(r"\b(?:many|most|typical|average|median|ordinary|the\s+majority)\b", re.I)
_MAJORITY = re.compile(
    r"\b(?:most|majority|median|typical|average|\d{2}(?:\.\d+)?\s?%|per\s?cent)", re.I
)


@dataclass(frozen=True)
class SideValue:
    """An amount for one side of a comparison, and where it came from."""

    amount: Amount
    source: int | None  # evidence sentence index; None when the article states it
    score: float
    via: str | None = None  # the article's claim that stated it, if any


def _money_of(claim_type: str, fields: Mapping[str, Any]) -> Amount | None:
    """The amount of money a salary or money-quantity claim gives."""
    if claim_type == "salary" and not fields.get("level"):
        return fields_amount(fields)
    if claim_type == "quantity" and re.fullmatch(r"[A-Z]{3}", str(fields.get("unit", ""))):
        return Amount(fields.get("min"), fields.get("max"), str(fields["unit"]))
    return None


def _period_of(text: str, view: ArticleView) -> str | None:
    lowered = text.lower()
    for phrase, name in view.knowledge.period_phrases.items():
        if re.search(rf"(?<![\w]){re.escape(phrase)}(?![\w])", lowered):
            return name
    return None


def evaluate(relation: str, left: Amount, right: Amount, factor: float | None) -> bool | None:
    """Whether ``left relation right`` holds for every value of the two intervals (True),
    for none (False), or depends on where in the intervals the truth lies (None).

    Two ceilings ("up to $300,000" and "up to $180,000") compare as their tops, two
    floors as their bottoms: that is what "paid less than" means of two pay ranges."""
    if left.low is None and right.low is None and left.high is not None and right.high is not None:
        left, right = Amount(left.high, left.high), Amount(right.high, right.high)
    elif (
        left.high is None and right.high is None and left.low is not None and right.low is not None
    ):
        left, right = Amount(left.low, left.low), Amount(right.low, right.low)
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
    if relation in ("ratio_at_most", "ratio_about", "equal") and factor:
        bounds = ratio(Amount(l_lo, l_hi), Amount(r_lo or None, r_hi))
        if bounds is None:
            return None
        low, high = bounds
        # "about N times" allows the qualifiers' tolerance either way; "at most" above.
        floor = 0.0 if relation == "ratio_at_most" else factor * 0.9
        if floor <= low and high <= factor * 1.1:
            return True
        if high < floor or low > factor * 1.1:
            return False
    return None


# A table cell is read for a comparison's sides by its headers, not ranked by likeness.
TABLE_CELL_SCORE = 60.0


def _names_missing(side: str, cell: str) -> bool:
    """True when a side names someone (a capitalised word after its first) that a table
    cell's headers do not: the cell is about others."""
    names = re.findall(r"(?<=\s)([A-Z][a-z]+)", side)
    lowered = cell.lower()
    return any(n.lower() not in lowered for n in names)


class ComparisonComparator:
    """Comparisons between amounts."""

    def queries(self, claim: Claim, view: ArticleView) -> list[str]:
        """Each side, with the organisations its words stand for."""
        out = []
        for side in ("left", "right"):
            text = str(claim.fields.get(side, ""))
            out.append(f"{text} {' '.join(view.orgs(text))}")
        return out

    def side_values(
        self,
        claim: Claim,
        side: str,
        candidates: list[Candidate],
        index: EvidenceIndex,
        view: ArticleView,
    ) -> list[SideValue]:
        """Amounts for one side, best first: read from the evidence about the same
        subject; else stated earlier in the article about it ("Okafor's pay" is the
        "$18.6 million" package named before); else the side's own amount."""
        k = view.knowledge
        stated = claim.fields.get(f"{side}_amount")
        text = str(claim.fields.get(side, ""))
        claimed = None
        if stated:
            own = fields_amount(stated)
            if own.period is None and own.currency:
                # "$23.33 an hour" in the side's words: pay, to compare as a year's.
                own = replace(own, period=_period_of(text, view))
            claimed = own.per_year(k)
        side_orgs = set(view.orgs(text))
        side_words = set(keywords(re.sub(r"\d[\d,.]*", " ", text)).split())
        side_period = _period_of(text, view)
        typical = bool(_TYPICAL.search(text))
        # A side that names a job ("an AI product manager") takes pay for that job only.
        side_title = normalise_title(text, view) if view.roles(text) else []
        values: list[SideValue] = []
        for cand in candidates:
            s = index.sentences[cand.index]
            if side_title and not about_same_job(index, cand.index, claim, side_title, None, view):
                continue
            for fact in index.facts(cand.index):
                amount = _money_of(fact.rule.type, fact.fields)
                if amount is None:
                    continue
                subject = s.text[: fact.start]
                subject_orgs = set(view.extractor.parsers.org_names(subject, index.context(s.page)))
                shared_orgs = side_orgs & subject_orgs
                shared_words = side_words & set(keywords(subject).split())
                if not shared_orgs and len(shared_words) < 2:
                    continue
                if s.fact is not None and (
                    (side_orgs and not shared_orgs) or _names_missing(text, s.text)
                ):
                    continue  # a national statistic is not "Riot's range"
                found = amount.per_year(k)
                if claimed is not None:
                    if not claimed.widened(0.05).overlaps(found):
                        # The evidence must be about the thing the article sized.
                        continue
                    # Both bound the same amount: "six-figure" and "up to $900,000".
                    found = found.intersect(claimed)
                score = cand.score + (20 if shared_orgs else 0) + 5 * len(shared_words)
                if amount.low is not None and amount.high is not None:
                    score += 10  # a figure with both ends says more than "up to"
                if side_period and amount.period == side_period:
                    score += 15
                if typical and _MAJORITY.search(subject):
                    score += 15
                values.append(SideValue(found, cand.index, score))
        values.sort(key=lambda v: (-v.score, v.source))
        if values:
            return values
        earlier = self._from_article(claim, side_words, view, claimed)
        if claimed is not None:
            # The article's own figure, resting on an earlier claim of the same amount.
            via = earlier[0].via if earlier else None
            return [SideValue(claimed, None, 100.0, via)]
        return earlier

    @staticmethod
    def _borrowed(
        value: SideValue, stance: Stance, index: EvidenceIndex, view: ArticleView
    ) -> list[Assessment]:
        verdict = view.decided.get(value.via or "")
        if verdict is None or verdict.label != "supported":
            return []
        out = []
        for e in verdict.evidence:
            i = index.find(e.url, e.quote)
            if i is not None and e.stance == "supports":
                out.append(Assessment(i, stance, 0.7, e.score, value.amount.describe()))
        return out

    @staticmethod
    def _from_article(
        claim: Claim, side_words: set[str], view: ArticleView, same: Amount | None = None
    ) -> list[SideValue]:
        """An amount the article gave earlier for the same subject (or, given ``same``,
        an earlier claim of that very amount)."""
        out = []
        for other in view.claims:
            if other.start >= claim.start:
                break
            amount = _money_of(other.type, other.fields)
            if amount is None:
                continue
            if same is not None:
                if amount.per_year(view.knowledge).widened(0.05).overlaps(same):
                    out.append(SideValue(same, None, 100.0, other.id))
                continue
            shared = side_words & set(keywords(other.sentence.text).split())
            names = {
                w
                for w in shared
                if any(
                    t.lower().startswith(w) and t[:1].isupper() for t in other.sentence.text.split()
                )
            }
            if names or len(shared) >= 2:
                score = 50.0 + 10 * len(shared) + 20 * len(names)
                out.append(SideValue(amount.per_year(view.knowledge), None, score, other.id))
        # Stable: equal scores keep the article's order (earlier claims first).
        return sorted(out, key=lambda v: -v.score)

    def assess(
        self, claim: Claim, candidates: list[Candidate], index: EvidenceIndex, view: ArticleView
    ) -> Findings:
        """Evaluate the relation on the two sides' amounts; also count sources that make
        the same comparison, or its opposite, in so many words."""
        relation = str(claim.fields.get("relation"))
        factor = claim.fields.get("factor")
        # Statistics stand in tables: every page's cells are read for the two sides, each
        # under its row and column headers and the table's caption.
        candidates = with_cited(
            candidates, index, set(range(len(index.pages))), "cell", score=TABLE_CELL_SCORE
        )
        lefts = self.side_values(claim, "left", candidates, index, view)
        rights = self.side_values(claim, "right", candidates, index, view)
        left = lefts[0] if lefts else None
        if left is not None:
            # Two amounts a claim sets apart: a reading of the right side from the left
            # side's own cell is a misreading, and so, for "N times" with N far from
            # one, is a right side overlapping the left (the same sum read twice).
            apart = relation.startswith("ratio") and not (factor and 0.8 <= factor <= 1.25)
            rights = [
                v
                for v in rights
                if (v.source is None or v.source != left.source)
                and not (apart and left.amount.widened(0.02).overlaps(v.amount))
            ]
        right = rights[0] if rights else None
        assessments: list[Assessment] = []
        outcome = None
        if left and right:
            outcome = evaluate(relation, left.amount, right.amount, factor)
            if outcome is not None:
                stance: Stance = "supports" if outcome else "contradicts"
                # Every reading of either side that leads to the same outcome is evidence.
                for values, other, is_left in ((lefts, right, True), (rights, left, False)):
                    for v in values[:3]:
                        pair = (v.amount, other.amount) if is_left else (other.amount, v.amount)
                        if v.source is None or evaluate(relation, *pair, factor) is not outcome:
                            continue
                        weight = 0.9 if v is left or v is right else 0.6
                        found = v.amount.describe()
                        assessments.append(
                            Assessment(v.source, stance, weight, min(100.0, v.score), found)
                        )
                # A side the article stated in a claim the sources support rests on that
                # claim's evidence.
                for v in (left, right):
                    assessments += self._borrowed(v, stance, index, view)
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

        return Findings(assessments, explain)

    @staticmethod
    def _actual(left: Amount, right: Amount) -> str:
        l_lo, r_lo = left.low or 0.0, right.low or 0.0
        if right.high is not None and l_lo > right.high:
            return "more than ten times" if l_lo > 10 * right.high else "larger than"
        if left.high is not None and left.high < r_lo:
            return "less than a tenth of" if left.high * 10 < r_lo else "smaller than"
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
