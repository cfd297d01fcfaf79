"""Note markers and the numbered list of sources they point to.

A draft may cite by number: "the fare rose 4%.[2]" or "...rose 4%.²" in the text, and at
its end "2. Harbour Times, 3 May: https://..." (or "[2] ...", "[^2]: ...", "² ..."). Each
marker is read as a link to the addresses of its entry, so that a claim rests first on
the source its note names, as it would on a link written in its sentence."""

from __future__ import annotations

import re
from bisect import bisect_right
from collections.abc import Mapping, Sequence

from factcheck.model import Link

_SUPERSCRIPTS = "⁰¹²³⁴⁵⁶⁷⁸⁹"
_TO_DIGITS = str.maketrans(_SUPERSCRIPTS, "0123456789")
_SUP = f"[{_SUPERSCRIPTS}]{{1,3}}"
# An entry of the list opens on its number: "[3] ...", "[^3]: ...", "3. ...", "3) ...",
# "(3) ...", "³ ...". (A Markdown list item's number is not in the text; its reader passes it.)
# A footnote may be named rather than numbered: "[^pay]: ...", marked "[^pay]" in the text.
_NAMED = r"\[\^([A-Za-z][\w-]{0,30})\]"
_ENTRY = re.compile(
    rf"\s*(?:\[\^?(\d{{1,3}})\]:?|{_NAMED}:|\^?(\d{{1,3}})[.)]|\((\d{{1,3}})\)|({_SUP}))\s"
)
# A marker in the text: "[3]", "[^3]", "^3", or superscript digits after punctuation or a
# word of three letters or more (not "km²", where they are a power).
# A number in brackets is one where a sentence or clause ends right after it ("since the
# 1960s (1)."), not where it numbers what follows ("two demands: (1) pay, (2) hours").
_MARKER = re.compile(
    rf"\[\^?(\d{{1,3}})\]|{_NAMED}|\^(\d{{1,3}})\b|(?<=\S)\s?\((\d{{1,2}})\)(?=[.,;:!?]|\s*$)"
    rf"|(?:(?<=[.,;:!?)”\"’])|(?<=[^\W\d]{{3}}))({_SUP})"
)


def blank_note_markers(text: str) -> str:
    """``text`` with its note markers blanked out, each by as many spaces ("backed
    it[^1], a margin" reads "backed it    , a margin"), so that offsets into it still
    hold: a marker's digits are no figure of the sentence."""
    return _MARKER.sub(lambda m: " " * len(m.group(0)), text)


def is_note_marker(text: str) -> bool:
    """True when ``text`` is a note marker as a whole ("[^pay]", "[3]", "²"): a link
    with such words stands for a note, and its words name nothing the sentence says."""
    return _MARKER.fullmatch(text.strip()) is not None


def _number(match: re.Match[str]) -> str:
    """The note's key: its number as digits ("²" is "2"), or its name as written."""
    key = next(g for g in match.groups() if g).translate(_TO_DIGITS)
    return str(int(key)) if key.isdigit() else key


def note_links(
    text: str,
    blocks: Sequence[tuple[int, int]],
    links: Sequence[Link],
    numbers: Mapping[int, int] | None = None,
) -> list[Link]:
    """Links that stand for the note markers of ``text``: one per address of the entry
    the marker's number names. ``numbers`` gives, by block index, the number of a list
    item whose number the reader took out of the text. An entry is a block that opens on
    (or carries) a number and holds at least one link; the first entry of a number
    counts, and markers inside entries or links are not read."""
    numbers = numbers or {}
    ordered = sorted(links, key=lambda link: link.start)
    starts = [link.start for link in ordered]
    entries: dict[str, list[str]] = {}
    entry_blocks: list[tuple[int, int]] = []
    for start, end, number in _entries(text, blocks, numbers):
        first = bisect_right(starts, start - 1)
        urls = [link.url for link in ordered[first:] if link.start < end]
        if urls:
            entries.setdefault(number, urls)
            entry_blocks.append((start, end))
    if not entries:
        return []
    link_spans = [(link.start, link.end) for link in ordered]
    entry_starts = [s for s, _ in entry_blocks]
    out = []
    for m in _MARKER.finditer(text):
        noted = entries.get(_number(m))
        if noted is None:
            continue
        if _inside(entry_blocks, entry_starts, m.start()) or _inside(link_spans, starts, m.start()):
            continue  # the entry's own number, or digits inside a link
        out += [Link(url=url, text=m.group(0), start=m.start(), end=m.end()) for url in noted]
    return out


def _entries(
    text: str, blocks: Sequence[tuple[int, int]], numbers: Mapping[int, int]
) -> list[tuple[int, int, str]]:
    """The entries of the list of notes as (start, end, number). A block is one entry, or
    several when its lines open on numbers of their own: writers often put the notes one
    a line with no blank line between them ("[^1]: ...", then "[^2]: ..."), and each line
    is then its own entry, running on until the next line that opens on a number."""
    out: list[tuple[int, int, str]] = []
    for index, (start, end) in enumerate(blocks):
        listed = numbers.get(index)
        number = None if listed is None else str(listed)
        if number is None and (m := _ENTRY.match(text, start, end)):
            number = _number(m)
        cuts = [] if number is None else [(start, number)]
        # Where each later line of the block opens on a number of its own (a block
        # may open on "Sources:" with the entries on the lines below it).
        for line in re.finditer(r"\n", text[start:end]):
            at = start + line.end()
            if (m := _ENTRY.match(text, at, end)) is not None:
                cuts.append((at, _number(m)))
        out += [
            (at, cuts[i + 1][0] if i + 1 < len(cuts) else end, n) for i, (at, n) in enumerate(cuts)
        ]
    return out


def _inside(spans: Sequence[tuple[int, int]], starts: Sequence[int], at: int) -> bool:
    """True when ``at`` falls in one of ``spans`` (sorted, not overlapping; ``starts``
    their starts)."""
    i = bisect_right(starts, at) - 1
    return i >= 0 and at < spans[i][1]
