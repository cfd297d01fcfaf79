"""Pattern macros: the ``{money}``, ``{org}``, ``{title}``... building blocks of rule
patterns, built from the knowledge tables so that adding a currency or a union is a
YAML edit that every rule sees.

In a rule pattern, ``{kind}`` matches without capturing, ``{kind:name}`` captures the
match as field source ``name``, and ``{words(list)}`` matches any word of a lexicon
list. The same name may be captured in several alternatives as ``name``, ``name#2``...
"""

from __future__ import annotations

import itertools
import re
from collections.abc import Iterable

from factcheck.letters import LOWER, SHORT_GIVEN_NAMES, UPPER
from factcheck.rulepacks.foreign_titles import (
    BRACKETED_TITLE,
    COMPLEMENT,
    COMPOUND_HEAD,
    FOREIGN_HEAD,
    GENDERED_FIELD,
    GLOSS_OPEN,
    GLOSS_WORD,
    GLOSSED_TITLE,
    ROMANCE_TITLE,
    SMALL_FIELD_TITLE,
)
from factcheck.rulepacks.gender_marks import GENDERED_TITLE
from factcheck.rulepacks.knowledge import Knowledge
from factcheck.rulepacks.levels import BRACKETED_LEVEL, LEVEL, LEVEL_AT, ROMAN

MACRO = re.compile(r"\{([a-z_]+)(?:\(([a-z_]+)\))?(?::([a-z_]+)(?:#(\d+))?)?\}")

_MONTHS = (
    r"(?:Jan(?:uary|\.)?|Feb(?:ruary|\.)?|Mar(?:ch|\.)?|Apr(?:il|\.)?|May|June?|July?|"
    r"Aug(?:ust|\.)?|Sep(?:t(?:ember|\.)?|\.)?|Oct(?:ober|\.)?|Nov(?:ember|\.)?|Dec(?:ember|\.)?)"
)
_SEASONS = r"(?:spring|summer|autumn|fall|winter)"
# Words before a month naming a part of it: "early May", "mid-June", "late in March",
# "the start of April", "the end of May".
MONTH_PART = (
    r"(?:(?:early|mid|late)(?:[\s-]+in)?[\s-]+"
    r"|the\s+(?:start|beginning|middle|end|close)\s+of\s+)"
)
_DAYS = r"(?:Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday)"
_TIME_UNITS = r"(?:week|month|year|quarter|weekend|season)"
_YEAR = r"(?:19|20)\d{2}"
# A phrase saying when something happened, which may stand between a verb and what it
# takes ("advertised last month for", "was looking in the spring of 2025 for"): "this
# week", "earlier this year", "over the summer", "in March 2025", "two weeks ago".
WHEN = (
    r"(?:(?:(?:earlier|later|early|late)\s+)?(?:last|this|that|next|the\s+same)\s+"
    rf"(?:{_TIME_UNITS}|{_SEASONS}|{_MONTHS}|{_DAYS})"
    r"|(?:earlier|later)\s+in\s+the\s+(?:week|month|year)"
    r"|(?:in|over|during|through(?:out)?|across)\s+(?:the\s+)?"
    r"(?:(?:early|late|past|first|second|third|fourth|last)\s+)?"
    rf"(?:{_SEASONS}|{_TIME_UNITS}s?|half|new\s+year)(?:\s+(?:of\s+)?{_YEAR})?"
    rf"|(?:in|during|through(?:out)?|since)\s+(?:(?:early|mid|late)[-\s])?(?:{_MONTHS}|{_YEAR})"
    rf"(?:,?\s+{_YEAR})?"
    rf"|on\s+{_DAYS}"
    r"|(?:a|one|two|three|four|five|six|several|a\s+few)\s+(?:days?|weeks?|months?)\s+ago"
    # A time told by another event: "at the same time", "in the meantime".
    r"|at\s+the\s+same\s+time|in\s+the\s+meantime"
    r")(?![\w])"
)

# A time of day told before the date it falls on, which a dated event's verb may take
# first ("began at 6 a.m. on 3 May", "walked out shortly after 1 a.m. on Monday, June
# 10", "resumed at 06:00 local time on 4 July", "was declared on the night of 12 May"):
# a clock time with "at", "from", "by" or "(shortly) after/before", midnight, noon or
# dawn, or a part of the day "of" the date. The date, and any "on" before it, follow.
_CLOCK = (
    r"\d{1,2}(?:[:.]\d{2})?\s*(?:[ap]\.?m\.?(?![\w])|o['’]clock|hrs\b|h\b)"
    r"|\d{1,2}[:.h]\d{2}(?:\s*(?:hrs|h)\b)?"
    r"|midnight|noon|midday|dawn|daybreak|dusk|first\s+light"
)
DAYTIME = (
    r"(?:(?:(?:shortly|just|soon|right|some\s+time|not\s+long)\s+(?:after|before)"
    r"|(?:at|from|by|after|before)(?:\s+(?:around|about|approximately|roughly))?|around)"
    rf"\s+(?:{_CLOCK})(?:\s+(?:local\s+time|(?-i:[A-Z]{{2,4}})))?"
    r"|(?:on\s+|in\s+)?the\s+(?:(?:early|small|late|wee)\s+)?(?:night|morning|afternoon"
    r"|evening|eve|hours)\s+of)"
)
# The spaces that group digits in threes ("15 899"; SI style, and many languages), a
# no-break, thin or narrow no-break space among them.
GROUP_SPACES = " \u00a0\u2009\u202f"
# What groups digits in threes: those spaces, or an apostrophe as Swiss figures are
# written ("CHF 96'500").
GROUP_MARKS = GROUP_SPACES + "'’"
# Words between a pay figure and its period that say whether tax is taken ("gross a
# month", "brutos al mes", "brutto pro Jahr"): they leave the period as it is; see
# :func:`strip_pay_basis`.
PAY_BASIS = (
    r"(?:gross|net|before\s+tax|after\s+tax|pre-tax|brut(?:to|o|os|a|as|e)?|net(?:to|o|os|as))"
)
_PAY_BASIS_RE = re.compile(rf"^{PAY_BASIS}\s+", re.IGNORECASE)


def strip_pay_basis(text: str) -> str:
    """A period phrase without the gross or net word before it: "gross a month" -> "a
    month"."""
    return _PAY_BASIS_RE.sub("", text)


# A day after its month ("March 12 200 people") is no group of a number: fixed-width
# look-behinds, one per length of a month's name.
_MONTH_NAMES = (
    "Jan January Feb February Mar March Apr April May June Jun July Jul Aug August "
    "Sep Sept September Oct October Nov November Dec December"
).split()
_AFTER_MONTH = "".join(
    f"(?<!(?:{'|'.join(same)}) )"
    for same in (
        [n for n in _MONTH_NAMES if len(n) == size] for size in sorted(set(map(len, _MONTH_NAMES)))
    )
)
# Digits grouped in threes by a space or an apostrophe: every group after the first exactly
# three digits, the first not part of a longer number ("in 2019 150 people" is a year and a
# count), and nothing joined on after the last ("the 4 100-metre relay" is four races).
SPACED_DIGITS = (
    rf"(?<![\d.,]){_AFTER_MONTH}\d{{1,3}}(?:[{GROUP_MARKS}]\d{{3}})+(?:\.\d+)?"
    r"(?![\d]|[.,]\d|-\w)"
)
# Digits with English separators, or with a point for thousands ("85.000 €", "1.234,56"),
# or grouped by spaces; or as India groups them, in twos above the thousands
# ("1,42,400" is 142,400).
_DIGITS = (
    rf"{SPACED_DIGITS}|"
    r"\d{1,2}(?:,\d{2})+,\d{3}(?:\.\d+)?(?![\d]|,\d)|"
    r"\d{1,3}(?:,\d{3})+(?:\.\d+)?|\d{1,3}(?:\.\d{3})+(?:,\d{1,2})?(?![\d])|\d+(?:[.,]\d+)?"
)
# What a left-hand phrase may span: no sentence punctuation.
# A full stop inside a number or an abbreviation ("$1.2 billion", "U.S.") is no end.
# A left phrase starts at a word: trying every character inside words as a start made
# rules that open with one about five times slower, for the same trimmed phrases.
# A short form defined in parentheses belongs to the phrase: "the Kiln Guild (KG) struck",
# in any Latin capitals ("the Ölund Dockers (ÖDF)").
_LPHRASE = (
    r"(?<![^\s\"“‘'(\[/–—-])(?:[^.;:!?()\[\]]|\.(?=\S)"
    rf"|\((?-i:[{UPPER}][\w&-]{{1,11}})\)"
    r"|(?:(?<=Inc)|(?<=Ltd)|(?<=Co)|(?<=Corp)|(?<=Bros)|(?<=Jr)|(?<=Sr)|(?<=St))\."
    r"|(?<=(?-i:\b[A-Z]\.[A-Z]))\.(?=\s))"
    r"{1,160}?"
)
# A phrase runs on past the point of an initialism ("the B.C. Maritime Employers
# Association", "in the U.S."), which ends no clause, and past a firm's founder's name
# shortened inside the firm's name: a given name the old way or an initial before a
# capitalised word ("Geo. T. Rusk Company", "Wm. Pell & Sons", "John R. Vell Ltd").
_SHORT_GIVEN = "|".join(rf"(?<=(?-i:\b{name}))" for name in SHORT_GIVEN_NAMES)
_NAME_POINT = rf"(?:{_SHORT_GIVEN})\.(?=\s+(?-i:[A-Z]))|(?<=(?-i:\s[A-Z]))\.(?=\s+(?-i:[A-Z][a-z]))"
_RPHRASE = (
    r"(?:[^.;:!?()\[\]]|\.(?=\S)|(?<=(?-i:\b[A-Z]\.[A-Z]))\.(?=\s)"
    rf"|{_NAME_POINT}"
    r"){1,160}"
)


def alternation(phrases: Iterable[str], *, flexible_space: bool = True) -> str:
    """A regex matching any of ``phrases``, longest first. Short all-capital phrases
    (acronyms such as WGA or GM) match only in capitals.

    The phrases are written as a tree of their shared openings ("work(?:ers|force)")
    that tries them in the same order as the flat list and so matches exactly as it
    does (see :func:`_branches`): the regex engine tries every alternative of a list in
    turn, and a case-blind list of a few hundred names or titles tried at every word
    was most of the time spent searching rule patterns."""
    ordered = sorted(set(phrases), key=lambda p: (-len(p), p))
    if not ordered:
        return "(?!)"
    branches = _branches([_pieces(p, flexible_space) for p in ordered])
    return "(?:" + "|".join(branches) + ")"


# A piece of a phrase's regex: the key of the single character it matches (None when it
# is not one character: a flexible space, an apostrophe either way), and its regex.
_Piece = tuple[str | None, str]


def _pieces(phrase: str, flexible_space: bool) -> list[_Piece]:
    """The regex of ``phrase`` character by character: escaped, spaces and hyphens
    flexible, apostrophes either way, and acronyms (wholly) and names (their capital)
    kept in their case."""
    acronym = phrase.isupper() and len(phrase) <= 6 and phrase.isalpha()
    out: list[_Piece] = []
    for i, ch in enumerate(phrase):
        if flexible_space and ch in _FLEXIBLE:
            out.append((None, _FLEXIBLE[ch]))
            continue
        body = re.escape(ch)
        if acronym or (i == 0 and ch.isupper()):
            # A name keeps its capital: "Apple" the company, not "apple" the fruit.
            body = f"(?-i:{body})"
        out.append((_key(ch), body))
    return out


_FLEXIBLE = {" ": r"[\s-]+", "-": r"[\s-]?", "'": "['’]", "’": "['’]"}


def _key(ch: str) -> str | None:
    """What a character is grouped by: two characters with different keys never match
    the same character of text, in either case mode. Two ASCII characters both match
    one only when their lower cases are equal; a character beyond ASCII may match an
    ASCII letter ignoring case (the Kelvin sign "k", the long s "s"), so it has no key
    and is not grouped."""
    return ch.lower() if ch.isascii() else None


def _branches(phrases: list[list[_Piece]]) -> list[str]:
    """Alternatives matching as the phrases ``"|".join``-ed in this order do, with the
    phrases that open with the same character written once as a group.

    At any position the engine tries the alternatives in order and each fails at once
    unless its first character matches, so only the order among phrases whose first
    characters can match the same character counts: those share a key, and a group
    keeps their order, and those of a group that open with the same regex one after
    another share it. A phrase that opens with no keyed character (one that has
    ended, or opens with a flexible space) may match where any other does, so phrases
    are never moved across it."""
    out: list[str] = []
    run: list[list[_Piece]] = []

    def grouped() -> None:
        groups: dict[str | None, list[list[_Piece]]] = {}
        for phrase in run:
            groups.setdefault(phrase[0][0], []).append(phrase)
        for members in groups.values():
            # Phrases opening with the same regex, one after another, share it.
            for _, same in itertools.groupby(members, key=lambda m: m[0][1]):
                alike = list(same)
                if len(alike) == 1:
                    out.append("".join(body for _, body in alike[0]))
                    continue
                rest = _branches([m[1:] for m in alike])
                inner = rest[0] if len(rest) == 1 else "(?:" + "|".join(rest) + ")"
                out.append(alike[0][0][1] + inner)
        run.clear()

    for phrase in phrases:
        if phrase and phrase[0][0] is not None:
            run.append(phrase)
            continue
        grouped()
        out.append("".join(body for _, body in phrase))
    grouped()
    return out


def _bounded(alt: str) -> str:
    """Word boundaries that also work around symbols and apostrophes."""
    return rf"(?<![\w-]){alt}(?![\w])"


# Words that end a job title: what follows them is about the job, not its name.
TITLE_STOPS = frozenset(
    "a an the to for at in on with who which that and or but is are was were will would "
    "can could has have had its their his her based focused specializing specialising "
    "working who whose from by as of".split()
)


# Words before a noun that count or point at it, no part of a job's name ("new", "its").
_COUNTING_WORDS = (
    "new more other extra additional some many its their the a an several any all both".split()
)


# Words that stress a whole unit of time: "a full week", "an entire month".
WHOLE = "full|whole|entire|solid|clear|good"


class Macros:
    """The regex fragment for every macro kind, for one set of knowledge."""

    def __init__(self, knowledge: Knowledge):
        k = knowledge
        self.knowledge = k
        # One capital and one small letter, Latin Extended-A's among them
        # (factcheck.letters): a rule reading a name by its case says "{upper}", so that
        # "Łódź", "Škoda" and "İzmir" open names as "Leeds" does.
        self.upper = f"[{UPPER}]"
        self.lower = f"[{LOWER}]"
        word_numbers = [w for w in k.number_words if w not in ("a", "an")]
        mag_words = [m for m in k.magnitudes if len(m) > 2]
        mag_short = [m for m in k.magnitudes if len(m) <= 2]
        numword = alternation(word_numbers)
        self.number = (
            rf"(?:(?:a|an|one|{alternation(k.fractions)})\s+(?:of\s+)?(?:a|an|one)?\s*"
            rf"{alternation(mag_words)}"
            # Never from inside a number: a name read as "Vote 9" must not leave "8.68%"
            # of "98.68%" behind.
            rf"|(?<![\d])(?<!\d[.,])(?:{_DIGITS})"
            rf"(?:\s?(?-i:{alternation(mag_short, flexible_space=False)})(?![\w])"
            # A magnitude may be glued on: "$292.6million".
            rf"|\s*{alternation(mag_words)}(?![\w]))?"
            rf"|(?:a|an)\s+(?:hundred|dozen)(?:\s+{alternation(mag_words)})?"
            rf"|{_bounded(numword)}(?:(?:(?<=hundred)\s+and)?[\s-]+{numword})*"
            rf"(?:\s+{alternation(mag_words)})?"
            r"(?![\w]))"
        )
        symbols = [s for c in k.currencies.values() for s in c.symbols]
        # The money macro reads a word only after a figure, so words that are money only
        # there ("won") are among its words.
        words = [w for c in k.currencies.values() for w in (*c.words, *c.after_figure)]
        before = sorted({s for c in k.currencies.values() for s in c.before_figure})
        # Symbols of letters read only as written and just before a figure ("Ft 480 000",
        # "S/ 1,400"), never after one ("40 ft") nor inside a word (the "Kz" of "KZT").
        ahead = (
            rf"|(?<![^\W\d_])(?-i:{alternation(before, flexible_space=False)})(?![^\W\d_])"
            if before
            else ""
        )
        self.currency_symbol = f"(?:{currency_symbols(symbols)}{ahead})"
        # A symbol of one letter is read only glued to the digits after it ("R14 750"),
        # written so that a sentence needs the letter and a digit together (claims/needs).
        glued = sorted(s for s in symbols if len(s) == 1 and s.isalpha())
        letters = "|".join(map(re.escape, glued))
        marks = currency_symbols([s for s in symbols if s not in glued])
        glued_money = (
            # "R14 750", or "R 14 750" with a space before digits grouped in threes; the
            # letter and the digit after it written together, so that claims/needs reads
            # them as one string ("R0") that a sentence must hold
            rf"|(?<![\w.])(?:(?-i:{letters})\d(?:\d{{0,2}}(?:[{GROUP_MARKS}]\d{{3}})+|\d*)"
            rf"|(?-i:{letters}) \d{{1,3}}(?:[{GROUP_MARKS}]\d{{3}})+)(?![\d])(?:[.,]\d+)?"
            rf"(?:\s?(?-i:{alternation(mag_short, flexible_space=False)})(?![\w])"
            rf"|\s*{alternation(mag_words)}(?![\w]))?"
            if glued
            else ""
        )
        # A currency's last word may follow the capitalised words of its name ("540,000
        # Kazakhstani tenge", "9,000 Sri Lankan rupees"); values.currency_of reads the name.
        named = (
            rf"|(?:(?-i:[{UPPER}][\w'-]*)\s+){{1,3}}{alternation(k.currency_words)}"
            if k.currency_words
            else ""
        )
        self.money = (
            rf"(?:(?:{marks}{ahead})\s?{self.number}{glued_money}"
            rf"|{self.number}\s?(?:{marks}|{alternation(words)}{named})(?![\w]))"
        )
        self.amount = rf"(?:{self.money}|{self.number})"
        # "€2,400 gross a month": gross or net pay is pay for the period all the same.
        self.period = rf"(?:{PAY_BASIS}\s+)?(?:{alternation(k.period_phrases)})(?![\w])"
        self.qualifier = _bounded(alternation(k.qualifiers))
        self.figure = rf"(?<![\w.,])(?:{alternation(k.figures)}|\d{{1,2}})[\s-]figures?"
        aliases = [a for o in k.organisations.values() for a in (*o.aliases, *o.context_aliases)]
        self.org = _bounded(alternation(aliases))
        seniority = alternation(k.seniority)
        rest = r"[\w&/+.-]*"
        # A role: a listed one or a word with an occupation's ending, singular or plural
        # (claims/fields checks the word against the same knowledge).
        endings = "|".join(sorted(k.role_endings, key=lambda e: (-len(e), e)))
        not_roles = alternation(k.not_roles) if k.not_roles else "(?!)"
        endings = endings or "(?!)"
        # Latin letters with diacritics count: a "Kranführer" is a doer as a "driver" is.
        latin = f"{UPPER}{LOWER}"
        plain = rf"(?:{alternation(k.roles)}|[{latin}]{{3,}}(?:{endings}))(?:s|es)?"
        # A role that is also a seniority ("Staff", "Lead", "Trainee") ends a title only
        # when no role follows within three words: in "Staff Engineer - Payments" or
        # "Lead Data Analyst" it is the seniority, and the title runs on to its team.
        both = {w.lower() for w in k.roles} & {w.lower() for w in k.seniority}
        stops = alternation(TITLE_STOPS)
        then_role = rf"(?:\s+(?!(?:{stops})(?![\w]))[{latin}][\w&/+.-]*){{0,3}}?\s+{plain}(?![\w])"
        # The other roles leave those words out, so that a refused one is not taken anyway.
        others = alternation({w for w in k.roles if w.lower() not in both})
        by_ending = rf"[{latin}]{{3,}}(?:{endings})"
        role = rf"(?:{others}|{by_ending})(?:s|es)?"
        if both:
            seniors = rf"(?:{alternation(both)})(?:s|es)?(?![\w])"
            role = rf"(?:{seniors}(?!{then_role})|(?:{others}|(?!{seniors}){by_ending})(?:s|es)?)"
        role = rf"(?!{not_roles}(?![\w])){role}"
        # Two roles held as one ("secretary-treasurer", "Cashier/Stocker", "Driver /
        # Loader"), a shared or second one ("co-president", "vice-chair"). A slash may
        # join a second role of up to three words: "Firefighter/Emergency Medical
        # Technician" is one job, not its first half.
        slash = rf"\s?/\s?(?:[A-Za-z][\w-]*\s+){{0,2}}?{plain}"
        role = rf"(?:(?:co|vice|sub|joint)-)?{role}(?:(?:-{plain}|{slash})(?![\w]))?"
        # A rank written after the role, in the order of the languages the title came
        # from: "secretary-general", "Director General", "attorney general", "consul
        # general" (never "generally", nor the first word of "general manager").
        role = rf"{role}(?:[-\s]general(?![\w-])(?!\s+(?:{plain})(?![\w])))?"
        # A role by its short form in capitals ("CFO", "PMs"), never in lower case ("6 pm").
        if shorts := k.role_abbreviations():
            role = rf"(?:(?-i:{alternation(shorts)})s?(?![\w])|{role})"
        # "Head of Product", "Director of Research & Development", "head of risk".
        of_part = (
            rf"(?:\s+of\s+(?-i:[{UPPER}][\w/+.-]*)(?:\s+(?:(?:&|and)\s+)?(?-i:[{UPPER}][\w/+.-]*)){{0,3}}"
            # A field in small letters may run to three words ("head of human resources",
            # "head of delivery operations"); the fewest that let the rest match are taken.
            r"|(?:(?<=[Hh]ead)|(?<=[Cc]hief))\s+of\s+(?-i:[a-z]+)"
            rf"(?:\s+(?:and|&)\s+(?-i:[a-z]+)|(?:\s+(?!(?:{stops})(?![\w]))(?-i:[a-z]+)){{0,2}}?)?"
            # A director's or manager's field in small letters is one word, or two joined
            # ("director of transportation", "manager of finance and administration").
            r"|(?:(?<=[Dd]irector)|(?<=[Mm]anager))\s+of\s+"
            rf"(?!(?:{stops})(?![\w]))(?-i:[a-z]{{3,}})(?:\s+(?:and|&)\s+(?-i:[a-z]{{3,}}))?(?![\w-]))"
        )
        # A level or grade after the role: "II", "L5", "GS-13", "ST3", "Band 7", "at Grade
        # 7", "(Tier 2)" (factcheck.rulepacks.levels).
        bracketed = rf"\s*\(\s*{BRACKETED_LEVEL}\s*\)"
        # A bare number is a level only where the title ends with it ("Technician 3, who
        # ..."): "a welder 2 days a week" has none.
        numbered = rf"\s+\d{{1,2}}(?=\s*[,.;:)]|\s*$|\s+(?:{stops})(?![\w]))"
        level = (
            rf"(?:,?\s+{LEVEL}|\s+at\s+(?-i:{LEVEL_AT}(?![\w-]))"
            rf"|{bracketed}|{numbered})"
        )
        # The number or numeral of a grade whose scheme word ends a title's team.
        graded = (
            r"(?:(?<=Band)|(?<=Grade)|(?<=Level)|(?<=Tier)|(?<=Step)|(?<=Scale)|(?<=Range))"
            rf"\s+(?-i:\d{{1,2}}[A-Za-z]?|{ROMAN})(?![\w-])"
        )
        # A title: seniority, up to five modifiers, a role, then optionally "of" a field, a
        # level, and a team after a dash or comma in capitals ("Product Manager - Machine
        # Learning Platform"), itself perhaps ranked in brackets ("Picker - Days (Tier 2)").
        # The fewest words that end in a role are taken.
        # What a title's role may be specified by in brackets, in capitals, where a dash
        # carries the title on after it: "Transit Operator (Bus) – Nights". Alone, words
        # in brackets after a title may be a source ("a Crane Operator (Reuters)").
        # Or by a level after the brackets: "Care Assistant (Welsh) at grade C2".
        specified = (
            rf"(?:\s*\((?-i:[{UPPER}][\w&/.-]*(?:\s+[{latin}][\w&/.-]*){{0,2}})\)"
            rf"(?=\s*[-–—]\s*(?-i:[{UPPER}])|{level}))"
        )
        # A word before the role: never a verb's object marker or a word that points
        # ("The growers put their Picker openings up" has no title "growers put their
        # Picker"), though "and", "or" and "of" join a name's parts ("Health and Safety
        # Officer").
        inner_stops = alternation(TITLE_STOPS - {"and", "or", "of"})
        modifier = rf"(?!(?:{inner_stops})\s)(?:[{latin}0-9]{rest}|&)"
        self.title = (
            # Never from a word that joins or points ("the role of X", "with 40 staff").
            rf"(?!(?-i:the|a|an|with|to|for|at|in|on|by|from|of|and|or)\s)"
            # A title with a gender mark ("Kranführer (m/w/d)") is one whatever its role
            # word (factcheck.rulepacks.gender_marks).
            rf"(?:{GENDERED_TITLE}|"
            # A modifier may carry its short form in capitals, in brackets: "Heavy Goods
            # Vehicle (HGV) Driver", "Rubber-Tyred Gantry (RTG) Technician".
            rf"(?:{seniority}\s+)*?(?:{modifier}(?:\s*\((?-i:[A-Z][A-Z0-9&]{{1,5}})\))?\s+){{0,5}}?"
            rf"{role}(?![\w])"
            rf"(?:{of_part}|{COMPLEMENT}|{GENDERED_FIELD}(?![\w]))?{level}?{specified}?"
            rf"(?:\s*[-–—,:]\s*(?-i:[{UPPER}]{rest}(?:\s+(?:[{UPPER}]{rest}|of|and|for|&)){{0,5}})"
            # A grade the team's words name the scale of: ", Customer Services Grade 3".
            rf"(?:{graded})?(?:{bracketed})?)?)"
        )
        # What a hiring verb takes: a title, or a few words ending in a word that names a
        # job only there ("relief mail carriers"); never from a word that counts or
        # points ("new", "more", "its"), so "recruiting new members" stays no job.
        # A title in a Romance language whose role no table knows ("Encargado/a de
        # Tienda"), read only as what a hiring verb takes, and only where a punctuation
        # mark or a word that ends titles closes it.
        gloss = rf"{GLOSS_OPEN}an?\s+(?:{GLOSS_WORD}\s+){{0,4}}?{plain}(?![\w])\s*[,.;(—–]"
        foreign = (
            rf"(?:(?:{FOREIGN_HEAD}(?:{COMPLEMENT}|{GENDERED_FIELD})|{SMALL_FIELD_TITLE}"
            rf"|{ROMANCE_TITLE}){level}?"
            rf"(?=\s*[,.;:()\[]|\s*$|\s+(?:{stops})(?![\w]))"
            # Glossed: ", a children's librarian," names a job in English right after.
            rf"|{GLOSSED_TITLE}(?={gloss})"
            # One word ending in a role, glossed so: "a butikschef — a store manager —".
            rf"|{COMPOUND_HEAD}(?-i:{alternation(sorted(r.lower() for r in k.roles))})(?={gloss})"
            # Glossed in brackets: "(Shift Manager)" ends in a role.
            rf"|{BRACKETED_TITLE}(?=\s*\(\s*(?:{GLOSS_WORD}\s+){{0,4}}?{plain}\s*\)))"
        )
        # A role with its other gender in brackets and its field in small letters
        # ("Infirmier(ère) de nuit") is read whole before the role alone ("Infirmier").
        gendered = rf"{SMALL_FIELD_TITLE}{level}?(?=\s*[,.;:()\[]|\s*$|\s+(?:{stops})(?![\w]))"
        # A posting's title by its marks, whatever its role word: capitalised words, a
        # specifier in brackets and a level after a dash ("Shift Boss (Underground) –
        # Level 2", "Pit Foreperson (Open Cast) - Grade B"), read where a verb hires.
        marked = (
            rf"(?-i:[{UPPER}][\w&/.-]*(?:\s+[{UPPER}][\w&/.-]*){{0,3}})"
            rf"\s*\((?-i:[{UPPER}][\w&/.-]*(?:\s+[{latin}][\w&/.-]*){{0,2}})\)"
            rf"\s*[-–—]\s*{LEVEL}"
        )
        if k.hired_roles:
            counts = alternation([*k.number_words, *_COUNTING_WORDS])
            self.hired = (
                rf"(?:{gendered}|{self.title}|{foreign}|{marked}|(?:(?!(?:{counts}|\d+)(?![\w]))[A-Za-z][\w-]*\s+){{0,3}}"
                rf"{alternation(k.hired_roles)}s?(?![\w]))"
            )
        else:
            self.hired = rf"(?:{gendered}|{self.title}|{foreign}|{marked})"
        # Guillemets and low-high quotes too: "«Conseiller Vente»", "„Lagerhelfer“". Plain
        # single quotes hold a title that opens on a capital and close where no letter
        # follows, so an apostrophe inside ("'Children's Nurse'") does not end it.
        self.quoted = (
            r"(?:[“\"‘](?:[^“”\"‘’]{2,150})[”\"’]|«(?:[^«»]{2,150})»|„(?:[^„“”]{2,150})[“”]"
            rf"|(?<![\w'])'(?=[{UPPER}])(?:[^'\n“”\"]|'(?=\w)){{1,149}}?[^\s']'(?![\w]))"
        )
        self.date = (
            # A part of a month ("early May 2023", "mid-June", "the end of March"): the
            # month, its part read by the date comparator (evidence/month_parts.py).
            rf"(?:{MONTH_PART}(?-i:{_MONTHS})(?:,?\s+\d{{4}})?(?![\w])"
            rf"|(?:\d{{1,2}}(?:st|nd|rd|th)?\s+){_MONTHS}(?:,?\s+\d{{4}})?"
            rf"|{_MONTHS}\s+\d{{1,2}}(?:st|nd|rd|th)?(?:,?\s+\d{{4}})?"
            rf"|{_MONTHS}\s+\d{{4}}|\d{{4}}-\d{{2}}-\d{{2}}"
            # In figures, either order ("11/28/2025", "28/11/2025"): claims/values reads it.
            r"|(?<![\w/])\d{1,2}/\d{1,2}/(?:19|20)\d{2}(?!/)"
            r"|(?:19|20)\d{2})(?![\w])"
        )
        self.year = r"(?<![\w])(?:1[5-9]|20)\d{2}(?![\w])"
        self.when = WHEN
        self.daytime = DAYTIME
        # "Two full weeks": a word vouching for the whole unit may stand before it.
        self.duration = (
            rf"(?:{self.number})[\s-]+(?:(?:{WHOLE})\s+)?(?:days?|weeks?|months?|years?|hours?)"
            r"(?![\w])"
        )
        # A duration, or one unit with an article ("lasted nearly a year", "for a full
        # week"); never "an hour" or "a week" alone in pages, where they are pay periods.
        self.length = (
            rf"(?:{self.duration}|(?<![\w-])(?:an?|one)(?:\s+(?:{WHOLE}))?"
            r"[\s-]+(?:days?|weeks?|months?|years?)(?![\w]))"
        )
        # Latin letters with diacritics count ("Sofía Ibáñez", "Ana Lüders"), and the
        # small words of surnames before a capitalised one ("Ana da Silva").
        upper, lower = UPPER, LOWER
        particle = r"(?:de|da|das|do|dos|di|du|del|della|der|den|ten|ter|van|von|al|bin|ibn|la|le)"
        particles = rf"{particle}(?=(?:[\s-]{particle})*[\s-][{upper}])"
        # A given name of two syllables joined by a hyphen, the second in small letters
        # ("Park Jae-hyun", "Nguyen Thi-lan"): never a word that says how a name is
        # taken ("Jones-led", "Tata-owned").
        syllable = (
            rf"(?:-(?!(?:led|run|based|owned|backed|style|type|like|born|made|era)(?![\w-]))"
            rf"[{lower}]{{2,5}}(?![\w-]))?"
        )
        # A surname may have a capital inside: "McNab", "MacLeod", "O'Brien", "DiNapoli".
        more = (
            rf"(?:[{upper}]\.|[{upper}][{lower}'’]+(?:[{upper}][{lower}]+)?{syllable}"
            rf"|{particles})"
        )
        # Initials before the name a person goes by ("K. P. Sheeba", "P. Suresh Varma"),
        # each a capital, a full stop and a space.
        initials = (
            rf"(?<![\w.’'-])(?:[{upper}]\.\s){{1,3}}[{upper}][{lower}]+{syllable}"
            rf"(?:[\s-]{more}){{0,2}}"
        )
        self.person = rf"(?-i:{initials}|[{upper}][{lower}]+(?:[\s-]{more}){{1,3}})"
        self.superlative = _bounded(alternation(k.superlatives))
        # A capitalised name the tables may not know ("Cedar Valley Health").
        self.name = (
            rf"(?-i:(?<![\w])[{UPPER}][\w&’'.-]*"
            rf"(?:\s+(?:(?:of|and|for|the|&)\s+)*[{UPPER}][\w&’'.-]*){{0,5}})"
        )
        # A unit is the noun after a number; a first word not ending in "s" may be an
        # adjective before a plural noun ("paid memberships", "AI positions"), and a
        # participle may stand between the two ("train operating companies": a noun
        # and what it does, naming one kind of thing).
        # A noun of people that stays singular heads what stands before it ("claims
        # staff", "cabin crew"): the count is of staff, whatever word modifies it.
        mass = _bounded(alternation(k.lexicon.get("mass_heads", ["staff"])))
        # Two words may stand before the plural noun ("new tram drivers", "senior care
        # workers"), the second no word linking a noun to what follows ("people in its").
        # A noun that owns the next one is not what is counted: "four drivers' unions"
        # counts unions, not drivers.
        # Two kinds joined before one plural noun ("office and warehouse staff", "branch
        # and call-centre employees") count by that noun.
        self.unit = (
            rf"(?:[a-z][\w-]*[^\Ws],?\s+(?:and|or|&)\s+[a-z][\w-]*\s+(?:[a-z][\w-]*s\b|{mass})"
            rf"|[A-Za-z][\w-]*\s+{mass}"
            rf"|[A-Za-z][\w-]*[^\Ws]\s+(?!{_LINKING}\b)[a-z][\w-]*[^\Ws]\s+{_NOT_A_NOUN}[a-z][\w-]*s\b"
            rf"|[A-Za-z][\w-]*[^\Ws]\s+(?:[a-z][\w-]*ing\s+)?{_NOT_A_NOUN}[a-z][\w-]*s\b"
            r"|[A-Za-z][\w-]*)"
            r"(?![\w-]|['’]s?\s+[A-Za-z])"
        )
        self.percent = rf"(?:{self.number})\s?(?:%|per\s?cent)"

    def fragment(self, kind: str, arg: str | None) -> str | None:
        """The regex for a macro, or None when the kind is unknown."""
        if kind == "words":
            if arg is None or arg not in self.knowledge.lexicon:
                return None
            return _bounded(alternation(self.knowledge.lexicon[arg]))
        if kind in ("lphrase", "lparty"):
            return _LPHRASE
        if kind in ("rphrase", "rparty", "phrase", "nphrase"):
            return _RPHRASE
        value = getattr(self, kind, None)
        return value if isinstance(value, str) else None


_CODE = re.compile(r"[A-Z]{3}")


def currency_symbols(symbols: Iterable[str]) -> str:
    """A regex matching any currency symbol of ``symbols``. A symbol of letters in small
    letters is matched in the case it is written and as a word ("kr", not "KR" nor the
    "kr" of "kronor"); one of a single letter
    ("R", the rand) only just before a figure and not inside a word: "R14 750" is money
    (the money macro reads "R 14 750" too, its digits grouped), the "R" of "R&D" is none."""
    listed = set(symbols)
    letters = sorted(s for s in listed if len(s) == 1 and s.isalpha())
    small = sorted(s for s in listed - set(letters) if s.isalpha() and s.islower())
    # An ISO code is read in capitals and not inside a word ("MOP16,500", "9 000 KZT"; not
    # the "SAR" of "ANSAR 3").
    codes = sorted(s for s in listed if _CODE.fullmatch(s))
    # A mark of two letters or more in mixed case ("Rs", "Kč") is read as a word: the "Rs"
    # of "RSD 210,000" is no rupee.
    worded = sorted(
        s
        for s in listed - set(letters) - set(small) - set(codes)
        if s[0].isalpha() and s[-1].isalpha()
    )
    others = alternation(
        listed - set(letters) - set(small) - set(codes) - set(worded), flexible_space=False
    )
    parts = [others]
    if worded:
        parts.append(rf"(?<![^\W\d_])(?:{alternation(worded, flexible_space=False)})(?![^\W\d_])")
    if codes:
        parts.append(rf"(?<![^\W\d_])(?-i:{alternation(codes, flexible_space=False)})(?![^\W\d_])")
    if small:
        # Kept in their case, a matched word's first letters are rare enough for the
        # extractor to look for where a match opens (claims/openings).
        parts.append(rf"(?<![^\W\d_])(?-i:{alternation(small, flexible_space=False)})(?![^\W\d_])")
    if letters:
        parts.append(rf"(?<![\w.])(?-i:{'|'.join(map(re.escape, letters))})(?=\s?\d)")
    return parts[0] if len(parts) == 1 else f"(?:{'|'.join(parts)})"


# Words that link a noun to what follows it, never a modifier of a counted noun.
# Small words ending in "s" that are no plural noun: "people worked as librarians" counts
# people, not "worked as".
_NOT_A_NOUN = (
    r"(?!(?:as|is|was|has|does|his|its|this|thus|us|yes|plus|less|unless|across|always"
    r"|perhaps|whereas|besides|towards|afterwards|upwards|downwards|nowadays)\b)"
)

_LINKING = (
    r"(?:in|on|at|of|for|by|to|and|or|but|the|a|an|from|with|as|per|this|that|than"
    r"|into|across|over|under|after|before|during|since|who|which|were|are|was|is)"
)


# The kinds a capture may have; each has a parser in factcheck.claims.values.
CAPTURE_KINDS = frozenset(
    {
        "money",
        "amount",
        "number",
        "period",
        "qualifier",
        "figure",
        "org",
        "title",
        "hired",
        "quoted",
        "date",
        "year",
        "duration",
        "length",
        "person",
        "superlative",
        "unit",
        "percent",
        "words",
        "lphrase",
        "rphrase",
        "phrase",
        "lparty",
        "rparty",
        "nphrase",
        "name",
    }
)
