"""A dollar sign says "a dollar", not which: "$27.45 an hour" in a draft about a Canadian
ferry line is the posting's "$27.45 (CAD)". The claim rules read a bare "$" as the pack's
default currency; a pay comparator lets it meet another dollar a page names instead, on
a page that gives no pay in the default one."""

from __future__ import annotations

import re
from functools import lru_cache

from factcheck.rulepacks.knowledge import Knowledge

# "$", "dollars" and "bucks" name no country; "US$", "USD", "U.S. dollars" do.
_BARE = re.compile(r"(?<![A-Za-z$])\$\s?\d|\bdollars?\b|\bbucks\b", re.IGNORECASE)
_COUNTRY = re.compile(
    r"\b(?:US|USD|American|Canadian|Australian|New\s+Zealand|Singapore|Hong\s+Kong"
    r"|Taiwan(?:ese)?)\b|\bU\.S\.|[A-Z]{1,3}\$"
)


def bare_dollar(text: str) -> bool:
    """True when the money in ``text`` is written with a dollar that names no country
    ("$52,000", "forty dollars"), not "US$52,000" or "Canadian dollars"."""
    return bool(_BARE.search(text)) and not _COUNTRY.search(text)


@lru_cache(maxsize=8)
def _family(currencies: frozenset[tuple[str, tuple[str, ...]]]) -> frozenset[str]:
    return frozenset(code for code, symbols in currencies if any(s.endswith("$") for s in symbols))


def dollars(knowledge: Knowledge) -> frozenset[str]:
    """The codes of the currencies written with a dollar sign (a symbol ending in "$":
    "C$", "A$", "MX$"), the default's among them."""
    return _family(frozenset((c.code, c.symbols) for c in knowledge.currencies.values()))
