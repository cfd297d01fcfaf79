"""Where a strike was not: a page that limits a strike to some sites ("the stoppage was
confined to the Arden and Bryce depots") or says a site was spared ("the Corby plant,
which employs 300, was not affected", "staff at Corby kept working") goes against a
claim that the strike reached another site, or that one. A site is spared where its
workers kept working, told either way round ("staff at Corby kept working", "in Corby,
staff kept working")."""

from __future__ import annotations

import re
from collections.abc import Mapping
from functools import lru_cache
from typing import Any

from factcheck.evidence.index import EvidenceIndex
from factcheck.letters import UPPER

# What a site is called after its name: "the Corby plant", "the Leith depots".
_SITE_NOUN = (
    r"\s+(?:site|centre|center|depot|plant|hub|office|branch|warehouse|store|shop|"
    r"hospital|clinic|school|campus|mill|factory|works|yard|terminal|facility|station|"
    r"port|mine|base|unit|library|libraries)s?"
)
# An aside between commas: "the Corby plant, which employs 300 people, was ...".
_ASIDE = r"(?:,\s+[^,.;]{1,100},)?"
# Not hit by the strike, said of a site or an employer.
_UNTOUCHED = (
    r"(?:was|were|is|are|had\s+been|has\s+been|have\s+been|remained|remains)\s+"
    r"(?:(?:not|never)\s+(?:been\s+)?(?:affected|hit|involved|included|part\s+of\s+(?:the\s+)?"
    r"(?:strike|walkout|stoppage|action|dispute))|unaffected|untouched|spared|exempt(?:ed)?)"
    # Not by the strike but by something else the sentence names: "not affected by the
    # pay freeze" spares no site of the strike.
    r"(?!\s+by\s+(?!(?:the|this|that|any)\s+(?:strike|walkout|stoppage|action|dispute)))"
)
# Working as usual: said of a site only, since an employer hit by a strike may keep some
# of its work going ("the airline kept operating a few routes").
_AS_USUAL = (
    r"(?:was|were|is|are|remained|remains)\s+(?:open\s+as\s+(?:usual|normal)|"
    r"(?:operating|running|working)\s+(?:normally|as\s+usual))"
    r"|(?:kept|keeps|continued|continues)\s+(?:working|running|operating|to\s+(?:work|run|operate))"
    r"|(?:operated|ran|worked)\s+(?:normally|as\s+usual)"
)
# Staff kept working there: "staff at Corby kept working", "workers in Corby stayed on".
_AT_WORK_THERE = (
    r"\b(?:workers|employees|staff|members|crews|the\s+workforce)\s+(?:at|in|of)\s+"
    r"(?:the\s+)?{name}\b{site}(?:\s+[a-z]+){{0,2}}?\s+(?:(?:kept|continued)\s+(?:working|to\s+work)"
    r"|(?:stayed|remained)\s+(?:at\s+work|on\s+the\s+job|at\s+their\s+posts)"
    r"|(?:did\s+not|didn['’]t|were\s+not|weren['’]t)\s+(?:strike|walk\s+out|join))"
)
# The place first, then its workers kept working: "In Corby, the group's other hub,
# packers held a rally but kept working". No word of striking may come between: "in
# Corby nurses walked out while porters kept working" spares nobody's site.
_THERE_FIRST = (
    r"\b(?:in|at)\s+(?:the\s+)?{name}\b{site},(?:\s+[^,.;]{{1,100}},)?\s+"
    r"(?:(?!strik|struck|walk|stopp|down|picket)[^.;]){{0,100}}?"
    r"\b(?:(?:kept|continued)\s+(?:working|to\s+work)|(?:stayed|remained)\s+(?:at\s+work|on\s+the\s+job"
    r"|at\s+their\s+posts)|worked\s+(?:normally|as\s+usual))"
)
# A strike said to reach only some places: "was limited to", "only at".
_LIMITED = re.compile(
    r"\b(?:strike|walkout|walk-out|stoppage|action|dispute|it)\s+(?:was|is|were|are|remained|"
    r"has\s+been|had\s+been|will\s+be)\s+(?:largely\s+|mostly\s+)?(?:limited|confined|"
    r"restricted)\s+to\s+(?P<rest>[^.;:]+)"
    r"|\b(?:walked\s+out|struck|went\s+on\s+strike|stopped\s+work)\s+only\s+(?:at|in)\s+"
    r"(?P<rest2>[^.;:]+)",
    re.IGNORECASE,
)
# Where a list of places ends: a new clause.
_CLAUSE = re.compile(r",\s+(?!and\b|or\b)|\s+(?:while|but|as|after|before|because|when)\b", re.I)


@lru_cache(maxsize=4096)
def _spared(name: str) -> re.Pattern[str]:
    """A sentence saying the site ``name`` was spared."""
    n = re.escape(name)
    # "Harwich" is the page's "Harwich International Port": capitalised words after the
    # name, and a site's noun after them, go on naming the site.
    longer = rf"(?:\s+(?-i:[{UPPER}])[\w'’-]*){{0,3}}?"
    return re.compile(
        rf"\b{n}\b{longer}(?:{_SITE_NOUN})?{_ASIDE}\s+(?:{_UNTOUCHED})"
        rf"|\b{n}{longer}{_SITE_NOUN}{_ASIDE}\s+(?:{_AS_USUAL})|"
        + _AT_WORK_THERE.format(name=n, site=f"(?:{_SITE_NOUN})?")
        + "|"
        + _THERE_FIRST.format(name=n, site=f"(?:{_SITE_NOUN})?"),
        re.IGNORECASE,
    )


def spared(text: str, name: str) -> str | None:
    """The words of ``text`` that say the site ``name`` was spared by the strike."""
    m = _spared(name).search(text)
    return m.group(0) if m else None


def no_party(text: str, name: str) -> str | None:
    """The words of ``text`` in which ``name`` says it was no party to the dispute ("X
    stressed that it is not a party to those talks"), or is told as not the strikers'
    employer ("they are not employed by X"): whoever struck, not against it."""
    m = _no_party(name).search(text)
    return m.group(0) if m else None


@lru_cache(maxsize=4096)
def _no_party(name: str) -> re.Pattern[str]:
    """The search of :func:`no_party` for one name, built once."""
    n = re.escape(name)
    longer = rf"(?:\s+(?-i:[{UPPER}])[\w'’-]*){{0,3}}?"
    # The name's own words, or "it" after what it said: not another subject between. A
    # short form in brackets may follow the name: "Kell Port Company (KPC), the owner, ...".
    said = (
        r"(?:\s*\([^().;]{1,30}\))?(?:,[^.;,]{0,80},)?"
        r"(?:,?\s+(?:said|says|insisted|stressed|added)\b[^.;]{0,100}?\bit)?"
    )
    not_ = r"\s+(?:was|is|had\s+been|has\s+been|were|are)\s+(?:not|never)\s+"
    return re.compile(
        rf"\b{n}{longer}{said}{not_}"
        r"(?:a\s+)?part(?:y|ies)\s+to\s+(?:the\s+|a\s+|any\s+|this\s+|that\s+)?(?:[\w-]+\s+){0,2}?"
        r"(?:dispute|talks|negotiations|bargaining|strike|stoppage|walkout|action)\b"
        # Not the strikers' employer, which is who a strike is against: "X is not our
        # members' employer", "X was not the employer of the striking loaders".
        rf"|\b{n}{longer}{said}{not_}(?:the|their|our|its|our\s+members['’]|the\s+strikers['’]"
        r"|the\s+workers['’])\s+employer"
        r"(?=\s+(?:of\s+(?:the|those|these|any)\s+(?:striking|strikers|workers|staff|employees"
        r"|members)\b|and\b)|[,.;]|$)"
        # The strikers told as employed elsewhere: "They are not employed by X".
        rf"|\b(?:they|the\s+strikers|the\s+striking\s+[\w-]+|these\s+workers|none\s+of\s+them)"
        rf"\s+(?:are|were|is|was)\s+not\s+(?:directly\s+)?employed\s+by\s+(?:the\s+)?{n}\b"
        # The dispute told by X as another employer's with its own staff: "X said the
        # dispute was between Y and its employees".
        rf"|\b{n}{longer}(?:,[^.;]{{0,80}},)?\s+(?:said|says|stressed|insisted|added|noted)\b"
        r"[^.;]{0,40}?\b(?:the|this|that)\s+(?:dispute|strike|stoppage|walkout|conflict|action)\s+"
        r"(?:was|is)\s+(?:solely\s+|only\s+|strictly\s+|purely\s+)?between\s+"
        rf"(?!(?:the\s+)?{n}\b)[^.;]{{1,60}}?\s+and\s+(?:its|their)\s+(?:own\s+)?"
        r"(?:employees|staff|workers|workforce)\b",
        re.IGNORECASE,
    )


def limited_to(text: str, index: EvidenceIndex, page: int) -> list[str] | None:
    """The places a sentence limits a strike to, or None when it limits none."""
    m = _LIMITED.search(text)
    if m is None:
        return None
    rest = m.group("rest") or m.group("rest2") or ""
    cut = _CLAUSE.search(rest)
    rest = rest[: cut.start()] if cut else rest
    ctx = index.context(page)
    parsers = index.extractor.parsers
    names = [n for n, _, _ in parsers.orgs(rest, ctx)]
    names += [
        ctx.names.canonical(n) for n, _, _ in parsers.proper_names(rest, ctx) if n not in names
    ]
    return list(dict.fromkeys(names)) or None


def claimed_sites(fields: Mapping[str, Any]) -> list[str]:
    """The sites a strike claim names: its employers and places."""
    return list(dict.fromkeys([*fields.get("against", ()), *fields.get("where", ())]))


def employed_by(text: str, trade: str, name: str) -> str | None:
    """The words of ``text`` that tell workers of ``trade`` as employed by ``name`` ("The
    porters are employed by X", "porters who work for the contractor X"): whom workers a
    page places at a site ("porters at the Kell Plaza walked out") struck against."""
    m = _employed_by(trade.lower(), name).search(text)
    return m.group(0) if m else None


@lru_cache(maxsize=4096)
def _employed_by(trade: str, name: str) -> re.Pattern[str]:
    """The search of :func:`employed_by` for one trade and one name, built once."""
    t, n = re.escape(trade), re.escape(name)
    # Up to two words of the employer's kind before its name: "the cleaning contractor X".
    kind = r"(?:the\s+)?(?:[a-z-]+\s+){0,2}?"
    return re.compile(
        rf"\b{t}\b[^.;]{{0,60}}?\s+(?:are|were|is|was)\s+(?:all\s+)?(?:directly\s+)?"
        rf"(?:employed|hired|engaged)\s+by\s+{kind}{n}\b"
        rf"|\b{t},?\s+(?:who|that)\s+(?:all\s+)?work(?:s|ed)?\s+for\s+{kind}{n}\b"
        rf"|\b{t}\s+(?:employed|hired|engaged)\s+by\s+{kind}{n}\b",
        re.IGNORECASE,
    )


def named_as_site(name: str, page_text: str) -> bool:
    """True when a page names ``name`` as a site, its name right before a site's noun
    ("the Tarn and Kell mills", "at the Tarn depot"): a workplace, which another
    employer the page names may run."""
    return re.search(rf"\b{re.escape(name)}{_SITE_NOUN}\b", page_text) is not None


def site_name(name: str, page_text: str) -> bool:
    """True when ``name`` names a workplace: it ends in a site's noun ("Ashby Central
    Library", "Kell Road Depot"), or the page names it right before one."""
    return re.search(rf"{_SITE_NOUN}$", f" {name}", re.IGNORECASE) is not None or (
        named_as_site(name, page_text)
    )
