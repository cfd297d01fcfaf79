"""Typed values of a rule's captures: money, numbers, periods, organisations, phrases."""

from __future__ import annotations

import re
from collections import Counter
from collections.abc import Callable, Iterator
from dataclasses import dataclass
from functools import cached_property
from typing import Any

from factcheck.claims.amounts import Amount, figure_interval, parse_number
from factcheck.claims.names import (
    FOREIGN_JOINERS,
    OPENERS,
    SENTENCE_CASE_NAME,
    LearnedNames,
    initials,
    learn_names,
    listed_name,
    looks_like_company,
    looks_like_employers,
    looks_like_union,
    sentence_case_defined,
)
from factcheck.claims.needs import fold
from factcheck.claims.openings import OpeningsIndex, Starts, folded_openings, searcher
from factcheck.claims.references import Descriptions
from factcheck.letters import CAPITALS, LOWER, UPPER
from factcheck.rulepacks.knowledge import Knowledge
from factcheck.rulepacks.macros import WHOLE, Macros, alternation, strip_pay_basis

# Where phrases end. A comparison side runs to the end of its clause; a party ("the
# AMPTP") also stops at a preposition or auxiliary ("on 14 July", "has said"); a noun
# phrase ("87% of the union's members") stops at a verb as well.
_CLAUSE = (
    r"which|who|whom|whose|that|when|while|where|because|although|though|but|whereas|if|"
    r"according\s+to"
)
_PREP = (
    r"on|in(?!\s+(?:a|an|one|each)\s+(?:year|month|week|day|hour)\b)|over|from|after|since|"
    r"until|during|amid|with|by|for|to|as|than|against|before"
)
_AUX = r"has|have|had|is|are|was|were|will|would|could|should|can|may|might|this|these"
_VERB = (
    r"earn|earns|earned|make|makes|made|say|says|said|get|gets|got|receive|receives|received|"
    r"qualify|qualifies|qualified|vote|votes|voted|work|works|worked|live|lives|lived|own|owns"
)
_TAIL = r"|\s+[-–—]\s+|\s*\(|,\s+(?:a|an|and|but|or|so|yet)\s"
# A comma before a preposition closes a side: "a new hire, under the crew deal".
_COMMA_PREP = r"|,\s+(?:under|in|on|at|with|from|after|before|during|since|despite|per)\s"
# A comma before a word of addition closes a side too: "half of what the crews sought,
# plus a bonus of £500" adds another sum, no part of the side it follows.
_COMMA_PREP += (
    r"|,\s+(?:plus|besides|alongside|(?:as\s+well\s+as|along\s+with|together\s+with|"
    r"on\s+top\s+of|in\s+addition\s+to))\s"
)
# A participle of pay after a comma tells what a side takes home, no part of who it is:
# "than their peers in tin, taking home R9 000 against R8 100", "..., earning $21".
_COMMA_PAID = (
    r"|,\s+(?:(?:taking|bringing)\s+home|earning|making|pocketing|collecting|averaging|"
    r"drawing|pulling\s+in)\b"
)
# Any participle after a comma, an adverb maybe before it, opens a clause of what the
# sentence goes on to say, no part of the side before it: "than the western mill,
# continuing a long slide", "..., perhaps reflecting a shortage". One in a list goes on
# naming the side ("than farming, fishing and forestry"), as "including" does.
_COMMA_PARTICIPLE = (
    r"|,\s+(?:(?-i:perhaps|[a-z]{2,}ly)\s+)?(?!(?:including|excluding|notwithstanding"
    r"|(?:some|any|no|every)thing|morning|evening|spring)\b)"
    r"(?-i:[a-z]{3,}ing)\b(?!\s*(?:,|&|and\b|or\b))"
)
_STOP_PHRASE = re.compile(
    rf"(?:,?\s+(?:{_CLAUSE})\b){_TAIL}{_COMMA_PREP}{_COMMA_PAID}{_COMMA_PARTICIPLE}",
    re.IGNORECASE,
)
# What a strike did, right after who struck: "a strike by cleaners hit Orvo Facilities".
_STRIKE_EFFECT = (
    r"hit|hits|shut|shuts|closed|closes|halted|halts|disrupted|disrupts|grounded|grounds|"
    r"crippled|cripples|idled|idles|paralysed|paralyzed|lasted|lasts|ended|ends|cost|costs"
)
# A clause of a participle after a party's comma says what was done, not who: "locked
# out 250 lashers, citing insurance rules" ("including" goes on listing the party).
_PARTICIPLE_AFTER = r"|,\s+(?!including\b|excluding\b)(?-i:[a-z]{3,}ing)\b"
# A second verb joined to a party says whom the strike was aimed at, no more of who
# called it: "called by the Riders Guild and targeted Zippa" (Zippa is struck).
_AIMED_AFTER = r"|,?\s+and\s+(?:(?:was|were)\s+)?(?-i:targeted|targets|aimed|aims|directed)\b"
# Who told it, after a comma, is no part of a party: "called by the Quay Guild, the
# Ledger reported", "..., Reuters said".
_TOLD_AFTER = (
    r"|,\s+(?:[\w’'.&-]+\s+){1,4}?(?-i:reported|reports|said|says|wrote|writes|told|added)\b"
)
# A party ends where a time or a concession begins: "picketing the X gate through a wet
# Tarn winter" names no Tarn; "despite a Y ruling" no Y. (A noun's own "of" phrase may
# run on: "what passes through X".)
_PARTY_PREP = rf"{_PREP}|through|throughout|despite"
_STOP_PARTY = re.compile(
    rf"(?:,?\s+(?:{_CLAUSE}|{_PARTY_PREP}|{_AUX}|(?-i:{_STRIKE_EFFECT}))\b){_TAIL}{_PARTICIPLE_AFTER}"
    rf"{_AIMED_AFTER}{_TOLD_AFTER}",
    re.IGNORECASE,
)
_STOP_NOUN = re.compile(rf"(?:,?\s+(?:{_CLAUSE}|{_PREP}|{_AUX}|{_VERB})\b){_TAIL}", re.IGNORECASE)
_LEFT_STOP = re.compile(
    # "porters who work for X walked out": the clause says whose porters they are.
    r"(?<![\w])(?:that|which|who(?!\s+(?:work|works|worked|are\s+employed|were\s+employed)"
    r"\s+(?:for|at|by)\b)|when|while|because|after|before|since|as|where|said|says|"
    r"argue|argued|argues|believe|believes|claim|claims|claimed|say|if|though|although|but|"
    r"means|meant|shows|showed|suggests|suggested|implies|"
    r"and yet|whereas)\s+|,\s+|[-–—]\s+",
    re.IGNORECASE,
)
# "that" inside a noun phrase, not before a clause of its own: pointing ("the top of
# that range": after a preposition, or before the phrase's last word) or opening a
# relative clause on the noun before it ("the raise that took effect").
_POINTING_AFTER = re.compile(
    r"\b(?:of|at|in|on|for|from|with|by|to|under|over|than|about|like)\s+$", re.IGNORECASE
)
_RELATIVE_VERB = re.compile(
    r"\s+(?:[\w'’-]+\s*$|(?:is|was|are|were|has|had|have|will|would|took|came|went|began|"
    r"rose|fell|ran|follows?|followed|[a-z]+ed)\b)",
    re.IGNORECASE,
)


def _that_in_phrase(text: str, at: int) -> bool:
    """True when the "that" at ``at`` belongs to the phrase around it (see above)."""
    if text[at : at + 4].lower() != "that":
        return False
    return bool(_POINTING_AFTER.search(text[:at]) or _RELATIVE_VERB.match(text, at + 4))


_TIMES = (
    r"(?:summer|spring|autumn|fall|winter|year|month|week|weekend|day|morning|afternoon|"
    r"evening|night|season|january|february|march|april|may|june|july|august|september|"
    r"october|november|december|monday|tuesday|wednesday|thursday|friday|saturday|sunday)"
)
# A length of time opening a phrase before a new noun phrase: "four years an operator",
# "a decade later the union".
_WHEN_FIRST = re.compile(
    r"^(?:(?:a|an|one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|\d+)\s+)"
    r"(?:years?|months?|weeks?|days?|decades?)(?:\s+(?:later|on|in|earlier))?\s+"
    r"(?=(?:a|an|the|its|their|his|her|our|every|each)\s)"
    # A time pointed at opening the clause: "That summer the bank's staff", "Last week
    # porters", "The following spring drivers" (not "that summer's strikers").
    r"|^(?:that|this|last|next|each|every|the\s+(?:same|following|next|previous)|later\s+that|"
    rf"earlier\s+that)\s+{_TIMES}\s+(?=[\w'’])"
    # The same with its pointing word cut off as a relative "that": "summer the bank's".
    rf"|^{_TIMES}\s+(?=(?:a|an|the|its|their|his|her|our)\s)"
    # A month named after a preposition, with or without its year: "In January the
    # fitters", "During late March porters" (the year alone is cut as a date already).
    r"|^(?:in|during|by|until|through|throughout|from)\s+(?:(?:early|mid|late)[\s-]+)?"
    r"(?:january|february|march|april|may|june|july|august|september|october|november|"
    r"december)(?:\s+\d{4})?\s+(?=(?:a|an|the|its|their|his|her|our)\s|(?-i:[a-z]))",
    re.IGNORECASE,
)
# "In many places porters ...", "At most depots the clerks ...": an opening phrase that
# says where, over a quantified plural of places, is no part of the party after it.
_WHERE_FIRST = re.compile(
    r"^(?:in|at|on|across|from)\s+(?:many|some|several|most|all|other|both|few|a\s+few|"
    r"a\s+number\s+of|dozens\s+of|hundreds\s+of)\s+(?:[a-z-]+\s+)??[a-z-]+s\s+"
    r"(?!(?:and|or)\b)(?=[\w’'])",
    re.IGNORECASE,
)
# The words right after a name, in small letters: "workers", "baggage handlers".
# A trade in the plural, then "of", before a name: "pilots of Orrin Air".
_TRADE_OF = re.compile(r"(?:^|\s)([a-z][a-z-]*)\s+of$")
_TRADE_PLURAL = re.compile(r"[a-z-]{2,}(?:ers|ors|ists|ians|ants|ents|men|women|hands|crews)")
# Members after a name are of that name: "AMCU members" are the union's, not a company's.
_MEMBERS_AFTER = re.compile(r"\s+(?-i:members?)\b")
# A union's short form glued to the word that ties workers to it: "KDU-affiliated
# porters", "GMU-aligned crews" are the members of that union.
_AFFILIATED = re.compile(r"(?<![\w-])(?-i:([A-Z][A-Z0-9&]{1,7}))-(?:affiliated|aligned)\b", re.I)
_GROUP_WORDS = re.compile(r"(?:\s+(?-i:[a-z][a-z-]*)){1,2}(?=[\s,.;:]|$)")
# A brand may open with small letters before a capital inside its first word ("eBay",
# "inTap", "iRide"): a capital followed by two small letters, so that no unit ("kWh") or
# code ("mRNA") is read as one.
BRAND_OPENING = r"(?-i:[a-z]{1,3}[A-Z][a-z]{2})"
BRAND_NAME = re.compile(BRAND_OPENING)
# "in Leeds, Hull and York": a list of places after a preposition, whose commas end no
# clause.
_CAPITALISED = (
    rf"(?-i:(?:[{UPPER}]|(?={BRAND_OPENING})[a-z])[\w’'.-]*)(?:\s+(?-i:[{UPPER}][\w’'.-]*))*"
)
# Names listed after "for" or "by" ("couriers working for Zippa, Carro and Pelo", "crews
# employed by Arvo, Brill and Corran") are whose workers they are, listed the same way.
_PLACE_LIST = re.compile(
    rf"\b(?:in|across|throughout|at|from|around|for|by)\s+(?:the\s+)?{_CAPITALISED}"
    rf"(?:,\s+(?:the\s+)?{_CAPITALISED})+,?\s+(?:and|or)\s+(?:the\s+)?{_CAPITALISED}",
    re.IGNORECASE,
)
# "members of Kessel Energi, TARN and Brakk": the bodies whose members they are, listed;
# the list's commas end no clause.
_MEMBERS_LIST = re.compile(
    rf"\bmembers\s+of\s+(?:the\s+)?{_CAPITALISED}"
    rf"(?:,\s+(?:the\s+)?{_CAPITALISED})+,?\s+and\s+(?:the\s+)?{_CAPITALISED}",
    re.IGNORECASE,
)
# "reporters, photographers, editors and designers": a list of plurals, whose commas
# end no clause when every item is a trade (see Parsers._trades).
_PLURAL_ITEM = r"(?-i:(?:[A-Za-z][\w-]*\s+){0,2}?[A-Za-z][a-z-]+s)\b"
_PLURAL_LIST = re.compile(
    rf"\b{_PLURAL_ITEM}(?:,\s+{_PLURAL_ITEM})+,?\s+(?:and|or)\s+{_PLURAL_ITEM}", re.IGNORECASE
)
# Between the items of a list: "porters, cooks and ward clerks".
LIST_SEPARATOR = re.compile(r",\s+(?:and\s+|or\s+)?|\s+(?:and|or)\s+")
# ", the union for 9,000 porters, also" or ", East and West,": an aside closing a subject.
# A figure's thousands separator ("some 45,000 workers") does not end an aside, nor
# does a list of names ("the two operators, Arvo, Brill and Corran,").
_ASIDE_CHAR = (
    rf"(?:[^,]|(?<=\d),(?=\d{{3}}\b)|,(?=\s+(?-i:[{UPPER}])[\w.’'-]*(?:\s+(?-i:[{UPPER}])[\w.’'-]*)*"
    r",?\s+(?:and|or)\s))"
)
_ASIDE = re.compile(
    # A relative clause may run longer than other asides: "Couriers for Zippa, who in
    # Spain are salaried staff under a sector-wide agreement for logistics, did not ...".
    rf",\s+(?:(?:who|which|whose|(?:some|many|most|all|none|both)\s+of\s+(?:whom|which))\b"
    rf"{_ASIDE_CHAR}{{1,200}}|{_ASIDE_CHAR}{{1,90}}),\s*"
    r"(?:(?:also|then|now|still|both|all|later|soon|again|quickly|jointly)\s*)*$",
    re.IGNORECASE,
)
# Who a subject's people are, set off by commas just before the verb, may hold a list
# of its own: "Tram drivers, the people in the red, white and green cabs, earn ...".
_APPOSITIVE = re.compile(
    r",\s+(?:the|those|these)\s+(?:people|ones|workers|staff|men|women|folks|crews)\b"
    r"[^,;:()]{0,80}(?:,[^,;:()]{1,40}){0,3},\s*$",
    re.IGNORECASE,
)
# An attribution closing a subject's words, in commas or dashes: ", by the union's own
# account --", ", according to the guild,", ", as the company tells it,", ", on its own
# count". It says who gives the figure or the membership, never who strikes.
_ATTRIBUTION_END = re.compile(
    r"\s*[,(–—-]\s*(?:(?:by|on|in)\s+(?:(?:the|its|their|his|her|a|an)\s+)?"
    r"(?:[\w’'-]+\s+){0,4}?(?:own\s+)?(?:account|accounts|count|counts|estimate|estimates|"
    r"reckoning|tally|figures?|numbers?|telling|version)"
    r"|according\s+to\s+[^,;()–—]{1,80}|as\s+[^,;()–—]{1,60}?\s+(?:tells?\s+it|puts?\s+it|"
    r"says?|said|has\s+it)|(?:the|its|their)\s+[\w’'-]+\s+(?:says?|said|claims?|claimed))"
    r"\s*[,)–—-]?\s*$",
    re.IGNORECASE,
)
# An auxiliary ending a subject's words, which belongs to the verb after them.
_TRAILING_AUX = re.compile(r"(?<=,)\s+(?:has|have|had|will|would)$", re.IGNORECASE)
# Who employs the workers, its kind in words between ("employed by contractor X",
# "hired by the labour-hire firm X", "working for the cleaning contractor X"): the name
# after is their employer. After "working for" the last word is the employer's kind, so
# that "working for better pay" says nothing of whom.
_EMPLOYED_BY_KIND = re.compile(
    r"\s(?:employed|hired|engaged|contracted|retained)\s+(?:by|to)(?:\s+[a-z][\w-]*){1,3}$"
    r"|\s(?:working|work|works|worked)\s+for(?:\s+[a-z][\w-]*){0,2}\s+(?:sub)?(?:contractors?|"
    r"firms?|company|companies|agency|agencies|operators?|providers?|suppliers?|outsourcers?)$"
)
# Whom workers are hired by, counted by kind: "employed by two contractors".
_HIRED_KIND = (
    r"(?P<by>\b(?:(?:employed|hired|engaged|contracted|retained)\s+by|(?:working|work|works|"
    r"worked)\s+for))\s+(?:two|three|four|five|six|several|\d+)\s+(?:[a-z-]+\s+)?"
    r"(?:contractors|subcontractors|firms|companies|agencies|operators|providers|suppliers),"
)
# Employers counted, then named in an aside just before the verb: "guards employed by
# two contractors, Arlo Secure and Fenwick Patrol, walked out". The aside is no aside
# to drop: it names whom they work for, as "employed by Arlo Secure and Fenwick Patrol".
_HIRED_LIST = re.compile(
    _HIRED_KIND + rf"\s+(?P<names>(?-i:[{UPPER}])[^;:()]{{1,120}}?),\s*$", re.IGNORECASE
)
# The same employers' kind, counted, right before the first name of the aside.
_HIRED_COUNTED = re.compile(_HIRED_KIND + "$", re.IGNORECASE)
# The words before a name that say the workers are its members: "represented by X",
# "members of X", "who belong to X".
_UNION_TIES = (
    " represented by",
    " members of",
    " member of",
    " belonging to",
    " belong to",
    " belongs to",
    " belonged to",
)
# An aside saying whose members a group is: ", all members of the Quay Guild,", ", who
# belong to the RSFU,", ", organised by Local 12,". An aside saying who represents them
# (", represented by the guild,") leaves them the trade they are: a guild represents more
# trades than the one that struck.
_MEMBERSHIP = re.compile(
    r",\s+(?:(?:all|both|nearly\s+all|almost\s+all)\s+(?:of\s+them\s+)?)?"
    r"(?:(?:(?:who|(?:some|many|most)\s+of\s+whom)\s+(?:are|were)\s+)?(?:members\s+of|organi[sz]ed\s+by)"
    r"|(?:some|many|most)\s+of\s+whom\s+belong(?:ed)?\s+to"
    r"|who\s+belong(?:ed)?\s+to|belonging\s+to)\s+(?P<union>[^,]{2,80}?),",
    re.IGNORECASE,
)
# An aside naming the body whose members they are by its name before "members", with
# what follows saying no more than who counts them: ", all Quay Guild members by its own
# count,", ", mostly Tarn Union members,".
_NAME_MEMBERS = re.compile(
    r",\s+(?:(?:all|mostly|largely|nearly\s+all|almost\s+all)\s+)?"
    r"(?P<union>(?-i:[A-Z])[^,]{1,60}?)\s+members\b(?:\s+(?:by|on|in|according)\b[^,]{0,60})?,",
    re.IGNORECASE,
)
# The same aside after a party to the right of the verb, past the words the party's
# phrase leaves out ("from the depot"), where the sentence may end with it: "...,
# joined by clerks from the depot, who are members of the Quay Guild."
_MEMBERSHIP_AFTER = re.compile(
    r"[^,;]{0,80}?" + _MEMBERSHIP.pattern.removesuffix(",") + r"(?=[,.;:]|\s*$)",
    re.IGNORECASE,
)
# The same said with no comma, right after the party: "locked out 300 loaders who belong
# to the Quay Guild at its two depots", "drivers who are members of ver.di".
_MEMBERSHIP_CLAUSE = re.compile(
    r"\s+(?:who|that)\s+(?:(?:all|mostly|largely)\s+)?(?:belong(?:s|ed)?\s+to|"
    r"(?:are|were)\s+(?:(?:all|mostly|largely)\s+)?members\s+of)\s+"
    r"(?P<union>[^,;()]{2,80}?)"
    r"(?=\s+(?:at|in|on|from|for|after|before|over|across|when|until|during|and\s+(?:were|had|have|are))\b"
    r"|[,;:)]|\.(?:\s|$)|\s*$)",
    re.IGNORECASE,
)
# A possessive right after a name: "Kell Freight's", "Lindqvist Bakeries' own".
_POSSESSIVE = re.compile(r"[’']s\b|(?<=s)[’'](?=\s)")


# A possessive that ends what stands before a name ("at Orla Foods'", "at Kell's").
_POSSESSIVE_END = re.compile(r"(?:[’']s|s[’'])$")
# A workplace in small letters right after a name, then who runs it: " warehouse operated
# by", " distribution centre run by".
_SITE_RUN_BY = re.compile(
    r"\s+(?:(?P<first>[a-z-]+)\s+)?(?P<site>[a-z-]+)\s+(?:operated|run|owned|managed)\s+by\b"
)
# Sites named by a place that the workplaces of the lexicon (where work is done, for the
# verbs that take workers off it) leave out: "the Tarnby distribution centre".
_SITE_NOUNS = frozenset(
    "centre centres center centers hub hubs facility facilities mall malls complex park".split()
)
# The words in small letters right after a name (" depot", " central warehouse").
_NEXT_WORDS = re.compile(r"\s+([a-z]+)\b(?:\s+([a-z]+)\b)?")
# A possessive pronoun right before a name: "at its ", "at their own ".
_POSSESSIVE_PRONOUN_END = re.compile(r"\b(?:its|their)\s+(?:own\s+)?$", re.IGNORECASE)


def _possessive(text: str, end: int) -> bool:
    """True when the name ending at ``end`` is in the possessive."""
    return _POSSESSIVE.match(text, end) is not None


# Proper names of organisations the tables do not know: capitalised words, joined by
# "of", "and", "&"... ("Northern Bakery Workers' Union", "Cedar Valley Health").
_NAME_PART = rf"(?-i:(?:{SENTENCE_CASE_NAME})?(?:[{UPPER}]|(?={BRAND_OPENING})[a-z]+)[\w&’'.-]*)"
_MONTH_WORD = r"(?:Jan|Feb|Mar|Apr|May|Jun|Jul|Aug|Sept?|Oct|Nov|Dec)[a-z]*"
# A name opens with a capital, or a brand's small letters: the look-ahead turns every
# other place down with one or two tests.
_NAME = re.compile(
    rf"(?=[{UPPER}]|(?<![\w’']){BRAND_OPENING})(?<![\w’']){_NAME_PART}"
    rf"(?:\s+(?:(?:of|and|for|the|&|{FOREIGN_JOINERS}|e|y|et|und)\s+)*"
    # A number before a month is a date's day ("for 14 June"), not a word of the name.
    rf"(?:{_NAME_PART}|\d[\w-]*(?=\s+(?!{_MONTH_WORD}\b)[{UPPER}])))*"
    # A branch's number is part of its name ("Local 12", "District 7").
    r"(?:(?:(?<=Local)|(?<=Lodge)|(?<=District)|(?<=Branch)|(?<=Chapter))\s+\d+[A-Z]?\b)?"
    # A legal form written in small letters still belongs to the name ("Orla Foods plc").
    r"(?:\s+(?-i:plc|llc|ltd|gmbh|bv|nv|ag|oy|ab)\b\.?)?"
)
_NOT_NAMES = (
    frozenset(
        """the a an in on at when while after before its their this that these those it he she
    they we i but and or so some many most members even also last first according as if both
    by for from with of to one two three meanwhile however still yet then there here
    january february march april may june july august september october november december
    monday tuesday wednesday thursday friday saturday sunday
    about around roughly nearly almost approximately over under""".split()
    )
    | OPENERS
)
# The characters of a word :meth:`Parsers.proper_names` may ask about, after a lower-case
# word and a space, and before a space and a capital.
_AFTER_LOWER = re.compile(rf"(?<=[{LOWER},] )(?-i:[{UPPER}])[\w&’'.-]*")
_BEFORE_CAPITAL = re.compile(rf"[\w&’'.-]+(?= [{UPPER}])")
_WORD_CHAR = re.compile(r"\w")
# The first word of a sentence or a paragraph, when a verb in small letters follows it.
_SENTENCE_OPENER = re.compile(rf"(?:^|[.!?]\s+|\n\s*)((?-i:[{UPPER}][{LOWER}]+))(?=\s+[{LOWER}])")
_SMALL_WORD = re.compile(r"\b(?-i:[a-z]+)\b")
_SPACES = re.compile(r"[\s-]+")
_NON_SPACE = re.compile(r"\S+")
_WORD_RUN = re.compile(r"\w+")
_NAME_WORD = re.compile(rf"[{UPPER}][\w&’'.-]*")


def _is_word(ch: str) -> bool:
    """True for a character ``\\w`` matches (the empty string is none)."""
    return bool(ch) and _WORD_CHAR.match(ch) is not None


# The name of a group not in the tables: the words before "at", "of"... ("nurses at Kaiser").
_RAW_NAME_END = re.compile(
    r"\s+(?:at|of|from|in|with|for|who|which|on|across|employed|working|hired|contracted|"
    r"represented|belonging)\b",
    re.IGNORECASE,
)
# "Thousands of couriers": a count in words before the group, whose "of" ends no name.
_COUNT_OF = re.compile(
    r"^(?:tens\s+of\s+)?(?:hundreds|thousands|dozens|scores|millions)\s+of\s+", re.IGNORECASE
)
_ABBREVIATED = re.compile(r"(?:\b(?:Inc|Co|Corp|Ltd|Bros|Jr|Sr|St|Cos)|\b[A-Z]\.[A-Z])\.$")


# A union's numbered branch after its name: "Local 120", "Lodge 1943".
_BRANCH = re.compile(r"\s+((?-i:Local|Lodge|District|Branch|Chapter))\s+(\d+)\b")


def _without_full_stop(name: str) -> str:
    """``name`` without the full stop of the sentence it ends ("Spotify."); an
    abbreviation keeps its own ("Inc.", "U.K.")."""
    return name[:-1] if name.endswith(".") and not _ABBREVIATED.search(name) else name


# A determiner before a name, and a compound modifier after it ("at the city-owned Vell
# group", "at the state-run Orvo Health"): the name still follows "at".
_DETERMINERS_END = re.compile(
    r"(?:\b(?:the|a|an|its|their)\s+(?:[a-z]+-[a-z]+\s+)?)+$", re.IGNORECASE
)
# A count between a preposition and a name ("at thirteen Dunmore Foods shops", "at 12 of
# the Orla Bakery sites"): the name is still what follows "at".
_COUNT_END = re.compile(
    r"(?:\s+(?:[\d,]+|one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|"
    r"thirteen|fourteen|fifteen|sixteen|seventeen|eighteen|nineteen|twenty|thirty|forty|"
    r"fifty|sixty|seventy|eighty|ninety|hundred|dozens|hundreds|several|many|most|all|both|"
    r"each|every|some|a\s+number|a\s+few|a\s+dozen)(?:\s+of)?(?:\s+(?:the|its|their))?)+$",
    re.IGNORECASE,
)
_EMPLOYER_KINDS = ("company", "employer", "employers_association", "employers_group", "government")
# "nurses at X", "drivers employed by X": the name is whom they work for.
_EMPLOYER_PREPS = (
    " at",
    " for",
    " outside",
    " against",
    " employed by",
    " hired by",
    " contracted by",
    # "workers at a plant run by X": who runs the site employs those at it.
    " run by",
    " operated by",
    " owned by",
)


# An adverb between the hiring verb and "by" ("employed directly by X", "hired solely
# by X", "contracted locally by X"): the name after "by" still employs them.
HIRED_ADVERB = re.compile(
    r"\b(employed|hired|engaged|contracted|retained)\s+(?:directly|indirectly|solely|"
    r"exclusively|jointly|permanently|formerly|previously|originally|currently|now|still|"
    r"mainly|mostly|largely|locally|temporarily|seasonally|full-time|part-time)(?=\s+by\b)",
    re.IGNORECASE,
)


def _says_employer(before: str) -> bool:
    """True when the words before a name say it employs the workers: "nurses at X",
    "drivers employed by X", "cleaners employed by contractor X", "packers at a depot run
    by X"; "employed directly by X" once :meth:`Parsers.party` has taken the adverb out."""
    return (
        before.endswith(_EMPLOYER_PREPS)
        or _EMPLOYED_BY_KIND.search(before) is not None
        or _HIRED_COUNTED.search(before) is not None
    )


# The nouns of an employer's kind, right before its name: "the transport company ORV".
_EMPLOYER_NOUNS = (
    " company",
    " firm",
    " operator",
    " carrier",
    " employer",
    " retailer",
    " airline",
    " chain",
)
_LISTED_AFTER = re.compile(r",?\s+(?:and|or)\s+(?:the\s+)?|,\s+")
_PLACE_PREPS = (" in", " across", " from", " throughout", " near", " around", " on", " aboard")
# A vessel's name after the noun of its kind: "deckhands on board the trawler X", "aboard
# the tanker X". Where they work, as "crew on the X" says it, not who they are.
_ON_VESSEL = re.compile(
    r"\s(?:on|aboard)(?:\s+board)?(?:\s+(?:the|a))?(?:\s+[a-z-]+)?\s+"
    r"(?:ship|vessel|ferry|liner|tanker|freighter|trawler|rig)$"
)
# What follows a body's name when the words say all its sites together: "the Tarnland
# State University system", "the Kell Foods chain", "Orla Health's hospitals".
_SYSTEM_AFTER = re.compile(
    r"(?:[’']s)?\s+(?:system|network|chain|estate|group|campuses|sites|stores|branches|"
    r"plants|depots|hospitals|schools|locations|outlets)\b"
)
# Names of days and months are when, not who: "walked out on Wednesday".
_TIME_NAME = re.compile(
    r"(?:Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday|January|February|March|"
    r"April|May|June|July|August|September|October|November|December)(?:\s+\d{1,2})?"
)
_DETERMINER = re.compile(r"^(?:the|a|an|its|their|his|her|our|some|many|most)\s+", re.IGNORECASE)
_MONTHS = {
    m: i
    for i, names in enumerate(
        (
            ("jan", "january"),
            ("feb", "february"),
            ("mar", "march"),
            ("apr", "april"),
            ("may",),
            ("jun", "june"),
            ("jul", "july"),
            ("aug", "august"),
            ("sep", "sept", "september"),
            ("oct", "october"),
            ("nov", "november"),
            ("dec", "december"),
        ),
        start=1,
    )
    for m in names
}


@dataclass(frozen=True)
class Party:
    """One side of a strike or comparison: the words, and the organisations they name."""

    text: str
    orgs: tuple[str, ...]
    # Organisations named after "at"/"for" ("nurses at Kaiser"): employers, not members.
    employers: tuple[str, ...] = ()
    # Names after "in", "across"... ("nurses in Leeds"): where, not who.
    places: tuple[str, ...] = ()


@dataclass(frozen=True)
class DateValue:
    """A calendar date, as precise as it was written."""

    year: int | None
    month: int | None
    day: int | None

    def iso(self) -> str:
        """ISO 8601 with as many parts as are known: "2023", "2023-07", "2023-07-14"."""
        parts = [f"{self.year:04d}" if self.year else "????"]
        if self.month:
            parts.append(f"{self.month:02d}")
            if self.day:
                parts.append(f"{self.day:02d}")
        return "-".join(parts)


# A date in figures: "11/28/2025" (month first) or "28/11/2025" (day first).
_FIGURES_DATE = re.compile(r"(\d{1,2})/(\d{1,2})/(\d{4})")


def _figures_date(m: re.Match[str]) -> DateValue:
    """A date in figures, its day and month told apart only where one of them is over
    12 (the two orders are both in use); otherwise its year alone."""
    first, second, year = int(m.group(1)), int(m.group(2)), int(m.group(3))
    if 12 < first <= 31 and 1 <= second <= 12:
        return DateValue(year, second, first)
    if 12 < second <= 31 and 1 <= first <= 12:
        return DateValue(year, first, second)
    return DateValue(year, None, None)


# How many parsed captures a context remembers in each of its two generations (see
# TextContext.answer): far more than one sentence needs, so what all the rules of a
# sentence and its names ask is worked out once.
_ANSWERS_KEPT = 4096


class TextContext:
    """What a sentence's surroundings tell the parsers: which context words occur (for
    aliases such as "actors") and which currency the text uses."""

    def __init__(self, text: str, knowledge: Knowledge):
        self.text = text
        self.knowledge = knowledge
        self._answers: dict[tuple[str, ...], Any] = {}
        self._older: dict[tuple[str, ...], Any] = {}  # the generation before

    def answer(self, key: tuple[str, ...], work: Callable[[], Any]) -> Any:
        """What ``work`` gives for ``key``, worked out once while it is remembered.
        Every rule that matches a sentence parses its captures, and the same money,
        phrase or name is read by several rules and again for the sentence's own
        organisations. Memory stays bounded on a long text: the answers are kept in two
        generations of at most ``_ANSWERS_KEPT`` each. When the newer is full it becomes
        the older and the one before is dropped; an answer asked for again from the older
        is carried into the newer. The names of a story's parties, its job titles and
        its figures are asked for again sentence after sentence, far apart: forgetting
        every answer at once, as this did before, worked out a fifth of them again on
        300 KB of news copy (19,673 answers worked out where 15,920 are distinct; 16,695
        with the two generations). An answer depends only on its key and the text, so
        what is kept changes no answer, only how often it is worked out."""
        answers = self._answers
        if key in answers:
            return answers[key]
        older = self._older
        found = older[key] if key in older else work()
        if len(answers) >= _ANSWERS_KEPT:
            self._older, answers = answers, {}
            self._answers = answers
        answers[key] = found
        return found

    def shows_as_name(self, word: str) -> bool:
        """True when ``word`` (a capitalised word, as :meth:`Parsers.proper_names` finds
        them) is written capitalised mid-sentence, or opens a longer name, somewhere in
        the text: where ``[a-z,] WORD\\b`` or ``\\bWORD [A-Z]`` matches (with the letters of
        factcheck.letters). Asked for
        sentence after sentence of one text, so the text is read for it once: searching
        the whole text for each word made reading a long article quadratic."""
        if _NAME_WORD.fullmatch(word):
            return word in self._names_shown
        w = re.escape(word)  # not a word of a name: asked of the text itself
        return re.search(rf"[{LOWER},] {w}\b|\b{w} [{UPPER}]", self.text) is not None

    @cached_property
    def _names_shown(self) -> frozenset[str]:
        text = self.text
        shown: set[str] = set()
        # "... the Union ...": every capitalised start of a run after "[a-z,] ", cut
        # where a word boundary falls.
        for m in _AFTER_LOWER.finditer(text):
            run, end = m.group(0), m.end()
            if _WORD_RUN.fullmatch(run):  # most runs: one word, cut only at its end
                shown.add(run)
                continue
            for cut in range(1, len(run) + 1):
                following = run[cut] if cut < len(run) else text[end : end + 1]
                if _is_word(run[cut - 1]) != _is_word(following):
                    shown.add(run[:cut])
        # "Union Pacific": every run ending before " [A-Z]", from a capital that
        # opens a word.
        for m in _BEFORE_CAPITAL.finditer(text):
            run, start = m.group(0), m.start()
            if _WORD_RUN.fullmatch(run):  # one word, preceded by what is not one
                if run[0] in CAPITALS:
                    shown.add(run)
                continue
            for cut in range(len(run)):
                preceding = run[cut - 1] if cut else text[start - 1 : start]
                if run[cut] in CAPITALS and not _is_word(preceding):
                    shown.add(run[cut:])
        # "Unite called out ... Unite says ...": a word that opens two sentences or more
        # and that the text never writes in small letters is a name, though it never
        # stands mid-sentence (a union of one word, always the subject).
        # Counted in one pass: counting each opener among all of them was quadratic in
        # the sentences (0.4 s of CPU for 1 MB of news copy).
        openers = Counter(m.group(1) for m in _SENTENCE_OPENER.finditer(text))
        small = set(_SMALL_WORD.findall(text))
        for word, count in openers.items():
            if count >= 2 and word.lower() not in small and word.lower() not in _NOT_NAMES:
                shown.add(word)
        return frozenset(shown)

    @cached_property
    def sentence_case_names(self) -> tuple[str, ...]:
        """Names the text writes in sentence case and defines by a short form in
        brackets ("Odborový svaz hutníků (OSH)"), longest first."""
        return sentence_case_defined(self.text)

    @cached_property
    def names(self) -> LearnedNames:
        """Short forms and kinds of organisations the text itself defines."""
        return learn_names(self.text)

    @cached_property
    def words(self) -> frozenset[str]:
        """Lower-cased words of the text, for context-alias checks."""
        return frozenset(w.lower() for w in re.findall(r"[\w][\w+-]*", self.text))

    @cached_property
    def currency(self) -> str | None:
        """The currency the text writes most, or the knowledge's default."""
        counts: dict[str, int] = {}
        for code, cur in self.knowledge.currencies.items():
            n = sum(self.text.count(s) for s in cur.symbols if not s.isalpha() and len(s) <= 3)
            if n:
                counts[code] = n
        if counts:
            # Ties: the currency listed first in the knowledge table (max keeps the first).
            return max(counts, key=lambda c: counts[c])
        return self.knowledge.default_currency


# A length's unit and what follows it ("two full weeks of talks"), and a count that is
# one unit by its article ("a", "an entire"), with the words of the {length} macro.
# How many days a unit of a length of time stands for: one table for every reader of
# lengths (a month about a twelfth of a year of 365.25 days).
DAYS_IN = {
    "hour": 1 / 24,
    "day": 1.0,
    "week": 7.0,
    "fortnight": 14.0,
    "month": 30.44,
    "year": 365.25,
}
_LENGTH_UNIT = re.compile(
    rf"[\s-]+(?:(?:{WHOLE})\s+)?(?:hours?|days?|weeks?|months?|years?)\b.*$", re.I
)
_ONE_UNIT = re.compile(rf"(?:an?|one)(?:\s+(?:{WHOLE}))?", re.I)


# What joins the items of a list of names: "A and B", "A, B and C", "A & B".
_ONE_WORD_LIST = re.compile(r"\s*,\s*(?:and\s+)?|\s+(?:and|&)\s+")


class Parsers:
    """Turns captured text into typed values, using the knowledge tables."""

    def __init__(self, macros: Macros):
        self.macros = macros
        self.k = macros.knowledge
        self._alias_index: dict[str, tuple[str, bool]] = {}
        for org in self.k.organisations.values():
            for alias in org.aliases:
                self._alias_index.setdefault(_alias_key(alias), (org.name, False))
            for alias in org.context_aliases:
                self._alias_index.setdefault(_alias_key(alias), (org.name, True))
        # An organisation known by its acronym is known by the name the acronym
        # shortens, so the tables need not spell every full name out.
        self._acronyms: dict[str, str] = {}
        for org in self.k.organisations.values():
            for alias in (org.name, *org.aliases):
                if len(alias) >= 3 and alias.isalpha() and alias.isupper():
                    self._acronyms.setdefault(alias, org.name)
        self._org_regex = re.compile(macros.org, re.IGNORECASE)
        # The names are tried only where one can open (see factcheck.claims.openings):
        # searched whole, the alternation of every name was tried at each word.
        self._org_openings: OpeningsIndex | None = None
        found = folded_openings(self._org_regex)
        if found is not None:
            self._org_openings = OpeningsIndex()
            self._org_number = self._org_openings.add(found)
        self.descriptions = Descriptions(self.k)
        self._symbol_currency = {
            s.lower(): c.code
            for c in self.k.currencies.values()
            for s in (*c.symbols, *c.before_figure)
        }
        self._word_currency = {
            w.lower(): c.code
            for c in self.k.currencies.values()
            for w in (*c.words, *c.after_figure)
        }
        self._currency_regex = re.compile(
            macros.currency_symbol + "|" + alternation(self._word_currency), re.IGNORECASE
        )
        # Period phrases as they are compared, the first listed winning a tie.
        self._periods: dict[str, str] = {}
        for phrase, name in self.k.period_phrases.items():
            self._periods.setdefault(_SPACES.sub(" ", phrase), name)

    # --- organisations
    def orgs(self, text: str, ctx: TextContext) -> list[tuple[str, int, int]]:
        """Organisations named in ``text``: (canonical name, start, end), in order."""
        return list(ctx.answer(("orgs", text), lambda: tuple(self._orgs(text, ctx))))

    def _org_matches(
        self, text: str, keep: Callable[[re.Match[str]], bool]
    ) -> Iterator[re.Match[str]]:
        """The matches of the organisations' regex that ``keep`` accepts, tried only where
        a name can open. A match refused ("the actors", where the story gives "actors" no
        union) gives way to one starting inside it ("actors' union"), which a search
        going on from its end would skip."""
        index = self._org_openings
        starts = index.scan(text, fold(text)) if index is not None else None
        if isinstance(starts, Starts):
            search = searcher(self._org_regex.match, starts.of(self._org_number))
        else:
            search = self._org_regex.search
        pos = 0
        while (m := search(text, pos)) is not None:
            if keep(m):
                yield m
                # A name is never empty, so the next match starts where this one ends.
                pos = m.end()
            else:
                pos = m.start() + 1

    def _orgs(self, text: str, ctx: TextContext) -> list[tuple[str, int, int]]:
        found: list[tuple[str, int, int]] = []

        def keep(m: re.Match[str]) -> bool:
            return self._alias_stands(m.group(0), ctx) and not self._glued(text, m)

        for m in self._org_matches(text, keep):
            name, _ = self._alias_index[_alias_key(m.group(0))]
            found.append((name, m.start(), m.end()))
        return found

    def _glued(self, text: str, m: re.Match[str]) -> bool:
        """True when a known name is one part of a longer name joined by a hyphen to a
        capitalised part the tables do not know: "Filt-CGIL" is a branch federation of
        the CGIL, "UGL-TA" one of the UGL, each a body of its own ("CGIL-led" is the
        CGIL, and two known names joined, "CGIL-UIL", are both)."""
        before = _GLUED_BEFORE.search(text, 0, m.start())
        after = _GLUED_AFTER.match(text, m.end())
        return any(
            part is not None and _alias_key(part.group(1)) not in self._alias_index
            for part in (before, after)
        )

    def _alias_stands(self, alias: str, ctx: TextContext) -> bool:
        """True when ``alias`` names its organisation in this text: always, or, for a
        context alias, when the text has one of the organisation's context words."""
        entry = self._alias_index.get(_alias_key(alias))
        if entry is None:
            return False
        name, contextual = entry
        if not contextual:
            return True
        org = self.k.organisations[name]
        return any(w.lower() in ctx.words for w in org.context_words)

    def org_names(self, text: str, ctx: TextContext) -> list[str]:
        """Canonical names of the organisations in ``text``, each once, in order."""
        return list(dict.fromkeys(name for name, _, _ in self.orgs(text, ctx)))

    def proper_names(self, text: str, ctx: TextContext | None = None) -> list[tuple[str, int, int]]:
        """Capitalised names in ``text`` that may be organisations, with their offsets;
        leading function words ("The", "Members of the") are dropped. A lone capitalised
        word opening ``text`` counts only if ``ctx`` shows it capitalised mid-sentence."""
        if ctx is None:
            return self._proper_names(text, ctx)
        return list(ctx.answer(("names", text), lambda: tuple(self._proper_names(text, ctx))))

    def _proper_names(self, text: str, ctx: TextContext | None) -> list[tuple[str, int, int]]:
        out = []
        for m in _NAME.finditer(text):
            matched = m.group(0)
            if ctx is not None and ctx.sentence_case_names:
                # "the Odborový svaz hutníků": a name the text defines by its short form
                # holds the words in small letters after its capital.
                matched = _sentence_case_name(text, m.start(), matched, ctx)
            # Most names found are one word: its place is the match's, with no search for
            # the words inside it (a match neither opens nor ends with a space).
            if len(matched.split(maxsplit=1)) == 1:
                words = [(matched, m.start())]
            else:
                words = [(w.group(0), m.start() + w.start()) for w in _NON_SPACE.finditer(matched)]
            if (
                len(words) > 2
                and words[0][1] == 0
                and words[1][0] in ("for", "of")
                and self._trades(words[0][0])
            ):
                # "Couriers for Zippa", "Pilots of Orrin Air" opening the text: a trade
                # capitalised as the first word, and whom they work for.
                words = words[2:]
            # "both Orla and Vell", "Both the KDU and the Tarn Guild": "both" says the
            # run is two names, whatever their form.
            paired = _BOTH_BEFORE.search(text, 0, m.start()) is not None or (
                words[0][0].lower() == "both"
            )
            # "Roughly 240 Kessel Dock Union": a count opening the run is no part of a name.
            # A date's day ("1 June 2021") is left as it was read before.
            while words and (
                words[0][0].lower().strip("’'") in _NOT_NAMES
                or (
                    words[0][0][:1].isdigit()
                    and not _MONTH_NEXT.match(words[1][0] if len(words) > 1 else "")
                )
            ):
                words = words[1:]
            while words and words[-1][0].lower() in _NOT_NAMES:
                words = words[:-1]
            if not words:
                continue
            # A lone capitalised word opening the text is a name only if the context
            # shows it as one elsewhere: mid-sentence, or as part of a longer name.
            lone = len(words) == 1 and words[0][1] == 0
            # A short form in capitals ("OTWU began the walkout") is a name wherever it
            # stands, its possessive too ("ORV's drivers").
            head = _POSSESSIVE_END.sub("", words[0][0])
            short = _SHORT_FORM.fullmatch(head) is not None
            # So is a word with a dot inside it ("Ver.di", "Kessel.io"): no common word
            # is written so.
            short = short or _DOTTED.fullmatch(head) is not None
            # So is one joined by a hyphen to a short form ("Filt-CGIL", "UGL-TA").
            short = short or _GLUED_SHORT.fullmatch(head) is not None
            if lone and not short and not (ctx and ctx.shows_as_name(head)):
                continue
            for part in _two_of_both(words) if paired else _split_list(words):
                start = part[0][1]
                end = part[-1][1] + len(part[-1][0])
                name = text[start:end]
                name = _without_full_stop(name)
                for suffix in ("’s", "'s", "’", "'"):
                    if name.endswith(suffix) and not name.lower().endswith(
                        ("workers'", "workers’")
                    ):
                        name = name[: -len(suffix)]
                        break
                out.append((name, start, start + len(name)))
        return _join_listed(out, text)

    def spelled_out(self, name: str) -> str:
        """The known organisation a name of three or more words spells out by its
        initials ("Union of Quarry and Kiln Workers" for a table's UQKW), else the name."""
        if name.count(" ") < 2:
            return name
        if any(len(w) > 1 and w.isupper() for w in name.split()):
            # "Corrective Services NSW": a name holding a short form of its own spells out
            # no other ("CSN" is some other body's).
            return name
        return self._acronyms.get(initials(name), name)

    def is_union_name(self, name: str, ctx: TextContext | None = None) -> bool:
        """True for names that read as a union ("... Workers' Union", "... Guild"), or
        that the text calls one ("Quillon, the printers' union")."""
        known = self.k.organisations.get(name)
        if known is not None:
            return known.category == "union"
        if _BRANCH.search(name):
            return True  # "Teamsters Local 120": a union's numbered branch
        if ctx is not None:
            return ctx.names.kind(name) == "union"
        return looks_like_union(name)

    def is_company_name(self, name: str, ctx: TextContext | None = None) -> bool:
        """True for a company by the tables, its legal form or what the text calls it."""
        known = self.k.organisations.get(name)
        if known is not None:
            return known.category in ("company", "employer", "employers_association")
        if ctx is not None:
            return ctx.names.kind(name) == "company"
        return looks_like_company(name) or looks_like_employers(name)

    # --- phrases
    def right_phrase(
        self, text: str, ctx: TextContext, stops: re.Pattern[str] = _STOP_PHRASE
    ) -> str:
        """A phrase cut at its first boundary (by ``stops``) outside an organisation's name."""
        protected = [(s, e) for _, s, e in self.orgs(text, ctx)]
        if stops is _STOP_PARTY:
            # "in a row with Transit for Kessel": a name's own "for" ends no party.
            protected += [(s, e) for _, s, e in self.proper_names(text, ctx)]
        for m in stops.finditer(text):
            if m.start() > 0 and not any(s <= m.start() < e for s, e in protected):
                text = text[: m.start()]
                break
        return text.strip(" ,;-–—")

    def left_phrase(self, text: str, ctx: TextContext) -> str:
        """A phrase cut after its last clause boundary outside an organisation's name.
        An aside between commas just before the verb is skipped: in "the Quay Guild,
        which represents porters, struck" the subject is the Guild."""
        # "Leith's crews, meanwhile, have overtaken ...": the auxiliary after the aside is
        # the verb's, so the aside is still the one just before the verb.
        text = _TRAILING_AUX.sub("", text)
        # "guards employed by two contractors, Arlo and Fenwick, walked out": the aside
        # names the employers, and is kept whole.
        hired = _HIRED_LIST.search(text)
        if hired is None:
            text = _ASIDE.sub("", _APPOSITIVE.sub("", text))
        # "loaders -- guild members, by the guild's own count --": who says so is no part
        # of who they are.
        text = _ATTRIBUTION_END.sub("", text)
        protected = [(s, e) for _, s, e in self.orgs(text, ctx)]
        protected += [m.span() for m in _PLACE_LIST.finditer(text)]
        protected += [m.span() for m in _MEMBERS_LIST.finditer(text)]
        protected += [hired.span()] if hired is not None else []
        protected += [m.span() for m in _PLURAL_LIST.finditer(text) if self._trades(m.group(0))]
        cut = 0
        for m in _LEFT_STOP.finditer(text):
            if any(s <= m.start() < e for s, e in protected) or _that_in_phrase(text, m.start()):
                continue
            cut = m.end()
        # "After four years an operator ...": a length of time opening the clause says
        # when, and the phrase is what follows it.
        kept = _WHERE_FIRST.sub("", _WHEN_FIRST.sub("", text[cut:].strip(" ,;-–—")))
        # "a figure that dwarfs ...": a trailing relative word is not part of the phrase.
        return re.sub(r"\s+(?:that|which|who)$", "", kept)

    def party(self, text: str, ctx: TextContext) -> Party:
        """The organisations a party phrase names, with employers after "at"/"for" apart."""
        # "porters employed directly by X" names whom they work for as "employed by X" does.
        text = HIRED_ADVERB.sub(r"\1", text)
        members: list[str] = []
        employers: list[str] = []
        places: list[str] = []
        tabled = self.orgs(text, ctx)
        for at, (name, start, end) in enumerate(tabled):
            before = " " + _DETERMINERS_END.sub("", text[:start]).rstrip().lower()
            category = self.k.organisations[name].category
            company = category in _EMPLOYER_KINDS
            possessive = _possessive(text, end)
            # "members at Orla Foods and two bakeries": what follows an employer is one too.
            # "Amazon workers": a company before a group of workers is their employer, and
            # so is one right before a union ("Orla Foods Teamsters": its workers in it).
            following = tabled[at + 1] if at + 1 < len(tabled) else None
            grouped = self._group_after(text[end:]) or (
                following is not None
                and not text[end : following[1]].strip()
                and self.k.organisations[following[0]].category == "union"
            )
            trade_of = self._trade_of(before)
            if company and (
                _says_employer(before) or possessive or employers or grouped or trade_of
            ):
                # "nurses at Kaiser", "Kaiser's physicians": the employer, not the strikers.
                employers.append(name)
            else:
                # "Teamsters Local 120": the branch, not the whole union.
                branch = _BRANCH.match(text, end)
                members.append(f"{name} {branch.group(1)} {branch.group(2)}" if branch else name)
        members += [m.group(1) for m in _AFFILIATED.finditer(text) if m.group(1) not in members]
        # A union the tables know names the strikers; other names may still be the
        # employers or places ("members of the Unite union at the Port of Felixstowe").
        union_known = bool(members)
        known = [(s, e) for _, s, e in self.orgs(text, ctx)]
        place_end = -1
        for name, start, end in self.proper_names(text, ctx):
            if any(s < end and start < e for s, e in known):
                continue
            name = self.spelled_out(ctx.names.canonical(name))
            if name.lower() in self.k.words("nationalities"):
                continue  # "at its ten Spanish bases", "Danish cabin crew": whose, not who
            # "nurses at the Harbor Clinic": the words before the name, less "the".
            before = " " + _DETERMINERS_END.sub("", text[:start]).rstrip().lower()
            before = _COUNT_END.sub("", before)
            union = self.is_union_name(name, ctx)
            # "Orla Foods' drivers", "at seven of Copperfield's depots": whose
            # workers or sites they are.
            possessive = _possessive(text, end)
            # "pilots of Orrin Air": workers "of" a name that is no union work for it.
            of_employer = self._trade_of(before)
            # "pilots of Orrin Air and its subsidiary Orrin Cargo": a name after an
            # employer, not after a place's word, is one too.
            listed = bool(employers) and not before.endswith(_PLACE_PREPS)
            # "the city's transport company ORV": a name after the noun of its kind.
            kind_before = before.endswith(_EMPLOYER_NOUNS)
            if not union and self._site_run_by(text[end:]):
                # "at the Dunmore warehouse operated by Kell Freight": the name says
                # which site, and whoever runs it (named after "by") employs them.
                places.append(name)
                place_end = end
            elif not union and (
                self._site_of_owner(before, text[end:])
                or self._site_of_its(text[:start], text[end:])
            ):
                # "at Orla Foods' Tarn depot": a name between its owner's possessive and
                # a workplace says which of its sites, never one more employer.
                places.append(name)
                place_end = end
            elif not union and before.endswith(_UNION_TIES):
                # "drillers at Orla Drilling represented by the OWU", "loaders, members
                # of KDU": a name that says whose members they are is their union,
                # whatever its form, never one more employer.
                members.append(name)
            elif not union and _HIRED_COUNTED.search(before):
                # "employed by two firms, Arlo Guarding and Fenwick Patrol": the count
                # says the aside is a list, so its "and" joins two names, not one.
                employers += [n for n, _, _ in _last_of_list((name, start, end), text)]
            elif (
                _says_employer(before) or possessive or of_employer or listed or kind_before
            ) and not union:
                employers.append(name)
            elif not union and _MEMBERS_AFTER.match(text[end:]):
                # "4,000 BMWA members", "Kessel members": members are a union's, never
                # a company's; the name is the body whose members they are, whatever
                # its form, and "members" is no part of its name.
                if not union_known:
                    # "Unionen and SEKO members": two bodies of one word each, listed.
                    parts = _ONE_WORD_LIST.split(name)
                    one_words = len(parts) > 1 and all(" " not in p for p in parts)
                    members.extend(parts if one_words else [name])
            elif not union and self._group_after(text[end:]):
                # "Kessel Glass workers": the employer; a lone word the sentence
                # opens with ("Care workers") only says what kind of workers.
                # A short form in capitals is a name wherever it stands ("ORV workers").
                if (
                    " " in name
                    or ctx.names.kind(name) == "company"
                    or start > 0
                    or _SHORT_FORM.fullmatch(name)
                ):
                    employers.append(name)
            elif not union and _SYSTEM_AFTER.match(text[end:]):
                # "across the Tarnland State University system", "throughout the Kell
                # Foods chain": a body's sites all together, the body employs them.
                employers.append(name)
            # A union after "from" is whose members they are ("clerks from Local
            # 88"), not where they are.
            elif (
                not union
                and (
                    before.endswith(_PLACE_PREPS)
                    or _ON_VESSEL.search(before) is not None
                    # "in Norway and Denmark": a place listed after a place.
                    or (place_end >= 0 and _LISTED_AFTER.fullmatch(text[place_end:start]))
                )
            ):
                places.append(name)  # a place: "workers in the United States"
                place_end = end
            elif not _TIME_NAME.fullmatch(name) and not union_known:
                members.append(name)
        raw = _RAW_NAME_END.split(_COUNT_OF.sub("", text.strip()), maxsplit=1)[0]
        if employers:
            # "Kell Freight's own drivers": the drivers; "own" only marks whose they are.
            raw = re.sub(r"^.*(?:[’']s|s[’'])\s+(?:own\s+)?", "", raw)
        return Party(
            text=_DETERMINER.sub("", raw.strip(" ,")),
            orgs=tuple(dict.fromkeys(members)),
            employers=tuple(dict.fromkeys(employers)),
            places=tuple(dict.fromkeys(places)),
        )

    def _site_of_owner(self, before: str, after: str) -> bool:
        """True when a name stands right after an owner's possessive (``before`` ends in
        "Orla Foods'") and ``after`` opens with a workplace ("depot", "plant"): the name
        says which site, as in "at Orla Foods' Tarn depot"."""
        return bool(_POSSESSIVE_END.search(before)) and self._opens_with_workplace(after)

    def _site_of_its(self, before: str, after: str) -> bool:
        """True when a name stands right after a possessive pronoun (``before`` ends in
        "at its", "their own") and ``after`` opens with a workplace: "at its Kitimat
        sawmill", "at their Tralee creamery" name which of the owner's sites, a place."""
        return bool(_POSSESSIVE_PRONOUN_END.search(before)) and self._opens_with_workplace(after)

    def _opens_with_workplace(self, after: str) -> bool:
        """True when one of the two words in small letters opening ``after`` is a
        workplace ("depot", "central warehouse")."""
        words = _NEXT_WORDS.match(after)
        places = self.k.words("workplaces")
        return words is not None and any(w in places for w in words.groups() if w)

    def _site_run_by(self, after: str) -> bool:
        """True when ``after`` (the words right after a name) opens with a workplace and
        who runs it ("distribution centre run by", "warehouse operated by"): the name
        before says which site."""
        m = _SITE_RUN_BY.match(after)
        if m is None:
            return False
        places = self.k.words("workplaces") | _SITE_NOUNS
        return m.group("site") in places or f"{m.group('first')} {m.group('site')}" in places

    def _trades(self, listed: str) -> bool:
        """True when every item of a list ends in a trade in the plural ("porters,
        cooks and ward clerks"), not in other plurals ("weeks of talks, drivers")."""
        members = self.k.words("members")
        for item in LIST_SEPARATOR.split(listed):
            word = item.split()[-1].lower() if item.split() else ""
            if not (
                word in members
                or self.k.is_role(word.removesuffix("s"))
                or _TRADE_PLURAL.fullmatch(word)
            ):
                return False
        return True

    def _trade_of(self, before: str) -> bool:
        """True when ``before`` ends in a trade in the plural and "of" ("pilots of",
        "the cleaners of"): the name after it is their employer. Members "of" a name
        are its own ("members of the Kiln Guild")."""
        m = _TRADE_OF.search(before)
        if m is None:
            return False
        word = m.group(1)
        if word in ("members", "member", "membership"):
            return False
        return (
            word in self.k.words("members")
            or (word.endswith("s") and self.k.is_role(word.removesuffix("s")))
            or bool(_TRADE_PLURAL.fullmatch(word))
        )

    def _group_after(self, after: str) -> bool:
        """True when ``after`` opens with a group of workers in small letters ("
        workers", " baggage handlers"): the name before it is theirs, not them."""
        m = _GROUP_WORDS.match(after)
        members = self.k.words("members")
        return m is not None and any(
            w in members or (w.endswith("s") and self.k.is_role(w)) for w in m.group(0).split()
        )

    # --- amounts
    def currency_of(self, text: str) -> str | None:
        """The currency a money expression names, if any."""
        words = text.lower().split()
        for i in range(len(words)):
            # A currency's whole name decides a word several write: "Fijian dollars".
            for j in range(max(0, i - 4), i):
                code = self.k.currency_names.get(" ".join(words[j : i + 1]))
                if code is not None:
                    return code
        # A magnitude only some currencies count in ("lakh": rupees) yields to the
        # currency named beside it ("1.5 lakh taka").
        found = [m.group(0).lower() for m in self._currency_regex.finditer(text)]
        if not found:
            return None
        key = next((w for w in found if w not in self.k.magnitudes), found[0])
        return self._symbol_currency.get(key) or self._word_currency.get(key)

    def money(self, text: str) -> Amount | None:
        """A written amount of money as a point interval with its currency."""
        # A currency's word that is a magnitude ("9.5 lacs") is read as one too.
        value = parse_number(
            self._currency_regex.sub(
                lambda m: m.group(0) if m.group(0).lower() in self.k.magnitudes else " ", text
            ),
            self.k,
            money=True,
        )
        if value is None:
            return None
        return Amount(value, value, self.currency_of(text))

    def figure(self, text: str) -> Amount | None:
        """ "six-figure" as the interval of six-digit amounts."""
        word = re.split(r"[\s-]", text.strip())[0].lower()
        digits = self.k.figures.get(word) or (int(word) if word.isdigit() else None)
        if not digits:
            return None
        low, high = figure_interval(digits)
        return Amount(low, high, None)

    def period(self, text: str) -> str | None:
        """The period a phrase names ("an hour" -> "hour")."""
        return self._periods.get(_SPACES.sub(" ", strip_pay_basis(text.strip().lower())))

    def qualifier(self, text: str) -> str | None:
        """The effect of a qualifier phrase ("up to" -> "upper")."""
        key = re.sub(r"[\s-]+", " ", text.strip().lower()).replace("’", "'")
        return self.k.qualifiers.get(key)

    def date(self, text: str) -> DateValue:
        """A written date: "2 May 2023", "July 14, 2023", "May 2023", "2023-05-02", "1960"."""
        iso = re.match(r"(\d{4})-(\d{2})-(\d{2})", text)
        if iso:
            return DateValue(int(iso.group(1)), int(iso.group(2)), int(iso.group(3)))
        if figures := _FIGURES_DATE.fullmatch(text.strip()):
            return _figures_date(figures)
        year = re.search(r"\b(1[5-9]\d{2}|20\d{2})\b", text)
        month = None
        for word in re.findall(r"[A-Za-z]+", text):
            month = _MONTHS.get(word.lower()[:3] if word.lower()[:3] != "sep" else "sep")
            if month:
                break
        day_m = re.search(r"\b(\d{1,2})(?:st|nd|rd|th)?\b", text)
        day = int(day_m.group(1)) if day_m and month and 1 <= int(day_m.group(1)) <= 31 else None
        return DateValue(int(year.group(1)) if year else None, month, day)

    def trimmed_span(self, kind: str, text: str, ctx: TextContext) -> tuple[int, int]:
        """Where, inside captured ``text``, a phrase capture really begins and ends."""
        span: tuple[int, int] = ctx.answer(
            ("span", kind, text), lambda: self._trimmed_span(kind, text, ctx)
        )
        return span

    def _trimmed_span(self, kind: str, text: str, ctx: TextContext) -> tuple[int, int]:
        if kind in ("lphrase", "lparty"):
            kept = self.left_phrase(text, ctx)
            at = text.rfind(kept) if kept else len(text)
        elif kind in ("rphrase", "phrase", "rparty", "nphrase"):
            stops = {"rparty": _STOP_PARTY, "nphrase": _STOP_NOUN}.get(kind, _STOP_PHRASE)
            kept = self.right_phrase(text, ctx, stops)
            at = text.find(kept) if kept else 0
        else:
            return 0, len(text)
        return at, at + len(kept)

    def parse(self, kind: str, text: str, ctx: TextContext) -> Any:
        """The typed value of a capture of ``kind``."""
        value = ctx.answer(("parse", kind, text), lambda: self._parse(kind, text, ctx))
        return list(value) if isinstance(value, list) else value

    def _parse(self, kind: str, text: str, ctx: TextContext) -> Any:
        if kind in ("money", "amount"):
            return self.money(text)
        if kind == "number":
            return parse_number(text, self.k)
        if kind == "percent":
            return parse_number(text.replace("%", " "), self.k)
        if kind == "figure":
            return self.figure(text)
        if kind == "period":
            return self.period(text)
        if kind == "qualifier":
            return self.qualifier(text)
        if kind == "org":
            return self.org_names(text, ctx)
        if kind == "name":
            known = self.org_names(text, ctx)
            if known:
                return known
            name = text.strip().removesuffix("’s").removesuffix("'s")
            if name.endswith(("s’", "s'")):
                name = name[:-1]  # "Orvo Foods' lockout": the name, not its possessive
            return [_without_full_stop(name)]
        if kind == "rparty":
            phrase = self.right_phrase(text, ctx, _STOP_PARTY)
            at = text.find(phrase) + len(phrase) if phrase else -1
            member = (
                (_MEMBERSHIP_AFTER.match(text, at) or _MEMBERSHIP_CLAUSE.match(text, at))
                if at >= 0
                else None
            )
            if member:
                # "joined by clerks from the depot, who are members of the Quay Guild":
                # the aside after the party says whose members they are.
                phrase = f"{phrase} represented by {member.group('union')}"
            return self.party(phrase, ctx)
        if kind == "nphrase":
            return self.right_phrase(text, ctx, _STOP_NOUN)
        if kind == "lparty":
            phrase = self.left_phrase(text, ctx)
            aside = _ASIDE.search(text)
            member = (
                (_MEMBERSHIP.match(aside.group(0)) or _NAME_MEMBERS.match(aside.group(0)))
                if aside
                else None
            )
            if phrase and member:
                # "Porters, all members of the Quay Guild, struck": the aside says whose
                # members they are, as "porters represented by the Quay Guild" does.
                phrase = f"{phrase} represented by {member.group('union')}"
            return self.party(phrase, ctx)
        if kind in ("rphrase", "phrase"):
            return self.right_phrase(text, ctx)
        if kind == "lphrase":
            return self.left_phrase(text, ctx)
        if kind == "quoted":
            return text.strip()[1:-1].strip()
        if kind == "date":
            return self.date(text)
        if kind == "year":
            return int(text)
        if kind in ("duration", "length"):
            count = _LENGTH_UNIT.sub("", text)
            one = _ONE_UNIT.fullmatch(count.strip())
            number = 1.0 if one else parse_number(count, self.k) or 0.0
            unit = text.lower()
            days = 1.0
            for word in ("week", "month", "year", "hour"):
                if word in unit:
                    days = DAYS_IN[word]
            return number * days
        return " ".join(text.split())


def _join_listed(names: list[tuple[str, int, int]], text: str) -> list[tuple[str, int, int]]:
    """Names one after another with commas joined when they are one name (see
    :func:`listed_name`): "Department for Culture", "Media and Sport" is one."""
    out: list[tuple[str, int, int]] = []
    i = 0
    while i < len(names):
        j = i
        while j + 1 < len(names) and text[names[j][2] : names[j + 1][1]] == ", ":
            j += 1
        if j > i and listed_name([n for n, _, _ in names[i : j + 1]]):
            start, end = names[i][1], names[j][2]
            out.append((text[start:end], start, end))
            i = j + 1
        elif j == i and out and out[-1][1:] == names[i - 1][1:] and _after_comma(names, i, text):
            # "Amplats, Implats and Lonmin": a list's last item "B and C" closes the
            # list with "and", two names, when the list is no one name.
            out += _last_of_list(names[i], text)
            i += 1
        else:
            out.append(names[i])
            i += 1
    return out


def _after_comma(names: list[tuple[str, int, int]], i: int, text: str) -> bool:
    """True when name ``i`` follows another name and a comma."""
    return i > 0 and text[names[i - 1][2] : names[i][1]] == ", "


def _last_of_list(name: tuple[str, int, int], text: str) -> list[tuple[str, int, int]]:
    """The last item of a list of names, split where "and" closes the list."""
    words, start, end = name
    m = re.search(rf"\s+and\s+(?=(?-i:[{UPPER}])|{BRAND_OPENING})", words)
    if m is None:
        return [name]
    left_end = start + m.start()
    right_start = start + m.end()
    return [(text[start:left_end], start, left_end), (text[right_start:end], right_start, end)]


_MONTH_NEXT = re.compile(r"(?:Jan|Feb|Mar|Apr|May|Jun|Jul|Aug|Sep|Oct|Nov|Dec)[a-z]*\.?$")
# A short form in capitals ("NZEI", "PSAC"): a name on its own.
_SHORT_FORM = re.compile(r"(?-i:[A-Z]{3,})")
_TWO_CAPITALS = re.compile(r"(?-i:[A-Z]{2,})")
# A capitalised part joined by a hyphen right before or after a name: "Filt-", "-TA".
_GLUED_BEFORE = re.compile(rf"(?<![\w-])((?-i:[{UPPER}])[\w]*)-$")
_GLUED_SHORT = re.compile(rf"(?-i:[{UPPER}][\w]*-[A-Z]{{2,}}|[A-Z]{{2,}}-[{UPPER}][\w]*)")
_GLUED_AFTER = re.compile(rf"-((?-i:[{UPPER}])[\w]*)(?![\w-])")
_POSSESSIVE_END = re.compile(r"[’']s?$")
# A name written with a dot inside it: "Ver.di", "Tallis.com".
_DOTTED = re.compile(r"(?-i:[A-Z][a-z]+\.[a-z]{2,})")


def _sentence_case_name(text: str, at: int, matched: str, ctx: TextContext) -> str:
    """``matched`` (a capitalised run at ``at`` in ``text``), or the longer name in
    sentence case the text defines that opens there."""
    for name in ctx.sentence_case_names:
        if len(name) > len(matched) and text.startswith(name, at):
            end = at + len(name)
            if end == len(text) or not _WORD_CHAR.match(text[end]):
                return name
    return matched


# "both" just before a run of capitalised words.
_BOTH_BEFORE = re.compile(r"(?<![\w-])both\s+$", re.IGNORECASE)


def _two_of_both(words: list[tuple[str, int]]) -> list[list[tuple[str, int]]]:
    """A run after "both" split at its one "and" into the two names it pairs ("both Orla
    and Vell" is two however short each is; "and the" drops the article too); a run with
    no "and", or more than one, is read as any other (:func:`_split_list`)."""
    ands = [i for i, (w, _) in enumerate(words) if w == "and"]
    if len(ands) != 1 or not 0 < ands[0] < len(words) - 1:
        return _split_list(words)
    i = ands[0]
    right = words[i + 2 :] if words[i + 1][0] == "the" else words[i + 1 :]
    if not right:
        return _split_list(words)
    return [*_split_list(words[:i]), *_split_list(right)]


def _split_list(words: list[tuple[str, int]]) -> list[list[tuple[str, int]]]:
    """A run of capitalised words split where "and" joins two whole names: "Orla Foods
    and Bex Dairy" is two, "Motion Picture and Television Producers" one. A name is
    whole when it has two words or more and ends in a plural or an organisation's form;
    before "and the", a union's form makes it whole too."""
    for i, (word, _) in enumerate(words):
        if word.endswith(("’s", "'s", "s’", "s'")) and 0 < i + 1 < len(words):
            # "Tessel Bank's Leeds branch": the owner is a name of its own, unless the
            # whole reads as one organisation ("Longshoremen's Association").
            joined = " ".join(w for w, _ in words)
            if not (looks_like_union(joined) or looks_like_company(joined)):
                return [words[: i + 1], *_split_list(words[i + 1 :])]
        # "NZTA and the OLPU": a short form in capitals is a whole name alone.
        short = _SHORT_FORM.fullmatch(words[0][0]) is not None
        if (
            word == "and"
            and i == 1
            and len(words) == 3
            and all(_TWO_CAPITALS.fullmatch(w) for w, _ in (words[0], words[2]))
        ):
            # "BT and KPN": two words in capitals alone, of two letters or more, are two
            # short names; no one name is written so.
            return [words[:1], words[2:]]
        if word != "and" or i < (1 if short else 2) or i + 1 >= len(words):
            continue
        last = words[i - 1][0]
        left = " ".join(w for w, _ in words[:i])
        right = " ".join(w for w, _ in words[i + 1 :])
        whole = (last.endswith("s") and not last.endswith(("’s", "'s"))) or looks_like_company(left)
        # "Porters and Cleaners' Federation": the trades share the union's head word.
        named = looks_like_union(left) or looks_like_company(left)
        shared = looks_like_union(right) and not named
        if whole and not shared and words[i + 1][0][:1].isupper():
            return [words[:i], *_split_list(words[i + 1 :])]
        # "KTDU and Navra members": a short form in capitals alone before "and" is one
        # name, and the capitalised name after it another.
        if short and i == 1 and words[i + 1][0][:1].isupper():
            return [words[:i], *_split_list(words[i + 1 :])]
        # "KTWA Te Kaha and the OLPU": a name opened by a short form is whole.
        if (
            words[i + 1][0] == "the"
            and i + 2 < len(words)
            and (whole or short or looks_like_union(left))
        ):
            # "the Tilers Guild and the Roofers Union": "and the" joins two names.
            return [words[:i], *_split_list(words[i + 2 :])]
    return [words]


def _alias_key(text: str) -> str:
    return re.sub(r"[\s-]+", " ", text.replace("’", "'")).strip().lower()
