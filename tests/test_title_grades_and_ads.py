"""Job titles in the forms recruitment copy uses around them: a grade after "at" in small
letters or as a code ("at grade T3", "at band IA-3"), a qualifier in brackets before it
("(Welsh) at band 3"), an ad put up at a time ("a vacancy posted this week for"), a post
one is trying or struggling to fill, a title written before its ad's noun ("opened a ...
vacancy"), and the post of a title with no article, in the "Noun, Qualifier" form job
orders and statistics offices write. Sentences written for these tests."""

from __future__ import annotations

import pytest
from extracting import first_fields, titles_in

from factcheck.rulepacks.ruleset import RuleSet


@pytest.mark.parametrize(
    ("sentence", "title", "level"),
    [
        (
            "Corby Water is recruiting a Network Fitter at grade W2 for its sewers.",
            "Network Fitter",
            "grade W2",
        ),
        ("Pellam Trust is hiring a Ward Clerk at band AC-4 on nights.", "Ward Clerk", "band AC-4"),
        (
            "Dunmore Council wants a Parks Officer at Grade 5 this spring.",
            "Parks Officer",
            "Grade 5",
        ),
        (
            "Ostley College is hiring a Lab Technician (Chemistry) at grade T4 for spring.",
            "Lab Technician (Chemistry)",
            "grade T4",
        ),
    ],
)
def test_a_grade_after_at(sentence: str, title: str, level: str, ruleset: RuleSet) -> None:
    fields = first_fields(sentence, "job_title", ruleset)
    assert (fields["title"], fields.get("level")) == (title, level)


@pytest.mark.parametrize(
    ("sentence", "title"),
    [
        (
            "A vacancy posted this week for a Track Inspector on the Fenwick line pays weekly.",
            "Track Inspector",
        ),
        (
            "The listing advertised last month for a Bakery Supervisor drew sixty replies.",
            "Bakery Supervisor",
        ),
        (
            "An opening put up yesterday for a Ferry Deckhand asks for a sea survival ticket.",
            "Ferry Deckhand",
        ),
    ],
)
def test_an_ad_put_up_at_a_time(sentence: str, title: str, ruleset: RuleSet) -> None:
    assert titles_in(sentence, ruleset) == [title]


@pytest.mark.parametrize(
    ("sentence", "title"),
    [
        (
            "Hexham Mills is trying to fill a Loom Mechanic before the autumn orders.",
            "Loom Mechanic",
        ),
        (
            "The county is struggling to fill a School Crossing Patrol Officer near the bypass.",
            "School Crossing Patrol Officer",
        ),
        (
            "Granby Foods is working to fill a Night Shift Supervisor at its bakery.",
            "Night Shift Supervisor",
        ),
    ],
)
def test_a_post_to_fill(sentence: str, title: str, ruleset: RuleSet) -> None:
    assert titles_in(sentence, ruleset) == [title]


@pytest.mark.parametrize(
    ("sentence", "title"),
    [
        (
            "Arden Polytechnic has opened a Research Fellow in Soil Science vacancy.",
            "Research Fellow",
        ),
        (
            "The port authority posted a Pilot Boat Engineer role on its website.",
            "Pilot Boat Engineer",
        ),
        ("Kelby Hospital advertised a Theatre Nurse post for its new wing.", "Theatre Nurse"),
    ],
)
def test_a_title_before_its_ads_noun(sentence: str, title: str, ruleset: RuleSet) -> None:
    assert titles_in(sentence, ruleset) == [title]


@pytest.mark.parametrize(
    ("sentence", "title"),
    [
        (
            "The order seeks 90 people for the position of Picker, Fruit – Autumn Harvest.",
            "Picker, Fruit",
        ),
        ("The board advertised the post of Operator, Forklift in its depot.", "Operator, Forklift"),
        ("The guild opened the role of Conductor for its winter season.", "Conductor"),
    ],
)
def test_the_post_of_a_title_without_an_article(
    sentence: str, title: str, ruleset: RuleSet
) -> None:
    assert titles_in(sentence, ruleset) == [title]


@pytest.mark.parametrize(
    "sentence",
    [
        "The position of the union was clear from the start.",
        "The role of Parliament in the dispute was small.",
        "She posted a photo of the picket line on Friday.",
    ],
)
def test_no_title_where_none_is_named(sentence: str, ruleset: RuleSet) -> None:
    assert titles_in(sentence, ruleset) == []
