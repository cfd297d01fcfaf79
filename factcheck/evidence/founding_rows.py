"""When an organisation was founded, as the infobox of its own page gives it ("Formed:
4 August 1971", "Founded: 1911", "Creación: 21 de abril de 2005"), for a draft's "was
founded in 1966" about it. A body is founded once, so another year refutes the claim;
only a page the claim cites is read, and only where the page names what the claim
says was founded."""

from __future__ import annotations

import re

from factcheck.claims.values import DateValue, Parsers
from factcheck.evidence.base import CITED_FACT_SCORE, ArticleView
from factcheck.evidence.common import Assessment, compare_dates
from factcheck.evidence.index import EvidenceIndex
from factcheck.model import Claim

# Infobox labels that give when the page's body came to be, in English and in the
# languages whose encyclopedias a draft cites most ("Fundación", "Gründung").
_FOUNDED_LABEL = re.compile(
    r"^\s*(?:(?:date\s+)?(?:founded|formed|established|created|incorporated|inception)"
    r"|founding(?:\s+date)?|foundation|establishment|creation"
    r"|fundaci[oó]n|creaci[oó]n|funda[cç][aã]o|cria[cç][aã]o|fondation|cr[ée]ation"
    r"|fondazione|gr[üu]ndung|gegr[üu]ndet|oprichting|opgericht)\s*$",
    re.IGNORECASE,
)
# Month names of the languages above, for a date written in one ("21 de abril de 2005",
# "9 mars 1990", "1. März 1952", "3 maart 1899").
_MONTHS = {
    **dict.fromkeys(("enero", "janeiro", "janvier", "gennaio", "januar", "januari"), 1),
    **dict.fromkeys(("febrero", "fevereiro", "février", "fevrier", "febbraio", "februar"), 2),
    **dict.fromkeys(("februari",), 2),
    **dict.fromkeys(("marzo", "março", "marco", "mars", "märz", "maerz", "maart"), 3),
    **dict.fromkeys(("abril", "avril", "aprile"), 4),
    **dict.fromkeys(("mayo", "maio", "mai", "maggio", "mei"), 5),
    **dict.fromkeys(("junio", "junho", "juin", "giugno", "juni"), 6),
    **dict.fromkeys(("julio", "julho", "juillet", "luglio", "juli"), 7),
    **dict.fromkeys(("agosto", "août", "aout", "augustus"), 8),
    **dict.fromkeys(("septiembre", "setiembre", "setembro", "septembre", "settembre"), 9),
    **dict.fromkeys(("octubre", "outubro", "octobre", "ottobre", "oktober"), 10),
    **dict.fromkeys(("noviembre", "novembro", "novembre"), 11),
    **dict.fromkeys(("diciembre", "dezembro", "décembre", "decembre", "dicembre", "dezember"), 12),
}
_FOREIGN = re.compile(
    r"(?:(?P<day>\d{1,2})(?:\.|º|°|er)?\s+(?:de\s+)?)?(?P<month>[^\W\d_]+)\s+(?:de\s+|del\s+)?"
    r"(?P<year>1[5-9]\d\d|20\d\d)\b",
    re.IGNORECASE,
)
_YEAR = re.compile(r"(?<!\d)(1[5-9]\d\d|20\d\d)(?!\d)")


def founding_value(value: str, date_regex: str, parsers: Parsers) -> str | None:
    """The first date an infobox value gives (ISO, as precise as written): in English
    ("4 August 1971"), in another language's words ("21 de abril de 2005",
    "1. März 1952"), or a year alone ("1911; 114 years ago"). None without a year."""
    plain = re.sub(r"\([^()]*\)", " ", value)
    foreign = _FOREIGN.search(plain)
    english = re.search(date_regex, plain, re.IGNORECASE)
    if english is not None and (foreign is None or english.start() <= foreign.start()):
        told = parsers.date(english.group(0))
        if told.year is not None:
            return told.iso()
    if foreign is not None and foreign.group("month").lower() in _MONTHS:
        day = int(foreign.group("day")) if foreign.group("day") else None
        month = _MONTHS[foreign.group("month").lower()]
        return DateValue(int(foreign.group("year")), month, day).iso()
    year = _YEAR.search(plain)
    return year.group(1) if year else None


def founding_rows(
    claim: Claim, date: str, index: EvidenceIndex, view: ArticleView
) -> list[Assessment]:
    """A founding claim's date against the founding row of the infobox of each page the
    claim cites that names the claim's subject (in its title or its first sentences;
    without a subject, the last name its sentence gives before it: "the fisheries
    registry, INPA, created by statute in 1994"): the same date, to the parts both
    give, backs the claim; another refutes it."""
    said = str(claim.fields.get("subject") or "").strip() or _named_before(claim, view)
    subject = re.sub(r"^(?:the|an?)\s+", "", said, flags=re.IGNORECASE)
    if not subject:
        return []
    macros, parsers = view.extractor.ruleset.macros, view.extractor.parsers
    out = []
    for page in sorted(view.primary.get(claim.id, set())):
        rows = [
            (entry, fact)
            for entry in index.fact_entries(page, "infobox")
            if (fact := index.sentences[entry].fact) is not None
            and _FOUNDED_LABEL.match(str(fact.data.get("label", "")))
        ]
        if not rows or not _page_names(subject, index, page):
            continue
        entry, fact = rows[0]
        told = founding_value(str(fact.data.get("value", "")), macros.date, parsers)
        if told is None:
            continue
        stance = compare_dates(date, told)
        if stance is not None:
            found = f"{told} ({fact.data.get('label')})"
            out.append(Assessment(entry, stance, CITED_FACT_SCORE / 100, CITED_FACT_SCORE, found))
    return out


def _named_before(claim: Claim, view: ArticleView) -> str:
    """The last organisation or capitalised name the claim's sentence gives before the
    claim ("the Tariff Board, TBX, created in 1979" -> "TBX"); empty if none."""
    before = claim.sentence.text[: claim.start - claim.sentence.start]
    names = [(before.rfind(o), o) for o in view.orgs(before)]
    names += [(start, name) for name, start, _ in view.extractor.parsers.proper_names(before)]
    return max(names)[1] if names else ""


# How many of a page's first sentences of prose (six words or more ending in a stop: an
# infobox's cells and a page's headings do not) are read for the name of what it is about.
_OPENING = 3
_PROSE_WORDS = 6


def _page_names(subject: str, index: EvidenceIndex, page: int) -> bool:
    """True when a page is about the claim's subject: its title or its opening sentences
    of prose name it (by any alias, or word for word)."""
    texts = [index.pages[page].title or ""]
    for entry in index.page_entries(page):
        text = index.sentences[entry].text
        if len(text.split()) >= _PROSE_WORDS and text.rstrip().endswith((".", "!", "?")):
            texts.append(text)
        if len(texts) > _OPENING:
            break
    return index.mentions_in(" ".join(texts), subject, page)
