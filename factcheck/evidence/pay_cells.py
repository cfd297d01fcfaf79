"""A statistics table's cell that is the very figure a pay claim gives: its row is the one
the claim names (every telling word of the row's name, and most of its words: "Glaziers",
"Chile (región metropolitana)") and its column the one measure of that row the claim can
mean (its period, its currency where the row gives two, and the statistic it names:
"median" is not "mean"). Such a cell contradicts a claim that gives another figure; any
other cell may be another occupation, place, statistic or year, and only ever backs a
claim."""

from __future__ import annotations

import re
from collections.abc import Callable, Set

from factcheck.claims.amounts import Amount, currencies_meet
from factcheck.evidence.dollars import bare_dollar
from factcheck.evidence.index import EvidenceIndex
from factcheck.evidence.tables import (
    YEARS,
    column_of_years,
    is_cell,
    row_cells,
    row_name,
    row_words,
    table_cells,
    table_rows,
    words_of,
    years_named,
)
from factcheck.model import Claim
from factcheck.sources.facts import YEAR_HEADER

# Of the words of a row's name, the share the claim must name.
NAMED_SHARE = 0.6
# The statistic a sentence names, and the words a column names it by.
_STATISTICS = {"median": ("median",), "mean": ("mean", "average"), "average": ("mean", "average")}


# Every word a column may name a statistic by.
_EVERY_STATISTIC = {w for words in _STATISTICS.values() for w in words}
# A column of everyone a row's groups add up to: "Total", "All employees", "Both sexes".
_EVERYONE = re.compile(
    r"\s*(?:all|total|overall|everyone|both\s+sexes|men\s+and\s+women)\b", re.IGNORECASE
)


def _statistic(text: str) -> set[str]:
    """The words a column must have for the statistic ``text`` names ("averaged" names
    the mean); empty for none."""
    said = {
        "average" if w.startswith("averag") else w
        for w in re.findall(r"[a-z]+", text.lower())
        if w in _STATISTICS or w.startswith("averag")
    }
    return {w for s in said for w in _STATISTICS[s]}


_NAME = re.compile(r"\b[A-Z][a-z]+(?:\s+[A-Z][a-z]+)*")
_MONTHS = frozenset(
    "january february march april may june july august september october november december".split()
)


# Who gives the figure, before what it is of: "the Harlow Survey reports (that)", "figures
# from the Bureau show", "according to the Census Office,". The words up to the reporting
# verb (or the source after "according to") frame the figure; they do not name its subject.
_REPORTED = re.compile(
    r"\b(?:says|said|say|reports?|reported|estimates?|estimated|finds|found|shows?|showed|"
    r"notes?|noted|states|stated|puts|publishes|published|counts|counted)\b(?:\s+that\b)?"
    r"|\b[Aa]ccording\s+to\b[^,]*,"
)
# A place the frame scopes the figure to all the same: "In Ontario, the agency says ...".
_IN_PLACE = re.compile(
    r"\b(?:[Ii]n|[Ww]ithin|[Ii]nside)\s+((?:the\s+)?[A-Z][a-z]+(?:\s+[A-Z][a-z]+)*)"
)


def _names_outside(before: str, scope: set[str]) -> bool:
    """True when the words before a claim's figure name something (a capitalised name:
    "Washington", "Ontario") that the table's caption, headers and page title do not: the
    figure is of a place or body the table does not cover. The source a sentence reports
    the figure from and the scene it opens with ("Over the hills, the Labour Office
    says ...") are no part of what the figure is of; a place it is "in" still is."""
    frames = list(_REPORTED.finditer(before))
    if frames:
        framed = frames[-1]
        frame, before = before[: framed.start()], before[framed.end() :]
        places = [m.group(1) for m in _IN_PLACE.finditer(frame)]
        if any(_outside(p, scope) for p in places):
            return True
    for m in _NAME.finditer(before):
        name = m.group(0)
        if m.start() == 0:
            # The word opening the sentence is capitalised as any opening is ("Unlike
            # nurses, aides earn ..."): only the words after it may be a name.
            name = name.partition(" ")[2]
        if _outside(name, scope):
            return True
    return False


def _outside(name: str, scope: set[str]) -> bool:
    """True when ``name`` has words (other than a month's) none of which ``scope`` has."""
    words = words_of(name) - {w[:5] for w in _MONTHS} - words_of(" ".join(_MONTHS))
    return bool(words) and not words & scope


def definite_cells(
    claim: Claim,
    index: EvidenceIndex,
    rows: set[int],
    stated: Amount,
    pay_of: Callable[[int], list[Amount]],
    years: set[int],
    cited: Set[int] = frozenset(),
) -> set[int]:
    """The cells of ``rows`` (cells whose row the claim's sentence names) that are the
    one figure the claim gives: see the module's docstring. ``pay_of`` reads a cell's
    pay; ``years`` are the years the claim is of (a row dated by its columns has one
    column of them). On the pages the claim cites (``cited``), a table of pay by year
    has its row of the claim's year named too (see :func:`year_rows`)."""
    sentence = claim.sentence.text
    before = sentence[: claim.start - claim.sentence.start]
    said = words_of(sentence)
    statistic = _statistic(sentence)
    dated = year_rows(index, cited, years)
    out = set()
    for i in sorted(set(rows) | dated):
        own, telling = row_words(index, i)
        if i not in dated and (
            not own
            or not (
                (telling <= said and len(own & said) >= NAMED_SHARE * len(own))
                or _member_named(index, i, telling, said)
            )
        ):
            continue
        fact = index.sentences[i].fact
        assert fact is not None
        headers = f"{fact.data.get('caption', '')} {fact.data.get('column', '')}"
        table_years = years_named(headers)
        if years and table_years and not years & table_years:
            continue  # the table is of another year than the claim's
        page = index.pages[index.sentences[i].page]
        scope = words_of(f"{headers} {fact.data.get('row', '')} {page.title or ''}")
        scope |= words_of(" ".join(f.text for f in page.facts.of("title")))
        if i in dated:
            # The claim's own source: a place its sentence names anywhere on the page
            # ("República del Ecuador" in a ministry's banner) is the page's scope.
            scope |= words_of(page.text)
        if _names_outside(before, scope):
            continue
        # A caption naming the statistic ("Mean gross pay by occupation") names it for
        # every column that names none of its own.
        captioned = bool(statistic) and _names(str(fact.data.get("caption", "")), statistic)
        meant = [
            j
            for j in row_cells(index, i)
            if any(a.period == stated.period for a in pay_of(j))
            and (
                not statistic
                or _names_any(index, j, statistic)
                or (captioned and not _names_any(index, j, _EVERY_STATISTIC))
            )
            and column_of_years(index, j, years)
        ]
        if len(meant) > 1 and stated.currency and not bare_dollar(claim.text):
            # A row given in two currencies ("Local currency", "EUR equivalent"): the
            # column of the claim's own currency is the one it means.
            meant = [j for j in meant if any(_in(a, stated.currency) for a in pay_of(j))]
        if len(meant) > 1:
            # A row of a place or group under columns of jobs ("Tram pilots", "Tram
            # stewards"): the column the sentence names, by the words that tell it from
            # the others, is the one it means.
            named = [j for j in meant if _column_named(index, j, meant, said)]
            if not named:
                # Or by some of them, where it names none of any other's: "pay in
                # hotel kitchens" for "Hotel kitchens and canteens (I56)" beside
                # "All services (I-S)".
                named = [j for j in meant if _column_named(index, j, meant, said, some=True)]
            meant = named if len(named) == 1 else meant
        if len(meant) > 1:
            # A row split into groups beside a column of them all ("Total", "Female",
            # "Male"): a claim naming no group's column means them all.
            whole = [j for j in meant if _EVERYONE.match(_column(index, j))]
            parts = [j for j in meant if j not in whole]
            if len(whole) == 1 and not any(words_of(_column(index, j)) & said for j in parts):
                meant = whole
        if meant == [i]:
            out.add(i)
    return _nearest_rows(index, out, before)


def _nearest_rows(index: EvidenceIndex, cells: set[int], before: str) -> set[int]:
    """Of ``cells``, per table, those of the one row named last before the claim's
    figure, when the sentence names several rows of the table ("Oslo's bakers, on
    $X, out-earn Bergen's"): the figure is that row's. None of the table's when no row's
    telling words stand before the figure."""
    tokens = [words_of(t) for t in re.findall(r"[^\W\d_]+", before)]
    by_table: dict[str, dict[str, set[int]]] = {}
    for i in cells:
        fact = index.sentences[i].fact
        assert fact is not None
        table = f"{index.sentences[i].page}\n{fact.where}\n{fact.data.get('caption', '')}"
        by_table.setdefault(table, {}).setdefault(_row(index, i), set()).add(i)
    out: set[int] = set()
    for rows in by_table.values():
        if len(rows) == 1:
            out |= next(iter(rows.values()))
            continue
        last: dict[str, int] = {}
        for row, entries in rows.items():
            telling = row_words(index, next(iter(entries)))[1]
            at = [k for k, t in enumerate(tokens) if t and t <= telling]
            if at:
                last[row] = max(at)
        if last and list(last.values()).count(max(last.values())) == 1:
            out |= rows[max(last, key=lambda r: last[r])]
    return out


# Where a row's name lists jobs or groups one by one: "Sorters and labellers", "Cooks,
# chefs & bakers", "Drivers/couriers".
_MEMBERS = re.compile(r"\s*(?:,|&|/|\band\b|\bor\b)\s*", re.IGNORECASE)


# A word for people doing a job, by its ending: "sorters", "operators", "florists",
# "attendants", "agents", "technicians", "foremen", "trainees", "medics", "deckhands",
# "ground crew". Not a field of work ("maintenance", "construction") that a row's name
# may list after its job.
_PEOPLE = re.compile(
    r"(?:er|or|ist|ant|ent|ian|man|men|ee|ic|crew|staff|hand|folk|people|personnel)s?$",
    re.IGNORECASE,
)


def _member_named(index: EvidenceIndex, i: int, telling: set[str], said: set[str]) -> bool:
    """True when the name of the row of cell entry ``i`` lists several jobs or groups
    ("Depot sorters and labellers") and the sentence names one of them by its last
    word, which no other row of the table has ("sorters"): a row of several jobs gives
    each of them its figure."""
    name = row_name(_row(index, i))
    members = [m for m in _MEMBERS.split(name) if m.strip()]
    if len(members) < 2:
        return False
    for member in members:
        word = member.split()[-1] if member.split() else ""
        last = words_of(word)
        if _PEOPLE.search(word) and last and last <= telling and last <= said:
            return True
    return False


def _row(index: EvidenceIndex, i: int) -> str:
    fact = index.sentences[i].fact
    return str(fact.data.get("row", "")) if fact is not None else ""


def _column_named(
    index: EvidenceIndex, j: int, cells: list[int], said: set[str], *, some: bool = False
) -> bool:
    """True when the sentence names the column of cell entry ``j`` by every word of it
    that the columns of the other ``cells`` lack ("pilots" of "Tram pilots" beside
    "Tram stewards"), and it has such a word. With ``some``, by one of those words at
    least, while it names no word that tells any other of ``cells`` apart."""
    own = words_of(_column(index, j))
    others = set().union(*(words_of(_column(index, k)) for k in cells if k != j))
    telling = own - others
    if not some:
        return bool(telling) and telling <= said
    if not telling & said:
        return False
    for k in cells:
        if k != j:
            theirs = words_of(_column(index, k))
            rest = set().union(*(words_of(_column(index, m)) for m in cells if m != k))
            if (theirs - rest) & said:
                return False
    return True


def _row_year(row: str) -> int | None:
    """The year a row's name is, with at most a note's mark after it ("2024", "2024 3",
    "2023/24", "2022 (p)"); None for any other name."""
    if not YEAR_HEADER.fullmatch(row):
        return None
    m = YEARS.search(row)
    return int(m.group(1)) if m else None


def year_rows(index: EvidenceIndex, pages: Set[int], years: set[int]) -> set[int]:
    """The cells, on ``pages``, of the row of a table of pay by year ("2022", "2023",
    "2024 3") that is one of ``years``: a claim of pay in 2024 names that row of the
    tables its own sources give, as a job's name names a row of jobs. A table with
    fewer than two rows of years, or two rows of one year, names none."""
    if not years:
        return set()
    out: set[int] = set()
    seen: set[int] = set()
    for page in sorted(pages):
        for first in index.fact_entries(page, "cell"):
            if first in seen or not is_cell(index.sentences[first].fact):
                continue
            cells = table_cells(index, first)
            seen.update(cells)
            dated = [_row_year(r) for r in dict.fromkeys(table_rows(index, first))]
            named = [y for y in dated if y is not None]
            if len(named) < 2 or len(set(named)) < len(named):
                continue
            for j in cells:
                if _row_year(_row(index, j)) in years:
                    out.add(j)
    return out


def _in(amount: Amount, currency: str) -> bool:
    """True when ``amount`` is written in ``currency`` (a code, or codes a word shares),
    not merely in no currency at all."""
    return bool(amount.currency) and currencies_meet(amount.currency, currency)


def _column(index: EvidenceIndex, i: int) -> str:
    fact = index.sentences[i].fact
    return str(fact.data.get("column", "")) if fact is not None else ""


def _names(text: str, words: set[str]) -> bool:
    return any(re.search(rf"\b{w}\b", text.lower()) for w in words)


def _names_any(index: EvidenceIndex, i: int, words: set[str]) -> bool:
    return _names(_column(index, i), words)
