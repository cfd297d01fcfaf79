"""Markdown articles: text, blocks and links through markdown-it-py, with positions
traced back to the source so claims land on the right line and column."""

from __future__ import annotations

import re
from typing import Any

import yaml
from markdown_it import MarkdownIt
from markdown_it.token import Token

from factcheck.errors import InputError
from factcheck.model import Link
from factcheck.reading.html import CELL_SEPARATOR, ArticleParser
from factcheck.reading.notes import note_links
from factcheck.reading.positions import PositionMap, TextBuilder

_FRONT_MATTER = re.compile(r"\A---[ \t]*\r?\n(.*?)(?:\r?\n)---[ \t]*(?:\r?\n|\Z)", re.DOTALL)
_PARSER = MarkdownIt("gfm-like")
# An apostrophe inside a URL's path and the address characters after it, up to a space,
# a bracket or a quote, not counting punctuation that ends the sentence.
_URL_GOES_ON = re.compile(r"'[^\s<>()\[\]\"“”‘’]*[^\s<>()\[\]\"“”‘’'.,;:!?]")
# The host of a link linkify found without a scheme or "www." ("example.org/x", "W.Va").
_FUZZY_HOST = re.compile(r"(?:https?://)?([^/?#:]+)")


def _abbreviation_host(href: str, text: str) -> bool:
    """True when a link linkify read from bare text, with no scheme and no "www.", has the
    shape of an abbreviation rather than a host: a top-level domain written as a word, a
    capital then small letters ("W.Va", "Wash.Ga", "Ky.Ms"), or capitals one by one before a
    two-letter domain ("W.VA", "N.W.VA"). Real addresses written bare have their domain in
    one case ("Amazon.com", "x.com", "gov.uk", "BBC.CO.UK")."""
    if "://" in text or text.lower().startswith("www."):
        return False
    m = _FUZZY_HOST.match(href)
    labels = (m.group(1) if m else "").split(".")
    if len(labels) < 2:
        return False
    tld = labels[-1]
    if len(tld) > 1 and tld[0].isupper() and tld[1:].islower():
        return True
    return len(tld) <= 2 and all(len(n) == 1 and n.isupper() for n in labels[:-1])


# A gender star glued to a role ("Fahrer*in", "Pfleger*innen"): the writer's letter, not
# emphasis. Two in one line ("Zugbegleiter*in ... Berufswechsler*innen") would otherwise be
# read as italics and lose their stars. Hidden from the parser as a character of the same
# length that marks nothing, and written back as a star in the text.
_GENDER_STAR = re.compile(r"(?<=[a-zäöüß])\*(?=in(?:nen)?(?![\w*]))")
_STAR_HIDDEN = "\ue000"

# HTML written inline in Markdown ("<a href=...>", "<br>", "<sup>2</sup>"): a tag, and the
# address of a link's.
_TAG = re.compile(r"<(/?)([A-Za-z][\w-]*)([^>]*)>")
_HREF = re.compile(r"""\bhref\s*=\s*(?:"([^"]*)"|'([^']*)'|([^\s"'>]+))""", re.IGNORECASE)


def split_front_matter(source: str, path: str) -> tuple[dict[str, Any], str]:
    """The YAML front matter of ``source`` and the source with it blanked out (same length,
    same lines), so that offsets in the rest of the document do not move."""
    m = _FRONT_MATTER.match(source)
    if not m:
        return {}, source
    try:
        data = yaml.safe_load(m.group(1)) or {}
    except yaml.YAMLError as exc:
        mark = getattr(exc, "problem_mark", None)
        line = mark.line + 2 if mark is not None else 1
        raise InputError(f"{path}:{line}: invalid YAML front matter") from exc
    if not isinstance(data, dict):
        raise InputError(f"{path}:1: front matter must be a mapping of keys to values")
    blank = re.sub(r"[^\n]", " ", m.group(0))
    return data, blank + source[m.end() :]


def _marker_link(children: list[Token], n: int) -> bool:
    """True when ``children[n]`` opens a reference link whose text is a number alone
    ("[2]" with "[2]: https://..." below), a note marker rather than words."""
    if n < 0 or n + 2 >= len(children):
        return False
    opening, inner, closing = children[n : n + 3]
    return (
        opening.type == "link_open"
        and closing.type == "link_close"
        and inner.type == "text"
        and inner.content.isdigit()
        and len(inner.content) <= 3
        and not opening.markup
    )


# Text that ends a sentence ("... a month.", "... said.”"), and what may follow a label
# glued to it: the line's or the block's end, or a space and a sentence's first character.
_SENTENCE_END = re.compile(r"[.!?][\"”’)]*$")
_NEXT_SENTENCE = re.compile(r"\s*$|\s+[\"“‘(]?[A-Z0-9]")


def _label_link(children: list[Token], n: int) -> bool:
    """True when ``children[n]`` opens a link glued to a sentence's end and followed by
    the next sentence or nothing ("... a month.[the listing][ab] It pays ..."): its words
    label the source of the sentence before, as a note's number does, and run into
    neither sentence. Without a mark the segmenter reads "month.the listing It pays" as
    one sentence, and one sentence's figures decide the other's claims."""
    if n < 1 or children[n].type != "link_open" or children[n].markup:
        return False
    before = children[n - 1]
    if before.type != "text" or not _SENTENCE_END.search(before.content):
        return False
    close = next((k for k in range(n + 1, len(children)) if children[k].type == "link_close"), None)
    if close is None or close == n + 1:
        return False
    after = children[close + 1] if close + 1 < len(children) else None
    return (
        after is None
        or after.type in ("softbreak", "hardbreak")
        or (after.type == "text" and _NEXT_SENTENCE.match(after.content) is not None)
    )


def _html_note(children: list[Token], n: int) -> bool:
    """True when ``children[n]`` opens "<sup>" around a number alone, a note marker."""
    if n + 2 >= len(children):
        return False
    inner, closing = children[n + 1], children[n + 2]
    return (
        inner.type == "text"
        and inner.content.isdigit()
        and len(inner.content) <= 3
        and closing.type == "html_inline"
        and closing.content.replace(" ", "").lower() == "</sup>"
    )


def read_markdown(
    source: str, path: str
) -> tuple[str, list[tuple[int, int]], PositionMap, list[Link], dict[str, Any]]:
    """Text, blocks, positions, links and front matter of a Markdown article."""
    metadata, body = split_front_matter(source, path)
    body = _GENDER_STAR.sub(_STAR_HIDDEN, body)
    line_starts = [0] + [i + 1 for i, ch in enumerate(body) if ch == "\n"]
    builder = TextBuilder(source)
    links: list[Link] = []
    numbers: dict[int, int] = {}  # by block, the number of an ordered list's item
    item: int | None = None
    row: int | None = None  # in a table row, its cells read so far: a row is one block
    for token in _PARSER.parse(body):
        if token.type == "list_item_open":
            item = int(token.info) if token.info.isdigit() else None
        if token.type == "tr_open":
            row = 0
        elif token.type == "tr_close":
            row = None
            builder.end_block()
        if token.type == "html_block" and token.map is not None:
            # A block of HTML in the draft ("<p>... <a href=...>...</a></p>"): read as an
            # HTML article is, into the same text, its links among the others.
            builder.end_block()
            start = line_starts[token.map[0]]
            base = body.find(token.content.lstrip()[:40], start)
            html = ArticleParser(token.content, False, builder, base if base >= 0 else start)
            html.feed(token.content)
            html.close()
            links += html.links
            builder.end_block()
            continue
        if token.type != "inline" or token.map is None or not token.children:
            continue
        if item is not None:
            numbers[len(builder.blocks)] = item
            item = None
        cursor = line_starts[token.map[0]]
        if row is not None:
            if row and builder.in_block:
                builder.append(CELL_SEPARATOR, None)
            row += 1
        link: tuple[str, int] | None = None
        labelled = False  # the link open is a number or a label in brackets
        bare = -1  # the bare URL just read, which the text after it may carry on
        note = False  # inside "<sup>2</sup>", a note marker written in HTML
        children = token.children
        for n, child in enumerate(children):
            if child.type == "text" and bare >= 0 and (more := _URL_GOES_ON.match(child.content)):
                # linkify stops a bare URL at an apostrophe ("..._pilots'_strike.html");
                # the characters after it up to a space or bracket are still the address.
                old = links[bare]
                links[bare] = Link(old.url + more.group(0), "", old.start, old.end + more.end())
            bare = -1
            if child.type in ("text", "code_inline"):
                at = body.find(child.content, cursor)
                content = child.content.replace(_STAR_HIDDEN, "*")
                if at < 0:
                    builder.append(content, None)
                else:
                    builder.append(content, at)
                    cursor = at + len(child.content)
            elif child.type in ("softbreak", "hardbreak"):
                builder.append("\n", None)
            elif child.type == "html_inline" and (tag := _TAG.match(child.content)):
                closing, name = tag.group(1) == "/", tag.group(2).lower()
                address = _HREF.search(tag.group(3))
                if name == "a" and not closing and address is not None:
                    link = (next(g for g in address.groups() if g is not None), builder.next_start)
                elif name == "a" and closing and link is not None:
                    links.append(Link(link[0], "", min(link[1], builder.length), builder.length))
                    link = None
                elif name == "br":
                    builder.append("\n", None)
                elif name == "sup" and not closing and _html_note(children, n):
                    # "<sup>2</sup>" reads as the marker "[2]" the notes below resolve.
                    builder.append("[", None)
                    note = True
                elif name == "sup" and closing and note:
                    builder.append("]", None)
                    note = False
            elif child.type == "link_open":
                labelled = _marker_link(children, n) or _label_link(children, n)
                if labelled:
                    # A reference link written "[2]" is a note marker: its brackets stay,
                    # so that "the CSO.[2] Enrolments ..." still ends a sentence there;
                    # so is a link's label glued to a sentence's end.
                    builder.append("[", None)
                link = (str(child.attrs.get("href", "")), builder.next_start)
            elif child.type == "link_close" and link is not None:
                href, start = link
                # A link with no text where a block would have opened is empty there.
                start = min(start, builder.length)
                link = None
                if child.markup == "linkify" and _abbreviation_host(
                    href, children[n - 1].content if n else ""
                ):
                    # "W.Va." is a state, not a page to fetch: the text stays, no link.
                    continue
                # The link's words, without the bracket that closes a marker or a label.
                links.append(Link(url=href, text="", start=start, end=builder.length))
                if labelled:
                    builder.append("]", None)
                    labelled = False
                if child.markup == "linkify":
                    bare = len(links) - 1
        if row is None:
            builder.end_block()
    text, positions = builder.build()
    links = [
        Link(url=lk.url, text=text[lk.start : lk.end], start=lk.start, end=lk.end) for lk in links
    ]
    links += note_links(text, builder.blocks, links, numbers)
    return text, builder.blocks, positions, links, metadata
