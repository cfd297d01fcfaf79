"""Superlatives and plain statements: the comparators for the claims that are sentences
rather than typed values (quotations: quotes.py)."""

from __future__ import annotations

import re
from collections.abc import Mapping
from dataclasses import dataclass, replace
from typing import Any

from factcheck.evidence.base import CITED_SENTENCE_SCORE, ArticleView
from factcheck.evidence.common import Assessment, Findings, Tally, contains_word
from factcheck.evidence.index import Candidate, EvidenceIndex, keywords
from factcheck.evidence.readings import (
    MONTHS,
    Reading,
    another_time,
    borne_out_anywhere,
    finer_rounds_to,
    reader_for,
)
from factcheck.model import Claim, Stance, VerdictLabel
from factcheck.rulepacks.knowledge import Knowledge

_SYNONYMS = {"biggest": "largest", "greatest": "largest", "top": "largest", "leading": "largest"}


@dataclass(frozen=True)
class StatementStance:
    """How a source sentence bears on a statement, how strongly (0-1), and why."""

    stance: Stance
    strength: float
    reason: str = ""


# How much of a claim's wording a source must share before a different number, a
# negation or an antonym in it is a contradiction rather than another matter.
_SAME_MATTER = 0.6
# How much of its wording a claim with figures needs in the source besides the figures.
_FIGURES_CARRY = 0.5
# A support resting on neither figures nor two shared words counts half: it may be chance.
_THIN_SUPPORT = 0.5
# Only the closest sentences are read for a plain statement: further down the ranking a
# stance is more often about another matter than evidence.
_STATEMENT_CANDIDATES = 8
# A plain statement's reading is never surer than this (wording can mislead); sentences
# ranked from this likeness up count in full, lower ones in proportion.
_STATEMENT_WEIGHT, _FULL_LIKENESS = 0.8, 80
# A superlative in a source without the claim's scope ("the largest" against "Europe's
# largest") counts less; said in other words ("never before have so many") less again.
_UNSCOPED, _PARAPHRASED = 0.6, 0.75


def _covered(word: str, words: set[str], synonyms: Mapping[str, frozenset[str]]) -> bool:
    """True when ``word`` (a stem), a longer form of it or a synonym is among ``words``."""
    if word in words or synonyms.get(word, frozenset()) & words:
        return True
    return len(word) >= 5 and any(w.startswith(word) for w in words)


def _said(word: str, words: set[str], synonyms: Mapping[str, frozenset[str]]) -> bool:
    """True when ``word`` is covered (see :func:`_covered`) or a word of ``words`` shares
    all its letters but the last, which the stemmer may write otherwise ("carry" and
    "carried", stemmed "carri")."""
    if _covered(word, words, synonyms):
        return True
    stem = word[: max(4, len(word) - 1)]
    return any(w.startswith(stem) for w in words)


def _figure_conflicts(
    claim: Reading, source: Reading, synonyms: Mapping[str, frozenset[str]]
) -> tuple[list[str], int, int]:
    """Figures of the claim the source gives otherwise, how many the source bears out
    (its figure allows nothing the claim's does not), and how many it does not speak to.
    What a figure counts may be said in other words ("globally" for "worldwide")."""
    conflicts: list[str] = []
    matched = unmatched = 0
    for figure in claim.figures:
        # Another unit of measure ("366 metres" for "1,200 feet") is no figure to compare.
        same_kind = [
            f
            for f in source.figures
            if f.kind == figure.kind
            and not (f.measure and figure.measure and not f.measure & figure.measure)
        ]
        dated = figure.kind not in ("count", "percent")
        if figure.unit and not dated:
            counted = figure.unit.union(*(synonyms.get(w, frozenset()) for w in figure.unit))
            same_kind = [f for f in same_kind if f.unit & counted]
        # A date is the date of what its clause says happened: another date for another
        # event ("was appointed" against the claim's "left") is no conflict.
        same_event = [f for f in same_kind if f.unit & figure.unit] if dated else same_kind
        if any(f.implies(figure) for f in same_kind):
            matched += 1
        elif borne_out_anywhere(figure, source):
            unmatched += 1  # which source figure counts what is read from word order
        elif same_event and not any(
            (f.amount.widened(f.rounding).overlaps(figure.amount) and not f.touches(figure))
            or finer_rounds_to(f, figure)
            for f in same_kind
        ):
            conflicts.append(f"{same_event[0].text} where the claim has {figure.text}")
        else:
            unmatched += 1
    return conflicts, matched, unmatched


def _of_another(
    claim: Reading, source: Reading, claim_words: set[str], synonyms: Mapping[str, frozenset[str]]
) -> bool:
    """True when the source speaks of something a name of the claim has that the claim
    does not mention ("Smith's brother" for a claim about Smith): its subject is
    another."""
    named = {w for name in claim.names for w in name}
    return any(
        owner in named and not _covered(owned, claim_words, synonyms)
        for owner, owned in source.possessions
    )


def _names_found(claim: Reading, source: Reading) -> bool:
    """True when the source names everyone the claim names (a name by its last word, or
    the claim's first name by a pronoun opening the source). Words of exclusive lists
    ("Canadian") and months are what is compared, not names. A word capitalised only
    because it opens the claim ("Severance: 10 weeks of base pay"; the claim's words
    hold it, as they hold no other capitalised word) is found as a word of the source."""
    listed = {k for _, words in claim.exclusive for w in words for k in keywords(w).split()}
    for number, name in enumerate(claim.names):
        name = tuple(w for w in name if w not in listed and w not in MONTHS)
        if not name:
            continue
        if name[-1] in source.capitalised or (number == 0 and source.points_back):
            continue
        if number == 0 and all(w in claim.words and w in source.words for w in name):
            continue
        if not any(_spells(name[-1], run) for run in source.names):
            return False
    return True


def _another_named(claim: Reading, source: Reading) -> bool:
    """True when the source leaves out a name of the claim and names another that
    shares no word with any of the claim's: Corvel Glass where the claim has Brannock
    Foods. A name said otherwise ("the film" for its title) is not another."""
    if _names_found(claim, source):
        return False
    named = {w for name in claim.names for w in name}
    return any(not named & set(run) for run in source.names)


def _spells(short: str, run: tuple[str, ...]) -> bool:
    """True when ``short`` is the initials of words of ``run`` that end it ("ussr" and
    "Union of Soviet Socialist Republics")."""
    n = len(short)
    return 2 <= n <= len(run) and "".join(w[0] for w in run[-n:]) == short


def assess_statement(
    claim: Reading,
    source: Reading,
    knowledge: Knowledge,
    synonyms: Mapping[str, frozenset[str]] | None = None,
    context: Reading | None = None,
) -> StatementStance:
    """How a source sentence bears on a plain statement.

    Shared wording alone is not support: every content word of the claim must be in
    the source (or its ``context``, the page's title), and its figures too; a claim's
    figures carry it when most of its words are there. A source that says much the
    same thing but with a different number, a month of its own, another word of an
    exclusive list ("French" for "American"), a negation on one side only, or an antonym
    ("rose" / "fell") contradicts it.
    """
    if context is not None:
        source = replace(
            source,
            words=source.words + context.words,
            capitalised=source.capitalised | context.capitalised,
            exclusive=tuple(
                (name, given | around)
                for (name, given), (_, around) in zip(
                    source.exclusive, context.exclusive, strict=True
                )
            ),
        )
    source_words = set(source.words)
    claim_words = list(dict.fromkeys(claim.words))
    if not claim_words:
        return StatementStance("neutral", 0.0)
    missing = [
        w
        for w in claim_words
        if not _covered(w, source_words, synonyms or {})
        and not (w in MONTHS and MONTHS[w] in source.months)
    ]
    for number, name in enumerate(claim.names):
        # "Bogart" names Humphrey Bogart; "She", opening a source sentence, names the
        # subject the claim opens with.
        if name[-1] in source.capitalised or (number == 0 and source.points_back):
            missing = [w for w in missing if w not in name]
    shared = len(claim_words) - len(missing)
    overlap = shared / len(claim_words)
    if shared == 0:
        return StatementStance("neutral", 0.0)

    if another_time(claim, source):
        # Counts of two different days: neither bears on the other, whatever else differs.
        return StatementStance("neutral", overlap)
    conflicts, matched, unmatched = _figure_conflicts(claim, source, synonyms or {})
    # A labelled value ("Severance: 10 weeks of base pay") is a figure of its label: a
    # claim naming the label, and whom the page is about, means that figure however few
    # of its other words the line has; a claim not naming it means another figure.
    named_label = bool(source.label) and all(
        _covered(w, set(claim_words), synonyms or {}) for w in source.label
    )
    if conflicts and source.label and not named_label:
        unmatched, conflicts = unmatched + len(conflicts), []
    of_label = bool(conflicts) and named_label and _names_found(claim, source)
    if conflicts and _another_named(claim, source):
        # "Ilse Marten worked at Corvel Glass from 2004" gives no year for her time at
        # Brannock Foods: where the source names someone or something else in place of
        # a name of the claim, its figure is of the other.
        unmatched, conflicts = unmatched + len(conflicts), []
    if claim.bare_months and source.months and not claim.bare_months & source.months:
        conflicts.append("another month")
    # A source's negation bears on the claim only where it governs words of the claim:
    # "... grossed $50 million, though it was not released in China" does not deny
    # that the film grossed $50 million.
    claim_set = set(claim_words)
    bearing = sum(
        1
        for governed in source.negated
        if any(_covered(w, claim_set, synonyms or {}) for w in governed)
    )
    # A claim that denies something, against a source that denies something else in
    # words of its own ("yet to be released" against "has not surfaced"), may say the
    # same thing: no definite conflict of negation.
    one_sided = claim.negations % 2 != bearing % 2 and not (
        claim.negations % 2 and source.negations > bearing
    )
    # Another word of a list, or an antonym, bears on the claim only where the source
    # names whom the claim names: "the first British player, Ann Roe" says nothing of
    # "the first Irish player, Kay Bell". Most pairs differ in neither way, so whom the
    # source names is read only for those that do.
    differences = [
        f"“{sorted(given - said)[0]}” where the claim has “{sorted(said - given)[0]}”"
        for (_, said), (_, given) in zip(claim.exclusive, source.exclusive, strict=True)
        if said - given and given - said
    ]
    # In sorted order, so that the antonym named is the same whatever the hash seed.
    for word in sorted(claim.lowered - source.lowered):
        if knowledge.synonyms.get(word, set()) & source.lowered:
            continue  # said in other words ("began" for "started"): the opposite is of another
        opposite = knowledge.antonyms.get(word, set()) & (source.lowered - claim.lowered)
        if opposite:
            differences.append(f"“{sorted(opposite)[0]}” where the claim has “{word}”")
            break
    if differences and _names_found(claim, source):
        conflicts += differences

    # A claim's denial conflicts with a source only where the source says what it
    # denies: "X is not a singer" against "X is a footballer" is another matter.
    # (Figures are compared as figures.)
    denied_unsaid = any(
        not all(_said(w, source_words, synonyms or {}) for w in governed if not w[0].isdigit())
        for governed in claim.negated
    )
    if one_sided and claim.negations % 2 and denied_unsaid:
        return StatementStance("neutral", overlap)
    if one_sided:
        if conflicts and claim.negations % 2:
            # "X is not American" against "X is French": the claim denies what the
            # source does not say, and the two differences cancel.
            return StatementStance("neutral", overlap)
        conflicts.append("a negation on one side only")
    if conflicts and _of_another(claim, source, claim_set, synonyms or {}):
        # "Smith's brother joined in 2008" says nothing of when Smith joined.
        return StatementStance("neutral", overlap)
    if conflicts and (overlap >= _SAME_MATTER or of_label):
        return StatementStance("contradicts", overlap, conflicts[0])
    if conflicts or unmatched:
        return StatementStance("neutral", overlap)
    named = {w for name in claim.names for w in name}
    if missing and not (matched and overlap >= _FIGURES_CARRY and not named & set(missing)):
        # A claim with figures rests on them: all there, with its names and most of its
        # words, is enough ("grossed" for "earned"); without figures every word must be.
        return StatementStance("neutral", overlap)
    return StatementStance(
        "supports", overlap if matched or shared >= 2 else _THIN_SUPPORT * overlap
    )


def stance_of(
    claim_text: str, evidence_text: str, view: ArticleView, context: str = ""
) -> StatementStance:
    """How a source sentence bears on a plain statement, ``context`` being what else
    names its subject (the page's title). See :func:`assess_statement`."""
    reader = reader_for(view.extractor.ruleset.macros)
    return assess_statement(
        reader.read(claim_text),
        reader.read(evidence_text),
        view.knowledge,
        reader.synonyms,
        reader.read(context) if context else None,
    )


class StatementComparator:
    """Plain check-worthy statements."""

    def queries(self, claim: Claim, view: ArticleView) -> list[str]:
        """The sentence itself."""
        return [claim.sentence.text]

    def assess(
        self, claim: Claim, candidates: list[Candidate], index: EvidenceIndex, view: ArticleView
    ) -> Findings:
        """The closest source sentences, read for wording, figures, negation and antonyms."""
        assessments = []
        found: dict[int, str] = {}
        for cand in candidates[:_STATEMENT_CANDIDATES]:
            source = index.sentences[cand.index]
            title = index.pages[source.page].title or ""
            result = stance_of(claim.sentence.text, source.text, view, title)
            if result.stance != "neutral":
                weight = _STATEMENT_WEIGHT * result.strength * min(1.0, cand.score / _FULL_LIKENESS)
                found[cand.index] = result.reason
                assessments.append(
                    Assessment(cand.index, result.stance, weight, cand.score, result.reason)
                )

        def explain(label: VerdictLabel, t: Tally) -> str:
            if label == "supported":
                quote = index.sentences[t.supports[0].index].text
                return f"A source says the same: “{quote}”"
            if label == "contradicted":
                first = t.contradicts[0]
                quote = index.sentences[first.index].text
                return f"A source says otherwise ({found[first.index]}): “{quote}”"
            return "Sources disagree on this statement."

        return Findings(assessments, explain)


_YEAR = r"(?<![\w])(?:1[5-9]|20)\d{2}(?![\w])"


def _other_years(claim_years: set[str], text: str) -> bool:
    """True when the claim's superlative is bounded by years ("since 1990") and the
    source gives years, none of them the claim's."""
    found = set(re.findall(_YEAR, text))
    return bool(claim_years and found and not claim_years & found)


def _later_ones(fields: Mapping[str, Any], view: ArticleView) -> re.Pattern[str] | None:
    """How a source calls something of a claimed first's subject a later one (lexicon
    ``ordinals``): "the second time", or "the third strike" for the head word of "strike
    against game companies" or one of its synonyms."""
    ordinals = view.knowledge.words("ordinals") - {"first"}
    head = re.findall(r"[a-z]+", str(fields.get("subject", "")).lower())[:1]
    if not ordinals or not head:
        return None
    nouns = {"time", *head, *view.knowledge.synonyms.get(head[0], set())}
    return re.compile(
        rf"\b(?:{'|'.join(sorted(ordinals))})\s+(?:{'|'.join(map(re.escape, sorted(nouns)))})\b"
    )


def _negated_before(text: str, at: int, negation: set[str]) -> bool:
    """True when one of the three words before ``at`` is a negation of the lexicon ("was
    not the first", "never its third")."""
    before = text[:at].lower().replace("’", "'").split()[-3:]
    return contains_word(" ".join(before), negation)


def _denied_first(sentence: str, negation: set[str]) -> bool:
    """True when a sentence says something was not the first ("was not the first woman
    to ...", "was never its first ...")."""
    lowered = sentence.lower().replace("’", "'")
    return any(_negated_before(lowered, m.start(), negation) for m in _FIRST.finditer(lowered))


_FIRST = re.compile(r"\bfirst\b")


class SuperlativeComparator:
    """ "The largest", "the first": supported only by evidence of the same scope."""

    def queries(self, claim: Claim, view: ArticleView) -> list[str]:
        """Entity, superlative, scope and subject."""
        f = claim.fields
        parts = (f.get("entity"), f.get("scope"), f.get("superlative"), f.get("subject"))
        return [" ".join(str(p) for p in parts if p)]

    def assess(
        self, claim: Claim, candidates: list[Candidate], index: EvidenceIndex, view: ArticleView
    ) -> Findings:
        """Same superlative, scope and subject words support; a ranking below first
        ("second-largest"), a later one than a claimed first ("the third time they
        walked out"), or another entity holding the title contradicts."""
        f = claim.fields
        word = _SYNONYMS.get(str(f.get("superlative")), str(f.get("superlative")))
        scope = f.get("scope")
        entity = f.get("entity")
        claim_years = set(re.findall(_YEAR, str(f.get("subject", ""))))
        # The years bound the record; the words say what it is a record of.
        bare = re.sub(
            rf"(?:\b(?:since|before|after|until|in)\s+)?{_YEAR}", " ", str(f.get("subject", ""))
        )
        subject = set(keywords(bare).split())
        # A strike is named in any of the strike words ("walked out", "a stoppage").
        head = keywords(" ".join(bare.split()[:1]))
        strike = view.knowledge.words("strike")
        said_otherwise = strike if head and head in {keywords(w) for w in strike} else set()
        # "the second time they walked out", "its third strike": a later one than the
        # claimed first, said of the same subject, is read wherever the sources say it,
        # however the sentence ranked against the claim's words.
        negation = view.knowledge.words("negation")
        # "X was not the first to ...": a later one bears the claim out, not against it.
        denied = _denied_first(claim.sentence.text, negation)
        later_ones = (
            _later_ones(f, view) if word == "first" and not claim_years and not denied else None
        )
        if later_ones is not None:
            ranked = {c.index for c in candidates}
            candidates = candidates + [
                Candidate(i, CITED_SENTENCE_SCORE)
                for i, s in enumerate(index.sentences)
                if i not in ranked and later_ones.search(s.text.lower())
            ]
        assessments = []
        for cand in candidates:
            text = index.sentences[cand.index].text
            lowered = text.lower().replace("’", "'")
            words = set(keywords(text).split())
            if said_otherwise and contains_word(text, said_otherwise):
                words.add(head)
            if len(subject & words) < max(1, len(subject) // 2):
                continue
            scopes = re.findall(r"(\w+)'s\s+(?:(?:second|third)[\s-])?\w+est\b", lowered)
            if scope and scopes and scope not in scopes:
                continue
            # Without a scope of its own, a source speaks to the claim less surely.
            scope_weight = 1.0 if not scope or scope in lowered else _UNSCOPED
            sup = {w for w in re.findall(r"[a-z]+", lowered) if _SYNONYMS.get(w, w) == word}
            paraphrased = word in ("first", "largest", "only", "record") and contains_word(
                text, view.knowledge.words("superlative_paraphrases")
            )
            later = later_ones is not None and any(
                not _negated_before(lowered, m.start(), negation)
                for m in later_ones.finditer(lowered)
            )
            if not sup and not paraphrased and not later:
                continue
            if not sup and not later:
                scope_weight *= _PARAPHRASED
            orgs = view.extractor.parsers.org_names(
                text, index.context(index.sentences[cand.index].page)
            )
            ranked_lower = re.search(
                rf"(?:second|third|fourth|fifth|no\.\s*2)[\s-]+{word}", lowered
            )
            stance: Stance
            if claim_years and not re.search(_YEAR, text):
                continue  # a record since a year is borne out only by one with its span
            if _other_years(claim_years, text):
                # "the first time since 1990" where the source has "since 1975": the
                # same record held over another span.
                stance = "contradicts"
            elif later or ranked_lower or (entity and orgs and entity not in orgs):
                stance = "contradicts"
            elif (entity and entity in orgs) or not entity:
                stance = "supports"
            else:
                continue
            weight = cand.score / 100 * _STATEMENT_WEIGHT * scope_weight
            assessments.append(Assessment(cand.index, stance, weight, cand.score))

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

        return Findings(assessments, explain)
