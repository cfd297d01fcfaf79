"""Every currency in use, as CLDR knows it (read through Babel): its ISO 4217 code, the
symbols the locales of the territories that pay in it write ("₸", "S/", "Kč"), and its
English names, singular and plural ("Kazakhstani tenge", "Moroccan dirhams").

The currency tables (rules/core/knowledge/currencies.yaml) keep what CLDR cannot say: which
currency a shared mark means in English copy ("$", "kr", "pounds"), and the marks that are
common words. Everything else about a currency is read from here, so that the claims'
money (rulepacks/knowledge, rulepacks/macros) and the pages' pay figures
(sources/facts) know the same currencies, the next one included.

Reading the locales takes about a second; what is read is kept in the cache folder
(``currencies/<key>.json``), keyed by Babel's version and this module's source and signed
with this user's key as the rules' derived values are (rulepacks/derived), so that a
file another hand put there is never read.
"""

from __future__ import annotations

import contextlib
import functools
import hashlib
import hmac
import json
import os
import unicodedata
from dataclasses import dataclass
from pathlib import Path
from typing import Any

import babel
from babel import Locale, languages, localedata
from babel.core import get_global

from factcheck.cachedir import default_cache_dir, read_entry, signing_key, usable_cache_dir

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

# Marks of direction and zero-width spaces some locales write around a symbol.
_INVISIBLE = dict.fromkeys(map(ord, "\u200b\u200e\u200f\u061c"), None)


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
    kept = _kept()
    return tuple(
        WorldCurrency(code, (*symbols, *_ENGLISH_SYMBOLS.get(code, ())), tuple(names))
        for code, symbols, names in kept
    )


# Far above what CLDR's currencies make (some 20 kB).
_LIMIT = 1024 * 1024


def _kept() -> Any:
    """What :func:`_derive` gives, read back from the cache folder when this user's key
    signed it there, else derived and kept for the next run."""
    folder = default_cache_dir()
    key = signing_key() if usable_cache_dir(folder) else None
    if key is None:
        return _derive()
    source = hashlib.sha256(Path(__file__).read_bytes() + babel.__version__.encode())
    path = folder / "currencies" / f"{source.hexdigest()[:24]}.json"
    data = read_entry(path, _LIMIT)
    if data is not None and len(data) > 32:
        mac, payload = data[:32], data[32:]
        if hmac.compare_digest(mac, hmac.new(key, payload, hashlib.sha256).digest()):
            with contextlib.suppress(ValueError):
                return json.loads(payload)
    derived = _derive()
    payload = json.dumps(derived, ensure_ascii=False).encode()
    draft = path.with_name(f"{path.name}.{os.getpid()}.new")
    # A failure to write costs the next run time only.
    with contextlib.suppress(OSError):
        path.parent.mkdir(parents=True, exist_ok=True)
        draft.write_bytes(hmac.new(key, payload, hashlib.sha256).digest() + payload)
        os.replace(draft, path)
    return derived


def _derive() -> list[tuple[str, list[str], list[str]]]:
    territories: dict[str, list[str]] = {}
    for territory, spans in sorted(get_global("territory_currencies").items()):
        for code, _start, end, tender in spans:
            if end is None and tender:
                territories.setdefault(code, []).append(territory)
    english = Locale("en")
    plural = english._data["currency_names_plural"]
    known = set(localedata.locale_identifiers())
    out = []
    for code in sorted(territories):
        symbols = [english.currency_symbols.get(code, "")]
        for territory in territories[code]:
            langs = ["en", *languages.get_official_languages(territory, de_facto=True)]
            for lang in dict.fromkeys(langs):
                if f"{lang}_{territory}" in known:
                    symbols.append(
                        localedata.load(f"{lang}_{territory}")["currency_symbols"].get(code, "")
                    )
        names = [english.currencies.get(code, ""), *dict(plural.get(code, {})).values()]
        out.append(
            (
                code,
                [s for s in dict.fromkeys(_clean(s) for s in symbols) if _usable(s, code)],
                [n for n in dict.fromkeys(names) if n],
            )
        )
    return out


def _clean(symbol: str) -> str:
    return symbol.translate(_INVISIBLE).strip()


def _usable(symbol: str, code: str) -> bool:
    """A symbol English copy may write: not the code itself, and in Latin letters or
    signs only (an Arabic or Cyrillic symbol is not how English copy writes pay)."""
    if not symbol or symbol == code or symbol == "¤":
        return False
    return all(not ch.isalpha() or "LATIN" in unicodedata.name(ch, "") for ch in symbol)


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
def page_marks() -> Marks:
    """The marks of :func:`world_currencies` a page's pay is read by: pages have no
    tables to say which currency a shared sign means in English copy."""
    signs: dict[str, set[str]] = {}
    words: dict[str, set[str]] = {}
    for world in world_currencies():
        for symbol in world.symbols:
            if not initials(symbol) and symbol not in NOT_SYMBOLS:
                signs.setdefault(symbol, set()).add(world.code)
        for name in world.names:
            for word in {name.lower(), name.split()[-1].lower()} - NOT_WORDS:
                words.setdefault(word, set()).add(world.code)
    return Marks(
        tuple(w.code for w in world_currencies() if w.code not in NOT_CODES),
        {s: min(c) for s, c in sorted(signs.items()) if len(c) == 1 and not _lettered(s)},
        {w: "|".join(sorted(c)) for w, c in sorted(words.items())},
        {s: min(c) for s, c in sorted(signs.items()) if len(c) == 1 and _lettered(s)},
    )


def initials(symbol: str) -> bool:
    """True for a symbol of one letter, or of two capitals ("K", "FC", "SR"): in English
    copy such letters beside a number are far more often a quarter, a model or a club."""
    letters = symbol.rstrip(".")
    return letters.isalpha() and (len(letters) == 1 or (len(letters) == 2 and letters.isupper()))


def _lettered(symbol: str) -> bool:
    return any(ch.isalpha() for ch in symbol)
