"""Who struck, when a name stands before "members" or a count before the employer: "Navra
members" are Navra's (the strikers' name holds no "members"), "at nine Tallis Bakeries
outlets" names the employer as "at Tallis Bakeries" does, "KTDU and Navra members" are
two bodies, and a group "on a two-day strike" is on strike. Every name below is invented
for these tests."""

from __future__ import annotations

from typing import Any

import pytest
from judging import verdict_on
from test_claim_forms import fields_of

from factcheck.claims.extract import extract_claims
from factcheck.reading import parse_article


@pytest.mark.parametrize(
    ("text", "strikers", "employer"),
    [
        (
            "Navra members at nine Tallis Bakeries outlets held a one-day stoppage on Monday. "
            "Talks with Navra stalled in May.",
            ["Navra"],
            ["Tallis Bakeries"],
        ),
        (
            "Some 300 Navra members walked out at Oster Port on Friday.",
            ["Navra"],
            ["Oster Port"],
        ),
        (
            "Members of the Kiln Setters Guild at eleven Brannock Pottery sites downed tools.",
            ["Kiln Setters Guild"],
            ["Brannock Pottery"],
        ),
        (
            "Porters at 14 of the Harrow Health clinics walked out on Tuesday.",
            ["Porters"],
            ["Harrow Health"],
        ),
    ],
)
def test_members_and_counted_sites(
    text: str, strikers: list[str], employer: list[str], ruleset: Any
) -> None:
    fields = fields_of(text, "strike", ruleset)
    assert fields["strikers"] == strikers
    assert fields["against"] == employer


def test_a_short_form_and_another_name_before_members_are_two_bodies(ruleset: Any) -> None:
    fields = fields_of("KTDU and Navra members walked out at Pellmore Care.", "strike", ruleset)
    assert fields["strikers"] == ["KTDU", "Navra"]
    assert fields["against"] == ["Pellmore Care"]


def test_a_group_on_a_strike_of_some_days_is_on_strike(ruleset: Any) -> None:
    fields = fields_of(
        "Porters at Velda Mills were on a two-day strike last week.", "strike", ruleset
    )
    assert fields["strikers"] == ["Porters"]
    assert fields["against"] == ["Velda Mills"]
    # A hunger strike stops no work.
    text = "The prisoners at Orne Jail were on a hunger strike for a month."
    claims = extract_claims(parse_article(text, "draft.txt"), ruleset)
    assert not [c for c in claims if c.type == "strike"]


MILLS = {
    "https://news.example.org/velda-mills": (
        "<h1>Velda Mills weavers stop work over pay</h1>"
        "<p>Weavers at six Velda Mills sites around the county are on a two-day strike "
        "today over pay and rotas.</p>"
        "<p>The Loom Hands Guild, which represents the weavers, said its members had voted "
        "for the stoppage by a wide margin.</p>"
    )
}


def test_a_page_s_group_on_a_two_day_strike_bears_out_the_claim(ruleset: Any) -> None:
    judged = verdict_on(
        "Loom Hands Guild members at six Velda Mills sites held a two-day stoppage "
        "([report](https://news.example.org/velda-mills)).",
        MILLS,
        ruleset,
        "strike",
    )
    assert judged.label == "supported", judged.rationale
