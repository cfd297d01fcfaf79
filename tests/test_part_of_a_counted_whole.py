"""A part of a counted whole: "15 of the county's 60 call-taker posts are empty" claims
the part (15), not the whole, and is set against a part a source gives of a whole of
the same size told with the same word of what the part is ("60 posts; 12 of them are
empty", "12 of its 60 posts stand empty", "60 posts, 12 of them empty"). The drafts and
pages are written for these tests."""

from __future__ import annotations

from typing import Any

import pytest
from judging import cited

URL = "https://news.example/2033/02/01/call-centre-posts.html"


def _page(told: str) -> str:
    return f"<h1>Brenmoor county call centre short of staff</h1><p>{told}</p>"


@pytest.mark.parametrize(
    "told",
    [
        "The Brenmoor county call centre has 60 budgeted call-taker posts; 12 of them are"
        " empty, an audit found.",
        "An audit found that 12 of the Brenmoor county call centre's 60 call-taker posts"
        " are empty.",
        "The Brenmoor county call centre has 60 call-taker posts, 12 of them empty.",
    ],
)
@pytest.mark.parametrize(
    ("sentence", "label"),
    [
        (
            "In Brenmoor county, 15 of the call centre's 60 call-taker posts are empty",
            "contradicted",
        ),
        (
            "At the Brenmoor county call centre, 12 of its 60 call-taker posts are empty",
            "supported",
        ),
        (
            "At the Brenmoor county call centre, 20 out of 60 call-taker posts are empty",
            "contradicted",
        ),
    ],
)
def test_a_part_is_set_against_the_same_wholes_part(
    told: str, sentence: str, label: str, ruleset: Any
) -> None:
    found = cited(sentence, URL, _page(told), ruleset, "quantity")
    assert found.claim.fields["value"] != 60, found.claim.fields
    assert found.verdict.label == label, found.verdict.rationale


def test_a_part_said_of_something_else_is_no_conflict(ruleset: Any) -> None:
    told = "The Brenmoor county call centre has 60 call-taker posts; 12 of them are new."
    sentence = "In Brenmoor county, 15 of the call centre's 60 call-taker posts are empty"
    found = cited(sentence, URL, _page(told), ruleset, "quantity")
    assert found.verdict.label != "contradicted", found.verdict.rationale


def test_a_part_of_a_whole_of_another_size_is_no_conflict(ruleset: Any) -> None:
    told = "The Brenmoor county call centre has 75 call-taker posts; 12 of them are empty."
    sentence = "In Brenmoor county, 15 of the call centre's 60 call-taker posts are empty"
    found = cited(sentence, URL, _page(told), ruleset, "quantity")
    assert "12 of 75" not in found.verdict.rationale, found.verdict.rationale
