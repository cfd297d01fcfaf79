"""The part of a sentence that says whose pay a figure is.

A pay sentence often goes on past its figure to speak of other people: "The posted range
is €48,000 to €55,000, a sum most archivists there can only dream of", "the floor rises
to $19, and the hospital will also hire porters", "a rise of £40 a week, so that cleaners
gain most". The jobs named there are not the job paid; nor are those of a clause set
against it before the figure ("While welders get $24, the listing offers ..."). Only the
figure's own clause, and what leads up to it, names the job the pay is for.
"""

from __future__ import annotations

import re

# Where a new clause starts after the figure: a semicolon or a dash; a comma, unless a
# "for" phrase follows it, which still says whose pay it is ("$31 an hour, for
# welders"); or a joining word that opens a clause of its own.
_AFTER = re.compile(
    r";|\s[–—]\s|\s-\s|,(?!\s+for\b)"
    r"|\s(?:and|but|while|whereas|though|although|plus|so\s+that|compared\s+(?:with|to)"
    r"|against|versus|than)\s",
    re.IGNORECASE,
)
# Where the figure's clause starts: after a semicolon or a dash, or after a clause set
# against it (", but", ", and", "while", "whereas"), or a leading "While ..., " clause;
# "and" with no comma may join the subject ("nurses and midwives earn ..."), so not there.
_BEFORE = re.compile(
    r";|\s[–—]\s|\s-\s|,\s(?:and|but)\s|,?\s(?:while|whereas|though|although)\s"
    r"|^(?:while|whereas|though|although|unlike|compared\s+(?:with|to))\b[^,]*,",
    re.IGNORECASE,
)


def pay_scope(sentence: str, start: int, end: int) -> str:
    """The words of ``sentence`` that say whose pay the figure at ``sentence[start:end]``
    is: from the start of the figure's clause to the end of it (before it, only the
    clause it stands in; after it, up to the next clause)."""
    first, last = _scope_span(sentence, start, end)
    return sentence[first:last]


def _scope_span(sentence: str, start: int, end: int) -> tuple[int, int]:
    """Where :func:`pay_scope`'s words begin and end in ``sentence``."""
    cuts = [m.end() for m in _BEFORE.finditer(sentence[:start])]
    after = _AFTER.search(sentence, end)
    return (cuts[-1] if cuts else 0, after.start() if after else len(sentence))


# A word that sets one clause against another: what follows it (or leads up to it) is
# told of someone else ("Agency pickers get €12, while those hired directly get more").
_CONTRAST = re.compile(
    r"\b(?:while|whereas|though|although|but|unlike|compared\s+(?:with|to))\b", re.IGNORECASE
)


def set_against(sentence: str, start: int, end: int) -> str:
    """The words of ``sentence`` outside the scope of the figure at ``start``-``end``
    (see :func:`pay_scope`) when a contrast word sets them against it; "" when the
    sentence sets nothing against the figure."""
    first, last = _scope_span(sentence, start, end)
    rest = f"{sentence[:first]} {sentence[last:]}"
    return rest if _CONTRAST.search(rest) else ""
