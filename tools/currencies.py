"""Write factcheck/rulepacks/data/currencies.json from CLDR, through Babel.

Run by hand when Babel's CLDR moves on (``pip install -e '.[data]'``, then
``python tools/currencies.py``) and commit the file it writes: factcheck reads that file
and never Babel, so a run neither pays for reading CLDR's locales (a second or two) nor
depends on which Babel is installed. tests/test_world_currencies.py checks that the
committed file is what this script makes from the installed Babel's CLDR.

Every currency some territory pays in today (legal tender with no end date in CLDR's
territory table: no date of the clock decides) is written with its ISO code, the symbols
the locales of those territories write (in Latin letters or signs only: an Arabic or
Cyrillic symbol is not how English copy writes pay) and its English names, singular and
plural.
"""

from __future__ import annotations

import json
import sys
import unicodedata
from pathlib import Path
from typing import Any

from babel import Locale, __version__, languages, localedata
from babel.core import get_cldr_version, get_global

OUT = (
    Path(__file__).resolve().parent.parent / "factcheck" / "rulepacks" / "data" / "currencies.json"
)

# Marks of direction and zero-width spaces some locales write around a symbol.
_INVISIBLE = dict.fromkeys(map(ord, "\u200b\u200e\u200f\u061c"), None)


def derive() -> dict[str, Any]:
    """The file's content: where it came from, and each currency as
    ``[code, [symbols...], [names...]]`` in the order of the codes."""
    territories: dict[str, list[str]] = {}
    for territory, spans in sorted(get_global("territory_currencies").items()):
        for code, _start, end, tender in spans:
            if end is None and tender:
                territories.setdefault(code, []).append(territory)
    english = Locale("en")
    plural = english._data["currency_names_plural"]
    known = set(localedata.locale_identifiers())
    currencies = []
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
        currencies.append(
            [
                code,
                [s for s in dict.fromkeys(_clean(s) for s in symbols) if _usable(s, code)],
                [n for n in dict.fromkeys(names) if n],
            ]
        )
    return {
        "about": f"Written by tools/currencies.py from CLDR {get_cldr_version()} (Babel "
        f"{__version__}); run it again rather than edit this file.",
        "cldr": str(get_cldr_version()),
        "currencies": currencies,
    }


def render(data: dict[str, Any]) -> str:
    """The file's text: its header, then one currency a line (so a new CLDR's changes
    read as a short diff)."""
    rows = ",\n".join(f"    {json.dumps(row, ensure_ascii=False)}" for row in data["currencies"])
    head = f'  "about": {json.dumps(data["about"])},\n  "cldr": {json.dumps(data["cldr"])},\n'
    return f'{{\n{head}  "currencies": [\n{rows}\n  ]\n}}\n'


def _clean(symbol: str) -> str:
    return symbol.translate(_INVISIBLE).strip()


def _usable(symbol: str, code: str) -> bool:
    if not symbol or symbol == code or symbol == "¤":
        return False
    return all(not ch.isalpha() or "LATIN" in unicodedata.name(ch, "") for ch in symbol)


def main() -> int:
    """Write the file and say where."""
    OUT.parent.mkdir(parents=True, exist_ok=True)
    OUT.write_text(render(derive()), encoding="utf-8")
    print(f"wrote {OUT}", file=sys.stderr)
    return 0


if __name__ == "__main__":
    sys.exit(main())
