"""Quoted words against the pages: are they there, word for word, and said by the same
person?

A quotation is a matter of exact words. The claim's words and each page's are read as
sequences of words (case, quotation marks, punctuation and spacing aside; an ellipsis
in the claim stands for words left out). Words found in that order on a page, where the
page names the same speaker, support the claim. The page names its speaker in the
attribution next to the words (by name, or by a title the page gives the speaker
elsewhere: "the union's president said"), or, where the words come alone or with a
pronoun, in the same or a neighbouring sentence, or in the sentences before them as far
as the nearest that names anyone. A quotation the page interrupts with its attribution
('"We asked twice," Brisk said, "and heard nothing."') is still word for word. Words
that run with the page's for a stretch and then differ are a misquote: mixed, or
contradicted when a figure differs, with the page's own words in the rationale. Words
the page's own attribution gives by name to someone else are a misattribution:
contradicted. Words no page holds, or that a page gives to no one, leave the claim
unverified: a page that does not carry a quotation is no evidence it was not said.
"""

from __future__ import annotations

import re
from collections.abc import Sequence
from dataclasses import dataclass
from difflib import SequenceMatcher
from functools import lru_cache

from factcheck.evidence.base import ArticleView
from factcheck.evidence.common import Assessment, Findings, Tally
from factcheck.evidence.index import STOPWORDS, Candidate, EvidenceIndex
from factcheck.letters import LOWER, UPPER
from factcheck.model import Claim, Page, Sentence, VerdictLabel
from factcheck.rulepacks.knowledge import Knowledge

# A word: letters and digits, with an apostrophe inside ("don't", "porters'"), a figure
# with its separators ("1,250", "3.5").
_WORD = re.compile(r"\d+(?:[.,]\d+)*|\w+(?:['’]\w+)*")
# What a quotation leaves out: "...", "…", "[...]".
_ELLIPSIS = re.compile(r"\[?\s*(?:\.\s*\.\s*\.|…)\s*\]?")
# Figures written in words: a quotation changed in one of them has a figure changed.
_NUMBER_WORDS = frozenset(
    "one two three four five six seven eight nine ten eleven twelve twenty thirty forty "
    "fifty sixty seventy eighty ninety hundred thousand million billion half third "
    "quarter percent per cent".split()
)
# Quotation marks that open and close a quotation on a page.
_OPENING, _CLOSING = "“\"‘'", "”\"’'"
# How far around a match its page's quotation marks and attribution are looked for.
_REACH = 600
# The most words an ellipsis in a quotation may stand for.
_GAP = 60
# The fewest words a stretch shared with a page must have, and the share of the claim's
# words the page's passage must hold in order, before different words there are a
# misquote of the same passage rather than another passage.
_STRETCH, _SHARE = 4, 0.5
# Weights: words found with their speaker; a misquote in other words (both ways, so
# mixed); a misquote of a figure; words the page's attribution gives to someone else.
_FOUND, _REWORDED, _REFIGURED, _MISATTRIBUTED = 1.0, 0.5, 0.9, 0.9
# The fewest words a quotation has before another speaker's name on a page refutes the
# claimed one: a few words ("not one more cut") may be anyone's.
_OWN_WORDS = 6
# The most words an attribution that interrupts a quotation has ('," Brisk said, "').
_INTERRUPTION = 12
# An interruption: the quotation closes after the first half and opens before the second.
_CLOSES = re.compile(rf"^[\s,.;:!?…—–-]*[{_CLOSING}]")
_OPENS = re.compile(rf"[{_OPENING}][\s…]*$")
# How many sentences before a quotation that names nobody its speaker is looked for.
_LOOK_BACK = 3
# A given name before a surname ("Ada Brisk", "Ada M. Brisk"): a surname alone in an
# attribution is a person's when the page gives it so.
_GIVEN = rf"(?-i:(?<![\w’'])[{UPPER}][{LOWER}]+(?:\s[{UPPER}]\.)?)"
# The word after a name in an attribution, when it is written in lower case.
_RUNS_ON = re.compile(r"\s+([a-z][\w’'-]*)")
# Words of a title that say nothing about which title it is.
_TITLE_STOP = frozenset("the a an its their his her our of and for at".split())


@dataclass(frozen=True)
class _Words:
    """A text's words, folded for comparing, with their offsets in the text; and the
    words joined by single spaces (with one before and after) with the position of each
    word there, to find a run of words by one string search."""

    folded: tuple[str, ...]
    spans: tuple[tuple[int, int], ...]
    joined: str
    at: dict[int, int]  # position in ``joined`` -> word number


def _fold(word: str) -> str:
    return word.lower().replace("’", "'")


@lru_cache(maxsize=64)
def _words(text: str) -> _Words:
    found = list(_WORD.finditer(text))
    folded = tuple(_fold(m.group(0)) for m in found)
    at: dict[int, int] = {}
    pos = 1
    for n, w in enumerate(folded):
        at[pos] = n
        pos += len(w) + 1
    return _Words(folded, tuple(m.span() for m in found), " " + " ".join(folded) + " ", at)


def _is_figure(word: str) -> bool:
    return any(ch.isdigit() for ch in word) or word in _NUMBER_WORDS


@dataclass(frozen=True)
class _Match:
    """Where on a page the claim's words (or most of them) stand: character offsets,
    whether every word is there in order, and the words that differ."""

    start: int
    end: int
    exact: bool
    figure_differs: bool = False


def _exact(segments: Sequence[Sequence[str]], page: _Words) -> list[tuple[int, int]]:
    """Every place (first and last word number) where the segments stand on the page in
    order, each within a short gap of the one before (what an ellipsis leaves out)."""
    offsets = {n: pos for pos, n in page.at.items()}
    out = []
    first = " " + " ".join(segments[0]) + " "
    pos = page.joined.find(first)
    while pos >= 0:
        begin = page.at[pos + 1]
        end = begin + len(segments[0]) - 1
        for seg in segments[1:]:
            after = offsets.get(end + 1, len(page.joined)) - 1
            hit = page.joined.find(" " + " ".join(seg) + " ", after)
            if hit < 0 or page.at[hit + 1] - end > _GAP:
                break
            end = page.at[hit + 1] + len(seg) - 1
        else:
            out.append((begin, end))
        pos = page.joined.find(first, pos + 1)
    return out


def _interrupted(words: Sequence[str], page: _Words, text: str) -> tuple[int, int] | None:
    """Where the page holds the claim's words as one quotation cut in two by its
    attribution ('"We asked twice," Brisk said, "and heard nothing."'): the first and
    last word numbers, when the words between the halves close the quotation and open
    it again, at most _INTERRUPTION words apart."""
    # The longest start of the words the page holds: where the quotation is cut.
    lo, hi = 0, len(words) - 1
    while lo < hi:
        mid = (lo + hi + 1) // 2
        if page.joined.find(" " + " ".join(words[:mid]) + " ") >= 0:
            lo = mid
        else:
            hi = mid - 1
    if lo < 2:
        return None
    for begin, end in _exact([words[:lo], words[lo:]], page):
        cut, resume = begin + lo - 1, end - (len(words) - lo) + 1
        between = text[page.spans[cut][1] : page.spans[resume][0]]
        if resume - cut <= _INTERRUPTION and _CLOSES.search(between) and _OPENS.search(between):
            return begin, end
    return None


def _near(words: Sequence[str], page: _Words) -> tuple[int, int] | None:
    """The page passage the claim's words misquote, if there is one: the first and last
    word numbers of the page's words set against the claim's. The passage shares a
    stretch of at least _STRETCH words with the claim, two of them not stop words, and
    at least _SHARE of the claim's words in order."""
    claim = list(words)
    longest = SequenceMatcher(None, page.folded, claim, autojunk=False).find_longest_match(
        0, len(page.folded), 0, len(claim)
    )
    stretch = claim[longest.b : longest.b + longest.size]
    if longest.size < _STRETCH or sum(w not in STOPWORDS for w in stretch) < 2:
        return None
    lo = max(0, longest.a - longest.b - 3)
    hi = min(len(page.folded), longest.a + (len(claim) - longest.b) + 3)
    window = SequenceMatcher(None, page.folded[lo:hi], claim, autojunk=False)
    if sum(b.size for b in window.get_matching_blocks()) < _SHARE * len(claim):
        return None
    first: int | None = None
    last = lo
    for tag, i1, i2, j1, j2 in window.get_opcodes():
        if tag == "delete" and j1 in (0, len(claim)):
            continue  # the page quotes more than the claim does
        if tag != "equal":
            # the page's words standing in for the claim's, not the page's words after
            i2 = min(i2, i1 + (j2 - j1) + 3)
        if i2 > i1:
            first = lo + i1 if first is None else first
            last = lo + i2 - 1
    return (first, last) if first is not None else None


def _page_quotation(text: str, start: int, end: int) -> tuple[int, int]:
    """The page's own quotation holding the words that start at ``start``: from the
    double mark that opens it to the one that closes it, when both are near; else the
    words ``text[start:end]`` themselves."""
    before = text[max(0, start - _REACH) : start]
    opens = max(before.rfind("“"), before.rfind('"'))
    after = text[start : start + _REACH]
    closes = [i for i in (after.find("”"), after.find('"')) if i >= 0]
    if opens < 0 or not closes:
        return start, end
    lo, hi = max(0, start - _REACH) + opens + 1, start + min(closes)
    if any(ch in text[lo:start] for ch in '“”"'):
        return start, end
    return lo, hi


class _Attribution:
    """Who a page says spoke the words at a place: the name in the attribution next to
    them ("...," said Ada Brisk; "...," Brisk, the branch secretary, told reporters;
    Ada Brisk said: "..."), if the page has one there; else the title it gives there
    ("...," the branch secretary said)."""

    def __init__(self, person: str, verbs: Sequence[str]):
        said = "|".join(re.escape(v) for v in sorted(verbs, key=lambda v: (-len(v), v)))
        said = rf"(?:{said})\b"
        # A surname alone, never a pronoun or a day ("said Monday" is a date).
        single = (
            r"(?-i:(?!(?:He|She|They|It|We|I|You|The|Monday|Tuesday|Wednesday|Thursday"
            rf"|Friday|Saturday|Sunday)\b)[{UPPER}][{LOWER}’'-]+[{LOWER}])"
        )
        name = rf"(?:{person}|{single})"
        # Words before the name (a title), but not a place's preposition: "said a
        # steward in Port Avery" names no speaker.
        title = r"(?:[\w’'&-]+,?\s+){0,7}?(?<!\bin\s)(?<!\bat\s)(?<!\bof\s)(?<!\bfrom\s)"
        # A name in the title, possessive or before another capitalised word ("said the
        # Harbour Crane Guild's general secretary, Ada Brisk"), is not the speaker.
        whole = rf"(?<![’']s)(?![\w’'])(?!\s+(?-i:[{UPPER}]))"
        self._after = re.compile(
            rf"[,.!?…]?\s*[{_CLOSING}]?\s*,?\s*(?:(?:{said})\s+{title}(?P<a>{person}){whole}"
            rf"|(?:{said})\s+(?P<e>{single})(?![\w’'])"
            rf"|according\s+to\s+{title}(?P<b>{person})"
            rf"|{title}(?P<c>{name})(?:,\s+[^,“”\"]{{1,80}},|,)?\s+(?:[a-z]+ly\s+)?{said})",
            re.IGNORECASE,
        )
        self._before = re.compile(
            rf"(?P<d>{person})(?:,\s+[^,“”\".]{{1,80}},)?\s+(?:[a-z]+ly\s+)?{said}"
            rf"[^“”\".]{{0,80}}?[,:]?\s*[{_OPENING}]?\s*$",
            re.IGNORECASE,
        )
        # A title in place of a name: "the union's president", "its chief executive".
        titled = r"(?:the|its|their|his|her|our)\s+[^\s“”\".,;:!?]+(?:\s+[^\s“”\".,;:!?]+){0,5}?"
        self._title_after = re.compile(
            rf"[,.!?…]?\s*[{_CLOSING}]?\s*,?\s*(?:(?:{said})\s+(?P<a>{titled})(?=\s*(?:[.,;:!?]|$))"
            rf"|(?P<b>{titled})\s+(?:[a-z]+ly\s+)?{said})",
            re.IGNORECASE,
        )
        self._title_before = re.compile(
            rf"(?<![\w’'])(?P<c>{titled})\s+(?:[a-z]+ly\s+)?{said}"
            rf"[^“”\".]{{0,80}}?[,:]?\s*[{_OPENING}]?\s*$",
            re.IGNORECASE,
        )
        self.person = re.compile(person)

    def of(self, text: str, start: int, end: int) -> tuple[str, int] | None:
        """The speaker the attribution at the quotation ``text[start:end]`` names, and
        where the name ends in ``text``."""
        after = self._after.match(text, end, min(len(text), end + 200))
        if after:
            group = next(g for g in "aebc" if after.group(g))
            return after.group(group), after.end(group)
        before = self._before.search(text, max(0, start - 250), start)
        return (before.group("d"), before.end("d")) if before else None

    def title(self, text: str, start: int, end: int) -> str | None:
        """The title the attribution at the quotation ``text[start:end]`` names its
        speaker by, when it gives no name ("...," the branch secretary said)."""
        after = self._title_after.match(text, end, min(len(text), end + 200))
        if after:
            return after.group("a") or after.group("b")
        before = self._title_before.search(text, max(0, start - 250), start)
        return before.group("c") if before else None


@lru_cache(maxsize=8)
def _attribution(person: str, verbs: tuple[str, ...]) -> _Attribution:
    """The attribution reader for a rule set's person pattern and speech verbs, built
    once."""
    return _Attribution(person, verbs)


def _holding(sentences: Sequence[Sentence], start: int, end: int, more: int = 0) -> tuple[int, int]:
    """The character span of the page's sentences holding ``start``-``end``, with up to
    ``more`` sentences of the same paragraph on each side."""
    holding = [i for i, s in enumerate(sentences) if s.end >= start and s.start <= end]
    if not holding:
        return start, end
    lo, hi = holding[0], holding[-1]
    for _ in range(more):
        if lo > 0 and sentences[lo - 1].block == sentences[lo].block:
            lo -= 1
        if hi + 1 < len(sentences) and sentences[hi + 1].block == sentences[hi].block:
            hi += 1
    return sentences[lo].start, sentences[hi].end


def _title_words(title: str) -> list[str]:
    """A title's own words, folded, without articles and possessive endings."""
    words = (_fold(w).removesuffix("'s").rstrip("'") for w in title.split())
    return [w for w in words if w and w not in _TITLE_STOP]


def _titled(text: str, title: str, at: int, people: re.Pattern[str], k: Knowledge) -> str | None:
    """Whom the page names with the title ``title`` (an attribution "the union's
    president said" at offset ``at``): the person named nearest a mention of the
    title's role word, the mention sharing most of the title's words, then the one
    nearest ``at``."""
    words = _title_words(title)
    heads = [
        w
        for w in words
        if k.is_role(part := w.split("-")[-1]) or part in k.words("organisation_heads")
    ]
    if not heads:
        return None
    head = re.compile(rf"(?<![\w’'-]){re.escape(heads[-1])}(?![\w’'-])", re.IGNORECASE)
    best: tuple[int, int, int, str] | None = None
    for mention in head.finditer(text):
        lo, hi = max(0, mention.start() - 80), min(len(text), mention.end() + 80)
        named = [
            (max(p.start() - mention.end(), mention.start() - p.end()), p)
            for p in people.finditer(text, lo, hi)
        ]
        if not named:
            continue
        gap, person = min(named, key=lambda n: (n[0], n[1].start()))
        span = _fold(
            text[min(person.start(), mention.start()) - 40 : max(person.end(), mention.end())]
        )
        shared = sum(re.search(rf"(?<![\w']){re.escape(w)}", span) is not None for w in words)
        key = (-shared, gap, abs(mention.start() - at), person.group(0))
        if best is None or key < best:
            best = key
    return None if best is None else best[3]


def _named_before(
    text: str, sentences: Sequence[Sentence], start: int, speaker: str, people: re.Pattern[str]
) -> bool:
    """True when, of the sentences before the one at ``start`` (at most _LOOK_BACK,
    across paragraphs), the nearest that names anyone names ``speaker``."""
    holding = next((i for i, s in enumerate(sentences) if s.end >= start), 0)
    for s in reversed(sentences[max(0, holding - _LOOK_BACK) : holding]):
        raw = text[s.start : s.end]
        if _same_person(speaker, raw):
            return True
        if people.search(raw):
            return False
    return False


def _same_person(speaker: str, named: str) -> bool:
    """True when ``named`` (a name, or sentences) names ``speaker`` by surname."""
    surname = speaker.split()[-1]
    return re.search(rf"(?<![\w’']){re.escape(surname)}(?![\w])", named, re.IGNORECASE) is not None


@dataclass(frozen=True)
class _Reading:
    """What one page says about the quotation."""

    page: int
    at: int  # the character offset of the words on the page
    stance: str  # "found", "reworded", "refigured"
    speaker: str | None  # who the page says spoke them; None: nobody it names
    same: bool  # the page gives them to the claim's speaker
    words: str  # the page's own words there
    named_at: int = -1  # where the attribution next to the words ends its name; -1: none


class QuoteComparator:
    """Quoted words: are they in a source, word for word, and said by the same person?"""

    def queries(self, claim: Claim, view: ArticleView) -> list[str]:
        """The quotation and the speaker."""
        return [f"{claim.fields.get('quote')} {claim.fields.get('speaker') or ''}"]

    def assess(
        self, claim: Claim, candidates: list[Candidate], index: EvidenceIndex, view: ArticleView
    ) -> Findings:
        """Read every page for the words (see the module's docstring); words found
        with the claimed speaker outweigh any page that words them otherwise."""
        quote = str(claim.fields.get("quote", ""))
        speaker = str(claim.fields.get("speaker") or "")
        segments = [[_fold(w) for w in _WORD.findall(part)] for part in _ELLIPSIS.split(quote)]
        segments = [s for s in segments if s]
        if not segments or not speaker:
            return Findings([], lambda label, t: "")
        ruleset = view.extractor.ruleset
        attribution = _attribution(
            ruleset.macros.person, tuple(sorted(ruleset.knowledge.words("speech_verbs")))
        )
        k = ruleset.knowledge
        readings = [
            r
            for p, page in enumerate(index.pages)
            if (r := self._read(p, page, segments, speaker, attribution, k))
        ]
        found = [r for r in readings if r.same and r.stance == "found"]
        decisive = found or [r for r in readings if r.same]
        if not decisive and sum(len(s) for s in segments) >= _OWN_WORDS:
            decisive = [
                r
                for r in readings
                if r.named_at >= 0 and r.stance == "found" and _someone_else(r, index, speaker, k)
            ]
        assessments: list[Assessment] = []
        for r in decisive:
            best = _sentence_at(index, r.page, r.at)
            if not r.same:
                assessments.append(Assessment(best, "contradicts", _MISATTRIBUTED, 100.0, r.words))
            elif r.stance == "found":
                assessments.append(Assessment(best, "supports", _FOUND, 100.0, r.words))
            elif r.stance == "refigured":
                assessments.append(Assessment(best, "contradicts", _REFIGURED, 100.0, r.words))
            else:
                assessments.append(Assessment(best, "supports", _REWORDED, 100.0, r.words))
                assessments.append(Assessment(best, "contradicts", _REWORDED, 100.0, r.words))

        def explain(label: VerdictLabel, t: Tally) -> str:
            if label == "supported":
                return f"The words appear in a source, attributed to {speaker}."
            first = (t.contradicts or t.supports)[0]
            other = next((r for r in decisive if not r.same), None)
            if label == "contradicted" and other is not None:
                return (
                    f"A source gives these words to {other.speaker}, not {speaker}: "
                    f"“{other.words}”."
                )
            if label == "contradicted":
                return (
                    f"A source has {speaker} saying “{first.found}”: a figure in the "
                    "quotation differs."
                )
            return (
                f"Only part of the quotation matches a source, which has {speaker} "
                f"saying “{first.found}”."
            )

        return Findings(assessments, explain, _unverified_reason(readings, speaker))

    @staticmethod
    def _read(
        page_index: int,
        source: Page,
        segments: Sequence[Sequence[str]],
        speaker: str,
        attribution: _Attribution,
        k: Knowledge,
    ) -> _Reading | None:
        """What one page says: the first place it holds the words with the claimed
        speaker, else the first place it holds them at all, else its misquoted passage."""
        text, sentences = source.text, source.sentences
        page = _words(text)
        places = _exact(segments, page)
        if not places and len(segments) == 1:
            places = [cut] if (cut := _interrupted(segments[0], page, text)) else []
        stance = "found"
        misquoted = not places
        if misquoted:
            near = _near(segments[0], page) if len(segments) == 1 else None
            if near is None:
                return None
            places = [near]
        readings = []
        for first, last in places:
            start, end = page.spans[first][0], page.spans[last][1]
            lo, hi = _page_quotation(text, start, end)
            if misquoted:
                if (lo, hi) == (start, end):
                    # the page tells in its own words, it does not quote: no misquote
                    continue
                # a figure of the claim's that the page's quotation does not have
                quoted = {_fold(w) for w in _WORD.findall(text[lo:hi])}
                figures = {w for w in segments[0] if _is_figure(w)}
                stance = "refigured" if figures - quoted else "reworded"
            said = attribution.of(text, lo, hi)
            said_by, named_at = said if said else (None, -1)
            if said_by is None and (title := attribution.title(text, lo, hi)):
                said_by = _titled(text, title, lo, attribution.person, k)
            if said_by is None:
                around_lo, around_hi = _holding(sentences, start, end, more=1)
                same = _same_person(speaker, text[around_lo:around_hi]) or _named_before(
                    text, sentences, min(lo, start), speaker, attribution.person
                )
                said_by = speaker if same else None
            else:
                same = _same_person(speaker, said_by)
            readings.append(
                _Reading(page_index, start, stance, said_by, same, _passage(text, lo, hi), named_at)
            )
            if same:
                break
        return next((r for r in readings if r.same), readings[0] if readings else None)


def _someone_else(reading: _Reading, index: EvidenceIndex, speaker: str, k: Knowledge) -> bool:
    """True when the name a page's attribution gives the words is another person's:
    a person's name (no organisation's or title's word in it; a surname alone only
    where the page gives it with a given name), in a sentence that does not name the
    claim's speaker too (who may be the one quoted there). A name that runs into a noun
    ("said New York officials") names a place or a body, not the speaker."""
    name = reading.speaker or ""
    text = index.pages[reading.page].text
    runs_on = _RUNS_ON.match(text, reading.named_at)
    if runs_on and not (
        runs_on.group(1) in STOPWORDS
        or runs_on.group(1) in k.words("speech_verbs")
        or runs_on.group(1).endswith("ly")
    ):
        return False
    words = {w.lower() for w in re.split(r"[\s-]+", name)}
    not_names = k.words("refer_union") | k.words("refer_employer") | k.words("institutions")
    if words & (not_names | k.roles | k.words("organisation_heads")):
        return False
    if len(words) == 1 and not re.search(rf"{_GIVEN}\s{re.escape(name)}(?![\w’'])", text):
        return False
    lo, hi = _holding(index.pages[reading.page].sentences, reading.at, reading.at)
    return not _same_person(speaker, text[lo:hi])


def _passage(text: str, lo: int, hi: int) -> str:
    """A page's words as the rationale quotes them: on one line, without the comma that
    led to their attribution."""
    return " ".join(text[lo:hi].split()).rstrip(",;:")


def _unverified_reason(readings: Sequence[_Reading], speaker: str) -> str | None:
    """Why a quotation some page holds is still unverified: the page gives the words
    to someone else, or to nobody it names."""
    if any(r.same for r in readings):
        return None
    other = next((r for r in readings if r.speaker), None)
    if other is not None:
        return (
            f"A source has these words, but attributed to {other.speaker}, not {speaker}: "
            f"“{other.words}”."
        )
    if readings:
        return f"A source has these words, but does not say that {speaker} said them."
    return None


def _sentence_at(index: EvidenceIndex, page: int, offset: int) -> int:
    """The index entry of the page's sentence holding ``offset``."""
    entries = index.page_entries(page)
    for i in entries:
        s = index.sentences[i]
        if s.fact is None and s.sentence.start <= offset < s.sentence.end + 2:
            return i
    return entries[0]
