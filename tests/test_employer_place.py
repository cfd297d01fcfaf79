"""A name after a word of place ("in", "near", "outside") says where an employer is, not
who it is: a title claim whose employer is read from the names before it takes the
company, never the town. Every name and title below is invented for these tests."""

from __future__ import annotations

from typing import Any

import pytest

from factcheck.claims.extract import extract_claims
from factcheck.reading import parse_article


@pytest.mark.parametrize(
    ("text", "employer"),
    [
        (
            "Corrin Haulage in Lyon still has a Night Dispatcher role to fill.",
            "Corrin Haulage",
        ),
        ("Halden Post in Aarhus and Vejle has a Sorting Operative role open.", "Halden Post"),
        ("Pellow Foods outside Tarn Vale has a Line Supervisor vacancy.", "Pellow Foods"),
        ("Its rival Brannock Mills near Oldcastle lists a Loom Tuner position.", "Brannock Mills"),
    ],
)
def test_a_place_after_the_employer_is_not_the_employer(
    text: str, employer: str, ruleset: Any
) -> None:
    claims = extract_claims(parse_article(text, "draft.txt"), ruleset)
    found = [c.fields.get("employer") for c in claims if c.type == "job_title"]
    assert found == [employer]
