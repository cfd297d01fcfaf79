"""Readable main text of a fetched page.

:func:`extract_page` turns an HTML document into a :class:`PageText`: its title, the date it
says it was published, and the readable blocks (headings, paragraphs, list items, quotes,
table cells) of its main content, in document order. :func:`extract_plain` does the same for
``text/plain`` sources.

How a page is read, in three linear passes over the parsed tree:

1. One pre-order walk flattens the tree into parallel arrays (an *item* is an element, a text
   node or a ``<br>``), reads the metadata on the way (``<meta>``, ``<title>``, JSON-LD,
   ``<time>``, ``itemprop``) and drops what is never content (scripts, styles, forms' controls,
   hidden elements). Elements that look like page furniture (navigation, headers, footers,
   asides, cookie banners, share bars, comments, related-story lists, ads, breadcrumbs) are
   *flagged*, not dropped.
2. Text lengths are summed bottom-up. A flagged element that holds half the page's text is a
   wrapper with an unlucky class name, not furniture, and is unflagged: real content is never
   thrown away on a class name alone.
3. The main content root is the ``<article>`` (else ``<main>``/``[role=main]``) holding the
   most text, if it holds a third of it or more; else the deepest container holding 90% of
   the page's text. Its blocks are emitted, skipping flagged elements and link-dense lists.

Nothing on the page is ever executed: scripts are read only as JSON-LD data.
"""

from __future__ import annotations

import json
import re
from dataclasses import dataclass
from datetime import date, datetime
from email.utils import parsedate_to_datetime
from html import unescape
from urllib.parse import urlsplit

from bs4 import BeautifulSoup, Tag
from bs4.element import NavigableString

__all__ = ["PageText", "extract_page", "extract_plain"]


@dataclass(frozen=True)
class PageText:
    """The readable text of one page.

    ``published`` is an ISO date (``YYYY-MM-DD``), or a full ISO datetime when the page gives
    a time, and ``None`` when the page states no date. ``blocks`` are the paragraphs,
    headings, list items, quotes and table cells of the main content, in document order,
    each on one line with its whitespace collapsed.
    """

    title: str | None
    published: str | None
    blocks: tuple[str, ...]


# lxml rather than html.parser: it repairs malformed markup the way browsers do (an unclosed
# <p> or <li> ends at the next one instead of swallowing it) and builds the tree about 1.7x
# faster, which matters at ~100 pages per check.
_PARSER = "lxml"

# Never content, so never walked into: no text of theirs is read (JSON-LD scripts are read
# as data before they are skipped).
_SKIP_TAGS = frozenset(
    {
        "applet",
        "audio",
        "base",
        "button",
        "canvas",
        "datalist",
        "dialog",
        "embed",
        "frame",
        "frameset",
        "iframe",
        "input",
        "link",
        "map",
        "meta",
        "noscript",
        "object",
        "optgroup",
        "option",
        "param",
        "picture",
        "script",
        "select",
        "source",
        "style",
        "svg",
        "template",
        "textarea",
        "title",
        "track",
        "video",
    }
)

# Elements that start and end a block of text; everything else is inline.
_BLOCK_TAGS = frozenset(
    {
        "address",
        "article",
        "aside",
        "blockquote",
        "body",
        "caption",
        "center",
        "dd",
        "details",
        "dir",
        "div",
        "dl",
        "dt",
        "fieldset",
        "figcaption",
        "figure",
        "footer",
        "form",
        "h1",
        "h2",
        "h3",
        "h4",
        "h5",
        "h6",
        "header",
        "hgroup",
        "hr",
        "html",
        "legend",
        "li",
        "main",
        "menu",
        "nav",
        "ol",
        "p",
        "pre",
        "section",
        "summary",
        "table",
        "tbody",
        "td",
        "tfoot",
        "th",
        "thead",
        "tr",
        "ul",
    }
)

# Containers that the text-density fallback may pick as the content root; a single
# paragraph or list item never is, however long.
_ROOT_TAGS = frozenset({"article", "body", "center", "div", "main", "section", "td"})

# Containers dropped when they are mostly links: menus, tag clouds, "read more" lists.
_LINK_LIST_TAGS = frozenset({"div", "dl", "menu", "ol", "section", "table", "ul"})

_FURNITURE_TAGS = frozenset({"aside", "footer", "form", "nav"})
_FURNITURE_ROLES = frozenset(
    {
        "alertdialog",
        "banner",
        "complementary",
        "contentinfo",
        "dialog",
        "menu",
        "menubar",
        "navigation",
        "search",
        "toolbar",
    }
)

# Matched against class, id and aria-label values, camelCase split and lower-cased. The left
# guard keeps "ad" from matching inside "header"; the right guard keeps "comment" from
# matching "commentary".
_FURNITURE_RE = re.compile(
    r"(?<![a-z0-9])(?:"
    r"ads?|advert\w*|adslot\w*|adunit\w*|adsbygoogle|dfp\w*|outbrain\w*|taboola\w*|sponsor\w*"
    r"|promo|promos|promo[-_]\w+"
    r"|breadcrumbs?\w*"
    r"|comments?|comment[-_]\w+|commentlist|disqus\w*"
    r"|cookies?\w*|consent\w*|gdpr\w*|onetrust\w*"
    r"|newsletters?\w*|subscribe\w*|subscription\w*|sign[-_]?up|paywall\w*"
    r"|share|shares|sharing|share[-_]?(?:bar|buttons?|links?|tools?|this|article)\w*|social\w*"
    r"|related\w*|more[-_ ]?(?:stories|from|news|on|coverage|articles|headlines)"
    r"|read[-_ ]?next|up[-_ ]?next|recommend\w*|trending\w*|popular\w*"
    r"|most[-_ ]?(?:read|popular|viewed|shared)"
    r"|nav|navbar|navigation|menus?|menu[-_]\w+|sidebar\w*|widgets?"
    r"|site[-_]?(?:header|footer|nav)\w*|masthead|footer\w*"
    r"|modal|popup|pagination|pager|skip[-_]?(?:link|to)\w*|jump[-_]?link\w*|addthis\w*"
    # MediaWiki: "[edit]" links, citation markers and lists, navigation boxes, categories.
    r"|editsection\w*|references?|reflist|navbox\w*|catlinks|noprint"
    r")(?![a-z])"
)
_CAMEL_RE = re.compile(r"(?<=[a-z0-9])(?=[A-Z])")

_HIDDEN_STYLE_RE = re.compile(r"display\s*:\s*none|visibility\s*:\s*hidden", re.IGNORECASE)
_XML_DECLARATION_RE = re.compile(r"\A\ufeff?\s*<\?xml[^>]*>")
_ISO_DATE_PREFIX_RE = re.compile(r"\d{4}-\d{2}-\d{2}(?!\d)")
_WORD_RE = re.compile(r"\w")

# Controls, zero-width and bidi-override characters: invisible on the page, and the controls
# could reach a terminal or a CI log through a quoted block. Whitespace controls (tab, line
# feeds, NEL) are left for str.split() to turn into spaces.
_INVISIBLE = dict.fromkeys(
    [
        *range(0x00, 0x09),
        *range(0x0E, 0x1C),
        0x7F,
        *range(0x80, 0x85),
        *range(0x86, 0xA0),
        0xAD,
        *range(0x200B, 0x2010),
        *range(0x202A, 0x202F),
        *range(0x2060, 0x2070),
        0xFEFF,
    ]
)

_DATE_META_KEYS = (
    "article:published_time",
    "og:published_time",
    "datepublished",
    "publish-date",
    "publish_date",
    "pubdate",
    "parsely-pub-date",
    "sailthru.date",
    "dc.date.issued",
    "dcterms.issued",
)
_TITLE_META_KEYS = ("og:title", "twitter:title")
_SITE_META_KEYS = ("og:site_name", "application-name")
_DATE_FORMATS = ("%B %d, %Y", "%b %d, %Y", "%d %B %Y", "%d %b %Y", "%Y/%m/%d", "%b. %d, %Y")

# Separators between a headline and the site or section name in a <title>. Only the strong
# ones split a title on their own; a dash is often part of the headline itself.
_TITLE_SEP_RE = re.compile(r"(\s+(?:[|·•»/]|::|[-–—])\s+)")
_STRONG_SEPS = frozenset({"|", "·", "•", "»", "::"})

# Item kinds in the flattened tree.
_ELEMENT, _TEXT, _BR = 0, 1, 2


def extract_page(html: str, url: str | None = None) -> PageText:
    """Extract the title, publication date and main-content blocks of an HTML page.

    ``url`` is the page's address; it helps recognise the site's name in the title. Malformed
    markup is repaired, never refused: the worst case is a page with no blocks.
    """
    html = _XML_DECLARATION_RE.sub("", html.replace("\x00", ""), count=1)
    if "<" not in html:
        # No markup at all: the text is the page (and Beautiful Soup would warn about it).
        return _plain_page(unescape(html))
    tree = _Tree(BeautifulSoup(html, _PARSER))
    root = tree.content_root()
    blocks = tree.blocks(root)
    if not blocks and tree.raw[tree.body] > 0:
        # Everything readable was flagged as page furniture: better noisy text than none.
        blocks = tree.blocks(tree.body, keep_flagged=True)
    h1 = tree.headline()
    h1_text = tree.text_of(h1) if h1 is not None else None
    if h1 is not None and h1_text and h1 < root:
        # The headline often sits in a page header above the article body.
        blocks.insert(0, h1_text)
    title = _clean_title(tree.meta_first(_TITLE_META_KEYS) or h1_text or tree.title, tree, url)
    return PageText(title=title, published=tree.published(), blocks=tuple(blocks))


def extract_plain(text: str) -> PageText:
    """Read a ``text/plain`` source: its blocks are the runs of text between blank lines."""
    return _plain_page(text)


def _plain_page(text: str) -> PageText:
    parts = (_normalize(p) for p in re.split(r"\n[ \t\r\f\v]*\n", text.replace("\r\n", "\n")))
    return PageText(title=None, published=None, blocks=tuple(p for p in parts if p))


def _normalize(text: str) -> str:
    return " ".join(text.translate(_INVISIBLE).split())


class _Tree:
    """A parsed page flattened into pre-order arrays, with its metadata.

    Item ``i``'s subtree is items ``i .. i + size[i] - 1``, so "is inside" is a range check
    and a subtree is skipped by jumping over it.
    """

    def __init__(self, soup: BeautifulSoup) -> None:
        self.kind: list[int] = []
        self.name: list[str] = []
        self.text: list[str] = []
        self.parent: list[int] = []
        self.flagged: list[bool] = []
        self.main_role: set[int] = set()
        self.metas: dict[str, str] = {}
        self.title: str | None = None
        self.json_ld: list[str] = []
        self.item_dates: list[str] = []
        self.time_items: list[tuple[int, str]] = []
        self.body = 0
        self._flatten(soup)
        self._sum_up()

    def _add(self, kind: int, name: str, text: str, parent: int) -> int:
        self.kind.append(kind)
        self.name.append(name)
        self.text.append(text)
        self.parent.append(parent)
        self.flagged.append(False)
        return len(self.kind) - 1

    def _flatten(self, soup: BeautifulSoup) -> None:
        self._add(_ELEMENT, "#document", "", -1)
        # (node, parent item, inside an <article> or <main>)
        stack: list[tuple[object, int, bool]] = [
            (child, 0, False) for child in reversed(soup.contents)
        ]
        while stack:
            node, parent, in_article = stack.pop()
            if type(node) is NavigableString:
                # The exact type: comments, CDATA, doctypes and processing instructions are
                # NavigableString subclasses, and are not text.
                self._add(_TEXT, "#text", str(node), parent)
                continue
            if not isinstance(node, Tag) or _is_hidden(node):
                continue
            name = node.name.lower()
            if name in _SKIP_TAGS:
                self._read_skipped(node, name)
                continue
            if name == "br":
                self._add(_BR, name, "", parent)
                continue
            index = self._add(_ELEMENT, name, "", parent)
            self._read_dates(node, name, index)
            if name == "body" and self.body == 0:
                self.body = index
            if node.get("role") == "main":
                self.main_role.add(index)
            self.flagged[index] = _looks_like_furniture(node, name, in_article)
            in_article = in_article or name in ("article", "main") or index in self.main_role
            stack.extend((child, index, in_article) for child in reversed(node.contents))

    def _read_skipped(self, node: Tag, name: str) -> None:
        """Record what a never-content element says about the page."""
        if name == "meta":
            key = node.get("property") or node.get("name") or node.get("itemprop")
            content = node.get("content")
            if isinstance(key, str) and isinstance(content, str):
                self.metas.setdefault(key.strip().lower(), content)
        elif name == "title":
            if self.title is None:
                self.title = node.get_text()
        elif name == "script":
            kind = node.get("type")
            if isinstance(kind, str) and kind.strip().lower() == "application/ld+json":
                self.json_ld.append(node.get_text())

    def _read_dates(self, node: Tag, name: str, index: int) -> None:
        if name == "time" and isinstance(stamp := node.get("datetime"), str):
            self.time_items.append((index, stamp))
        if node.get("itemprop") == "datePublished":
            stamp = node.get("datetime") or node.get("content") or node.get_text()
            if isinstance(stamp, str):
                self.item_dates.append(stamp)

    def _sum_up(self) -> None:
        """Sum text lengths bottom-up, unflag wrappers, and mark what lies in furniture."""
        n = len(self.kind)
        self.size = [1] * n
        self.raw = [0] * n  # text outside links, furniture included
        has_h1 = [False] * n
        for i in range(n - 1, 0, -1):
            if self.kind[i] == _TEXT:
                self.raw[i] = len(self.text[i].strip())
            p = self.parent[i]
            self.size[p] += self.size[i]
            has_h1[p] = has_h1[p] or has_h1[i] or self.name[i] == "h1"
            if self.name[i] != "a":
                self.raw[p] += self.raw[i]
        half = self.raw[self.body] / 2
        self.furniture = [False] * n
        for i in range(1, n):
            # A "furniture" box holding half the page's text is a wrapper with an unlucky
            # class name; a <header> with the <h1> in it is the story's own header.
            if self.flagged[i] and (self.raw[i] > half or (self.name[i] == "header" and has_h1[i])):
                self.flagged[i] = False
            self.furniture[i] = self.flagged[i] or self.furniture[self.parent[i]]
        self.clean = [0] * n  # text outside links and furniture
        self.link_text = [0] * n
        self.links = [0] * n
        for i in range(n - 1, 0, -1):
            if self.furniture[i]:
                continue
            p = self.parent[i]
            if self.name[i] == "a":
                self.link_text[p] += self.raw[i] + self.link_text[i]
                self.links[p] += 1 + self.links[i]
            else:
                self.clean[p] += self.raw[i] if self.kind[i] == _TEXT else self.clean[i]
                self.link_text[p] += self.link_text[i]
                self.links[p] += self.links[i]

    def content_root(self) -> int:
        """The item whose subtree is the page's main content."""
        total = self.clean[self.body]
        if total == 0:
            return self.body
        items = range(self.body, self.body + self.size[self.body])
        for wanted in ({"article"}, {"main"}):
            best = max(
                (
                    i
                    for i in items
                    if not self.furniture[i]
                    and (self.name[i] in wanted or ("main" in wanted and i in self.main_role))
                ),
                key=lambda i: self.clean[i],
                default=None,
            )
            # A teaser card or a headline-only <article> is not the story.
            if best is not None and self.clean[best] * 3 >= total:
                return best
        # The containers holding 90% of the text form a chain from <body> down; the last one
        # in document order is the deepest, the tightest box around the story that still
        # keeps its standfirst and headline.
        root = self.body
        for i in items:
            if (
                self.name[i] in _ROOT_TAGS
                and not self.furniture[i]
                and self.clean[i] * 10 >= total * 9
            ):
                root = i
        return root

    def headline(self) -> int | None:
        """The first <h1> outside page furniture that is not just a link (a site logo)."""
        return next(
            (
                i
                for i in range(self.body, self.body + self.size[self.body])
                if self.name[i] == "h1" and not self.furniture[i] and self.raw[i] > 0
            ),
            None,
        )

    def text_of(self, i: int) -> str:
        """The whitespace-normalised text of item ``i``'s subtree."""
        end = i + self.size[i]
        return _normalize("".join(self.text[j] for j in range(i, end) if self.kind[j] == _TEXT))

    def blocks(self, root: int, *, keep_flagged: bool = False) -> list[str]:
        """The readable blocks of ``root``'s subtree, in document order."""
        out: list[str] = []
        pending: list[str | None] = []  # the block being read: strings, None for a <br>
        open_ends: list[int] = []  # where the subtree of each open block element ends
        i, end = root, root + self.size[root]
        while i < end:
            while open_ends and open_ends[-1] <= i:
                open_ends.pop()
                _flush(pending, out)
            kind = self.kind[i]
            if kind == _TEXT:
                pending.append(self.text[i])
            elif kind == _BR:
                pending.append(None)
            elif self.name[i] in _BLOCK_TAGS:
                _flush(pending, out)
                if i != root and self._excluded(i, keep_flagged):
                    i += self.size[i]
                    continue
                open_ends.append(i + self.size[i])
            elif i != root and self._excluded(i, keep_flagged):
                i += self.size[i]
                continue
            i += 1
        _flush(pending, out)
        return out

    def _excluded(self, i: int, keep_flagged: bool) -> bool:
        if self.flagged[i] and not keep_flagged:
            return True
        # Menus and "read more" lists: three links or more, and mostly link text.
        return (
            self.name[i] in _LINK_LIST_TAGS
            and self.links[i] >= 3
            and self.link_text[i] > 0.6 * (self.link_text[i] + self.clean[i])
        )

    def meta_first(self, keys: tuple[str, ...]) -> str | None:
        """The first non-empty ``<meta>`` value among ``keys``, in that order."""
        for key in keys:
            value = _normalize(self.metas.get(key, ""))
            if value:
                return value
        return None

    def published(self) -> str | None:
        """The page's publication date, from the most explicit statement of it."""
        # Declared publication dates first; a bare <time> may be an update time.
        candidates = [self.metas.get(key) for key in _DATE_META_KEYS]
        candidates += _json_ld_dates(self.json_ld)
        candidates += self.item_dates
        candidates += [stamp for i, stamp in self.time_items if not self.furniture[i]]
        for candidate in candidates:
            if candidate and (parsed := _iso_date(candidate)):
                return parsed
        return None


def _flush(pending: list[str | None], out: list[str]) -> None:
    """Turn the pending strings into blocks: two <br> in a row or more end a block."""
    if not pending:
        return
    parts: list[list[str]] = [[]]
    breaks = 0
    for text in pending:
        if text is None:
            breaks += 1
            continue
        if breaks and text.strip():
            if breaks >= 2:
                parts.append([])
            else:
                parts[-1].append(" ")
            breaks = 0
        parts[-1].append(text)
    pending.clear()
    for part in parts:
        block = _normalize("".join(part))
        if _WORD_RE.search(block):
            out.append(block)


def _is_hidden(node: Tag) -> bool:
    if node.has_attr("hidden"):
        return True
    aria = node.get("aria-hidden")
    if isinstance(aria, str) and aria.strip().lower() == "true":
        return True
    style = node.get("style")
    return isinstance(style, str) and _HIDDEN_STYLE_RE.search(style) is not None


def _looks_like_furniture(node: Tag, name: str, in_article: bool) -> bool:
    if name in _FURNITURE_TAGS or (name == "header" and not in_article):
        return True
    if name in ("html", "body"):
        return False
    role = node.get("role")
    if isinstance(role, str) and role.strip().lower() in _FURNITURE_ROLES:
        return True
    haystack = " ".join(
        " ".join(value) if isinstance(value, list) else value
        for value in (node.get("class"), node.get("id"), node.get("aria-label"))
        if value
    )
    return bool(haystack) and _FURNITURE_RE.search(_CAMEL_RE.sub("-", haystack).lower()) is not None


def _json_ld_dates(scripts: list[str]) -> list[str]:
    """``datePublished`` values in JSON-LD, those of article-like objects first."""
    preferred: list[str] = []
    others: list[str] = []
    for script in scripts:
        text = script
        # Some CMSs wrap the JSON in an HTML comment or a CDATA section.
        for junk in ("<!--", "-->", "<![CDATA[", "]]>"):
            text = text.replace(junk, "")
        try:
            data = json.loads(text, strict=False)
        except (ValueError, RecursionError):
            continue
        stack = [data]
        while stack:
            value = stack.pop()
            if isinstance(value, list):
                stack.extend(reversed(value))
            elif isinstance(value, dict):
                stamp = value.get("datePublished")
                if isinstance(stamp, str):
                    kinds = value.get("@type")
                    kinds = " ".join(map(str, kinds)) if isinstance(kinds, list) else str(kinds)
                    article = any(word in kinds for word in ("Article", "Posting", "Report"))
                    (preferred if article else others).append(stamp)
                stack.extend(reversed(list(value.values())))
    return preferred + others


def _iso_date(value: str) -> str | None:
    """``value`` as ``YYYY-MM-DD``, or as an ISO datetime if it has a time; else None."""
    value = _normalize(value)
    parsed: date | datetime | None = None
    try:
        stamp = datetime.fromisoformat(value)
        parsed = stamp if len(value) > 10 else stamp.date()
    except ValueError:
        parsed = _loose_date(value)
    if parsed is None or not 1900 <= parsed.year <= 2200:
        return None
    return parsed.isoformat()


def _loose_date(value: str) -> date | datetime | None:
    """A date written some other common way: RFC 2822, "July 25, 2023", "2023-07-25 …"."""
    try:
        return parsedate_to_datetime(value)
    except (TypeError, ValueError, IndexError):
        pass
    for fmt in _DATE_FORMATS:
        try:
            return datetime.strptime(value, fmt).date()
        except ValueError:
            continue
    if match := _ISO_DATE_PREFIX_RE.match(value):
        try:
            return date.fromisoformat(match.group())
        except ValueError:
            return None
    return None


def _site_names(tree: _Tree, url: str | None) -> set[str]:
    """Squashed spellings of the site's name, from its metadata and its host name."""
    names = {_squash(name) for key in _SITE_META_KEYS if (name := tree.metas.get(key))}
    host = (urlsplit(url).hostname or "") if url else ""
    labels = [label for label in host.split(".") if label not in ("www", "amp", "m")]
    if labels:
        names.add(_squash(".".join(labels)))
        # Every label but the last: "theintercept", "metro", "inquirer".
        for label in labels[:-1]:
            names.update({_squash(label), "the" + _squash(label)})
    names.discard("")
    return names


def _squash(text: str) -> str:
    return re.sub(r"[\W_]+", "", text.lower())


def _clean_title(raw: str | None, tree: _Tree, url: str | None) -> str | None:
    """The headline without the " | Site name" (or "Site - ") decoration around it."""
    title = _normalize(raw or "")
    if not title:
        return None
    names = _site_names(tree, url)
    pieces = _TITLE_SEP_RE.split(title)  # [part, separator, part, separator, part, ...]
    while len(pieces) > 2 and _squash(pieces[-1]) in names:
        del pieces[-2:]
    while len(pieces) > 2 and _squash(pieces[0]) in names:
        del pieces[:2]
    # What strong separators still divide is headline and section names; the headline is
    # the longest.
    chunks = [""]
    for k, piece in enumerate(pieces):
        if k % 2 and piece.strip() in _STRONG_SEPS:
            chunks.append("")
        else:
            chunks[-1] += piece
    return max(chunks, key=len).strip() or title
