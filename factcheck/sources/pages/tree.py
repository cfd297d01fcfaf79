"""A parsed page flattened into pre-order arrays, and the reading of its main content.

How a page is read, in linear passes:

1. One pre-order walk flattens the parsed document into parallel arrays (an *item* is an
   element, a text node or a ``<br>``), reads the metadata on the way (``<meta>``,
   ``<title>``, JSON-LD, ``<time>``, ``itemprop``) and drops what is never content (scripts,
   styles, controls, hidden elements). Elements that look like page furniture are *flagged*
   with what they are (comments, teasers, sidebar, footer, or furniture nobody reads), not
   dropped; so are the story's own parts that are not its body (title, byline, caption,
   label).
2. Text lengths are summed bottom-up. A box whose heading names other pages' teasers or
   other jobs ("Most read", "Similar vacancies") is flagged so, whatever its class says
   (markup.headed_boxes). A flagged element that holds half the page's text is a
   wrapper with an unlucky class name, not furniture, and is unflagged; so is a paywall box
   that holds a story's worth of text: real content is never thrown away on a class name.
3. The main content root is the ``<article>`` (else ``<main>``/``[role=main]``) holding the
   most text of its own (not counting articles nested in it: an outer ``<article>`` of
   teasers is not the story), if it holds a third of the page's text or more; else the
   deepest container holding 90% of it.
4. One walk emits the blocks, each with its role: the root's blocks are the story's (body,
   or title, byline, caption, label where an element says so), flagged boxes anywhere give
   their own role, and menus, ads and link lists are dropped.
"""

from __future__ import annotations

import re
from typing import Any

from factcheck.sources.pages.markup import (
    BLOCK_TAGS,
    LINK_LIST_TAGS,
    ROOT_TAGS,
    SKIP_TAGS,
    furniture_role,
    haystack,
    headed_boxes,
    heading_role,
    is_hidden,
    own_role,
)
from factcheck.sources.pages.text import WORD_RE, normalize

# Blocks that may carry a teaser's label in their own first words, how long such a
# teaser runs at most, and the label: a few words before a colon or a bar.
_LABELLED_TAGS = frozenset({"p", "li"})
_LABELLED_TEXT = 400
_LABEL_RE = re.compile(r"\s*([^:|\n]{2,40}?)\s*[:|]\s+\S")
# The entries of a box of cards (a headline link over a line or two), and how many of
# them side by side make one.
_CARD_TAGS = frozenset({"article", "div", "li", "section"})
_CARD_RUN = 2
_HEADING_TAGS = frozenset({"h2", "h3", "h4", "h5", "h6"})

__all__ = ["Tree"]

# Class names of elements holding a date, run together or not ("arttidate_pub", "postedOn").
_DATED_RE = re.compile(r"date|time|publish|posted")

# A note's mark raised above the line ("<sup>2</sup>", "<sup>p</sup>", "<sup>*</sup>"): read
# as "[2]", the marker a reader sees, so that it is never taken for a figure of the words
# beside it ("<sup>2</sup> Excludes drivers..." is not "2 drivers"). A raised number after a
# unit or a figure is left as it is: a power ("m<sup>2</sup>", "10<sup>6</sup>").
_NOTE_MARK_RE = re.compile(r"\s*(?:\d{1,3}|[a-z]|[*†‡§¶]{1,3})\s*")
_POWER_BASE_RE = re.compile(r"(?:\b(?:[kcdm]?m|ft|in|mi|yd)|\d)\s*$")

# Item kinds in the flattened tree.
_ELEMENT, _TEXT, _BR = 0, 1, 2

# A paywall box holding this much text is the story, kept behind a prompt the browser shows.
_STORY_SIZED = 400
# A byline or a label is a line or two; a box this long with such a class is a wrapper.
_SHORT_PART = 300
_CAPTION_PART = 1500
# A container of links with this much prose outside them is a story beside a menu, not a menu.
_PROSE_BESIDE_LINKS = 200
# A block whose text is this much link text, in three links or more, is a run of links.
_LINK_RUN = 0.8
# A line this short that is all link is a button or a pointer elsewhere ("Share this",
# "Read all comments"), not a sentence of the story.
_LINK_LINE = 80


class Tree:
    """A parsed page flattened into pre-order arrays, with its metadata.

    Item ``i``'s subtree is items ``i .. i + size[i] - 1``, so "is inside" is a range check
    and a subtree is skipped by jumping over it.
    """

    def __init__(self, root: Any) -> None:
        self.kind: list[int] = []
        self.name: list[str] = []
        self.text: list[str] = []
        self.parent: list[int] = []
        self.flag: list[str] = []
        self.own: list[str] = []
        self.main_role: set[int] = set()
        self.dated: set[int] = set()  # elements whose tag or class says they hold a date
        self.metas: dict[str, str] = {}
        self.title: str | None = None
        self.json_ld: list[str] = []
        self.item_dates: list[str] = []
        self.time_items: list[tuple[int, str]] = []
        self.body = 0
        self._add(_ELEMENT, "#document", "", -1)
        if root is not None:
            self._flatten(root)
        self._sum_up()

    def _add(self, kind: int, name: str, text: str, parent: int) -> int:
        self.kind.append(kind)
        self.name.append(name)
        self.text.append(text)
        self.parent.append(parent)
        self.flag.append("")
        self.own.append("")
        return len(self.kind) - 1

    def _flatten(self, root: Any) -> None:
        # (node, parent item, inside an <article> or <main>)
        stack: list[tuple[Any, int, bool]] = [(root, 0, False)]
        while stack:
            node, parent, in_article = stack.pop()
            tag = node.tag
            if tag == "-text":
                text = node.text_content or ""
                if (
                    self._raised(parent)
                    and _NOTE_MARK_RE.fullmatch(text)
                    and not self._after_base()
                ):
                    text = f"[{text.strip()}]"
                self._add(_TEXT, "#text", text, parent)
                continue
            if not tag or tag[0] in "-!_#":
                # Comments, doctypes and processing instructions are not text.
                continue
            attrs = node.attributes
            if is_hidden(attrs):
                continue
            if tag in SKIP_TAGS:
                self._read_skipped(node, tag, attrs)
                continue
            if tag == "br":
                self._add(_BR, tag, "", parent)
                continue
            index = self._add(_ELEMENT, tag, "", parent)
            self._read_dates(node, tag, attrs, index)
            if tag == "body" and self.body == 0:
                self.body = index
            if attrs.get("role") == "main":
                self.main_role.add(index)
            words = haystack(attrs)
            self.flag[index] = furniture_role(tag, attrs, words, in_article)
            if tag == "footer" and self.name[parent] == "blockquote":
                # A quotation's own footer names who said it ("— Jo Park, the guild's
                # treasurer"): the quote's attribution, no footer of the page.
                self.flag[index] = ""
            self.own[index] = own_role(tag, attrs, words)
            if self.own[index] == "byline" or (words and _DATED_RE.search(words)):
                self.dated.add(index)
            in_article = in_article or tag in ("article", "main") or index in self.main_role
            children = []
            child = node.child
            while child is not None:
                children.append((child, index, in_article))
                child = child.next
            stack.extend(reversed(children))

    def _raised(self, parent: int) -> bool:
        """True when a text node under ``parent`` is raised: in a ``<sup>``, or in a link
        that is (``<sup><a href="#n2">2</a></sup>``)."""
        if self.name[parent] == "a" and parent > 0:
            parent = self.parent[parent]
        return self.name[parent] == "sup"

    def _after_base(self) -> bool:
        """True when the text read last ends in what a raised number is a power of."""
        for k in range(len(self.kind) - 1, -1, -1):
            if self.kind[k] == _TEXT and self.text[k].strip():
                return bool(_POWER_BASE_RE.search(self.text[k]))
        return False

    def _read_skipped(self, node: Any, tag: str, attrs: dict[str, str | None]) -> None:
        """Record what a never-content element says about the page."""
        if tag == "meta":
            key = attrs.get("property") or attrs.get("name") or attrs.get("itemprop")
            content = attrs.get("content")
            if key and content is not None:
                self.metas.setdefault(key.strip().lower(), content)
        elif tag == "title":
            if self.title is None:
                self.title = node.text(deep=True)
        elif tag == "script":
            kind = attrs.get("type")
            if kind and kind.strip().lower() == "application/ld+json":
                self.json_ld.append(node.text(deep=True))

    def _read_dates(self, node: Any, tag: str, attrs: dict[str, str | None], index: int) -> None:
        if tag == "time" and (stamp := attrs.get("datetime")):
            self.time_items.append((index, stamp))
        if attrs.get("itemprop") == "datePublished":
            stamp = attrs.get("datetime") or attrs.get("content") or node.text(deep=True)
            if stamp:
                self.item_dates.append(stamp)

    def _sum_up(self) -> None:
        """Sum text lengths bottom-up, unflag wrappers, and mark what lies in furniture."""
        n = len(self.kind)
        self.size = [1] * n
        self.raw = [0] * n  # text outside links, furniture included
        has_h1 = [False] * n
        total = [0] * n  # all text, links included
        first = [-1] * n  # the first text item with words in the subtree
        for i in range(n - 1, 0, -1):
            if self.kind[i] == _TEXT:
                self.raw[i] = total[i] = len(self.text[i].strip())
                first[i] = i if total[i] else -1
            p = self.parent[i]
            self.size[p] += self.size[i]
            has_h1[p] = has_h1[p] or has_h1[i] or self.name[i] == "h1"
            total[p] += total[i]
            # Children come last to first here, so the first child's text is written last.
            if first[i] >= 0:
                first[p] = first[i]
            if self.name[i] != "a":
                self.raw[p] += self.raw[i]
        self._flag_headed_boxes(total, first)
        self._flag_card_runs(total, first)
        half = self.raw[self.body] / 2
        # The furniture an item lies in ("" for none): its own flag or its nearest ancestor's.
        self.furniture = [""] * n
        for i in range(1, n):
            flag = self.flag[i]
            if flag:
                # A "furniture" box holding half the page's text is a wrapper with an unlucky
                # class name; a <header> with the <h1> in it is the story's own header.
                if self.raw[i] > half or (self.name[i] == "header" and has_h1[i]):
                    flag = ""
                elif flag == "weak":
                    flag = "" if self.raw[i] >= _STORY_SIZED else "drop"
                self.flag[i] = flag
            self.furniture[i] = flag or self.furniture[self.parent[i]]
        self.clean = [0] * n  # text outside links and furniture
        self.link_text = [0] * n
        self.links = [0] * n
        self.nested = [0] * n  # clean text inside <article>s nested below an item
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
                self.nested[p] += self.clean[i] if self.name[i] == "article" else self.nested[i]

    def _flag_headed_boxes(self, total: list[int], first: list[int]) -> None:
        """Flag the boxes a heading names as other pages' teasers or other jobs."""
        ends = [i + k for i, k in enumerate(self.size)]
        names = [n if k == _ELEMENT else "" for n, k in zip(self.name, self.kind, strict=True)]
        boxes = headed_boxes(names, self.parent, ends, total, first, self.text_of, self.body)
        for i, role in boxes.items():
            self.flag[i] = self.flag[i] or role
        # A paragraph that opens with such a heading as its label ("Related: Cleaners in
        # Henley end 42-day strike", "READ MORE: ...") is a teaser in the story's flow.
        for i, name in enumerate(names):
            if name in _LABELLED_TAGS and 0 < total[i] <= _LABELLED_TEXT and first[i] >= 0:
                label = _LABEL_RE.match(self.text[first[i]])
                role = heading_role(label.group(1)) if label else ""
                if role:
                    self.flag[i] = self.flag[i] or role

    def _flag_card_runs(self, total: list[int], first: list[int]) -> None:
        """Flag as teasers the boxes of cards: two or more short entries side by side, each
        opening on a link to another page (a headline, with a line or two under it:
        "Porters at Ashby walk out" over "1,200 staff ..."). A story's own text does not
        open entry after entry on a link; a box of other stories does, whatever its
        classes and heading say. A list entry counts only when its link is a heading's: a
        story's list may well open its entries on linked names."""
        cards: dict[int, int] = {}  # parent -> how many of its children are cards
        for i in range(self.body + 1, len(self.kind)):
            if (
                self.kind[i] == _ELEMENT
                and self.name[i] in _CARD_TAGS
                and 0 < total[i] <= _LABELLED_TEXT
                and first[i] >= 0
                and self._opens_on_link(first[i], i)
            ):
                cards[self.parent[i]] = cards.get(self.parent[i], 0) + 1
        for parent, count in cards.items():
            if count >= _CARD_RUN and parent != self.body:
                self.flag[parent] = self.flag[parent] or "teaser"

    def _opens_on_link(self, text: int, card: int) -> bool:
        """True when text item ``text``, the first of element ``card``, lies in a link
        (for a list entry, a link in or around a heading)."""
        linked = headed = False
        i = self.parent[text]
        while i > card:
            linked = linked or self.name[i] == "a"
            headed = headed or self.name[i] in _HEADING_TAGS
            i = self.parent[i]
        return linked and (headed or self.name[card] != "li")

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
                # Its own text: an outer <article> of teaser <article>s is not the story.
                key=lambda i: (self.clean[i] - self.nested[i], self.clean[i]),
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
                self.name[i] in ROOT_TAGS
                and not self.furniture[i]
                and self.clean[i] * 10 >= total * 9
            ):
                root = i
        return root

    def dated_items(self) -> list[int]:
        """Bylines, datelines and other short elements that say they hold a date, outside
        page furniture, in page order (the outermost of nested ones)."""
        out: list[int] = []
        end = 0
        for i in range(self.body, self.body + self.size[self.body]):
            if (
                i >= end
                and i in self.dated
                and not self.furniture[i]
                and 0 < self.raw[i] <= _SHORT_PART
            ):
                out.append(i)
                end = i + self.size[i]
        return out

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
        return normalize("".join(self.text[j] for j in range(i, end) if self.kind[j] == _TEXT))

    def blocks(self, root: int, *, keep_flagged: bool = False) -> list[tuple[str, str]]:
        """The readable blocks of the page and their roles, in document order.

        Blocks inside ``root`` are the story's; outside it, only the blocks of flagged
        boxes with a role (comments, teasers, sidebar, footer, similar jobs) are read.
        ``keep_flagged`` reads flagged boxes inside the root as the story's own.
        """
        out: list[tuple[str, str]] = []
        # (text or None for a <br>, its role, the link it lies in or -1)
        pending: list[tuple[str | None, str, int]] = []
        open_ends: list[int] = []  # where the subtree of each open block element ends
        roles: list[tuple[int, str]] = []  # (end, role) of the role-giving boxes we are in
        link, link_end = -1, -1
        root_end = root + self.size[root]
        i, end = self.body, self.body + self.size[self.body]
        while i < end:
            while open_ends and open_ends[-1] <= i:
                open_ends.pop()
                _flush(pending, out)
            while roles and roles[-1][0] <= i:
                roles.pop()
            kind = self.kind[i]
            inside = root <= i < root_end
            role = roles[-1][1] if roles else ("body" if inside else "")
            if i >= link_end:
                link = -1
            if kind == _TEXT:
                if role:
                    pending.append((self.text[i], role, link))
            elif kind == _BR:
                pending.append((None, role, link))
            else:
                if self.name[i] == "a" and link < 0:
                    link, link_end = i, i + self.size[i]
                block = self.name[i] in BLOCK_TAGS
                if block:
                    _flush(pending, out)
                given = self._role(i, root, inside, keep_flagged)
                if given == "drop":
                    i += self.size[i]
                    continue
                if given:
                    roles.append((i + self.size[i], given))
                if block:
                    open_ends.append(i + self.size[i])
            i += 1
        _flush(pending, out)
        return out

    def _role(self, i: int, root: int, inside: bool, keep_flagged: bool) -> str:
        """The role element ``i`` gives its blocks, "drop" to skip it, "" to inherit."""
        if i == root:
            return ""
        flag = self.flag[i]
        if flag and not (inside and keep_flagged):
            return flag
        if self._is_link_list(i):
            return "teaser" if inside else "drop"
        if not inside:
            return ""
        own = self.own[i]
        if not own or own == "title":
            return own
        limit = _CAPTION_PART if own == "caption" else _SHORT_PART
        return own if self.raw[i] <= limit else ""

    def _is_link_list(self, i: int) -> bool:
        """Menus and "read more" lists: three links or more, mostly link text, and (for a
        container) little prose beside them."""
        if self.name[i] not in LINK_LIST_TAGS or self.links[i] < 3:
            return False
        if self.link_text[i] <= 0.6 * (self.link_text[i] + self.clean[i]):
            return False
        return self.name[i] in ("ul", "ol", "menu", "dl") or self.clean[i] < _PROSE_BESIDE_LINKS


def _flush(pending: list[tuple[str | None, str, int]], out: list[tuple[str, str]]) -> None:
    """Turn the pending strings into blocks: two <br> in a row or more end a block. A
    block's role is the role of most of its characters; a run of three links or more with
    little text between them is a menu or a list of other stories, a teaser."""
    if not pending:
        return
    parts: list[list[tuple[str, str, int]]] = [[]]
    breaks = 0
    for text, role, link in pending:
        if text is None:
            breaks += 1
            continue
        if breaks and text.strip():
            if breaks >= 2:
                parts.append([])
            else:
                parts[-1].append((" ", role, -1))
            breaks = 0
        parts[-1].append((text, role, link))
    pending.clear()
    for part in parts:
        block = normalize("".join(text for text, _, _ in part))
        if not WORD_RE.search(block):
            continue
        weight: dict[str, int] = {}
        linked = 0
        for text, role, link in part:
            size = len(text.strip())
            weight[role] = weight.get(role, 0) + size
            linked += size if link >= 0 else 0
        # Ties go to the first role met, so the order of the text decides, never a hash.
        role = max(weight, key=lambda r: weight[r])
        links = len({link for _, _, link in part if link >= 0})
        total = sum(weight.values())
        if role == "body" and linked > _LINK_RUN * total and (links >= 3 or total < _LINK_LINE):
            role = "teaser"
        out.append((block, role))
