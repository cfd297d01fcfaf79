"""A share's bound backs a share only when both are of the same thing: "up to 9%" of a
pension's contributions says nothing of how much hiring grew, though the two sentences
share words ("bank", "employer"). The pages are written for these tests."""

from __future__ import annotations

from judging import verdict_on

from factcheck.rulepacks.ruleset import RuleSet

URL = "http://kestrel.test/careers/analyst"
DRAFT = (
    "# Hiring\n\nKestrel Savings is hiring a Credit Analyst in Dayton "
    f"([posting]({URL})).\n\nBank hiring in Ohio has grown 3 per cent this year, while "
    "employers in freight remain cautious.\n"
)


def _share(benefits: str, ruleset: RuleSet) -> str:
    page = f"<h1>Credit Analyst</h1><p>Kestrel Savings is hiring in Dayton.</p><p>{benefits}</p>"
    return verdict_on(DRAFT, {URL: page}, ruleset, "quantity", "3 per cent").label


def test_a_bound_on_another_subject_is_no_support(ruleset: RuleSet) -> None:
    benefits = (
        "We offer 30 days' leave plus bank holidays, a pension with employer contributions "
        "of up to 9%, and dental cover."
    )
    assert _share(benefits, ruleset) == "unverified"


def test_a_bound_on_the_same_subject_still_supports(ruleset: RuleSet) -> None:
    benefits = "Bank hiring by employers in Ohio has grown by up to 5 per cent this year."
    assert _share(benefits, ruleset) == "supported"
