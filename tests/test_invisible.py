"""Zero-width, soft-hyphen and thin-space characters inside figures and names: the reader
takes them out, and every offset still points at its place in the input."""

from __future__ import annotations

from typing import Any

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from factcheck.claims.extract import extract_claims
from factcheck.reading import Format, parse_article

DRAFTS: dict[Format, str] = {
    "text": "Ferries\n\nDeckhands on the night ferry earn $1\u200b00,000 a year, and "
    "pilots earn $100\u2009000 a year; cooks earn $45\u202f500 a year.\n",
    "markdown": "# Ferries\n\nDeckhands on the night ferry earn $1\u200b00,000 a year, and "
    "[pilots](https://example.org/pilots) earn $100\u2009000 a year; cooks earn "
    "$45\u202f500 a year.\n",
    "html": "<html><body><article><p>Deckhands on the night ferry earn $1\u200b00,000 a "
    "year, and <a href='https://example.org/pilots'>pilots</a> earn $100\u2009000 a year; "
    "cooks earn $45\u202f500 a year.</p></article></body></html>",
}


@pytest.mark.parametrize("fmt", sorted(DRAFTS))
def test_figures_split_by_invisible_characters_read_whole(fmt: Format, ruleset: Any) -> None:
    source = DRAFTS[fmt]
    article = parse_article(source, f"draft.{fmt}", fmt)
    salaries = [c for c in extract_claims(article, ruleset) if c.type == "salary"]
    assert [c.fields["min"] for c in salaries] == [100000, 100000, 45500]
    lines = source.split("\n")
    written_as = ["$1\u200b00,000", "$100\u2009000", "$45\u202f500"]
    for claim, written in zip(salaries, written_as, strict=True):
        # line and column point at the figure as written in the input
        at = lines[claim.line - 1][claim.column - 1 :]
        assert written in at[: len(claim.text) + 10]
    for link in article.links:
        assert article.text[link.start : link.end] == "pilots"


def test_a_thin_space_between_words_or_short_groups_stays() -> None:
    article = parse_article("Room 12\u2009B holds 1\u200912 chairs.\n", "a.txt", "text")
    assert "12\u2009B" in article.text and "1\u200912" in article.text


_PIECES = st.sampled_from(
    ["\u200b", "\u00ad", "\ufeff", "\u2009", "\u202f", "\u00a0", "1", "000", "a", " ", "\n", "$"]
)


@settings(max_examples=300, deadline=None)
@given(st.lists(_PIECES, max_size=40).map("".join), st.sampled_from(["text", "markdown"]))
def test_every_kept_character_maps_back_to_itself(source: str, fmt: Any) -> None:
    article = parse_article(source + "\nend.\n", "a.txt", fmt)
    original = source + "\nend.\n"
    lines = original.split("\n")
    for offset, ch in enumerate(article.text):
        if fmt == "markdown" and ch == "\n":
            continue  # blocks are joined by a blank line of the reader's own
        line, column = article.position(offset)
        assert (lines[line - 1] + "\n")[column - 1] == ch
