"""Table cells a claim names, and the pay scale a table row gives.

A statistic stands where its row and column headers meet: "public employees covered by a
union" names the row "Union coverage (% of employees)" and the column "Public sector".
A cell is read for a claim when the claim's words name both its headers (or the one
header a single-column table has); the caption only says what the whole table is about.

A pay schedule's row is one job's scale: its cells under steps, grades or a minimum and
maximum run from the job's starting pay to its top, so "as much as $X at the top" is
read against the row's highest cell.
"""

from __future__ import annotations

import re
from collections import Counter
from collections.abc import Mapping

from rapidfuzz.distance import Levenshtein

from factcheck.claims.amounts import Amount
from factcheck.evidence.index import STOPWORDS, Candidate, EvidenceIndex, keywords
from factcheck.letters import unaccented
from factcheck.model import PageFact
from factcheck.sources.facts import parse_pay

# A table cell is read for a claim by its headers, not ranked by likeness.
TABLE_CELL_SCORE = 60.0
# Header words that say nothing of which row or column it is; "least" is of "at least",
# which a claim's bound says as often as a header's note ("(at least one year)").
_GENERIC = frozenset(
    {"all", "total", "group", "categori", "type", "item", "value", "year", "least"}
)
# A row of totals: "All occupations", "Total", "Overall", "Everyone", and the words a
# statistics office abroad heads it by ("Nacional", "Insgesamt", "Ogółem", "Toplam").
_TOTAL_ROW = re.compile(
    r"\s*(?:all|total|overall|everyone|nacional|insgesamt|gesamt|totalt|totale|toplam|"
    r"ogółem|razem|celkem|yhteensä|összesen)\b",
    re.IGNORECASE,
)
# Words shorter than this never match by prefix ("cover" and "coverag" do).
_PREFIX_MIN = 5
# A word and its cognate in a statistics office's own language ("eucalyptus" and
# "Eucalipto", "cathedral" and "Catedral", "tobacco" and "Tabaco" not): both this long at
# least, the same first letters for _PREFIX_MIN, and at most this many letters apart.
_COGNATE_MIN = 7
_COGNATE_EDITS = 2
# Columns of a pay scale: steps, grades, bands, levels, a minimum and a maximum.
_SCALE_COLUMN = re.compile(
    r"\b(?:step|grade|band|level|tier|min(?:imum)?|max(?:imum)?|start(?:ing)?|entry|top)\b",
    re.IGNORECASE,
)


# A header's note of its unit names nothing: "(% of employees)", "(dollars)".
_UNIT_NOTE = re.compile(
    r"\([^)]*(?:%|\bper\s?cent\b|[$£€¥₹]|\b(?:dollars|euros|pounds)\b|\b[A-Z]{3}\b)[^)]*\)"
)


# A name's initials in brackets after it: "Senior Research Fellow (SRF)".
_INITIALISM = re.compile(r"\(\s*((?-i:[A-Z]{2,6}))\s*\)")


def _unit_note(text: str, note: re.Match[str]) -> str:
    """What a bracketed note in ``text`` leaves of a header's words: nothing for a
    unit ("(USD)", "(£ thousand)"), itself for the initials of the words just before it
    ("Senior Executive Officer (SEO)", "Quality Assurance (QA)"), the name a writer
    may use alone."""
    found = _INITIALISM.fullmatch(note.group(0))
    if found:
        letters = found.group(1)
        words = re.findall(r"[A-Za-z]+", text[: note.start()])[-len(letters) :]
        if len(words) == len(letters) and "".join(w[0] for w in words).upper() == letters:
            return f" {letters} "
    return " "


def _words(text: str) -> set[str]:
    """The content words of a text, stemmed and without accents, without figures,
    generic header words or notes of a unit."""
    return {
        w
        for w in keywords(unaccented(_UNIT_NOTE.sub(lambda m: _unit_note(text, m), text))).split()
        if not w[0].isdigit() and w not in STOPWORDS and w not in _GENERIC
    }


# A short code naming a band, grade or level among others ("6", "8a", "III"): one or two
# digits with a letter or not, not part of a larger figure ("39,136", "2.5"), or a roman
# numeral of two letters or more.
_ROW_CODE = re.compile(r"(?<![\w.,$£€¥₹])(\d{1,2}[a-z]?)(?!\w|[.,]\d)|\b([IVX]{2,4})\b")


def row_codes(text: str) -> set[str]:
    """The codes a text gives that may tell rows of one name apart: "Band 6" gives
    {"6"}, "Grade 8a" {"8a"}, "Officer III" {"III"}; figures of money or years none."""
    return {(m.group(1) or m.group(2)).lower() for m in _ROW_CODE.finditer(text)}


def synonym_words(text: str, synonyms: Mapping[str, set[str]]) -> set[str]:
    """The words of what ``text`` says in other words (the lexicon's synonyms): a draft's
    "French teachers" names a table's row "France", its "councils" the row "Local
    authorities"."""
    lowered = unaccented(text).lower()
    said = {w for w in synonyms if re.search(rf"(?<![\w-]){re.escape(w)}(?![\w-])", lowered)}
    return _words(" ".join(sorted({o for w in said for o in synonyms[w]})))


def cognates(one: str, other: str) -> bool:
    """True when two (stemmed, unaccented) words are one word in two languages, as a
    header in a statistics office's own language names what a draft says in English:
    "eucalyptu" and "eucalipto", "pharmaci" and "farmacia" not (another first letter)."""
    return (
        min(len(one), len(other)) >= _COGNATE_MIN
        and one[:_PREFIX_MIN] == other[:_PREFIX_MIN]
        and Levenshtein.distance(one, other, score_cutoff=_COGNATE_EDITS) <= _COGNATE_EDITS
    )


def _matches(header_words: set[str], words: set[str]) -> bool:
    """True when ``words`` hold one of ``header_words``, or a word one of them starts
    (or that starts one): "covered" and "coverage"; or its cognate in another language
    ("eucalyptus" and "Eucalipto")."""
    for h in header_words:
        for w in words:
            if h == w:
                return True
            short, long_ = (h, w) if len(h) <= len(w) else (w, h)
            if len(short) >= _PREFIX_MIN and long_.startswith(short):
                return True
            if cognates(h, w):
                return True
    return False


# A gloss, code or note in brackets in a header: "(enfermeiros)", "(27-2012)".
_BRACKETED = re.compile(r"\([^()]*\)")


def is_cell(fact: PageFact | None) -> bool:
    """True for a table cell under its headers (not a key figure under its label)."""
    return fact is not None and fact.kind == "cell" and bool(fact.data.get("column"))


class _Headers:
    """The words that tell each row and each column of one table from the others: a
    header's words that no other header of its kind has ("public" of "Public sector"
    beside "Private sector"; "sector" tells neither)."""

    def __init__(self, facts: list[PageFact]) -> None:
        self.rows = self._distinctive([str(f.data.get("row", "")) for f in facts])
        self.columns = self._distinctive([str(f.data.get("column", "")) for f in facts])

    @staticmethod
    def _distinctive(
        headers: list[str],
    ) -> dict[str, tuple[set[str], set[str], set[str]]]:
        """Each header's telling words, all its words, and its words outside brackets
        when no other header has just those (empty otherwise)."""
        words = {h: _words(h) for h in dict.fromkeys(headers)}
        bare = {h: _words(_BRACKETED.sub(" ", h)) for h in words}
        out = {}
        for h, own in words.items():
            others = set().union(*(w for o, w in words.items() if o != h))
            alike = any(bare[o] == bare[h] for o in words if o != h)
            out[h] = (own - others, own, set() if alike else bare[h])
        return out

    @staticmethod
    def _named(header: tuple[set[str], set[str], set[str]], words: set[str]) -> bool:
        # A header whose words another's take in ("Parks Ranger" beside "Senior Parks
        # Ranger") is named by all of them; one with a gloss or code in brackets
        # ("Welders (soldadores)", "Roofers (47-2181)") by all its words outside them,
        # when they tell it from every other header.
        telling, own, bare = header
        return (
            _matches(telling, words)
            or (bool(own) and all(_matches({w}, words) for w in own))
            or (bool(bare) and all(_matches({w}, words) for w in bare))
        )

    def row_named(self, fact: PageFact, words: set[str]) -> bool:
        """True when ``words`` name the cell's row among the table's rows."""
        return self._named(
            self.rows.get(str(fact.data.get("row", "")), (set(), set(), set())), words
        )

    def row_spelled(self, fact: PageFact, side: set[str], words: set[str], other: set[str]) -> bool:
        """True when ``words`` (a sentence's) hold every word of the cell's row, and
        ``side`` (one side's) one of them that ``other`` (the other side's) lacks:
        "staff" in a sentence about interpreter days names the row "Interpreter days,
        staff" and not "Staff headcount", nor "Interpreter days, freelance"."""
        _, own, _ = self.rows.get(str(fact.data.get("row", "")), (set(), set(), set()))
        return (
            bool(own)
            and any(_matches({w}, side) and not _matches({w}, other) for w in own)
            and all(_matches({w}, words | side) for w in own)
        )

    def column_named(self, fact: PageFact, words: set[str]) -> bool:
        """True when ``words`` name the cell's column among the table's columns."""
        column = str(fact.data.get("column", ""))
        return self._named(self.columns.get(column, (set(), set(), set())), words)


def _tables(index: EvidenceIndex) -> list[tuple[list[int], _Headers]]:
    """Each table of every page: its cells' entries and its headers' telling words."""
    out = []
    for page in range(len(index.pages)):
        for entries in table_entries(index, page):
            facts = [index.sentences[i].fact for i in entries]
            out.append((entries, _Headers([f for f in facts if f is not None])))
    return out


def table_entries(index: EvidenceIndex, page: int) -> list[list[int]]:
    """The cell entries of each table of a page, table by table, in order."""
    by_table: dict[str, list[int]] = {}
    for i in index.fact_entries(page, "cell"):
        fact = index.sentences[i].fact
        if is_cell(fact):
            assert fact is not None
            by_table.setdefault(f"{fact.where}\n{fact.data.get('caption', '')}", []).append(i)
    return list(by_table.values())


# A table's row of the rest ("Other ports", "All other regions"), and the words of a
# sentence about the rest.
_REMAINDER_ROW = re.compile(
    r"\s*(?:all\s+)?(?:others?|rest\s+of|remaining|elsewhere)\b", re.IGNORECASE
)
_REMAINDER_SAID = re.compile(r"\b(?:others?|rest|remaining|elsewhere)\b", re.IGNORECASE)


def remainder_unsaid(row: str, text: str) -> bool:
    """True when ``row`` is a row of the rest and ``text`` speaks of no others: "Greek
    ports handled 42 million passengers" does not name the row "Other ports"."""
    return bool(_REMAINDER_ROW.match(row)) and not _REMAINDER_SAID.search(text)


def named_cells(
    text: str,
    index: EvidenceIndex,
    have: set[int],
    *,
    columns: bool = True,
    totals: bool = False,
    years: bool = False,
) -> list[Candidate]:
    """The table cells, on every page, whose row and column ``text`` both names among
    their table's (the row alone, without ``columns``), not already among ``have``, in
    index order. With ``totals``, a table none of whose rows the text names stands by
    its one row of totals ("All occupations", "Total"): "public-sector employees earn a
    median $36.40" is the whole public sector's figure. With ``years``, a table whose
    columns (or rows) are years has the one the text names by its year named too: "in
    2023 bus fares rose 4%" names the column "2023" beside "2022" and "2024 (forecast)"."""
    words = _words(text)
    codes = row_codes(text)
    out = []
    for entries, headers in _tables(index):
        facts = {i: index.sentences[i].fact for i in entries}
        by_year = {
            axis: _year_named([str(f.data.get(axis, "")) for f in facts.values() if f], text)
            if years
            else None
            for axis in ("row", "column")
        }
        rows = {
            str(f.data.get("row", ""))
            for f in facts.values()
            if f and (headers.row_named(f, words) or f.data.get("row") == by_year["row"])
        }
        rows = {r for r in rows if not remainder_unsaid(r, text)}
        # "Senior Parks Ranger" named, "Parks Ranger" is not meant (nor "Parks Ranger
        # (Parkwächter)": a gloss in brackets is no part of the name).
        rows = {
            r for r in rows if not any(_words(_row_name(r)) < _words(_row_name(o)) for o in rows)
        }
        coded = {r: row_codes(_row_name(r)) for r in rows}
        if len(rows) > 1 and all(coded.values()):
            # Rows told apart by a code only ("Band 5", "Band 6", "Grade 8a"): the text
            # names the one whose code it gives, or none of them.
            rows = {r for r in rows if coded[r] & codes}
        if not rows and totals and columns:
            every = {str(f.data.get("row", "")) for f in facts.values() if f}
            total = {r for r in every if _TOTAL_ROW.match(r)}
            rows = total if len(total) == 1 else set()
        for i, fact in facts.items():
            assert fact is not None
            if i in have or str(fact.data.get("row", "")) not in rows:
                continue
            if (
                not columns
                or headers.column_named(fact, words)
                or fact.data.get("column") == by_year["column"]
            ):
                out.append(Candidate(i, TABLE_CELL_SCORE))
    return out


def side_cells(side: str, sentence: str, index: EvidenceIndex, other: str = "") -> set[int]:
    """The table cells one side of a comparison names: its words name the cell's column
    (or row) among the table's, and the claim's sentence names the row (or column):
    in "nurses in private homes earn more than their public-sector colleagues" the
    sentence names the nurses' row and each side its column. When the ``other`` side
    names a row and no column, the sides are told apart by rows ("electricians in
    Tulsa" and "the national median"): a row only the other side names is not this
    side's, and a side speaking of the whole ("national", "overall") names the table's
    row of totals. A table none of whose columns the sentence names offers every column
    (the comparison then reads both sides from one)."""
    synonyms = index.extractor.ruleset.knowledge.synonyms
    # Rows are named in other words too ("French" for the row "France"); columns by
    # their own words only: "pay" names no "Salary ($)" column beside "Total ($)".
    side_cols, all_cols, other_cols = _words(side), _words(sentence), _words(other)
    side_words, all_words, other_words = (
        words | synonym_words(t, synonyms)
        for words, t in ((side_cols, side), (all_cols, sentence), (other_cols, other))
    )
    out = set()
    for entries, headers in _tables(index):
        facts = [f for i in entries if (f := index.sentences[i].fact) is not None]
        # A row (or column) per year is named by its year, else it is the latest.
        years = {
            axis: _year_meant([str(f.data.get(axis, "")) for f in facts], sentence)
            for axis in ("row", "column")
        }
        own = {str(f.data.get("row", "")) for f in facts if headers.row_named(f, side_words)}
        # A side naming its row by a word other rows share ("staff" beside "Staff
        # headcount"), with the measure the sentence names ("more interpreter days than
        # staff"): the one row whose every word the sentence holds, one of them the
        # side's, is its row, and not a row of another measure its words name alone.
        spelled = {
            str(f.data.get("row", ""))
            for f in facts
            if headers.row_spelled(f, side_words, all_words, other_words)
        }
        if len(spelled) == 1:
            own = spelled
        # A typical figure of nobody but the workforce ("the average worker") is the
        # whole table's, though a row's trade has the word ("Home care workers").
        everyone = bool(_TYPICAL.search(side)) and not side_words - _MEASURE_WORDS
        if (not own or everyone) and _speaks_of_whole(side, side_words, _scope(index, entries[0])):
            totals = {r for f in facts if is_total_row(r := str(f.data.get("row", "")))}
            own = totals if len(totals) == 1 else set()
            if not own and _TYPICAL.search(side):
                # A typical figure of the whole ("the state average") in a table with no
                # one row of totals is no figure of a row the rest of the sentence names:
                # one industry's average is another statistic.
                continue
        others = set()
        if not any(headers.column_named(f, other_cols) for f in facts):
            others = {
                str(f.data.get("row", "")) for f in facts if headers.row_named(f, other_words)
            } - own
        any_column = not any(
            headers.column_named(f, all_cols) or f.data.get("column") == years["column"]
            for f in facts
        )
        # A sentence naming no column by its words but the whole area ("across the
        # country", "statewide") means the table's one column of the whole ("Nationwide"
        # beside a city's column), not each column in turn.
        whole = {str(f.data.get("column", "")) for f in facts if _whole_column(f)}
        whole_meant = (
            next(iter(whole))
            if any_column and len(whole) == 1 and _WHOLE_AREA.search(sentence)
            else None
        )
        for i in entries:
            fact = index.sentences[i].fact
            assert fact is not None
            row = str(fact.data.get("row", ""))
            row_meant = row not in others and (
                headers.row_named(fact, all_words) or row == years["row"]
            )
            column_meant = (
                (any_column and whole_meant in (None, fact.data.get("column")))
                or headers.column_named(fact, all_cols)
                or fact.data.get("column") == years["column"]
            )
            # A side naming a row of its own takes no other row's cell by naming its
            # column ("the Tyrone rate" is not Wexford's cell under "2031 rate").
            if (
                headers.column_named(fact, side_cols) and row_meant and (not own or row in own)
            ) or (row in own and column_meant):
                out.add(i)
    return out


# A side speaking of the whole a table divides: "the national median", "all industries".
# Words for all of a country or an economy at once.
COUNTRY_WIDE = r"nationwide|countrywide|economy-wide"
_WHOLE = re.compile(
    rf"\b(?:national(?:ly)?|{COUNTRY_WIDE}|overall|all|whole|entire|everyone|everybody)\b",
    re.IGNORECASE,
)
# A row of totals by its own words wherever they stand: "U.S. total", "National", or
# "all" and what it counts after a comma or a bracket ("Ruritania, all industries").
_TOTAL_WORD = re.compile(
    r"\b(?:total|national|nationwide|whole\s+economy)\b|(?:,|\()\s*all\s+[a-z]+s\b",
    re.IGNORECASE,
)


# A side's typical figure: "the county average", "the city's median wage".
_TYPICAL = re.compile(r"\b(?:average|median|mean|typical)\b", re.IGNORECASE)
# Words that say what a side's figure is, not whose: "the mean hourly wage", "each week".
_MEASURE_WORDS = frozenset(
    _words("average median mean typical wage wages pay earnings income salary rate figure")
    | _words("compensation remuneration")
    | _words("hourly weekly monthly annual yearly gross")
    | _words("hour hours week weeks month months year years each every per")
    # Whom a typical figure is of when it is everyone's: "the average worker".
    | _words("worker workers employee employees earner earners person people staff")
    # What they are paid, said with a verb: "what the typical employee makes".
    | _words("earn earns make makes made get gets receive receives")
)
# A typical figure of a whole area by the area's adjective: "the provincial average",
# "the statewide median", "the regional mean".
_AREA_TYPICAL = re.compile(
    r"\b(?:provincial|state(?:wide)?|regional|territorial|federal|countywide|citywide)"
    r"\s+(?:(?:hourly|weekly|monthly|annual|yearly)\s+)?(?:average|median|mean)\b",
    re.IGNORECASE,
)


def _scope(index: EvidenceIndex, i: int) -> set[str]:
    """The words of what a whole table covers: its caption and its page's title and
    headings ("Occupational wages, Ridgeford County")."""
    s = index.sentences[i]
    page = index.pages[s.page]
    caption = str(s.fact.data.get("caption", "")) if s.fact is not None else ""
    headings = " ".join(f.text for f in page.facts.of("title"))
    return _words(f"{caption} {page.title or ''} {headings}")


def _speaks_of_whole(side: str, words: set[str], scope: set[str]) -> bool:
    """True when a side that names no row of a table speaks of all it covers: "the
    national median", "overall", a typical figure of a whole area ("the state average",
    "the provincial median", "across the economy"), or one naming nothing but the table's
    own scope, a measure and a period ("the county average each week" of a table of
    Ridgeford County)."""
    if _WHOLE.search(side) or _WHOLE_AREA.search(side) or _AREA_TYPICAL.search(side):
        return True
    return bool(_TYPICAL.search(side)) and not (words - scope - _MEASURE_WORDS)


# A sentence speaking of a whole country, state or province at once.
_WHOLE_AREA = re.compile(
    rf"\b(?:{COUNTRY_WIDE}|nationally|statewide|state-wide|province-wide|provincewide|"
    r"across\s+the\s+(?:whole\s+|entire\s+)?(?:country|nation|state|province|economy)|"
    r"(?:the|a)\s+(?:country|nation|state|province)\s+as\s+a\s+whole)\b",
    re.IGNORECASE,
)
# A column of the whole area a table divides: "Nationwide", "Ontario province-wide".
_WHOLE_COLUMN = re.compile(
    rf"\b(?:{COUNTRY_WIDE}|national|statewide|state-wide|province-wide|provincewide|"
    r"total|all\s+(?:areas|regions|states|provinces|cities))\b",
    re.IGNORECASE,
)


def _whole_column(fact: PageFact) -> bool:
    """True for a cell under a column of the whole area its table divides."""
    return bool(_WHOLE_COLUMN.search(str(fact.data.get("column", ""))))


def is_total_row(row: str) -> bool:
    """True for a table's row of totals: "All industries", "Total", "U.S. total"."""
    return bool(_TOTAL_ROW.match(row) or _TOTAL_WORD.search(row))


def _year_meant(headers: list[str], sentence: str) -> str | None:
    """Of headers that are years, the one the sentence names, else the latest; None
    when fewer than two headers are years or the sentence names several."""
    years = {h: spans[0] for h in dict.fromkeys(headers) if (spans := _spans(h))}
    if len(years) < 2:
        return None
    named = [h for h, span in years.items() if span in set(_spans(sentence))]
    if len(named) > 1:
        return None
    return named[0] if named else max(years, key=lambda h: (years[h][1], years[h][0]))


def _year_named(headers: list[str], text: str) -> str | None:
    """Of headers that are years ("2022", "2023", "2024 forecast"), the one ``text``
    names by its year; None when fewer than two headers are years, or the text names
    none of them or several."""
    years = {h: spans[0] for h in dict.fromkeys(headers) if (spans := _spans(h))}
    if len(years) < 2 or len(set(years.values())) < len(years):
        return None
    said = set(_spans(text))
    named = [h for h, span in years.items() if span in said]
    return named[0] if len(named) == 1 else None


# A year or a span of years in a header or a sentence: "2024", "2022/23", "2023-2024".
YEARS = re.compile(r"(?<![\d/.,])((?:19|20)\d\d)(?:\s?[/–-]\s?(\d{4}|\d{2}))?(?![\d%])")


def _spans(text: str) -> list[tuple[int, int]]:
    """The years and spans of years a text names, each as (first year, last year)."""
    out = []
    for m in YEARS.finditer(text):
        first, end = int(m.group(1)), m.group(2)
        last = (
            first if end is None else int(end) if len(end) == 4 else first // 100 * 100 + int(end)
        )
        if first <= last <= first + 1:
            out.append((first, last))
    return out


def same_table(index: EvidenceIndex, i: int, j: int) -> bool:
    """True when entries ``i`` and ``j`` are cells of one table."""
    a, b = index.sentences[i], index.sentences[j]
    return (
        is_cell(a.fact)
        and is_cell(b.fact)
        and a.page == b.page
        and a.fact is not None
        and b.fact is not None
        and a.fact.where == b.fact.where
        and a.fact.data.get("caption") == b.fact.data.get("caption")
    )


def header_of(index: EvidenceIndex, i: int, axis: str = "column") -> str | None:
    """The column (or, with ``axis`` "row", the row) header of a cell entry; None for
    any other entry."""
    fact = index.sentences[i].fact
    return str(fact.data.get(axis, "")) if fact is not None and is_cell(fact) else None


def _table_of(index: EvidenceIndex, i: int) -> list[int]:
    """The entries of the cells in the same table as entry ``i``, in order."""
    s = index.sentences[i]
    fact = s.fact
    assert fact is not None
    return [
        j
        for j in index.fact_entries(s.page, "cell")
        if (other := index.sentences[j].fact) is not None
        and other.where == fact.where
        and other.data.get("caption") == fact.data.get("caption")
    ]


def _table_headers(index: EvidenceIndex, i: int, axis: str) -> list[str]:
    """The headers on ``axis`` ("row" or "column") of the table holding cell entry ``i``,
    in order and each once (none for any other entry)."""
    if not is_cell(index.sentences[i].fact):
        return []
    heads = (
        str(f.data.get(axis, "")) for j in _table_of(index, i) if (f := index.sentences[j].fact)
    )
    return list(dict.fromkeys(heads))


def table_rows(index: EvidenceIndex, i: int) -> list[str]:
    """The row headers of the table holding cell entry ``i``, in order (none for any
    other entry)."""
    return _table_headers(index, i, "row")


def table_columns(index: EvidenceIndex, i: int) -> list[str]:
    """The column headers of the table holding cell entry ``i``, in order (none for any
    other entry)."""
    return _table_headers(index, i, "column")


# A figure in per cent with its unit: "60 per cent", "12.5 percent", "8%".
_SHARE_FIGURE = re.compile(r"\d[\d.,]*\s*(?:%|per\s?cent\b|percent\b)", re.IGNORECASE)

# A side that stands for the other side's noun: "those in Ghent", "that of the porters".
_STANDS_IN = re.compile(
    r"\s*(?:those|that|the\s+ones?|ones?)\b(?!\s+(?:who|which)\b)", re.IGNORECASE
)


def shared_line(
    index: EvidenceIndex, i: int, sentence: str, sides: tuple[str, str], axis: str = "column"
) -> tuple[str, str] | None:
    """The column (or row, by ``axis``) of a table both sides of a comparison are read
    from, when the table has several of one measure: years ("2022/23", "2023/24"), or
    for columns measures the sentence tells apart ("Median", "Mean"). It is the one the
    sentence names, by its year or (for a column) its telling words, else the latest
    year. A column only one side names is that side's own ("nurses" of a table with a
    column per occupation), not one for both. Returns the header and why it was taken
    ("named", "latest year"); None when entry ``i`` is no cell or nothing picks one."""
    if not is_cell(index.sentences[i].fact):
        return None
    facts = [f for j in _table_of(index, i) if (f := index.sentences[j].fact) is not None]
    lines = list(dict.fromkeys(str(f.data.get(axis, "")) for f in facts))
    if len(lines) < 2:
        return None
    named_years = set(_spans(sentence))
    years = {c: _spans(c) for c in lines}
    by_year = [c for c in lines if years[c] and set(years[c][:1]) & named_years]
    if len(by_year) > 1:
        return None  # "in 2024 ... than in 2022": each side its own year
    if by_year:
        return by_year[0], "named"
    by_words: list[str] = []
    if axis == "column":
        headers = _Headers(facts)
        # A share's unit is the figure's, as in a header's "(%)": "60 per cent more than"
        # sizes the gap and names no "..., per cent" column of changes.
        words = _words(_SHARE_FIGURE.sub(" ", sentence))
        by_words = [c for c in lines if headers._named(headers.columns[c], words)]
        # "those in Ghent", "that of the porters": the right side stands for the left
        # side's noun, and names what it names.
        left_words = _words(sides[0])
        side_words = [
            left_words,
            _words(sides[1]) | (left_words if _STANDS_IN.match(sides[1]) else set()),
        ]
        one_side = [
            c
            for c in by_words
            if len({headers._named(headers.columns[c], w) for w in side_words}) == 2
        ]
        if len(by_words) == 1 and not one_side:
            return by_words[0], "named"
        # The one measure the sentence names, in several years ("Starting salary, 2015"
        # and "Starting salary, 2024"): its latest year, as for a table of years alone.
        measures = {" ".join(YEARS.sub(" ", c).split()) for c in by_words}
        dated_measure = len(measures) == 1 and all(years[c] for c in by_words)
        if len(by_words) >= 2 and dated_measure and not one_side:
            return max(by_words, key=lambda c: (years[c][0][1], years[c][0][0])), "latest year"
    dated = [c for c in lines if years[c]]
    if len(dated) >= 2 and not by_words:
        # Two columns of the latest year ("2025" and "Local rate, 2025"): the one of the
        # table's run of years, whose measure most dated columns share.
        measure = {c: " ".join(YEARS.sub(" ", c).split()) for c in dated}
        run = Counter(measure.values())
        return max(
            dated, key=lambda c: (years[c][0][1], years[c][0][0], run[measure[c]])
        ), "latest year"
    return None


def row_words(index: EvidenceIndex, i: int) -> tuple[set[str], set[str]]:
    """The words of the name of the row cell entry ``i`` stands in (its row header
    before any bracketed detail), and those of them that tell the row from the other
    rows of its table."""
    fact = index.sentences[i].fact
    if fact is None or not is_cell(fact):
        return set(), set()
    row = str(fact.data.get("row", ""))
    others = {r for r in table_rows(index, i) if r != row}
    own = _words(_row_name(row))
    return own, own - set().union(*(_words(_row_name(r)) for r in others))


# What a row's name leaves out, after it: "Teaching Assistants, Except Postsecondary",
# "Drivers (all other)", "Cooks, n.e.c.": the kind the row names is before it.
_NAME_ENDS = re.compile(
    r"\(|,\s*(?:except|excluding|other\s+than|n\.?e\.?c\.?|all\s+other)\b", re.I
)


def _row_name(row: str) -> str:
    """A row's name without its bracketed detail or its exclusion."""
    m = _NAME_ENDS.search(row)
    return row[: m.start()] if m else row


def row_cells(index: EvidenceIndex, i: int) -> list[int]:
    """The entries of the cells in the same table row as cell entry ``i``, in order."""
    return _row_cells(index, i)


def years_named(text: str) -> set[int]:
    """The years a text names (the first of a span: "2022/23" is 2022)."""
    return {first for first, _ in _spans(text)}


def table_cells(index: EvidenceIndex, i: int) -> list[int]:
    """The entries of the cells in the same table as cell entry ``i``, in order."""
    return _table_of(index, i)


def header_named(header: str, words: set[str]) -> bool:
    """True when ``words`` (see :func:`words_of`) name a word of ``header``, or hold a
    word one of them starts ("completed" and "Completions"). A note of a unit in
    brackets names the unit, not the measure: "Yield (kg per tonne of ore)" is not
    named by "ore"; a gloss in brackets ("Schlepper (tug)") names it."""
    own = _words(_MEASURE_NOTE.sub(" ", header)) or _words(header)
    return bool(own) and _Headers._named((own, own, set()), words)


# A note in brackets giving a unit of measure: a scale, a weight or a count, a rate
# ("(thousand t)", "(kg/m3)", "(number)", "('000)", "(tonnes per hour)").
_MEASURE_NOTE = re.compile(
    r"\((?=[^()]*(?:[/%]|'000|\bper\b|\b(?:kg|t|tonnes?|tons?|number|no|thousands?|"
    r"millions?|billions?|m3|km|litres?|hours?)\b))[^()]*\)",
    re.IGNORECASE,
)


def words_of(text: str) -> set[str]:
    """The words a header is matched by in ``text`` (see :func:`named_cells`)."""
    return _words(text)


def _row_cells(index: EvidenceIndex, i: int) -> list[int]:
    """The entries of the cells in the same table row as entry ``i``, in order."""
    fact = index.sentences[i].fact
    assert fact is not None
    row = fact.data.get("row")
    return [
        j
        for j in _table_of(index, i)
        if (other := index.sentences[j].fact) is not None and other.data.get("row") == row
    ]


def scale_of(index: EvidenceIndex, i: int) -> tuple[Amount, str] | None:
    """The pay scale of the row a cell stands in, when the row is one: two money cells
    or more under step, grade or minimum-maximum columns. Returns the scale, from its
    lowest cell to its highest, and where it stands ("table: ..., <row>, <first column>
    to <last column>")."""
    if not is_cell(index.sentences[i].fact):
        return None
    figures: list[tuple[float, str, dict[str, object]]] = []
    for j in _row_cells(index, i):
        fact = index.sentences[j].fact
        assert fact is not None
        column = str(fact.data.get("column", ""))
        pay = parse_pay(str(fact.data.get("value", ""))) if _SCALE_COLUMN.search(column) else None
        if pay is not None and pay["currency"] and pay["currency"] != "%":
            figures.append((float(pay["min"]), column, pay))
    if len(figures) < 2 or len({str(p["period"]) for _, _, p in figures}) != 1:
        return None
    low, high = min(figures, key=lambda f: f[0]), max(figures, key=lambda f: f[0])
    pay = low[2]
    fact = index.sentences[i].fact
    assert fact is not None
    where = f"{fact.where}, {fact.data.get('row', '')}, {low[1]} to {high[1]}"
    amount = Amount(low[0], high[0], str(pay["currency"]), str(pay["period"]))
    return amount, where


def cell_where(fact: PageFact) -> str:
    """Where a cell stands, for a rationale: "table: <caption>, <row>, <column>"."""
    parts = [fact.where, str(fact.data.get("row", "")), str(fact.data.get("column", ""))]
    return ", ".join(p for p in parts if p)


def column_of_years(index: EvidenceIndex, i: int, years: set[int]) -> bool:
    """False when cell entry ``i`` stands in a column dated to none of ``years`` while
    another column of its row is dated to one of them: of "from 1 May 2024" and "from 1
    July 2025", a claim of pay in 2024 means the first. True otherwise (no years, an
    undated column, or no column of the years)."""
    column = header_of(index, i)
    if not years or column is None or not (own := years_named(column)):
        return True
    if own & years:
        return True
    return not any(
        years_named(header_of(index, j) or "") & years for j in _row_cells(index, i) if j != i
    )


def cells_by_text(index: EvidenceIndex, pages: set[int]) -> dict[tuple[int, str], list[int]]:
    """The cell entries of ``pages`` by their page and value as written ("€15.50 per
    hour"): a page's text reads each cell of a table again as a sentence of its own,
    which is that cell, not a figure of a sentence."""
    out: dict[tuple[int, str], list[int]] = {}
    for page in sorted(pages):
        for i in index.fact_entries(page, "cell"):
            fact = index.sentences[i].fact
            if is_cell(fact):
                assert fact is not None
                value = " ".join(str(fact.data.get("value", "")).split())
                out.setdefault((page, value), []).append(i)
    return out


# What other modules read of the above: the words that say what a figure is rather than
# whose, a row's name without its details, a side speaking of the whole, and the year
# column a sentence means.
MEASURE_WORDS = _MEASURE_WORDS
row_name = _row_name
speaks_of_whole = _speaks_of_whole
year_meant = _year_meant
