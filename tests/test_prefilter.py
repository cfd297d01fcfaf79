"""The prefilter that skips sentences a rule cannot match must never skip one it can."""

from __future__ import annotations

import re
from dataclasses import replace
from typing import Any

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from factcheck.claimfields import QuoteFields
from factcheck.claims.extract import Extractor
from factcheck.claims.prefilter import gate


def test_every_rule_that_opens_with_a_phrase_has_a_gate(ruleset: Any) -> None:
    opening = {r.id for r in ruleset.rules if re.match(r"\{l(?:phrase|party)[:}]", r.pattern)}
    gated = {r.id for r in ruleset.rules if gate(r, ruleset.macros) is not None}
    assert "core.strike.on_strike_against" in opening
    assert gated == opening


# The first test of a process to ask for rule_matches searches every rule over every
# text in its set-up (half a minute of CPU; minutes on a shared machine).
@pytest.mark.timeout(600)
def test_a_gate_passes_every_sentence_its_rule_matches(
    ruleset: Any, rule_matches: dict[str, list[str]]
) -> None:
    # rule_matches: the texts (rule examples, seed and fixture sentences) each rule matches.
    checked = 0
    for rule in ruleset.rules:
        needed = gate(rule, ruleset.macros)
        if needed is None:
            continue
        for text in rule_matches[rule.id]:
            checked += 1
            assert needed.search(text) is not None, (rule.id, text)
    assert checked > 20


def _plain(ruleset: Any) -> Extractor:
    """An extractor that runs every rule on every sentence with its own regex."""
    plain = Extractor(ruleset)
    # Every rule run on every sentence with its own regex: no needed words, no gate, and
    # a whole-sentence rule's pattern searched whole.
    plain._plans = {
        rule_id: plan._replace(
            needs=frozenset(),
            needs_searched=(),
            either=None,
            gate=None,
            regex=plan.rule.regex,
            whether=None,
            key=None,
            bound=None,
            gate_opens=None,
            reach=None,
        )
        for rule_id, plan in plain._plans.items()
    }
    plain._all = list(plain._plans.values())
    plain._always, plain._keyed = list(range(len(plain._all))), {}
    assert all(p.gate is None and not p.needs and not p.needs_searched for p in plain._all)
    return plain


def test_some_rules_need_what_one_of_their_alternatives_needs(ruleset: Any) -> None:
    # A rule of two alternatives, one needing "(" and ")" and the other "of": a sentence
    # with neither is skipped, though each alone holds what both need.
    fast = Extractor(ruleset)
    assert any(plan.either for plan in fast._all)
    assert any(plan.whether for plan in fast._all)


def test_each_alternative_bounds_where_a_match_can_start(ruleset: Any) -> None:
    # A title held by a named person is written after a possessive ("the guild's
    # treasurer, Name") or after the name and a comma ("Name, the guild's treasurer,"):
    # its pattern opens with a look-behind and then the two, and no match starts after
    # the last possessive or comma of a sentence, so the capitals after them are not
    # tried. The claims are those found trying every place.
    fast, plain = Extractor(ruleset), _plain(ruleset)
    assert fast._plans["core.job_title.person_title"].reach is not None
    texts = [
        "Dorrit Vale, the guild's treasurer, said dues would rise in March for Harlow Print.",
        "Harlow Print's finance director Anselm Okafor told Kestrel News and Bright Radio.",
        "Quill Works said on Friday that Perran Bay Mills would shut the Eastgate Site.",
        "Members met Ivo Marsh, its chief steward, at Westmoor Hall and Tolland Quay.",
    ]
    found = 0
    for text in texts:
        ctx = fast.context(text)
        claims = fast.find(text, ctx)
        assert claims == plain.find(text, ctx), text
        found += sum(f.rule.id == "core.job_title.person_title" for f in claims)
    assert found >= 2


def test_extraction_is_the_same_with_and_without_gates(ruleset: Any, rule_texts: list[str]) -> None:
    gated = Extractor(ruleset)
    plain = _plain(ruleset)
    ctx = gated.context("")
    for text in rule_texts:
        assert gated.find(text, ctx) == plain.find(text, ctx), text


def test_a_top_level_alternative_is_kept_in_the_gate(ruleset: Any) -> None:
    phrase = ruleset.macros.fragment("lphrase", None)
    rule = ruleset.rules[0]
    pattern = rf"(?P<left>{phrase})\s+pales\s+beside|dwarfed"
    alt = replace(rule, regex=re.compile(pattern, re.IGNORECASE))
    needed = gate(alt, ruleset.macros)
    assert needed is not None
    assert alt.regex.search("it was dwarfed") is not None
    assert needed.search("it was dwarfed") is not None
    assert needed.search("nothing here") is None


def test_a_back_reference_to_the_phrase_gets_no_gate(ruleset: Any) -> None:
    phrase = ruleset.macros.fragment("lphrase", None)
    rule = replace(
        ruleset.rules[0], regex=re.compile(rf"(?P<left>{phrase})\s+again\s+(?P=left)", re.I)
    )
    assert gate(rule, ruleset.macros) is None


_WORDS = st.sampled_from(
    "actors writers SAG-AFTRA WGA Netflix are were currently on strike against struck "
    "joined the walkout pales in comparison to dwarfs is was many times more less than "
    "salary $300,000 a year began ended on July 14 2023 lasted 148 days , . ; U.S.".split()
)


@settings(max_examples=300, deadline=None)
@given(st.lists(_WORDS, min_size=1, max_size=25))
def test_a_gate_never_skips_a_match_on_generated_sentences(ruleset: Any, words: list[str]) -> None:
    text = " ".join(words)
    for rule in ruleset.rules:
        needed = gate(rule, ruleset.macros)
        if needed is not None and rule.regex.search(text) is not None:
            assert needed.search(text) is not None, (rule.id, text)


# Money and number forms in every case, beside words that hold a needed string in
# another case or inside a longer word ("rs" in "workers", "cad" in "decade").
_MONEY_WORDS = st.sampled_from(
    [
        *("Rs 4,500", "rs 4,500", "RS 12", "Rs. 900", "rs.900", "USD 3.5 million", "usd 90"),
        *("CAD 40", "cad 40", "C$40", "c$ 40", "A$ 7", "€12", "£3", "$ 45", "٣ hundred"),
        *("twelve thousand", "12", "workers", "decade", "Susda", "euros", "staff", "paid"),
        *("earns", "a year", "per month", "of", "members", "the union", "to", "and", "-"),
    ]
)


@pytest.fixture(scope="module")
def fast_and_plain(ruleset: Any) -> tuple[Extractor, Extractor]:
    return Extractor(ruleset), _plain(ruleset)


@settings(max_examples=150, deadline=None)
@given(st.lists(_MONEY_WORDS, min_size=1, max_size=14))
def test_needed_words_never_skip_a_claim_on_generated_sentences(
    fast_and_plain: tuple[Extractor, Extractor], words: list[str]
) -> None:
    text = " ".join(words)
    fast, plain = fast_and_plain
    ctx = fast.context(text)
    assert fast.find(text, ctx) == plain.find(text, ctx), text


@settings(max_examples=150, deadline=None)
@given(st.lists(_MONEY_WORDS | _WORDS, min_size=1, max_size=14))
def test_statements_looked_for_last_leave_the_article_its_claims(
    extractor: Extractor, words: list[str]
) -> None:
    # An article keeps a plain statement only where no typed claim is found: looked for
    # only there, the claims an article keeps are the same.
    text = " ".join(words)
    ctx = extractor.context(text)
    every = extractor.find(text, ctx)
    alone = extractor.find(text, ctx, statements_alone=True)
    typed = [f for f in every if f.rule.type != "statement"]
    # A quote naming nobody is dropped where no one spoke before it: not one kept.
    kept = [
        f for f in typed if not (isinstance(f.fields, QuoteFields) and f.fields.speaker is None)
    ]
    assert alone == (typed if kept else every), text


_GATED: dict[int, tuple[Extractor, Extractor]] = {}


@settings(max_examples=150, deadline=None)
@given(st.lists(_WORDS, min_size=1, max_size=30))
def test_searching_on_after_a_claim_finds_the_same_with_gates(
    ruleset: Any, words: list[str]
) -> None:
    # A rule that opens with a phrase is searched again after each claim only where its
    # gate still matches at one of its openings: sentences of several strikes and dates
    # give the claims a search of the whole rule gives.
    if id(ruleset) not in _GATED:
        _GATED[id(ruleset)] = (Extractor(ruleset), _plain(ruleset))
    gated, plain = _GATED[id(ruleset)]
    text = " ".join(words)
    ctx = gated.context("")
    assert gated.find(text, ctx) == plain.find(text, ctx), text


def _own_rule(ruleset: Any, pattern: str) -> Any:
    """A rule of no pack: a type with no builder of its own, whose match is its claim."""
    return replace(
        ruleset.rules[0],
        id="test.own",
        type="own",
        regex=re.compile(pattern, re.IGNORECASE),
        captures={},
        constants={},
        context_words=None,
        scope="match",
        yield_to=(),
    )


@pytest.mark.parametrize(
    ("pattern", "text", "claim"),
    [
        (r"\bferry\s+tolls?\b", "Islanders pay ferry tolls twice a day.", "ferry tolls"),
        (r"\d+ (?:kilns|furnaces)", "The works fired 14 kilns at dawn.", "14 kilns"),
        (r"(?:quay|wharf) dues", "Wharf dues rose again.", "Wharf dues"),
    ],
)
def test_a_rule_the_extractor_has_not_planned_is_found(
    ruleset: Any, pattern: str, text: str, claim: str
) -> None:
    # A rule asked for that is not the extractor's adds sets of needed words to its
    # index: the sentence is scanned for them too, on the first sentence asked about.
    fresh = Extractor(ruleset)
    rule = _own_rule(ruleset, pattern)
    found = fresh.find(text, fresh.context(text), rules=[rule])
    assert [text[f.start : f.end] for f in found] == [claim]
