"""Quantity and date claims: numbers with units, dates and durations, compared as
intervals against the same kind of fact about the same subject."""

from __future__ import annotations

import re
from collections.abc import Sequence
from collections.abc import Set as AbstractSet
from dataclasses import replace
from datetime import date as date_cls
from functools import lru_cache

from factcheck.claims.amounts import (
    Amount,
    close,
    currencies_meet,
    format_money,
    is_money,
    qualified,
)
from factcheck.claims.extract import Found
from factcheck.claims.fields import (
    DURATION_DAYS_SLACK,
    DURATION_UNIT,
    duration_rounding,
    duration_slack,
)
from factcheck.evidence.base import CITED_FACT_SCORE, ArticleView, with_cited
from factcheck.evidence.clock_lengths import (
    dated_apart,
    in_hours,
    same_day,
    same_party,
    told_in_hours,
)
from factcheck.evidence.common import (
    Assessment,
    Findings,
    Tally,
    agreeing_value_first,
    another_whole,
    compare_dates,
    contains_word,
    focus,
    labels_conflict,
    marked_apart,
    own_first,
    phases_clash,
    window,
)
from factcheck.evidence.companions import LEVEL, differs, near
from factcheck.evidence.date_rows import (
    DateRow,
    about_page_event,
    date_rows,
    days_between,
    span_of,
)
from factcheck.evidence.dates import (
    DatedMention,
    dated_mentions,
    event_clauses,
    event_stem,
    last_date,
    names_event,
    opens_clause,
    own_clauses,
    telling_assessments,
    tells,
)
from factcheck.evidence.founding_rows import founding_rows
from factcheck.evidence.fractions import part_shares
from factcheck.evidence.frames import (
    about_a_vote,
    frame_kinds,
    framed_apart,
    header_kinds,
    length_kinds,
    lengths_apart,
    measured_kinds,
    sentence_kinds,
    share_kinds,
)
from factcheck.evidence.givers import Giver, giver
from factcheck.evidence.index import Candidate, EvidenceIndex, keywords
from factcheck.evidence.level_changes import change_assessments
from factcheck.evidence.month_parts import month_part, within_part
from factcheck.evidence.readings import (
    Figure,
    SentenceReader,
    another_time,
    borne_out_anywhere,
    finer_rounds_to,
    reader_for,
)
from factcheck.evidence.salary import raise_told
from factcheck.evidence.stoppage_dates import (
    names_stoppage,
    spans,
    starts_stoppage,
    stoppage_weekday,
    tells_stoppage,
)
from factcheck.evidence.strike_unhappened import not_happened
from factcheck.evidence.tables import (
    COUNTRY_WIDE,
    TABLE_CELL_SCORE,
    YEARS,
    cell_where,
    header_of,
    is_cell,
    named_cells,
    remainder_unsaid,
    row_words,
    same_table,
    words_of,
)
from factcheck.evidence.titles import normalise_title, posting_title, same_job
from factcheck.evidence.weekdays import (
    act_told,
    object_told,
    relative_day,
    same_act,
    weekday_date,
)
from factcheck.letters import UPPER
from factcheck.model import CLOSING_DATE, Claim, PageFact, Stance, VerdictLabel
from factcheck.rulepacks.knowledge import Knowledge
from factcheck.sources.pages.dates import labelled_date

# Events that name the same moment, for comparing dates.
_START = {
    "began",
    "begun",
    "started",
    "starts",
    "launched",
    "opened",
    "walked out",
    "went on strike",
    "kicked off",
}
# A stoppage's end is told by its lifting too: "the owners lifted the lockout on ...".
_END = {
    "ended",
    "ends",
    "end",
    "finished",
    "finishes",
    "concluded",
    "concludes",
    "closed",
    "was suspended",
    "suspended",
    "called off",
    "lifted",
    "lifts",
    # "the strike wrapped up on ...", "the stoppage wound down on ..."
    "wrapped",
    "wound",
    "lift",
    "was lifted",
    "were lifted",
}


def _describe(low: float | None, high: float | None, unit: str) -> str:
    def num(v: float) -> str:
        return format_money(v, None)

    if low is not None and high is not None:
        text = num(low) if abs(high - low) <= 0.011 * max(high, 1) else f"{num(low)}–{num(high)}"
    elif low is not None:
        text = f"at least {num(low)}"
    elif high is not None:
        text = f"at most {num(high)}"
    else:
        text = "an unstated number"
    return f"{text}%" if unit == "%" else f"{text} {unit}"


def _named_in(claim: Claim, view: ArticleView) -> str:
    """The names a claim's sentence gives (organisations, capitalised names), or those
    just before it when it gives none ("The company filed notice for 85 jobs")."""
    text = claim.sentence.text
    names = [*view.orgs(text), *(n for n, _, _ in view.extractor.parsers.proper_names(text))]
    return " ".join(names or view.nearby_names(claim, before=1))


def _stem_word(word: str) -> str:
    return keywords(word) or word


def _unit_words(unit: str) -> set[str]:
    return set(keywords(unit).split())


def _context_words(claim: Claim) -> set[str]:
    """Content words of the claim's sentence, numbers left out."""
    return {w for w in keywords(claim.sentence.text).split() if not w[0].isdigit()}


def _evidence_words(index: EvidenceIndex, i: int) -> set[str]:
    """Content words of a source sentence, the two before it and its page title: the
    subject of "Fourteen engineers work in it" is in the sentence before."""
    s = index.sentences[i]
    around = " ".join(n.text for n in index.nearby(i, before=2, after=0))
    return set(keywords(f"{s.text} {around} {index.pages[s.page].title or ''}").split())


# Relevance points (shared words count one each): the same unit, or the same
# organisations named near the figure, each weigh as two shared words; a passage naming
# only others takes three away (see _about_someone_else).
SAME_UNIT_POINTS, SAME_ORGS_POINTS, SOMEONE_ELSE_POINTS = 2, 2, 3


def relevance(
    claim: Claim,
    index: EvidenceIndex,
    i: int,
    view: ArticleView,
    same_unit: bool,
    near: tuple[int, int] | None = None,
    stance: Stance = "supports",
    labelled: bool = True,
    marks_near: bool = False,
    standing: bool = False,
) -> int:
    """How surely a source sentence speaks of the same thing as the claim: shared words,
    the same unit, and the same organisations (in the sentence or just before it).
    ``near`` is where the figure lies in the source sentence, for words of time.
    ``labelled`` is False where the figures are dates, whose years are compared with
    the dates themselves rather than read as labels of the sentences. With
    ``marks_near``, a word marking another time ("former", "previous") counts only
    beside the figures: "founded in 2009 by two former engineers" dates no former
    founding. Without it, such a word in the source marks the figure when it stands
    before the figure or just after it, never from a clause further on ("a scheme to
    let drivers retire earlier" marks no pay rise told before it). A ``standing`` count
    (an infobox row's, dated by when it was taken) is set apart by a year told near the
    claim's figure, not by one its sentence gives another event ("founded in 1867")."""
    s = index.sentences[i]
    evidence_near = window(s.text, *near) if near else s.text
    claim_at = claim.start - claim.sentence.start
    claim_near = window(claim.sentence.text, claim_at, claim_at + len(claim.text))
    if phases_clash(claim_near, evidence_near, view.knowledge):
        return 0
    marked = (
        (claim_near, evidence_near)
        if marks_near
        else (claim.sentence.text, _up_to(s.text, near[1]) if near else s.text)
    )
    if marked_apart(*marked, view.knowledge):
        return 0
    if labelled and labels_conflict(claim_near if standing else claim.sentence.text, s.text):
        return 0
    score = len(_context_words(claim) & _evidence_words(index, i))
    if same_unit:
        score += SAME_UNIT_POINTS
    around = " ".join(n.text for n in index.nearby(i, before=2, after=0))
    if standing:
        # An infobox row is of what its page is about, named in its title.
        around = index.pages[s.page].title or ""
    found_orgs = set(view.extractor.parsers.org_names(f"{s.text} {around}", index.context(s.page)))
    # A length on the page the claim's paragraph cites (or the one before it, pointed
    # back at) is of what that page tells, as one naming the claim's parties would be.
    # So is a date of the claim's event there (the caller has matched the event), and
    # a count in the page's infobox: the row is of what the cited page is about.
    cited = s.page in view.primary.get(claim.id, ()) and (
        claim.fields.get("unit") == DURATION_UNIT
        or (claim.type == "date" and bool(claim.fields.get("date")))
        or standing
    )
    # An entry on what the claim counts is of it, though cited elsewhere.
    cited = cited or (standing and s.page in _entries_about(claim, index, view))
    # A figure of the claim's own unit on the page its own sentence cites is of what the
    # claim tells: the writer pointed there for it ("plans to hire 90 nurses [3]").
    own_citation = same_unit and s.page in view.in_sentence.get(claim.id, ())
    cited = cited or own_citation
    if found_orgs & set(view.nearby_orgs(claim)) or cited:
        score += SAME_ORGS_POINTS
    # A different figure in a passage naming only others is about them; a matching one
    # may still be ours under another name (people named in it, a shortened name).
    if stance == "contradicts" and _about_someone_else(
        claim, index, i, view, by_nearby=not own_citation
    ):
        score -= SOMEONE_ELSE_POINTS
    return score


# How many words after a figure a word marking another time or place still marks it
# (as far as common.window reaches).
MARKS_AFTER = 4
# Two tops ("up to 55,000", "up to 65,000") agree within this share of the claimed one.
TOPS_TOLERANCE = 0.05
# How many times apart a page's count (or sum of money) and the claim's are when the
# page counts something else (see Amount.far_from).
FAR_COUNT = 5.0
FAR_MONEY = 10.0


def _up_to(text: str, end: int) -> str:
    """A source sentence up to a figure ending at ``end`` and the few words after it:
    what a word marking another time or place must stand in to mark that figure."""
    return " ".join([text[:end], *text[end:].split()[:MARKS_AFTER]])


def _about_someone_else(
    claim: Claim, index: EvidenceIndex, i: int, view: ArticleView, by_nearby: bool = True
) -> bool:
    """True when the source passage is not about whom the claim is: the claim's sentence
    names someone ("Paramount posted four roles") the passage does not, or the passage
    names only others ("Hamburg-based Packwerk ... The company has 80 employees").
    Without ``by_nearby``, only names in the claim's own sentence count: the names of
    the sentences before it ("every operator in Ontario") may be no one's it cites."""
    s = index.sentences[i]
    window = " ".join([*(n.text for n in index.nearby(i, before=1, after=0)), s.text])
    if s.fact is not None and s.fact.kind == "infobox":
        # An infobox row is of what its page is about, named in its title.
        window = f"{index.pages[s.page].title or ''} {s.text}"
    own = view.orgs(claim.sentence.text)
    if own and not any(index.mentions_in(window, name, s.page) for name in own):
        return True
    if _page_lacks_names(claim, index, s.page, view):
        return True
    if not by_nearby:
        return False
    ours = {n.lower() for n in view.nearby_names(claim)}
    theirs = [n for n, _, _ in view.extractor.parsers.proper_names(window, index.context(s.page))]
    if not theirs or not ours:
        return False
    lowered = window.lower()
    # "Nordlicht" names "Nordlicht Robotics": any distinctive word of a name will do.
    words = {w for n in ours for w in _distinctive_words(n)}
    return not any(w in lowered for w in words) and not any(t.lower() in ours for t in theirs)


def _page_lacks_names(claim: Claim, index: EvidenceIndex, page: int, view: ArticleView) -> bool:
    """True when the claim's own sentence names someone by proper names ("the strike at
    Tollgate Buses") and its page gives none of them, not even one distinctive word of
    one: the page tells another's figure, whatever names stand in the sentences before the
    claim (a paragraph about another dispute). Words in brackets are an aside ("(see
    sources below)", "(Reuters)"), not whose dispute it is."""
    return _lacks_names(claim.sentence.text, index, page, view)


def _lacks_names(text: str, index: EvidenceIndex, page: int, view: ArticleView) -> bool:
    """True when ``text`` names someone by proper names, outside brackets, and the page
    gives none of them, not even one distinctive word of one."""
    text = _ASIDE.sub(" ", text)
    named = [n for n, _, _ in view.extractor.parsers.proper_names(text, view.ctx)]
    if not named:
        return False
    p = index.pages[page]
    lowered = f"{p.title or ''}\n{p.text}".lower()
    for name in named:
        if index.mentions(page, name) or any(w in lowered for w in _distinctive_words(name)):
            return False
    return True


_ASIDE = re.compile(r"\([^()]*\)")


def _distinctive_words(name: str) -> list[str]:
    """The words of a name that can stand for it alone, lower-cased: four letters or
    more, opening with a letter ("Nordlicht" of "Nordlicht Robotics", not "of")."""
    return [w.lower() for w in name.split() if len(w) >= 4 and w[0].isalpha()]


_YEAR = re.compile(r"(?<![\w$£€])(?:1[5-9]|20)\d{2}(?![\w])")


def _claim_years(claim: Claim, view: ArticleView) -> set[str]:
    """The years a claim is of: those its sentence names, else those of the last
    sentence before it that names one ("The walkout began on 15 September 2023. ...
    The strike lasted 46 days"); a year a span is measured from ("since 1970") is not
    one."""
    for sentence in [claim.sentence, *reversed(view.sentences[: claim.sentence.index])]:
        years = {
            m.group(0)
            for m in _YEAR.finditer(sentence.text)
            if not _SINCE.search(sentence.text[: m.start()])
        }
        if years:
            return years
    return set()


# A year after these measures from it, and is not when the claim's event was: "the
# longest strike since 1970".
_SINCE = re.compile(r"\b(?:since|before|after|until|till|than)\s+$", re.IGNORECASE)


# Years written as a span ("2021–2025", "from 2021 to 2025") cover those between.
_YEAR_SPAN = re.compile(
    r"(?<![\w$£€])((?:1[5-9]|20)\d{2})\s*(?:[–—-]|to|through|until)\s*((?:1[5-9]|20)\d{2})(?![\w])"
)


def _years(text: str) -> set[str]:
    """The years a text names, those a span of years covers among them."""
    years = set(_YEAR.findall(text))
    for m in _YEAR_SPAN.finditer(text):
        first, last = int(m.group(1)), int(m.group(2))
        if first < last <= first + 50:
            years |= {str(y) for y in range(first, last + 1)}
    return years


def _of_other_years(
    claim: Claim, text: str, view: ArticleView, standing: bool = False, entry: str = ""
) -> bool:
    """True when a source sentence names years and none of the claim's: a figure it
    gives is of another event ("the sit-down strike of 1936 and 1937 went on for 44
    days" for a strike of 2023, "the 2023 agreement was worth 9 per cent" for the 2024
    offer). A sentence naming no year is dated by ``entry``, the title of the
    encyclopedia entry it stands in, when that names the year of its event ("1998 Tarn
    dock strike": its "c. 6,000 dockers" are that year's); else it says nothing of
    which. A ``standing`` count (an infobox row's, "Members: 4,100 (2030)") is dated by
    the year it was taken: only a year told near the claim's figure sets it apart, not
    one the article told of another event."""
    theirs = _years(text) or _years(entry)
    if standing:
        at = claim.start - claim.sentence.start
        near = window(claim.sentence.text, at, at + len(claim.text))
        ours = {m.group(0) for m in _YEAR.finditer(near)}
    else:
        ours = _claim_years(claim, view)
    return bool(theirs and ours and theirs.isdisjoint(ours))


# The months, by their names and the short forms of them, for the period a figure is of.
_MONTHS = (
    "January February March April May June July August September October November December"
).split()
_MONTH = re.compile(
    r"\b(?P<m>" + "|".join([*_MONTHS, *(f"{m[:3]}\\." for m in _MONTHS), r"Sept\."]) + r")(?!\w)"
)
# A whole year told as the period of a figure, against a month's: "for the full year",
# "over the year as a whole", "annual".
_WHOLE_YEAR = re.compile(
    r"\b(?:(?:the\s+)?(?:full|whole|entire|calendar|financial|fiscal)\s+year|for\s+the\s+year"
    r"|year\s+as\s+a\s+whole|annual|annually|year-round|in\s+all\s+of)\b",
    re.IGNORECASE,
)


# A figure's first character: "455,000", "$12m", "€4", "£1.2bn"; not a year's ("the full
# year 2031"), which may be the period.
_OTHER_FIGURE = re.compile(r"(?<![\w.,])[$£€¥₹]?\d(?!\d{3}\b)")


def _periods_near(text: str, start: int, end: int) -> set[str]:
    """The periods a figure at ``start``-``end`` is told of in its own clause: the
    months named there ("a 7% increase for June", "1.2 million passengers in March"),
    and "year" for a whole year ("for the full year 2031 it carried 14 million")."""
    clause = _figure_clause(text, start, end)
    out = {m.group("m")[:3].lower() for m in _MONTH.finditer(clause)}
    if _WHOLE_YEAR.search(clause):
        out.add("year")
    return out


def _figure_clause(text: str, start: int, end: int) -> str:
    """The words of a figure's own clause around it, up to another figure of the
    clause, whose own period it may be ("412,000 in June and 455,000 in July")."""
    before = _OTHER_FIGURE.split(_CLAUSE_END.split(text[:start])[-1])[-1]
    after = _OTHER_FIGURE.split(_CLAUSE_END.split(text[end:], maxsplit=1)[0], maxsplit=1)[0]
    return f"{before} {after}"


# A year told as when a figure was counted: "in 2031", "during 2030", "last year".
_IN_A_YEAR = re.compile(
    r"\b(?:in|during|for|over|throughout)\s+(?:(?:1[5-9]|20)\d{2}\b|the\s+(?:last|past|previous)\s+year\b)"
    r"|\b(?:last|a|per|each|every)\s+year\b",
    re.IGNORECASE,
)


# A figure as a claim writes it, in digits: "70", "1,412", "42.2".
_WRITTEN_FIGURE = re.compile(r"(?<![\d.,])\d{1,3}(?:,\d{3})+(?:\.\d+)?|(?<![\d.,])\d+(?:\.\d+)?")
# At most this many sentences found by the figure alone, for one claim, each of at least
# so many words: a long sentence is what the ranking misses (a headline or a teaser of
# another story it ranks as it is, and gives no figure of the claim's by its figure).
_BY_FIGURE = 6
_BY_FIGURE_WORDS = 15


def _same_figure(claim: Claim, index: EvidenceIndex, have: set[int]) -> list[int]:
    """The long sentences of the pages at hand, not among ``have``, that write a figure
    of the claim's as the claim writes it: of two digits or more, no year."""
    figures = [
        m.group(0)
        for m in _WRITTEN_FIGURE.finditer(claim.text)
        if len(re.sub(r"\D", "", m.group(0))) >= 2 and not YEARS.fullmatch(m.group(0))
    ]
    if not figures:
        return []
    pattern = re.compile(
        "|".join(rf"(?<![\d.,]){re.escape(f)}(?![\d]|[.,]\d)" for f in dict.fromkeys(figures))
    )
    out: list[int] = []
    for i, s in enumerate(index.sentences):
        # A sentence of running text: a table's cell or a posting's field is read where
        # its row or label names the claim's thing, never by its figure alone.
        if s.fact is not None or i in have:
            continue
        if pattern.search(s.text) and len(s.text.split()) >= _BY_FIGURE_WORDS:
            out.append(i)
            if len(out) == _BY_FIGURE:
                break
    return out


def _of_its_year(text: str, start: int, end: int) -> str:
    """A sentence naming several years with those outside the figure's own clause left
    out, when that clause names one: "exports reached $22.9 billion in 2024, short of the
    2022 record" names the year 2024 for the first figure, 2022 for a figure of 2022."""
    said = {m.group(0) for m in YEARS.finditer(text)}
    own = {m.group(0) for m in YEARS.finditer(_figure_clause(text, start, end))}
    if len(said) < 2 or len(own) != 1:
        return text
    return YEARS.sub(lambda m: m.group(0) if m.group(0) in own else " ", text)


def _of_a_year(text: str, start: int, end: int) -> bool:
    """True when a figure is told, in its own clause, of a whole year: a year's total
    ("handled 2.3 million visitors in 2031", "treats 40,000 patients a year") counts
    over the year, whatever one event of it involved."""
    clause = _figure_clause(text, start, end)
    return bool(_IN_A_YEAR.search(clause) or _WHOLE_YEAR.search(clause))


def _agreeing_of_other_periods(
    ours: set[str], said: Amount, unit: str, index: EvidenceIndex, i: int
) -> bool:
    """True when the figures of source sentence ``i`` that bear the claim's value out
    (of its unit) are all told of periods apart from the claim's ("a 4% rise for March,
    after a 6% rise in February" for "6% for March"): the figure that agrees is of
    another period, so it leaves the conflict standing."""
    if not ours:
        return False
    text = index.sentences[i].text
    agreeing = [
        f
        for f in index.facts(i)
        if f.rule.type == "quantity"
        and str(f.fields.get("unit", "")) == unit
        and Amount(f.fields.get("min"), f.fields.get("max")).overlaps(said)
    ]
    return bool(agreeing) and all(
        _periods_apart(ours, _periods_near(text, f.start, f.end)) for f in agreeing
    )


# The whole a part is told of, just after it: "6,000 of the roughly 8,000 people".
_WHOLE_AFTER = re.compile(
    r"\s+(?:out\s+)?of\s+(?:[^\W\d][\w'’-]*\s+){0,4}?(\d{1,3}(?:,\d{3})+|\d+)(?![\d.,]*\d)"
    r"(?!\s*(?:%|per\s?cent|million|billion|thousand)\b)"
)


# A figure told as a part of a group: "25 of its members", "30 out of the crew".
_PART_AFTER = re.compile(r"\s+(?:out\s+)?of\b", re.IGNORECASE)


def _whole_of_part(claim: Claim) -> float | None:
    """The whole a part claim ("about 60 of the 400 drivers") is of, None for another
    claim: no count larger than the whole can be of the part."""
    if not claim.rule.endswith(".part_of"):
        return None
    m = _WHOLE_AFTER.match(claim.sentence.text, claim.end - claim.sentence.start)
    return float(m.group(1).replace(",", "")) if m else None


def _agreeing_of_other_sides(
    claim_share: set[str],
    said: Amount,
    fact: Found,
    index: EvidenceIndex,
    i: int,
    view: ArticleView,
) -> bool:
    """True when a vote's share against the claim's is of the claim's side and every
    other share of its sentence that agrees with the claim is of another side ("78%
    backed the deal, on a turnout of 82%" against "82% in favour"): the agreeing figure
    is the turnout, so the refuting one is no figure in doubt."""
    text = index.sentences[i].text
    if share_kinds(text, fact.start, fact.end, view.knowledge) != claim_share:
        return False
    agreeing = [
        other
        for other in index.facts(i)
        if other is not fact
        and other.rule.type == "quantity"
        and other.fields.get("unit") == "%"
        and _found_amount(other, text, view).overlaps(said)
    ]
    return bool(agreeing) and all(
        (theirs := share_kinds(text, other.start, other.end, view.knowledge))
        and theirs != claim_share
        for other in agreeing
    )


def _periods_apart(ours: set[str], theirs: set[str]) -> bool:
    """True when two figures are told of different periods in their clauses: different
    months ("for June" and "in May"), or a month and a whole year. A side naming no
    period says nothing of which."""
    return bool(ours and theirs and not ours & theirs)


def _words_around(text: str, start: int, end: int) -> set[str]:
    """Content words next to a figure (see :func:`window`), the figure's own words,
    numbers and capitalised words (whose sum it is, not what) left out: what the figure
    is a figure of."""
    near_text = window(text, start, end)
    near = set(keywords(" ".join(w for w in near_text.split() if not w[0].isupper())).split())
    return {w for w in near - set(keywords(text[start:end]).split()) if not w[0].isdigit()}


# What a figure is told without: "1.4 million barrels a day, not counting condensate",
# "900 staff, excluding contractors". The part left out runs to the next comma or figure.
_LEAVING_OUT = re.compile(
    r"\b(?:(?:not|without)\s+(?:counting|including)|exclud(?:es?|ed|ing)|exclusive\s+of"
    r"|leaving\s+(?:out|aside)|setting\s+aside)\s+([^.,;:!?()\d]+)",
    re.IGNORECASE,
)


def _left_out(text: str) -> set[str]:
    """Content words of the parts a sentence says its figure leaves out (see
    :data:`_LEAVING_OUT`); empty when it leaves none out."""
    return {
        w
        for m in _LEAVING_OUT.finditer(text)
        for w in keywords(m.group(1)).split()
        if not w[0].isdigit()
    }


def _counts_what_claim_leaves_out(left_out: set[str], text: str, start: int, end: int) -> bool:
    """True when a source's figure at ``start``-``end`` counts in the part a claim's
    figure is told without ("2.1 million barrels of oil and condensate" against "1.9
    million barrels, not counting condensate"): it is the whole, so a different figure
    refutes nothing. Read between the figures beside it, so that a part named for
    another figure of the sentence ("crude was 1.4 million; including condensate, 1.6
    million") is not this one's. Not when the source leaves that part out too."""
    if not left_out:
        return False
    before = _OTHER_FIGURE.split(text[:start])[-1]
    after = _OTHER_FIGURE.split(text[end:], maxsplit=1)[0]
    stretch = f"{before} {after}"
    named = set(keywords(_LEAVING_OUT.sub(" ", stretch)).split())
    return bool(left_out & named) and not left_out & _left_out(stretch)


def _same_sum(claim_near: set[str], text: str, fact: Found) -> bool:
    """True when a source's sum of money is told with a word the claim's is told with
    ("fund", "budget", "revenue"): without one, two sums are not the same sum."""
    return bool(claim_near & _words_around(text, fact.start, fact.end))


# What a share counts is said in the words after it, up to the clause's end: "a third of
# staff had been paid late" counts those paid late, not those who answered a survey. A
# bracket opens an aside (a cited source's name: "backed it (union)"), not what it counts.
_CLAUSE_END = re.compile(r"[.;:!?(]|,\s")
COUNTED_WORDS = 6


def _counted(text: str, end: int, reach: int = COUNTED_WORDS) -> set[str]:
    """Content words of what a figure ending at ``end`` counts: the first few words
    (``reach``) of its clause after it, numbers and capitalised words left out."""
    clause = _CLAUSE_END.split(text[end:], maxsplit=1)[0]
    words = [w for w in clause.split()[:reach] if not w[0].isupper()]
    return {w for w in keywords(" ".join(words)).split() if not w[0].isdigit()}


# How far before a share its subject is told: "bank hiring in Ohio has grown 3%".
SUBJECT_WORDS = 6


def _subject_of(text: str, start: int, end: int) -> set[str]:
    """Content words of what a share at ``start``-``end`` is a share of: the few words
    before it ("employer contributions of up to 9%") and what it counts after it."""
    before = " ".join(text[:start].split()[-SUBJECT_WORDS:]).lower()
    words = {w for w in keywords(before).split() if not w[0].isdigit()}
    return words | _counted(text, end)


def _row_of_subject(subject: set[str], cell: PageFact | None) -> bool:
    """True when a table cell's row header is named by the words telling what a claim's
    figure is of (:func:`_subject_of`), not only elsewhere in its sentence."""
    if not is_cell(cell):
        return False
    assert cell is not None
    row = {w for w in keywords(str(cell.data.get("row", ""))).split() if not w[0].isdigit()}
    return _words_meet(subject, row)


# Of the words telling what a share is of, these say only that it is pay or a change.
_GENERIC_SHARE_LISTS = ("amount_words", "pay", "change", "offer_words", "demand_words")
# How many words beyond those two shares' subjects must share to be of one thing.
SAME_SUBJECT_WORDS = 2
GROUP_WORDS = 10


def _same_share_subject(claim_subject: set[str], text: str, fact: Found, view: ArticleView) -> bool:
    """True when a source's share is told of what the claim's is, by at least
    :data:`SAME_SUBJECT_WORDS` words of its subject that say more than pay or a rise
    ("worth 8 per cent to cleaners on grade A" and "comes to 7.2 per cent for cleaners
    at grade A")."""
    generic = {
        w
        for name in _GENERIC_SHARE_LISTS
        for w in keywords(" ".join(view.knowledge.words(name))).split()
    }
    # A group is named further after a share than a count's unit ("for cleaners at
    # grade A").
    theirs = _subject_of(text, fact.start, fact.end) | _counted(text, fact.end, GROUP_WORDS)
    shared = (claim_subject & theirs) - generic
    return len(shared) >= SAME_SUBJECT_WORDS


def bargain_side(text: str, start: int, view: ArticleView) -> str | None:
    """Which side of a bargain a figure at ``start`` is told of, by the words just before
    it in its clause: "offer" ("the ministry has offered just 2 per cent"), "demand"
    ("the union is seeking 15 per cent"), else None."""
    before = _CLAUSE_END.split(text[:start])[-1]
    words = " ".join(before.split()[-SUBJECT_WORDS:])
    k = view.knowledge
    offer, demand = (
        contains_word(words, k.words("offer_words")),
        contains_word(words, k.words("demand_words")),
    )
    if offer == demand:
        return None
    return "offer" if offer else "demand"


def _same_share(claim_counts: set[str], text: str, fact: Found) -> bool:
    """True when a source's share counts what the claim's does: a word of what the
    claim's share counts stands next to the source's figure (before it or after)."""
    found = _words_around(text, fact.start, fact.end) | _counted(text, fact.end)
    return not claim_counts or bool(claim_counts & found)


# The kinds of figure that say when: a date claim's other figures ("a rise of 2.8
# percent does not arrive until May") are not its date.
_DATED_KINDS = frozenset({"date", "day of year"})


def _agrees_elsewhere(
    claim: Claim, text: str, reader: SentenceReader, kinds: frozenset[str] | None = None
) -> bool:
    """True when a source sentence that gives a figure against the claim's also gives
    one that bears it out, or one the claim's may be a rounding of ("1.2 km" and
    "1.24 km"): which of its figures is the claim's, or whether they differ, is then
    in doubt. With ``kinds``, only the claim's figures of those kinds count."""
    source = reader.read(text)
    return any(
        borne_out_anywhere(f, source)
        or any(g.kind == f.kind and finer_rounds_to(f, g) for g in source.figures)
        for f in reader.read(claim.text).figures
        if kinds is None or f.kind in kinds
    )


def _another_occasion(claim: Claim, text: str, reader: SentenceReader) -> bool:
    """True when a source sentence dating the claim's event also counts what the claim's
    sentence counts, by the same words, with a figure that does not meet the claim's:
    another day and another count of one thing ("took in 41 dogs on 1 June" against "took
    in more than 60 dogs on 3 June") tell another occasion of an event that recurs, not
    a wrong date."""
    ours = [f for f in reader.read(claim.sentence.text).figures if _counts_things(f)]
    if not ours:
        return False
    theirs = [f for f in reader.read(text).figures if _counts_things(f)]
    return any(
        len(f.unit & g.unit) >= _SAME_COUNT_WORDS and not f.amount.overlaps(g.amount)
        for f in ours
        for g in theirs
    )


# Words around two counts they must share to count the same thing ("received 120 new
# buses", "received 300 new buses"); one shared verb ("began") is not enough.
_SAME_COUNT_WORDS = 2
# Stems of lengths of time: "eight months" is how long, not how many of a thing.
_TIME_STEMS = frozenset({"second", "minut", "hour", "day", "week", "month", "year", "decad"})


def _counts_things(figure: Figure) -> bool:
    """True for a count of things, not a length of time or a moment ("after 55 games")."""
    return (
        figure.kind == "count"
        and bool(figure.unit)
        and not figure.moment
        and not figure.unit & _TIME_STEMS
    )


def _another_figure_of_its_sentence(
    claim: Claim, claimed: Amount, found: Amount, reader: SentenceReader
) -> bool:
    """True when a source figure is another count the claim's own sentence gives
    ("nearly 90 of the 640 clerks": 90, for the claim on 640): it bears that
    count out and says nothing of the claim's."""
    for figure in reader.read(claim.sentence.text).figures:
        if figure.kind != "count" or figure.amount.overlaps(claimed):
            continue  # the claim's own figure, or one it cannot be told from
        if figure.amount.overlaps(found):
            return True
    return False


_WRITTEN_NUMBER = re.compile(r"\d{1,3}(?:,\d{3})+(?:\.\d+)?|\d+(?:\.\d+)?")


def _half_way(claim: Claim, claimed: Amount, fact: Found) -> bool:
    """True when a claim's whole figure, read within its rounding ("11%" as 10.5 to 11.5), is
    met by an exact finer figure of the source only at or past the end of that rounding
    ("10.5%", "10.48%"): a figure told to its half rounds either way, and a writer who
    had it would have written it, so it does not bear the rounder one out. The fields'
    intervals, each widened a little, would meet."""
    if claim.fields.get("qualifier") is not None or fact.fields.get("qualifier") is not None:
        return False
    value, theirs = claim.fields.get("value"), fact.fields.get("value")
    if not isinstance(value, (int, float)) or not isinstance(theirs, (int, float)):
        return False
    m = _WRITTEN_NUMBER.search(claim.text)
    if m is None or "." in m.group(0) or claimed.low is None or claimed.high is None:
        return False
    digits = m.group(0).replace(",", "")
    step = 10.0 ** (len(digits) - len(digits.rstrip("0")))
    half = step / 2
    if claimed.low < value - half - 1e-9 or claimed.high > value + half + 1e-9:
        return False  # read wider than its rounding ("30" as 27 to 33)
    if float(theirs) % step == 0 or abs(theirs - value) > step:
        return False  # written as coarsely, or far off: compared as it stands
    return bool(theirs <= value - half + 1e-9 or theirs >= value + half - 1e-9)


def _only_meet(a: Amount, b: Amount) -> bool:
    """True when two figures' roundings share only an end: "80 %" (75 to 85) and "90 %"
    (85 to 95). A rounding leaves its top out (85 is written "90"), so no value is
    both. (A length of time's interval is a slack both ways, not a rounding.)"""
    rounded = all(x.low is not None and x.high is not None and x.low < x.high for x in (a, b))
    return rounded and (a.high == b.low or b.high == a.low)


# How far above a source's floor ("more than 25,000") a count it still backs may lie,
# as a multiple of the floor: a floor is written as a round figure just under the
# count, so 40,000 would not be written "more than 25,000".
FLOOR_REACH = 1.5


def _far_past_floor(claim: Claim, fact: Found) -> bool:
    """True when a source's figure is only a floor ("more than 25,000", "at least 900")
    and the claim's count lies more than :data:`FLOOR_REACH` times above it: the floor
    does not tell that count, though no value of the claim's is below it."""
    low, high = fact.fields.get("min"), fact.fields.get("max")
    if fact.fields.get("qualifier") != "lower" or high is not None:
        return False
    value = claim.fields.get("value", claim.fields.get("min"))
    if not isinstance(low, (int, float)) or not isinstance(value, (int, float)) or low <= 0:
        return False
    return value > FLOOR_REACH * low


# How wide, as a fraction of its value, the interval of a figure given loosely may be:
# "about 25,000" reaches a tenth either way; a wider one is a range ("20,000 to 30,000").
SLACK_WIDTH = 0.25


def _meet_by_both_slacks(claim: Claim, fact: Found) -> bool:
    """True when a claim's figure and a source's, both given loosely ("about 25,000",
    "some 28,000"), meet only by adding the two slacks together: neither figure lies
    within the other's reach. Each allows for the other being rounded, not for both
    being rounded away from each other."""

    def loose(fields: dict[str, object]) -> tuple[float, Amount] | None:
        value, low, high = fields.get("value"), fields.get("min"), fields.get("max")
        if not all(isinstance(v, (int, float)) for v in (value, low, high)):
            return None
        assert isinstance(value, (int, float)) and isinstance(low, (int, float))
        assert isinstance(high, (int, float))
        if value <= 0 or not low <= value <= high or high - low > SLACK_WIDTH * value:
            return None
        return float(value), Amount(float(low), float(high))

    ours, theirs = loose(dict(claim.fields)), loose(dict(fact.fields))
    if ours is None or theirs is None:
        return False
    (said, said_reach), (found, found_reach) = ours, theirs
    return not said_reach.contains(Amount(found, found)) and not found_reach.contains(
        Amount(said, said)
    )


def _at_bound_left_out(claim_text: str, fact_text: str, reader: SentenceReader) -> bool:
    """True when one side is exactly the value the other's bound leaves out: "under 20
    deaths" against "20 deaths", "27 cases" against "more than 27 cases". The fields'
    intervals keep a count's half unit, in which the two would meet. A figure that may
    be rounded or is said to be near ("roughly 75,000") may be just past the bound."""
    said, found = reader.read(claim_text).figures, reader.read(fact_text).figures
    return any(
        (a.touches(b) and _exact(a)) or (b.touches(a) and _exact(b)) for a in said for b in found
    )


def _exact(figure: Figure) -> bool:
    """True when a figure is written as exactly its value: no rounding, no "about"."""
    return not figure.rounding and figure.amount == figure.core


def _head(unit: str) -> str:
    """The word a unit counts by, its last: "port workers" counts workers, not ports."""
    words = keywords(unit).split()
    return words[-1] if words else ""


def _heads_meet(unit: str, f_unit: str, k: Knowledge) -> bool:
    """True when two units count by one word, or by two the lexicon knows as one
    thing ("310 shops" and "310 stores")."""
    if _head(unit) == _head(f_unit):
        return True
    mine, theirs = unit.lower().split(), f_unit.lower().split()
    return bool(mine and theirs and theirs[-1] in k.synonyms.get(mine[-1], ()))


def _groups_apart(unit: str, f_unit: str) -> bool:
    """True when two units count by one word but each names a kind of it the other
    does not ("seasonal workers", "guest workers"): two groups, not one count."""
    mine, theirs = keywords(unit).split(), keywords(f_unit).split()
    if not mine or not theirs or mine[-1] != theirs[-1]:
        return False
    return bool(mine[:-1]) and bool(theirs[:-1]) and not set(mine[:-1]) & set(theirs[:-1])


# A count told as every one there is: "in all nine provinces", "all of its 40 depots".
_ALL_BEFORE = re.compile(r"\b(?:all|each\s+of)\s+(?:of\s+)?(?:the\s+|its\s+|their\s+)?$", re.I)

# The body a count of members is of, named after it: "800 members of the Orla Guard".
_MEMBERS_OF = re.compile(
    r"(?:\s+members)?\s+of\s+(?:the\s+)?"
    rf"(?-i:((?:[{UPPER}][\w'’&-]*\s+){{0,5}}[{UPPER}][\w'’&-]*))"
)
_NAME_FILLERS = frozenset("the of and for union workers national".split())


def _members_of_another(claim_text: str, text: str, end: int) -> bool:
    """True when a source's figure counts the members of a body it names ("some 800
    members of the State Guard") and the claim's sentence names no word of that body:
    the members of another body, not the people the claim counts."""
    m = _MEMBERS_OF.match(text, end)
    if m is None or not (
        text[:end].lower().endswith("members") or m.group().lstrip().startswith("members")
    ):
        return False
    named = {w for w in keywords(m.group(1)).split() if w not in _NAME_FILLERS}
    return bool(named) and not named & set(keywords(claim_text).split())


# Words of when, after a figure ("last year", "this season"): no part of what it counts.
_TIME_WORDS = frozenset(
    keywords(
        "last next this past year years month months week weeks day days quarter season"
    ).split()
)


def _subjects_apart(claim_subject: set[str], unit: str, text: str, k: Knowledge) -> bool:
    """True when a count by a unit of bulk or measure ("items", "tonnes") is told of one
    thing and a source's of another: no word of what the claim's figure is of ("the
    parcel market reached ...") is in the source's sentence ("letter volumes fell to
    ..."). Such a unit says how much, not of what, so the same unit is no same count."""
    bulk = k.words("bulk_units") | k.words("measures")
    if not unit.split() or unit.lower().split()[-1] not in bulk:
        return False
    ours = {w for w in claim_subject - _unit_words(unit) - _TIME_WORDS if not w[0].isdigit()}
    return bool(ours) and not ours & set(keywords(text).split())


def _remainder_unsaid(claim: Claim, index: EvidenceIndex, i: int) -> bool:
    """True when entry ``i`` is a cell in a table's row of the rest ("Other ports", "All
    other regions") and the claim speaks of no others: "ports handled 42 million
    passengers" is no count of the row "Other ports", though it names its word."""
    fact = index.sentences[i].fact
    return (
        fact is not None
        and is_cell(fact)
        and remainder_unsaid(str(fact.data.get("row", "")), claim.sentence.text)
    )


def _row_unnamed(claim: Claim, index: EvidenceIndex, i: int) -> bool:
    """True when entry ``i`` is a cell of a table of several rows and the claim's
    sentence names none of the words that tell its row from the others: the count of
    one row ("Kite Mail") is not the claim's unless the claim names it."""
    _, own = row_words(index, i)
    return bool(own) and not own & words_of(claim.sentence.text)


def _countries_apart(claim_text: str, text: str, k: Knowledge) -> bool:
    """True when a claim's sentence names a country and a source's text (a table's
    caption and headers with it) names countries, none of them the claim's: "Ruritania's
    port handled 4 million boxes" is not refuted by a count of Freedonia's ports."""
    ours, theirs = _countries_in(claim_text, k), _countries_in(text, k)
    return bool(ours and theirs and not ours & theirs)


def _countries_in(text: str, k: Knowledge) -> set[str]:
    """The countries of the lexicon a text names, capitalised as names are ("Turkey",
    not "turkey"), in small letters as the lexicon keeps them; a people's adjective
    before a common noun names its country too ("the Ruritanian rail network")."""
    countries = frozenset(k.words("countries"))
    found = _country_names(countries).finditer(text)
    named = {m.group(0).lower() for m in found if m.group(0)[0].isupper()}
    for m in _country_names(frozenset(k.words("nationalities"))).finditer(text):
        # Only an adjective of a common noun: "Indian Ocean" or "Irish Sea" name no country.
        if m.group(0)[0].isupper() and _COMMON_NOUN_AFTER.match(text, m.end()):
            named |= k.synonyms.get(m.group(0).lower(), set()) & countries
    return named


_COMMON_NOUN_AFTER = re.compile(r"\s+[a-z]")


@lru_cache(maxsize=4)
def _country_names(countries: frozenset[str]) -> re.Pattern[str]:
    """One pattern for the country names, built once per lexicon."""
    names = "|".join(re.escape(c) for c in sorted(countries, key=lambda c: (-len(c), c)))
    return re.compile(rf"(?<![\w])(?:{names})(?![\w])", re.IGNORECASE)


def _in_breakdown(text: str, start: int, end: int) -> bool:
    """True when the figure at ``start``-``end`` is one item of a list of counts in its
    clause ("12 tugs, 9 barges and 4 other craft"): a part of a whole told by kinds. A
    count of the whole by another name is none of its parts."""
    clause_start = max(text.rfind(c, 0, start) for c in ".;:") + 1
    clause_end = min((i for i in (text.find(c, end) for c in ".;:") if i >= 0), default=len(text))
    if len(_FIGURE.findall(text[clause_start:clause_end])) < BREAKDOWN_ITEMS:
        return False
    return bool(_ITEM_BEFORE.search(text[clause_start:start]) or _ITEM_AFTER.match(text, end))


def _another_part(unit: str, f_unit: str) -> bool:
    """True when a list's item counts the rest ("4 other craft") or a kind the claim's
    unit calls by another word ("12 tugs" against "boats"): not the claim's count. An
    item that only qualifies the claim's own word ("58 recorded deaths" against
    "deaths") is that count, and may refute it."""
    theirs = f_unit.lower().split()
    return bool(theirs) and (theirs[0] in _THE_REST or _head(unit) != _head(f_unit))


_THE_REST = frozenset({"other", "remaining", "further", "more"})
# How many counts make a list of parts, and what joins one item to the next: a figure,
# a few words, then a comma or "and" right before (or after) the figure's own item.
BREAKDOWN_ITEMS = 3
_FIGURE = re.compile(r"(?<![\w.,])\d[\d,.]*")
_ITEM_BEFORE = re.compile(r"\d[\d,.]*(?:\s+[A-Za-z][\w-]*){1,4}(?:,\s*(?:and\s+)?|\s+and\s+)$")
_ITEM_AFTER = re.compile(r"(?:\s+[A-Za-z][\w-]*){0,4}?(?:,\s*(?:and\s+)?|\s+and\s+)\d")


# A count of a whole country or economy ("employed in construction nationwide").
_WHOLE = re.compile(
    rf"\b(?:{COUNTRY_WIDE}|nationally|across\s+the\s+(?:country|nation))\b",
    re.IGNORECASE,
)


# A whole industry or sector, named as such: "the sector employs", "industry-wide",
# "across the industry".
_INDUSTRY = re.compile(
    r"\b(?:the\s+(?:whole\s+|entire\s+)?(?:industry|sector)\b|(?:industry|sector)-wide\b"
    r"|across\s+(?:the\s+)?(?:whole\s+|entire\s+)?(?:industry|sector|trade)\b)",
    re.IGNORECASE,
)
# A place's whole by its possessive: "the country's hospitals", "the nation's ports".
_PLACE_POSSESSIVE = re.compile(
    r"\bthe\s+(?:country|nation|state|province|region|island)['’]s\s+", re.IGNORECASE
)
# A plural noun (what the place's whole is made of) after a possessive or a nationality,
# with at most two words before it: "yards", "shipyards", "private hospitals".
_PLURAL_AFTER = re.compile(r"(?:[a-z][\w-]*\s+){0,2}?[a-z][\w-]*[^s's]s\b")


def _of_a_whole(text: str, k: Knowledge) -> bool:
    """True when a sentence tells a count of a whole country, region or industry, not of
    one firm or site: "nationwide", "the sector", or a country's things by its name or its
    people's ("Ruritania's ports employ ...", "Ruritanian mills", "the country's
    hospitals"), no superlative between ("Ruritania's largest yards" may be a few)."""
    if _WHOLE.search(text) or _INDUSTRY.search(text):
        return True
    places = [re.escape(p) for p in sorted(k.words("countries"), key=len, reverse=True)]
    peoples = [re.escape(p) for p in sorted(k.words("nationalities"), key=len, reverse=True)]
    heads = [
        *(m.end() for m in _PLACE_POSSESSIVE.finditer(text)),
        *(m.end() for m in re.finditer(rf"\b(?:{'|'.join(places)})['’]s\s+", text, re.I)),
        # "Danish abattoirs employ ...", not "200 Danish drivers at the depot".
        *(
            m.end()
            for m in re.finditer(rf"\b(?:{'|'.join(peoples)})\s+", text, re.I)
            if not re.search(r"\d\S*\s*$", text[: m.start()])
        ),
    ]
    superlatives = k.superlatives
    for at in heads:
        m = _PLURAL_AFTER.match(text, at)
        if m is None or any(w.lower() in superlatives for w in m.group(0).split()):
            continue
        return True
    return False


# How many words before a figure a verb of adding tells that it counts those added.
ADDING_WORDS = 4


def _added(text: str, start: int, unit: str, view: ArticleView) -> bool:
    """True when a figure at ``start`` of ``text`` counts those added, not all there are:
    by its unit ("new members", "extra staff") or a verb of adding just before it
    ("recruited 300", "will create 500 jobs"). A count of the ones gained says nothing
    of the whole, nor the whole of it."""
    k = view.knowledge
    before = " ".join(text[:start].split()[-ADDING_WORDS:])
    return contains_word(unit, k.words("added_units")) or contains_word(
        before, k.words("adding_verbs")
    )


def _added_table(cell: PageFact | None, view: ArticleView) -> bool:
    """True when a table cell counts posts on offer by its table's caption or column
    ("Vacancies in district hospitals"): an advert's table of posts counts those to
    fill, as "wants to fill 300 posts" does, not all the posts there are. (A caption's
    note of what a count takes in, "new hires and rehires", makes no such table.)"""
    if not is_cell(cell):
        return False
    assert cell is not None
    headers = f"{cell.data.get('caption') or ''} {cell.data.get('column') or ''}"
    return contains_word(headers, view.knowledge.words("vacancy_words"))


def _counts_heads(units: set[str], headcount: set[str]) -> bool:
    """True when a unit counts people: a headcount word, or a compound ending in one
    ("dockworkers", "crewmembers")."""
    return any(u.endswith(h) for u in units for h in headcount if len(h) >= 4)


def _by_trade(unit: str, k: Knowledge) -> bool:
    """True when a unit counts people by their trade or the work they do ("couriers and
    drivers", "nurses"): a role (the job titles table) or a word for a group's members."""
    members = k.words("members")
    return any(w in members or k.is_role(w) for w in re.findall(r"[a-z]+", unit.lower()))


def same_vote_side(claim_after: str, evidence_after: str, view: ArticleView) -> bool:
    """True when two shares of a vote are of the same side: both for ("voting in favour",
    "voted to accept") or both against, by the words just after each figure."""
    k = view.knowledge
    a, b = " ".join(claim_after.split()[:5]), " ".join(evidence_after.split()[:5])
    return any(
        contains_word(a, k.words(side)) and contains_word(b, k.words(side))
        for side in ("vote_for", "vote_against")
    )


# A vote's result on the page a claim about it cites is told in few words ("The vote was
# 93% in favour"), which rank low against the claim's sentence: such lines are read as
# candidates of this score, and the same side there counts as two shared words.
VOTE_LINE_SCORE, SAME_VOTE_POINTS = 60.0, 2
_PERCENT_SIGN = re.compile(r"\d\s?(?:%|per\s?cent)", re.IGNORECASE)


def _vote_lines(
    candidates: list[Candidate], cited: set[int], index: EvidenceIndex, view: ArticleView
) -> list[Candidate]:
    """Sentences of the cited pages that give a share of a vote and did not rank."""
    have = {c.index for c in candidates}
    return [
        Candidate(i, VOTE_LINE_SCORE)
        for page in sorted(cited)
        for i in index.page_entries(page)
        if i not in have
        and _PERCENT_SIGN.search(index.sentences[i].text)
        and about_a_vote(index.sentences[i].text, view.knowledge)
    ]


# Agreement needs less to count than disagreement: a matching figure is itself a sign
# the sentence speaks of the same thing, a different one is not.
SUPPORT_AT, CONTRADICT_AT = 2, 4
# A figure's weight: a half, and a tenth more per point of relevance, full from five
# points (a sentence sharing that much is about the claim's subject).
BASE_WEIGHT, WEIGHT_PER_POINT = 0.5, 0.1


def _weight(cand: Candidate, score: float) -> float:
    """A figure's weight: the candidate's retrieval score scaled by its relevance."""
    return cand.score / 100 * min(1.0, BASE_WEIGHT + WEIGHT_PER_POINT * score)


def _weighed(cand: Candidate, stance: Stance, score: float, found: str | None) -> Assessment | None:
    """The assessment a candidate gives with ``stance`` and relevance ``score``, or None
    when the score is under what that stance needs to count."""
    if score < (SUPPORT_AT if stance == "supports" else CONTRADICT_AT):
        return None
    return Assessment(cand.index, stance, _weight(cand, score), cand.score, found)


def _took_part(text: str, k: Knowledge) -> bool:
    """True when a sentence tells of people taking part in a strike or a gathering
    (struck, walked out, marched, attended), or names a strike at all; any verb phrase
    saying a group stopped work does ("stayed out", "downed their tools")."""
    return bool(sentence_kinds(text, k)) or contains_word(
        text, k.words("strike") | k.words("strike_nouns") | k.words("walkout_verbs")
    )


def _took_part_alike(
    ours: tuple[set[str], str], theirs: tuple[set[str], str], headcount: set[str], k: Knowledge
) -> bool:
    """True when one of two counts (unit words, sentence) is of people by what they took
    part in ("strikers", "participants", "marchers") and the other of people by who they
    are ("workers", "staff") in a sentence telling they took part ("1,200 workers walked
    out"): both count those who took part. A match of this kind backs a count; it refutes
    one only where both are cuts (see the caller)."""
    takers = {_stem_word(w) for w in k.words("gathering_people")} - headcount
    for (a_units, _), (b_units, b_text) in ((ours, theirs), (theirs, ours)):
        heads = _counts_heads(b_units, headcount) or _by_trade(" ".join(b_units), k)
        if a_units & takers and heads and _took_part(b_text, k):
            return True
    return False


# A table's unit of account: "1,000 tonnes" closing a caption or a header ("Production,
# 1,000 tonnes", "Output (1 000 t)", "in 1,000,000 litres") says what one of its figures
# stands for, and is no amount of anything. A round thousand or million after a comma, an
# opening bracket, a colon, a slash or "in", with the phrase ending there.
_ACCOUNT_BEFORE = re.compile(r"(?:[,(:/]|\bin|\bunits?)\s*$", re.IGNORECASE)
_ACCOUNT_AFTER = re.compile(r"\s*(?:[);/,]|$)")
_ACCOUNT_VALUES = (1_000.0, 1_000_000.0)


def _unit_of_account(text: str, fact: Found) -> bool:
    """True when ``fact`` is the unit a table's figures are given in ("1,000 tonnes" in
    "Pulp output, 1,000 tonnes"), not an amount the sentence tells."""
    value = fact.fields.get("value", fact.fields.get("min"))
    if not isinstance(value, (int, float)) or float(value) not in _ACCOUNT_VALUES:
        return False
    if fact.fields.get("qualifier") is not None:
        return False  # "over 1,000 tonnes" is an amount told, bounded
    return bool(
        _ACCOUNT_BEFORE.search(text[: fact.start]) and _ACCOUNT_AFTER.match(text[fact.end :])
    )


class QuantityComparator:
    """Counts, amounts with units and percentages."""

    def queries(self, claim: Claim, view: ArticleView) -> list[str]:
        """The sentence, and the unit with the organisations the article is about; for
        a length of time, its own words too ("three-week walkout")."""
        orgs = " ".join(view.nearby_orgs(claim))
        out = [claim.sentence.text, f"{claim.fields.get('unit', '')} {orgs}"]
        if claim.fields.get("unit") == DURATION_UNIT:
            out.append(f"{claim.text} {orgs}")
        return out

    def assess(
        self, claim: Claim, candidates: list[Candidate], index: EvidenceIndex, view: ArticleView
    ) -> Findings:
        """Overlapping intervals support; disjoint ones, for the same unit and subject,
        contradict."""
        unit = str(claim.fields.get("unit", ""))
        if unit == "%" and _STANDS_IN_WHOLE.match(str(claim.fields.get("of", ""))):
            # "under a quarter of that of its rival": one thing's size set against
            # another's (a comparison's ratio), no share of a group a page could give.
            return Findings([], lambda label, t: "", _NO_WHOLE)
        claimed = Amount(claim.fields.get("min"), claim.fields.get("max"))
        units = _unit_words(unit)
        of_words = set(keywords(str(claim.fields.get("of", ""))).split())
        people = {
            _stem_word(w)
            for key in ("headcount", "members", "gathering_people")
            for w in view.knowledge.words(key)
        }
        claim_after = claim.sentence.text[claim.end - claim.sentence.start :]
        assessments: list[Assessment] = []
        money = is_money(unit)
        open_ended = claimed.low is None or claimed.high is None
        at = claim.start - claim.sentence.start
        claim_near = _words_around(claim.sentence.text, at, at + len(claim.text))
        claim_counts = _counted(claim.sentence.text, at + len(claim.text))
        claim_subject = _subject_of(claim.sentence.text, at, at + len(claim.text))
        claim_frame = measured_kinds(
            frame_kinds(claim.sentence.text, at, at + len(claim.text), view.knowledge),
            unit,
            view.knowledge,
        )
        claim_side = bargain_side(claim.sentence.text, at, view)
        claim_length = length_kinds(claim.sentence.text, at, at + len(claim.text), view.knowledge)
        # A share in a sentence about a vote is of the votes for, against, or the turnout.
        vote = unit == "%" and about_a_vote(claim.sentence.text, view.knowledge)
        claim_share = share_kinds(claim.sentence.text, at, at + len(claim.text), view.knowledge)
        reader = reader_for(view.extractor.ruleset.macros)
        # A statistic stands in a table, where the claim's words name its row and column.
        # Of a sentence naming two years, the claim's figure is of the one its clause names.
        table_text = _of_its_year(claim.sentence.text, at, at + len(claim.text))
        in_table = named_cells(table_text, index, {c.index for c in candidates}, years=True)
        # A table whose rows are companies, unions or places keys its figures by them: a
        # count about the one the claim names is in that one's row, whatever its column
        # is called (the unit decides below), and never in another's.
        keyed = {c.index for c in named_cells(_named_in(claim, view), index, set(), columns=False)}
        have = {c.index for c in [*candidates, *in_table]}
        in_table += [Candidate(i, TABLE_CELL_SCORE) for i in sorted(keyed - have)]
        # A table none of whose rows the claim names stands by its row of totals, in the
        # column of the claim's year ("the market reached 40 million items in 2031"):
        # it may bear the claim out, never refute it (the claim may be of one row).
        totals = named_cells(table_text, index, have | keyed, years=True, totals=True)
        by_total = {c.index for c in totals}
        candidates = candidates + in_table + totals
        # A sentence of the article's pages that writes the claim's own figure ("more
        # than 70 vessels" for "upwards of 70 ships") is read though the ranking missed it
        # (a long sentence, other words): it may bear the claim out, never refute it.
        by_figure = _same_figure(claim, index, {c.index for c in candidates})
        candidates = candidates + [Candidate(i, TABLE_CELL_SCORE) for i in by_figure]
        backs_only = by_total | set(by_figure)
        # A cell the claim names by both its headers is the share the claim is of.
        named = {c.index for c in in_table}
        cited = set(view.primary.get(claim.id, set()))
        # The claim's own cited pages are read for counts whatever the ranking: an
        # infobox row ("Members: c. 4,100") ranks as no sentence does.
        candidates = with_cited(candidates, index, cited, "infobox")
        # So is the infobox of an encyclopedia entry on what the claim counts, fetched
        # for the article though cited elsewhere in it: the entry is about its title.
        about = _entries_about(claim, index, view) - cited
        candidates = with_cited(candidates, index, about, "infobox", score=SUBJECT_ROW_SCORE)
        if vote:
            candidates = candidates + _vote_lines(candidates, cited, index, view)
        claim_giver = giver(
            claim.sentence.text, at, at + len(claim.text), view.knowledge, view.orgs
        )
        claim_added = _added(claim.sentence.text, at, unit, view)
        claim_left_out = _left_out(claim.sentence.text)
        claim_whole = _of_a_whole(claim.sentence.text, view.knowledge)
        claim_periods = _periods_near(claim.sentence.text, at, at + len(claim.text))
        claim_yearly = bool(claim_periods) or _of_a_year(
            claim.sentence.text, at, at + len(claim.text)
        )
        # Who gave each figure assessed, for estimates of one thing by two parties.
        givers: dict[int, Giver] = {}
        for cand in candidates:
            facts = index.facts(cand.index)
            if unit == DURATION_UNIT:
                facts = _told_outright(facts, index.sentences[cand.index].text, view)
            for fact in facts:
                if _unit_of_account(index.sentences[cand.index].text, fact):
                    continue  # "Output, 1,000 tonnes": what a table's figures stand for
                if fact.rule.type == "salary" and money:
                    # A sum of money may be written as pay in the source.
                    f_unit = str(fact.fields.get("currency") or unit)
                elif fact.rule.type == "quantity":
                    f_unit = str(fact.fields.get("unit", ""))
                elif unit == DURATION_UNIT and fact.rule.type == "date" and fact.fields.get("days"):
                    # A length told as a date claim's ("the lockout (38 days)").
                    f_unit = DURATION_UNIT
                else:
                    continue
                if unit == "%":
                    if f_unit != "%":
                        continue
                    f_of = set(keywords(str(fact.fields.get("of", ""))).split())
                    f_text = index.sentences[cand.index].text
                    f_side = bargain_side(f_text, fact.start, view)
                    if claim_side and f_side and claim_side != f_side:
                        continue  # what one side asked against what the other offered
                    # Of one whole that is no group of people ("of the workdays"): a
                    # share of members counts those who did what the sentence says.
                    of_same = bool((of_words & f_of) - people)
                    same_unit = (
                        bool(of_words & f_of)
                        or cand.index in named
                        # Both what one side offered ("has offered 3 per cent"), or both
                        # of one group ("for cleaners at grade A").
                        or bool(claim_side and claim_side == f_side)
                        or _same_share_subject(claim_subject, f_text, fact, view)
                        or same_vote_side(claim_after, f_text[fact.end :], view)
                        # Both the turnout of a vote, or both the votes for one side.
                        or bool(
                            vote
                            and claim_share
                            and share_kinds(f_text, fact.start, fact.end, view.knowledge)
                            == claim_share
                        )
                    )
                    loose_unit = kin = False
                else:
                    of_same = False
                    headcount = {
                        _stem_word(w)
                        for key in ("headcount", "staff_counted")
                        for w in view.knowledge.words(key)
                    }
                    f_units = _unit_words(f_unit)
                    same_unit = (
                        currencies_meet(unit, f_unit)
                        if money and is_money(f_unit)
                        else _heads_meet(unit, f_unit, view.knowledge)
                        or bool(units & headcount and f_units & headcount)
                    )
                    # "dockworkers" and "port workers" are both heads counted; a match
                    # by the compound alone backs a count, never refutes it.
                    posts = {_stem_word(w) for w in view.knowledge.words("posts")}
                    loose_unit = not same_unit and (
                        (_counts_heads(units, headcount) and _counts_heads(f_units, headcount))
                        # "1.1 million couriers" and "1,146,000 people": a trade counted
                        # as heads backs a count of heads, never refutes one.
                        or bool(_by_trade(unit, view.knowledge) and f_units & headcount)
                        or bool(_by_trade(f_unit, view.knowledge) and units & headcount)
                        # "85 jobs" and "85 employees": backs, never refutes (lexicon).
                        or bool(units & posts and _counts_heads(f_units, headcount))
                        or bool(f_units & posts and _counts_heads(units, headcount))
                        # "30 of the crew" and "25 cabin crew members": one names the
                        # other's group; alike where both are cut.
                        or bool(units & f_units)
                    )
                    # "1,150 workers walked out" and an entry's "1,150 participants": those
                    # who took part, counted by what they did or by who they are.
                    loose_unit = loose_unit or (
                        not same_unit
                        and _took_part_alike(
                            (units, claim.sentence.text),
                            (f_units, index.sentences[cand.index].text),
                            headcount,
                            view.knowledge,
                        )
                    )
                    # Of one group by a word both name ("the crew", "cabin crew"): unlike
                    # posts and heads ("jobs", "employees"), not always one to one.
                    kin = loose_unit and bool(units & f_units)
                    if not same_unit and not loose_unit:
                        continue
                    f_text = index.sentences[cand.index].text
                    # A length of time counts nothing added ("give you a six-week course").
                    if unit != DURATION_UNIT and claim_added != (
                        _added(f_text, fact.start, f_unit, view)
                        or _added_table(index.sentences[cand.index].fact, view)
                    ):
                        continue  # members signed up since, against all the members
                text = index.sentences[cand.index].text
                if unit != DURATION_UNIT and _periods_apart(
                    claim_periods, _periods_near(text, fact.start, fact.end)
                ):
                    continue  # "a 9% rise in May" is no figure of June, nor the year's of a month
                found = _found_amount(fact, text, view)
                said = claimed
                if unit == DURATION_UNIT and _source_rounding(fact, text, view):
                    value = claim.fields.get("value")
                    qualified_ = claim.fields.get("qualifier") is not None
                    said = _against_rounded(
                        claimed, None if value is None else float(value), qualified_
                    )
                if (
                    unit == DURATION_UNIT
                    and claim.fields.get("qualifier") is None
                    and (value := claim.fields.get("value")) is not None
                    and told_in_hours(claim.text, view)
                    and told_in_hours(text[fact.start : fact.end], view)
                ):
                    by_days = said
                    said = in_hours(float(value))
                    if (
                        not said.overlaps(found)
                        and by_days.overlaps(found)
                        and not same_party(claim, index, cand.index, view)
                        and not same_day(reader.read(claim.sentence.text), reader.read(text))
                    ):
                        # Apart only by the hours: only a passage naming the claim's
                        # party tells the same stoppage surely enough to refute it.
                        continue
                if unit == DURATION_UNIT and _counts_both_ends(fact, text, view):
                    said = _against_both_ends(claim, said)
                half_way = unit != DURATION_UNIT and _half_way(claim, claimed, fact)
                agrees = (
                    said.overlaps(found)
                    and not half_way
                    and not (unit != DURATION_UNIT and _only_meet(claimed, found))
                    and not (unit != DURATION_UNIT and _meet_by_both_slacks(claim, fact))
                    and not _at_bound_left_out(claim.text, text[fact.start : fact.end], reader)
                )
                if (
                    claim.fields.get("qualifier") == "ceiling"
                    and fact.fields.get("qualifier") == "ceiling"
                    and claimed.high
                    and found.high
                ):
                    # "Up to 65,000" against "up to 55,000": both name the top, so the
                    # tops are compared, not the one bound met by the other's.
                    agrees = close(claimed.high, found.high, TOPS_TOLERANCE)
                if (
                    agrees
                    and unit not in ("%", DURATION_UNIT)
                    and not money
                    and _far_past_floor(claim, fact)
                ):
                    continue  # "more than 2,500" tells no count of 30,000
                stance: Stance = "supports" if agrees else "contradicts"
                if stance == "contradicts" and cand.index in backs_only:
                    continue  # a total row the claim does not name refutes nothing
                here = index.sentences[cand.index]
                if (
                    stance == "contradicts"
                    and unit not in ("%", DURATION_UNIT)
                    and another_whole(
                        said,
                        found,
                        FAR_MONEY if money else FAR_COUNT,
                        here.fact,
                        claim.sentence.text,
                        here.text,
                    )
                ):
                    continue  # a misstated count is seldom that far off

                if (
                    stance == "contradicts"
                    and unit not in ("%", DURATION_UNIT)
                    and not money
                    and cand.index not in named | keyed
                    and _row_unnamed(claim, index, cand.index)
                ):
                    continue  # a count in a row of others ("Kite Mail" for the market)
                if stance == "contradicts" and _remainder_unsaid(claim, index, cand.index):
                    continue  # the row of the rest ("Other ports") for a count of all
                if (
                    unit == DURATION_UNIT
                    and claimed.high is not None
                    and dated_apart(
                        reader.read(claim.sentence.text),
                        reader.read(text),
                        claimed.high + DURATION_DAYS_SLACK,
                    )
                ):
                    continue  # the length of a walkout of other days
                if stance == "contradicts" and unit != "%" and not _head(unit):
                    # A unit with no content word ("31 out of 34", "27 have died") says
                    # nothing of what is counted: a different figure may count anything.
                    continue
                if (
                    stance == "contradicts"
                    and (whole := _whole_of_part(claim)) is not None
                    and found.low is not None
                    and found.low > whole
                ):
                    continue  # more than the whole the claim's part is of: another count
                if (
                    stance == "contradicts"
                    and claim.rule.endswith(".group_part")
                    and not fact.rule.id.endswith((".group_part", ".part_of"))
                    and not _PART_AFTER.match(text, fact.end)
                ):
                    # "about 40 of its members", the group's size untold: a count of the
                    # group (the union's membership, a team) is no count of the part;
                    # only another part ("25 of its members") goes against it.
                    continue
                if (
                    stance == "contradicts"
                    and _ALL_BEFORE.search(text[: fact.start])
                    and not _ALL_BEFORE.search(claim.sentence.text[:at])
                    and found.low is not None
                    and claimed.high is not None
                    and claimed.high < found.low
                ):
                    continue  # "in all nine regions": the whole; "in two regions", some
                if stance == "contradicts" and _members_of_another(
                    claim.sentence.text, text, fact.end
                ):
                    continue  # "800 members of the Vell Rifles": another body's count
                if stance == "contradicts" and _groups_apart(unit, f_unit):
                    continue  # "300 seasonal workers" and "120 guest workers": two groups
                if stance == "contradicts" and _subjects_apart(
                    claim_subject, unit, text, view.knowledge
                ):
                    continue  # "2 million tonnes of grain" and "4 million tonnes of coal"
                if stance == "contradicts" and _countries_apart(
                    claim.sentence.text, text, view.knowledge
                ):
                    continue  # one country's count against another's
                if stance == "contradicts" and _counts_what_claim_leaves_out(
                    claim_left_out, text, fact.start, fact.end
                ):
                    continue  # a whole with the part the claim's figure is told without
                if (
                    stance == "contradicts"
                    and _another_part(unit, f_unit)
                    and _in_breakdown(text, fact.start, fact.end)
                ):
                    continue  # "included 12 tugs, 9 barges and 4 other craft": one part
                if (
                    stance == "contradicts"
                    and claim_whole
                    and not _of_a_whole(text, view.knowledge)
                    and not is_cell(index.sentences[cand.index].fact)
                ):
                    # A count of the whole country, or of a whole industry, is refuted only
                    # by another said of a whole (or a table's), not by one of a firm or a
                    # site ("the group employs 1,900" against a country's yards).
                    continue
                if (
                    stance == "contradicts"
                    and loose_unit
                    and not _both_cuts(claim_frame, text, fact, view)
                ):
                    # Jobs and employees count alike only where both are cut.
                    continue
                if (
                    stance == "contradicts"
                    # A length's dates are its ends, not the day it was counted on.
                    and unit != DURATION_UNIT
                    and another_time(
                        reader.read(claim.sentence.text),
                        reader.read(index.sentences[cand.index].text),
                    )
                ):
                    continue  # a count of another day ("as of 17 April" for "18 April")
                their_giver = giver(text, fact.start, fact.end, view.knowledge, view.orgs)
                if (
                    stance == "contradicts"
                    and claim_giver
                    and their_giver
                    and claim_giver.differs(their_giver)
                ):
                    continue  # another party's estimate ("police put the crowd at ...")
                if (
                    stance == "contradicts"
                    and unit not in ("%", DURATION_UNIT)
                    and _took_part(own_clauses(text, fact.start), view.knowledge)
                    and not _took_part(claim.sentence.text, view.knowledge)
                ):
                    # "Some 900 members walked out" counts those who took part in an
                    # event: no conflict with a count the claim tells of no event (a
                    # union "with 40,000 members", a plant's staff). A stoppage told in
                    # another clause ("dismissed 44 fitters after a sit-in") is an event
                    # apart from the count.
                    continue
                if (
                    stance == "contradicts"
                    # A finer figure halfway is the claim's, told otherwise: no doubt.
                    and not half_way
                    and _agrees_elsewhere(claim, text, reader)
                    and not _agreeing_of_other_periods(claim_periods, said, unit, index, cand.index)
                    and not (
                        vote
                        and claim_share
                        and _agreeing_of_other_sides(
                            claim_share, said, fact, index, cand.index, view
                        )
                    )
                ):
                    continue  # the sentence's other figure, of what the claim counts
                if (
                    stance == "contradicts"
                    # A length is in days, which no bare count of the sentence's is
                    # ("round two: a 72-hour stoppage" gives no length of two days).
                    and unit != DURATION_UNIT
                    and _another_figure_of_its_sentence(claim, said, found, reader)
                ):
                    continue  # the part of "90 of the 640 clerks", not the whole
                row = index.sentences[cand.index].fact
                standing = row is not None and row.kind == "infobox"
                page = index.pages[index.sentences[cand.index].page]
                entry = (page.title or "") if page.facts.kind == "encyclopedia" else ""
                if stance == "contradicts" and _of_other_years(claim, text, view, standing, entry):
                    continue  # how long another year's dispute lasted, last year's deal
                if (
                    stance == "contradicts"
                    and unit not in ("%", DURATION_UNIT)
                    and not money
                    and row is None
                    and _of_a_year(text, fact.start, fact.end)
                    and not claim_yearly
                    and not _claim_years(claim, view)
                ):
                    # A year's total ("served 2.3 million visitors in 2031") against a
                    # count told of no year at all: those one event touched, most
                    # likely, not the year's; nothing says they are one thing. (Pay
                    # "a year" is a rate, not a total: money is left to its own tests.)
                    continue
                if stance == "contradicts" and unit == "%" and not same_unit:
                    continue  # a share of something else
                if vote and (claim_share or stance == "contradicts"):
                    theirs = share_kinds(text, fact.start, fact.end, view.knowledge)
                    if theirs != claim_share:
                        # A turnout is no share of the votes for; a share told without a
                        # side refutes none told with one.
                        continue
                if (
                    stance == "supports"
                    and unit == "%"
                    and not same_unit
                    and (found.low is None or found.high is None)
                    and not claim_subject & _subject_of(text, fact.start, fact.end)
                ):
                    # "Up to 12%" agrees with any smaller share: only a bound on the
                    # claim's own subject ("a pension match" is not hiring) backs it.
                    continue
                if (
                    open_ended
                    and unit == "%"
                    and not same_vote_side(claim_after, text[fact.end :], view)
                    and not _same_share(claim_counts, text, fact)
                    # Both shares of the same whole ("of the workdays"): what they count.
                    and not of_same
                ):
                    # "More than half" agrees with any larger share: with nothing said
                    # of what both count, 98% who voted for a strike is not it.
                    continue
                cell = index.sentences[cand.index].fact
                found_frame = frame_kinds(text, fact.start, fact.end, view.knowledge)
                if is_cell(cell):
                    assert cell is not None
                    headers = f"{cell.data.get('caption') or ''}; {cell.data.get('column')}"
                    found_frame |= header_kinds(headers, view.knowledge)
                found_frame = measured_kinds(found_frame, f_unit, view.knowledge)
                if unit == DURATION_UNIT and lengths_apart(
                    claim_length,
                    length_kinds(text, fact.start, fact.end, view.knowledge),
                    refuting=stance == "contradicts",
                ):
                    continue  # a contract's term against a strike's length
                if (
                    unit == DURATION_UNIT
                    and stance == "supports"
                    and _another_years_length(text, fact.start, index, cand.index, view)
                ):
                    continue  # "the 2011 strike, which lasted 26 weeks": another stoppage's
                bound = open_ended and stance == "supports"
                if (
                    (stance == "contradicts" or open_ended)
                    # What a share is of is told by its own kinds (share_kinds above),
                    # what a length is of by its own (length_kinds above): "the
                    # three-year deal raised pay" frames the pay, not the deal's term.
                    and unit not in ("%", DURATION_UNIT)
                    and framed_apart(
                        claim_frame,
                        # A strike or a gathering is often told far from its figure.
                        found_frame | sentence_kinds(text, view.knowledge)
                        if bound
                        else found_frame,
                        refuting=stance == "contradicts",
                        bound=bound,
                    )
                ):
                    # A valuation against money raised, revenue against a fine: two
                    # quantities, whatever else their sentences share.
                    continue
                if (
                    (stance == "contradicts" or open_ended)
                    and money
                    and not _same_sum(claim_near, index.sentences[cand.index].text, fact)
                    # Framed as the same kind ("valued at", "a valuation of") is the same sum.
                    and not claim_frame & found_frame
                ):
                    # Another sum of money ("revenue" against a "fund"). Agreeing with
                    # "as much as" is no sign of the same sum either: any smaller one does.
                    continue
                # Two counts of one kind of people, both framed as cut, count one thing.
                both_cut = _both_cuts(claim_frame, text, fact, view)
                alike = same_unit or (kin and both_cut)
                score = relevance(
                    claim,
                    index,
                    cand.index,
                    view,
                    alike,
                    (fact.start, fact.end),
                    stance,
                    standing=standing,
                )
                if both_cut and alike and index.sentences[cand.index].page in cited:
                    # A cut told on the page the claim's paragraph cites is the cut it
                    # tells, though the claim names its maker only as "the firm".
                    score += SAME_ORGS_POINTS
                if cand.index in keyed:
                    score += SAME_ORGS_POINTS  # the row of whom the claim names
                if (
                    cand.index in named
                    and cand.index not in keyed
                    and _row_of_subject(claim_subject, index.sentences[cand.index].fact)
                ):
                    # The cell under the row and the column (or year) the claim names,
                    # its row named as what the figure is of ("in 2023 bus fares rose
                    # 4%": the row "Bus fares"): the table says whose figure it is as
                    # surely as a name would.
                    score += SAME_ORGS_POINTS
                if claim_giver and their_giver and claim_giver.words & their_giver.words:
                    score += SAME_ORGS_POINTS  # the figure the claim's party gave
                if vote and claim_share and index.sentences[cand.index].page in cited:
                    # The same side of a vote told on the page the claim cites for it.
                    score += SAME_VOTE_POINTS
                if score < (SUPPORT_AT if stance == "supports" else CONTRADICT_AT):
                    continue
                weight = _weight(cand, score)
                f_value = fact.fields.get("value", fact.fields.get("days"))
                found_text = (
                    _describe(f_value, f_value, f_unit)
                    if fact.fields.get("qualifier") is None and f_value is not None
                    else _describe(found.low, found.high, f_unit)
                )
                if unit == DURATION_UNIT and (written := _written_length(fact, text, view)):
                    found_text = f"“{written}” ({found_text})"  # "14 months" over 426.16 days
                if is_cell(cell):
                    assert cell is not None
                    found_text += f" ({cell_where(cell)})"
                if their_giver:
                    givers[len(assessments)] = their_giver
                assessments.append(Assessment(cand.index, stance, weight, cand.score, found_text))

        assessments = _rows_named_whole(claim, assessments, index)
        if claim_giver is None:
            assessments = _one_partys_estimate(assessments, givers)
        if unit not in ("%", DURATION_UNIT) and not money:
            assessments += _whole_part_assessments(claim, claimed, candidates, index, view)
        if unit == DURATION_UNIT:
            assessments += _row_assessments(claim, candidates, index, view)
            assessments += _between_assessments(claim, claimed, candidates, index, view)
        if unit == "%" and not raise_told(claim.sentence.text, at, at + len(claim.text)):
            # A raise or a cut of some per cent ("an average rise of 3.2%") is the size
            # of a change, never the share of a headcount the sentence also counts.
            assessments += _part_share_assessments(
                claim, claimed, claim_counts, candidates, index, view
            )
            # A change told beside the same figure on both sides ("6.4 TWh, up 22%"):
            # it reads that sentence, direction and all, in place of the share above.
            anchored = change_assessments(claim, candidates, index, view, reader)
            told = {a.index for a in anchored}
            assessments = [a for a in assessments if a.index not in told] + anchored

        def explain(label: VerdictLabel, t: Tally) -> str:
            said = claim.text
            if label == "supported":
                return f"The sources give {t.supports[0].found}, consistent with “{said}”."
            if label == "contradicted":
                return f"The sources give {t.contradicts[0].found}, not “{said}”{_reach()}."
            return f"Sources disagree: {t.supports[0].found} and {t.contradicts[0].found}."

        def _reach() -> str:
            # A qualified figure ("roughly eight months") is read with a tolerance: say it.
            if claim.fields.get("qualifier") is None or claim.fields.get("value") is None:
                return ""
            low, high = claimed.low, claimed.high
            if low is None or high is None:
                return ""
            if unit == DURATION_UNIT:
                low, high = round(low), round(high)
            return f" (read as {_describe(low, high, unit)})"

        own = agreeing_value_first(own_first(assessments, index, view.primary.get(claim.id, set())))
        own = _ends_against(claim, own, index)
        return Findings(focus(own + _companions_against(claim, own, index)), explain)


def _rows_named_whole(
    claim: Claim, assessments: list[Assessment], index: EvidenceIndex
) -> list[Assessment]:
    """The assessments without the cells of rows the claim's sentence does not name
    wholly, where a cell in the same table column has a row it does: "wants 300 ward
    clerk posts" is the row "Ward Clerk", not "Senior Ward Clerk" beside it, whose
    "senior" the sentence never says."""
    words = words_of(claim.sentence.text)

    def whole(i: int) -> bool:
        own, _ = row_words(index, i)
        return bool(own) and own <= words

    named = {
        a.index for a in assessments if is_cell(index.sentences[a.index].fact) and whole(a.index)
    }
    return [
        a
        for a in assessments
        if not is_cell(index.sentences[a.index].fact)
        or a.index in named
        or not any(
            same_table(index, a.index, j) and header_of(index, a.index) == header_of(index, j)
            for j in named
        )
    ]


def _ends_against(
    claim: Claim, kept: Sequence[Assessment], index: EvidenceIndex
) -> list[Assessment]:
    """A claim of where a change started, told with where it ended ("cut the premium from
    25% to 15%"), against a source sentence that bears the start out and gives another
    end ("from 25% to 17%"): the change the claim tells is not the source's, so that
    sentence refutes it where it seemed to back it."""
    text = claim.sentence.text
    at = claim.start - claim.sentence.start
    ends = [c for c in near(text, at, at + len(claim.text)) if c.kind.startswith(LEVEL)]
    if not ends:
        return list(kept)
    out = []
    for a in kept:
        other = differs(ends[0], index.sentences[a.index].text) if a.stance == "supports" else None
        if other is None:
            out.append(a)
            continue
        found = f"the change ending at {other.text[3:]} (the article: {ends[0].text[3:]})"
        out.append(Assessment(a.index, "contradicts", a.weight, a.score, found))
    return out


def _companions_against(
    claim: Claim, kept: Sequence[Assessment], index: EvidenceIndex
) -> list[Assessment]:
    """Against each source sentence that bears the claim's figure out, the companion it
    tells with it where the claim's differs ("£40.2m, up 12%" where the source has "up
    9% to £40.2m"; "over four days" where it has "over the three days"): the figure is
    right and what the claim tells with it is not, as surely as the figure is borne out."""
    text = claim.sentence.text
    at = claim.start - claim.sentence.start
    mine = near(text, at, at + len(claim.text))
    if not mine:
        return []
    out = []
    for a in kept:
        if a.stance != "supports":
            continue
        source = index.sentences[a.index].text
        for ours in mine:
            if (other := differs(ours, source)) is not None:
                found = f"“{other.text}” beside the same figure, not “{ours.text}”"
                out.append(Assessment(a.index, "contradicts", a.weight, a.score, found))
                break
    return out


def _one_partys_estimate(
    assessments: list[Assessment], givers: dict[int, Giver]
) -> list[Assessment]:
    """The assessments without a figure that one party gave against the claim's, where
    another party gave the claim's figure ("police put the crowd at 4,500; organisers
    said 12,000" for a claim of 12,000 that credits nobody): the claim is one party's
    estimate, which the other's does not refute. ``givers`` holds who gave the figure
    of each assessment, by its place in ``assessments``."""
    backers = [
        givers[i] for i, a in enumerate(assessments) if a.stance == "supports" and i in givers
    ]
    return [
        a
        for i, a in enumerate(assessments)
        if not (
            a.stance == "contradicts" and i in givers and any(givers[i].differs(b) for b in backers)
        )
    ]


def _both_cuts(claim_frame: set[str], text: str, fact: Found, view: ArticleView) -> bool:
    """True when a claim's count and a source's are both framed as cuts ("cut 500 jobs",
    "laid off 380 workers"): jobs cut and people laid off are one count, so the two
    refute each other though one counts posts and the other heads."""
    found = frame_kinds(text, fact.start, fact.end, view.knowledge)
    return CUTS in claim_frame and CUTS in found


# The frame of a count of jobs or people cut (the lexicon's list).
CUTS = "frame_cuts"


# The shortest stem two words of one family share ("design" of "designers").
FAMILY_STEM = 5


def _words_meet(ours: AbstractSet[str], theirs: AbstractSet[str]) -> bool:
    """True when two sets of stemmed words share one, or one word begins with another
    at least :data:`FAMILY_STEM` letters long ("designer" and "design")."""
    return any(
        a == b or (min(len(a), len(b)) >= FAMILY_STEM and (a.startswith(b) or b.startswith(a)))
        for a in ours
        for b in theirs
    )


# What a share in words is "of" when it stands for another thing's measure ("half of
# that of the night shift", "a third of those of its rivals"): no whole of which it is a
# part.
_STANDS_IN_WHOLE = re.compile(r"\s*(?:that|those)\s+(?:of|in|at|for)\b", re.IGNORECASE)
_NO_WHOLE = (
    "The figure sets one thing's size against another's, not a share of a group; no source "
    "figure is read for it as a share."
)


# A part of a total backs a claimed share within this many percentage points of it and
# refutes it beyond this many: "88 of 240" (36.7%) is not "half", "118 of 240" is.
SHARE_BACKS_POINTS, SHARE_REFUTES_POINTS = 2.5, 7.5


def _part_share_assessments(
    claim: Claim,
    claimed: Amount,
    claim_counts: set[str],
    candidates: list[Candidate],
    index: EvidenceIndex,
    view: ArticleView,
) -> list[Assessment]:
    """A claimed share against the parts of totals the sources give ("240 employees, 88
    of them in engineering"), evaluated as fractions: only a part counting what the
    claim's share counts (a word beyond "staff" or "workers" in common) speaks to it."""
    headcount = {_stem_word(w) for w in view.knowledge.words("headcount")}
    # What it counts may stand in the claim itself: "half of them engineers".
    told = {w for w in keywords(claim.text).split() if not w[0].isdigit()}
    ours = (claim_counts | told) - headcount
    if not ours:
        return []
    low = claimed.low if claimed.low is not None else 0.0
    high = claimed.high if claimed.high is not None else 100.0
    out: list[Assessment] = []
    for cand in sorted({c.index: c for c in candidates}.values(), key=lambda c: c.index):
        for share in part_shares(index.sentences[cand.index].text):
            if not _words_meet(ours, share.counted - headcount):
                continue
            if low - SHARE_BACKS_POINTS <= share.percent <= high + SHARE_BACKS_POINTS:
                stance: Stance = "supports"
            elif not low - SHARE_REFUTES_POINTS <= share.percent <= high + SHARE_REFUTES_POINTS:
                stance = "contradicts"
            else:
                continue
            near = (share.start, share.end)
            score = relevance(claim, index, cand.index, view, True, near, stance)
            found = f"{share.part:,} of {share.total:,} ({share.percent:.1f}%)"
            if (assessed := _weighed(cand, stance, score, found)) is not None:
                out.append(assessed)
    return out


# A sentence opening with a part of what the sentence before counted ("12 of them ..."),
# and the mark closing that sentence.
_OPENS_WITH_PART = re.compile(
    r"\W*(?:(?:about|around|some|roughly|nearly|almost|over|more\s+than)\s+)?"
    r"\d[\d,]*\s+of\s+(?:them|those|whom)\b",
    re.IGNORECASE,
)
_CLOSING_MARK = re.compile(r"[\s.;,:]+$")


def _whole_part_assessments(
    claim: Claim,
    claimed: Amount,
    candidates: list[Candidate],
    index: EvidenceIndex,
    view: ArticleView,
) -> list[Assessment]:
    """A claimed part of a whole ("16 of the county's 60 crossing posts are empty")
    against a part a source gives of a whole of the same size, told with a word of what
    the claim says of its part ("60 crossing posts; 12 of them are empty"): the two
    parts of one whole, the same or not. A part said of something else ("12 of them
    are new") speaks to nothing."""
    at = claim.start - claim.sentence.start
    text = claim.sentence.text
    ours = [s for s in part_shares(text) if at <= s.start < at + len(claim.text)]
    if len(ours) != 1:
        return []
    whole = ours[0].total
    # What the claim says of its part: the words after the whole's noun ("are empty").
    noun = text.lower().find(str(claim.fields.get("unit", "")).lower(), ours[0].end)
    said = _counted(text, noun + len(str(claim.fields.get("unit", "")))) if noun >= 0 else set()
    if not said:
        return []
    out: list[Assessment] = []
    for cand in sorted({c.index: c for c in candidates}.values(), key=lambda c: c.index):
        text = index.sentences[cand.index].text
        before = index.nearby(cand.index, before=1, after=0)
        if _OPENS_WITH_PART.match(text) and before:
            # "... has 60 posts. 12 of them are empty": the whole is the sentence before's.
            text = f"{_CLOSING_MARK.sub('', before[-1].text)}; {text}"
        for share in part_shares(text):
            if share.total != whole or not share.counted:
                continue
            if not _words_meet(said, share.counted):
                continue  # a part of the whole said to be something else
            agrees = Amount(share.part, share.part).overlaps(claimed)
            stance: Stance = "supports" if agrees else "contradicts"
            score = relevance(claim, index, cand.index, view, True, None, stance)
            assessed = _weighed(cand, stance, score, f"{share.part:,} of {share.total:,}")
            if assessed is not None:
                out.append(assessed)
    return out


class DateComparator:
    """When something happened, and how long it lasted."""

    def queries(self, claim: Claim, view: ArticleView) -> list[str]:
        """The sentence, and the subject with the organisations the article is about."""
        orgs = " ".join(view.nearby_orgs(claim))
        subject = claim.fields.get("subject") or ""
        return [
            claim.sentence.text,
            f"{subject} {claim.fields.get('event') or ''} {orgs}",
            f"{claim.text} {orgs}",
        ]

    def assess(
        self, claim: Claim, candidates: list[Candidate], index: EvidenceIndex, view: ArticleView
    ) -> Findings:
        """Dates agree on every part both give; durations within a day or two."""
        event = str(claim.fields.get("event") or "")
        date = claim.fields.get("date")
        days = claim.fields.get("days")
        assessments: list[Assessment] = []
        reader = reader_for(view.extractor.ruleset.macros)
        stem = event_stem(event) if date else ""
        # An organisation is founded once: a founding told in another year is its, and
        # refutes the claim's year, where the source names the organisation.
        once = bool(date) and event in _FOUNDED
        at = claim.start - claim.sentence.start
        claim_length = length_kinds(claim.sentence.text, at, at + len(claim.text), view.knowledge)
        claim_stoppage = event in _START and names_stoppage(
            str(claim.fields.get("subject") or ""), view.knowledge
        )
        cited_pages = set(view.primary.get(claim.id, set()))
        # A deal struck, by whichever verb ("settled", "shook hands", "reached an
        # agreement", "an accord was signed"): tentative or final (None: no deal told).
        claim_deal = _deal_struck(event, claim.text) if date else None
        # Pages that tell the claim's own happening on the claim's day: their other
        # dates are other events' ("the changes took effect on 26 February" beside "began
        # a log-off on Monday, 4 March" for "Starting Monday, 4 March, couriers logged
        # off").
        alike = _told_alike(claim, str(date), candidates, index, view) if date else {}
        if claim_deal is not None:
            # A deal is told in other words than the claim's ("an agreement was signed"
            # for "a deal was struck"), which rank low by words: its cited pages'
            # tellings of a deal struck are read as well.
            # The cited pages, else every source of the article.
            pages = cited_pages or set(range(len(index.pages)))
            candidates = [*candidates, *_deal_tellings(candidates, index, pages)]
        for cand in candidates:
            told = False
            for fact in index.facts(cand.index):
                # A length may be told as a quantity in days ("lasted 61 days").
                if fact.rule.type != "date" and not (days and _length_in_days(fact) is not None):
                    continue
                f_event = str(fact.fields.get("event") or "")
                text_here = index.sentences[cand.index].text
                # The same deal, struck by whichever verb: the same thing, as a stoppage's
                # start told by its own verb is (same_stoppage below).
                same_deal = (
                    claim_deal is not None
                    and _deal_struck(f_event, _fact_told(text_here, fact)) == claim_deal
                )
                alike_event = (
                    _same_event(event, f_event)
                    or _voted_to(f_event, stem, text_here, fact)
                    or same_deal
                )
                told = told or bool(fact.fields.get("date") and alike_event)
                stance: Stance | None = None
                found = None
                by_day = bool(date and fact.fields.get("date") and alike_event)
                if by_day and _other_place(claim, fact, view):
                    continue  # a fire elsewhere is another fire
                if by_day:
                    stance = compare_dates(str(date), str(fact.fields["date"]))
                    # Shown in the story's year; compared as written, without one (a
                    # day of the year before may be told so: "on 14 March last year").
                    page_day = _page_day(index, index.sentences[cand.index].page, view)
                    found = _in_pages_year(str(fact.fields["date"]), page_day)
                    if found != fact.fields["date"]:
                        found += " (its year from the page's date)"
                elif days and (f_days := _length_in_days(fact)) is not None:
                    text = index.sentences[cand.index].text
                    theirs = length_kinds(text, fact.start, fact.end, view.knowledge)
                    if lengths_apart(claim_length, theirs, refuting=True):
                        continue  # a contract's term, talks: not the claim's length
                    said = _claimed_days(claim, view)
                    if _source_rounding(fact, text, view):
                        qualified_ = _days_qualifier(claim, view) is not None
                        said = _against_rounded(said, float(days), qualified_)
                    close = said.overlaps(_found_amount(fact, text, view))
                    stance, found = ("supports" if close else "contradicts"), f"{f_days:g} days"
                if stance is None:
                    continue
                page = index.sentences[cand.index].page
                if (
                    stance == "contradicts"
                    and page in alike
                    and alike[page][1]
                    > _words_shared(claim, index.sentences[cand.index].text, view)
                ):
                    continue  # the page dates the claim's own telling otherwise
                if (
                    stance == "contradicts"
                    and not once
                    and _agrees_elsewhere(
                        claim, index.sentences[cand.index].text, reader, _DATED_KINDS
                    )
                ):
                    # The sentence's other date, of the claim's event. Not for a founding
                    # the source dates itself: its other dates are of other events ("was
                    # founded in 1961 and opened its first line in 1968").
                    continue
                if (
                    once
                    and stance == "contradicts"
                    and not _names_founded(claim, cand.index, fact, index, view)
                ):
                    continue  # another organisation's founding
                if (
                    stance == "contradicts"
                    and by_day
                    and not once
                    and _another_occasion(claim, index.sentences[cand.index].text, reader)
                ):
                    continue  # "took in 41 dogs on 1 June" is another day's intake
                # The start of a stoppage the claim names ("the walkout began"), told on
                # its cited page by a stoppage's own verb ("members walked out on ..."):
                # the same thing, as a count in the claim's unit is.
                same_stoppage = (
                    by_day
                    and claim_stoppage
                    and index.sentences[cand.index].page in cited_pages
                    and names_stoppage(f_event, view.knowledge)
                ) or (by_day and same_deal)
                score = relevance(
                    claim,
                    index,
                    cand.index,
                    view,
                    same_stoppage,
                    (fact.start, fact.end),
                    stance,
                    # Another year is no sign of another founding: there is one. Nor
                    # of another event, where the claim's cited page tells as done an
                    # event the claim dates after the page came out.
                    labelled=not once
                    and not (
                        stance == "contradicts"
                        and index.sentences[cand.index].page in cited_pages
                        and not _tells_ahead(index.sentences[cand.index].text, view)
                        and _after_page(
                            str(date),
                            _page_day(index, index.sentences[cand.index].page, view),
                        )
                    ),
                    marks_near=True,
                )
                if (
                    by_day
                    and same_deal
                    and not cited_pages
                    and _deal_page(claim, page, index, view)
                ):
                    # A deal of the claim's parties, told on a source of the article where
                    # the claim cites none: as the claim's own page would tell it.
                    score += SAME_ORGS_POINTS
                if (assessed := _weighed(cand, stance, score, found)) is not None:
                    assessments.append(assessed)
            if date and stem and not told:
                loose = _loose_support(claim, str(date), stem, cand, index, view)
                if loose is None:
                    loose = _weekday_told(claim, str(date), stem, cand, index, view)
                if loose is not None:
                    assessments.append(loose)
        if date:
            assessments += _span_assessments(claim, candidates, index, view)
            told_days = {a.index for a in assessments}
            for entry, _, found in alike.values():
                if entry in told_days:
                    continue
                score = relevance(claim, index, entry, view, False, labelled=False)
                if score >= SUPPORT_AT:
                    weight = min(1.0, BASE_WEIGHT + WEIGHT_PER_POINT * score)
                    assessments.append(Assessment(entry, "supports", weight, 100.0, found))
        assessments += _row_assessments(claim, candidates, index, view)
        if date and _bare_event(event) in _FOUNDED:
            assessments += founding_rows(claim, str(date), index, view)
        if date and event in _CLOSES:
            assessments += _closing(str(date), index, _closing_pages(claim, index, view), view)
        if date and event_stem(event) in _PUBLISHES:
            assessments += _page_dates(claim, str(date), candidates, index, view)
        if date and tells(event):
            done = {a.index for a in assessments}
            assessments += telling_assessments(claim, str(date), index, view, done)

        # A span is told by both its days.
        first_said = _span_first(claim, str(date), view) if date else None

        def explain(label: VerdictLabel, t: Tally) -> str:
            said = date or f"{days:g} days"
            if first_said is not None:
                said = f"{first_said} to {date}"
            if label == "supported":
                return f"The sources give {t.supports[0].found}, as the article says ({said})."
            if label == "contradicted":
                return f"The sources give {t.contradicts[0].found}, not {said}."
            return f"Sources disagree: {t.supports[0].found} and {t.contradicts[0].found}."

        if date and (part := _claimed_part(claim, str(date), view)) is not None:
            assessments = within_part(assessments, str(date), part)
        own = own_first(assessments, index, view.primary.get(claim.id, set()))
        return Findings(focus(agreeing_value_first(own)), explain)


# How many content words (dates aside) a source sentence giving the claim's day must
# share with the claim's sentence, at least, to tell the same happening: who did it,
# where, what.
TOLD_ALIKE_WORDS = 4


def _content_words(text: str, view: ArticleView) -> set[str]:
    """The content words of a sentence, its dates aside."""
    macros = view.extractor.ruleset.macros
    return set(keywords(re.sub(macros.date, " ", text, flags=re.IGNORECASE)).split())


def _words_shared(claim: Claim, text: str, view: ArticleView) -> int:
    """How many content words, dates aside, a source sentence shares with the claim's."""
    return len(_content_words(claim.sentence.text, view) & _content_words(text, view))


def _told_alike(
    claim: Claim, date: str, candidates: list[Candidate], index: EvidenceIndex, view: ArticleView
) -> dict[int, tuple[int, int, str]]:
    """By page, the sentence (entry, words shared, its date) that gives the claim's date
    to the day and tells what the claim's sentence tells, sharing half its content words
    outside its dates (``TOLD_ALIKE_WORDS`` at least), with no date in it against the
    claim's. A date the
    page gives elsewhere is then another event's: a claim written without its year
    ("Starting Monday, 4 March, ...") is not read against the day a rule took effect."""
    if date.count("-") != 2:
        return {}
    parsers, macros = view.extractor.parsers, view.extractor.ruleset.macros
    least = max(TOLD_ALIKE_WORDS, len(_content_words(claim.sentence.text, view)) // 2)
    out: dict[int, tuple[int, int, str]] = {}
    for page in sorted({index.sentences[c.index].page for c in candidates}):
        for entry in index.page_entries(page):
            text = index.sentences[entry].text
            mentions = dated_mentions(text, macros.date, parsers)
            if {compare_dates(date, m.date) for m in mentions} != {"supports"}:
                continue
            shared = _words_shared(claim, text, view)
            if shared >= least and shared > out.get(page, (0, 0, ""))[1]:
                day = _page_day(index, page, view)
                out[page] = (entry, shared, _in_pages_year(mentions[0].date, day))
    return out


def _other_place(claim: Claim, fact: Found, view: ArticleView) -> bool:
    """True when a claim's incident told by a noun ("the fire at the Tarrow depot")
    and a source's incident of that noun are placed apart: each names its place and the
    two share no word that is not a common one ("the fire at the Kelby warehouse")."""
    event = str(claim.fields.get("event") or "")
    if event not in view.knowledge.words("incident_nouns"):
        return False
    ours = set(keywords(str(claim.fields.get("subject") or "")).split())
    theirs = set(keywords(str(fact.fields.get("subject") or "")).split())
    return bool(ours and theirs and not ours & theirs)


def _claimed_part(claim: Claim, date: str, view: ArticleView) -> str | None:
    """The part of its month a claim's date is told by ("in early May 2023"), where
    the claim gives no day."""
    if date.count("-") != 1:
        return None
    macros, parsers = view.extractor.ruleset.macros, view.extractor.parsers
    for mention in dated_mentions(claim.text, macros.date, parsers):
        if mention.date == date and (part := month_part(claim.text[mention.start :])):
            return part
    return None


# A vote and the act it is a vote to take: "voted on 4 May to ratify the agreement" is
# the ratifying on 4 May, the act named by "to" and its verb just after the vote's date
# or within the vote's own words.
_VOTED = {"voted", "vote", "votes"}
_VOTED_TO = re.compile(r"\bto\s+([A-Za-z]+)")
VOTED_TO_REACH = 12


# Verbs that tell a deal struck on their own ("the dispute was settled", "the two sides
# shook hands", "they agreed"), and verbs that tell it with a deal as their object or
# subject ("reached an agreement", "a pact was signed", "announced a tentative deal").
_DEAL_ALONE = frozenset({"settled", "shook", "shake", "shakes", "agreed", "agree", "agrees"})
_DEAL_VERBS = frozenset(
    "reached reach reaches struck clinched clinch sealed seal signed sign signs"
    " inked ink concluded conclude hammered finalised finalized announced unveiled".split()
)
_DEAL_NOUN = re.compile(
    r"\b(?:deal|agreements?|accord|settlement|pact|contract|entente|compromise"
    r"|Einigung|Tarif(?:vertrag|einigung|abschluss)|acuerdo|convenio|akkoord|avtal)\b",
    re.IGNORECASE,
)
# A deal in principle is not yet the deal: the two are told on different days.
_TENTATIVE = re.compile(
    r"\b(?:tentative|provisional|preliminary|draft|outline|in\s+principle|de\s+principe)\b",
    re.IGNORECASE,
)


def _deal_struck(event: str, told: str) -> str | None:
    """ "tentative" or "final" when a dated ``event`` told in ``told`` (the words of its
    reading) is a deal struck, or None: a verb that tells one alone ("settled"), or one
    whose object or subject is a deal ("reached a collective agreement", "an accord was
    signed"). Ratifying a deal is its own act (_ASSENTS), not the striking of it."""
    bare = _bare_event(event).split()
    verb = bare[0] if bare else ""
    if verb in _DEAL_ALONE or (verb in _DEAL_VERBS and _deal_beside(verb, told)):
        return "tentative" if _TENTATIVE.search(told) else "final"
    return None


# The words after a dated fact that still tell its act: "signed" takes its object there
# ("On 2 May the two sides signed an agreement").
DEAL_OBJECT_WORDS = 4
# The retrieval score given to a cited page's sentence telling a deal struck that the
# claim's words did not rank (see _deal_tellings): a middling match.
DEAL_TELLING_SCORE = 60.0


def _fact_told(text: str, fact: Found) -> str:
    """A dated fact's words and the few after it, where a verb's object stands."""
    after = text[fact.end :].split()[:DEAL_OBJECT_WORDS]
    return " ".join([text[fact.start : fact.end], *after])


def _deal_tellings(
    candidates: Sequence[Candidate], index: EvidenceIndex, pages: AbstractSet[int]
) -> list[Candidate]:
    """The sentences of ``pages`` (the claim's cited ones), not among ``candidates``, that name
    a deal and a verb of striking one ("the parties signed an accord", "Agreement signed
    16 June"): where a deal claim's date is told in other words."""
    ranked = {c.index for c in candidates}
    out = []
    for page in sorted(pages):
        for entry in index.page_entries(page):
            text = index.sentences[entry].text
            if entry in ranked or not _DEAL_NOUN.search(text):
                continue
            if any(_deal_beside(verb, text) for verb in _DEAL_VERBS):
                out.append(Candidate(entry, DEAL_TELLING_SCORE))
    return out


def _deal_page(claim: Claim, page: int, index: EvidenceIndex, view: ArticleView) -> bool:
    """True when a page names, in its title, a party named around the claim (or the
    article's topic): a page about the dispute whose deal the claim dates."""
    title = index.pages[page].title or ""
    return any(index.mentions_in(title, name, page) for name in view.nearby_names(claim))


def _deal_beside(verb: str, told: str) -> bool:
    """True when a deal is the object or subject of ``verb`` in ``told``: within three
    words of it ("reached a collective agreement", "an accord was signed"), not a
    contract named after a preposition ("struck over the contract")."""
    near = (
        r"(?:\W+(?!(?:over|against|about|for|at|in|on|after|before|during|under|without)\b)"
        r"[\w’'-]+){0,3}?\W+"
    )
    noun = _DEAL_NOUN.pattern
    pattern = rf"\b{verb}{near}{noun}|{noun}{near}{verb}\b"
    return re.search(pattern, told, re.IGNORECASE) is not None


def _voted_to(f_event: str, stem: str, text: str, fact: Found) -> bool:
    """True when a source's dated vote (``f_event``) is a vote to do what the claim's
    event (``stem``) tells: "voted on 4 May to ratify" for "ratified on 4 May". A vote
    to do another thing ("voted to strike") is another event."""
    if not stem or _bare_event(f_event) not in _VOTED:
        return False
    told = text[fact.start : fact.end + VOTED_TO_REACH]
    after = [m.group(1) for m in _VOTED_TO.finditer(told)]
    if not after:
        return False
    if after[0].lower() in _ASSENTS and any(names_event(w, stem) for w in _ASSENTS):
        return True  # "voted to ratify" for "approved": one assent
    return names_event(after[0], stem)


def _names_founded(
    claim: Claim, i: int, fact: Found, index: EvidenceIndex, view: ArticleView
) -> bool:
    """True when a source sentence telling a founding (``fact``) is about the organisation
    the claim says was founded: the sentence, the one before it or its page's title
    names one the claim's sentence names (else, one named around the claim), and the
    sentence names no other as the one founded ("The Humber Pilots' Association,
    founded in 1978" in a related story). Names inside a founding ("founded in
    Grimsby") are its place."""
    s = index.sentences[i]
    parsers = view.extractor.parsers

    def names(text: str, start: int, end: int) -> list[str]:
        # What was founded is told before the founding ("X was founded in ...", "X,
        # founded in ...") or, when it opens the sentence, in the clause after it
        # ("Founded in 1978, X ...").
        before = text[:start]
        told = before if before.strip() else "".join(text[end:].split(",")[1:2])
        return [*view.orgs(told), *(n for n, _, _ in parsers.proper_names(told))]

    at = claim.start - claim.sentence.start
    ours = names(claim.sentence.text, at, at + len(claim.text)) or view.nearby_names(claim)
    theirs = names(s.text, fact.start, fact.end)
    if theirs and not any(index.mentions_in(" ".join(theirs), n, s.page) for n in ours):
        return False
    before = [n.text for n in index.nearby(i, before=1, after=0)]
    around = " ".join([*before, s.text, index.pages[s.page].title or ""])
    return any(index.mentions_in(around, name, s.page) for name in ours)


# How many content words a claim's subject must have for a source naming them all to
# name the same thing: "the bulletin" alone may be any bulletin.
SUBJECT_NAMED_WORDS = 2


def _loose_support(
    claim: Claim, date: str, stem: str, cand: Candidate, index: EvidenceIndex, view: ArticleView
) -> Assessment | None:
    """Support from a sentence no date rule read: it names the claim's event by any form
    of its verb ("agreed to postpone" for "was postponed"), or what it happened to by
    every word of the claim's subject ("the last ferry sailed", "the last ferry left"),
    and gives the claim's date,
    before the verb (a dateline) or after it. Only support is read this way: which event
    a date loosely placed belongs to is not sure enough to contradict."""
    text = index.sentences[cand.index].text
    parsers = view.extractor.parsers
    named = names_event(text, stem)
    if not named and (acted := act_told(stem, text)) is not None:
        # The same act of a body told by another verb of its family ("the board agreed"
        # for "the board approved"): that verb is the event read below.
        stem, named = acted[0], True
    # A stoppage is one event whatever verb tells it ("came", "stopped work", "walked
    # off the job"); the source may name it in the sentence before ("It took place ...").
    before = " ".join(n.text for n in index.nearby(cand.index, before=1, after=0))
    stoppage = (
        tells_stoppage(claim.text, str(claim.fields.get("event") or ""), view.knowledge)
        or _planned_stoppage(claim, view)
    ) and names_stoppage(f"{before} {text}", view.knowledge)
    # The same thing named by every content word of the claim's subject ("the final
    # bulletin went out", "the final bulletin was broadcast"): what happened to it on
    # the claim's day, whatever verb tells it.
    subject = set(keywords(str(claim.fields.get("subject") or "")).split())
    same_thing = len(subject) >= SUBJECT_NAMED_WORDS and subject <= set(keywords(text).split())
    if not named and not stoppage and not same_thing:
        return None
    if _ordinals_apart(claim.text, text, view.knowledge.words("ordinals")):
        return None  # "the second strike" is not "the first of the stoppages"
    if stoppage and not named and not_happened(text):
        return None  # a stoppage set for that day and called off did not come on it
    mentions = dated_mentions(text, view.extractor.ruleset.macros.date, parsers)
    ends = [
        (f.start, f.end)
        for f in index.facts(cand.index)
        if f.rule.type == "date" and str(f.fields.get("event") or "") in _END
    ]
    # Where spans of days end ("held from 26 May to 2 June"): the last day of what the
    # span tells (a ballot, a stoppage), not the day a stoppage came.
    last_days = {span.end for span in spans(text, view.extractor.ruleset.macros.date, parsers)}
    page_day = _page_day(index, index.sentences[cand.index].page, view)
    for mention in mentions:
        if compare_dates(date, mention.date) != "supports":
            continue
        if not named and (
            mention.end in last_days
            or any(a <= mention.start and mention.end <= b for a, b in ends)
        ):
            continue  # the day a stoppage ended is not the day it came
        if _BYLINE.match(text) or (not named and mention.date == page_day):
            # A byline's or a dateline's date is the day the page came out, not the
            # day of what its headline tells ("By A. Writer · Wednesday, 18 September").
            continue
        near = (mention.start, mention.end)
        score = relevance(claim, index, cand.index, view, False, near, labelled=False)
        if score >= SUPPORT_AT:
            weight = _weight(cand, score)
            found = _in_pages_year(mention.date, page_day)
            if found != mention.date:
                found += " (its year from the page's date)"
            return Assessment(cand.index, "supports", weight, cand.score, found)
    if stoppage and mentions:
        return _stoppage_dated_apart(claim, date, mentions, ends, cand, index, view)
    if stoppage and not named and page_day:
        return _stoppage_on_weekday(claim, date, page_day, cand, index, view)
    day = _page_day(index, index.sentences[cand.index].page, view)
    if mentions or not named or not day or _tells_ahead(text, view):
        return None
    if not _subject_told(claim, text, stem, view):
        return None  # the verb tells of another thing ("crews walked out after talks ended")
    if _page_dates_event(claim, stem, index.sentences[cand.index].page, index):
        return None  # the page gives the event's own day, which is read where it is told
    # A sentence telling the event with no date of its own, on a page dated the day it
    # came out (a press release: "members voted to ratify the agreement"), tells it
    # of that day; "today" and "yesterday" say which day outright.
    told = relative_day(text, day)
    stance = compare_dates(date, told[0] if told else day)
    if stance != "supports":
        # It had happened by then: a day after the page's refutes the claim, and so
        # does one long before it when the page tells it as news of now ("members
        # have voted to ratify").
        if told is None and not _before_or_after(
            date, day, _PRESENT_PERFECT.search(text) is not None
        ):
            return None
        stance = "contradicts"
    if told is not None:
        # The words of time around "today", not a clause further on ("a dispute that
        # began a year ago"), say whether it is the claim's time.
        near = (told[1], told[2])
        score = relevance(claim, index, cand.index, view, False, near, stance, labelled=False)
        found = f"{told[0]} ({text[told[1] : told[2]]!r} on a page of {day})"
        return _weighed(cand, stance, score, found)
    score = relevance(claim, index, cand.index, view, False, labelled=False, stance=stance)
    return _weighed(cand, stance, score, f"{day} (the page's date)")


def _page_dates_event(claim: Claim, stem: str, page: int, index: EvidenceIndex) -> bool:
    """True when a sentence of ``page`` dates the claim's event itself ("members voted on
    Tuesday, 17 September, to ratify"): the page's own date is then not the event's."""
    event = str(claim.fields.get("event") or "")
    for entry in index.page_entries(page):
        text = index.sentences[entry].text
        if not re.search(r"\d", text):
            continue
        for fact in index.facts(entry):
            f_event = str(fact.fields.get("event") or "")
            if (
                fact.rule.type == "date"
                and fact.fields.get("date")
                and (_same_event(event, f_event) or _voted_to(f_event, stem, text, fact))
            ):
                return True
    return False


def _ordinals_apart(claim_text: str, text: str, ordinals: set[str]) -> bool:
    """True when a claim and a source sentence each count an occasion by its ordinal
    (lexicon ``ordinals``) and share none: "the third walkout" and "a fourth stoppage"
    tell two occasions of a recurring thing, whatever day each gives."""
    ours = {w for w in re.findall(r"[a-z]+", claim_text.lower()) if w in ordinals}
    theirs = {w for w in re.findall(r"[a-z]+", text.lower()) if w in ordinals}
    return bool(ours and theirs and not ours & theirs)


def _planned_stoppage(claim: Claim, view: ArticleView) -> bool:
    """True when a date claim gives the day a stoppage it names was set for ("the strike
    is set for Thursday 28 March"): the day its cited page gives the stoppage is that
    day, told before or after it came."""
    return claim.fields.get("event") == _PLANNED and names_stoppage(
        str(claim.fields.get("subject") or ""), view.knowledge
    )


def _stoppage_on_weekday(
    claim: Claim, date: str, page_day: str, cand: Candidate, index: EvidenceIndex, view: ArticleView
) -> Assessment | None:
    """The day a claim says a stoppage happened, against a sentence of a dated story
    that gives a stoppage by its weekday alone ("crews walked out on Thursday" in a
    story of Thursday 9 May): the weekday read against the story's date
    (:func:`stoppage_weekday`). The same day backs the claim; another refutes it only
    as a day written out would (:func:`_stoppage_dated_apart`: its cited page, the same
    month, no end told, nothing ahead)."""
    text = index.sentences[cand.index].text
    told = stoppage_weekday(text, page_day, view.knowledge)
    if told is None or _end_told_before(text, told[1]):
        return None
    day, start, end = told
    found = f"{day} ({text[start:end]}, read against the page's date {page_day})"
    if compare_dates(date, day) == "supports":
        score = relevance(claim, index, cand.index, view, True, (start, end), labelled=False)
        if score < SUPPORT_AT:
            return None
        return Assessment(cand.index, "supports", _weight(cand, score), cand.score, found)
    assessed = _stoppage_dated_apart(
        claim, date, [DatedMention(day, start, end)], [], cand, index, view
    )
    return replace(assessed, found=found) if assessed is not None else None


# The event of a date claim that tells the day something was set for (date/scheduled).
_PLANNED = "scheduled"


def _stoppage_dated_apart(
    claim: Claim,
    date: str,
    mentions: list[DatedMention],
    ends: list[tuple[int, int]],
    cand: Candidate,
    index: EvidenceIndex,
    view: ArticleView,
) -> Assessment | None:
    """The day a claim says a stoppage happened, against the one day a sentence of its
    cited page gives for a stoppage the sentence itself names ("took part in the
    stoppage on Tuesday, 17 September" for "the walkout took place on 18 September"):
    another day of the same month refutes it. Only a claim and a sentence that give a
    day of the month, in no other year than the page's, and a sentence telling no end
    and nothing ahead."""
    text = index.sentences[cand.index].text
    page = index.sentences[cand.index].page
    if page not in view.primary.get(claim.id, set()) or len(mentions) != 1:
        return None
    # A sentence telling what is to come dates a plan, not what happened: the day of a
    # planned stoppage only.
    ahead = _tells_ahead(text, view) and not _planned_stoppage(claim, view)
    mention = mentions[0]
    # The stoppage must be told in the date's own clause or the sentence's main one: a
    # stoppage named only after "after" or "when" is an earlier event, not the day's.
    if ahead or not names_stoppage(own_clauses(text, mention.start), view.knowledge):
        return None
    if any(a <= mention.start and mention.end <= b for a, b in ends) or _end_told_before(
        text, mention.start
    ):
        return None  # the day it ended
    ours, theirs = date.split("-"), mention.date.split("-")
    if len(ours) != 3 or len(theirs) != 3 or "?" in ours[1] + ours[2] + theirs[1] + theirs[2]:
        return None
    if ours[1] != theirs[1] or ours[2] == theirs[2]:
        return None  # another month may be another stoppage's; the same day agrees
    page_day = _page_day(index, page, view)
    years = {y for y in (ours[0], theirs[0]) if "?" not in y}
    if page_day and years - {page_day[:4]}:
        return None  # a stoppage of another year than the story's
    near = (mention.start, mention.end)
    score = relevance(claim, index, cand.index, view, True, near, "contradicts", labelled=False)
    if score < CONTRADICT_AT:
        return None
    weight = _weight(cand, score)
    found = _in_pages_year(mention.date, page_day)
    if found != mention.date:
        found += " (its year from the page's date)"
    return Assessment(cand.index, "contradicts", weight, cand.score, found)


# Words that tell an end, whichever a writer picks, where no date rule read the date
# after them ("ended on the night of 8 May", "called off the action late on 3 May").
_END_WORDS = re.compile(
    r"\b(?:end(?:ed|s)?|finish(?:ed|es)?|conclud(?:ed|es)|lift(?:ed|s)?|suspended|called\s+off"
    r"|call(?:s|ing)?\s+off|returned\s+to\s+work|went\s+back|back\s+to\s+work|wound\s+up"
    r"|wrapped\s+up)\b",
    re.IGNORECASE,
)


def _end_told_before(text: str, start: int) -> bool:
    """True when the clause a date at ``text[start:]`` stands in tells an end before it
    ("The walkout ended on the evening of 9 May"): that day is when it stopped."""
    clause = re.split(r"[.;:!?()]|,\s", text[:start])[-1]
    return _END_WORDS.search(clause) is not None


# The head a relative clause telling a length is told of: "the 2011 Fremont strike, which
# lasted 26 weeks".
_WHICH = re.compile(r",?\s+(?:which|that)\s+[^,;:.]*$", re.IGNORECASE)
_YEAR = re.compile(r"\b(?:19|20)\d\d\b")


def _another_years_length(
    text: str, start: int, index: EvidenceIndex, entry: int, view: ArticleView
) -> bool:
    """True when the length at ``text[start:]`` is told in a relative clause of an event
    named with a year ("the 2011 strike, which lasted 26 weeks") that is none of the
    years the page's infobox dates its own event in: another event's length."""
    before = text[:start]
    if re.match(r"\s*(?:which|that)\b", text[start:], re.IGNORECASE):
        cut = len(before.rstrip(", "))  # the rule took "which lasted" in with the length
    elif (which := _WHICH.search(before)) is not None:
        cut = which.start()
    else:
        return False
    head = re.split(r"[;:.]|,\s", before[:cut])[-1]
    told = set(_YEAR.findall(head))
    if not told:
        return False
    page = index.sentences[entry].page
    rows = date_rows(index, page, view.extractor.ruleset.macros.date)
    years = {d[:4] for r in rows for d in (r.first, r.last) if d and d[:4].isdigit()}
    return bool(years) and not told & years


# A line giving who wrote a page and when: "By Dana Ruiz, Labour Reporter · 4 May 2031",
# "Published 4 May 2031", "Updated: ...".
_BYLINE = re.compile(r"\s*(?:By\s+[A-Z]|(?:Published|Updated|Posted|Last\s+updated)\b)")


def _subject_told(claim: Claim, text: str, stem: str, view: ArticleView) -> bool:
    """True when a source sentence tells the claim's verb as its own event (in a clause
    of its own, not one opened by "after", "when", "because"...), or tells it in such
    a clause of the claim's subject: the clause shares a content word with the
    subject, or both name a stoppage of work ("after the walkout ended" for "the
    strike ended"). A page's date is the date of its sentence's event only when that
    event is the claim's: "crews stopped work after talks ended" does not tell when
    the strike ended. A claim without a subject is not held back."""
    subject = str(claim.fields.get("subject") or "")
    ours = set(keywords(subject).split()) - {stem}
    if not ours:
        return True
    stoppage = names_stoppage(subject, view.knowledge)
    for clause in event_clauses(text, stem):
        if not opens_clause(clause) or ours & set(keywords(clause).split()):
            return True
        if stoppage and names_stoppage(clause, view.knowledge):
            return True
    return False


# "have voted", "has ratified", "have overwhelmingly approved": news of now.
_PRESENT_PERFECT = re.compile(r"\b(?:has|have)\s+(?:\w+ly\s+)?\w+(?:ed|en|t)\b", re.IGNORECASE)
# How long before a page's date an event it tells as news of now may have come.
NEWS_OF_NOW_DAYS = 7


def _before_or_after(claimed: str, day: str, news_of_now: bool) -> bool:
    """True when a claimed day (ISO, its year perhaps unwritten) falls after a page's
    day, or, with ``news_of_now``, more than :data:`NEWS_OF_NOW_DAYS` before it. Only a
    claim giving its day of the month is read; an unwritten year is the page's."""
    parts = claimed.split("-")
    if len(parts) != 3 or "?" in parts[1] + parts[2]:
        return False
    year = day[:4] if "?" in parts[0] else parts[0]
    try:
        said = date_cls(int(year), int(parts[1]), int(parts[2]))
        page = date_cls.fromisoformat(day[:10])
    except ValueError:
        return False
    return said > page or (news_of_now and (page - said).days > NEWS_OF_NOW_DAYS)


def _weekday_told(
    claim: Claim, date: str, stem: str, cand: Candidate, index: EvidenceIndex, view: ArticleView
) -> Assessment | None:
    """A story's sentence telling the claim's act on a weekday alone ("The assembly on
    Wednesday adopted the directive"), the weekday read against the page's own date:
    the same act (a verb of its family) on the same thing (every content word of the
    claim's object, before the verb or after it) on another day refutes the claim's
    date; on its day, bears it out. Not a sentence with a date of its own, nor one
    telling what is ahead."""
    text = index.sentences[cand.index].text
    parsers, macros = view.extractor.parsers, view.extractor.ruleset.macros
    if dated_mentions(text, macros.date, parsers) or _tells_ahead(text, view):
        return None
    day = _page_day(index, index.sentences[cand.index].page, view)
    told = weekday_date(text, day) if day else None
    acted = same_act(stem, text)
    if told is None or acted is None:
        return None
    # The claim's object: its words between the verb and the date.
    event = str(claim.fields.get("event") or "")
    ours = dated_mentions(claim.text, macros.date, parsers)
    at = claim.text.find(event.split()[-1]) if event else -1
    if at < 0 or not ours:
        return None
    if not object_told(claim.text[at + len(event.split()[-1]) : ours[0].start], text):
        return None
    found, start, end = told
    stance = compare_dates(date, found)
    if stance is None:
        return None
    score = relevance(claim, index, cand.index, view, False, (start, end), stance, labelled=False)
    return _weighed(cand, stance, score, f"{found} ({text[start:end]})")


def _span_assessments(
    claim: Claim, candidates: list[Candidate], index: EvidenceIndex, view: ArticleView
) -> list[Assessment]:
    """A claim's span of days ("from 4 to 6 May 2031") backed by a source sentence
    giving the same first and last day, whatever verb comes before it ("went ahead from
    4 to 6 May 2031"). Support only: another span may be another event's."""
    macros, parsers = view.extractor.ruleset.macros, view.extractor.parsers
    ours = spans(claim.text, macros.date, parsers)
    if not ours:
        return []
    out = []
    for cand in sorted({c.index: c for c in candidates}.values(), key=lambda c: c.index):
        text = index.sentences[cand.index].text
        for theirs in spans(text, macros.date, parsers):
            if not any(
                compare_dates(s.first, theirs.first) == "supports"
                and compare_dates(s.last, theirs.last) == "supports"
                for s in ours
            ):
                continue
            near = (theirs.start, theirs.end)
            score = relevance(claim, index, cand.index, view, False, near, labelled=False)
            if score < SUPPORT_AT:
                continue
            weight = _weight(cand, score)
            found = f"{theirs.first} to {theirs.last}"
            out.append(Assessment(cand.index, "supports", weight, cand.score, found))
            break
    return out


# A press release's date may stand as a line of its own near its top ("May 19, 2022").
DATE_LINE_WITHIN = 4


def _page_day(index: EvidenceIndex, page: int, view: ArticleView) -> str | None:
    """The day a page came out: its publication date, else a line near its top that is
    a date and nothing else."""
    published = index.pages[page].published
    if published:
        return published[:10]
    parsers = view.extractor.parsers
    for i in list(index.page_entries(page))[:DATE_LINE_WITHIN]:
        text = index.sentences[i].text.strip(" .")
        found = dated_mentions(text, view.extractor.ruleset.macros.date, parsers)
        if len(found) == 1 and found[0].start == 0 and found[0].end == len(text):
            return found[0].date if not found[0].date.startswith("?") else None
    return None


def _after_page(claimed: str, page_day: str | None) -> bool:
    """True when the first day a claimed date (ISO, as precise as written: "2025-01")
    allows falls after the day a page came out."""
    parts = claimed.split("-")
    if not page_day or not parts[0].isdigit():
        return False
    month = int(parts[1]) if len(parts) > 1 and parts[1].isdigit() else 1
    day = int(parts[2]) if len(parts) > 2 and parts[2].isdigit() else 1
    try:
        return date_cls(int(parts[0]), month, day) > date_cls.fromisoformat(page_day[:10])
    except ValueError:
        return False


def _in_pages_year(found: str, page_day: str | None) -> str:
    """A day a story gives without its year ("on Thursday, 14 March"), in the year of
    the story's own date when it falls on or before that date, for the rationale.
    Unchanged when either lacks a day, or when the day would come after the story (a
    day ahead, or one of the year before: "28 December" in a story of 3 January),
    whose year is not sure."""
    parts = found.split("-")
    if not page_day or len(parts) != 3 or parts[0] != "????" or "?" in parts[1] + parts[2]:
        return found
    try:
        page = date_cls.fromisoformat(page_day[:10])
        day = date_cls(page.year, int(parts[1]), int(parts[2]))
    except ValueError:
        return found
    return found if day > page else day.isoformat()


def _tells_ahead(text: str, view: ArticleView) -> bool:
    """True when a sentence speaks of what is to come ("will vote to ratify")."""
    return contains_word(text, view.knowledge.words("prediction"))


# A posting's last day for applications: what a claim's "closes" is checked against.
_CLOSES = {"closes"}


def _closing_pages(claim: Claim, index: EvidenceIndex, view: ArticleView) -> set[int]:
    """The postings whose closing date a claim gives: the one it cites; else, when it
    cites none or several, those for the job its sentence speaks of (a pay claim's job
    beside it: "the engineering job pays ..., and applications close on ...") or the
    last job named before, among the postings cited for that job or with the claim;
    with no job named, the sources' only posting."""
    postings = {p for p, page in enumerate(index.pages) if page.facts.kind == "job_posting"}
    own = set(view.primary.get(claim.id, set()))
    cited = postings & own
    if len(cited) == 1 or (own and not cited):
        return cited or own
    beside = [
        c
        for c in view.claims
        if c.sentence.index == claim.sentence.index and isinstance(c.fields.get("job"), str)
    ]
    title_claim = view.previous(claim, "job_title")
    if beside:
        job = str(beside[0].fields["job"])
    elif title_claim is not None:
        job = str(title_claim.fields.get("title", ""))
    else:
        # No job named before: the one posting among the sources, if there is one.
        return cited or (postings if len(postings) == 1 else set())
    pool = set(cited)
    for c in view.claims:
        if c.type == "job_title" and c.start <= claim.start:
            pool |= postings & set(view.primary.get(c.id, set()))
    words = normalise_title(job, view)
    meant = {
        p
        for p in pool
        if (t := posting_title(index, p, view)) and same_job(words, normalise_title(t, view), view)
    }
    return meant or cited


def _closing(
    date: str, index: EvidenceIndex, pages: set[int], view: ArticleView
) -> list[Assessment]:
    """The closing date a claim's own cited posting gives in its structure (JSON-LD
    ``validThrough``, a "Closing date" field), against the claim's date; a value whose
    order of day and month is left open says nothing."""
    out = []
    for page in sorted(pages):
        for i in index.fact_entries(page, "date"):
            fact = index.sentences[i].fact
            if fact is None or fact.data.get("name") != CLOSING_DATE:
                continue
            found = last_date(fact.text, view.extractor.parsers)
            stance = compare_dates(date, found) if found else None
            if stance is not None:
                out.append(Assessment(i, stance, CITED_FACT_SCORE / 100, CITED_FACT_SCORE, found))
        if not out:
            out += _closing_told(date, index, page, view)
    return out


# A posting's sentence telling when applications close: "the portal will open on 2 May
# and close at midnight on 16 May", "Applications closed on 3 March".
_CLOSE_VERB = re.compile(r"\bclos(?:e|es|ed|ing)\b", re.IGNORECASE)
_APPLYING = re.compile(r"\bappl(?:y|ications?|icants?)\b|\bportal\b", re.IGNORECASE)
# How far after the verb its date may stand ("close at midnight on").
CLOSE_DATE_REACH = 30


def _closing_told(
    date: str, index: EvidenceIndex, page: int, view: ArticleView
) -> list[Assessment]:
    """The closing date a posting gives in a sentence of its text rather than a field:
    the first date after a form of "close", in a sentence about applying."""
    macros, parsers = view.extractor.ruleset.macros, view.extractor.parsers
    out = []
    for i in index.page_entries(page):
        text = index.sentences[i].text
        if not _APPLYING.search(text):
            continue
        mentions = dated_mentions(text, macros.date, parsers)
        for verb in _CLOSE_VERB.finditer(text):
            after = [d for d in mentions if 0 <= d.start - verb.end() <= CLOSE_DATE_REACH]
            stance = compare_dates(date, after[0].date) if after else None
            if stance is not None:
                out.append(
                    Assessment(i, stance, CITED_FACT_SCORE / 100, CITED_FACT_SCORE, after[0].date)
                )
                break
    return out


# Events that say when a page came out: its own publication date says when.
_PUBLISHES = {"publish", "releas", "issu", "post"}
# A page whose sentences rank this high for a claim is the page it speaks of.
PAGE_DATE_MIN_SCORE = 70.0
# A page the claim cites decides as a cited fact; one found by ranking less surely.
PAGE_DATE_RANKED_WEIGHT = 0.7


def _page_dates(
    claim: Claim, date: str, candidates: list[Candidate], index: EvidenceIndex, view: ArticleView
) -> list[Assessment]:
    """The publication date of the pages a "published in ..." claim speaks of (the ones
    it cites, and those whose sentences rank high for it), against the claim's date.
    The quote is the page's line stating the date, else its first sentence."""
    cited = set(view.primary.get(claim.id, set()))
    ranked = {index.sentences[c.index].page for c in candidates if c.score >= PAGE_DATE_MIN_SCORE}
    verb = keywords(str(claim.fields.get("event", ""))).split()[-1:]
    first = bool(verb) and re.search(
        rf"\b(?:first|initially|originally)\s+{re.escape(verb[0])}", keywords(claim.text)
    )
    out = []
    for page in sorted(cited | ranked):
        published = index.pages[page].published
        entries = index.page_entries(page)
        if not published or not entries:
            continue
        day = published[:10]
        stance = compare_dates(date, day)
        if stance is None or (stance == "contradicts" and first and day[: len(date)] > date):
            # A page out after a "first published" date may be a later edition of it.
            continue
        quote = next(
            (i for i in entries if labelled_date(index.sentences[i].text) is not None),
            entries[0],
        )
        weight = CITED_FACT_SCORE / 100 if page in cited else PAGE_DATE_RANKED_WEIGHT
        found = f"{day} (the page's publication date)"
        out.append(Assessment(quote, stance, weight, CITED_FACT_SCORE, found))
    return out


def _claimed_days(claim: Claim, view: ArticleView) -> Amount:
    """The days a date claim's length holds: within the slack of a length written bare,
    or as its qualifier says ("Lasting about five weeks", "nearly eight weeks")."""
    days = float(claim.fields["days"])
    effect = _days_qualifier(claim, view)
    if effect is None:
        slack = duration_slack(days, claim.text)
        return Amount(days - slack, days + slack)
    return Amount(*qualified(days, effect, view.knowledge))


def _days_qualifier(claim: Claim, view: ArticleView) -> str | None:
    """The qualifier a date claim's length is told with ("about", "nearly"), if any."""
    macros = view.extractor.ruleset.macros
    m = re.search(rf"({macros.qualifier})\s+{macros.duration}", claim.text, re.IGNORECASE)
    return view.extractor.parsers.qualifier(m.group(1)) if m else None


def _length_in_days(fact: Found) -> float | None:
    """The length of time a source's claim gives, in days: a date claim's "(38 days)" or
    a quantity in days ("lasted 38 days")."""
    if fact.rule.type == "date" and fact.fields.get("days"):
        return float(fact.fields["days"])
    if fact.rule.type == "quantity" and fact.fields.get("unit") == DURATION_UNIT:
        value = fact.fields.get("value")
        return float(value) if value is not None else None
    return None


def _told_outright(facts: Sequence[Found], text: str, view: ArticleView) -> list[Found]:
    """The facts of a source sentence, less a length read from the span of its dates
    ("from 4 to 19 May", which may be counted by working days or whole weeks) where the
    sentence also writes the length out ("lasted sixteen days", "(16 days)") within
    that span's reach: the written length is the one the source gives."""
    duration = view.extractor.ruleset.macros.duration

    def written(fact: Found) -> bool:
        return bool(re.search(duration, text[fact.start : fact.end], re.IGNORECASE))

    lengths = [f for f in facts if _length_in_days(f) is not None]
    outright = [f for f in lengths if f.rule.type == "date" or written(f)]

    def superseded(fact: Found) -> bool:
        if fact not in lengths or fact in outright or fact.rule.type != "quantity":
            return False
        span = Amount(fact.fields.get("min"), fact.fields.get("max"))
        told = (_length_in_days(f) for f in outright)
        return any(d is not None and span.overlaps(Amount(d, d)) for d in told)

    return [f for f in facts if not superseded(f)]


def _found_amount(fact: Found, text: str, view: ArticleView) -> Amount:
    """The interval a source's figure holds. A length of time written as one holds only
    its own rounding ("seven weeks" is whole weeks) or its qualifier: the slack two
    lengths may differ by is the claim's (:func:`duration_slack`), counted once. A span
    of dates keeps the bounds its rule gives it (its working days)."""
    days = _length_in_days(fact)
    rounding = _source_rounding(fact, text, view)
    if days is not None and rounding is not None:
        return Amount(days - rounding, days + rounding)
    if days is not None and fact.rule.type == "date":
        return Amount(days, days)
    return Amount(fact.fields.get("min"), fact.fields.get("max"))


def _source_rounding(fact: Found, text: str, view: ArticleView) -> float | None:
    """How far either way a source's length written in words reaches by its own
    rounding (half a week for "seven weeks", nothing for "49 days"); None for a length
    with a qualifier or a span of dates, and for anything that is no length."""
    days = _length_in_days(fact)
    written = [
        m.group(0)
        for m in re.finditer(
            view.extractor.ruleset.macros.duration, text[fact.start : fact.end], re.IGNORECASE
        )
    ]
    if days is None or not written or fact.fields.get("qualifier") is not None:
        return None
    return duration_rounding(days, written[-1])


def _written_length(fact: Found, text: str, view: ArticleView) -> str | None:
    """A source's length as it writes it, when in weeks, months or years ("14 months"):
    the rationale quotes it beside its days."""
    written = [
        m.group(0)
        for m in re.finditer(
            view.extractor.ruleset.macros.duration, text[fact.start : fact.end], re.IGNORECASE
        )
    ]
    if not written or re.search(r"\bdays?\b", written[-1], re.IGNORECASE):
        return None
    return written[-1]


def _against_rounded(claimed: Amount, value: float | None, qualified_: bool) -> Amount:
    """The claim's length to set against a source's length rounded to its unit: its
    value within the day's slack only, the unit's rounding being the source's ("four
    years" and "a five-year contract" would meet by a day if both were rounded). A
    claim with a qualifier keeps what its qualifier says."""
    if qualified_ or value is None:
        return claimed
    slack = duration_slack(value)
    return Amount(value - slack, value + slack)


def _between_assessments(
    claim: Claim,
    claimed: Amount,
    candidates: list[Candidate],
    index: EvidenceIndex,
    view: ArticleView,
) -> list[Assessment]:
    """A claimed length against the days between the start and the end a source
    sentence gives one event ("began on 2 March 2021 and ended on 9 April"), both
    counted."""
    at = claim.start - claim.sentence.start
    claim_length = length_kinds(claim.sentence.text, at, at + len(claim.text), view.knowledge)
    out = []
    for cand in sorted({c.index: c for c in candidates}.values(), key=lambda c: c.index):
        facts = [
            f for f in index.facts(cand.index) if f.rule.type == "date" and f.fields.get("date")
        ]
        starts = [f for f in facts if str(f.fields.get("event")) in _START]
        ends = [f for f in facts if str(f.fields.get("event")) in _END]
        if len(starts) != 1 or len(ends) != 1 or ends[0].start < starts[0].end:
            continue
        days = days_between(str(starts[0].fields["date"]), str(ends[0].fields["date"]))
        if days is None:
            continue
        text = index.sentences[cand.index].text
        found_length = length_kinds(text, starts[0].start, ends[0].end, view.knowledge)
        if lengths_apart(claim_length, found_length, refuting=True):
            continue  # talks that began and ended are no strike's length
        # The claim's slack is the comparison's: the days counted are exact.
        agrees = claimed.overlaps(Amount(days, days))
        stance: Stance = "supports" if agrees else "contradicts"
        near = (starts[0].start, ends[0].end)
        score = relevance(claim, index, cand.index, view, True, near, stance, labelled=False)
        found = f"{days} days (from {starts[0].fields['date']} to {ends[0].fields['date']})"
        if (assessed := _weighed(cand, stance, score, found)) is not None:
            out.append(assessed)
    return out


# How much an infobox row of a page found by ranking counts, against one the claim cites.
ROW_RANKED_WEIGHT = 0.7
# How an infobox row of an entry on the claim's subject (see _entries_about) ranks.
SUBJECT_ROW_SCORE = 70.0


def _entries_about(claim: Claim, index: EvidenceIndex, view: ArticleView) -> set[int]:
    """The encyclopedia entries whose title is the name standing nearest before the
    claim's figure in its sentence, the one it counts ("Tarn Rail, with some 9,000
    staff"); none when no name stands before the figure."""
    text = claim.sentence.text[: claim.start - claim.sentence.start]
    named = [(end, name) for name, _, end in view.extractor.parsers.proper_names(text, view.ctx)]
    named += [(text.rfind(name) + len(name), name) for name in view.orgs(text) if name in text]
    if not named:
        return set()
    subject = keywords(max(named)[1])
    return {
        p
        for p, page in enumerate(index.pages)
        if page.facts.kind == "encyclopedia"
        and (title := keywords(page.title or ""))
        # A word opening the sentence may run into the name ("Today the Tarn Union").
        and (subject == title or subject.endswith(f" {title}"))
    }


def _row_assessments(
    claim: Claim, candidates: list[Candidate], index: EvidenceIndex, view: ArticleView
) -> list[Assessment]:
    """A claim's start, end or length against the span an encyclopedia infobox gives its
    page's event ("Date: 2 March 2021 – 9 June 2021"), on the pages the claim cites or
    whose sentences rank high for it, where the claim speaks of that page's event: "ended
    on" is the span's last day, "began on" its first, "lasted seven weeks" its length."""
    event = str(claim.fields.get("event") or "")
    date = claim.fields.get("date")
    macros = view.extractor.ruleset.macros
    # A claim told as a span ("ran from 3 to 9 May", "between March 2 and June 9") is
    # of both its days, whatever its verb: each is set against the row's own.
    first_said = _span_first(claim, str(date), view) if date else None
    # A stoppage's start told by other words than "began" ("staff downed tools").
    subject = str(claim.fields.get("subject") or "")
    stoppage = bool(date) and starts_stoppage(claim.text, event, subject, view.knowledge)
    if claim.type == "quantity":
        low, high = claim.fields.get("min"), claim.fields.get("max")
        wanted = "days"
    elif first_said is not None:
        wanted = "span"
    elif date and (event in _START or stoppage):
        wanted = "first"
    elif date and event in _END:
        wanted = "last"
    elif claim.fields.get("days"):
        said = _claimed_days(claim, view)
        low, high = said.low, said.high
        wanted = "days"
    else:
        return []
    at = claim.start - claim.sentence.start
    if wanted == "days" and lengths_apart(
        length_kinds(claim.sentence.text, at, at + len(claim.text), view.knowledge),
        {"length_dispute"},
        refuting=True,
    ):
        return []  # an infobox's dates are its dispute's, not a contract's or talks'
    # A length told in hours is set against a row's hours only, in hours: a row's
    # dates say nothing of hours (a 24-hour stoppage from 7 am spans two days).
    value = claim.fields.get("value")
    by_hours = (
        wanted == "days"
        and claim.type == "quantity"
        and value is not None
        and claim.fields.get("qualifier") is None
        and told_in_hours(claim.text, view)
    )
    cited = set(view.primary.get(claim.id, set()))
    ranked = {index.sentences[c.index].page for c in candidates if c.score >= PAGE_DATE_MIN_SCORE}
    # The pages cited for the dispute the article last told, also where the claim cites
    # a page of another kind (a press release on the settlement, after a paragraph
    # citing the dispute's encyclopedia entry): "the stoppage" is still that dispute.
    told = (
        _dispute_pages(claim, view, index)
        if not any(index.pages[p].facts.kind == "encyclopedia" for p in cited)
        else set()
    )
    disputes = view.knowledge.words("disputes")
    # A pronoun's subject is told in the sentence before: what it names is the claim's.
    antecedent = _antecedent(claim, view)
    # "The protest", "the campaign" stand for the dispute the article last told, which
    # may lie a sentence or two further back than the one before.
    last_told = _last_dispute_told(claim, view) if antecedent else ""
    spoken_of = f"{antecedent} {last_told} {_relative_head(claim)} {claim.text}".strip()
    out = []
    for page in sorted(cited | ranked | told):
        # A page found by ranking speaks of the claim's event only by a name both give;
        # one cited for the dispute the article last told, by its kind ("the strike").
        by_kind = page in cited or page in told
        if page not in cited and _page_lacks_names(claim, index, page, view):
            continue  # the claim names whose dispute it is, and this page never does
        if antecedent and _lacks_names(antecedent, index, page, view):
            continue  # "It" is a dispute of others, named in the sentence before
        if not about_page_event(
            spoken_of, index, page, disputes, macros.date, by_kind=by_kind, stoppage=stoppage
        ):
            continue
        weight = CITED_FACT_SCORE / 100 if page in cited else ROW_RANKED_WEIGHT
        for row in date_rows(index, page, macros.date):
            stance: Stance | None = None
            if wanted == "span" and first_said is not None and row.last is not None:
                stance, found = _span_stance(first_said, str(date), row)
            elif wanted == "first" and row.first is not None:
                stance, found = compare_dates(str(date), row.first), f"{row.first} (its first day)"
            elif wanted == "last" and row.last is not None:
                stance, found = compare_dates(str(date), row.last), f"{row.last} (its last day)"
            elif by_hours and row.hours is not None:
                said = in_hours(float(str(value)))
                agrees = said.overlaps(Amount(row.hours / 24, row.hours / 24))
                stance, found = ("supports" if agrees else "contradicts"), f"{row.hours:g} hours"
            elif by_hours:
                continue
            elif wanted == "days" and (row.days is not None or row.hours is not None):
                # The claim's slack is the comparison's: the row's days are exact.
                length = row.days if row.days is not None else (row.hours or 0) / 24
                said = Amount(low, high)
                if row.days is not None and row.first is not None and row.last is not None:
                    said = _against_both_ends(claim, said)
                agrees = said.overlaps(Amount(length, length))
                stance = "supports" if agrees else "contradicts"
                found = f"{row.days} days" if row.days is not None else f"{row.hours:g} hours"
            if stance is not None:
                out.append(Assessment(row.entry, stance, weight, CITED_FACT_SCORE, found))
    return out


def _counts_both_ends(fact: Found, text: str, view: ArticleView) -> bool:
    """True when a source's length is written after the span of dates it counts, in
    its clause, and is that span's days with both ends counted ("Dates: 4–6 May 2031
    (3 days)"): the source counts that way, so its length is the most its dates hold."""
    days = _length_in_days(fact)
    if days is None or fact.rule.type != "date":
        return False
    clause = _SPAN_CLAUSE.split(text[: fact.end])[-1]
    macros, parsers = view.extractor.ruleset.macros, view.extractor.parsers
    span = span_of(clause, macros.date, parsers)
    if span is None or span[1] is None or span[0] == span[1]:
        return False
    return days_between(span[0], span[1]) == days


# Where the clause holding a span of dates and its length begins: after a label's colon
# ("Date: 4–6 May") or the sentence before.
_SPAN_CLAUSE = re.compile(r"[.;:!?]\s")


def _against_both_ends(claim: Claim, said: Amount) -> Amount:
    """A claimed length set against the days of a span of dates, which count both its
    ends: the most those dates hold. A length written bare has a day of slack either way
    for its ends counted or not; counted or not, it is never longer than the span's days,
    so against them that day reaches up only ("lasted four days" is a span of four or
    five days, never of three). A qualified length ("about four days") keeps its reach."""
    value = claim.fields.get("value", claim.fields.get("days"))
    if claim.fields.get("qualifier") is not None or value is None or said.low is None:
        return said
    return Amount(min(float(value), said.low + DURATION_DAYS_SLACK), said.high)


def _span_first(claim: Claim, date: str, view: ArticleView) -> str | None:
    """The first day (ISO) of the span a date claim's own words give, where its date is
    that span's last day ("ran from 3 to 9 May 2031" -> "2031-05-03"); None when the
    claim gives one day only."""
    event = str(claim.fields.get("event") or "").split()
    if not event or event[-1] not in _SPAN_VERBS or not _SPAN_WORDS.search(claim.text):
        return None
    if _MOVED.search(claim.sentence.text):
        return None  # "moved the vote from 3 May to 9 June": a day changed, no span
    macros, parsers = view.extractor.ruleset.macros, view.extractor.parsers
    said = span_of(claim.text, macros.date, parsers)
    if said is None or said[1] is None or said[0] == said[1]:
        return None
    return said[0] if compare_dates(date, said[1]) == "supports" else None


# Words that tell a span by its two ends: "from ... to", "between ... and"; the verbs
# that tell a thing lasting over such a span ("ends" is the span rule's own event); and
# verbs that tell a day moved, whose "from ... to" is the old day and the new.
_SPAN_WORDS = re.compile(r"\b(?:from|between)\b", re.IGNORECASE)
_SPAN_VERBS = frozenset(
    "ends ran run runs lasted lasts continued continues stretched went held took".split()
)
_MOVED = re.compile(
    r"\b(?:postpon|mov|delay|push|brought\s+forward|bring\s+forward|reschedul|shift|switch"
    r"|chang)\w*",
    re.IGNORECASE,
)


def _span_stance(first: str, last: str, row: DateRow) -> tuple[Stance | None, str]:
    """A span's two days against an infobox row's: both agreeing back it, either
    differing refutes it; the row's span written as found."""
    ends = [compare_dates(last, str(row.last))]
    if row.first is not None:
        ends.append(compare_dates(first, row.first))
    found = f"{row.first} to {row.last}" if row.first is not None else f"{row.last} (its last day)"
    if "contradicts" in ends:
        return "contradicts", found
    return ("supports" if "supports" in ends else None), found


# A relative pronoun that opens a claim stands for the noun just before it ("The
# stoppage, which ran from ...": the stoppage ran).
_RELATIVE_OPENS = re.compile(r"^(?:which|that|who)\b", re.IGNORECASE)
# The words before such a clause read as what it tells of, at most.
RELATIVE_HEAD_CHARS = 80


def _relative_head(claim: Claim) -> str:
    """What a claim opening with a relative pronoun tells of: the words of its sentence
    before it, back to the last clause break within :data:`RELATIVE_HEAD_CHARS`; else
    nothing."""
    if not _RELATIVE_OPENS.match(claim.text):
        return ""
    before = claim.sentence.text[: claim.start - claim.sentence.start]
    return re.split(r"[.;:!?]", before[-RELATIVE_HEAD_CHARS:])[-1]


# Words that open a sentence and stand for what the sentence before told: "They lasted
# seven weeks", "It ran on for a month", "That row dragged on until May" (never "That
# said, ..."); and a definite noun that names no event of its own but the one just
# told: "The action began on ...", "The protest lasted ...", after a sentence telling
# who walked out against whom.
# A short opening phrase may stand before it ("Taken together, the campaign ...", "In
# the end, it ...").
_STANDS_FOR = re.compile(
    r"^\W*(?:(?:[a-z]+\s+){0,2}[a-z]+,\s+)?(?:it|they|this|that(?!\s+said\b)|these|those"
    r"|the\s+(?:action|protest|protests|campaign|conflict|unrest|disruption|row|fight"
    r"|bans?|boycott|blockade|go-slow|sit-in|occupation))\b",
    re.IGNORECASE,
)
# How many sentences back the dispute a definite noun stands for may have been told.
TOLD_BACK = 4


def _antecedent(claim: Claim, view: ArticleView) -> str:
    """The sentence a claim's subject stands for, where its sentence opens with a
    pronoun ("The go-slow began on 3 May. It lasted six weeks": the go-slow lasted six
    weeks); else nothing."""
    if claim.sentence.index == 0 or not _STANDS_FOR.match(claim.sentence.text):
        return ""
    return view.sentences[claim.sentence.index - 1].text


def _last_dispute_told(claim: Claim, view: ArticleView) -> str:
    """The sentences of the strike claims at most :data:`TOLD_BACK` sentences before the
    claim's ("Some 4,000 lab staff walked out ... Porters joined them on the picket
    lines. The protest went on for ..."): what "the protest" stands for; else nothing."""
    at = claim.sentence.index
    told = {
        c.sentence.index: c.sentence.text
        for c in view.claims
        if c.type == "strike" and at - TOLD_BACK <= c.sentence.index < at
    }
    return " ".join(told[i] for i in sorted(told))


def _dispute_pages(claim: Claim, view: ArticleView, index: EvidenceIndex) -> set[int]:
    """The pages cited where the article last told a dispute before the claim (its
    last strike claim's sentence or paragraph): a claim citing nothing that speaks of
    "the strike" speaks of that one. Strike claims citing nothing in between (pickets
    told later in the same dispute) are passed over while every organisation they name
    as striking is named on those pages: other strikers are another dispute's (where
    they picket is no sign of one)."""
    skipped: list[Claim] = []
    strikes = sorted((c for c in view.claims if c.type == "strike"), key=lambda c: c.start)
    for before in reversed(strikes):
        if before.start > claim.end:
            continue
        pages = set(view.primary.get(before.id, set()))
        if not pages:
            skipped.append(before)
            continue
        # Strikers by name ("Kestrel Pilots Association"), not by a noun ("members").
        named = {
            str(n) for c in skipped for n in c.fields.get("strikers") or () if str(n)[:1].isupper()
        }
        if all(any(index.mentions(p, n) for p in pages) for n in named):
            return pages
        return set()
    return set()


_FOUNDED = {"founded", "established", "started", "launched", "set up", "created", "formed"}
# One party telling another to act: a draft's "asked the board to order an end" is the
# page's "directed the board to end it", on one day or on two.
_DIRECTS = {"asked", "ordered", "directed", "instructed", "requested", "urged", "told"}


# Members' assent to a deal, whichever verb tells it: a draft's "approved the settlement"
# is a page's "ratified the contract" or "voted to ratify" it.
_ASSENTS = {
    "approved",
    "approve",
    "approves",
    "ratified",
    "ratify",
    "ratifies",
    "endorsed",
    "endorse",
    "endorses",
}
# Auxiliaries before an event's verb: "was founded" and "founded" tell one founding.
_AUXILIARIES = frozenset("was were is are be been has have had".split())


def _bare_event(event: str) -> str:
    words = event.lower().split()
    while len(words) > 1 and words[0] in _AUXILIARIES:
        words = words[1:]
    return " ".join(words)


def _same_event(a: str, b: str) -> bool:
    a, b = _bare_event(a), _bare_event(b)
    if a == b:
        return True
    groups = (_START, _END, _FOUNDED, _DIRECTS, _ASSENTS)
    if any(a in group and b in group for group in groups):
        return True
    # "sold off" and "sold" are one act; "called off" and "called" are not: a particle
    # is let go only where neither with it tells a start or an end.
    ends = _START | _END
    return a not in ends and b not in ends and _no_particle(a) == _no_particle(b)


def _no_particle(event: str) -> str:
    """An event without a particle after its verb ("sold off" -> "sold")."""
    return event.removesuffix(" off")
