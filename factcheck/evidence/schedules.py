"""Pay schedules: the step of a salary scale a pay claim names, read from the tables that
price it.

A schedule gives pay by step, grade, range or band, laid out one of three ways: a row per
job or per range with a column per step ("Range 18 | A $24.66 | B $25.89 ..."), or a row
per step with a column of pay ("Step 1 | $48,250", "Step 9 (top of scale) | $71,400").
A job reaches its row by name, by the range another table maps it to ("Equipment
Mechanic | 18"), or by the scale its own page sets out. Which step a claim means its
words say: "starts on", "at entry", "new hires" the first (or the step the page says
new staff start on), "the top of", "tops out at", "up to" the last, "at step 4" that
one; a range claimed is the whole scale.
"""

from __future__ import annotations

import re
from collections.abc import Callable
from dataclasses import dataclass

from factcheck.claims.amounts import Amount
from factcheck.evidence.index import STOPWORDS, EvidenceIndex, keywords
from factcheck.evidence.tables import named_cells, table_entries
from factcheck.model import PageFact
from factcheck.sources.facts import parse_pay

# The kinds of rank a schedule prices by, as header words ("Salary range", "Pay grade").
_RANK_WORDS = r"step|grade|range|band|level|class|tier|point"
# A rank and its code: "Range 18", "Grade 7B", "Step C", "band 5".
# The code is case-sensitive: "Ranger" is no "Range R".
_RANK = re.compile(rf"\b({_RANK_WORDS})\s*((?-i:\d{{1,3}}[A-Z]?|[A-Z]\d{{0,2}}))\b", re.IGNORECASE)
# A column (or row) of a scale: a step by number or letter ("A", "Step 3", "3"), or its
# ends.
_STEP = re.compile(
    r"^\s*(?:step\s*)?(?:[A-H]|\d{1,2})\s*$|\bstep\b|\bmin(?:imum)?\b|\bmax(?:imum)?\b|"
    r"\bentry\b|\bstart(?:ing)?\b|\btop\b",
    re.IGNORECASE,
)
# Words saying a claim means the scale's first step, or its last.
_FIRST = re.compile(
    r"\bstart(?:s|ing|ed)?\s+(?:on|at|from|out)\b|\bat\s+entry\b|\bentry[- ](?:level|rate|pay)\b|"
    r"\bstarting\s+(?:salary|pay|rate|wage)\b|\bnew(?:ly)?\s+(?:hires?|hired|qualified|"
    r"recruits?|starters?|employees?|staff)\b|\bhired\s+at\b|\bto\s+start\b|\bbegins?\s+(?:on|at)\b",
    re.IGNORECASE,
)
_LAST = re.compile(
    r"\btop\s+of\b|\btops?\s+out\b|\bmax(?:es|imum)?\b|\bat\s+the\s+top\b|\bhighest\s+step\b|"
    r"\bup\s+to\b|\bas\s+much\s+as\b|\brises?\s+to\b|\bcan\s+reach\b",
    re.IGNORECASE,
)
# A page's word on where new staff start: "new teachers start on step 1", "employees are
# hired at step A", "placed on step 3".
_STARTS_ON = re.compile(
    r"\b(?:start\w*|hired|placed|appointed|begin\w*|enter\w*)\s+(?:on|at|in)\s+(?:the\s+)?"
    rf"(?:(?:{_RANK_WORDS})\s*)?(?P<code>(?-i:\d{{1,2}}|[A-H]))\b",
    re.IGNORECASE,
)
# Words every schedule's caption may hold: they tell no scale from another.
_SCALE_WORDS = frozenset(
    keywords(
        "table scale scales pay salary salaries annual hourly rates rate schedule step"
    ).split()
)
_MONEY_WORDS = frozenset(
    keywords(
        "pay salary salaries wage wages earn earns start starts starting new rate rates"
    ).split()
)


@dataclass(frozen=True)
class Step:
    """One step of a scale: its index entry, its name and its pay."""

    entry: int
    name: str
    pay: Amount


@dataclass(frozen=True)
class Scale:
    """One job's or one range's pay by step, lowest step first. ``variant`` is what the
    step columns add to the step ("Outer" of "Outer minimum"): a row priced under
    "Outer minimum | Outer maximum | Inner minimum | Inner maximum" holds one
    scale per place, each a variant of the others."""

    page: int
    where: str  # "table: <caption>, <row>" or "table: <caption>, <column>"
    label: str  # the row (or column) the scale is
    steps: tuple[Step, ...]
    variant: str = ""
    by_column: bool = False  # a column of a table whose rows are steps


@dataclass(frozen=True)
class Reading:
    """What a schedule gives for a claim: the pay at the step meant (or the whole scale),
    the entry it stands in, and where, for a rationale. Readings with one ``row`` are
    variants of one scale (by place, by contract): the pay of one of them is the row's
    pay, and the others' pay is another place's, not a conflict."""

    entry: int
    pay: Amount
    where: str
    row: tuple[int, str, str] = (0, "", "")


# The words of a step column that say which step it is; what is left names the variant.
# Its code too: a number or a capital letter ("Step 3", "A").
_STEP_WORDS = re.compile(
    r"\b(?:step|min(?:imum)?|max(?:imum)?|entry|start(?:ing)?|top|rate|pay|salary|\d+"
    r"|(?-i:[A-H]))\b|[^\w\s]",
    re.IGNORECASE,
)


def _variant(column: str) -> str:
    """What a step column says beyond its step: "outer" of "Outer minimum", ""
    of "Step 3", "A" or "Maximum", "hourly" of "Step 2 (hourly)"."""
    return " ".join(_STEP_WORDS.sub(" ", column).lower().split())


# A year a table's label names: "2024", the second of "2024–25" or "2024/2025".
_LABEL_YEAR = re.compile(
    r"(?<![\w])((?:19|20)\d{2})(?:\s*(?:[-–—/]|to)\s*((?:19|20)?\d{2}))?(?![\w])"
)


def table_year(label: str) -> int | None:
    """The latest year a table's label names ("Pay scale 2023–24" -> 2024, "2024 to
    2025" -> 2025), None when it names none."""
    years = []
    for m in _LABEL_YEAR.finditer(label):
        first, second = int(m.group(1)), m.group(2)
        if second is not None:
            then = int(second) if len(second) == 4 else first // 100 * 100 + int(second)
            years.append(then if first < then <= first + 1 else first)
        else:
            years.append(first)
    return max(years) if years else None


def _table_of(scale: Scale) -> str:
    """Where a scale's table stands, without the row or column the scale is."""
    return scale.where.removesuffix(f", {scale.label}")


def _dated(scale: Scale) -> tuple[int | None, tuple[int, str]]:
    """The year a scale is of and what it is one year's version of: a row in tables of
    several years, or a table whose columns of steps are dated ("From 1 March 2031",
    "From 1 September 2032")."""
    if scale.by_column and (year := table_year(scale.label)) is not None:
        return year, (scale.page, _table_of(scale))
    return table_year(_table_of(scale)), (scale.page, scale.label)


def _current(every: list[Scale], sentence: str) -> list[Scale]:
    """The scales that price today's pay: where one page prices the same row in tables of
    several years (this year's schedule and last year's, kept to compare), or one table
    the same steps in columns of several dates, the latest year's, unless the claim
    names the year of another ("in 2023–24")."""
    said = {y for m in _LABEL_YEAR.finditer(sentence) if (y := table_year(m.group(0)))}
    meant: dict[tuple[int, str], int] = {}
    for scale in every:
        year, key = _dated(scale)
        if year is not None:
            # The year the claim names, or else the latest.
            mine = meant.get(key, year)
            meant[key] = (
                max(mine, year)
                if (mine in said) == (year in said)
                else (mine if mine in said else year)
            )
    out = []
    for scale in every:
        year, key = _dated(scale)
        if year is None or meant.get(key) in (None, year):
            out.append(scale)
    return out


def _rank(text: str) -> tuple[str, str] | None:
    """The rank a header or a phrase names: ("range", "18") for "Range 18"."""
    m = _RANK.search(text)
    return (m.group(1).lower(), m.group(2).upper()) if m else None


def _pay(fact: PageFact) -> Amount | None:
    pay = parse_pay(str(fact.data.get("value", "")))
    if pay is None or not pay["currency"] or pay["currency"] == "%":
        return None
    return Amount(float(pay["min"]), float(pay["max"]), str(pay["currency"]), str(pay["period"]))


def scales(index: EvidenceIndex, page: int) -> list[Scale]:
    """The pay scales a page's tables give: each row with two money cells or more under
    step columns, and each money column of a table whose rows are steps."""
    out = []
    for entries in table_entries(index, page):
        facts = {i: f for i in entries if (f := index.sentences[i].fact) is not None}
        by_row: dict[tuple[str, str], list[Step]] = {}
        by_column: dict[str, list[Step]] = {}
        for i, fact in facts.items():
            pay = _pay(fact)
            if pay is None:
                continue
            row, column = str(fact.data.get("row", "")), str(fact.data.get("column", ""))
            if _STEP.search(column):
                by_row.setdefault((row, _variant(column)), []).append(Step(i, column, pay))
            # A row per step, or per point of an incremental scale ("Point 25").
            if ((rank := _rank(row)) is not None and rank[0] in ("step", "point")) or (
                _STEP.fullmatch(row)
            ):
                by_column.setdefault(column, []).append(Step(i, row, pay))
        where = next(iter(facts.values())).where if facts else "table"
        for (row, variant), steps in by_row.items():
            if len(steps) >= 2 and len({s.pay.period for s in steps}) == 1:
                out.append(Scale(page, f"{where}, {row}", row, tuple(steps), variant))
        for column, steps in by_column.items():
            if len(steps) >= 2 and len({s.pay.period for s in steps}) == 1:
                out.append(Scale(page, f"{where}, {column}", column, tuple(steps), by_column=True))
    return out


def _mapped_ranks(sentence: str, index: EvidenceIndex) -> list[tuple[tuple[str, str], str]]:
    """The ranks a table maps the sentence's job to: a cell under a rank column ("Salary
    range", "Grade") in the row the sentence names ("Equipment Mechanic | 18"), each
    with where it stands."""
    out = []
    for cand in named_cells(sentence, index, set(), columns=False):
        fact = index.sentences[cand.index].fact
        assert fact is not None
        if (rank := _rank_cell(fact)) is not None:
            row, column = fact.data.get("row", ""), fact.data.get("column", "")
            out.append((rank, f"{row} is on {column} {rank[1]} ({fact.where})"))
    return out


def _rank_cell(fact: PageFact) -> tuple[str, str] | None:
    """The rank a table cell maps its row to: a code under a rank column ("Salary
    range | 18")."""
    kind = re.search(rf"\b({_RANK_WORDS})\b", str(fact.data.get("column", "")), re.IGNORECASE)
    code = re.fullmatch(
        rf"\s*(?:(?:{_RANK_WORDS})\s*)?((?-i:\d{{1,3}}[A-Z]?|[A-Z]{{1,2}}\d{{0,2}}))\s*",
        str(fact.data.get("value", "")),
        re.IGNORECASE,
    )
    return (kind.group(1).lower(), code.group(1).upper()) if kind and code else None


def listed_jobs(index: EvidenceIndex, page: int) -> set[str]:
    """What a page's schedules enumerate as the jobs they cover: the rows of a table
    mapping each to a rank ("Records Clerk | 14"), and the rows of a scale that name no
    rank ("Deckhand | $19.80 | $20.90"). A scale of steps alone lists none."""
    out = {s.label for s in scales(index, page) if _rank(s.label) is None}
    for entries in table_entries(index, page):
        for i in entries:
            fact = index.sentences[i].fact
            if fact is not None and _rank_cell(fact) is not None:
                out.add(str(fact.data.get("row", "")))
    return {r for r in out if r and _rank(r) is None and not _STEP.fullmatch(r)}


def _position(sentence: str, kind: str, stated: Amount) -> str | None:
    """Which step the claim means: "first", "last", "whole" (a range claimed), or None
    when its words say none."""
    if kind == "from" or (kind not in ("up_to", "at_most") and _FIRST.search(sentence)):
        return "first"
    if kind in ("up_to",) or _LAST.search(sentence):
        return "last"
    if stated.low is not None and stated.high is not None and stated.low != stated.high:
        return "whole"
    return None


def _start_step(index: EvidenceIndex, scale: Scale, sentence: str) -> str | None:
    """The step the scale's page says new staff start on, when it says so for the
    claim's kind of starter: the page's one such sentence sharing a word with the
    claim's beyond pay and starting ("a master's degree start on step 3"), or the only
    one there is when the claim names no kind of starter."""
    claim_words = set(keywords(sentence).split()) - STOPWORDS - _MONEY_WORDS
    found: list[tuple[int, str]] = []
    for i in index.page_entries(scale.page):
        text = index.sentences[i].text
        begin = 0
        for m in _STARTS_ON.finditer(text):
            # Who starts there: the words of this clause before the verb.
            begin = max(begin, text.rfind(";", 0, m.start()) + 1, text.rfind(",", 0, m.start()) + 1)
            words = set(keywords(text[begin : m.start()]).split()) - STOPWORDS - _MONEY_WORDS
            found.append((len(words & claim_words), m.group("code").upper()))
            begin = m.end()
    if not found:
        return None
    best = max(n for n, _ in found)
    codes = {code for n, code in found if n == best}
    return codes.pop() if len(codes) == 1 else None


def _cited_scale(sentence: str, position: str, found: list[Scale]) -> list[Scale]:
    """The scale of the pages a claim cites that it means: the one there is, those
    whose table it names ("the basic scale"), or for a starting figure the scale that
    starts lowest (new staff enter at the bottom); a named step in those whose table it
    names, else in all."""
    if len(found) <= 1:
        return found
    words = set(keywords(sentence).split()) - STOPWORDS
    named = [
        s for s in found if words & set(keywords(s.where.split(",")[0]).split()) - _SCALE_WORDS
    ]
    if position == "named":
        return named or found
    if named:
        return named if len(named) == 1 else []
    if position == "first":
        lowest = sorted(found, key=lambda s: s.steps[0].pay.low or 0.0)
        if (lowest[0].steps[0].pay.low or 0.0) < (lowest[1].steps[0].pay.low or 0.0):
            return lowest[:1]
    return []


def _step_named(steps: tuple[Step, ...], code: str) -> Step | None:
    """The step a code names: "4" is "Step 4" or "4", "A" is "A" or "Step A"."""
    for step in steps:
        rank = _rank(step.name)
        own = rank[1] if rank else step.name.strip().upper()
        if own == code:
            return step
    return None


def readings(
    sentence: str,
    kind: str,
    stated: Amount,
    index: EvidenceIndex,
    cited: set[int],
    other_job: Callable[[str], bool] = lambda row: False,
) -> list[Reading]:
    """What the schedules among the sources give for a pay claim: the pay at the step
    its sentence means, in the scale of the job or range it names (directly, through a
    table mapping the job to a range, or the one scale of a page it cites). None for a
    claim naming no step and no scale. ``other_job`` says whether a row names a job
    other than the claim's: a cited page whose schedules list such jobs (and not the
    claim's, which its name would have found) prices only those."""
    ranks = [(m.group(1).lower(), m.group(2).upper()) for m in _RANK.finditer(sentence)]
    named_rank = next((r for r in ranks if r[0] != "step"), None)
    step_code = next((r[1] for r in ranks if r[0] == "step"), None)
    position = "named" if step_code else _position(sentence, kind, stated)
    if position is None:
        return []
    every = _current([s for page in range(len(index.pages)) for s in scales(index, page)], sentence)
    chosen: list[tuple[Scale, str]] = []
    wanted = [(named_rank, "")] if named_rank else _mapped_ranks(sentence, index)
    for rank, via in wanted:
        chosen += [(s, via) for s in every if _rank(s.label) == rank]
    if not chosen:
        # A scale whose row the sentence names, by its words: a job class, or a lane of
        # a schedule by qualification ("Master's degree").
        rows = {
            str(f.data.get("row", ""))
            for c in named_cells(sentence, index, set(), columns=False)
            if (f := index.sentences[c.index].fact) is not None
        }
        chosen = [(s, "") for s in every if s.label in rows]
    if not chosen:
        pages = {p for p in cited if not any(map(other_job, sorted(listed_jobs(index, p))))}
        chosen = [
            (s, "") for s in _cited_scale(sentence, position, [s for s in every if s.page in pages])
        ]
    out = []
    for scale, via in chosen:
        steps = scale.steps
        what = ""
        if position == "named":
            assert step_code is not None
            step = _step_named(steps, step_code)
            if step is None:
                continue
            pay, entry, what = step.pay, step.entry, step.name
        elif position == "whole":
            low, high = steps[0].pay, steps[-1].pay
            pay = Amount(low.low, high.high, low.currency, low.period)
            entry, what = steps[0].entry, f"{steps[0].name} to {steps[-1].name}"
        else:
            step = steps[-1]
            if position == "first":
                code = _start_step(index, scale, sentence)
                step = (_step_named(steps, code) if code else None) or steps[0]
            pay, entry = step.pay, step.entry
            what = f"{step.name}, the {'top' if position == 'last' else 'starting'} step"
        where = f"{scale.where}, {what}"
        if via:
            where += f"; {via}"
        out.append(Reading(entry, pay, where, (scale.page, scale.where, scale.label)))
    return out
