"""Which side of a bargain a pay figure is: what one side asks for ("the union is seeking
$30 an hour"), what the other puts on the table ("management has offered $26"), or
neither, the pay as it is or as it was settled ("drivers earn $24 today", "the deal sets
a floor of $25"). A figure of one side says nothing of a figure of another: an offer is no
pay now, and a demand is no pay at all (lexicon ``pay_demanded``, ``pay_offered``,
``pay_side_ends``).

The side is told by the last such word before the figure in its clause, or, when there is
none, by one right after it ("the $30 the union wants"). Words of pay as it is ("earn",
"paid", "up from", "current") end a side's reach: in "seeking $30, up from the $24 paid
today", only $30 is asked for.
"""

from __future__ import annotations

import re
from functools import lru_cache
from typing import Literal

from factcheck.rulepacks.knowledge import Knowledge

Side = Literal["demand", "offer"]

# Where a figure's clause starts: a semicolon, a dash, or a clause set against it. "But"
# is not there: "8% more, but at least €300" is one demand; nor is a colon, which opens
# what the words before it announce ("its demands are plain: $47 an hour").
_CLAUSE_START = re.compile(r";|\s[–—]\s|\s-\s|\b(?:while|whereas)\b", re.IGNORECASE)
# Where the words after a figure stop saying what it is: the next clause or figure, or
# a conjunction that starts another predicate ("the post pays $39 an hour and asks for
# two years' experience": what it asks for is the experience).
_AFTER_END = re.compile(r"[,;:.!?()]|\s[–—-]\s|[$£€¥₹]|\d|\b(?:and|but|or)\b", re.IGNORECASE)
# Where a figure starts within the words the rules took with it ("offered $55,000").
_FIGURE = re.compile(r"[$£€¥₹]|\b[A-Z]{3}\s?\d|\d")
# "Seek" and "want" ask for pay only with the pay as their object: a posting "seeking an
# experienced welder at £31,000" asks for a welder. A word naming a job between the verb
# and the figure makes it the posting's sense.
_OBJECT_VERBS = frozenset(
    "seek seeks seeking sought want wants wanted wanting is after are after".split(" ")
)
# A predicate of its own that pays, joined after a side's word: ", and the company pays",
# ", but the post pays".
_NEW_PREDICATE = re.compile(
    r",\s+(?:and|but)\s+(?:[\w’'-]+\s+){0,4}?(?:pays|paying|earns?|earning|lists|advertises)\b",
    re.IGNORECASE,
)
# "A demanding job paying $30": "demanding" after these words describes, it asks for
# nothing.
_DESCRIBING = re.compile(
    r"\b(?:a|an|the|very|more|most|less|least|so|too|as|physically|mentally|emotionally)\s+$",
    re.IGNORECASE,
)
# "The table" and "pay tables" are tables (of pay): "tables" tables an offer only as a
# verb ("management tables $26").
_DETERMINED = re.compile(
    r"\b(?:a|an|the|this|that|these|those|its|their|our|his|her|pay|salary|wage|new|old"
    r"|current|same|latest|collective)\s+$",
    re.IGNORECASE,
)
# "Drivers are offered $35 an hour" is what a job offers, not a side's offer in a bargain;
# "the company offered $35" is one.
_PASSIVE = re.compile(r"\b(?:is|are|was|were|be|being|been|get|gets|got)\s+$", re.IGNORECASE)


@lru_cache(maxsize=16)
def _pattern(
    demanded: frozenset[str], offered: frozenset[str], ends: frozenset[str]
) -> re.Pattern[str]:
    """Any word of the three lists, each named by its group, the longest first."""

    def alternatives(words: frozenset[str]) -> str:
        return "|".join(re.escape(w) for w in sorted(words, key=lambda w: (-len(w), w)))

    return re.compile(
        rf"(?<![\w-])(?:(?P<demand>{alternatives(demanded)})|(?P<offer>{alternatives(offered)})"
        rf"|(?P<end>{alternatives(ends)}))(?![\w-])",
        re.IGNORECASE,
    )


def pay_side(text: str, start: int, end: int, knowledge: Knowledge) -> Side | None:
    """The side of a bargain the pay figure written at ``text[start:end]`` is told of:
    "demand", "offer", or None (pay as it is, was or was settled)."""
    k = knowledge
    demanded, offered = k.words("pay_demanded"), k.words("pay_offered")
    if not demanded and not offered:
        return None
    pattern = _pattern(frozenset(demanded), frozenset(offered), frozenset(k.words("pay_side_ends")))
    figure = _FIGURE.search(text, start, end)
    at = figure.start() if figure else start
    cuts = [m.end() for m in _CLAUSE_START.finditer(text, 0, at)]
    begin = cuts[-1] if cuts else 0
    last = None
    for m in pattern.finditer(text, begin, at):
        last = m
    if last is not None and _NEW_PREDICATE.search(text, last.end(), at):
        # "the advert asks for seven years' experience, and the company pays €4,600":
        # the pay is told by a predicate of its own, after what was asked for.
        return None
    if last is not None:
        return _side_of(last, text, at, k)
    stop = _AFTER_END.search(text, end)
    for m in pattern.finditer(text, end, stop.start() if stop else len(text)):
        if m.group(0).lower() == "offered":
            continue  # "the salary offered for the post": the job's pay
        side = _side_of(m, text, m.end(), k)
        if side is not None or m.lastgroup == "end":
            return side
    return None


def _side_of(m: re.Match[str], text: str, at: int, k: Knowledge) -> Side | None:
    """The side a word matched in ``text`` gives the figure at ``at``."""
    if m.lastgroup == "end":
        return None
    word = m.group(0).lower()
    between = text[m.end() : at]
    if word == "offered" and _PASSIVE.search(text, 0, m.start()):
        return None  # "drivers are offered $35": a job's pay
    if m.lastgroup == "offer" and _by_an_ad(text[: m.start()], k):
        return None  # "the posting offered $35", "a job offer of $35": a job's pay
    if word in ("table", "tables") and _DETERMINED.search(text, 0, m.start()):
        return None  # "under the table in force", "the pay tables": a table, not tabling
    if word == "demanding" and _DESCRIBING.search(text, 0, m.start()):
        return None  # "a demanding role at $30 an hour": the job's pay
    if word in _OBJECT_VERBS and any(k.is_role(w) for w in re.findall(r"[A-Za-z]+", between)):
        return None  # "seeking an experienced welder at £31,000": a posting's want
    return "demand" if m.lastgroup == "demand" else "offer"


@lru_cache(maxsize=8)
def _ad_before(nouns: frozenset[str]) -> re.Pattern[str]:
    """A job or its advert as what makes an offer, right before the offer's word: "the
    posting", "the advert for night porters", "the vacancy, which", "the listing has"."""
    alternatives = "|".join(re.escape(w) for w in sorted(nouns, key=lambda w: (-len(w), w)))
    return re.compile(
        rf"(?<![\w-])(?:{alternatives})(?:\s+(?:for|of)(?:\s+[\w’'-]+){{1,3}}?)?"
        r"(?:\s*,?\s+(?:which|that))?(?:\s+(?:has|have|had|also|first|now|then|initially))*\s*$",
        re.IGNORECASE,
    )


def _by_an_ad(before: str, k: Knowledge) -> bool:
    """True when the words right before an offer name a job or its advert as what makes
    it ("the posting offered", "the advert for welders offers", "a job offer of"): the
    pay a job comes with, offered to whoever takes it, not one side's offer in a
    bargain."""
    return bool(_ad_before(frozenset(k.words("job_nouns"))).search(before))


def sides_apart(claimed: Side | None, found: Side | None) -> bool:
    """True when a source's pay figure says nothing of a claim's: the claim's is what one
    side asks for or offers and the source's is not that side's, or the source's is a
    demand and the claim's is none. A claim of pay as it is may still be read against an
    offer: "the offer would take pay to $X" is what pay becomes if it is taken."""
    if claimed is not None:
        return claimed != found
    return found == "demand"
