"""Roles of a page's blocks and the failure modes of reading real pages, each on a page
written for the test: headlines, bylines and captions known for what they are, teaser
lists, a story beside a long link menu, a paywalled story, an outer <article> of teasers,
class-hidden galleries, and dates in the forms pages give them."""

from __future__ import annotations

import pytest

from factcheck.sources.gather import page_from_text
from factcheck.sources.pages import ROLES, extract_page

PARAGRAPHS = [
    "The harbour authority approved the new ferry terminal on Tuesday after two years of"
    " hearings, committing 41 million to the first phase of the works.",
    "Construction starts in March and the first berth should open to passengers in the"
    " autumn of the following year, the authority's chair told the meeting.",
    "Residents of the old quarter had objected to the lorry traffic, and the plan now routes"
    " deliveries along the ring road rather than through the market square.",
    "Two fishing cooperatives will keep their moorings on the north quay, where a new"
    " breakwater is to be built with the same budget.",
]


def story(paragraphs: list[str] = PARAGRAPHS) -> str:
    return "".join(f"<p>{p}</p>" for p in paragraphs)


def roles_of(html: str) -> dict[str, str]:
    page = extract_page(html)
    return {block: page.role(k) for k, block in enumerate(page.blocks)}


def test_every_role_is_one_of_the_documented_ones() -> None:
    html = f"""<html><body><header class="site-header"><a href="/">Site</a></header>
      <article><h1>Ferry terminal approved</h1><p class="byline">By A. Writer</p>
      {story()}<figure><img src="f.jpg"><figcaption>The north quay at dusk.</figcaption></figure>
      <section class="comments"><p>A reader's comment on the ferry.</p></section></article>
      <aside><p>Sidebar words.</p></aside><footer><p>Footer words.</p></footer></body></html>"""
    page = extract_page(html)
    assert len(page.roles) == len(page.blocks)
    assert set(page.roles) <= set(ROLES)


def test_headline_byline_dateline_and_caption_are_not_body() -> None:
    html = f"""<html><body><article>
      <header><span class="kicker">Transport</span><h1>Ferry terminal approved</h1>
        <div class="article-meta"><span class="author-name">By Lena Ortiz</span>
        <time datetime="2024-03-05T09:30:00+01:00">5 March 2024, 09:30</time></div>
      </header>
      <figure class="lead-image"><img src="quay.jpg" alt="">
        <figcaption>Cranes on the north quay. <span class="credit">Photo: Port archive</span>
        </figcaption></figure>
      {story()}
      <div class="wp-caption"><img src="b.jpg">
        <p class="wp-caption-text">The breakwater site.</p></div>
      </article></body></html>"""
    roles = roles_of(html)
    assert roles["Ferry terminal approved"] == "title"
    assert roles["Transport"] == "label"
    # Inline parts of one line make one block.
    assert roles["By Lena Ortiz 5 March 2024, 09:30"] == "byline"
    assert roles["Cranes on the north quay. Photo: Port archive"] == "caption"
    assert roles["The breakwater site."] == "caption"
    assert all(roles[p] == "body" for p in PARAGRAPHS)
    page = extract_page(html)
    assert page.main_text() == "\n\n".join(PARAGRAPHS)


def test_a_long_element_with_a_byline_class_is_a_wrapper_not_a_byline() -> None:
    html = f'<html><body><div class="post-meta-wrapper author-box">{story()}</div></body></html>'
    assert extract_page(html).main_text() == "\n\n".join(PARAGRAPHS)


def test_buttons_and_form_labels_are_not_text() -> None:
    html = f"""<html><body><article>{story()[:400]}
      <button>Listen to this article</button><label for="q">Search the archive</label>
      <input id="q">{story()}</article></body></html>"""
    text = "\n".join(extract_page(html).blocks)
    assert "Listen to this article" not in text
    assert "Search the archive" not in text


def test_teaser_lists_are_teasers_and_not_the_story() -> None:
    teasers = "".join(
        f'<li><a href="/s{n}">Another story number {n} about the council budget</a></li>'
        for n in range(5)
    )
    html = f"""<html><body><article>{story()}
      <div class="more-from-section"><h3>More from Local</h3><ul>{teasers}</ul></div>
      <ul>{teasers}</ul></article></body></html>"""
    page = extract_page(html)
    roles = {block: page.role(k) for k, block in enumerate(page.blocks)}
    assert roles["Another story number 0 about the council budget"] == "teaser"
    assert "council budget" not in page.main_text()
    # The evidence never reads a teaser as the page's own words.
    source = page_from_text("https://harbour.example/ferry", html)
    assert not any("council budget" in s.text for s in source.sentences)
    assert {s.role for s in source.sentences} == {"body"}


def test_short_lines_that_are_all_link_are_not_the_story() -> None:
    html = f"""<html><body><article>{story(PARAGRAPHS[:2])}
      <div><a href="https://chat.example/share">Send this to a friend</a></div>
      <p><a href="#comments">[ Jump to the discussion ]</a></p>
      {story(PARAGRAPHS[2:])}
      <p>The minutes are on <a href="/minutes">the authority's website</a>.</p>
      </article></body></html>"""
    page = extract_page(html)
    assert page.main_text() == "\n\n".join(
        [*PARAGRAPHS, "The minutes are on the authority's website."]
    )
    roles = {block: page.role(k) for k, block in enumerate(page.blocks)}
    assert roles["Send this to a friend"] == "teaser"


def test_a_story_sharing_its_container_with_a_long_link_menu_is_kept() -> None:
    # The story's box is mostly link text (the menu), and the page has other prose, so the
    # box is not the content root but a part of it that a link-list test would drop.
    menu = "".join(f'<a href="/topic/{n}">Topic page number {n}</a> ' for n in range(60))
    about = "A paragraph about the publisher, its history and its mission, " * 4
    html = f"""<html><body><div id="page"><div class="col">{menu}{story()}</div>
      <div class="about"><p>{about}</p></div></div></body></html>"""
    text = extract_page(html).main_text()
    assert all(paragraph in text for paragraph in PARAGRAPHS)
    assert "Topic page number" not in text


EXTRA = [
    "The cooperatives' chairman said the new breakwater would end decades of winter damage"
    " to the boats, which are hauled out every November at a cost the members share.",
    "The authority will publish the tender documents next month and expects bids from at"
    " least four contractors, two of them from outside the region.",
]


def test_a_paywalled_story_whose_text_is_in_the_html_is_read() -> None:
    free = PARAGRAPHS[:3]
    locked = [PARAGRAPHS[3], *EXTRA]
    html = f"""<html><body><article><h1>Ferry terminal approved</h1>{story(free)}
      <div class="paywall">{story(locked)}</div>
      <div class="paywall-prompt"><p>Subscribe to keep reading.</p></div>
      </article></body></html>"""
    page = extract_page(html)
    assert page.main_text() == "\n\n".join(free + locked)


def test_an_outer_article_of_teasers_loses_to_the_real_one() -> None:
    cards = "".join(
        f"<article><h3><a href='/t{n}'>Teaser headline {n}</a></h3>"
        f"<p>A teaser's summary line number {n}, long enough to look like a paragraph of"
        f" prose but about a different story altogether.</p></article>"
        for n in range(8)
    )
    html = f"""<html><body><article class="page">{cards}
      <article class="story"><h1>Ferry terminal approved</h1>{story()}</article>
      </article></body></html>"""
    page = extract_page(html)
    assert page.main_text() == "\n\n".join(PARAGRAPHS)


@pytest.mark.parametrize("hiding", ['class="gallery hidden"', 'class="d-none"', 'class="sr-only"'])
def test_elements_hidden_by_class_are_not_read(hiding: str) -> None:
    html = f"""<html><body><article>{story()}
      <div {hiding}><p>Slide one of a gallery nobody sees without a click.</p></div>
      </article></body></html>"""
    assert "gallery nobody sees" not in "\n".join(extract_page(html).blocks)


def test_responsive_hiding_classes_do_not_hide_the_story() -> None:
    html = f'<html><body><div class="hidden-xs story">{story()}</div></body></html>'
    assert extract_page(html).main_text() == "\n\n".join(PARAGRAPHS)


def test_comments_sidebar_footer_and_similar_jobs_keep_their_roles() -> None:
    html = f"""<html><body><main><article>{story()}</article>
      <section id="comments"><p>I take this ferry every day.</p></section>
      <div class="similar-jobs"><p>Deckhand, Harbour Lines, 14 an hour</p></div></main>
      <aside class="sidebar"><p>Weather for the coast.</p></aside>
      <footer><p>Harbour Gazette, all rights reserved.</p></footer></body></html>"""
    roles = roles_of(html)
    assert roles["I take this ferry every day."] == "comments"
    assert roles["Deckhand, Harbour Lines, 14 an hour"] == "similar-jobs"
    assert roles["Weather for the coast."] == "sidebar"
    assert roles["Harbour Gazette, all rights reserved."] == "footer"


@pytest.mark.parametrize(
    ("names", "role"),
    [
        ('class="related-vacancies"', "similar-jobs"),
        ('id="recommended-roles"', "similar-jobs"),
        ('class="box other-openings"', "openings"),
        # An aside naming no list of jobs stays a sidebar.
        ('class="tide-times"', "sidebar"),
    ],
)
def test_an_aside_named_as_a_list_of_jobs_is_that_list(names: str, role: str) -> None:
    # An aside is a sidebar by its tag, unless its own names say it lists jobs: the
    # same box as a div would be.
    html = f"""<html><body><main><article>{story()}</article></main>
      <aside {names}><ul><li>Lock keeper, Canal Trust, 15.20 an hour</li></ul></aside>
      </body></html>"""
    assert roles_of(html)["Lock keeper, Canal Trust, 15.20 an hour"] == role


def test_source_sentences_carry_their_roles() -> None:
    html = f"""<html><body><article><h1>Ferry terminal approved</h1>
      <p class="byline">By Lena Ortiz</p>{story()}
      <figure><img src="q.jpg"><figcaption>Cranes on the north quay.</figcaption></figure>
      </article></body></html>"""
    page = page_from_text("https://harbour.example/ferry", html)
    roles = {s.text: s.role for s in page.sentences}
    assert roles["Ferry terminal approved"] == "title"
    assert roles["By Lena Ortiz"] == "byline"
    assert roles["Cranes on the north quay."] == "caption"
    assert roles[PARAGRAPHS[0]] == "body"


# --- dates --------------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("head", "body", "expected"),
    [
        (
            '<meta property="article:published" content="2024-03-05T09:30:00+01:00">',
            "",
            "2024-03-05T09:30:00+01:00",
        ),
        ('<meta name="date" content="2024-03-05">', "", "2024-03-05"),
        # A JavaScript-style stamp keeps its zone.
        (
            '<meta property="article:published_time" content="2024-03-05 09:30:00 GMT+0100">',
            "",
            "2024-03-05T09:30:00+01:00",
        ),
        (
            '<meta property="article:published_time" content="2024-03-05T09:30:00 GMT+0000">',
            "",
            "2024-03-05T09:30:00+00:00",
        ),
        # Nothing declared: a dated byline in the page's text.
        ("", '<p class="date">Posted on March 5, 2024</p>', "2024-03-05"),
    ],
)
def test_publication_dates(head: str, body: str, expected: str) -> None:
    html = f"<html><head>{head}</head><body>{body}<article>{story()}</article></body></html>"
    assert extract_page(html).published == expected


def test_a_date_in_the_address_when_the_page_declares_none() -> None:
    html = f"<html><body><article>{story()}</article></body></html>"
    page = extract_page(html, "https://harbour.example/2024/03/05/ferry-terminal")
    assert page.published == "2024-03-05"


def test_the_updated_date_is_read_apart_from_the_published_one() -> None:
    html = f"""<html><head>
      <meta property="article:published_time" content="2024-03-05T09:30:00+01:00">
      <meta property="article:modified_time" content="2024-03-06T11:00:00+01:00">
      </head><body><article>{story()}</article></body></html>"""
    page = extract_page(html)
    assert page.published == "2024-03-05T09:30:00+01:00"
    assert page.updated == "2024-03-06T11:00:00+01:00"
