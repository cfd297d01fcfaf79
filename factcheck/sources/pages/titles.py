"""A page's headline, without the site's name that decorates its ``<title>``."""

from __future__ import annotations

import re
from collections.abc import Mapping
from urllib.parse import urlsplit

from factcheck.sources.pages.text import normalize, squash

__all__ = ["clean_title"]

_SITE_META_KEYS = ("og:site_name", "application-name")

# Separators between a headline and the site or section name in a <title>. Only the strong
# ones split a title on their own; a dash is often part of the headline itself.
_TITLE_SEP_RE = re.compile(r"(\s+(?:[|·•»/]|::|[-–—])\s+)")
_STRONG_SEPS = frozenset({"|", "·", "•", "»", "::"})


def _site_names(metas: Mapping[str, str], url: str | None) -> set[str]:
    """Squashed spellings of the site's name, from its metadata and its host name."""
    names = {squash(name) for key in _SITE_META_KEYS if (name := metas.get(key))}
    host = (urlsplit(url).hostname or "") if url else ""
    labels = [label for label in host.split(".") if label not in ("www", "amp", "m")]
    if labels:
        names.add(squash(".".join(labels)))
        # Every label but the last: "theintercept", "metro", "inquirer".
        for label in labels[:-1]:
            names.update({squash(label), "the" + squash(label)})
    names.discard("")
    return names


def clean_title(raw: str | None, metas: Mapping[str, str], url: str | None) -> str | None:
    """The headline without the " | Site name" (or "Site - ") decoration around it."""
    title = normalize(raw or "")
    if not title:
        return None
    names = _site_names(metas, url)
    pieces = _TITLE_SEP_RE.split(title)  # [part, separator, part, separator, part, ...]
    while len(pieces) > 2 and squash(pieces[-1]) in names:
        del pieces[-2:]
    while len(pieces) > 2 and squash(pieces[0]) in names:
        del pieces[:2]
    # What strong separators still divide is headline and section names; the headline is
    # the longest.
    chunks = [""]
    for k, piece in enumerate(pieces):
        if k % 2 and piece.strip() in _STRONG_SEPS:
            chunks.append("")
        else:
            chunks[-1] += piece
    return max(chunks, key=len).strip() or title
