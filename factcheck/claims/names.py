"""Organisations by the shape of their names, and what an article teaches about them.

A union is a capitalised name whose head word says so ("... Workers' Union", "Guild of
...", "... Brotherhood"); a company carries a legal form ("Inc.", "Ltd", "GmbH"). An
article also defines names as it goes: "the Harbour Pilots Guild (HPG)" makes "HPG" an
alias, and "Quillon, the printers' union," makes Quillon a union. The knowledge tables
stay what they are, knowledge about particular organisations; these forms decide what
counts as a party when the tables say nothing.
"""

from __future__ import annotations

import functools
import re
from bisect import bisect_left
from collections.abc import Iterator
from dataclasses import dataclass, field

from factcheck.letters import LOWER, UPPER

# Head words of worker organisations. "Workers" and "Teamsters" name unions on their own
# ("United Packers Workers", "Teamsters Local 12"); "Local 12" is a union's branch.
UNION_WORDS = frozenset(
    "union unions guild association federation workers brotherhood alliance council congress "
    "coalition teamsters syndicate confederation longshoremen local "
    # The same heads in other languages: "Sindicato dos Estivadores", "Syndicat National
    # des Pilotes", "Gewerkschaft der Lokführer", "Vereinigung Cockpit", "Vakbond".
    "sindicato sindicatos syndicat syndicats sindacato sindacati sindicat sindikat "
    "gewerkschaft vereinigung vakbond confédération confederación confederação "
    "confederazione fédération federación federação federazione unión união unione "
    # "Związek Zawodowy Kolejarzy", "Odborový svaz ...", "Birleşik Liman Sendikası".
    "zawodowy zawodowych odborový odborová sendika sendikası "
    # A workers' word that names only a workers' body, with any head: "Orla Ouvrière",
    # "Tarn Kamgar Manch", "Vell Mazdoor Sangh" (labour's words in French and in South
    # Asia; a plain "workers" is in the list already).
    "ouvrière ouvrier ouvriers ouvrières kamgar mazdoor karmachari shramik".split()
)
# Languages that write a name's words as one: a word ending in one of these heads a
# workers' body ("Fellesforbundet", "Skogsarbetareförbundet", "Satamaliitto",
# "Lokführergewerkschaft", "Kikötői Szakszervezet"), with its genitive ("...forbundets",
# "...liiton"). Not "Verband" nor "bond": employers' and trade bodies end so as often.
UNION_ENDINGS = tuple(
    "forbund forbundet forbundets forbunds förbund förbundet förbundets liitto liiton "
    "gewerkschaft vakbond fagforening fagforeningen szakszervezet szakszervezete".split()
)
# Word stems that make a body one of employers whatever head it has, inside a compound
# too: "Arbetsgivarförbundet", "Arbeitgeberverband", "Confederación ... Empresariales",
# "Työnantajaliitto", "Næringslivets Hovedorganisasjon".
EMPLOYER_STEMS = tuple(
    "arbetsgivar arbeidsgiver arbejdsgiver arbeitgeber werkgever työnantaja näringsliv "
    "næringsliv elinkeinoelämä empresari patronal employeurs pracodawc".split()
)
# What employers' associations are made of: "Kessel Contractors Association", "Shipping
# Employers' Federation", "Alliance of Television Producers" bargain for employers. Not
# "carriers" or "operators": letter carriers and crane operators have unions.
EMPLOYER_WORDS = frozenset(
    "employers contractors producers manufacturers shipowners owners proprietors retailers "
    "hauliers publishers broadcasters merchants shippers "
    # Firms named in the plural by what they build, run or sell: "Home Builders
    # Association", "Hospitals Federation", "Airlines Council".
    "builders homebuilders developers hospitals hotels restaurants bankers banks airlines "
    "insurers growers dealers distributors exporters importers wholesalers landlords "
    # Local governments gathered to bargain for their staff: "Convention of Orvane Local
    # Authorities", "Association of Tarn Municipalities", "Federation of County Councils"
    # (a union's "Local" or "Association" in the name does not make them workers').
    "authorities municipalities councils counties boroughs communes mayors".split()
)
# Words for the people a workers' body gathers: "Builders Labourers Federation" is a
# union whatever firms' words it holds.
_WORKER_WORDS = frozenset(
    "workers labourers laborers employees staff "
    # "Sindicato de Trabajadores de Empresas Portuarias" gathers the firms' workers.
    "trabajadores trabalhadores travailleurs lavoratori arbeiter arbetare arbeidere "
    "arbejdere werknemers pracowników".split()
)
# "City Council" and "School District" employ people; they do not organise them. Nor
# does a local government by any of its names ("Shire Council", "Township Council").
_PUBLIC_BODY = re.compile(
    r"\b(?:City|County|Town|Borough|Parish|District|Municipal|Metropolitan|Regional|Security|"
    r"Shire|Township|Village|Provincial|Rural|Urban|"
    r"Research|Arts|Medical\s+Research)\s+Council\b"
    # "Regional Council of Carpenters", "District Council of Painters": a council of a
    # trade's members is their union.
    r"(?!\s+of\s+(?:the\s+)?[A-Z][a-z]*(?:ers|ors|ists|ians|men|wrights|smiths|hands)\b)"
)
# Legal forms and the words that head a company's name.
COMPANY_WORDS = frozenset(
    "inc inc. incorporated ltd ltd. limited llc llp plc gmbh ag sa s.a. nv n.v. bv b.v. "
    "corp corp. corporation co co. company companies group holdings pty kg oy ab spa s.p.a. "
    "sarl s.a.r.l. asa oyj aps a/s".split()
)
# Common nouns that say what an appositive describes: "Equity, the actors' union".
_UNION_NOUNS = (
    r"union|guild|federation|brotherhood|association|syndicate|local|alliance|coalition|"
    r"confederation"
)
_COMPANY_NOUNS = (
    r"company|firm|carmaker|automaker|manufacturer|studio|streamer|retailer|chain|airline|"
    r"carrier|operator|employer|giant|startup|start-up|maker|publisher|broadcaster|bank|"
    r"insurer|hospital\s+group|supplier|contractor|network|agency|platform|group"
)
# Words that open a sentence before a name without being part of it: "Take Frameloop,
# a video startup, ..." presents Frameloop.
OPENERS = frozenset("take consider meet enter imagine picture".split())
_OPENER = re.compile(
    rf"^(?:The\s+|(?:{'|'.join(sorted(w.title() for w in OPENERS))})\s+(?=[{UPPER}]))"
)
# Joining words of the languages names come in ("Sindicato dos Estivadores e
# Conferentes", "Confédération des Travailleurs du Port", "Familias Unidas por la Justicia").
FOREIGN_JOINERS = (
    r"de|des|du|da|do|dos|das|der|den|del|della|delle|degli|dei|di|van|von|la|le|les|los|las|"
    r"el|por|para|pela|pelo|pelas|pelos|für|zur|zum|och|og"
)
# A workers' body named in another language writes its middle words in small letters, up
# to a joining word before a name ("Syndicat des employés et ouvriers de Tarn",
# "Sindicato de trabajadores del Puerto de Orla"): the run is the name only so closed.
SENTENCE_CASE_NAME = (
    r"(?:Sindicato|Sindicatos|Syndicat|Syndicats|Sindacato|Sindacati|Sindicat|Sindikat|"
    r"Gewerkschaft|Vereinigung|Vakbond|Confédération|Confederación|Confederação|"
    r"Confederazione|Fédération|Federación|Federação|Federazione|Unión|União|Unione|"
    r"Associação|Asociación|Associazione)"
    rf"(?:\s+(?:{FOREIGN_JOINERS}|e|y|et|und|i|[{LOWER}][\w’'-]*)){{1,7}}?"
    rf"\s+(?:{FOREIGN_JOINERS})\s+(?=[{UPPER}])"
)
_CAP = rf"(?-i:(?:{SENTENCE_CASE_NAME})?[{UPPER}][\w&’'.-]*)"
# Names abroad join their words with other particles: "Aliança Nacional dos Estafetas".
_NAME = rf"{_CAP}(?:\s+(?:(?:of|and|for|the|&|(?-i:{FOREIGN_JOINERS}|y|e|et|und))\s+)*{_CAP})*"
# "the International Guild of Glassblowers (IGG)": a name, then its short form; the name
# may hold a list ("Department for Culture, Media and Sport (DCMS)", see listed_name).
# It opens with a capital: the look-ahead lets the engine turn down every other place
# with one test instead of trying the whole name there (a third of the time on news copy).
_DEFINED = re.compile(
    rf"(?=[{UPPER}])((?:{_NAME},\s+)*{_NAME})\s+\(\s*((?-i:[A-Z][A-Za-z0-9&-]{{1,11}}))\s*\)"
)
# A character no name nor list of names holds (see _CAP, _NAME and _DEFINED): a name
# defined in parentheses is all of it in the run of other characters before its "(".
_NOT_IN_NAMES = re.compile(r"[^\w&’'.,\s-]")


def defined_short_forms(text: str) -> Iterator[re.Match[str]]:
    """The matches of ``_DEFINED`` in ``text``, as ``finditer`` gives them, each searched
    for only in the run of name characters before a "(" and up to the first ")" after it.
    A match's names hold no "(", so its "(" is the first after its start and its ")" the
    first after that: searching the whole text tried the names at every capital of
    every sentence, though most sentences hold no parenthesis."""
    breaks: list[int] | None = None  # where the characters no name holds are
    pos = at = 0
    while (paren := text.find("(", at)) != -1:
        close = text.find(")", paren)
        if close == -1:
            return  # every match ends with a ")" after its "("
        if breaks is None:
            breaks = [m.start() for m in _NOT_IN_NAMES.finditer(text)]
        # The run starts after the last character no name holds before the "(" (the
        # "(" before it, at the latest).
        before = bisect_left(breaks, paren)
        start = breaks[before - 1] + 1 if before else 0
        m = _DEFINED.search(text, max(pos, start), close + 1)
        if m is None:
            at = paren + 1
            continue
        yield m
        pos = at = m.end()


# A name whose complement is a list: "Department for Culture, Media and Sport",
# "Ministry of Housing, Communities and Local Government".
_LISTED = re.compile(r"\b(?:for|of)\s+\S+$")


def listed_name(parts: list[str]) -> bool:
    """True when names written one after another with commas are one name: the first
    ends in a "for"/"of" complement and the last closes the list with "and"."""
    return len(parts) > 1 and bool(_LISTED.search(parts[0])) and " and " in parts[-1]


# "Quillon, the printers' union," or "Teller & Sons, a regional carmaker,".
_APPOSITIVE = re.compile(
    # The name opens with a capital, whatever the flags (see _DEFINED).
    rf"(?-i:(?=[{UPPER}]))({_NAME}),\s+(?:the|a|an|its|their)\s+(?:[\w’'-]+\s+){{0,5}}?"
    # "Dana Ruiz, the bank's head of risk": an owner, not what the name is.
    # What follows the noun up to the clause's end may tell its founding at length ("a
    # farmworkers' union founded in 2013 by pickers from three valleys").
    rf"(?:({_UNION_NOUNS})|({_COMPANY_NOUNS}))s?\b(?![’'])[^,.;]{{0,120}}[,.;]",
    re.IGNORECASE,
)


# An appositive's words that make the body it names one of employers: "a multi-employer
# bargaining association", "an industry group of builders", "the contractors' federation".
_OF_EMPLOYERS = re.compile(
    r"\b(?:(?:multi-?)?employers?|trade\s+association|companies|firms|"
    + "|".join(sorted(EMPLOYER_WORDS))
    + r")\b",
    re.IGNORECASE,
)
# ... unless it names the people a workers' body gathers: "a union of staff at the firms".
_OF_WORKERS = re.compile(
    r"\b(?:workers|employees|staff|labou?rers|members|crews|union)\b", re.IGNORECASE
)


# A body the text calls one of employers before its name: "the employers' association
# Kessel Federation", "the builders' group Orrin", "the private hospital employers'
# organisation Valdra". An employers' body bargains against the unions, whatever its
# name's form ("...forbund" reads as a union's).
_EMPLOYERS_BEFORE = re.compile(
    r"\b(?:employers?|" + "|".join(sorted(EMPLOYER_WORDS)) + r")['’]?\s+"
    r"(?:organi[sz]ations?|associations?|federations?|groups?|bod(?:y|ies)|"
    rf"confederations?|councils?|lobby)\s+(?-i:(?:the\s+)?)({_NAME})",
    re.IGNORECASE,
)

# "clerks represented by the Tarn Clerks Union", "porters, who are represented by
# Quillon": who represents workers is their union. Who represents employers ("the
# firms, represented by the Kessel Federation") is their association.
_REPRESENTED = re.compile(
    rf"\b((?-i:[a-z][\w-]*s)),?\s+(?:(?:who|that)\s+)?(?:are\s+|were\s+|is\s+|was\s+)?"
    rf"represented\s+by\s+(?:the\s+)?({_NAME})"
)

# "Halvard Maritime, which represents officers on the ferries,", "the Tarn Guild, which
# organises night porters,": a body that represents or organises workers (a plural noun
# of people, a count or a few words before it) is their union; one representing firms or
# employers is their association. Shares ("which represents 40% of sales"), families,
# clients and the like say nothing of workers.
_REPRESENTS = re.compile(
    rf"(?-i:(?=[{UPPER}]))({_NAME}),\s+(?:which|that|who)\s+(?:now\s+|still\s+|also\s+)?"
    r"(?:represents|represented|organi[sz]es|organi[sz]ed|speaks\s+for|bargains\s+for)\s+"
    r"(?:(?:some|about|around|nearly|roughly|more\s+than|over|up\s+to|most|many|all|the|its|"
    r"their|[\d,]+)\s+)*((?:[a-z][\w’'-]*\s+){0,2}?[a-z][\w-]*s)\b(?!\s*(?:%|per\s*cent))",
)
_NOT_WORKERS = re.compile(
    r"\b(?:families|interests|victims|clients|residents|shareholders|investors|consumers|"
    r"customers|tenants|patients|parents|students|passengers|voters|constituencies|"
    r"districts|countries|nations|states|regions|cases|claims|sales|percents?)$",
    re.IGNORECASE,
)

# "the IG Druck union", "the EVG rail union", "the Kommunal public-sector union": a
# name the text calls a union by the noun after it, with at most two small words between.
_CALLED_UNION = re.compile(
    rf"\bthe\s+({_NAME})\s+(?-i:(?:[a-z][\w-]*\s+){{0,2}}?)union\b"
    # "the Orvel union vote", "the Pimm union drive": the union to come at an employer.
    r"(?!\s+(?:drives?|votes?|elections?|campaigns?|contracts?|deals?|bust\w*|avoidance"
    r"|organi[sz]\w*|efforts?|push\w*|recognition|certification|fights?|bids?|battles?"
    # Each a whole word: "the Kessel union voted" is a union that voted, not a vote.
    r"|ballots?|petitions?|wins?|victory|busting)\b)",
    re.IGNORECASE,
)
# A people's or country's adjective says where a union is ("the Norwegian union"), not
# what it is called.
_DEMONYM = re.compile(
    r"(?-i:[A-Z][a-z]+(?:ian|ean|an|ese|ish)|Dutch|French|Swiss|Greek|Thai|Czech|Welsh)"
)


# A short form in brackets after the words it stands for: " (OSH)".
_BRACKETED_SHORT = re.compile(r"\s\(\s*((?-i:[A-Z]{2,8}))\s*\)")
# The words before it, in sentence case: a capital, then up to six words in small letters.
_SENTENCE_CASE_RUN = re.compile(rf"(?-i:[{UPPER}][\w’'-]*)(?:\s+(?-i:[{LOWER}][\w’'-]*)){{1,6}}$")
# Words a short form leaves out: "Sindicato nacional de mineros (SNM)".
_JOINER_WORD = re.compile(rf"(?:{FOREIGN_JOINERS}|e|y|et|und|i|a|of|and|for|the)", re.IGNORECASE)


def sentence_case_defined(text: str) -> tuple[str, ...]:
    """Names written in sentence case, as many languages write their bodies' names, that
    ``text`` defines by a short form in brackets: "the Odborový svaz hutníků (OSH)",
    "Związek zawodowy kolejarzy (ZZK)". The short form's letters must be the initials of
    the name's words, every word's or every word's but the joining ones ("Sindicato
    nacional de mineros (SNM)"): "Workers said pay was low (BBC)" defines nothing.
    Longest first, then in order of the text."""
    found = dict.fromkeys(name for _, name in _sentence_case_pairs(text))
    return tuple(sorted(found, key=lambda n: -len(n)))


def _sentence_case_pairs(text: str) -> Iterator[tuple[str, str]]:
    """The short forms and the names in sentence case they stand for, in order of
    ``text`` (see :func:`sentence_case_defined`)."""
    for m in _BRACKETED_SHORT.finditer(text):
        run = _SENTENCE_CASE_RUN.search(text, max(0, m.start() - 120), m.start())
        if run is None:
            continue
        words = run.group(0).split()
        short = m.group(1)
        # The run may open on a capitalised word before the name: try each start whose
        # word is capitalised, the longest first.
        for i, word in enumerate(words[:-1]):
            if not word[:1].isupper():
                continue
            kept = words[i:]
            every = "".join(w[0] for w in kept).upper()
            named = "".join(w[0] for w in kept if not _JOINER_WORD.fullmatch(w)).upper()
            if short in (every, named):
                yield short, " ".join(kept)
                break


def initials(name: str) -> str:
    """The initials of a name's capitalised words ("Writers Guild of America" -> WGA);
    a dash between two names parts them ("Guild–Allied" -> GA)."""
    return "".join(w[0] for w in re.findall(r"[A-Z][A-Za-z]*", name))


def head_words(name: str) -> set[str]:
    """The lower-cased words of a name, with and without a possessive ending."""
    words = {w.lower() for w in name.split()}
    return words | {w.removesuffix("’s").removesuffix("'s").strip("’'") for w in words}


# A body named for the people it gathers, in the plural possessive, then a word for a
# body: "Graduate Employees' Organization", "Nurses' Society", "Riggers' League". (Whose
# people are employers is an employers' body: looks_like_employers is asked first.)
_MEMBERS_BODY = re.compile(
    r"(?-i:[A-Z])\w*s[’']\s+(?:(?-i:[A-Z])\w+\s+){0,2}(?-i:Organi[sz]ation|Society|League|"
    r"Network|Assembly)\b"
)


# Words that join two names into a list: "Medialiitto and TEK" is two bodies.
_LIST_WORDS = frozenset("and & og och und".split())


def _union_compound(name: str) -> bool:
    """True when a word of ``name`` ends in a union's head (see ``UNION_ENDINGS``). A
    head alone ("Forbundet") may be shared by the words before it ("Kran og Havn
    Forbundet"); one written into a longer word is that word's only, so a list after
    it names other bodies ("Satamaliitto and TEK")."""
    words = [w.lower().removesuffix("’s").removesuffix("'s").strip("’',") for w in name.split()]
    for i, word in enumerate(words):
        if not word.endswith(UNION_ENDINGS):
            continue
        if word in UNION_ENDINGS or not _LIST_WORDS.intersection(words[i + 1 :]):
            return True
    return False


# The shape tests are asked of the same names by rule after rule and sentence after
# sentence, so their answers are kept.
@functools.lru_cache(maxsize=4096)
def looks_like_union(name: str) -> bool:
    """True when a capitalised name reads as a workers' organisation by its words (not
    an association of employers, :func:`looks_like_employers`)."""
    if (
        not name[:1].isupper()
        or _PUBLIC_BODY.search(name)
        or looks_like_employers(name)
        # "Forbund Marine ASA": a legal form makes a name a company's whatever its words.
        or looks_like_company(name)
    ):
        return False
    words = head_words(name)
    if words & UNION_WORDS or _union_compound(name):
        return True
    # "Employers' Organisation", "Shipowners' Society": a body of employers.
    return _MEMBERS_BODY.search(name) is not None and not words & EMPLOYER_WORDS


@functools.lru_cache(maxsize=4096)
def looks_like_employers(name: str) -> bool:
    """True when a capitalised name reads as an association of employers: an
    organisation's word ("Association", "Federation", "Alliance") with the employers it
    gathers ("Contractors", "Producers", "Employers'")."""
    words = head_words(name)
    if not name[:1].isupper() or words & _WORKER_WORDS:
        return False
    if any(stem in w for w in words for stem in EMPLOYER_STEMS):
        return True  # "Arbeitgeberverband", "Arbetsgivarförbundet": employers by any head
    return bool(words & EMPLOYER_WORDS) and bool(words & UNION_WORDS)


@functools.lru_cache(maxsize=4096)
def looks_like_company(name: str) -> bool:
    """True when a name carries a company's legal form or ends in "& Co"/"& Sons"."""
    words = [w.lower().strip(",") for w in name.split()]
    if not words or not name[:1].isupper():
        return False
    return words[-1] in COMPANY_WORDS or bool(re.search(r"&\s+(?:Co\b|Sons\b)", name))


@dataclass
class LearnedNames:
    """What one text says about its organisations: short forms and kinds."""

    # Short form (as written) -> the full name it stands for.
    aliases: dict[str, str] = field(default_factory=dict)
    # Name -> "union" or "company", from appositives.
    kinds: dict[str, str] = field(default_factory=dict)

    def canonical(self, name: str) -> str:
        """The full name a short form stands for, else the name itself."""
        return self.aliases.get(name, name)

    def kind(self, name: str) -> str | None:
        """ "union", "company" or None, from the text and the name's form."""
        full = self.canonical(name)
        learned = self.kinds.get(full) or self.kinds.get(name)
        if learned:
            return learned
        if looks_like_union(full):
            return "union"
        if looks_like_company(full) or looks_like_employers(full):
            return "company"
        return None


def learn_names(text: str) -> LearnedNames:
    """Short forms defined in parentheses and kinds stated by appositives, in one pass
    over ``text`` each (linear in its length)."""
    learned = LearnedNames()
    for m in defined_short_forms(text):
        # The run of capitals may start in the sentence before ("... Friday. The Kiln").
        full = re.split(r"[.!?]\s+", m.group(1))[-1]
        parts = re.split(r",\s+", full)
        full = _OPENER.sub("", ", ".join(parts) if listed_name(parts) else parts[-1])
        short = m.group(2)
        # "(IGG)" abbreviates its name: the short form's letters open the name's words.
        if short.isupper() and short[:1] == initials(full)[:1]:
            learned.aliases.setdefault(short, full)
    for short, full in _sentence_case_pairs(text):
        learned.aliases.setdefault(short, full)
    for m in _APPOSITIVE.finditer(text):
        name = _OPENER.sub("", re.split(r"[.!?]\s+", m.group(1))[-1])
        kind = "union" if m.group(2) else "company"
        said = m.group(0)[len(m.group(1)) :]
        if kind == "union" and _OF_EMPLOYERS.search(said) and not _OF_WORKERS.search(said):
            # "X, a multi-employer bargaining association of contractors": a body of
            # employers, which bargains against the unions.
            kind = "company"
        learned.kinds.setdefault(name, kind)
    for m in _EMPLOYERS_BEFORE.finditer(text):
        # A name's words may hold a full stop ("Kessel Bros."); the sentence's is not its.
        learned.kinds.setdefault(m.group(1).rstrip("."), "company")
    for m in _REPRESENTED.finditer(text):
        name = m.group(2)
        if _OF_EMPLOYERS.fullmatch(m.group(1)) or looks_like_employers(name):
            learned.kinds.setdefault(name, "company")
        elif not looks_like_company(name):
            learned.kinds.setdefault(name, "union")
    for m in _REPRESENTS.finditer(text):
        # A name opens its line: a heading's words before are not its (the capitals of
        # "Labour\n\nHalvard Maritime" run on across the line's end).
        name = _OPENER.sub("", re.split(r"[.!?]\s+|\s*\n\s*", m.group(1))[-1])
        whom = m.group(2)
        if _NOT_WORKERS.search(whom) or looks_like_company(name):
            continue
        employers = _OF_EMPLOYERS.search(whom) and not _OF_WORKERS.search(whom)
        learned.kinds.setdefault(name, "company" if employers else "union")
    for m in _CALLED_UNION.finditer(text):
        name = _OPENER.sub("", m.group(1))
        if looks_like_company(name) or _DEMONYM.fullmatch(name):
            continue
        # "the GA union" after "Grafiska Arbetare (GA)": the long name is a union too.
        for known in dict.fromkeys([name, learned.aliases.get(name, name)]):
            learned.kinds.setdefault(known, "union")
    return learned
