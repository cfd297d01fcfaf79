"""Facts a page states in its structure: schema.org data, a posting's title and pay blocks,
table cells under their headers, encyclopedia infobox rows, and what kind of page it is.

Prose is read sentence by sentence elsewhere; what is here is read by position, which is
how such pages carry their facts: a posting's pay sits in elements of its own
(``<span>$131,000</span><span>&mdash;</span><span>$187,500 USD</span>`` under "Pay range"),
a statistic in the cell where its row and column headers meet.

The page is parsed by Lexbor, as for its text (factcheck.sources.pages); a BeautifulSoup
tree over lxml gave the same facts on the 229 pages of the tests, the corpora and the
extraction benchmark, in three times the time plus 0.1 s to import.

JSON-LD is parsed with :mod:`json` and microdata read from the same tree: the pages here
need schema.org's JobPosting, NewsArticle and Organization only, and ``extruct`` would
bring RDFa and microformat parsers (rdflib) whose import alone costs more than reading a
whole page.
"""

from __future__ import annotations

import functools
import itertools
import json
import re
from collections.abc import Iterator
from dataclasses import replace
from typing import Any

from selectolax.lexbor import LexborHTMLParser

from factcheck.claims.amounts import joined_digits, money_digits
from factcheck.model import CLOSING_DATE, PageFact, PageFacts, PageKind
from factcheck.rulepacks.macros import GROUP_SPACES, PAY_BASIS
from factcheck.rulepacks.worldmoney import NOT_CODES, page_marks
from factcheck.sources.pages.markup import headed_boxes

__all__ = ["parse_pay", "read_facts"]

# Elements that hold another page's teaser, never this page's facts.
_ELSEWHERE = re.compile(
    r"similar|related|recommend|more-?jobs|other-?jobs|also|sidebar|teaser|promo|"
    r"most-?read|trending|footer|cookie|newsletter|nav",
    re.IGNORECASE,
)
_ELSEWHERE_TAGS = frozenset({"aside", "nav", "footer", "header", "form"})
# The longest line a listed opening is written in (title, place, employer, pay).
_LISTED_LENGTH = 240
# The words for pay in the languages job ads are written in, as stems that take every
# compound and inflection: German (Gehalt, Jahresgehalt, Gehaltsrahmen, Vergütung, Lohn,
# Stundenlohn, Entgelt), French (salaire, rémunération), Spanish and Portuguese
# (salario, sueldo, salário, remuneración, remuneração, retribución), Italian
# (retribuzione, stipendio), Dutch (salaris, loon), Scandinavian (lön, løn, lønn),
# Polish (wynagrodzenie), Czech (mzda).
_PAY_STEMS = (
    r"gehalt|geh[äa]lter|verg[üu]tung|l[öo]hn|entgelt|bezahlung|salaire|r[ée]mun[ée]ra"
    r"|sal[áa]ri|sueldo|retribu|stipendi|salaris|loon|l[öø]nn?|wynagrodzen|mzd[ay]"
)
# The attributes whose words name what an element holds.
_PAY_ATTRS = ("class", "id", "data-qa")
# Words of those attributes of an element holding pay ("paywall" is no pay).
_PAY_NAME = re.compile(
    rf"pay(?!wall|ment)|salary|compensation|(?<![a-z])comp(?![a-z])|wage|{_PAY_STEMS}",
    re.IGNORECASE,
)
# What a package is called where it counts more than the salary ("Package", "Total
# remuneration", "Estimated annual earnings") names pay too.
_PAY_LABEL = re.compile(
    rf"\b(?:pay|salary|salaries|compensation|wage|wages|base|package|remuneration|earnings)\b"
    rf"|\w*(?:{_PAY_STEMS})\w*",
    re.I,
)

# The currencies CLDR knows (rulepacks/worldmoney), by the marks that name one of them
# only; "$" and "£", which several write, are the dollar and the pound of English copy.
_WORLD = page_marks()
_CURRENCY_SIGNS = {
    "$": "USD",
    "£": "GBP",
    **{sign: code for sign, code in _WORLD.signs.items() if len(sign) == 1},
}
# Those signs as a class of a pattern: one list, so a table's header and a pay block read
# the same signs.
_SIGN = "[" + "".join(map(re.escape, _CURRENCY_SIGNS)) + "]"
# Signs written after the figure too ("4.280 €", "610 000 ₸"); "$" leads its figure.
_SIGN_AFTER = "[" + "".join(map(re.escape, set(_CURRENCY_SIGNS) - {"$"})) + "]"
# A currency's name, or the last word of it, after a figure ("610,000 tenge", "2,400
# Moroccan dirhams"; "dirhams" alone is either of two).
_WORDS = "|".join(sorted(map(re.escape, _WORLD.words), key=lambda w: (-len(w), w)))
# Marks of letters before or after a figure, as pay blocks write them ("kr 48 000", "R14
# 750"): "kr" is any of the crowns, a lone "R" before the digits the rand.
_LETTER_SIGNS = {
    "kr": "DKK|SEK|NOK",
    "kr.": "DKK|SEK|NOK",
    "r": "ZAR",
    "rs": "INR|PKR|LKR",  # "Rs 35,000", "Rs. 4.5 lakh": the rupee of India, Pakistan or Sri Lanka
    "rs.": "INR|PKR|LKR",
    # "Tk. 20000": English copy's taka, with the dot of an abbreviation as "Rs." has.
    "tk.": "BDT",
}
# Marks English copy writes just before a figure that CLDR does not give, or gives only
# as initials ("RM 2,400", "KD 1,150", "BD 420", "S$ 3,200"): read in pay blocks and
# tables, where a figure is pay, not a model or a quarter.
_COPY_MARKS = {"RM": "MYR", "KD": "KWD", "BD": "BHD", "QR": "QAR", "S$": "SGD"}
_LETTER_SIGNS.update({mark.lower(): code for mark, code in _COPY_MARKS.items()})
_COPY_MARK = "|".join(sorted(map(re.escape, _COPY_MARKS)))
# Symbols of letters some pages write after the figure ("105 000 Kč", "29 000 zł", "398
# 000 Ft"); those with a dollar, a yen or a slash are written before it.
_LETTERED_AFTER = "|".join(
    sorted(
        (re.escape(s) for s in _WORLD.lettered if not set(s) & set("$¥/")),
        key=lambda s: (-len(s), s),
    )
)
# Currency codes read beside a figure, before or after it ("DKK 41.500", "38.50 USD").
_CODES = "|".join(_WORLD.codes)
# Symbols of letters one currency writes, as written and just before a figure.
_LETTERED = "|".join(sorted(map(re.escape, _WORLD.lettered), key=lambda s: (-len(s), s)))
# Symbols of three letters or more are written in any case ("KSh", "Ksh", "KSH" for the
# shilling of Kenya) and often with a dot after them ("Ksh. 127,040"); shorter ones
# ("Rp", "Ft") only as CLDR writes them, since other letters beside a figure mean more.
_LONG_LETTERED = {
    s.lower(): code for s, code in _WORLD.lettered.items() if sum(c.isalpha() for c in s) >= 3
}
_ANY_CASE = "|".join(sorted(map(re.escape, _LONG_LETTERED), key=lambda s: (-len(s), s)))
# What joins a range's two figures: dashes, and the tildes Japanese and Korean pages
# write ("¥1,250〜¥1,450", "₩185,000 ~ ₩230,000").
_DASH = "[-–—‒~〜～]"
# Digits as money is written in any locale: "3,450", "3.450" (a thousands dot), "1.234,56".
_DIGITS = r"\d[\d,.]*\d|\d"
# Magnitudes a pay figure is written in; "lakh" and "crore" only rupees count in.
_SCALES = {"k": 1e3, "m": 1e6, "million": 1e6, "lakh": 1e5, "lac": 1e5, "crore": 1e7}
# Rupee magnitudes as Indian postings abbreviate them: "LPA" and "L.P.A." are lakhs per
# annum, "₹12L" twelve lakh, "₹1.2 Cr" 1.2 crore. Spelled out or abbreviated, the same.
_RUPEE_SHORT = {"lpa": "lakh", "l.p.a.": "lakh", "l.p.a": "lakh", "l": "lakh", "cr": "crore"}
_RUPEE_WORD = r"(?i:lakhs?|lacs?|crores?)\b|(?-i:LPA\b|L\.P\.A\.?|Cr\b\.?)"
# After a rupee figure a lone "L" is lakh too ("₹12L - ₹18L"); bare, it may be litres.
_SCALE = rf"[kKmM]\b|million\b|{_RUPEE_WORD}|(?-i:L)\b"
_RUPEES = "INR|PKR|LKR"
_MONEY = re.compile(
    rf"(?P<sign>{_SIGN}|\bkr\.?(?=\s?\d)|\bRs\b\.?(?=\s?\d)|(?<![\w.])R(?=\s?\d)"
    rf"|(?<![\w.])(?-i:{_COPY_MARK})(?=\s?\d)"
    rf"|(?<![\w.])(?:(?-i:{_LETTERED})|(?i:{_ANY_CASE})(?![\w$]))\.?(?=\s?\d))\s?"
    rf"(?P<num>{_DIGITS})\s?(?P<scale>{_SCALE})?"
    rf"|\b(?P<code0>{_CODES})\s?(?P<num0>{_DIGITS})\s?(?P<scale0>[kKmM]\b|million\b|{_RUPEE_WORD})?"
    rf"|(?P<num2>{_DIGITS})\s?(?P<scale2>[kK]\b|million\b|{_RUPEE_WORD})?\s?"
    rf"(?:(?P<code>{_CODES})\b|(?P<sign2>{_SIGN_AFTER}|kr\b\.?|(?-i:{_LETTERED_AFTER})(?!\w))"
    rf"|(?P<word>(?i:{_WORDS}))\b)"
    # "9.5 - 12 Lacs", "58 000 – 64 000 SEK", "3 900 – 4 400 €": the low end of a range
    # whose currency or rupee magnitude only its high end writes.
    rf"|(?P<num3>{_DIGITS})(?=\s?(?:{_DASH}|to)\s?(?:{_DIGITS})\s?(?:{_RUPEE_WORD}"
    rf"|[kK]?\s?(?:(?:{_CODES})\b|{_SIGN_AFTER}|kr\b|(?-i:{_LETTERED_AFTER})(?!\w)"
    rf"|(?i:{_WORDS})\b)))"
    rf"|(?P<num4>{_DIGITS})\s?(?P<scale4>{_RUPEE_WORD})"
)
# Thousands grouped by an apostrophe ("CHF 96'500"), as Swiss pay is written.
_APOSTROPHE_GROUPS = re.compile(r"(?<=\d)['’](?=\d{3}(?!\d))")
_CODE_AFTER = re.compile(rf"^\s*({_CODES})\b")
_CODE_NAMED = re.compile(r"\bUSD\b|US\$")
_CODE_APART = re.compile(rf"\b({_CODES})\b")
# The high end of a range after its bare low end, with the magnitude both are in.
_HIGH_AFTER = re.compile(
    rf"\s?(?:{_DASH}|to)\s?(?P<high>{_DIGITS})\s?(?P<scale>{_RUPEE_WORD}|[kK]\b)?"
)
# A range's low end is at least this share of its high end: "Grade 4 - 12,000 kr" is a
# grade and a figure, no range from 4.
_LOW_SHARE = 0.1
# What joins a sum paid on top of the pay to the pay's own figure: "+", "plus", "with",
# "including".
# A plus sign before a tax's name is the tax due on top of an invoice ("netto (+VAT)"),
# no sum paid.
_ADDED = re.compile(
    r"\+(?!\s?(?:VAT|GST|HST|MwSt|IVA|TVA|BTW|DPH|PDV|ÁFA)\b)|\b(?:plus|with|incl(?:uding|\.)?)(?!\w)",
    re.IGNORECASE,
)
# A bare number after a range's dash: its top, in the currency and scale of its bottom.
_BARE_HIGH = re.compile(
    rf"\s?(?:{_DASH}|to)\s?({_DIGITS})(?![\d.,]|\s?(?:[kKmM%]|hours?|hrs?|days?|weeks?|years?)\b)"
)
# A bare top after a dash in a magnitude of its own ("– 2.8m", "to 45k").
_SCALED_HIGH = re.compile(rf"\s?(?:{_DASH}|to)\s?({_DIGITS})\s?([kKmM]|million)\b")
# The period a pay block states, in English or as pages in other languages write it
# ("per år", "/mnd", "pro Monat", "al mes", "par an", "P.A.").
_PERIODS = (
    (
        "hour",
        re.compile(
            r"/\s?h(?:ou)?r\b|\bper hour\b|\ban hour\b|\bhourly\b|\bhr\b|\bpro stunde\b"
            r"|\bpar heure\b|\b(?:por|la) hora\b|/\s?std\b|/\s?time\b"
            # Labels that are one word: "Stundenlohn", "uurloon", "timlön", "時給" (Japanese).
            r"|\b(?:stunden|uur|tim[e]?)(?:lohn|loon|lön|løn|lønn|satz)\b|[時时][薪給给]",
            re.I,
        ),
    ),
    (
        "week",
        re.compile(
            r"/\s?w(?:ee)?k\b|\bper week\b|\ba week\b|\bweekly\b|\bpro woche\b|\bpar semaine\b"
            r"|\bpor semana\b|\bsemana(?:l|is|les)\b|\bper uke\b|[週周]薪",
            re.I,
        ),
    ),
    (
        "month",
        re.compile(
            r"/\s?mo(?:nth)?\b|\bper month\b|\ba month\b|\bmonthly\b"
            r"|/\s?(?:mnd|md|mån(?:ad)?|mes|mês|mois|monat|kk|bulan)\b|\b(?:kuukaudessa|sebulan)\b"
            r"|\bper bulan\b|\b(?:por|ao) mês\b|\bmensa(?:l|is)\b"
            r"|\bp(?:er|r\.?) (?:måned|månad|maand)\b|\b[io]m? måne?d(?:en)?\b|\bi månaden\b"
            r"|\b(?:pro|im) monat\b|\bmonatlich\b|\b(?:al|por|el) mes\b|\bmensual(?:es)?\b"
            r"|\bpar mois\b|\bmensuel(?:le)?s?\b|月[薪給给]"
            # Czech, Slovak, Polish and the South Slavic languages: "/ měsíc", "mesečno".
            r"|\b(?:měsíc|mesiac|miesi[ąę]c|mese[čc]n|mje?se[čc]n)\w*"
            # "p.m.", per mensem, written with its dots as a year's "p.a." is.
            r"|(?<![\w.])p\.\s?m\.(?!\w)"
            r"|\b(?:monats|maand|måneds|månads)(?:gehalt|lohn|entgelt|salaris|loon|lön|løn|lønn)\b",
            re.I,
        ),
    ),
    (
        "year",
        re.compile(
            r"/\s?y(?:ea)?r\b|\bper (?:year|annum)\b|\ba year\b|\bannual(?:ly)?\b|\byearly\b"
            r"|/\s?(?:år|an|año|ano|jahr|tahun)\b|\bper tahun\b|\bsetahun\b|\b(?:por|ao) ano\b"
            r"|\bp(?:er|r\.?) (?:år|jaar)\b|\b[io]m? året\b|\b(?:pro|im) jahr\b|\bjährlich\b"
            r"|\b(?:al|por el|por) año\b|\banuales?\b|\bpar an\b|\bannuel(?:le)?s?\b"
            r"|\bp\.?a\.?(?!\w)|年[薪給给収收]"
            r"|\b(?:jahres|jaar|års)(?:gehalt|lohn|entgelt|salaris|loon|lön|løn|lønn)\b",
            re.I,
        ),
    ),
    # Last, so that a block giving a day's rate beside another period ("€95 a day, about
    # €2,000 a month") keeps the period it gave before; a day's rate alone is a day's.
    (
        "day",
        re.compile(
            r"/\s?day\b|\bper day\b|\ba day\b|\bdaily\b|\bday rate\b|\bpor d[ií]a\b"
            r"|\bal d[ií]a\b|\bpar jour\b|\bpro tag\b|/\s?(?:d[ií]a|jour|tag)\b"
            r"|\bper (?:giorno|dag)\b|\bal giorno\b|\bpor jornada\b|日[給给当]|일당",
            re.I,
        ),
    ),
)
_UNIT_TEXT = {"HOUR": "hour", "DAY": "day", "WEEK": "week", "MONTH": "month", "YEAR": "year"}
# A pay figure with no period: at least this much is a year's pay, less an hour's.
ANNUAL_FLOOR = 1000.0
_LD_JSON = re.compile(r"ld\+json", re.IGNORECASE)
_JOB_POSTING = re.compile("JobPosting", re.IGNORECASE)
_INFOBOX = re.compile("infobox", re.IGNORECASE)


# Text in these is code or style, not words of the page.
_NOT_TEXT = frozenset({"script", "style", "template"})
# Elements shown in the line of their text: a figure split across them reads as one.
_INLINE = frozenset(
    {"span", "b", "strong", "em", "i", "small", "sup", "sub", "bdi", "data", "mark"}
)
_RAISED = frozenset({"sup", "sub"})
# A figure's end and a carrying on of it: a currency sign or digit, then digits or the
# decimals after a point or comma ("$" + "25" + ".95", "1" + ",200").
_FIGURE_END = re.compile(rf"(?:\d|{_SIGN})$")
_FIGURE_START = re.compile(r"\d|[.,]\d")


class _Document:
    """A page parsed by Lexbor, flattened in document order: elements and text nodes
    (comments dropped), each with its parent, and element ``i``'s descendants at
    ``i + 1 .. end[i] - 1``, so a subtree is a range and "inside" a comparison."""

    def __init__(self, root: Any) -> None:
        self.tag: list[str] = []  # "" for a text node
        self.attrs: list[dict[str, str | None]] = []
        self.parent: list[int] = []
        self.before: list[int] = []  # the previous sibling element, or -1
        self.strings: list[str | None] = []  # a text node's text; None for an element
        self.elements: list[int] = []
        last_child: dict[int, int] = {}
        stack: list[tuple[Any, int]] = [(root, -1)] if root is not None else []
        while stack:
            node, parent = stack.pop()
            tag = node.tag
            if tag == "-text":
                self._add("", {}, parent, node.text_content or "")
                continue
            if not tag or tag[0] in "-!_#":  # comments, doctypes, processing instructions
                continue
            index = self._add(tag, node.attributes, parent, None)
            self.elements.append(index)
            self.before[index] = last_child.get(parent, -1)
            last_child[parent] = index
            children = []
            child = node.child
            while child is not None:
                children.append((child, index))
                child = child.next
            stack.extend(reversed(children))
        self.end = list(range(1, len(self.tag) + 1))
        for i in range(len(self.tag) - 1, -1, -1):
            if (p := self.parent[i]) >= 0 and self.end[i] > self.end[p]:
                self.end[p] = self.end[i]

    @functools.cached_property
    def children(self) -> dict[int, list[int]]:
        """Each element's child elements, in document order (an element with none is
        not a key)."""
        out: dict[int, list[int]] = {}
        for i, parent in enumerate(self.parent):
            if parent >= 0 and self.tag[i]:
                out.setdefault(parent, []).append(i)
        return out

    @functools.cached_property
    def headed(self) -> set[int]:
        """The boxes a heading names as other pages' teasers or other jobs ("Most read",
        "Similar vacancies"), whatever their class names say."""
        n = len(self.tag)
        total, first = [0] * n, [-1] * n
        for i in range(n - 1, -1, -1):
            if not self.tag[i]:
                total[i] = len((self.strings[i] or "").strip())
                first[i] = i if total[i] else -1
            if (p := self.parent[i]) >= 0:
                total[p] += total[i]
                if first[i] >= 0:
                    first[p] = first[i]
        body = next((i for i in self.elements if self.tag[i] == "body"), 0)
        return set(
            headed_boxes(
                self.tag, self.parent, self.end, total, first, lambda i: _text(self, i), body
            )
        )

    @functools.cached_property
    def holds_text(self) -> set[int]:
        """The elements with text of their own: a text node right inside them that is
        not all white space."""
        return {
            parent
            for i, parent in enumerate(self.parent)
            if parent >= 0 and not self.tag[i] and (self.strings[i] or "").strip()
        }

    def _add(self, tag: str, attrs: dict[str, str | None], parent: int, text: str | None) -> int:
        self.tag.append(tag)
        self.attrs.append(attrs)
        self.parent.append(parent)
        self.before.append(-1)
        self.strings.append(text)
        return len(self.tag) - 1

    def get(self, node: int, name: str) -> str:
        """An attribute's value ("" when absent or empty)."""
        return self.attrs[node].get(name) or ""

    def names(self, node: int, *attrs: str) -> str:
        """The values of some attributes of ``node`` as one string, a class list's
        words one space apart; "" for no element."""
        if node < 0:
            return ""
        values = self.attrs[node]
        return " ".join(" ".join((values.get(a) or "").split()) for a in attrs)

    def descendants(self, node: int, *tags: str) -> Iterator[int]:
        """The elements inside ``node`` in document order (those of ``tags`` only)."""
        for i in range(node + 1, self.end[node]):
            tag = self.tag[i]
            if tag and (not tags or tag in tags):
                yield i

    def first(self, node: int, tag: str) -> int:
        """The first element named ``tag`` inside ``node``, or -1."""
        return next(self.descendants(node, tag), -1)

    def nearest(self, node: int, attr: str) -> int:
        """The nearest element enclosing ``node`` that has ``attr``, or -1."""
        node = self.parent[node]
        while node >= 0 and attr not in self.attrs[node]:
            node = self.parent[node]
        return node

    def previous_siblings(self, node: int) -> Iterator[int]:
        """The elements before ``node`` under the same parent, nearest first."""
        node = self.before[node]
        while node >= 0:
            yield node
            node = self.before[node]

    def text(self, node: int, separator: str, *, strip: bool = True, scripts: bool = False) -> str:
        """The text inside ``node``, its strings joined by ``separator``; stripped and
        empty ones left out when ``strip``. Scripts and styles hold no text, unless
        ``scripts`` (a JSON-LD script's own content)."""
        out: list[str] = []
        last = -1  # the text node the last string came from
        for i in range(node + 1, self.end[node]):
            string = self.strings[i]
            if string is None or (not scripts and self.tag[self.parent[i]] in _NOT_TEXT):
                continue
            if strip:
                string = string.strip()
                if not string:
                    continue
            if out and self._figure_goes_on(last, i, out[-1], string):
                out[-1] += string
            else:
                out.append(string)
            last = i
        return separator.join(out)

    def _figure_goes_on(self, left: int, right: int, before: str, after: str) -> bool:
        """True when text node ``right`` carries on the figure ``left`` ends, as a reader
        sees them: "<span>$</span><span>25</span><sup>.95</sup>" is "$25.95", the
        pieces touching in the source and only inline elements between them. White
        space or a block between them keeps them apart, as a table's cells are."""
        if not _FIGURE_END.search(before) or not _FIGURE_START.match(after):
            return False
        if left < 0 or self.strings[left] is None or self.strings[right] is None:
            return False
        if (self.strings[left] or "")[-1:].isspace() or (self.strings[right] or "")[:1].isspace():
            return False
        # Every element between the two, opened or closed, is inline.
        ancestors: dict[int, None] = {}
        up = self.parent[right]
        while up >= 0:
            ancestors[up] = None
            up = self.parent[up]
        between = [i for i in range(left + 1, right) if self.tag[i]]
        up = self.parent[left]
        while up >= 0 and up not in ancestors:
            between.append(up)
            up = self.parent[up]
        between += list(itertools.takewhile(lambda a: a != up, ancestors))
        if any(self.tag[i] not in _INLINE for i in between):
            return False
        # A raised or lowered number after digits is a note's mark ("Band 9<sup>2</sup>"),
        # unless it is the decimals ("$25<sup>.95</sup>").
        return not any(self.tag[i] in _RAISED for i in between) or not after[:1].isdigit()


def read_facts(html: str, url: str | None = None) -> PageFacts:
    """The facts a page states in its structure, and the page's kind."""
    doc = _Document(LexborHTMLParser(html.replace("\x00", "")).root)
    objects = list(_json_ld(doc))
    items: list[PageFact] = []
    types = {_type_of(o) for o in objects}
    for obj in objects:
        if _type_of(obj) == "JobPosting":
            items += _job_posting(obj, "JSON-LD")
    for scope in doc.elements:
        # A card of another posting in a "similar jobs" box is not this page's posting.
        if _JOB_POSTING.search(doc.attrs[scope].get("itemtype") or "") and not _elsewhere(
            doc, scope
        ):
            items += _job_posting(_microdata(doc, scope), "microdata")
            types.add("JobPosting")
    if any(f.kind == "pay" for f in items):
        items = _periods_as_shown(items, doc)
    heading = _headline(doc)
    if heading:
        items.append(PageFact("title", heading[1], heading[2]))
    items += _pay_blocks(doc)
    infobox = list(_infobox(doc))
    items += infobox
    cells = list(_cells(doc))
    items += cells
    items += _key_figures(doc)
    items += _closing_dates(doc)
    kind = _kind(types, doc, url or "", bool(infobox), bool(cells), items)
    if kind == "job_posting":
        said = {f.text for f in items if f.kind == "title"}
        others = _header_titles(doc, heading[0] if heading else -1, objects)
        items += [f for f in others if f.text not in said]
        items += _languages(doc, objects)
        items += _listed_openings(doc)
    return PageFacts(kind, tuple(_unique(items)))


def _listed_openings(doc: _Document) -> list[PageFact]:
    """Other openings a posting's page lists in its furniture ("Similar jobs", "Offres
    similaires"), each an item linking to its job and giving its pay: an "opening" fact
    whose ``title`` is the link's text. The posting's own pay is read elsewhere; these
    are other jobs' pay, which only a claim naming one of those jobs may be read against
    (evidence/pay_listed.py)."""
    out: list[PageFact] = []
    for node in doc.elements:
        if doc.tag[node] != "li" or not _elsewhere(doc, node):
            continue
        link = next(doc.descendants(node, "a"), -1)
        title = _text(doc, link) if link >= 0 else ""
        text = _text(doc, node)
        if not title or len(text) > _LISTED_LENGTH or not _MONEY.search(text):
            continue
        # The pay after the title: a figure in the title ("Band 4") is no pay.
        rest = text.replace(title, " ", 1)
        pay = parse_pay(rest)
        if pay is None:
            continue
        if written_period(rest) is None:
            pay["sized"] = True  # the period guessed from the figure's size
        out.append(PageFact("opening", "similar jobs", text, {**pay, "title": title}))
    return out


def parse_pay(text: str) -> dict[str, Any] | None:
    """The pay a short text gives, as ``min``, ``max``, ``currency`` and ``period``:
    "$131,000 — $187,500 USD", "$27.40 - $31.90 per hour", "£35,290", "$180k – $240k".

    The first two money figures are the range; with no period written, a figure of
    :data:`ANNUAL_FLOOR` or more is a year's pay and a smaller one an hour's."""
    figures: list[tuple[float, str | None, int]] = []
    text = joined_digits(_APOSTROPHE_GROUPS.sub("", text))
    for m in _MONEY.finditer(text):
        if figures and (extra := _ADDED.search(text, figures[0][2], m.start())):
            # "$52 per hour + $95/day site allowance": a sum after a plus sign is paid on
            # top, never the top of the range; the pay's period is the one before it.
            text = text[: extra.start()]
            break
        sign = m.group("sign") or m.group("sign2") or ""
        number = m.group("num") or m.group("num0") or m.group("num2") or m.group("num4")
        scales = ("scale", "scale0", "scale2", "scale4")
        scale = _scale_word(next((m.group(g) for g in scales if m.group(g)), ""))
        if m.group("num3"):
            # the low end of a range whose currency and magnitude the high end writes
            high_end = _HIGH_AFTER.match(text, m.end())
            if high_end is None:
                continue
            number = m.group("num3")
            scale = _scale_word(high_end.group("scale") or "")
            bottom, top = _figure(number, scale), _figure(high_end.group("high"), scale)
            if bottom is None or top is None or bottom < top * _LOW_SHARE:
                continue
        value = _figure(number, scale)
        if value is None:
            continue
        code = (
            m.group("code0")
            or m.group("code")
            or (_CODE_AFTER.match(text[m.end() :]) or [None, None])[1]
        )
        sign_code = (
            _CURRENCY_SIGNS.get(sign)
            or _LETTER_SIGNS.get(sign.lower())
            or _lettered_code(sign)
            or _WORLD.words.get((m.group("word") or "").lower())
        )
        rupees = _RUPEES if scale in ("lakh", "lac", "crore") else None
        figures.append((value, code or sign_code or rupees, m.end()))
        if len(figures) == 1 and not m.group("num3") and (bare := _BARE_HIGH.match(text, m.end())):
            # "CHF 96500 – 112000": the top of a range its first figure's sign covers
            top = _figure(bare.group(1), scale)
            if top is not None:
                figures.append((top, None, bare.end()))
        elif (
            len(figures) == 1
            and not m.group("num3")
            and scale
            and (scaled := _SCALED_HIGH.match(text, m.end())) is not None
            and _scale_word(scaled.group(2)) == scale
        ):
            # "TZS 2.35m – 2.8m": a top in the magnitude of the bottom, its sign unwritten.
            top = _figure(scaled.group(1), scale)
            if top is not None:
                figures.append((top, None, scaled.end()))
        if len(figures) == 2:
            break
    if not figures:
        return None
    low, high = figures[0][0], figures[-1][0]
    if high < low:
        high = low
    currency = next((c for _, c, _ in reversed(figures) if c), None)
    if currency == _CURRENCY_SIGNS["$"] and not _CODE_NAMED.search(text):
        # "$27.45 – $31.20 per hour (CAD)": "$" is any dollar; a code written apart from
        # the figures says which.
        named = set(_CODE_APART.findall(text)) - {currency}
        currency = named.pop() if len(named) == 1 else currency
    # The period is the pay's own: a sum added after it ("$0.68 per mile plus $22.00/hour
    # for delays") is paid on top, in a period of its own.
    extra = _ADDED.search(text, figures[-1][2])
    period = written_period(text[: extra.start()] if extra else text)
    if period is None:
        period = "year" if low >= ANNUAL_FLOOR else "hour"
    return {"min": low, "max": high, "currency": currency, "period": period}


def _lettered_code(sign: str) -> str | None:
    """The currency a symbol of letters names, as written ("Kč") or, for one of three
    letters or more, in any case and with a dot after it ("Ksh.", "KSh")."""
    if sign in _WORLD.lettered:
        return _WORLD.lettered[sign]
    if sign.rstrip(".") in _WORLD.lettered:
        return _WORLD.lettered[sign.rstrip(".")]  # "Tk. 20,000", the symbol with a dot
    lower = sign.lower()
    return _LONG_LETTERED.get(lower) or _LONG_LETTERED.get(lower.rstrip("."))


# The hours a job is worked, not the period its pay is paid in: "(37 hours per week)",
# "based on 40 hrs/week", "7.5 hours a day", "35 Stunden pro Woche", "151,67 heures par mois".
_HOURS_WORKED = re.compile(
    r"(?<![\d.,])\d{1,3}(?:[.,]\d{1,2})?(?:\s*(?:-|–|to)\s*\d{1,3}(?:[.,]\d{1,2})?)?"
    r"[\s-]*(?:hours?|hrs?|h|horas?|stunden|std\.?|heures|uur|timer)\b"
    r"\s*(?:(?:a|per|each|every|/|pro|par|in\s+der|la|por)\s*)?"
    r"(?:working\s+)?(?:weekly|week|wk|woche|semaine|semana(?:l|is|les)?|week|uke|day|daily"
    r"|tag|jour|dia"
    r"|month|monat|mois)\b",
    re.IGNORECASE,
)


def written_period(text: str) -> str | None:
    """The pay period a text names ("per month", "Hourly rate", "月薪"), or None; the
    hours the job is worked ("37 hours per week") name no period of its pay."""
    text = _HOURS_WORKED.sub(" ", text)
    return next((p for p, pattern in _PERIODS if pattern.search(text)), None)


def _scale_word(written: str) -> str:
    """A figure's magnitude as :data:`_SCALES` names it: "Lacs" -> "lac", "LPA" -> "lakh",
    "Cr." -> "crore"."""
    word = written.lower().rstrip("s")
    return _RUPEE_SHORT.get(word.rstrip("."), _RUPEE_SHORT.get(word, word))


def _figure(number: str, scale: str) -> float | None:
    """The value of a money figure's digits and its scale ("k", "million"). A scaled
    figure's dot is a decimal point ("$1.5M", "$98.4K"); otherwise the separators are
    read as the figure's locale writes them: "€ 3.450" is 3,450, "€3.45" is 3.45."""
    factor = _SCALES.get(scale, 1.0)
    if scale and re.fullmatch(r"\d+(?:,\d{3})*(?:\.\d+)?", number):
        return float(number.replace(",", "")) * factor
    value = money_digits(number)
    return None if value is None else value * factor


def _unique(items: list[PageFact]) -> Iterator[PageFact]:
    seen = set()
    for item in items:
        key = (item.kind, item.text)
        if key not in seen:
            seen.add(key)
            yield item


def _json_ld(doc: _Document) -> Iterator[dict[str, Any]]:
    """Every object of every JSON-LD script, ``@graph`` and lists flattened."""
    for script in doc.elements:
        if doc.tag[script] != "script" or not _LD_JSON.search(doc.get(script, "type")):
            continue
        try:
            data = json.loads(doc.text(script, "", strip=False, scripts=True), strict=False)
        except ValueError:
            continue  # a broken script says nothing; the rest of the page still does
        stack = [data]
        while stack:
            item = stack.pop(0)
            if isinstance(item, list):
                stack[:0] = item
            elif isinstance(item, dict):
                yield item
                if isinstance(item.get("@graph"), list):
                    stack[:0] = item["@graph"]


def _type_of(obj: dict[str, Any]) -> str:
    kind = obj.get("@type", "")
    if isinstance(kind, list):
        kind = next((k for k in kind if isinstance(k, str)), "")
    return str(kind).rsplit("/", 1)[-1]


# How far after a structured figure's first digit the page's own words may give its
# period ("€3,500 – €4,000 per month, 14 payments").
_SHOWN_SPAN = 80
# How far before them a label may name it ("Monthly salary:", "Annual pay range").
_LABEL_SPAN = 40
_SENTENCE_END = re.compile(r"[.;!?](?:\s|$)")


def _periods_as_shown(items: list[PageFact], doc: _Document) -> list[PageFact]:
    """The structured data's pay in the period the page's readable text gives the same
    figures: markup whose unitText says YEAR for "€3,500 – €4,000 per month" (or that
    gives no unit, leaving the period to a guess by size) is mistaken, and the words a
    reader sees are the posting's. Figures the text never shows keep the markup's
    period."""
    body = next((n for n in doc.elements if doc.tag[n] == "body"), None)
    if body is None:
        return items
    text = _text(doc, body)
    return [_period_shown(f, text) if f.kind == "pay" else f for f in items]


def _period_shown(fact: PageFact, text: str) -> PageFact:
    """``fact`` with the period the page's text writes beside the same figures, if it
    writes one other than the fact's; else ``fact`` unchanged."""
    pay = fact.data
    low, high = pay.get("min"), pay.get("max")
    if not isinstance(low, float) or not isinstance(high, float) or low != int(low):
        return fact
    digits = f"{int(low):,}".replace(",", r"[,.\s'\u00a0\u202f]?")
    for m in re.finditer(rf"(?<![\d.,]){digits}(?![\d]|[.,]\d)", text):
        # Up to the end of the figure's sentence: the next one may give hours a week.
        after = text[m.start() : m.start() + _SHOWN_SPAN]
        after = after[: end.start()] if (end := _SENTENCE_END.search(after)) else after
        shown = parse_pay(text[max(0, m.start() - 6) : m.start()] + after)
        if shown is None or (shown["min"], shown["max"]) != (low, high):
            continue
        # A label before the figures that names the markup's period ("Monthly basic
        # salary: SAR 22,000 - 28,000") agrees with it, whatever later words of the
        # block say ("annual air ticket", "annual leave").
        label = text[max(0, m.start() - _LABEL_SPAN) : m.start()]
        label = _SENTENCE_END.split(label)[-1]
        if written_period(label) == pay.get("period"):
            return fact
        period = written_period(after)
        if period is None or period == pay.get("period"):
            return fact
        data = {**pay, "period": period}
        return replace(fact, text=_describe(data), data=data)
    return fact


def _name(value: Any) -> str | None:
    if isinstance(value, dict):
        value = value.get("name")
    if isinstance(value, list):
        value = next((v for v in value if isinstance(v, str)), None)
    return value.strip() if isinstance(value, str) and value.strip() else None


def _job_posting(obj: dict[str, Any], origin: str) -> list[PageFact]:
    out = []
    title = _name(obj.get("title"))
    if title:
        # Where the job is, kept with its title: a part of the title naming a place
        # ("Store Manager – Leeds") says where, not which job.
        places = _places(obj.get("jobLocation"))
        data = {"places": places} if places else {}
        out.append(PageFact("title", f"{origin} title", title, data))
    employer = _name(obj.get("hiringOrganization"))
    if employer:
        out.append(PageFact("employer", f"{origin} hiringOrganization", employer))
    pay = _base_salary(obj.get("baseSalary"))
    if pay:
        out.append(PageFact("pay", f"{origin} baseSalary", _describe(pay), pay))
    for key in ("datePosted", "validThrough"):
        if isinstance(obj.get(key), str):
            out.append(PageFact("date", f"{origin} {key}", obj[key], {"name": key}))
    return out


_ADDRESS_PARTS = ("addressLocality", "addressRegion", "addressCountry", "streetAddress")


def _places(value: Any) -> list[str]:
    """The names a schema.org ``jobLocation`` gives: each Place's name and its address's
    town, region, country and street, in the order written."""
    out: list[str] = []
    for place in value if isinstance(value, list) else [value]:
        if isinstance(place, str):
            out.append(place)
            continue
        if not isinstance(place, dict):
            continue
        if isinstance(place.get("name"), str):
            out.append(place["name"])
        address = place.get("address")
        if isinstance(address, str):
            out.append(address)
        elif isinstance(address, dict):
            out += [address[k] for k in _ADDRESS_PARTS if isinstance(address.get(k), str)]
    return [p.strip() for p in out if p.strip()]


def _base_salary(value: Any) -> dict[str, Any] | None:
    """A schema.org MonetaryAmount (or a bare figure) as pay fields."""
    if isinstance(value, (int, float, str)):
        return parse_pay(f"{value}") if isinstance(value, str) else _pay(value, value, None, None)
    if not isinstance(value, dict):
        return None
    currency = value.get("currency") if isinstance(value.get("currency"), str) else None
    inner = value.get("value", value)
    if isinstance(inner, (int, float)):
        return _pay(inner, inner, currency, value.get("unitText"))
    if not isinstance(inner, dict):
        return None
    low = _number(inner.get("minValue", inner.get("value")))
    high = _number(inner.get("maxValue", inner.get("value")))
    if low is None and high is None:
        return None
    return _pay(low, high, currency, inner.get("unitText") or value.get("unitText"))


def _number(value: Any) -> float | None:
    if isinstance(value, (int, float)):
        return float(value)
    if isinstance(value, str):
        try:
            return float(value.replace(",", ""))
        except ValueError:
            return None
    return None


def _pay(low: Any, high: Any, currency: Any, unit: Any) -> dict[str, Any]:
    low, high = _number(low), _number(high)
    low, high = (low if low is not None else high), (high if high is not None else low)
    period = _UNIT_TEXT.get(str(unit or "").upper())
    if period is None and low is not None:
        period = "year" if low >= ANNUAL_FLOOR else "hour"
    return {"min": low, "max": high, "currency": currency, "period": period}


def _describe(pay: dict[str, Any]) -> str:
    sign = {v: k for k, v in _CURRENCY_SIGNS.items()}.get(pay.get("currency") or "", "")
    code = "" if sign or not pay.get("currency") else f" {pay['currency']}"

    def money(v: float) -> str:
        return f"{sign}{v:,.2f}".replace(".00", "") if v % 1 else f"{sign}{v:,.0f}"

    low, high = pay["min"], pay["max"]
    text = money(low) if low == high else f"{money(low)} to {money(high)}"
    period = pay.get("period")
    if not period:
        return text + code
    return f"{text}{code} {'an' if period == 'hour' else 'a'} {period}"


def _microdata(doc: _Document, scope: int) -> dict[str, Any]:
    """The properties of a microdata item, nested items as dicts."""
    out: dict[str, Any] = {}
    for prop in doc.descendants(scope):
        attrs = doc.attrs[prop]
        if "itemprop" not in attrs or doc.nearest(prop, "itemscope") != scope:
            continue
        name = attrs["itemprop"] or ""
        if "itemscope" in attrs:
            value: Any = _microdata(doc, prop)
        else:
            value = attrs.get("content") or attrs.get("datetime") or doc.text(prop, " ")
        out.setdefault(name, value)
    return out


def _elsewhere(doc: _Document, node: int) -> bool:
    """True when ``node`` stands in another page's teaser, a sidebar or the furniture.

    A box named a sidebar that links nowhere is the page's own panel of facts (a
    posting's "Location", "Employment type" and "Compensation" beside its text), not
    furniture: teasers, related lists and menus are made of links."""
    while node >= 0 and doc.tag[node] not in ("body", "html"):
        if doc.tag[node] in _ELSEWHERE_TAGS or node in doc.headed:
            return True
        names = doc.names(node, "class", "id", "role")
        if (found := _ELSEWHERE.search(names)) and not _own_panel(doc, node, found.group(0)):
            return True
        node = doc.parent[node]
    return False


def _own_panel(doc: _Document, node: int, word: str) -> bool:
    """True when a box the furniture's words name only as a sidebar holds no link."""
    return word.lower() == "sidebar" and next(doc.descendants(node, "a"), -1) < 0


def _text(doc: _Document, node: int) -> str:
    return re.sub(r"\s+", " ", doc.text(node, " ")).strip()


def _headline(doc: _Document) -> tuple[int, str, str] | None:
    """The page's own top heading (its element, where it stands, its text): ``<h1>``, an
    element marked as a level-1 heading, or failing both a lower heading named or placed
    as the page's headline."""
    for node in doc.elements:
        if doc.tag[node] == "h1":
            where = "<h1>"
        elif doc.get(node, "role") == "heading" and doc.get(node, "aria-level") == "1":
            where = "level-1 heading"
        else:
            continue
        text = _text(doc, node)
        if text and not _elsewhere(doc, node):
            return node, where, text
    for node in doc.elements:
        if doc.tag[node] not in ("h2", "h3"):
            continue
        names = f"{doc.names(node, 'class')} {doc.names(doc.parent[node], 'class')}"
        text = _text(doc, node)
        if text and _HEADLINE.search(names) and not _elsewhere(doc, node):
            return node, f"<{doc.tag[node]}> headline", text
    return None


# Where a posting states its title again: its social-card titles, and schema.org's other
# name for the job.
_TITLE_METAS = ("og:title", "twitter:title")
# A line under the heading longer than this, or ending as a sentence does, is prose.
_SUBTITLE_WORDS = 8
_SENTENCE_ENDS = (".", "!", "?", ":")


def _header_titles(doc: _Document, heading: int, objects: list[dict[str, Any]]) -> list[PageFact]:
    """The other forms of a posting's title in its own header and metadata: a posting in
    one language often gives the title in another as a line under its heading or in its
    tags ("Lagerarbeiter (m/w/d)" over "Warehouse Operative"). Each line of a heading of
    several lines, the short line right under the heading, the social-card titles and a
    JSON-LD ``alternateName``."""
    out: list[PageFact] = []
    if heading >= 0:
        lines = [
            (doc.strings[i] or "").strip()
            for i in range(heading + 1, doc.end[heading])
            if not doc.tag[i] and (doc.strings[i] or "").strip()
        ]
        if len(lines) > 1:
            out += [PageFact("header_title", "heading line", line) for line in lines]
        under = next(
            (
                i
                for i in range(doc.end[heading], len(doc.tag))
                if not doc.tag[i]
                and (doc.strings[i] or "").strip()
                and doc.tag[doc.parent[i]] not in _NOT_TEXT
            ),
            -1,
        )
        box = doc.parent[under] if under >= 0 else -1
        line = _text(doc, box) if box >= 0 and not _elsewhere(doc, box) else ""
        if line and len(line.split()) <= _SUBTITLE_WORDS and not line.endswith(_SENTENCE_ENDS):
            out.append(PageFact("header_title", "line under the heading", line))
    for key in _TITLE_METAS:
        meta = next(
            (
                i
                for i in doc.elements
                if doc.tag[i] == "meta" and key in (doc.get(i, "property"), doc.get(i, "name"))
            ),
            -1,
        )
        if meta >= 0 and (content := " ".join(doc.get(meta, "content").split())):
            out.append(PageFact("header_title", key, content))
    for obj in objects:
        if _type_of(obj) == "JobPosting" and (other := _name(obj.get("alternateName"))):
            out.append(PageFact("header_title", "JSON-LD alternateName", other))
    return out + list(_title_rows(doc))


# A details row's label that names the job ("Job title", "Name of post", "Position"):
# notices and government postings head the page with the notice and give the post here.
_TITLE_LABEL = re.compile(
    r"(?:job|post|position|role|vacancy)(?:\s+title)?|title(?:\s+of\s+(?:the\s+)?(?:post|position|role|job))?"
    r"|name\s+of\s+(?:the\s+)?(?:post|position|role|job)",
    re.IGNORECASE,
)


def _title_rows(doc: _Document) -> Iterator[PageFact]:
    """The job a posting's details table or list names in a row labelled for it (a
    ``<th>`` and its ``<td>``, a ``<dt>`` and its ``<dd>``), outside teasers and boxes
    of other jobs."""
    for node in doc.elements:
        if doc.tag[node] not in ("th", "dt") or _elsewhere(doc, node):
            continue
        label = _text(doc, node).rstrip(" :")
        if not _TITLE_LABEL.fullmatch(label):
            continue
        value = _next_sibling(doc, node)
        if value >= 0 and doc.tag[value] in ("td", "dd") and (text := _text(doc, value)):
            yield PageFact("header_title", f"row: {label}", text)


def _languages(doc: _Document, objects: list[dict[str, Any]]) -> list[PageFact]:
    """The languages a posting says it is written in: ``<html lang>``, ``og:locale``,
    a JSON-LD ``inLanguage``."""
    out: list[PageFact] = []
    html = next((i for i in doc.elements if doc.tag[i] == "html"), -1)
    if html >= 0 and (lang := doc.get(html, "lang").strip()):
        out.append(PageFact("language", "<html lang>", lang))
    for i in doc.elements:
        locale = doc.get(i, "content").strip()
        if doc.tag[i] == "meta" and doc.get(i, "property") == "og:locale" and locale:
            out.append(PageFact("language", "og:locale", locale))
    for obj in objects:
        if _type_of(obj) == "JobPosting" and (written := _name(obj.get("inLanguage"))):
            out.append(PageFact("language", "JSON-LD inLanguage", written))
    return out


_HEADLINE = re.compile(r"head|title", re.IGNORECASE)


def _pay_blocks(doc: _Document) -> list[PageFact]:
    """Pay in elements of its own: the smallest element named for pay (or listed under a
    pay label) whose text is a money figure or range, with the label it stands under."""
    out: list[PageFact] = []
    joined: set[int] = set()
    holders: list[int] = []  # the element holding each block's figure with its label
    for node in doc.elements:
        label = None
        by_heading = False
        if doc.tag[node] in ("dd", "td"):
            # A value under its label: a definition list's term, or the header cell of a
            # table row ("Pay band | £41,000 - £47,500").
            want = "dt" if doc.tag[node] == "dd" else "th"
            term = next((s for s in doc.previous_siblings(node) if doc.tag[s] == want), -1)
            if term < 0 or not _PAY_LABEL.search(_text(doc, term)):
                continue
            row = doc.parent[node]
            if want == "th" and row >= 0 and len(list(doc.descendants(row, "th", "td"))) != 2:
                continue  # a row of a statistics table, not one label and its value
            label = _text(doc, term)
        elif doc.tag[node] in _TABLES:
            continue  # a table's figures are cells under their headers, whatever its name
        elif not _PAY_NAME.search(doc.names(node, *_PAY_ATTRS)):
            headed = _under_pay_heading(doc, node)
            if headed is None:
                continue
            label = headed
            by_heading = True
        text = _text(doc, node)
        if text and len(text) > 160 and label is None:
            # A pay box that also holds its heading and notes ("Compensation", the figure,
            # a line on placement): its pay is its first short block of money.
            inner = _money_line(doc, node)
            if inner is not None:
                node, text = inner, _text(doc, inner)
        if not text or len(text) > 160 or not _MONEY.search(text) or _elsewhere(doc, node):
            continue
        # The smallest such element: a pay element holding another is its wrapper.
        if any(
            _PAY_NAME.search(doc.names(c, "class")) and _MONEY.search(_text(doc, c))
            for c in doc.descendants(node)
        ):
            continue
        if node in joined:
            continue  # the far end of a range read with its first figure
        if (label is None or by_heading) and _ONE_FIGURE.fullmatch(text):
            # "<span class=pay>$98,400</span><span>–</span><span class=pay>$131,200</span>":
            # a figure whose siblings carry on the range is read with them.
            text, ends = _range_with_siblings(doc, node, text)
            joined.update(ends)
        if _paid_on_top(text):
            continue  # "A shift differential of $1.25/hr applies": a sum on top, not the pay
        pay = parse_pay(text)
        if pay is None:
            continue
        label = label or _label_before(doc, node)
        if (two := pay_in_two_measures(text)) is not None:
            # "£30,000 - £34,000 pro rata; actual salary £18,000 - £20,400 (0.6 FTE)":
            # the one job's pay twice, each figure its own; neither is the top of a range.
            pay = {**two[0], "also": two[1]}
        if label and len(label) <= _PERIOD_LABEL and written_period(text) is None:
            # "Monthly base | 52,000": a figure with no period of its own is paid in the
            # period its label names, not in one its size suggests.
            pay["period"] = written_period(label) or pay["period"]
            if "also" in pay:
                pay["also"]["period"] = pay["period"]
        if written_period(text) is None and written_period(label or "") is None:
            # No period written with the figure or over it: a table row's is its
            # caption's ("Hourly rates by grade"); else the one parse_pay gave is
            # guessed from its size, and a claim's written period may be the true one.
            captioned = _caption_period(doc, node) if doc.tag[node] == "td" else None
            if captioned is not None:
                pay["period"] = captioned
            else:
                pay["sized"] = True
        where = f"pay block: {label}" if label else "pay block"
        out.append(PageFact("pay", where, text, {**pay, "label": label or ""}))
        holders.append(_pay_holder(doc, node))
    return _measures_joined(out, holders)


def _caption_period(doc: _Document, cell: int) -> str | None:
    """The pay period the caption of the table holding ``cell`` names, or None."""
    up = doc.parent[cell]
    while up >= 0 and doc.tag[up] != "table":
        up = doc.parent[up]
    caption = doc.first(up, "caption") if up >= 0 else -1
    return written_period(_text(doc, caption)) if caption >= 0 else None


# How far up from a pay block's figure the element holding it under its label may be
# ("<dd class=salary><span class=salary-from>..."): a few levels, not the page's body.
_HOLDER_REACH = 3


def _pay_holder(doc: _Document, node: int) -> int:
    """The element over ``node`` that holds the job's pay as one value: the nearest
    labelled cell (``dd``, ``td``) or element named for pay above it; -1 when none is
    near."""
    up = doc.parent[node]
    for _ in range(_HOLDER_REACH):
        if up < 0:
            break
        if doc.tag[up] in ("dd", "td") or _PAY_NAME.search(doc.names(up, "class", "id")):
            return up
        up = doc.parent[up]
    return -1


def _measures_joined(facts: list[PageFact], holders: list[int]) -> list[PageFact]:
    """Pay blocks that stand in one pay value as two measures of the job's pay ("£30,000
    - £34,000 pro rata" and "Actual salary: £18,000 - £20,400 (0.6 FTE)" in one
    ``dd``) read as one block with two figures, as :func:`pay_in_two_measures` reads
    them written in one line: a claim meeting either is not refuted by the other."""
    out: list[PageFact] = []
    for i, fact in enumerate(facts):
        same = [j for j, h in enumerate(holders) if h >= 0 and h == holders[i]]
        if len(same) != 2 or any("also" in facts[j].data for j in same):
            out.append(fact)
            continue
        first, second = (facts[j] for j in same)
        marked = any(
            _TWO_MEASURES.search(f"{f.text} {f.data.get('label', '')}") for f in (first, second)
        )
        if not marked or first.data.get("currency") != second.data.get("currency"):
            out.append(fact)
        elif fact is first:
            also = {k: second.data[k] for k in ("min", "max", "currency", "period")}
            out.append(
                replace(
                    fact, text=f"{first.text}; {second.text}", data={**first.data, "also": also}
                )
            )
    return out


# Words that mark a pay block's two figures as the one job's pay in two measures: the
# pay for the post's own hours ("actual salary", "pro rata", "0.6 FTE", "for hours
# worked"), its full-time equivalent, or the point of its scale a new starter is paid.
_TWO_MEASURES = re.compile(
    r"\bactual\s+(?:annual\s+)?(?:salary|pay|earnings)\b|\bpro[\s-]?rata\b|\bFTE\b"
    r"|\bfull[\s-]time\s+(?:equivalent|basis)\b|\bhours\s+worked\b"
    r"|\bstart(?:ing)?\s+(?:salary|pay|point|on|at)\b",
    re.IGNORECASE,
)
# What joins a range's two figures: "£30,000 - £34,000", "$41 to $47".
_RANGE_JOIN = re.compile(rf"\s*(?:{_DASH}|to)\s*", re.IGNORECASE)


def pay_in_two_measures(text: str) -> tuple[dict[str, Any], dict[str, Any]] | None:
    """The two pays a pay block gives for its one job, each a figure or a range, when
    its words mark them as the same pay in two measures (full time and the post's own
    hours, or the scale and its starting point); else None. A sum added on top of the
    pay ("plus a £2,000 allowance") is no second measure of it."""
    if not _TWO_MEASURES.search(text):
        return None
    starts: list[int] = []  # where each figure or range starts
    end = -1
    for m in _MONEY.finditer(text):
        if end < 0 or not _RANGE_JOIN.fullmatch(text[end : m.start()]):
            starts.append(m.start())
        end = m.end()
    if len(starts) != 2 or _ADDED.search(text, starts[0], starts[1]):
        return None
    second = text[starts[1] :]
    if _paid_on_top(second):
        return None
    first, other = parse_pay(text[: starts[1]]), parse_pay(second)
    if first is None or other is None or first["currency"] != other["currency"]:
        return None
    return first, other


# Names of sums paid on top of pay: a note in a pay box giving one ("A night differential
# of $1.40/hr applies", "+$2.00/hr weekend premium") gives no figure of the pay itself.
_EXTRA_NOUN = (
    r"(?:differentials?|premiums?|supplements?|allowances?|stipends?|weightings?|top-ups?"
    r"|uplifts?|bonus(?:es)?|incentives?|overtime|per[\s-]diems?)"
)
# The extra named before the figure in its sentence, or a plus sign right before it.
_EXTRA_BEFORE = re.compile(rf"\b{_EXTRA_NOUN}\b[^.;!?]*$|\+\s*$", re.IGNORECASE)
# The extra named right after the figure and its period: "$1.25/hr shift differential".
_EXTRA_AFTER = re.compile(
    r"^\s*(?:(?:/\s?|per\s+|an?\s+)(?:hour|hr|h|week|wk|month|mo|year|yr|shift|day)\b\.?)?"
    # Its modifiers ("night shift"), not a word that sets the extra apart from the figure
    # ("$40,000 with annual bonus", "before allowances").
    rf"\s*(?:(?!(?:with|without|plus|and|or|incl\w*|excl\w*|before|after|not|no|of|on|in)\b)"
    rf"[\w-]+\s+){{0,2}}{_EXTRA_NOUN}\b",
    re.IGNORECASE,
)


def _paid_on_top(text: str) -> bool:
    """True when the first figure of a pay block's text is a sum paid on top of the pay
    (a differential, a premium, an allowance), named before it in its sentence or right
    after it: a note beside the pay box, not its figure."""
    m = _MONEY.search(text)
    if m is None:
        return False
    return bool(_EXTRA_BEFORE.search(text[: m.start()]) or _EXTRA_AFTER.match(text[m.end() :]))


# A label longer than this is a sentence beside the figure, whose period words may be
# about something else ("an annual bonus on top"): the figure's period is not read from it.
_PERIOD_LABEL = 48
# Elements that hold a line of text: a pay box's figure is in one of them.
_LINES = frozenset({"p", "div", "span", "li", "dd", "strong", "b"})
_TABLES = frozenset({"table", "thead", "tbody", "tfoot"})
# Blocks a pay heading may stand over, and a span after a label span ("<span
# class=k>Salary</span><span class=v>$52,000</span>"); a figure is read with its siblings.
_HEADED_LINES = frozenset({"p", "div", "li", "dd", "span"})
# Elements that head what follows them as a label does.
# A "div" too: a label and its value as two sibling blocks ("<div class=fact-label>Pay</div>
# <div class=fact-value>$24 – $29 an hour</div>"), the label naming pay and nothing else.
_LABELS = frozenset(
    {"h2", "h3", "h4", "h5", "h6", "dt", "strong", "b", "p", "span", "label", "div"}
)
# A label that names pay and nothing else: "Compensation", "Pay range", "Hourly rate:".
_PAY_HEADING = re.compile(
    r"\s*(?:(?:base|basic|hourly|annual|starting|salary|pay|wage)\s+)?"
    r"(?:pay|salary|salaries|compensation|wages?|rate|pay\s+(?:range|rate|scale|band)"
    # What a package is called where it counts more than the salary: "CTC" (India's
    # cost to company), "remuneration", "stipend", "earnings", "package".
    r"|ctc|cost\s+to\s+(?:the\s+)?company|remuneration|stipend|earnings|(?:pay\s+)?package"
    # The word in another language, with its compounds ("Gehaltsrahmen", "Vergütung").
    rf"|[^\W\d_]*(?:{_PAY_STEMS})[^\W\d_]*)"
    # A short form in brackets after the label: "Compensation (CTC)", "Salary (USD)".
    r"(?:\s+(?:range|rate|scale|band))?(?:\s*\([^()]{1,24}\))?\s*:?\s*",
    re.IGNORECASE,
)
# Money at the start of a line: the line is the figure, not a sentence about it.
_MONEY_FIRST = 24


def _money_line(doc: _Document, node: int) -> int | None:
    """The first element inside ``node`` whose text is a short line opening on money
    ("$27.45 – $31.20 per hour (CAD)"), or None. A table is no pay box: its figures are
    cells under their headers (a table of wages may carry "wage" in its id)."""
    if doc.tag[node] == "table" or doc.first(node, "table") >= 0:
        return None
    for child in doc.descendants(node, *_LINES):
        text = _text(doc, child)
        m = _MONEY.search(text)
        if text and len(text) <= 160 and m is not None and m.start() <= _MONEY_FIRST:
            return child
    return None


def _in_pay_element(doc: _Document, node: int) -> bool:
    """True when an element enclosing ``node`` is named for pay: that element is read."""
    node = doc.parent[node]
    while node >= 0:
        if _PAY_NAME.search(doc.names(node, *_PAY_ATTRS)):
            return True
        node = doc.parent[node]
    return False


def _under_pay_heading(doc: _Document, node: int) -> str | None:
    """The label of the pay heading ``node`` stands right under, when ``node`` is a
    line of money: "<h2>Compensation</h2><p>$52,000 - $58,000</p>"; else None."""
    if doc.tag[node] not in _HEADED_LINES or _in_pay_element(doc, node):
        return None
    before = doc.before[node]
    parent = doc.parent[node]
    if (
        doc.tag[node] == "li"
        and before < 0
        and parent >= 0
        and doc.tag[parent] in ("ul", "ol")
        and len([i for i in doc.descendants(parent, "li") if doc.parent[i] == parent]) == 1
    ):
        # A list of one item under the heading ("<h2>Pay</h2><ul><li>$31 – $38</li></ul>"):
        # the item is the heading's line.
        before = doc.before[parent]
    if before < 0 or doc.tag[before] not in _LABELS:
        return None
    label = _text(doc, before)
    if not _PAY_HEADING.fullmatch(label):
        return None
    text = _text(doc, node)
    m = _MONEY.search(text)
    if len(text) > 160 or m is None or m.start() > _MONEY_FIRST:
        return None
    return label


# The digits of a figure, grouped by commas, points or spaces ("1 750" as much of Europe
# writes it).
_FIGURE_DIGITS = rf"\d(?:[\d,.]|[{GROUP_SPACES}](?=\d{{3}}(?!\d)))*"
# One money figure and nothing else ("$98,400", "$38.50 USD", "4.280 €", "1 750 €", "Rp
# 22.000.000"); a dash or "to" between two.
_ONE_FIGURE = re.compile(
    rf"{_SIGN}\s?{_FIGURE_DIGITS}(?:\s?[kKmM]|\s?(?i:lakhs?|lacs?|crores?))?(?:\s?[A-Z]{{3}})?"
    rf"|(?:(?:[A-Z]{{3}}|{_LETTERED}|{_COPY_MARK})\s?)?{_FIGURE_DIGITS}"
    r"(?:\s?[kK]|\s?(?i:lakhs?|lacs?|crores?))?"
    r"\s?(?:[A-Z]{3}|[€£¥₹])?"
)
_BETWEEN = re.compile(rf"{_DASH}|to", re.IGNORECASE)


# Words after a figure that say whether tax is taken, before its period: the words
# sentences write there too.
_BASIS_FIRST = re.compile(rf"{PAY_BASIS}\b\s*/?\s*", re.IGNORECASE)


# The longest element after a pay's figures that is read as their unit.
_UNIT_LINE = 32
_DIGIT = re.compile(r"\d")


def _range_with_siblings(doc: _Document, node: int, text: str) -> tuple[str, list[int]]:
    """A money figure and what its next siblings add to it: a separator ("–", "to") and
    a second figure make it a range, and a period after them ("per year") is its period.
    Returns the text read and the sibling elements it took in."""
    parent = doc.parent[node]
    if parent < 0:
        return text, []
    parts, taken = [text], []
    want = "separator"
    read_all = True  # whether every sibling after the figure was read
    for i in range(doc.end[node], doc.end[parent]):
        if doc.parent[i] != parent:
            continue
        piece = _text(doc, i) if doc.tag[i] else re.sub(r"\s+", " ", doc.strings[i] or "").strip()
        if not piece:
            continue
        if want == "separator":
            if not _BETWEEN.fullmatch(piece):
                # "<span>₱45,000</span> <span>monthly</span>": a lone figure's unit.
                period = _unit_period(doc, i, piece)
                return (f"{text} {period}", []) if period else (text, [])
            parts.append(piece)
            want = "figure"
            continue
        if want == "figure":
            # The figure may start a longer text: "–&nbsp;$131,200 per year. Actual ..."
            m = re.match(rf"(?:{_ONE_FIGURE.pattern})(?=\s|$)", piece)
            if m is None:
                read_all = False
                break
            parts.append(m.group(0))
            if doc.tag[i]:
                taken.append(i)
            want = "period"
            piece = piece[m.end() :].strip()
            if not piece:
                continue
        if period := _unit_period(doc, i, piece):
            parts.append(period)
        read_all = False
        break
    line_after = _line_after(doc, parent) if read_all else None
    if want == "separator" and line_after:
        return f"{text} {line_after}", []
    if want != "period":
        return text, []  # no second figure: nothing carried on
    return " ".join(parts + ([line_after] if line_after else [])), taken


def _line_after(doc: _Document, line: int) -> str | None:
    """The period the element right after a line of figures gives them when it is their
    unit line: "<div>1 750 € – 2 050 €</div><div>gross per month</div>"; else None."""
    after = _next_sibling(doc, line)
    if after < 0 or doc.tag[after] not in _LINES:
        return None
    return _unit_period(doc, after, _text(doc, after))


def _unit_period(doc: _Document, i: int, piece: str) -> str | None:
    """The period words ``piece`` (node ``i``, after a pay's figures) gives them, or
    None: a text opening on one ("per year", "brutto monatlich"), or an element of its
    own that is the figures' unit and nothing else ("kada buwan (monthly)", "EUR /
    month"), whose period word is theirs wherever it stands."""
    # "brutto monatlich", "gross per year": the tax word leaves the period as it is.
    basis = _BASIS_FIRST.match(piece)
    bare = piece[basis.end() :] if basis else piece
    period = next((m for _, pattern in _PERIODS if (m := pattern.match(bare))), None)
    if period is None and doc.tag[i] and len(bare) <= _UNIT_LINE and not _DIGIT.search(bare):
        period = next((m for _, pattern in _PERIODS if (m := pattern.search(bare))), None)
    return period.group(0) if period else None


def _label_before(doc: _Document, node: int) -> str | None:
    """The label a pay element stands under: the nearest short text before it among its
    siblings, or its parent's."""
    for el in (node, doc.parent[node]):
        if el < 0:
            continue
        for sibling in itertools.islice(doc.previous_siblings(el), 3):
            text = _text(doc, sibling)
            if text and len(text) <= 120 and not _MONEY.search(text):
                return text
    return None


def _infobox(doc: _Document) -> Iterator[PageFact]:
    """An encyclopedia infobox's rows as (label, value); rows under a section header
    ("Parties") carry that header as their label."""
    for table in doc.elements:
        if doc.tag[table] != "table" or not _INFOBOX.search(doc.names(table, "class")):
            continue
        section = None
        for row in doc.descendants(table, "tr"):
            header = doc.first(row, "th")
            data = doc.first(row, "td")
            if header >= 0 and data < 0:
                section = _text(doc, header)
                continue
            if data < 0:
                continue
            label = _text(doc, header) if header >= 0 else section
            if not label:
                continue
            # Under a section header, a row may give each side in a cell of its own
            # (a union's cell and an employer's under "Parties").
            cells = [data] if header >= 0 else _row_cells(doc, row)
            per_cell = [_cell_items(doc, cell) for cell in cells]
            items = [item for found in per_cell for item in found]
            value = "; ".join(items)
            if value:
                yield PageFact(
                    "infobox",
                    f"infobox: {label}",
                    # Read as a sentence would state it: "Members: c. 4,100 (2030)"
                    # counts 4,100 members.
                    f"{label}: {_row_counted(value, label)}",
                    # "cells": how many of the items each cell holds, in order; a side's
                    # cell of its own tells the side of every party in it.
                    {
                        "label": label,
                        "value": value,
                        "items": tuple(items),
                        "cells": tuple(len(found) for found in per_cell),
                    },
                )


def _row_cells(doc: _Document, row: int) -> list[int]:
    """The data cells of a table row, not those of a table nested in one of them."""
    out = []
    for td in doc.descendants(row, "td"):
        up = doc.parent[td]
        while up >= 0 and doc.tag[up] != "tr":
            up = doc.parent[up]
        if up == row:
            out.append(td)
    return out


def _cell_items(doc: _Document, cell: int) -> list[str]:
    """An infobox cell's items: its list items, else its lines."""
    return [_text(doc, li) for li in doc.descendants(cell, "li")] or [
        t.strip() for t in doc.text(cell, "\n", strip=False).split("\n") if t.strip()
    ]


def _cells(doc: _Document) -> Iterator[PageFact]:
    """Each data cell of a table (not an infobox) with its row header and column header.

    A first row of header cells names the columns; a row is named by its first cell in
    words, so a code before the name ("8231", "11-3071", "–") does not stand for the row
    (a one-row table of figures has no row names). A currency sign written only atop a
    column ("$23.11", then "63.59") or in its header ("Median pay (£)") holds for the
    column's bare figures."""
    for table in doc.elements:
        if doc.tag[table] != "table":
            continue
        # A table's own name says what it tabulates ("related-occupations" is a table of
        # occupations beside the page's own), not that it stands outside the page's
        # content: only what holds it, or a heading over it, says that.
        if _INFOBOX.search(doc.names(table, "class")) or (
            table in doc.headed or _elsewhere(doc, doc.parent[table])
        ):
            continue
        caption = _table_label(doc, table)
        where = f"table: {caption}" if caption else "table"
        note = _scale_note_before(doc, table)
        every = _period_note(doc, table)
        columns: list[str] = []
        body: list[list[str]] = []
        heads: list[list[int]] = []  # the header rows atop the table, their cells
        # Body rows led by a header cell of their own (<th> before <td>s): the page marks
        # that cell as the row's name, whatever it is written in ("E 9", "B2", "IV").
        headed: set[int] = set()
        # Body cells spanning rows below their own ("Region" groups of two rows): the
        # place each holds, its text and how many rows more it covers.
        spanning: dict[int, tuple[str, int]] = {}
        for row in doc.descendants(table, "tr"):
            found = list(doc.descendants(row, "th", "td"))
            cells = [_text(doc, c) for c in found]
            if not cells:
                continue
            if not body and all(doc.tag[c] == "th" for c in found):
                heads.append(found)
                columns = cells
            else:
                if spanning or any(_span(doc, c, "rowspan") > 1 for c in found):
                    cells = _spanned_cells(doc, found, spanning)
                if (
                    len(found) > 1
                    and doc.tag[found[0]] == "th"
                    and all(doc.tag[c] == "td" for c in found[1:])
                ):
                    headed.add(len(body))
                body.append(cells)
        if len(heads) > 1:
            # Header rows stacked over each other ("Monthly wage (thousand won)" spanning
            # "2022 | 2023"): each column is named by every header above it.
            columns = _stacked_columns(doc, heads)
        signs: dict[int, str] = {}
        for j, header in enumerate(columns):
            sign = re.search(rf"\(\s*({_SIGN})\s*\)", header)
            if sign:
                signs[j] = sign.group(1)
        # A table of label-value rows has no columns to carry a currency down.
        for cells in body if columns else ():
            for j, value in enumerate(cells):
                sign = re.match(rf"\s*({_SIGN})\s?\d", value)
                if sign:
                    signs.setdefault(j, sign.group(1))
        for at, cells in enumerate(body):
            name_at = next(
                (j for j, c in enumerate(cells) if _WORDED.search(c) and not _FIGURE.fullmatch(c)),
                None,
            )
            row_header = "" if name_at is None else cells[name_at]
            rank = _RANK_HEADER.search(columns[0]) if columns else None
            if (
                name_at is None
                and at in headed
                and rank is None
                and cells[0].strip()
                and not _FIGURE.fullmatch(cells[0])
            ):
                # A code the page heads its row with ("E 9", "B2"): the row's name.
                name_at, row_header = 0, cells[0].strip()
            elif name_at is None and len(cells) > 1 and _YEAR_CELL.fullmatch(cells[0]):
                # A row per year ("2023 | 1,380 | 460"): the year names the row.
                name_at, row_header = 0, cells[0]
            elif name_at is None and rank is not None and _CODE.fullmatch(cells[0]):
                # A schedule's row by its code under a rank header ("Range | 12"):
                # "Range 12" names the row, as a code before a name does not.
                name_at, row_header = 0, f"{rank[0]} {cells[0]}"
            elif (
                name_at == 0
                and rank is not None
                and (noted := _NOTED_CODE.fullmatch(cells[0])) is not None
            ):
                # Its code with a note ("25 (maximum)") is the rank's too: "Point 25
                # (maximum)".
                row_header = f"{rank[0]} {noted.group(1)} ({noted.group(2)})"
            # A cell that is a currency's code or a period alone ("MXN", "monthly",
            # "diario") is the unit of the row's bare figures, not a name of the row.
            units = _row_units(cells) if columns else {}
            # Other cells in words name the row too: a company's row names its chief.
            named = [
                j
                for j, c in enumerate(cells)
                if j != name_at
                and j not in units
                and _WORDED.search(c)
                and not _FIGURE.fullmatch(c)
                and not _MONEY.search(c)
                and columns  # a label-value table's second cell is its value
            ]
            if named:
                also = [f"{columns[j]}: {cells[j]}" if columns[j:] else cells[j] for j in named]
                row_header += f" ({'; '.join(also)})"
            # A unit the caption names that a column's own header names too is that
            # column's ("Headcount; yearly change, %" over a "Change (%)" column): the
            # other columns' figures are not in it.
            told = _header_unit(caption) if caption else None
            caption_unit = told is None or all(_header_unit(c) != told for c in columns)
            for j in range(len(cells)):
                value = cells[j]
                if not value or j == name_at or j in named or j in units:
                    continue
                # A flag after a figure ("93,208 x", "$51,400 (2)") marks its quality.
                value = _FLAG.sub("", value)
                value = _comma_grouped(value)
                column = columns[j] if j < len(columns) else ""
                if (
                    j in signs
                    and _FIGURE.fullmatch(value)
                    and value[0] not in _CURRENCY_SIGNS
                    and not value.endswith("%")  # a share in a column of sums is a share
                ):
                    # "37,300" under "Median annual pay (£)" is "£37,300 a year": the
                    # column's period, not one the caption names for another column
                    # ("weekly and annual pay").
                    period = _header_period((row_header, column), caption) or every
                    value = f"{signs[j]}{value} {period}" if period else signs[j] + value
                else:
                    value = _with_unit(
                        value, (row_header, column), caption, note, every, caption_unit
                    )
                if units and _LOCALE_FIGURE.fullmatch(value):
                    value = " ".join([value, *units.values()])
                # Read with its caption and headers, as a sentence would state it; a bare
                # count with what its header says it counts ("85 employees affected").
                headers = ", ".join(
                    h for h in map(_unscaled, (caption or "", row_header, column)) if h
                )
                counted = _with_counted(value, column or (row_header if not columns else ""))
                if counted == value and (count_caption := _count_caption(caption)):
                    # A column named by a year or a place counts what the caption says
                    # the table's figures are ("Number of nurses employed").
                    counted = _with_counted(value, count_caption)
                if counted == value:
                    # "44.1" in a table of "Subscriptions by operator (millions)" is
                    # 44,100,000 subscriptions.
                    counted = _scaled_count(value, (row_header, column), caption)
                if counted == value and YEAR_HEADER.fullmatch(column):
                    # Years across, and the row says what it counts ("Nurses employed
                    # (number)" over "2024"): "1,210 nurses employed".
                    counted = _row_things(value, row_header)
                if counted == value:
                    # "295.3" under "Output (million kg)" is 295.3 million kg.
                    counted = _measured(value, (column, row_header), caption)
                yield PageFact(
                    "cell",
                    where,
                    f"{headers}: {counted}",
                    {"row": row_header, "column": column, "value": value, "caption": caption},
                )


def _spanned_cells(
    doc: _Document, found: list[int], spanning: dict[int, tuple[str, int]]
) -> list[str]:
    """A body row's cells with those of rows above spanning down into it put back in their
    places, so each figure stands under its own column and the row keeps the group's name
    ("Lyon" over its "Permanent staff" and "Agency staff" rows). ``spanning``
    (place -> text, rows below still covered) is updated for the rows below."""
    out: list[str] = []
    carried = dict(spanning)
    spanning.clear()

    def carry() -> None:
        # The cells from above that hold the next places of this row.
        while len(out) in carried:
            text, left = carried.pop(len(out))
            if left > 1:
                spanning[len(out)] = (text, left - 1)
            out.append(text)

    for cell in found:
        carry()
        text = _text(doc, cell)
        down = _span(doc, cell, "rowspan")
        for dc in range(_span(doc, cell, "colspan")):
            if down > 1:
                spanning[len(out)] = (text, down - 1)
            out.append(text if dc == 0 else "")
    carry()
    return out


def _stacked_columns(doc: _Document, heads: list[list[int]]) -> list[str]:
    """The names of a table's columns under header rows stacked over each other, each
    cell spanning its ``colspan`` columns and ``rowspan`` rows: the headers above a
    column, top first, joined by a comma ("Monthly wage (thousand won), 2023")."""
    grid: list[list[str]] = [[] for _ in heads]
    for r, found in enumerate(heads):
        at = 0
        for cell in found:
            while at < len(grid[r]) and grid[r][at]:
                at += 1  # a cell spanning down from a row above holds this place
            text = _text(doc, cell)
            for dr in range(_span(doc, cell, "rowspan")):
                if r + dr >= len(grid):
                    break
                row = grid[r + dr]
                for dc in range(_span(doc, cell, "colspan")):
                    row.extend([""] * (at + dc + 1 - len(row)))
                    row[at + dc] = text
            at += _span(doc, cell, "colspan")
    width = max(len(row) for row in grid)
    names = []
    for j in range(width):
        above = [row[j] for row in grid if j < len(row) and row[j]]
        names.append(", ".join(dict.fromkeys(above)))
    return names


# Tables rarely span more cells than this; a larger number is a typo.
_MOST_SPAN = 50


def _span(doc: _Document, cell: int, attr: str) -> int:
    """How many columns (or rows) a cell's ``colspan`` (``rowspan``) spans; 1 when unset."""
    value = doc.get(cell, attr).strip()
    return min(int(value), _MOST_SPAN) if value.isdigit() and int(value) > 0 else 1


# A bare figure as any locale writes it: "248,93", "1.412,00", "1.300.000", "2 150".
_LOCALE_FIGURE = re.compile(r"\d{1,3}(?:[.,\s]\d{3})+(?:[.,]\d{1,2})?|\d+(?:[.,]\d+)?")
# Codes a table may give in a column of their own ("Currency | MXN"): every one, those
# that are words in capitals ("COP", "BOB") included.
_CELL_CODES = "|".join(sorted({*_WORLD.codes, *NOT_CODES}))
_CODE_CELL = re.compile(rf"\s*({_CELL_CODES})\s*")
# A period written alone in a cell, in English or as tables elsewhere write it.
_PERIOD_CELLS = (
    ("an hour", re.compile(r"\s*(?:hourly|per hour|por hora|horaire|stündlich)\s*", re.I)),
    (
        "a day",
        re.compile(r"\s*(?:daily|per day|diari[oa]|di[áa]rio|por d[íi]a|journalier)\s*", re.I),
    ),
    ("a week", re.compile(r"\s*(?:weekly|per week|semanal|hebdomadaire|wöchentlich)\s*", re.I)),
    ("a month", re.compile(r"\s*(?:monthly|per month|mensual|mensal|mensuel|monatlich)\s*", re.I)),
    (
        "a year",
        re.compile(r"\s*(?:annual|annually|yearly|per year|anual|annuel|jährlich)\s*", re.I),
    ),
)


def _row_units(cells: list[str]) -> dict[int, str]:
    """The cells of a table row that give its figures' unit: a currency code alone
    ("MXN") and a period alone ("monthly", "diario"), by their place in the row; none
    unless the row has exactly one of each kind it has."""
    codes = {j: m.group(1) for j, c in enumerate(cells) if (m := _CODE_CELL.fullmatch(c))}
    periods = {
        j: name
        for j, c in enumerate(cells)
        for name, pattern in _PERIOD_CELLS
        if pattern.fullmatch(c)
    }
    if len(codes) > 1 or len(periods) > 1:
        return {}
    return {**codes, **periods}


# What a header says its figures are: a share ("% of employees", "per cent"), money
# ("(dollars)", "($)", "(CAD)"), and per what period ("hourly", "annual salary").
_SHARE_HEADER = re.compile(r"%|\bper\s?cent\b|\bpercent(?:age)?\b", re.IGNORECASE)
# A figure in per cent of something else, in a header: "120% of", "60 per cent of".
_WORKED_OUT = re.compile(r"\d[\d.,]*\s*(?:%|per\s?cent\b|percent\b)\s+of\b", re.IGNORECASE)
# A period after a header's currency: "/month", " per hour".
# "per engaged hour": a word on what the hour is between. "(USD mensuales)", "(EUR
# monthly)": the period's own adjective after the code, in English or as tables elsewhere
# write it.
_PER_PERIOD = (
    r"(?:\s*(?:/|\bper\s(?:\s*[a-z]+\s)?)\s*(?:hour|hr|h|day|week|wk|month|mo|year|yr|annum)\s*"
    r"|\s+(?:hourly|daily|weekly|monthly|annual|yearly|diari[oa]s?|di[áa]ri[oa]s?|semana(?:l|les|is)"
    r"|mensu(?:al|ales|el|els|elle|elles)|mensa(?:l|is)|anua(?:l|les|is)|annuel(?:le)?s?)\s*)?"
)
# Currencies marked by letters, as headers write them: "Rp", "RM", "TL", "Kč", "zł",
# "Ft", "NT$", "R$", "HK$".
_LETTERED = r"(?-i:Rp|RM|TL|Kč|zł|Ft|Rs|KSh|[A-Z]{1,3}\$)"
_MONEY_HEADER = re.compile(
    # "(USD, PPP)", "(EUR; current prices)": the code first, a note on how it is counted
    # after it.
    # "(€/month)", "(PLN per month)": the sign or code with the period it is paid in.
    rf"\(\s*(?P<sign>{_SIGN})\s*{_PER_PERIOD}\)"
    rf"|\((?P<code>{_CODES})(?:\s*[,;]\s*[^()]*|\s*{_PER_PERIOD})?\)"
    # "Salary scale, annual, €": the sign alone as the last item of a caption's list;
    # "$ per week", "€/month": the sign heading a column with its period.
    rf"|(?:^|,)\s*(?P<last_sign>{_SIGN}){_PER_PERIOD}\s*$"
    r"|\b(?P<word>dollars|pounds|euros?)\b"
    # "(Rp/bulan)", "Monthly (TL)", "(NT$)": a currency marked by letters, with the period
    # as the page writes it (the rule packs read both beside a figure).
    rf"|\(\s*(?P<mark>{_LETTERED}){_PER_PERIOD}(?P<per>\s*/\s*[^\W\d_]+)?\s*\)"
    # "Amount in EUR": a code after "in", in capitals.
    rf"|\bin\s+(?P<in_code>(?-i:{_CODES}))\b"
    # "(Rupiah)", "(in tenge)", "(zloty per month)": a currency's name in brackets.
    rf"|\(\s*(?:in\s+)?(?P<name>{_WORDS}){_PER_PERIOD}\s*\)",
    re.IGNORECASE,
)
_MONEY_WORDS = {"dollars": "$", "pounds": "£", "euros": "€", "euro": "€"}
_HEADER_PERIODS = (
    (
        "an hour",
        re.compile(
            r"\bhourly\b|\bper (?:[a-z]+ )?hour\b|\ban hour\b|/\s*(?:hour|hr|h)\b", re.IGNORECASE
        ),
    ),
    # Day rates: what statistics offices give for trades paid by the day.
    (
        "a day",
        re.compile(r"\bdaily\b|\bper day\b|\ba day\b|/\s*day\b|\bdi[aá]ri[oa]s?\b", re.IGNORECASE),
    ),
    (
        "a week",
        re.compile(
            r"\bweekly\b|\bper week\b|/\s*(?:week|wk)\b|\bsemana(?:l|les|is)\b", re.IGNORECASE
        ),
    ),
    # The same adjectives as Spanish, Portuguese and French tables write them, singular
    # or plural: "SBU (USD mensuales)", "Piso (R$ mensais)", "Salaire (€ annuels)".
    (
        "a month",
        re.compile(
            r"\bmonthly\b|\bper month\b|/\s*(?:month|mo)\b"
            r"|\bmensu(?:al|ales|el|els|elle|elles)\b|\bmensa(?:l|is)\b",
            re.IGNORECASE,
        ),
    ),
    (
        "a year",
        re.compile(
            r"\bannual(?:ly)?\b|\byearly\b|\bper (?:year|annum)\b|/\s*(?:year|yr|annum)\b"
            r"|\banua(?:l|les|is)\b|\bannuel(?:le)?s?\b",
            re.IGNORECASE,
        ),
    ),
)


# A column counting people or things ("Employees", "Number of jobs", "Jobs (thousands)")
# in a table of pay: its figures are a count, not in the caption's currency. Only a
# header that is the count alone: "All employees" or "Care workers" names whose pay it
# gives.
_COUNT_HEADER = re.compile(
    r"\s*(?:(?:total|number\s+of|no\.\s+of)\s+)?(?:employees|workers|jobs|staff|people|"
    r"persons|members|headcount|employment|vacancies|posts|firms|count|number)"
    r"\s*(?:\([^)]*\))?\s*",
    re.IGNORECASE,
)

# A column's note that it counts people, whatever it names them by ("Employed in
# forestry (persons)", "Dock staff (number)"): its figures are no sum in the caption's
# currency.
_PERSONS_NOTE = re.compile(
    r"\((?:[^()]*\s)?(?:persons|people|number|headcount|personas|pessoas|personnes)\)",
    re.IGNORECASE,
)


# A header of the ranks a schedule prices by ("Range", "Salary grade", "Pay band") and a
# rank's code ("12", "7B", "R12").
# "Point" is a step of an incremental scale ("Point | 1 | 44,245").
_RANK_HEADER = re.compile(r"\b(?:step|grade|range|band|level|class|tier|point)\b", re.IGNORECASE)
# A year or a span of years standing as a row's name: "2023", "2022/23", "2022-2023".
_YEAR_CELL = re.compile(r"\s*(?:19|20)\d\d(?:\s?[/–-]\s?(?:\d{2}|\d{4}))?\s*")
_CODE = re.compile(r"[A-Z]{0,2}\d{1,3}[A-Z]?|[A-Z]")
_NOTED_CODE = re.compile(r"\s*([A-Z]{0,2}\d{1,3}[A-Z]?)\s*\(([^()]+)\)\s*")


# A column of codes ("SOC code", "Occupation code", "NACE code"): no unit is theirs.
_CODE_HEADER = re.compile(r"\bcodes?\b", re.IGNORECASE)


# A header's unit counted in thousands or millions of a currency: "(thousand won)",
# "(KRW thousand)", "($000)", "(€ '000)", "(millions of yen)".
_SCALED_HEADER = re.compile(
    r"\(\s*(?:in\s+)?(?:(?P<scale>thousands?|millions?|billions?|lakhs?|crores?|'?000s?)\s+"
    r"(?:of\s+)?(?P<cur>[^\s()]+)"
    r"|(?P<cur2>[^\s()\d']+)\s*(?P<scale2>thousands?|millions?|billions?|lakhs?|crores?|'?000s?))"
    r"\s*\)",
    re.IGNORECASE,
)
# What each scale word multiplies by: India's lakh is a hundred thousand, its crore ten
# million ("Median CTC (₹ lakh)").
_HEADER_SCALES = {
    "thousand": 1_000,
    "million": 1_000_000,
    "billion": 1_000_000_000,
    "lakh": 100_000,
    "crore": 10_000_000,
}
# Currencies written as a word in a header, by the code a figure of theirs takes ("kroner"
# is three currencies, so none).
_CURRENCY_WORDS = {
    "won": "KRW",
    "yen": "JPY",
    "yuan": "CNY",
    "rupees": "INR",
    "rupee": "INR",
    "dollars": "USD",
    "pounds": "GBP",
    "euros": "EUR",
    "francs": "CHF",
    "zloty": "PLN",
    "reais": "BRL",
    "pesos": "MXN",
    "rand": "ZAR",
}


# A figure in the English way, thousands by commas: what a scaled header multiplies.
_PLAIN_FIGURE = re.compile(r"\d{1,3}(?:,\d{3})+(?:\.\d+)?|\d+(?:\.\d+)?")


# Currencies marked by letters that are no code of three capitals, as statistics offices
# head their tables ("KSh '000", "R million"): each names one currency.
_LETTER_MARKS = {"ksh": "KES", "kshs": "KES", "r": "ZAR", "rm": "MYR", "rp": "IDR", "us$": "USD"}
# The same note unbracketed, set apart at the end of a caption or header by a comma, a
# label's colon or "in": "Median pay, £000", "Salaries in thousands of pounds", "Fees in
# EUR '000", "Unit: thousand won", "KSh '000". A heading that merely speaks of "thousands
# of pounds" sets no figure's size.
_SCALED_NOTE = re.compile(
    r"(?:^|[,;:]\s*|\bin\s+)(?:(?P<scale>thousands?|millions?|lakhs?|crores?)\s+(?:of\s+)?"
    r"(?P<cur>[^\s(),.;:\d']+)"
    rf"|(?P<cur2>{_SIGN}|(?-i:[A-Z]{{3}}|K[Ss]hs?|R|RM|Rp|US\$))\s?"
    r"(?P<scale2>thousands?|millions?|billions?|lakhs?|crores?|'?000s?))"
    r"\s*(?:$|[,;.])",
    re.IGNORECASE,
)


def _scaled_unit(header: str) -> tuple[str, int] | None:
    """The currency code and the multiple a header counts its figures in ("(thousand
    won)" is KRW by the thousand, "Median pay, £000" GBP), or None."""
    m = _SCALED_HEADER.search(header) or _SCALED_NOTE.search(header)
    if m is None:
        return None
    cur = (m.group("cur") or m.group("cur2") or "").strip()
    scale = (m.group("scale") or m.group("scale2") or "").lower()
    code = (
        _CURRENCY_WORDS.get(cur.lower())
        or _CURRENCY_SIGNS.get(cur)
        or _LETTER_MARKS.get(cur.lower())
        or (cur if re.fullmatch(_CELL_CODES, cur) else None)
    )
    if code is None:
        return None
    return code, next((n for w, n in _HEADER_SCALES.items() if scale.startswith(w)), 1_000)


def _header_unit(header: str) -> str | None:
    """The unit a header gives its figures: "%", a currency sign, a currency code."""
    # A rate the column's figures are worked out by, beside the money they are given in
    # ("Night rate, 150% of base pay (EUR per hour)"), is no share they are given in.
    worked = _WORKED_OUT.sub(" ", header)
    if _SHARE_HEADER.search(header) and (
        _SHARE_HEADER.search(worked) or not _MONEY_HEADER.search(worked)
    ):
        return "%"
    m = _MONEY_HEADER.search(header)
    if m is None:
        return None
    return (
        m.group("sign")
        or m.group("last_sign")
        or m.group("code")
        or m.group("in_code")
        or (m.group("mark") and m.group("mark") + (m.group("per") or "").replace(" ", ""))
        or _named_currency(m.group("name"))
        or _MONEY_WORDS[m.group("word").lower()]
    )


def _named_currency(name: str | None) -> str | None:
    """The code of the one currency a name in a header is ("rupiah" is IDR); a name
    several write ("pesos") as it stands, for the rule packs to read by the article's
    country."""
    if not name:
        return None
    if name.lower() in _MONEY_WORDS:
        # "(dollars)", "(euros)": written with the sign, as the rule packs read it best.
        return _MONEY_WORDS[name.lower()]
    codes = _WORLD.words[name.lower()]
    return name if "|" in codes else codes


# A cell that is one figure with its thousands grouped by spaces ("8 640.12", "12 500",
# "3 120,40"): alone in its cell, the spaces can only group digits, and a comma before the
# last one or two digits is the decimal mark.
_SPACED_FIGURE = re.compile(r"(\d{1,3}(?:[ \u00a0\u2009\u202f]\d{3})+)(?:[.,](\d{1,2}))?")


# A cell's figure grouped by dots with a decimal comma ("4.536,35"), or by two dots or
# more ("1.245.300"): written only the continental way, so never a decimal point.
_DOTTED_FIGURE = re.compile(r"(\d{1,3}(?:\.\d{3})+),(\d{1,2})|(\d{1,3}(?:\.\d{3}){2,})")


def _dots_to_commas(value: str) -> str | None:
    """A figure grouped by dots written the English way ("4.536,35" is "4,536.35",
    "1.245.300" is "1,245,300"), or None when it is not one so grouped."""
    dotted = _DOTTED_FIGURE.fullmatch(value.strip())
    if dotted is None:
        return None
    if dotted.group(3):
        return dotted.group(3).replace(".", ",")
    return f"{dotted.group(1).replace('.', ',')}.{dotted.group(2)}"


def _comma_grouped(value: str) -> str:
    """A cell's figure grouped by spaces written the English way ("8 640,12" is
    "8,640.12"), which every unit a header gives reads; any other value as it is."""
    m = _SPACED_FIGURE.fullmatch(value.strip())
    if m is None:
        return value
    whole = ",".join(m.group(1).split())
    return f"{whole}.{m.group(2)}" if m.group(2) else whole


def _with_unit(
    value: str,
    headers: tuple[str, ...],
    caption: str | None,
    note: str | None = None,
    every: str | None = None,
    caption_unit: bool = True,
) -> str:
    """A cell's figure with the unit and period its headers give it, as a sentence would
    write it: "71.4" under "Union coverage (% of employees)" is "71.4%", "36.40" in a
    table of "hourly wage (dollars)" is "$36.40 an hour". The row's and column's own
    headers go before the caption (a row of shares in a table of wages), and headers
    that disagree give no unit. A scaled currency the caption or the ``note`` just
    before the table names ("Figures in thousands of pounds") holds for figures whose
    headers name none, and so does the period a note beside the table gives (``every``,
    "Monthly amounts."). Without ``caption_unit``, the unit the caption names is one
    column's, not every figure's."""
    scaled = {sc for h in headers if h and (sc := _scaled_unit(h))}
    if not scaled and _by_caption(headers):
        # "Median base salary (£000)" over the table: its figures, not its codes,
        # counts or shares, are thousands of pounds.
        said = next((sc for t in (caption, note) if t and (sc := _scaled_unit(t))), None)
        scaled = {said} if said else set()
    if len(scaled) == 1 and _PLAIN_FIGURE.fullmatch(value):
        # "5,012" under "(thousand won)" is 5,012,000 won.
        code, times = next(iter(scaled))
        number = float(value.replace(",", "")) * times
        value = f"{number:,.0f} {code}"
        period = _header_period(headers, caption) or every
        return f"{value} {period}" if period else value
    units = {u for h in headers if h and (u := _header_unit(h))}
    unit = next(iter(units)) if len(units) == 1 else None
    if _RANK_HEADER.search(headers[-1]) and _CODE.fullmatch(value):
        return value  # a step, grade or range's code ("12", "B4"), not a figure of pay
    if _CODE_HEADER.search(headers[-1]):
        return value  # "SOC 2020 code: 2231" is a classification, not a sum
    if (
        not units
        and caption
        and caption_unit
        and not _COUNT_HEADER.fullmatch(headers[-1])
        and not _PERSONS_NOTE.search(headers[-1])
    ):
        unit = _header_unit(caption)
    if not units and unit is None and not scaled and _by_caption(headers):
        # "Unit: NT$ per month" over the table, or in its caption: a bare figure is in
        # that currency, as written there (the rule packs know the currency's marks),
        # and in the period the note names unless its headers name one.
        noted = next((n for t in (caption, note) if t and (n := _noted_unit(t))), None)
        if noted is not None and _PLAIN_FIGURE.fullmatch(value):
            written, per = noted
            value = f"{written}{value}" if written[-1] in _CURRENCY_SIGNS else f"{value} {written}"
            period = _header_period(headers, caption) or per or every
            return f"{value} {period}" if period else value
    # A currency marked by letters is one of a country that groups thousands its own
    # way ("6.058.900" under "(Rp/bulan)").
    lettered = bool(unit and re.fullmatch(_LETTERED + r"(?:/\S+)?", unit))
    if unit and unit != "%" and not lettered and (english := _dots_to_commas(value)):
        # "4.536,35" under "(Euro/Monat)": a sum as the country writes it, read the
        # English way so the unit a sign or a name gives holds for it.
        value = english
    figure = _FIGURE.fullmatch(value) or (lettered and _LOCALE_FIGURE.fullmatch(value))
    if figure and value[0] not in _CURRENCY_SIGNS and not value.endswith("%"):
        if unit == "%":
            return f"{value}%"
        if unit and (unit in _CURRENCY_SIGNS or unit.endswith("$")):
            value = f"{unit}{value}"
        elif unit:
            value = f"{value} {unit}"
    if not (_MONEY.search(value) or lettered) or any(p.search(value) for _, p in _PERIODS):
        return value
    period = _header_period(headers, caption) or every
    return f"{value} {period}" if period else value


# A note beside a table saying in what period all its sums are paid: "Monthly amounts.",
# "All figures are weekly.", "Values shown per hour." (a sentence of its own in the note).
_PERIOD_WORD = (
    r"(?:monthly|weekly|hourly|daily|annual|yearly|per\s+(?:month|week|hour|day|year|annum))"
)
_PERIOD_NOTE = re.compile(
    r"(?:^|[.;·|]\s*)(?:(?:all\s+)?(?:figures|amounts|values|sums|data|rates|wages|earnings)"
    r"\s+(?:are\s+)?(?:(?:given|shown|stated|expressed|reported|paid)\s+)?(?P<after>"
    + _PERIOD_WORD
    + r")|(?P<before>"
    + _PERIOD_WORD
    + r")\s+(?:figures|amounts|values|sums|data|rates))\s*(?:[.;]|$)",
    re.IGNORECASE,
)


def _period_note(doc: _Document, table: int) -> str | None:
    """The period a short note just before or just after a table gives all its sums
    ("Source: the ministry. Monthly amounts." under it), as a header would write it; or
    None."""
    siblings = doc.children.get(doc.parent[table], [])
    after = siblings[siblings.index(table) + 1 :][:_NOTE_REACH] if table in siblings else []
    before = list(itertools.islice(doc.previous_siblings(table), _NOTE_REACH))
    for node in [*after, *before]:
        if doc.tag[node] in _HEADINGS or doc.tag[node] == "table":
            continue
        text = _text(doc, node)
        if (m := _PERIOD_NOTE.search(text)) is not None and len(text) <= _NOTE_LENGTH:
            said = m.group("after") or m.group("before")
            return next((w for w, p in _HEADER_PERIODS if p.search(said)), None)
        for sentence in re.split(r"(?<=[.;])\s+", text):
            if len(sentence) > _NOTE_LENGTH or (word := _AMOUNTS_WORD.search(sentence)) is None:
                continue
            # The period said of the amounts, a word or two from them, not of a sum the
            # note goes on about ("... no incluyen el adicional (2% por año)").
            near = sentence[max(0, word.start() - 12) : word.end() + 20]
            if (period := _sole_period(near)) is not None:
                return period
    return None


# How far before a table a note of its unit may stand (elements under the same parent),
# and how long it may be: a paragraph of prose ("paid in millions of dollars.") is no note.
_NOTE_REACH = 2
_NOTE_LENGTH = 120


def _scale_note_before(doc: _Document, table: int) -> str | None:
    """A note just before a table that says what currency its figures are in, counted
    in thousands or millions ("All figures in £000.") or as they stand ("Unit: NT$ per
    month."), read up to the heading over it."""
    for n, node in enumerate(doc.previous_siblings(table)):
        if n >= _NOTE_REACH or doc.tag[node] in _HEADINGS or doc.tag[node] == "table":
            return None
        text = _text(doc, node)
        if len(text) <= _NOTE_LENGTH and (_scaled_unit(text) or _noted_unit(text)):
            return text
        # A longer note whose opening sentence says what the figures are ("Average
        # hourly earnings of employees, DKK. Includes pensions; excludes overtime."):
        # that sentence is the note, the rest how they are counted.
        first = _FIRST_SENTENCE.match(text)
        if first and len(first.group(0)) <= _NOTE_LENGTH and _noted_unit(first.group(0)):
            return first.group(0)
        # An intro that opens by naming the measure and its currency, then goes on about
        # whom it covers ("Median weekly pay in Norwegian kroner (NOK) for staff on
        # permanent contracts, drawn from ..."): its head up to the currency is the note,
        # however long the rest.
        if (head := _MEASURE_IN.match(text)) and not _another_currency(text, head):
            return head.group(0)
    return None


# A note's opening sentence, up to a full stop before a space.
_FIRST_SENTENCE = re.compile(r".*?[.;](?=\s)")


# Currencies by their names in the plural, as a statistics office's note writes them.
_CURRENCY_NAMES = (
    "dollars|pounds|euros|francs|crowns|kronor|kroner|koruna|zloty|yen|won|yuan|rupees|rand|"
    "pesos|reais|lira|shekels|dirhams"
)


# A note naming the currency a table's figures are in, as it stands: "Unit: NT$ per
# month", "All figures in CHF", "Amounts are shown in Canadian dollars", "Currency:
# TWD", "Unit of measure: current dollars" (a line of such notes set apart by dots or
# bars). The currency as written: a sign with the letters of its country before it, a
# code in capitals, or words ending in a currency's name (left to the rule packs).
_UNIT_NOTE = re.compile(
    r"(?:^|[.;·|]\s*)(?:units?(?:\s+of\s+measure)?|currency|(?:all\s+)?(?:figures|amounts|"
    r"values|sums|data)\s+(?:are\s+)?(?:(?:given|shown|stated|expressed|reported)\s+)?in)"
    r"\s*:?\s*(?:(?:current|constant|nominal)\s+)?"
    rf"(?P<unit>(?-i:[A-Z]{{0,3}}){_SIGN}|(?-i:[A-Z]{{3}})\b|"
    rf"(?:(?-i:[A-Z])[a-z]+\s+)?(?:{_CURRENCY_NAMES}))",
    re.IGNORECASE,
)


# Nouns that name a measure of pay in a note on a table.
_PAY_NOUNS = r"earnings|wages?|pay|salar(?:y|ies)|income|compensation"


# A measure of pay described, closed by a currency code after a comma or "in", or by
# the code and then a clause on what the measure counts ("in CHF, excluding overtime",
# "in NOK (full-time staff)") that names no other currency.
_DESCRIBED_UNIT = re.compile(
    rf"\b(?:{_PAY_NOUNS})\b[^.;:]{{0,100}}?"
    rf"(?:,\s*|\bin\s+)(?P<unit>(?-i:{_CELL_CODES}))"
    rf"(?:\s*[.;]?\s*$|\s*[,;(](?![^.]*\b(?-i:{_CELL_CODES})\b)[^.]*\.?\s*$)",
    re.IGNORECASE,
)


# A measure of pay named first, with the currency it is counted in inside the sentence
# rather than closing it: "Average daily wage in Chilean pesos (CLP) for ...", "Mean
# monthly earnings (before tax) in NOK, excluding ...". The currency: a name of one
# (with a word or two of its country before it, or its code in brackets after it), a code of
# three capitals, or a sign with its country's letters.
_MEASURE_IN = re.compile(
    rf"^[^.;:]{{0,80}}?\b(?:{_PAY_NOUNS}|remuneration|package)\b[^.;:]{{0,100}}?\bin\s+"
    rf"(?P<unit>(?:(?:(?-i:[A-Z][A-Za-z]+)\s+){{0,2}}(?:{_CURRENCY_NAMES})"
    r"(?:\s*\((?P<code>(?-i:[A-Z]{3}))\))?)"
    rf"|(?-i:{_CELL_CODES})\b|(?-i:[A-Z]{{0,3}}){_SIGN})",
    re.IGNORECASE,
)


# A currency named after the one a measure is counted in: its code, or its name.
_ANY_CURRENCY = re.compile(
    rf"\b(?-i:{_CELL_CODES})\b|\b(?:{_CURRENCY_NAMES})\b",
    re.IGNORECASE,
)


def _another_currency(text: str, measure: re.Match[str]) -> bool:
    """True when ``text`` names a second currency after the measure's ("in CHF, with EUR
    equivalents"): its bare figures are then in neither for sure."""
    return _ANY_CURRENCY.search(text, measure.end()) is not None


def _noted_unit(note: str) -> tuple[str, str | None] | None:
    """The currency a unit note gives a table's bare figures, as the note writes it
    ("NT$", "CHF", "Canadian dollars"), with the period the note names from there on
    ("per month"; not "Frequency: Annual" before it, how often the table comes out); or
    None."""
    m = _UNIT_NOTE.search(note)
    if m is not None:
        return m.group("unit"), _header_period((note[m.start() :],), None)
    # Statistics offices describe the measure and close with its currency's code:
    # "Mean monthly earnings of full-time staff, EUR", "Average weekly pay in NOK".
    described = _DESCRIBED_UNIT.search(note)
    if described is not None:
        return described.group("unit"), _header_period((note,), None)
    # Or name it inside the sentence, before whom the figures cover; a code in brackets
    # after the currency's name says which one it is ("pesos (MXN)").
    measure = _MEASURE_IN.match(note)
    if measure is None or _another_currency(note, measure):
        return None
    period = _header_period((note[: measure.end()],), None)
    return measure.group("code") or measure.group("unit"), period


def _by_caption(headers: tuple[str, ...]) -> bool:
    """True when a cell's figure takes the unit its table's caption names: its own
    headers name no unit, and its column holds no count, code, rank or year."""
    column = headers[-1]
    return not (
        any(h and _header_unit(h) for h in headers)
        or _COUNT_HEADER.fullmatch(column)
        or _CODE_HEADER.search(column)
        or _RANK_HEADER.search(column)
        or re.search(r"\byears?\b", column, re.IGNORECASE)
    )


def _unscaled(header: str) -> str:
    """A header without its note of a scaled currency ("(£000)", ", £000"): read as a
    sentence, "£000" would be a sum of no pounds."""
    return _SCALED_NOTE.sub(" ", _SCALED_HEADER.sub(" ", header)).strip(" ,;:")


def _header_period(headers: tuple[str, ...], caption: str | None) -> str | None:
    """The pay period a cell's own headers name ("Median annual pay"), else its
    caption's: the row's and column's words go first."""
    said = next(
        (w for h in (*headers, caption or "") for w, p in _HEADER_PERIODS if p.search(h)), None
    )
    if said is not None:
        return said
    # A period as a header in another language writes it ("Euro/Monat", "por mes",
    # "mensuel"): the one the money patterns read beside a figure, when only one is named.
    return next(
        (p for h in (*headers, caption or "") if (p := _sole_period(h, foreign=True))), None
    )


def _sole_period(text: str, *, foreign: bool = False) -> str | None:
    """The one pay period ``text`` names in the words the money patterns read beside a
    figure, written as the header periods are ("a month"); None when it names none or
    several. With ``foreign``, English words are left to the header periods."""
    named = {
        w
        for w, p in _PERIODS
        if (m := p.search(text)) and not (foreign and _ENGLISH_PERIOD.search(m[0]))
    }
    if len(named) != 1:
        return None
    (period,) = named
    return f"{_ARTICLE[period]} {period}"


_ARTICLE = {"hour": "an", "day": "a", "week": "a", "month": "a", "year": "a"}
# English words of a period, which the header periods above read where they name one.
_ENGLISH_PERIOD = re.compile(
    r"\b(?:hour|week|month|year|annum|hourly|weekly|monthly|yearly|annual)\b"
    r"|/\s?(?:wk|mo|yr|hr|h|w|y|m)\b",
    re.IGNORECASE,
)
# A note in another language that the table's amounts are of a period ("Montos brutos
# mensuales", "Beträge monatlich brutto", "Montants mensuels bruts"): a word of amounts
# with one period the money patterns read.
_AMOUNTS_WORD = re.compile(
    r"\b(?:montos|importes|valores|cantidades|montants|sommes|betr[äa]ge|bedragen|belopp"
    r"|bel[øo]b|importi|valori|kwoty)\b",
    re.IGNORECASE,
)


# A header naming what its figures count, a plural noun first ("Employees affected",
# "Number of workers", "Jobs cut", "Stores"), and the words that count no things.
_THINGS_HEADER = re.compile(
    r"(?:(?:total |the )?(?:number|no\.?|#) of |total )?(?P<things>[a-z]+s)"
    r"(?P<rest>(?: [a-z]+){0,3})",
    re.IGNORECASE,
)
_NOT_THINGS = frozenset(
    "assets costs dates dollars earnings euros fees hours losses notes pounds prices profits"
    " ratios rates remarks revenues salaries sales savings shares status totals wages years"
    " details comments points".split()
)
_BARE_COUNT = re.compile(r"\d{1,3}(?:,\d{3})+|\d+")


# A note in brackets after what a header counts: "(number)", "(persons)", "(2023)";
# one of thousands ("(thousands)", "('000)") scales the column's figures.
_COUNT_NOTE = re.compile(r"\s*\((?P<note>[^()]*)\)\s*$")
_THOUSANDS_NOTE = re.compile(r"\s*(?:in\s+)?(?:thousands?|['’]?000s?)\s*", re.IGNORECASE)
_DECIMAL_COUNT = re.compile(r"\d{1,3}(?:,\d{3})*(?:\.\d+)?|\d+(?:\.\d+)?")
# Headers naming a count by a noun of the whole ("Employment", "Headcount"): what the
# figures under them count.
_COUNT_NOUNS = {
    "employment": "people employed",
    "headcount": "employees",
    "membership": "members",
    "workforce": "workers",
}


_YEAR_IN = re.compile(r"(?<!\d)(?:19|20)\d\d(?!\d)")
_NOTE_THINGS = re.compile(r"(?:[a-z][a-z-]*\s+){0,2}[a-z][a-z-]*[^\Ws]s")
_SCALE_WORDS = frozenset("thousand thousands million millions billion billions mil miles".split())


def _noted_things(note: str) -> str | None:
    """The things a bracketed note names, a plural noun with up to two words before it
    ("drivers", "registered vehicles"), or None for a note of anything else: a scale,
    a unit of measure, a share, a source."""
    note = note.strip()
    if not _NOTE_THINGS.fullmatch(note):
        return None
    words = note.split()
    if words[-1] in _NOT_THINGS or words[-1] in _MEASURES or set(words) & _SCALE_WORDS:
        return None
    return note


def _with_counted(value: str, header: str) -> str:
    """A bare count with what its header says it counts: "85" under "Employees
    affected" is "85 employees affected", under "Number of stores" "85 stores", under
    "Employees (number)" "85 employees", "1.2" under "Members (thousands)" "1,200
    members", and "85" under "Employment" "85 people employed"."""
    note = _COUNT_NOTE.search(header)
    bare = header[: note.start()] if note else header
    things = _counted_things(bare) or _COUNT_NOUNS.get(bare.strip().lower())
    if things is None and note and _YEAR_IN.search(bare):
        # A column named by its time, its note naming what it counts: "79,630" under
        # "December 2024 (drivers)" is 79,630 drivers.
        things = _noted_things(note.group("note"))
        note = None
    if things is None:
        return value
    if note and _THOUSANDS_NOTE.fullmatch(note.group("note")):
        if not _DECIMAL_COUNT.fullmatch(value):
            return value
        return f"{float(value.replace(',', '')) * 1000:,.0f} {things}"
    if not _BARE_COUNT.fullmatch(value):
        return value
    return f"{value} {things}"


# A note that a table's counts are in thousands or millions, perhaps of what they count:
# "(thousands)", "('000)", "(millions of items)", "(in thousands of visitors)".
# The things may follow the scale word straight ("(thousand passengers)"), and the note
# may be Portuguese or Spanish ("(mil pessoas)", "(miles de personas)"): see _ROMANCE_SCALES.
_COUNT_SCALE = re.compile(
    r"\(\s*(?:in\s+)?(?P<scale>thousands?|millions?|['’]?000s?|mil|miles|milhares|millones"
    r"|milh[õo]es)(?:\s+(?:of\s+|de\s+)?(?P<things>[^\W\d_]+s))?\s*\)",
    re.IGNORECASE,
)
_COUNT_SCALES = {"thousand": 1_000, "million": 1_000_000}
# Scale words of Portuguese and Spanish notes, whose tables group digits by dots
# ("5.974" under "(mil pessoas)" is 5,974 thousand people).
_ROMANCE_SCALES = {
    "mil": 1_000,
    "miles": 1_000,
    "milhares": 1_000,
    "millones": 1_000_000,
    "milhões": 1_000_000,
    "milhoes": 1_000_000,
}
# People named in those languages, and in French, German and Italian: what a count of
# them is in English.
_PEOPLE_WORDS = frozenset({"pessoas", "personas", "personnes", "persone", "personen"})
# A figure grouped by dots the continental way, with perhaps a decimal comma ("5.974",
# "1.220.200", "12,5"): read so only where a note in those languages says it is.
_CONTINENTAL_FIGURE = re.compile(r"\d{1,3}(?:\.\d{3})+(?:,\d+)?|\d+,\d{1,2}|\d{1,3}")
# A table's label before what its figures count: "Table 3:", "Tablo 2.", "Figure 1 -".
_LABEL_NUMBER = re.compile(r"^\s*[A-Za-z]+\s+\d+[A-Za-z]?\s*[.:–-]?\s*")
# Where the caption's first phrase ends: what it counts is named before.
_PHRASE_END = re.compile(r"[,;:(]|\s(?:by|at|in|on|for|from|per|and|during)\s", re.IGNORECASE)


def _scaled_count(value: str, headers: tuple[str, ...], caption: str | None) -> str:
    """A bare figure in a table whose headers or caption say its counts are in thousands
    or millions, scaled and with what it counts: "44.1" under "Mobile subscriptions by
    operator (millions)" is "44,100,000 mobile subscriptions", "1,203" under "2024
    ('000)" in "Visitors to national parks" is "1,203,000 visitors". The things are the
    note's own ("(millions of items)"), else the last plural noun of the caption's first
    phrase with the words before it. A header with a note of a unit of its own ("Share
    (%)") is not counted in the caption's scale (one of when, "(Jan-Mar)", is no unit);
    without things named, the figure stays as it is."""
    said = [*headers, caption or ""]
    scale = next((m for h in said if (m := _COUNT_SCALE.search(h))), None)
    if scale is None:
        return value
    word = scale.group("scale").lower().rstrip("s").lstrip("'’")
    romance = scale.group("scale").lower() in _ROMANCE_SCALES
    if romance:
        if not scale.group("things") or not _CONTINENTAL_FIGURE.fullmatch(value.strip()):
            return value
        value = value.strip().replace(".", "").replace(",", ".")
    elif not _PLAIN_FIGURE.fullmatch(value):
        return value
    for header in headers:
        note = _COUNT_NOTE.search(header)
        if note and not _COUNT_SCALE.search(header) and not _DIGIT.search(note.group(0)):
            return value
    things = scale.group("things") or _caption_things(caption or "")
    if things is None or things.lower() in _NOT_THINGS or things.lower().endswith("ss"):
        return value
    if things.lower() in _MEASURES:
        return value  # "(thousand tonnes)": a measure, read by _measured
    if things.lower() in _PEOPLE_WORDS:
        things = "people"
    if romance:
        times = _ROMANCE_SCALES[scale.group("scale").lower()]
    else:
        times = _COUNT_SCALES.get(word, 1_000)  # "'000" is thousands
    return f"{float(value.replace(',', '')) * times:,.0f} {things.lower()}"


# A column or row named by a year alone, with a note's mark beside it: "2024", "2023/24",
# "2025*", "2023 p", "2024 (p)", "2024 3".
YEAR_HEADER = re.compile(
    r"\s*(?:19|20)\d\d(?:\s?[/–-]\s?(?:\d{4}|\d{2}))?"
    r"(?:\s*(?:[*†‡]+|\(?[a-z]\)?|\(\d{1,2}\)|\d))?\s*",
    re.IGNORECASE,
)
# A row's note that its figures are a number of things ("(number)", "(persons)",
# "(occupied beds, number)"), and a footnote's mark after it ("(number) 1", "(number) a").
_ROW_COUNT_NOTE = re.compile(
    r"\((?:[^()]*[\s,])?(?:number|persons|people|headcount|count)\)(?:\s+(?:\d{1,2}|[a-z]))?\s*$",
    re.IGNORECASE,
)


def _row_things(value: str, row: str) -> str:
    """A bare count in a table of years across, with what its row's name says it counts
    when the row notes it is a number: "161,600" in the row "Pupils carried, all routes
    (number)" is "161,600 pupils carried"."""
    if not _ROW_COUNT_NOTE.search(row):
        return value
    lead = re.split(r"[,;:(]", row, maxsplit=1)[0].strip()
    counted = _with_counted(value, lead)
    words = lead.lower().split()
    if counted != value or not _BARE_COUNT.fullmatch(value) or not 0 < len(words) <= 3:
        return counted
    last = words[-1]
    if not all(w.isalpha() for w in words) or not last.endswith("s") or last.endswith("ss"):
        return value
    # "Kiln operators (number)": the plural noun the row ends with, and its kind.
    return value if last in _NOT_THINGS else f"{value} {' '.join(words)}"


# A unit of measure by the words a sentence writes it in ("t" is tonnes).
_MEASURES = {
    "t": "tonnes",
    "tonne": "tonnes",
    "tonnes": "tonnes",
    "metric tonnes": "tonnes",
    "metric tons": "tonnes",
    "kg": "kg",
    "kilograms": "kg",
    "mw": "MW",
    "gw": "GW",
    "kw": "kW",
    "mwh": "MWh",
    "gwh": "GWh",
    "twh": "TWh",
    "ha": "hectares",
    "hectares": "hectares",
    "litres": "litres",
    "barrels": "barrels",
}
_MEASURE = "|".join(
    sorted((re.escape(m).replace(r"\ ", r"\s+") for m in _MEASURES), key=len, reverse=True)
)
# A note in brackets giving a table's figures a unit of measure, scaled or not, with a word
# or two of what is measured ("(MW)", "(million kg)", "(thousand air-dried tonnes)", "(t
# LCE)"); never a rate ("(US$ per kg)", "(kg per hectare)").
_MEASURE_NOTE = re.compile(
    r"\(\s*(?:in\s+)?(?:(?P<scale>thousands?|millions?|billions?)\s+(?:of\s+)?)?"
    r"(?P<kind>(?:(?!per\b)[a-z][a-z-]*\s+){0,2}?)"
    rf"(?P<unit>{_MEASURE})(?:\s+[A-Z]{{2,5}})?\s*\)",
    re.IGNORECASE,
)
# A header that is a unit of measure alone, or one of its languages' names ("Metric
# tonnes", "Toneladas métricas / Metric tonnes").
_MEASURE_HEADER = re.compile(rf"\s*(?P<unit>{_MEASURE})\s*", re.IGNORECASE)


# A figure of one dot and three digits ("75.600"): see _measured.
_ONE_DOT_GROUP = re.compile(r"\d{1,3}\.\d{3}")


def _measured(value: str, headers: tuple[str, ...], caption: str | None) -> str:
    """A bare figure with the unit of measure its column's, row's or caption's note gives
    it, as a sentence writes it: "295.3" under "Mass sold (million kg)" is "295.3 million
    kg", "3,980" in the row "Pulp (thousand air-dried tonnes)" "3,980 thousand air-dried
    tonnes", "1.220.200" under "Metric tonnes" "1,220,200 tonnes". A figure of one dot
    and three digits after it ("75.600") is a decimal in one country and a thousands
    group in another: it gets no unit, so that neither reading can refute a claim."""
    if _ONE_DOT_GROUP.fullmatch(value.strip()):
        return value
    figure = _dots_to_commas(value) or value
    if not _PLAIN_FIGURE.fullmatch(figure):
        return value
    for header in (*headers, caption or ""):
        m = _MEASURE_NOTE.search(header)
        if m is not None:
            unit = _MEASURES[" ".join(m.group("unit").lower().split())]
            scale = (m.group("scale") or "").lower().rstrip("s")
            words = [figure, scale, *m.group("kind").split(), unit]
            return " ".join(w for w in words if w)
        for part in header.split("/"):
            if whole := _MEASURE_HEADER.fullmatch(part):
                return f"{figure} {_MEASURES[' '.join(whole.group('unit').lower().split())]}"
    return value


def _caption_things(caption: str) -> str | None:
    """What a caption says its table counts: the last plural noun of its first phrase,
    with up to two words before it ("mobile subscriptions" of "Table 1: Mobile
    subscriptions by operator", "passengers" of "Passengers handled at main airports")."""
    lead = re.sub(r"\s*\([^()]*\)", "", _LABEL_NUMBER.sub("", caption))
    words = _PHRASE_END.split(lead, maxsplit=1)[0].split()
    plural = [
        i
        for i, w in enumerate(words)
        if w.isalpha() and w.endswith("s") and not w.endswith("ss") and w.lower() not in _NOT_THINGS
    ]
    if not plural:
        return None
    at = plural[-1]
    before = [w for w in words[max(0, at - 2) : at] if w.isalpha()]
    return " ".join([*before, words[at]])


# A caption saying its table counts things: "Number of nurses employed, by ward".
_COUNT_CAPTION = re.compile(r"\s*(?:(?:the\s+)?total\s+)?number\s+of\s+[^.;:]+", re.IGNORECASE)


def _count_caption(caption: str | None) -> str | None:
    """The part of a table's caption saying what its figures count, when it opens by
    saying so ("Number of nurses employed (full-time)"), else None."""
    m = _COUNT_CAPTION.match(caption or "")
    return m.group(0).strip() if m else None


def _counted_things(header: str) -> str | None:
    """What a header says its figures count ("employees affected" of "Employees
    affected", "stores" of "Number of stores"), or None when it names no things."""
    m = _THINGS_HEADER.fullmatch(header.strip())
    if m is None:
        return None
    things = m.group("things").lower()
    if things in _NOT_THINGS or things.endswith("ss"):
        return None
    return f"{things}{m.group('rest').lower()}"


# A row's count after a word or two that qualify it ("c.", "about", "over"), scaled or
# not ("3.2 million"), and what follows it: a note in brackets ("(2030)", "[1]") or the
# row's next item.
_ROW_COUNT = re.compile(
    r"(?P<lead>(?:[A-Za-z~.]+\s+){0,2}?~?)"
    r"(?P<count>\d{1,3}(?:,\d{3})+|\d+(?:\.\d+)?\s(?:thousand|million|billion)|\d+)"
    r"(?P<tail>\s*(?:[(\[;].*)?)",
    re.IGNORECASE | re.DOTALL,
)


def _row_counted(value: str, label: str) -> str:
    """An infobox value that is a count, with what its label says it counts: "c. 4,100
    (2030)" under "Members" is "c. 4,100 members (2030)", "about 2.4 million" under
    "Passengers affected" is "about 2.4 million passengers affected"; a label's note in
    brackets ("Employees (2030)") is no part of what it counts."""
    m = _ROW_COUNT.fullmatch(value.strip())
    things = _counted_things(re.sub(r"\s*[(\[][^)\]]*[)\]]", "", label))
    if m is None or things is None:
        return value
    return f"{m.group('lead')}{m.group('count')} {things}{m.group('tail')}"


# A headline figure standing alone: money, a number or share, a ratio ("268 to 1").
_KEY_VALUE = re.compile(
    rf"{_SIGN}?\s?\d[\d,]*(?:\.\d+)?\s?(?:%|[kKmMbB]n?|million|billion|trillion)?"
    r"(?:\s?(?::|to|-to-)\s?1)?",
    re.IGNORECASE,
)

# Five digits or more with no separator label a record ("Reference number: 388214"); a
# quantity that large is written with separators.
_IDENTIFIER = re.compile(r"\d{5,}")


def _key_figures(doc: _Document) -> Iterator[PageFact]:
    """A page's key figures: an element holding just two elements of text, a figure and
    its label in words ("<span>268 to 1</span><span>Average pay ratio, 2023</span>"),
    read as a one-cell table whose row header is the label."""
    # The cheap tests first: the walk up to see if an element stands elsewhere, done for
    # every element, was most of the time spent reading a page's facts.
    children, loose = doc.children, doc.holds_text
    for node in doc.elements:
        pair = children.get(node, [])
        if len(pair) != 2 or node in loose or doc.tag[node] in ("tr", "table", "dl", "ul", "ol"):
            continue
        if any(doc.tag[c] in ("td", "th") or c in children for c in pair):
            continue  # each part is text alone
        if _elsewhere(doc, node):
            continue
        first, second = (_text(doc, c) for c in pair)
        for value, label in ((first, second), (second, first)):
            if _IDENTIFIER.fullmatch(value):
                continue
            if _KEY_VALUE.fullmatch(value) and len(_WORDED.findall(label)) >= 2:
                yield PageFact(
                    "cell",
                    "key figure",
                    f"{label}: {value}",
                    {"row": label, "column": "", "value": value, "caption": ""},
                )
                break


# A label saying when applications close ("Closing date", "Open & closing dates",
# "Application deadline", "Apply by").
_CLOSING_LABEL = re.compile(
    r"\bclos(?:ing|es)\b|\bdeadline\b|\bapply\s+(?:by|before)\b|\bapplications?\s+close",
    re.IGNORECASE,
)
# The longest label and value read as a closing date: more is prose, not a field.
LABEL_MAX, DATE_VALUE_MAX = 40, 80
# A label and its value in one element, parted by a colon: the value has a figure.
_INLINE_FIELD = re.compile(rf"([^:]{{3,{LABEL_MAX}}}):\s*((?=.*\d).{{1,{DATE_VALUE_MAX}}})")


def _next_sibling(doc: _Document, node: int) -> int:
    """The element after ``node`` under the same parent, or -1."""
    parent = doc.parent[node]
    stop = doc.end[parent] if parent >= 0 else len(doc.tag)
    return next((i for i in range(doc.end[node], stop) if doc.before[i] == node), -1)


def _closing_dates(doc: _Document) -> Iterator[PageFact]:
    """When a posting stops taking applications, as a label and its value in elements
    of their own ("<dt>Apply by</dt><dd>4 March 2025</dd>", a row header and its
    cell, a heading and the block after it); named ``validThrough`` as in JSON-LD. The
    value is kept as written: which way a numeric date runs is the reader's to settle."""
    for node in doc.elements:
        if doc.tag[node] in ("dd", "td") or node in doc.children:
            continue  # a label is an element of text alone, not a value
        # Most elements say nothing of closing: look before folding the text's spaces
        # (the label's test reads any run of spaces alike).
        if not _CLOSING_LABEL.search(doc.text(node, " ")):
            continue
        label = _text(doc, node)
        inline = _INLINE_FIELD.fullmatch(label)
        if inline and _CLOSING_LABEL.search(inline.group(1)) and not _elsewhere(doc, node):
            # Label and value in one element ("<li>Closing date: 4 March 2025</li>").
            label, value = inline.group(1).strip(), inline.group(2)
            yield PageFact("date", f"label: {label}", value, {"name": CLOSING_DATE, "label": label})
            continue
        if len(label) > LABEL_MAX:
            continue
        value_at = _next_sibling(doc, node)
        if value_at < 0 or _elsewhere(doc, node):
            continue
        value = _text(doc, value_at)
        if value and len(value) <= DATE_VALUE_MAX and re.search(r"\d", value):
            yield PageFact("date", f"label: {label}", value, {"name": CLOSING_DATE, "label": label})


_FIGURE = re.compile(rf"{_SIGN}?\s?\d[\d,]*(?:\.\d+)?\s?%?")
# A cell that names something has a word of letters.
_WORDED = re.compile(r"[A-Za-z]{2,}")
_FLAG = re.compile(r"(?<=\d)\s+(?:[a-z]|\(\d+\)|\*+)$")
_HEADINGS = frozenset({"h1", "h2", "h3", "h4"})


def _table_label(doc: _Document, table: int) -> str | None:
    """What names a table: its ``<caption>``; else the ``<figcaption>`` of the figure or
    the ``<summary>`` of the folded ``<details>`` it stands in ("Compare: last year's
    scale"), which name it more closely than any heading above; else that heading."""
    caption = doc.first(table, "caption")
    if caption >= 0:
        return _text(doc, caption)
    node = doc.parent[table]
    while node >= 0 and doc.tag[node] not in ("body", "main", "article", "section"):
        label_tag = {"figure": "figcaption", "details": "summary"}.get(doc.tag[node])
        label = doc.first(node, label_tag) if label_tag else -1
        if label >= 0:
            return _text(doc, label)  # a figure's caption may follow its table, too
        node = doc.parent[node]
    return _heading_before(doc, table)


def _heading_before(doc: _Document, node: int) -> str | None:
    """The nearest heading before ``node`` in the document (an enclosing one included)."""
    heading = next((i for i in range(node - 1, -1, -1) if doc.tag[i] in _HEADINGS), -1)
    return _text(doc, heading) if heading >= 0 else None


_PRESS = re.compile(r"press[- ]?release|news[- ]?release|newsroom|pressroom|for immediate release")
# A button or link that opens an application, in English or as postings in other
# languages write it ("Postularme", "Inscribirme en esta oferta", "Postuler",
# "Candidatar-me", "Solliciteer").
# A button that applies, perhaps after a word that urges ("Jetzt bewerben", "Ahora
# postula"); "How to apply" is a link to read, not a button.
_APPLY = re.compile(
    r"(?:(?:jetzt|hier|gleich|direkt|sofort|online|now|today|easy|quick|ahora|agora|je)\s+)?"
    r"(?:apply\b|postul(?:ar|a|e|er)\w*|post[úu]late|inscr[ií]b\w*|candidat(?:ar|er)\w*"
    r"|solliciteer\w*|bewerben\b|aplicar\b)",
    re.IGNORECASE,
)
_NEWS_TYPES = {"NewsArticle", "ReportageNewsArticle", "Article", "BlogPosting"}


def _kind(
    types: set[str],
    doc: _Document,
    url: str,
    infobox: bool,
    cells: bool,
    items: list[PageFact],
) -> PageKind | None:
    """What sort of page this is, from its metadata first and its structure after."""
    og = next(
        (i for i in doc.elements if doc.tag[i] == "meta" and doc.get(i, "property") == "og:type"),
        -1,
    )
    og_type = doc.get(og, "content").lower() if og >= 0 else ""
    title = next((i for i in doc.elements if doc.tag[i] == "title"), -1)
    head = f"{url} {(doc.text(title, '', strip=False) if title >= 0 else '')}".lower()
    applies = any(
        _APPLY.match(_text(doc, node))
        for node in doc.elements
        if doc.tag[node] in ("a", "button") and not _elsewhere(doc, node)
    )
    if "JobPosting" in types or any(i.kind == "pay" for i in items) or applies:
        return "job_posting"
    if _PRESS.search(head):
        return "press_release"
    if infobox:
        return "encyclopedia"
    if types & _NEWS_TYPES or og_type == "article":
        return "news"
    if cells:
        return "statistics"
    return None
