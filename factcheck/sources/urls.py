"""One identity per resource, and the address it is fetched by.

A story reaches a run under many spellings: cited in the draft with or without ``www.``
or a trailing slash, returned by a search engine over ``http`` or ``https``, on a mobile
host (``m.``, ``en.m.wikipedia.org``), as an AMP copy (``amp.`` host, ``/amp`` path,
``?amp=1``, ``outputType=amp``), with tracking parameters (``utm_*``, ``fbclid``,
``gclid``) or a fragment. :func:`url_key` maps them all to one comparison key, so that
the run fetches the resource once and uses it as evidence once; :func:`clean_url` is the
address actually fetched.

The key is w3lib's ``canonicalize_url`` (one percent-encoding of path and query, sorted
query, IDNA host, no fragment) after this project's rules: no scheme, no ``www.``,
mobile or AMP labels, AMP markers, tracking parameters or trailing slash. It is never
fetched: servers may tell ``?print`` from ``?print=``, and ``%20`` from ``+``.
"""

from __future__ import annotations

import re
from urllib.parse import unquote_plus, urlsplit, urlunsplit

from w3lib.url import canonicalize_url

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


def _field(field: str) -> tuple[str, str]:
    """The decoded, lower-case name and value of one ``name=value`` query field."""
    name, _, value = field.partition("=")
    return unquote_plus(name).lower(), unquote_plus(value).lower()


def _is_tracking(name: str) -> bool:
    return name in _TRACKING or name.startswith(_TRACKING_PREFIXES)


def _is_amp_marker(name: str, value: str) -> bool:
    return value in _AMP_PARAMS.get(name, ())


def _fields(query: str) -> list[str]:
    return query.split("&") if query else []


def url_key(url: str) -> str:
    """The comparison key of ``url``: scheme-less, lower-case host without ``www``,
    mobile or AMP labels, path without AMP markers or trailing slash, tracking and AMP
    parameters dropped, one percent-encoding, the query sorted, no fragment."""
    parts = urlsplit(url.strip())
    host = _host(parts.hostname or "")
    try:
        port = parts.port
    except ValueError:  # a port that is not a number: keep the key, drop the port
        port = None
    if port is not None and port not in (80, 443):
        host = f"{host}:{port}"
    query = "&".join(
        field
        for field in _fields(parts.query)
        if not _is_tracking(_field(field)[0]) and not _is_amp_marker(*_field(field))
    )
    # The scheme is a placeholder: the key leaves it out.
    canonical = urlsplit(
        canonicalize_url(urlunsplit(("http", host, parts.path, query, "")), keep_blank_values=True)
    )
    path = _AMP_PATH.sub("", canonical.path).rstrip("/")
    return f"//{canonical.netloc}{path}" + (f"?{canonical.query}" if canonical.query else "")


def clean_url(url: str) -> str:
    """``url`` as it is fetched: without its tracking parameters and fragment, and
    otherwise exactly as written (no query field or escape is rewritten)."""
    parts = urlsplit(url.strip())
    kept = [field for field in _fields(parts.query) if not _is_tracking(_field(field)[0])]
    return parts._replace(query="&".join(kept), fragment="").geturl()


def is_variant(url: str) -> bool:
    """True for an AMP or mobile copy of a page (the canonical page is better to read)."""
    parts = urlsplit(url)
    labels = (parts.hostname or "").lower().split(".")
    if any(label in _MOBILE_LABELS for label in labels[:-2]):
        return True
    if _AMP_PATH.search(parts.path):
        return True
    return any(_is_amp_marker(*_field(field)) for field in _fields(parts.query))


def host_of(url: str) -> str:
    """The lower-case host name of ``url`` ("" when it has none)."""
    return (urlsplit(url).hostname or "").lower()
