"""Both sides of a comparison read from one table's structure, by subject.

When no sentence of the sources states both sides, a statistics table often holds them:
each side is one of the table's rows (an occupation, a sector, an area) or one of its
columns (a country, a year), and the other axis gives the measure both are read under
("Median weekly earnings", "2023"). Each side is matched against every header of one
axis of a table, and takes the one header its words name best: its own words, their
stems and prefixes ("plumbers" and "Plumbing trades", "photographer" and "Photography
services"), the lexicon's other words for them ("French" and "France"), initials ("HSC"
and "Health and social care"), and, for a side speaking of the whole ("the overall
median", "all industries"), the table's one row of the whole. A header two
headers tie for, or one both sides name, reads nothing.

The measure is the one column (or row) both sides have a figure under that the sentence
names by its period ("in a week"), its kind of figure ("median", "mean") or its year,
else the table's typical figure (a median before a mean) in its latest year; columns of
counts, hours, shares, changes and percentiles are no side's level.
"""

from __future__ import annotations

import re
from collections.abc import Callable, Iterable, Mapping
from dataclasses import dataclass
from types import MappingProxyType
from typing import Any

from factcheck.claims.amounts import TABLED, Amount
from factcheck.evidence.index import EvidenceIndex, keywords
from factcheck.evidence.tables import (
    MEASURE_WORDS,
    YEARS,
    is_total_row,
    row_name,
    speaks_of_whole,
    synonym_words,
    table_entries,
    words_of,
    year_meant,
    years_named,
)
from factcheck.model import PageFact
from factcheck.rulepacks.worldmoney import world_currencies
from factcheck.sources.facts import parse_pay

# A side standing for the other side's subject elsewhere: "their Danish counterparts".
_STANDS_FOR_OTHER = frozenset(
    words_of("counterpart counterparts colleague colleagues peer peers equivalent equivalents")
)
STANDS_FOR_OTHER = _STANDS_FOR_OTHER
# Words that say whose figure a side is no more than "what it is paid" does, nor do
# the prepositions that lead to it ("the average across all retail").
_NO_SUBJECT = (
    MEASURE_WORDS
    | _STANDS_FOR_OTHER
    | frozenset(words_of("take takes home"))
    | frozenset(words_of("across among amongst throughout within"))
)
# Two words share a stem this long at least: "builder" and "building".
_SHARED_STEM = 5
# A word that starts a longer one names it from this length on: "plumb" and "plumber".
_PREFIX = 5
# One who does a thing, by "-er"/"-or" after what is done ("weld" and "welder"), from a
# stem this long: what a stem of fewer letters is ("bak", "min") says too little.
_AGENT = re.compile(r"[a-z]+(?:er|or)")
_AGENT_STEM = 4
# Words for one who works a machine or drives a vehicle, each the others' (as stems):
# the thing worked ("forklift", "crane") says which job it is.
_WORKS_A_MACHINE = frozenset(words_of("driver operator operative"))
# A currency a caption or a header names: a symbol, a code, a currency's name.
_CURRENCY = re.compile(
    r"[$£€¥₹]|\b(?-i:[A-Z]{3})\b|\b(?:dollars?|euros?|pounds?|kronor|kroner|krona|reais|"
    r"rand|yen|francs?|rupees?|pesos?|zloty)\b",
    re.IGNORECASE,
)
# A magnitude and what it counts: "thousand won", "millions of rupees".
_SCALED = re.compile(r"\b(?:thousands?|millions?|billions?|lakhs?|crores?)\s+(?:of\s+)?(\w+)", re.I)
# The last words of currencies' names, common words among them: after a magnitude, "won"
# is money as it is after a figure.
_SCALED_NAMES = frozenset(name.split()[-1].lower() for w in world_currencies() for name in w.names)
# A unit in brackets after a header or caption: "(R)", "(S/)", "(Rs)" name a currency
# by its symbol when the money reader takes the symbol before a figure as one.
_BRACKETED = re.compile(r"\(([^()\d]{1,4})\)")
# A currency's name as a bracketed unit note, with its period or not: "(baht per day)",
# "(rand a month)", "(won)".
_NAMED_UNIT = re.compile(r"\(\s*(\w+)(?:\s+(?:per|a|an|each)\s+\w+)?\s*\)")


def names_currency(text: str) -> bool:
    """True when ``text`` (a caption with its headers) says its bare figures are money:
    by a currency's name, code or sign, by a magnitude of a currency's name ("thousand
    won", "millions of rupees"), by a currency's name as a bracketed unit ("(baht per
    day)"), or by a symbol in brackets ("(R)")."""
    if _CURRENCY.search(text):
        return True
    if any(m.group(1).lower() in _SCALED_NAMES for m in _SCALED.finditer(text)):
        return True
    if any(m.group(1).lower() in _SCALED_NAMES for m in _NAMED_UNIT.finditer(text)):
        return True
    for m in _BRACKETED.finditer(text):
        pay = parse_pay(f"{m.group(1).strip()} 100")
        if pay is not None and pay.get("currency") not in (None, "%"):
            return True
    return False


# A side's own figure names the table's line holding it, to its rounding.
_STATED_SLACK = 0.005
# Initials standing for a name: "HR", "HSC".
_INITIALS = re.compile(r"\b[A-Z]{2,5}(?=s?\b)")  # "HSC", and "HCAs" of many
# Columns that are no side's level: counts, hours, shares, changes, ranks, codes,
# percentiles.
_NOT_LEVEL = re.compile(
    r"\b(?:number|employment|employed|employees|jobs|headcount|hours?|shares?|change|"
    r"growth|increase|rank|code|percentile|thousands?|age|tenure|years\s+of\s+service)\b"
    # A count of persons ("Dock workers (persons)"), and the same columns headed in the
    # language of a statistics office abroad: persons employed, their number, their
    # hours, the change ("Personal ocupado", "Anzahl").
    r"|\b(?:persons|personal\s+ocupado|ocupados|pessoal\s+ocupado|personas|pessoas|n[úu]mero|"
    r"anzahl|besch[äa]ftigte|liczba|antal|horas|stunden|variaci[óo]n|varia[çc][ãa]o|"
    r"ver[äa]nderung)\b"
    r"|%|\d+(?:st|nd|rd|th)\b",
    re.IGNORECASE,
)
# A period a header or a sentence names.
_PERIODS = (
    ("hour", re.compile(r"\bhourly\b|\b(?:an|per|each|by\s+the)\s+hour\b", re.I)),
    ("week", re.compile(r"\bweekly\b|\b(?:a|per|each|every|in\s+a)\s+week\b", re.I)),
    ("month", re.compile(r"\bmonthly\b|\b(?:a|per|each|every|in\s+a)\s+month\b", re.I)),
    ("year", re.compile(r"\bannual(?:ly)?\b|\byearly\b|\b(?:a|per|each|every)\s+year\b", re.I)),
)
# A column of one sex's figures, or of the whole ("Women", "Men", "Total").
_SEX = re.compile(r"\b(?:men|women|males?|females?|kvinnor|m[äa]n)\b", re.I)
_TOTAL_COLUMN = re.compile(r"\b(?:total|all|both\s+sexes|totalt)\b", re.I)
# A column of codes: a classification's name, often with its edition ("SOC 2020",
# "Occupation code", "ISCO-08").
_CODE_COLUMN = re.compile(r"^\s*(?-i:[A-Z]{2,6})(?:[\s-]+\d{2,4})?\s*$|\bcodes?\b", re.I)
# Pay on top of the level: bonuses and special payments.
_EXTRA_PAY = re.compile(r"\b(?:bonus(?:es)?|special\s+(?:earnings|payments?))\b", re.I)
_MEDIAN = re.compile(r"\bmedian\b", re.I)
_MEAN = re.compile(r"\b(?:mean|average)\b", re.I)
# A header's median and mean, in English and as a table abroad heads them ("mediana",
# "media", "promedio", "Durchschnitt", "średnie"); a sentence is read in English only,
# where "media" is no mean.
_MEDIAN_HEAD = re.compile(r"\b(?:median|mediana|mediaan|mediaani)\b", re.I)
_MEAN_HEAD = re.compile(
    r"\b(?:mean|average|media|medio|promedio|m[ée]dia|m[ée]dio|moyen(?:ne)?|"
    r"durchschnitt\w*|[śs]redni[aeo]?|genomsnitt\w*|gjennomsnitt\w*|keskim\w*)\b",
    re.I,
)
# A bare figure grouped by dots or spaces ("5.210", "48 900"), as much of the world writes
# thousands, and one grouped by commas ("52,100", "1,320.00").
_DOT_GROUPED = re.compile(r"\d{1,3}(?:[.\s\u00a0\u202f]\d{3})+")
_COMMA_GROUPED = re.compile(r"\d{1,3}(?:,\d{3})*(?:\.\d+)?|\d+(?:\.\d+)?")


@dataclass(frozen=True)
class TableSides:
    """Two cells of one table read as a comparison's two sides."""

    left: int  # the left side's cell, an evidence index entry
    right: int
    left_amount: Amount
    right_amount: Amount
    axis: str  # "row" when the sides are two rows, "column" when two columns
    measure: str  # the header both sides are read under (a column, or a row)
    why: str  # how the measure was chosen, for a rationale
    # The right side's own header, where each side names a header of the other axis
    # ("Orla Air's first officers" and "Penn Jet's captains": a row and a column each).
    right_measure: str | None = None


def _stem_match(word: str, header_word: str) -> float:
    """How well a side's word names a header's: 1 for the same word, one starting the
    other ("plumb" and "plumber") or the doer of what the other names ("welder" and
    "welding"); a half for a shared stem ("builder" and "building") or another word for
    one who works a machine ("driver" and "operator"); else 0."""
    if word == header_word:
        return 1.0
    short, long_ = sorted((word, header_word), key=len)
    if len(short) >= _PREFIX and long_.startswith(short):
        return 1.0
    if _AGENT.fullmatch(long_) and long_[:-2] == short and len(short) >= _AGENT_STEM:
        return 1.0  # the one who does it and the doing: "welder" and "weld(ing)"
    if word in _WORKS_A_MACHINE and header_word in _WORKS_A_MACHINE:
        return 0.5  # "forklift drivers" and "Forklift operators", below the same word
    shared = 0
    for a, b in zip(word, header_word, strict=False):
        if a != b:
            break
        shared += 1
    return 0.5 if shared >= _SHARED_STEM else 0.0


def _same_worker(word: str, worker: str) -> bool:
    """True when a side's word names the worker a header names: the same word, its stem,
    or another word for one who works a machine ("forklift drivers" and the row
    "Forklift operators", "crane operatives" and "Crane drivers")."""
    return _stem_match(word, worker) >= 1 or (
        word in _WORKS_A_MACHINE and worker in _WORKS_A_MACHINE
    )


def _naming(words: set[str], headers: list[str]) -> set[str]:
    """The words of ``words`` that name one of ``headers`` whole or by its stem."""
    own = {x for h in headers for x in _header_words(h)}
    return {w for w in words if any(_stem_match(w, x) >= 1 for x in own)}


def _header_words(header: str) -> list[str]:
    return sorted(words_of(row_name(header)) - MEASURE_WORDS)


def _initials(header: str) -> str:
    words = re.findall(r"[A-Za-z]+", row_name(header))
    return "".join(w[0] for w in words if w.lower() not in ("and", "of", "the", "for")).upper()


def _bracketed_words(header: str) -> list[str]:
    """The words a header gives in brackets after its name: another name for it ("In-house
    (direct)"), its parts ("Philippines (hubs: Manila, Cebu)")."""
    inside = " ".join(re.findall(r"\(([^()]*)\)", header))
    return sorted(words_of(inside) - MEASURE_WORDS - set(_header_words(header)))


# Initials a header gives as another name for itself, in capitals: before a dash and
# the name ("LPN – Licensed practical nurse"), or opening its brackets after the name
# ("Dental hygienist (DH)", "Zahnarzthelfer/in (ZAH, dental nurse)"). Initials that
# are part of the name ("IT lead", "EU average") name other lines as well.
_OWN_INITIALS = re.compile(r"^\s*([A-Z]{2,5})\s+[–—-]\s|\(\s*([A-Z]{2,5})\s*[,;)]")


def _by_initials(side: str, header: str) -> bool:
    """True when the side writes the header's initials ("HCAs" and "Health care
    assistants"), or initials the header gives in capitals of its own ("LPNs" and
    "LPN – Licensed practical nurse", a name in another language after them)."""
    mine = _initials(header)
    given = {a or b for a, b in _OWN_INITIALS.findall(header)}
    return any(
        (len(mine) >= 2 and (i == mine or (i.startswith(mine) and len(i) - len(mine) == 1)))
        or i in given
        for i in _INITIALS.findall(side)
    )


def _scores(side: str, words: set[str], headers: list[str]) -> dict[str, float]:
    """How well a side names each header: each header word its words name, weighted by
    how few headers have it (a word in the header's brackets at half that); and a header
    whose initials the side writes."""
    own = {h: _header_words(h) for h in headers}
    bracketed = {h: _bracketed_words(h) for h in headers}
    spread: dict[str, int] = {}
    for h in headers:
        for w in set(own[h]) | set(bracketed[h]):
            spread[w] = spread.get(w, 0) + 1
    out = {}
    for h, hw in own.items():
        score = sum(
            max((_stem_match(w, x) for w in words), default=0.0) / spread[x] for x in set(hw)
        ) + sum(
            max((_stem_match(w, x) for w in words), default=0.0) / spread[x] / 2
            for x in bracketed[h]
        )
        if _by_initials(side, h):
            score += 1.0
        out[h] = score
    return out


def _only_covered(scores: Mapping[str, float], words: set[str]) -> str | None:
    """Of headers tied for the best score, the one whose every word the side names
    ("primary teachers" and "Primary teachers" beside "Post-primary teachers"); None
    when no one header is."""
    best = max(scores.values(), default=0.0)
    if best <= 0:
        return None
    covered = [
        h
        for h, score in scores.items()
        if score == best
        and (own := _header_words(h))
        and all(max((_stem_match(w, x) for w in words), default=0.0) >= 1 for x in own)
    ]
    return covered[0] if len(covered) == 1 else None


def _named(scores: Mapping[str, float]) -> str | None:
    """The one header the scores name best, if one stands above every other."""
    ranked = sorted(scores.items(), key=lambda kv: -kv[1])
    if not ranked or ranked[0][1] <= 0:
        return None
    if len(ranked) > 1 and ranked[1][1] >= ranked[0][1]:
        return None
    return ranked[0][0]


# A side ending on where it is ("operators in Lyon", "their peers at Brest"): its last
# word is a place, which names a line apart from the job's other words.
_PLACED = re.compile(
    r"\b(?:in|at|from)\s+(?:the\s+)?(?-i:[A-Z])[\w'’-]*(?:\s+(?-i:[A-Z])[\w'’-]*)*\s*$"
)


def _fits(
    side: str,
    words: set[str],
    header: str,
    occupations: Callable[[str], set[str]],
    workforce: frozenset[str] = frozenset(),
) -> bool:
    """False when a header names a side only in part: by the side's last word alone
    while its other words name nothing of it ("ship engineers" and the row "Engineers",
    "tower crane operators" and "Hoist operators": a kind of the job, not the job at
    large), or where the header names workers of its own and the side's words name none
    of them ("teachers" and "Teaching assistants"). A header naming its workers by a word
    for the workforce at large ("Parcel sorting workers") is named by the side's doer of
    what they do ("parcel sorters")."""
    if _by_initials(side, header):
        return True  # named whole by its initials
    own = _header_words(header)
    tokens = [w for w in keywords(side).split() if w in words]
    matched = {w: max((_stem_match(w, x) for x in own), default=0.0) for w in tokens}
    named = {w for w, m in matched.items() if m > 0}
    if named and len(set(tokens)) > 1 and named == {tokens[-1]} and not _PLACED.search(side):
        return False
    if any(
        all(any(_stem_match(w, x) >= 1 for w in tokens) for x in alt) for alt in _names_of(header)
    ):
        # The side names one of the header's names whole: its other language's ("Naiset /
        # Women"), or one the header lists in brackets ("Yard staff (shunters)"), whatever
        # the header's other words would count as.
        return True
    workers = occupations(row_name(header))
    if workers and workers <= workforce:
        doers = [w for w in tokens if occupations(w)]
        return bool(doers) and all(matched[w] >= 1 for w in doers)
    return not workers or any(_same_worker(w, keywords(job)) for w in tokens for job in workers)


def _set_by_sentence(scores: Mapping[str, float], sentence: str, setting: set[str]) -> str | None:
    """Of headers tied for the best score ("Lyon (Type: Agency staff)" and "Nantes (Type:
    Agency staff)" for "agency staff"), the one the sentence's words outside both sides
    name ("In Nantes, agency staff earn ..."); None when they name none or several."""
    best = max(scores.values(), default=0.0)
    tied = [h for h, score in scores.items() if best > 0 and score == best]
    if len(tied) < 2 or not setting:
        return None
    return _named(_scores(sentence, setting, tied))


def _names_of(header: str) -> list[set[str]]:
    """The words of each name a header gives one line by: each of its names written side
    by side in two languages ("Naiset / Women"), and each item it lists in brackets
    ("(shunters, yard hands)"); none that is a code or a figure alone."""
    parts = re.split(r"\s/\s", row_name(header))
    for inside in re.findall(r"\(([^()]*)\)", header):
        parts += re.split(r"[,;]", inside)
    out = []
    for part in parts:
        own = words_of(re.sub(r"\d+", " ", part)) - MEASURE_WORDS
        if own:
            out.append(own)
    return out


def _whole(
    side: str, words: set[str], headers: list[str], scope: set[str], countries: set[str]
) -> str | None:
    """The table's one header of the whole, for a side speaking of the whole."""
    if not speaks_of_whole(side, words, scope):
        return None
    totals = [h for h in headers if is_total_row(h)]
    if not totals:
        # A country's row among its parts' ("Canada" beside "Manitou").
        totals = [h for h in headers if h.strip().lower() in countries]
    return totals[0] if len(totals) == 1 else None


def _side_words(
    side: str, synonyms: Mapping[str, set[str]], compass: Mapping[str, set[str]]
) -> set[str]:
    said = words_of(side) | synonym_words(side, synonyms) | synonym_words(side, compass)
    return said - _NO_SUBJECT


# The lexicon's lists of one point of the compass in several languages.
COMPASS_LISTS = ("compass_north", "compass_south", "compass_east", "compass_west", "compass_centre")


def compass_names(lists: Iterable[set[str]]) -> dict[str, set[str]]:
    """Each word of the compass lists with the other words of its list: a side's
    "East Java" names the row "Jawa Timur" as its synonyms name other rows."""
    return {w: group - {w} for group in lists for w in group}


def _number(value: str, dotted: bool) -> float | None:
    text = value.strip()
    if dotted and _DOT_GROUPED.fullmatch(text):
        return float(re.sub(r"[.\s\u00a0\u202f]", "", text))
    if _COMMA_GROUPED.fullmatch(text) and not YEARS.fullmatch(text):
        return float(text.replace(",", ""))
    return None


def _amount(value: str, dotted: bool, unit: str | None) -> Amount | None:
    """A cell's figure: money as the page writes it, else, in a table whose caption or
    header names a currency (``unit`` given), a bare figure in the table's own unit (both
    sides are read under one header, so in one unit)."""
    pay = parse_pay(value)
    if pay is not None and pay.get("currency") and pay["currency"] != "%":
        return Amount(float(pay["min"]), float(pay["max"]), str(pay["currency"]), pay["period"])
    number = _number(value, dotted)
    per = _PER_THING.fullmatch(value.strip())
    if number is None and per is not None:
        # "3.87 US$/kg", "412 €/t": a price per thing, the header's unit written after
        # the figure; both sides read under one line are in that unit.
        number = _number(per.group("figure"), dotted)
    return None if number is None or unit is None else Amount(number, number, unit)


# A figure and a unit per thing after it: "3.87 US$/kg", "1 250 €/t", "62.40 $/bbl".
_PER_THING = re.compile(r"(?P<figure>\d[\d.,\s\u00a0\u202f]*?)\s*[^\d\s/]{1,4}/[^\d\s/]{1,5}")


def _period(text: str) -> str | None:
    return next((name for name, said in _PERIODS if said.search(text)), None)


def named_periods(text: str) -> set[str]:
    """Every period a caption or header names ("monthly", "per week")."""
    return {name for name, said in _PERIODS if said.search(text)}


def measure_period(header: str) -> str | None:
    """The period a measure's header pays in: "AWOTE ($ per week)" a week."""
    return _period(header)


def _measure(
    headers: list[str],
    values: Mapping[str, tuple[Amount, Amount]],
    sentence: str,
    sentence_words: set[str] | None = None,
) -> tuple[str, str] | None:
    """The header both sides are read under, and why: the year the sentence names, else
    the latest, where the headers are years; else the period and kind of figure the
    sentence names, else the typical figure (a median before a mean)."""
    usable = [
        h
        for h in headers
        if h in values
        and not _NOT_LEVEL.search(h)
        and not _CODE_COLUMN.search(h)
        and not (_SEX.search(h) and not _SEX.search(sentence))
    ]
    if not usable:
        return None
    year = year_meant(usable, sentence)
    if year is not None:
        return year, "named" if years_named(year) & years_named(sentence) else "latest year"
    period = _period(sentence)
    median, mean = bool(_MEDIAN.search(sentence)), bool(_MEAN.search(sentence))

    def score(h: str) -> float:
        own = _period(h) or values[h][0].period
        points = 0.0
        if period is not None:
            points += 4.0 if own == period else -4.0 if own else 0.0
        if median:
            points += 2.0 if _MEDIAN_HEAD.search(h) else 0.0
        elif mean:
            points += 2.0 if _MEAN_HEAD.search(h) else 0.0
        else:
            points += 1.0 if _MEDIAN_HEAD.search(h) else 0.5 if _MEAN_HEAD.search(h) else 0.0
        if _TOTAL_COLUMN.search(h):
            points += 0.5
        if _EXTRA_PAY.search(h) and not _EXTRA_PAY.search(sentence):
            points -= 1.0  # a bonus paid on top is no one's pay, unless the sentence says so
        if period is None and own == "year":
            points += 0.25  # a year's pay, where the sentence names no period
        return points

    # A header the sentence names by its own words ("In the Netherlands" and the column
    # "Netherlands") is the measure; else one of several alike (a column per country)
    # the sentence names none of is no one's to choose.
    named_here = _named(_scores(sentence, sentence_words, usable)) if sentence_words else None
    if named_here is not None:
        return named_here, "named"
    best = max(usable, key=lambda h: (score(h), -usable.index(h)))
    if sum(score(h) == score(best) for h in usable) > 1:
        return None
    named = (period is not None and (_period(best) or values[best][0].period) == period) or (
        (_MEDIAN_HEAD if median else _MEAN_HEAD).search(best) is not None and (median or mean)
    )
    return best, "named" if named else "typical"


def table_sides(
    left: str,
    right: str,
    sentence: str,
    index: EvidenceIndex,
    pages: list[int],
    synonyms: Mapping[str, set[str]],
    countries: set[str],
    stated: tuple[Amount | None, Amount | None] = (None, None),
    occupations: Callable[[str], set[str]] = lambda text: set(),
    workforce: frozenset[str] = frozenset(),
    compass: Mapping[str, set[str]] = MappingProxyType({}),
) -> TableSides | None:
    """Two cells of one table of ``pages`` (in order of preference) the two sides name,
    under one measure; None when no table names both apart. ``compass`` gives the
    words of a point of the compass in other languages (see :func:`compass_names`)."""
    left_words = _side_words(left, synonyms, compass)
    right_words = _side_words(right, synonyms, compass)
    sentence_words = _side_words(sentence, synonyms, compass)
    for page in pages:
        for entries in table_entries(index, page):
            found = _read(
                entries,
                left,
                right,
                sentence,
                left_words,
                right_words,
                sentence_words,
                index,
                countries,
                stated,
                occupations,
                workforce,
            )
            if found is not None:
                return found
    return None


def _read(
    entries: list[int],
    left: str,
    right: str,
    sentence: str,
    left_words: set[str],
    right_words: set[str],
    sentence_words: set[str],
    index: EvidenceIndex,
    countries: set[str],
    stated: tuple[Amount | None, Amount | None],
    occupations: Callable[[str], set[str]],
    workforce: frozenset[str],
) -> TableSides | None:
    facts = {i: f for i in entries if (f := index.sentences[i].fact) is not None}
    rows = list(dict.fromkeys(str(f.data.get("row", "")) for f in facts.values()))
    columns = list(dict.fromkeys(str(f.data.get("column", "")) for f in facts.values()))
    cell = {
        (str(f.data.get("row", "")), str(f.data.get("column", ""))): i for i, f in facts.items()
    }
    first = index.sentences[entries[0]]
    page = index.pages[first.page]
    caption = str(first.fact.data.get("caption", "")) if first.fact is not None else ""
    scope = words_of(f"{caption} {page.title or ''}")
    where = first.fact.where if first.fact is not None else ""

    def side_header(
        side: str,
        words: set[str],
        headers: list[str],
        axis: str,
        stated: Amount | None,
        subject: set[str] = scope,
        whole: bool = True,
    ) -> str | None:
        if stated is not None and stated.low is not None:
            # A side stating its own figure ("at 31,300 a month") is the one line of the
            # table holding that figure, whatever the table calls it.
            low, high = stated.low, stated.high if stated.high is not None else stated.low
            holding = {
                str(f.data.get(axis, ""))
                for f in facts.values()
                if (n := _amount(str(f.data.get("value", "")), True, "")) is not None
                and n.low is not None
                and low * (1 - _STATED_SLACK) <= n.low <= high * (1 + _STATED_SLACK)
            }
            if len(holding) == 1:
                return next(iter(holding))
        # A word the table's caption or page title names is the whole table's subject
        # ("construction" in a table of construction earnings by state): it tells no
        # line apart, so a line that repeats it ("Australia, construction") is named
        # by the side's other words only.
        telling = words - subject
        scores = _scores(side, telling or words, headers)
        if telling != words and not any(scores.values()):
            # Its other words name no line: the subject's word is the one that does ("the
            # outsourced staff" and the column "Outsourced" of a page about outsourcing).
            telling = words
            scores = _scores(side, words, headers)
        years = years_named(side)
        for h in headers:
            if years and years_named(h) & years:
                scores[h] += 1.0  # "the 2030 figure" and the column "2030"
        named = (
            _named(scores)
            or _only_covered(scores, telling or words)
            or _set_by_sentence(scores, sentence, setting)
        )
        if named is not None and not _fits(side, words - subject, named, occupations, workforce):
            return None
        if named is not None or not whole:
            return named
        return _whole(side, words, headers, scope, countries)

    # The sentence's words outside both sides ("In Nantes, ..."): where it sets both.
    setting = sentence_words - left_words - right_words - scope
    # A word both sides use ("manufacturing" of "chip manufacturing" and "all
    # manufacturing") tells neither apart, nor does one naming a header of the other axis
    # ("basic pay" of "the basic pay of welders", a column): each side is named by its
    # other words first, as by words other than the table's subject.
    shared = left_words & right_words
    for axis, sides, others in (("row", rows, columns), ("column", columns, rows)):
        if len(sides) < 2:
            continue
        measured = _naming(left_words | right_words, others)
        # Where a side's other words leave two lines tied ("fishers" of a line and of the
        # caption's trade), the shared words are let back in to tell them apart.
        one = side_header(
            left, left_words, sides, axis, stated[0], scope | shared | measured
        ) or side_header(left, left_words, sides, axis, stated[0])
        two = side_header(
            right, right_words, sides, axis, stated[1], scope | shared | measured
        ) or side_header(right, right_words, sides, axis, stated[1])
        if one is None or two is None or one == two:
            continue
        if axis == "column":
            # The row both columns are read in: the one the sentence names, or the
            # only one.
            measures = (
                others
                if len(others) == 1
                else [m]
                if (m := _named(_scores(sentence, sentence_words, others)))
                else []
            )
            why = "named"
        else:
            measures = others
            why = ""
        by_rows = axis == "row"
        if by_rows:
            # Each side naming a column of its own as well as its row ("A's first officers"
            # and "B's captains"): each is read in its own row and column.
            # Whose they are ("A's") is the row: the column is named by the rest.
            # Whose they are ("A's") is the row: the column is named by the rest, all of
            # it (a column may be the very job the page is about: "Captain").
            named_columns = [
                side_header(
                    rest,
                    words - words_of(" ".join(_OWNER.findall(side))),
                    others,
                    "column",
                    None,
                    set(),
                    whole=False,  # a column its words name, not one of totals
                )
                if (rest := _OWNER.sub(" ", side)).strip()
                else None
                for side, words in ((left, left_words), (right, right_words))
            ]
            own = (named_columns[0], named_columns[1])
            crossed = _crossed(own, (one, two), cell, facts, caption, first.page, where)
            if crossed is not None:
                return crossed

        def key(side: str, measure: str, by_rows: bool = by_rows) -> tuple[str, str]:
            return (side, measure) if by_rows else (measure, side)

        dotted = {
            m: all(
                _DOT_GROUPED.fullmatch(v) or re.fullmatch(r"\d{1,3}", v)
                for s in sides
                if (i := cell.get(key(s, m))) is not None
                and (v := str(facts[i].data.get("value", "")).strip())
            )
            for m in measures
        }
        values: dict[str, tuple[Amount, Amount]] = {}
        for m in measures:
            i, j = cell.get(key(one, m)), cell.get(key(two, m))
            if i is None or j is None:
                continue
            # Bare figures are sums of money only where the table says in what.
            money = names_currency(f"{caption} {m} {' '.join(sides)}")
            unit = f"{TABLED}{first.page}#{where}#{m}" if money else None
            a = _amount(str(facts[i].data.get("value", "")), dotted[m], unit)
            b = _amount(str(facts[j].data.get("value", "")), dotted[m], unit)
            if a is not None and b is not None and a.currency == b.currency:
                values[m] = (a, b)
        holding = _holding_stated(values, stated)
        if holding is not None:
            # The sides' own figures ("a median of $2,480 trails the $2,650") stand in
            # one column only: that column is the measure they were read in.
            chosen: tuple[str, str] | None = (holding, "named")
        elif any(s is not None and s.currency == "%" for s in stated):
            # A side stating a share of its own ("its 9.2 per cent rise") is read by that
            # share, which no measure here holds: the table's levels are another figure.
            continue
        elif axis == "row":
            chosen = _measure(measures, values, sentence, sentence_words)
        else:
            chosen = (measures[0], why) if measures and measures[0] in values else None
        if chosen is None:
            continue
        measure, why = chosen
        a, b = values[measure]
        i, j = cell[key(one, measure)], cell[key(two, measure)]
        return TableSides(i, j, a, b, axis, measure, why)
    return None


def _holding_stated(
    values: Mapping[str, tuple[Amount, Amount]], stated: tuple[Amount | None, Amount | None]
) -> str | None:
    """The one measure under which each side stating its own figure has that figure (to
    its rounding); None when no side states one, or no one measure holds them all."""
    if all(s is None or s.low is None for s in stated):
        return None
    holding = [
        m
        for m, cells in values.items()
        if all(
            s is None
            or s.low is None
            or (
                c.low is not None
                and s.low * (1 - _STATED_SLACK)
                <= c.low
                <= (s.high if s.high is not None else s.low) * (1 + _STATED_SLACK)
            )
            for s, c in zip(stated, cells, strict=True)
        )
    ]
    return holding[0] if len(holding) == 1 else None


# An owner before "'s": "Penn Jet's" of "Penn Jet's captains".
_OWNER = re.compile(r"\b[\w.&-]+['’]s\b")


def _crossed(
    columns: tuple[str | None, str | None],
    rows: tuple[str, str],
    cell: Mapping[tuple[str, str], int],
    facts: Mapping[int, Any],
    caption: str,
    page: int,
    where: str,
) -> TableSides | None:
    """Two cells, each in the row and the column its side names, where the sides name
    two columns apart; None when they name one, or either names none, or the cells hold
    no figures of one kind."""
    left_column, right_column = columns
    if left_column is None or right_column is None or left_column == right_column:
        return None
    i, j = cell.get((rows[0], left_column)), cell.get((rows[1], right_column))
    if i is None or j is None:
        return None
    values = [str(facts[n].data.get("value", "")).strip() for n in (i, j)]
    dotted = all(_DOT_GROUPED.fullmatch(v) or re.fullmatch(r"\d{1,3}", v) for v in values)
    money = names_currency(f"{caption} {left_column} {right_column} {' '.join(rows)}")
    # Two columns of one table share its unit only where the caption names it: a column's
    # own unit is its own.
    unit = f"{TABLED}{page}#{where}#" if money else None
    a, b = (_amount(v, bool(dotted), unit) for v in values)
    if a is None or b is None or a.currency != b.currency:
        return None
    return TableSides(i, j, a, b, "row", left_column, "own", right_column)


# Words of a year's side that name no line of a table: "the figure", "number of".
YEAR_WORDS = frozenset(words_of("number figure total level count"))

# A side that is another side in a year it names: "Ferry crossings in 2011-12".
_IN_YEAR = re.compile(r"\s+in\s+(?P<year>(?:19|20)\d\d(?:\s?[/–-]\s?(?:\d{4}|\d{2}))?)$")


# A side that is the other side's thing in a year, said by what was paid for it or
# with a pronoun: "what buyers paid in 2023", "what it was in 2019".
_WHAT_THEN = re.compile(
    r"what\s+(?:(?:\w+\s+){1,2}(?:paid|charged|fetched|got|received)"
    r"|(?:it|they)\s+(?:was|were|had\s+been|stood\s+at))",
    re.I,
)


def _caption_names(words: set[str], facts: Iterable[PageFact]) -> bool:
    """True when a table's caption names one of the words ("Young chickens slaughtered,
    2019-2023" names "chickens")."""
    caption = next((str(f.data.get("caption", "")) for f in facts), "")
    return any(_stem_match(w, x) == 1.0 for w in words for x in words_of(caption))


def _year_of(header: str) -> int | None:
    """The one year a header names ("2023", "2013-14", "2022 (FTE)"), else None."""
    years = years_named(header)
    return next(iter(years)) if len(years) == 1 else None


def year_sides(
    left: str,
    right: str,
    index: EvidenceIndex,
    pages: list[int],
    synonyms: Mapping[str, set[str]],
    done: str = "",
) -> TableSides | None:
    """Both sides of a thing set against itself in another year ("membership has halved
    since 2016": the membership now and in 2016) read from one table whose one axis is
    years and whose other names the thing: the line the thing's words name best, in the
    year each side names, or the table's latest year for a side naming none. What the
    sentence says was done to the thing (`done`: "the mill shipped more pulp in 2023 than
    in 2022") names the line too, as the column "Pulp shipped" does. None when the sides
    are not one thing in two years, or no table holds it."""
    m = _IN_YEAR.search(right)
    if m is None:
        return None
    subject = right[: m.start()].strip()
    own = _IN_YEAR.search(left)
    if _WHAT_THEN.fullmatch(subject) and own is None:
        # "the price per tonne slipped below what mills paid in 2023": what was paid
        # then is the price itself in that year.
        subject = left.strip()
    if (left[: own.start()] if own else left).strip() != subject or not subject:
        return None
    right_year = _year_of(m.group("year"))
    left_year = _year_of(own.group("year")) if own else None
    words = _side_words(subject, synonyms, {}) - YEAR_WORDS
    if right_year is None or not words:
        return None
    # The thing counted, after its owner ("the port's containers"): a table whose
    # caption names it is one whose line the verb alone may name.
    thing = _side_words(re.split(r"['’]s\s+", subject)[-1], synonyms, {}) - YEAR_WORDS
    did = words_of(done) - YEAR_WORDS - words
    for page in pages:
        for entries in table_entries(index, page):
            facts = {i: f for i in entries if (f := index.sentences[i].fact) is not None}
            cell = {
                (str(f.data.get("row", "")), str(f.data.get("column", ""))): i
                for i, f in facts.items()
            }
            rows = list(dict.fromkeys(r for r, _ in cell))
            columns = list(dict.fromkeys(c for _, c in cell))
            for axis, years, lines in (("row", rows, columns), ("column", columns, rows)):
                dated = {y: h for h in years if (y := _year_of(h)) is not None}
                if len(dated) < 2 or len(dated) < len(years) - 1:
                    continue  # not an axis of years
                then = dated.get(right_year)
                now = dated.get(left_year) if left_year else dated[max(dated)]
                line = _named(_scores(subject, words, lines))
                if line is None and did and _caption_names(thing, facts.values()):
                    line = _named(_scores(subject, words | did, lines))
                if then is None or now is None or then == now or line is None:
                    continue
                if axis == "row":
                    i, j = cell.get((now, line)), cell.get((then, line))
                else:
                    i, j = cell.get((line, now)), cell.get((line, then))
                if i is None or j is None:
                    continue
                values = [str(facts[n].data.get("value", "")).strip() for n in (i, j)]
                dotted = all(
                    _DOT_GROUPED.fullmatch(v) or re.fullmatch(r"\d{1,3}", v) for v in values
                )
                a, b = (_amount(v, dotted, f"{TABLED}{page}#{line}") for v in values)
                if a is not None and b is not None and a.currency == b.currency:
                    return TableSides(i, j, a, b, axis, line, "years")
    return None
