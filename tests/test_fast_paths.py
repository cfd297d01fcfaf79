"""Shortcuts taken for speed give exactly the answers of the plain code they replaced,
which is written out here as the reference."""

from __future__ import annotations

import re
from functools import partial
from pathlib import Path
from typing import Any

import pytest
from hypothesis import example, given, settings
from hypothesis import strategies as st

from factcheck.claims import values
from factcheck.claims.checkworthiness import _phrase_regex, _Phrases, _runs
from factcheck.claims.values import TextContext
from factcheck.evidence.common import contains_word
from factcheck.evidence.strikes import (
    _AT_WORK,
    _STRIKE_WORDS,
    denial,
    denies,
    may_deny,
    named_any,
)
from factcheck.letters import LOWER, UPPER

WORDS = ["strike", "on strike", "not", "didn't", "walked out", "pay", "s", "", "ai", "a.i."]
TEXT = st.lists(
    st.sampled_from(
        [
            "Actors",
            "are",
            "not",
            "on",
            "strike",
            "didn't",
            "join",
            "SAG-AFTRA",
            "WGA",
            "Netflix",
            "walked",
            "out",
            "A.I.",
            "ai",
            "pay",
            ",",
            ".",
            "’s",
            "’",
            "-",
            "ſtrike",
            "K",
        ]
    ),
    max_size=14,
).map(" ".join)


def contains_word_reference(text: str, words: set[str]) -> bool:
    lowered = text.lower().replace("’", "'")
    return any(re.search(rf"(?<![\w]){re.escape(w)}(?![\w])", lowered) for w in words)


@settings(max_examples=400, deadline=None)
@given(TEXT, st.sets(st.sampled_from(WORDS), max_size=5))
def test_contains_word_is_the_per_word_search(text: str, words: set[str]) -> None:
    assert contains_word(text, words) == contains_word_reference(text, words)


def denial_reference(text: str, name: str, negation: set[str]) -> str | None:
    # The whole denial pattern, one per name, as it was before one pattern for what
    # follows a name served every name.
    neg = "|".join(re.escape(n) for n in sorted(negation, key=len, reverse=True))
    named = rf"{re.escape(name)}\b[^.;]{{0,100}}?"
    pattern = (
        rf"{named}\b(?:{neg})\b(?:\s+[\w']+){{0,6}}?\s+(?:{_STRIKE_WORDS})"
        rf"|{named}\bavert\w*\s+(?:\w+\s+){{0,3}}?(?:strike|walkout|stoppage)"
        rf"|{named}{_AT_WORK}"
    )
    found = re.search(pattern, text, re.IGNORECASE)
    return found.group(0) if found else None


NAMES = ["SAG-AFTRA", "WGA", "actors", "Netflix", "strike", "not on", "out out", "A.I.", ""]


@settings(max_examples=400, deadline=None)
@given(TEXT, st.sampled_from(NAMES))
@example("Actors are not on strike", "actors")
@example("out out out did not join", "out out")
def test_denial_is_the_whole_pattern(text: str, name: str) -> None:
    negation = {"not", "didn't", "never", "no longer"}
    assert denial(text, name, negation) == denial_reference(text, name, negation)
    assert denies(text, name, negation) == (denial_reference(text, name, negation) is not None)


DENYING = TEXT | st.lists(
    st.sampled_from(["WGA", "actors", "kept", "working", "averted", "a", "strike", "not", "."]),
    max_size=10,
).map(" ".join)


@settings(max_examples=400, deadline=None)
@given(DENYING, st.sampled_from(NAMES), st.sets(st.sampled_from(["not", "didn't", "no"])))
@example("Actors kept working", "actors", set())
@example("WGA averted a strike", "WGA", set())
def test_a_sentence_without_a_denying_word_denies_nothing(
    text: str, name: str, negation: set[str]
) -> None:
    if may_deny(frozenset(negation)).search(text) is None:
        assert denial_reference(text, name, negation) is None


@settings(max_examples=400, deadline=None)
@given(TEXT, st.lists(st.sampled_from(NAMES), max_size=4))
def test_one_search_for_any_name_is_a_search_per_name(text: str, names: list[str]) -> None:
    per_name = any(re.search(rf"{re.escape(n)}\b", text, re.IGNORECASE) for n in names)
    assert (named_any(tuple(names)).search(text) is not None) == per_name


def test_denies_finds_a_denial_and_ignores_other_names() -> None:
    negation = {"not", "did not"}
    assert denies("The physicians did not join the walkout.", "physicians", negation)
    assert not denies("The nurses did not join the walkout.", "physicians", negation)


def shows_as_name_reference(context: str, word: str) -> bool:
    w = re.escape(word)
    return re.search(rf"[{LOWER},] {w}\b|\b{w} [{UPPER}]", context) is not None


@settings(max_examples=200, deadline=None)
@given(TEXT, st.sampled_from(["Actors", "Netflix", "WGA", "K", "A.I."]))
def test_shows_as_name_is_the_search_it_remembers(ruleset: Any, text: str, word: str) -> None:
    ctx = TextContext(text, ruleset.knowledge)
    for _ in range(2):  # the second answer comes from what the first remembered
        assert ctx.shows_as_name(word) == shows_as_name_reference(text, word)


@settings(max_examples=400, deadline=None)
@given(st.text(alphabet="aZbK ,.-’'_&é1É\n", max_size=40), st.data())
def test_shows_as_name_reads_the_text_once_and_answers_as_the_search(
    ruleset: Any, text: str, data: st.DataObject
) -> None:
    # Words cut anywhere from the text itself, so that runs, word boundaries and
    # punctuation at the cut are all tried.
    cuts = [text[i:j] for i in range(len(text)) for j in range(i + 1, min(len(text), i + 8) + 1)]
    words = data.draw(st.lists(st.sampled_from(cuts or ["Z"]), max_size=6))
    ctx = TextContext(text, ruleset.knowledge)
    for word in [*words, "Z", "K.", "Zé"]:
        assert ctx.shows_as_name(word) == shows_as_name_reference(text, word), word


def test_an_answer_asked_again_after_the_newer_generation_fills_is_not_worked_again(
    ruleset: Any, monkeypatch: pytest.MonkeyPatch
) -> None:
    # A party named at the top of a story and again many sentences later: its answer has
    # moved to the older generation by then, and is carried back rather than worked out.
    monkeypatch.setattr(values, "_ANSWERS_KEPT", 3)
    ctx = TextContext("text", ruleset.knowledge)
    worked: list[str] = []

    def work(key: str) -> str:
        worked.append(key)
        return key.upper()

    def ask(key: str) -> str:
        return str(ctx.answer(("k", key), lambda: work(key)))

    assert [ask(k) for k in ("tarn", "fell", "beck", "gill")] == ["TARN", "FELL", "BECK", "GILL"]
    assert ask("tarn") == "TARN"  # from the older generation
    assert ask("fell") == "FELL"
    assert worked == ["tarn", "fell", "beck", "gill"]


@settings(max_examples=200, deadline=None)
@given(st.lists(st.integers(0, 30), max_size=120), st.integers(1, 6))
def test_answers_are_those_of_the_work_and_stay_bounded(
    ruleset: Any, keys: list[int], kept: int
) -> None:
    ctx = TextContext("text", ruleset.knowledge)
    original = values._ANSWERS_KEPT
    values._ANSWERS_KEPT = kept
    try:
        for key in keys:
            assert ctx.answer(("n", str(key)), partial(pow, key, 2)) == key * key
            assert len(ctx._answers) + len(ctx._older) <= 2 * kept
    finally:
        values._ANSWERS_KEPT = original


# Letters that match others under re.IGNORECASE (the long s, the Kelvin sign, the dotted
# and dotless i), apostrophes both ways, and words of several letters.
PHRASES = ["sit", "ſki", "kiss", "İs", "it's", "is’t", "si-ki", "sk it", "k", "é"]
LETTERS = "sitkKıİIS\u212a’'- ſéÉ"


@settings(max_examples=600, deadline=None)
@given(
    st.lists(st.sampled_from(PHRASES) | st.text(alphabet=LETTERS, max_size=5), max_size=6).map(
        "".join
    ),
    st.sets(st.sampled_from(PHRASES), max_size=4),
)
@example("a ski run", {"ſki"})
@example("\u212a", {"k"})
@example("is", {"İs"})
@example("IT’S", {"it's"})
@example("is't", {"is’t"})
@example("sk  it", {"sk it"})
def test_a_phrase_list_is_found_as_its_regex_finds_it(text: str, phrases: set[str]) -> None:
    expected = _phrase_regex(phrases).search(text) is not None
    assert _Phrases(phrases).found(text, _runs(text)) == expected


MONEY_TEXT = st.lists(
    st.sampled_from(
        [
            "$",
            "US$",
            "Rs",
            "rs.",
            "£",
            "€",
            "5",
            "12,000",
            "dollars",
            "Dollars",
            "pounds",
            "sterling",
            "euro",
            "euros’",
            "EUR",
            "eur",
            "AUD",
            "pay",
            "-",
            "’",
            "\u212a",
            "٣",
        ]
    ),
    max_size=8,
).map(" ".join)


@settings(max_examples=400, deadline=None)
@given(MONEY_TEXT, st.booleans())
@example("It cost $ 5.", False)
@example("It cost Rs5.", False)
@example("paid in pounds sterling", False)
def test_the_money_feature_is_the_one_regex(ruleset: Any, text: str, joined: bool) -> None:
    from factcheck.claims.checkworthiness import CheckWorthiness

    text = text.replace(" ", "") if joined else text
    currencies = ruleset.knowledge.currencies.values()
    symbols = sorted((re.escape(s) for c in currencies for s in c.symbols), key=len)
    words = _phrase_regex({w for c in currencies for w in c.words}).pattern
    reference = re.compile(rf"(?:{'|'.join(reversed(symbols))})\s?\d|{words}", re.IGNORECASE)
    scored = CheckWorthiness(ruleset.knowledge).features(text)["money"]
    assert scored == float(reference.search(text) is not None)


def flat_alternation(phrases: set[str], flexible_space: bool) -> str:
    """The phrases one after another, longest first: what macros.alternation wrote
    before it shared their openings."""
    parts = []
    for phrase in sorted(phrases, key=lambda p: (-len(p), p)):
        body = re.escape(phrase)
        if flexible_space:
            body = body.replace(r"\ ", r"[\s-]+").replace(r"\-", r"[\s-]?")
            body = re.sub("['’]", "['’]", body)
        if phrase.isupper() and len(phrase) <= 6 and phrase.isalpha():
            body = f"(?-i:{body})"
        elif phrase[:1].isupper():
            body = f"(?-i:{re.escape(phrase[0])}){body[len(re.escape(phrase[0])) :]}"
        parts.append(body)
    return "(?:" + "|".join(parts) + ")" if parts else "(?!)"


# Letters that match others ignoring case (the Kelvin sign, the long s, the dotted and
# dotless i), capitals, spaces, hyphens and apostrophes both ways, symbols.
ALT_LETTERS = "abkKsSiI\u212aſİı -'’$.£"
PHRASE = st.text(alphabet=ALT_LETTERS, min_size=1, max_size=5)


@settings(max_examples=500, deadline=None)
@given(
    st.sets(PHRASE | st.sampled_from(["ab", "abs", "Ab", "AB", "a b", "a-b", "ab's", "k", "K"])),
    st.text(alphabet=ALT_LETTERS, max_size=12),
    st.booleans(),
    st.booleans(),
    st.sampled_from(["", r"(?![\w])", "s", r"[\s-]+b", "(?<=b)"]),
)
@example({"work", "workers", "Worksop", "workforce"}, "Worksop workers", True, True, "")
@example({"sab", "ſa", "s"}, "sa", True, True, "")
@example({"ab", "A"}, "Ab", True, True, "")
def test_an_alternation_matches_as_its_flat_list(
    phrases: set[str], text: str, flexible: bool, ignore_case: bool, after: str
) -> None:
    from factcheck.rulepacks.macros import alternation

    flags = re.IGNORECASE if ignore_case else 0
    shared = re.compile(alternation(phrases, flexible_space=flexible) + after, flags)
    flat = re.compile(flat_alternation(phrases, flexible) + after, flags)
    for pos in range(len(text) + 1):
        got, want = shared.match(text, pos), flat.match(text, pos)
        assert (got and got.span()) == (want and want.span()), (pos, shared.pattern)


def eager_find(extractor: Any, raw: str, ctx: Any) -> list[tuple[Any, ...]]:
    """Extractor.find as it was before matches waited to be built: every rule searched
    over the whole sentence, every match built as it is found, then the overlaps
    resolved by comparing every pair."""
    from factcheck.claims.extract import Found, _Earlier, _pay_with_job, _Words

    if extractor.scorer.is_question(raw):
        return []
    earlier = _Earlier((), ())
    words, found = _Words(raw), []
    for rule in extractor.ruleset.rules:
        pos = 0
        while pos < len(raw) and (m := rule.regex.search(raw, pos)) is not None:
            pos = m.end()
            if m.end() == m.start() or not extractor._context_ok(rule, words, m):
                pos = max(pos, m.start() + 1)
                continue
            fields = extractor._build(rule, m, raw, ctx, earlier)
            if fields is None:
                pos = m.start() + 1
                continue
            if rule.scope == "sentence":
                start, end = 0, len(raw)
            else:
                start, end = extractor._span(rule, m, ctx)
            found.append(Found(rule, start, end, fields, extractor.scorer.score(raw).value))
            pos = max(end, m.start() + 1)

    def kind(f: Any) -> str:
        dated = type(f.fields).__name__ == "DateFields"
        return "date:duration" if dated and f.fields.date is None else f.rule.type

    ranked = sorted(found, key=lambda f: (-f.rule.priority, -(f.end - f.start), f.start))
    kept: list[Any] = []
    for f in ranked:
        if not any(kind(k) == kind(f) and k.start < f.end and f.start < k.end for k in kept):
            kept.append(f)
    kept = [
        f
        for f in kept
        if not any(
            kind(k).split(":")[0] in f.rule.yield_to and k.start < f.end and f.start < k.end
            for k in kept
        )
    ]
    kept = _pay_with_job(sorted(kept, key=lambda f: (f.start, f.rule.type)))
    return [(f.rule.id, f.start, f.end, f.fields, f.checkworthiness) for f in kept]


def found_now(extractor: Any, raw: str, ctx: Any) -> list[tuple[Any, ...]]:
    return [
        (f.rule.id, f.start, f.end, f.fields, f.checkworthiness) for f in extractor.find(raw, ctx)
    ]


def test_matches_built_when_needed_find_what_building_all_finds(ruleset: Any) -> None:
    from factcheck.check import read_articles
    from factcheck.claims.extract import Extractor

    extractor = Extractor(ruleset)
    paths = sorted(str(p) for p in Path(__file__).parent.glob("articles/*/**/*.*"))
    articles = list(read_articles([p for p in paths if not p.endswith((".yaml", ".md5"))]))
    assert len(articles) > 20
    for article in articles:
        ctx = extractor.context(article.text)
        for sentence in article.sentences:
            raw = article.text[sentence.start : sentence.end]
            if len(raw) <= 2000:
                assert found_now(extractor, raw, ctx) == eager_find(extractor, raw, ctx), raw


# Pieces of sentences whose matches overlap, lose to one another or are turned down by
# their builders (strike pay, a loss per day, a strike not joined, a label, a vague unit).
PIECES = [
    "Tarn Valley Foundry",
    "is hiring a kiln technician at",
    "up to $71,500 a year",
    "about £23 an hour",
    "between $38,000 and $44,000",
    "in strike pay of $250 a week",
    "costs the region $3.2 billion a day",
    "roughly 2,400 glaziers walked out at Pell Works",
    "did not join the stoppage",
    "on 14 March 2025",
    "after a 19-day walkout",
    "on Line 4",
    "one way",
    "the union",
    "earn",
    "which is twice the pay of",
    ",",
    "and",
]


@settings(max_examples=150, deadline=None)
@given(st.lists(st.sampled_from(PIECES), min_size=1, max_size=9).map(" ".join))
def test_matches_built_when_needed_on_sentences_made_of_pieces(extractor: Any, text: str) -> None:
    raw = text + "."
    ctx = extractor.context(raw)
    assert found_now(extractor, raw, ctx) == eager_find(extractor, raw, ctx)


def _deciding_pack(folder: Path) -> Path:
    """Rules whose matches their builders turn down while they outrank or push aside
    others: a count with a vague unit over another count, pay yielding to a date over
    a sum of money."""
    rules = {
        "ahead": (
            "type: quantity\npattern: '\\$\\d+ an hour for {number:amount} ways to \\d+ riders'\n"
            "priority: 5\nyield_to: [salary]\nset: {unit: ways}\n"
        ),
        "dated": "type: salary\npattern: '\\$\\d+ from \\d+ May'\npriority: 5\nyield_to: [date]\n",
        "from_date": "type: date\npattern: 'from {date:date}'\n",
    }
    pack = folder / "deciders"
    (pack / "q").mkdir(parents=True)
    (pack / "pack.yaml").write_text("name: deciders\n", encoding="utf-8")
    for name, rule in rules.items():
        example = "examples:\n  match:\n    - text: It pays $30 an hour from 3 May.\n"
        (pack / "q" / f"{name}.yaml").write_text(rule + example, encoding="utf-8")
    return pack


@pytest.mark.parametrize(
    "raw",
    ["It pays $30 an hour for 4 ways to 9 riders.", "It was $30 from 3 May 2024."],
)
def test_a_match_turned_down_leaves_what_it_kept_out(tmp_path: Path, raw: str) -> None:
    from factcheck.claims.extract import Extractor
    from factcheck.rulepacks.loader import load_rules as load_without_examples

    extractor = Extractor(load_without_examples([_deciding_pack(tmp_path)]))
    ctx = extractor.context(raw)
    expected = eager_find(extractor, raw, ctx)
    assert {"core.quantity.count", "core.quantity.money"} & {f[0] for f in expected}
    assert found_now(extractor, raw, ctx) == expected
