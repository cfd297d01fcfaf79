"""Facts a page states in its structure: schema.org data, a posting's title and pay blocks,
table cells under their headers, encyclopedia infobox rows, and what kind of page it is.

Prose is read sentence by sentence elsewhere; what is here is read by position, which is
how such pages carry their facts: a posting's pay sits in elements of its own
(``<span>$131,000</span><span>&mdash;</span><span>$187,500 USD</span>`` under "Pay range"),
a statistic in the cell where its row and column headers meet.

JSON-LD is parsed with :mod:`json` and microdata read from the same tree: the pages here
need schema.org's JobPosting, NewsArticle and Organization only, and ``extruct`` would
bring RDFa and microformat parsers (rdflib) whose import alone costs more than reading a
whole page.
"""

from __future__ import annotations

import json
import re
from collections.abc import Iterator
from typing import Any

from bs4 import BeautifulSoup, Tag

from factcheck.model import PageFact, PageFacts, PageKind

__all__ = ["parse_pay", "read_facts"]

# Elements that hold another page's teaser, never this page's facts.
_ELSEWHERE = re.compile(
    r"similar|related|recommend|more-?jobs|other-?jobs|also|sidebar|teaser|promo|"
    r"most-?read|trending|footer|cookie|newsletter|nav",
    re.IGNORECASE,
)
_ELSEWHERE_TAGS = frozenset({"aside", "nav", "footer", "header", "form"})
# Class, id or data-qa words of an element holding pay ("paywall" is no pay).
_PAY_NAME = re.compile(
    r"pay(?!wall|ment)|salary|compensation|(?<![a-z])comp(?![a-z])|wage", re.IGNORECASE
)
_PAY_LABEL = re.compile(r"\b(?:pay|salary|salaries|compensation|wage|wages|base)\b", re.I)

_CURRENCY_SIGNS = {"$": "USD", "£": "GBP", "€": "EUR", "¥": "JPY", "₹": "INR"}
_MONEY = re.compile(
    r"(?P<sign>[$£€¥₹])\s?(?P<num>\d[\d,]*(?:\.\d+)?)\s?(?P<scale>[kKmM]\b|million\b)?"
    r"|(?P<num2>\d[\d,]*(?:\.\d+)?)\s?(?P<scale2>[kK]\b)?\s?(?P<code>USD|GBP|EUR|CAD|AUD)\b"
)
_CODE_AFTER = re.compile(r"^\s*(USD|GBP|EUR|CAD|AUD|CHF)\b")
_PERIODS = (
    ("hour", re.compile(r"/\s?h(?:ou)?r\b|\bper hour\b|\ban hour\b|\bhourly\b|\bhr\b", re.I)),
    ("week", re.compile(r"/\s?w(?:ee)?k\b|\bper week\b|\ba week\b|\bweekly\b", re.I)),
    ("month", re.compile(r"/\s?mo(?:nth)?\b|\bper month\b|\ba month\b|\bmonthly\b", re.I)),
    (
        "year",
        re.compile(r"/\s?y(?:ea)?r\b|\bper (?:year|annum)\b|\ba year\b|\bannual(?:ly)?\b", re.I),
    ),
)
_UNIT_TEXT = {"HOUR": "hour", "DAY": "day", "WEEK": "week", "MONTH": "month", "YEAR": "year"}
# A pay figure with no period: at least this much is a year's pay, less an hour's.
ANNUAL_FLOOR = 1000.0


def read_facts(html: str, url: str | None = None) -> PageFacts:
    """The facts a page states in its structure, and the page's kind."""
    soup = BeautifulSoup(html, "lxml")
    objects = list(_json_ld(soup))
    items: list[PageFact] = []
    types = {_type_of(o) for o in objects}
    for obj in objects:
        if _type_of(obj) == "JobPosting":
            items += _job_posting(obj, "JSON-LD")
    for scope in soup.find_all(itemtype=re.compile("JobPosting", re.I)):
        items += _job_posting(_microdata(scope), "microdata")
        types.add("JobPosting")
    heading = _headline(soup)
    if heading:
        items.append(PageFact("title", heading[0], heading[1]))
    items += _pay_blocks(soup)
    infobox = list(_infobox(soup))
    items += infobox
    cells = list(_cells(soup))
    items += cells
    kind = _kind(types, soup, url or "", bool(infobox), bool(cells), items)
    return PageFacts(kind, tuple(_unique(items)))


def parse_pay(text: str) -> dict[str, Any] | None:
    """The pay a short text gives, as ``min``, ``max``, ``currency`` and ``period``:
    "$131,000 — $187,500 USD", "$30.18 - $35.21 per hour", "£35,290", "$180k – $240k".

    The first two money figures are the range; with no period written, a figure of
    :data:`ANNUAL_FLOOR` or more is a year's pay and a smaller one an hour's."""
    figures = []
    for m in _MONEY.finditer(text):
        sign = m.group("sign")
        number = m.group("num") or m.group("num2")
        scale = (m.group("scale") or m.group("scale2") or "").lower()
        value = float(number.replace(",", ""))
        value *= {"k": 1e3, "m": 1e6, "million": 1e6}.get(scale, 1.0)
        code = m.group("code") or (_CODE_AFTER.match(text[m.end() :]) or [None, None])[1]
        figures.append((value, code or _CURRENCY_SIGNS.get(sign or ""), m.end()))
        if len(figures) == 2:
            break
    if not figures:
        return None
    low, high = figures[0][0], figures[-1][0]
    if high < low:
        high = low
    currency = next((c for _, c, _ in reversed(figures) if c), None)
    period = next((p for p, pattern in _PERIODS if pattern.search(text)), None)
    if period is None:
        period = "year" if low >= ANNUAL_FLOOR else "hour"
    return {"min": low, "max": high, "currency": currency, "period": period}


def _unique(items: list[PageFact]) -> Iterator[PageFact]:
    seen = set()
    for item in items:
        key = (item.kind, item.text)
        if key not in seen:
            seen.add(key)
            yield item


def _json_ld(soup: BeautifulSoup) -> Iterator[dict[str, Any]]:
    """Every object of every JSON-LD script, ``@graph`` and lists flattened."""
    for script in soup.find_all("script", attrs={"type": re.compile("ld\\+json", re.I)}):
        try:
            data = json.loads(script.get_text(), strict=False)
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
        out.append(PageFact("title", f"{origin} title", title))
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


def _microdata(scope: Tag) -> dict[str, Any]:
    """The properties of a microdata item, nested items as dicts."""
    out: dict[str, Any] = {}
    for prop in scope.find_all(itemprop=True):
        if prop.find_parent(itemscope=True) is not scope:
            continue
        name = str(prop.get("itemprop"))
        if prop.has_attr("itemscope"):
            value: Any = _microdata(prop)
        else:
            value = prop.get("content") or prop.get("datetime") or prop.get_text(" ", strip=True)
        out.setdefault(name, value)
    return out


def _attr(node: Tag | None, *names: str) -> str:
    """The values of some attributes of ``node``, as one string ("class" lists joined)."""
    if node is None:
        return ""
    out = []
    for name in names:
        value = node.get(name)
        out.append(" ".join(value) if isinstance(value, list) else str(value or ""))
    return " ".join(out)


def _elsewhere(node: Tag) -> bool:
    """True when ``node`` stands in another page's teaser, a sidebar or the furniture."""
    for el in [node, *node.parents]:
        if not isinstance(el, Tag) or el.name in ("body", "html", "[document]"):
            break
        if el.name in _ELSEWHERE_TAGS:
            return True
        names = _attr(el, "class", "id", "role")
        if _ELSEWHERE.search(names):
            return True
    return False


def _text(node: Tag) -> str:
    return re.sub(r"\s+", " ", node.get_text(" ", strip=True)).strip()


def _headline(soup: BeautifulSoup) -> tuple[str, str] | None:
    """The page's own top heading: ``<h1>``, an element marked as a level-1 heading, or
    failing both a lower heading named or placed as the page's headline."""
    for node in soup.find_all(True):
        if node.name == "h1":
            where = "<h1>"
        elif node.get("role") == "heading" and node.get("aria-level") == "1":
            where = "level-1 heading"
        else:
            continue
        text = _text(node)
        if text and not _elsewhere(node):
            return where, text
    for node in soup.find_all(["h2", "h3"]):
        names = f"{_attr(node, 'class')} {_attr(node.parent, 'class')}"
        text = _text(node)
        if text and _HEADLINE.search(names) and not _elsewhere(node):
            return f"<{node.name}> headline", text
    return None


_HEADLINE = re.compile(r"head|title", re.IGNORECASE)


def _pay_blocks(soup: BeautifulSoup) -> list[PageFact]:
    """Pay in elements of its own: the smallest element named for pay (or listed under a
    pay label) whose text is a money figure or range, with the label it stands under."""
    out: list[PageFact] = []
    for node in soup.find_all(True):
        names = _attr(node, "class", "id", "data-qa")
        label = None
        if node.name == "dd":
            term = node.find_previous_sibling("dt")
            if term is None or not _PAY_LABEL.search(_text(term)):
                continue
            label = _text(term)
        elif not _PAY_NAME.search(names):
            continue
        text = _text(node)
        if not text or len(text) > 160 or not _MONEY.search(text) or _elsewhere(node):
            continue
        # The smallest such element: a pay element holding another is its wrapper.
        if any(
            _PAY_NAME.search(_attr(c, "class")) and _MONEY.search(_text(c))
            for c in node.find_all(True)
        ):
            continue
        pay = parse_pay(text)
        if pay is None:
            continue
        label = label or _label_before(node)
        where = f"pay block: {label}" if label else "pay block"
        out.append(PageFact("pay", where, text, {**pay, "label": label or ""}))
    return out


def _label_before(node: Tag) -> str | None:
    """The label a pay element stands under: the nearest short text before it among its
    siblings, or its parent's."""
    for el in (node, node.parent):
        if el is None:
            continue
        for sibling in el.find_previous_siblings(limit=3):
            text = _text(sibling)
            if text and len(text) <= 120 and not _MONEY.search(text):
                return text
    return None


def _infobox(soup: BeautifulSoup) -> Iterator[PageFact]:
    """An encyclopedia infobox's rows as (label, value); rows under a section header
    ("Parties") carry that header as their label."""
    for table in soup.find_all("table", class_=re.compile("infobox", re.I)):
        section = None
        for row in table.find_all("tr"):
            header = row.find("th")
            data = row.find("td")
            if header is not None and data is None:
                section = _text(header)
                continue
            if data is None:
                continue
            label = _text(header) if header is not None else section
            if not label:
                continue
            items = [_text(li) for li in data.find_all("li")] or [
                t.strip() for t in data.get_text("\n").split("\n") if t.strip()
            ]
            value = "; ".join(items)
            if value:
                yield PageFact(
                    "infobox",
                    f"infobox: {label}",
                    f"{label}: {value}",
                    {"label": label, "value": value, "items": tuple(items)},
                )


def _cells(soup: BeautifulSoup) -> Iterator[PageFact]:
    """Each data cell of a table (not an infobox) with its row header and column header.

    A first row of header cells names the columns; a row is named by its first cell in
    words, so a code before the name ("8231", "11-3071", "–") does not stand for the row
    (a one-row table of figures has no row names). A currency sign written only atop a
    column ("$23.11", then "63.59") or in its header ("Median pay (£)") holds for the
    column's bare figures."""
    for table in soup.find_all("table"):
        if re.search("infobox", _attr(table, "class"), re.I) or _elsewhere(table):
            continue
        caption_tag = table.find("caption")
        caption = _text(caption_tag) if caption_tag else _heading_before(table)
        where = f"table: {caption}" if caption else "table"
        columns: list[str] = []
        body: list[list[str]] = []
        for row in table.find_all("tr"):
            cells = [_text(c) for c in row.find_all(["th", "td"])]
            if not cells:
                continue
            if not columns and not body and all(c.name == "th" for c in row.find_all(["th", "td"])):
                columns = cells
            else:
                body.append(cells)
        signs: dict[int, str] = {}
        for j, header in enumerate(columns):
            sign = re.search(r"\(\s*([$£€¥₹])\s*\)", header)
            if sign:
                signs[j] = sign.group(1)
        for cells in body:
            for j, value in enumerate(cells):
                sign = re.match(r"\s*([$£€¥₹])\s?\d", value)
                if sign:
                    signs.setdefault(j, sign.group(1))
        for cells in body:
            name_at = next(
                (j for j, c in enumerate(cells) if _WORDED.search(c) and not _FIGURE.fullmatch(c)),
                None,
            )
            row_header = "" if name_at is None else cells[name_at]
            # Other cells in words name the row too: a company's row names its chief.
            named = [
                j
                for j, c in enumerate(cells)
                if j != name_at and _WORDED.search(c) and not _FIGURE.fullmatch(c)
            ]
            if named:
                also = [f"{columns[j]}: {cells[j]}" if columns[j:] else cells[j] for j in named]
                row_header += f" ({'; '.join(also)})"
            for j in range(len(cells)):
                value = cells[j]
                if not value or j == name_at or j in named:
                    continue
                # A flag after a figure ("93,208 x", "$51,400 (2)") marks its quality.
                value = _FLAG.sub("", value)
                if j in signs and _FIGURE.fullmatch(value) and value[0] not in _CURRENCY_SIGNS:
                    value = signs[j] + value
                column = columns[j] if j < len(columns) else ""
                # Read with its caption and headers, as a sentence would state it.
                headers = ", ".join(h for h in (caption, row_header, column) if h)
                yield PageFact(
                    "cell",
                    where,
                    f"{headers}: {value}",
                    {"row": row_header, "column": column, "value": value, "caption": caption},
                )


_FIGURE = re.compile(r"[$£€¥₹]?\s?\d[\d,]*(?:\.\d+)?\s?%?")
# A cell that names something has a word of letters.
_WORDED = re.compile(r"[A-Za-z]{2,}")
_FLAG = re.compile(r"(?<=\d)\s+(?:[a-z]|\(\d+\)|\*+)$")


def _heading_before(node: Tag) -> str | None:
    heading = node.find_previous(["h1", "h2", "h3", "h4"])
    return _text(heading) if heading else None


_PRESS = re.compile(r"press[- ]?release|news[- ]?release|newsroom|pressroom|for immediate release")
_APPLY = re.compile(r"apply\b", re.IGNORECASE)
_NEWS_TYPES = {"NewsArticle", "ReportageNewsArticle", "Article", "BlogPosting"}


def _kind(
    types: set[str],
    soup: BeautifulSoup,
    url: str,
    infobox: bool,
    cells: bool,
    items: list[PageFact],
) -> PageKind | None:
    """What sort of page this is, from its metadata first and its structure after."""
    og = soup.find("meta", attrs={"property": "og:type"})
    og_type = str(og.get("content", "")).lower() if og else ""
    head = f"{url} {(soup.title.get_text() if soup.title else '')}".lower()
    applies = any(
        _APPLY.match(_text(node)) for node in soup.find_all(["a", "button"]) if not _elsewhere(node)
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
