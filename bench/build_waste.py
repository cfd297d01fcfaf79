"""How much of a warm claim extraction goes into matches that then lose.

The passes on extraction speed named "far fewer builds of matches that lose" as the
structural change left (a match whose span a higher-ranked rival already covers need
not be built). Before building it, this measures the prize: every match an
extraction's rules find is followed to its end, and the CPU time of building its
fields (``Extractor._build``) and of trimming its span (``Extractor._span``) is
charged to what became of it:

- ``kept``: its claim is among those the sentence gives (``Extractor.find``);
- ``lost``: built, with fields, but another match won its words (or it yielded to one);
- ``refused``: built, and its builder gave no fields (the search then went on just
  after its start);
- ``unbuilt``: never built (it lost before its fields were needed).

The rules are loaded from a cache folder of the run's own, the article is extracted
once to warm up, and then one warm extraction is followed. Each timed call costs two
reads of the CPU clock, a small share of a build (about 0.1 ms on this machine).

    python bench/build_waste.py                   # 300 KB of news copy
    python bench/build_waste.py --size 1000000 --top 20
"""

from __future__ import annotations

import argparse
import gc
import re
import sys
import tempfile
import time
from collections import Counter, defaultdict
from collections.abc import Sequence
from dataclasses import dataclass
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))

from newscopy import news_article

from factcheck.check import load_rules
from factcheck.claimfields import Fields
from factcheck.claims.extract import Extractor, Found, _Candidate, _Earlier, extract_claims
from factcheck.claims.values import TextContext
from factcheck.reading import parse_article
from factcheck.rulepacks.ruleset import Rule

OUTCOMES = ("kept", "lost", "refused", "unbuilt")
WORKS = ("build", "span")


@dataclass
class _Match:
    """What was spent on one match of a sentence, and whether it was built."""

    rule: str
    match: re.Match[str]  # held, so that its id is not reused within the sentence
    build_s: float = 0.0
    span_s: float = 0.0
    built: bool = False
    fields: Fields | None = None


class Following(Extractor):
    """An extractor that notes, for each match it builds or trims, the CPU time spent
    and (once its sentence is settled) what became of the match."""

    seconds: defaultdict[tuple[str, str, str], float]  # by rule, outcome and work
    calls: Counter[tuple[str, str, str]]
    _open: dict[int, _Match]  # the sentence being read: its matches, by id
    _kept: set[int]  # the ids of the matches whose claims the sentence gives

    def follow(self) -> None:
        """Start counting afresh."""
        self.seconds, self.calls = defaultdict(float), Counter()
        self._open, self._kept = {}, set()

    def _note(self, rule: Rule, m: re.Match[str]) -> _Match:
        note = self._open.get(id(m))
        if note is None:
            note = self._open[id(m)] = _Match(rule.id, m)
        return note

    def _build(
        self, rule: Rule, m: re.Match[str], raw: str, ctx: TextContext, earlier: _Earlier
    ) -> Fields | None:
        began = time.process_time()
        fields = super()._build(rule, m, raw, ctx, earlier)
        note = self._note(rule, m)
        note.build_s += time.process_time() - began
        note.built, note.fields = True, fields
        return fields

    def _span(self, rule: Rule, m: re.Match[str], ctx: TextContext) -> tuple[int, int]:
        began = time.process_time()
        span = super()._span(rule, m, ctx)
        self._note(rule, m).span_s += time.process_time() - began
        return span

    def _settle(
        self, candidates: list[_Candidate], raw: str, ctx: TextContext, earlier: _Earlier
    ) -> list[Found]:
        found = super()._settle(candidates, raw, ctx, earlier)
        # A claim is kept for the match of its rule with its span; the last settling of
        # a sentence (after its plain statements, when looked for) is the one returned.
        spans = {(id(f.rule), f.start, f.end) for f in found}
        self._kept = {id(c.match) for c in candidates if (id(c.rule), c.start, c.end) in spans}
        return found

    def _find(
        self,
        raw: str,
        ctx: TextContext,
        earlier: _Earlier,
        rules: Sequence[Rule] | None,
        statements_alone: bool = False,
    ) -> list[Found]:
        self._open, self._kept = {}, set()
        found = super()._find(raw, ctx, earlier, rules, statements_alone)
        for key, note in self._open.items():
            if not note.built:
                outcome = "unbuilt"
            elif note.fields is None:
                outcome = "refused"
            else:
                outcome = "kept" if key in self._kept else "lost"
            self.seconds[(note.rule, outcome, "build")] += note.build_s
            self.seconds[(note.rule, outcome, "span")] += note.span_s
            self.calls[(note.rule, outcome, "build")] += note.built
            self.calls[(note.rule, outcome, "span")] += 1
        return found


def report(ex: Following, total: float, top: int) -> str:
    """The shares of ``total`` seconds spent on each outcome, and the rules wasting most."""
    out = [f"warm extraction: {total:.3f} s CPU"]
    seconds: defaultdict[tuple[str, str], float] = defaultdict(float)
    calls: Counter[tuple[str, str]] = Counter()
    waste: defaultdict[str, float] = defaultdict(float)
    for (rule, outcome, work), spent in ex.seconds.items():
        seconds[(outcome, work)] += spent
        calls[(outcome, work)] += ex.calls[(rule, outcome, work)]
        if outcome in ("lost", "refused"):
            waste[rule] += spent
    for outcome in OUTCOMES:
        for work in WORKS:
            spent, n = seconds[(outcome, work)], calls[(outcome, work)]
            out.append(f"{outcome:8} {work:5} {n:7,} {spent:7.3f} s {100 * spent / total:5.1f}%")
    out.append("--- rules by time on matches built that lost or were refused")
    for rule, spent in sorted(waste.items(), key=lambda item: -item[1])[:top]:
        lost, refused, kept = (ex.calls[(rule, o, "build")] for o in ("lost", "refused", "kept"))
        out.append(
            f"{100 * spent / total:5.2f}%  {rule}: lost {lost}, refused {refused}, kept {kept}"
        )
    return "\n".join(out)


def main(argv: Sequence[str] | None = None) -> None:
    """Follow one warm extraction of news copy and print where its builds went."""
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--size", type=int, default=300_000, help="characters of news copy")
    parser.add_argument("--top", type=int, default=12, help="rules listed")
    args = parser.parse_args(argv)
    with tempfile.TemporaryDirectory(prefix="fc-build-waste-") as cache:
        ruleset = load_rules(cache_dir=Path(cache))
    ex = Following(ruleset)
    ex.follow()
    article = parse_article(news_article(args.size), "news.txt", "text")
    extract_claims(article, ruleset, extractor=ex)  # warm-up
    ex.follow()
    gc.collect()
    gc.freeze()
    began = time.process_time()
    claims = extract_claims(article, ruleset, extractor=ex)
    total = time.process_time() - began
    print(f"{len(article.sentences):,} sentences, {len(claims):,} claims")
    print(report(ex, total, args.top))


if __name__ == "__main__":
    main()
