"""How check-worthy a sentence is: facts that can be checked score high; opinions,
questions, predictions and generic remarks score low.

The score is a transparent sum. Each feature a fact-checker looks for (a figure, a
name, a past-tense verb, a word of change such as "rose" or "cut"; or, against, an
opinion, a prediction, talk in the first person) adds its weight in :data:`WEIGHTS`,
and the logistic function turns the sum into a score between 0 and 1, so that 0.5 is
where a feature's evidence for and against balances out. The words behind each feature
are lexicon lists of the rule packs (``opinion``, ``prediction``, ``change``,
``public_affairs``...), so a newsroom can widen them with a YAML edit. The weights were
fitted to ClaimBuster's debate sentences and rounded (docs/accuracy.md gives the
scores on sentences held out from the fit).
"""

from __future__ import annotations

import math
import re
from collections.abc import Iterable, Mapping
from dataclasses import dataclass, field

from factcheck.claims.needs import fold, quick_search
from factcheck.claims.openings import OpeningsIndex, openings, searcher
from factcheck.rulepacks.knowledge import Knowledge

# Log-odds each feature adds; features are 0 or 1 unless noted.
WEIGHTS: Mapping[str, float] = {
    "figure": 1.8,  # a number written in digits
    "number_word": 1.3,  # "two", "thousands", "a million"
    "percent": 1.5,
    "money": 0.5,
    "names": 1.1,  # capitalised names after the first word: 0, 1/3, 2/3 or 1 (three or more)
    "change": 0.9,  # "rose", "cut", "more", "record"
    "public_affairs": 0.6,  # "taxes", "jobs", "hospital"
    "past": 1.5,  # past-tense verbs: 0, 1/3, 2/3 or 1 (three or more)
    "perfect": 0.5,  # "has risen", "have voted"
    "reporting": 0.6,  # "said", "according to"
    "opinion": -0.9,
    "prediction": -0.8,
    "hedge": -0.5,
    "first_person": -0.9,
    "second_person": -0.5,
    "courtesy": -0.4,  # "thank you", "let me"
    "question": -1.1,
    "short": -0.3,  # fewer than eight words
}
BIAS = -1.8

_TOKEN = re.compile(r"[A-Za-z][\w’'-]*|\d[\d,.]*")
_FIGURE = re.compile(r"(?<![\w])\d")
_DIGIT = re.compile(r"\d")
_PERCENT = re.compile(r"%|\bper\s?cent\b", re.IGNORECASE)
_PERFECT = re.compile(r"\b(?:has|have|had)\s+(?:been\s+)?\w+ed\b", re.IGNORECASE)
# Feature -> the lexicon list of its words.
_LISTS = {
    "change": "change",
    "public_affairs": "public_affairs",
    "reporting": "reporting",
    "opinion": "opinion",
    "prediction": "prediction",
    "hedge": "hedges",
    "first_person": "first_person",
    "second_person": "second_person",
    "courtesy": "courtesy",
}
_NOT_NAMES = frozenset({"I", "I'm", "I’m", "I've", "I’ve", "I'd", "I’d", "I'll", "I’ll"})


@dataclass(frozen=True)
class Score:
    """A sentence's check-worthiness in [0, 1], whether it is a question, and what each
    feature it shows added (in log-odds), for explaining the score."""

    value: float
    is_question: bool
    contributions: Mapping[str, float] = field(default_factory=dict)


class CheckWorthiness:
    """Scores sentences with the lexicon lists of the loaded rule packs."""

    def __init__(self, knowledge: Knowledge):
        self.knowledge = knowledge
        words = {w for w in knowledge.number_words if w not in ("a", "an", "one")}
        words |= set(knowledge.magnitudes) | set(knowledge.fractions)
        self.number_words = {w.lower() for w in words if len(w) > 2}
        self._phrases = {
            feature: _Phrases(knowledge.words(name)) for feature, name in _LISTS.items()
        }
        self.past_verbs = knowledge.words("past_verbs")
        currencies = knowledge.currencies.values()
        # A one-letter symbol ("R") is money only glued to its figure, which the rules
        # read; tried here case-blind it would find money in "for 5 years".
        symbols = sorted(
            (re.escape(s) for c in currencies for s in c.symbols if len(s) > 1 or not s.isalpha()),
            key=len,
        )
        # Money is a currency symbol before a figure, or a currency's word. The two are
        # tested apart: the words among the sentence's runs like the lexicon lists, the
        # symbols only in a sentence with a digit. One regex of both, tried at every
        # character, was a third of the time spent scoring.
        symbol = re.compile(rf"(?:{'|'.join(reversed(symbols)) or '(?!)'})\s?\d", re.IGNORECASE)
        self._money_symbol = quick_search(symbol) or symbol
        # The symbols are tried only where one opens (see factcheck.claims.openings):
        # most letters open one of them, case-blind.
        found = openings(symbol)
        self._symbol_openings: OpeningsIndex | None = None
        self._symbol_number = 0
        if found is not None:
            self._symbol_openings = OpeningsIndex()
            self._symbol_number = self._symbol_openings.add(found)
        self._money_words = _Phrases({w for c in currencies for w in c.words})

    def features(self, sentence: str) -> dict[str, float]:
        """The features a sentence shows, each 0 to 1."""
        text = sentence.strip()
        tokens = _TOKEN.findall(text)
        # No token holds a space: lowered in one call, not one call a token.
        lowered = " ".join(tokens).lower().split(" ") if tokens else []
        # A capital opening the sentence says nothing: every sentence has one.
        names = [t for t in tokens[1:] if t[0].isupper() and t not in _NOT_NAMES]
        past = sum(1 for w in lowered if w in self.past_verbs or (w.endswith("ed") and len(w) > 4))
        runs = _runs(text)
        shown = {
            "figure": float(bool(_FIGURE.search(text))),
            "number_word": float(not self.number_words.isdisjoint(lowered)),
            "percent": float(_has_percent(text)),
            "money": float(self._money(text, runs)),
            "names": min(len(names), 3) / 3,
            "past": min(past, 3) / 3,
            "perfect": float(_has_perfect(text)),
        }
        for name, phrases in self._phrases.items():
            shown[name] = float(phrases.found(text, runs))
        shown["question"] = float(self.is_question(text))
        shown["short"] = float(len(tokens) < 8)
        return shown

    def _money(self, text: str, runs: frozenset[str]) -> bool:
        if self._money_words.found(text, runs):
            return True
        if _DIGIT.search(text) is None:
            return False
        index = self._symbol_openings
        starts = index.scan(text, fold(text)) if index is not None else None
        if starts is None:
            return self._money_symbol.search(text) is not None
        search = searcher(self._money_symbol.match, starts.of(self._symbol_number))
        return search(text, 0) is not None

    @staticmethod
    def is_question(sentence: str) -> bool:
        """True when a sentence is a question (the ``question`` feature)."""
        return sentence.strip().endswith("?")

    def score(self, sentence: str) -> Score:
        """Score one sentence."""
        features = self.features(sentence)
        contributions = {
            name: round(WEIGHTS[name] * value, 3) for name, value in features.items() if value
        }
        return Score(_logistic(contributions.values()), bool(features["question"]), contributions)

    def value(self, sentence: str) -> float:
        """The score of one sentence (:meth:`score`'s ``value``) alone, all that
        extraction keeps of it."""
        features = self.features(sentence)
        return _logistic(
            round(WEIGHTS[name] * value, 3) for name, value in features.items() if value
        )


def _logistic(contributions: Iterable[float]) -> float:
    """The score of a sentence whose features added ``contributions`` (log-odds)."""
    total = BIAS + sum(contributions)
    return round(1.0 / (1.0 + math.exp(-total)), 4)


def _has_percent(text: str) -> bool:
    """True for a percent sign or "per cent" (the ``percent`` feature). Only a text
    holding "cent" is searched for the words: most sentences hold neither."""
    return "%" in text or ("cent" in text.lower() and _PERCENT.search(text) is not None)


def _has_perfect(text: str) -> bool:
    """True for a verb in a perfect tense (the ``perfect`` feature). Only a text holding
    "ha" (of "has", "have", "had") is searched: most sentences hold none of them."""
    return "ha" in fold(text) and _PERFECT.search(text) is not None


# A word as the phrase lists' boundaries see it: a run of word characters and apostrophes.
_RUN = re.compile(r"[\w’']+")


def _key(word: str) -> str:
    """A run or one-word phrase as it is looked up: case folded as ``re.IGNORECASE``
    compares, a curly apostrophe written straight."""
    return fold(word).replace("’", "'")


def _runs(text: str) -> frozenset[str]:
    """The keys of the runs of ``text``."""
    # Folding is done letter by letter, so the runs are folded in one call.
    return frozenset(_key(" ".join(_RUN.findall(text))).split(" "))


class _Phrases:
    """A lexicon list found in sentences as :func:`_phrase_regex` finds it, with one
    set lookup for its one-word phrases. A one-word phrase bounded by characters that
    cannot continue it is exactly a run of the text, so it is found among the runs the
    sentence is cut into once for all the lists; searching nine case-blind alternations
    per sentence was a sixth of the time spent extracting claims. Phrases of several
    words, and those written with a curly apostrophe (which matches only itself), are
    still searched for, but only in a sentence holding the first run of one of them: a
    phrase found opens where a run of the text does and its first run ends where the
    text's does, so that run is among the sentence's."""

    def __init__(self, phrases: Iterable[str]):
        words = {p for p in phrases if _RUN.fullmatch(p) and "’" not in p}
        self._words = frozenset(_key(p) for p in words)
        rest = set(phrases) - words
        self._rest = _phrase_regex(rest) if rest else None
        firsts = [_RUN.match(p) for p in rest]
        # None: a phrase opens with what is no run, and every sentence is searched.
        self._firsts = (
            frozenset(_key(m.group(0)) for m in firsts if m is not None) if all(firsts) else None
        )

    def found(self, text: str, runs: frozenset[str]) -> bool:
        """True when ``text``, whose run keys are ``runs``, holds a phrase of the list."""
        if not self._words.isdisjoint(runs):
            return True
        if self._rest is None or (self._firsts is not None and self._firsts.isdisjoint(runs)):
            return False
        return self._rest.search(text) is not None


def _phrase_regex(phrases: set[str]) -> re.Pattern[str]:
    """Any of ``phrases`` as whole words, apostrophes either way."""
    if not phrases:
        return re.compile("(?!)")
    parts = sorted((re.escape(p).replace("'", "['’]") for p in phrases), key=len, reverse=True)
    return re.compile(r"(?<![\w’'])(?:" + "|".join(parts) + r")(?![\w’'])", re.IGNORECASE)
