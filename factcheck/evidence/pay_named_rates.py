"""Pay a source sentence gives as the figure of a rate it names before it, with no
period after the figure: "raises the hourly rate for deckhands from €16.10 to €16.90",
"the weekly wage of porters was set at £540", "lifts the monthly salary of clerks to
R9,100". The rules read pay by the period written after a figure ("€16.90 an hour");
here the period is the rate's ("hourly rate", "monthly salary", "annual pay"), named in
the same clause before the figure, and the figures are the money amounts the rules read
as quantities."""

from __future__ import annotations

import re
from collections.abc import Sequence

from factcheck.claims.amounts import Amount, is_money
from factcheck.claims.extract import Found
from factcheck.rulepacks.knowledge import Knowledge

# A rate named by a word of its period: "hourly rate", "weekly wage", "monthly salary",
# "annual pay", "yearly earnings"; the word's period is the one the periods knowledge
# gives it, so a word it does not know ("minimum wage", "basic pay") names no rate.
_RATE = re.compile(
    r"\b(?P<period>[a-z]+)\s+"
    r"(?:(?:base|basic|gross|minimum|starting|entry)\s+)?"
    r"(?:rates?|wages?|pay|salary|salaries|earnings)\b",
    re.IGNORECASE,
)
# What may stand between the rate and its figure within one clause: words, not a stop,
# a semicolon or a second rate.
_GAP = re.compile(r"[^.;:!?()]{0,80}")
# "from X to Y": where pay came from and went to.
_FROM_TO = re.compile(r"\s*(?:to|up\s+to|down\s+to)\s*$", re.IGNORECASE)


def named_rates(
    text: str, facts: Sequence[Found], knowledge: Knowledge
) -> list[tuple[Amount, int, int]]:
    """The pay amounts ``text`` gives as the figures of a rate named before them in its
    clause, with where each stands (``start`` on its first figure, ``end`` after its
    last): a single figure, or the two of "from X to Y" as one span. Empty when the
    rules read pay in the sentence, or no money follows a named rate. ``knowledge``
    gives each period word its period (the periods table), so a word it does not know
    names no rate."""
    money = sorted(
        (f for f in facts if f.rule.type == "quantity" and is_money(str(f.fields.get("unit", "")))),
        key=lambda f: f.start,
    )
    out: list[tuple[Amount, int, int]] = []
    taken: set[int] = set()
    for k, f in enumerate(money):
        if k in taken:
            continue
        period = None
        for m in _RATE.finditer(text, 0, f.start):
            named = knowledge.period_phrases.get(m.group("period").lower())
            if named is not None and _GAP.fullmatch(text, m.end(), f.start):
                period = named
        if period is None:
            continue
        unit = str(f.fields["unit"])
        low = float(f.fields["value"])
        start, end, high = f.start, f.end, low
        nxt = money[k + 1] if k + 1 < len(money) else None
        if (
            text[f.start : f.end].lower().startswith("from")
            and nxt is not None
            and str(nxt.fields.get("unit")) == unit
            and _FROM_TO.fullmatch(text, f.end, nxt.start)
        ):
            high, end = float(nxt.fields["value"]), nxt.end
            taken.add(k + 1)
        out.append((Amount(low, high, unit, period), start, end))
    return out
