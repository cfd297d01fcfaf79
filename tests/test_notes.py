"""Note markers point a claim at the numbered source its note names."""

from __future__ import annotations

from typing import Any

import pytest

from factcheck.claims.extract import extract_claims
from factcheck.reading import parse_article
from factcheck.sources.gather import primary_urls
from factcheck.sources.urls import url_key

MILL = "https://mill.test/news/stoppage.html"
FARM = "https://farm.test/careers/picker.html"


def _primary(text: str, fmt: str, ruleset: Any) -> dict[str, set[str]]:
    """By the first words of each claim's sentence, the sources it rests on first."""
    article = parse_article(text, "draft", fmt)  # type: ignore[arg-type]
    claims = extract_claims(article, ruleset)
    out: dict[str, set[str]] = {}
    for claim in claims:
        out.setdefault(claim.sentence.text.split()[0], set()).update(
            primary_urls(article, [claim])[claim.id]
        )
    return out


# Each draft: a claim noted 1 (the mill), another paragraph's claim noted 2 (the farm),
# then the list of sources in one of the ways writers number it.
ENDINGS = {
    "markdown list": (
        "markdown",
        f"Sources:\n\n1. Mill Gazette, 2 June: {MILL}\n2. Farm jobs: {FARM}\n",
    ),
    "bracketed": ("markdown", f"References\n\n[1] Mill Gazette {MILL}\n\n[2] Farm jobs {FARM}\n"),
    "footnotes": ("markdown", f"[^1]: Mill Gazette, {MILL}\n\n[^2]: Farm jobs, {FARM}\n"),
    "plain text": ("text", f"Notes:\n\n1) Mill Gazette: {MILL}\n\n2) Farm jobs: {FARM}\n"),
    # The entries one a line, with no blank line between them: each line is its own.
    "footnotes one a line": (
        "markdown",
        f"[^1]: [Mill Gazette]({MILL}), a report.\n[^2]: [Farm jobs]({FARM}), a posting.\n",
    ),
    "bracketed one a line": ("markdown", f"Sources\n\n[1] Mill Gazette {MILL}\n[2] Farm {FARM}\n"),
    "under a heading line": ("text", f"Sources:\n1) Mill Gazette: {MILL}\n2) Farm jobs: {FARM}\n"),
    "numbered one a line": ("text", f"Further reading\n\n1. Mill Gazette {MILL}\n2. Farm {FARM}\n"),
    # Entries that are only an address: the link opens the list item's block.
    "bare addresses": ("markdown", f"Sources\n\n1. {MILL}\n2. {FARM}\n"),
    "bare addresses after a rule": ("markdown", f"---\nFurther reading\n1. {MILL}\n2. {FARM}\n"),
}
MARKERS = {
    "bracketed": ("[1]", "[2]"),
    "caret": ("[^1]", "[^2]"),
    "superscript": ("¹", "²"),
}


@pytest.mark.parametrize("ending", sorted(ENDINGS))
@pytest.mark.parametrize("marker", sorted(MARKERS))
def test_a_marker_points_at_its_numbered_source(ending: str, marker: str, ruleset: Any) -> None:
    fmt, sources = ENDINGS[ending]
    one, two = MARKERS[marker]
    draft = (
        f"Weavers at Dunmore Mills walked out on 2 June.{one}\n\n"
        f"Pickers at Greyfield Farm earn $17 an hour.{two}\n\n"
        "Balers at Greyfield Farm earn $19 an hour.\n\n"
        f"{sources}"
    )
    got = _primary(draft, fmt, ruleset)
    assert got["Weavers"] == {url_key(MILL)}
    assert got["Pickers"] == {url_key(FARM)}
    assert got["Balers"] == set()  # no marker, no source of its own


def test_numbers_that_are_not_markers_point_nowhere(ruleset: Any) -> None:
    draft = (
        "The plant covers 40,000 m² and pays welders $31 an hour.\n\n"
        f"Sources:\n\n1. Plant tour: {MILL}\n2. Welding jobs: {FARM}\n"
    )
    assert _primary(draft, "markdown", ruleset)["The"] == set()


def test_a_number_with_no_entry_points_nowhere(ruleset: Any) -> None:
    draft = f"Riggers at Tallow Docks earn $28 an hour.[3]\n\nSources:\n\n1. Docks: {MILL}\n"
    assert _primary(draft, "markdown", ruleset)["Riggers"] == set()


def test_a_footnote_link_in_html_leads_to_its_note(ruleset: Any) -> None:
    draft = f"""<html><body><article>
<p>Weavers at Dunmore Mills walked out on 2 June.<sup><a href="#n1">1</a></sup></p>
<p>Pickers at Greyfield Farm earn $17 an hour.<sup><a href="#n2">2</a></sup></p>
<ol class="notes">
<li id="n1">Mill Gazette, <a href="{MILL}">the walkout</a>.</li>
<li id="n2"><span>Farm jobs: <a href="{FARM}">picker</a></span></li>
</ol></article></body></html>"""
    got = _primary(draft, "html", ruleset)
    assert url_key(MILL) in got["Weavers"] and url_key(FARM) not in got["Weavers"]
    assert url_key(FARM) in got["Pickers"] and url_key(MILL) not in got["Pickers"]


# HTML a writer puts in a Markdown draft: links as <a> tags, inline or in a block of HTML,
# note markers in <sup>, sentences parted by <br>. Each claim rests on the link by it.
HTML_IN_MARKDOWN = {
    "inline tags": (
        f'Weavers at Dunmore Mills walked out on 2 June (<a href="{MILL}">report</a>).\n\n'
        f"Pickers at Greyfield Farm earn $17 an hour, says <a href='{FARM}'>the farm</a>.\n"
    ),
    "blocks of html": (
        f'<p>Weavers at Dunmore Mills walked out on 2 June, <a href="{MILL}">a report</a> said.'
        f"</p>\n<div>\nPickers at Greyfield Farm earn $17 an hour (<a href={FARM}>posting</a>).\n"
        "</div>\n"
    ),
    "sup markers": (
        "Weavers at Dunmore Mills walked out on 2 June.<sup>1</sup>\n\n"
        "Pickers at Greyfield Farm earn $17 an hour.<sup>2</sup>\n\n"
        f"Sources\n\n1. <{MILL}>\n2. <{FARM}>\n"
    ),
    "br between": (
        f"Weavers at Dunmore Mills walked out on 2 June.<br>Gazette: <{MILL}>\n\n"
        f"Pickers at Greyfield Farm earn $17 an hour.<br/>Posting: <{FARM}>\n"
    ),
}


@pytest.mark.parametrize("form", sorted(HTML_IN_MARKDOWN))
def test_html_in_a_markdown_draft_cites(form: str, ruleset: Any) -> None:
    draft = "Balers at Greyfield Farm earn $19 an hour.\n\n" + HTML_IN_MARKDOWN[form]
    got = _primary(draft, "markdown", ruleset)
    assert got["Weavers"] == {url_key(MILL)}
    assert got["Pickers"] == {url_key(FARM)}
    assert got["Balers"] == set()


# A table in a draft: each row is one block, so a claim rests on the link in its row, and
# a header cell that reads "Sources" does not end the reading of the draft.
def _rows(header: str) -> tuple[str, str]:
    markdown = (
        f"{header}\n|---|---|\n"
        f"| Weavers at Dunmore Mills walked out on 2 June. | [report]({MILL}) |\n"
        f"| Pickers at Greyfield Farm earn $17 an hour. | [posting]({FARM}) |\n\n"
        "Balers at Greyfield Farm earn $19 an hour.\n"
    )
    first, second = (cell.strip() for cell in header.strip("|").split("|"))
    html = (
        f"<table><tr><th>{first}</th><th>{second}</th></tr>"
        f"<tr><td>Weavers at Dunmore Mills walked out on 2 June.</td>"
        f'<td><a href="{MILL}">report</a></td></tr>\n<tr><td>'
        f'Pickers at Greyfield Farm earn $17 an hour.</td><td><a href="{FARM}">posting</a></td>'
        "</tr></table>\n<p>Balers at Greyfield Farm earn $19 an hour.</p>"
    )
    return markdown, html


@pytest.mark.parametrize("fmt", ["markdown", "html"])
@pytest.mark.parametrize("header", ["| Claim | Sources |", "| What was said | Notes |"])
def test_a_table_row_is_read_with_its_link(header: str, fmt: str, ruleset: Any) -> None:
    markdown, html = _rows(header)
    got = _primary(markdown if fmt == "markdown" else html, fmt, ruleset)
    assert got["Weavers"] == {url_key(MILL)}
    assert got["Pickers"] == {url_key(FARM)}
    assert got["Balers"] == set()


@pytest.mark.parametrize(
    ("first", "second"),
    [("mill", "farm"), ("gazette-report", "jobs_2"), ("a", "Farm")],
)
@pytest.mark.parametrize("one_a_line", [False, True])
def test_a_named_footnote_points_at_its_source(
    first: str, second: str, one_a_line: bool, ruleset: Any
) -> None:
    gap = "\n" if one_a_line else "\n\n"
    draft = (
        f"Weavers at Dunmore Mills walked out on 2 June.[^{first}]\n\n"
        f"Pickers at Greyfield Farm earn $17 an hour.[^{second}]\n\n"
        "Balers at Greyfield Farm earn $19 an hour.\n\n"
        f"[^{first}]: Mill Gazette, 2 June: {MILL}{gap}[^{second}]: [Farm jobs]({FARM})\n"
    )
    got = _primary(draft, "markdown", ruleset)
    assert got["Weavers"] == {url_key(MILL)}
    assert got["Pickers"] == {url_key(FARM)}
    assert got["Balers"] == set()


@pytest.mark.parametrize(
    ("one", "two"),
    [(" (1).", " (2)."), (" (1),", " (2);"), ("(1).", "(2).")],
)
def test_a_bracketed_number_that_ends_a_clause_is_a_marker(
    one: str, two: str, ruleset: Any
) -> None:
    draft = (
        f"Weavers at Dunmore Mills walked out on 2 June{one}\n\n"
        f"Pickers at Greyfield Farm earn $17 an hour{two}\n\n"
        "Balers at Greyfield Farm earn $19 an hour.\n\n"
        f"Sources:\n\n(1) Mill Gazette, 2 June: {MILL}\n(2) Farm jobs: {FARM}\n"
    )
    got = _primary(draft, "markdown", ruleset)
    assert got["Weavers"] == {url_key(MILL)}
    assert got["Pickers"] == {url_key(FARM)}
    assert got["Balers"] == set()


def test_a_bracketed_number_that_opens_an_item_is_no_marker(ruleset: Any) -> None:
    draft = (
        "Pickers at Greyfield Farm want two things: (1) pay of $19 an hour and (2) "
        "shorter shifts.\n\n"
        f"Sources:\n\n(1) Mill Gazette: {MILL}\n(2) Farm jobs: {FARM}\n"
    )
    assert _primary(draft, "markdown", ruleset)["Pickers"] == set()
