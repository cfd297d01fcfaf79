"""Who gives a figure: the party a sentence credits with it ("police put the crowd at
4,500", "12,000 took part, according to the organisers", "the guild, which reckoned
its pickets at 900"). Two parties' estimates of one thing differ as often as not, so a
figure one party gave says nothing against the figure another gave."""

from __future__ import annotations

import re
from collections.abc import Callable, Iterable
from dataclasses import dataclass

from factcheck.evidence.index import keywords
from factcheck.reading.notes import blank_note_markers
from factcheck.rulepacks.knowledge import Knowledge
from factcheck.rulepacks.macros import WHEN

# A figure's clause ends at these: "police said 4,500; organisers said 12,000", "4,500,
# while organisers said 12,000", "... but the union said 900".
_CLAUSE = re.compile(
    r"[;:()]|\s[–—]\s|,?\s+(?:while|whereas|but|though|although|against)\s+|,\s+and\s+",
    re.IGNORECASE,
)
# A word of a name: "ver.di", "O'Neill", "Rolls-Royce"; a full stop after it is not its.
_WORD = re.compile(r"[\w’'-]+(?:\.[\w’'-]+)*")
# How many words a giver's name may run to, told before its verb or after "according to".
GIVER_WORDS = 4
# Words of a giver's phrase that do not tell who it is.
_EMPTY = {"the", "a", "an", "its", "their", "own", "that", "which", "who", "some", "and"}
_RELATIVE = {"which", "who", "that"}
# Words set off by commas between a giver and its verb ("Organisers, however, said").
_ASIDES = {"however", "meanwhile", "though", "too", "also", "instead", "then", "in", "turn"}
_COUNT_PREPOSITIONS = {"by", "on", "in", "from"}
# When the party spoke, told between its name and its verb ("the guild on Monday said",
# "police yesterday put", "said the union last week"): no word of who it is, and words
# that would take the place of the name's own in the few read.
_SPOKE_WHEN = re.compile(rf"\b(?:today|yesterday|tonight|{WHEN})(?![\w’'-])", re.IGNORECASE)
# Words that open what is said, not who says it ("says it will", "said that").
_SAID_OPENERS = {"it", "that", "they", "he", "she", "we", "i", "there", "this", "these"}
_ACCORDING = re.compile(r"\baccording\s+to\s+", re.IGNORECASE)
# "by the organisers' count", "on the ministry's figures".
_THEIR_COUNT = re.compile(
    r"(?:['’]s|s['’])\s+(?:own\s+)?(?:count|estimate|estimates|reckoning|figures|tally|numbers)\b",
    re.IGNORECASE,
)
# Kinds of organisation the tables name, as who gives a figure: a union or an employer.
_UNION_CATEGORIES = {"union"}
# A newspaper or broadcaster credited with a figure is neither side.
_NEITHER_CATEGORIES = {"publisher"}


@dataclass(frozen=True)
class Giver:
    """Who a sentence credits with a figure: the stemmed words of its name, and whether it
    is a union or an employer ("union", "employer"), when that can be told."""

    words: frozenset[str]
    kind: str | None

    def differs(self, other: Giver) -> bool:
        """True when two givers are surely two parties: a union and an employer, or two
        named by words they do not share, neither a union nor an employer (police and
        organisers). "The union" and "Unite" may be one: that is never told apart."""
        if self.kind and other.kind:
            return self.kind != other.kind
        if self.kind or other.kind:
            return False
        return self.words.isdisjoint(other.words)


def _clause(text: str, start: int, end: int) -> tuple[int, int]:
    """The bounds of the clause that holds ``start``-``end``."""
    left = max((m.end() for m in _CLAUSE.finditer(text, 0, start)), default=0)
    after = _CLAUSE.search(text, end)
    return left, after.start() if after else len(text)


def _name_before(text: str) -> str:
    """The last few words of ``text`` up to its last comma: the subject of a verb after
    it. A relative pronoun ("the guild, which reckoned ...") or an aside ("Organisers,
    however, claimed ...") gives the name before its comma."""
    parts = [_WORD.findall(part) for part in _SPOKE_WHEN.sub(" ", text).split(",")]
    while len(parts) > 1 and (not parts[-1] or all(w.lower() in _ASIDES for w in parts[-1])):
        parts.pop()
    if len(parts) > 1 and parts[-1] and parts[-1][-1].lower() in _RELATIVE:
        parts.pop()
    return " ".join(parts[-1][-GIVER_WORDS:])


def _name_after(text: str) -> str:
    """The first few words of ``text``, up to a comma."""
    return " ".join(_WORD.findall(_SPOKE_WHEN.sub(" ", text.split(",", 1)[0]))[:GIVER_WORDS])


def _verb_pattern(verbs: Iterable[str]) -> re.Pattern[str]:
    alternatives = "|".join(re.escape(v) for v in sorted(verbs, key=lambda v: (-len(v), v)))
    return re.compile(rf"(?<![\w’'-])(?:{alternatives})(?![\w’'-])", re.IGNORECASE)


def giver_phrase(text: str, start: int, end: int, knowledge: Knowledge) -> str | None:
    """The words naming who gives the figure at ``start``-``end`` of ``text``, in its own
    clause: after "according to", before "'s count" ("by the organisers' count"),
    before a verb of estimating or saying that comes before the figure ("Police put the
    crowd at 4,500"), or after the figure before such a verb ("4,500 people, police
    said"); None when the clause credits nobody."""
    # A note marker is no word of a name ("according to the ministry.[^2]").
    text = blank_note_markers(text)
    left, right = _clause(text, start, end)
    # A verb inside the claim's own words counts ("put the crowd at 4,500"): what
    # comes before the figure's first digit.
    digit = re.search(r"\d", text[start:end])
    number = start + digit.start() if digit else start
    according = _ACCORDING.search(text, left, right)
    if according:
        return _name_after(text[according.end() : right])
    counted = _THEIR_COUNT.search(text, left, right)
    if counted:
        # Up to the possessive's "s" ("organisers'"), not its mark ("council's").
        name = _name_before(text[left : counted.start() + 1]).rstrip("'’").split()
        return " ".join(name[1:] if name and name[0].lower() in _COUNT_PREPOSITIONS else name)
    said = knowledge.words("estimate_verbs")
    verbs = _verb_pattern(said)
    before = list(verbs.finditer(text, left, number))
    if before:
        # "..., says the federation, which reckoned ... at": the verb of a name
        # told before is not part of it.
        name = _name_before(text[left : before[-1].start()]).split()
        return " ".join(w for w in name if w.lower() not in said)
    after = verbs.search(text, end, right)
    if after:
        # "..., police said" or "..., said the union".
        between = text[end : after.start()]
        clause = between.rsplit(",", 1)[-1]
        if not clause.strip():
            # The verb first, right after the figure or its clause's comma ("900 took
            # part, said the guild on Sunday"): the name follows it and ends the clause.
            # Not "X, which employs 900, says it will ...": what X says follows there.
            told = text[after.end() : right].split(",", 1)[0]
            words = _WORD.findall(_SPOKE_WHEN.sub(" ", told))
            if len(words) > GIVER_WORDS or (words and words[0].lower() in _SAID_OPENERS):
                return None
            return " ".join(words)
        if "," in between:
            # Not "300 workers, who said they ...": those the figure counts.
            last = _WORD.findall(clause)
            # Nor "2,000 clerks, a workforce that officials say is stretched": a
            # relative clause telling what the speakers say of the thing counted.
            if any(w.lower() in _RELATIVE for w in last):
                return None
            return _name_before(between)
    return None


def giver(
    text: str,
    start: int,
    end: int,
    knowledge: Knowledge,
    org_names: Callable[[str], list[str]],
) -> Giver | None:
    """Who gives the figure at ``start``-``end`` of ``text`` (see :func:`giver_phrase`);
    ``org_names`` reads the organisations a phrase names."""
    phrase = giver_phrase(text, start, end, knowledge)
    if phrase is None:
        return None
    words = frozenset(w for w in keywords(phrase).split() if w not in _EMPTY)
    if not words:
        return None
    named = _WORD.findall(phrase)
    if (
        "'" not in phrase
        and "’" not in phrase
        and named[-1].lower() in knowledge.words("press_givers")
    ):
        return None  # the press relays a figure: "according to local media"
    lowered = f" {phrase.lower()} "
    kinds = set()
    if any(f" {w} " in lowered for w in knowledge.words("refer_union")):
        kinds.add("union")
    if any(f" {w} " in lowered for w in knowledge.words("refer_employer")):
        kinds.add("employer")
    for name in org_names(phrase):
        org = knowledge.organisations.get(name)
        if org is not None and org.category not in _NEITHER_CATEGORIES:
            kinds.add("union" if org.category in _UNION_CATEGORIES else "employer")
    return Giver(words, kinds.pop() if len(kinds) == 1 else None)
