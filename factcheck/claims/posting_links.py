"""A job named by the link to its posting.

A draft that links a sentence to a job posting names the job it is about, whatever the
sentence's verb ("has gone looking for", "invites candidates to audition for", "a current
listing in Lyon for", "a vacancy at X: a ..."): the link's target is a posting by the
shape of its address (a ``/jobs/``, ``/careers/``, ``/vacancies/``, ``/emplois/``,
``/auditions/`` folder, a ``jobs.`` or ``careers.`` host), and the title is read from the
link's structure rather than from a phrasing:

1. the link's own words, when they name something other than the ad itself ("[senior
   glassblower](...)", "[apply for a new harbour pilot](...)" is *harbour pilot*), not
   "[job listing](...)" or "[advert 4471](...)";
2. else the words of the address's last part ("/jobs/night-kiln-operator-311.html") where
   the sentence writes them, with the capitalised words just before them ("a Chief Night
   Kiln Operator");
3. else the capitalised name right before the link ("for a Conducteur de Travaux ([ref
   88](...))").

:func:`linked_title` gives that span; the extractor builds it as a job title claim with
the rule :data:`POSTING_LINK_RULE`, only where no rule found a title in the sentence.
"""

from __future__ import annotations

import re
from collections.abc import Sequence
from urllib.parse import unquote, urlsplit

from factcheck.letters import UPPER
from factcheck.model import Link, Sentence
from factcheck.rulepacks.ruleset import Rule

__all__ = ["POSTING_LINK_RULE", "is_posting_url", "linked_title"]

POSTING_LINK_RULE = Rule(
    id="core.job_title.posting_link",
    type="job_title",
    description="The job a sentence's link to its posting names (claims/posting_links.py).",
    pattern="",
    regex=re.compile(""),
    captures={},
    constants={"posting_link": True},
    context_words=None,
    context_within=0,
    context_after=0,
    scope="match",
    priority=-2,
    yield_to=(),
    examples=(),
    path="factcheck/claims/posting_links.py",
    line=1,
)

# A folder of postings, in the languages drafts cite: jobs, careers, vacancies,
# openings, auditions; emplois, offres; Stellen, Karriere; vacatures; empleo, ofertas.
_POSTING_FOLDER = re.compile(
    r"(?:jobs?|careers?|vacanc(?:y|ies)|openings?|job-?postings?|postings?|auditions?|"
    r"recruitment|emplois?|offres?(?:-d-emploi)?|stellen(?:angebote?)?|karriere|jobboerse|"
    r"vacatures?|empleos?|ofertas?|vagas?|lavora-con-noi|opportunit(?:y|ies))",
    re.IGNORECASE,
)
_POSTING_HOST = re.compile(r"^(?:jobs|careers|karriere|emplois|recrutement|apply)\.", re.I)


def is_posting_url(url: str) -> bool:
    """True when an address has the shape of a job posting's: a folder of postings
    followed by the posting itself, or a jobs host."""
    parts = urlsplit(url if "//" in url else "//" + url)
    segments = [s for s in parts.path.split("/") if s]
    if _POSTING_HOST.match(parts.hostname or "") and segments:
        return True
    return any(_POSTING_FOLDER.fullmatch(s) for s in segments[:-1])


# Words by which a link's text names the ad, not the job ("job listing", "the advert",
# "offre 2291", "apply here").
_AD_WORDS = frozenset(
    "ad ads advert adverts advertisement listing listings posting postings vacancy vacancies "
    "opening job jobs here link page site details apply application offer offre annonce "
    "stelle stellenanzeige vacature oferta anuncio ref reference careers website call "
    "source".split()
)
# What comes before the job in a link's words: "apply for a", "audition for the new".
_LEAD_IN = re.compile(
    r"^(?:[\w’'-]+\s+){0,3}?(?:for|as|to\s+be(?:come)?)\s+(?:(?:a|an|the|its|their|new)\s+)*|"
    r"^(?:(?:a|an|the|its|their|new)\s+)+",
    re.IGNORECASE,
)
_WORD = re.compile(r"[^\W\d_][\w’'-]*")
_CAPITALISED = rf"(?-i:[{UPPER}][\w’'.-]*)"
_JOIN = r"(?:de|des|du|la|le|di|del|der|für|of|in|and|&|en|et)"
# A capitalised name running up to the link: "a Technicien Réseaux Aériens (".
_NAME_BEFORE = re.compile(
    rf"(?:\b(?:a|an|for|as)\s+(?:new\s+)?)({_CAPITALISED}(?:\s+(?:{_JOIN}\s+)?{_CAPITALISED}){{0,6}})"
    rf"\s*[(\[]?\s*$",
    re.IGNORECASE,
)
_MAX_WORDS = 9


def _anchor_title(raw: str, start: int, end: int) -> tuple[int, int] | None:
    text = raw[start:end]
    if "//" in text or not _WORD.search(text):
        return None
    lead = _LEAD_IN.match(text)
    at = lead.end() if lead else 0
    rest = text[at:].rstrip(" .,;:")
    words = _WORD.findall(rest)
    if not words or len(words) > _MAX_WORDS or re.search(r"\d", rest):
        return None
    if any(w.lower() in _AD_WORDS for w in words):
        return None
    return start + at, start + at + len(rest)


def _slug_words(url: str) -> list[str]:
    path = unquote(urlsplit(url if "//" in url else "//" + url).path)
    last = [s for s in path.split("/") if s][-1:] or [""]
    stem = re.sub(r"\.[A-Za-z]{2,5}$", "", last[0])
    return [w for w in re.split(r"[-_+.]+", stem) if w.isalpha() and len(w) > 1]


def _slug_title(raw: str, url: str, before: int) -> tuple[int, int] | None:
    words = _slug_words(url)
    while len(words) >= 1:
        pattern = r"(?<![\w-])" + r"[\s-]+".join(re.escape(w) for w in words) + r"(?![\w-])"
        hits = [m for m in re.finditer(pattern, raw, re.IGNORECASE) if m.start() < before]
        if hits and (len(words) > 1 or hits[-1].group(0)[:1].isupper()):
            m = hits[-1]
            start = m.start()
            # The capitalised words just before belong to the name ("a Lead Tower Crane
            # Operator" for ".../tower-crane-operator-7731").
            while lead := re.search(rf"(?<![\w’'-]){_CAPITALISED}\s+$", raw[:start]):
                if lead.start() == 0 or raw[: lead.start()].rstrip().endswith((".", ":", "—")):
                    break
                start = lead.start()
            return start, m.end()
        if len(words) <= 2:
            return None
        words = words[1:]
    return None


def linked_title(raw: str, sentence: Sentence, links: Sequence[Link]) -> tuple[int, int] | None:
    """The span of ``raw`` (the sentence's text) naming the job a link of the sentence
    to a posting is about, or None."""
    for link in links:
        if link.start >= sentence.end or link.end <= sentence.start:
            continue
        if not is_posting_url(link.url):
            continue
        start, end = max(0, link.start - sentence.start), min(len(raw), link.end - sentence.start)
        span = _anchor_title(raw, start, end) or _slug_title(raw, link.url, start + 1)
        if span is None and (named := _NAME_BEFORE.search(raw[:start])):
            span = named.span(1)
        if span is not None and len(_WORD.findall(raw[span[0] : span[1]])) <= _MAX_WORDS:
            return span
    return None
