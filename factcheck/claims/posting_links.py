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
   88](...))");
4. else the capitalised name a word of hiring or an ad's "for" takes anywhere in the
   sentence before the link, whose last word names an occupation ("the works also needs
   a Lead Pattern Maker for its foundry [3]", "the newest cadet listing is for a Junior
   Dispatcher on the night roster ([ad](...))", "is hiring Baggage Staff (Nights) at
   the airport, a full-time role ([page][b])"): the link cites the posting of the job
   the sentence's hiring names, wherever the link stands.

:func:`linked_title` gives that span; the extractor builds it as a job title claim with
the rule :data:`POSTING_LINK_RULE`, only where no rule found a title in the sentence.
"""

from __future__ import annotations

import re
from collections.abc import Callable, Sequence
from urllib.parse import unquote, urlsplit

from factcheck.letters import UPPER
from factcheck.model import Link, Sentence
from factcheck.reading.notes import is_note_marker
from factcheck.rulepacks.levels import LEVEL
from factcheck.rulepacks.ruleset import Rule

__all__ = ["POSTING_LINK_RULE", "is_link_key", "is_posting_url", "linked_title"]

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
# The word may end a longer folder's name ("education-jobs", "teacher_vacancies"), and
# "recruit" or "hiring" names such a folder as well as "recruitment" does.
_POSTING_FOLDER = re.compile(
    r"(?:[a-z0-9]+[-_])*"
    r"(?:jobs?|careers?|vacanc(?:y|ies)|openings?|job-?postings?|postings?|auditions?|"
    r"recruit(?:ment|ing)?|hiring|emplois?|offres?(?:-d-emploi)?|stellen(?:angebote?)?|"
    r"karriere|jobboerse|vacatures?|empleos?|ofertas?|vagas?|lavora-con-noi|"
    r"opportunit(?:y|ies))",
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
# What takes a job's name in a sentence: a verb of hiring, or an ad's noun and then "for"
# ("the newest listing is for a", "a second advert, for a"), then its article.
_HIRING_WORD = re.compile(
    r"(?:\b(?:hir(?:e|es|ed|ing)|recruit(?:s|ed|ing)?|seek(?:s|ing)?|wants?|needs?|"
    r"advertis(?:e|es|ed|ing)(?:\s+for)?|(?:looking|searching|hunting|recruiting|hiring)\s+for)"
    r"|\b(?:advert|advertisement|ad|listing|posting|vacancy|opening|post|role|position|job)s?"
    r"\b[^.;:()\[\]]{0,30}?\bfor)"
    r"\s+(?:(?:a|an|the|its|their|new)\s+)*"
    rf"(?={_CAPITALISED})",
    re.IGNORECASE,
)
# The name it takes: capitalised words, perhaps joined ("of", "and"), perhaps a kind in
# brackets after ("Baggage Staff (Nights)").
_NAME_AT = re.compile(
    rf"({_CAPITALISED}(?:\s+(?:{_JOIN}\s+)?{_CAPITALISED}){{0,6}})"
    rf"(\s*\((?-i:[{UPPER}])[\w&/.-]*(?:\s+[\w&/.-]+){{0,2}}\))?",
    re.IGNORECASE,
)


# A reference's key written as the link's words: one token, a caret's footnote name
# ("^ferry") or small words joined by hyphens or underscores ("tcl-ad", "src_4"). Such a
# key names the reference, as "[3]" does, never the job.
_KEY = re.compile(r"\^[\w-]+|[a-z0-9]+(?:[-_][a-z0-9]+)+")


def is_link_key(text: str) -> bool:
    """True when a link's words are a reference's key ("[^pay]", "[acme-ad]") rather
    than words of the sentence."""
    return _KEY.fullmatch(text.strip()) is not None


def _anchor_title(raw: str, start: int, end: int) -> tuple[int, int] | None:
    text = raw[start:end]
    if "//" in text or not _WORD.search(text) or is_link_key(text):
        return None
    lead = _LEAD_IN.match(text)
    at = lead.end() if lead else 0
    rest = text[at:].rstrip(" .,;:")
    words = _WORD.findall(rest)
    # A number names the ad ("advert 4471"), unless it is the job's level ("Range 2").
    if not words or len(words) > _MAX_WORDS or re.search(r"\d", re.sub(LEVEL, "", rest)):
        return None
    if any(w.lower() in _AD_WORDS for w in words):
        return None
    return start + at, start + at + len(rest)


def _slug_words(url: str) -> list[str]:
    path = unquote(urlsplit(url if "//" in url else "//" + url).path)
    last = [s for s in path.split("/") if s][-1:] or [""]
    stem = re.sub(r"\.[A-Za-z]{2,5}$", "", last[0])
    return [w for w in re.split(r"[-_+.]+", stem) if w.isalpha() and len(w) > 1]


# What an address leaves out between two words of the title it spells: spaces, hyphens,
# a dash, a slash, brackets ("Welder – Pipe (TIG)" is ".../welder-pipe-tig"), and a small
# joining word ("Lecturer in Soil Science" is ".../lecturer-soil-science").
_SLUG_GAP = rf"(?:[\s\-–—/().,&+]{{1,5}}|\s+{_JOIN}\s+)"


def _slug_runs(words: list[str]) -> list[list[str]]:
    """The runs of an address's words to look for in the sentence, longest first and, of
    one length, the earliest first: the whole, then less words at either end (a place the
    address adds: ".../crane-operator-tarn"), down to two words; a one-word address whole."""
    if len(words) == 1:
        return [words]
    return [
        words[i : i + size]
        for size in range(len(words), 1, -1)
        for i in sorted({0, len(words) - size})
    ]


def _slug_title(raw: str, url: str, before: int) -> tuple[int, int] | None:
    for words in _slug_runs(_slug_words(url)):
        pattern = r"(?<![\w-])" + _SLUG_GAP.join(re.escape(w) for w in words) + r"(?![\w-])"
        hits = [m for m in re.finditer(pattern, raw, re.IGNORECASE) if m.start() < before]
        if hits and (len(words) > 1 or hits[-1].group(0)[:1].isupper()):
            m = hits[-1]
            start, end = m.start(), m.end()
            # The capitalised words just before belong to the name ("a Lead Tower Crane
            # Operator" for ".../tower-crane-operator-7731").
            while lead := re.search(rf"(?<![\w’'-]){_CAPITALISED}\s+$", raw[:start]):
                if lead.start() == 0 or raw[: lead.start()].rstrip().endswith((".", ":", "—")):
                    break
                start = lead.start()
            # A bracket the name opens closes it, on a word the address dropped ("Driver
            # (Class C)" for ".../driver-class-c": one letter is no word of an address).
            if raw.count("(", start, end) > raw.count(")", start, end):
                close = re.match(r"[^()]{0,12}\)", raw[end:])
                end = end + close.end() if close else end
            return start, end
    return None


def _hired_name(raw: str, before: int, is_role: Callable[[str], bool]) -> tuple[int, int] | None:
    """The first capitalised name a word of hiring takes in ``raw[:before]``, up to its
    last word that names an occupation (``is_role``), with a kind in brackets right
    after it ("a Senior Porter (Nights) in Leeds" is "Senior Porter (Nights)")."""
    for hiring in _HIRING_WORD.finditer(raw, 0, before):
        named = _NAME_AT.match(raw, hiring.end(), before)
        if named is None:
            continue
        words = list(_WORD.finditer(raw, named.start(1), named.end(1)))
        roles = [w for w in words if is_role(w.group(0))]
        if not roles:
            continue
        end = roles[-1].end()
        if end == named.end(1) and named.group(2):
            end = named.end(2)
        return named.start(1), end
    return None


def linked_title(
    raw: str,
    sentence: Sentence,
    links: Sequence[Link],
    is_role: Callable[[str], bool] | None = None,
) -> tuple[int, int] | None:
    """The span of ``raw`` (the sentence's text) naming the job a link of the sentence
    to a posting is about, or None. With ``is_role`` (whether a word names an
    occupation), a name a word of hiring takes elsewhere in the sentence is read too."""
    for link in links:
        if link.start >= sentence.end or link.end <= sentence.start:
            continue
        if not is_posting_url(link.url):
            continue
        start, end = max(0, link.start - sentence.start), min(len(raw), link.end - sentence.start)
        # A note marker's words ("[^agency]") are the note's name, not the job's; so are
        # a source's label the reader set in brackets after a sentence's end ("... on
        # nights.[agency]"), which stand for the source and are no words of the sentence.
        label = raw[start - 1 : start] == "[" and raw[end : end + 1] == "]"
        anchored = None if label or is_note_marker(link.text) else _anchor_title(raw, start, end)
        span = anchored or _slug_title(raw, link.url, start + 1)
        if span is None and (named := _NAME_BEFORE.search(raw[:start])):
            span = named.span(1)
        if span is None and is_role is not None:
            span = _hired_name(raw, start, is_role)
        if span is not None and len(_WORD.findall(raw[span[0] : span[1]])) <= _MAX_WORDS:
            return span
    return None
