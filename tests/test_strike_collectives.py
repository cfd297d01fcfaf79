"""Workers named by a collective noun ("the faculty", "its personnel") are a party to a
strike or a lockout as "the lecturers" or "its staff" are; drafts and pages written for
these tests."""

from __future__ import annotations

import pytest
from judging import run, verdict

from factcheck.claims.extract import extract_claims
from factcheck.reading import parse_article
from factcheck.rulepacks.ruleset import RuleSet


def _strike_fields(text: str, ruleset: RuleSet) -> list[dict[str, object]]:
    article = parse_article(f"# Labour\n\n{text}\n", "d.md", "markdown")
    return [dict(c.fields) for c in extract_claims(article, ruleset) if c.type == "strike"]


@pytest.mark.parametrize(
    ("text", "strikers", "against"),
    [
        (
            "Orrin College locked out the whole faculty at its Kessel campus in May.",
            "faculty",
            "Orrin College",
        ),
        (
            "The Tarn Tram Company locked out its maintenance personnel in June.",
            "maintenance personnel",
            "Tarn Tram Company",
        ),
        ("Pellow Institute (PI) locked out its faculty on 3 March.", "faculty", "Pellow Institute"),
        ("Brisa Air locked its ground personnel out for a week.", "ground personnel", "Brisa Air"),
        (
            "Dunmore Polytechnic's faculties were locked out by the governors on Monday.",
            "faculties",
            "Dunmore Polytechnic",
        ),
    ],
)
def test_a_collective_noun_is_the_party_locked_out(
    text: str, strikers: str, against: str, ruleset: RuleSet
) -> None:
    found = _strike_fields(text, ruleset)
    assert found, text
    assert strikers in str(found[0]["strikers"]) and against in str(found[0]["against"]), found


def test_a_lockout_of_the_faculty_is_borne_out_by_its_page(ruleset: RuleSet) -> None:
    url = "http://labour.test/lockout"
    page = (
        "<p>The 2029 Orrin College lockout was a dispute in which Orrin College (OC) locked "
        "out the whole faculty at its Kessel campus, represented by the Orrin Lecturers Guild "
        "(OLG), in May 2029.</p>"
    )
    draft = (
        "# Campus\n\nIn May 2029 Orrin College locked out about 300 members of the Orrin "
        f"Lecturers Guild ([entry]({url})).\n"
    )
    found = verdict(run(draft, {url: page}, ruleset), "strike")
    assert found.verdict.label == "supported", found.verdict.rationale
