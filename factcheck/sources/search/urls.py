"""One key per resource: URL normalisation for de-duplicating search results.

Search engines hand back one story under many spellings: ``http`` and ``https``,
``www.`` or not, a mobile host (``m.``, ``en.m.wikipedia.org``), an AMP copy
(``amp.`` host, ``/amp`` path, ``?amp=1``, ``outputType=amp``), tracking parameters
(``utm_*``, ``fbclid``, ``gclid``), a fragment or a trailing slash. :func:`url_key`
maps them all to the same string. The key is for comparison only; it is never fetched.
"""

from __future__ import annotations

import re
from urllib.parse import parse_qsl, quote, unquote, urlencode, urlsplit

# Query parameters that say where a reader came from, not which page they read.
_TRACKING = frozenset(
    {
        "fbclid",
        "gclid",
        "dclid",
        "msclkid",
        "yclid",
        "mc_cid",
        "mc_eid",
        "ocid",
        "cmpid",
        "ref_src",
        "ref_url",
        "smid",
        "smtyp",
        "igshid",
        "share",
        "taid",
    }
)
_TRACKING_PREFIXES = ("utm_", "at_", "pk_", "mtm_")
_AMP_PARAMS = {"amp": {"1", "true", ""}, "outputtype": {"amp"}, "output": {"amp"}}
_AMP_PATH = re.compile(r"(?:/amp(?=/|$)|\.amp(?=$|\.html?$))", re.IGNORECASE)
_MOBILE_LABELS = frozenset({"m", "mobile", "amp"})
# Characters RFC 3986 leaves unreserved, plus the sub-delimiters browsers leave alone in
# paths: both spellings (escaped and not) of these are the same URL.
_PATH_SAFE = "/:@!$&'()*+,;=-._~"


def _host(host: str) -> str:
    labels = [label for label in host.lower().rstrip(".").split(".") if label]
    if labels and labels[0] == "www":
        labels = labels[1:]
    # "m.example.com" and "en.m.wikipedia.org": drop the mobile label wherever it sits
    # before the registrable part (never the last two labels).
    return ".".join(
        label
        for i, label in enumerate(labels)
        if not (label in _MOBILE_LABELS and i < len(labels) - 2)
    )


def _query(query: str) -> str:
    kept = []
    for name, value in parse_qsl(query, keep_blank_values=True):
        lowered = name.lower()
        if lowered in _TRACKING or lowered.startswith(_TRACKING_PREFIXES):
            continue
        if value.lower() in _AMP_PARAMS.get(lowered, ()):
            continue
        kept.append((name, value))
    return urlencode(sorted(kept))


def url_key(url: str) -> str:
    """The comparison key of ``url``: scheme-less, lower-case host without ``www``,
    mobile or AMP labels, path without AMP markers or trailing slash, tracking and AMP
    parameters dropped, the rest sorted, no fragment."""
    parts = urlsplit(url.strip())
    host = _host(parts.hostname or "")
    try:
        port = parts.port
    except ValueError:  # a port that is not a number: keep the key, drop the port
        port = None
    if port is not None and port not in (80, 443):
        host = f"{host}:{port}"
    path = quote(unquote(parts.path), safe=_PATH_SAFE)
    path = _AMP_PATH.sub("", path).rstrip("/")
    query = _query(parts.query)
    return f"//{host}{path}" + (f"?{query}" if query else "")


def clean_url(url: str) -> str:
    """``url`` as it will be fetched: without tracking parameters and fragment, otherwise
    as written (the key is not a fetchable address)."""
    parts = urlsplit(url.strip())
    kept = [
        (name, value)
        for name, value in parse_qsl(parts.query, keep_blank_values=True)
        if name.lower() not in _TRACKING and not name.lower().startswith(_TRACKING_PREFIXES)
    ]
    return parts._replace(query=urlencode(kept), fragment="").geturl()


def is_variant(url: str) -> bool:
    """True for an AMP or mobile copy of a page (the canonical page is better to read)."""
    parts = urlsplit(url)
    labels = (parts.hostname or "").lower().split(".")
    if any(label in _MOBILE_LABELS for label in labels[:-2]):
        return True
    if _AMP_PATH.search(parts.path):
        return True
    query = {k.lower(): v.lower() for k, v in parse_qsl(parts.query, keep_blank_values=True)}
    return any(query.get(name) in values for name, values in _AMP_PARAMS.items() if name in query)


def host_of(url: str) -> str:
    """The lower-case host name of ``url`` ("" when it has none)."""
    return (urlsplit(url).hostname or "").lower()
