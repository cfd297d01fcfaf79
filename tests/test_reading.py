"""Reading articles: formats, positions, links, front matter, encodings, bad input."""

from __future__ import annotations

import io
from collections.abc import Callable
from pathlib import Path

import pytest

from factcheck.errors import InputError
from factcheck.model import Article, Sentence
from factcheck.reading import Format, parse_article, read_article, sniff_format


def _sentence(article: Article, words: str) -> Sentence:
    return next(s for s in article.sentences if words in s.text)


def test_plain_text_positions_are_line_and_column_of_the_file() -> None:
    text = "A Title Line\n\nFirst paragraph here. Second one is on line three.\n"
    article = parse_article(text, "a.txt", "text")
    second = _sentence(article, "Second one")
    assert (second.line, second.column) == (3, 23)
    assert article.position(text.index("three")) == (3, 45)


def test_plain_text_labels_and_titles_stand_alone() -> None:
    text = "Industry Reactions:\nHollywood actors were angry. They said so.\n"
    article = parse_article(text, "a.txt", "text")
    assert [s.text for s in article.sentences][:2] == [
        "Industry Reactions:",
        "Hollywood actors were angry.",
    ]


def test_plain_text_bare_urls_are_links() -> None:
    article = parse_article("The report (https://example.org/r.html) says so.\n", "a.txt", "text")
    assert [link.url for link in article.links] == ["https://example.org/r.html"]


def test_markdown_links_front_matter_and_positions() -> None:
    text = (
        "---\ntitle: Draft\nsources:\n  - https://example.org/named\n---\n"
        "# Heading\n\n"
        "The union [struck](https://example.org/a) and *the* [studio][s] replied.\n"
        "See <https://example.org/auto> and https://example.org/bare too.\n\n"
        "[s]: https://example.org/ref\n"
    )
    article = parse_article(text, "a.md", "markdown")
    assert article.metadata["title"] == "Draft"
    assert article.named_sources == ("https://example.org/named",)
    urls = [link.url for link in article.links]
    assert urls == [
        "https://example.org/a",
        "https://example.org/ref",
        "https://example.org/auto",
        "https://example.org/bare",
    ]
    sentence = _sentence(article, "The union struck")
    assert sentence.text == "The union struck and the studio replied."
    assert (sentence.line, sentence.column) == (8, 1)
    struck = article.text.index("struck")
    assert article.position(struck) == (8, 12)


def test_bad_front_matter_names_the_line() -> None:
    with pytest.raises(InputError, match=r"a\.md:\d+: invalid YAML front matter"):
        parse_article("---\ntitle: [unclosed\n---\nText.\n", "a.md", "markdown")


def test_html_main_text_links_and_positions() -> None:
    html = (
        "<html><head><title>T</title><script>var x = 'no';</script></head><body>\n"
        "<nav>Home | About</nav>\n"
        "<article><h1>Headline</h1>\n"
        "<p>Workers <a href='https://example.org/s'>went on strike</a> on Monday.</p>\n"
        "</article><footer>Copyright</footer></body></html>\n"
    )
    article = parse_article(html, "a.html", "html")
    texts = [s.text for s in article.sentences]
    assert texts == ["Headline", "Workers went on strike on Monday."]
    assert article.title == "T"
    assert article.links[0].url == "https://example.org/s"
    assert article.links[0].text == "went on strike"
    sentence = article.sentences[1]
    assert (sentence.line, sentence.column) == (4, 4)


def test_sniffing() -> None:
    assert sniff_format("<!DOCTYPE html><p>x</p>") == "html"
    assert sniff_format("# Title\n\nText") == "markdown"
    assert sniff_format("Just text.") == "text"


def test_non_utf8_files_are_decoded(tmp_path: Path) -> None:
    path = tmp_path / "draft.txt"
    path.write_bytes("The café’s owner earned €45,000 in Zürich last year.".encode("cp1252"))
    article = read_article(str(path))
    assert "café’s" in article.sentences[0].text
    assert "€45,000" in article.sentences[0].text


def test_sidecar_sources_file(tmp_path: Path) -> None:
    (tmp_path / "story.txt").write_text("A sentence.\n", encoding="utf-8")
    (tmp_path / "story.sources.txt").write_text(
        "# sources\nhttps://example.org/a\n\nhttps://example.org/b#part  # comment\n",
        encoding="utf-8",
    )
    article = read_article(str(tmp_path / "story.txt"))
    assert article.named_sources == ("https://example.org/a", "https://example.org/b#part")


def test_stdin() -> None:
    article = read_article("-", stdin=io.BytesIO(b"Netflix is hiring. It pays well.\n"))
    assert article.path == "<stdin>"
    assert len(article.sentences) == 2


@pytest.mark.parametrize(
    ("setup", "message"),
    [
        (lambda p: None, "no such file"),
        (lambda p: p.mkdir(), "is a directory"),
        (lambda p: p.write_bytes(b"\x00\x01\x02binary\x00"), "binary"),
    ],
)
def test_unreadable_input_is_an_input_error(
    tmp_path: Path, setup: Callable[[Path], object], message: str
) -> None:
    path = tmp_path / "x.txt"
    setup(path)
    with pytest.raises(InputError, match=message):
        read_article(str(path))


def test_inline_ignore_marker_lines() -> None:
    text = "One claim here.\nAnother $300,000 salary. <!-- factcheck: ignore -->\n"
    assert parse_article(text, "a.md", "markdown").ignored_lines == frozenset({2})


@pytest.mark.parametrize(
    ("text", "name", "fmt"),
    [
        (
            "Brackwater Mills was valued at $3 billion in May.[^v] Its weavers earn"
            " $2,400 a month.[^w]\n\n[^v]: https://example.org/v\n[^w]: https://example.org/w\n",
            "a.md",
            "markdown",
        ),
        (
            # A footnote whose note is not a bare link stays in the text as written.
            "Brackwater Mills was valued at $3 billion in May.[^4] Its weavers earn"
            ' $2,400 a month.\n\nNotes:\n\n[^4]: Mill registry, "Valuations," https://example.org/v\n',
            "a.md",
            "markdown",
        ),
        (
            # A reference link written as a number is a marker too, its brackets kept.
            "Brackwater Mills was valued at $3 billion in May.[4] Its weavers earn"
            " $2,400 a month.\n\n[4]: https://example.org/v\n",
            "a.md",
            "markdown",
        ),
        (
            "<p>Brackwater Mills was valued at $3 billion in May.<sup>[4]</sup> Its weavers"
            " earn $2,400 a month.</p>",
            "a.html",
            "html",
        ),
        (
            "Brackwater Mills was valued at $3 billion in May.² Its weavers earn $2,400 a month.",
            "a.txt",
            "text",
        ),
    ],
)
def test_a_note_marker_after_a_full_stop_ends_the_sentence(
    text: str, name: str, fmt: Format
) -> None:
    article = parse_article(text, name, fmt)
    pay = _sentence(article, "weavers")
    assert pay.text.startswith("Its weavers")
    assert "billion" in _sentence(article, "valued").text
    assert "weavers" not in _sentence(article, "valued").text


@pytest.mark.parametrize(
    "draft",
    [
        # A reference link's words glued to a sentence's end: one key, a label and its
        # key, a label alone, an inline link, after a closing quote, before a line break.
        "Kelso Mills pays weavers £410 a week.[km] Its dyers earn £380.\n\n[km]: https://a.test/k",
        "Kelso Mills pays weavers £410 a week.[pay scale][km] Its dyers earn £380."
        "\n\n[km]: https://a.test/k",
        "Kelso Mills pays weavers £410 a week.[pay scale] Its dyers earn £380."
        "\n\n[pay scale]: https://a.test/k",
        "Kelso Mills pays weavers £410 a week.[scale](https://a.test/k) Its dyers earn £380.",
        'Kelso Mills pays weavers "£410 a week."[km] Its dyers earn £380.'
        "\n\n[km]: https://a.test/k",
        "Kelso Mills pays weavers £410 a week.[km]\nIts dyers earn £380.\n\n[km]: https://a.test/k",
    ],
)
def test_a_label_link_after_a_full_stop_ends_the_sentence(draft: str) -> None:
    article = parse_article(draft, "a.md", "markdown")
    weavers, dyers = _sentence(article, "weavers"), _sentence(article, "dyers")
    assert weavers != dyers
    assert dyers.text.startswith("Its dyers")
    # The label stays with the sentence it backs, in brackets, as a note's number does.
    assert weavers.text.endswith("]")
    assert [link.url for link in article.links] == ["https://a.test/k"]
    assert article.links[0].text in ("km", "pay scale", "scale")


@pytest.mark.parametrize(
    "text",
    [
        "Some 640 porters struck, by both counts[^a][^b]. Talks resumed in May.",
        "Some 640 porters struck, by both counts[3][4]. Talks resumed in May.",
        "Some 640 porters struck, by both counts [^a] [^b]. Talks resumed in May.",
    ],
)
def test_markers_before_a_full_stop_end_the_sentence(text: str) -> None:
    texts = [s.text for s in parse_article(text, "a.txt", "text").sentences]
    assert texts[-1] == "Talks resumed in May."
    assert texts[0].startswith("Some 640") and texts[0].endswith(".")


@pytest.mark.parametrize(
    "draft",
    [
        # A link after an abbreviation's full stop and before a small word is the
        # sentence's own words; one after a space is no label glued to an end.
        "Staff of the U.S.[Labor Department](https://a.test/d) said pay rose 3%.",
        "Kelso Mills pays weavers £410 a week. [Its dyers](https://a.test/k) earn £380.",
    ],
)
def test_a_link_that_is_no_label_is_read_as_words(draft: str) -> None:
    article = parse_article(draft, "a.md", "markdown")
    assert "[" not in article.text


def test_a_marker_before_a_lower_case_word_is_not_a_boundary() -> None:
    article = parse_article("The levy is 3.^2 points above the floor.", "a.txt", "text")
    assert len(article.sentences) == 1


@pytest.mark.parametrize(
    ("text", "first", "second"),
    [
        ("Each parcel pays just €3.10. eBay says sellers set it.", "€3.10.", "eBay says"),
        ("Fares rose 9% on the route. easyJet blamed fuel.", "the route.", "easyJet blamed"),
        ("Its riders stopped at noon on Friday. iRobot stayed quiet.", "on Friday.", "iRobot"),
        ("Couriers want R$11 a drop! iFood, for its part, declined.", "a drop!", "iFood, for"),
    ],
)
def test_a_sentence_may_open_on_a_name_with_a_small_first_letter(
    text: str, first: str, second: str
) -> None:
    texts = [s.text for s in parse_article(text, "a.txt", "text").sentences]
    assert len(texts) == 2
    assert texts[0].endswith(first)
    assert texts[1].startswith(second)


@pytest.mark.parametrize(
    "text", ["Gadgets, e.g. iPads and phones, were banned.", "It was Corla vs. eBay in court."]
)
def test_an_abbreviation_before_such_a_name_is_no_boundary(text: str) -> None:
    assert len(parse_article(text, "a.txt", "text").sentences) == 1


@pytest.mark.parametrize(
    ("fmt", "draft"),
    [
        ("markdown", "Piers shut.\n\n[Harbour notice](https://port.test/n) gave the hours."),
        ("markdown", "Piers closed at dawn.\n\nhttps://port.test/n"),
        (
            "html",
            "<html><body><p>Piers closed at dawn.</p>"
            '<p><a href="https://port.test/n">Harbour notice</a> gave the hours.</p></body></html>',
        ),
    ],
)
def test_a_link_opening_a_block_starts_with_its_text(fmt: Format, draft: str) -> None:
    article = parse_article(draft, "draft", fmt)
    (link,) = [lk for lk in article.links if lk.url == "https://port.test/n"]
    assert link.text in ("Harbour notice", "https://port.test/n")
    assert article.text[link.start : link.end] == link.text


@pytest.mark.parametrize(
    "text",
    [
        "Kedai Runcit Sdn. Bhd. opened its third depot on 2 May.",
        "Brightwell Pty. Ltd. has hired 40 welders this year.",
        "Ferrovie Aurora S.p.A. said on Monday it would shut 12 yards.",
        "Minh Phat Co., Ltd. cut 300 jobs at its Hue plant.",
    ],
)
def test_a_company_form_written_in_parts_is_no_sentence_end(text: str) -> None:
    article = parse_article(text, "a.txt", "text")
    assert [s.text for s in article.sentences] == [text]


def test_a_sentence_ending_on_a_one_part_company_form_still_ends() -> None:
    article = parse_article("Crews met at Dunmore Ltd. The union said no.", "a.txt", "text")
    assert [s.text for s in article.sentences] == [
        "Crews met at Dunmore Ltd.",
        "The union said no.",
    ]
