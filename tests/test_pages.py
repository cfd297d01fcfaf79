"""Main-text extraction: golden "must appear / must not appear" checks on small real-looking
pages, plus title, date, markup repair, entities, <br>, hidden elements and large pages."""

from __future__ import annotations

import dataclasses
import time

import pytest

from factcheck.sources.pages import PageText, extract_page, extract_plain

NEWS_PAGE = """<!DOCTYPE html>
<html lang="en">
<head>
  <meta charset="utf-8">
  <title>Netflix lists AI job paying up to $900,000 | Entertainment News | Example Post</title>
  <meta property="og:site_name" content="Example Post">
  <meta property="og:title" content="Netflix lists AI job paying up to $900,000 | Example Post">
  <meta property="article:published_time" content="2023-07-26T14:05:00+00:00">
  <link rel="stylesheet" href="/static/site.css">
  <style>.promo { color: red }</style>
  <script>window.dataLayer = [{"page": "<p>Script text must not leak</p>"}];</script>
</head>
<body class="article-page">
  <a class="skip-link" href="#main">Skip to content</a>
  <header class="site-header">
    <a class="logo" href="/">Example Post</a>
    <nav aria-label="Sections">
      <ul><li><a href="/news">News</a></li><li><a href="/tv">TV</a></li>
      <li><a href="/business">Business</a></li></ul>
    </nav>
    <form role="search"><input name="q" placeholder="Search"><button>Go</button></form>
  </header>
  <div id="onetrust-banner-sdk" class="cookie-consent">
    <p>We and our partners use cookies to personalise ads and measure audiences.</p>
    <button>Accept all</button><button>Manage choices</button>
  </div>
  <ol class="breadcrumbs"><li><a href="/">Home</a></li><li><a href="/tv">TV</a></li></ol>
  <main id="main">
    <article>
      <header>
        <h1>Netflix lists AI job paying up to $900,000 as actors strike</h1>
        <p class="byline">By Dana Reyes</p>
        <time datetime="2023-07-27T09:00:00Z">Updated 27 July 2023</time>
      </header>
      <ul class="share-tools">
        <li><a href="#">Share on Facebook</a></li><li><a href="#">Share on X</a></li>
        <li><a href="#">Copy link</a></li>
      </ul>
      <p>Netflix is advertising for a product manager on its Machine Learning Platform team,
         with a market range of $300,000 to $900,000 a year.</p>
      <div class="ad-slot" data-slot="mid"><p>Advertisement</p></div>
      <h2>What critics said</h2>
      <p>The actor Rob Delaney said the money could qualify 35 actors for the union&#8217;s
         health plan.</p>
      <blockquote><p>&ldquo;It&rsquo;s just ghoulish,&rdquo; he said.</p></blockquote>
      <aside class="pullquote"><p>Pull quote repeated from the story</p></aside>
      <div class="newsletter-signup">
        <h3>Get the morning briefing</h3>
        <p>Sign up for our newsletter, delivered daily.</p>
        <form><input type="email"><button>Subscribe</button></form>
      </div>
      <p>The role is based in Los Gatos, California, or remote on the West Coast.</p>
      <table>
        <tr><th>Union</th><th>Strike began</th></tr>
        <tr><td>WGA</td><td>2 May 2023</td></tr>
        <tr><td>SAG-AFTRA</td><td>14 July 2023</td></tr>
      </table>
      <section class="related-stories">
        <h2>Related stories</h2>
        <ul>
          <li><a href="/a">Disney posts AI jobs too</a></li>
          <li><a href="/b">What the strike means for your favourite shows</a></li>
        </ul>
      </section>
      <footer class="article-footer"><a href="/tag/netflix">Netflix</a></footer>
    </article>
    <section id="comments"><h2>Comments</h2><p>First! Great article.</p></section>
  </main>
  <aside class="sidebar">
    <h2>Trending</h2>
    <ol><li><a href="/t1">Celebrity wedding photos</a></li>
      <li><a href="/t2">Storm warning</a></li></ol>
  </aside>
  <div class="more-stories"><h2>More from Example Post</h2><p>Stories you may have missed</p></div>
  <noscript><p>Please enable JavaScript</p></noscript>
  <template><p>Template text</p></template>
  <div hidden><p>Hidden by attribute</p></div>
  <div style="display:none"><p>Hidden by style</p></div>
  <span aria-hidden="true">Icon label</span>
  <footer><p>&copy; 2023 Example Post. All rights reserved.</p>
    <a href="/privacy">Privacy</a></footer>
  <script>document.write("<p>Written by script</p>")</script>
</body>
</html>
"""


def blocks_of(html: str, url: str | None = None) -> tuple[str, ...]:
    """The story's own blocks (every role but the boxes around it)."""
    return tuple(block for block, _ in extract_page(html, url).own())


def test_news_page_keeps_the_story_in_order() -> None:
    assert blocks_of(NEWS_PAGE) == (
        "Netflix lists AI job paying up to $900,000 as actors strike",
        "By Dana Reyes",
        "Updated 27 July 2023",
        "Netflix is advertising for a product manager on its Machine Learning Platform team, "
        "with a market range of $300,000 to $900,000 a year.",
        "What critics said",
        "The actor Rob Delaney said the money could qualify 35 actors for the union’s health plan.",
        "“It’s just ghoulish,” he said.",
        "The role is based in Los Gatos, California, or remote on the West Coast.",
        "Union",
        "Strike began",
        "WGA",
        "2 May 2023",
        "SAG-AFTRA",
        "14 July 2023",
    )


@pytest.mark.parametrize(
    "boilerplate",
    [
        "Script text must not leak",
        "Skip to content",
        "Business",
        "Search",
        "personalise ads",
        "Accept all",
        "Home",
        "Share on Facebook",
        "Advertisement",
        "Pull quote",
        "newsletter",
        "Related stories",
        "Disney posts AI jobs too",
        "First! Great article.",
        "Trending",
        "Celebrity wedding",
        "Stories you may have missed",
        "enable JavaScript",
        "Template text",
        "Hidden by",
        "Icon label",
        "All rights reserved",
        "Written by script",
    ],
)
def test_news_page_drops_page_furniture(boilerplate: str) -> None:
    text = "\n".join(blocks_of(NEWS_PAGE))
    assert boilerplate not in text


def test_title_prefers_og_title_and_strips_the_site_name() -> None:
    page = extract_page(NEWS_PAGE, "https://www.example.com/tv/netflix-ai-job")
    assert page.title == "Netflix lists AI job paying up to $900,000"


def test_published_prefers_the_declared_date_over_a_time_element() -> None:
    assert extract_page(NEWS_PAGE).published == "2023-07-26T14:05:00+00:00"


def test_page_text_is_frozen() -> None:
    page = extract_page(NEWS_PAGE)
    assert isinstance(page, PageText)
    with pytest.raises(dataclasses.FrozenInstanceError):
        page.title = "changed"  # type: ignore[misc]  # assigning to a frozen field on purpose


# --- titles -------------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("head", "body", "url", "expected"),
    [
        ("<title>Plain headline</title>", "", None, "Plain headline"),
        (
            "<title>Story about pay | The Intercept</title>",
            "",
            "https://theintercept.com/x",
            "Story about pay",
        ),
        (
            "<title>The Intercept - Story about pay</title>",
            "",
            "https://theintercept.com/x",
            "Story about pay",
        ),
        (
            "<title>Story about pay – Metro</title>",
            "",
            "https://metro.co.uk/2023/x",
            "Story about pay",
        ),
        (
            "<title>Story about pay | Movies | metro.co.uk</title>",
            "",
            "https://metro.co.uk/x",
            "Story about pay",
        ),
        # A dash inside the headline is not a separator unless the site's name follows it.
        (
            "<title>Netflix seeks Product Manager - Machine Learning Platform | Jobs</title>",
            "",
            "https://jobs.example.org/x",
            "Netflix seeks Product Manager - Machine Learning Platform",
        ),
        (
            '<meta property="og:site_name" content="Daily Planet">'
            "<title>Strike ends after 118 days - Daily Planet</title>",
            "",
            None,
            "Strike ends after 118 days",
        ),
        (
            "<title>Title tag</title>",
            "<h1>The <em>real</em> headline</h1>",
            None,
            "The real headline",
        ),
        (
            '<meta property="og:title" content="OG headline"><title>Title tag</title>',
            "<h1>H1 headline</h1>",
            None,
            "OG headline",
        ),
        ('<meta name="twitter:title" content="Card headline">', "<p>x</p>", None, "Card headline"),
        ("<title> \n </title>", "<p>No title anywhere</p>", None, None),
        ("<title>AT&amp;T &amp; Netflix</title>", "", None, "AT&T & Netflix"),
    ],
)
def test_title(head: str, body: str, url: str | None, expected: str | None) -> None:
    html = f"<html><head>{head}</head><body>{body}<p>Body text.</p></body></html>"
    assert extract_page(html, url).title == expected


def test_title_ignores_a_logo_h1_and_h1s_in_furniture() -> None:
    html = """<html><head><title>Fallback title</title></head><body>
      <div class="masthead"><h1>Masthead name</h1></div>
      <h1><a href="/">Logo Site</a></h1>
      <p>The story itself runs to a few sentences, longer than the masthead.</p>
      </body></html>"""
    assert extract_page(html).title == "Fallback title"


# --- publication dates --------------------------------------------------------------------


@pytest.mark.parametrize(
    ("markup", "expected"),
    [
        (
            '<meta property="article:published_time" content="2023-07-25T18:41:00-04:00">',
            "2023-07-25T18:41:00-04:00",
        ),
        ('<meta property="article:published_time" content="2023-07-25">', "2023-07-25"),
        (
            '<meta name="article:published_time" content="2023-07-25T10:00:00Z">',
            "2023-07-25T10:00:00+00:00",
        ),
        ('<meta itemprop="datePublished" content="2023-07-27">', "2023-07-27"),
        ('<time datetime="2023-07-26T08:00:00+01:00">26 July</time>', "2023-07-26T08:00:00+01:00"),
        ('<span itemprop="datePublished">July 31, 2023</span>', "2023-07-31"),
        (
            '<meta name="pubdate" content="Wed, 26 Jul 2023 10:00:00 GMT">',
            "2023-07-26T10:00:00+00:00",
        ),
        (
            '<script type="application/ld+json">'
            '{"@context": "https://schema.org", "@type": "NewsArticle", '
            '"headline": "x", "datePublished": "2023-07-27T12:30:00+00:00"}</script>',
            "2023-07-27T12:30:00+00:00",
        ),
        # JSON-LD in a @graph: the article's date, not the web page's.
        (
            '<script type="application/ld+json">{"@graph": ['
            '{"@type": "WebPage", "datePublished": "2020-01-01"},'
            '{"@type": ["NewsArticle"], "datePublished": "2023-07-28"}]}</script>',
            "2023-07-28",
        ),
        # Garbage JSON-LD is skipped, a later good block is used.
        (
            '<script type="application/ld+json">{"@type": "NewsArticle", "datePublished": </script>'
            '<script type="application/ld+json"><!-- [{"@type": "Article", '
            '"datePublished": "2023-07-29"}] --></script>',
            "2023-07-29",
        ),
        ('<script type="application/ld+json">' + "[" * 5000 + "</script>", None),
        ('<meta property="article:published_time" content="not a date">', None),
        ('<time datetime="yesterday">yesterday</time>', None),
        ("", None),
    ],
)
def test_published(markup: str, expected: str | None) -> None:
    html = (
        f"<html><head>{markup}</head><body><article><p>Story.</p>{markup}</article></body></html>"
    )
    assert extract_page(html).published == expected


def test_published_ignores_times_in_related_lists() -> None:
    html = """<html><body>
      <aside class="related"><ul><li><a href="/x">Old story</a>
        <time datetime="2019-01-01">1 Jan 2019</time></li></ul></aside>
      <article><h1>Story</h1><time datetime="2023-07-25">25 July 2023</time>
        <p>Text of the story.</p></article></body></html>"""
    assert extract_page(html).published == "2023-07-25"


def test_declared_date_beats_json_ld_and_time() -> None:
    html = """<html><head>
      <meta property="article:published_time" content="2023-07-25">
      <script type="application/ld+json">
        {"@type": "Article", "datePublished": "2023-07-26"}
      </script>
      </head><body><time datetime="2023-07-27">x</time><p>Story.</p></body></html>"""
    assert extract_page(html).published == "2023-07-25"


# --- content selection --------------------------------------------------------------------


def test_without_semantic_markup_the_densest_container_wins() -> None:
    story = "".join(
        f"<p>Paragraph {n} of the story, with enough words to count.</p>" for n in range(8)
    )
    html = f"""<html><body>
      <div id="top"><a href="/">Site</a> <a href="/a">A</a> <a href="/b">B</a></div>
      <div id="wrap">
        <div class="col-left">{story}</div>
        <div class="col-right"><p>Unrelated blurb about the site.</p></div>
      </div></body></html>"""
    blocks = blocks_of(html)
    assert blocks[0] == "Paragraph 0 of the story, with enough words to count."
    assert len(blocks) == 8
    assert "Unrelated blurb about the site." not in blocks


def test_teaser_article_does_not_hide_the_story() -> None:
    story = "".join(f"<p>Story paragraph {n} with several words in it.</p>" for n in range(6))
    html = f"""<html><body>
      <div class="content"><article><h2><a href="/x">Teaser</a></h2><p>Short.</p></article>
      <div class="body">{story}</div></div></body></html>"""
    blocks = blocks_of(html)
    assert "Story paragraph 0 with several words in it." in blocks
    assert "Story paragraph 5 with several words in it." in blocks


def test_comment_articles_are_not_mistaken_for_the_story() -> None:
    story = "".join(
        f"<p>The story paragraph number {n} goes on at some length.</p>" for n in range(5)
    )
    comments = "".join(
        f'<article class="comment"><p>Comment {n} says something.</p></article>' for n in range(5)
    )
    html = f"""<html><body><article class="post">{story}</article>
      <section class="comments">{comments}</section></body></html>"""
    blocks = blocks_of(html)
    assert len(blocks) == 5
    assert not any("Comment" in b for b in blocks)


def test_a_wrapper_with_a_furniture_like_class_keeps_its_content() -> None:
    story = "".join(f"<p>Real content paragraph {n}, which must survive.</p>" for n in range(4))
    html = f"""<html><body>
      <div class="layout has-sidebar"><div class="story-body">{story}</div>
      <div class="sidebar"><p>Sidebar text</p></div></div></body></html>"""
    blocks = blocks_of(html)
    assert len(blocks) == 4
    assert "Sidebar text" not in blocks


def test_a_page_wide_form_keeps_its_content() -> None:
    story = "".join(f"<p>Paragraph {n} inside an ASP.NET page form.</p>" for n in range(3))
    html = f'<html><body><form id="aspnetForm" method="post">{story}</form></body></html>'
    assert len(blocks_of(html)) == 3


def test_a_page_that_is_all_furniture_still_yields_its_text() -> None:
    html = '<html><body><div class="sidebar"><p>The only text on the page.</p></div></body></html>'
    assert blocks_of(html) == ("The only text on the page.",)


def test_headline_above_the_article_body_is_kept_first() -> None:
    html = """<html><body>
      <div class="headline-area"><h1>Strike ends after 118 days</h1></div>
      <article><p>The actors' union suspended its strike on 9 November.</p>
      <p>It had begun on 14 July.</p></article></body></html>"""
    assert blocks_of(html) == (
        "Strike ends after 118 days",
        "The actors' union suspended its strike on 9 November.",
        "It had begun on 14 July.",
    )


def test_link_lists_inside_the_story_are_dropped_but_plain_lists_kept() -> None:
    html = """<html><body><article>
      <p>The posting listed the duties.</p>
      <ul><li>Set the vision for the platform</li><li>Gather user needs</li>
        <li>Run user education</li></ul>
      <p>Read more:</p>
      <ul><li><a href="/1">Strike explainer</a></li><li><a href="/2">Who is in the AMPTP</a></li>
        <li><a href="/3">Streaming numbers</a></li></ul>
      <p>A paragraph with <a href="/src">a link to the source</a> stays whole.</p>
      </article></body></html>"""
    assert blocks_of(html) == (
        "The posting listed the duties.",
        "Set the vision for the platform",
        "Gather user needs",
        "Run user education",
        "Read more:",
        "A paragraph with a link to the source stays whole.",
    )


@pytest.mark.parametrize(
    "furniture",
    [
        '<div class="cookie-notice"><p>This site uses cookies.</p></div>',
        '<div id="gdpr-consent"><p>We value your privacy.</p></div>',
        '<div role="dialog"><p>Accept our terms.</p></div>',
        '<div class="newsletter-box"><p>Join 10,000 readers.</p></div>',
        '<div class="social-share"><p>Share this story.</p></div>',
        '<div id="disqus_thread"><p>Add a comment.</p></div>',
        '<div class="related-articles"><p>You might also like.</p></div>',
        '<div class="read-next"><p>Up next for you.</p></div>',
        '<div class="trending-now"><p>Most read today.</p></div>',
        '<div class="adsbygoogle"><p>Sponsored message.</p></div>',
        '<nav class="breadcrumb"><p>Home / TV</p></nav>',
        '<section aria-label="Related coverage"><p>More coverage here.</p></section>',
        '<div class="OUTBRAIN"><p>Promoted links.</p></div>',
        '<div class="relatedStories"><p>Camel-case related box.</p></div>',
    ],
)
def test_furniture_inside_the_story_is_dropped(furniture: str) -> None:
    html = f"""<html><body><article><p>First paragraph of the story.</p>{furniture}
      <p>Second paragraph of the story.</p></article></body></html>"""
    assert blocks_of(html) == ("First paragraph of the story.", "Second paragraph of the story.")


@pytest.mark.parametrize(
    "content_class",
    ["commentary", "article-header", "header-image", "download-box", "shadow-box", "badge"],
)
def test_class_names_that_merely_contain_furniture_words_are_kept(content_class: str) -> None:
    html = f"""<html><body><article><p>Story.</p>
      <div class="{content_class}"><p>Kept text.</p></div></article></body></html>"""
    assert blocks_of(html) == ("Story.", "Kept text.")


# --- markup and text ----------------------------------------------------------------------


def test_malformed_markup_is_repaired_without_losing_text() -> None:
    html = """<html><body><div class=story>
      <p>First unclosed paragraph
      <p>Second <b>bold <i>nested</b> still italic</i> text
      <ul><li>one<li>two</ul>
      </span></div></div>
      <p>After stray closers <img src=x alt="an image"> and a broken <a href="x>link
      </body>"""
    blocks = blocks_of(html)
    assert blocks[:4] == (
        "First unclosed paragraph",
        "Second bold nested still italic text",
        "one",
        "two",
    )
    assert blocks[4].startswith("After stray closers and a broken")


def test_fragment_without_html_or_body() -> None:
    assert blocks_of("<p>Just a fragment</p><p>and another") == ("Just a fragment", "and another")


def test_entities_are_decoded() -> None:
    html = (
        "<p>Caf&eacute; &amp; bar &mdash; &#8220;quoted&#8221; &#x2019; &lt;tag&gt; "
        "50&nbsp;000&nbsp;$ AT&T &copy</p>"
    )
    assert blocks_of(html) == ("Café & bar — “quoted” ’ <tag> 50000 $ AT&T ©",)


@pytest.mark.parametrize(
    ("cell", "expected"),
    [
        ("\u20ac72\u202f500 a year", "\u20ac72500 a year"),
        ("1\u2009250\u2009000 riders", "1250000 riders"),
        ("4\u00a0000 nurses", "4000 nurses"),
        ("in 2019 1\u00a0200", "in 2019 1200"),
        ("shifts 9 to 5 and 12\u00a0300", "shifts 9 to 5 and 12300"),
        ("ages 30\u2009to 45", "ages 30 to 45"),
        ("code 12\u00a01234", "code 12 1234"),
        ("plain 45 000 stays", "plain 45 000 stays"),
    ],
)
def test_a_narrow_space_between_digit_groups_joins_one_figure(cell: str, expected: str) -> None:
    assert blocks_of(f"<p>{cell}</p>") == (expected,)


def test_whitespace_and_invisible_characters_are_normalised() -> None:
    html = (
        "<p>  Net\u200bflix\t\n  pays\u00a0\u00a0up\u2009to \x07$900,000\u202e  </p>"
        "<p> \n </p><p>—</p><p>form\x0cfeed\x85next\u2028line</p>"
    )
    assert blocks_of(html) == ("Netflix pays up to $900,000", "form feed next line")


def test_inline_markup_does_not_split_or_glue_words() -> None:
    html = "<p><b>Net</b>flix pays <em>up</em> <a href='#'>to</a> <span>$900,000</span>.</p>"
    assert blocks_of(html) == ("Netflix pays up to $900,000.",)


def test_single_br_is_a_space_and_double_br_a_new_block() -> None:
    html = """<div class="story">Line one<br>line two<br/>
      <br />New paragraph after a blank line<br><br><br>Third part</div>"""
    assert blocks_of(html) == (
        "Line one line two",
        "New paragraph after a blank line",
        "Third part",
    )


def test_text_directly_in_divs_and_between_blocks_is_kept() -> None:
    html = "<div>Loose text <p>A paragraph</p> trailing text</div>"
    assert blocks_of(html) == ("Loose text", "A paragraph", "trailing text")


def test_headings_list_items_quotes_and_cells_are_separate_blocks() -> None:
    html = """<article><h2>Heading</h2><p>Para</p><ol><li>Item <b>one</b></li>
      <li>Item two<ul><li>Sub item</li></ul></li></ol><blockquote>Quoted words</blockquote>
      <dl><dt>Term</dt><dd>Definition</dd></dl><figure><img src="x.jpg">
      <figcaption>Caption text</figcaption></figure>
      <table><caption>Pay</caption><tr><td>Low</td><td>$300,000</td></tr></table></article>"""
    assert blocks_of(html) == (
        "Heading",
        "Para",
        "Item one",
        "Item two",
        "Sub item",
        "Quoted words",
        "Term",
        "Definition",
        "Caption text",
        "Pay",
        "Low",
        "$300,000",
    )


def test_comments_cdata_and_processing_instructions_are_not_text() -> None:
    html = (
        '<?xml version="1.0" encoding="utf-8"?><!DOCTYPE html><html><body>'
        "<p>Visible<!-- an HTML comment --> text</p><?php echo 'x'; ?></body></html>"
    )
    assert blocks_of(html) == ("Visible text",)


@pytest.mark.parametrize("html", ["", "   ", "<html></html>", "<!-- only a comment -->", "<<<>>>"])
def test_empty_and_junk_input_gives_an_empty_page(html: str) -> None:
    page = extract_page(html)
    assert page.blocks == ()
    assert page.published is None


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Netflix &amp; the strike", ("Netflix & the strike",)),
        ("https://example.com/page.html", ("https://example.com/page.html",)),
        ("index.html", ("index.html",)),
        ("First para\nsame para\n\nSecond para", ("First para same para", "Second para")),
    ],
)
def test_text_without_markup_is_read_as_text(text: str, expected: tuple[str, ...]) -> None:
    assert blocks_of(text) == expected


def test_nul_bytes_do_not_break_parsing() -> None:
    assert blocks_of("<p>before\x00after</p>") == ("beforeafter",)


def test_deeply_nested_markup() -> None:
    html = "<div>" * 3000 + "<p>Deep text</p>" + "</div>" * 3000 + "<p>After</p>"
    assert blocks_of(html) == ("Deep text", "After")


def test_huge_page_is_complete_and_linear() -> None:
    count = 10_000
    paragraphs = "".join(
        f"<p>Paragraph {n} mentions <a href='/x{n}'>a link</a> and $300,000 to $900,000.</p>"
        for n in range(count)
    )
    nav = (
        "<nav><ul>"
        + "".join(f"<li><a href='/s{n}'>Section {n}</a></li>" for n in range(500))
        + "</ul></nav>"
    )
    html = f"<html><body>{nav}<article>{paragraphs}</article>{nav}</body></html>"
    started = time.perf_counter()
    blocks = blocks_of(html)
    elapsed = time.perf_counter() - started
    assert len(blocks) == count
    assert blocks[-1] == f"Paragraph {count - 1} mentions a link and $300,000 to $900,000."
    # About 1 MB and 40,000 nodes: parsing dominates. Quadratic work would take minutes.
    assert elapsed < 10


def test_typical_page_is_fast() -> None:
    extract_page(NEWS_PAGE)
    runs = 50
    started = time.perf_counter()
    for _ in range(runs):
        extract_page(NEWS_PAGE)
    per_page = (time.perf_counter() - started) / runs
    # Typically ~2 ms; the bound is loose so that a loaded CI machine does not flake.
    assert per_page < 0.05


# --- plain text ---------------------------------------------------------------------------


def test_extract_plain_splits_on_blank_lines() -> None:
    text = (
        "Title line\r\n\r\nFirst paragraph\r\ncontinues here.\n \t\nSecond\u00a0 paragraph.\n\n\n"
    )
    assert extract_plain(text) == PageText(
        title=None,
        published=None,
        blocks=("Title line", "First paragraph continues here.", "Second paragraph."),
        roles=("body", "body", "body"),
    )


def test_extract_plain_does_not_interpret_markup() -> None:
    assert extract_plain("<p>AT&amp;T</p>").blocks == ("<p>AT&amp;T</p>",)


def test_extract_plain_of_nothing() -> None:
    assert extract_plain("\n \n").blocks == ()
