"""Strike claims: who struck whom, compared as sets through the alias tables, with a
group standing for its members ("the Detroit Three, including Ford" is the group)."""

from __future__ import annotations

import re
from collections.abc import Callable, Mapping, Sequence
from dataclasses import replace
from functools import lru_cache
from typing import Any

from factcheck.claims.extract import Found
from factcheck.claims.names import initials
from factcheck.claims.values import LIST_SEPARATOR
from factcheck.evidence.base import CITED_SENTENCE_SCORE, ArticleView, with_cited
from factcheck.evidence.common import Assessment, Findings, Tally
from factcheck.evidence.frames import about_a_vote
from factcheck.evidence.index import Candidate, EvidenceIndex
from factcheck.evidence.strike_back import claim_around, claim_back, page_back_employers
from factcheck.evidence.strike_context import (
    infobox_parties,
    joined,
    paragraph_parties,
    public_body,
    sentence_parties,
    story_parties,
    tied_by_role,
)
from factcheck.evidence.strike_disputes import (
    ClaimedStrike,
    PageDispute,
    dispute_findings,
    in_months,
    months_of,
    page_dispute,
    story_dispute,
    tells_settlement,
    tells_stoppage,
)
from factcheck.evidence.strike_places import (
    claimed_sites,
    employed_by,
    limited_to,
    named_as_site,
    no_party,
    site_name,
    spared,
)
from factcheck.evidence.strike_ties import Details, details_of, tied
from factcheck.evidence.strike_unhappened import lockout, may_tell, no_lockout, not_happened
from factcheck.evidence.weekdays import weekday_date
from factcheck.letters import UPPER
from factcheck.model import Claim, Stance, VerdictLabel
from factcheck.rulepacks.knowledge import Knowledge

# Words many parties' names share: a name's identity is in its other words.
_GENERIC = frozenset(
    "the of and for in at a an union unions workers worker employees employee association "
    "guild federation brotherhood international national united american alliance council "
    "society congress confederation trade trades labor labour members local "
    # A company's legal form: "Deere & Company" is John Deere.
    "company co inc corp corporation ltd plc llc group holdings".split()
)


_OPPOSITE: dict[Stance, Stance] = {
    "supports": "contradicts",
    "contradicts": "supports",
    "neutral": "neutral",
}

# How much a source's report of the same strikers counts, by what it says of the employer:
UNNAMED_EMPLOYER_WEIGHT = 0.9  # the claim names none: any strike of theirs bears on it
EMPLOYER_LEFT_OUT_WEIGHT = 0.5  # the claim names one, the source none: maybe another strike
OTHER_EMPLOYER_WEIGHT = 0.8  # the source names another: against, unless it is another strike


def _words(name: str) -> list[str]:
    # Letters of any alphabet: "Boréal" is one word, not "bor" and "al".
    return re.findall(r"[^\W_]+", name.lower().replace("'s", "").replace("’s", ""))


def same_party(a: str, b: str) -> bool:
    """Two names of the same party: equal; one the acronym of the other (a hyphen in
    it joins the initials of two names run together); or their
    distinctive words agree (one's are all among the other's). A generic word shared
    ("Workers", "Union") is not enough: the Paper Workers' Union is not the Transport
    Workers' Union."""
    if a == b or a.lower() == b.lower():
        return True
    if other_branch(a, b):
        return False  # Teamsters Local 120 is not Teamsters Local 710
    if federation_apart(a, b):
        return False  # Filt-CGIL, a branch federation, is not the CGIL
    for short, long in ((a, b), (b, a)):
        letters = short.replace("-", "")
        if (
            short.isupper()
            and len(letters) >= 2
            and " " not in short
            and letters in (initials(long), initials(_COMPOUND_PART.sub(" ", long).title()))
        ):
            return True
        if " " in short and _short_form_of(short, long):
            return True
    if _spelled_out(a, b) or _spelled_out(b, a):
        return True
    da = {w for w in _words(a) if w not in _GENERIC}
    db = {w for w in _words(b) if w not in _GENERIC}
    if not da or not db:
        return False
    if _trade(a) != _trade(b):
        return False  # "Orvo Mill weavers" work at Orvo Mill; they are not the Orvo Mill Guild
    if _kinds_apart(a, b):
        return False  # the Tarn Nurses Association is not the Tarn Federation of Ward Nurses
    return da <= db or db <= da


# The nouns that say what kind of body a name is: two whole names of bodies of
# different kinds ("... Association", "... Federation of ...") are two bodies.
_BODY_KINDS = frozenset(
    "union guild federation brotherhood alliance council society congress confederation "
    "association collective organization organisation syndicate league".split()
)


def _kinds_apart(a: str, b: str) -> bool:
    """True when both names say what kind of body they are and share no such word: the
    Orla Drivers Union and the Orla Drivers Guild are two bodies, whatever other words
    they share; "Orla Drivers" and "the Orla Drivers Union" may be one."""
    wa, wb = _words(a), _words(b)
    ka = {w for w in wa if w in _BODY_KINDS}
    kb = {w for w in wb if w in _BODY_KINDS}
    if (ka and _LEGAL_FORMS.intersection(wb)) or (kb and _LEGAL_FORMS.intersection(wa)):
        # "the Orla Sugar Corporation" is a company, the "Orla Sugar Workers Union" a
        # body of its workers: the words they share name their trade, not one party.
        return True
    return bool(ka) and bool(kb) and not ka & kb


# A company's legal form in its name: what no union's name holds.
_LEGAL_FORMS = frozenset("company inc corp corporation ltd plc llc holdings".split())


# Initials written with points inside a name: "B.C.", "U.K.".
_DOTTED = re.compile(r"(?-i:\b(?:[A-Z]\.){2,})")


def _spelled_out(short: str, long: str) -> bool:
    """True when ``short`` is ``long`` with a run of its words written as initials with
    points: "B.C. Maritime Employers Association" is the British Columbia Maritime
    Employers Association; every other word must be the same."""
    m = _DOTTED.search(short)
    if m is None:
        return False
    letters = m.group().replace(".", "")
    words = long.split()
    for i in range(len(words) - len(letters) + 1):
        run = words[i : i + len(letters)]
        if all(w[:1] == c for w, c in zip(run, letters, strict=True)):
            spelled = " ".join([*words[:i], m.group(), *words[i + len(letters) :]])
            if spelled.lower() == short.lower():
                return True
    return False


def _short_form_of(short: str, long: str) -> bool:
    """True when ``short`` is ``long`` by its short form in capitals, with only generic
    or small words around it ("the OTWU dock union", "BMWA members") or the branch the
    long name ends with ("KFU Local 212" for "Kessel Foundry Union Local 212")."""
    words = short.replace("’s", "").replace("'s", "").split()
    caps = [i for i, w in enumerate(words) if _CAPITALS.fullmatch(w)]
    if len(caps) != 1:
        return False
    acronym = words[caps[0]].replace("-", "")
    rest = words[: caps[0]] + words[caps[0] + 1 :]
    long_words = long.split()
    for word in rest:
        small = word[:1].islower() or word.lower() in _GENERIC
        if word in long_words[1:]:
            continue  # the branch both name: "Local 212"
        if not small or any(c.isdigit() for c in word):
            return False  # another capitalised word or number names another body
    # The branch the long name ends with is no part of its initials.
    while len(long_words) > 1 and long_words[-1] in rest:
        long_words.pop()
    return initials(" ".join(long_words)) == acronym


# Where a trade's name joins two words ("Steelworkers", "Longshoremen"): its short form
# takes a letter from each ("USW" is the United Steelworkers).
_COMPOUND_PART = re.compile(
    r"(?<=[a-z])(?=(?:workers|men|women|makers|smiths|wrights|hands|drivers)\b)"
)
_CAPITALS = re.compile(r"(?-i:[A-Z][A-Z&-]*[A-Z])")


def _trade(name: str) -> str:
    """The trade a group's name ends in, in small letters ("Orvo Mill weavers": weavers),
    or "" for an organisation's name or a group named by generic words ("UAW members")."""
    words = name.split()
    if len(words) > 1 and words[-1] == "members":
        words = words[:-1]  # "crew members" are the crew, one by one
    # A legal form written small with its full stop ("inc.", "ltée") ends a firm's name,
    # not a trade's.
    last = words[-1].rstrip(".,") if words else ""
    if not last.islower() or last in _GENERIC or last in _SMALL_LEGAL_FORMS:
        return ""
    return last


_SMALL_LEGAL_FORMS = frozenset("inc ltd ltée ltee llc plc corp co s.a gmbh bv nv pty bhd".split())


def _numbers(name: str) -> set[str]:
    return set(re.findall(r"\d+", name))


def other_branch(a: str, b: str) -> bool:
    """True when two names are numbered branches of one union with different numbers
    ("Teamsters Local 120" and "Teamsters Local 710"): their words agree but for the
    number."""
    na, nb = _numbers(a), _numbers(b)
    if not na or not nb or na == nb:
        return False
    da = {w for w in _words(a) if w not in _GENERIC and not w.isdigit()}
    db = {w for w in _words(b) if w not in _GENERIC and not w.isdigit()}
    return bool(da) and bool(db) and (da <= db or db <= da)


# A name of two capitalised parts joined by a hyphen, one of them a short form in
# capitals: "Filt-CGIL" (a confederation's branch federation), "UGL-TA".
_GLUED = re.compile(
    rf"(?<![\w-])(?-i:[{UPPER}][\w]*-[A-Z]{{2,}}|[A-Z]{{2,}}-[{UPPER}][\w]*)(?![\w-])"
)


def federation_apart(a: str, b: str) -> bool:
    """True when one name is a hyphened compound ("Filt-CGIL") and the other names only
    some of its parts ("CGIL", "the CGIL union"): a branch federation of a confederation,
    or the confederation of a branch, is another body. The same compound written with a
    space ("Filt CGIL") names every part, and is the same body."""
    for one, other in ((a, b), (b, a)):
        theirs = set(_words(other))
        for compound in _GLUED.findall(one):
            if compound.lower() in other.lower():
                continue
            parts = [p.lower() for p in compound.split("-")]
            if any(p in theirs for p in parts) and not all(p in theirs for p in parts):
                return True
    return False


def numbered(name: str) -> bool:
    """True for a numbered branch of a union ("Carpenters Local 341")."""
    return bool(_numbers(name))


def overlap(claimed: list[str], found: list[str], k: Knowledge) -> list[str]:
    """The claimed names that the found names cover, membership included: a strike
    against the Detroit Three is one against Ford, and the other way round; a strike
    against GM is not one against Ford, though both are of the Detroit Three."""
    covered = []
    for name in claimed:
        if any(
            same_party(name, f)
            or name in k.members_of(f)
            or f in k.members_of(name)
            or arm_of(f, name, k)
            for f in found
        ):
            covered.append(name)
    return covered


def kin(claimed: list[str], found: list[str], k: Knowledge, *, denied: bool) -> list[str]:
    """The claimed strikers, named by common words, that a page's strikers name by a
    trade of theirs (lexicon ``trades``): "journalists" are a page's "reporters,
    photographers and editors", and "the newsroom" is among a page's journalists.
    Workers of one trade said not to strike deny nothing of a wider trade that takes
    them in ("the lecturers did not join" leaves "academic workers struck" standing),
    so a denial counts only where it names the wider trade. The caller sees to it that
    both name the same employer."""
    out = []
    for name in claimed:
        if not _common_words(name, k):
            continue
        for other in found:
            if not _common_words(other, k):
                continue
            for wider, taken in sorted(k.trades.items()):
                ours, theirs = _trades_named(name, wider, taken), _trades_named(other, wider, taken)
                if not ours or not theirs:
                    continue
                if "wider" in theirs or (not denied and "wider" in ours):
                    out.append(name)
                    break
            if name in out:
                break
    return out


def tied_only(claimed: list[str], k: Knowledge) -> list[str]:
    """The claimed strikers when each is told only by a tie to workers named before
    (lexicon ``refer_workers``: "their colleagues at Vell Health"): whoever a page has
    striking, or not, at the same employer. The caller sees to it that both name it."""
    ties = k.words("refer_workers")
    heads = [name.lower().split()[-1:] for name in claimed]
    return list(claimed) if claimed and all(h and h[0] in ties for h in heads) else []


def same_trade(claimed: list[str], found: list[str], k: Knowledge, *, denied: bool) -> list[str]:
    """The claimed strikers, named by common words, that a page's strikers of the same
    employer name by the same trade, however capitalised and whatever word for a
    workforce ends them: "salaried couriers" are among a page's "Couriers", "warehouse
    staff" are its "warehouse workers". A page's denial counts only where it names the
    group whole or a wider one: "salaried couriers did not join" leaves "couriers
    struck" standing. A page's list of trades names each of them: "baggage handlers" are
    among its "baggage handlers and ramp staff". The caller sees to it that both name the
    same employer."""
    workforce = k.words("headcount")
    items = [i for other in found for i in dict.fromkeys([other, *LIST_SEPARATOR.split(other)])]
    out = []
    for name in claimed:
        ours = _words(name)
        if not ours or not _common_words(name, k):
            continue
        for other in items:
            theirs = _words(other)
            if not theirs or not _common_words(other, k):
                continue
            head = ours[-1] == theirs[-1] or {ours[-1], theirs[-1]} <= workforce
            mine = set(ours[:-1]) - _GENERIC
            page = set(theirs[:-1]) - _GENERIC
            if head and (page <= mine or (not denied and mine <= page)):
                out.append(name)
                break
    return out


def _trade_alone(name: str, employers: Sequence[str]) -> str:
    """A trade named with its employer's words before it, less those words: "Raven
    testers" against "Raven" is "testers"; ``name`` itself when nothing is left or no
    employer's word opens it."""
    words = name.split()
    named = {w for e in employers for w in e.split()}
    at = 0
    while at < len(words) - 1 and words[at][:1].isupper() and words[at] in named:
        at += 1
    return " ".join(words[at:])


def _trades_named(name: str, wider: str, taken: set[str]) -> set[str]:
    """Whether a list of workers ("porters, cooks and ward clerks") names the trade
    ``wider`` ("wider") or one it takes in ("taken"), by an item's last words."""
    out = set()
    for item in LIST_SEPARATOR.split(name.lower()):
        words = re.findall(r"[\w-]+", item)
        tails = {" ".join(words[i:]) for i in range(len(words))}
        if wider in tails:
            out.add("wider")
        if tails & taken:
            out.add("taken")
    return out


def arm_of(name: str, parent: str, k: Knowledge) -> bool:
    """True when ``name`` opens on an alias of the known organisation ``parent`` and goes
    on in capitalised words: "Ford Credit Services" or "Disney Character Voices Inc." is
    an arm of the company whose name it carries, and a page listing the arm names the
    parent's strike, not another employer's."""
    org = k.organisations.get(parent)
    if org is None:
        return False
    for alias in org.aliases:
        rest = name[len(alias) :] if name.startswith(alias) else None
        if rest and _ARM_REST.match(rest):
            return True
    return False


# What follows a parent's alias in an arm's name: a space and a capitalised word.
_ARM_REST = re.compile(rf"(?-i:\s+[{UPPER}][\w&'’.-]*)")


def denies(text: str, name: str, negation: set[str]) -> bool:
    """True when ``text`` says the group ``name`` did not strike ("the physicians did not
    join the walkout", "consultants were not on strike")."""
    return denial(text, name, negation) is not None


def denial(text: str, name: str, negation: set[str]) -> str | None:
    """The words of ``text`` that say the group ``name`` did not strike, if any: the
    leftmost place where ``name`` is followed by the words of a denial."""
    # One pattern for what follows a name serves every name: a pattern per name, each
    # spelling out every negation, cost a compilation per alias (about 20 ms a check).
    # The name matches case-insensitively letter by letter, so it ends len(name) on.
    after = _after_name(frozenset(negation))
    for m in _named(name).finditer(text):
        found = after.match(text, m.start() + len(name))
        if found and not _stopped_instead(text[found.end() :]):
            said = text[m.start() : found.end()]
            if _WISHED.search(said):
                continue  # "nobody wants to strike": a wish or a choice denied, not the act
            if _FORBIDDEN.search(said):
                continue  # "may not legally strike": the law denied, not the act
            possessive = text[m.start() + len(name) : m.start() + len(name) + 1] in ("'", "’")
            if possessive and _OWNS_A_THING.match(text, m.start() + len(name)):
                continue  # "the drivers' agreement ... did not take part": not the drivers
            if _plural(name) and not possessive and _singular_denial(said):
                continue  # "the guild, it said, backed the porters but has not struck": the guild's
            return said
    return None


# A strike word after a wish, a choice or a decision: "nobody takes the decision to
# strike lightly", "no nurse wants to walk out", "we never choose to go on strike" deny
# a wish or tell a reluctance; whether anyone struck they do not say.
_WISHED = re.compile(
    r"\b(?:wants?|wanted|wanting|wish\w*|decisions?|decid\w*|choos\w*|chose|chosen|choices?"
    r"|likes?|liked|eager|keen|happy|glad|desire\w*|relish\w*)\s+"
    r"(?:(?:to|of)\s+)?(?:go(?:ing)?\s+(?:on|out)\s+|tak(?:e|ing)\s+)?"
    r"(?:strik\w*|walk\w*|industrial\s+action|stoppage)\w*$",
    re.IGNORECASE,
)
# Striking told as forbidden or impossible by law: "cannot legally strike", "may not
# lawfully walk out", "are barred from striking", "have no right to strike". Whether
# they stopped work some other way it does not say.
_FORBIDDEN = re.compile(
    r"\b(?:can(?:not|['’]t)|can\s+not|may\s+not|could\s+not|couldn['’]t|"
    r"(?:are|were|is|was)\s+not\s+(?:allowed|permitted|entitled)\s+to|"
    r"(?:barred|banned|prohibited|forbidden)\s+(?:by\s+law\s+)?from|"
    r"no\s+(?:legal\s+)?right\s+to)\s+(?:legally\s+|lawfully\s+)?"
    r"(?:go\s+on\s+|take\s+)?(?:strik\w*|walk\w*|industrial\s+action)",
    re.IGNORECASE,
)
# A group in the possessive that owns a thing, not a body of its own people: in "the
# drivers' contract does not cover clerks, who did not join" the drivers are no subject.
_OWNS_A_THING = re.compile(
    r"['’]s?\s+(?!(?:own\s+)?(?:union|unions|members|membership|workers|employees|staff|"
    r"workforce|leaders|leadership|executive|officials|branch|branches|locals?|chapters?)\b)"
    r"(?-i:[a-z])",
    re.IGNORECASE,
)
# A finite verb with its negation: "was not", "hasn't", "did never".
_NEGATED_VERB = re.compile(
    r"\b(was|is|has|does|were|are|have|do|did|had)(?:\s+(?:not|never)\b|n['’]t\b)",
    re.IGNORECASE,
)


def _plural(name: str) -> bool:
    """True for a group named in the plural ("workers", "the bus drivers"); a body named
    by its kind before "of" is one ("the Guild of Harbour Pilots", "Kell Union of
    Porters"), whatever its members' plural."""
    head = _words(name.split(" of ")[0]) if " of " in name else []
    if head and head[-1] in _BODY_KINDS:
        return False
    last = name.split()[-1].lower() if name.split() else ""
    return last.endswith("s") and not last.endswith(("ss", "us", "is"))


def _singular_denial(said: str) -> bool:
    """True when the denial's own negated verb is singular ("... but was not party to
    the strike"): its subject is someone else named before the plural group."""
    verbs = list(_NEGATED_VERB.finditer(said))
    return bool(verbs) and verbs[-1].group(1).lower() in {"was", "is", "has", "does"}


def _stopped_instead(rest: str) -> bool:
    """True when what follows a denial says the group stopped work another way: "cannot
    lawfully strike in the usual sense, and instead logged off their apps" denies a form
    of strike, not the stoppage; "instead kept working" still denies it."""
    m = _INSTEAD.match(rest)
    return m is not None and _WORKING_ON.search(m.group("rest")) is None


# "..., instead switched off", "..., and instead staged a sick-out", "..., opting instead to".
_INSTEAD = re.compile(r"[^.;]{0,60}?\b(?:instead|rather)\b(?P<rest>[^.;]{0,80})", re.IGNORECASE)
# Working on, after "instead": "instead kept working", "worked normally instead".
_WORKING_ON = re.compile(
    r"\bwork(?:s|ed|ing)?\b|\bcross\w*|\bon\s+the\s+job\b|\bat\s+work\b|\bshifts?\b",
    re.IGNORECASE,
)


# Asked for every alias of every striker in every candidate sentence: built once each.
@lru_cache(maxsize=4096)
def _named(name: str) -> re.Pattern[str]:
    """Every place ``name`` stands as a word's start, overlapping ones too (the
    look-ahead matches nothing, so the search goes on from the next character)."""
    return re.compile(rf"(?={re.escape(name)}\b)", re.IGNORECASE)


@lru_cache(maxsize=4096)
def named_any(names: tuple[str, ...]) -> re.Pattern[str]:
    """How a denial of any of ``names`` begins: one search finds what :func:`_named`
    finds for one of them, where a search per name ran for every sentence of every page
    (some 20,000 for one article)."""
    if not names:
        return re.compile("(?!)")
    return re.compile(rf"(?:{'|'.join(map(re.escape, names))})\b", re.IGNORECASE)


@lru_cache(maxsize=64)
def _after_name(negation: frozenset[str]) -> re.Pattern[str]:
    """What follows a name in a denial of it."""
    # An aside on who the party is ("Porters, who are employed by the port authority,")
    # does not count towards how far the denial may follow the name.
    # Its commas may group a figure's digits or list what it names ("which represents
    # some 6,000 fitters, welders and riggers,"), and the name may close a bracket
    # ("... Guild (KFG), which ...").
    aside = r"(?:[^.;,]|,(?=\d{3}\b)|,\s+(?=[\w-]+(?:\s+[\w-]+)?,?\s+(?:and|or)\s))"
    # Nor does a phrase on whose members they are, before such an aside ("Porters
    # represented by the Quay Guild, who had threatened action, settled and did not").
    whose = r"(?:,?\s+(?:represented|organi[sz]ed|employed|hired)\s+by\s+[^.;,()]{1,60}?(?=,))?"
    # Nor does a second subject joined to the name before such an aside ("The officers
    # and their stewards, who ..., kept working"): both are the verb's subjects.
    also = r"(?:\s+and\s+(?:its|their|the)\s+[^.;,()]{1,50}?(?=,\s+(?:who|which)\b))?"
    gap = rf"\)?{whose}{also}(?:,\s+(?:who|which)\b{aside}{{0,160}}?,\s*)?\b[^.;]{{0,100}}?"
    pattern = (
        # "X did not join the walkout", "X has not taken part in any of the strikes"
        rf"{gap}{_not_striking(negation)}"
        # "X and the studios reached a deal, averting a strike"
        rf"|{gap}\bavert\w*\s+(?:\w+\s+){{0,3}}?(?:strike|walkout|stoppage)"
        # "workers at X remain on the job"
        rf"|{gap}{_AT_WORK}"
    )
    return re.compile(pattern, re.IGNORECASE)


def _not_striking(negation: frozenset[str]) -> str:
    """A denial of striking: a negation of the lexicon, then within six words a word of
    striking ("did not join the walkout", "was never part of the strike", "took no part
    in the stoppage"); not crossing a picket line ("refused to cross the picket line")
    is striking."""
    neg = "|".join(re.escape(n) for n in sorted(negation, key=len, reverse=True))
    return rf"\b(?:{neg})\b(?:\s+(?!cross)[\w']+){{0,6}}?\s+(?:{_STRIKE_WORDS})"


@lru_cache(maxsize=64)
def may_deny(negation: frozenset[str]) -> re.Pattern[str]:
    """A word every denial (see :func:`denial`) holds, whatever the name: a negation,
    "avert", a word of staying at work, or of working through the strike."""
    neg = "|".join(re.escape(n) for n in sorted(negation, key=len, reverse=True))
    return re.compile(
        rf"\b(?:{neg})\b|\bavert|{_STAYING}|{_AS_USUAL}|{_STRIKEBREAKING}", re.IGNORECASE
    )


# What a denial may deny after its negation: the strike, or taking part in it ("will not
# take part", "did not participate").
_STRIKE_WORDS = (
    r"strik\w*|join\w*|walk\w*|picket\w*|industrial\s+action|stoppage\w*|disput\w*"
    r"|(?:take|takes|took|taken|taking)\s+part\b|participat\w*"
    # "did not ballot its members": no strike of theirs was called.
    r"|ballot\w*\s+(?:its|their|any|the)\s+(?:own\s+)?members\b"
    # "were not called out that week": not called out on strike by the union.
    r"|called\s+out\b(?!\s+(?:of|to|for)\b)"
    # "said it had not called the action", "did not organise the sick-out", "was not
    # behind the stoppage": the call denied, by whoever the claim says made it.
    r"|(?:call\w*|organi[sz]\w*|sanction\w*|behind)\s+(?:the|a|an|this|that|any|its|their)\s+"
    r"(?:[\w-]+\s+){0,2}?(?:strikes?|walkouts?|walk-outs?|stoppages?|action|sick-?outs?|protest)\b"
    # "was not part of the action": the strike told as the action, after "part of".
    r"|part\s+of\s+(?:the\s+|this\s+|that\s+|any\s+)?(?:[\w'’-]+\s+)?action\b"
    # "is not involved", said bare of a party in a strike's story; involved in talks or a
    # ballot is no word on the strike ("not involved in the March stoppages" is read
    # whole, by its strike word, so that its month counts).
    r"|involved\b(?!\s+(?:in|with)\b)"
)
_STAYING = r"\b(?:remain\w*|stay\w*|stayed|continu\w*|kept|keep\w*)"
# "its members would work normally": working as on any other day, no staying verb needed.
_AS_USUAL = r"\bwork(?:s|ed|ing)?\s+(?:as\s+)?(?:normally|as\s+usual|as\s+normal)\b"
# Working while others strike, told as done ("crossed the picket line", "worked through
# the strike", "sat out the walkout"); "refused to cross", "never crossed" are not.
_STRIKEBREAKING = (
    r"(?<!never\s)(?<!not\s)(?<!n't\s)\b(?:crossed\s+(?:the\s+|a\s+|their\s+)?picket\s+lines?"
    r"|worked\s+(?:right\s+)?through\s+the\s+(?:strike|walkout|stoppage)"
    r"|sat\s+out\s+the\s+(?:strike|walkout|stoppage))"
)
# Still coming in for what the job asks of them: "would keep turning up for their
# calls", "kept reporting for duty"; not turning up at a picket line or a rally.
_TURNING_UP = (
    r"(?:to\s+)?(?:(?:turn|show)(?:s|ed|ing)?\s+up|report(?:s|ed|ing)?)\s+(?:for|to)\s+"
    r"(?!(?:the\s+|a\s+)?(?:picket|rall|protest|demonstration|march|vigil))"
)
_AT_WORK = (
    rf"(?:{_STAYING}\s+(?:on\s+the\s+job|at\s+work|to\s+work|working|{_TURNING_UP})"
    rf"|{_AS_USUAL}|{_STRIKEBREAKING})"
)


def stayed_at_work(text: str, employer: str, negation: frozenset[str]) -> bool:
    """True when ``text`` says the workers at ``employer`` kept working ("workers at those
    companies remain on the job" after naming it) or were not on strike ("X said its own
    employees were not on strike", denied as any denial of striking is: see
    :func:`_not_striking`), not only some group of them."""
    if _named(employer).search(text) is None:
        return False
    pattern = _stayed(negation, re.escape(employer))
    return any(
        not _owns_something_else(text, m.start(), len(employer)) for m in pattern.finditer(text)
    )


# A name in the possessive as the object of a verb, owning some other thing: "accepted
# Orvane's offer", "rejected the Orvane's terms" (not "for Orvane's staff").
_OBJECT_OWNER = re.compile(
    r"(?-i:\b(?!(?:at|of|for|by|from|with|in|to|on|and|or|but|said|says|told|that)\b)[a-z]+)\s+"
    r"(?:the\s+)?$"
)
_OWNING = re.compile(r"['’]s\s+(?!(?:own\s+)?(?:workers|employees|staff|members|workforce)\b)[a-z]")


def _owns_something_else(text: str, at: int, size: int) -> bool:
    """True when the name at ``at`` (``size`` letters long) stands as the object of a
    clause's verb and owns some other thing ("Kell Guild accepted Orvane's offer, and its
    members kept working"): the "its" that follows is the subject's, not the name's."""
    return bool(_OBJECT_OWNER.search(text[:at]) and _OWNING.match(text, at + size))


@lru_cache(maxsize=4096)
def _stayed(negation: frozenset[str], employer: str) -> re.Pattern[str]:
    """The search of :func:`stayed_at_work` for one employer, built once."""
    # The workforce as a whole, not a group of it ("its doctors stayed at work").
    # Their union counts as them ("its workers' union, which settled last week, was not
    # part of the action"), an aside on it too.
    whole = (
        r"\b(?:workers|employees|staff|members|workforce)\b(?:['’]?\s+union\b)?"
        r"(?:,\s+(?:who|which)\b[^.;,]{0,100},)?(?:\s+[\w']+){0,4}?\s*"
    )
    # Up to the workforce, no sentence ends: an abbreviation's point ("Dothan, Ala.,")
    # does not end one, nor a semicolon before "its" ("X ran normally; its staff ...").
    between = r"(?:[^.;]|\.(?=,|\s+[a-z])|;(?=\s+(?:its|their)\b))"
    kept = rf"(?:{_AT_WORK}|{_not_striking(negation)})"
    # The workforce named first, then whose it is: "staff employed directly by the
    # operators, including X, were not involved", "employees of X kept working"; not
    # past a strike of theirs ("workers at Y and X walked out, though managers did not").
    calm = rf"(?:(?!\b(?:walk|strik|stopp|picket|down)\w*){between})"
    theirs = (
        r"\b(?:workers|employees|staff|workforce)\s+(?:(?:employed|hired|engaged)\s+(?:\w+\s+)?by"
        rf"|of|at|working\s+for)\s+{calm}{{0,100}}?\b{employer}\b{calm}{{0,160}}?"
        rf"(?:{kept}|{_UNAFFECTED})"
    )
    return re.compile(
        rf"{employer}\b{between}{{0,160}}?{whole}{kept}|{theirs}"
        rf"|{_UNINVOLVED}(?:the\s+)?{employer}\b",
        re.IGNORECASE,
    )


# Its workforce said to be untouched: "workers at X and at Y were not affected" (by the
# strike, not by some other thing the sentence names: "not affected by the pay freeze").
_UNAFFECTED = (
    r"\b(?:were|was|are|is|(?:have|has|had)\s+been|remained|remain)\s+"
    r"(?:not\s+(?:been\s+)?affected|unaffected)\b"
    r"(?!\s+by\s+(?!(?:the|this|that|any)\s+(?:strike|walkout|stoppage|action|dispute)))"
)


# The strike said to leave an employer's workforce out: "the walkout does not involve
# staff at X", "the action did not affect workers of X".
_UNINVOLVED = (
    r"\b(?:strikes?|walkouts?|walk-outs?|stoppages?|action|dispute)\b[^.;]{0,60}?"
    r"\b(?:does|did|do|will|would)\s*(?:not|n['’]t)\s+(?:involve|affect|include|cover|extend\s+to)"
    r"\s+(?:any\s+)?(?:(?:the\s+)?(?:workers|employees|staff|members|workforce)\s+(?:at|of|in|from)\s+)?"
)


# "Name (ACR)": a page defining its own short name for a party.
_DEFINED = re.compile(
    rf"(?-i:((?:[{UPPER}][\w'’&.-]*\s+)(?:(?:of|and|for|the|&)\s+|[{UPPER}][\w'’&.-]*\s+){{0,7}}?"
    rf"[{UPPER}][\w'’&.-]*)),?\s+\((?-i:([A-Z][A-Za-z&-]{{1,7}}))\)"
)


@lru_cache(maxsize=256)
def defined_names(text: str) -> tuple[tuple[str, str], ...]:
    """The (name, short name) pairs a page defines: "the Harbour Pilots Guild (HPG)"."""
    pairs = []
    for m in _DEFINED.finditer(text):
        name, short = m.group(1).strip(), m.group(2)
        # The short name must be the initials of the name's last words ("the Union of
        # Harbour Pilots (UHP)"), so that an aside in brackets is not read as one.
        if initials(name).endswith(short.upper().replace("&", "")):
            words = name.split()
            # The name is the capitalised run the initials come from.
            kept = " ".join(words[-_span(words, short) :])
            pairs.append((kept, short))
    return tuple(dict.fromkeys(pairs))


def _span(words: list[str], short: str) -> int:
    """How many of a name's last words its short name's initials cover."""
    capitals = 0
    for count, word in enumerate(reversed(words), start=1):
        capitals += word[:1].isupper()
        if capitals == len(short.replace("&", "")):
            return count
    return len(words)


# Asked for each striker in every sentence of a page: the answer is the page's.
@lru_cache(maxsize=1024)
def page_aliases(names: tuple[str, ...], page_text: str) -> tuple[str, ...]:
    """``names`` and the short names the page defines for any of them."""
    extra = [
        short for long, short in defined_names(page_text) if any(same_party(n, long) for n in names)
    ]
    return tuple(dict.fromkeys([*names, *extra]))


@lru_cache(maxsize=256)
def bracketed_shorts(names: tuple[str, ...], page_text: str) -> list[str]:
    """The short names a page gives ``names`` in brackets right after them, any that
    open on the name's first letter ("Impala Platinum (Implats)" is Implats, though not
    by its initials), or in capitals whatever they open on: a name given in English
    keeps the initials of its own language ("the Dockers' Union of Tessaly (SLT)")."""
    out = []
    for name in names:
        after = re.escape(name) + r",?\s+\((?-i:([A-Z][\w&-]{1,15}))\)"
        for m in re.finditer(after, page_text):
            short = m.group(1)
            capitals = short.isupper() and len(short) >= 3
            if (short[0] == name[0] or capitals) and short != name:
                out.append(short)
    return list(dict.fromkeys(out))


def own_short_names(names: Sequence[str], text: str) -> dict[str, frozenset[str]]:
    """Each of ``names`` with the short name ``text`` gives it in brackets, and the
    other way round: "members of the Sindicato Portuario (SPX)" names one union twice,
    whatever language the long name is in and whether or not the short name is its
    initials, so a page naming either of them names the party."""
    groups = {n: {n} for n in names}
    for name in names:
        for short in bracketed_shorts((name,), text):
            groups[name].add(short)
            if short in groups:
                groups[short].add(name)
    return {n: frozenset(g) for n, g in groups.items()}


def page_named(names: list[str], page_text: str) -> list[str]:
    """``names`` and the short names their page gives them in brackets: "Scandinavian
    Airlines (SAS)" is SAS on that page, though SAS is no set of its initials."""
    if not names:
        return names
    found = tuple(names)
    # Only a short name given to the very name: "Mineworkers" alone would make two
    # unions of miners one (see same_party), and the short name of one the other's.
    lowered = {n.lower() for n in names}
    defined = [short for long, short in defined_names(page_text) if long.lower() in lowered]
    return list(dict.fromkeys([*names, *defined, *bracketed_shorts(found, page_text)]))


def _by_page_names(
    against: list[str], found: list[str], page_text: str, claim: Claim, k: Knowledge
) -> bool:
    """True when the employers a page names, with the short names it gives them, cover
    every employer the claim names (or any, where the claim's employers were resolved
    from a description). A short name counts only as written whole ("SAS" for
    "Scandinavian Airlines (SAS)"): a claimed name holding it among other words may name
    another party too, and a short name bearing out one claimed employer says nothing
    of another the page leaves out."""
    shorts = {n.lower() for n in page_named(found, page_text) if n not in found}
    covered = [a for a in against if a.lower() in shorts or overlap([a], found, k)]
    resolved = "against" in claim.fields.get("resolved", ())
    return bool(covered) and (resolved or len(covered) == len(against))


def _denied_elsewhere(
    against: list[str], fact: Found, page_text: str, claim: Claim, k: Knowledge
) -> bool:
    """True when a page's denial that some workers struck names their employer, and it
    is none of the claim's: "cleaners at the Orrin depot did not walk out" denies nothing
    of cleaners the claim has striking at Kell Freight, since a group of workers, named
    by their trade or by their union, may strike one employer and not another. Where
    either side names its workplace in common words ("at the hospitals"), it may be
    the other's, and the denial stands."""
    denied_at = list(fact.fields.get("against", []))
    if not against or not denied_at:
        return False
    if all(_common_words(a, k) for a in against) or all(_common_words(d, k) for d in denied_at):
        return False
    return not overlap(against, denied_at, k) and not _by_page_names(
        against, denied_at, page_text, claim, k
    )


# Words that point a claim back to a time named just before it ("that week").
_BACK_IN_TIME = re.compile(
    r"\b(?:that|the\s+same)\s+(?:day|week|weekend|month|morning|afternoon|evening|night)\b",
    re.IGNORECASE,
)
# How far back "that week" may point: the sentences of a short paragraph.
_LOOK_BACK = 3
_MONTHS = (
    "january february march april may june july august september october november december"
).split()
_DATED = re.compile(
    r"(?-i:\b(January|February|March|April|May|June|July|August|September|October|"
    r"November|December)\b)(?:\s+\d{1,2}(?:st|nd|rd|th)?)?(?:,?\s+((?:19|20)\d{2}))?"
)


def time_of(claim: Claim, view: ArticleView) -> tuple[int | None, int | None]:
    """The year and month a strike claim is about: its own, or, when it points back
    ("that week"), the last month named in the few sentences before it."""
    year, month = claim.fields.get("year"), claim.fields.get("month")
    if year or month or not _BACK_IN_TIME.search(claim.sentence.text):
        return year, month
    i = min(claim.sentence.index, len(view.sentences))
    for sentence in reversed(view.sentences[max(0, i - _LOOK_BACK) : i]):
        dated = list(_DATED.finditer(sentence.text))
        if dated:
            last = dated[-1]
            year = int(last.group(2)) if last.group(2) else None
            return year, _MONTHS.index(last.group(1).lower()) + 1
    return None, None


# A denial found outside the ranked sentences counts as a sentence of a cited page.
DENIAL_SCORE = CITED_SENTENCE_SCORE
_YEARS = re.compile(r"(?<![\w$£€])((?:19|20)\d{2})(?![\w])")


def _elsewhere(said: str, sites: Sequence[str]) -> bool:
    """True when the words of a denial place it at a site other than the claim's (a name
    after "at", "in" or "of"), for a claim that names its sites."""
    if not sites:
        return False
    placed = [m.group(1) for m in _PLACED.finditer(said)]
    return bool(placed) and not any(
        same_party(p, site) or site.lower() in said.lower() for p in placed for site in sites
    )


# Where the clause of a denial ends: a full stop, a semicolon, or a turn to another
# party ("..., but its members at Y walked out").
_CLAUSE_END = re.compile(r"[.;]|,?\s+(?:but|while|whereas)\s", re.IGNORECASE)
# Capitalised words after "at" or "in" that name a time, not a site: "in May", "on Friday".
_TIME_NAMES = frozenset(
    [*_MONTHS, "monday", "tuesday", "wednesday", "thursday", "friday", "saturday", "sunday"]
)


def _clause_elsewhere(text: str, said: str, sites: Sequence[str], parties: Sequence[str]) -> bool:
    """True when the clause of ``text`` holding a denial or a strike kept from happening
    (``said``) places it at a site the claim does not name ("the union averted a strike
    at Dunmore Haulage"), and names none of the claim's ``sites``: the union's strike
    elsewhere, not the claim's. Names of the claim's ``parties`` (the union
    itself, "members of X") and of days and months place nothing."""
    if not sites:
        return False
    at = max(text.find(said), 0)
    start = max(text.rfind(c, 0, at) for c in ".;") + 1
    end = _CLAUSE_END.search(text, at + len(said))
    clause = text[start : end.start() if end else len(text)]
    if any(site.lower() in clause.lower() for site in sites):
        return False
    placed = [
        m.group(1)
        for m in _PLACED.finditer(clause)
        # "of" joins a name's own words ("Guild of America"), not a site to it.
        if m.group(0).split()[0].lower() != "of"
        and m.group(1).split()[0].lower() not in _TIME_NAMES
        and not any(same_party(m.group(1), p) for p in parties)
    ]
    return bool(placed) and not any(
        same_party(p, site) or site.lower() in p.lower() for p in placed for site in sites
    )


def _owned_elsewhere(text: str, said: str, sites: Sequence[str]) -> bool:
    """True when a denial's workers are told as "its" or "their" members of a body the
    sentence names just before ("a Dunlow spokesman said its members had not voted to
    strike"), and that body is none of the claim's sites or employers."""
    if not sites:
        return False
    at = text.find(said)
    if at < 0 or not _POSSESSED.search(text[:at]):
        return False
    owners = _OWNER.findall(text[:at])
    if not owners:
        return False
    owner = re.sub(r"^(?:A|An|The)\s+", "", owners[-1])
    return not any(same_party(owner, site) or site.lower() in owner.lower() for site in sites)


def _theirs_elsewhere(text: str, fact: Found, sites: Sequence[str]) -> bool:
    """True when a page's denial tells its workers as "its" or "their" workers ("Orla
    Foods stayed out of the dispute, and its drivers kept working") of a body the
    sentence names before them that is none of the claim's sites or employers."""
    for name in fact.fields.get("strikers", []):
        m = _THEIRS.search(name)
        if m and _owned_elsewhere(text[: fact.end], m.group("who"), sites):
            return True
    return False


# Workers a denial's words tell as a body's own: "and its couriers".
_THEIRS = re.compile(r"\b(?:its|their)\s+(?P<who>\S.*)$", re.IGNORECASE)


# "its members", "their staff": workers told as a body's own.
_POSSESSED = re.compile(r"\b(?:its|their)\s+$", re.IGNORECASE)
# The body named before them: a run of capitalised words.
_OWNER = re.compile(rf"(?-i:[{UPPER}][\w'’&.-]*(?:\s+[{UPPER}][\w'’&.-]*)*)")


# A site or employer the words of a denial name: "at the Dunlow office", "in Corby",
# "employed by Dunmore Haulage"; not a second party of a list ("members of the KFG and
# of the TSA are not on strike").
_PLACED = re.compile(
    r"\b(?:at|in|(?<!\band\s)of|(?:employed|hired|engaged)\s+by|(?:work\w*)\s+for)\s+"
    rf"(?:the\s+)?((?-i:[{UPPER}][\w'’&.-]*(?:\s+[{UPPER}][\w'’&.-]*)*))"
)


class _PageDates:
    """The dates of the dispute a page's infobox describes, read once per page: a
    sentence there naming no year (or month) tells that dispute, and so bears on a
    claim only when the claim's year (or month) is among the dispute's."""

    def __init__(self, index: EvidenceIndex, date_regex: str) -> None:
        self._index = index
        self._date_regex = date_regex
        self._years: dict[int, tuple[int, int] | None] = {}
        self._months: dict[int, tuple[int, int] | None] = {}

    def _read(self, page: int) -> None:
        if page in self._years:
            return
        dispute = page_dispute(self._index, page, self._date_regex)
        self._years[page] = dispute.years if dispute is not None else None
        months = months_of(self._index, page, self._date_regex) if dispute else None
        self._months[page] = months

    def has_year(self, year: int, page: int) -> bool:
        """True unless the page's dispute is dated to years without ``year``."""
        self._read(page)
        span = self._years[page]
        return span is None or span[0] <= year <= span[1]

    def has_month(self, month: int, page: int) -> bool:
        """True unless the page's dispute is dated to months without ``month`` (in any
        year: a claim naming its month alone may be of any year)."""
        self._read(page)
        span = self._months[page]
        return span is None or in_months(month, span)


def _denials(
    strikers: list[str],
    index: EvidenceIndex,
    cand: Candidate,
    when: tuple[int | None, int | None],
    k: Knowledge,
    sites: Sequence[str] = (),
    rest: bool = False,
    called: bool = False,
    page_dates: _PageDates | None = None,
) -> list[Assessment]:
    """A denial, in one sentence, that each claimed striker struck ("X did not join the
    walkout", "X took no part in the stoppage"), by any alias or short name the page
    defines; one naming only other years, or denying a strike of another month, is about
    another strike; one of the rest of a body ("X's other locals") is about the claim's
    strikers only where the claim too tells the rest of them (``rest``)."""
    s = index.sentences[cand.index]
    year, month = when
    years = {int(y) for y in _YEARS.findall(s.text)}
    if year and years and year not in years:
        return []
    if page_dates is not None and not years:
        # A sentence naming no year on a page whose infobox dates its dispute: that
        # dispute's denial, which says nothing of a strike of another year or month.
        if year and not page_dates.has_year(year, s.page):
            return []
        if month and not _DATED.search(s.text) and not page_dates.has_month(month, s.page):
            return []
    negation = k.words("negation")
    # Most sentences that name a party deny nothing: without a word every denial holds,
    # no name's denial pattern is tried there.
    if may_deny(frozenset(negation)).search(s.text) is None:
        return []
    out = []
    for name in strikers:
        if tied_only([name], k):
            continue  # "colleagues" names nobody a page may deny: see tied_only
        org = k.organisations.get(name)
        names = org.aliases if org else (name,)
        if org and any(w.lower() in index.context(s.page).words for w in org.context_words):
            # A word that stands for a union only in a story of its field does so on a
            # page of that field: "performers" on a page about dubbing in Lisbon are
            # not Hollywood's actors' union, whatever the claim's story was about.
            names += org.context_aliases
        names = page_aliases(names, index.pages[s.page].text)
        parts = () if org else listed_trades(name)
        head = "" if org or parts else shared_head(name, k)
        if head and named_any(names).search(s.text) is None:
            # "Radio and cargo officers joined": a page denying that the officers struck,
            # all of them, denies it of those of two departments.
            said = [denial(s.text, head, negation)]
        elif parts and named_any(names).search(s.text) is None:
            # "Fitters and riggers joined": a page may deny each trade of the list in
            # a list of its own ("Fitters, riggers and other crews did not take part");
            # only a denial of every one of them denies the claim's group.
            said = [denial(s.text, part, negation) for part in parts]
            if not all(said):
                continue
        elif named_any(names).search(s.text) is None:
            continue  # most sentences name none of them, and then deny nothing
        else:
            # Named here, the union's members may be told by its trade: "the pilots".
            page_text = index.pages[s.page].text
            longs = [long for long, short in defined_names(page_text) if short in names]
            trades = trade_names([*names, *longs])
            said = [denial(s.text, alias, negation) for alias in (*names, *trades)]
        # "Staff at the Dunlow office kept working" says nothing of staff elsewhere, nor
        # "a Dunlow spokesman said its members would keep working" of members of others.
        said = [
            t
            for t in said
            if t is None
            or not (
                _elsewhere(t, sites)
                or _owned_elsewhere(s.text, t, sites)
                or _clause_elsewhere(s.text, t, sites, strikers)
            )
        ]
        if not called:
            # "X said it had not called the action": its members may still have struck;
            # only a claim that X called it is denied.
            said = [t for t in said if t is None or not _CALL_DENIED.search(t)]
        if not rest:
            # "ILWU's other locals are not on strike" leaves the local that struck standing.
            said = [t for t in said if t is None or not _of_the_rest(s.text, t)]
        # "not involved in the March stoppages" is about March's strike.
        months = {
            _MONTHS.index(m.group(1).lower()) + 1 for t in said if t for m in _DATED.finditer(t)
        }
        if month and months and month not in months:
            continue
        if any(said):
            weight = cand.score / 100
            out.append(
                Assessment(cand.index, "contradicts", weight, cand.score, f"{name} not on strike")
            )
    return out


# A denial that ends in the call of a strike, not the strike: "had not called the action".
_CALL_DENIED = re.compile(
    r"\b(?:call\w*|organi[sz]\w*|sanction\w*|behind)\s+(?:the|a|an|this|that|any|its|their)\s+"
    r"(?:[\w-]+\s+){0,2}?(?:strikes?|walkouts?|walk-outs?|stoppages?|action|sick-?outs?|protest)$",
    re.IGNORECASE,
)


# A list of groups in small letters, each in the plural: "fitters and riggers", "ticket
# clerks, inspectors and guards".
_TRADE_LIST_SPLIT = re.compile(r",\s+(?:and\s+|or\s+)?|\s+(?:and|or)\s+")


def listed_trades(name: str) -> tuple[str, ...]:
    """The groups a party lists by trade ("ticket clerks and inspectors": two), each in
    the plural and in small letters; nothing for a name or a single group."""
    parts = tuple(p.strip() for p in _TRADE_LIST_SPLIT.split(name) if p.strip())
    if len(parts) < 2 or not all(p.islower() or p[1:].islower() for p in parts):
        return ()
    return parts if all(_plural(p) for p in parts) else ()


# Words in small letters sharing one head noun: "radio and cargo officers", "kitchen,
# bar and cabin stewards".
_SHARED_HEAD = re.compile(
    r"(?-i:^(?:[Tt]he\s+)?[A-Za-z][a-z-]*(?:,\s+[a-z-]+)*,?\s+(?:and|or)\s+[a-z-]+\s+([a-z-]+s))$"
)


def shared_head(name: str, k: Knowledge) -> str:
    """The trade a group of several departments shares ("radio and cargo officers":
    officers), or "" for any other name, and for a head of generic words ("galley and
    hotel staff" may be any staff, and a page's "staff" any others)."""
    m = _SHARED_HEAD.match(name)
    if m is None or not _plural(m.group(1)):
        return ""
    head = m.group(1)
    generic = head in _GENERIC or head in k.words("headcount") or head in k.words("refer_workers")
    return "" if generic else head


def trade_names(names: Sequence[str]) -> tuple[str, ...]:
    """How a sentence naming a union may tell its members by the trade its name holds:
    "the pilots" of the Tarn Pilots Association, "the directors" of a Directors Guild (a
    capitalised plural word of the name that no union's name shares, like "Workers")."""
    out = []
    for name in names:
        for word in name.split():
            trade = word.strip("'’").lower()
            capitalised = word[:1].isupper() and not word.isupper()
            if capitalised and trade.endswith("s") and len(trade) > 4 and trade not in _GENERIC:
                out.append(f"the {trade}")
    return tuple(dict.fromkeys(out))


# The rest of a body, past the part that struck: "ILWU's other locals", "the remaining
# Orrin branches", "the rest of the guild's members".
_REST_OF = re.compile(
    r"\b(?:other|remaining)\s+(?:[\w'’-]+\s+){0,4}?(?:locals?|branch(?:es)?|chapters?|lodges?"
    r"|units?|sections?|divisions?|affiliates?|members(?:hip)?)\b|\bthe\s+rest\s+of\b",
    re.IGNORECASE,
)


def rest_of(text: str) -> bool:
    """True when ``text`` tells the parts of a body other than one already named ("the
    union's other locals are not on strike"): a denial of those says nothing against the
    part that struck, only against a claim that the rest joined it."""
    return _REST_OF.search(text) is not None


def _of_the_rest(text: str, said: str) -> bool:
    """True when the denial ``said``, in ``text``, is of the rest of a body: its words
    or those of its clause before it tell the body's other parts."""
    at = max(text.find(said), 0)
    return rest_of(_clause_before(text, at) + said)


def _clause_before(text: str, at: int) -> str:
    """The words of ``text``'s clause up to ``at``: where a denial's subject begins."""
    cut = max(text.rfind(c, 0, at) for c in ".;,:")
    return text[cut + 1 : at]


# How much a strike counts whose party the sentence leaves to its paragraph or infobox.
CONTEXT_WEIGHT = 0.8


def _common_words(name: str, k: Knowledge) -> bool:
    """True for strikers named by common words ("teachers", "Nurses and clerks"), not by
    an organisation's name. One word alone is a name unless it is a plural or a word for
    a workforce: "Porters" and "Staff" are common words, "Unite" and "ASLEF" are names
    (an initialism, a word with a dot, a digit or a capital inside it, or a capitalised
    singular that no workforce word matches)."""
    if k.organisations.get(name) is not None:
        return False
    words = name.split()
    if len(words) == 1:
        return not _one_word_name(words[0], k)
    return all(w.islower() for w in words[1:])


def _one_word_name(word: str, k: Knowledge) -> bool:
    """True when a one-word striker is a body's name, not a common noun that opens a
    sentence."""
    word = word.strip("'’")
    if re.search(r"[A-Z0-9.]", word[1:]):
        return True  # "ASLEF", "Ver.di", "BECTU", "Local721"
    if not word[:1].isupper():
        return False
    lower = word.lower()
    return not lower.endswith("s") and lower not in k.words("members")


def _workforce_words(k: Knowledge) -> frozenset[str]:
    return frozenset(w.lower() for w in [*k.words("mass_heads"), *k.words("headcount")])


def _employer_workforce(name: str, employers: Sequence[str], k: Knowledge) -> bool:
    """True when ``name`` is the whole workforce of one of ``employers``, named by the
    employer and a word for a workforce alone ("Carrow Water staff", "Hartline
    employees"), not a trade of it ("Hartline drivers") nor a union of it."""
    words = name.replace("’s", "").replace("'s", "").split()
    workforce = _workforce_words(k)
    tail = 0
    while tail < len(words) and words[-1 - tail] in workforce:
        tail += 1
    if tail == 0 or tail == len(words):
        return False
    return bool(overlap([" ".join(words[: len(words) - tail])], list(employers), k))


def _workforce_of(name: str, k: Knowledge) -> str | None:
    """The employer whose whole workforce ``name`` is, named by it and a word for a
    workforce alone ("Halden employees", "Corbel staff"), or None for a trade of it
    ("Corbel drivers"), a union, or a workforce word alone ("Staff")."""
    if k.organisations.get(name) is not None:
        return None
    words = name.replace("’s", "").replace("'s", "").split()
    workforce = _workforce_words(k)
    tail = 0
    while tail < len(words) and words[-1 - tail].lower() in workforce:
        tail += 1
    head = words[: len(words) - tail]
    if tail == 0 or not head or not all(w[:1].isupper() for w in head):
        return None
    if any(w.lower() in _GENERIC for w in head):
        return None  # "Union members", "National Guild staff": a body's, not an employer's
    org = k.organisations.get(" ".join(head))
    return None if org and org.category == "union" else " ".join(head)


def whole_workforce(
    strikers: list[str],
    f_strikers: list[str],
    f_against: list[str],
    against: list[str],
    k: Knowledge,
) -> list[str]:
    """The claimed strikers named as a claimed employer's whole workforce, when a page's
    strikers are that workforce too: a word for a workforce alone ("Staff") at that
    employer, the employer's workforce by name, or the employer's own name where the
    strikers go ("Workers at the state carrier Velmora Post held a strike")."""
    words = _workforce_words(k)
    # "Crew members at X struck": a workforce word alone, at the claimed employer, is
    # that employer's workforce too.
    if not strikers or not all(
        _employer_workforce(n, against, k) or all(w.lower() in words for w in n.split())
        for n in strikers
    ):
        return []
    for name in f_strikers:
        bare = all(w.lower() in words for w in name.split())
        if bare and overlap(against, f_against, k):
            continue
        if _employer_workforce(name, [*f_against, *against], k):
            continue
        if not f_against and overlap([name], against, k):
            continue
        return []
    return list(strikers) if f_strikers else []


def bodies(names: list[str]) -> list[str]:
    """``names`` less those made of common words alone: "Workers" opening a headline
    ("Workers walk out at ...") or "Union" opening a sentence names no body."""
    return [n for n in names if any(w not in _GENERIC for w in _words(n))]


def _context_unions(index: EvidenceIndex, entry: int) -> tuple[list[str], str]:
    """The union a sentence's paragraph names, when it names one only, else the unions
    of its page's infobox parties; and where they stand."""
    said = paragraph_parties(index, entry)
    said = replace(said, unions=tuple(bodies(list(said.unions))))
    if len(said.unions) != 1:
        said = infobox_parties(index, index.sentences[entry].page)
    if not said.unions:
        # "Thousands of nurses walked off the job", and the union named in the story's
        # next paragraph: the story's one union, when it names only one.
        story = story_parties(index, index.sentences[entry].page)
        # "Amalgamated Transit Union Local 1624" and later "Local 1624": one union.
        story = replace(story, unions=tuple(distinct_parties(bodies(list(story.unions)))))
        said = story if len(story.unions) == 1 else said
    if not said.unions:
        return [], said.where
    return _not_denied(list(said.unions), index, index.sentences[entry].page), said.where


def _not_denied(unions: list[str], index: EvidenceIndex, page: int) -> list[str]:
    """The unions less those the page names only to say they took no part ("X, which
    organises some of them, is not part of the dispute"): not the ones that struck."""
    negation = set(index.extractor.ruleset.knowledge.words("negation"))
    denial = may_deny(frozenset(negation))
    texts = [t for i in index.page_entries(page) if denial.search(t := index.sentences[i].text)]
    return [u for u in unions if not any(denies(t, u, negation) for t in texts)]


def distinct_parties(names: list[str]) -> list[str]:
    """``names`` with the names of one party told as one, by its longest name: a story
    that names "the Kessel Foundry Union" and then "the KFU" names one union."""
    out: list[str] = []
    for name in sorted(names, key=lambda n: (-len(n), n)):
        if not any(same_party(name, kept) for kept in out):
            out.append(name)
    return [n for n in names if n in out]


def _context_employers(
    index: EvidenceIndex, entry: int, against: list[str], k: Knowledge
) -> tuple[list[str], str]:
    """The employers a strike sentence naming none leaves to its page, and where they
    stand: its infobox's parties, which may go against the claim; else those of its
    paragraph that the claim names, which only bear it out (a paragraph names bodies
    other than the employer: a court, a ministry that mediates)."""
    listed = infobox_parties(index, index.sentences[entry].page)
    if listed.employers:
        # Those the claim names, by its own names; else the infobox's, against it.
        return overlap(against, list(listed.employers), k) or list(listed.employers), listed.where
    said = paragraph_parties(index, entry)
    return overlap(against, list(said.employers), k), said.where


def _of_story_week(text: str, published: str | None, year: int) -> bool:
    """False when ``text`` names no year but tells its event by a weekday alone ("began
    refusing overtime on Monday") and the story's date puts that day in another year
    than the claim's ``year`` (:func:`weekday_date`)."""
    if not published or _YEARS.search(text):
        return True
    told = weekday_date(text, published)
    return told is None or int(told[0][:4]) == year


def _this_year(text: str, year: int | None) -> bool:
    """True unless ``text`` names years, none of them the claim's ``year``."""
    years = {int(y) for y in _YEARS.findall(text)}
    return not (year and years and year not in years)


def _places(
    claim: Claim,
    index: EvidenceIndex,
    view: ArticleView,
    found: list[Assessment],
    struck: set[str],
    year: int | None,
) -> list[Assessment]:
    """What the pages say of the claim's sites where they keep a strike from them: a site
    spared ("the Corby plant was not affected", "staff at Corby kept working") goes
    against it, and so does a strike limited to other sites ("confined to the Arden and
    Bryce depots"), which bears it out when the site is among them. Read in every
    sentence of the pages the claim cites or that report its strikers' strike; a site
    the page reports struck is not denied by a list of others."""
    k = view.knowledge
    sites = claimed_sites(claim.fields)
    if not sites:
        return []
    pages = set(view.primary.get(claim.id, set()))
    pages |= {index.sentences[a.index].page for a in found if a.stance == "supports"}
    ranked = {a.index: a.score for a in found}
    out = []
    for page in sorted(pages):
        for i in index.page_entries(page):
            text = index.sentences[i].text
            years = {int(y) for y in _YEARS.findall(text)}
            if year and years and year not in years:
                continue
            score = ranked.get(i, DENIAL_SCORE)
            limited = limited_to(text, index, page)
            for site in sites:
                org = k.organisations.get(site)
                names = org.aliases + org.context_aliases if org else (site,)
                if any(spared(text, n) for n in names):
                    said = f"the {site} site not on strike"
                    if any(a.index == i and a.found == said for a in found):
                        continue  # read among the ranked sentences already
                    out.append(Assessment(i, "contradicts", score / 100, score, said))
                elif limited and overlap([site], limited, k):
                    said = f"the strike at {joined(limited)}"
                    out.append(Assessment(i, "supports", score / 100, score, said))
                elif limited and not overlap([site], sorted(struck), k):
                    if any(index.mentions_in(text, n, page) for n in names):
                        continue  # "Harlow's strike was limited to its two plants"
                    said = f"the strike limited to {joined(limited)}"
                    out.append(Assessment(i, "contradicts", score / 100, score, said))
    return out


def _employer_strike(
    against: list[str],
    when: tuple[int | None, int | None],
    fields: Mapping[str, Any],
    cand: Candidate,
    k: Knowledge,
) -> list[Assessment]:
    """How a strike a page reports bears on a claim that names only the struck employer:
    a strike against the same employer in the same year bears it out, a denial that it
    was struck goes against it; a strike of another year or employer is another strike."""
    f_against = list(fields.get("against", []))
    common = overlap(against, f_against, k)
    if not common:
        return []
    year, month = when
    if year and fields.get("year") and fields["year"] != year:
        return []
    if month and fields.get("month") and fields["month"] != month:
        return []
    f_strikers = list(fields.get("strikers", []))
    who = joined(f_strikers) if f_strikers else "workers"
    if fields.get("denied"):
        said = f"{who} not on strike against {joined(common)}"
        return [Assessment(cand.index, "contradicts", cand.score / 100, cand.score, said)]
    said = f"{who} against {joined(f_against)}"
    return [Assessment(cand.index, "supports", cand.score / 100, cand.score, said)]


def _other_branches(
    strikers: list[str], found: list[str], common: list[str], index: EvidenceIndex, entry: int
) -> list[str]:
    """The numbered branches of the claimed strikers' union that a source gives a strike
    to, where the claim names another branch ("Teamsters Local 120" against a page's
    "Teamsters Local 710"); a source naming the union without a number ("the
    Teamsters") leaves the branch to its paragraph or its infobox's parties."""
    claimed = [n for n in strikers if numbered(n)]
    if not claimed or (common and any(numbered(f) for f in found)):
        return []
    names = found
    if not any(numbered(f) for f in found):
        page = index.sentences[entry].page
        names = [*paragraph_parties(index, entry).unions, *infobox_parties(index, page).unions]
    if any(same_party(c, f) for c in claimed for f in names if numbered(f)):
        return []
    return [f for f in names if any(other_branch(c, f) for c in claimed)]


def _told_whole(fields: Mapping[str, Any], facts: list[Found], k: Knowledge) -> bool:
    """True when another strike the same sentence tells has the same strikers and names
    the employer this one leaves out: that one is the sentence's account of it."""
    strikers = list(fields.get("strikers", []))
    return any(
        f.fields.get("against") and overlap(strikers, list(f.fields.get("strikers", [])), k)
        for f in facts
    )


def _same_strike(
    against: list[str],
    f_against: list[str],
    when: tuple[int | None, int | None],
    fields: Mapping[str, Any],
    k: Knowledge,
) -> bool:
    """True when a strike a source tells may be the claim's: no other employer, year or
    month than the claim's."""
    year, month = when
    if year and fields.get("year") and fields["year"] != year:
        return False
    if month and fields.get("month") and fields["month"] != month:
        return False
    return not against or not f_against or bool(overlap(against, f_against, k))


# A sentence telling another dispute than the one before it: "Separately, members of the
# guild walked out at Y", "in a separate dispute".
_ANOTHER_DISPUTE = re.compile(
    r"^\W*(?:separately|elsewhere)\b|\bseparate\s+(?:dispute|strike|walkout|stoppage|action)\b",
    re.IGNORECASE,
)


# Marks the finding of a lockout, which a report of the strike on the same page outweighs.
_LOCKOUT = "a lockout, not a strike"


def _prevented(
    parties: list[str],
    index: EvidenceIndex,
    cand: Candidate,
    when: tuple[int | None, int | None],
    k: Knowledge,
    strikers: Sequence[str] = (),
    sites: Sequence[str] = (),
) -> list[Assessment]:
    """A sentence saying that the strike of the claim's ``parties`` (its ``strikers`` or
    employers) did not happen: it was averted or called off before it began, or the
    employer locked the workers out. The sentence names a party, or (for a strike that
    did not happen) its paragraph does; one naming only other years or months is about
    another strike, and so is one placing it at a site other than the claim's
    ``sites``."""
    s = index.sentences[cand.index]
    if not may_tell(s.text):
        return []
    said = not_happened(s.text)
    if said is None and not (lockout(s.text) and not _strike_facts(index, cand.index)):
        return []
    if said is not None and _clause_elsewhere(s.text, said, sites, parties):
        return []
    year, month = when
    years = {int(y) for y in _YEARS.findall(s.text)}
    if year and years and year not in years:
        return []
    months = {_MONTHS.index(m.group(1).lower()) + 1 for m in _DATED.finditer(s.text)}
    if month and months and month not in months:
        return []
    page_text = index.pages[s.page].text
    named = [n for n in parties if _named_in(n, s.text, page_text, k)]
    if said is None:
        # "The mill locked out 900 workers": a lockout of workers named by common words
        # is no lockout of the claim's "workers" at another employer.
        named = [n for n in named if not _common_words(n, k)]
    weight = cand.score / 100
    if not named and said is not None:
        # "The guild warned that its crews would stop work ...; in the end they never did":
        # the sentence's own strike, whose parties its words point back to, did not happen.
        resolved, story = _resolved_parties(index, cand.index, k)
        named = overlap(parties, resolved, k) or overlap(list(strikers), story, k)
        weight *= CONTEXT_WEIGHT if named else 1
    if not named and said is not None:
        context = paragraph_parties(index, cand.index)
        named = overlap(parties, [*context.unions, *context.employers], k)
        weight *= CONTEXT_WEIGHT
    if not named and said is not None and _untold_story(index, cand.index):
        # "The strike, set for noon on Monday, was not carried out" on a page that tells
        # no strike as having taken place, in a sentence naming nobody: the strike of
        # the union the page's story names did not happen (its employer may have been
        # struck by another union, before or after).
        told = story_parties(index, s.page)
        named = overlap(list(strikers), page_named(list(told.unions), page_text), k)
        weight *= CONTEXT_WEIGHT
    if not named and said is None and year is not None and year in years:
        # "... since the firm locked them out for a month in 2031" in a story that
        # names the claim's union and employer: the lockout of the year the claim gives
        # is theirs, though the sentence names them by pronoun and description.
        told_text = " ".join(
            index.sentences[i].text
            for i in index.page_entries(s.page)
            if index.sentences[i].sentence.role in _STORY_ROLES
        )
        employers = [p for p in parties if p not in strikers]
        if employers and all(_named_in(p, told_text, page_text, k) for p in parties):
            named = list(strikers)
            weight *= CONTEXT_WEIGHT
    if not named and said is not None and _trade_dispute(strikers, index, cand.index, when, k):
        # "Freight rail workers walked off the job in December 2022", and a page on the
        # freight rail dispute of that month saying no strike took place: workers named
        # by their trade are that dispute's, however the page names its parties.
        named = list(strikers)
        weight *= CONTEXT_WEIGHT
    if not named:
        return []
    found = (
        f"no strike by or at {joined(named)}: {said}" if said else f"{joined(named)}: {_LOCKOUT}"
    )
    return [Assessment(cand.index, "contradicts", weight, cand.score, found)]


def _lockout_denied(
    against: list[str], index: EvidenceIndex, cand: Candidate, k: Knowledge, year: int | None
) -> list[Assessment]:
    """A sentence saying there was no lockout ("the owners never imposed a lockout"),
    against a claim that the employers ``against`` locked the workers out (in ``year``,
    if it gives one: a sentence naming only other years tells another dispute). The
    sentence names one of them, or (naming none, "the company") its page is about one:
    its headline or its infobox's parties name it."""
    s = index.sentences[cand.index]
    words = no_lockout(s.text) if against else None
    if words is None:
        return []
    years = {int(y) for y in _YEARS.findall(s.text)}
    if year and years and year not in years:
        return []
    page_text = index.pages[s.page].text
    weight = cand.score / 100
    named = [a for a in against if _named_in(a, s.text, page_text, k)]
    if not named and not _names_any(index, cand.index):
        title = index.pages[s.page].title or ""
        listed = page_named(list(infobox_parties(index, s.page).employers), page_text)
        named = [a for a in against if _named_in(a, title, page_text, k)]
        named = named or overlap(against, listed, k)
        weight *= CONTEXT_WEIGHT
    if not named:
        return []
    found = f"no lockout by {joined(named)}: {words}"
    return [Assessment(cand.index, "contradicts", weight, cand.score, found)]


def _untold_story(index: EvidenceIndex, entry: int) -> bool:
    """True when page sentence ``entry`` names no organisation and its page's story
    tells no strike as having taken place: a strike it says did not happen is then the
    story's, not one of another party told beside it ("the pilots walked out; the
    cabin crew's strike was called off")."""
    s = index.sentences[entry]
    if _names_any(index, entry):
        return False
    for i in index.page_entries(s.page):
        other = index.sentences[i]
        if other.sentence.role not in _STORY_ROLES:
            continue
        told = [f for f in index.facts(i) if f.rule.type == "strike" and not f.fields.get("denied")]
        if told and not not_happened(other.text):
            return False
    return True


def _names_any(index: EvidenceIndex, entry: int) -> bool:
    """True when page sentence ``entry`` itself names an organisation."""
    s = index.sentences[entry]
    ctx = index.context(s.page)
    return bool(index.extractor.parsers.orgs(s.text, ctx)) or bool(
        index.extractor.organisation_names(s.text, ctx)
    )


# The blocks of a page that are its own story (see strike_context.story_parties).
_STORY_ROLES = frozenset({"title", "body"})


def _trade_dispute(
    strikers: Sequence[str],
    index: EvidenceIndex,
    entry: int,
    when: tuple[int | None, int | None],
    k: Knowledge,
) -> bool:
    """True when a page sentence saying a strike did not happen may be about the strike of
    ``strikers`` named by common words: their trade's own words ("freight", "rail" of
    "freight rail workers") are all on the page, and the claim's year (and month, if it
    names one, no other month) is in the sentence's paragraph or the page's title."""
    year, month = when
    if not strikers or not year or not all(_common_words(n, k) for n in strikers):
        return False
    s = index.sentences[entry]
    page_text = index.pages[s.page].text.lower()
    members = k.words("members")
    for name in strikers:
        trade = [
            w
            for w in _words(name)
            if len(w) >= _TRADE_WORD and w not in _GENERIC and w not in members
        ]
        if not trade:
            return False
        if not all(re.search(rf"\b{re.escape(w[:_TRADE_WORD])}", page_text) for w in trade):
            return False
    around = [
        index.sentences[i].text
        for i in index.page_entries(s.page)
        if index.sentences[i].sentence.block == s.sentence.block
        or index.sentences[i].sentence.role == "title"
    ]
    text = " ".join(around)
    years = {int(y) for y in _YEARS.findall(text)}
    if year not in years:
        return False
    months = {_MONTHS.index(m.group(1).lower()) + 1 for m in _DATED.finditer(text)}
    return not (month and months and month not in months)


# Letters a trade's word and the page's must share: "rail" in "railroads".
_TRADE_WORD = 4


def _resolved_parties(
    index: EvidenceIndex, entry: int, k: Knowledge
) -> tuple[list[str], list[str]]:
    """The parties of the strikes a page sentence tells where its words point back to
    them ("the union", "its members"), as its page resolves them; and, for strikers
    named by common words, the one union the page's story names (which stands for
    strikers only: a story's name may run a union and an employer together)."""
    out: list[str] = []
    told: list[str] = []
    for fact in index.facts(entry):
        if fact.rule.type != "strike":
            continue
        resolved = fact.fields.get("resolved", ())
        for role in ("strikers", "against"):
            if role in resolved:
                out += list(fact.fields.get(role, []))
        strikers = list(fact.fields.get("strikers", []))
        if "strikers" not in resolved and strikers and all(_common_words(n, k) for n in strikers):
            story = story_parties(index, index.sentences[entry].page)
            unions = distinct_parties(bodies(list(story.unions)))
            told += unions if len(unions) == 1 else []
    return out, told


def _called_by_another(
    strikers: list[str],
    against: list[str],
    fact: Found,
    when: tuple[int | None, int | None],
    s: Any,
    index: EvidenceIndex,
    k: Knowledge,
) -> bool:
    """True when a page's fact says unions other than the claimed strikers called the
    strike, the same strike as far as employers and dates tell, on a page that names the
    claimed strikers too (in another part: joining, backing) and never gives them the
    call."""
    f_strikers = list(fact.fields.get("strikers", []))
    if not fact.fields.get("called") or not f_strikers or fact.fields.get("denied"):
        return False
    if any(_common_words(n, k) for n in f_strikers):
        return False  # "the strike called by teachers": whose call is not told
    if not _same_strike(against, list(fact.fields.get("against", [])), when, fact.fields, k):
        return False
    page_text = index.pages[s.page].text
    if not all(_named_in(n, page_text, page_text, k) for n in strikers):
        return False
    for i in index.page_entries(s.page):
        for other in index.facts(i):
            theirs = list(other.fields.get("strikers", []))
            if (
                other.rule.type == "strike"
                and other.fields.get("called")
                and overlap(strikers, theirs, k)
            ):
                return False  # the page gives them the call too
    return True


def _another_union_s(
    strikers: list[str],
    against: list[str],
    when: tuple[int | None, int | None],
    fact: Found,
    s: Any,
    entry: int,
    index: EvidenceIndex,
    k: Knowledge,
    details: Details,
) -> list[str]:
    """The unions a page gives the strike (or lockout) a claim gives its strikers, when
    the page tells the same strike (an employer the claim names, in the sentence or its
    paragraph) and names the claimed strikers nowhere in its own words (a teaser of a
    related story is not the page's): the sentence's unions, else its paragraph's, its
    infobox's or its story's. Empty when the page does not tell, or when the claim names
    its strikers by common words ("drivers"), which any union's members may be."""
    if not against or fact.fields.get("denied"):
        return []
    if any(_common_words(n, k) for n in strikers):
        return []
    year, month = when
    for mine, theirs in ((year, fact.fields.get("year")), (month, fact.fields.get("month"))):
        if mine and theirs and mine != theirs:
            return []  # another year's or month's strike
    page_text = index.pages[s.page].text
    f_strikers = list(fact.fields.get("strikers", []))
    # "Controllers at X will stop work in a strike called by the A and B unions": the
    # sentence gives the claimed employer's strike its callers by name. The page may
    # name the claimed union too, for another strike, in paragraphs that never name
    # the claimed employer: it still gives this strike to others.
    apart = _callers_named_apart(strikers, against, fact, s, index, k)
    if not apart and any(_named_in(n, page_text, page_text, k) for n in strikers):
        return []
    story = story_parties(index, s.page)
    infobox = infobox_parties(index, s.page)
    if not apart and overlap(strikers, bodies([*story.unions, *infobox.unions]), k):
        return []  # the page names them, by a name of theirs it never shortens
    # A page that puts the claim's employer where its strikers go ("Workers at the
    # state carrier Velmora Post struck") tells the employer's own workforce striking,
    # not another union: that is no conflict on whose strike it was.
    unions = [n for n in f_strikers if not _common_words(n, k) and not overlap([n], against, k)]
    if not unions and any(overlap([n], against, k) for n in f_strikers):
        return []
    if not unions:
        for said in (paragraph_parties(index, entry), infobox, story):
            if bodies(list(said.unions)):
                unions = bodies(list(said.unions))
                break
    if not unions or overlap(strikers, unions, k):
        return []
    if not details.called and not tied(details, index, s.page):
        # An employer is struck more than once: nothing but its name ties the page's
        # strike to the claim's. (A claim that its strikers called the strike says
        # whose it was, and is answered by whoever the page gives the call.)
        return []
    f_against = list(fact.fields.get("against", [])) or page_back_employers(index, entry)
    f_against += list(infobox_parties(index, s.page).employers)
    # "Handelsverband Deutschland (HDE)": the page's short name for its employer counts.
    if overlap(against, page_named(f_against, page_text), k):
        return unions
    # The sentence's paragraph names the claim's employer, by any alias.
    block = [
        index.sentences[i].text
        for i in index.page_entries(s.page)
        if index.sentences[i].sentence.block == s.sentence.block
    ]
    told = any(index.mentions_in(text, a, s.page) for text in block for a in against)
    return unions if told else []


# How an assessment opens that gives the claim's strike to another union.
_ANOTHER_S = "the strike of "


def _callers_named_apart(
    strikers: list[str], against: list[str], fact: Found, s: Any, index: EvidenceIndex, k: Knowledge
) -> bool:
    """True when a page's sentence names a claimed employer and gives a strike's call to
    unions by name, none of them the claimed strikers, and no paragraph of the page names
    a claimed striker together with a claimed employer."""
    f_strikers = list(fact.fields.get("strikers", []))
    if not fact.fields.get("called") or not f_strikers or fact.fields.get("lockout"):
        return False
    if any(_common_words(n, k) for n in f_strikers) or overlap(strikers, f_strikers, k):
        return False
    if not any(index.mentions_in(s.text, a, s.page) for a in against):
        return False
    page_text = index.pages[s.page].text
    blocks: dict[int, list[str]] = {}
    for i in index.page_entries(s.page):
        other = index.sentences[i]
        blocks.setdefault(other.sentence.block, []).append(other.text)
    for texts in blocks.values():
        text = " ".join(texts)
        if any(_named_in(n, text, page_text, k) for n in strikers) and any(
            index.mentions_in(text, a, s.page) for a in against
        ):
            return False
    return True


# Words without which a sentence tells no stoppage: cheap to search before its facts
# are read.
_STOPPAGE_HINT = re.compile(
    r"strik|walk|stoppage|sick|picket|industrial\s+action|tools|stayed\s+off|logged\s+off"
    r"|bylines",
    re.IGNORECASE,
)


def _told_as_another_s(
    strikers: list[str],
    against: list[str],
    when: tuple[int | None, int | None],
    ranked: set[int],
    index: EvidenceIndex,
    k: Knowledge,
    details: Details,
) -> list[Assessment]:
    """A page sentence, not ranked for the claim, telling the claim's strike (on a page
    that names its employer) as another union's: see :func:`_another_union_s`."""
    for page in range(len(index.pages)):
        if not any(index.mentions(page, a) for a in against):
            continue
        for i in index.page_entries(page):
            s = index.sentences[i]
            if i in ranked or s.fact is not None or not _STOPPAGE_HINT.search(s.text):
                continue
            for fact in index.facts(i):
                if fact.rule.type != "strike":
                    continue
                others = _another_union_s(strikers, against, when, fact, s, i, index, k, details)
                if others:
                    said = f"{_ANOTHER_S}{others[0]}, not {joined(strikers)}"
                    weight = DENIAL_SCORE / 100 * CONTEXT_WEIGHT * OTHER_EMPLOYER_WEIGHT
                    return [Assessment(i, "contradicts", weight, DENIAL_SCORE, said)]
    return []


def _strike_facts(index: EvidenceIndex, entry: int) -> bool:
    """True when a sentence tells of a strike, as a rule reads one (not a lockout)."""
    return any(
        f.rule.type == "strike" and not f.fields.get("denied") and not f.fields.get("lockout")
        for f in index.facts(entry)
    )


def _named_nearby(
    fact: Found, s: Any, entry: int, index: EvidenceIndex, around: str, k: Knowledge
) -> list[str]:
    """The employers of a page's strike (its sentence's, the strike it tells again, or
    its infobox's) that ``around``, the draft's words about a claim naming none, names
    too: the claim's strike is then the page's. Empty without ``around``."""
    if not around:
        return []
    employers = list(fact.fields.get("against", [])) or page_back_employers(index, entry)
    employers += list(infobox_parties(index, s.page).employers)
    page_text = index.pages[s.page].text
    return [e for e in dict.fromkeys(employers) if _named_in(e, around, page_text, k)]


def _named_in(name: str, text: str, page_text: str, k: Knowledge) -> bool:
    """True when ``text`` names the party ``name`` by any alias or short name its page
    defines."""
    org = k.organisations.get(name)
    names = org.aliases + org.context_aliases if org else (name,)
    if named_any(page_aliases(names, page_text)).search(text) is not None:
        return True
    # By its initials in capitals, as a page of its own often calls it without defining
    # them ("Kessel Dock Workers Union" is the KDWU of "KDWU members walked out").
    shorts = {initials(n) for n in names if len(n.split()) >= 3}
    return any(re.search(rf"\b{s}\b", text) for s in shorts if len(s) >= 3)


def _disputes(
    strikers: list[str],
    against: list[str],
    kind: tuple[bool, int | None],
    candidates: list[Candidate],
    cited: set[int],
    index: EvidenceIndex,
    view: ArticleView,
) -> list[Assessment]:
    """What the disputes of the candidates' pages and the claim's cited pages, as their
    infoboxes give them, say of a claim of ``strikers`` against ``against``, a lockout
    or not, in a year (see strike_disputes). Strikers told by their trade are no union
    ("Calloway dockers" against Calloway are a trade of its), and a dispute whose
    strikers' side names other trades ("Orvane Mills loom workers") is not theirs."""
    k = view.knowledge
    alone = [_trade_alone(n, against) for n in strikers]
    trades = [n for n in alone if _common_words(n, k)]
    unions = [n for n, a in zip(strikers, alone, strict=True) if a not in trades]
    told = ClaimedStrike(unions, against, *kind)
    date_regex = view.extractor.ruleset.macros.date
    pages = sorted(cited | {index.sentences[c.index].page for c in candidates})
    out: list[Assessment] = []
    for page in pages:
        dispute = page_dispute(index, page, date_regex)
        told_whole = dispute is not None
        dispute = dispute or story_dispute(index, page, against)
        if dispute is not None and not told_whole:
            # The story's unions as one each, less those it names only in a denial.
            unions = _not_denied(distinct_parties(bodies(list(dispute.unions))), index, page)
            dispute = replace(dispute, unions=tuple(unions))
        if dispute is None:
            continue
        # A dispute whose strikers are other trades is not theirs, unless it names the
        # claim's trade too ("Journalists at X end strike" over "Reporters and designers
        # at X walked out").
        if _other_trades(trades, [*dispute.unions, *dispute.trades], k) and not any(
            _trade_in(t, dispute.row) for t in trades
        ):
            continue
        page_text = index.pages[page].text

        def same(claimed: list[str], listed: list[str], page_text: str = page_text) -> list[str]:
            names = page_named(listed, page_text) + bracketed_shorts(tuple(listed), page_text)
            return overlap(claimed, names, k)

        if told_whole and not dispute.unions:
            dispute = _sides_by_elimination(dispute, against, same, index)

        weight = CONTEXT_WEIGHT if page in cited else CONTEXT_WEIGHT * EMPLOYER_LEFT_OUT_WEIGHT
        # A news story need not name every party: it bears a claim out, never goes
        # against it.
        exhaustive = page in cited and told_whole
        # "Kelmouth's dockers" where the page tells Kelmouth as a place: whose dockers
        # by where they work, no employer the dispute's parties should list.
        employers = [a for a in against if not named_as_place(a, page_text)]
        told_here = told if employers == against else replace(told, employers=employers)
        out += dispute_findings(told_here, dispute, exhaustive=exhaustive, same=same, weight=weight)
    return out


def _trade_in(trade: str, text: str) -> bool:
    """True when ``text`` names ``trade``: its words in order, a few words apart at most
    ("lashing crews" in "lashing and unlashing crews", "night drivers" in "night and
    weekend drivers")."""
    words = [w for w in re.findall(r"[\w'’-]+", trade) if w.lower() != "members"]
    if not words:
        return False
    gap = r"(?:\W+[\w'’-]+){0,3}?\W+"
    pattern = gap.join(re.escape(w) for w in words)
    return re.search(rf"(?<!\w){pattern}(?!\w)", text, re.IGNORECASE) is not None


def _story_employer_otherwise(
    weak: list[Assessment],
    against: list[str],
    cited: set[int],
    index: EvidenceIndex,
    k: Knowledge,
    locked: bool = False,
) -> list[Assessment]:
    """A cited story that bears out the claim's strikers in a sentence naming no
    employer, while its headline and opening tell the stoppage against another employer
    and its own story never names the claimed one, goes against the claim: its strike
    was against that other employer ("the walkout, aimed at X" where the cited story of
    the walkout names Y as the company struck, and X only in a related story's link).
    Who ``locked`` the workers out is their employer by that role, never a place."""
    out: list[Assessment] = []
    parsers = index.extractor.parsers
    if not locked and not all(parsers.is_company_name(a) or a in k.organisations for a in against):
        return []  # "at the Tarn ground": maybe a place, which a story need not name
    for page in sorted({index.sentences[a.index].page for a in weak} & cited):
        dispute = story_dispute(index, page, against)
        if dispute is None or overlap(against, list(dispute.employers), k):
            continue
        story = " ".join(
            index.sentences[i].text
            for i in index.page_entries(page)
            if index.sentences[i].fact is None and index.sentences[i].sentence.role in _STORY_ROLES
        )
        page_text = index.pages[page].text
        if any(_named_in(a, story, page_text, k) for a in against):
            continue
        said = f"the strike against {joined(dispute.employers)} ({dispute.where})"
        weight = CONTEXT_WEIGHT * OTHER_EMPLOYER_WEIGHT
        out.append(Assessment(dispute.entry, "contradicts", weight, CITED_SENTENCE_SCORE, said))
    return out


def _sides_by_elimination(
    dispute: PageDispute,
    against: list[str],
    same: Callable[[list[str], list[str]], list[str]],
    index: EvidenceIndex,
) -> PageDispute:
    """An infobox's two parties, neither a union by its name ("Night Cleaners'
    Collective; Brightwell Facilities Ltd"): where one is the claim's employer, the other,
    being neither a company by its form or the tables nor a public body, is the
    workers' side."""
    if len(dispute.employers) != 2 or not against:
        return dispute
    struck = [e for e in dispute.employers if same(against, [e])]
    if len(struck) != 1:
        return dispute
    other = next(e for e in dispute.employers if e != struck[0])
    if index.extractor.parsers.is_company_name(other) or public_body(other):
        return dispute
    return replace(dispute, unions=(other,), employers=(struck[0],))


# A sentence tying a union to the workers or their strike: "the crews belong to X", "are
# represented by X", "members of X", "the sick-out was organised by X".
_UNION_TIE = re.compile(
    r"\b(?:belong(?:s|ed|ing)?\s+to|members?\s+of|represented\s+by|"
    r"(?:called|organi[sz]ed|co-?ordinated|led|backed)\s+(?:[a-z]+ly\s+)?by)\b",
    re.IGNORECASE,
)


# Whose members workers are, by a named union: "represented by the Orla Porters Guild",
# "who belong to SEU Local 41", "members of the KFU".
_REPRESENTED_BY = re.compile(
    r"\b(?:represented\s+by|belong(?:s|ed|ing)?\s+to|members\s+of)\s+(?:the\s+)?"
    rf"((?-i:[{UPPER}][\w'’&.-]*)(?:\s+(?:(?-i:[{UPPER}][\w'’&.-]*)|\d+(?!\s*%)"
    r"|(?:of|and|for|&)(?=\s+(?-i:[A-Z]))))*)",
    re.IGNORECASE,
)


def represented_otherwise(claim_text: str, page_sentence: str, page_text: str) -> str | None:
    """The union a page sentence gives as the workers' own where the claim gives them
    another: "clerks, represented by SEU Local 41, also struck" against "the clerks,
    represented by SEU Local 14, held a strike of their own". None where either names
    no such union, or the page's is the claim's by any name it defines for either."""
    ours, theirs = _REPRESENTED_BY.search(claim_text), _REPRESENTED_BY.search(page_sentence)
    if ours is None or theirs is None:
        return None
    # Each by the short names the claim and the page give it in brackets too.
    ours_named = (ours.group(1), *bracketed_shorts((ours.group(1),), claim_text))
    theirs_named = (theirs.group(1), *bracketed_shorts((theirs.group(1),), page_text))
    mine = page_aliases(ours_named, page_text)
    found = page_aliases(theirs_named, page_text)
    if any(same_party(a, b) for a in mine for b in found):
        return None
    # "members of X and Y struck": the claim's union among them, in the clause that
    # gives the workers theirs.
    start = max(page_sentence.rfind(";", 0, theirs.start()), 0)
    end = page_sentence.find(";", theirs.end())
    if named_any(mine).search(page_sentence[start : end if end >= 0 else None]):
        return None
    return theirs.group(1)


# A claim telling whose members its workers are: "porters represented by X", "clerks who
# belong to X".
_REPRESENTS = re.compile(
    r"\b(?:represented\s+by|belong(?:s|ed|ing)?\s+to|who\s+(?:are|were)\s+members\s+of)\b"
    # "The officers, members of X, walked out": an aside on whose members they are.
    r"|(?-i:[a-z])\w*,\s+(?:all|mostly|both|each)?\s*members\s+of\b",
    re.IGNORECASE,
)
# A claim naming its workers as a union's members: "Members of X staged a stoppage", "X
# and Y members began a go-slow". They may be one union among several a story need not
# name, so only a page that never names the union at all goes against them.
_MEMBERS_NAMED = re.compile(r"\bmembers\s+of\b|(?-i:[A-Z][\w.’'-]*)\s+members\b", re.IGNORECASE)


def _story_otherwise(
    unions: list[str],
    against: list[str],
    year: int | None,
    cited: set[int],
    index: EvidenceIndex,
    k: Knowledge,
    *,
    members: bool = False,
    own: Mapping[str, frozenset[str]] | None = None,
) -> list[Assessment]:
    """What the stories a claim cites say of the union it names, where no sentence bore
    that union out: a cited page whose own story (its title and body, not its teasers)
    tells a strike, ties a union to it (as its strikers, whose members they are, who
    represents them or called it) and never names the claimed one by any name goes
    against the claim ("the stoppage was organised by X" where the cited story has Y
    call it and names X only in a related story's link, or not at all). Its strike is
    the claim's when it names the claim's employer (a claim naming none may tell
    another stoppage); a story stating or dated in other years than the claim's is not.
    Unions named by proper names only: "the nurses' union" may be any of them. Each
    claimed union the story never names goes against the claim, though it names another
    ("X and Y members" where the story has X and Z call the stoppage). Workers told as
    a union's ``members`` only are gone against only by a story naming some of the
    claimed unions and not the others. ``own`` gives each claimed union the other names
    the claim gives it."""
    named = [u for u in unions if any(w[:1].isupper() for w in u.split())]
    if not named or not against:
        return []  # a claim of no employer may tell another stoppage than the story's
    out: list[Assessment] = []
    for page in sorted(cited):
        story = [
            i
            for i in index.page_entries(page)
            if index.sentences[i].fact is None and index.sentences[i].sentence.role in _STORY_ROLES
        ]
        # Its sentences telling the stoppage: read as a strike, or in words of a stoppage
        # no strike form reads ("began a work-to-rule", a word in another language).
        struck = [
            i
            for i in story
            if any(f.rule.type == "strike" and not f.fields.get("denied") for f in index.facts(i))
            or (
                not any(f.rule.type == "strike" for f in index.facts(i))
                and tells_stoppage(index.sentences[i].text, index)
                and not tells_settlement(index.sentences[i].text)
            )
        ]
        if not struck:
            continue
        text = " ".join(index.sentences[i].text for i in story)
        page_text = index.pages[page].text
        # Each claimed union the story never names: "X and Y members struck" where the
        # story has X and Z call it goes against Y.
        # A union named by either of the names the claim gives it is named.
        missing = [
            u
            for u in named
            if not any(_named_in(n, text, page_text, k) for n in (own or {}).get(u, {u}))
        ]
        if not missing:
            continue
        # The unions the story ties to the strike: as its strikers, or as whose members
        # the workers are, who represents them or who called it.
        tied = [
            u
            for i in story
            if i in struck or _UNION_TIE.search(index.sentences[i].text)
            for u in sentence_parties(index, i).unions
        ]
        # "The action was called by X and Y": the bodies named right after the tie are
        # the workers' by that role, whatever their names' form.
        tied += [u for i in story for u in tied_by_role(index, i)]
        theirs = _not_denied(distinct_parties(bodies(tied)), index, page)
        if not theirs or overlap(missing, page_named(theirs, page_text), k):
            continue
        if members and len(missing) == len(named):
            # Workers told as a union's members may be one union among several a story
            # need not name; a story naming some of the claimed unions and not the
            # others lists the strike's unions, and leaves those out.
            continue
        if not any(_named_in(a, text, page_text, k) for a in against):
            continue
        # A story stating other years than the claim's tells another year's strike.
        stated = {int(y) for y in re.findall(r"\b(?:19|20)\d\d\b", text)}
        if year is not None and stated and year not in stated:
            continue
        # A story is dated in its strike's year or the year after it.
        published = (index.pages[page].published or "")[:4]
        if year is not None and published.isdigit() and int(published) not in (year, year + 1):
            continue
        said = f"{joined(theirs)} named as the strike's union (story), not {joined(missing)}"
        out.append(Assessment(struck[0], "contradicts", CONTEXT_WEIGHT, CITED_SENTENCE_SCORE, said))
    return out


# The trade a claim ties to a union: "scaffolders belonging to X", "the officers, members
# of X", "porters represented by X", "clerks who are members of X".
_TRADE_TIED = re.compile(
    r"(?-i:\b([a-z][\w-]*s))\b,?\s+(?:(?:who|that)\s+(?:are|were)\s+|(?:all|mostly)\s+)?"
    r"(?:members\s+of|belong(?:s|ed|ing)?\s+to|represented\s+by)\b",
    re.IGNORECASE,
)


def _members_otherwise(
    text: str,
    unions: list[str],
    against: list[str],
    pages: set[int],
    index: EvidenceIndex,
    k: Knowledge,
) -> list[Assessment]:
    """A page sentence that ties the claim's trade at the claim's employer to another
    union ("scaffolders employed by X, also members of Y, left the job") on a page that
    never names the claimed union goes against a claim giving that trade to the claimed
    union ("scaffolders belonging to Z walked off X's site")."""
    named = [u for u in unions if any(w[:1].isupper() for w in u.split())]
    tied = _TRADE_TIED.search(text)
    if not named or not against or tied is None:
        return []
    trade = tied.group(1).lower()
    if trade in _GENERIC or trade in ("members", "others"):
        return []
    out: list[Assessment] = []
    for page in sorted(pages):
        page_text = index.pages[page].text
        if any(_named_in(u, page_text, page_text, k) for u in named):
            continue
        for i in index.page_entries(page):
            sentence = index.sentences[i]
            if sentence.fact is not None or sentence.sentence.role not in _STORY_ROLES:
                continue
            low = sentence.text.lower()
            if re.search(rf"\b{re.escape(trade)}\b", low) is None:
                continue
            if not _UNION_TIE.search(sentence.text):
                continue
            if not any(_named_in(a, sentence.text, page_text, k) for a in against):
                continue
            found = list(sentence_parties(index, i).unions)
            # "also members of the CATU": a short form the page defines for a union.
            found += [
                long
                for long, short in defined_names(page_text)
                if re.search(rf"\b{re.escape(short)}\b", sentence.text)
                and index.extractor.parsers.is_union_name(long, index.context(page))
            ]
            theirs = _not_denied(distinct_parties(found), index, page)
            if not theirs or overlap(named, page_named(theirs, page_text), k):
                continue
            said = (
                f"{trade} at {joined(against[:1])} members of {joined(theirs)}, not {joined(named)}"
            )
            weight = CONTEXT_WEIGHT * OTHER_EMPLOYER_WEIGHT
            out.append(Assessment(i, "contradicts", weight, CITED_SENTENCE_SCORE, said))
            break
    return out


def _hired_there(
    strikers: list[str], against: list[str], page_text: str, k: Knowledge
) -> tuple[str, str] | None:
    """A claimed employer and the words of a page that tell the claim's strikers, named
    by their trade, as employed by it: the page's strike at a site of its naming is
    then theirs against it. None for strikers named otherwise."""
    for striker in strikers:
        if not _common_words(striker, k):
            continue
        trade = striker.split()[-1]
        for name in against:
            if said := employed_by(page_text, trade, name):
                return name, said
    return None


def named_as_place(name: str, page_text: str) -> bool:
    """True when a page names ``name`` as where something happened ("dockers in
    Kelmouth", "across Kelmouth", "the province of Kelmouth"): a claimed employer that is
    a place to the page (a city's possessive, "Kelmouth's dockers") is no party its
    infobox leaves out."""
    # A sentence may open with the place ("In Kelmouth, dockers ...").
    where = rf"(?:\b(?i:in|across|throughout|around)\s+|{_PLACE_OF}){re.escape(name)}(?![\w'’])"
    return re.search(where, page_text) is not None


# The noun of a place that is no body before its name: "the province of Kelmouth", "Region
# of Tarn" (not "the Port of Kelmouth", which may be the employer).
_PLACE_OF = (
    r"\b(?i:province|region|county|district|prefecture|municipality|canton|"
    r"governorate|oblast|island)\s+of\s+"
)


def _other_trades(trades: list[str], listed: Sequence[str], k: Knowledge) -> bool:
    """True when a dispute's strikers' side names trades ("Reporters", or "Orvane Mills
    loom workers": the lower-case words that end an item) and none is one of the claim's."""
    told = [
        item if _common_words(item, k) else " ".join(_TRADE_TAIL.findall(item)) for item in listed
    ]
    told = [t for t in told if t and not _UNION_WORD.search(t)]
    if not trades or not told:
        return False
    return not (same_trade(trades, told, k, denied=False) or kin(trades, told, k, denied=False))


# The lower-case words that end a name: "Orvane Mills loom workers" tells a trade.
_TRADE_TAIL = re.compile(r"(?<![\w'’])[a-z][\w'’-]*(?=(?:\s+[a-z][\w'’-]*)*\s*$)")
_UNION_WORD = re.compile(
    r"\b(?:unions?|guilds?|federations?|associations?|committees?|collectives?|councils?|"
    r"networks?|alliances?|coalitions?|assembl(?:y|ies))\b"
)


_NO_PARTY = " no party to the dispute"


def _no_party_outweighs(assessments: list[Assessment], index: EvidenceIndex) -> list[Assessment]:
    """A page that says a claimed employer is no party to the dispute goes against the
    claim's strike against it; what the same page bears out through the claim's other
    employers or sites ("loaders at the Corby depot") does not outweigh that. A report
    on that page naming the denied employer itself still stands beside the denial, unless
    it took that employer from its paragraph (which may be the denial's own)."""
    denied: dict[int, list[str]] = {}
    for a in assessments:
        if a.stance == "contradicts" and _NO_PARTY in (a.found or ""):
            page = index.sentences[a.index].page
            denied.setdefault(page, []).append((a.found or "").split(_NO_PARTY, 1)[0])
    return _less_support_on(
        assessments,
        index,
        set(denied),
        lambda a: (
            any(name in (a.found or "") for name in denied[index.sentences[a.index].page])
            and not (a.found or "").endswith("(paragraph)")
        ),
    )


def _beside_own(
    assessments: list[Assessment],
    strikers: Sequence[str],
    against: Sequence[str],
    index: EvidenceIndex,
) -> list[Assessment]:
    """The assessments less what a page that bears out the claim's own strike tells
    beside it: another branch's strike ("Local 12 walked out too", two locals may strike
    in one summer), or the same strike told at a workplace ("picketed outside the
    Central Library") where the page gives the claimed employer. A page bearing out the
    claimed strikers against the claimed employer tells of them; what else it tells of
    is another local's stoppage or a site of that employer, not the claim's strike
    given to someone else."""
    own: dict[int, tuple[bool, bool]] = {}
    for a in assessments:
        if a.stance != "supports" or not a.found or " against " not in a.found:
            continue
        who, whom = a.found.split(" against ", 1)
        page = index.sentences[a.index].page
        by_them = any(n in who for n in strikers)
        at_it = any(e in whom for e in against)
        was = own.get(page, (False, False))
        own[page] = (was[0] or by_them, was[1] or (by_them and at_it))
    if not own:
        return assessments
    kept: list[Assessment] = []
    for a in assessments:
        page = index.sentences[a.index].page
        them, there = own.get(page, (False, False))
        found = a.found or ""
        if a.stance == "contradicts" and them and _branch_rival(found, strikers):
            continue  # another local's strike beside the claimed local's own
        if a.stance == "contradicts" and there and " against " in found:
            rival = found.split(" against ", 1)[1]
            rival = re.sub(r"\s+\([^()]*\)$", "", rival)
            text = index.pages[page].text
            rivals = re.split(r",\s+|\s+and\s+", rival)
            if all(site_name(r, text) or _longer_name(r, against) for r in rivals):
                # A workplace of the employer the page gives the strike against, or
                # that employer's longer name ("Orla" and "Orla-Tarn Oyj").
                continue
        kept.append(a)
    return kept


def _denied_outweighs_trade(
    assessments: list[Assessment], strikers: Sequence[str], index: EvidenceIndex
) -> list[Assessment]:
    """The assessments less what a page bore out only through the trade or the workforce
    ("care workers at X went on strike") where the same page denies that the union the
    claim names took part ("the Y union ... was not involved"): the page tells the strike
    and says it was not that union's, so it goes against the claim, not with it."""
    denied = {
        index.sentences[a.index].page
        for a in assessments
        if a.stance == "contradicts" and any(a.found == f"{n} not on strike" for n in strikers)
    }
    return _less_support_on(
        assessments, index, denied, lambda a: any(n in (a.found or "") for n in strikers)
    )


def _less_support_on(
    assessments: list[Assessment],
    index: EvidenceIndex,
    pages: set[int],
    stands: Callable[[Assessment], bool],
) -> list[Assessment]:
    """The assessments less the supports found on ``pages`` that ``stands`` does not
    keep: a page that goes against the claim outweighs what it bears out otherwise."""
    if not pages:
        return assessments
    return [
        a
        for a in assessments
        if a.stance != "supports" or index.sentences[a.index].page not in pages or stands(a)
    ]


def _longer_name(name: str, claimed: Sequence[str]) -> bool:
    """True when ``name`` is one of ``claimed`` with more of its name after it, joined by
    a hyphen or a space ("Orla-Tarn" for "Orla", "Orla Group plc" for "Orla Group")."""
    return any(
        re.match(rf"{re.escape(c)}[-\s]+(?-i:[{UPPER}])", name) is not None for c in claimed if c
    )


def _branch_rival(found: str, strikers: Sequence[str]) -> bool:
    """True when ``found`` gives the strike to another numbered branch of the claimed
    strikers' union ("Local 12 on strike, not Local 40")."""
    m = re.fullmatch(r"(.+) on strike, not (.+)", found)
    if not m:
        return False
    return any(numbered(n) and n in m.group(2) for n in strikers) and numbered(m.group(1))


def _lockouts_outweighed(assessments: list[Assessment], index: EvidenceIndex) -> list[Assessment]:
    """The assessments less a lockout on a page that also reports the strike: a lockout
    may answer a strike ("the company locked out the rest of the staff")."""
    struck = {
        index.sentences[a.index].page
        for a in assessments
        if a.stance == "supports" and not (a.found or "").endswith(_LOCKOUT)
    }
    return [
        a
        for a in assessments
        if not ((a.found or "").endswith(_LOCKOUT) and index.sentences[a.index].page in struck)
    ]


def _lockout_halves(assessments: list[Assessment]) -> list[Assessment]:
    """What a lockout bears out of a strike claim when it is all that goes against it:
    that those parties' work stopped. A page telling only of the employer's lockout
    says the work stopped but not that the workers stopped it: mixed at most, never
    contradicted on that alone (a page that also says the strike never happened still
    goes against it)."""
    against = [a for a in assessments if a.stance == "contradicts"]
    if not against or any(a.stance == "supports" for a in assessments):
        return []
    if not all((a.found or "").endswith(_LOCKOUT) for a in against):
        return []
    return [
        replace(a, stance="supports", found=(a.found or "").replace(_LOCKOUT, "work stopped"))
        for a in against
    ]


# Why a claim of a strike only planned or threatened is left unverified: no page told
# such a plan (a strike held bears out no plan).
_PLANNED = "The claim tells a strike planned or threatened; no source tells that plan."


class StrikeComparator:
    """Parties to a strike."""

    def queries(self, claim: Claim, view: ArticleView) -> list[str]:
        """Strikers, employers and the word strike."""
        against = " ".join(claim.fields.get("against", []))
        out = []
        for striker in claim.fields.get("strikers", []):
            out += [f"{striker} strike against {against}", f"{striker} on strike walkout"]
        return out

    def assess(
        self, claim: Claim, candidates: list[Candidate], index: EvidenceIndex, view: ArticleView
    ) -> Findings:
        """Supported when sources show the same strikers against the same employers (or
        the group they belong to); contradicted when the same strikers struck someone
        else, or a source says the named group did not strike."""
        k = view.knowledge
        # A plan is no event: a page's strike that took place is not the one planned, nor
        # is a page's denial or averted strike a denial of the plan. A plan is read only
        # against the plans pages tell ("have voted to walk out", "are to strike").
        planned = bool(claim.fields.get("planned"))
        strikers: list[str] = list(claim.fields.get("strikers", []))
        against: list[str] = list(claim.fields.get("against", []))
        # The claim's own cited pages are read whole for this strike, however worded.
        candidates = with_cited(
            candidates, index, set(view.primary.get(claim.id, set())), None, sentences=True
        )
        year, month = time_of(claim, view)
        sites = claimed_sites(claim.fields)
        cited = set(view.primary.get(claim.id, set()))
        # "The union's other locals joined the walkout": the rest of a body, which a
        # page's denial of the rest of it goes against.
        rest = rest_of(claim.text)
        negation = frozenset(k.words("negation"))
        covered: set[str] = set()
        named_at: set[str] = set()
        employers_seen: set[str] = set()
        assessments: list[Assessment] = []
        weak: list[Assessment] = []
        parties = strikers + [a for a in against if a not in strikers]
        # The claim's union by its name and the short name the claim gives it: one party.
        own = own_short_names(strikers, claim.sentence.text)
        # "Halden employees joined the walkout": strikers named as an employer's whole
        # workforce, whom a page saying Halden's staff kept working goes against.
        workforces = [e for n in strikers if (e := _workforce_of(n, k)) and e not in against]
        # "The owners locked out the guild": a lockout is borne out by a lockout, and a
        # page's denial that the workers struck, or its lockout, is no denial of it.
        locked = bool(claim.fields.get("lockout"))
        # The claim says its strikers called the strike: a page that gives the call to
        # another union goes against it.
        called = bool(claim.fields.get("called"))
        # Whose strike the claim tells, for whose it was on a page: its employers, or
        # those of the strike it tells again ("The walkout was called by X").
        back = claim_back(claim, view)
        told_of = against or (list(back.fields.get("against", [])) if back else [])
        details = details_of([claim, *([back] if back else [])], year, month)
        # A claim naming no employer ("The stoppage, called by the X union, ...") tells
        # the strike against whichever employer its sentence or paragraph names.
        around = claim_around(claim, view) if called and not told_of else ""
        date_regex = view.extractor.ruleset.macros.date
        page_dates = _PageDates(index, date_regex)

        for cand in candidates:
            s = index.sentences[cand.index]
            weight = cand.score / 100
            prevented = (
                []
                if locked or planned
                else _prevented(parties, index, cand, (year, month), k, strikers, sites)
            )
            assessments += prevented
            if locked and not planned:
                # "Management locked out the guild" and a page's "the company did not
                # attempt a lockout".
                assessments += _lockout_denied(against, index, cand, k, year)
            facts = [f for f in index.facts(cand.index) if f.rule.type == "strike"]
            if planned:
                # A plan is told as one ("are to strike") or as a vote for the action
                # ("members endorsed a walkout by ballot").
                vote = about_a_vote(s.text, k)
                facts = [f for f in facts if vote] + [
                    f for f in index.plans(cand.index) if f.rule.type == "strike"
                ]
            unhappened = not_happened(s.text) if facts and not (locked or planned) else None
            if unhappened and (prevented or _clause_elsewhere(s.text, unhappened, sites, parties)):
                # "A strike by nurses at Pellham was averted" tells of no strike, at
                # Pellham or at any other employer it names.
                facts = []
            for fact in facts:
                if bool(fact.fields.get("lockout")) != locked:
                    continue  # a lockout tells no strike, and a strike no lockout
                f_strikers = list(fact.fields.get("strikers", []))
                f_against = list(fact.fields.get("against", []))
                if not f_against and _told_whole(fact.fields, facts, k):
                    continue  # "The 2023 X strike was one in which X struck Y": Y's strike
                if not strikers:
                    # "the 2019 Halberd Motors strike": the employer's strike, whoever struck.
                    assessments += _employer_strike(against, (year, month), fact.fields, cand, k)
                    continue
                page_text = index.pages[s.page].text
                f_named = page_named(f_strikers, page_text)
                common = [n for n in strikers if overlap(sorted(own[n]), f_named, k)]
                if not common and against and overlap(against, f_against, k):
                    # Trades are told apart by their employer: "ground staff" of one
                    # carrier are not the baggage handlers of its contractor.
                    denied_here = bool(fact.fields.get("denied"))
                    common = (
                        kin(strikers, f_strikers, k, denied=denied_here)
                        or same_trade(strikers, f_strikers, k, denied=denied_here)
                        or tied_only(strikers, k)
                    )
                if not common and against and not f_against:
                    # "Testers walked out" on a page whose infobox or paragraph names the
                    # claimed employer: a trade told by its head noun alone, at the same
                    # employer, is the claim's "quality assurance testers".
                    # "Raven testers" are Raven's testers: the trade, whose employer the
                    # claim names, is told by the page's infobox on the strikers' side
                    # ("Raven Software quality assurance workers") or its employers.
                    told_against, _ = _context_employers(index, cand.index, against, k)
                    box_unions = infobox_parties(index, s.page).unions
                    if overlap(against, told_against, k) or any(
                        _named_in(a, u, page_text, k) for a in against for u in box_unions
                    ):
                        denied_here = bool(fact.fields.get("denied"))
                        trades = {_trade_alone(n, against): n for n in strikers}
                        heads = same_trade(list(trades), f_strikers, k, denied=denied_here) or kin(
                            list(trades), f_strikers, k, denied=denied_here
                        )
                        common = [trades[n] for n in heads]
                if not common and against:
                    # "Carrow Water staff struck" and "Employees of the utility Carrow
                    # Water struck": one workforce, named by its employer both times.
                    common = whole_workforce(strikers, f_strikers, f_against, against, k)
                    if common and not f_against:
                        f_against = [n for n in f_strikers if overlap([n], against, k)]
                # Where the page names a party the sentence leaves out, and how that counts.
                told, where = 1.0, ""
                if (
                    not common
                    and all(_common_words(n, k) for n in f_strikers)
                    and may_deny(negation).search(s.text) is None
                ):
                    # "Teachers walked off the job": the union is the one the paragraph
                    # or the infobox names (not where the strike is averted or denied).
                    unions, said = _context_unions(index, cand.index)
                    common = overlap(strikers, unions, k)
                    if common:
                        f_strikers, told, where = unions, CONTEXT_WEIGHT, said
                rivals = _other_branches(strikers, f_strikers, common, index, cand.index)
                if rivals and _same_strike(against, f_against, (year, month), fact.fields, k):
                    # "Teamsters Local 710 struck Orrin Freight": not Local 120's strike.
                    said = f"{joined(rivals)} on strike, not {joined(strikers)}"
                    assessments.append(
                        Assessment(cand.index, "contradicts", weight, cand.score, said)
                    )
                    continue
                if not common:
                    # Workers named by their trade call a strike through a union: a
                    # page's union calling it does not go against them.
                    by_trade = all(_common_words(n, k) for n in strikers)
                    if (
                        called
                        and not by_trade
                        and _called_by_another(strikers, against, fact, (year, month), s, index, k)
                    ):
                        # "It was the X union that called the strike" where the page says Y
                        # called it and names X in another part: the roles are reversed.
                        said = f"the strike called by {joined(f_strikers)}, not {joined(strikers)}"
                        weight_here = weight * OTHER_EMPLOYER_WEIGHT
                        assessments.append(
                            Assessment(cand.index, "contradicts", weight_here, cand.score, said)
                        )
                    elif others := _another_union_s(
                        strikers,
                        told_of or _named_nearby(fact, s, cand.index, index, around, k),
                        (year, month),
                        fact,
                        s,
                        cand.index,
                        index,
                        k,
                        details,
                    ):
                        # The page tells this strike (the claim's employer, in the sentence
                        # or its paragraph) as another union's and never names the claimed
                        # one: it was not theirs to call.
                        said = f"{_ANOTHER_S}{others[0]}, not {joined(strikers)}"
                        weight_here = weight * CONTEXT_WEIGHT * OTHER_EMPLOYER_WEIGHT
                        assessments.append(
                            Assessment(cand.index, "contradicts", weight_here, cand.score, said)
                        )
                    continue
                if told < 1 and against and not overlap(against, f_against, k):
                    # Strikers the sentence leaves to its page: the employer it names
                    # ("at Lenmark's hospitals") may be a place; the page's parties decide.
                    f_against = []
                unlisted: list[str] = []
                if not f_against:
                    f_against, said = _context_employers(index, cand.index, against, k)
                    if f_against:
                        where = where or said
                        told = min(told, CONTEXT_WEIGHT) if said == "paragraph" else told
                    if f_against and said != "paragraph":
                        # An infobox lists every party: a claimed employer it leaves out
                        # was not struck ("against A, B and C" where it lists A and B).
                        box = infobox_parties(index, s.page)
                        listed = list(box.employers)
                        listed += bracketed_shorts(tuple(listed), index.pages[s.page].text)
                        # "Raven Mills loom workers" on the strikers' side lists the
                        # employer whose workers they are.
                        unlisted = [
                            a
                            for a in against
                            if not overlap([a], listed, k)
                            and not any(_named_in(a, u, page_text, k) for u in box.unions)
                            and not named_as_place(a, page_text)
                        ]
                if year and fact.fields.get("year") and fact.fields["year"] != year:
                    continue
                if year and not fact.fields.get("year") and not page_dates.has_year(year, s.page):
                    continue  # a sentence of no year on a page about another year's dispute
                if year and not _of_story_week(s.text, index.pages[s.page].published, year):
                    continue
                if month and fact.fields.get("month") and fact.fields["month"] != month:
                    continue
                if (
                    month
                    and not fact.fields.get("month")
                    and not fact.fields.get("year")
                    and not page_dates.has_month(month, s.page)
                ):
                    continue  # a sentence of no month on a page about another month's dispute
                if unlisted and len(unlisted) < len(against) and not fact.fields.get("denied"):
                    out = f"{joined(unlisted)} not among the parties ({where})"
                    if out not in {a.found for a in assessments}:
                        assessments.append(
                            Assessment(cand.index, "contradicts", weight * told, cand.score, out)
                        )
                if fact.fields.get("denied"):
                    if not rest and _of_the_rest(s.text, s.text[fact.start : fact.end]):
                        continue  # "X's other locals did not join": not the part that struck
                    if _denied_elsewhere(against, fact, page_text, claim, k):
                        continue  # "Clerks at Y did not walk out" says nothing of clerks at X
                    if _theirs_elsewhere(s.text, fact, sites):
                        continue  # "Y was not part of it, and its couriers kept working"
                    if _clause_elsewhere(s.text, s.text[fact.start : fact.end], sites, strikers):
                        continue  # "no stoppage at Y, but its members at X walked out"
                    # "Ticket clerks did not join the walkout" read as a fact: a denial.
                    out = f"{joined(common)} not on strike"
                    assessments.append(
                        Assessment(cand.index, "contradicts", weight, cand.score, out)
                    )
                    continue
                if rest and not _of_the_rest(s.text, s.text[fact.start : fact.end]):
                    continue  # "X's other locals joined": X's strike is the part's, not theirs
                stance: Stance
                if not against or not f_against:
                    stance = "supports"
                    weight_here = weight * (
                        UNNAMED_EMPLOYER_WEIGHT if not against else EMPLOYER_LEFT_OUT_WEIGHT
                    )
                elif overlap(against, f_against, k) or _by_page_names(
                    against, f_against, page_text, claim, k
                ):
                    stance, weight_here = "supports", weight
                    if other_union := represented_otherwise(claim.text, s.text, page_text):
                        # The same workers at the same employer, given to another union:
                        # its strike, not the claimed union's.
                        stance, weight_here = "contradicts", weight * OTHER_EMPLOYER_WEIGHT
                        f_strikers = [f"{joined(f_strikers)} represented by {other_union}"]
                elif _ANOTHER_DISPUTE.search(s.text):
                    continue  # "Separately, the union struck Y": another strike, not this one
                elif hired := _hired_there(strikers, against, page_text, k):
                    # "Cleaners at the Kell Plaza stopped work. The cleaners are employed
                    # by X": the page's site is where X's cleaners work.
                    stance, weight_here = "supports", weight * CONTEXT_WEIGHT
                    f_against, where = [hired[0]], where or hired[1]
                elif cited and s.page not in cited:
                    # A union strikes at many employers: a page the claim does not cite,
                    # telling its strike at another one, tells another strike. Only the
                    # pages it cites say which employer the claim's strike was against.
                    continue
                elif all(_common_words(n, k) for n in strikers):
                    # "Nurses walked out at Eastgate" and a page's nurses at Westgate: no
                    # one party struck both, so neither tells of the other.
                    continue
                elif all(_common_words(a, k) for a in against):
                    # "struck at municipal hospitals": a kind of workplace, no employer
                    # named, so a page's employer goes against nothing the claim says.
                    stance, weight_here = "supports", weight * UNNAMED_EMPLOYER_WEIGHT
                elif all(named_as_place(a, page_text) for a in against):
                    # "walked out at the Tarnby depot of X": what the claim was read to
                    # strike against is the town the page puts the workplace in, no
                    # employer, so the page's employer goes against nothing it says.
                    stance, weight_here = "supports", weight * UNNAMED_EMPLOYER_WEIGHT
                elif told < 1 and all(named_as_site(a, page_text) for a in against):
                    # "struck at the Tarn and Kell mills" and a paragraph naming the
                    # company that runs them: the claim's "employer" is where, to the page.
                    continue
                else:
                    stance, weight_here = "contradicts", weight * OTHER_EMPLOYER_WEIGHT
                weight_here *= told
                if stance == "supports":
                    # "Members of the Sindicato Portuario (SPX)": borne out under either
                    # of the names the claim gives its one union.
                    common = [n for c in common for n in sorted(own.get(c, {c}))]
                    covered.update(common)
                    employers_seen.update(f_against)
                    if not (against and not f_against):
                        # Borne out at the claim's employer, not at one left unnamed.
                        named_at.update(common)
                whom = joined(f_against) if f_against else "an unnamed employer"
                found = f"{joined(f_strikers)} against {whom}" + (f" ({where})" if where else "")
                assessment = Assessment(cand.index, stance, weight_here, cand.score, found)
                # "walks out at three plants" says nothing of which employer: it backs the
                # claim only when no source names another employer.
                (weak if against and not f_against else assessments).append(assessment)
            if planned:
                continue  # who kept working, or was no party, is a word on a strike held
            if not locked:
                assessments += _denials(
                    strikers, index, cand, (year, month), k, sites, rest, called, page_dates
                )
            for name in [*against, *workforces] if not locked else ():
                org = k.organisations.get(name)
                names = org.aliases + org.context_aliases if org else (name,)
                if any(stayed_at_work(s.text, alias, negation) for alias in names):
                    kept = f"workers at {name} still at work"
                    assessments.append(
                        Assessment(cand.index, "contradicts", weight, cand.score, kept)
                    )
                elif words := next((w for n in names if (w := no_party(s.text, n))), None):
                    # "X insists it is not a party to those talks": its contractors' staff
                    # may have struck, but not against X.
                    out = f"{name}{_NO_PARTY} ({words})"
                    assessments.append(
                        Assessment(cand.index, "contradicts", weight, cand.score, out)
                    )
                elif _this_year(s.text, year) and any(spared(s.text, n) for n in names):
                    # "X, owned by the same group, was not affected": wherever the pages
                    # say so, not only on the pages the claim cites (see _places).
                    said = f"the {name} site not on strike"
                    assessments.append(
                        Assessment(cand.index, "contradicts", weight, cand.score, said)
                    )

        # Whether a party struck is told wherever the sources name it, however the
        # sentence ranked: "the smaller union was never in the dispute".
        ranked = {c.index for c in candidates}
        for i in range(len(index.sentences)):
            if i not in ranked and not locked and not planned:
                elsewhere = Candidate(i, DENIAL_SCORE)
                assessments += _denials(
                    strikers, index, elsewhere, (year, month), k, sites, rest, called, page_dates
                )
                assessments += _prevented(
                    parties, index, elsewhere, (year, month), k, strikers, sites
                )
        assessments = _lockouts_outweighed(assessments, index)
        assessments += _lockout_halves(assessments)
        if called and told_of and not assessments and not planned:
            # Whose strike it was is told wherever a page tells the claim's strike,
            # however its sentences ranked against the claim's words.
            assessments += _told_as_another_s(
                strikers, told_of, (year, month), ranked, index, k, details
            )

        if not assessments and not weak and not planned:
            # No sentence told this strike in a form read above: the disputes the pages'
            # infoboxes describe may still be the claim's ("Type: Lockout", "Parties").
            assessments += _disputes(
                strikers, told_of, (locked, year), candidates, cited, index, view
            )

        claimed_unions = [n for n in strikers if not _common_words(_trade_alone(n, told_of), k)]
        # The claim gives the union as the strike's own: who called it, whose members the
        # workers it names are ("nurses represented by X"), or the union of a trade a
        # page bore out. "Members of X walked out at Y" may be one union among several a
        # story need not name.
        owned = called or bool(covered) or _REPRESENTS.search(claim.text) is not None
        members = not owned and _MEMBERS_NAMED.search(claim.text) is not None
        if (
            claimed_unions
            and (owned or members)
            and not locked
            and not planned
            and not named_at.issuperset(claimed_unions)
            and not any(a.stance == "contradicts" for a in assessments)
        ):
            # No sentence bore out the union the claim names: the stories it cites may
            # give the strike to another.
            otherwise = _story_otherwise(
                claimed_unions, told_of, year, cited, index, k, members=members, own=own
            )
            # Every page the sources gave: the reading is strict (the trade, the employer
            # and another union in one sentence), and similarity to the claim's words
            # need not rank such a sentence.
            every = set(range(len(index.pages)))
            otherwise = otherwise or (
                []
                if members
                else _members_otherwise(claim.text, claimed_unions, told_of, every, index, k)
            )
            pages = {index.sentences[a.index].page for a in otherwise}
            # What those pages bore out was the trade alone ("nurses struck X"), not
            # the union the claim gives them.
            assessments = [
                a
                for a in assessments
                if a.stance != "supports" or index.sentences[a.index].page not in pages
            ]
            weak = [a for a in weak if index.sentences[a.index].page not in pages]
            assessments += otherwise

        if not planned:
            assessments += _places(claim, index, view, assessments, employers_seen, year)
        assessments = _no_party_outweighs(assessments, index)
        assessments = _beside_own(assessments, strikers, against, index)
        assessments = _denied_outweighs_trade(assessments, strikers, index)

        if (
            weak
            and against
            and not planned
            and not any(a.stance == "supports" for a in assessments)
        ):
            # The strikers' stoppage told where no employer is named, on a cited story
            # whose headline and opening give it against another employer.
            assessments += _story_employer_otherwise(weak, against, cited, index, k, locked)
        # A report naming no employer backs the claim only when no source tells the
        # claimed employer's strike otherwise: against another employer, or as another
        # union's ("the strike of X, not Y"), or as no party to the dispute.
        if not any(
            a.stance == "contradicts"
            and (
                " against " in (a.found or "")
                or (a.found or "").startswith(_ANOTHER_S)
                or _NO_PARTY in (a.found or "")
            )
            for a in assessments
        ):
            assessments.extend(weak)
        denied = bool(claim.fields.get("denied"))
        if denied:
            # "Porters did not take part": a source's denial bears it out, a report of
            # their strike goes against it.
            assessments = [replace(a, stance=_OPPOSITE[a.stance]) for a in assessments]

        def explain(label: VerdictLabel, t: Tally) -> str:
            if planned and label == "supported":
                return f"The sources report a strike planned by {t.supports[0].found}."
            if denied and label == "supported":
                return f"The sources report {t.supports[0].found}, as the claim does."
            if denied and label == "contradicted":
                said = f"the claim has {joined(strikers)} not on strike"
                return f"The sources report {t.contradicts[0].found}; {said}."
            if label == "supported" and not covered:
                return f"The sources report {t.supports[0].found}."
            if label == "supported":
                who = joined([c for c in strikers if c in covered] or strikers)
                missing = [c for c in strikers if c not in covered]
                whom = joined(sorted(employers_seen)) if employers_seen else None
                text = f"The sources report {who} on strike" + (f" against {whom}" if whom else "")
                members = [
                    a
                    for a in against
                    if a not in employers_seen and any(a in k.members_of(e) for e in employers_seen)
                ]
                if members:
                    text += f", which includes {joined(members)}"
                if missing:
                    text += f"; nothing found on {joined(missing)}"
                return text + "."
            if label == "contradicted":
                # "the walkout against X" names no strikers: the strike is X's.
                said = (joined(strikers) if strikers else "a strike") + (
                    f" against {joined(against)}" if against else " on strike"
                )
                where = list(claim.fields.get("where", []))
                said += f" in {joined(where)}" if where else ""
                return f"The sources report {t.contradicts[0].found}; the claim has {said}."
            return f"Sources disagree: {t.supports[0].found}, but also {t.contradicts[0].found}."

        return Findings(assessments, explain, unverified=_PLANNED if planned else None)
