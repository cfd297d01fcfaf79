"""Quotations that run over several sentences.

Claims are read sentence by sentence, and a quotation of two full sentences ('"We asked
twice. Nobody replied," said Ada Brisk') is cut in two by the segmenter: neither half
holds both quotation marks, so no quote rule matches either. :func:`quote_runs` finds
the runs of sentences that one pair of double quotation marks spans, so that the quote
rules can read each run as one text.
"""

from __future__ import annotations

from collections.abc import Sequence

from factcheck.model import Sentence

# The most sentences one quotation is read across: a longer run is more likely an
# unclosed mark than a speech.
MOST_SENTENCES = 6


def _marks(raw: str, was_open: bool) -> tuple[bool, bool]:
    """Whether ``raw`` closes a double quotation that was open (or not) before it, and
    whether one is open after it. A curly mark says which way it goes; a straight one
    turns the state over."""
    closed = False
    for ch in raw:
        if ch == "“":
            was_open = True
        elif ch == "”" or (ch == '"' and was_open):
            closed, was_open = closed or was_open, False
        elif ch == '"':
            was_open = True
    return closed, was_open


def quote_runs(text: str, sentences: Sequence[Sentence]) -> dict[int, int]:
    """The runs of sentences over which a double quotation opened in the first closes
    in the last, within one block and at most MOST_SENTENCES long: the first
    sentence's position in ``sentences`` -> the last's."""
    runs: dict[int, int] = {}
    first: int | None = None
    for i, sentence in enumerate(sentences):
        raw = text[sentence.start : sentence.end]
        if first is not None and (
            sentence.block != sentences[first].block or i - first >= MOST_SENTENCES
        ):
            first = None
        if '"' not in raw and "“" not in raw and "”" not in raw:
            continue
        closed, still_open = _marks(raw, first is not None)
        if first is not None and closed:
            runs[first] = i
            first = None
        if still_open and first is None:
            first = i
    return runs
