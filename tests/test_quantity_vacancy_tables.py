"""A table of posts under a heading of vacancies counts the posts on offer, as "wants to
fill 900 posts" does; a table of the posts there are does not. Of two rows in one
column, the one the claim's sentence names wholly ("ward clerk") is its row, not the
one with a word it never says ("senior ward clerk"). Pages written for these tests."""

from __future__ import annotations

from typing import Any

import pytest
from judging import cited

URL = "http://orrin.test/careers/advert-12"


def _advert(heading: str) -> str:
    return (
        f"<h1>Orrin Health Board</h1><h2>{heading}</h2>"
        "<table><thead><tr><th>Post</th><th>Grade</th><th>No. of posts</th></tr></thead>"
        "<tbody><tr><td>Senior Ward Clerk</td><td>7</td><td>420</td></tr>"
        "<tr><td>Ward Clerk</td><td>5</td><td>900</td></tr></tbody></table>"
        "<p>Applications close on 30 June.</p>"
    )


VACANCIES = _advert("Vacancies in district hospitals")


@pytest.mark.parametrize(
    ("sentence", "label"),
    [
        ("The Orrin Health Board wants to fill 420 ward clerk posts this year", "contradicted"),
        ("The Orrin Health Board wants to fill 900 ward clerk posts this year", "supported"),
    ],
)
def test_the_row_named_wholly_in_a_table_of_vacancies(
    sentence: str, label: str, ruleset: Any
) -> None:
    assert cited(sentence, URL, VACANCIES, ruleset, "quantity").verdict.label == label


def test_posts_there_are_are_no_posts_to_fill(ruleset: Any) -> None:
    page = _advert("Staff in post at district hospitals")
    sentence = "The Orrin Health Board wants to fill 420 ward clerk posts this year"
    assert cited(sentence, URL, page, ruleset, "quantity").verdict.label == "unverified"
