"""A part of a group told without the group's size ("about 40 of its members", "some 90
of the hospital's porters") is not set against a count of the whole group (a union's
membership, a team's size), only against another part; and a count of the members of
a body a page names ("600 members of the Harbour Guard") is no count of the people a
claim that names no such body counts. The drafts and pages are written for these tests."""

from __future__ import annotations

from typing import Any

import pytest
from judging import cited

URL = "https://news.example/2031/05/02/story.html"


@pytest.mark.parametrize(
    ("sentence", "told"),
    [
        (
            "Around 45 of the depot's bus drivers belong to the Orla Transport Union",
            "The Orla Transport Union, with more than 210,000 members, is the country's"
            " biggest transport union.",
        ),
        (
            "Some 90 of the hospital's porters joined the picket on Monday",
            "Brennick General Hospital employs 14 porters on each of its night shifts.",
        ),
        (
            "About 300 of the airline's cabin crew backed the strike",
            "Kestrel Air has 2,400 cabin crew based at four airports.",
        ),
    ],
)
def test_a_count_of_the_whole_group_is_no_count_of_its_part(
    sentence: str, told: str, ruleset: Any
) -> None:
    found = cited(sentence, URL, f"<p>{told}</p>", ruleset, "quantity")
    assert found.verdict.label != "contradicted", found.verdict.rationale


def test_another_part_of_the_group_goes_against_a_part(ruleset: Any) -> None:
    found = cited(
        "About 300 of the airline's cabin crew backed the strike",
        URL,
        "<p>Only 120 of the airline's cabin crew backed the strike, the union said.</p>",
        ruleset,
        "quantity",
    )
    assert found.verdict.label == "contradicted", found.verdict.rationale


@pytest.mark.parametrize(
    ("sentence", "told"),
    [
        (
            "The Brenmoor smelter now employs about 2,600 people",
            "In 1987 the governor sent some 700 members of the State Guard to the smelter.",
        ),
        (
            "The Tarn refinery employs roughly 1,900 workers",
            "About 450 members of the Coastal Volunteer Fire Brigade fought the blaze.",
        ),
        (
            "Orvane Mills has about 5,000 staff across its sites",
            "Nearly 800 members of the Riverside Choir sang at the reopening.",
        ),
    ],
)
def test_members_of_another_named_body_are_not_the_staff_counted(
    sentence: str, told: str, ruleset: Any
) -> None:
    found = cited(sentence, URL, f"<p>{told}</p>", ruleset, "quantity")
    assert found.verdict.label != "contradicted", found.verdict.rationale


def test_members_of_the_body_the_claim_names_still_count(ruleset: Any) -> None:
    found = cited(
        "About 900 members of the Orla Dockers Guild walked out",
        URL,
        "<p>Some 300 members of the Orla Dockers Guild walked out on Monday.</p>",
        ruleset,
        "quantity",
    )
    assert found.verdict.label == "contradicted", found.verdict.rationale


WIKI = "https://wiki.example.org/wiki/2031_Orlandia_clinic_strike"


def _infobox(location: str) -> str:
    return (
        "<h1>2031 Orlandia clinic strike</h1><table class='infobox'>"
        "<tr><th>Date</th><td>3 May 2031 – 9 May 2031</td></tr>"
        f"<tr><th>Location</th><td>{location}</td></tr></table>"
        "<p>The 2031 Orlandia clinic strike was a strike by nurses at state clinics.</p>"
    )


@pytest.mark.parametrize(
    ("sentence", "location"),
    [
        (
            "Clinic managers in three provinces, speaking anonymously, say the ministry"
            " has left more than 400 nursing posts empty",
            "Clinics in all ten provinces, Orlandia",
        ),
        (
            "Station masters in two regions say the railway has cut 300 posts since 2020",
            "Railway stations in all twelve regions, Orlandia",
        ),
        (
            "Head teachers in four districts say 250 teaching posts are vacant",
            "State schools in all 18 districts, Orlandia",
        ),
    ],
)
def test_some_of_a_set_is_no_conflict_with_all_of_it(
    sentence: str, location: str, ruleset: Any
) -> None:
    found = cited(sentence, WIKI, _infobox(location), ruleset, "quantity", wrap=False)
    assert found.verdict.label != "contradicted", found.verdict.rationale


def test_all_of_a_larger_set_is_no_support_for_all_of_a_smaller(ruleset: Any) -> None:
    found = cited(
        "The strike closed clinics in all 14 provinces",
        WIKI,
        _infobox("Clinics in all ten provinces, Orlandia"),
        ruleset,
        "quantity",
        wrap=False,
    )
    assert found.verdict.label != "supported", found.verdict.rationale
