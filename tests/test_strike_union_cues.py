"""A body the text calls a union by the noun after its name ("the IG Druck union", "the
Kommunal public-sector union") is a union, under its short name and its long one; and a
page's story naming one union besides a capitalised common word ("Workers walk out" in a
headline) names that union. Texts and pages written for these tests."""

from __future__ import annotations

import pytest
from judging import run, verdict

from factcheck.claims.extract import Extractor
from factcheck.rulepacks.ruleset import RuleSet


@pytest.mark.parametrize(
    ("text", "name"),
    [
        ("Warning strikes were called by the IG Druck union on Monday.", "IG Druck"),
        ("Drivers answered a call from the EVG rail union.", "EVG"),
        ("The Bectu broadcasting union said most members had voted for action.", "Bectu"),
        ("Care staff, most of them in the Kommunal union, stopped work.", "Kommunal"),
        ("Dock hands joined the Solidarnosc trade union last year.", "Solidarnosc"),
        ("The Vakmensen labour union has 30,000 members.", "Vakmensen"),
        (
            "The Grafiska Arbetare (GA) sent its members out; the GA union says pay is too low.",
            "Grafiska Arbetare",
        ),
    ],
)
def test_a_name_the_text_calls_a_union(text: str, name: str, ruleset: RuleSet) -> None:
    ctx = Extractor(ruleset).context(text)
    assert ctx.names.kind(name) == "union"


@pytest.mark.parametrize(
    ("text", "name"),
    [
        # The employer whose staff a union drive or vote organises is no union.
        ("Staff at Orvel Foods held the Orvel union vote in May.", "Orvel"),
        ("The Pimm union drive stalled after a year.", "Pimm"),
        # A people's or country's adjective says where a union is, not what it is called.
        ("The Norwegian union said talks had failed.", "Norwegian"),
    ],
)
def test_a_name_before_union_that_is_not_one(text: str, name: str, ruleset: RuleSet) -> None:
    ctx = Extractor(ruleset).context(text)
    assert ctx.names.kind(name) != "union"


URL = "http://news.test/2031/05/06/plant.html"


@pytest.mark.parametrize(
    "headline",
    [
        "Workers walk out at Tolland Mills plant",
        "Union members stop work at Tolland Mills",
        "Workers' strike halts Tolland Mills",
    ],
)
def test_the_story_s_one_union(headline: str, ruleset: RuleSet) -> None:
    page = (
        f"<h1>{headline}</h1>"
        "<p>About 640 workers at the Tolland Mills plant in Brisco walked off the job at "
        "dawn.</p>"
        "<p>Everyone on the picket line belongs to the Grain Millers Guild Local 88, which "
        "has been negotiating since March.</p>"
    )
    draft = (
        "# Mills\n\nMembers of Grain Millers Guild Local 88 walked off the job at Tolland "
        f"Mills ([source]({URL})).\n"
    )
    found = verdict(run(draft, {URL: page}, ruleset), "strike")
    assert found.verdict.label == "supported", found.verdict.rationale
