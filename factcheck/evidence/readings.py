"""What the statement comparator reads in a sentence: its content words, its figures
(numbers and dates as intervals, with their qualifiers, rounding and what they count),
the months and names it mentions, its negations and the words of exclusive lists.

"About 13,000 workers" is 11,700 to 14,300 workers; "less than 98" leaves out 98;
"1990" is the whole year and "after 1990" everything from 1991; "13,000" written round
allows 12,500 to 13,500, "13,201" only itself.
"""

from __future__ import annotations

import calendar
import math
import re
import weakref
from dataclasses import dataclass, replace
from datetime import date

from factcheck.claims.amounts import Amount, joined_digits, parse_number, qualified, rough_share
from factcheck.evidence.index import keywords
from factcheck.letters import LOWER, UPPER, unaccented
from factcheck.reading.notes import blank_note_markers
from factcheck.rulepacks.knowledge import Knowledge
from factcheck.rulepacks.macros import Macros, alternation

MONTHS = {
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
    rf"(?-i:[{UPPER}][\w’'.-]*)(?:\s+(?:(?:of|de|van|von|the)\s+)?(?-i:[{UPPER}][\w’'.-]*))*"
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
# Where a clause ends: punctuation, or a word that opens another clause.
_CLAUSE_END = re.compile(
    r"[,;:.()!?\u2013\u2014]|\s(?:but|and|or|while|whereas|although|though|which|who)\s",
    re.IGNORECASE,
)
# What makes the number after it part of a name or a rank: a capitalised word other
# than the sentence's first ("Chapter 3", "Hot 100"), "#" or "No.".
_NAMED_BY = re.compile(rf"(?:(?<=\S\s)(?-i:[{UPPER}][{LOWER}]*)|#|\bNo\.)\s?$")
# Where the words a figure counts stop: punctuation that closes a clause or an aside.
_BREAK = re.compile(r"[,;:()\[\]!?]|\.(?=\s|$)|\s[–—-]\s")
# A name and what it is said to have: "Smith's brother", "Smith 's brother".
_POSSESSION = re.compile(rf"\b((?-i:[{UPPER}])[\w-]*)\s?'s\s+([a-z][\w-]*)")
# Between a part and its whole: "31 out of 34", "12 of 20".
_OUT_OF = re.compile(r"\s+(?:out\s+)?of\s+", re.IGNORECASE)
# "After" just before a count makes it a moment: "after 30 games".
_AFTER = re.compile(r"\bafter\s+$", re.IGNORECASE)
_GLUED = re.compile(r"[A-Za-z][-–]?$")
_GLUED_AFTER = re.compile(r"[A-Za-z]|\.\d")


@dataclass(frozen=True)
class Figure:
    """A number or a date in a sentence: the values it allows, how far its writing may
    round (a fraction of it), its kind ("count", "percent", "date" or "day of year"; a
    date is an interval of days) and the words around it, which say what it counts."""

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
    # How many decimals its digits are written with ("45.4": 1), None for words.
    decimals: int | None = None
    # The units of measure among the words it counts ("feet" of "1,200 feet long").
    measure: frozenset[str] = frozenset()
    # A count that says when, not how many: "after 55 reviews", "after 12 games".
    moment: bool = False

    def implies(self, other: Figure) -> bool:
        """True when every value this figure asserts is one ``other`` allows."""
        if self.touches(other):
            return False
        return other.amount.widened(self.rounding).contains(self.core)

    def touches(self, other: Figure) -> bool:
        """True when this figure is exactly the value ``other``'s bound leaves out: a
        source's "$253.1 million" is not "more than $253.1 million". A bound of its own
        at the same value ("over $253.1 million") is no such exact value."""
        if other.bound is None or not math.isclose(self.value, other.bound):
            return False
        return self.bound is None or (self.amount.low is None) != (other.amount.low is None)


@dataclass(frozen=True)
class Reading:
    """What the statement comparator reads in a sentence."""

    words: tuple[str, ...]  # content words, stemmed, in order; figures left out
    figures: tuple[Figure, ...]
    months: frozenset[int]  # every month named
    bare_months: frozenset[int]  # months named outside a date ("born in May")
    negations: int
    # For each negation, the content words it governs (stemmed): those after it up to
    # the end of its clause, three at most ("not shown in the table": show, tabl).
    negated: tuple[frozenset[str], ...]
    lowered: frozenset[str]  # every word, lower-cased, for antonyms
    points_back: bool
    # Runs of capitalised words ("Humphrey Bogart"), stemmed, and every capitalised
    # word: a name is there when its last word is there as a name ("Bogart").
    names: tuple[tuple[str, ...], ...]
    capitalised: frozenset[str]
    # The words of each exclusive list the sentence uses: {"nationalities": {"french"}}.
    exclusive: tuple[tuple[str, frozenset[str]], ...]
    # What a name is said to have, stemmed: ("smith", "brother") for "Smith's brother".
    possessions: tuple[tuple[str, str], ...] = ()
    # The content words of a label the sentence opens with, its value a figure
    # ("Severance: 10 weeks of base pay"): what the figure is a figure of.
    label: frozenset[str] = frozenset()


def another_time(claim: Reading, source: Reading) -> bool:
    """True when the claim's counts are dated and the source dates its own to other
    days: "over 900 cases as of 18 April" and "849 cases as of 17 April" are counts of
    two days, and neither bears on the other. So too where one side tells its moment by
    a count ("after 30 games") and the other counts the same things otherwise ("in 32
    games"): the two speak of different points of a run."""
    if _another_moment(claim, source) or _another_moment(source, claim):
        return True
    dated = ("date", "day of year")
    measures = any(f.kind not in dated for f in claim.figures)
    claim_dates = [f for f in claim.figures if f.kind in dated]
    source_dates = [f for f in source.figures if f.kind in dated]
    return (
        measures
        and bool(claim_dates and source_dates)
        and not any(
            _same_days(c, d)
            for c in claim_dates
            # The source's dates of the claim date's event, if it dates that event:
            # "As of 19 March it had 328 cases; closures began on 9 March".
            for d in ([d for d in source_dates if d.unit & c.unit] or source_dates)
        )
    )


def _another_moment(told: Reading, other: Reading) -> bool:
    """True when ``told`` tells its moment by a count and ``other`` gives a count of the
    same things that is not it."""
    return any(
        f.unit & g.unit and g.kind == "count" and not g.implies(f) and not f.implies(g)
        for f in told.figures
        if f.moment
        for g in other.figures
    )


# A bound is written close to the value it bounds ("more than 27" for 28 deaths): a
# source figure further from it than this share of it bears the bound out by chance.
BOUND_REACH = 0.1


def borne_out_anywhere(figure: Figure, source: Reading) -> bool:
    """True when some figure of the source, of the same kind, bears ``figure`` out,
    whatever words it is read to count: which figure counts what is read from word
    order and may err ("$57.7 million in other territories for a total gross of
    $102.2 million"), so a sentence that also gives the claim's value is no definite
    conflict. A bound is borne out only by a figure near it (any larger count bears out
    "more than 27"), a dated bound by none."""
    for other in source.figures:
        if other.kind != figure.kind or not other.implies(figure):
            continue
        if figure.amount.low is not None and figure.amount.high is not None:
            return True
        dated = figure.kind not in ("count", "percent")
        if not dated and abs(other.value - figure.value) <= BOUND_REACH * abs(figure.value):
            return True
    return False


def finer_rounds_to(a: Figure, b: Figure) -> bool:
    """True when one of two exact figures written with fewer decimals may be the other
    rounded ("45 %" and "45.4 %", "7.5" and "7.49"): each bare value, under a thousand,
    is then no conflict. Counts written alike ("240" and "250") stay exact."""
    if a.decimals is None or b.decimals is None or a.decimals == b.decimals:
        return False
    if a.bound is not None or b.bound is not None or a.amount != a.core or b.amount != b.core:
        return False  # a bound or "about" says its own reach
    places = min(a.decimals, b.decimals)
    coarse, fine = (a, b) if a.decimals == places else (b, a)
    if coarse.value >= 1000 or coarse.rounding:
        return False
    return abs(fine.value - coarse.value) <= 0.5 * 10.0**-places + 1e-9


def _same_days(a: Figure, b: Figure) -> bool:
    """True when two dates may be the same day; "24 March" and "24 March 2020" may."""
    if a.kind == b.kind:
        return a.amount.overlaps(b.amount)
    yearly = [f for f in (a, b) if f.kind == "day of year"]
    dated = [_day_of_year(f) for f in (a, b) if f.kind == "date"]
    return dated[0] is None or yearly[0].amount.overlaps(dated[0])


def _day_of_year(figure: Figure) -> Amount | None:
    """A date's days as days of the year (of a leap year, as "day of year" figures
    are counted; "before 17 March 2020" is up to the 76th), or None when it spans
    more than a year."""
    low, high = figure.amount.low, figure.amount.high
    first = date.fromordinal(int(low)) if low is not None else None
    last = date.fromordinal(int(high)) if high is not None else None
    if first and last and first.year != last.year:
        return None
    days = [
        float(date(2000, d.month, d.day).timetuple().tm_yday) if d else None for d in (first, last)
    ]
    return Amount(days[0], days[1])


class SentenceReader:
    """Reads sentences into :class:`Reading` values with the loaded knowledge (number
    words, magnitudes, qualifiers, negations), remembering what it has read."""

    def __init__(self, knowledge: Knowledge, macros: Macros):
        self.knowledge = knowledge
        self._number = re.compile(
            # "more than $ 90 million": the qualifier bounds the sum past its symbol.
            rf"(?:(?P<qualifier>{macros.qualifier})\s+(?:{macros.currency_symbol})?\s?)?"
            rf"(?P<number>{macros.number})",
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
        idioms = knowledge.words("negation_idioms")
        self._idiom = re.compile(
            rf"(?:{alternation(idioms)})(?![\w])" if idioms else "(?!)", re.IGNORECASE
        )
        # Whole words: the "second" of "15 seconds" is no ordinal.
        self._exclusive = {
            name: re.compile(
                rf"(?<![\w])(?:{alternation(knowledge.words(name))})(?![\w])", re.IGNORECASE
            )
            for name in knowledge.exclusive
        }
        # A word of such a list right before a verb in the past is an adverb ("first
        # wrote", "was first published"): it ranks no thing the source could rank otherwise.
        verbs = knowledge.words("event_verbs")
        self._before_verb = re.compile(rf"\s+(?:[a-z]{{2,}}ed|{alternation(verbs)})(?![\w'’-])")
        self._measures = frozenset(
            stem for word in knowledge.words("measures") for stem in keywords(word).split()
        )
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
        # Sources tokenised for machines write "March 24 , 2020". A note marker ("[2]",
        # "[^3]") points to a source: its digits are no figure of the sentence.
        text = re.sub(r"\s+([,;:])", r"\1", blank_note_markers(unaccented(text)))
        text = text.replace("-LRB-", "(").replace("-RRB-", ")")
        folded = text.replace("’", "'")
        negations = [
            m
            for m in self._negation.finditer(folded)
            if not self._idiom.match(folded, m.start()) and not _in_brackets(folded, m.start())
        ]
        dates, date_spans = self._dates(text)
        figures, spans = self._figures(text, date_spans)
        dates = [
            replace(d, unit=_event_words(text, span, date_spans + spans))
            for d, span in zip(dates, date_spans, strict=True)
        ]
        dates = _lifespans(text, dates, date_spans)
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
            negations=len(negations),
            negated=tuple(self._governed(folded, m.end()) for m in negations),
            lowered=frozenset(lowered),
            points_back=bool(_POINTS_BACK.match(text)),
            names=tuple(tuple(run) for run in runs if run),
            capitalised=frozenset(w for run in runs for w in run),
            exclusive=tuple(
                (
                    name,
                    frozenset(
                        m.group(0).lower()
                        for m in regex.finditer(text)
                        if not self._before_verb.match(text, m.end())
                    ),
                )
                for name, regex in self._exclusive.items()
            ),
            possessions=tuple(
                (keywords(m.group(1)), keywords(m.group(2)))
                for m in _POSSESSION.finditer(folded)
                if keywords(m.group(1)) and keywords(m.group(2))
            ),
            label=_label(text),
        )

    def _dates(self, text: str) -> tuple[list[Figure], list[tuple[int, int]]]:
        """Dates as intervals of days: "1990" is the whole year, "May 2023" the month;
        "before", "after" and "since" make them bounds ("born after 1990")."""
        figures, spans = [], []
        for m in self._date.finditer(text):
            if _counts_something(text, m.start(), m.end()):
                continue
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
            elif relation == "since" and first != last:
                # "the lowest since 2019" bounds a year or a month; "on strike since 3
                # May" tells the day the state began, which another day does not meet.
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
            named = _NAMED_BY.search(text[: m.start("number")])
            if named and not m.group("qualifier") and named.group(0).strip().lower() not in MONTHS:
                continue  # a name's number or a rank: "Chapter 3", "Apollo 11", "No. 2"
            value = parse_number(number, self.knowledge)
            if value is not None:
                percent = _PERCENT.match(text[m.end() :])
                found.append((m, value, m.end() + (percent.end() if percent else 0)))
        figures: list[Figure] = []
        taken = 0  # where the words the previous figure counts end
        claimed = 0  # where its clause ends, if it counts words after it
        for i, (m, value, end) in enumerate(found):
            # What a figure counts: the words after it, up to the next figure, or else
            # the words before it that the previous figure did not take ("cases reached
            # 333", but not "684 cases and 17 recoveries" for the 17).
            # Neither reaches past the figure's clause: in "cases reached 858, and the
            # number of recoveries reached 57" the recoveries are the 57's.
            following = found[i + 1][0].start() if i + 1 < len(found) else len(text)
            stop = _BREAK.search(text, end, following)
            clause_end = stop.start() if stop else following
            after = self._content_words(text, end, clause_end)[:2]
            # A figure that counts words after it takes none left over by the one before:
            # in "80,000 confirmed coronavirus cases and 1,700 deaths" the cases are not
            # the 1,700's; one with none after may ("for a total of 433").
            start = claimed if after else taken
            opened = max([start, *(b.end() for b in _BREAK.finditer(text, start, m.start()))])
            before = [w for w, _ in self._content_words(text, opened, m.start())][-3:]
            taken = after[-1][1] if after else end
            claimed = clause_end if after else end
            unit = frozenset([w for w, _ in after] + before)
            # Names say whose a figure is, not what it counts: "a $2 million contract
            # with the Harbour Hawks" counts a contract, which the claim's "signing fee
            # with the Harbour Hawks" is not. They count only for a figure with no
            # other words.
            common = unit - _names_in(text, opened, clause_end)
            figure = self._figure(text, m, value, end, common or unit)
            figures.append(
                replace(
                    figure,
                    measure=figure.unit & self._measures,
                    moment=figure.kind == "count"
                    and not m.group("qualifier")
                    and bool(_AFTER.search(text, 0, m.start())),
                )
            )
        for i in range(len(figures) - 1):
            # "31 out of 34 critics": the 31 counts what the 34 does.
            if _OUT_OF.fullmatch(text[found[i][2] : found[i + 1][0].start()]):
                figures[i] = replace(figures[i], unit=figures[i].unit | figures[i + 1].unit)
        return figures, [(m.start(), end) for m, _, end in found]

    def _figure(
        self, text: str, m: re.Match[str], value: float, end: int, unit: frozenset[str]
    ) -> Figure:
        number = m.group("number")
        qualifier = (m.group("qualifier") or "").lower()
        effect = self.knowledge.qualifiers.get(re.sub(r"\s+", " ", qualifier))
        kind = "percent" if end > m.end() else "count"
        rounding = _rounding(number, value)
        point = Amount(value * (1 - rounding), value * (1 + rounding))
        bound = None
        if effect:
            low, high = qualified(value, effect, self.knowledge)
            if end > m.end():  # a share: held to a few points (see rough_share)
                low, high = rough_share(value, effect, low, high, number)
            # "less than 98" leaves out 98 itself; "up to 98" keeps it. "Just over 98"
            # is near 98, which a writer rounding it down would write.
            if effect != "near_above" and not _INCLUSIVE.search(qualifier) and value in (low, high):
                bound = value
                low = low * (1 + 1e-9) if low == value else low
                high = high * (1 - 1e-9) if high == value else high
        else:
            low, high = point.low, point.high
        core = (
            point if effect in (None, "approx", "near_below", "near_above") else Amount(low, high)
        )
        symbol = self._symbol.search(text[: m.start()])
        start = symbol.start() if symbol and not m.group("qualifier") else m.start()
        digits = re.search(r"\d[\d,]*(?:\.(\d+))?", joined_digits(number))
        decimals = len(digits.group(1) or "") if digits else None
        return Figure(
            Amount(low, high), rounding, kind, unit, text[start:end], core, value, bound, decimals
        )

    @staticmethod
    def _governed(text: str, start: int) -> frozenset[str]:
        """The content words a negation ending at ``start`` governs: up to three, not
        past the end of its clause."""
        clause = _CLAUSE_END.split(text[start:], maxsplit=1)[0]
        return frozenset(keywords(clause).split()[:3])

    @staticmethod
    def _content_words(text: str, start: int, end: int) -> list[tuple[str, int]]:
        """Content words of ``text[start:end]``, stemmed, with where each ends."""
        out = []
        for m in _WORD.finditer(text, start, end):
            stem = keywords(m.group(0))
            if stem and not stem.isdigit():
                out.append((stem, m.end()))
        return out


_DASH = re.compile(r"\s*(?:-{1,2}|[–—−])\s*")
# What a lifespan's dates are the dates of, as a claim may word it.
_BORN = frozenset({"born", "birth"})
_DIED = frozenset({"died", "die", "dies", "death"})
# How many words on each side of a date may name what happened then.
_EVENT_REACH = 4


def _event_words(
    text: str, span: tuple[int, int], figures: list[tuple[int, int]]
) -> frozenset[str]:
    """What a date is the date of: the content words of its clause, four on each side at
    most, names and other figures left out ("was appointed manager" in "On 11 November
    2016, X was appointed manager"). A date that opens the sentence alone in its
    clause dates the clause after it."""
    start, end = span
    left = max([0, *(e for s, e in figures if e <= start)])
    right = min([len(text), *(s for s, e in figures if s >= end)])
    left = max([left, *(b.end() for b in _BREAK.finditer(text, left, start))])
    stop = _BREAK.search(text, end, right)
    before = _plain_words(text, left, start)[-_EVENT_REACH:]
    after = _plain_words(text, end, stop.start() if stop else right)[:_EVENT_REACH]
    if before or after:
        return frozenset(before + after)
    if not _plain_words(text, 0, start) and stop:
        # "On 2 May 2019, the band split": the clause after.
        following = _BREAK.search(text, stop.end())
        return frozenset(
            _plain_words(text, stop.end(), following.start() if following else len(text))[
                :_EVENT_REACH
            ]
        )
    # "The album was recorded in Berlin, Paris and Rome, from May 2001": the nearest
    # clause before with words of its own.
    for opened in reversed([0, *(b.end() for b in _BREAK.finditer(text, 0, left))]):
        words = _plain_words(text, opened, left)
        if words:
            return frozenset(words[-_EVENT_REACH:])
    return frozenset()


def _lifespans(text: str, dates: list[Figure], spans: list[tuple[int, int]]) -> list[Figure]:
    """Dates with what they are the dates of, where an encyclopedia's convention says
    it: two dates in brackets joined by a dash after a name are a birth and a death
    ("Ada Byron (10 December 1815 – 27 November 1852) was...")."""
    out = list(dates)
    for i in range(len(dates) - 1):
        (_, end), (start, _) = spans[i], spans[i + 1]
        opened = text[: spans[i][0]].rstrip()
        closed = text[spans[i + 1][1] :].lstrip()
        if _DASH.fullmatch(text[end:start]) and opened.endswith("(") and closed.startswith(")"):
            out[i] = replace(dates[i], unit=_BORN)
            out[i + 1] = replace(dates[i + 1], unit=_DIED)
    return out


def _plain_words(text: str, start: int, end: int) -> list[str]:
    """Content words of ``text[start:end]``, stemmed, without figures or names (a
    capitalised word other than the sentence's first)."""
    out = []
    for m in _WORD.finditer(text, start, end):
        word = m.group(0)
        if word[0].isupper() and text[: m.start()].strip(" \"'`“‘("):
            continue
        stem = keywords(word)
        if stem and not stem[0].isdigit():
            out.extend(stem.split())
    return out


# Words after which a bare four-digit number is a year ("in 1984", "the 1984 final").
_YEAR_BEFORE = re.compile(
    r"(?:\b(?:in|on|at|since|by|of|from|to|until|till|before|after|during|the|early|late|mid|"
    r"year|circa|and|or|between|around|a|an|this|that|its|their|his|her|our|my)|'s|[-–(])\s*$",
    re.IGNORECASE,
)


# A word in lower case right after a number: what it counts.
_NOUN_AFTER = re.compile(r"\s+[a-z]")


def _counts_something(text: str, start: int, end: int) -> bool:
    """True when a bare four-digit number is a count, not a year: a noun follows it
    and no word that introduces a year comes before ("had 1159 cases", "1473 of the
    orders")."""
    if not text[start:end].isdigit():
        return False
    return bool(_NOUN_AFTER.match(text, end)) and not _YEAR_BEFORE.search(text, 0, start)


def _names_in(text: str, start: int, end: int) -> frozenset[str]:
    """The words of the names in ``text[start:end]`` (capitalised words other than the
    sentence's first), stemmed."""
    out: set[str] = set()
    for m in _WORD.finditer(text, start, end):
        word = m.group(0)
        if word[0].isupper() and text[: m.start()].strip(" \"'`“‘("):
            out.update(keywords(word).split())
    return frozenset(out)


def _in_brackets(text: str, at: int) -> bool:
    """True when ``at`` lies inside brackets: an aside, whose negation denies nothing
    the sentence says outside it."""
    before = text[:at]
    return before.count("(") > before.count(")")


def _months_in(tokens: list[str]) -> frozenset[int]:
    """The months named in ``tokens``; "may" is a month only as a name after the first."""
    return frozenset(
        MONTHS[w.lower()]
        for i, w in enumerate(tokens)
        if w.lower() in MONTHS and (w.lower() != "may" or (i > 0 and w == "May"))
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
        month_m = next((MONTHS[w] for w in names if w in MONTHS), 0)
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


# Rounding never stretches a figure by more than a tenth: "2 million" is not 1.5 to 2.5
# million, though its last written digit is the millions.
MAX_ROUNDING = 0.1


def _rounding(number: str, value: float) -> float:
    """How far a written figure may be from the truth, as a fraction of it: half a unit
    of its last written digit ("13,000" is 12,500 to 13,500; "1.2 million" is within
    50,000), for figures of a thousand or more; smaller ones are counts, taken as
    exact."""
    digits = re.search(r"\d[\d,]*(?:\.\d+)?", joined_digits(number))
    if digits is None or value < 1000:
        return 0.0
    written = digits.group(0).replace(",", "")
    scale = value / float(written) if float(written) else 1.0
    if "." in written:
        step = 10.0 ** -len(written.split(".")[1])
    else:
        step = 10.0 ** (len(written) - len(written.rstrip("0")))
    return min(MAX_ROUNDING, step * scale / 2 / value)


# A label and its value: a few words without figures, a colon (or a bar, as a table row
# is written out), and a short value that a figure opens ("up to $40,000", "3 months");
# a title with a colon opening a sentence ("Kong: Skull Island was released ...") is none.
_LABELLED = re.compile(
    r"\s*(?P<label>[^\W\d][^\d:|]{0,48}?)\s*[:|]\s+"
    r"(?P<value>(?:[^\s\d]+\s){0,2}[$£€¥₹]?\d(?:[^.;]|\.(?=\d)){0,50}?)[.;]?\s*"
)
_LABEL_WORDS = 6


def _label(text: str) -> frozenset[str]:
    """The content words of the label ``text`` opens with, when its value is a figure
    ("Notice period: 3 months"); empty for a sentence."""
    m = _LABELLED.fullmatch(text)
    if m is None or len(m.group("label").split()) > _LABEL_WORDS:
        return frozenset()
    return frozenset(w for w in keywords(m.group("label")).split() if not w.isdigit())


def reader_for(macros: Macros) -> SentenceReader:
    """The sentence reader for a loaded rule set (one per set, kept while it lives)."""
    reader = _READERS.get(macros)
    if reader is None:
        reader = _READERS[macros] = SentenceReader(macros.knowledge, macros)
    return reader


_READERS: weakref.WeakKeyDictionary[Macros, SentenceReader] = weakref.WeakKeyDictionary()
