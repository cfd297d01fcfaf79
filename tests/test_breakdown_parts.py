"""A count in a list of parts ("included 22 ferries, 17 tugs and 21 other boats") is
one part of a whole told by kinds: it never refutes a count of the whole, though it
still refutes a count of its own kind. Pages and drafts written for these tests."""

from __future__ import annotations

from typing import Any

from judging import run

URL = "https://news.example/2031/12/harwick-marine-deliveries"


def _labels(draft_sentence: str, page: str, ruleset: Any) -> dict[str, str]:
    draft = f"# Boats\n\n{draft_sentence} ([report]({URL})).\n"
    checked = run(draft, {URL: f"<article><h1>Harwick Marine</h1>{page}</article>"}, ruleset)
    return {c.claim.text: c.verdict.label for c in checked if c.claim.type == "quantity"}


PARTS = (
    "<p>Harwick Marine delivered 60 boats in 2031, the yard said.</p>"
    "<p>The year's deliveries included 22 ferries, 17 tugs and 21 other boats.</p>"
)


def test_a_part_does_not_refute_the_whole(ruleset: Any) -> None:
    labels = _labels("Harwick Marine delivered 60 boats in 2031", PARTS, ruleset)
    assert labels["60 boats"] == "supported"


def test_a_part_still_refutes_a_count_of_its_kind(ruleset: Any) -> None:
    labels = _labels("Harwick Marine delivered 30 ferries in 2031", PARTS, ruleset)
    assert labels["30 ferries"] == "contradicted"


def test_a_count_of_the_whole_still_refutes(ruleset: Any) -> None:
    page = "<p>Harwick Marine delivered 48 boats in 2031, the yard said.</p>"
    labels = _labels("Harwick Marine delivered 60 boats in 2031", page, ruleset)
    assert labels["60 boats"] == "contradicted"


def test_a_qualified_part_of_the_claims_own_kind_still_refutes(ruleset: Any) -> None:
    page = (
        "<p>By the end of 2031 the yard had 64 finished hulls, 9 scrapped hulls and "
        "12 boats on order.</p>"
    )
    labels = _labels("Harwick Marine had 70 hulls by the end of 2031", page, ruleset)
    assert labels["70 hulls"] == "contradicted"
