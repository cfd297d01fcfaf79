"""A bare URL whose path holds an apostrophe ("..._dockers'_lockout.html") is read whole,
in Markdown and in plain text; an apostrophe closing a quote or a possessive after the
URL is not part of it."""

from __future__ import annotations

import pytest

from factcheck.reading import Format, parse_article

TEXT = (
    "Dockers stayed out for a week (https://wiki.example/2029_Kettleby_dockers'_lockout.html). "
    "The quoted one is 'https://port.example/notice'. "
    "See the dockers' page https://union.example/dockers' for more."
)


@pytest.mark.parametrize("kind", ["markdown", "text"])
def test_an_apostrophe_inside_a_bare_url_path_is_part_of_it(kind: Format) -> None:
    urls = [link.url for link in parse_article(TEXT, f"a.{kind}", kind).links]
    assert urls == [
        "https://wiki.example/2029_Kettleby_dockers'_lockout.html",
        "https://port.example/notice",
        "https://union.example/dockers",
    ]
