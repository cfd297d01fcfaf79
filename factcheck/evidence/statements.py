"""Superlatives, quotations and plain statements."""

from __future__ import annotations

import calendar
import math
import re
import unicodedata
import weakref
from collections.abc import Mapping
from dataclasses import dataclass, replace
from datetime import date

from rapidfuzz import fuzz

from factcheck.amounts import Amount, parse_number, qualified
from factcheck.evidence.base import ArticleView
from factcheck.evidence.common import Assessment, Tally, contains_word, decide
from factcheck.evidence.index import Candidate, EvidenceIndex, keywords
from factcheck.model import Claim, Stance, Verdict, VerdictLabel
from factcheck.rulepacks.knowledge import Knowledge
from factcheck.rulepacks.macros import Macros, alternation

_SYNONYMS = {"biggest": "largest", "greatest": "largest", "top": "largest", "leading": "largest"}


# --- plain statements

_MONTHS = {
    name: number
    for number, names in enumerate(
        (
            "january jan",
            "february feb",
            "march mar",
            "april apr",
            "may",
            "june jun",
            "july jul",
            "august aug",
            "september sept sep",
            "october oct",
            "november nov",
            "december dec",
        ),
        start=1,
    )
    for name in names.split()
}
_WORD = re.compile(r"[A-Za-z][A-Za-z’'-]*|\d[\d,.]*")
_PERCENT = re.compile(r"\s?(?:%|per\s?cent\b|percent\b)", re.IGNORECASE)
# A source sentence that opens by pointing back ("She", "The film") is about the subject
# named before it, so the claim's opening name need not be repeated in it.
_POINTS_BACK = re.compile(
    r"^\W*(?:he|she|it|they|his|her|its|their|this|these|those|the\s+(?-i:[a-z]+))\b", re.IGNORECASE
)
_NAME_RUN = re.compile(
    r"(?-i:[A-Z][\w’'.-]*)(?:\s+(?:(?:of|de|van|von|the)\s+)?(?-i:[A-Z][\w’'.-]*))*"
)
# Qualifiers whose bound includes the figure itself; "less than", "over"... leave it out.
_INCLUSIVE = re.compile(
    r"\b(?:up to|at most|at least|as (?:much|many|high|low) as|maximum|minimum|no (?:more|less|"
    r"fewer)|not (?:more|less)|from|starting|capped|topping)\b"
)
# A word before a date that makes it a bound, or only an anchor.
_TEMPORAL = re.compile(
    r"\b(before|after|since|until|till|prior to|earlier than|later than|as of|by|on|in)"
    r"\s+(?:the\s+)?$",
    re.IGNORECASE,
)
_GLUED = re.compile(r"[A-Za-z][-–]?$")
_GLUED_AFTER = re.compile(r"[A-Za-z]|\.\d")
# How much of a claim's wording a source must share before a different number, a
# negation or an antonym in it is a contradiction rather than another matter.
_SAME_MATTER = 0.6
_FIGURES_CARRY = 0.5


@dataclass(frozen=True)
class Figure:
    """A number in a sentence: the values it allows, how far its writing may round
    (a fraction of it), its kind ("year", "day", "percent" or "count") and the words
    around it, which say what it counts."""

    amount: Amount
    rounding: float
    kind: str
    unit: frozenset[str]
    text: str
    # What the figure asserts at best: "some 13,200" allows 11,880 to 14,520 but says
    # 13,200; a bound ("more than 150,000") asserts the whole bound.
    core: Amount
    value: float
    # The value of a bound that leaves itself out ("less than 98": 98).
    bound: float | None = None

    def implies(self, other: Figure) -> bool:
        """True when every value this figure asserts is one ``other`` allows."""
        if self.touches(other):
            return False
        return other.amount.widened(self.rounding).contains(self.core)

    def touches(self, other: Figure) -> bool:
        """True when this figure is exactly the value ``other``'s bound leaves out: a
        source's "$253.1 million" is not "more than $253.1 million"."""
        return other.bound is not None and math.isclose(self.value, other.bound)


@dataclass(frozen=True)
class Reading:
    """What the statement comparator reads in a sentence."""

    words: tuple[str, ...]  # content words, stemmed, in order; figures left out
    figures: tuple[Figure, ...]
    months: frozenset[int]  # every month named
    bare_months: frozenset[int]  # months named outside a date ("born in May")
    negations: int
    lowered: frozenset[str]  # every word, lower-cased, for antonyms
    points_back: bool
    # Runs of capitalised words ("Humphrey Bogart"), stemmed, and every capitalised
    # word: a name is there when its last word is there as a name ("Bogart").
    names: tuple[tuple[str, ...], ...]
    capitalised: frozenset[str]
    # The words of each exclusive list the sentence uses: {"nationalities": {"french"}}.
    exclusive: tuple[tuple[str, frozenset[str]], ...]


@dataclass(frozen=True)
class StatementStance:
    """How a source sentence bears on a statement, how strongly (0-1), and why."""

    stance: Stance
    strength: float
    reason: str = ""


class SentenceReader:
    """Reads sentences into :class:`Reading` values with the loaded knowledge (number
    words, magnitudes, qualifiers, negations), remembering what it has read."""

    def __init__(self, knowledge: Knowledge, macros: Macros):
        self.knowledge = knowledge
        self._number = re.compile(
            rf"(?:(?P<qualifier>{macros.qualifier})\s+)?(?P<number>{macros.number})",
            re.IGNORECASE,
        )
        # Month names are capitalised in dates: "may 5" is not the fifth of May.
        self._date = re.compile(rf"(?:{macros.date}|(?<![\w,.$£€])1[0-9]\d\d(?![\w%,]))")
        # A currency symbol just before a figure, to quote it whole ("$3.5 million").
        self._symbol = re.compile(rf"(?:{macros.currency_symbol})\s?$", re.IGNORECASE)
        negation = sorted(knowledge.words("negation"), key=len, reverse=True)
        self._negation = re.compile(
            r"(?<![\w’'])(?:" + "|".join(re.escape(n) for n in negation) + r")(?![\w’'])"
            if negation
            else "(?!)",
            re.IGNORECASE,
        )
        self._exclusive = {
            name: re.compile(alternation(knowledge.words(name)), re.IGNORECASE)
            for name in knowledge.exclusive
        }
        self.synonyms = {
            stem: frozenset(s for other in others for s in keywords(other).split())
            for word, others in knowledge.synonyms.items()
            for stem in keywords(word).split()
        }
        self._cache: dict[str, Reading] = {}

    def read(self, text: str) -> Reading:
        """The reading of one sentence."""
        if text not in self._cache:
            self._cache[text] = self._read(text)
        return self._cache[text]

    def _read(self, text: str) -> Reading:
        # Sources tokenised for machines write "March 24 , 2020".
        text = re.sub(r"\s+([,;:])", r"\1", _fold(text))
        dates, date_spans = self._dates(text)
        figures, spans = self._figures(text, date_spans)
        rest = text
        for start, end in sorted(date_spans + spans, reverse=True):
            rest = rest[:start] + " " + rest[end:]
        tokens = _WORD.findall(rest)
        lowered = [w.lower().replace("’", "'") for w in _WORD.findall(text)]
        runs = [keywords(m.group(0)).split() for m in _NAME_RUN.finditer(rest)]
        return Reading(
            words=tuple(w for w in keywords(rest).split() if not w.isdigit()),
            figures=tuple(dates + figures),
            months=_months_in(_WORD.findall(text)),
            bare_months=_months_in(tokens),
            negations=len(self._negation.findall(text.replace("’", "'"))),
            lowered=frozenset(lowered),
            points_back=bool(_POINTS_BACK.match(text)),
            names=tuple(tuple(run) for run in runs if run),
            capitalised=frozenset(w for run in runs for w in run),
            exclusive=tuple(
                (name, frozenset(m.group(0).lower() for m in regex.finditer(text)))
                for name, regex in self._exclusive.items()
            ),
        )

    def _dates(self, text: str) -> tuple[list[Figure], list[tuple[int, int]]]:
        """Dates as intervals of days: "1990" is the whole year, "May 2023" the month;
        "before", "after" and "since" make them bounds ("born after 1990")."""
        figures, spans = [], []
        for m in self._date.finditer(text):
            read = _date_interval(m.group(0))
            if read is None:
                continue
            kind, first, last = read
            low: float | None = first
            high: float | None = last
            word = _TEMPORAL.search(text[: m.start()])
            relation = word.group(1).lower() if word else ""
            if relation in ("before", "prior to", "earlier than"):
                low, high = None, first - 1
            elif relation in ("after", "later than"):
                low, high = last + 1, None
            elif relation == "since":
                high = None
            elif relation in ("until", "till"):
                low = None
            span = Amount(low, high)
            start = word.start() if word and (low, high) != (first, last) else m.start()
            figures.append(
                Figure(span, 0.0, kind, frozenset(), text[start : m.end()], span, float(first))
            )
            spans.append((m.start(), m.end()))
        return figures, spans

    def _figures(
        self, text: str, taken_spans: list[tuple[int, int]]
    ) -> tuple[list[Figure], list[tuple[int, int]]]:
        found: list[tuple[re.Match[str], float, int]] = []
        for m in self._number.finditer(text):
            if any(s < m.end() and m.start() < e for s, e in taken_spans):
                continue  # part of a date
            number = m.group("number")
            if not any(ch.isdigit() for ch in number) and number.lower() in ("a", "an", "one"):
                continue
            if _GLUED.search(text[: m.start("number")]) or _GLUED_AFTER.match(text[m.end() :]):
                continue  # part of a name or a code: "COVID-19", "9th Wonder", "2.5 Remix"
            value = parse_number(number, self.knowledge)
            if value is not None:
                percent = _PERCENT.match(text[m.end() :])
                found.append((m, value, m.end() + (percent.end() if percent else 0)))
        figures: list[Figure] = []
        taken = 0  # where the words the previous figure counts end
        for i, (m, value, end) in enumerate(found):
            # What a figure counts: the words after it, up to the next figure, or else
            # the words before it that the previous figure did not take ("cases reached
            # 333", but not "684 cases and 17 recoveries" for the 17).
            following = found[i + 1][0].start() if i + 1 < len(found) else len(text)
            after = self._content_words(text, end, following)[:2]
            before = [w for w, _ in self._content_words(text, taken, m.start())][-3:]
            taken = after[-1][1] if after else end
            unit = frozenset([w for w, _ in after] + before)
            figures.append(self._figure(text, m, value, end, unit))
        return figures, [(m.start(), end) for m, _, end in found]

    def _figure(
        self, text: str, m: re.Match[str], value: float, end: int, unit: frozenset[str]
    ) -> Figure:
        number = m.group("number")
        qualifier = (m.group("qualifier") or "").lower()
        effect = self.knowledge.qualifiers.get(re.sub(r"\s+", " ", qualifier))
        kind = self._kind(number, value, text, m.start(), end, end > m.end())
        rounding = _rounding(number, value)
        point = Amount(value * (1 - rounding), value * (1 + rounding))
        bound = None
        if effect:
            low, high = qualified(value, effect, self.knowledge)
            # "less than 98" leaves out 98 itself; "up to 98" keeps it.
            if not _INCLUSIVE.search(qualifier) and value in (low, high):
                bound = value
                low = low * (1 + 1e-9) if low == value else low
                high = high * (1 - 1e-9) if high == value else high
        else:
            low, high = point.low, point.high
        core = point if effect in (None, "approx", "near_below") else Amount(low, high)
        symbol = self._symbol.search(text[: m.start()])
        start = symbol.start() if symbol and not m.group("qualifier") else m.start()
        return Figure(Amount(low, high), rounding, kind, unit, text[start:end], core, value, bound)

    @staticmethod
    def _content_words(text: str, start: int, end: int) -> list[tuple[str, int]]:
        """Content words of ``text[start:end]``, stemmed, with where each ends."""
        out = []
        for m in _WORD.finditer(text, start, end):
            stem = keywords(m.group(0))
            if stem and not stem.isdigit():
                out.append((stem, m.end()))
        return out

    @staticmethod
    def _kind(number: str, value: float, text: str, start: int, end: int, percent: bool) -> str:
        return "percent" if percent else "count"


def _months_in(tokens: list[str]) -> frozenset[int]:
    """The months named in ``tokens``; "may" is a month only as a name after the first."""
    return frozenset(
        _MONTHS[w.lower()]
        for i, w in enumerate(tokens)
        if w.lower() in _MONTHS and (w.lower() != "may" or (i > 0 and w == "May"))
    )


def _date_interval(text: str) -> tuple[str, int, int] | None:
    """A written date as its first and last day: ("date", ordinal, ordinal) when the
    year is written, ("day of year", n, n) for "15 April" alone; None if unreadable."""
    iso = re.fullmatch(r"(\d{4})-(\d{2})-(\d{2})", text)
    if iso:
        year, month, day = (int(g) for g in iso.groups())
    else:
        year_m = re.search(r"\b\d{4}\b", text)
        names = [w.lower() for w in re.findall(r"[A-Za-z]+", text)]
        month_m = next((_MONTHS[w] for w in names if w in _MONTHS), 0)
        day_m = re.search(r"\b(\d{1,2})(?:st|nd|rd|th)?\b", text)
        year = int(year_m.group(0)) if year_m else 0
        month = month_m
        day = int(day_m.group(1)) if day_m and month else 0
    try:
        if not year:
            if not (month and day):
                return None
            number = date(2000, month, day).timetuple().tm_yday
            return "day of year", number, number
        if not month:
            return "date", date(year, 1, 1).toordinal(), date(year, 12, 31).toordinal()
        if not day:
            last = calendar.monthrange(year, month)[1]
            return "date", date(year, month, 1).toordinal(), date(year, month, last).toordinal()
        point = date(year, month, day).toordinal()
    except ValueError:
        return None
    return "date", point, point


def _rounding(number: str, value: float) -> float:
    """How far a written figure may be from the truth, as a fraction of it: half a unit
    of its last written digit ("13,000" is 12,500 to 13,500; "1.2 million" is within
    50,000), for figures of a thousand or more; smaller ones are counts, taken as
    exact."""
    digits = re.search(r"\d[\d,]*(?:\.\d+)?", number)
    if digits is None or value < 1000:
        return 0.0
    written = digits.group(0).replace(",", "")
    scale = value / float(written) if float(written) else 1.0
    if "." in written:
        step = 10.0 ** -len(written.split(".")[1])
    else:
        step = 10.0 ** (len(written) - len(written.rstrip("0")))
    return min(0.1, step * scale / 2 / value)


def _fold(text: str) -> str:
    """The text without accents, so that "Bolívar" and "Bolivar" are one word."""
    decomposed = unicodedata.normalize("NFKD", text)
    return "".join(ch for ch in decomposed if not unicodedata.combining(ch))


def _covered(word: str, words: set[str], synonyms: Mapping[str, frozenset[str]]) -> bool:
    """True when ``word`` (a stem), a longer form of it or a synonym is among ``words``."""
    if word in words or synonyms.get(word, frozenset()) & words:
        return True
    return len(word) >= 5 and any(w.startswith(word) for w in words)


def _figure_conflicts(claim: Reading, source: Reading) -> tuple[list[str], int, int]:
    """Figures of the claim the source gives otherwise, how many the source bears out
    (its figure allows nothing the claim's does not), and how many it does not speak to."""
    conflicts: list[str] = []
    matched = unmatched = 0
    for figure in claim.figures:
        same_kind = [f for f in source.figures if f.kind == figure.kind]
        if figure.kind in ("count", "percent") and figure.unit:
            same_kind = [f for f in same_kind if f.unit & figure.unit]
        if any(f.implies(figure) for f in same_kind):
            matched += 1
        elif same_kind and not any(
            f.amount.widened(f.rounding).overlaps(figure.amount) and not f.touches(figure)
            for f in same_kind
        ):
            conflicts.append(f"{same_kind[0].text} where the claim has {figure.text}")
        else:
            unmatched += 1
    return conflicts, matched, unmatched


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
        and not (w in _MONTHS and _MONTHS[w] in source.months)
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

    conflicts, matched, unmatched = _figure_conflicts(claim, source)
    if claim.bare_months and source.months and not claim.bare_months & source.months:
        conflicts.append("another month")
    if claim.negations % 2 != source.negations % 2:
        conflicts.append("a negation on one side only")
    for (_, said), (_, given) in zip(claim.exclusive, source.exclusive, strict=True):
        if said - given and given - said:
            other, own = sorted(given - said)[0], sorted(said - given)[0]
            conflicts.append(f"“{other}” where the claim has “{own}”")
    for word in claim.lowered - source.lowered:
        opposite = knowledge.antonyms.get(word, set()) & (source.lowered - claim.lowered)
        if opposite:
            conflicts.append(f"“{sorted(opposite)[0]}” where the claim has “{word}”")
            break

    if conflicts and overlap >= _SAME_MATTER:
        return StatementStance("contradicts", overlap, conflicts[0])
    if conflicts or unmatched:
        return StatementStance("neutral", overlap)
    named = {w for name in claim.names for w in name}
    if missing and not (matched and overlap >= _FIGURES_CARRY and not named & set(missing)):
        # A claim with figures rests on them: all there, with its names and most of its
        # words, is enough ("grossed" for "earned"); without figures every word must be.
        return StatementStance("neutral", overlap)
    return StatementStance("supports", overlap if matched or shared >= 2 else 0.5 * overlap)


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


def reader_for(macros: Macros) -> SentenceReader:
    """The sentence reader for a loaded rule set (one per set, kept while it lives)."""
    reader = _READERS.get(macros)
    if reader is None:
        reader = _READERS[macros] = SentenceReader(macros.knowledge, macros)
    return reader


_READERS: weakref.WeakKeyDictionary[Macros, SentenceReader] = weakref.WeakKeyDictionary()


class StatementComparator:
    """Plain check-worthy statements."""

    def queries(self, claim: Claim, view: ArticleView) -> list[str]:
        """The sentence itself."""
        return [claim.sentence.text]

    def judge(
        self, claim: Claim, candidates: list[Candidate], index: EvidenceIndex, view: ArticleView
    ) -> Verdict:
        """The closest source sentences, read for wording, figures, negation and antonyms."""
        assessments = []
        found: dict[int, str] = {}
        for cand in candidates[:8]:
            source = index.sentences[cand.index]
            title = index.pages[source.page].title or ""
            result = stance_of(claim.sentence.text, source.text, view, title)
            if result.stance != "neutral":
                weight = 0.8 * result.strength * min(1.0, cand.score / 80)
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
