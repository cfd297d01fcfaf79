"""Split text blocks into sentences with their offsets."""

from __future__ import annotations

import re
from collections.abc import Iterable

from syntok import segmenter

from factcheck.model import Sentence
from factcheck.reading.positions import PositionMap

_SPACE = re.compile(r"\s+")


def normalise_space(text: str) -> str:
    """Collapse runs of whitespace to one space and strip the ends."""
    return _SPACE.sub(" ", text).strip()


def sentence_spans(text: str, start: int, end: int) -> Iterable[tuple[int, int]]:
    """Yield (start, end) offsets of the sentences in ``text[start:end]``."""
    block = text[start:end]
    for paragraph in segmenter.analyze(block):
        for sentence in paragraph:
            first, last = sentence[0], sentence[-1]
            yield start + first.offset, start + last.offset + len(last.value)


def split_sentences(
    text: str, blocks: Iterable[tuple[int, int]], positions: PositionMap
) -> tuple[Sentence, ...]:
    """Cut every block of ``text`` into sentences located through ``positions``."""
    out: list[Sentence] = []
    for block_index, (start, end) in enumerate(blocks):
        for s, e in sentence_spans(text, start, end):
            line, column = positions.line_column(s)
            out.append(
                Sentence(
                    index=len(out),
                    text=normalise_space(text[s:e]),
                    start=s,
                    end=e,
                    line=line,
                    column=column,
                    block=block_index,
                )
            )
    return tuple(out)
