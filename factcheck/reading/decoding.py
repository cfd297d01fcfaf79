"""Turn the bytes of an input file into text."""

from __future__ import annotations

from factcheck.charsets import choose_charset
from factcheck.errors import InputError


def decode_bytes(data: bytes, where: str, *, html: bool = False) -> str:
    """Decode an article as fetched pages are decoded: BOM, then an HTML ``<meta
    charset>``, then UTF-8, then detection on a bounded sample.

    Line endings are normalised to ``\\n``, which keeps line and column numbers.
    """
    text = data.decode(choose_charset(data, None, is_markup=html), errors="replace")
    if "\x00" in text:
        raise InputError(f"{where}: looks like a binary file, not an article")
    return text.removeprefix("\ufeff").replace("\r\n", "\n").replace("\r", "\n")
