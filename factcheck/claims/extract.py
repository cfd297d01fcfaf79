"""Find claims in sentences by running the rule packs over them."""

from __future__ import annotations

import re
from collections.abc import Sequence
from dataclasses import dataclass
from typing import Any

from factcheck.claims.checkworthiness import CheckWorthiness
from factcheck.claims.fields import BUILDERS, BuildInput, Capture, build_generic
from factcheck.claims.prefilter import gate
from factcheck.claims.values import Parsers, TextContext
from factcheck.model import Article, Claim, Sentence
from factcheck.reading.sentences import normalise_space
from factcheck.rulepacks.ruleset import Rule, RuleSet

_WORD = re.compile(r"[\w’'-]+")
_PERSON_BEFORE = re.compile(
    r"(?:mr|ms|mrs|dr|prof|sir|dame|president|chief|executive|director|manager|"
    r"spokesperson|spokeswoman|spokesman|actor|actress|writer|founder|reporter)\.?\s*$"
)
_PERSON_AFTER = re.compile(r"[,\s]*(?:said|says|told|argued|added|wrote|tweeted)\b")


@dataclass(frozen=True)
class Found:
    """A rule match in one sentence, with the claim fields it yields."""

    rule: Rule
    start: int  # offsets in the sentence's raw text
    end: int
    fields: dict[str, Any]
    checkworthiness: float


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
        self._gates = {r.id: g for r in ruleset.rules if (g := gate(r, ruleset.macros))}

    def context(self, text: str) -> TextContext:
        """A context for sentences drawn from ``text`` (an article or a page)."""
        return TextContext(text, self.ruleset.knowledge)

    def find(
        self,
        raw: str,
        ctx: TextContext,
        earlier_orgs: Sequence[str] = (),
        rules: Sequence[Rule] | None = None,
    ) -> list[Found]:
        """All claims in one sentence's raw text, overlaps within a type resolved."""
        score = self.scorer.score(raw)
        if score.is_question:
            return []
        found: list[Found] = []
        for rule in self.ruleset.rules if rules is None else rules:
            # A sentence without what the rule needs after its opening phrase cannot match.
            needed = self._gates.get(rule.id)
            if needed is not None and needed.search(raw) is None:
                continue
            pos = 0
            while pos < len(raw) and (m := rule.regex.search(raw, pos)) is not None:
                # Phrases at a match's edge may swallow the rest of the sentence; the next
                # search starts where the claim really ends, so a second claim is found.
                pos = m.end()
                if m.end() == m.start() or not self._context_ok(rule, raw, m):
                    pos = max(pos, m.start() + 1)
                    continue
                fields = self._build(rule, m, raw, ctx, earlier_orgs)
                if fields is None:
                    pos = m.start() + 1
                    continue
                start, end = (0, len(raw)) if rule.scope == "sentence" else self._span(rule, m, ctx)
                found.append(Found(rule, start, end, fields, score.value))
                pos = max(end, m.start() + 1)
        return _resolve_overlaps(found)

    def _span(self, rule: Rule, m: re.Match[str], ctx: TextContext) -> tuple[int, int]:
        """The match, less what its edge phrases swallowed beyond their boundaries."""
        start, end = m.start(), m.end()
        for group, kind in rule.captures.items():
            text = m.group(group)
            if text is None:
                continue
            inner_start, inner_end = self.parsers.trimmed_span(kind, text, ctx)
            if m.start(group) == m.start():
                start = m.start(group) + inner_start
            if m.end(group) == m.end():
                end = m.start(group) + inner_end
        while end > start and raw_strip(m.string[end - 1]):
            end -= 1
        return start, max(end, start + 1)

    def _context_ok(self, rule: Rule, raw: str, m: re.Match[str]) -> bool:
        if not rule.context_words:
            return True
        words = _WORD.findall(raw[: m.start()])[-rule.context_within :]
        after = _WORD.findall(raw[m.end() :])[: rule.context_after]
        window = " ".join([*words, m.group(0), *after])
        return bool(self._context_words[rule.id].search(window))

    def _build(
        self, rule: Rule, m: re.Match[str], raw: str, ctx: TextContext, earlier: Sequence[str]
    ) -> dict[str, Any] | None:
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
            BuildInput(captures, rule.constants, raw, m.start(), ctx, self.parsers, earlier)
        )

    def organisation_names(self, raw: str, ctx: TextContext) -> list[str]:
        """Capitalised names in a sentence that read as organisations rather than people
        (a person is titled "Ms." or "chief executive", or "says" something)."""
        out = []
        for name, start, end in self.parsers.proper_names(raw, ctx):
            before, after = raw[max(0, start - 25) : start].lower(), raw[end : end + 20].lower()
            if _PERSON_BEFORE.search(before) or _PERSON_AFTER.match(after):
                continue
            if len(name.split()) >= 2 or self.parsers.orgs(name, ctx):
                out.append(name)
        return out

    def sentence_orgs(self, raw: str, ctx: TextContext) -> list[str]:
        """Organisations a sentence names, in order."""
        return self.parsers.org_names(raw, ctx)


def raw_strip(ch: str) -> bool:
    """True for characters a claim's span should not end with."""
    return ch in " ,;:"


def _resolve_overlaps(found: list[Found]) -> list[Found]:
    """Keep, within each claim type, the best of overlapping matches: higher priority,
    then the longer span, then the earlier rule."""
    ranked = sorted(found, key=lambda f: (-f.rule.priority, -(f.end - f.start), f.start))
    kept: list[Found] = []
    for f in ranked:
        clash = any(
            k.rule.type == f.rule.type and k.start < f.end and f.start < k.end for k in kept
        )
        if not clash:
            kept.append(f)
    kept = [
        f
        for f in kept
        if not any(
            k.rule.type in f.rule.yield_to and k.start < f.end and f.start < k.end for k in kept
        )
    ]
    return sorted(kept, key=lambda f: (f.start, f.rule.type))


def extract_claims(
    article: Article,
    ruleset: RuleSet,
    *,
    min_checkworthiness: float = 0.5,
    extractor: Extractor | None = None,
) -> list[Claim]:
    """The claims of an article, in reading order, with ids c1, c2, ...

    Typed claims (salaries, titles...) are kept whatever their check-worthiness unless
    the sentence is a question; a plain ``statement`` is kept only when its sentence
    scores at least ``min_checkworthiness`` and no typed claim covers it.
    """
    ex = extractor or Extractor(ruleset)
    ctx = ex.context(article.text)
    claims: list[Claim] = []
    earlier: list[str] = []
    in_references = False
    for sentence in article.sentences:
        raw = article.text[sentence.start : sentence.end]
        if _REFERENCES_HEADING.match(sentence.text):
            in_references = True
        if in_references or _is_reference(sentence, article):
            continue
        found = ex.find(raw, ctx, tuple(reversed(earlier)))
        typed = [f for f in found if f.rule.type != "statement"]
        for f in found:
            if f.rule.type == "statement" and (typed or f.checkworthiness < min_checkworthiness):
                continue
            claims.append(_claim(article, sentence, raw, f, len(claims) + 1))
        earlier.extend(ex.sentence_orgs(raw, ctx))
        earlier.extend(ex.organisation_names(raw, ctx))
        # An employer named by a claim is what "the company" or "its" refers to next.
        earlier.extend(str(f.fields["employer"]) for f in typed if f.fields.get("employer"))
    return claims


# A heading that opens the list of sources at the end of an article.
_REFERENCES_HEADING = re.compile(
    r"^#*\s*(?:sources?|references?|further\s+reading|links|bibliography|notes|citations)\s*:?\s*$",
    re.IGNORECASE,
)


def _is_reference(sentence: Sentence, article: Article) -> bool:
    """True for an entry of a source list or a bare link: it cites, it does not claim."""
    linked = sum(
        min(link.end, sentence.end) - max(link.start, sentence.start)
        for link in article.links
        if link.start < sentence.end and sentence.start < link.end
    )
    bullet = article.text[sentence.start : sentence.start + 2] in ("- ", "* ", "+ ")
    return linked > 0.5 * (sentence.end - sentence.start) or (bullet and linked > 0)


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
