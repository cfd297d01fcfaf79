"""Dates read loosely from a source sentence: a date the sentence gives with the claim's
event named in it by any form of the same verb ("agreed to postpone the vote until June
9" for "the vote was postponed until June 9")."""

from __future__ import annotations

import re
from dataclasses import dataclass

from factcheck.claims.values import Parsers
from factcheck.evidence.base import CITED_FACT_SCORE, ArticleView
from factcheck.evidence.common import Assessment
from factcheck.evidence.index import EvidenceIndex, keywords
from factcheck.model import Claim, Stance


@dataclass(frozen=True)
class DatedMention:
    """A date written in a sentence (ISO, as precise as written) and where it stands."""

    date: str
    start: int
    end: int


def event_stem(event: str) -> str:
    """The comparable stem of an event's verb: its last word, stemmed ("was postponed"
    -> "postpon"); empty when the event has no content word."""
    words = keywords(event).split()
    if len(words) > 1 and words[-1] in _PARTICLES:
        words = words[:-1]  # "called off": the verb is "call"
    return words[-1] if words else ""


# Particles a date rule keeps with their verb ("called off"), which are no verb's stem.
_PARTICLES = frozenset({"off"})


def names_event(text: str, stem: str) -> bool:
    """True when a word of ``text`` is a form of the verb whose stem is ``stem``: the
    stemmer leaves "ratified" as "ratifi" and "ratify" whole, so a last "i" or "y" is
    let go on both sides."""
    if len(stem) < 3:
        return False
    root = _root(stem)
    return any(
        _root(keywords(w)) == root
        for w in re.findall(r"[A-Za-z]+", text)
        if w[:2].lower() == stem[:2]
    )


# Where a clause of a sentence begins: a stop, a dash, a bracket, a comma, or a word
# that opens a clause telling another event ("stopped work after the talks ended",
# "walked out once the meeting finished").
_OPENERS = r"(?:after|before|when|once|as|while|until|because|since|although|though|whereas)"
# The marks that end a clause whatever its words: a stop, a dash, a bracket, a comma.
CLAUSE_EDGE = r"[.;:!?()\u2013\u2014]|,\s"
_CLAUSE_BREAK = re.compile(rf"{CLAUSE_EDGE}|\s(?={_OPENERS}\s)", re.IGNORECASE)
_OPENS = re.compile(rf"\s*{_OPENERS}\s", re.IGNORECASE)
# A clause that tells more of the thing named just before it ("the walkout, which
# ended ...") is read with that thing, and so is a clause after such an aside ("the
# walkout, which ran a week, ended ...").
_RELATIVE = re.compile(r"\s*(?:which|who|that)\b", re.IGNORECASE)


def event_clauses(text: str, stem: str) -> list[str]:
    """The clauses of ``text`` holding a form of the verb whose stem is ``stem``
    (:func:`names_event`), each with what it tells of: a relative clause is read
    with the clause before it. "Crews stopped work after the talks ended" tells
    that the talks ended, not the work; :func:`opens_clause` tells such a clause."""
    pieces, at = [], 0
    for m in _CLAUSE_BREAK.finditer(text):
        pieces.append(text[at : m.start()])
        at = m.end()
    pieces.append(text[at:])
    out = []
    for i, piece in enumerate(pieces):
        if not names_event(piece, stem):
            continue
        first = i
        while (
            first > 0
            and not _OPENS.match(pieces[first])
            and (_RELATIVE.match(pieces[first]) or _RELATIVE.match(pieces[first - 1]))
        ):
            first -= 1
        out.append(" ".join(pieces[first : i + 1]))
    return out


def own_clauses(text: str, at: int) -> str:
    """``text`` without the clauses that tell another event than its own (opened by
    "after", "when", "because"...), save the one that holds ``text[at]``: "locked the
    gates on 22 January, after the union's go-slow" dates the lock-out, not the go-slow.
    """
    kept, begin = [], 0
    for m in [*_CLAUSE_BREAK.finditer(text), None]:
        end = len(text) if m is None else m.start()
        piece = text[begin:end]
        if not opens_clause(piece) or begin <= at < max(end, begin + 1):
            kept.append(piece)
        if m is not None:
            begin = m.end()
    return " ".join(kept)


def opens_clause(clause: str) -> bool:
    """True when ``clause`` opens with a word that makes it tell another event than its
    sentence's own ("after the talks ended", "when the meeting finished")."""
    return _OPENS.match(clause) is not None


def _root(stem: str) -> str:
    return stem[:-1] if len(stem) > 4 and stem[-1] in "iy" else stem


def dated_mentions(text: str, date_regex: str, parsers: Parsers) -> list[DatedMention]:
    """Every date in ``text`` that names at least a month, in order."""
    found = []
    for m in re.finditer(date_regex, text, re.IGNORECASE):
        value = parsers.date(m.group(0))
        if value.month is not None:
            found.append(DatedMention(value.iso(), m.start(), m.end()))
    return found


# A date written in figures: "11/06/2025", "5.8.2024".
_NUMERIC = re.compile(r"(?<![\d/.-])(\d{1,2})[/.-](\d{1,2})[/.-](\d{4})(?![\d/.-])")
_ISO = re.compile(r"(?<!\d)(\d{4})-(\d{2})-(\d{2})(?!\d)")
# Times of day come out before a written date is read: "9:30 am on 3rd March".
_TIME = re.compile(r"\b\d{1,2}[:.]\d{2}(?:\s*[ap]\.?m\.?)?|\b\d{1,2}\s*[ap]\.?m\.?", re.I)
_RANGE_TO = re.compile(r"\s+(?:to|until|till|through|-|–|—)\s+", re.I)


def last_date(value: str, parsers: Parsers) -> str | None:
    """The date a field's value ends on, ISO ("03/02/2025 to 03/27/2025" -> "2025-03-27";
    "9:30 am on Friday 4th April 2025" -> "2025-04-04"). Figures are read month
    first or day first only when one of the value's dates shows which (a part above 12):
    an order the value leaves open gives no date, never a guess."""
    isos = _ISO.findall(value)
    if isos:
        return "-".join(isos[-1])
    numeric = _NUMERIC.findall(value)
    if numeric:
        month_first = any(int(b) > 12 for _, b, _ in numeric)
        day_first = any(int(a) > 12 for a, _, _ in numeric)
        if month_first == day_first:
            return None
        first, second, year = numeric[-1]
        month, day = (first, second) if month_first else (second, first)
        return f"{year}-{int(month):02d}-{int(day):02d}"
    written = parsers.date(_RANGE_TO.split(_TIME.sub(" ", value))[-1])
    return written.iso() if written.month is not None else None


# Verbs that tell something said, whichever of them a writer picks: a draft's "announced
# on 5 May that it would ..." is a page's "said on Monday, 4 May, that it will ...": one
# act of telling, on one day.
_TELLING = (
    r"(?:announced|announces|said|says|revealed|reveals|unveiled|unveils|disclosed"
    r"|discloses|confirmed|confirms|declared|declares|stated|states|made\s+public)"
)
_TELLING_STEMS = frozenset({"announc", "said", "reveal", "unveil", "disclos", "confirm", "declar"})
_WEEKDAY = r"(?:(?:Mon|Tues|Wednes|Thurs|Fri|Satur|Sun)day,?\s+)"
# How many content words of what was told a source's telling must share with the
# claim's, at least (or all the claim's, if it has fewer), to be the same telling.
TOLD_SHARED_WORDS = 3


def tells(event: str) -> bool:
    """True when a date claim's event is an act of telling ("announced", "revealed")."""
    return _root(event_stem(event)) in {_root(s) for s in _TELLING_STEMS}


def _what_told(text: str, start: int) -> set[str]:
    """The content words of what a sentence tells after ``start`` (its that-clause, up to
    where that clause ends), figures kept."""
    rest = re.split(r"[;:()]|\.(?:\s|$)", text[start:], maxsplit=1)[0]
    return set(keywords(rest).split())


def told_on(
    subject: str,
    claim_text: str,
    claim_end: int,
    text: str,
    date_regex: str,
    parsers: Parsers,
    told_before_day: frozenset[str] = frozenset(),
) -> str | None:
    """The day (ISO) a source sentence says the claim's subject told what the claim says
    it told ("X said on Monday, December 4, 2023, that it will cut 800 posts" for "X
    announced on December 5 that it would cut about 800 posts"); None when it tells no
    such thing. The sentence must name the subject before its verb of telling, give a
    day of the month right after that verb, and share at least
    :data:`TOLD_SHARED_WORDS` content words of what is told (``claim_text`` after
    ``claim_end``, with ``told_before_day``: the words the claim tells between its verb
    and its day, as in "X unveiled the 900-bed plan on 3 May")."""
    if not subject.strip():
        return None
    ours = _what_told(claim_text, claim_end) | told_before_day
    least = min(TOLD_SHARED_WORDS, len(ours))
    if least == 0:
        return None
    pattern = rf"\b{_TELLING}\s+(?:on\s+)?{_WEEKDAY}?(?P<date>{date_regex})"
    for m in re.finditer(pattern, text, re.IGNORECASE):
        if subject.lower() not in text[: m.start()].lower():
            continue
        value = parsers.date(m.group("date"))
        if value.month is None or value.day is None:
            continue
        if len(ours & _what_told(text, m.end())) >= least:
            return value.iso()
    return None


def _told_before_day(claim_text: str, event: str, date_regex: str) -> frozenset[str]:
    """The content words a date claim tells between its verb of telling and its day
    ("the 900-bed plan" of "X unveiled the 900-bed plan on 3 May"): a page may tell the
    same after its own day ("X announced on 2 April that it will build 900 beds")."""
    verb = re.search(rf"\b{re.escape(event)}\b", claim_text, re.IGNORECASE) if event else None
    if verb is None:
        return frozenset()
    days = list(re.finditer(date_regex, claim_text[verb.end() :], re.IGNORECASE))
    if not days:
        return frozenset()
    return frozenset(keywords(claim_text[verb.end() : verb.end() + days[-1].start()]).split())


def telling_days(
    claim: Claim, date: str, index: EvidenceIndex, view: ArticleView, done: set[int]
) -> list[tuple[int, Stance, str]]:
    """The days the claim's cited pages say its subject told what the claim says it told
    on ``date`` (:func:`told_on`), each with its entry and stance: the same day backs the
    claim, another refutes it. Only a claim giving a day of the month; entries in
    ``done`` (already read for the claim) are left out."""
    if date.count("-") != 2 or "?" in date[5:]:
        return []
    subject = str(claim.fields.get("subject") or "")
    at = claim.start - claim.sentence.start
    macros, parsers = view.extractor.ruleset.macros, view.extractor.parsers
    before_day = _told_before_day(claim.text, str(claim.fields.get("event") or ""), macros.date)
    out: list[tuple[int, Stance, str]] = []
    for page in sorted(view.primary.get(claim.id, set())):
        for entry in index.page_entries(page):
            if entry in done or index.sentences[entry].fact is not None:
                continue
            day = told_on(
                subject,
                claim.sentence.text,
                at + len(claim.text),
                index.sentences[entry].text,
                macros.date,
                parsers,
                before_day,
            )
            if day is None:
                continue
            ours, theirs = date.split("-"), day.split("-")
            shared = [(x, y) for x, y in zip(ours, theirs, strict=True) if "?" not in y]
            stance: Stance = "supports" if all(x == y for x, y in shared) else "contradicts"
            out.append((entry, stance, day))
    return out


def telling_assessments(
    claim: Claim, date: str, index: EvidenceIndex, view: ArticleView, done: set[int]
) -> list[Assessment]:
    """:func:`telling_days` as assessments, each weighed as a cited page's fact."""
    return [
        Assessment(entry, stance, CITED_FACT_SCORE / 100, CITED_FACT_SCORE, day)
        for entry, stance, day in telling_days(claim, date, index, view, done)
    ]
