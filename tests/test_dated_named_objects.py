"""A dated event whose object is a name of any length between the verb and the date: a
bill, an act, an order or an agreement with its brackets, dashes and year ("passed the
Coastal Access (Amendment) Bill, 2026 on 2 February 2026"). The draft's date is checked
against a source telling the same event in its own order ("The assembly on Monday, 2
February 2026, passed ..."). Sentences and pages written for these tests."""

from __future__ import annotations

import pytest
from judging import dated_events, run, verdict

from factcheck.rulepacks.ruleset import RuleSet


@pytest.mark.parametrize(
    ("text", "found"),
    [
        (
            "The Senedd approved the Agricultural Tenancies (Wales) Bill on 3 March 2026.",
            ("approved", "2026-03-03"),
        ),
        (
            "Parliament adopted the Digital Services and Markets Act on 12 May 2027.",
            ("adopted", "2027-05-12"),
        ),
        (
            "The board ratified the Harbour Pilots' Pension Scheme (Amendment) Order on 9 "
            "October 2025.",
            ("ratified", "2025-10-09"),
        ),
        (
            "Ministers signed the Lisbon–Madrid High Speed Rail Agreement on 14 June 2028.",
            ("signed", "2028-06-14"),
        ),
        (
            "The assembly passed the Municipal Waste (Collection and Recycling) Regulations, "
            "2026 on 2 February 2026.",
            ("passed", "2026-02-02"),
        ),
        (
            "The regulator withdrew the Port of Tarrow Dredging Licence on 30 April 2029, "
            "citing silt levels.",
            ("withdrew", "2029-04-30"),
        ),
    ],
)
def test_a_named_object_between_verb_and_date(
    text: str, found: tuple[str, str], ruleset: RuleSet
) -> None:
    assert found in dated_events(text, ruleset)


def test_a_lower_case_run_stays_short(ruleset: RuleSet) -> None:
    # Past four words of plain prose the date is another clause's, not the verb's.
    text = "The council approved a plan that the residents had long fought over on 3 May."
    assert ("approved", "????-05-03") not in dated_events(text, ruleset)


SOURCE = "https://assembly.example/press/2026/waste-regulations-passed.html"


@pytest.mark.parametrize(
    ("said", "label"),
    [
        ("on 2 February 2026", "supported"),
        ("on 9 February 2026", "unverified"),  # a loosely read date never refutes
    ],
)
def test_the_source_tells_the_date_in_its_own_order(
    said: str, label: str, ruleset: RuleSet
) -> None:
    page = (
        "<h1>Waste regulations passed</h1><p>Tarrow, 2 February 2026</p>"
        "<p>The Tarrow Assembly on Monday, 2 February 2026, passed the Municipal Waste "
        "(Collection and Recycling) Regulations, 2026, after a debate of six hours.</p>"
    )
    draft = (
        "The Tarrow Assembly passed the Municipal Waste (Collection and Recycling) "
        f"Regulations {said} ([release]({SOURCE}))."
    )
    checked = verdict(run(draft, {SOURCE: page}, ruleset), "date")
    assert checked.verdict.label == label, checked.verdict.rationale
