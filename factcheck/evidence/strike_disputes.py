"""The dispute a page is about, read from its structure rather than its sentences: an
encyclopedia infobox lists the parties (every one of them), the dates and the kind of
action ("Type: Lockout", or a heading that calls it one). A claim about that dispute is
borne out or gone against by the infobox even where no sentence of the page tells it in
a form the strike rules read ("the company barred the union's members from its mines")."""

from __future__ import annotations

import re
from collections.abc import Callable, Sequence
from dataclasses import dataclass

from factcheck.evidence.common import Assessment
from factcheck.evidence.date_rows import date_rows
from factcheck.evidence.index import EvidenceIndex
from factcheck.evidence.stoppage_dates import phrases_in
from factcheck.evidence.strike_context import (
    infobox_parties,
    joined,
    story_parties,
    tied_by_role,
)

# An infobox row naming the kind of action ("Type", "Type of action", "Methods").
_KIND_LABEL = re.compile(r"^(?:type|kind|methods?|form)\b", re.IGNORECASE)
_LOCKOUT = re.compile(r"\block(?:s|ed|ing)?[\s-]?outs?\b", re.IGNORECASE)
# The lexicon lists whose words tell a stoppage of work, as a noun or a verb phrase.
_STOPPAGE_LISTS = ("strike", "strike_nouns", "walkout_verbs")
_YEAR = re.compile(r"\b((?:19|20)\d\d)\b")


@dataclass(frozen=True)
class PageDispute:
    """One dispute as a page's infobox or a story's headline and opening give it: the
    index entry a finding quotes, where it stands and its text, the unions and employers
    it names, whether it was a lockout (None
    where the page does not say), and the years its date row spans."""

    entry: int
    where: str
    row: str
    unions: tuple[str, ...]
    employers: tuple[str, ...]
    lockout: bool | None
    years: tuple[int, int] | None
    # The strikers a story's opening names by their trade (an infobox lists them as
    # parties).
    trades: tuple[str, ...] = ()


def page_dispute(index: EvidenceIndex, page: int, date_regex: str) -> PageDispute | None:
    """The dispute a page's infobox describes, or None for a page whose infobox lists no
    employer (a union's own infobox, a page about no dispute)."""
    parties = infobox_parties(index, page)
    if not parties.employers:
        return None
    entry = next(
        (
            i
            for i in index.fact_entries(page, "infobox")
            if (fact := index.sentences[i].fact) is not None and fact.where == parties.where
        ),
        None,
    )
    if entry is None:
        return None
    fact = index.sentences[entry].fact
    return PageDispute(
        entry,
        parties.where,
        str(fact.data.get("value", "")) if fact is not None else "",
        parties.unions,
        parties.employers,
        _lockout(index, page),
        _years(index, page, date_regex),
    )


# How many of a story's first sentences may name the employer its headline leaves out.
_LEDE = 2
# A line with fewer words in lower case is a label, a byline or a dateline, not prose.
_PROSE_WORDS = 5


def story_dispute(
    index: EvidenceIndex, page: int, claimed: Sequence[str] = ()
) -> PageDispute | None:
    """The dispute a news story is about, when its headline tells a stoppage: the
    employers its headline and first sentences name, the unions its own story names (not
    its teasers or captions), the years its date allows (its own or the year before). A
    story need not name every party, so it bears out a claim; it never goes against one
    (see :func:`dispute_findings`). ``claimed`` are the employers a claim names."""
    headline = index.pages[page].title or ""
    told = _told_as(headline, index)
    settled = not any(told) and _SETTLED.search(headline) is not None
    if not any(told) and not settled:
        return None
    # The story's opening sentences, not its labels and bylines.
    lede = [
        i
        for i in index.page_entries(page)
        if index.sentences[i].fact is None
        and index.sentences[i].sentence.role == "body"
        and _prose(index.sentences[i].text)
    ][:_LEDE]
    if not lede:
        return None
    if settled:
        # "X and Y reach tentative agreement": a story of a settlement tells the dispute
        # its opening says the deal ends ("..., ending a strike that began on May 2").
        ended = [m for i in lede for m in _ENDING.finditer(index.sentences[i].text)]
        told = _told_as(" ".join(m.group(0) for m in ended), index)
        if not any(told):
            return None
    story = story_parties(index, page)
    # "The action was called by X and Y": bodies the story names in a workers' body's
    # role are the strike's unions, whatever their names' form.
    roles = [
        name
        for i in index.page_entries(page)
        if index.sentences[i].fact is None and index.sentences[i].sentence.role in ("title", "body")
        for name in tied_by_role(index, i)
    ]
    # The employers its headline names, else those its opening names; a claim's employer
    # counts where either names it, though the tables do not know it as one ("Nordhall's
    # warehouse").
    opening = " ".join(index.sentences[i].text for i in lede)
    telling_lede = [index.sentences[i].text for i in lede]
    employers = tuple(e for e in [*story.employers, *claimed] if _mentioned(e, headline))
    employers = employers or tuple(
        e for e in [*story.employers, *claimed] if _mentioned(e, opening)
    )
    # A claimed employer an opening sentence names where it tells the stoppage is the
    # struck one too, though the headline calls it by another name ("Strike at the X
    # arena", "... workers of X Catering GmbH called out to a warning strike").
    employers += tuple(
        e
        for e in claimed
        if e not in employers
        and any(_mentioned(e, t) and any(_told_as(t, index)) for t in telling_lede)
    )
    employers = tuple(dict.fromkeys(employers))
    if not employers:
        return None
    # The years its headline and the opening sentences telling the stoppage state ("In
    # 2031 ... walked out"), else its own date's and the one before: a year in a
    # sentence of the dispute's background ("without a contract since 2029") is not the
    # stoppage's.
    telling = [headline, *(index.sentences[i].text for i in lede)]
    # Only the clauses telling it: "..., who want an allowance agreed in 2029 paid" dates
    # the allowance.
    stated = sorted(
        {
            int(y)
            for text in telling
            for clause in _RELATIVE.split(text)
            if any(_told_as(clause, index))
            for y in _YEAR.findall(clause)
        }
    )
    published = index.pages[page].published or ""
    year = int(published[:4]) if published[:4].isdigit() else None
    years = (stated[0], stated[-1]) if stated else (year - 1, year) if year else None
    # The trades its opening tells as striking ("Reporters at X walked off the job").
    trades = [
        str(name)
        for i in lede
        for fact in index.facts(i)
        if fact.rule.type == "strike"
        for name in fact.fields.get("strikers", [])
    ]
    return PageDispute(
        lede[0],
        "the story's headline and opening",
        f"{headline} {opening}",
        tuple(dict.fromkeys([*story.unions, *roles])),
        employers,
        _kind(told),
        years,
        tuple(trades),
    )


# Where a relative clause opens, which tells of something else than its head.
_RELATIVE = re.compile(r"[,;]\s+(?=(?:who|which|whose|whom)\b)", re.IGNORECASE)
# A headline telling a settlement: "X and Y reach tentative agreement", "deal struck",
# "union members ratify new contract".
_SETTLED = re.compile(
    r"\b(?:agreement|deal|settlement|accord|contract)s?\b|\bsettle[sd]?\b|\bratif(?:y|ies|ied)\b",
    re.IGNORECASE,
)
# An opening telling the stoppage a settlement ends: "..., ending a strike that began on
# May 2", "a deal that ended the 19-day walkout", "brings to an end a six-week lockout".
_ENDING = re.compile(
    r"\b(?:end(?:s|ed|ing)?|conclud\w*|brought\s+to\s+an\s+end|bring(?:s|ing)?\s+to\s+an\s+end"
    r"|resolv\w*|settl\w*)\s+(?:(?:a|an|the|its|their|this|that)\s+)?(?:[\w-]+\s+){0,3}?"
    r"(?:strikes?|walkouts?|walk-outs?|stoppages?|lock-?outs?|sick-?outs?)\b",
    re.IGNORECASE,
)


def _prose(text: str) -> bool:
    """True for a sentence of prose, not a label, a byline or a dateline."""
    return sum(1 for word in text.split() if word[:1].islower()) >= _PROSE_WORDS


def _told_as(text: str, index: EvidenceIndex) -> tuple[bool, bool]:
    """Whether ``text`` tells a lockout, and whether it tells another stoppage (by the
    lexicon's words for one): "Union strikes at X's warehouse, X hits back with lockout"
    tells both."""
    k = index.extractor.ruleset.knowledge
    words = [w for name in _STOPPAGE_LISTS for w in k.words(name)]
    rest = _LOCKOUT.sub(" ", text)
    struck = bool(phrases_in(rest, words)) or _ABSENT.search(rest) is not None
    return _LOCKOUT.search(text) is not None, struck


# A stoppage told by a verb of absence, in any tense ("cabin crew call in sick", "couriers
# log off", "teachers stay away from classrooms", "staff work to rule"), or by a word for
# a strike in another language ("Warnstreik", "grève", "huelga", "sciopero", "strejk").
_ABSENT = re.compile(
    r"\b(?:call|phone|report)(?:s|ed|ing)?\s+(?:in\s+|out\s+)?sick\b"
    r"|\bstay(?:s|ed|ing)?\s+(?:away|home)\b"
    r"|\blog(?:s|ged|ging)?\s+(?:off|out)\b"
    r"|\b(?:switch|turn)(?:s|es|ed|ing)?\s+off\s+(?:the|their)\s+apps?\b"
    r"|\bwork(?:s|ed|ing)?[\s-]+to[\s-]+rule\b"
    r"|\bdown(?:s|ed|ing)?\s+tools\b"
    r"|\bwalk(?:s|ed|ing)?\s+(?:off|out)\b"
    r"|\w*streik\w*|\bgr[èe]ves?\b|\bhuelgas?\b|\bscioper[oi]\b|\bstrejk\w*"
    r"|\blakko\w*|\bgreves?\b",
    re.IGNORECASE,
)


def tells_stoppage(text: str, index: EvidenceIndex) -> bool:
    """True when ``text`` tells a stoppage of work or a lockout in any of the words the
    lexicon or :data:`_ABSENT` know ("began a work-to-rule", "rief zum Warnstreik auf")."""
    return any(_told_as(text, index))


def tells_settlement(text: str) -> bool:
    """True when ``text`` tells a deal or the end of a stoppage ("reached a tentative
    agreement, ending a strike"): a story of the settlement, which names the parties to
    the deal, not always those of the stoppage."""
    return _SETTLED.search(text) is not None or _ENDING.search(text) is not None


def _kind(told: tuple[bool, bool]) -> bool | None:
    """Whether a dispute told so was a lockout; None where it tells neither or both."""
    locked, struck = told
    return None if locked == struck else locked


def _lockout(index: EvidenceIndex, page: int) -> bool | None:
    """Whether the page's dispute was a lockout, as its kind row says, else its title."""
    told = ""
    for entry in index.fact_entries(page, "infobox"):
        fact = index.sentences[entry].fact
        if fact is not None and _KIND_LABEL.match(str(fact.data.get("label", ""))):
            told = str(fact.data.get("value", ""))
            break
    return _kind(_told_as(told or (index.pages[page].title or ""), index))


def _years(index: EvidenceIndex, page: int, date_regex: str) -> tuple[int, int] | None:
    """The first and last years of the infobox's date row, where it names them."""
    for row in date_rows(index, page, date_regex):
        if row.first is None or row.first.startswith("?"):
            continue
        first = int(row.first[:4])
        last = int(row.last[:4]) if row.last and not row.last.startswith("?") else first
        return first, max(first, last)
    return None


def months_of(index: EvidenceIndex, page: int, date_regex: str) -> tuple[int, int] | None:
    """The first and last months of the infobox's date row, counted from year 0 (year
    times 12 plus the month less one), where it names both ends with their years."""
    for row in date_rows(index, page, date_regex):
        if row.first is None or row.first.startswith("?"):
            continue
        last = row.last or ""
        if not (last[:4].isdigit() and row.first[5:7].isdigit() and last[5:7].isdigit()):
            return None  # an open end ("– present"): any later month may be the dispute's
        first_at = int(row.first[:4]) * 12 + int(row.first[5:7]) - 1
        last_at = int(last[:4]) * 12 + int(last[5:7]) - 1
        return first_at, max(first_at, last_at)
    return None


def in_months(month: int, span: tuple[int, int]) -> bool:
    """True when some year's ``month`` falls within ``span`` (see :func:`months_of`)."""
    first, last = span
    return last - first >= 11 or any((at % 12) + 1 == month for at in range(first, last + 1))


@dataclass(frozen=True)
class ClaimedStrike:
    """What a strike claim says, as the infobox reading needs it: its named unions (not
    strikers told by their trade), its employers, whether it tells a lockout, its year."""

    unions: list[str]
    employers: list[str]
    lockout: bool
    year: int | None


def dispute_findings(
    told: ClaimedStrike,
    dispute: PageDispute,
    *,
    exhaustive: bool,
    same: Callable[[list[str], list[str]], list[str]],
    weight: float,
) -> list[Assessment]:
    """How a page's dispute bears on a claim. The claim is about it when it names one of
    the dispute's employers (or, naming none, one of its unions) and tells the same kind
    of action in the dispute's years (a claim naming a year needs a dispute that states
    its years). Then the dispute bears it out when its unions
    include the claim's (or the claim names none). An ``exhaustive`` dispute (an infobox
    of a page the claim cites: it lists every party) goes against the claim when it lists
    other unions only, or other employers only. ``same`` gives the claimed names that a
    list of the page's names covers, as the strike comparator reads party identity."""
    if dispute.lockout is not None and dispute.lockout != told.lockout:
        return []  # another kind of action: maybe another dispute, maybe a wrong word
    # A claim's year tells its dispute from the employer's others: a dispute of no
    # stated year may be another.
    if told.year is not None and not _in_years(told.year, dispute.years):
        return []
    employers = same(told.employers, list(dispute.employers))
    unions = same(told.unions, list(dispute.unions))
    strikers = joined(dispute.unions) if dispute.unions else "workers"
    listed = f"{strikers} against {joined(dispute.employers)} ({dispute.where})"
    if employers and (unions or not told.unions):
        return [Assessment(dispute.entry, "supports", weight, weight * 100, listed)]
    if not told.employers and unions:
        return [Assessment(dispute.entry, "supports", weight, weight * 100, listed)]
    if not exhaustive:
        return []
    # A party the row names in a note ("Y (the water company's workers)") is a party of
    # the dispute after all, though not one of its items.
    if employers and told.unions and dispute.unions and not _noted(told.unions, dispute.row):
        said = f"{listed}, not {joined(told.unions)}"
        return [Assessment(dispute.entry, "contradicts", weight, weight * 100, said)]
    # Every union the claim names is a party of the row, on whichever side (a lockout
    # claim may give the employers' body as the workers' side it read before): the claim
    # is about this dispute.
    parties = same(told.unions, [*dispute.unions, *dispute.employers])
    named_all = parties and len(parties) == len(told.unions)
    if named_all and told.employers and not _noted(told.employers, dispute.row):
        said = f"{joined(told.employers)} not among the parties ({dispute.where})"
        return [Assessment(dispute.entry, "contradicts", weight, weight * 100, said)]
    return []


def _in_years(year: int, years: tuple[int, int] | None) -> bool:
    return years is not None and years[0] <= year <= years[1]


def _noted(names: list[str], text: str) -> bool:
    """True when ``text`` names any of ``names`` as words of its own."""
    return any(_mentioned(name, text) for name in names)


def _mentioned(name: str, text: str) -> bool:
    return re.search(rf"(?<!\w){re.escape(name)}(?!\w)", text, re.IGNORECASE) is not None
