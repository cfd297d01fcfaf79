"""Characters a reader does not see, taken out of an article's text before it is read.

A zero-width space or a soft hyphen inside a figure ("$1\u200b00,000") or a name splits
it for every rule; a thin or no-break space between digit groups ("$100\u2009000") is a
thousands separator a reader sees as one figure. Both are cut out, and the position map
keeps every later offset pointing at its line and column in the input.
"""

from __future__ import annotations

import re
from bisect import bisect_right
from itertools import accumulate

from factcheck.model import Link
from factcheck.reading.positions import PositionMap

# Format characters (Unicode category Cf) that show nothing: soft hyphen, zero-width
# space and joiners, direction marks and embeddings, word joiner and invisible
# operators, direction isolates and their relatives, and the byte order mark.
_FORMAT = "[\u00ad\u200b-\u200f\u202a-\u202e\u2060-\u2064\u2066-\u206f\ufeff]"
# Spaces narrower than a word space, or unbreakable, as set between digit groups.
_GROUP_SPACE = "[\u00a0\u2007\u2009\u200a\u202f]"
_INVISIBLE = re.compile(rf"(?<=\d){_FORMAT}*{_GROUP_SPACE}{_FORMAT}*(?=\d{{3}}(?!\d))|{_FORMAT}+")


def drop_invisible(
    text: str, blocks: list[tuple[int, int]], positions: PositionMap, links: list[Link]
) -> tuple[str, list[tuple[int, int]], PositionMap, list[Link]]:
    """``text`` without its invisible characters, with its blocks, position map and
    links moved to match."""
    removed = [m.span() for m in _INVISIBLE.finditer(text)]
    if not removed:
        return text, blocks, positions, links
    kept, at = [], 0
    for start, end in removed:
        kept.append(text[at:start])
        at = end
    kept.append(text[at:])
    ends = [e for _, e in removed]
    before = [0, *accumulate(e - s for s, e in removed)]

    def moved(offset: int) -> int:
        # Less the characters removed before ``offset``; an offset inside a removed span
        # lands where that span was.
        i = bisect_right(ends, offset)
        if i < len(removed) and removed[i][0] < offset:
            offset = removed[i][0]
        return offset - before[i]

    return (
        "".join(kept),
        [(moved(s), moved(e)) for s, e in blocks],
        positions.without(removed),
        [Link(k.url, k.text, moved(k.start), moved(k.end)) for k in links],
    )
