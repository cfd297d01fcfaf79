"""Claims found by the family of forms they belong to, not by one phrasing: a side that is a
plural without an -s, a side opening with a hyphenated word of place ("in-house"), a part
of a whole ("account for a third of", "takes home 60 per cent of what"), a side short or
shy of another, a ratio to "a ... one". The sentences are written for these tests."""

from __future__ import annotations

import pytest

from factcheck.claims.extract import extract_claims
from factcheck.reading import parse_article
from factcheck.rulepacks.ruleset import RuleSet


def _claims(text: str, ruleset: RuleSet, kind: str) -> list[dict[str, object]]:
    article = parse_article(f"# Pay\n\n{text}\n", "d.md", "markdown")
    return [dict(c.fields) for c in extract_claims(article, ruleset) if c.type == kind]


@pytest.mark.parametrize(
    ("text", "relation", "right"),
    [
        # A plural without an -s as the other side.
        ("Apprentice joiners trail the police in weekly pay.", "less", "the police"),
        (
            "Bus drivers in the valley earn more than hospital staff there.",
            "greater",
            "hospital staff",
        ),
        ("Seasonal guides earn less than the clergy in the parish.", "less", "the clergy"),
        # A side opening with a hyphenated word of place.
        (
            "Agency welders are paid roughly $9 a day less than in-house welders.",
            "less",
            "in-house welders",
        ),
        ("Contract chefs are paid 9% less than on-site chefs.", "ratio_about", "on-site chefs"),
        (
            "Temporary guards earn 60p an hour more than off-site guards.",
            "greater",
            "off-site guards",
        ),
        # A part of a whole, by a verb of making up or of pay.
        (
            "Diesel trains still make up roughly a fifth of the regional fleet.",
            "ratio_about",
            "the regional fleet",
        ),
        (
            "Night shifts accounted for over 40% of the hospital's overtime bill.",
            "ratio_at_least",
            "the hospital's overtime bill",
        ),
        (
            "A junior paralegal earns about 55 per cent of what a senior associate is paid.",
            "ratio_about",
            "what a senior associate is paid",
        ),
        # Short or shy of the other side.
        (
            "The 2.8% award was far short of the 5% the porters wanted.",
            "less",
            "the 5% the porters wanted",
        ),
        (
            "The final offer stayed just shy of what the crews had asked for.",
            "less",
            "what the crews had asked for",
        ),
        # A ratio to "a ... one".
        (
            "A monthly pass in Arden costs nearly three times a Tolley one.",
            "ratio_about",
            "a Tolley one",
        ),
        ("A flat in the old town rents for twice a suburban one.", "ratio_about", "a suburban one"),
    ],
)
def test_comparison_forms_are_found(text: str, relation: str, right: str, ruleset: RuleSet) -> None:
    found = _claims(text, ruleset, "comparison")
    assert found, text
    assert found[0]["relation"] == relation
    assert str(found[0]["right"]).startswith(right)


def test_part_of_whole_gives_the_share_as_ratio(ruleset: RuleSet) -> None:
    (fields,) = _claims(
        "Cargo bikes account for about a quarter of the courier fleet.", ruleset, "comparison"
    )
    assert fields["ratio"] == 0.25
    assert fields["left"] == "Cargo bikes"
    (fields,) = _claims(
        "Trainees take home roughly 70 per cent of what fitters earn.", ruleset, "comparison"
    )
    assert fields["ratio"] == 0.7


@pytest.mark.parametrize(
    "text",
    [
        "The clinic was short of staff all summer.",
        "Over half of the members turned out.",
        "The union represents 30% of them.",
        "Wages were higher than in 2029.",
    ],
)
def test_lookalikes_make_no_comparison(text: str, ruleset: RuleSet) -> None:
    assert _claims(text, ruleset, "comparison") == []


@pytest.mark.parametrize(
    ("text", "title"),
    [
        # A modifier with its short form in brackets, inside the title.
        (
            "Dunmore Haulage is recruiting a Heavy Goods Vehicle (HGV) Driver for its depot.",
            "Heavy Goods Vehicle (HGV) Driver",
        ),
        (
            "Kellow Engineering wants a Computer Numerical Control (CNC) Machinist in Derby.",
            "Computer Numerical Control (CNC) Machinist",
        ),
        (
            "Tarnby Port is hiring a Quay Gantry (QGC) Crane Operator II on nights.",
            "Quay Gantry (QGC) Crane Operator II",
        ),
        # The job as the employer names it.
        (
            "Harlow Trams is hiring what it calls a Trainee Tram Pilot for the new line.",
            "Trainee Tram Pilot",
        ),
        (
            "Brisk Parcels is hiring what they call a Delivery Partner in Hull.",
            "Delivery Partner",
        ),
        (
            "Ostry Rail is advertising a role it has dubbed Customer Journey Coordinator.",
            "Customer Journey Coordinator",
        ),
        # The title names the ad the sentence is about.
        (
            "A Payroll Administrator – Temporary listing on its site asks for Sage experience.",
            "Payroll Administrator – Temporary",
        ),
        ("The Relief Chef advert pays £14.10 an hour.", "Relief Chef"),
        ("Its Forklift Driver vacancy closes on Monday.", "Forklift Driver"),
    ],
)
def test_title_forms_are_found(text: str, title: str, ruleset: RuleSet) -> None:
    titles = [f["title"] for f in _claims(text, ruleset, "job_title")]
    assert title in titles, (text, titles)


def test_a_source_in_brackets_is_no_part_of_a_title(ruleset: RuleSet) -> None:
    titles = [
        f["title"]
        for f in _claims("Corby Mills is hiring a Loom Fitter (Reuters).", ruleset, "job_title")
    ]
    assert titles == ["Loom Fitter"]
