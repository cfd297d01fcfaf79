"""The parties a page gives a strike outside the sentence that tells it: the unions and
employers named in the sentence's paragraph, and an encyclopedia infobox's parties
("Parties: Union of X; Ministry of Y"). "Teachers walked off the job in a one-day
national strike" names neither side; the paragraph or the infobox around it does."""

from __future__ import annotations

import re
from collections.abc import Sequence
from dataclasses import dataclass

from factcheck.claims.values import BRAND_NAME
from factcheck.evidence.index import EvidenceIndex

# Infobox rows that name who was on each side of a dispute.
_PARTY_LABEL = re.compile(
    r"^(?:part(?:y|ies)(?:\s+to\s+the\s+(?:dispute|strike|conflict))?|sides?|unions?|"
    r"employers?|(?:called|organi[sz]ed|led)\s+by|strikers)\b",
    re.IGNORECASE,
)
# An item's note in brackets ("Union of X (UX)"), after a dash, or on what it heads
# ("X Federation and its regional associations") is not its name.
_NOTE = re.compile(
    r"\s*(?:\([^)]*\)|\[[^\]]*\]|\s[–—-]\s.*|,?\s(?:and|with)\s+(?:its|their|affiliated|associated)\s.*)\s*"
)
# A bracket holding no other bracket: notes are taken off from the innermost out.
_BRACKETS = re.compile(r"\s*(?:\([^()]*\)|\[[^\[\]]*\])\s*")
# A side's label, alone on a line of a parties cell or before its names: "Employer
# associations:", "Unions:", "Management side:".
_SIDE_LABEL = re.compile(r"[A-Z][\w'’ -]{0,40}:")
_LABEL_BEFORE = re.compile(r"^[A-Z][\w'’ -]{0,40}:\s+")
_EMPLOYER_SIDE = re.compile(r"\b(?:employers?|management|compan(?:y|ies)|owners?)\b", re.I)
_UNION_SIDE = re.compile(r"\b(?:unions?|workers|employees|strikers|staff)\b", re.I)
# A note telling a body as the employers' own: "X Association, on behalf of its member
# operators", "Y Federation (the employers' organisation)", "Z (and its regional
# employers' associations)".
_FOR_EMPLOYERS = re.compile(
    r"\bon\s+behalf\s+of\s+(?:its|their|the)\s+(?:member\s+)?(?:operators|companies|employers|firms"
    r"|shipowners|owners|producers|carriers)\b"
    r"|\bemployers?['’]?\s+(?:association|organi[sz]ation|federation|body|group|confederation)s?\b",
    re.I,
)


@dataclass(frozen=True)
class Parties:
    """Unions and employers a page names for a strike, and where it names them."""

    unions: tuple[str, ...] = ()
    employers: tuple[str, ...] = ()
    where: str = ""

    def __bool__(self) -> bool:
        return bool(self.unions or self.employers)


def joined(names: Sequence[str]) -> str:
    """ "A", "A and B", "A, B and C"."""
    return names[0] if len(names) == 1 else ", ".join(names[:-1]) + " and " + names[-1]


def infobox_parties(index: EvidenceIndex, page: int) -> Parties:
    """The parties a page's infobox lists under a parties row: each item a union when it
    reads as one, else an employer (a list of participants' numbers names no party)."""
    unions: list[str] = []
    employers: list[str] = []
    where = ""
    for entry in index.fact_entries(page, "infobox"):
        fact = index.sentences[entry].fact
        if fact is None or not _PARTY_LABEL.match(str(fact.data.get("label", ""))):
            continue
        where = where or fact.where
        items = [str(item) for item in fact.data.get("items", ())]
        cell_of = _cell_numbers(fact.data.get("cells"), len(items))
        side = ""
        named: list[tuple[str, bool]] = []
        cells: list[int] = []
        noted: set[str] = set()
        for whole, after, cell in zip(items, [*items[1:], ""], cell_of, strict=True):
            # A side's label on a line of its own ("Employer associations:") names no
            # party; it tells the side of the parties that follow it.
            if _SIDE_LABEL.fullmatch(whole.strip()):
                side = whole.strip()
                continue
            for item in parties_in_item(whole):
                found = _named_side(item, after, side, index, page)
                if found:
                    named.append(found)
                    cells.append(cell)
                    if employers_note(item, after):
                        noted.add(found[0])
        if not side:
            named = _sides_by_cell(named, cells)
        for party, union in _workers_side(named, side, index, noted):
            (unions if union else employers).append(party)
    return Parties(tuple(dict.fromkeys(unions)), tuple(dict.fromkeys(employers)), where)


def _cell_numbers(counts: object, total: int) -> list[int]:
    """The cell each of a row's ``total`` items stands in, by the cells' item
    ``counts``; all in one cell when the row does not tell."""
    if not isinstance(counts, tuple) or sum(counts) != total:
        return [0] * total
    return [cell for cell, count in enumerate(counts) for _ in range(count)]


def _sides_by_cell(named: list[tuple[str, bool]], cells: list[int]) -> list[tuple[str, bool]]:
    """A parties row that gives each side a cell of its own ("Union A / Body B / C" in
    one cell, the employers in the next): when the unions by name all stand in one
    cell and another cell holds none, every party of that cell is on the workers' side
    and every other on the employers'. A body whose name reads as no union ("Forum of
    X Staff", a one-word name) is then read by its cell."""
    union_cells = {cell for (_, union), cell in zip(named, cells, strict=True) if union}
    if len(union_cells) != 1 or len(set(cells)) < 2:
        return named
    (workers,) = union_cells
    return [(name, cell == workers) for (name, _), cell in zip(named, cells, strict=True)]


# A public body, which is an employer though no company: "Government of X", "X City
# Council", "Ministry of Health", "X Health Authority".
_PUBLIC_BODY = re.compile(
    r"\b(?:government|ministry|department|council|city|state|county|municipality|authority|"
    r"agency|administration|board|trust|commission|office|service|hospitals?|universit(?:y|ies)|"
    r"schools?|district|republic|province)\b",
    re.IGNORECASE,
)


def public_body(name: str) -> bool:
    """True for a name of a public body ("Ministry of X", "Y City Council")."""
    return _PUBLIC_BODY.search(name) is not None


def _workers_side(
    named: list[tuple[str, bool]], side: str, index: EvidenceIndex, noted: set[str]
) -> list[tuple[str, bool]]:
    """The parties of one parties row, each with whether it is the workers' side. A
    row with no union by name, whose other side is a company by its legal form or the
    tables ("Riders' Collective of X; Y Ltd", "X workers' committee; Y plc"), or a body
    its note tells as the employers' (those ``noted``), lists the workers' side as the
    party that is neither a company nor a public body nor such a body."""
    if side or any(union for _, union in named) or len(named) < 2:
        return named
    # By the tables or the name's form: what a page calls a party in passing ("X, an
    # informal network") does not make it a company.
    # A public body is the employers' side as a company is ("X Teachers' College;
    # Ministry of Education").
    company = [
        index.extractor.parsers.is_company_name(name)
        or _PUBLIC_BODY.search(name) is not None
        or name in noted
        for name, _ in named
    ]
    if not any(company) or all(company):
        return named
    return [(name, not firm) for (name, _), firm in zip(named, company, strict=True)]


def parties_in_item(item: str) -> list[str]:
    """The parties one line of an infobox cell lists: several, set apart by semicolons
    ("BT Group; Openreach"), each without a label before a colon ("Employers: X") or its
    notes; a line that is only a note ("(with the support of Y; Z)") lists none."""
    return [
        _LABEL_BEFORE.sub("", side.strip())
        for piece in _split_outside_brackets(item)
        for side in _VERSUS.split(piece)
        if side.strip()
    ]


# Two sides in one line, set against each other: "X vs. Y", "X versus Y", "X v Y".
_VERSUS = re.compile(r"\s+(?:vs?\.?|versus)\s+(?=[A-Z])")


def _split_outside_brackets(text: str) -> list[str]:
    """``text`` split at the semicolons that stand outside brackets."""
    pieces, depth, start = [], 0, 0
    for i, ch in enumerate(text):
        if ch in "([":
            depth += 1
        elif ch in ")]":
            depth = max(depth - 1, 0)
        elif ch == ";" and depth == 0:
            pieces.append(text[start:i])
            start = i + 1
    pieces.append(text[start:])
    return [p for p in pieces if p.strip()]


def _without_notes(item: str) -> str:
    """``item`` less its notes: brackets (nested ones too) and what follows a dash."""
    previous = None
    while previous != item:
        previous, item = item, _BRACKETS.sub(" ", item)
    return _NOTE.sub(" ", item).strip(" ,;")


def employers_note(item: str, after: str) -> bool:
    """True when an infobox item's note, in the item or on the next line alone ("(X), on
    behalf of its member operators"), tells a body of employers, whatever its name."""
    note = after if after.lstrip()[:1] in ("(", ",", "") or after[:1].islower() else ""
    return _FOR_EMPLOYERS.search(f"{item} {note}") is not None


def _named_side(
    item: str, after: str, side: str, index: EvidenceIndex, page: int
) -> tuple[str, bool] | None:
    """The party an infobox item names, and whether it is a union; None for an item
    that names none (a count, a note, a word in lower case). Under a side's label the
    label tells the side ("Employers:"); else the name does. ``after`` is the cell's
    next line, which may hold the item's short name alone ("(AHE)")."""
    ctx = index.context(page)
    name = _MANAGEMENT.sub("", _without_notes(item)).strip(" ,;")
    # A local's number is part of its name ("Teamsters Local 710"); other figures
    # are a count of participants.
    # A brand's small first letters ("eZippa") still open a name.
    opens_name = name[:1].isupper() or BRAND_NAME.match(name) is not None
    if not name or not opens_name or re.search(r"\d", _NUMBERED.sub("", name)):
        return None
    branch = _NUMBERED.search(name)
    if branch and branch.start() > 0:
        # "Teamsters Local 710": the union as the tables name it, and its branch.
        name = f"{_canonical(index, page, name[: branch.start()].strip())} {branch.group(0)}"
    else:
        name = _canonical(index, page, name)
    # Its short name in its brackets, or in the next line's alone ("(AHE)").
    short = _SHORT.search(item) or _SHORT.fullmatch(after.strip())
    if short and not _known(index, page, name) and _known(index, page, short.group(1)):
        # "Alliance of Harbour Employers (AHE)": the tables know it by its short name.
        name = _canonical(index, page, short.group(1))
    if _EMPLOYER_SIDE.search(side) or employers_note(item, after):
        return name, False
    if _UNION_SIDE.search(side):
        return name, True
    return name, index.extractor.parsers.is_union_name(name, ctx)


def paragraph_parties(index: EvidenceIndex, entry: int) -> Parties:
    """The organisations named in the paragraph of sentence ``entry``, the sentence
    itself included: unions by their names or what the page calls them, the others
    employers."""
    s = index.sentences[entry]
    if s.fact is not None:
        return Parties()
    same = [
        i
        for i in index.page_entries(s.page)
        if index.sentences[i].sentence.block == s.sentence.block
    ]
    return _parties_in(index, s.page, same, "paragraph")


def sentence_parties(index: EvidenceIndex, entry: int) -> Parties:
    """The unions and employers sentence ``entry`` names."""
    return _parties_in(index, index.sentences[entry].page, [entry], "sentence")


# The blocks of a page that are its own story, where a union it names is the story's.
_STORY_ROLES = frozenset({"title", "body"})


def story_parties(index: EvidenceIndex, page: int) -> Parties:
    """The organisations a page's own story names (its title and body, not captions,
    labels or teasers): unions, and the others as employers."""
    entries = [
        i
        for i in index.page_entries(page)
        if index.sentences[i].fact is None and index.sentences[i].sentence.role in _STORY_ROLES
    ]
    return _parties_in(index, page, entries, "story")


# A label of the page's genre opening a headline in capitals, before a colon: "MEDIA
# RELEASE: ...", "PRESS STATEMENT: ...", "BREAKING NEWS: ...".
_GENRE_LABEL = re.compile(r"^\W*((?-i:[A-Z]{2,}(?:\s+[A-Z]{2,})+))\s*:")


def genre_label(text: str) -> str | None:
    """The words in capitals a sentence opens on before a colon, when two or more: a
    label of the page's kind, not a party ("PRESS STATEMENT: Union to ...")."""
    m = _GENRE_LABEL.match(text)
    return m.group(1) if m else None


def _parties_in(index: EvidenceIndex, page: int, entries: list[int], where: str) -> Parties:
    """The unions and employers the sentences ``entries`` of ``page`` name."""
    ctx = index.context(page)
    parsers = index.extractor.parsers
    unions: list[str] = []
    employers: list[str] = []
    for i in entries:
        other = index.sentences[i]
        label = genre_label(other.text)
        found = parsers.orgs(other.text, ctx)
        names = parsers.proper_names(other.text, ctx)
        # A name that opens with an alias the tables know is that organisation (a long
        # name whose first words are a union's alias); one that holds an alias further
        # in is an organisation of its own ("Tarn Bakers United" is not "Bakers United").
        inside = {(ks, ke) for _, ks, ke in found for _, s, e in names if s < ks and ke <= e}
        known = list(dict.fromkeys(n for n, ks, ke in found if (ks, ke) not in inside))
        # A union's name reads as one even where it "says" something, as a person would.
        named = [
            ctx.names.canonical(n)
            for n, s, e in names
            if not any(s == ks and (ks, ke) not in inside for _, ks, ke in found)
        ]
        unions += [n for n in [*known, *named] if parsers.is_union_name(n, ctx)]
        orgs = known + [
            _canonical(index, page, n) for n in index.extractor.organisation_names(other.text, ctx)
        ]
        employers += [n for n in orgs if not parsers.is_union_name(n, ctx) and n != label]
    return Parties(tuple(dict.fromkeys(unions)), tuple(dict.fromkeys(employers)), where)


# An employer told as its management, before or after its name: "X Ltd. management",
# "Management of X", "the board of X".
_MANAGEMENT = re.compile(
    r"^(?:the\s+)?(?:management|board\s+of\s+directors|owners)\s+of\s+"
    r"|(?<=\w)\.?\s+(?-i:management|bosses|owners)$",
    re.IGNORECASE,
)


# A numbered branch of a union: "Local 710", "Lodge 1943", "District 9".
_NUMBERED = re.compile(r"\b(?:Local|Lodge|Branch|District|Region|Chapter|Division)\s+\d+\b")
# An item's short name in brackets: "Alliance of Harbour Employers (AHE)".
_SHORT = re.compile(r"\((?-i:([A-Z][A-Za-z&-]{1,9}))\)")


def _known(index: EvidenceIndex, page: int, name: str) -> bool:
    """True when the tables know ``name`` as one organisation."""
    return len(index.extractor.sentence_orgs(name, index.context(page))) == 1


def _canonical(index: EvidenceIndex, page: int, name: str) -> str:
    """A name as the tables know it, when they know it by another spelling ("AMPTP"),
    not by words inside it: "Kessel Lab Workers United" is no table's "Workers United"."""
    ctx = index.context(page)
    inside = [n for n, s, e in index.extractor.parsers.orgs(name, ctx) if (s, e) != (0, len(name))]
    if inside and len(inside) == len(index.extractor.parsers.orgs(name, ctx)):
        return name
    known = index.extractor.sentence_orgs(name, ctx)
    return known[0] if len(known) == 1 else name


# A tie by a role only a workers' body has: "called by X", "represented by X and Y".
_ROLE_TIE = re.compile(
    r"\b(?:represented|called|organi[sz]ed|co-?ordinated)\s+(?:[a-z]+ly\s+)?by\s+(?:the\s+)?",
    re.IGNORECASE,
)
# What joins a listed name to the one before: "X and Y", "X, Y and the Z".
_NAMES_JOIN = re.compile(r"\s*(?:,\s*(?:and\s+)?|\s+and\s+|\s*&\s*)(?:the\s+)?")


def tied_by_role(index: EvidenceIndex, entry: int) -> list[str]:
    """The names a sentence gives right after a workers' body's role ("called jointly by
    X and Y"), each of a list: who calls a stoppage or represents its workers is a
    workers' body by that role."""
    text = index.sentences[entry].text
    page = index.sentences[entry].page
    ctx = index.context(page)
    out: list[str] = []
    for m in _ROLE_TIE.finditer(text):
        at = m.end()
        for name, start, end in index.extractor.parsers.proper_names(text[m.end() :], ctx):
            if m.end() + start != at:
                break
            # "Unionen and Journalistförbundet" read as one name: two of one word each.
            parts = _NAMES_JOIN.split(ctx.names.canonical(name))
            out += parts if all(" " not in p for p in parts) else [ctx.names.canonical(name)]
            join = _NAMES_JOIN.match(text, m.end() + end)
            if join is None:
                break
            at = join.end()
    return out
