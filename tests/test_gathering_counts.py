"""A head count told as the size of a gathering ("police put the crowd at 9,000", "a
turnout of about 400") is a count of people though no unit follows the figure; and a
noun of people that stays singular heads the compound before it ("60 kitchen staff",
"40 cabin crew"). Drafts and pages written for these tests."""

from __future__ import annotations

from typing import Any

import pytest
from judging import run

from factcheck.claims.extract import extract_claims
from factcheck.reading import parse_article


def _counts(sentence: str, ruleset: Any) -> list[tuple[object, object]]:
    claims = extract_claims(parse_article(sentence, "draft.txt"), ruleset)
    return [(c.fields.get("value"), c.fields.get("unit")) for c in claims if c.type == "quantity"]


@pytest.mark.parametrize(
    ("sentence", "value"),
    [
        ("Stewards put the crowd at roughly 14,000 as the marathon started.", 14000),
        ("Organisers estimated turnout at 2,600 for the first night of the festival.", 2600),
        ("The farmers' convoy drew a crowd of about 5,500 to the square.", 5500),
        ("Attendance at the vigil was put at more than 1,300 by the parish.", 1300),
        ("The number of marchers reached 48,000 by mid-afternoon, the city said.", 48000),
        ("Ticket scans gave the museum's attendance at 3,150 on the open day.", 3150),
        ("The head count was estimated at 820 by the fire service.", 820),
        ("Po zatrzymaniu policja put the crowd at 6,000 in Gdańsk.", 6000),
    ],
)
def test_the_size_of_a_gathering_counts_people(sentence: str, value: int, ruleset: Any) -> None:
    assert (value, "people") in _counts(sentence, ruleset)


@pytest.mark.parametrize(
    "sentence",
    [
        "The pollsters put turnout at 64 per cent in the northern wards.",
        "The crowd waited for 3 hours in the rain outside the arena.",
        "Attendance has risen every year since 2019.",
        "The crowd of 2019 was louder than this year's.",
    ],
)
def test_no_head_count_where_the_figure_is_no_gathering(sentence: str, ruleset: Any) -> None:
    assert all(unit != "people" for _, unit in _counts(sentence, ruleset))


@pytest.mark.parametrize(
    ("sentence", "unit"),
    [
        ("About 60 kitchen staff walked out at the hotel.", "kitchen staff"),
        ("Some 40 cabin crew refused to board the aircraft.", "cabin crew"),
        ("Nearly 300 claims staff logged off at noon.", "claims staff"),
        ("The ward lost 12 nursing personnel over the winter.", "nursing personnel"),
        # A noun of people alone is the unit as before.
        ("Some 20 staff were laid off.", "staff"),
        ("About 70 pickers stayed home.", "pickers"),
    ],
)
def test_a_singular_noun_of_people_heads_its_compound(
    sentence: str, unit: str, ruleset: Any
) -> None:
    assert [u for _, u in _counts(sentence, ruleset)] == [unit]


URL = "https://news.example/2036/harbour-rally"
PAGE = """<h1>Fishers rally at Porthaven harbour over quota cuts</h1>
<p>Boats from across the coast sailed into Porthaven on Saturday for a rally against the
new quota rules. Harbour police said about 3,000 people took part, while the Coastal
Fishers Federation said the figure was higher.</p>
<p>In all, 410 members stopped work for the day, the federation said.</p>"""


@pytest.mark.parametrize(
    ("sentence", "label"),
    [
        ("Harbour police estimated the crowd at nearly 7,000.", "contradicted"),
        ("Harbour police reckoned the crowd size at some 3,000.", "supported"),
        ("About 600 boat staff stopped work for the day.", "contradicted"),
    ],
)
def test_a_gathering_meets_the_people_counted(sentence: str, label: str, ruleset: Any) -> None:
    opening = f"Fishers rallied in Porthaven on Saturday ([report]({URL}))."
    article = f"# Quotas\n\n{opening} {sentence}\n"
    checked = run(article, {URL: PAGE}, ruleset)
    labels = [c.verdict.label for c in checked if c.claim.type == "quantity"]
    assert labels == [label]
