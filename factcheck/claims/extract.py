"""Find claims in sentences by running the rule packs over them."""

from __future__ import annotations

import re
import threading
from bisect import bisect_left, bisect_right
from collections import OrderedDict
from collections.abc import Callable, Iterable, Iterator, Mapping, Sequence
from dataclasses import dataclass, replace
from itertools import islice
from typing import Generic, NamedTuple, Protocol, TypeVar, overload

from factcheck.claimfields import (
    DateFields,
    Fields,
    JobTitleFields,
    QuantityFields,
    QuoteFields,
    SalaryFields,
    StrikeFields,
)
from factcheck.claims.checkworthiness import CheckWorthiness
from factcheck.claims.fields import (
    BUILDERS,
    DURATION_UNIT,
    RIVALS,
    BuildInput,
    Capture,
    build_generic,
    speaker_name,
)
from factcheck.claims.needs import (
    Needle,
    NeedsIndex,
    alternatives,
    alternatives_needs,
    fold,
    needs,
    quick_search,
)
from factcheck.claims.openings import OpeningsIndex, Starts, openings, searcher
from factcheck.claims.posting_links import POSTING_LINK_RULE, linked_title
from factcheck.claims.prefilter import gate
from factcheck.claims.quotespans import quote_runs, speakers
from factcheck.claims.values import Parsers, TextContext
from factcheck.model import Article, Claim, Link, Sentence
from factcheck.reading.sentences import normalise_space
from factcheck.rulepacks.ruleset import Rule, RuleSet

_WORD = re.compile(r"[\w’'-]+")
_PERSON_BEFORE = re.compile(
    r"(?:mr|ms|mrs|dr|prof|sir|dame|president|chief|executive|director|manager|"
    r"spokesperson|spokeswoman|spokesman|actor|actress|writer|founder|reporter)\.?\s*$"
)
_PLACE_BEFORE = re.compile(r"\b(?:in|across|near|throughout|around)\s+(?:the\s+)?$")
_PERSON_AFTER = re.compile(r"[,\s]*(?:said|says|told|argued|added|wrote|tweeted)\b")


@dataclass(frozen=True)
class _Earlier:
    """What earlier sentences named: organisations and jobs, nearest first, and how much
    the text has been about each organisation (when the article's reading tracks it)."""

    orgs: Sequence[str]
    jobs: Sequence[JobTitleFields]
    salience: Callable[[str], float] | None = None


@dataclass(frozen=True)
class Found:
    """A rule match in one sentence, with the claim fields it yields."""

    rule: Rule
    start: int  # offsets in the sentence's raw text
    end: int
    fields: Fields
    checkworthiness: float


class _Placed(Protocol):
    """A match placed in its sentence, as overlaps are resolved."""

    @property
    def rule(self) -> Rule: ...
    @property
    def start(self) -> int: ...
    @property
    def end(self) -> int: ...
    @property
    def fields(self) -> Fields | None: ...


_P = TypeVar("_P", bound=_Placed)


@dataclass(slots=True)
class _Candidate:
    """A match of a sentence, with its fields once built (``built``; None: the builder
    turned it down)."""

    rule: Rule
    match: re.Match[str]
    start: int
    end: int
    fields: Fields | None
    built: bool


class _Plan(NamedTuple):
    """How a rule is run over a sentence: the numbers of the sets of words it needs in
    the extractor's :class:`NeedsIndex` (rules share sets: every money rule needs a
    currency, every rule reading a number a digit or a number word), those that one
    scan of the sentence finds apart from those that need a search of their own; for a
    pattern that is a top-level alternation, the same for each alternative (a match
    holds what one of them needs); the gate after its opening phrase, its regex, for
    a rule that asks only whether a sentence matches (see :meth:`Extractor._whether`)
    its alternatives, and for a rule whose matches open with a few telling strings
    their number in the extractor's :class:`OpeningsIndex`; the set the rule is filed
    under for a sentence's scan (``key``), and the set whose last needle no match
    starts after (``bound``), and the number of the gate's openings when few; for a
    rule tried at its openings whose pattern is an alternation, the sets each
    alternative needs (``reach``: no match starts after the last needle of one of its
    alternative's sets, for the alternative it is); and
    what the rule alone decides, worked out once for the rule set rather than once a
    sentence: whether it gives plain statements (``statement``), and whether its
    matches are built as they are found (``eager``: see :meth:`Extractor._find`)."""

    rule: Rule
    needs: frozenset[int]
    needs_searched: tuple[int, ...]
    either: tuple[tuple[frozenset[int], tuple[int, ...]], ...] | None
    gate: re.Pattern[str] | None
    regex: re.Pattern[str]
    whether: tuple[re.Pattern[str], ...] | None
    opens: int | None
    key: int | None
    bound: int | None
    gate_opens: int | None
    reach: tuple[tuple[int, ...], ...] | None
    statement: bool
    eager: bool


def _by_need(plans: Sequence[_Plan]) -> tuple[list[int], dict[int, list[int]]]:
    """The positions of the plans that needs found by a scan cannot rule out, and of
    the others by the most telling set they need that a scan finds (each plan once)."""
    always: list[int] = []
    keyed: dict[int, list[int]] = {}
    for i, plan in enumerate(plans):
        if plan.key is not None:
            keyed.setdefault(plan.key, []).append(i)
        else:
            always.append(i)
    return always, keyed


# How many combinations of needed sets an extractor keeps the passing plans of.
_PASSING_KEPT = 4096


class Extractor:
    """Runs a rule set over text. One extractor serves articles and source pages alike,
    so the facts read from evidence are typed exactly as the claims they are checked
    against."""

    def __init__(self, ruleset: RuleSet):
        self.ruleset = ruleset
        self.parsers = Parsers(ruleset.macros)
        self.scorer = CheckWorthiness(ruleset.knowledge)
        self._context_words = {
            r.id: re.compile(ruleset.macros.fragment("words", r.context_words) or "(?!)", re.I)
            for r in ruleset.rules
            if r.context_words
        }
        self._needs = NeedsIndex()
        self._openings = OpeningsIndex()
        self._plans = {r.id: self._plan(r) for r in ruleset.rules}
        # A rule set with no title rules (a library caller's own packs) asks for no titles,
        # not even those a posting link names.
        self.reads_titles = bool(ruleset.by_type("job_title"))
        self._all = list(self._plans.values())
        self._always, self._keyed = _by_need(self._all)
        # The plans a sentence may pass, by the needed sets its scan found (_likely).
        self._passing: dict[frozenset[int], tuple[_Plan, ...]] = {}
        self._context: TextContext | None = None

    def _plan(self, rule: Rule) -> _Plan:
        search = quick_search(rule.regex) or rule.regex
        wanted = own = needs(rule.regex)
        context = self._context_words.get(rule.id)
        if context is not None:
            # A match counts only with a context word in the words around it, and those
            # words are the sentence's, joined by spaces: a needed string without a
            # space that the window holds, the sentence holds too.
            wanted += tuple(
                strings
                for strings in needs(context)
                if not any(ch.isspace() for s in strings for ch in s.text)
            )
        scanned, alone = self._numbered(wanted)
        # The most telling set one scan finds (needs come best first) files the plan.
        key = next((n for n in map(self._needs.add, wanted) if n in scanned), None)
        either = None
        if (branches := alternatives_needs(rule.regex)) is not None and all(branches):
            either = tuple(self._numbered(sets) for sets in branches)
        # A claim of the whole sentence whose fields no capture and no context word
        # feeds is read from the sentence alone: where the pattern matches is no matter.
        asks_whether = rule.scope == "sentence" and not rule.captures and not rule.context_words
        whether = alternatives(rule.regex) if asks_whether else None
        # Only where a match can start is it looked for, when those places are few.
        opening = openings(rule.regex) if whether is None else None
        opens = self._openings.add(opening) if opening and opening.telling() else None
        needed = gate(rule, self.ruleset.macros)
        # A gate is tried only where one of its openings is, when those are few.
        gated = openings(needed) if needed is not None else None
        gate_opens = self._openings.add(gated) if gated is not None and gated.long() else None
        # The most telling set every match holds a needle of (not the context's, which
        # is read around the match): no match starts after the last of its needles.
        bound = self._needs.add(own[0]) if opens is not None and own else None
        reach = None
        if opens is not None and either is not None:
            reach = tuple(tuple(sorted(some.union(alone))) for some, alone in either)
        # Matches that would be built anyway are built as they are found: a rule
        # opening with a left-hand phrase matches again just after the start of each
        # match (a shorter phrase), and one read over the whole sentence again wherever
        # another match of it starts. A date's fields say what it competes with.
        eager = needed is not None or rule.scope == "sentence" or rule.type == "date"
        return _Plan(
            rule,
            scanned,
            alone,
            either,
            needed,
            search,
            whether,
            opens,
            key,
            bound,
            gate_opens,
            reach,
            rule.type == "statement",
            eager,
        )

    def _numbered(
        self, sets: Sequence[frozenset[Needle]]
    ) -> tuple[frozenset[int], tuple[int, ...]]:
        """The numbers of ``sets`` in the needs index: those one scan of a sentence finds,
        and those searched for on their own."""
        numbers = [self._needs.add(strings) for strings in sets]
        alone = tuple(n for n in numbers if self._needs.searched_alone(n))
        return frozenset(n for n in numbers if n not in alone), alone

    def _plans_of(self, rules: Sequence[Rule]) -> list[_Plan]:
        out = []
        for rule in rules:
            plan = self._plans.get(rule.id)
            out.append(plan if plan is not None and plan.rule is rule else self._plan(rule))
        return out

    def _likely(self, scanned: set[int]) -> Sequence[_Plan]:
        """The plans, in their order, that a sentence holding the needed sets
        ``scanned`` may pass: those needing nothing one scan finds, and those whose
        most telling needed set (``key``) is among ``scanned``, less those that need
        a set one scan finds and ``scanned`` lacks (for a pattern that is an
        alternation, every alternative). Looping over all the rules to turn most of
        them down cost more than the few that run; and sentences hold the same few
        combinations of needed sets again and again (about 29 plans a sentence of
        news copy were turned down one by one, 11 passed), so the answer for each
        combination is kept. What is searched for apart from the scan is still asked
        of each sentence (see :meth:`_find`)."""
        key = frozenset(scanned)
        got = self._passing.get(key)
        if got is not None:
            return got
        keyed = self._keyed
        numbers = [i for n in scanned if n in keyed for i in keyed[n]]
        if numbers:
            numbers += self._always
            numbers.sort()
        else:
            numbers = self._always
        got = tuple(
            plan
            for plan in map(self._all.__getitem__, numbers)
            if plan.needs <= key
            and (plan.either is None or any(some <= key for some, _ in plan.either))
        )
        if len(self._passing) >= _PASSING_KEPT:
            self._passing.clear()
        self._passing[key] = got
        return got

    def context(self, text: str) -> TextContext:
        """A context for sentences drawn from ``text`` (an article or a page). Asked
        again for the same text (extraction, then judging), it is the same context, so
        what it learns of a long text is learnt once."""
        if self._context is None or self._context.text is not text:
            self._context = TextContext(text, self.ruleset.knowledge)
        return self._context

    def find(
        self,
        raw: str,
        ctx: TextContext,
        earlier_orgs: Sequence[str] = (),
        rules: Sequence[Rule] | None = None,
        earlier_jobs: Sequence[JobTitleFields] = (),
        *,
        statements_alone: bool = False,
    ) -> list[Found]:
        """All claims in one sentence's raw text, overlaps within a type resolved.

        A sentence longer than ``PIECE`` characters (a run-on list, a table flattened
        into one line) is read in pieces cut at clause boundaries: what a claim's
        builder reads around its match is then bounded, and the cost of a sentence
        grows with its length, not with its length times the claims in it.

        With ``statements_alone``, plain statements are looked for only where no
        typed claim is found (a quote naming no speaker aside): an article keeps a
        statement only then (see :func:`extract_claims`)."""
        salience = earlier_orgs.salience if isinstance(earlier_orgs, Recent) else None
        earlier = _Earlier(earlier_orgs, earlier_jobs, salience)
        if len(raw) <= PIECE:
            return self._find(raw, ctx, earlier, rules, statements_alone)
        found = []
        for start, end in pieces(raw):
            for f in self._find(raw[start:end], ctx, earlier, rules, statements_alone):
                found.append(replace(f, start=f.start + start, end=f.end + start))
        return found

    def _find(
        self,
        raw: str,
        ctx: TextContext,
        earlier: _Earlier,
        rules: Sequence[Rule] | None,
        statements_alone: bool = False,
    ) -> list[Found]:
        if self.scorer.is_question(raw):
            return []
        candidates: list[_Candidate] = []
        folded = fold(raw)
        # Rules asked for by the caller are planned before the sentence is scanned: a
        # rule the extractor has not planned adds the sets it needs to the index, and a
        # scan made before would not look for them (the rule was then never tried).
        given = None if rules is None else self._plans_of(rules)
        held = self._needs.scan(raw, folded)
        scanned = held.found
        plans: Sequence[_Plan] = self._likely(scanned) if given is None else given
        starts: Starts | bool | None = False  # where openings occur, once asked for
        words = _Words(raw)  # read once for every rule's context words
        later: list[_Plan] = []  # plain statements, when looked for after the rest
        deferring = statements_alone
        while True:
            for plan in plans:
                (
                    rule,
                    wanted,
                    searched,
                    either,
                    needed,
                    regex,
                    whether,
                    opens,
                    _,
                    bound,
                    gated,
                    reach,
                    statement,
                    eager,
                ) = plan
                if deferring and statement:
                    later.append(plan)
                    continue
                # A sentence without a word every match holds cannot match.
                if not wanted <= scanned or (searched and not all(map(held.holds, searched))):
                    continue
                if either is not None and not any(
                    some <= scanned and all(map(held.holds, alone)) for some, alone in either
                ):
                    continue
                # A sentence without what the rule needs after its opening phrase cannot
                # match.
                gate_places: list[int] | None = None
                first_gate = -1  # the first of those places where the gate matches
                if needed is not None:
                    if gated is not None and starts is False:
                        starts = self._openings.scan(raw, folded)
                    if gated is not None and isinstance(starts, Starts):
                        gate_places = starts.of(gated)
                        match = needed.match
                        first_gate = next((p for p in gate_places if match(raw, p)), -1)
                        if first_gate < 0:
                            continue
                    elif needed.search(raw) is None:
                        continue
                if whether is not None:
                    candidates += self._whether(rule, whether, raw, ctx, earlier)
                    continue
                search: Callable[[str, int], re.Match[str] | None] = regex.search
                if opens is not None:
                    if starts is False:
                        starts = self._openings.scan(raw, folded)
                    if isinstance(starts, Starts):
                        places = starts.of(opens)
                        if bound is not None and places:
                            places = places[: bisect_right(places, held.last(bound))]
                        if reach is not None and places:
                            # A match is one alternative's, and holds a needle of each
                            # set that alternative needs at or after its start.
                            last = held.last
                            limit = max(min(map(last, sets)) for sets in reach)
                            places = places[: bisect_right(places, limit)]
                        if not places:
                            continue  # nowhere a match can start
                        search = searcher(regex.match, places)
                if gate_places is not None and needed is not None:
                    search = _gated(search, needed.match, gate_places, first_gate)
                candidates += self._matches(rule, search, raw, words, ctx, earlier, eager)
            found = self._settle(candidates, raw, ctx, earlier)
            if not later or any(f.rule.type != "statement" and not _unattributed(f) for f in found):
                return _pay_with_job(found)
            # No claim an article keeps over a plain statement: statements are looked for.
            plans, later, deferring = later, [], False

    def _matches(
        self,
        rule: Rule,
        search: Callable[[str, int], re.Match[str] | None],
        raw: str,
        words: _Words,
        ctx: TextContext,
        earlier: _Earlier,
        eager: bool,
    ) -> list[_Candidate]:
        """The matches of one rule in a sentence that may give claims.

        After a match that gives fields the next search starts where the claim ends;
        after one that gives none (its builder turns it down), just after its start.
        Building fields is most of the cost of a match, and most matches lose to another
        claim over the same words ("$40,000 a year" is a salary, not also a sum of
        money), so a match is built here only when the two searches differ: when the
        search from just after its start finds no match starting before the claim's
        end, the next match is the same either way and the match waits (see
        :meth:`_settle`). With ``eager`` every match is built at once: a date's fields
        say what it competes with."""
        out: list[_Candidate] = []
        pos = 0
        ahead: re.Match[str] | None = None  # the next match, found while deferring one
        while True:
            m = ahead if ahead is not None else search(raw, pos) if pos < len(raw) else None
            ahead = None
            if m is None:
                break
            # Phrases at a match's edge may swallow the rest of the sentence; the next
            # search starts where the claim really ends, so a second claim is found.
            pos = m.end()
            if m.end() == m.start() or not self._context_ok(rule, words, m):
                pos = max(pos, m.start() + 1)
                continue
            start, end = (0, len(raw)) if rule.scope == "sentence" else self._span(rule, m, ctx)
            after, retry = max(end, m.start() + 1), m.start() + 1
            if not eager:
                following = search(raw, retry) if retry < len(raw) else None
                if following is None or following.start() >= after:
                    out.append(_Candidate(rule, m, start, end, None, built=False))
                    if following is None or after >= len(raw):
                        break
                    ahead = following
                    continue
            fields = self._build(rule, m, raw, ctx, earlier)
            if fields is None:
                pos = retry
                continue
            out.append(_Candidate(rule, m, start, end, fields, built=True))
            pos = after
        return out

    def _whether(
        self,
        rule: Rule,
        alternatives: Sequence[re.Pattern[str]],
        raw: str,
        ctx: TextContext,
        earlier: _Earlier,
    ) -> list[_Candidate]:
        """The claim of a rule that spans the whole sentence and builds its fields from
        the sentence alone, if the sentence matches: where it matches changes nothing,
        so each top-level alternative of the pattern is searched on its own, the
        cheapest first. A plain statement's pattern is an organisation, a digit or a
        date: a digit is found at once, where searching the whole pattern tried the
        organisations' names at every capital before it."""
        for regex in alternatives:
            m = regex.search(raw)
            while m is not None and m.end() == m.start():  # an empty match is none
                m = regex.search(raw, m.start() + 1) if m.start() < len(raw) else None
            if m is None:
                continue
            fields = self._build(rule, m, raw, ctx, earlier)
            return [] if fields is None else [_Candidate(rule, m, 0, len(raw), fields, True)]
        return []

    def _settle(
        self, candidates: list[_Candidate], raw: str, ctx: TextContext, earlier: _Earlier
    ) -> list[Found]:
        """The claims among a sentence's matches, as if every match had been built.
        Only the matches that decide how the overlaps resolve are built (those kept,
        and those keeping others out: :func:`_resolve_overlaps`); whether any other
        would give fields changes nothing. One that gives none is dropped and the
        overlaps are resolved again."""
        while True:
            deciding, kept = _resolve_overlaps(candidates)
            unbuilt = [c for c in deciding if not c.built]
            for c in unbuilt:
                c.fields, c.built = self._build(c.rule, c.match, raw, ctx, earlier), True
            refused = {id(c) for c in unbuilt if c.fields is None}
            if not refused:
                break
            candidates = [c for c in candidates if id(c) not in refused]
        if not kept:
            return []
        score = self.scorer.value(raw)
        return [
            Found(c.rule, c.start, c.end, c.fields, score) for c in kept if c.fields is not None
        ]

    def _span(self, rule: Rule, m: re.Match[str], ctx: TextContext) -> tuple[int, int]:
        """The match, less what its edge phrases swallowed beyond their boundaries."""
        start, end = matched = m.span()
        for group, kind in rule.captures.items():
            # Only a capture at an edge of the match moves it; one that took no part in
            # the match has the span (-1, -1).
            first, last = m.span(group)
            opens, closes = first == matched[0], last == matched[1]
            if not opens and not closes:
                continue
            inner_start, inner_end = self.parsers.trimmed_span(kind, m.group(group), ctx)
            if opens:
                start = first + inner_start
            if closes:
                end = first + inner_end
        while end > start and raw_strip(m.string[end - 1]):
            end -= 1
        return start, max(end, start + 1)

    def _context_ok(self, rule: Rule, words: _Words, m: re.Match[str]) -> bool:
        if not rule.context_words:
            return True
        before = words.before(m.start(), rule.context_within)
        after = words.after(m.end(), rule.context_after)
        window = " ".join([*before, m.group(0), *after])
        return bool(self._context_words[rule.id].search(window))

    def _build(
        self, rule: Rule, m: re.Match[str], raw: str, ctx: TextContext, earlier: _Earlier
    ) -> Fields | None:
        captures: dict[str, Capture] = {}
        for group, kind in rule.captures.items():
            text = m.group(group)
            if text is None:
                continue
            name = group.split("__", 1)[0]
            if name in captures:
                continue
            value = self.parsers.parse(kind, text, ctx)
            if value is None or value == "" or value == []:
                continue
            captures[name] = Capture(kind, text, m.start(group), m.end(group), value)
        builder = BUILDERS.get(rule.type, build_generic)
        return builder(
            BuildInput(
                captures,
                rule.constants,
                raw,
                m.start(),
                ctx,
                self.parsers,
                earlier.orgs,
                earlier.jobs,
                earlier.salience,
            )
        )

    def build_span(
        self,
        rule: Rule,
        raw: str,
        span: tuple[int, int],
        ctx: TextContext,
        earlier_orgs: Sequence[str],
        earlier_jobs: Sequence[JobTitleFields],
    ) -> Found | None:
        """A claim of ``rule`` whose one capture, ``title``, is ``raw[start:end]``: for a
        span a page structure chose rather than a pattern (see claims.posting_links)."""
        start, end = span
        text = raw[start:end]
        salience = earlier_orgs.salience if isinstance(earlier_orgs, Recent) else None
        fields = BUILDERS[rule.type](
            BuildInput(
                {"title": Capture("title", text, start, end, text)},
                rule.constants,
                raw,
                start,
                ctx,
                self.parsers,
                earlier_orgs,
                earlier_jobs,
                salience,
            )
        )
        if fields is None:
            return None
        return Found(rule, start, end, fields, self.scorer.value(raw))

    def organisation_names(self, raw: str, ctx: TextContext) -> list[str]:
        """Capitalised names in a sentence that read as organisations rather than people
        (a person is titled "Ms." or "chief executive", or "says" something)."""
        out = []
        # A sentence that is only a name is a label or heading ("**Spotify.**"): what
        # follows is about it.
        label = len(list(islice(_WORD.finditer(raw), 4))) <= 3
        for name, start, end in self.parsers.proper_names(raw, ctx):
            before, after = raw[max(0, start - 25) : start].lower(), raw[end : end + 20].lower()
            if _PERSON_BEFORE.search(before) or _PERSON_AFTER.match(after):
                continue
            if _PLACE_BEFORE.search(before):
                continue  # "in New York City": a place, not an employer
            known = self.parsers.org_names(name, ctx)
            if known:
                out.append(known[0])
            elif label or len(name.split()) >= 2 or ctx.names.kind(name) is not None:
                out.append(ctx.names.canonical(name))
        return out

    def sentence_orgs(self, raw: str, ctx: TextContext) -> list[str]:
        """Organisations a sentence names, in order."""
        return self.parsers.org_names(raw, ctx)


# The extractors built last, by rule set (see extractor_for), with what each was built
# from; a few only, since each keeps its rule set alive.
_BUILT: OrderedDict[int, tuple[tuple[int, ...], Extractor]] = OrderedDict()
_BUILT_KEPT = 4
# A batch's worker threads ask at once; one of them must not evict what another files.
_BUILT_LOCK = threading.Lock()


def _built_from(ruleset: RuleSet) -> tuple[int, ...]:
    # The entry keeps the rule set, and its extractor every rule, alive: no id is reused.
    return (id(ruleset.knowledge), id(ruleset.macros), *map(id, ruleset.rules))


def extractor_for(ruleset: RuleSet) -> Extractor:
    """An extractor of ``ruleset``: the one built last for this very rule set while it
    holds the same rules, knowledge and macros, else a new one. Planning every rule
    takes about half a second, and a run asks again and again for the same rule set's
    (the examples' self-test as the rules load, then the check; a library caller's
    checks one after another), as :class:`Extractor` serves any number of texts."""
    key = id(ruleset)
    made = _built_from(ruleset)
    with _BUILT_LOCK:
        kept = _BUILT.get(key)
        if kept is not None and kept[1].ruleset is ruleset and kept[0] == made:
            _BUILT.move_to_end(key)
            return kept[1]
        extractor = Extractor(ruleset)
        _BUILT[key] = (made, extractor)
        _BUILT.move_to_end(key)
        while len(_BUILT) > _BUILT_KEPT:
            _BUILT.popitem(last=False)
        return extractor


# The longest stretch of a sentence read as one (see Extractor.find); sentences of
# written prose stay far below it.
PIECE = 2000
# Where a long sentence may be cut, best first: after a semicolon, a comma, any space.
_CUTS = ("; ", ", ", " ")


def pieces(raw: str, size: int = PIECE) -> list[tuple[int, int]]:
    """``raw`` cut into spans of at most ``size`` characters, each cut after the last
    clause boundary in the second half of its span (or at ``size`` when there is none)."""
    out = []
    at = 0
    while len(raw) - at > size:
        end = at + size
        for sep in _CUTS:
            cut = raw.rfind(sep, at + size // 2, end)
            if cut >= 0:
                end = cut + len(sep)
                break
        out.append((at, end))
        at = end
    out.append((at, len(raw)))
    return out


class _Words:
    """The words of one sentence, found once and then read around each match: reading
    the sentence again for every match made a sentence of many amounts quadratic."""

    def __init__(self, raw: str):
        self._raw = raw
        self._spans: list[tuple[int, int]] | None = None
        self._starts: list[int] = []
        self._ends: list[int] = []

    def _found(self) -> list[tuple[int, int]]:
        if self._spans is None:
            self._spans = [m.span() for m in _WORD.finditer(self._raw)]
            self._starts = [s for s, _ in self._spans]
            self._ends = [e for _, e in self._spans]
        return self._spans

    def before(self, at: int, count: int) -> list[str]:
        """The last ``count`` words of ``raw[:at]`` (all of them when ``count`` is 0),
        a word running past ``at`` cut there, as ``_WORD.findall(raw[:at])`` gives."""
        spans = self._found()
        k = bisect_left(self._starts, at)
        first = max(0, k - count) if count > 0 else 0
        return [self._raw[s : min(e, at)] for s, e in spans[first:k]]

    def after(self, at: int, count: int) -> list[str]:
        """The first ``count`` words of ``raw[at:]``, a word begun before ``at`` cut there."""
        spans = self._found()
        k = bisect_right(self._ends, at)
        return [self._raw[max(s, at) : e] for s, e in spans[k : k + count]]


def raw_strip(ch: str) -> bool:
    """True for characters a claim's span should not end with."""
    return ch in " ,;:"


def _kind(f: _Placed) -> str:
    """What a match competes with: its claim type, and for a date claim whether it is a
    point in time or a length of time. "The 35-day strike ended on 17 May" states both,
    and neither reading hides the other; nor does a length hide a count."""
    if isinstance(f.fields, DateFields) and f.fields.date is None:
        return "date:duration"
    if isinstance(f.fields, QuantityFields) and f.fields.unit == DURATION_UNIT:
        # "About 300 drivers walked out for two days": the length's match runs from its
        # subject, and the count in that subject is a claim of its own.
        return "quantity:duration"
    return f.rule.type


def _resolve_overlaps(found: Sequence[_P]) -> tuple[list[_P], list[_P]]:
    """Keep, within each claim type, the best of overlapping matches: higher priority,
    then the longer span, then the earlier rule. A date and a duration do not compete
    (see :func:`_kind`). A match overlapping a kept claim of a type it yields to is
    dropped.

    Returns the matches kept, and with them those whose presence decided the answer:
    each match that kept another out of its type, or made one yield. Without any other
    match the answer is the same, so only these need to give fields."""
    ranked = sorted(found, key=lambda f: (-f.rule.priority, -(f.end - f.start), f.start))
    # The spans kept for each type do not overlap, so sorted by start they are sorted by
    # end too, and a new span need only be tried against its nearest neighbour: comparing
    # it with every kept span made a sentence of many amounts quadratic.
    spans: dict[str, _Spans[_P]] = {}
    kept: list[_P] = []
    deciding: dict[int, _P] = {}
    for f in ranked:
        same = spans.setdefault(_kind(f), _Spans())
        blocker = same.overlapping(f.start, f.end)
        if blocker is None:
            same.add(f.start, f.end, f)
            kept.append(f)
        else:
            deciding[id(blocker)] = blocker
    final = []
    for f in kept:
        taken = (
            spans[kind].overlapping(f.start, f.end)
            for kind in spans
            if kind.split(":")[0] in f.rule.yield_to
        )
        winner = next((t for t in taken if t is not None), None)
        if winner is None:
            final.append(f)
        else:
            deciding[id(winner)] = winner
    for f in final:
        deciding[id(f)] = f
    return list(deciding.values()), sorted(final, key=lambda f: (f.start, f.rule.type))


def _pay_with_job(found: list[Found]) -> list[Found]:
    """The pay of a sentence that names one job and one amount of pay is that job's:
    "Quarrow is hiring a dispatcher at $24 an hour" gives the salary the job's title and
    employer. With two of either ("the chief executive was paid 300 times the $61,297 of
    the median employee") which pay is whose is not read."""
    jobs = [f.fields for f in found if isinstance(f.fields, JobTitleFields)]
    pays = [f for f in found if isinstance(f.fields, SalaryFields)]
    if len(jobs) != 1 or len(pays) != 1:
        return found
    job, pay = jobs[0], pays[0]
    assert isinstance(pay.fields, SalaryFields)
    described = "job" in pay.fields.resolved
    if pay.fields.job is not None and not described:
        return found  # the title written right before the pay ("a welder at $30")
    if described:
        # "hiring a chief editor to lead that team, at $90,000": a description's job is
        # the nearest named before, and the sentence's own job is nearer than any.
        linked = replace(
            pay.fields,
            job=job.title,
            employer=job.employer or pay.fields.employer,
            resolved=("employer",) if job.employer is None and pay.fields.employer else (),
        )
    else:
        linked = replace(pay.fields, job=job.title, employer=pay.fields.employer or job.employer)
    return [replace(f, fields=linked) if f is pay else f for f in found]


class _Spans(Generic[_P]):
    """Non-overlapping, non-empty spans, sorted, each with the match it is kept for."""

    def __init__(self) -> None:
        self._starts: list[int] = []
        self._ends: list[int] = []
        self._owners: list[_P] = []

    def overlapping(self, start: int, end: int) -> _P | None:
        """The match of a span here sharing a character with ``[start, end)``, if any."""
        # The last span starting before ``end`` is the only one that can reach past ``start``.
        i = bisect_left(self._starts, end) - 1
        return self._owners[i] if i >= 0 and self._ends[i] > start else None

    def add(self, start: int, end: int, owner: _P) -> None:
        """Add a span that overlaps none here."""
        i = bisect_left(self._starts, start)
        self._starts.insert(i, start)
        self._ends.insert(i, end)
        self._owners.insert(i, owner)


# How many sentences back a strike may be told for a claim pointing back at its strikers
# ("Crane drivers joined them") to stand: those of a short paragraph.
BACK_TO_STRIKE = 3


def extract_claims(
    article: Article,
    ruleset: RuleSet,
    *,
    min_checkworthiness: float = 0.5,
    extractor: Extractor | None = None,
    limit: int | None = None,
) -> list[Claim]:
    """The claims of an article, in reading order, with ids c1, c2, ...

    Typed claims (salaries, titles...) are kept whatever their check-worthiness unless
    the sentence is a question; a plain ``statement`` is kept only when its sentence
    scores at least ``min_checkworthiness`` and no typed claim covers it. With
    ``limit``, reading stops once that many claims are found.
    """
    ex = extractor or extractor_for(ruleset)
    ctx = ex.context(article.text)
    claims: list[Claim] = []
    # The speakers of the quote claims kept, by sentence, in claim order: what a quotation
    # naming nobody looks back at, without reading every claim kept so far each time.
    spoken: dict[int, list[str]] = {}
    earlier = Recent()
    # The jobs named before, nearest first ("The role pays ..." is about the nearest, "the
    # university's post" about the one at the university).
    last_job: tuple[JobTitleFields, ...] = ()
    references = _References(article)
    in_references = False
    runs = quote_runs(article.text, article.sentences)
    quote_rules = [r for r in ruleset.rules if r.type == "quote"]
    quoted_until = -1  # the last sentence inside a quotation read across sentences
    # The last sentence that told a strike: "X joined them" stands only a few after one.
    last_strike = -BACK_TO_STRIKE - 1
    last_strikers: tuple[str, ...] = ()  # who struck in it: whom "they" stands for
    for i, sentence in enumerate(article.sentences):
        if limit is not None and len(claims) >= limit:
            return claims[:limit]
        raw = article.text[sentence.start : sentence.end]
        if _REFERENCES_HEADING.match(sentence.text):
            in_references = True
        elif in_references and _section_heading(article.sentences, i, references):
            # A roundup may list each story's sources under it and go on with the next
            # story's heading: the list ends there, not at the end of the draft.
            in_references = False
        if in_references:
            continue
        citing = references.cites(sentence)
        if citing and not references.terse_prose(sentence):
            continue
        earlier.next_sentence()
        found = ex.find(raw, ctx, earlier, earlier_jobs=last_job, statements_alone=True)
        if citing:
            # A short sentence whose address fills most of it is prose when what it
            # claims stands outside the address ("Tarvo is hiring a Welder (https://...)").
            found = [
                f
                for f in found
                if f.rule.type != "statement" and not references.inside(sentence, f)
            ]
            if not found:
                continue
        across = _quoted_across(article, i, runs.get(i), quote_rules, ex, ctx, earlier)
        if any(_unattributed(f) for f in (*found, *(f for _, f in across))):
            heard = _speaker_before(article, i, spoken, ex, ctx)
            found = [g for f in found if (g := _spoken_by(f, heard)) is not None]
            across = [(run, g) for run, f in across if (g := _spoken_by(f, heard)) is not None]
        if across:
            quoted_until = max(quoted_until, runs[i])
        if i - last_strike > BACK_TO_STRIKE:
            found = [f for f in found if not f.rule.constants.get("after_strike")]
            last_strikers = ()
        found = [g for f in found if (g := _they_struck(f, last_strikers)) is not None]
        if any(f.rule.type == "strike" for f in found):
            last_strike = i
            last_strikers = next(
                (
                    f.fields.strikers
                    for f in reversed(found)
                    if isinstance(f.fields, StrikeFields)
                    and f.fields.strikers
                    and not f.fields.denied
                ),
                last_strikers,
            )
        typed = [f for f in found if f.rule.type != "statement"]
        if not any(f.rule.type == "job_title" for f in typed) and (
            linked := _posting_title(ex, raw, sentence, references, ctx, earlier, last_job, typed)
        ):
            # A sentence linked to a job's posting names that job, in whatever words.
            found, typed = [*typed, linked], [*typed, linked]
        for f in found:
            if f.rule.type == "statement" and (
                typed or i <= quoted_until or f.checkworthiness < min_checkworthiness
            ):
                continue
            _add(claims, spoken, _claim(article, sentence, raw, f, len(claims) + 1))
        for run, f in across:
            _add(
                claims,
                spoken,
                _claim(article, run, article.text[run.start : run.end], f, len(claims) + 1),
            )
        named = [*ex.sentence_orgs(raw, ctx), *ex.organisation_names(raw, ctx)]
        if ex.parsers.descriptions.mentions(raw, "union") and not any(
            ex.parsers.is_union_name(n, ctx) for n in named
        ):
            # "The union's board voted": the union the text is about is mentioned again.
            unions = (n for n in earlier if ex.parsers.is_union_name(n, ctx))
            earlier.extend(earlier.salient(list(islice(unions, RIVALS))))
        aside = _LATER_CLAUSE.search(raw) if named else None
        if aside is not None:
            # What a sentence's main clause names is what it is about; a name only in a
            # clause after it ("...; the guild had been out since May") weighs half.
            head = raw[: aside.start()]
            main = {*ex.sentence_orgs(head, ctx), *ex.organisation_names(head, ctx)}
            for name in named:
                earlier.extend([name], weight=1.0 if name in main else 0.5)
        else:
            earlier.extend(named)
        # An employer named by a claim is what "the company" or "its" refers to next.
        titles = [f.fields for f in typed if isinstance(f.fields, JobTitleFields)]
        earlier.extend(t.employer for t in titles if t.employer)
        last_job = (*reversed(titles), *last_job)[:EARLIER_JOBS]
    return claims if limit is None else claims[:limit]


def _posting_title(
    ex: Extractor,
    raw: str,
    sentence: Sentence,
    references: _References,
    ctx: TextContext,
    earlier: Recent,
    last_job: Sequence[JobTitleFields],
    typed: Sequence[Found],
) -> Found | None:
    """The job title claim a sentence's link to a posting names (see
    :mod:`factcheck.claims.posting_links`), when no other claim of the sentence holds it."""
    links = references.open_links()
    if not links or not ex.reads_titles:
        return None
    span = linked_title(raw, sentence, links, ex.parsers.k.is_role)
    if span is None or any(f.start < span[1] and f.end > span[0] for f in typed):
        return None
    return ex.build_span(POSTING_LINK_RULE, raw, span, ctx, earlier, last_job)


def _they_struck(f: Found, strikers: tuple[str, ...]) -> Found | None:
    """``f`` with the strikers "they" stands for ("They downed tools against X"): those
    of the strike told in the few sentences before; None when none was, as "they" then
    may be anyone. Other matches are returned as they are."""
    if not isinstance(f.fields, StrikeFields) or "they" not in f.fields.resolved:
        return f
    if not strikers:
        return None
    return replace(f, fields=replace(f.fields, strikers=strikers, resolved=("strikers",)))


def _gated(
    search: Callable[[str, int], re.Match[str] | None],
    gate: Callable[[str, int], re.Match[str] | None],
    places: list[int],
    first: int,
) -> Callable[[str, int], re.Match[str] | None]:
    """``search`` for a rule whose opening phrase is followed by what ``gate`` matches,
    where ``places`` holds every place the gate can start: a match from a position has
    what follows its opening phrase at or after that position, so where the gate
    matches at none of those places no match is searched for. Searching the whole rule
    again after its last claim read its opening phrase at every word that was left.
    ``first`` is the first of ``places`` where the gate is known to match."""

    def search_gated(text: str, pos: int) -> re.Match[str] | None:
        if pos <= first:
            return search(text, pos)
        for i in range(bisect_left(places, pos), len(places)):
            if gate(text, places[i]) is not None:
                return search(text, pos)
        return None

    return search_gated


def _unattributed(f: Found) -> bool:
    return isinstance(f.fields, QuoteFields) and f.fields.speaker is None


def _spoken_by(f: Found, speaker: str | None) -> Found | None:
    """A quote that names no speaker, given the one before it; without one, no claim."""
    if not isinstance(f.fields, QuoteFields) or f.fields.speaker is not None:
        return f
    if speaker is None:
        return None
    return replace(f, fields=replace(f.fields, speaker=speaker))


# How many sentences back a quotation that names nobody looks for its speaker.
_SPEAKER_REACH = 4


def _add(claims: list[Claim], spoken: dict[int, list[str]], claim: Claim) -> None:
    """Keep ``claim``, and its speaker under its sentence when it is a quote that has one."""
    claims.append(claim)
    if isinstance(claim.fields, QuoteFields) and claim.fields.speaker:
        spoken.setdefault(claim.sentence.index, []).append(claim.fields.speaker)


def _speaker_before(
    article: Article, at: int, spoken: Mapping[int, list[str]], ex: Extractor, ctx: TextContext
) -> str | None:
    """Who speaks the quotation of sentence ``at`` that names nobody ('"We will not
    move," she said'; a sentence that is a quotation alone): the speaker of the nearest
    sentence before it in its paragraph, or the last of the paragraph before, that has
    someone speaking (a quote claim's speaker, "Ada Brisk said ...") or opens with
    someone ("Ada Brisk, the branch secretary, led the march"), unless a sentence
    between names someone else."""
    ruleset = ex.ruleset
    who = speakers(ruleset.macros.person, tuple(sorted(ruleset.knowledge.words("speech_verbs"))))
    block = article.sentences[at].block
    for j in range(at - 1, max(-1, at - 1 - _SPEAKER_REACH), -1):
        sentence = article.sentences[j]
        if sentence.block != block and j != at - 1:
            return None
        # The speakers of the quote claims kept from that sentence (scanning every
        # claim kept so far here made an article of many such quotations quadratic).
        quoted = spoken.get(sentence.index, [])
        if quoted:
            return quoted[-1]
        raw = article.text[sentence.start : sentence.end]
        named = who.speaking(raw) or who.subject(raw)
        if named is not None:
            return speaker_name(named, ruleset.knowledge, ctx)
        if who.names_someone(raw) or sentence.block != block:
            return None
    return None


def _quoted_across(
    article: Article,
    first: int,
    last: int | None,
    rules: Sequence[Rule],
    ex: Extractor,
    ctx: TextContext,
    earlier: Recent,
) -> list[tuple[Sentence, Found]]:
    """The quotes of a quotation that runs from sentence ``first`` to ``last`` (see
    quotespans.py), read as one text: the run as one sentence, and each quote whose
    match crosses the first sentence's end."""
    if last is None or not rules:
        return []
    head = article.sentences[first]
    start, end = head.start, article.sentences[last].end
    raw = article.text[start:end]
    cut = head.end - head.start
    found = [f for f in ex.find(raw, ctx, earlier, rules=rules) if f.start < cut < f.end]
    run = replace(head, text=normalise_space(raw), end=end)
    return [(run, f) for f in found]


# Jobs named before that a description may point back to; further back, none is meant.
EARLIER_JOBS = 4


class Recent(Sequence[str]):
    """Organisations named so far, nearest first, each once at its latest mention, and
    how much the text has been about each (:meth:`salience`).

    Builders take the first of these that fits ("the company": the nearest company), and
    an older mention of a name already seen nearer cannot be first, so keeping one
    mention of each changes no answer. Copying the whole list of mentions for every
    sentence made long articles quadratic. So that a builder's look back stays bounded
    too, only the latest ``KEPT`` names are kept: "the union" does not reach further
    back than that many organisations."""

    KEPT = 1000
    # A mention's weight halves with each sentence read after it: a union named in the
    # sentence just before weighs as much as any run of mentions before that.
    DECAY = 0.5

    def __init__(self) -> None:
        # name -> (salience when last mentioned, that sentence, the weight it added then)
        self._names: OrderedDict[str, tuple[float, int, float]] = OrderedDict()
        self._sentence = 0

    def next_sentence(self) -> None:
        """Start the next sentence: what was mentioned before weighs less from now."""
        self._sentence += 1

    def extend(self, names: Iterable[str], weight: float = 1.0) -> None:
        """Mention ``names``, in reading order; a name counts once a sentence, with the
        largest ``weight`` it is mentioned with in it."""
        for name in names:
            now = self._sentence
            salience, at, added = self._names.get(name, (0.0, -1, 0.0))
            if at != now:
                salience, added = self.salience(name) + weight, weight
            elif weight > added:
                salience, added = salience + weight - added, weight
            self._names[name] = (salience, now, added)
            self._names.move_to_end(name)
            if len(self._names) > self.KEPT:
                self._names.popitem(last=False)

    def salience(self, name: str) -> float:
        """How much the text has been about ``name`` up to now: each sentence naming it
        adds its weight (one, or half when only an aside names it), halved for every
        sentence since; 0 when never named."""
        salience, at, _ = self._names.get(name, (0.0, self._sentence, 0.0))
        return salience * self.DECAY ** (self._sentence - at)

    def salient(self, names: Sequence[str]) -> list[str]:
        """The most salient of ``names`` (given nearest first; the nearest on a tie), as
        a list of none or one."""
        if not names:
            return []
        return [max(enumerate(names), key=lambda p: (self.salience(p[1]), -p[0]))[1]]

    def __iter__(self) -> Iterator[str]:
        return reversed(self._names)

    def __len__(self) -> int:
        return len(self._names)

    @overload
    def __getitem__(self, index: int) -> str: ...
    @overload
    def __getitem__(self, index: slice) -> Sequence[str]: ...
    def __getitem__(self, index: int | slice) -> str | Sequence[str]:
        return list(self)[index]


# Where a sentence's first clause ends and another begins.
_LATER_CLAUSE = re.compile(
    r"[;:]\s|\s[–—]\s|,\s+(?:and|but|while|whereas|though|although|as|so)\s", re.IGNORECASE
)
# A heading that opens the list of sources at the end of an article.
_REFERENCES_HEADING = re.compile(
    r"^#*\s*(?:sources?|references?|further\s+reading|links|bibliography|notes|citations)\s*:?\s*$",
    re.IGNORECASE,
)


# A heading: a block of a few words with no end punctuation ("Pay in the regions").
_HEADING_WORDS = 10
_ENDS_SENTENCE = re.compile(r"[.!?…:;,\"'”’)\]]\s*$")


def _section_heading(sentences: Sequence[Sentence], i: int, references: _References) -> bool:
    """True when sentence ``i`` is a block of its own that reads as a heading, with no
    link on it (a source list's entry may be a bare linked title)."""
    sentence = sentences[i]
    alone = (i == 0 or sentences[i - 1].block != sentence.block) and (
        i + 1 == len(sentences) or sentences[i + 1].block != sentence.block
    )
    text = sentence.text.strip().lstrip("#").strip()
    return (
        alone
        and bool(text)
        and len(text.split()) <= _HEADING_WORDS
        and text[0].isupper()
        and "://" not in text
        and not _ENDS_SENTENCE.search(text)
        and not references.linked(sentence)
    )


class _References:
    """Tells entries of a source list and bare links from claims, sentence after
    sentence in reading order. The links are swept along with the sentences: looking
    at every link of the article for every sentence made an article of many links
    quadratic."""

    def __init__(self, article: Article):
        self._article = article
        self._links = sorted(article.links, key=lambda link: (link.start, link.end))
        self._starts = [link.start for link in self._links]
        self._next = 0
        self._open: list[Link] = []

    def linked(self, sentence: Sentence) -> bool:
        """True when a link overlaps ``sentence`` (any sentence, in any order)."""
        n = bisect_left(self._starts, sentence.end)
        return any(link.end > sentence.start for link in self._links[max(0, n - 1) : n])

    def cites(self, sentence: Sentence) -> bool:
        """True for an entry of a source list or a bare link: it cites, it does not claim.
        Sentences must come in reading order."""
        while self._next < len(self._links) and self._links[self._next].start < sentence.end:
            self._open.append(self._links[self._next])
            self._next += 1
        self._open = [link for link in self._open if link.end > sentence.start]
        linked = sum(
            min(link.end, sentence.end) - max(link.start, sentence.start)
            for link in self._open
            if link.start < sentence.end
        )
        text = self._article.text
        bullet = text[sentence.start : sentence.start + 2] in ("- ", "* ", "+ ")
        if not (linked > 0.5 * (sentence.end - sentence.start) or (bullet and linked > 0)):
            return False
        # A long address in parentheses may fill most of a short sentence ("The union says
        # 300 pickers took part (https://...).") without making it an entry: an entry
        # names a publisher, a title in quotes and a date, with hardly a word of prose.
        return not _prose(text, sentence, self._open)

    def open_links(self) -> Sequence[Link]:
        """The links of the sentence :meth:`cites` was last asked about."""
        return self._open

    def terse_prose(self, sentence: Sentence) -> bool:
        """True when a sentence :meth:`cites` took for an entry still holds at least
        :data:`_TERSE_WORDS` lowercase words of prose: it may be a short claim whose
        address fills it. Call right after :meth:`cites` for the same sentence."""
        return _prose(self._article.text, sentence, self._open, _TERSE_WORDS)

    def inside(self, sentence: Sentence, found: Found) -> bool:
        """True when a claim found in ``sentence`` overlaps one of its links."""
        start, end = sentence.start + found.start, sentence.start + found.end
        return any(link.start < end and link.end > start for link in self._open)


# Lowercase words outside links and quotations from which a sentence with a link is
# prose that claims, not an entry of a source list ("Harbour Times, 3 May: https://...",
# 'Ledger, "Dockers walk out over rosters" -- https://...', "Acme press release: ...").
_PROSE_WORDS = 5
# Fewer lowercase words are prose only where a typed claim stands outside the links: an
# entry has at most a word or two ("press release", "careers page").
_TERSE_WORDS = 3
_QUOTED = re.compile(r"\"[^\"]*\"|“[^”]*”")
_LOWER_WORD = re.compile(r"(?<![\w'’-])[a-z][a-z'’-]*")


def _prose(text: str, sentence: Sentence, links: Sequence[Link], words: int = _PROSE_WORDS) -> bool:
    """True when the sentence holds at least ``words`` lowercase words outside its
    links and quotations."""
    chars = list(text[sentence.start : sentence.end])
    for link in links:
        for i in range(max(link.start, sentence.start), min(link.end, sentence.end)):
            chars[i - sentence.start] = " "
    rest = _QUOTED.sub(" ", "".join(chars))
    return len(_LOWER_WORD.findall(rest)) >= words


def _claim(article: Article, sentence: Sentence, raw: str, f: Found, number: int) -> Claim:
    start = sentence.start + f.start
    line, column = article.position(start)
    typed = f.rule.type != "statement"
    return Claim(
        id=f"c{number}",
        type=f.rule.type,
        text=normalise_space(raw[f.start : f.end]),
        sentence=sentence,
        start=start,
        end=sentence.start + f.end,
        line=line,
        column=column,
        fields=f.fields,
        rule=f.rule.id,
        checkworthiness=round(0.5 + 0.5 * f.checkworthiness if typed else f.checkworthiness, 3),
    )
