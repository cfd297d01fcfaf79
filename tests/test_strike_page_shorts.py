"""A party the claim names by the short name a page gives it in brackets: "Nordvik
Airways (NVA)" is NVA on that page, whether or not the short name is its initials, on
the employer's side and on the strikers'. Pages and sentences written for these tests."""

from __future__ import annotations

import pytest
from judging import cited

from factcheck.rulepacks.ruleset import RuleSet

URL = "http://labour.test/story"


def _strike(sentence: str, page: str, ruleset: RuleSet) -> tuple[str, str]:
    found = cited(sentence, URL, page, ruleset, "strike")
    return found.verdict.label, found.verdict.rationale


@pytest.mark.parametrize(
    ("page", "claim"),
    [
        (
            "<p>The 2031 Nordvik stoppage was a walkout by about 600 pilots of Nordvik "
            "Airways (NVA) in three countries, from 3 to 9 June 2031.</p>",
            "About 600 NVA pilots downed tools against NVA in June 2031",
        ),
        (
            "<p>In May 2032 some 900 conductors walked off the job at Lumen Regional Rail "
            "(LumeRail), the operator of the coastal line.</p>",
            "Some 900 conductors walked off the job at LumeRail in May 2032",
        ),
        (
            "<p>Kessel Harbour Authority (KHA) was struck by members of the Tug Crews Guild "
            "on Monday, 4 March 2030.</p>",
            "In March 2030 the Tug Crews Guild struck the KHA",
        ),
        (
            "<p>Members of the Pilots Association of Tarvia (PAT) went on strike against "
            "Tarvia Air Lines on 2 April 2033.</p>",
            "In April 2033 PAT members walked out against Tarvia Air Lines",
        ),
        (
            "<p>On 8 October 2029, cleaners at Orrin General Hospital (OGH) held a one-day "
            "stoppage, the first at the hospital in a decade.</p>",
            "Cleaners at OGH held a one-day stoppage in October 2029",
        ),
        # A name given in English keeps the initials of its own language.
        (
            "<p>The Union of Tessaly Dockers (SLT) has 3,000 crane drivers at Corva Ports."
            "</p><p>In a row over shifts, the Union of Tessaly Dockers walked out against "
            "Corva Ports on 5 May 2028.</p>",
            "In May 2028 the SLT walked out against Corva Ports",
        ),
    ],
)
def test_a_short_name_the_page_gives_in_brackets(page: str, claim: str, ruleset: RuleSet) -> None:
    label, rationale = _strike(claim, page, ruleset)
    assert label == "supported", rationale


def test_a_short_name_of_another_party_is_not_the_claimed_one(ruleset: RuleSet) -> None:
    page = (
        "<p>The 2031 Nordvik stoppage was a walkout by about 600 pilots of Nordvik "
        "Airways (NVA) in three countries, from 3 to 9 June 2031. Nordvik Cargo (NVC) "
        "kept flying.</p>"
    )
    label, rationale = _strike(
        "About 600 pilots downed tools against NVC in June 2031", page, ruleset
    )
    assert label != "supported", rationale


def test_a_short_name_is_only_its_own_name_s(ruleset: RuleSet) -> None:
    # Two unions of one trade share their distinctive word; the short name the page gives
    # one is not the other's, so the strike of one is no strike of the other's members.
    page = (
        "<p>Some 4,000 dockers in the Association of Dockers and Riggers Union (ADRU) "
        "walked out at Lantern Docks from 3 May 2030.</p><p>The National Union "
        "of Dockers (NUD), whose members kept at work all through the dispute, stood by the "
        "deal it had signed in April.</p>"
    )
    label, rationale = _strike(
        "At Lantern Docks it was NUD members who walked out in May 2030", page, ruleset
    )
    assert label == "contradicted", rationale
