"""Two roles joined by a slash are one job ("Cashier/Stocker", "Driver / Warehouse
Operative"): a hiring verb takes the whole title, not its first half, so a posting under
the whole title supports it. The pages and drafts are written for these tests."""

from __future__ import annotations

import pytest
from extracting import titles_in
from judging import run

from factcheck.rulepacks.ruleset import RuleSet

BASE = "http://slash.test/jobs"


@pytest.mark.parametrize(
    ("sentence", "title"),
    [
        ("Brenner Haulage is recruiting a Driver / Warehouse Operative for its Kent depot.",
         "Driver / Warehouse Operative"),
        ("Marlow Health is hiring a Receptionist/Medical Secretary at its Leeds clinic.",
         "Receptionist/Medical Secretary"),
        ("The Alder Trust wants a Fundraiser/Events Coordinator for the summer.",
         "Fundraiser/Events Coordinator"),
        ("Kestrel County Hospital is advertising for a Porter/Cleaner on nights.",
         "Porter/Cleaner"),
        ("Holloway Press has been looking for a Writer/Editor since March.", "Writer/Editor"),
        ("Tamsin Lane Bakery needs a Baker/Pastry Chef who can start at 4 a.m.",
         "Baker/Pastry Chef"),
    ],
)  # fmt: skip
def test_a_slash_joins_two_roles_into_one_title(
    ruleset: RuleSet, sentence: str, title: str
) -> None:
    assert titles_in(sentence, ruleset) == [title]


def test_a_slash_between_other_words_joins_no_title(ruleset: RuleSet) -> None:
    # A slash after a title that opens no role of its own ends the title there.
    assert titles_in("Orwell Ceramics is hiring a Kiln Operator/ nights only.", ruleset) == [
        "Kiln Operator"
    ]


def _posting(title: str) -> str:
    return (
        f"<html><head><title>{title} | Brenner Haulage careers</title></head><body><main>"
        f"<h1>{title}</h1><p>Brenner Haulage is looking for a {title} to join the team at "
        "its Ashford depot.</p><p><a href='#apply'>Apply now</a></p></main></body></html>"
    )


def test_the_whole_slash_title_is_checked_against_the_posting(ruleset: RuleSet) -> None:
    url = f"{BASE}/4410"
    draft = f"# Jobs\n\nBrenner Haulage is hiring a Driver/Warehouse Operative ([ad]({url})).\n"
    same = run(draft, {url: _posting("Driver/Warehouse Operative")}, ruleset, wrap=False)
    labels = [c.verdict.label for c in same if c.claim.type == "job_title"]
    assert labels == ["supported"]
