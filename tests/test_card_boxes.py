"""A box of cards (entries side by side, each opening on a link to another story, with a
line or two under it) is a box of teasers, whatever its classes and heading say: its
figures are other stories'. A story's own list, whose entries open on linked names, stays
the story's. Pages written for these tests."""

from __future__ import annotations

import pytest

from factcheck.sources.pages import extract_page

STORY = (
    "<h1>Glaziers walk out at Penmore Glass</h1>"
    "<p>Glaziers at Penmore Glass walked out on Thursday over a cut to night-shift pay.</p>"
    "<p>The company said deliveries would be delayed into next week.</p>"
)
CARDS = {
    "divs with linked headings": (
        '<div class="g7"><div><h3><a href="/a">Tilers at Brecon Floors strike</a></h3>'
        "<p>Some 840 tilers stopped work on Monday.</p></div>"
        '<div><h3><a href="/b">Joiners vote on offer</a></h3>'
        "<p>The ballot closes on 9 June.</p></div></div>"
    ),
    "articles whose link wraps the heading": (
        '<section><article><a href="/a"><h4>Tilers at Brecon Floors strike</h4></a>'
        "<span>Some 840 tilers stopped work on Monday.</span></article>"
        '<article><a href="/b"><h4>Joiners vote on offer</h4></a>'
        "<span>The ballot closes on 9 June.</span></article></section>"
    ),
    "list entries with linked headings": (
        '<ul class="strip"><li><h3><a href="/a">Tilers at Brecon Floors strike</a></h3>'
        "Some 840 tilers stopped work on Monday.</li>"
        '<li><h3><a href="/b">Joiners vote on offer</a></h3>The ballot closes on 9 June.'
        "</li></ul>"
    ),
    "a column of cards before the story": (
        '<div class="c2"><div><a href="/a">Tilers at Brecon Floors strike</a>'
        "<p>Some 840 tilers stopped work on Monday.</p></div>"
        '<div><a href="/b">Joiners vote on offer</a><p>The ballot closes on 9 June.</p>'
        "</div></div>"
    ),
}


def _roles(html: str) -> dict[str, str]:
    page = extract_page(html)
    return {block: page.role(k) for k, block in enumerate(page.blocks)}


@pytest.mark.parametrize("layout", sorted(CARDS))
def test_a_box_of_cards_is_a_box_of_teasers(layout: str) -> None:
    box = CARDS[layout]
    body = box + STORY if "before" in layout else STORY + box
    roles = _roles(f"<html><body><article>{body}</article></body></html>")
    assert roles["Some 840 tilers stopped work on Monday."] == "teaser"
    assert roles[
        "Glaziers at Penmore Glass walked out on Thursday over a cut to night-shift pay."
    ] == ("body")


def test_a_story_s_list_opening_on_linked_names_stays_the_story_s() -> None:
    listed = (
        '<ul><li><a href="/p">Penmore Glass</a> said 210 glaziers had joined the stoppage.</li>'
        '<li><a href="/u">The glaziers\' union</a> said the figure was nearer 260.</li></ul>'
    )
    roles = _roles(f"<html><body><article>{STORY}{listed}</article></body></html>")
    assert roles["Penmore Glass said 210 glaziers had joined the stoppage."] == "body"
