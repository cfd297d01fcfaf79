"""Shares a source gives as a part of a total, not as a percentage: "about 240 employees,
88 of them in engineering", "88 of its 240 staff", "88 out of 240". The share is the
part over the total, compared with a claimed share ("half of them are engineers") when
both count the same thing."""

from __future__ import annotations

import re
from dataclasses import dataclass

from factcheck.evidence.index import keywords

_NUM = r"\d{1,3}(?:,\d{3})+|\d+"
_NEAR = r"(?:(?:about|around|some|roughly|nearly|almost|over|more\s+than)\s+)?"
# A total, then its part: "240 employees, 88 of them in engineering", "240 posts; 12 of
# them are empty".
_PART_OF_THEM = re.compile(
    rf"(?<![\d.,])(?P<total>{_NUM})\s+[a-z][\w-]*(?:\s+[a-z][\w-]*){{0,2}}?\s*[,;]\s*"
    rf"(?:and\s+)?{_NEAR}"
    rf"(?P<part>{_NUM})\s+of\s+(?:them|whom|those)\b",
    re.IGNORECASE,
)
# A part of a total: "88 of its 240 employees", "88 out of 240", "88 of the firm's 240".
_PART_OF_TOTAL = re.compile(
    rf"(?<![\d.,])(?P<part>{_NUM})\s+(?:out\s+)?of\s+(?:(?:its|the|their|our|all)\s+)?"
    rf"(?:(?:[\w-]+\s+){{0,3}}[\w-]+['’]s\s+)?(?P<total>{_NUM})(?![\d.,%])",
    re.IGNORECASE,
)
_CLAUSE_END = re.compile(r"[.;:!?()]|,\s|\s[–—]\s")
# What a part counts is said in the few words after it.
COUNTED_WORDS = 6


@dataclass(frozen=True)
class PartShare:
    """A part of a total written in a sentence, as a percentage."""

    percent: float
    part: int
    total: int
    start: int
    end: int
    counted: frozenset[str]


def _value(text: str) -> int:
    return int(text.replace(",", ""))


def part_shares(text: str) -> list[PartShare]:
    """The parts of totals a sentence gives, each with the content words of what it
    counts (the words after it, to its clause's end); a part larger than its total,
    or a total of nothing, is no share."""
    out = []
    for pattern in (_PART_OF_THEM, _PART_OF_TOTAL):
        for m in pattern.finditer(text):
            part, total = _value(m.group("part")), _value(m.group("total"))
            if total <= 0 or part > total:
                continue
            clause = _CLAUSE_END.split(text[m.end() :], maxsplit=1)[0]
            words = " ".join(clause.split()[:COUNTED_WORDS])
            counted = frozenset(w for w in keywords(words).split() if not w[0].isdigit())
            out.append(PartShare(100 * part / total, part, total, m.start(), m.end(), counted))
    return sorted(out, key=lambda s: (s.start, s.end))
