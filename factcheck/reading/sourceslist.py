"""Lists of source URLs: ``--sources-file`` files and ``<article>.sources.txt`` sidecars."""

from __future__ import annotations

import re

from factcheck.errors import InputError

_URL = re.compile(r"^https?://\S+$", re.IGNORECASE)


def parse_sources_list(text: str, where: str) -> list[str]:
    """URLs of a sources list: one per line; blank lines and ``#`` comments are skipped."""
    urls: list[str] = []
    for number, line in enumerate(text.splitlines(), start=1):
        # A URL may hold "#", so only a "#" that starts the line or follows a space comments.
        entry = line.split(" #", 1)[0].strip()
        if not entry or entry.startswith("#"):
            continue
        if not _URL.match(entry):
            raise InputError(f"{where}:{number}: not an http(s) URL: {entry[:80]}")
        urls.append(entry)
    return urls
