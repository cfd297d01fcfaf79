"""HTML articles: the readable text of the page, with positions in the source.

The stdlib parser is used rather than BeautifulSoup because it reports where every run
of text starts in the source, which CI annotations need.
"""

from __future__ import annotations

import re
from bisect import bisect_right
from html.parser import HTMLParser

from factcheck.model import Link
from factcheck.reading.positions import PositionMap, TextBuilder

# Elements whose text is not part of the article.
_SKIP = frozenset(
    {
        "script",
        "style",
        "noscript",
        "template",
        "nav",
        "footer",
        "aside",
        "form",
        "button",
        "svg",
        "iframe",
        "select",
        "textarea",
        "head",
    }
)
# Elements that start and end a block of text.
_BLOCK = frozenset(
    {
        "p",
        "div",
        "h1",
        "h2",
        "h3",
        "h4",
        "h5",
        "h6",
        "li",
        "blockquote",
        "tr",
        "section",
        "article",
        "main",
        "dd",
        "dt",
        "figcaption",
        "pre",
        "ul",
        "ol",
        "table",
        "header",
        "br",
        "hr",
        "body",
    }
)
_VOID = frozenset(
    {
        "br",
        "hr",
        "img",
        "meta",
        "link",
        "input",
        "wbr",
        "area",
        "base",
        "col",
        "embed",
        "source",
        "track",
    }
)
_MAIN = re.compile(r"<(main|article)[\s>]", re.IGNORECASE)
# Between the cells of a table row: a row is one block, so that a claim in one cell rests
# on the link in the next ("| the claim | [source](...) |") and a header cell that reads
# "Sources" or "Notes" is not taken for the heading of a list of sources.
CELL_SEPARATOR = " | "


class ArticleParser(HTMLParser):
    """Reads HTML into a :class:`TextBuilder`: its own, or one it shares with the reader
    of a Markdown article whose HTML blocks it reads (``builder``, with ``base`` the
    offset in the builder's source where the fed HTML starts)."""

    def __init__(
        self, source: str, main_only: bool, builder: TextBuilder | None = None, base: int = 0
    ):
        super().__init__(convert_charrefs=True)
        self._line_starts = [0] + [i + 1 for i, ch in enumerate(source) if ch == "\n"]
        self._base = base
        self.builder = builder or TextBuilder(source)
        self._cells = 0  # cells of the current table row so far
        self.links: list[Link] = []
        self.title: str | None = None
        self._skip_depth = 0
        self._main_depth = 0
        self._main_only = main_only
        self._in_title = False
        self._link: tuple[str, int] | None = None
        self._nav_depth = 0
        self._nav_tags: list[str] = []
        self.anchors: dict[str, int] = {}  # where each element with an id starts

    def _offset(self) -> int:
        line, col = self.getpos()
        return self._base + self._line_starts[line - 1] + col

    def handle_starttag(self, tag: str, attrs: list[tuple[str, str | None]]) -> None:
        if tag == "title":
            self._in_title = True
        if tag == "nav" or dict(attrs).get("role") == "navigation":
            self._nav_depth += 1
            self._nav_tags.append(tag)
        if tag in _SKIP:
            if tag not in _VOID:
                self._skip_depth += 1
            return
        if tag in ("main", "article"):
            self._main_depth += 1
        if tag in _BLOCK:
            self.builder.end_block()
        if tag == "tr":
            self._cells = 0
        elif tag in ("td", "th"):
            if self._cells and self.builder.in_block:
                self.builder.append(CELL_SEPARATOR, None)
            self._cells += 1
        if element_id := dict(attrs).get("id"):
            self.anchors.setdefault(element_id, self.builder.length)
        # Links count wherever the page lists sources (a "Sources" box after the article
        # included), except in navigation, whose links are the site's, not the story's.
        if tag == "a" and not self._nav_depth:
            href = dict(attrs).get("href") or ""
            self._link = (href, self.builder.next_start)

    def handle_endtag(self, tag: str) -> None:
        if tag == "title":
            self._in_title = False
        if self._nav_tags and tag == self._nav_tags[-1]:
            self._nav_tags.pop()
            self._nav_depth -= 1
        if tag in _SKIP:
            self._skip_depth = max(0, self._skip_depth - 1)
            return
        if tag in ("main", "article"):
            self._main_depth = max(0, self._main_depth - 1)
        if tag in _BLOCK:
            self.builder.end_block()
        if tag == "a" and self._link is not None:
            href, start = self._link
            if href:
                # A link with no text where a block would have opened is empty there.
                start = min(start, self.builder.length)
                self.links.append(Link(url=href, text="", start=start, end=self.builder.length))
            self._link = None

    def handle_data(self, data: str) -> None:
        if self._in_title:
            self.title = (self.title or "") + data
            return
        if self._skip_depth or (self._main_only and not self._main_depth):
            return
        if not data.strip() and not self.builder.in_block:
            return
        self.builder.append(data, self._offset())


def read_html(
    source: str,
) -> tuple[str, list[tuple[int, int]], PositionMap, list[Link], str | None]:
    """Text, blocks, positions, links and title of an HTML article."""
    parser = ArticleParser(source, main_only=bool(_MAIN.search(source)))
    parser.feed(source)
    parser.close()
    text, positions = parser.builder.build()
    blocks = [(s, e) for s, e in parser.builder.blocks if text[s:e].strip()]
    links = [
        Link(url=lk.url, text=text[lk.start : lk.end].strip(), start=lk.start, end=lk.end)
        for lk in parser.links
    ]
    links += _notes_by_anchor(links, blocks, parser.anchors)
    title = " ".join(parser.title.split()) if parser.title else None
    return text, blocks, positions, links, title


def _notes_by_anchor(
    links: list[Link], blocks: list[tuple[int, int]], anchors: dict[str, int]
) -> list[Link]:
    """A footnote link ("<a href='#note-2'>2</a>") stands for the links of the note it
    leads to: the block at the element with that id, as where a reader's eye would go."""
    starts = [start for start, _ in blocks]
    out = []
    for link in links:
        if not link.url.startswith("#") or (at := anchors.get(link.url[1:])) is None:
            continue
        i = bisect_right(starts, at) - 1
        if i < 0 or at >= blocks[i][1]:
            i += 1  # the element opens between blocks: its text is the next one
        if i >= len(blocks):
            continue
        start, end = blocks[i]
        out += [
            Link(url=note.url, text=link.text, start=link.start, end=link.end)
            for note in links
            if start <= note.start < end and not note.url.startswith("#")
        ]
    return out
