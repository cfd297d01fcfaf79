"""Strike claims: who struck whom, compared as sets through the alias tables, with a
group standing for its members ("the Detroit Three, including Ford" is the group)."""

from __future__ import annotations

import re
from functools import lru_cache

from rapidfuzz import fuzz

from factcheck.evidence.base import ArticleView
from factcheck.evidence.common import Assessment, Findings, Tally
from factcheck.evidence.index import Candidate, EvidenceIndex
from factcheck.model import Claim, Stance, VerdictLabel
from factcheck.rulepacks.knowledge import Knowledge


def same_party(a: str, b: str) -> bool:
    """Two names of the same party: equal, or close enough when neither is in the tables."""
    if a == b:
        return True
    return fuzz.token_set_ratio(a.lower(), b.lower()) >= 85


def overlap(claimed: list[str], found: list[str], k: Knowledge) -> list[str]:
    """The claimed names that the found names cover, membership included."""
    wider = k.related(found)
    covered = []
    for name in claimed:
        # "Ford" is covered by a strike against the Detroit Three, which it belongs to.
        if any(same_party(name, f) for f in wider) or set(k.groups_of(name)) & wider:
            covered.append(name)
    return covered


def joined(names: list[str]) -> str:
    """ "A", "A and B", "A, B and C"."""
    return names[0] if len(names) == 1 else ", ".join(names[:-1]) + " and " + names[-1]


def denies(text: str, name: str, negation: set[str]) -> bool:
    """True when ``text`` says the group ``name`` did not strike ("the physicians did not
    join the walkout", "consultants were not on strike")."""
    # Many aliases appear in none of the sentences: looking for the name alone first
    # spares building their denial patterns (each spells out every negation).
    if _named(name).search(text) is None:
        return False
    return _denial(name, frozenset(negation)).search(text) is not None


# Asked for every alias of every striker in every candidate sentence: built once each.
@lru_cache(maxsize=4096)
def _named(name: str) -> re.Pattern[str]:
    """How every denial of ``name`` begins."""
    return re.compile(rf"{re.escape(name)}\b", re.IGNORECASE)


@lru_cache(maxsize=4096)
def _denial(name: str, negation: frozenset[str]) -> re.Pattern[str]:
    neg = "|".join(re.escape(n) for n in sorted(negation, key=len, reverse=True))
    pattern = (
        rf"{re.escape(name)}\b[^.;]{{0,60}}?\b(?:{neg})\b(?:\s+\w+){{0,3}}?\s+"
        r"(?:strik\w*|join\w*|walk\w*|picket\w*|part\s+of\s+the\s+(?:strike|walkout))"
    )
    return re.compile(pattern, re.IGNORECASE)


class StrikeComparator:
    """Parties to a strike."""

    def queries(self, claim: Claim, view: ArticleView) -> list[str]:
        """Strikers, employers and the word strike."""
        against = " ".join(claim.fields.get("against", []))
        out = []
        for striker in claim.fields.get("strikers", []):
            out += [f"{striker} strike against {against}", f"{striker} on strike walkout"]
        return out

    def assess(
        self, claim: Claim, candidates: list[Candidate], index: EvidenceIndex, view: ArticleView
    ) -> Findings:
        """Supported when sources show the same strikers against the same employers (or
        the group they belong to); contradicted when the same strikers struck someone
        else, or a source says the named group did not strike."""
        k = view.knowledge
        strikers: list[str] = list(claim.fields.get("strikers", []))
        against: list[str] = list(claim.fields.get("against", []))
        year = claim.fields.get("year")
        negation = k.words("negation")
        covered: set[str] = set()
        employers_seen: set[str] = set()
        assessments: list[Assessment] = []
        weak: list[Assessment] = []
        for cand in candidates:
            s = index.sentences[cand.index]
            weight = cand.score / 100
            for fact in index.facts(cand.index):
                if fact.rule.type != "strike":
                    continue
                f_strikers = list(fact.fields.get("strikers", []))
                f_against = list(fact.fields.get("against", []))
                common = overlap(strikers, f_strikers, k)
                if not common:
                    continue
                if year and fact.fields.get("year") and fact.fields["year"] != year:
                    continue
                month = claim.fields.get("month")
                if month and fact.fields.get("month") and fact.fields["month"] != month:
                    continue
                stance: Stance
                if not against or not f_against:
                    stance = "supports"
                    weight_here = weight * (0.9 if not against else 0.5)
                elif overlap(against, f_against, k):
                    stance, weight_here = "supports", weight
                else:
                    stance, weight_here = "contradicts", weight * 0.8
                if stance == "supports":
                    covered.update(common)
                    employers_seen.update(f_against)
                whom = joined(f_against) if f_against else "an unnamed employer"
                found = f"{joined(f_strikers)} against {whom}"
                assessment = Assessment(cand.index, stance, weight_here, cand.score, found)
                # "walks out at three plants" says nothing of which employer: it backs the
                # claim only when no source names another employer.
                (weak if against and not f_against else assessments).append(assessment)
            for name in strikers:
                org = k.organisations.get(name)
                names = org.aliases + org.context_aliases if org else (name,)
                if any(denies(s.text, alias, negation) for alias in names):
                    denial = Assessment(
                        cand.index, "contradicts", weight, cand.score, f"{name} not on strike"
                    )
                    assessments.append(denial)

        if not any(
            a.stance == "contradicts" and " against " in (a.found or "") for a in assessments
        ):
            assessments.extend(weak)

        def explain(label: VerdictLabel, t: Tally) -> str:
            if label == "supported":
                who = joined([c for c in strikers if c in covered] or strikers)
                missing = [c for c in strikers if c not in covered]
                whom = joined(sorted(employers_seen)) if employers_seen else None
                text = f"The sources report {who} on strike" + (f" against {whom}" if whom else "")
                members = [a for a in against if any(a in k.members_of(e) for e in employers_seen)]
                if members:
                    text += f", which includes {joined(members)}"
                if missing:
                    text += f"; nothing found on {joined(missing)}"
                return text + "."
            if label == "contradicted":
                whom = joined(against) if against else "the named employer"
                return (
                    f"The sources report {t.contradicts[0].found}, which does not match "
                    f"{joined(strikers)} against {whom}."
                )
            return f"Sources disagree: {t.supports[0].found}, but also {t.contradicts[0].found}."

        return Findings(assessments, explain)
