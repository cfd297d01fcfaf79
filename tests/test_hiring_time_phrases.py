"""A phrase of time may stand between an employer's verb and its hiring ("was at the
same time advertising for", "has this month been recruiting"), also after a description
of the employer in commas: the title is the one hired, and the description ("a
family-run canner") is nobody's job title. Every name and title below is invented."""

from __future__ import annotations

from typing import Any

import pytest

from factcheck.claims.extract import extract_claims
from factcheck.reading import parse_article


@pytest.mark.parametrize(
    ("text", "title", "employer"),
    [
        (
            "Pellow Foods, a family-run canner, had at the same time been advertising for a "
            "Line Supervisor (Nights), paying well.",
            "Line Supervisor",
            "Pellow Foods",
        ),
        (
            "Brannock Mills, an old wool spinner, is in the meantime recruiting a Loom Tuner.",
            "Loom Tuner",
            "Brannock Mills",
        ),
        (
            "Corrin Haulage has this spring been looking for a Night Dispatcher.",
            "Night Dispatcher",
            "Corrin Haulage",
        ),
        (
            "Halden Post was earlier this year hiring a Sorting Operative for Vejle.",
            "Sorting Operative",
            "Halden Post",
        ),
    ],
)
def test_a_time_phrase_before_the_hiring_verb(
    text: str, title: str, employer: str, ruleset: Any
) -> None:
    claims = extract_claims(parse_article(text, "draft.txt"), ruleset)
    found = [
        (c.fields.get("title"), c.fields.get("employer")) for c in claims if c.type == "job_title"
    ]
    assert found == [(title, employer)]
