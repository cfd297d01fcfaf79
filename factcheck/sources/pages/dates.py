"""When a page says it was published and updated.

The most explicit statement wins: declared metadata (``<meta>``, JSON-LD, ``itemprop``),
then a ``<time>`` in the story, each kept with its time and time zone when it gives them.
Only when a page declares nothing is htmldate (the field's library for this) asked to find a
date in the page's markup conventions (date classes, ``<abbr>``, bylines) and its URL, not in
its free text, where it guesses too often; it is imported then, and only then.
"""

from __future__ import annotations

import json
import re
from collections.abc import Iterable, Mapping
from datetime import date, datetime, timedelta, timezone
from email.utils import parsedate_to_datetime

from factcheck.sources.pages.text import normalize

__all__ = ["PUBLISHED_KEYS", "UPDATED_KEYS", "guess_date", "iso_date", "json_ld_dates"]

PUBLISHED_KEYS = (
    "article:published_time",
    "article:published",
    "og:article:published_time",
    "og:published_time",
    "datepublished",
    "publish-date",
    "publish_date",
    "publishdate",
    "pubdate",
    "publication_date",
    "parsely-pub-date",
    "sailthru.date",
    "dc.date.issued",
    "dcterms.issued",
    "dc.date",
    "dcterms.created",
    "datecreated",
    "citation_publication_date",
    "citation_date",
    "article.published",
    "date",
)
UPDATED_KEYS = (
    "article:modified_time",
    "article:modified",
    "og:updated_time",
    "datemodified",
    "dcterms.modified",
    "last-modified",
)

_DATE_FORMATS = ("%B %d, %Y", "%b %d, %Y", "%d %B %Y", "%d %b %Y", "%Y/%m/%d", "%b. %d, %Y")
# ISO-like stamps as CMSs write them: a space for the "T", a "GMT+0000" or "UTC" zone.
_STAMP_RE = re.compile(
    r"(\d{4})-(\d{2})-(\d{2})(?:[T ](\d{2}):(\d{2})(?::(\d{2}))?(?:\.\d+)?)?"
    r"\s*(Z|(?:GMT|UTC)?\s*([+-])(\d{2}):?(\d{2})|GMT|UTC)?",
    re.IGNORECASE,
)
# htmldate keeps to this window; fixed so the result never depends on the day it runs.
_EARLIEST, _LATEST = "1995-01-01", "2100-12-31"


def json_ld_dates(scripts: Iterable[str], key: str) -> list[str]:
    """``key`` values (``datePublished``, ``dateModified``) in JSON-LD scripts, those of
    article-like objects first."""
    preferred: list[str] = []
    others: list[str] = []
    for script in scripts:
        text = script
        # Some CMSs wrap the JSON in an HTML comment or a CDATA section.
        for junk in ("<!--", "-->", "<![CDATA[", "]]>"):
            text = text.replace(junk, "")
        try:
            data = json.loads(text, strict=False)
        except (ValueError, RecursionError):
            continue
        stack = [data]
        while stack:
            value = stack.pop()
            if isinstance(value, list):
                stack.extend(reversed(value))
            elif isinstance(value, dict):
                stamp = value.get(key)
                if isinstance(stamp, str):
                    kinds = value.get("@type")
                    kinds = " ".join(map(str, kinds)) if isinstance(kinds, list) else str(kinds)
                    article = any(word in kinds for word in ("Article", "Posting", "Report"))
                    (preferred if article else others).append(stamp)
                stack.extend(reversed(list(value.values())))
    return preferred + others


def first_date(candidates: Iterable[str | None]) -> str | None:
    """The first candidate that reads as a date, in ISO form."""
    for candidate in candidates:
        if candidate and (parsed := iso_date(candidate)):
            return parsed
    return None


def iso_date(value: str) -> str | None:
    """``value`` as ``YYYY-MM-DD``, or as an ISO datetime if it has a time; else None."""
    value = normalize(value)
    parsed: date | datetime | None = None
    try:
        stamp = datetime.fromisoformat(value)
        parsed = stamp if len(value) > 10 else stamp.date()
    except ValueError:
        parsed = _loose_date(value)
    if parsed is None or not 1900 <= parsed.year <= 2200:
        return None
    return parsed.isoformat()


def _loose_date(value: str) -> date | datetime | None:
    """A date written some other common way: RFC 2822, "July 25, 2023", a stamp with a
    "GMT+0000" zone, "2023-07-25 …"."""
    try:
        return parsedate_to_datetime(value)
    except (TypeError, ValueError, IndexError):
        pass
    for fmt in _DATE_FORMATS:
        try:
            return datetime.strptime(value, fmt).date()
        except ValueError:
            continue
    if match := _STAMP_RE.match(value):
        return _from_stamp(match)
    return None


def _from_stamp(match: re.Match[str]) -> date | datetime | None:
    year, month, day, hour, minute, second, zone, sign, zh, zm = match.groups()
    try:
        day_only = date(int(year), int(month), int(day))
        if hour is None:
            return day_only
        tz = None
        if zone:
            offset = timedelta(hours=int(zh), minutes=int(zm)) if sign else timedelta(0)
            tz = timezone(-offset if sign == "-" else offset)
        return datetime(
            day_only.year,
            day_only.month,
            day_only.day,
            int(hour),
            int(minute),
            int(second or 0),
            tzinfo=tz,
        )
    except ValueError:
        return None


def guess_date(html: str, url: str | None) -> str | None:
    """The publication date htmldate reads from a page's markup and URL (day only), or None."""
    from htmldate import find_date

    try:
        found = find_date(
            html,
            extensive_search=False,
            original_date=True,
            url=url,
            min_date=_EARLIEST,
            max_date=_LATEST,
        )
    except (ValueError, TypeError):
        return None
    return found or None


def declared(metas: Mapping[str, str], keys: Iterable[str]) -> list[str | None]:
    """The ``<meta>`` values under ``keys``, in that order."""
    return [metas.get(key) for key in keys]
