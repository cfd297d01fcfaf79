"""A gathering told by its verb in any form ("will gather at 9 halls", "assembles at",
"rallies at") is an event like one told in the past: its count meets another
gathering's, and a count told of no event (what a union has) is not refuted by one.
Drafts and pages written for these tests."""

from __future__ import annotations

from typing import Any

import pytest
from judging import cited

URL = "http://tarnhaven.test/news/stop-work"
PAGE = (
    "<h1>Dockers to hold stop-work meetings</h1><p>The Tarnhaven Dockers' Guild said members "
    "would attend meetings from 7am to 9am at 7 halls, from the north quay to Esk Point.</p>"
)


@pytest.mark.parametrize(
    ("sentence", "label"),
    [
        ("Members will gather at 9 halls across the port, the guild said", "contradicted"),
        ("The guild's members assemble at 9 halls on the day, it said", "contradicted"),
        ("Members will gather at 7 halls across the port, the guild said", "supported"),
        # What the guild has, told of no event: no gathering's count refutes it.
        ("The Tarnhaven Dockers' Guild has 9 halls around the port", "unverified"),
    ],
)
def test_a_gathering_in_any_tense_meets_another(sentence: str, label: str, ruleset: Any) -> None:
    assert cited(sentence, URL, PAGE, ruleset, "quantity").verdict.label == label
