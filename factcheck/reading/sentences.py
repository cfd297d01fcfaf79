"""Split text blocks into sentences with their offsets."""

from __future__ import annotations

import re
from collections.abc import Iterable

from syntok import segmenter

from factcheck.letters import SHORT_GIVEN_NAMES
from factcheck.model import Sentence
from factcheck.reading.positions import PositionMap

# A note marker glued to a full stop ("spring.^1 Its", "June.¹ The", "cuts.[4] Pay", a
# Markdown footnote "rose.[^2] The") hides the boundary from the segmenter, which then
# runs two sentences together and lets one sentence's figures decide the other's claims.
# So does a source's label in brackets ("a month.[the listing] It pays", as the Markdown
# reader writes a link glued to a sentence's end), one or several in a row.
# The marker stays with the sentence it annotates; the next sentence must open with a
# capital, a digit or an opening quote.
_STOP = r"[.!?][\"”’)]*"  # a sentence's end mark, and the quotes or bracket it closes
_BRACKETED_MARK = r"\[[^\[\]\n]{1,60}\]"  # "[4]", "[^2]", "[the listing]"
_NEXT_OPENS = r"\s+(?=[\"“‘(]?[A-Z0-9])"
_MARKED_END = re.compile(rf"{_STOP}(?:\^[\w-]+|[⁰¹²³⁴⁵⁶⁷⁸⁹]+|(?:{_BRACKETED_MARK})+){_NEXT_OPENS}")

# A roman numeral ending a sentence ("hiring a Plant Operator II. Corvel pays ...") reads
# to the segmenter as an abbreviation before a name, and it runs the two sentences
# together. A numeral of two letters or more after a capitalised word is a level or a
# regnal number, never an initial ("Ada I. Brisk", "John V. Moss" keep theirs).
_NUMERAL_END = re.compile(r"(?<=[A-Za-z] )(?-i:II|III|IV|VI|VII|VIII)\.\s+(?=[\"“‘(]?[A-Z])")
# A sentence that opens on a brand written with a small first letter ("... at 9 a.m. on
# Monday. eBay said ...", "... 12%. easyJet pays ...") reads to the segmenter as one going
# on. A small letter then a capital inside one word is such a name; the word before the
# full stop must be a figure or four letters or more, so that "e.g. iPads" and "vs. eBay"
# are not cut.
_BRAND_START = re.compile(
    r"(?<![.\w])(?:\d[\d.,]*%?|[A-Za-z]{4,})[.!?][\"”’)]*\s+(?=[a-z]{1,4}[A-Z][a-z])"
)
# Markers before the full stop may hide the boundary as well: two in a row ("the
# strike[^a][^b]. Talks resumed") always do.
_MARKERS_THEN_END = re.compile(rf"(?:{_BRACKETED_MARK}\s?)+{_STOP}{_NEXT_OPENS}")
_ENDS = re.compile(
    f"{_MARKED_END.pattern}|{_MARKERS_THEN_END.pattern}|{_NUMERAL_END.pattern}|{_BRAND_START.pattern}"
)


# A currency written as letters and a full stop before its figure ("Rs. 35,000", "Ksh.
# 88,000", "Tshs. 900,000") reads to the segmenter as a sentence's end; the figure after
# it goes on the same sentence.
_CURRENCY_STOP = re.compile(
    r"(?<![\w.])(?:Rs|Re|K[Ss]hs?|T[Ss]hs?|U[Ss]hs?|Shs?|Nu|Gs|Bs|Kz|Rp|Ft)\.$"
)
_FIGURE_OPENS = re.compile(r"\d")

# A given name shortened the old way inside a firm's name ("Wm. Pell & Sons", "Geo. T.
# Rusk Company", "Chas. Ober Ltd") reads to the segmenter as a sentence's end, and the
# firm's sentence keeps only "Geo" as the party. None of these ends a sentence as a word;
# the cut after one, before a capital, is no cut.
_GIVEN_NAME_STOP = re.compile(rf"(?<![\w.])(?-i:{'|'.join(SHORT_GIVEN_NAMES)})\.$")
_CAPITAL_OPENS = re.compile(r"[A-Z]")

# A company's legal form written in parts with full stops ("Sdn. Bhd.", "Pty. Ltd.",
# "S.p.A.", "Co., Ltd.") reads to the segmenter as a sentence's end inside the form, and
# the firm's own sentence ("Acme Sdn. | Bhd. opened a plant on 4 May") loses its subject.
# A cut that falls inside such a form is no cut.
_COMPANY_FORM = re.compile(
    r"(?<![\w.])(?:Sdn\.\s*Bhd|P(?:ty|te|vt)\.\s*Ltd|Co\.,?\s*Ltd|S\.p\.A|S\.r\.l|S\.A\.S|S\.A\.B)\.(?!\w)"
)


def normalise_space(text: str) -> str:
    """Collapse runs of whitespace to one space and strip the ends."""
    # str.split() without a separator splits at the characters ``\s`` matches.
    return " ".join(text.split())


def sentence_spans(text: str, start: int, end: int) -> Iterable[tuple[int, int]]:
    """Yield (start, end) offsets of the sentences in ``text[start:end]``."""
    block = text[start:end]
    spans: list[tuple[int, int]] = []
    forms = [(m.start(), m.end()) for m in _COMPANY_FORM.finditer(block)]
    for paragraph in segmenter.analyze(block):
        for sentence in paragraph:
            first, last = sentence[0], sentence[-1]
            lo, hi = first.offset, last.offset + len(last.value)
            if spans and (
                (
                    _CURRENCY_STOP.search(block, spans[-1][0], spans[-1][1])
                    and _FIGURE_OPENS.match(block, lo)
                )
                or any(a < lo < b for a, b in forms)
                or (
                    _GIVEN_NAME_STOP.search(block, spans[-1][0], spans[-1][1])
                    and _CAPITAL_OPENS.match(block, lo)
                )
            ):
                lo = spans.pop()[0]  # "pays Rs. | 35,000 a month": one sentence
            spans.append((lo, hi))
    for lo, hi in spans:
        for m in _ENDS.finditer(block, lo, hi):
            yield start + lo, start + len(m.group(0).rstrip()) + m.start()
            lo = m.end()
        yield start + lo, start + hi


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
