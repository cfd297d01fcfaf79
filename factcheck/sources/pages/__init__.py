"""Readable main text of a fetched page, each block with the role it plays.

:func:`extract_page` turns an HTML document into a :class:`PageText`: its title, the dates
it says it was published and updated, and its readable blocks (headings, paragraphs, list
items, quotes, table cells) in document order, each with its role (see :data:`ROLES`).
:func:`extract_plain` does the same for ``text/plain`` sources.

The page is parsed by Lexbor (through selectolax), an HTML5 parser that repairs markup as
browsers do; how it is then read is told in :mod:`factcheck.sources.pages.tree`. Nothing on
the page is ever executed: scripts are read only as JSON-LD data.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from html import unescape

from selectolax.lexbor import LexborHTMLParser

from factcheck.sources.pages import dates
from factcheck.sources.pages.text import normalize
from factcheck.sources.pages.titles import clean_title
from factcheck.sources.pages.tree import Tree

__all__ = ["OWN_ROLES", "ROLES", "SOURCE_ROLES", "PageText", "extract_page", "extract_plain"]

# What a block is. The story's own words: its title, byline or dateline, kicker or tag
# label, photo captions and its body. Around it: teasers of other stories (related lists),
# job ads like this one ("Similar jobs", on a job board often other employers'), the
# employer's list of its other openings, sidebars, readers' comments and the footer.
OWN_ROLES = ("title", "byline", "label", "caption", "body")
ROLES = (*OWN_ROLES, "teaser", "similar-jobs", "openings", "sidebar", "comments", "footer")
# What a source page says for itself: its own words, and on a careers page the lists of
# other jobs (what they may decide is the evidence's to say: factcheck.evidence.listed).
# Teasers of other stories, sidebars, comments and footers are not the page's statement.
SOURCE_ROLES = (*OWN_ROLES, "similar-jobs", "openings")

_TITLE_META_KEYS = ("og:title", "twitter:title")
_XML_DECLARATION_RE = re.compile(r"\A\ufeff?\s*<\?xml[^>]*>")


@dataclass(frozen=True)
class PageText:
    """The readable text of one page.

    ``published`` (and ``updated``) is an ISO date (``YYYY-MM-DD``), or a full ISO datetime
    with its time zone when the page gives a time, and ``None`` when the page states none.
    ``blocks`` are the paragraphs, headings, list items, quotes and table cells of the story
    and of the boxes around it, in document order, each on one line with its whitespace
    collapsed; ``roles`` gives each block's role (one of :data:`ROLES`; empty means every
    block is ``body``).
    """

    title: str | None
    published: str | None
    blocks: tuple[str, ...]
    roles: tuple[str, ...] = ()
    updated: str | None = None

    def role(self, index: int) -> str:
        """The role of block ``index``."""
        return self.roles[index] if self.roles else "body"

    def having(self, roles: tuple[str, ...]) -> list[tuple[str, str]]:
        """The blocks whose role is one of ``roles``, with their roles, in page order."""
        return [
            (block, role) for k, block in enumerate(self.blocks) if (role := self.role(k)) in roles
        ]

    def own(self) -> list[tuple[str, str]]:
        """The story's own blocks and their roles (title, byline, label, caption, body)."""
        return self.having(OWN_ROLES)

    def main_text(self) -> str:
        """The story's body text, one block a paragraph."""
        return "\n\n".join(b for k, b in enumerate(self.blocks) if self.role(k) == "body")


def extract_page(html: str, url: str | None = None) -> PageText:
    """Extract the title, dates and blocks (with their roles) of an HTML page.

    ``url`` is the page's address; it helps recognise the site's name in the title and
    dates in the address. Malformed markup is repaired, never refused: the worst case is a
    page with no blocks.
    """
    html = _XML_DECLARATION_RE.sub("", html.replace("\x00", ""), count=1)
    if "<" not in html:
        # No markup at all: the text is the page.
        return _plain_page(unescape(html))
    tree = Tree(LexborHTMLParser(html).root)
    root = tree.content_root()
    blocks = tree.blocks(root)
    if not any(role == "body" for _, role in blocks) and tree.raw[tree.body] > 0:
        # Everything readable was flagged as page furniture: better noisy text than none.
        blocks = tree.blocks(tree.body, keep_flagged=True)
    h1 = tree.headline()
    h1_text = tree.text_of(h1) if h1 is not None else None
    if h1 is not None and h1_text and h1 < root:
        # The headline often sits in a page header above the article body.
        blocks.insert(0, (h1_text, "title"))
    title = clean_title(
        _meta_first(tree, _TITLE_META_KEYS) or h1_text or tree.title, tree.metas, url
    )
    # Lines of the story that say when it came out or changed ("Released: ...").
    labelled: dict[str, str] = {}
    for block, role in blocks:
        if role in OWN_ROLES and (found := dates.labelled_date(block)):
            labelled.setdefault(*found)
    return PageText(
        title=title,
        published=_published(tree, url, labelled.get("published")),
        blocks=tuple(b for b, _ in blocks),
        roles=tuple(r for _, r in blocks),
        updated=dates.first_date(
            [
                *dates.declared(tree.metas, dates.UPDATED_KEYS),
                *dates.json_ld_dates(tree.json_ld, "dateModified"),
                labelled.get("updated"),
            ]
        ),
    )


def _published(tree: Tree, url: str | None, labelled: str | None) -> str | None:
    """The page's publication date, from the most explicit statement of it; ``labelled``
    is the date a line of the story gives under a label ("Released: ...")."""
    # Declared publication dates first; a bare <time> may be an update time.
    candidates = dates.declared(tree.metas, dates.PUBLISHED_KEYS)
    candidates += dates.json_ld_dates(tree.json_ld, "datePublished")
    candidates += tree.item_dates
    candidates += [stamp for i, stamp in tree.time_items if not tree.furniture[i]]
    if found := dates.first_date(candidates):
        return found
    # Then a date written out in a byline or dateline, then one in the address.
    for i in tree.dated_items():
        if found := dates.text_date(tree.text_of(i)):
            return found
    return labelled or dates.url_date(url)


def _meta_first(tree: Tree, keys: tuple[str, ...]) -> str | None:
    """The first non-empty ``<meta>`` value among ``keys``, in that order."""
    for key in keys:
        value = normalize(tree.metas.get(key, ""))
        if value:
            return value
    return None


def extract_plain(text: str) -> PageText:
    """Read a ``text/plain`` source: its blocks are the runs of text between blank lines."""
    return _plain_page(text)


def _plain_page(text: str) -> PageText:
    parts = (normalize(p) for p in re.split(r"\n[ \t\r\f\v]*\n", text.replace("\r\n", "\n")))
    blocks = tuple(p for p in parts if p)
    return PageText(title=None, published=None, blocks=blocks, roles=("body",) * len(blocks))
