"""Bodies of employers told by their form: an association named for the firms it gathers
in the plural ("Home Builders Association", "Hospitals Federation"), one an appositive
calls a bargaining group of employers, are struck against; a regional or district
council of a trade's members is their union. Sentences written for these tests."""

from __future__ import annotations

import pytest
from extracting import first_fields
from judging import run, verdict

from factcheck.claims.names import looks_like_employers, looks_like_union
from factcheck.rulepacks.ruleset import RuleSet


@pytest.mark.parametrize(
    "name",
    [
        "Brenmoor Home Builders Association",
        "Kessington Hospitals Federation",
        "Northern Airlines Council",
        "Valdoro Growers Association",
    ],
)
def test_an_association_of_firms_is_no_union(name: str) -> None:
    assert looks_like_employers(name) and not looks_like_union(name)


@pytest.mark.parametrize(
    "name",
    [
        "Builders Labourers Federation",
        "Hospitals Staff Association",
        "Airlines Workers Union",
    ],
)
def test_a_body_of_their_workers_stays_a_union(name: str) -> None:
    assert looks_like_union(name) and not looks_like_employers(name)


@pytest.mark.parametrize(
    "name",
    [
        "Tarnside Regional Council of Carpenters",
        "Eastvale District Council of Painters",
        "Mersey County Council of Ironworkers",
    ],
)
def test_a_council_of_a_trade_is_a_union(name: str) -> None:
    assert looks_like_union(name)


@pytest.mark.parametrize("name", ["Tarnside Regional Council", "Regional Council of Lombardy"])
def test_a_public_council_is_still_no_union(name: str) -> None:
    assert not looks_like_union(name)


@pytest.mark.parametrize(
    ("sentence", "employer"),
    [
        (
            "Some 900 members of the Orla Plasterers Union walked out against the Brenmoor "
            "Home Builders Association on 3 March.",
            "Brenmoor Home Builders Association",
        ),
        (
            "Porters of the Kessington Porters Guild went on strike against the Kessington "
            "Hospitals Federation.",
            "Kessington Hospitals Federation",
        ),
        (
            "Members of the Tarnside Regional Council of Carpenters struck against Halden "
            "Build Ltd.",
            "Halden Build Ltd",
        ),
    ],
)
def test_the_body_struck_is_the_employer(sentence: str, employer: str, ruleset: RuleSet) -> None:
    fields = first_fields(sentence, "strike", ruleset)
    assert employer in fields["against"]


@pytest.mark.parametrize(
    "aside",
    [
        "a multi-employer bargaining association of general contractors",
        "the association of contractors that bargains for the region's firms",
        "an employers' federation for the building trade",
    ],
)
def test_an_appositive_of_employers_makes_the_body_an_employer(
    aside: str, ruleset: RuleSet
) -> None:
    text = (
        "The strike pitted the masons against Brightwall Associated, "
        f"{aside}.\n\nAbout 700 members of the Orla Masons Union walked out against "
        "Brightwall Associated on 4 May."
    )
    fields = first_fields(text, "strike", ruleset)
    assert list(fields["strikers"]) == ["Orla Masons Union"]
    assert list(fields["against"]) == ["Brightwall Associated"]


URL = "http://joiners.test/strike"


@pytest.mark.parametrize(
    ("employer", "label"),
    [
        ("Associated Builders of Eastvale", "supported"),
        ("Eastvale Home Builders Association", "contradicted"),
    ],
)
def test_the_page_s_employers_body_decides(employer: str, label: str, ruleset: RuleSet) -> None:
    draft = (
        "# Joiners strike\n\nAbout 2,000 members of the Eastvale Regional Council of Joiners "
        f"walked out against the {employer} in 2024 ([report]({URL})).\n"
    )
    page = (
        "<h1>2024 Eastvale joiners strike</h1>\n<p>The 2024 Eastvale joiners' strike was a "
        "strike by about 2,000 members of the Eastvale Regional Council of Joiners against the "
        "Associated Builders of Eastvale, a multi-employer bargaining association of general "
        "contractors.</p>"
    )
    assert verdict(run(draft, {URL: page}, ruleset), "strike").verdict.label == label
