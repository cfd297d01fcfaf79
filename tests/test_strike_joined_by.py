"""Strikers "joined on the picket lines by" another group: the group after "by" struck
too, and an aside after it says whose members they are ("..., who are members of the
Quay Guild"), as an aside before the verb does ("some of whom belong to the guild").
Drafts and pages written for these tests."""

from __future__ import annotations

import pytest
from judging import run, verdict

from factcheck.claims.extract import extract_claims
from factcheck.reading import parse_article
from factcheck.rulepacks.ruleset import RuleSet

URL = "http://labour.test/pickets"


def _strikes(text: str, ruleset: RuleSet) -> list[dict[str, object]]:
    article = parse_article(f"# Labour\n\n{text}\n", "d.md", "markdown")
    return [dict(c.fields) for c in extract_claims(article, ruleset) if c.type == "strike"]


@pytest.mark.parametrize(
    ("text", "strikers", "against"),
    [
        (
            "On Tuesday the bakers were joined on the picket lines by porters from the east "
            "wing, who are members of the Kessel Health Guild.",
            ["Kessel Health Guild"],
            [],
        ),
        (
            "The signallers had been joined in the walkout by fitters at Orne Rail.",
            ["fitters"],
            ["Orne Rail"],
        ),
        (
            "They were briefly joined outside the gates by cleaners, who belong to the "
            "Tarn Cleaning Union.",
            ["Tarn Cleaning Union"],
            [],
        ),
    ],
)
def test_the_group_that_joins_the_strikers(
    text: str, strikers: list[str], against: list[str], ruleset: RuleSet
) -> None:
    (found,) = _strikes(text, ruleset)
    assert found["strikers"] == strikers
    assert found["against"] == against


@pytest.mark.parametrize(
    "text",
    [
        "The porters were joined by their families at the rally.",
        "The mayor was joined on the platform by two councillors.",
    ],
)
def test_company_kept_elsewhere_is_no_strike(text: str, ruleset: RuleSet) -> None:
    assert _strikes(text, ruleset) == []


def test_some_of_whom_belong_to_a_union_names_it(ruleset: RuleSet) -> None:
    text = (
        "Drivers at the Orla depot, some of whom belong to the Road Haulage Guild, are not "
        "taking part in the pay strike."
    )
    (found,) = _strikes(text, ruleset)
    assert found["strikers"] == ["Road Haulage Guild"]
    assert found["denied"] is True


def test_a_group_said_to_join_the_pickets_but_denied_on_the_page(ruleset: RuleSet) -> None:
    draft = (
        "# Dispute\n\nBakers at Orla Foods walked out on Monday. Soon they were joined at the "
        "pickets by drivers from its depot, who are members of the Road Haulage Guild "
        f"([report]({URL})).\n"
    )
    page = (
        "<html><head><title>Bakery strike</title></head><body><h1>Bakery strike</h1>"
        "<p>Bakers at Orla Foods, members of the Kiln Bakers Union, walked out on Monday.</p>"
        "<p>Drivers at the Orla depot, some of whom belong to the Road Haulage Guild, are not "
        "taking part in the pay strike.</p></body></html>"
    )
    found = verdict(run(draft, {URL: page}, ruleset, wrap=False), "strike", "pickets")
    assert found.verdict.label == "contradicted"
