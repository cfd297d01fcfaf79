"""A figure said of one country's market, workforce or network is not refuted by a figure
of another country's: a people's adjective ("the Swedish courier market") names its
country as the country's name does. The pages are written for these tests."""

from __future__ import annotations

from judging import run

from factcheck.rulepacks.ruleset import RuleSet

URL = "http://birchwick.test/market/couriers-2024"


def _label(draft: str, page: str, ruleset: RuleSet, text: str) -> str:
    claims = run(draft, {URL: page}, ruleset)
    return next(c.verdict.label for c in claims if c.claim.text == text)


DRAFT = (
    "# Couriers\n\nNordpak's share of the Danish courier market slipped to about 31% in 2024 "
    f"([report]({URL})).\n"
)


def test_a_figure_of_another_peoples_market_does_not_refute(ruleset: RuleSet) -> None:
    page = (
        "<h1>Courier markets 2024</h1><p>The Swedish courier market grew by 6.5% in 2024. "
        "Nordpak is still the biggest carrier there, though parcel lockers keep eating "
        "into its lead.</p>"
    )
    assert _label(DRAFT, page, ruleset, "about 31%") != "contradicted"


def test_a_figure_of_the_same_peoples_market_still_refutes(ruleset: RuleSet) -> None:
    page = (
        "<h1>Courier markets 2024</h1><p>Nordpak's share of the Danish courier market fell "
        "to 18% in 2024, as lockers spread.</p>"
    )
    assert _label(DRAFT, page, ruleset, "about 31%") == "contradicted"


def test_an_adjective_in_a_proper_name_names_no_country(ruleset: RuleSet) -> None:
    draft = (
        "# Ports\n\nKenya's Porto Lindo handled about 40% of the region's transshipment "
        f"boxes in 2024 ([report]({URL})).\n"
    )
    page = (
        "<h1>Ports 2024</h1><p>Porto Lindo handled 22% of the region's transshipment "
        "boxes in 2024, the busiest share on the Indian Ocean coast.</p>"
    )
    label = _label(draft, page, ruleset, "about 40% of the region's transshipment boxes")
    assert label == "contradicted"
