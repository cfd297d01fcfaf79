"""Every currency in use, as CLDR knows it: its ISO 4217 code, the symbols the locales of
the territories that pay in it write ("₸", "S/", "Kč"), and its English names, singular and
plural ("Kazakhstani tenge", "Moroccan dirhams").

The currency tables (rules/core/knowledge/currencies.yaml) keep what CLDR cannot say: which
currency a shared mark means in English copy ("$", "kr", "pounds"), and the marks that are
common words. Everything else about a currency is read from here, so that the claims'
money (rulepacks/knowledge, rulepacks/macros) and the pages' pay figures
(sources/facts) know the same currencies, the next one included.

CLDR's currencies are read from ``data/currencies.json`` beside this module, which
tools/currencies.py writes from Babel's copy of CLDR: reading the locales themselves takes
a second or two a process, and a run then depended on the Babel installed.
"""

from __future__ import annotations

import functools
import json
from dataclasses import dataclass
from pathlib import Path

# ISO codes that are English words, initials or names in capitals ("TOP 10", "ALL 3
# plants", "NPR", "PHP 8", "COP 28"): not read as a currency beside a figure.
NOT_CODES = frozenset("ALL AMD BOB COP CUP GEL ISK NPR PHP SOS TOP".split())
# Last words of currencies' names that are common English words ("40 marks", "a real
# chance", "8 drams of whisky", "the 12 Democrats won"): read only as the tables say.
NOT_WORDS = frozenset("gold mark marks real reals kip kips sol dram drams won".split())
# Symbols that are words of the languages pages are written in: the French "Le 12 mai".
NOT_SYMBOLS = frozenset({"Le"})

# Symbols English copy writes that CLDR does not have: the taka's "Tk".
_ENGLISH_SYMBOLS = {"BDT": ("Tk",)}
# What tools/currencies.py wrote from CLDR.
_DATA = Path(__file__).with_name("data") / "currencies.json"


@dataclass(frozen=True)
class WorldCurrency:
    """A currency in use: its code, its symbols other than the code (in Latin letters or
    signs only) and its English names."""

    code: str
    symbols: tuple[str, ...]
    names: tuple[str, ...]


@functools.cache
def world_currencies() -> tuple[WorldCurrency, ...]:
    """Every currency some territory pays in today, by code (legal tender with no end
    date in CLDR's territory table: no date of the clock decides)."""
    rows = json.loads(_DATA.read_text(encoding="utf-8"))["currencies"]
    return tuple(
        WorldCurrency(code, (*symbols, *_ENGLISH_SYMBOLS.get(code, ())), tuple(names))
        for code, symbols, names in rows
    )


@dataclass(frozen=True)
class Marks:
    """What marks an amount as money on a page: the codes, the signs (no letters) that
    name one currency only, and the names and their last words (in small letters), each
    to its code, or to the codes of all that write it joined by "|" ("dirhams":
    "AED|MAD"), as claims/amounts.currencies_meet reads them."""

    codes: tuple[str, ...]
    signs: dict[str, str]
    words: dict[str, str]
    # Symbols with letters, read as written just before a figure ("S/ 1,180", "Ft 398 000").
    lettered: dict[str, str]


@functools.cache
def symbol_owners() -> dict[str, frozenset[str]]:
    """Each symbol of :func:`world_currencies` that may mark money (not initials, not a
    word of a page's language), to the codes of all the currencies that write it."""
    owners: dict[str, set[str]] = {}
    for world in world_currencies():
        for symbol in world.symbols:
            if not initials(symbol) and symbol not in NOT_SYMBOLS:
                owners.setdefault(symbol, set()).add(world.code)
    return {symbol: frozenset(codes) for symbol, codes in owners.items()}


@functools.cache
def last_words() -> dict[str, frozenset[str]]:
    """The last word of each English name of :func:`world_currencies`, in small letters
    ("tenge", "dirhams"), common words left out, to the codes of all that end on it."""
    owners: dict[str, set[str]] = {}
    for world in world_currencies():
        for name in world.names:
            word = name.split()[-1].lower()
            if word not in NOT_WORDS:
                owners.setdefault(word, set()).add(world.code)
    return {word: frozenset(codes) for word, codes in owners.items()}


@functools.cache
def page_marks() -> Marks:
    """The marks of :func:`world_currencies` a page's pay is read by: pages have no
    tables to say which currency a shared sign means in English copy."""
    words = {w: set(codes) for w, codes in last_words().items()}
    for world in world_currencies():
        for name in world.names:
            if name.lower() not in NOT_WORDS:
                words.setdefault(name.lower(), set()).add(world.code)
    signs = symbol_owners()
    return Marks(
        tuple(w.code for w in world_currencies() if w.code not in NOT_CODES),
        {s: min(c) for s, c in sorted(signs.items()) if len(c) == 1 and not lettered_symbol(s)},
        {w: "|".join(sorted(c)) for w, c in sorted(words.items())},
        {s: min(c) for s, c in sorted(signs.items()) if len(c) == 1 and lettered_symbol(s)},
    )


def initials(symbol: str) -> bool:
    """True for a symbol of one letter, or of two capitals ("K", "FC", "SR"): in English
    copy such letters beside a number are far more often a quarter, a model or a club."""
    letters = symbol.rstrip(".")
    return letters.isalpha() and (len(letters) == 1 or (len(letters) == 2 and letters.isupper()))


def lettered_symbol(symbol: str) -> bool:
    """True for a symbol written with a letter ("S/", "Kč"), not in signs alone ("₸")."""
    return any(ch.isalpha() for ch in symbol)
