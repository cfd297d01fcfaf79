"""How check-worthy a sentence is: facts that can be checked score high; opinions,
questions, predictions and generic remarks score low."""

from __future__ import annotations

import re
from dataclasses import dataclass

from factcheck.rulepacks.knowledge import Knowledge

_NUMBER = re.compile(r"(?<![\w])(?:\d[\d,.]*\d|\d)(?:\s?(?:%|percent|per cent))?")
_YEAR = re.compile(r"(?<![\w])(?:1[7-9]|20)\d{2}(?![\w])")
_MONTH = re.compile(
    r"\b(?:January|February|March|April|May|June|July|August|September|October|November|December)\b"
)
_NAME = re.compile(r"(?<=[a-z,;] )(?:[A-Z][\w’'&.-]+)(?:\s+[A-Z][\w’'&.-]+)*")
_FIRST_PERSON = re.compile(r"\b(?:I|I'm|I’m|we|We|our|Our|us|my|My|me)\b")
_WORD = re.compile(r"[A-Za-z’']+")


@dataclass(frozen=True)
class Score:
    """A sentence's check-worthiness in [0, 1], and whether it is a question."""

    value: float
    is_question: bool


class CheckWorthiness:
    """A transparent additive score over features a fact-checker looks for."""

    def __init__(self, knowledge: Knowledge):
        self.opinion = knowledge.words("opinion")
        self.prediction = knowledge.words("prediction")
        self.reporting = knowledge.words("reporting")

    def score(self, sentence: str) -> Score:
        """Score one sentence."""
        text = sentence.strip()
        words = [w.lower() for w in _WORD.findall(text)]
        is_question = text.endswith("?")
        value = 0.3
        if _NUMBER.search(text):
            value += 0.3
        if _YEAR.search(text) or _MONTH.search(text):
            value += 0.1
        if _NAME.search(text):
            value += 0.15
        if any(w in self.reporting for w in words):
            value += 0.1
        opinion = sum(1 for w in words if w in self.opinion)
        value -= min(0.4, 0.2 * opinion)
        if any(w in self.prediction for w in words):
            value -= 0.2
        if _FIRST_PERSON.search(text):
            value -= 0.15
        if len(words) < 6:
            value -= 0.25
        if is_question:
            value -= 0.4
        return Score(max(0.0, min(1.0, value)), is_question)
