"""Typed fields of each claim type, built from a rule match's captures.

A builder returns the claim's ``fields`` (a dataclass of factcheck.claimfields) or None
when the match is not a claim of its type after all (a "strike" whose strikers are not
workers, a title with no role in it).
"""

from __future__ import annotations

import datetime
import math
import re
from collections.abc import Callable, Mapping, Sequence
from dataclasses import dataclass, replace
from functools import lru_cache
from itertools import islice
from typing import Any

from factcheck.claimfields import (
    AmountFields,
    ComparisonFields,
    DateFields,
    Fields,
    GenericFields,
    JobTitleFields,
    QuantityFields,
    QuoteFields,
    SalaryFields,
    StatementFields,
    StrikeFields,
    SuperlativeFields,
)
from factcheck.claims.amounts import (
    COUNT,
    EXACT_TOLERANCE,
    Amount,
    joined_digits,
    parse_number,
    qualified,
    rough_share,
    rounding_tolerance,
)
from factcheck.claims.pieces import piece_after, piece_before
from factcheck.claims.references import Kind, Plural, names_head, singular
from factcheck.claims.values import DAYS_IN, DateValue, Parsers, Party, TextContext
from factcheck.letters import LOWER, UPPER
from factcheck.rulepacks.foreign_titles import (
    BRACKET_GLOSS,
    BRACKETED_TITLE,
    COMPOUND_HEAD,
    FOREIGN_TITLE,
    GLOSS,
    GLOSSED_TITLE,
)
from factcheck.rulepacks.gender_marks import has_gender_mark
from factcheck.rulepacks.knowledge import Knowledge
from factcheck.rulepacks.levels import LEVEL, LEVEL_AT, LEVEL_CODE, LEVEL_WORD, ROMAN
from factcheck.rulepacks.macros import TITLE_STOPS
from factcheck.rulepacks.title_models import models


@dataclass(frozen=True)
class Capture:
    """A captured piece of a match: its kind, text, offsets in the sentence and value."""

    kind: str
    text: str
    start: int
    end: int
    value: Any


@dataclass(frozen=True)
class BuildInput:
    """Everything a builder may look at."""

    captures: Mapping[str, Capture]
    constants: Mapping[str, Any]
    sentence: str
    match_start: int
    ctx: TextContext
    parsers: Parsers
    # Organisations named in earlier sentences, nearest first (for "the company").
    earlier_orgs: Sequence[str]
    # Jobs named by earlier claims of the article, nearest first (for "the role").
    earlier_jobs: Sequence[JobTitleFields] = ()
    # How much the text so far has been about an organisation (see extract.Recent).
    salience: Callable[[str], float] | None = None

    def value(self, name: str) -> Any:
        """The value of capture ``name``, or None."""
        cap = self.captures.get(name)
        return None if cap is None else cap.value


def amount_fields(amount: Amount) -> AmountFields:
    """The fields of an amount: min, max, currency, period."""
    return AmountFields(
        min=_num(amount.low), max=_num(amount.high), currency=amount.currency, period=amount.period
    )


def fields_amount(fields: Mapping[str, Any], prefix: str = "") -> Amount:
    """The amount described by ``fields`` (the inverse of :func:`amount_fields`)."""
    return Amount(
        fields.get(prefix + "min"),
        fields.get(prefix + "max"),
        fields.get(prefix + "currency"),
        fields.get(prefix + "period"),
    )


def _num(value: float | None) -> float | int | None:
    return None if value is None else _number(value)


def _number(value: float) -> float | int:
    """A number as a report writes it: whole numbers as integers, others to 4 places."""
    return int(value) if float(value).is_integer() else round(value, 4)


def _implied_period(text: str, k: Knowledge) -> str | None:
    """The pay period words such as "salary" (a year) or "hourly" imply. A period word
    just before such a word sets it ("weekly earnings", "monthly salary"): "earnings"
    alone is a year's, "weekly earnings" a week's. Every time the word is written counts:
    "the Minimum Wage Board set a monthly minimum wage" names a month by its second."""
    lowered = text.lower()
    for word, period in k.implied_periods.items():
        found = None
        for m in _whole_word(word).finditer(lowered):
            before = re.findall(r"[\w-]+", lowered[: m.start()])[-2:]
            named = [k.period_phrases[w] for w in before if w in k.period_phrases]
            if named:
                return named[-1]
            found = period
        if found is not None:
            return found
    return None


@lru_cache(maxsize=4096)
def _whole_word(word: str) -> re.Pattern[str]:
    """``word`` where no word character touches it. Compiled once: built
    afresh for every word of a list on every build, the pattern was escaped and looked up
    in ``re``'s cache each time."""
    return re.compile(rf"(?<![\w]){re.escape(word)}(?![\w])")


def _magnitude(text: str, b: BuildInput) -> float:
    """The magnitude written in an amount ("$150K", "sixty thousand pounds"), else 1."""
    mags = b.parsers.k.magnitudes
    found = [mags.get(w, mags.get(w.lower(), 1.0)) for w in re.findall(r"[A-Za-z]+", text)]
    return max(found, default=1.0)


def _period_by_size(value: float | None, k: Knowledge) -> str | None:
    if value is None:
        return None
    for name, (low, high) in k.periods_by_size.items():
        if (low is None or value >= low) and (high is None or value <= high):
            return name
    return None


# More than anyone is paid in a year, in any currency the tables hold.
_MOST_PAY = 5e9
# How a qualified amount of pay was written: a bound ("less than $50,000") or an end
# of the scale ("up to $50,000", "starting at $40,000").
# A figure grouped in thousands by dots ("27.500", "1.250.000").
_DOT_GROUPED = re.compile(r"\d{1,3}(?:\.\d{3})+(?![\d.,])")
_PAY_KIND = {"upper": "at_most", "lower": "at_least", "ceiling": "up_to", "floor": "from"}
_NEGATED = re.compile(
    r"\b(?:no\s+one|nobody|none|not|never|no\s+\w+)\b(?:\s+\S+){0,4}\s*$", re.IGNORECASE
)


@lru_cache(maxsize=16)
def _bound_before(qualifier: str) -> re.Pattern[str]:
    """A qualifier ending right where the text it is searched in ends."""
    return re.compile(rf"(?<![\w-])({qualifier})\s+$", re.IGNORECASE)


def _stacked_bound(b: BuildInput) -> str | None:
    """The top bound written before the rough qualifier a rule took ("up to" in "up to
    about $4,000", "less than" in "less than roughly €50,000"), when there is one: the
    rule's qualifier alone would read the figure as the pay, not as its top. A bottom
    ("starts on around €2,900") keeps the rough span, whose lower half a scale's start
    may fall in (evidence/salary.py reads "starts on" as the bottom)."""
    cap = b.captures.get("qualifier")
    if cap is None:
        return None
    m = _bound_before(b.parsers.macros.qualifier).search(b.sentence[: cap.start])
    effect = b.parsers.qualifier(m.group(1)) if m else None
    return effect if effect in ("upper", "ceiling") else None


# The hours of the span a period names, written just before it ("a 37-hour week", "a
# 7.5-hour day").
_HOURS_OF_SPAN = re.compile(r"[\w.]+-hours?\s+$", re.IGNORECASE)

# A change's words before "from": the figure after it is where the change started ("up
# from $20 a day", "down from £410"), a sum the pay was, not a floor of it.
_CHANGED_FROM = re.compile(
    r"\b(?:up|down|rose|risen|rising|rises|fell|fallen|falling|falls|increased|decreased"
    r"|climbed|dropped|grew|grown|jumped|raised|cut|lifted|slipped|edged\s+up)\s+from\s*$",
    re.IGNORECASE,
)


# A change told done before "up to": the figure after it is where pay went ("the wage
# went up to $470 in January", "rates have gone up to €14"), the new figure, not the
# top of a scale ("salaries go up to £60,000" is one, and keeps its reading).
_MOVED_UP_TO = re.compile(
    r"\b(?:went|gone|moved|shot|pushed|bumped|stepped|crept|edged|inched|ratcheted|was\s+put"
    r"|were\s+put|been\s+put)\s+up\s+to\s*$",
    re.IGNORECASE,
)


def _hours_span(b: BuildInput) -> bool:
    """True when the period a rule took is a span of work given by its hours ("£31,000 for
    a 37-hour week"): job ads state the week's hours beside a year's salary as often as
    beside a week's pay, so a figure the size of a year's pay is a year's."""
    cap = b.captures.get("period")
    return cap is not None and bool(_HOURS_OF_SPAN.search(b.sentence[: cap.start]))


# After a sum of pay, what makes it the gap between two pays: "£1,800 a year more than
# a porter", "$3 an hour less than", "€150 a month above the floor".
_GAP_AFTER = re.compile(
    r"\s*(?:(?:a|an|per)\s+[a-z]+\s+)?(?:(?:more|less|higher|lower)"
    r"(?:\s+(?:a|an|per)\s+[a-z]+)?\s+than|above|below)\b",
    re.IGNORECASE,
)


def build_salary(b: BuildInput) -> SalaryFields | None:
    """min/max/currency/period of pay, from a range, a single amount, an N-figure word or
    a level word such as "high-paying"; none for the gap between two pays."""
    k = b.parsers.k
    end = max((c.end for c in b.captures.values()), default=0)
    if end and _GAP_AFTER.match(b.sentence, end):
        return None  # the comparison's difference, which no page gives as pay
    period = (
        b.value("period")
        or b.constants.get("period")
        # Asked by every pay rule matching the sentence: worked out once.
        or b.ctx.answer(("implied period", b.sentence), lambda: _implied_period(b.sentence, k))
    )
    qualifier = b.value("qualifier")
    if qualifier == "near_above":
        # Pay "just over £35,000" is set against scales that run from near it to far
        # above (training to qualified): read as the bound it is of the scale's start.
        qualifier = "lower"
    low, high = b.value("low"), b.value("high")
    single, figure = b.value("amount"), b.value("figure")
    share = b.value("percent")
    if isinstance(share, float):
        # A bonus or raise as a share of pay: the percentage, in "%" so that no amount
        # of money is compared with it.
        lo, hi = qualified(share, qualifier, k)
        kind = _PAY_KIND.get(qualifier or "", "range")
        return SalaryFields(min=_num(lo), max=_num(hi), currency="%", period=None, kind=kind)
    level = b.constants.get("level")
    if qualifier in ("upper", "lower") and _NEGATED.search(
        b.sentence[: b.captures["qualifier"].start]
    ):
        # "No one will earn less than $25": at least $25.
        qualifier = "lower" if qualifier == "upper" else "upper"
    if qualifier == "floor" and _CHANGED_FROM.search(b.sentence[: b.captures["qualifier"].end]):
        qualifier = None  # "up from S$20 a day": that figure, before the change
    if qualifier == "ceiling" and _MOVED_UP_TO.search(b.sentence[: b.captures["qualifier"].end]):
        qualifier = None  # "went up to $470": where the change took it, not a scale's top
    approximate = qualifier in ("approx", "near_below", "near_above")
    if approximate and (bound := _stacked_bound(b)) is not None:
        # "Up to roughly $90,000": the rough figure is the scale's top; "roughly" gives it
        # the slack of a rounded figure, which the bound's end keeps (approximate).
        qualifier = bound
    if isinstance(low, float) and isinstance(high, Amount):
        # "27.500 bis 33.000 Euro": a bare low end grouped by dots as its top is, in
        # thousands, not a decimal figure.
        written_low = b.captures["low"].text.strip()
        if _DOT_GROUPED.fullmatch(written_low) and _DOT_GROUPED.search(b.captures["high"].text):
            low = float(written_low.replace(".", ""))
        low = Amount(low, low, high.currency)  # "between fifty and sixty thousand pounds"
    if isinstance(low, Amount) and isinstance(high, Amount):
        lo, hi = low.low, high.high
        if lo is None or hi is None or lo > hi:
            return None
        # "$300 to $900K": a magnitude written once applies to both ends.
        scale = _magnitude(b.captures["high"].text, b)
        if _magnitude(b.captures["low"].text, b) == 1 and scale > 1 and lo * scale <= hi:
            lo *= scale
        currency = low.currency or high.currency
        kind = "range"
    elif isinstance(single, Amount):
        assert single.low is not None
        lo, hi = qualified(single.low, qualifier, k)
        if qualifier is None:
            # "$26,000" is rounded to the thousand; "$45" or "$26,470" is exact.
            written = b.captures["amount"].text
            rounded = re.search(r"\d0(?:,000|000|00)\b", written)
            kind = "about" if rounded and rounding_tolerance(written) > 0.005 else "range"
        else:
            kind = _PAY_KIND.get(qualifier, "about")
        currency = single.currency
    elif isinstance(figure, Amount):
        lo, hi, currency, kind = figure.low, figure.high, None, "within"
    elif level in k.pay_levels:
        threshold = k.pay_levels[level]
        lo, hi = (threshold, None) if level == "high" else (None, threshold)
        currency, kind, period = None, "within", period or "year"
    else:
        return None
    per = _piece(b)
    if per is not None:
        period = None  # "£1.30 a parcel": paid by the thing done, in no period of time
    elif period is None:
        period = _period_by_size(hi if hi is not None else lo, k)
    elif _hours_span(b) and _period_by_size(hi if hi is not None else lo, k) == "year":
        period = "year"
    yearly = Amount(lo, hi, None, period).per_year(k)
    if max(v for v in (yearly.low, yearly.high, 0.0) if v is not None) > _MOST_PAY:
        return None  # "$4.5 billion a day" is what an economy loses, not anyone's pay
    if _not_wages(b):
        return None  # "$300 a week in strike pay": an amount of money, not a job's pay
    job, employer, resolved = _pay_of(b)
    if employer is None:
        employer = _paid_by(b)
    if isinstance(titled := b.value("job"), str):
        # "a Site Surveyor at £38,000": the pay of the title written before it.
        job, resolved = " ".join(titled.split()), ()
    return SalaryFields(
        min=_num(lo),
        max=_num(hi),
        currency=currency or b.ctx.currency,
        period=period,
        kind=kind,
        approximate=approximate,
        level=level or None,
        job=job,
        employer=employer,
        resolved=resolved,
        per=per,
    )


# A verb of paying in the passive before a sum: "are paid", "were being offered", "is
# promised". Its agent after the sum is who pays.
_PASSIVE_PAY = re.compile(
    r"\b(?:is|are|was|were|be|being|been|gets?|got)\s+(?:\w+\s+){0,2}?"
    r"(?:paid|offered|given|promised|guaranteed)\b[^.;:!?]{0,30}$",
    re.IGNORECASE,
)
# The agent right after the sum and its period: "by" and a name in capitals ("by Orla
# Freight", "by the Kessel Group"), its words perhaps joined by "&" or "of"; a month or
# a day ("by March") says when.
_PAID_BY_NAME = re.compile(
    r"^\s*,?\s*by\s+(?:the\s+)?(?!(?:Jan|Feb|Mar|Apr|May|Jun|Jul|Aug|Sep|Oct|Nov|Dec|Mon|Tue"
    r"|Wed|Thu|Fri|Sat|Sun)[a-z]*\b)"
    rf"(?P<name>(?-i:[{UPPER}][\w&’'.-]*)"
    rf"(?:\s+(?:&\s+|of\s+)?(?-i:[{UPPER}][\w&’'.-]*)){{0,4}})"
)


def _paid_by(b: BuildInput) -> str | None:
    """The employer a passive verb of paying names after the sum ("fitters are being
    offered $40 an hour by Orla Freight": Orla Freight), or None."""
    ends = [b.captures[n].end for n in ("amount", "high", "period") if n in b.captures]
    starts = [b.captures[n].start for n in ("amount", "low") if n in b.captures]
    if not ends or not starts or not _PASSIVE_PAY.search(b.sentence[: min(starts)]):
        return None
    m = _PAID_BY_NAME.match(b.sentence[max(ends) :])
    return m.group("name").rstrip(".") if m else None


def _piece(b: BuildInput) -> str | None:
    """The thing a sum of pay is paid per ("a parcel", "for every order"), read right
    after the sum (or after its period, which a piece rate has none of)."""
    if "period" in b.captures:
        return None
    ends = [b.captures[n].end for n in ("amount", "high") if n in b.captures]
    if not ends:
        return None
    end = max(ends)
    after = piece_after(b.sentence[end : end + 60], b.parsers.k)
    if after is not None:
        return after
    start = min(b.captures[n].start for n in ("amount", "low") if n in b.captures)
    return piece_before(b.sentence[max(0, start - 80) : start], b.parsers.k)


@lru_cache(maxsize=8)
def _not_wages_said(words: frozenset[str]) -> tuple[re.Pattern[str], re.Pattern[str]]:
    """Searches for a phrase of ``words`` said of an amount right after it and right
    before it, compiled once per lexicon rather than once per salary read."""
    phrases = "|".join(sorted((re.escape(w) for w in words), key=lambda w: (-len(w), w)))
    after = rf"^\s*(?:in|of|as|from)\s+(?:(?:a|an|the|their|its|[\w-]+)\s+)?(?:{phrases})\b"
    before = rf"\b(?:{phrases})\s+(?:of|worth|at|was|is|were|are|reached|totalled|totaled)\s+$"
    return re.compile(after, re.IGNORECASE), re.compile(before, re.IGNORECASE)


def _not_wages(b: BuildInput) -> bool:
    """True when the amount is money paid for no job (lexicon ``not_wages``): said of it
    right after ("$300 a week in strike pay", "£900 a month as a pension") or right
    before ("strike pay of $300 a week")."""
    words = b.parsers.k.words("not_wages")
    if not words:
        return False
    after, before = _not_wages_said(frozenset(words))
    start = min(c.start for c in b.captures.values()) if b.captures else b.match_start
    end = max((c.end for c in b.captures.values()), default=b.match_start)
    return bool(
        after.search(b.sentence[end : end + 60])
        or before.search(b.sentence[max(0, start - 40) : start])
    )


def _pay_of(b: BuildInput) -> tuple[str | None, str | None, tuple[str, ...]]:
    """Whose pay a sentence gives when it says so by a description: "the role pays",
    "that job comes with": the job and employer of the nearest job claim before;
    "the carmaker pays": the company named before. (job, employer, fields resolved)."""
    descriptions = b.parsers.descriptions
    if b.earlier_jobs and _job_described(b):
        job = _job_meant(b)
        if job.employer is None:
            return job.title, None, ("job",)
        return job.title, job.employer, ("job", "employer")
    if said := descriptions.last(b.sentence, "employer"):
        company = _described_company(b, said.group(0).split()[-1].lower())
        if company is not None:
            return None, company, ("employer",)
    return None, None, ()


# What puts a job's description after the pay on that job: "£40,000 for the role",
# "£40,000 in the new post", "£40,000 with the job".
_FOR_THE_JOB = re.compile(r"\b(?:for|in|with|of|on)\s+(?:\w+\s+){0,2}$", re.IGNORECASE)


def _job_described(b: BuildInput) -> bool:
    """True when the sentence describes the job its pay is for ("the role pays", "the
    post comes with", "£40,000 for the role"). A description after the pay that no
    preposition ties to it is about something else ("..., say people who have done the
    job")."""
    said = b.parsers.descriptions.last(b.sentence, "job")
    if said is None:
        return False
    if said.start() < b.match_start:
        return True
    return bool(_FOR_THE_JOB.search(b.sentence[max(0, said.start() - 30) : said.start()]))


def _hired_role(title: str, kind: str, b: BuildInput) -> bool:
    """True when a hiring verb's object ends in a word that names a job only there
    (knowledge ``hired_roles``: "relief mail carriers")."""
    last = re.search(r"([A-Za-z]+)$", title)
    if kind != "hired" or last is None:
        return False
    word = last.group(1).lower()
    return word in b.parsers.k.hired_roles or word.removesuffix("s") in b.parsers.k.hired_roles


def _title_has_role(title: str, b: BuildInput) -> bool:
    words = re.findall(r"[A-Za-z][\w.-]*", title)
    # A role may end a compound: "secretary-treasurer", "co-president"; or open one
    # whose rank follows it: "secretary-general".
    return any(
        b.parsers.k.is_role(part)
        for w in words
        for part in (w, w.rsplit("-", 1)[-1], w.split("-", 1)[0])
    )


# A posting title's marks at its end: a specifier in brackets, then a level after a dash.
_POSTING_MARKS = re.compile(rf"\((?-i:[{UPPER}])[^()]*\)\s*[-–—]\s*{LEVEL}$")

# A level written after the title: ", L5", "at Grade 7" ("Engineer II" keeps its "II").
_LEVEL = re.compile(rf"(?:,\s*|\s+at\s+)((?-i:{LEVEL_AT}))$")
_LEVEL_AFTER = re.compile(
    rf"(?:,\s*|\s+(?:at|on)\s+)((?-i:{LEVEL_AT}))(?![\w-])"
    # The scale or staff group the grade belongs to, named before it: "at Support
    # Services Grade III", "on Clerical Officer Band 4", ", Nursing Level 2".
    rf"|(?:,\s*|\s+(?:at|on)\s+)(?:(?-i:[{UPPER}][\w&'’-]*)\s+){{1,3}}?((?-i:{LEVEL_WORD}))(?![\w-])"
)
_LEVEL_INSIDE = re.compile(rf"(?<![\w-])((?-i:{LEVEL_WORD}|{LEVEL_CODE}|{ROMAN}))(?![\w-])")
# A number that ends a title is its level ("Maintenance Technician 3").
_NUMBER_END = re.compile(r"(?<=[A-Za-z])\s+(\d{1,2})$")
# A level right after a title, bare or in brackets ("Operator II", "Registrar (ST2)").
_LEVEL_NEXT = re.compile(rf"(?:\s+{LEVEL}|\s*\(\s*{LEVEL}\s*\))")
_HIRING_BEFORE = re.compile(
    r"\b(?:hir\w*|recruit\w*|seek\w*|looking\s+for|advertis\w*(?:\s+for)?|wants?|needs?)\s*$",
    re.IGNORECASE,
)
# A word of hiring, or an ad's noun, right before a quoted title: 'is recruiting a "...',
# 'a vacancy for a "...', 'the post of "...'. Not a bare "for" or "as" ('known as "...'),
# nor "seeking", which a union says of what it demands ('seeking a "New Deal"').
_HIRING_QUOTE = re.compile(
    r"\b(?:hir(?:e|es|ed|ing)|recruit(?:s|ed|ing)?|looking\s+for"
    r"|advertis(?:e|es|ed|ing)(?:\s+for)?|(?:vacanc(?:y|ies)|posting|opening|advert|ad|listing)"
    r"\s+for|(?:role|position|post|job)\s+of)"
    r"\s+(?:(?:a|an|the|its|their)\s+)?(?:new\s+|open\s+)?(?:[“\"‘']\s*)?$",
    re.IGNORECASE,
)
# Wanting or needing is said of demands too ('the union wants a "New Deal"'): after it a
# quoted name counts as an ad's title only in a title's form in another language
# ('needs a "Técnico de Mantenimiento"').
_WANTING_QUOTE = re.compile(
    r"\b(?:wants?|needs?)\s+(?:(?:a|an|the)\s+)?(?:new\s+)?(?:[“\"‘']\s*)?$", re.IGNORECASE
)
# A quoted name set beside a title, after a dash, a comma or a bracket: "a shift lead —
# a "Schichtleitung (m/w/d)" —", "a lock keeper (a "Sluiswachter")".
_NAMED_AFTER = re.compile(
    r"\s*(?:[—–]|\s-|,|\()\s*(?:(?:a|an|the|its)\s+)?[“\"‘](?P<name>[^”\"’“]{2,120})[”\"’]"
)
# What such a title looks like: a word in capitals first, a few words in all.
_QUOTED_AD_TITLE = re.compile(r"(?-i:[A-ZÄÖÜÀ-Þ])\S*(?:\s+\S+){0,7}")
# "the union's president": a title owned by a party named only by a common noun.
_OWNER_NOUN = re.compile(r"\b(?:the|its|their)\s+([a-z]+)[’']s\s+$", re.IGNORECASE)
_TITLE_WORD = re.compile(r"\s+([A-Za-z][\w&/+.-]*)")


def _singular(title: str) -> str:
    """A title with its last word in the singular ("truck drivers" -> "truck driver")."""
    m = re.search(r"([A-Za-z]+)$", title)
    if m is None:
        return title
    word = m.group(1)
    lower = word.lower()
    if lower.endswith("ies") and len(word) > 4:
        one = word[:-3] + "y"
    elif lower.endswith(("ches", "shes", "sses", "xes")):
        one = word[:-2]
    elif lower.endswith("s") and not lower.endswith("ss"):
        one = word[:-1]
    else:
        return title
    return title[: m.start()] + one


def _longer_title(after: str, b: BuildInput) -> str:
    """The words after a title that carry it on to a later role word, if any (up to four:
    "staff" + " software engineer")."""
    pos, best = 0, ""
    for _ in range(4):
        m = _TITLE_WORD.match(after, pos)
        if m is None or m.group(1).lower() in TITLE_STOPS:
            break
        pos = m.end()
        if b.parsers.k.is_role(m.group(1)):
            best = after[:pos].rstrip(".,;:")
    return best


# Words after a title that end its noun phrase though TITLE_STOPS does not list them:
# times, pointers and adverbs ("hiring a trainee this summer", "an assistant now").
_PHRASE_ENDS = frozenset(
    "this that these those next last every each now today tonight tomorrow soon again also "
    "too only already still yet just here there abroad nationwide locally immediately "
    "urgently than plus via per like job jobs role roles position positions vacancy vacancies "
    "opening openings post posts posting postings".split()
)
_NOUN = re.compile(r"\s+([A-Za-z][a-z]*(?:-[A-Za-z][a-z]*)*)(?![\w’'-])")


def _noun_phrase_end(title: str, after: str, b: BuildInput) -> str:
    """The words after a title that end its noun phrase when its last word is a role
    that also ranks or qualifies a job ("a second assistant camera", "an executive
    producer"), or when a plural noun follows a role used as a modifier ("cabin crew
    members"): a title ends where its noun phrase does, not at the last role word. At
    most two words, of the title's own case, and only when a word that ends a phrase
    (or punctuation) follows them; "" otherwise."""
    k = b.parsers.k
    last = re.search(r"([A-Za-z]+)$", title)
    if last is None:
        return ""
    word = last.group(1)
    modifies = word.lower() in k.seniority and k.is_role(word)
    pos = 0
    taken: list[str] = []
    while len(taken) < 2 and (m := _NOUN.match(after, pos)):
        noun = m.group(1)
        lower = noun.lower()
        if (
            lower in TITLE_STOPS
            or lower in _PHRASE_ENDS
            or noun[0].isupper() != word[0].isupper()
            or lower.endswith(("ly", "ing", "ed"))
            or k.is_role(noun)
        ):
            break
        taken.append(noun)
        pos = m.end()
    if not taken:
        return ""
    if not modifies:
        # "crew members": a plural noun after a singular role, as one phrase.
        plural = taken[-1].lower()
        if (
            len(taken) > 1
            or word.endswith("s")
            or not plural.endswith("s")
            or plural.endswith("ss")
        ):
            return ""
    rest = after[pos:]
    following = _NOUN.match(rest)
    if following is not None:
        lower = following.group(1).lower()
        if lower not in TITLE_STOPS and lower not in _PHRASE_ENDS:
            return ""  # the phrase goes on past two words: no telling where it ends
    elif not re.match(r"\s*(?:$|[^\w\s])", rest):
        return ""
    return after[:pos]


# Capitalised words right after a title in capitals, up to where the phrase ends: the
# field some titles write after the role with no dash ("Engineer Aircraft Performance",
# "Manager Customer Operations"), as German and Dutch ads write them in English.
_FIELD_IN_CAPITALS = re.compile(
    rf"(?:\s+(?-i:[{UPPER}][{LOWER}][\w&/-]*|&)){{1,3}}"
    r"(?=\s*(?:[,.;:(]|$)|\s+(?:to|for|who|with|in|at|on|based|from|and|or|that|which)\b)"
)
_CALENDAR = frozenset(
    "monday tuesday wednesday thursday friday saturday sunday january february march april "
    "may june july august september october november december".split()
)


def _title_cased(title: str) -> bool:
    """True when every word of a title starts with a capital ("Senior Engineer")."""
    words = re.findall(r"[^\W\d_][\w.-]*", title)
    return bool(words) and all(w[0].isupper() for w in words)


def _field_in_capitals(after: str, b: BuildInput) -> str:
    """The capitalised field that carries a title on after its role (see
    :data:`_FIELD_IN_CAPITALS`), or "": never a date, a known name (a company, a person)
    or another role, which would start another phrase."""
    m = _FIELD_IN_CAPITALS.match(after)
    if m is None:
        return ""
    words = m.group(0).split()
    if any(w.lower() in _CALENDAR or b.parsers.k.is_role(w) for w in words):
        return ""
    if b.ctx.names.kinds.get(" ".join(words)) is not None:
        return ""
    return m.group(0)


_JOBS_AFTER = re.compile(r"\s+(?:jobs|positions|roles|vacancies|openings|posts)\b", re.IGNORECASE)
# What may stand before a title: an article, a number, "its first"...
_ARTICLE_BEFORE = re.compile(
    r"(?:\b(?:a|an|the|its|their|one|two|three|four|five|several|more|new|first|\d+)|[“\"‘'])\s*$",
    re.IGNORECASE,
)


# A title's capitalised "of" part: "chief executive of Corvel Glass", "Head of Product".
_OF_NAME = re.compile(rf"\s+of\s+(?=(?-i:[{UPPER}]))")
# What may stand before a title that heads an organisation without changing that.
_HEAD_PREFIX = re.compile(
    r"^(?:(?:deputy|interim|acting|joint|founding|former|outgoing|incoming|new)\s+)*",
    re.IGNORECASE,
)
# "chief operating officer", "Chief People Officer": the officers who run a whole
# organisation, of whatever function.
_CHIEF_OFFICER = re.compile(r"^chief\s+(?:[\w&-]+\s+){1,3}officer$", re.IGNORECASE)


def _heads_organisation(title: str, b: BuildInput) -> bool:
    """True for a title held over a whole organisation (lexicon ``organisation_heads``,
    or a chief ... officer)."""
    k = b.parsers.k
    bare = _HEAD_PREFIX.sub("", title).strip()
    # A short form heads what its full form heads ("CFO": chief financial officer).
    head = " ".join(k.abbreviations.get(bare, bare).lower().split())
    return head in k.words("organisation_heads") or bool(_CHIEF_OFFICER.match(head))


def _of_employer(title: str, b: BuildInput) -> tuple[str, str] | None:
    """A title and its employer, when the title's capitalised "of" part names an
    organisation rather than a department: by the tables, by the name's form (a legal
    form, a union's words, what the article calls it), by the article having named it
    as an organisation before, or because the title heads a whole organisation. "chief
    executive of Corvel Glass" is the chief executive at Corvel Glass; "Director of
    Research" and "Head of Product" keep their "of" part."""
    of = _OF_NAME.search(title)
    if of is None:
        return None
    head, name = title[: of.start()], title[of.end() :]
    known = b.parsers.orgs(name, b.ctx)
    if known and known[0][1] == 0 and known[0][2] == len(name):
        return head, known[0][0]
    canonical = b.ctx.names.canonical(name)
    if (
        b.ctx.names.kind(name) is not None
        or canonical in b.earlier_orgs
        or _heads_organisation(head, b)
    ):
        return head, canonical
    return None


def _employer(b: BuildInput, before: int | None = None) -> str | None:
    """The employer: named in the match, else in the sentence, else nearby earlier."""
    return _employer_resolved(b, before)[0]


# Words a capitalised-name capture takes at a sentence's start that name no one.
_PRONOUNS = frozenset("it they we he she this that these those".split())


def _employer_resolved(b: BuildInput, before: int | None = None) -> tuple[str | None, bool]:
    """The employer (see :func:`_employer`), and whether it was taken from before the
    sentence, by a description ("at the carmaker") or for want of a name in it."""
    named: list[str] | None = b.value("employer")
    if named and named[0].lower() in _PRONOUNS:
        # "It is also recruiting ...": the company named before.
        earlier = _earlier_company(b)
        return earlier, earlier is not None
    if named and (owner := _owner_of_place(b)) is not None:
        # "Haverly Bank in Leeds, West Yorkshire, is hiring": the name the pattern took
        # is the second part of where the employer is; the employer stands before it.
        return owner, False
    if named:
        said = b.parsers.descriptions.describe(named[0])
        if said is not None and said.kind != "job":
            # "a welder at the carmaker": the carmaker named before.
            earlier = (
                _earlier_union(b) if said.kind == "union" else _described_company(b, said.head)
            )
            return earlier, earlier is not None
        name = b.ctx.names.canonical(_whole_name(named[0], b))
        if name not in b.parsers.k.organisations:
            name = re.sub(r"^(?:The|the)\s+", "", name)
        return name, False
    if (head := _description_at(b)) is not None:
        # "The fire brigade is recruiting ...": the organisation named before whose
        # name carries the description's noun, else the nearest company; never a place
        # in the sentence, nor any other name.
        named_so = (n for n in b.earlier_orgs if names_head(n, head))
        earlier = next((n for n in named_so if not b.parsers.is_union_name(n, b.ctx)), None)
        if earlier is None:
            firms = (n for n in b.earlier_orgs if b.parsers.is_company_name(n, b.ctx))
            earlier = next(firms, None)
        if earlier is None and head in b.parsers.k.words("refer_employer"):
            # "The chain is looking for ...": a business's noun points to the nearest
            # organisation named before that is no union, place or public body, as
            # "the chain's" does.
            earlier = _described_company(b, head)
        return earlier, earlier is not None
    text = b.sentence if before is None else b.sentence[:before]
    # A name in brackets is an aside: a source ("(Wikipedia)"), a customer, a short
    # form; the subject the verb goes with stands outside them.
    text = _BRACKETED.sub(lambda m: " " * len(m.group()), text)
    proper = b.parsers.proper_names(text, b.ctx)
    for name, _, end in reversed(proper):
        if text[end : end + 2] in ("’s", "'s"):
            owned = next((n for n, s, _ in proper if s == end + 3), None)
            if owned is not None and _VERB_AFTER.match(text, end + 3 + len(owned)):
                # "Lisbon's Torre Digital has an opening": a name owned by a place is
                # the subject that hires, the owner only where it is.
                return b.ctx.names.canonical(owned), False
            # "Tessel Bank's Leeds branch is hiring": the owner is the employer.
            return b.ctx.names.canonical(name), False
    called = [n for n, _, _ in proper if b.ctx.names.kinds.get(n) == "company"]
    if called:
        # "Take Frameloop, a small AI video startup, ...": the appositive says which
        # name is the company.
        return called[-1], False
    known = b.parsers.orgs(text, b.ctx)
    # "Dana Ruiz, the bank's treasurer": the person who holds the title is not whom
    # it is held at.
    person = " ".join(str(b.value("person") or "").split())
    places = _place_spans(text, proper, b)
    spans = [
        (n, s, e)
        for n, s, e in proper
        if not b.parsers.is_union_name(n, b.ctx)
        and not any(ks <= s and e <= ke for _, ks, ke in known)
        and n != person
        # "Corrin Haulage in Lyon has a Night Dispatcher role open": a name after a
        # word of place is where the employer is, not who; so is the region after it
        # ("in Tulsa, Oklahoma, has").
        and (s, e) not in places
        # "at its Kelso depot": a name after a possessive describes a thing of the
        # employer's, and is none.
        and not _AFTER_POSSESSIVE.search(text, 0, s)
        # "The Leeds-based grocer", "the Norwegian lender": a word of where describes
        # the employer named before, and names no one.
        and not _describes_where(n, b)
        # "Tarrow Plant, an ISO-certified hire firm, is ...": a name in the description
        # set after the employer's name is part of what it says of the employer.
        and not _in_apposition(text, s, proper)
    ]
    unnamed = [span for span in spans if _describes_unnamed(text, span, b)]
    names = [n for n, s, e in spans if (n, s, e) not in unnamed]
    if names:
        return names[-1], False
    if unnamed:
        # "A Bergen firm's newest advert is headed ...": the sentence's employer is one it
        # does not name; no other name, nor one named before, is it.
        return None, False
    orgs = known
    companies = [n for n, _, _ in orgs if b.parsers.k.organisations[n].category == "company"]
    if companies:
        return companies[-1], False
    if _UNNAMED_SUBJECT.search(text) or _UNNAMED_HIRER.search(text):
        # "One contractor in Ulsan is advertising for ...", "I came across a bakery in
        # Tarn advertising ...": the employer is one the sentence does not name, not
        # the company named before.
        return None, False
    earlier = _earlier_company(b)
    return earlier, earlier is not None


_BRACKETED = re.compile(r"\([^()]*\)|\[[^\[\]]*\]")
# A capitalised word that says where a company is from or sits: "Leeds-based",
# "Denver-headquartered", "Oslo-listed".
_WHERE_ADJECTIVE = re.compile(
    r"[\w'’.-]+-(?:based|headquartered|born|founded|listed|registered|owned|run)", re.IGNORECASE
)


# An indefinite article or "one" before a name: "a Texas hospital", "one Lyon agency".
_INDEFINITE_BEFORE = re.compile(r"(?<![\w’'-])(?:a|an|one|another)\s+$", re.IGNORECASE)
_NOUN_AFTER = re.compile(r"\s+((?-i:[a-z])[\w-]*)")


# Words that point back to a party named before, or tell who said something: none of
# them is part of a description that names no one ("a bakery in Tarn").
_POINTS_BACK = "the|this|that|these|those|its|their|who|which|said|says|told|tells"


def _unnamed(stops: str) -> str:
    """The pattern of an indefinite article or "one" and one to six words, none of
    ``stops`` (alternatives joined by "|"): a party described but not named."""
    return rf"(?:one|an?|another)\s+(?:(?!(?:{stops})\b)[\w’'&.-]+\s+){{1,6}}?"


# A subject the sentence gives no name, opening it (after a lead-in and a comma): an
# indefinite article or "one", a few words, none a pointer back or a verb of saying,
# then the subject's verb ("One contractor in Ulsan is now advertising for", "A Texas
# hospital wants"). Not "A spokesman said the firm is hiring": the firm named before.
_UNNAMED_SUBJECT = re.compile(
    r"^(?:[^,]{0,60},\s*)?"
    + _unnamed(_POINTS_BACK)
    + r"(?:is|are|was|were|has|have|had|will|wants|needs|seeks|hires|recruits|advertises"
    r"|posted|lists|listed|offers|opened)\b",
    re.IGNORECASE,
)


# An employer the sentence gives no name, anywhere in it, right before the verb of
# hiring the claim's title follows: an indefinite article or "one", a few words, none a
# pointer back, a pronoun, a joining word or a verb of being or saying, then that verb,
# maybe after "that is" ("I also came across a bakery in Tarn advertising for a", "there
# is one yard near Kelso that is now hiring a"). Not "it won a contract and is hiring":
# the employer named before.
_UNNAMED_HIRER = re.compile(
    r"(?<![\w’'-])"
    + _unnamed(
        _POINTS_BACK + "|it|they|he|she|we|i|you|and|but|or|so|then|is|are|was|were|has|have|had"
    )
    + r"(?:(?:that|which|who)\s+)?(?:(?:is|are|was|were|has\s+been|had\s+been|now|also|still"
    r"|currently)\s+){0,3}"
    r"(?:advertis|hir|recruit|seek|look|list|post)\w*\b[^,;:()]{0,25}$",
    re.IGNORECASE,
)


def _describes_unnamed(text: str, name: tuple[str, int, int], b: BuildInput) -> bool:
    """True when a name stands between an indefinite article (or "one") and an
    employer's noun ("one Manchester agency", "a Texas hospital"): it says where an
    employer the sentence does not name is, and is no employer's name itself."""
    _, start, end = name
    if not _INDEFINITE_BEFORE.search(text, 0, start):
        return False
    noun = _NOUN_AFTER.match(text, end)
    k = b.parsers.k
    return noun is not None and noun.group(1) in k.words("refer_employer") | k.words("institutions")


# The opening of a description in apposition to the name before it: its comma, an
# article and up to three small words ("Tarrow Plant, a family-run ...").
_APPOSITION_OPENS = re.compile(
    r",\s+(?:an?|the|one)\s+(?:(?-i:[a-z][\w’'-]*)\s+){0,3}$", re.IGNORECASE
)


def _in_apposition(text: str, start: int, proper: Sequence[tuple[str, int, int]]) -> bool:
    """True when the name at ``start`` stands in a description set off by commas right
    after another name, the subject of the verb after them ("Tarrow Plant, an
    ISO-certified hire firm, is hiring"): it describes that subject. Not in "Jo Park, a
    Tarrow Plant manager, said ...", where the subject is a speaker."""
    opening = _APPOSITION_OPENS.search(text, 0, start)
    return (
        opening is not None
        and any(e == opening.start() for _, _, e in proper)
        and _APPOSITION_CLOSES.match(text, start) is not None
    )


def _describes_where(name: str, b: BuildInput) -> bool:
    """True when a capitalised word describes where an employer is (see
    :data:`_WHERE_ADJECTIVE`) or whose nation it is ("Norwegian"): no employer's name."""
    nations = b.parsers.k.words("nationalities")
    return bool(_WHERE_ADJECTIVE.fullmatch(name)) or name in nations or name.lower() in nations


def _place_spans(
    text: str, proper: Sequence[tuple[str, int, int]], b: BuildInput
) -> set[tuple[int, int]]:
    """The spans of names that say where: after a word of place ("in Lyon"), and each
    name after a comma that follows such a name ("in Tulsa, Oklahoma")."""
    out: set[tuple[int, int]] = set()
    last_end = -1
    for _, s, e in proper:
        if _AFTER_PLACE_WORD.search(text, 0, s) or (
            last_end >= 0 and re.fullmatch(r",\s*", text[last_end:s])
        ):
            out.add((s, e))
            last_end = e
        else:
            last_end = -1
    return out


def _owner_of_place(b: BuildInput) -> str | None:
    """The name before "in Place," when the employer a pattern took is the region that
    follows it ("Haverly Bank in Leeds, West Yorkshire, is hiring" took "West
    Yorkshire"): the employer is "Haverly Bank". None otherwise."""
    cap = b.captures.get("employer")
    if cap is None:
        return None
    text = b.sentence[: cap.start]
    proper = b.parsers.proper_names(text, b.ctx)
    if not proper or not re.fullmatch(r",\s*", text[proper[-1][2] :]):
        return None
    word = _AFTER_PLACE_WORD.search(text, 0, proper[-1][1])
    if word is None:
        return None
    before = text[: word.start()].rstrip()
    owner = next((n for n, _, e in reversed(proper) if e == len(before)), None)
    return b.ctx.names.canonical(owner) if owner is not None else None


# A verb right after a name, which makes the name its subject: "X has", "X is hiring".
_VERB_AFTER = re.compile(
    r"\s+(?:is|are|was|were|has|have|had|will|wants|needs|seeks|hires|recruits|advertises"
    r"|posted|lists|listed|offers|opened)\b"
)
# The rest of such a description, its closing comma and the subject's verb.
_APPOSITION_CLOSES = re.compile(
    r"[^,]{0,60},(?:\s+(?:also|now|currently|still|meanwhile|again))*" + _VERB_AFTER.pattern
)
# The word of place a name follows when it says where: "a depot in Lyon", "near Tarn".
_AFTER_PLACE_WORD = re.compile(r"(?<![\w])(?:in|near|outside|around)\s+$")
_AFTER_POSSESSIVE = re.compile(r"(?<![\w])(?:its|their|our|his|her)\s+$", re.IGNORECASE)
_DESCRIPTION = re.compile(r"(?-i:[Tt]he)((?:\s+(?-i:[a-z][\w’'-]*)){1,3})")


def _description_at(b: BuildInput) -> str | None:
    """The head noun of a description of an employer the match opens on ("the police
    department", "the county's water authority"), or None."""
    m = _DESCRIPTION.match(b.sentence, b.match_start)
    if m is None:
        return None
    k = b.parsers.k
    nouns = k.words("refer_employer") | k.words("institutions")
    heads = [w for w in m.group(1).split() if w in nouns]
    return heads[-1] if heads else None


def _whole_name(name: str, b: BuildInput) -> str:
    """A captured name widened to the name the sentence writes around it: a pattern
    that stops at a comma catches "Media and Sport" of "Department for Culture, Media
    and Sport"."""
    cap = b.captures["employer"]
    at = cap.start + max(cap.text.find(name), 0)
    for whole, start, end in b.parsers.proper_names(b.sentence[: at + len(name)], b.ctx):
        if start < at and end == at + len(name):
            return whole
    return name


def _earlier_company(b: BuildInput) -> str | None:
    """The nearest organisation named before that is not a union."""
    for name in b.earlier_orgs:
        org = b.parsers.k.organisations.get(name)
        is_company = org.category == "company" if org else not b.parsers.is_union_name(name, b.ctx)
        if is_company:
            return name
    return None


# The title a verb of leading gives: "who heads the data team" is its head.
_LEADER = {
    "lead": "leader",
    "led": "leader",
    "head": "head",
    "run": "head",
    "ran": "head",
    "chair": "chair",
    "direct": "director",
    "manage": "manager",
    "oversee": "head",
    "oversaw": "head",
}
# What a led unit is called when it names no organisation ("the data team").
_UNIT = re.compile(r"^(?-i:[a-z])")


def _led_title(b: BuildInput) -> JobTitleFields | None:
    """A title told by what a person leads: "X, who leads the union's Local 12" is the
    leader of Local 12 at the union named before; "who runs Kestrel Couriers" the head
    of the company; "who heads the agency" the head of the agency named before."""
    verb = str(b.value("leads")).lower()
    noun = _LEADER.get(verb) or _LEADER.get(re.sub(r"(?:s|ed|ing)$", "", verb))
    unit = " ".join(str(b.value("unit") or "").split())
    if noun is None or not unit:
        return None
    owner = b.value("owner")
    employer: str | None
    resolved = False
    title = f"{noun} of {unit}"
    said = b.parsers.descriptions.describe(f"the {unit}") if _UNIT.match(unit) else None
    if owner:
        # "the union's Local 12": the owner is named before.
        described = b.parsers.descriptions.describe(str(owner))
        if described is not None and described.kind == "union":
            employer = _earlier_union(b)
        else:
            employer = _described_company(b, described.head if described else "")
        resolved = employer is not None
    elif b.value("employer"):
        employer, resolved = _employer_resolved(b)
    elif said is not None and said.kind != "job" and len(unit.split()) == 1:
        # "who heads the agency": the agency is the employer, named before.
        employer = _earlier_union(b) if said.kind == "union" else _described_company(b, said.head)
        title, resolved = noun, employer is not None
    elif not _UNIT.match(unit):
        # "who runs Kestrel Couriers": the organisation led is the employer.
        known = b.parsers.org_names(unit, b.ctx)
        employer, title = (known[0] if known else b.ctx.names.canonical(unit)), noun
    else:
        employer, resolved = _employer_resolved(b, b.match_start)
    return JobTitleFields(
        title=title,
        employer=employer,
        person=" ".join(str(b.value("person")).split()) or None,
        quoted=False,
        resolved=("employer",) if resolved else (),
    )


# A relative clause opened by a comma that the captured employer stands in: "Kestrel,
# which runs depots across Leeds, York and Hull, is hiring": the depots' places are
# no employer. A clause of "who" is a person's ("Jo Park, who works as Acme's buyer").
_RELATIVE_OPENED = re.compile(r",\s+which\s[^,;:()]*$")


def _relative_subject(b: BuildInput) -> str | None:
    """The name a relative clause describes, when the employer the rule read stands
    inside that clause: the subject that hires is the name before ", which"."""
    cap, title = b.captures.get("employer"), b.captures.get("title")
    if cap is None or title is None or not b.value("employer") or b.value("person"):
        return None
    if "," not in b.sentence[cap.end : title.start]:
        return None  # the clause must close before the hiring verb
    opened = _RELATIVE_OPENED.search(b.sentence[: cap.start])
    if opened is None:
        return None
    before = b.sentence[: opened.start()]
    names = b.parsers.proper_names(before, b.ctx)
    if names and names[-1][2] == len(before):
        return b.ctx.names.canonical(names[-1][0])
    known = b.parsers.orgs(before, b.ctx)
    if known and known[-1][2] == len(before):
        return known[-1][0]
    # A name alone opening the sentence, which a reading of names may leave for a
    # sentence's first capital ("Quillon, which ...").
    alone = _OPENING_NAME.fullmatch(before)
    if alone is not None and alone.group(1).lower() not in _PRONOUNS:
        return b.ctx.names.canonical(alone.group(1))
    return None


_OPENING_NAME = re.compile(
    rf"\s*((?-i:[{UPPER}][\w&.’'-]*)(?:\s+(?-i:[{UPPER}][\w&.’'-]*)){{0,3}})"
)


# Words in brackets right after a title: "(7.5t)", "(Trainee)".
_KIND_IN_BRACKETS = re.compile(r"\s*\(\s*([^()\[\]]{1,40}?)\s*\)")


def _names_a_kind(words: str, b: BuildInput) -> bool:
    """True when words in brackets after a title name a kind or stage of the job: a
    model or class of what it works with ("7.5t", "Airbus A320", "Class C1"), or
    seniority words alone ("Trainee", "Senior"). Other words there may be a source, a
    translation or an aside ("Reuters", "pictured"), which are no part of the title."""
    split = words.split()
    if not split or len(split) > 3:
        return False
    if models(words):
        return True
    return all(w.lower().strip(".") in b.parsers.k.seniority for w in split)


@lru_cache(maxsize=4)
def _compound_title(roles: frozenset[str]) -> str:
    """A title of one word in small letters ending in a listed role ("butikschef")."""
    return rf"{COMPOUND_HEAD}(?:{'|'.join(map(re.escape, sorted(roles)))})"


def build_job_title(b: BuildInput) -> JobTitleFields | None:
    """title and employer of an advertised or held job."""
    if "leads" in b.captures:
        return _led_title(b)
    cap = b.captures.get("title")
    if cap is None:
        return None
    title = " ".join(str(cap.value).split()).strip(" ,.;:")
    hired = _hired_role(title, cap.kind, b)
    foreign = cap.kind == "hired" and FOREIGN_TITLE.fullmatch(title) is not None
    # "a Sjuksköterska inom akutvård, an emergency nurse," or "a Kierownik Magazynu
    # (Warehouse Manager)": the article's English gloss right after, or in brackets,
    # says the words are a job's name.
    compound = _compound_title(frozenset(b.parsers.k.roles))
    for whole, after in (
        (GLOSSED_TITLE, GLOSS),
        (BRACKETED_TITLE, BRACKET_GLOSS),
        (compound, GLOSS),
    ):
        gloss = after.match(b.sentence, cap.end)
        foreign = foreign or (
            cap.kind == "hired"
            and re.fullmatch(whole, title) is not None
            and gloss is not None
            and _title_has_role(gloss.group(1), b)
        )
    # A gender mark is written only after a job's name: "Pflegefachkraft (w/m/d)".
    foreign = foreign or (cap.kind in ("hired", "title", "quoted") and has_gender_mark(title))
    # A name in capitals quoted right after a word of hiring is the title the ad gives,
    # whatever its role word ('looking for a "Leerkracht groep 3/4"').
    foreign = foreign or (
        cap.kind == "quoted"
        and _QUOTED_AD_TITLE.fullmatch(title) is not None
        and (
            _HIRING_QUOTE.search(b.sentence[: cap.start]) is not None
            or (
                _WANTING_QUOTE.search(b.sentence[: cap.start]) is not None
                and FOREIGN_TITLE.fullmatch(title) is not None
            )
        )
    )
    # A title with a posting's marks, a specifier in brackets and a level after a dash
    # ("Shift Boss (Underground) – Level 2"), is a job's name whatever its role word.
    foreign = foreign or (cap.kind == "hired" and _POSTING_MARKS.search(title) is not None)
    # A title read off the link to its posting is a job's name whatever its words.
    linked = bool(b.constants.get("posting_link"))
    if (
        not title
        or len(title) > 120
        or not (hired or foreign or linked or _title_has_role(title, b))
    ):
        return None
    quoted = cap.kind == "quoted" or bool(re.search(r"[“\"‘']\s*$", b.sentence[: cap.start]))
    before = b.sentence[: cap.start]
    end = cap.end
    extended = False
    if not quoted and b.sentence[cap.start : cap.end].rstrip(" ,.;:") == title:
        # The pattern takes the fewest words that end in a role; "a staff software
        # engineer" and "trainee train drivers" run on to the last role word that follows.
        # Never into what the rule read next: "X's logistics director Aino Salo told
        # staff" does not run on past the name to "staff".
        upto = min((c.start for c in b.captures.values() if c.start >= cap.end), default=None)
        longer = _longer_title(b.sentence[cap.end : upto], b)
        title, end = title + longer, end + len(longer)
        if not _LEVEL_NEXT.match(b.sentence, end):
            rest = _noun_phrase_end(title, b.sentence[end:], b)
            title, end, extended = title + rest, end + len(rest), bool(rest)
        # The level the pattern would have taken after the last role word ("... Systems
        # Operator II") follows the longer title too.
        if longer and (numeral := _LEVEL_NEXT.match(b.sentence, end)):
            title, end = title + numeral.group(0), numeral.end()
        if cap.kind == "hired" and not extended and _title_cased(title):
            field = _field_in_capitals(b.sentence[end:], b)
            title, end = title + field, end + len(field)
    named = None if quoted else _NAMED_AFTER.match(b.sentence[end:])
    if named is not None and _QUOTED_AD_TITLE.fullmatch(name := " ".join(named["name"].split())):
        # "a shift lead — a "Schichtleitung (m/w/d)" —": the title the ad gives, set
        # beside the article's own words for the job, is the title the claim states.
        title, quoted, end = name, True, end + named.end()
    if (
        not quoted
        and not linked
        and _HIRING_BEFORE.search(before)
        and not _ARTICLE_BEFORE.search(before)
    ):
        # With no article, only a plural is a title: "is hiring welders", not "is hiring
        # again".
        head = re.findall(r"[A-Za-z][\w.-]*", title)
        jobs = _JOBS_AFTER.match(b.sentence[end:])
        if not head or not (head[-1].lower().endswith("s") or jobs):
            return None

    last = re.search(r"[A-Za-z]+$", title)
    if (
        not quoted
        and last
        and last.group(0).endswith("s")
        and (extended or hired or b.parsers.k.is_role(last.group(0)))
    ):
        # "is recruiting welders", "hires more officers": the job is "welder", "officer",
        # as its posting names it.
        title = _singular(title)
    kind = None if quoted else _KIND_IN_BRACKETS.match(b.sentence, end)
    if kind is not None and _names_a_kind(kind.group(1), b):
        # "a Delivery Driver (7.5t)", "a Train Driver (Trainee)": the brackets say which
        # kind of the job, or at what stage; they are part of the title the draft states.
        title, end = title + kind.group(0).rstrip(), kind.end()
    employer, resolved = _employer_resolved(b, cap.start)
    if (subject := _relative_subject(b)) is not None:
        employer, resolved = subject, False
    if employer is not None and employer.casefold() == title.casefold():
        # An earlier mention of the same title ("answers to the Head of Dredging") is a
        # capitalised name, but no one is employed by their own title.
        employer, resolved = None, False
    held_at = None if quoted or b.value("employer") else _of_employer(title, b)
    if held_at is not None:
        title, employer = held_at
        resolved = False
    owner = _OWNER_NOUN.search(before)
    if owner and b.value("employer") is None:
        # "the union's president": the union named before; "the bank's head of risk":
        # the company named before.
        said = b.parsers.descriptions.describe(f"the {owner.group(1)}")
        if said is None:
            employer = _earlier_company(b)
        elif said.kind == "union":
            employer = _earlier_union(b)
        else:
            employer = _described_company(b, said.head)
        resolved = employer is not None
    person = b.value("person")
    if person and b.ctx.names.kinds.get(str(person)) is not None:
        return None  # "Pelling Mutual, a Dutch insurer,": a company described, no person
    held_by = b.captures.get("person")
    team = _NAME_AS_TEAM.search(title)
    if person and held_by is not None and team is not None and held_by.start > cap.start:
        # "the union's president, Duncan Crabtree-Ireland": a title's team after a comma
        # that runs straight into the name is the name's first word, not the team.
        between = b.sentence[cap.end : held_by.start]
        if not between.strip():
            title, person = title[: team.start()], f"{team.group(1)} {person}"
    grade = None
    level = _LEVEL.search(title) or _LEVEL_AFTER.match(b.sentence[end:])
    if level and level.string is not title:
        grade = level.group(1) or level.group(2)
    elif level:
        title, grade = title[: level.start()].strip(" ,"), level.group(1)
    elif inside := _LEVEL_INSIDE.search(title) or _NUMBER_END.search(title):
        grade = inside.group(1)
    return JobTitleFields(
        title=title,
        employer=employer,
        person=" ".join(str(person).split()) if person else None,
        level=grade,
        quoted=quoted,
        resolved=("employer",) if resolved else (),
    )


# A team after a title's comma: one or two capitalised words ("president, Duncan").
_NAME_AS_TEAM = re.compile(r",\s+((?-i:[A-ZÀ-ÖØ-Þ][\w'’-]*)(?:\s+(?-i:[A-ZÀ-ÖØ-Þ][\w'’-]*))?)$")


# "About 75,000 health workers": the count is not part of the name.
_COUNT = re.compile(
    r"^(?:(?:about|some|roughly|around|nearly|almost|more\s+than|over|up\s+to)\s+)?"
    r"(?:(?:[\d,.]+|two|three|four|five|six|seven|eight|nine|ten|all|both)\s+"
    r"(?:(?:thousand|million)\s+)?"
    # "Thousands of couriers": a count in words, not part of who they are.
    r"|(?:tens\s+of\s+)?(?:hundreds|thousands|dozens|scores|millions)\s+of\s+)",
    re.IGNORECASE,
)
_WHEN = re.compile(
    r"^(?:(?:this|last|next|that|on|early|late)\s+)?(?:monday|tuesday|wednesday|thursday|friday|"
    r"saturday|sunday|january|february|march|april|may|june|july|august|september|october|"
    r"november|december|week|weekend|morning|afternoon|evening|day|month|year)\b",
    re.IGNORECASE,
)
# A month or a day written short ("on Oct. 4", "Sept 12"): a date, never an employer.
_SHORT_WHEN = re.compile(
    r"^(?:jan|feb|mar|apr|jun|jul|aug|sept?|oct|nov|dec|mon|tues?|wed|thu(?:rs?)?|fri|sat|sun)"
    r"\.?(?:\s+\d{1,2}(?:st|nd|rd|th)?)?,?$",
    re.IGNORECASE,
)
_REFERENCE = re.compile(
    r"^(?:same|other|its|their|his|her|this|that|these|those|such|both|each|either|again|"
    r"them|it|him|us|one|first|last|once|least|most|home|work|night|midnight|dawn|noon|all|"
    r"times|twice|together|early|late)\b",
    re.IGNORECASE,
)


# A note marker glued to the last name of a sentence, with the full stop before it:
# "the APCHQ.³", "Kestrel Air.[4]", "Orla Mills^2".
_NOTE_MARK = re.compile(r"\.?(?:[⁰¹²³⁴⁵⁶⁷⁸⁹]{1,3}|\[\^?\d{1,3}\]|\^\d{1,3})$")


def _unmarked(names: Sequence[str]) -> list[str]:
    """``names`` less a note marker at the end of any: it points to a source, it is no
    part of the name."""
    return [_NOTE_MARK.sub("", n) or n for n in names]


# Heads that employers' bodies share with unions: "the Orvane Oil Association".
_SHARED_HEADS = re.compile(
    r"(?:Association|Federation|Confederation|Council|Alliance|Organi[sz]ation)$"
)


def _struck_body(name: str, b: BuildInput) -> bool:
    """True when ``name`` reads as a union only by a head employers' bodies share
    ("Association", "Federation"), no table calls it one, and it stands right
    after "against": whom a strike is against is the employers' side by that role
    ("struck against the Orvane Oil Association")."""
    cap = b.captures.get("against")
    if cap is None or name in b.parsers.k.organisations:
        return False
    if not _SHARED_HEADS.search(name):
        return False
    # The capture may hold "against" itself ("against the Orvane Oil Association").
    words = _AGAINST_START.sub("", cap.text.lstrip())
    after_against = len(words) < len(cap.text.lstrip()) or bool(
        _AGAINST_END.search(b.sentence[: cap.start])
    )
    return after_against and _DETERMINER_START.sub("", words).startswith(name)


_AGAINST_START = re.compile(r"^against\s+", re.IGNORECASE)
_AGAINST_END = re.compile(r"\bagainst\s*$", re.IGNORECASE)
_DETERMINER_START = re.compile(r"^(?:the|an?)\s+", re.IGNORECASE)


def _party_names(party: Party | None, b: BuildInput, *, employer: bool = False) -> list[str]:
    """The names of a party: the organisations it names, else its own words when they
    name someone ("nurses", "the government"), not when they point back ("the same
    alliance", "the three companies") or are a date or a number. An employer named by
    common words only counts if they name an institution (lexicon ``institutions``)."""
    if party is None:
        return []
    if party.orgs:
        return _unmarked(party.orgs)
    if employer and party.employers:
        return _unmarked(party.employers)  # "struck Toyota's big plant"
    text = _COUNT.sub("", party.text)
    words = text.split()
    if not text or len(words) > 8 or _REFERENCE.match(text) or re.search(r"\d", text):
        return []
    if _WHEN.match(text) or _SHORT_WHEN.match(text):
        return []  # "walked out on Wednesday", "on Oct. 4": a day, not an employer
    if employer and not any(w[:1].isupper() for w in words):
        head = words[-1].lower()
        if head not in b.parsers.k.words("institutions"):
            return []
    owner = _OWNED.match(text)
    if not employer and owner and owner.group(1).lower() not in b.parsers.k.words("refer_union"):
        # "the league's referees": the referees, whoever's they are; a page names them
        # so ("Referees did not join"). A union's members stay the union's.
        return [text[owner.end() :]]
    return [text]


# A common noun in the possessive opening a party's words: "league's referees".
_OWNED = re.compile(r"(?-i:([a-z][\w-]*))[’']s\s+(?=\S)")


def _is_workers(party: Party, b: BuildInput) -> bool:
    """True when a party is workers: a union, or words such as "nurses" or "staff"."""
    k = b.parsers.k
    if any(b.parsers.is_union_name(o, b.ctx) for o in party.orgs):
        return True
    # The lists are looked in one by one: their union, made again for every party, was
    # most of the time this took.
    members, roles = k.words("members"), k.roles
    # "Their colleagues at Vell Health": workers, whoever they are.
    colleagues = k.words("refer_workers")
    words = re.findall(r"[\w-]+", party.text.lower())
    for word in words:
        for form in (word, word.removesuffix("s"), f"{word}s"):
            if form in members or form in roles or form in _WORKER_WORDS or form in colleagues:
                return True
    # Any trade in the plural, by its ending: "glaziers", "radiographers", "linemen".
    return bool(words) and bool(_OCCUPATION_PLURAL.search(words[-1]))


# Nouns that name a group in the singular: "cabin crew", "warehouse staff", "the newsroom".
_COLLECTIVE = frozenset(
    "staff crew workforce personnel team union guild membership newsroom".split()
)


def _one_worker(party: Party, b: BuildInput) -> bool:
    """True when a party is one worker, not a group: its head word is an occupation in
    the singular ("a night porter", "one ICU nurse"), and it names no union."""
    if any(b.parsers.is_union_name(o, b.ctx) for o in party.orgs):
        return False
    words = party.text.split()
    head = words[-1].lower() if words else ""
    if not head or head.endswith("s") or head in _COLLECTIVE:
        return False
    return b.parsers.k.is_role(head) or f"{head}s" in b.parsers.k.words("members")


# A name of capitals ("OLPU", "KTWA Te Kaha"): a body's short name, never a person's.
_ACRONYM_WORD = re.compile(r"\b(?-i:[A-Z]{3,})\b")


def _is_caller(party: Party, b: BuildInput) -> bool:
    """True when a party said to call a strike names a body that may have called it: a
    name with a short form in capitals among its words, or a name of one word ("called
    by Kestrel"; a person is named by two), no company's and no person's."""
    cap = b.captures.get("strikers")
    # One word that is the whole party, after no capitalised word: "Mara Quist" is a
    # person, and "Quist" alone names her.
    person = cap is not None and _FIRST_NAME_BEFORE.search(b.sentence[: cap.start]) is not None
    return bool(party.orgs) and all(
        (
            _ACRONYM_WORD.search(o)
            or (_ONE_WORD.fullmatch(o) and party.text.strip() == o)
            or _body_after_the(o, party, b)
        )
        and not (person and not _ACRONYM_WORD.search(o))
        and not b.parsers.is_company_name(o, b.ctx)
        and b.ctx.names.kind(o) != "person"
        for o in party.orgs
    )


def _body_after_the(name: str, party: Party, b: BuildInput) -> bool:
    """True when a name of two words or more, written after "the", is the whole party
    of a rule that has it bring workers out ("the Kessel Bund pulled nurses off the
    wards"): a person takes no article, so the name is a body's; one ending in a title
    or an occupation ("the Health Secretary") names a person by office."""
    words = name.split()
    cap = b.captures.get("strikers")
    if len(words) < 2 or cap is None:
        return False
    if not (
        b.constants.get("called")
        or (b.value("called") and _BY_BEFORE.search(b.sentence, 0, cap.start))
    ):
        # Only a body said to bring workers out ("pulled its nurses off the wards"), or
        # one a strike is said to be called by ("the stoppage was led by the Tarn Labour
        # Centre"): who "called the strike unlawful" may be a court or a newspaper.
        return False
    # The capture is "the" and the name, nothing more: the party is that one body (its
    # own text may stop short of an "of" inside the name, "the Labour Office of Kell").
    if re.search(rf"(?<![\w’'])(?-i:[Tt]he)\s+{re.escape(name)}\s*$", cap.text) is None:
        return False
    return _body_by_article(name, b)


# "by" just before a party: the strike was called by it, in the passive.
_BY_BEFORE = re.compile(r"(?<![\w-])by\s+$", re.IGNORECASE)


def _body_by_article(name: str, b: BuildInput) -> bool:
    """True when a capitalised name of two words or more, written after "the", names a
    body, not one person by office ("the Health Secretary", "the Harbour Master") nor a
    company the tables know."""
    words = name.split()
    k = b.parsers.k
    known = k.organisations.get(name)
    # Only a table's company counts: a body's name may end in a word companies use too
    # ("the Fare Riders Network").
    if len(words) < 2 or (known is not None and known.category != "union"):
        return False
    last = words[-1].lower()
    return not (
        k.is_role(last)
        or last in k.words("organisation_heads")
        or last in _OFFICES
        or last in _INSTITUTIONS
    )


# Bodies that back or lead many things but never stop work themselves.
_INSTITUTIONS = frozenset(
    "party parties government ministry department commission court tribunal police "
    "parliament assembly senate congress church council authority agency bank company "
    "corporation university school hospital board".split()
)
# Nothing but "the" before a name.
_THE_ONLY = re.compile(r"\s*(?-i:[Tt]he)\s+")
# Offices held by one person, named in capitals as titles.
_OFFICES = frozenset(
    "secretary minister chancellor mayor governor president premier commissioner "
    "director chair chairman chairwoman judge master officer inspector registrar "
    "ombudsman sheriff senator speaker leader chief head general".split()
)


def _short_forms_only(party: Party, b: BuildInput) -> bool:
    """True when the party that strikes is named by short forms in capitals alone that
    the tables do not know as anything else ("OTWU began the walkout"): who walks out is
    a workers' body by that role."""
    return bool(party.orgs) and all(
        _SHORT_NAME.fullmatch(o)
        and o not in b.parsers.k.organisations
        and not b.parsers.is_company_name(o, b.ctx)
        for o in party.orgs
    )


_SHORT_NAME = re.compile(r"(?-i:[A-Z]{3,6})")
# Letters of any alphabet after the capital: "Solidarność", "Kestrel", "Ver.di".
_ONE_WORD = re.compile(rf"(?-i:[{UPPER}][^\W\d_{UPPER}][^\W\d_]*(?:\.[a-z]{{2,}})?)")
_FIRST_NAME_BEFORE = re.compile(
    r"(?<![\w’'])(?!(?:On|In|At|By|Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday|"
    r"January|February|March|April|May|June|July|August|September|October|November|"
    rf"December|Then|Later|Now|Today|Yesterday)\s)(?-i:[{UPPER}][{LOWER}]+)\s+$"
)


_WORKER_WORDS = frozenset({"union", "unions", "guild"})
_OCCUPATION_PLURAL = re.compile(
    r"\w{2,}(?:ers|ors|ists|ians|ics|ants|ents|wrights|smiths|men|women|hands|crews|staff)$"
)


# Who "called" a strike something, in a clause of "what" ("in what organisers called the
# biggest walkout"): naming it, not calling it.
_WHAT_CALLED = re.compile(r"\bwhat\s+(?:[\w’'-]+\s+){0,2}[\w’'-]+\s*$", re.I)


# A strike "by" a party that would (could, might) have been or be something: told as
# what did not or has yet to happen, in the clause of the party itself.
_WOULD_BE = re.compile(r"[^,;:.]{1,120}?\s(?:would|could|might)\s+(?:have\s+been|be)\b", re.I)


_DENIED = re.compile(
    r"\b(?:not|never|n['’]t|no\s+longer|refused\s+to|declined\s+to)\s*$", re.IGNORECASE
)


# A subject that is one person: a title in small letters, then the person's name between
# commas ("the airline's chief executive, Ann Lee,"). Someone who speaks of a strike is no
# party to it.
_ONE_PERSON = re.compile(
    rf"\b(?-i:[{LOWER}][\w-]*),\s+(?-i:[{UPPER}][{LOWER}'’-]+(?:\s+[{UPPER}][\w'’-]+){{1,2}}),?\s*$"
)


# A name, then one description in commas, right before the verb: "Ina Roth, a shop
# steward at Velmont," (a person described) or "Tarn Workers Union, the largest union,".
# A person's name: no article before it, no word of capitals alone ("the KSU, the
# signallers' union," is a body).
_APPOSED = re.compile(
    rf"(?:^|[.;:]\s+)(?P<name>(?-i:(?!The\s)[{UPPER}][{LOWER}'’-]+"
    rf"(?:\s+[{UPPER}](?=[\w'’-]*[{LOWER}])[\w'’-]+){{1,2}})),\s+"
    r"(?:a|an|the)\s+[^,]{1,80},\s*$"
)


def _is_person_apposed(b: BuildInput, end: int) -> bool:
    """True when what the sentence says strikes, up to ``end``, is a person described in
    apposition, no organisation by the tables, its form or the article."""
    m = _APPOSED.search(b.sentence[:end])
    if m is None:
        return False
    name = m.group("name")
    return not (
        b.parsers.org_names(name, b.ctx)
        or b.parsers.is_union_name(name, b.ctx)
        or b.ctx.names.kinds.get(name) is not None
    )


# Words that point back to a workers' organisation named before ("members of the guild").
_UNION_REFERENCE = re.compile(
    r"\b(?:the|its|their)\s+(?:(?P<mod>\w+)\s+)?(?P<noun>union|unions|guild|federation|brotherhood|"
    r"association|local|coalition|alliance|confederation)\b",
    re.IGNORECASE,
)
# Nouns that name many kinds of body besides a union (a party bloc, a trade alliance):
# "the alliance" points back to a union only when that union's own name says alliance.
_NAMED_ONLY = frozenset({"alliance", "confederation"})


# Members told by a possessive only, at a party's end, right after what their body says:
# "X said its members", "X stated that their own members". Only the speaker's own members
# are read so: in "X was not involved; its members struck in July" they tell another time.
_POSSESSED_MEMBERS = re.compile(
    r"\b(?:said|says|stated|states|told|announced|confirmed|insisted|added)\s+(?:that\s+)?"
    r"(?:its|their)\s+(?:own\s+)?members\s*$",
    re.IGNORECASE,
)


def _possessor_union(captured: str, b: BuildInput) -> str | None:
    """The union a party told as "its members" belongs to: the first the sentence names
    before them ("The Orla Guild, which represents clerks, said its members ...")."""
    m = _POSSESSED_MEMBERS.search(captured)
    if m is None:
        return None
    return _first_union(b.sentence[: b.match_start] + captured[: m.start()], b)


def _points_to_union(text: str, union: str, b: BuildInput) -> bool:
    """True when ``text`` points back to ``union`` by a description ("the union", "its
    Korean union", "the Tarn union" of the Tarn Dockers Union). A capitalised word
    before the noun that is neither a nationality nor a word of that union's names is a
    name of its own: "represented by the Vesta union" names another body, not the one
    named before."""
    org = b.parsers.k.organisations.get(union)
    names = (union, *(org.aliases if org else ()))
    own = {w.lower() for n in names for w in re.findall(r"[\w'’-]+", n)}
    nationalities = {w.lower() for w in b.parsers.k.words("nationalities")}
    for m in _UNION_REFERENCE.finditer(text):
        if m.group("noun").lower() in _NAMED_ONLY and m.group("noun").lower() not in own:
            continue
        mod = m.group("mod") or ""
        if not mod[:1].isupper() or mod.lower() in own | nationalities:
            return True
    return False


def _named_body(strikers: Party, cap: Capture | None, b: BuildInput) -> Party | None:
    """The union a party points back to by a noun that names many kinds of body ("the
    alliance", "the confederation"), where the union named before has that noun in its
    own name; None otherwise, so that "the ruling alliance" stays nobody's workers."""
    if strikers.orgs or cap is None:
        return None
    own = _own_words(cap.text, strikers)
    m = _UNION_REFERENCE.search(own)
    if m is None or m.group("noun").lower() not in _NAMED_ONLY:
        return None
    union = _earlier_union(b)
    if union is None or not _points_to_union(own, union, b):
        return None
    return Party(union, (union,), strikers.employers)


# How many of the unions named last "the union" may point back to.
RIVALS = 6


def _earlier_union(b: BuildInput) -> str | None:
    """The union named in an earlier sentence that the text is about at this point: the
    most salient (named in more of the sentences just before), the nearest on a tie.
    In a story of an actors' strike that mentions the writers' guild in passing, "the
    union's president" is the actors' union's."""
    # A union the last few named have left behind is no longer what the text is about.
    found = (o for o in b.earlier_orgs if b.parsers.is_union_name(o, b.ctx))
    unions = list(islice(found, RIVALS))
    if not unions or b.salience is None:
        return unions[0] if unions else None
    weigh = b.salience
    return max(enumerate(unions), key=lambda p: (weigh(p[1]), -p[0]))[1]


def _sentence_union(b: BuildInput) -> str | None:
    """The first union the sentence names before the match."""
    return _first_union(b.sentence[: b.match_start], b)


def _first_union(before: str, b: BuildInput) -> str | None:
    """The first union ``before`` names, by the tables or by its name's form."""
    for name, _, _ in b.parsers.orgs(before, b.ctx):
        if b.parsers.is_union_name(name, b.ctx):
            return name
    for name, _, _ in b.parsers.proper_names(before, b.ctx):
        name = b.ctx.names.canonical(name)
        if b.parsers.is_union_name(name, b.ctx):
            return name
    return None


# The first words of a phrase, for a description at its start ("the carmaker at two
# plants", "the company's plants").
_OPENING = re.compile(r"^\s*(?:the|that|this)\s+[\w-]+(?:\s+(?![\w-]+[’']s\b)[a-z]+)?", re.I)


def _described_employer(party: Party, text: str, b: BuildInput) -> str | None:
    """The employer a party names only by a description ("the carmaker", "the
    company's plants"): the last company the sentence names before the match, else the
    nearest named before it. ``text`` is the party's words as written."""
    if party.orgs or party.employers:
        return None
    opening = _OPENING.match(text)
    if opening is None:
        return None
    words = opening.group(0).split()
    said = [b.parsers.descriptions.describe(" ".join(words[:n])) for n in (3, 2)]
    head = next((d.head for d in said if d is not None and d.kind == "employer"), None)
    if head is None:
        return None
    here = [
        n
        for n, _, _ in b.parsers.orgs(b.sentence[: b.match_start], b.ctx)
        if not b.parsers.is_union_name(n, b.ctx)
    ]
    return here[-1] if here else _described_company(b, head)


# The last word of a place or a public body's name: not what "the company" points to.
_PLACE_END = re.compile(
    r"\b(?:County|City|State|States|Council|Borough|Province|Region|Republic|Kingdom|"
    r"Government|Ministry|Department|Parliament|Congress|Senate|Court)$"
)


def _job_meant(b: BuildInput) -> JobTitleFields:
    """Which earlier job "the post" is: the nearest whose employer or title the words
    before the pay name ("the university's post", "the post at Tolland Water", "the
    engineering job" for a Network Control Engineer), else the nearest."""
    before = b.sentence[: b.match_start]
    # The figure's own clause first: "the engineer's post pays £X, while the steward's
    # pays £Y".
    clause = _CLAUSE_BREAK.split(before)[-1]
    for text in (clause, before):
        words = [w.lower() for w in re.findall(r"[A-Za-z]{3,}", text)]
        for job in b.earlier_jobs:
            employer = job.employer or ""
            if employer and (employer in text or any(names_head(employer, w) for w in words)):
                return job
            head = (re.findall(r"[A-Za-z]+", job.title)[-1:] or [""])[0].lower()
            if len(head) >= _STEM and any(w[:_STEM] == head[:_STEM] for w in words):
                return job
    return b.earlier_jobs[0]


_CLAUSE_BREAK = re.compile(r"[,;:]|\b(?:while|whereas|but|and)\b", re.IGNORECASE)


# Letters two words must share to stand for one job ("engineering", "engineer").
_STEM = 6


def _described_company(b: BuildInput, head: str = "") -> str | None:
    """What "the company" or "the airline" points to: the nearest organisation named
    before whose name carries the description's head noun ("Sun Country Airlines"),
    else the nearest that is a company (by the tables, its form or what the text calls
    it), else the nearest that is neither a union nor a place or public body."""
    if head:
        named = (n for n in b.earlier_orgs if names_head(n, head))
        found = next((n for n in named if not b.parsers.is_union_name(n, b.ctx)), None)
        if found is not None:
            return found
    companies = (n for n in b.earlier_orgs if b.parsers.is_company_name(n, b.ctx))
    found = next(companies, None)
    if found is not None:
        return found
    others = (
        n
        for n in b.earlier_orgs
        if not b.parsers.is_union_name(n, b.ctx)
        and not _PLACE_END.search(n)
        and b.parsers.k.organisations.get(n) is None
    )
    return next(others, None)


# An exception after the struck employers: "at every terminal excluding Pell Quay",
# "against Arlo Glass, but not Brenner Glass".
_EXCEPT = re.compile(
    r"\b(?:except(?:\s+(?:for|at))?|excluding|but\s+not(?:\s+at)?|other\s+than|apart\s+from|"
    r"save\s+for|with\s+the\s+exception\s+of|(?:but\s+|while\s+)?spar(?:ed|ing))\s+"
    r"(?P<rest>[^.;:()]*)",
    re.IGNORECASE,
)
# Where the excepted names end: a comma before a new clause.
_CLAUSE_AFTER = re.compile(r",\s+(?!and\b|or\b|nor\b)(?-i:[a-z])")
# A new clause between the struck employers and an exception: the exception is not theirs
# ("struck Eastgate on Monday, and no one except ... stayed in").
_NEW_CLAUSE = re.compile(r"[,;]\s*(?:and|or|while|as|so|but(?!\s+not))\b|\s(?:and|or)\s+no\b", re.I)


def _excepted(b: BuildInput) -> list[str]:
    """The organisations a strike sentence excepts right after its struck employers
    ("at every terminal excluding Pell Quay", "Arlo Glass, but not Brenner Glass")."""
    end = b.match_start
    for cap in b.captures.values():
        # A party's capture may run on to the sentence's end; its words as read end it.
        said = cap.value.text if isinstance(cap.value, Party) else cap.text
        at = cap.text.find(said)
        end = max(end, cap.start + at + len(said) if at >= 0 else cap.end)
    m = _EXCEPT.search(b.sentence, b.match_start)
    if m is None:
        return []
    gap = b.sentence[end : m.start()] if m.start() > end else ""
    if len(gap.split()) > 6 or _NEW_CLAUSE.search(gap):
        return []
    rest = m.group("rest")
    cut = _CLAUSE_AFTER.search(rest)
    rest = rest[: cut.start()] if cut else rest
    names = b.parsers.org_names(rest, b.ctx)
    names += [
        b.ctx.names.canonical(n)
        for n, _, _ in b.parsers.proper_names(rest, b.ctx)
        if n not in names
    ]
    return list(dict.fromkeys(names))


def _named_before(b: BuildInput, end: int) -> list[str]:
    """The organisations the sentence names before ``end``, in reading order: those the
    tables know and other capitalised names."""
    text = b.sentence[:end]
    known = b.parsers.orgs(text, b.ctx)
    found = [(s, n) for n, s, _ in known]
    found += [
        (s, b.ctx.names.canonical(n))
        for n, s, e in b.parsers.proper_names(text, b.ctx)
        if not any(ks < e and s < ke for _, ks, ke in known)
    ]
    return list(dict.fromkeys(n for _, n in sorted(found)))


def _plural_parties(b: BuildInput, plural: Plural, end: int) -> list[str]:
    """The parties a plural description points back to, in reading order: "both
    companies" the two organisations of its kind named last before it (in the sentence,
    then before it), "the three unions" three; "the studios", with no number, every one
    named before whose name carries the head noun ("Elstree Studios"), else those the
    sentence names before it when it names several. None when fewer are named than it
    counts: which ones it means is then not told."""
    here = _named_before(b, end)
    nearest = [*reversed(here), *(n for n in b.earlier_orgs if n not in here)]
    if plural.kind == "union":
        fits = [n for n in nearest if b.parsers.is_union_name(n, b.ctx)]
    else:
        fits = [
            n
            for n in nearest
            if not b.parsers.is_union_name(n, b.ctx)
            and not _PLACE_END.search(n)
            and (b.parsers.is_company_name(n, b.ctx) or n not in b.parsers.k.organisations)
        ]
    if plural.number:
        taken = fits[: plural.number]
        return taken[::-1] if len(taken) == plural.number else []
    carrying = [n for n in fits if names_head(n, plural.head)]
    if carrying:
        return carrying[::-1]
    listed = [n for n in reversed(fits) if n in here]
    return listed if len(listed) > 1 else []


# Where the employers in a party's words begin: "machinists at both companies".
_AT_EMPLOYER = re.compile(r"\b(?:at|against|outside|with|for)\s+", re.IGNORECASE)


def _plural_of(
    b: BuildInput, name: str, kind: Kind, after: re.Pattern[str] | None
) -> tuple[list[str], str]:
    """The parties a plural description of ``kind`` names in capture ``name``, and its
    words: at the capture's start ("against the two carmakers"), or with ``after`` right
    after a word it finds ("machinists at both companies")."""
    cap = b.captures.get(name)
    if cap is None:
        return [], ""
    starts = [m.end() for m in after.finditer(cap.text)] if after else []
    starts.append(len(cap.text) - len(cap.text.lstrip()))
    for at in starts:
        plural = b.parsers.descriptions.plural(cap.text[at:], kind)
        if plural is not None and plural.start == 0:
            words = cap.text[at : at + plural.end]
            return _plural_parties(b, plural, cap.start + at), words
    return [], ""


# The union that called a strike, told after it: "..., called out by the Tram Guild",
# "... on Monday, led by the Tram Guild".
_CALLED_BY = re.compile(
    r"(?:,|\b(?:strike|walkout|walk-out|stoppage|sick-out|sickout|log-off|logoff|log-out|walk-off"
    r"|stay-away|stayaway|go-slow|action|protest)s?(?:\s+(?:was|were))?)"
    r"\s+(?:having\s+been\s+|after\s+being\s+)?(?:called\s+out|called|brought\s+out|"
    r"led|organi[sz]ed|backed)\s+(?:(?:jointly|together|in\s+(?:a\s+)?(?:common|joint|united)\s+"
    r"front)\s+)?by\s+(?P<rest>[^.;:]*)"
    # "walked off the job in a strike by the Tarn Fitters Union": the union's strike.
    r"|\b(?:in|on|during|as\s+part\s+of)\s+(?:a|an|the)\s+(?:[\w-]+\s+){0,2}?(?:strike|walkout|"
    r"walk-out|stoppage|sick-out|sickout|action)\s+by\s+(?P<by>[^.;:]*)"
    # "..., under the banner of the Lab Workers United", "at the call of the guild"; a call
    # the strikers followed, however the following is told: "after a call from the guild",
    # "heeding a fresh call by X", "in response to an appeal from X", "obeying a directive
    # from X".
    r"|(?:,\s*|\s+)(?:under\s+the\s+(?:banner|flag|umbrella)\s+of|at\s+the\s+(?:call|behest|"
    r"urging|instigation)\s+of|(?:answering|after|following|heeding|obeying|in\s+response\s+to|"
    r"responding\s+to)\s+(?:a|an|the|its|their)\s+(?:[\w-]+\s+)?(?:call|appeal|summons|directive|"
    r"instruction)"
    r"\s+(?:by|from|of)|on\s+the\s+(?:orders|call)\s+of)\s+(?P<banner>[^.;:]*)",
    re.IGNORECASE,
)


# The body that called a strike, told in an absolute clause after it: "..., with the
# Tram Guild calling the stoppages", "..., the guild having organised the walkout".
_WITH_CALLER = re.compile(
    r",\s*(?:with\s+)?(?P<rest>(?:the\s+)?[^,;:.]{2,80}?)\s+(?:calling|leading|"
    r"organi[sz]ing|coordinating|co-ordinating|having\s+(?:called|organi[sz]ed|led))\s+"
    r"(?:the|its|their|each|every|those|these|all|both)\b",
    re.IGNORECASE,
)


def _caller(b: BuildInput) -> list[str]:
    """The unions a strike sentence says called its workers out, in a clause after the
    strike's: the first named, and those listed with it ("called by USO and KPF")."""
    m = _CALLED_BY.search(b.sentence, b.match_start)
    if m is None:
        with_m = _WITH_CALLER.search(b.sentence, b.match_start)
        if with_m is None:
            return []
        first = _first_caller(with_m.group("rest"), with_m.group(0), b)
        return [first[0]] if first is not None else []
    rest = next(m.group(g) for g in ("rest", "banner", "by") if m.group(g) is not None)
    first = _first_caller(rest, m.group(0), b)
    if first is None:
        return []
    name, end = first
    return [name, *_listed_callers(rest[end:], b)]


def _first_caller(rest: str, said: str, b: BuildInput) -> tuple[str, int] | None:
    """The union first named in ``rest`` as a strike's caller, and where its name ends."""
    names = b.parsers.proper_names(rest, b.ctx)
    for name, start, end in b.parsers.orgs(rest, b.ctx):
        # "Kessel Lab Workers United" is no table's "Workers United": the longer name is.
        inside = any(s <= start and end <= e and (s, e) != (start, end) for _, s, e in names)
        if start <= _NAME_START and b.parsers.is_union_name(name, b.ctx) and not inside:
            return name, end
    for name, start, end in b.parsers.proper_names(rest, b.ctx):
        name = b.ctx.names.canonical(name)
        if start <= _NAME_START and b.parsers.is_union_name(name, b.ctx):
            return name, end
    # "backed by the Green Party": who backs a stoppage need not be who called it.
    backed = re.match(r"\W*(?:\w+\s+){0,3}backed\b", said, re.IGNORECASE) is not None
    for name, start, end in names[:1] if not backed else ():
        # "called by the Fare Riders Network": a name of some words after "the" is a
        # body's (a person takes no article), and calling the stoppage makes it the
        # workers' by that role.
        if _THE_ONLY.fullmatch(rest[:start]) and _body_by_article(name, b):
            return b.ctx.names.canonical(name), end
    # Whoever calls a strike is its union by that role, named by a short form in
    # capitals: "called by ANEA", "called by the Alianza Nacional de Repartidores (ANR)".
    short = _CALLER_SHORT.match(rest)
    if short is not None:
        return b.ctx.names.canonical(short.group("short") or short.group("alone")), short.end()
    return None


# What joins a list's next name to the one before: "X and Y", "X, Y and Z", "X and the Y".
# A slash joins names too: "KDU/ODF" is one body in two languages or two bodies side by
# side, and the list goes on after it either way.
_LIST_JOIN = re.compile(r"(?:\s*,\s*(?:and\s+)?|\s+and\s+|/)(?:the\s+)?")


def _listed_callers(after: str, b: BuildInput) -> list[str]:
    """The names listed right after a strike's first caller ("USO and KPF", "X, Y and the
    Z union"): short forms in capitals, or names that read as a union's."""
    out: list[str] = []
    while (join := _LIST_JOIN.match(after)) is not None:
        rest = after[join.end() :]
        named = [(s, e, n) for n, s, e in b.parsers.orgs(rest, b.ctx)]
        named += [(s, e, n) for n, s, e in b.parsers.proper_names(rest, b.ctx)]
        first = min(named, default=None)
        if first is None or first[0] != 0:
            break
        name = first[2]
        name = name if name in b.parsers.k.organisations else b.ctx.names.canonical(name)
        # "ACV-Transcom and VSOA" is read as one name; the list's last "and" may be
        # inside it, and each side a caller of its own.
        listed = _listed_caller(name, b)
        parts = [name] if listed else _AND_SPLIT.split(name)
        if not listed and (len(parts) == 1 or not all(_listed_caller(p, b) for p in parts)):
            break
        out.extend(parts)
        after = rest[first[1] :]
    return out


_AND_SPLIT = re.compile(r"\s+(?:and|&)\s+")


def _listed_caller(name: str, b: BuildInput) -> bool:
    """True when a name listed with a strike's caller reads as a caller too: a union's
    name or a short form in capitals, and no company's."""
    union = b.parsers.is_union_name(name, b.ctx) or _CALLER_NAME.fullmatch(name) is not None
    return union and not b.parsers.is_company_name(name, b.ctx)


# A caller listed by its short form: capitals, alone or joined to another part by a
# hyphen ("KPF", "UGL-TA").
_CALLER_NAME = re.compile(r"(?-i:[A-Z]{3,}|[A-Z]{2,}-[A-Za-z]+|[A-Z][a-z]+-[A-Z]{2,})")


# A caller's short form: its own name ("ANEA"), or in brackets after a name of a few words.
_CALLER_SHORT = re.compile(
    r"(?:the\s+)?(?:(?-i:(?P<alone>[A-Z]{3,}))\b(?!\s+(?-i:[A-Z]))|"
    r"(?:[\w’'-]+\s+){1,8}?\((?-i:(?P<short>[A-Z]{2,}[A-Za-z]*))\))"
)


# How far into a phrase a name may start and still be what it is about ("the ", "its own ").
_NAME_START = 12
# What runs a struck site: "the Dunmore depot, run by Halden Logistik GmbH", "Mellow
# Buses, a subsidiary of Tarrant Transit".
_OPERATOR = re.compile(
    r"^(?:\s+[a-z][\w-]*){0,3},?\s+(?:(?:which|that)\s+(?:is|was)\s+)?(?:(?:run|operated|owned|"
    r"managed)\s+by|(?:a|the|part\s+of\s+the)\s+(?:[a-z-]+\s+)?(?:subsidiary|unit|division|arm|"
    r"operator)\s+of|part\s+of)\s+(?P<rest>[^.;:]*)",
    re.IGNORECASE,
)


def _operators(b: BuildInput, employers: Sequence[str]) -> list[str]:
    """The companies the sentence says run the struck employers' sites: a strike at a
    site is one against whoever runs it."""
    out = []
    for employer in employers:
        for at in re.finditer(re.escape(employer), b.sentence):
            m = _OPERATOR.match(b.sentence[at.end() :])
            if m is None:
                continue
            rest = m.group("rest")
            named = [(s, n) for n, s, _ in b.parsers.orgs(rest, b.ctx)]
            named += [
                (s, b.ctx.names.canonical(n)) for n, s, _ in b.parsers.proper_names(rest, b.ctx)
            ]
            first = min(named, default=None)
            if first is not None and first[0] <= _NAME_START:
                out.append(first[1])
    return list(dict.fromkeys(out))


def _own_words(captured: str, party: Party) -> str:
    """The words of a captured party from where the party itself begins: a clause
    before it is another subject's ("Kell Guild, the smaller union, settled, and its
    members kept working": "the smaller union" is Kell Guild, not one named before)."""
    at = captured.rfind(party.text)
    if at <= 0:
        return captured
    # From the clause the party opens: "The union, which ..." is read whole.
    return captured[max(captured.rfind(c, 0, at) for c in ",;:") + 1 :]


# A sentence opening on the site of what it tells, before its subject: "At Tarn Mills,
# ...", "In May, at the Orla depot itself, ...", "Inside Kell Foods' plant, ...".
_FRONTED_SITE = re.compile(
    r"^(?:[^,;:]{1,40},\s*)?(?:at|inside)\s+(?!(?:least|most|first|last|once|times?|"
    r"the\s+(?:start|end|time|height|outset|same\s+time))\b|\d)"
    r"(?P<site>(?:[^\s,;:]+\s+){0,5}[^\s,;:]+)"
    r"(?:\s+(?:itself|alone|too|as\s+well))?\s*,\s*",
    re.IGNORECASE,
)


def _fronted_site(b: BuildInput, strikers: Any) -> tuple[list[str], Any]:
    """The employers named by the site a strike sentence opens on, before its strikers
    ("At Tarn Mills, weavers walked out"), and the strikers read without that opening
    where their words took it in ("At Tarn Mills, Kell Guild members walked out")."""
    cap = b.captures.get("strikers")
    start = cap.start if cap is not None else b.match_start
    m = _FRONTED_SITE.match(b.sentence)
    if m is None or m.end() > start + len(cap.text if cap is not None else ""):
        return [], strikers
    site = b.parsers.party(f"workers at {m.group('site')}", b.ctx)
    employers = [e for e in site.employers if not b.parsers.is_union_name(e, b.ctx)]
    if not employers:
        return [], strikers
    if cap is not None and m.end() > start and isinstance(strikers, Party):
        if m.end() >= cap.end:
            return [], strikers
        # The strikers' words began with the opening: they are the words after it.
        own = b.parsers.party(b.sentence[m.end() : cap.end], b.ctx)
        strikers = Party(own.text, own.orgs, own.employers, own.places)
    return employers, strikers


# The strikers' own words say who employs them: "employed by X", "working for X".
_HIRED_BY = re.compile(
    r"\b(?:employed|hired|engaged|contracted|retained)\s+(?:[a-z-]+ly\s+)?by\b|\b(?:working|work|works|worked)"
    r"\s+for\b",
    re.IGNORECASE,
)
# A site's preposition, ending the words before the struck party or opening them.
_AT_SITE_END = re.compile(r"\b(?:at|inside)\s*$", re.IGNORECASE)
_AT_SITE_START = re.compile(r"^\s*(?:at|inside)\b", re.IGNORECASE)


def _hired_by(b: BuildInput, strikers: Party) -> tuple[str, ...]:
    """The employers the strikers' words name by who employs them ("cleaners employed
    by Arlo Secure"), when the struck party after the verb is told by "at" (a site):
    empty otherwise."""
    cap, site = b.captures.get("strikers"), b.captures.get("against")
    if cap is None or site is None or not strikers.employers:
        return ()
    if not _HIRED_BY.search(cap.text):
        return ()
    if not (_AT_SITE_END.search(b.sentence[: site.start]) or _AT_SITE_START.match(site.text)):
        return ()
    return strikers.employers


def _whose_workers(b: BuildInput, cap: Capture) -> Party | None:
    """The strikers of a relative clause on a name ("Orla Cargo, whose pilots joined"):
    the group at that name, read as "pilots at Orla Cargo"; None for any other subject."""
    m = _WHOSE.search(cap.text)
    if m is None:
        return None
    party: Party = b.parsers.party(f"{m.group('group')} at {m.group('name')}", b.ctx)
    return party if party.employers else None


# A name, then a relative clause on it whose subject is a group of its: "Brisa Express,
# whose pilots", "Kell Haulage, whose night drivers".
_WHOSE = re.compile(
    rf"(?P<name>(?-i:[{UPPER}])[\w’'&.-]*(?:\s+(?-i:[{UPPER}])[\w’'&.-]*){{0,4}}),\s+whose\s+"
    r"(?P<group>(?-i:[a-z])[\w’'-]*(?:\s+(?-i:[a-z])[\w’'-]*){0,2})\s*$"
)


# A pronoun standing for the strikers of the sentences before.
_THEY = re.compile(r"(?:they|they\s+all|all\s+of\s+them)", re.IGNORECASE)


def build_strike(b: BuildInput) -> StrikeFields | None:
    """strikers and the employers they struck against."""
    strikers = b.value("strikers")
    against = b.value("against")
    cap = b.captures.get("strikers")
    if cap is not None and _DENIED.search(cap.text):
        return None  # "crane operators did not join the strike" is no strike by them
    if cap is not None and _ONE_PERSON.search(cap.text):
        return None  # "the carrier's chief executive, Ann Lee, called the strike ...": a speaker
    if cap is not None and _is_person_apposed(b, cap.end):
        return None  # "Ina Roth, a shop steward at Velmont, called the walkout ...": a speaker
    if cap is not None and _WHAT_CALLED.search(b.sentence[: cap.end]) and b.value("called"):
        return None  # "in what organisers called the biggest stoppage": a name for it
    if cap is not None and cap.kind == "rparty" and _WOULD_BE.match(b.sentence, cap.start):
        return None  # "a walkout by the drivers would have been the first": none took place
    if isinstance(strikers, list):
        strikers = Party(b.captures["strikers"].text, tuple(strikers))
    if cap is not None and (owned := _whose_workers(b, cap)) is not None:
        # "..., and its subsidiary Orla Cargo, whose pilots joined the strike": the
        # pilots at the name the relative clause hangs on.
        strikers = owned
    site, strikers = _fronted_site(b, strikers)
    if isinstance(against, list):
        # "the 2019 Halberd Motors strike": a bare name, the employer unless a union.
        against = Party(b.captures["against"].text, tuple(against))
    against_names = _party_names(against, b, employer=True) if isinstance(against, Party) else []
    resolved: list[str] = []
    against_text = b.captures["against"].text if "against" in b.captures else ""
    if isinstance(against, Party) and against.text:
        # "In Tarn, X walked out; at Brisa, the company locked them out": the party's
        # own clause, not the words before it, says whom it describes.
        against_text = _own_words(against_text, against)
    if isinstance(against, Party) and (described := _described_employer(against, against_text, b)):
        # "struck the carmaker": the company named before.
        against_names, resolved = [described], ["against"]
    several, words = _plural_of(b, "against", "employer", None)
    if not several:
        several, words = _plural_of(b, "strikers", "employer", _AT_EMPLOYER)
    if several and set(against_names) <= set(b.parsers.org_names(words, b.ctx)):
        # "against the two carmakers", "machinists at both companies": each named before.
        # The names before outrank a table's reading of the words ("the studios" are
        # the two studios the story named, not Hollywood's).
        against_names, resolved = several, ["against"]
    if cap is not None and _THEY.fullmatch(cap.text.strip()):
        # "They downed tools against X": the strikers are those of the strike told just
        # before, which the article's reading fills in (extract.BACK_TO_STRIKE); without
        # an employer the sentence says nothing of its own.
        if not against_names:
            return None
        year, month = _strike_time(b)
        # A lockout stays one: "they were locked out by X" tells no strike.
        return StrikeFields(
            strikers=(),
            against=tuple(against_names),
            year=year,
            month=month,
            lockout=bool(b.constants.get("lockout")),
            resolved=("they",),
        )
    if strikers is None and "strikers" not in b.captures:
        # "..., striking against X" or "X was among the struck plants": the union is the
        # sentence's subject, else the one named last before; the employers alone still
        # make the claim when no union was named.
        named = (a for a in against_names if b.parsers.is_union_name(a, b.ctx))
        union = next(named, None) or _sentence_union(b)
        if union is None and (union := _earlier_union(b)):
            resolved.insert(0, "strikers")
        if union is None:
            if not against_names:
                return None
            year, month = _strike_time(b)
            return StrikeFields(
                strikers=(),
                against=tuple(against_names),
                # "The lockout was declared by Orla Shipping": whose lockout, with no
                # union named, is still a lockout.
                lockout=bool(b.constants.get("lockout")),
                year=year,
                month=month,
                resolved=tuple(resolved),
            )
        strikers = Party(union, (union,))
    if isinstance(strikers, Party) and (body := _named_body(strikers, cap, b)):
        # "the alliance led a walkout": the union named before, by a noun of its name.
        strikers = body
        resolved.insert(0, "strikers")
    if (
        isinstance(strikers, Party)
        and not strikers.orgs
        and cap is not None
        and (leaders := _coalition_leaders(cap.text, b))
    ):
        # "called by an alliance of unions led by the KDU": the unions that lead it.
        strikers = Party(
            f"{strikers.text} of unions", tuple(leaders), strikers.employers, strikers.places
        )
    # "NZEI and the PPTA called 50,000 teachers out", "the stoppage called by ANEA": whoever
    # calls a strike is a workers' body by that role, whatever its name's form.
    called = bool(b.value("called")) or bool(b.constants.get("called"))
    # "The dispute pitted Kestrel against Orvane Steel": a side set against an employer
    # is the workers' body by that role too.
    # So is a body said to stage or launch a strike: "Solidarnosc staged a warning strike".
    by_role = called or bool(b.constants.get("by_role")) or bool(b.value("staged"))
    if not isinstance(strikers, Party) or not (
        _is_workers(strikers, b)
        or (by_role and _is_caller(strikers, b))
        or _short_forms_only(strikers, b)
    ):
        return None
    if b.constants.get("bodies_only") and not (
        strikers.orgs
        and all(b.parsers.is_union_name(o, b.ctx) or _ACRONYM_WORD.search(o) for o in strikers.orgs)
    ):
        return None  # "doctors backed the nurses' strike": backing, not striking
    if _one_worker(strikers, b):
        return None  # "one ICU porter at Eastgate who did not join the stoppage": a person
    unions = [] if strikers.orgs else _plural_of(b, "strikers", "union", None)[0]
    if unions:
        # "Both unions walked out": the two named last before.
        strikers = Party(strikers.text, tuple(unions), strikers.employers, strikers.places)
        resolved.insert(0, "strikers")
    elif (
        not strikers.orgs
        and cap is not None
        and _UNION_REFERENCE.search(own := _own_words(cap.text, strikers))
    ):
        # "The union also struck Toyota": the union named earlier.
        union = _earlier_union(b)
        if union and _points_to_union(own, union, b):
            strikers = Party(union, (union,), strikers.employers)
            resolved.insert(0, "strikers")
    elif not strikers.orgs and cap is not None and (union := _possessor_union(cap.text, b)):
        # "The Orla Guild says its members took no part": whose members they are
        # is the body the sentence names before them.
        strikers = Party(union, (union,), strikers.employers)
    unnamed = not any(b.parsers.is_union_name(o, b.ctx) for o in strikers.orgs)
    callers = _caller(b) if unnamed else []
    if callers:
        # "Porters went on strike, called out by the Dock Porters Guild": the guild's.
        strikers = Party(strikers.text, tuple(callers), strikers.employers, strikers.places)
        called = True
    striker_names = _party_names(strikers, b)
    # "downed tools on May 2, joining the Kiln Guild": a union is not struck against. (Who
    # locks workers out is their employer, whatever its name: "the Choral Society".)
    if not b.constants.get("lockout"):
        against_names = [
            a for a in against_names if not b.parsers.is_union_name(a, b.ctx) or _struck_body(a, b)
        ]
    # "Pilots at Orvo Air's bases, organised by KPF and DLPU, walked out": the bodies
    # that called the strike are its strikers, never whom it was against.
    against_names += [e for e in strikers.employers if e not in against_names and e not in callers]
    if hired := _hired_by(b, strikers):
        # "Guards employed by Arlo Secure walked out at Linden Plaza": the strikers' words
        # say whom they work for, so the name after "at" is where they work.
        against_names = [a for a in against_names if a in hired]
    workers = b.value("workers")
    if workers is None and called and cap is not None:
        workers = _workers_called(b, cap.end)
    if isinstance(workers, Party):
        # "Loaders at Varga Stoneworks were called out by the guild": the loaders' employer.
        against_names += [e for e in workers.employers if e not in against_names]
    if not striker_names:
        return None
    excluded = _excepted(b)
    against_names = [a for a in against_names if a not in excluded]
    if not against_names:
        # "At Tarn Mills, weavers walked out": the site the sentence opens on is the
        # strike's employer where its clause names none of its own.
        against_names = [s for s in site if s not in striker_names]
    against_names += [o for o in _operators(b, against_names) if o not in against_names]
    parties = [strikers] + ([against] if isinstance(against, Party) else [])
    year, month = _strike_time(b)
    return StrikeFields(
        strikers=tuple(striker_names),
        against=tuple(against_names),
        denied=bool(b.constants.get("denied")),
        called=called,
        lockout=bool(b.constants.get("lockout")),
        planned=bool(b.constants.get("planned")),
        excluded=tuple(excluded),
        # "Nurses in Leeds and Bradford walked out": where the strike was, each place
        # of a list on its own.
        where=tuple(
            dict.fromkeys(
                place
                for party in parties
                for listed in party.places
                for place in _LIST_SEPARATOR.split(listed)
                if place
            )
        ),
        year=year,
        month=month,
        resolved=tuple(resolved),
    )


# A body of unions named by what leads it: "a broad alliance of dockers' unions led by
# the KDU", "a coalition of unions headed by X and Y".
_COALITION_LED = re.compile(
    r"^\s*(?:(?:a|an|the)\s+)?(?:[\w-]+\s+){0,2}?(?:coalition|alliance|front|bloc|group|"
    r"federation|platform|union)\s+of\s+(?:[\w’'-]+\s+){0,3}?unions\s+(?:led|headed|"
    r"spearheaded|fronted)\s+by\s+(?P<rest>[^;:()]+)",
    re.IGNORECASE,
)


def _coalition_leaders(text: str, b: BuildInput) -> list[str]:
    """The unions that lead a coalition of unions a party names ("an alliance of unions
    led by the KDU and the OTWU"), up to the first clause after them."""
    m = _COALITION_LED.match(text)
    if m is None:
        return []
    rest = m.group("rest")
    cut = re.search(r",\s+(?:whose|which|who|that|with|against|over|as)\b|,\s*$", rest)
    rest = rest[: cut.start()] if cut else rest
    named = [n for n, _, _ in b.parsers.orgs(rest, b.ctx)]
    named += [
        b.ctx.names.canonical(n)
        for n, _, _ in b.parsers.proper_names(rest, b.ctx)
        if not any(n in k or k in n for k in named)
    ]
    return list(dict.fromkeys(named))


# The workers a body calls (brings, pulls, takes) out, right after the verb: "called out
# ORV workers", "called the employees of the transport company ORV out".
_CALLED_WORKERS = re.compile(
    r"\s+(?:[a-z]+\s+){0,2}?(?:called|calls|brought|brings|pulled|pulls|took|takes|ordered|"
    r"orders|sent|sends)\s+(?:out\s+|off\s+)?(?P<workers>[^.;:,]{1,120}?)"
    r"(?=\s+(?:out|off|on|at|from|against|in|over|for)\b|[,.;:]|$)",
    re.IGNORECASE,
)


def _workers_called(b: BuildInput, end: int) -> Party | None:
    """The workers a body called out, as a party, told right after the body (``end``):
    the employers named in it are the strike's."""
    m = _CALLED_WORKERS.match(b.sentence, end)
    if m is None:
        return None
    return b.parsers.party(m.group("workers"), b.ctx)


def _strike_time(b: BuildInput) -> tuple[int | None, int | None]:
    """The year and month of a strike sentence, when it names one of each."""
    # The year tells one strike from another by the same union ("the 2007 walkout").
    # A year after "since" is the last time before the strike ("the first strike since
    # 1987"), unless the strike is told after it ("the first since 1997, when drivers
    # walked out").
    told_at = min((_told_from(c, b) for c in b.captures.values()), default=b.match_start)
    years = {
        m.group(1)
        for m in _YEAR.finditer(b.sentence)
        if _SINCE.search(b.sentence, 0, m.start()) is None or m.end() <= told_at
    }
    year = b.value("year") or (int(years.pop()) if len(years) == 1 else None)
    # "the March walkout" and "a strike on 20 July" are different strikes. Words after
    # the strike that open on "after" or "before" date another event: "held a strike on
    # Thursday, after members voted in a January ballot", "called by the guild, whose
    # members backed it after a cut in April".
    told = b.sentence
    other = _OTHER_EVENT.search(told, b.match_start)
    if other is not None:
        told = told[: other.start()]
    months = {_MONTH_NUMBER[m.group(1)[:3]] for m in _MONTH.finditer(told)}
    return year or None, months.pop() if len(months) == 1 else None


def _told_from(cap: Capture, b: BuildInput) -> int:
    """Where a capture's words begin in the sentence, a phrase's as trimmed ("It was the
    first since 2011, when porters" is "porters")."""
    if cap.kind not in ("lparty", "lphrase", "rparty", "rphrase", "phrase", "nphrase"):
        return cap.start
    return cap.start + b.parsers.trimmed_span(cap.kind, cap.text, b.ctx)[0]


_YEAR = re.compile(r"(?<![\w$£€])((?:19|20)\d{2})(?![\w])")
_SINCE = re.compile(r"\bsince\s$", re.IGNORECASE)
_OTHER_EVENT = re.compile(
    r",\s+(?:\w+\s+)?(?:after|before|following)\b|\s(?:after|before)\s(?!\d)",
    re.IGNORECASE,
)


_LIST_SEPARATOR = re.compile(r",\s+|\s+(?:and|or)\s+")
_MONTH = re.compile(
    r"(?-i:\b(January|February|March|April|June|July|August|September|October|November|"
    r"December|May(?=\s+\d)|(?<=\d\s)May|"
    # "in May", "late May": the month after a word that only a time follows (not the
    # verb: "porters may strike").
    r"(?:(?<=\b[Ii]n\s)|(?<=\bearly\s)|(?<=\blate\s)|(?<=\bmid[\s-])|(?<=\bduring\s)|"
    r"(?<=\buntil\s)|(?<=\bof\s))May)\b)"
)
_MONTH_NUMBER = {
    m: i
    for i, m in enumerate(
        ("Jan", "Feb", "Mar", "Apr", "May", "Jun", "Jul", "Aug", "Sep", "Oct", "Nov", "Dec"), 1
    )
}


@lru_cache(maxsize=16)
def _after_qualifier(qualifier: str, pattern: str, grouped: bool) -> re.Pattern[str]:
    """``pattern`` (in a group of its own when ``grouped``) after an optional qualifier,
    its group 1, case-blind. Compiled once per rule pack: written out on every side,
    the money pattern's many thousand characters were hashed again to find it in
    ``re``'s cache."""
    body = f"({pattern})" if grouped else pattern
    return re.compile(rf"(?:({qualifier})\s+)?{body}", re.IGNORECASE)


def _side(text: str, b: BuildInput) -> tuple[str, AmountFields | None]:
    """A comparison side's words and, when it states one, its amount."""
    p = b.parsers
    m = _after_qualifier(p.macros.qualifier, p.macros.money, True).search(text)
    if m:
        amount = p.money(m.group(2))
        if amount is not None:
            low, high = amount.low, amount.high
            effect = p.qualifier(m.group(1)) if m.group(1) else None
            if effect in _ROUNDING and low is not None and low == high:
                # "the roughly €48,000 entry rate": a rounded figure spans what it rounds.
                # A bound is not read here: "a minimum of R$10" is what a side is, a floor.
                low, high = qualified(low, effect, p.k)
            return text, amount_fields(Amount(low, high, amount.currency or b.ctx.currency))
    m = re.search(p.macros.figure, text, re.IGNORECASE)
    if m:
        fig = p.figure(m.group(0))
        if fig is not None:
            period = _implied_period(text, p.k)
            return text, amount_fields(Amount(fig.low, fig.high, b.ctx.currency, period))
    m = _after_qualifier(p.macros.qualifier, _PERCENT_SIDE.pattern, False).search(text)
    if m:
        # "an offer of nearly 50%": a share, compared as one (unit "%").
        value = float(m.group("share"))
        low, high = qualified(value, p.qualifier(m.group(1) or ""), p.k)
        return text, amount_fields(Amount(low, high, "%"))
    return text, None


# Qualifiers that say a side's figure is rounded ("roughly", "nearly"), not bounded.
_ROUNDING = frozenset({"approx", "near_below"})
_PERCENT_SIDE = re.compile(r"(?<![\d.])(?P<share>\d+(?:\.\d+)?)\s?(?:%|per\s?cent\b|percent\b)")


_REFERRING = re.compile(
    r"^(?:(?:a|the|that|this|which)\s+(?:figure|sum|amount|number|total|salary|pay|"
    r"package|offer)|it|that|this|which)$",
    re.IGNORECASE,
)


# Verbs and adverbs that end a left side without being part of it ("the pilot earns only").
_LEFT_TAIL = re.compile(
    r"(?:\s+(?:is|was|are|were|earns?|earned|makes?|made|gets?|got|paid|pays|worth|lasted|lasts|only|also|"
    # "A ride there costs (twice ...)": what a thing costs is the thing's side.
    r"costs?|costed|"
    r"amounts?\s+to|amounted\s+to|comes?\s+to|came\s+to|"
    r"still|now|just|even|roughly|about|nearly|almost|already|actually|really|clearly|easily|"
    r"comfortably|indeed|arguably|currently|typically|usually|often|generally|sits|sat|stands|"
    # "Eagles players earn on (average)": how typical the figure is, not the side.
    r"(?<=earn\s)on|(?<=earns\s)on|(?<=earned\s)on|(?<=paid\s)on|(?<=make\s)on|"
    r"(?<=makes\s)on|(?<=made\s)on|(?<=get\s)on|(?<=gets\s)on|(?<=\bon\s)average|"
    r"stood|runs|ran|remains|remained|soon|will|would|could|can|might|should|must|shall|has|have|had|"
    r"do|does|did|(?:takes?|took|brings?|brought)\s+home|"
    # "teachers start on a salary (80% higher than ...)": the pay they start on is theirs.
    r"(?:(?:starts?|started|begins?|began)\s+(?:on|at|with)|(?:earns?|earned|draws?|drew|gets?|got))"
    r"\s+(?:a|an)\s+(?:[\w-]+\s+)?(?:salary|wage|pay|rate)))+$",
    re.IGNORECASE,
)
# A word joining the left side's clause to the sentence before, not part of the side:
# "so pilots earn ...", "and the clerks ...".
# The auxiliary before a verb of what was done to a side: "were (diverted)".
_AUXILIARY = re.compile(r"^(?:were|was|had\s+been|have\s+been)\s+", re.IGNORECASE)
_LEFT_LEAD = re.compile(
    r"^(?:so|and|but|yet|thus|hence|therefore|then|meaning(?:\s+that)?)\s+(?=\S)", re.I
)
# A left side that is only who says so, inside a relative clause: "(which) the union
# pointed out (was ...)", "(that) analysts reckon (is ...)".
_REPORTED = re.compile(
    r"(?:(?:the|a|an|its|their|his|her|our|some|many)\s+)?(?:[\w’'-]+\s+){0,3}?"
    r"(?:pointed\s+out|said|says|say|noted|notes|note|argued|argues|argue|claimed|claims|"
    r"claim|calculated|calculates|calculate|reckoned|reckons|reckon|estimated|estimates|"
    r"estimate|complained|complains|complain|stressed|stresses|stress)",
    re.IGNORECASE,
)
_WHICH_END = re.compile(r"\b(?:which|that)\s*$", re.IGNORECASE)
# A figure fronted before the left side, set off by a comma: "At 12 per cent over three
# years, the Dunmore rise ...", "At about $3,900 a month, a Tarn guard ...".
_FRONTED_FIGURE = re.compile(
    r"(?:^|[.;:]\s+)(?:at|with|on)\s+((?:[a-z]+\s+)?(?:[A-Z]{0,2}[$£€¥₹]\d|\d[\d.,]*\s?(?:%|per\s?cent\b|percent\b))"
    r"(?:[^,;]|,(?=\d{3})){0,60}),\s*$",
    re.IGNORECASE,
)
_MULTIPLIERS = {
    "twice": 2.0,
    "double": 2.0,
    "thrice": 3.0,
    "triple": 3.0,
    "quadruple": 4.0,
    # A thing against itself before ("claims doubled from 2028 to 2029").
    "doubled": 2.0,
    "tripled": 3.0,
    "trebled": 3.0,
    "quadrupled": 4.0,
    "halved": 0.5,
}
# A ratio's relation by the qualifier before it: "more than 40 times", "less than a third".
_RATIO_RELATION = {
    "lower": "ratio_at_least",
    "floor": "ratio_at_least",
    "upper": "ratio_at_most",
    "ceiling": "ratio_at_most",
}
_DOWN = frozenset(
    "lower less below smaller under beneath cheaper fewer shorter slower narrower lighter "
    "quieter shallower weaker poorer behind short shy slowly slowest least lowest worst poorest"
    " smallest worse"
    # Verbs of falling, where a rule reads one as the direction ("narrowed by half").
    " fell fallen dropped declined decreased shrank shrunk narrowed contracted slid sank"
    " slumped"
    # Verbs of cutting, where a rule reads one as the verb ("cut its rate by a third").
    " cut slashed reduced trimmed lowered".split()
)


def _ratio(b: BuildInput) -> float | None:
    """The ratio a comparison states: a factor ("40 times", "twice", "half again"), a
    share ("a third of") or a percentage above or below ("35% lower than")."""
    factor, share, percent = b.value("factor"), b.value("share"), b.value("percent")
    portion = b.value("portion")
    if isinstance(portion, float):
        # "takes home 58 per cent of what a nurse is paid", "make up 40% of the fleet":
        # a percentage of the other side is that share of it, not a gap above it.
        return round(portion / 100, 4)
    if isinstance(factor, str):
        word = factor.lower()
        return 1.5 if word.startswith("half") else _MULTIPLIERS.get(word)
    if isinstance(factor, float):
        cap = b.captures["factor"]
        half = b.sentence[cap.end : cap.end + 12].lower().startswith(" and a half")
        return factor + 0.5 if half else factor
    direction = str(b.value("direction") or "").lower()
    verb = str(b.value("verb") or "").lower()
    if verb and not direction:
        # "out-earn them by 12%", "trail them by a fifth": the verb says which way.
        direction = "less" if verb.startswith(_BEHIND) else "more"
    if isinstance(share, str):
        part = parse_number(share, b.parsers.k)
        if part is None or not direction:
            return part
        # "a third more than": one and a third times; "a quarter less": three quarters.
        return round(1 - part if direction in _DOWN else 1 + part, 4)
    if isinstance(percent, float):
        down = direction in _DOWN
        return round(1 - percent / 100 if down else 1 + percent / 100, 4)
    return None


_BOUND_FLIPPED = {"ratio_at_least": "ratio_at_most", "ratio_at_most": "ratio_at_least"}


def _gap_below(b: BuildInput) -> bool:
    """True when a comparison's ratio is one minus a share or percentage it states as
    the gap below the other side ("20% less than", "trails them by a fifth"), as
    :func:`_ratio` reads it: a bound on that gap is the opposite bound on the ratio."""
    if b.value("factor") is not None:
        return False
    if not isinstance(b.value("share"), str) and not isinstance(b.value("percent"), float):
        return False
    direction = str(b.value("direction") or "").lower()
    verb = str(b.value("verb") or "").lower()
    if verb and not direction:
        direction = "less" if verb.startswith(_BEHIND) else "more"
    return direction in _DOWN


def _left_before(b: BuildInput) -> str:
    """The left side of a comparison written with no verb of its own ("X was paid $9
    million, more than 140 times ..."): the clause before it."""
    first = min((c.start for c in b.captures.values()), default=b.match_start)
    before = b.sentence[: min(first, b.match_start)].rstrip(" ,;:-–—")
    # "X, at €2,054 a month, is more than twice ...": the verb goes first, so that the
    # aside before it is seen as one and X is the side.
    before = _LEFT_TAIL.sub("", _ADVERBIAL_TAIL.sub("", before))
    return b.parsers.left_phrase(before, b.ctx) if before else ""


def _is_amount(text: str, b: BuildInput) -> bool:
    """True when a phrase names an amount: money, a number, a word such as "pay", or
    what stands for another's ("that of a steward", "what the men take home")."""
    if re.search(r"\d", text) or _STANDS_FOR.match(text):
        return True
    # A level named as one ("the minimum in the men's league") is an amount too.
    words = b.parsers.k.words("amount_words") | b.parsers.k.words("benchmarks")
    lowered = text.lower()
    return any(_whole_word(w).search(lowered) for w in words)


# A figure set off by commas after a side, before its verb: ", $92,500," or ", at
# about €2,054 a month,".
_FIGURE_ASIDE = re.compile(
    r",\s+(?:at\s+|on\s+)?((?:[a-z]+\s+)?(?:[A-Z]{1,2})?[$£€¥₹]\d[\d,.]*(?:\s?(?:k|m|bn|million|billion))?"
    r"(?:\s+(?:an?|per|each)\s+(?:hour|day|week|month|year))?),\s*$"
)
# An adverbial aside closing the words before a comparison: "X earn, on average, 20%
# more than Y".
_ADVERBIAL_TAIL = re.compile(
    r",\s+(?:on\s+average|on\s+the\s+whole|at\s+the\s+median|typically|overall|in\s+general|"
    r"by\s+far|by\s+contrast|in\s+comparison)$",
    re.IGNORECASE,
)
# A side standing for someone else's amount: "that of a steward", "those paid in Hull".
_STANDS_FOR = re.compile(r"\s*(?:(?:that|those)\s+(?:of|paid|earned|at|in)|what)\b", re.IGNORECASE)
# How far or since when one side leads, after the other side: "by a narrow margin", "for
# the first time in March".
_LEAD_TAIL = re.compile(
    r"\s+(?:by\s+(?:a|an|some)\s+(?:[a-z-]+\s+){0,2}?margin|for\s+the\s+first\s+time|"
    r"(?:over|during|across|throughout)\s+the\s+(?:same\s+|whole\s+|full\s+)?"
    r"(?:year|month|week|quarter|period|decade|season))\b.*$",
    re.IGNORECASE,
)
# A verb repeated at the end of the other side: "than cooks do", "than a welder does",
# with any clause set off after it ("than the mills did, reversing ...") or its full
# stop; or a word saying the comparison is one more ("than the riggers, too"). When it
# was ("than the mills did in 2031") stays on the side: the figures given in turn after
# it and the table's period are read from there.
_DOES_TAIL = re.compile(
    r"\s+(?:do|does|did|had|has|have)(?:[,.;:].*)?$|,?\s+(?:too|as\s+well)$",
    re.IGNORECASE,
)
# Who reports the comparison, after the other side and set off by a comma: "than the
# porters, the payroll data show", "than in Leeds, according to the union", "than the
# going rate, shop stewards argue". The source of a claim is no part of the side it
# closes.
_SOURCE_TAIL = re.compile(
    r",\s+(?:according\s+to\b.*|(?:[\w’'-]+\s+){1,4}?"
    r"(?:show|shows|showed|shown|suggest|suggests|suggested|find|finds|found|indicate|"
    r"indicates|indicated|reveal|reveals|revealed|confirm|confirms|confirmed|say|says|"
    r"said|estimate|estimates|estimated|report|reports|reported|argue|argues|argued|claim|"
    r"claims|claimed|insist|insists|insisted|note|notes|noted|point\s+out|points\s+out|"
    r"pointed\s+out|complain|complains|complained))\W*$",
    re.IGNORECASE,
)
_WHOM_DETERMINER = re.compile(r"^(?:its|their|his|her|the|our|your)\s+", re.IGNORECASE)
# A side that is only a name ("Ostler Castings"): an employer, not an amount.
_NAME_ONLY = re.compile(rf"(?-i:[{UPPER}][\w&’'.-]*)(?:\s+(?-i:[{UPPER}][\w&’'.-]*)){{0,4}}")


# The verbs of a side below another ("trails the median by $300").
_BEHIND = ("trail", "lag")


def _difference(b: BuildInput) -> AmountFields | None:
    """The sum a comparison sets its sides apart by ("more than £4,000 a year above",
    "by about $5,000"), with its qualifier's bounds and the period written with it."""
    amount = b.value("difference")
    if isinstance(amount, float):
        # "has shrunk by some 450 since 2019": a gap between two counts.
        amount = Amount(amount, amount, COUNT)
    minor = b.captures.get("minor_unit")
    if amount is None and minor is not None and isinstance(b.value("minor"), float):
        # "60 cents", "35p": a hundredth of the currency the text writes in ("p" and
        # "pence" are the pound's).
        said = minor.text.lower()
        currency = "GBP" if said in ("p", "pence") else b.ctx.currency
        value = b.value("minor") / 100
        amount = Amount(value, value, currency)
    points = b.captures.get("points")
    if amount is None and points is not None:
        # "two points short of", "a percentage point above": shares apart by points.
        said = points.text.strip().lower()
        value = 1.0 if said in ("a", "an", "one") else parse_number(said, b.parsers.k)
        amount = Amount(value, value, "%") if value else None
    if not isinstance(amount, Amount) or amount.low is None:
        return None
    low, high = qualified(amount.low, b.value("qualifier"), b.parsers.k)
    period = b.value("period")
    currency = amount.currency or b.ctx.currency
    return amount_fields(Amount(low, high, currency, period if isinstance(period, str) else None))


def _difference_relation(b: BuildInput) -> str:
    """``less`` for a side below the other ("$2 less than", "trails ... by"), else
    ``greater``."""
    direction = str(b.value("direction") or "").lower()
    verb = str(b.value("verb") or "").lower()
    return "less" if direction in _DOWN or verb.startswith(_BEHIND) else "greater"


_GAP = re.compile(r"^(?P<count>.+?)[\s-]+(?P<unit>day|week|month|year)s?$", re.IGNORECASE)


def _length_apart(b: BuildInput) -> AmountFields | None:
    """How far apart two lengths of time are said to be ("about a month shorter than",
    "two weeks longer than"), in days: the qualifier's bounds, else the unit's rounding
    (half a unit either way for a whole number of months or years, a day for days)."""
    gap = b.value("gap")
    m = _GAP.match(str(gap or "").strip())
    if m is None:
        return None
    count = m.group("count").lower()
    number = 1.0 if count in ("a", "an") else parse_number(count, b.parsers.k)
    if not number:
        return None
    unit = DAYS_IN[m.group("unit").lower()]
    days = number * unit
    qualifier = b.value("qualifier")
    if qualifier:
        low, high = qualified(days, qualifier, b.parsers.k)
    else:
        slack = 1.0 if unit == 1.0 else unit / 2
        low, high = days - slack, days + slack
    return amount_fields(Amount(low, high, DURATION_UNIT))


# The other side of a bare change ("the median fell last year"): the thing before it.
BEFORE_CHANGE = "its level before"
# The other side of a change by a share ("narrowed by half, to £9m"): the level it moved
# from, a side that names an earlier amount.
EARLIER_LEVEL = "its previous level"


def build_comparison(b: BuildInput) -> ComparisonFields | None:
    """left, relation and right of a comparison between two amounts, and the ``ratio``
    of left to right when the sentence states one."""
    comparative = next(
        (b.captures[n] for n in ("direction2", "direction3") if n in b.captures), None
    )
    if comparative is not None and "direction" not in b.captures:
        # A comparative adjective or adverb ("shorter", "faster", "a busier route") says
        # which way as "less" or "more" does.
        b = replace(b, captures={**b.captures, "direction": comparative})
    left, right = b.value("left"), b.value("right")
    left = left.text if isinstance(left, Party) else left
    right = right.text if isinstance(right, Party) else right
    relation = b.constants.get("relation")
    ratio = _ratio(b)
    difference = _difference(b) or _length_apart(b)
    if difference is not None:
        relation = _difference_relation(b)
    if ratio is not None and relation is None:
        relation = _RATIO_RELATION.get(b.value("qualifier") or "", "ratio_about")
        if _gap_below(b):
            # "more than 20% less than", "trails them by over a fifth": the bound is on
            # the gap below, so the ratio is at most one minus it, not at least.
            relation = _BOUND_FLIPPED.get(relation, relation)
    if relation is None and b.value("direction"):
        # "sits above the $52,300 median", "$14, less than the $15.50 offered": the
        # direction word alone says which way, with no ratio or sum between the sides.
        # Its last word says which way: "more slowly" is the lesser pace.
        way = str(b.value("direction")).lower().split()[-1]
        relation = "less" if way in _DOWN else "greater"
    if relation == "equal":
        ratio = 1.0
    if b.constants.get("sides") == "cut" and "thing" in b.captures:
        # "cut the stoppage to half its planned length": the thing as cut, set against
        # the thing as it was planned.
        thing, plan = b.captures["thing"].text.strip(), b.captures["plan"].text.split()[-1]
        left, right = f"{thing}, as cut", f"{thing}, as {plan.lower()}"
    if b.constants.get("sides") == "done":
        # "More flights were diverted to Tarn than were cancelled": the things with
        # what was done to each, the auxiliary verb aside.
        kind = b.captures["thing"].text.strip()
        left, right = (
            f"{kind} {_AUXILIARY.sub('', b.captures[name].text).strip()}"
            for name in ("done", "other")
        )
    if not left and "left" not in b.captures:
        left = _left_before(b)
    left = _LEFT_LEAD.sub("", _LEFT_TAIL.sub("", left or ""))
    if left and "left" in b.captures and _REPORTED.fullmatch(left):
        # "£2.1 million, which the guild noted is over 90 times ...": who says so is
        # no side; the side is the sum "which" stands for, the last before.
        captured = b.captures["left"]
        before = b.sentence[: captured.start + max(0, captured.text.rfind(left))]
        if _WHICH_END.search(before):
            amounts = list(re.finditer(b.parsers.macros.money, before, re.IGNORECASE))
            left = amounts[-1].group(0) if amounts else left
    if right and not _STANDS_FOR.match(right):
        right = _DOES_TAIL.sub("", right)
    if right:
        # "outsold its rival by a narrow margin", "outproduced coal for the first time":
        # how far or since when one side leads is no part of the other side.
        right = _LEAD_TAIL.sub("", _SOURCE_TAIL.sub("", right))
    if left and right and b.constants.get("sides") == "places":
        left, right = _places_apart(b, left, right)
    if left and b.constants.get("sides") == "ranked":
        left, right = _ranked(b, left, right)
    if left and b.constants.get("sides") == "owner":
        right = _owner_side(b, left)
    if left and right and b.constants.get("sides") == "years":
        # "The yard built fewer hulls in 2029 than in 2028", "injuries were lower in
        # 2029 than in 2026": the thing in each year.
        # "The clinic has fewer midwives than it did in 2019": the thing now, with no
        # year of its own, against itself in the year named.
        counted = b.captures.get("thing")
        subject = f"{left}'s {counted.text}" if counted and counted.text.strip() else left
        if counted and re.match(r"(?:from|by)\b", counted.text.strip(), re.IGNORECASE):
            # "Growers earned more from cherries in 2030 than ...": what the money came
            # from, not a thing of the growers'.
            subject = f"{left} {counted.text.strip()}"
        when = b.captures.get("when")
        left, right = (
            f"{subject} in {when.text}" if when else subject,
            f"{subject} in {b.captures['right'].text}",
        )
    if not left or not relation or not (right or b.constants.get("implied_right")):
        return None
    if not right and b.constants.get("implied_right") == "earlier":
        # "The loss narrowed by more than half, to £9.1m": the thing now against itself
        # before the change, a level the sources give beside it.
        right = EARLIER_LEVEL
    if b.constants.get("implied_right") == "before":
        # "the median fell last year": the side against what it was before, a change
        # against none; how far it moved is not said.
        left = _LEFT_LEAD.sub("", left)
        if len(left.split()) > 25:
            return None
        return ComparisonFields(
            left=left,
            relation=relation,
            right=BEFORE_CHANGE,
            right_amount=amount_fields(Amount(0.0, 0.0, "%")),
            measure="change",
        )
    whom = b.captures.get("whom")
    if whom is not None and (paid := _WHOM_DETERMINER.sub("", whom.text.strip())):
        # "Harlow pays its cleaners less than ...": the side is what the cleaners get.
        left = f"{left}'s {paid}"
        if not right and b.constants.get("implied_right") == "employer":
            # "Ostler pays its moulders 8% less": than the company named before pays them.
            earlier = _earlier_company(b)
            right = f"{earlier}'s {paid}" if earlier and earlier not in left else None
        elif right and _NAME_ONLY.fullmatch(right):
            # "... 12% more than Ostler Castings": than Ostler Castings pays them.
            right = f"{right}'s {paid}"
    if not right or len(left.split()) > 25 or len(right.split()) > 25:
        return None
    if _lengths_unstated(b):
        return None
    if (
        "share" in b.captures
        and "direction" not in b.captures
        and not b.constants.get("counted")
        and b.constants.get("sides") != "cut"
        and not _is_amount(right, b)
    ):
        # "more than half of the members": a count of people, not a ratio; but "half as
        # many visitors as the museum" sets two counts side by side.
        return None
    _, left_amount = _side(left, b)
    aside = _FIGURE_ASIDE.search(b.captures["left"].text) if "left" in b.captures else None
    if aside is None:
        # "The guild's claim, R14,200, would ...": a sum in any currency the money
        # reader knows, set off the same way; where the rule took no left side, in the
        # words before the comparison, its verb aside.
        if "left" in b.captures:
            words = b.captures["left"].text
        else:
            first = min((c.start for c in b.captures.values()), default=b.match_start)
            words = b.sentence[: min(first, b.match_start)].rstrip()
            words = _LEFT_TAIL.sub("", words).rstrip(" ,") + ","
        aside = re.search(
            rf",\s+(?:at\s+|on\s+)?((?:{b.parsers.macros.money}|{_SHARE_FIGURE})"
            r"(?:\s+(?:an?|per|each)\s+(?:hour|day|week|month|year))?),\s*$",
            words,
            re.IGNORECASE,
        )
    if left_amount is None and aside is not None:
        # "The top of the Orla scale, $92,500, sits above ...": the figure set off by
        # commas after the side is its amount.
        _, left_amount = _side(aside.group(1), b)
    if left_amount is None and "left" in b.captures:
        raw = b.captures["left"].text
        fronted = _FRONTED_FIGURE.search(
            b.sentence[: b.captures["left"].start + max(0, raw.find(left))]
        )
        if fronted is not None:
            # "At 12 per cent over three years, the Dunmore rise outstrips ...": the
            # fronted figure is what the left side amounts to.
            _, left_amount = _side(fronted.group(1), b)
            said = fronted.group(1).lower()
            period = next(
                (n for w, n in b.parsers.k.period_phrases.items() if f" {w}" in f" {said} "),
                None,
            )
            if left_amount is not None and period and left_amount["currency"] != "%":
                left_amount = amount_fields(replace(fields_amount(left_amount), period=period))
    if left_amount is None and _REFERRING.match(left) and "left" in b.captures:
        # "... as much as $410,000 for a chief chemist, a sum that dwarfs ...":
        # the figure is the last amount before the phrase.
        before = b.sentence[: b.captures["left"].start + b.captures["left"].text.find(left)]
        amounts = list(re.finditer(b.parsers.macros.money, before, re.IGNORECASE))
        if amounts:
            _, left_amount = _side(amounts[-1].group(0), b)
    if left_amount is None and "now" in b.captures:
        # "..., to £9.1m": where the change left the thing is what the left side is now.
        _, left_amount = _side(b.captures["now"].text, b)
    _, right_amount = _side(right, b)
    if right_amount is None and "was" in b.captures:
        # "... by a third, from 90 cents to 60 cents": where the change started is the
        # earlier level.
        _, right_amount = _side(b.captures["was"].text, b)
    if right_amount is None and "figure" in b.captures:
        # "..., ahead of Darwin's $30.10": the figure after whose it is.
        _, right_amount = _side(b.captures["figure"].text, b)
    if left_amount is None or right_amount is None:
        # "..., on €41,200 and €29,900 respectively", "..., which the census office
        # sets at £612 a week": the sentence gives the sides' figures after them.
        given = _figures_after(b, right)
        left_amount = left_amount or given[0]
        right_amount = right_amount or given[1]
    return ComparisonFields(
        left=left,
        relation=relation,
        right=right,
        ratio=_num(ratio),
        left_amount=left_amount,
        right_amount=right_amount,
        difference=difference,
        measure=_measure(b)
        or _stated_change(left, left_amount)
        or _ranked_change(b)
        or b.constants.get("measure"),
        rank=_PLACES.get(str(b.value("place") or "").lower()),
    )


# The places below the first a ranked side may hold, as words and as figures.
_PLACES = {
    **{w: n for n, w in enumerate(["second", "third", "fourth", "fifth", "sixth"], start=2)},
    **{f"{n}{suffix}": n for n, suffix in ((2, "nd"), (3, "rd"), (4, "th"), (5, "th"), (6, "th"))},
}


def _ranked(b: BuildInput, left: str, right: str | None) -> tuple[str, str]:
    """The sides of one thing ranked against every other of its kind: the thing at its
    place ("admissions grew fastest in the Kestrel region": "admissions in the Kestrel
    region"), against "any other" of the place's kind ("region"), or of places when the
    place's name says no kind."""
    here = b.captures.get("here") or b.captures.get("here2")
    if here is None:
        if not right:
            # "the best-paying state", "the lowest of the four markets", "out-earned
            # everyone else": against every other of the kind named, or of any kind.
            named = b.captures.get("kind")
            right = f"any other {singular(named.text) if named else 'group'}"
        return left, right
    place = here.text.strip()
    if not right:
        kind = place.split()[-1]
        right = f"any other {kind if kind.islower() else 'place'}"
    return f"{left} {place}", right


# A thing at a place, opening a side: "riggers in Perth (earn ...)".
_THING_AT = re.compile(
    r"^(?P<thing>.+?\s(?:in|at))\s+(?:the\s+)?(?-i:[A-Z])[\w’'-]*(?:\s+(?-i:[A-Z])[\w’'-]*)*"
)


def _owner_side(b: BuildInput, left: str) -> str:
    """The other side of a figure set against whose another figure is ("riggers in
    Perth earn $31.20, ahead of Darwin's $30.10"): the left side's thing at the other
    place ("riggers in Darwin"), or the owner alone where the left names no place."""
    owner = b.captures["owner"].text.strip()
    at = _THING_AT.match(left)
    return f"{at.group('thing')} {owner}" if at else owner


# A place closing a side, after its thing: "rents in Parville", "the cuts at the Holm pit".
_PLACE = re.compile(r"\s(?:in|at)\s+\S+(?:\s+\S+){0,4}$", re.I)


def _places_apart(b: BuildInput, left: str, right: str) -> tuple[str, str]:
    """The sides of one thing set against itself at two places ("rents rose faster in
    Parville than in Osterby"): the thing at each place, since "in Osterby" alone names
    no figure. The left side's place is the one written between the verb and "than",
    else the one closing its own words, which the right side's place then stands in for."""
    here = b.captures.get("here") or b.captures.get("here2")
    if here is not None:
        return f"{left} {here.text.strip()}", f"{left} {right}"
    place = _PLACE.search(left)
    if place is not None:
        return left, f"{left[: place.start()]} {right}"
    return left, f"{left} {right}"


# Verbs of falling, in their forms (an alternation for other patterns to use).
FALL_VERBS = (
    r"fell|falls?|falling|fallen|dropped|drops?|dropping|declined|declines?|declining|"
    r"decreased|decreases?|decreasing|shrank|shrinks?|shrinking|shrunk|slid|slides?|sliding|"
    r"slumped|slumps?|plunged|plunges?|plummeted|plummets?|contracted|contracts?|lost|loses?|"
    r"eased|eases?|dipped|dips?|tumbled|tumbles?"
)
# A verb of rising or falling, and a comparative of pace or steepness before "than": the
# comparison is of the changes, not of the levels changed.
_CHANGE_VERB = re.compile(
    r"\b(?:rose|rises?|rising|risen|grew|grows?|growing|grown|climbed|climbs?|climbing|"
    r"increased|increases?|increasing|jumped|jumps?|soared|soars?|surged|surges?|expanded|"
    rf"expands?|gained|gains?|{FALL_VERBS})\b",
    re.IGNORECASE,
)
_CHANGE_BY = re.compile(
    r"\s+(?:(?:[a-z]+\s+){0,2}?(?:more|less|further|farther|faster|slower|quicker|steeper|"
    r"sharper|fastest|slowest|most|least)|(?:[\w.]+\s+){0,6}?as\s+(?:fast|quickly|rapidly|steeply|sharply))\b",
    re.IGNORECASE,
)
_PACE_THAN = re.compile(
    r"\b(?:faster|slower|quicker|steeper|sharper|(?-i:[a-z]+ly))\s+than\b", re.IGNORECASE
)


# Words that compare lengths of time: "shorter than", "outlasted".
# "Longer hours": the working time a side puts in, a measure a table gives for each side
# under its own word, not the length of one dispute.
_LENGTH_WORDS = re.compile(
    r"\b(?:(?:longer|shorter)(?!\s+(?:(?:working|average|weekly|daily)\s+)?hours\b)"
    r"|out-?last(?:s|ed|ing)?)\b",
    re.IGNORECASE,
)


def _lengths_unstated(b: BuildInput) -> bool:
    """True for a comparison of lengths of time ("ran a month shorter than", "outlasted
    the 2019 walkout") whose sentence gives no length: a page's lengths are not yet tied
    to the dispute a side names (a strike's 118 days, or two years of talks before it),
    so such a comparison is read only where a side states its own."""
    left, right = b.captures.get("left"), b.captures.get("right")
    if left is None or right is None or right.start <= left.end:
        return False
    between = b.sentence[left.end : right.start]
    if not _LENGTH_WORDS.search(between):
        return False
    gap = b.captures.get("gap")
    said = b.sentence if gap is None else b.sentence[: gap.start] + b.sentence[gap.end :]
    return re.search(b.parsers.macros.duration, said, re.IGNORECASE) is None


def _measure(b: BuildInput) -> str | None:
    """``"change"`` when the words between the sides say how fast or how far they rose
    or fell ("grew faster than", "fell less steeply than"), else None."""
    left, right = b.captures.get("left"), b.captures.get("right")
    if left is None or right is None or right.start <= left.end:
        return None
    if b.constants.get("sides") == "years":
        # "Headcount has fallen by 900 since 2021": the thing's levels in two years,
        # however far it moved between them.
        return None
    between = b.sentence[left.end : right.start]
    rose = _CHANGE_VERB.search(between)
    rose_more = rose is not None and _CHANGE_BY.match(between[rose.end() :])
    return "change" if rose_more or _PACE_THAN.search(between) else None


# A side that says how far its thing moved: "enrolments rose by 4.7 per cent".
_MOVED_BY = re.compile(
    _CHANGE_VERB.pattern + r"\s+(?:by\s+)?(?:[a-z]+\s+)?\d[\d.,]*\s?(?:%|per\s?cent|percent)",
    re.IGNORECASE,
)


def _ranked_change(b: BuildInput) -> str | None:
    """``"change"`` when a thing is ranked by how fast it rose or fell at a place
    ("admissions grew fastest in the Kestrel region"), which names no right side."""
    left, here = b.captures.get("left"), b.captures.get("here2")
    if left is None or here is None or here.start <= left.end:
        return None
    between = b.sentence[left.end : here.start]
    rose = _CHANGE_VERB.search(between)
    return "change" if rose is not None and _CHANGE_BY.match(between[rose.end() :]) else None


def _stated_change(left: str, amount: AmountFields | None) -> str | None:
    """``"change"`` when the left side states how far its thing rose or fell in per
    cent ("enrolments rose by 4.7 per cent last year, more than twice the national
    rate"): the other side is a change too, not the level that changed."""
    if amount is None or amount["currency"] != "%":
        return None
    return "change" if _MOVED_BY.search(left) else None


# What leads the sides' figures after a comparison: "at", "on", "with", or a participle
# of pay ("taking home", "earning").
_PAIR_LEAD = (
    r"(?:at|on|with|(?:taking|bringing)\s+home|earning|making|averaging|pocketing|"
    r"drawing|pulling\s+in)"
)
_SHARE_FIGURE = r"(?P<one>\d+(?:\.\d+)?)\s*(?:%|per\s?cent\b|percent\b)"


def _figures_after(b: BuildInput, right: str) -> tuple[AmountFields | None, AmountFields | None]:
    """The figures a sentence gives for a comparison's sides after it: two sums
    "respectively" (the left side's, then the right's), or one in a clause hung on the
    right side ("..., which the census office sets at £612 a week", "— ... — whose
    average came to €2,310"), the right side's."""
    cap = b.captures.get("right")
    at = -1 if cap is None else b.sentence.find(right, cap.start)
    if at < 0:
        return None, None
    # After the right side's words (its capture runs on to the sentence's end), and
    # after what the rule read beyond them ("by about three to one").
    ends = [at + len(right), *(c.end for n, c in b.captures.items() if n not in ("left", "right"))]
    tail = b.sentence[max(ends) :]
    money = b.parsers.macros.money
    both = re.match(
        rf"[^.;$£€¥₹\d]{{0,48}}?({money})\s+(?:and|to|against|versus|vs\.?)\s+"
        rf"({money})\s*,?\s+respectively\b",
        tail,
        re.IGNORECASE,
    )
    if both:
        return _side(both.group(1), b)[1], _side(both.group(2), b)[1]
    shares = re.match(
        # "— 7.1 percent against 5.0 percent", ", at 4% against 3%": two shares in turn.
        rf"\s*(?:,|[—–]|\s-)\s*(?:{_PAIR_LEAD}\s+)?{_SHARE_FIGURE}\s+"
        rf"(?:against|versus|vs\.?|compared\s+with)\s+{_SHARE_FIGURE.replace('one', 'two')}",
        tail,
        re.IGNORECASE,
    )
    if shares:
        one, two = float(shares.group("one")), float(shares.group("two"))
        return amount_fields(Amount(one, one, "%")), amount_fields(Amount(two, two, "%"))
    paired = re.match(
        rf"\s*(?:,|[—–]|\s-)\s*(?:{_PAIR_LEAD}\s+)?((?:{b.parsers.macros.qualifier}\s+)?{money})"
        rf"(?:\s*(?P<period>{b.parsers.macros.period}))?\s+"
        rf"(?:against|versus|vs\.?|compared\s+with)\s+(?:{b.parsers.macros.qualifier}\s+)?"
        rf"(?P<second>{money}|\d{{1,3}}(?:,\d{{3}})+(?:\.\d+)?|\d+(?:\.\d+)?)(?![\d%])"
        rf"(?!\s*(?:per\s?cent|percent)\b)",
        tail,
        re.IGNORECASE,
    )
    if paired:
        # "..., at 31,000 crowns a month against 27,500": the sides' figures in turn,
        # the second written bare in the first's currency and period.
        first = _side(paired.group(1), b)[1]
        said = (paired.group("period") or "").lower().strip()
        period = next((n for w, n in b.parsers.k.period_phrases.items() if w == said), None)
        if first is not None and period and first["currency"] != "%":
            first = amount_fields(replace(fields_amount(first), period=period))
        second = _side(paired.group("second"), b)[1]
        if first is not None and (second is None or second.get("currency") is None):
            value = parse_number(paired.group("second"), b.parsers.k)
            if value is not None:
                second = amount_fields(replace(fields_amount(first), low=value, high=value))
        if (
            first is not None
            and second is not None
            and second.get("period") is None
            and second.get("currency") == first.get("currency")
        ):
            second = amount_fields(replace(fields_amount(second), period=first.get("period")))
        return first, second
    hung = re.match(
        rf"\s*(?:[—–]\s[^—–]{{1,200}}?\s[—–]\s*|,\s*|\s+)(?:whose|which)\b[^.;$£€¥₹\d]{{0,80}}?"
        rf"\b(?:at|was|is|were|are|of|to)\s+((?:{b.parsers.macros.qualifier}\s+)?{money})"
        # Not the gap between the sides: "..., which is $3 less".
        rf"(?![.,]?\d)(?!\s+(?:(?:an?|per|each)\s+\w+\s+)?(?:less|more|lower|higher|below|above|short|"
        rf"apart|behind|ahead|gap|difference)\b)",
        tail,
        re.IGNORECASE,
    )
    if hung:
        return None, _side(hung.group(1), b)[1]
    return None, None


# A number right after a capitalised word inside a sentence labels it ("Route 9").
_LABEL_BEFORE = re.compile(rf"(?<=[{LOWER},;] )(?-i:[{UPPER}][\w-]*) $")


# How far a length of time written without a qualifier reaches, and how far apart two
# lengths may be and agree: a day, or 1.5% of a long span (sources count the first and
# last days or not, and round long spans).
DURATION_DAYS_SLACK, DURATION_SHARE_SLACK = 1.0, 0.015
# The unit of a quantity that is a length of time, which the comparators look for.
DURATION_UNIT = "days"


def duration_slack(days: float, written: str = "") -> float:
    """How far either way a length of ``days`` written without a qualifier reaches
    (:data:`DURATION_DAYS_SLACK` or :data:`DURATION_SHARE_SLACK` of it, the larger). A
    whole number of weeks, months or years (``written`` is the words that give it) is
    rounded to that unit by whoever wrote it: it reaches half the unit either way, and
    the day of the ends counted or not on top, so "seven weeks" holds 53 days."""
    slack = max(DURATION_DAYS_SLACK, DURATION_SHARE_SLACK * days)
    rounding = duration_rounding(days, written)
    # Ends counted or not (a day) on top of the rounding to the unit.
    return max(slack, rounding + DURATION_DAYS_SLACK) if rounding else slack


def duration_rounding(days: float, written: str) -> float:
    """How far either way a length a source gives reaches: half its unit when it is a
    whole number of weeks, months or years (``written`` gives it), else nothing. The
    slack of :func:`duration_slack` is the tolerance of a comparison and belongs to one
    side only: on both, "five days" would agree with "three days"."""
    unit = _ROUNDED_UNIT.search(written)
    if unit is None or _FRACTION.search(written):
        return 0.0
    size = DAYS_IN[unit.group(1).lower()]
    # "A full week", "two whole months": the writer vouches for the whole unit, so it is
    # no rounding of half of one; a working week (five days) still counts as a full one.
    return size * (WHOLE_UNIT_SHARE if _WHOLE_UNIT.search(written) else 0.5)


# Units a length is rounded to, and the words that give a length finer than the unit
# ("7.5 weeks", "six and a half months").
_ROUNDED_UNIT = re.compile(r"\b(week|month|year)s?\b", re.IGNORECASE)
_FRACTION = re.compile(r"\d[.,]\d|\bhalf\b|\bquarter\b|½", re.IGNORECASE)
# A whole unit vouched for ("a full week", "three entire months") and how far either way
# it reaches, as a share of the unit.
_WHOLE_UNIT = re.compile(
    r"\b(?:full|whole|entire|solid|clear)[\s-]+(?:week|month|year)s?\b", re.IGNORECASE
)
WHOLE_UNIT_SHARE = 0.25


# A year with no 29 February, for spans whose dates name no year.
_PLAIN_YEAR = 2001
# How many weeks a span may run and still be told by its working days.
WORKING_WEEKS = 3


def _span(b: BuildInput) -> QuantityFields | None:
    """How many days a span from its first to its last day covers, both counted ("from
    Monday 3 March to Friday 14 March" is 12), or the first left out (11). A span of a
    few weeks is often told by its working days, so it holds up to the next whole number
    of weeks (12 days are also "two weeks") and down to its working days."""
    end, start = b.value("date"), b.value("start")
    if not isinstance(end, DateValue) or not end.month or not end.day:
        return None
    if isinstance(start, DateValue):
        if not start.day:
            return None
        first = (start.year, start.month or end.month, start.day)
    elif b.value("first"):
        first = (None, end.month, int(b.value("first")))
    else:
        return None
    year = end.year or first[0] or _PLAIN_YEAR
    try:
        last_day = datetime.date(year, end.month, end.day)
        first_day = datetime.date(first[0] or year, first[1], first[2])
        if first_day > last_day and first[0] is None:
            first_day = first_day.replace(year=year - 1)
    except ValueError:
        return None  # "30 February"
    days = (last_day - first_day).days + 1
    if not 1 < days <= 366:
        return None
    # Its working days may be what is counted ("a ten-day strike" from a Monday to the
    # Friday of the next week): down to the span without a weekend in each week, for a
    # span of a few weeks (a long one is told in calendar days or months).
    short = days <= WORKING_WEEKS * 7
    weekends = 2 * (days // 7) + (1 if days % 7 else 0) if short else 1
    return QuantityFields(
        value=days,
        min=days - weekends,
        max=7 * math.ceil(days / 7) if short else days,
        unit=DURATION_UNIT,
    )


def _duration(b: BuildInput) -> QuantityFields | None:
    """A length of time as a quantity in days: "lasted 148 days", "a three-week
    walkout", "nearly three months" (below 91.3 days). Written without a qualifier it
    holds within :func:`duration_slack`. A bare "after" whose subject names nothing that
    lasts is no length (see :func:`_places_event`)."""
    days = float(b.value("duration"))
    if _places_event(b):
        return None
    qualifier = b.value("qualifier")
    if qualifier:
        lo, hi = qualified(days, qualifier, b.parsers.k)
    else:
        said = b.captures.get("duration")
        slack = duration_slack(days, said.text if said is not None else "")
        lo, hi = days - slack, days + slack
    return QuantityFields(
        value=_number(round(days, 2)),
        min=_num(None if lo is None else round(lo, 2)),
        max=_num(None if hi is None else round(hi, 2)),
        unit=DURATION_UNIT,
        qualifier=qualifier or None,
    )


def build_quantity(b: BuildInput) -> QuantityFields | None:
    """A count or amount with its unit: value, min, max, unit; a length of time in days."""
    if b.value("duration"):
        return _duration(b)
    if isinstance(b.value("date"), DateValue):
        return _span(b)
    value = b.value("amount")
    if isinstance(value, Amount) and _GAP_AFTER.match(b.sentence, b.captures["amount"].end):
        return None  # "$6 an hour more than": a comparison's difference, no sum of its own
    if isinstance(value, Amount):
        # Money that is not pay: the currency is the unit.
        unit = value.currency or b.ctx.currency or ""
        value = value.low
    elif value is None and isinstance(b.value("share"), str):
        # "more than half of the crew": the share as a percentage.
        value = round(100 * (parse_number(b.value("share"), b.parsers.k) or 0.0), 2) or None
        unit = "%"
    elif value is None:
        value = b.value("percent")
        unit = "%"
    else:
        unit = str(b.value("unit") or b.constants.get("unit") or "").lower()
        if unit.split()[-1:] and unit.split()[-1] in b.parsers.k.words("vague_units"):
            return None  # "one thing", "two ways": no count worth checking
        if _JOINED_KINDS.search(unit):
            # "office and warehouse staff": of two kinds, a count of staff.
            unit = unit.split()[-1]
    if value is None or not unit:
        return None
    qualifier = b.value("qualifier")
    cap = b.captures.get("amount") or b.captures.get("percent") or b.captures.get("share")
    if cap is not None and _LABEL_BEFORE.search(b.sentence[: cap.start]):
        return None  # "Route 9", "Series 3": a label, not a count
    qual = b.captures.get("qualifier")
    if (
        qual is not None
        and qual.text.strip().lower() == "from"
        and _CHANGED_BEFORE.search(b.sentence[: qual.start])
        and _TO_AFTER.match(b.sentence, max(c.end for c in b.captures.values()))
    ):
        # "cut the premium from 30% to 18%", "grew from 900 staff to 1,200": the level
        # a change started from, not a floor of the figure.
        qualifier = None
    lo, hi = qualified(float(value), qualifier, b.parsers.k)
    if unit == "%" and b.captures.get("percent") is not None:
        lo, hi = rough_share(float(value), qualifier, lo, hi, b.captures["percent"].text)
    if qualifier is None and cap is not None:
        tol = _with_first_end(rounding_tolerance(cap.text), float(value), b.sentence[: cap.start])
        lo, hi = value * (1 - tol), value * (1 + tol)
    if (
        cap is not None
        and _bare_scale(cap.text, b.parsers.k)
        and _SOME.search(b.sentence[: cap.start])
    ):
        # "several hundred staff", "a few thousand nurses": some hundreds, not one; from
        # two of the scale up to the next one.
        lo, hi = 2.0 * value, 10.0 * value - 1
        value = lo
    return QuantityFields(
        value=_number(float(value)),
        min=_num(lo),
        max=_num(hi),
        unit=unit,
        of=b.value("of") or None,
        qualifier=qualifier or None,
    )


def _with_first_end(tol: float, value: float, before: str) -> float:
    """The rounding of the second end of "from X to Y" (``before`` is the sentence up to
    Y), no coarser than the first's: a writer who gives "from 120 to 200" gives both to
    the ten, so "200" reaches 195 to 205, not 180 to 220."""
    m = _FIRST_END.search(before)
    if m is None or value <= 0:
        return tol
    first = float(m.group(1).replace(",", ""))
    if first <= 0:
        return tol
    half_unit = rounding_tolerance(m.group(1)) * first
    return min(tol, max(EXACT_TOLERANCE, half_unit / value))


# "from 120 to", "from 3.5% to", "from 900 staff to": the first end of a span or a
# change, right before its second.
_FIRST_END = re.compile(
    r"\bfrom\s+[$£€¥₹]?(\d[\d,]*(?:\.\d+)?)\s*(?:%|per\s*cent|[A-Za-z-]+)?\s+to\s+[$£€¥₹]?$",
    re.IGNORECASE,
)


# Kinds joined before the noun a count counts by: "branch and call-centre employees".
_JOINED_KINDS = re.compile(r"\s(?:and|or|&)\s")


# A verb of change a few words before "from X to Y": X is the level it changed from.
_CHANGED_BEFORE = re.compile(
    r"\b(?:r[io]s(?:e|es|en|ing)|climb\w*|gr[eo]w\w*|increas\w*|rais\w*|lift\w*|boost\w*"
    r"|jump\w*|f[ae]ll\w*|drop\w*|declin\w*|cut\w*|reduc\w*|lower\w*|slash\w*|trimm?\w*"
    r"|shr[aiu]nk\w*|swell\w*|swoll\w*|doubl\w*|halv\w*|went|go(?:es|ing)?|mov\w*|chang\w*)"
    r"(?:\s+[\w'’-]+){0,5}\s+$",
    re.IGNORECASE,
)
# "to" and a figure right after a claim: "from 30% to 18%".
_TO_AFTER = re.compile(r"\s+to\s+(?:[a-z]+\s+){0,2}?[$£€¥₹]?\d", re.IGNORECASE)


# An indefinite count before a bare scale word: "several hundred", "a few thousand".
_SOME = re.compile(r"\b(?:several|a\s+few|few|some|many|a\s+couple\s+of)\s+$", re.IGNORECASE)


def _bare_scale(text: str, k: Knowledge) -> bool:
    """True when ``text`` is a scale word alone ("hundred", "thousand"), no count before it."""
    word = text.strip().lower()
    return word == "hundred" or word in {m.lower() for m in k.magnitudes}


# What opens a subject that names nothing that could last: an adverb, a conjunction, a
# pronoun ("Later, after some six weeks, ...", "and it came after two years of ...").
_UNNAMED = re.compile(
    r"^(?:and|but|so|yet|or|then|finally|eventually|later|soon|only|it|they|he|she|we|"
    r"this|that|there)\b",
    re.IGNORECASE,
)


def _places_event(b: BuildInput) -> bool:
    """True for a bare "after N months" whose subject names nothing that lasts: after an
    adverb or a pronoun ("Later, after some six weeks, the council dropped the
    fee on 3 May") it only places the sentence's own event, whose date is the claim. With
    a subject that names it ("The strike ended on 9 May, after 118 days") it is how long
    that lasted."""
    if str(b.value("event") or "").lower() != "after":
        return False
    subject = b.value("subject")
    said = subject.text if isinstance(subject, Party) else str(subject or "")
    return not said or bool(_UNNAMED.match(said)) or (" " not in said and said.islower())


# A participle's agent: "Pianists represented by the guild ...".
_BY_AGENT = re.compile(r"\s+by\s+", re.IGNORECASE)
_LOWER_WORD = re.compile(r"(?<![\w’'-])([a-z]{3,})(?![\w’'-])")


def _event_after_agent(b: BuildInput) -> str | None:
    """The verb that tells a dated event when the verb read first is a participle with
    its agent, describing the subject: "Pianists represented by the Keyboard Guild
    began a strike on 2 June" tells a beginning, not a representing. The first verb in
    the past after the agent (irregular, or a regular "-ed" word not itself followed by
    "by"), before the date; None when there is none."""
    event, date = b.captures.get("event"), b.captures.get("date")
    if event is None or date is None or not _BY_AGENT.match(b.sentence, event.end):
        return None
    irregular = set(b.parsers.k.words("event_verbs"))
    between = b.sentence[event.end : date.start]
    for m in _LOWER_WORD.finditer(between):
        word = m.group(1)
        if word in irregular or (
            len(word) >= 5 and word.endswith("ed") and not _BY_AGENT.match(between, m.end())
        ):
            return word
    return None


# The particles that make a verb another verb: "called off" is an end, "called" none;
# "kicked off" a start.
_PARTICLE = re.compile(r"\s+(off)\b")


def _particle_after(b: BuildInput) -> str | None:
    """The particle right after a dated event's verb, which belongs to it ("the union
    called off the action on 3 May": the event is "called off"); None when there is
    none or the event already holds one."""
    event = b.captures.get("event")
    if event is None or " " in event.text.strip():
        return None
    m = _PARTICLE.match(b.sentence, event.end)
    return m.group(1).lower() if m else None


def build_date(b: BuildInput) -> DateFields | None:
    """An event and when it happened (``date``) or how long it lasted (``days``)."""
    event = b.value("event") or b.constants.get("event")
    date = b.value("date")
    if isinstance(date, int):
        date = DateValue(date, None, None)  # a year alone, read by the year macro
    iso = None
    if isinstance(date, DateValue):
        if date.year is None and date.month is None:
            return None
        iso = date.iso()
    duration = b.value("duration")
    days = round(float(duration), 2) if duration else None
    if iso is None and days is None:
        return None
    subject = b.value("subject")
    if iso is None and _places_event(b):
        return None
    if isinstance(event, str) and (after := _event_after_agent(b)) is not None:
        event = after
    elif isinstance(event, str) and (particle := _particle_after(b)) is not None:
        event = f"{event} {particle}"
    words = str(event).lower().split() if event else []
    # "was finally suspended" is the event "was suspended".
    kept = [w for i, w in enumerate(words) if not (i == 1 and len(words) > 2 and w.endswith("ly"))]
    return DateFields(
        event=" ".join(kept) or None,
        date=iso,
        days=days,
        subject=(subject.text if isinstance(subject, Party) else subject) or None,
    )


def build_superlative(b: BuildInput) -> SuperlativeFields | None:
    """A superlative, its scope ("world") and what it describes."""
    word = b.value("superlative")
    subject = b.value("subject")
    if not word or not subject:
        return None
    scope = b.value("scope")
    entity = b.value("entity")
    if isinstance(entity, list):
        entity = entity[0] if entity else None
    if not entity and scope:
        # "Acme, the world's largest ...": the name the superlative is said of.
        entity = _employer(b, b.captures["superlative"].start)
    owner = str(b.value("owner") or "")
    if not entity and owner:
        # "the union's first strike": the union named before; "Harlow Mills's longest
        # stoppage": Harlow Mills.
        said = b.parsers.descriptions.describe(owner)
        if said is None:
            known = b.parsers.org_names(owner, b.ctx)
            entity = known[0] if known else (owner if owner[:1].isupper() else None)
        elif said.kind == "union":
            entity = _earlier_union(b)
        elif said.kind == "employer":
            entity = _described_company(b, said.head)
    return SuperlativeFields(
        superlative=str(word).lower(),
        scope=str(scope).lower().rstrip("’'s").strip() if scope else None,
        subject=subject,
        entity=entity,
    )


def build_quote(b: BuildInput) -> QuoteFields | None:
    """Quoted words and who said them: the speaker without a title written before the
    name ("Chief Executive Ada Brisk" is Ada Brisk), and a speaker named by surname
    alone ("Brisk said") by the full name the text gives elsewhere. A quote has at least
    three words unless its rule sets ``min_words`` (a judgement quoted after "called"
    is whole in one)."""
    quote, speaker = b.value("quote"), b.value("speaker")
    if not quote or len(str(quote).split()) < int(b.constants.get("min_words", 3)):
        return None
    cap = b.captures.get("speaker")
    if cap is not None and _PART_OF_A_NAME.search(b.sentence[: cap.start]):
        # "said a driver at Harlow Cross depot": the capitalised words run on from one
        # before them, a place's name, not a person's.
        return None
    if cap is not None and b.sentence[cap.end : cap.end + 1].isalnum():
        return None
    if cap is not None and _names_a_body(b.sentence[cap.end :], b.parsers.k):
        # "said Kell Bridge Allotment Society secretary Tereza Holub": the capitalised
        # words are a body's name before a title, not the speaker's.
        return None
    if speaker:
        speaker = speaker_name(str(speaker), b.parsers.k, b.ctx)
    return QuoteFields(quote=normalise_quote(str(quote)), speaker=speaker)


# The word after a speaker's name, in lower case, and whether a capitalised word follows.
_WORD_AFTER = re.compile(rf"\s+([a-z][\w’'-]*)(\s+(?-i:[{UPPER}]))?")


def _names_a_body(after: str, k: Knowledge) -> bool:
    """True when the words ``after`` a speaker's name begin with a title (a listed role,
    or a word of an occupation's ending before another name): the name was a body's."""
    m = _WORD_AFTER.match(after)
    if m is None:
        return False
    word = m.group(1)
    heads = k.words("organisation_heads")
    return word in k.roles or word in heads or (m.group(2) is not None and k.is_role(word))


# A capitalised word just before a speaker's name: the name is the end of a longer one.
_PART_OF_A_NAME = re.compile(rf"(?<![\w’'])(?-i:[{UPPER}])[\w’'&.-]*\s$")


def normalise_quote(text: str) -> str:
    """Quoted words as a claim holds them: one space between words, without the comma
    or full stop that closed them inside the quotation marks."""
    return " ".join(text.split()).strip(" ,.")


# A person's given names before a surname: "Ada", "Ada M.", "Ada-Mae".
_GIVEN_NAMES = (
    rf"(?-i:(?<![\w’'])[{UPPER}][{LOWER}]+"
    rf"(?:[\s-](?:[{UPPER}]\.|[{UPPER}][{LOWER}’']+)){{0,2}})"
)


def speaker_name(speaker: str, k: Knowledge, ctx: TextContext) -> str:
    """A speaker's name without a title written before it ("Chief Executive Ada
    Brisk" is Ada Brisk); a surname alone ("Brisk") is the full name the text gives
    elsewhere, when it gives one."""
    words = speaker.split()
    titles = k.roles | k.seniority | k.words("organisation_heads")
    # The name is what follows the last title word, as long as two words are left.
    ends = [i for i, w in enumerate(words[:-2]) if w.lower() in titles]
    if ends:
        words = words[ends[-1] + 1 :]
    if len(words) > 1:
        return " ".join(words)
    surname = words[0]

    def full_name() -> str:
        named = re.search(rf"{_GIVEN_NAMES}\s{re.escape(surname)}(?![\w’'])", ctx.text)
        return named.group(0) if named else surname

    found: str = ctx.answer(("speaker", surname), full_name)
    return found


def build_statement(b: BuildInput) -> StatementFields | None:
    """A check-worthy sentence; its fields name the organisations and numbers in it."""
    orgs = b.parsers.org_names(b.sentence, b.ctx)
    numbers = re.findall(r"\d[\d,]*(?:\.\d+)?", b.sentence)
    if len(numbers) > 1:
        # "14 750" is one number, its digits grouped by a space (two numbers at least).
        numbers = re.findall(r"\d[\d,]*(?:\.\d+)?", joined_digits(b.sentence))
    return StatementFields(orgs=tuple(orgs), numbers=tuple(numbers[:10]))


def build_generic(b: BuildInput) -> GenericFields | None:
    """Fields of a claim type with no builder of its own: its captures and constants."""
    out: dict[str, Any] = dict(b.constants)
    for name, cap in b.captures.items():
        value = cap.value
        if isinstance(value, Amount):
            value = amount_fields(value)
        elif isinstance(value, Party):
            value = value.text
        elif isinstance(value, DateValue):
            value = value.iso()
        out[name] = value
    return GenericFields(out)


BUILDERS: dict[str, Callable[[BuildInput], Fields | None]] = {
    "salary": build_salary,
    "job_title": build_job_title,
    "strike": build_strike,
    "comparison": build_comparison,
    "quantity": build_quantity,
    "date": build_date,
    "superlative": build_superlative,
    "quote": build_quote,
    "statement": build_statement,
}
