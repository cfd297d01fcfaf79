"""What a figure is a figure of, by the words that frame it: the verb or noun just before
it ("valued at", "raised", "a fine of") and the noun just after it ("in funding",
"round", "in revenue"). Two figures framed as different kinds of quantity (a company's
valuation and the money it raised; its revenue and a fine) are not two values of one
quantity, however many other words their sentences share."""

from __future__ import annotations

import re

from factcheck.evidence.common import contains_word
from factcheck.reading.notes import blank_note_markers
from factcheck.rulepacks.knowledge import Knowledge

# Lexicon lists (rules/core/knowledge/lexicon.yaml), one per kind of quantity a figure
# can be framed as.
FRAME_KINDS = (
    "frame_valuation",
    "frame_funding",
    "frame_revenue",
    "frame_profit",
    "frame_penalty",
    "frame_spending",
    "frame_acquisition",
    "frame_debt",
    "frame_hiring",
    "frame_cuts",
    "frame_workforce",
    "frame_strikers",
    "frame_membership",
    "frame_shortage",
    "frame_gathering",
    "frame_closure",
)
# Kinds that are events, not states: money raised, a fine, a sale, staff hired or cut,
# places shut. A figure of one refutes, and is refuted by, only a figure framed as the
# same event; "has 900 jobs" is a state, not the "cut 90 jobs" it seems to refute. A
# shortfall is read alike: what is lacking is no count of what there is. (Strikers and
# gatherings are not: a count of them is often told with the words of the strike or
# rally beyond the frame's few words, "410 staff, out of 1,600, took part".)
EVENT_KINDS = frozenset(
    {
        "frame_funding",
        "frame_penalty",
        "frame_acquisition",
        "frame_hiring",
        "frame_cuts",
        "frame_shortage",
        "frame_closure",
    }
)
# A bound ("more than 1,000 came") is met by any larger figure: backing one takes a figure
# of the same event, and of the same gathering (those who came are not all there are).
BOUND_KINDS = EVENT_KINDS | {"frame_gathering"}
# Kinds that may count the same people: a strike's turnout is its strikers.
KIN_KINDS = (frozenset({"frame_gathering", "frame_strikers"}),)
# Kinds a sentence tells far from its figure as often as near it ("More than 300
# members at the depot on the estate walked out"): read from the whole sentence.
TOLD_AFAR = ("frame_gathering", "frame_strikers")


def sentence_kinds(text: str, knowledge: Knowledge, kinds: tuple[str, ...] = TOLD_AFAR) -> set[str]:
    """The kinds of ``kinds`` that any words of ``text`` name, wherever they stand."""
    return {k for k in kinds if contains_word(text, knowledge.words(k))}


# How far the frame reaches: the words just before a figure and just after it, within
# its clause and never past halfway to another figure.
WORDS_BEFORE, WORDS_AFTER = 4, 3
_CLAUSE_END = re.compile(r"[.;:!?()]|,\s|\s[–—]\s")


def _before(text: str, start: int, words: int = WORDS_BEFORE) -> str:
    """The few words before a figure, from its clause's start or, when another figure
    comes first, from halfway between the two: "$45 million at a valuation of $310
    million" frames the second by "a valuation of", the first by "at a"."""
    head = _CLAUSE_END.split(text[:start])[-1].split()
    numbers = [i for i, w in enumerate(head) if any(ch.isdigit() for ch in w)]
    if numbers:
        head = head[numbers[-1] + 1 :]
        head = head[len(head) // 2 :]
    return " ".join(head[-words:])


def _after(text: str, end: int, words: int = WORDS_AFTER) -> str:
    """The few words after a figure, up to its clause's end or halfway to the next
    figure (see :func:`_before`)."""
    tail = _CLAUSE_END.split(text[end:], maxsplit=1)[0].split()
    cut = next((i for i, w in enumerate(tail) if any(ch.isdigit() for ch in w)), None)
    if cut is not None:
        tail = tail[: cut // 2]
    return " ".join(tail[:words])


def _word_start(text: str, start: int, at: int) -> int:
    """Where the word holding ``at`` begins, not before ``start``: "£1,700" and
    "US$900" are read from their currency sign."""
    while at > start and not text[at - 1].isspace():
        at -= 1
    return at


def frame_kinds(
    text: str,
    start: int,
    end: int,
    knowledge: Knowledge,
    kinds: tuple[str, ...] = FRAME_KINDS,
    after: int = WORDS_AFTER,
) -> set[str]:
    """The kinds of quantity (of ``kinds``) the words framing the figure at ``start``-
    ``end`` say it is: "is valued at about $240 million" is a valuation, "$45 million in
    a Series B round" money raised. Empty when the frame names no kind the lexicon
    knows. ``after`` is how many words after the figure count. A match may hold its
    frame's words before the figure ("put the crowd at 1,700"): the frame is read from
    the figure's first digit."""
    digit = next((i for i in range(start, end) if text[i].isdigit()), start)
    frame = f"{_before(text, _word_start(text, start, digit))} {_after(text, end, after)}"
    return {k for k in kinds if contains_word(frame, knowledge.words(k))}


# Kinds only money is framed as in the sense the lexicon means: a valuation, a profit or
# a loss, a cost. A figure in a unit of measure ("lost 40,000 tonnes of output", "cost the
# mills 9,000 cubic metres of timber") is the goods lost or spent, whatever verb frames it.
MONEY_ONLY_KINDS = frozenset({"frame_valuation", "frame_profit", "frame_spending"})


def measured_kinds(kinds: set[str], unit: str, knowledge: Knowledge) -> set[str]:
    """``kinds`` without those only money is framed as (:data:`MONEY_ONLY_KINDS`) when
    ``unit`` is a unit of measure (its last word in the lexicon's ``measures``): "lost
    some 20,000 litres" and "cost the plant 20,000 litres" tell the same quantity."""
    words = unit.lower().split()
    if not words or words[-1] not in knowledge.words("measures"):
        return kinds
    return kinds - MONEY_ONLY_KINDS


# What a share of a vote is a share of: the votes for, the votes against, or the members
# who voted at all (turnout). Told by words further after the figure than a sum's
# ("91% of members who voted backed a strike").
SHARE_KINDS = ("share_for", "share_against", "share_turnout")
SHARE_WORDS_BEFORE, SHARE_WORDS_AFTER = 8, 8


def about_a_vote(text: str, knowledge: Knowledge) -> bool:
    """True when a sentence speaks of a vote (the lexicon's ``ballot`` words): only there
    is a share one of the votes for, against, or of those who voted ("sales account for
    30% of revenue" is for no side)."""
    return contains_word(text, knowledge.words("ballot"))


# A clause naming whom a share is of ("of members who took part", "of those who
# voted"): the base, not what is counted.
_BASE_CLAUSE = re.compile(
    r"\b(?:who|that)\s+(?:had\s+|have\s+)?(?:voted|took\s+part|participated|"
    r"cast\s+(?:a\s+|their\s+)?ballots?|returned\s+(?:their\s+)?ballots?)\b",
    re.IGNORECASE,
)


def share_kinds(text: str, start: int, end: int, knowledge: Knowledge) -> set[str]:
    """What the share at ``start``-``end`` is a share of, of :data:`SHARE_KINDS`; a
    clause naming whom it is of ("of members who took part") is not what it counts."""
    # The figure's own words too: a rule may read "58% of members taking part" as one.
    # A note marker ("backed it[^2]") is no figure halving the words read after it.
    text = blank_note_markers(text)
    before, after = _before(text, start, SHARE_WORDS_BEFORE), _after(text, end, SHARE_WORDS_AFTER)
    frame = f"{before} {text[start:end]} {after}"
    frame = _BASE_CLAUSE.sub(" ", frame)
    return {k for k in SHARE_KINDS if contains_word(frame, knowledge.words(k))}


def framed_apart(claim: set[str], found: set[str], *, refuting: bool, bound: bool = False) -> bool:
    """True when two figures are framed as different kinds of quantity: each frame names
    a kind and they share none (kin kinds, :data:`KIN_KINDS`, count as shared); or, for a
    figure ``refuting`` the claim, either is an event the other's frame does not name ("a
    $500 million company" is not refuted by "raised $80 million"); or, for a figure
    meeting the claim's ``bound``, either is an event or a gathering the other's frame
    does not name. Two figures framed as nothing are not told apart this way."""
    kin = {k for group in KIN_KINDS if (claim | found) & group for k in group}
    shared = bool(claim & found) or bool(claim & kin and found & kin)
    if refuting and (claim | found) & EVENT_KINDS and not shared:
        return True
    if bound and (claim | found) & BOUND_KINDS and not shared:
        return True
    return bool(claim) and bool(found) and not shared


# What a length of time is the length of: an agreement's term, talks, a dispute, or a
# training (a course, an apprenticeship, a probation).
LENGTH_KINDS = ("length_term", "length_talks", "length_dispute", "length_training")
# Lengths that are not a dispute's: the span of dates a page gives its strike is not
# how long its contract runs, its talks went on or its recruits train.
NOT_DISPUTE = frozenset({"length_term", "length_talks", "length_training"})


# "14 months of bargaining": what follows "of" is what the length is of.
_OF_AFTER = re.compile(r"\s*of\s+((?:\S+\s*){1,3})", re.IGNORECASE)


def length_kinds(text: str, start: int, end: int, knowledge: Knowledge) -> set[str]:
    """What the length of time at ``start``-``end`` (a rule's match: the length with
    its subject or noun) is the length of, of :data:`LENGTH_KINDS`: what follows "of"
    ("after 14 months of talks"), else its own words ("the pact runs for four
    years", "a five-year agreement"), else the words framing it."""

    def kinds(words: str) -> set[str]:
        return {k for k in LENGTH_KINDS if contains_word(words, knowledge.words(k))}

    of = _OF_AFTER.match(_CLAUSE_END.split(text[end:], maxsplit=1)[0])
    for words in (of.group(1) if of else "", text[start:end]):
        if found := kinds(words):
            return found
    # A clause after the length that tells what ended it or came after it ("ran for
    # nine weeks before an agreement ended it", "until the contract was signed") names
    # another thing, not what the length is of.
    after = _BOUNDING.split(_after(text, end), maxsplit=1)[0]
    return kinds(f"{_before(text, start)} {after}")


# Words opening a clause that bounds a length by another event.
_BOUNDING = re.compile(r"\b(?:before|until|till|when|once|after)\b", re.IGNORECASE)


def lengths_apart(claim: set[str], found: set[str], *, refuting: bool) -> bool:
    """True when two lengths of time are of different things: each names a kind and
    they share none; or, for one ``refuting`` the claim, either is an agreement's or
    talks' that the other does not name (a length told of nothing is a dispute's as
    often as not, and refutes no contract's term)."""
    if refuting and (claim | found) & NOT_DISPUTE and not claim & found:
        return True
    return bool(claim) and bool(found) and not claim & found


def header_kinds(headers: str, knowledge: Knowledge) -> set[str]:
    """The kinds of quantity a table's caption and headers say its figures are ("WARN
    layoff notices", "Jobs cut"): a cell's figure has no verb before it, its headers
    frame it."""
    return {k for k in FRAME_KINDS if contains_word(headers, knowledge.words(k))}
