"""Title claims told through the ad that carries them: the ad's noun in full ("a fresh
advertisement for a ..."), a title with a bracketed entry route or shift before the ad's
noun ("posted a Second Officer – Airbus A220 (Cadet Entry) vacancy"), one ad of several
with where it is between it and the job ("One open listing at its Kelso depot is for a
..."). A name after a possessive ("at its Kelso depot") is no employer. The sentences are
written for these tests."""

from __future__ import annotations

import pytest

from factcheck.claims.extract import extract_claims
from factcheck.reading import parse_article
from factcheck.rulepacks.ruleset import RuleSet


def _titles(text: str, ruleset: RuleSet) -> list[tuple[str, str | None]]:
    article = parse_article(f"# Jobs\n\n{text}\n", "d.md", "markdown")
    return [
        (str(c.fields["title"]), c.fields.get("employer"))
        for c in extract_claims(article, ruleset)
        if c.type == "job_title"
    ]


@pytest.mark.parametrize(
    ("text", "title"),
    [
        (
            "Corran Port is running a fresh advertisement for a Senior Straddle-Carrier Driver.",
            "Senior Straddle-Carrier Driver",
        ),
        (
            "Its latest advertisement for a Ship-to-Shore Crane Operator closes on Friday.",
            "Ship-to-Shore Crane Operator",
        ),
        (
            "Tolland Rail placed an advertisement for a Track-Side Signal Fitter last week.",
            "Track-Side Signal Fitter",
        ),
    ],
)
def test_an_advertisement_for_a_title(text: str, title: str, ruleset: RuleSet) -> None:
    assert [t for t, _ in _titles(text, ruleset)] == [title]


@pytest.mark.parametrize(
    ("text", "title"),
    [
        (
            "Orrin Air posted a Second Officer – Airbus A220 (Cadet Entry) vacancy in May.",
            "Second Officer – Airbus A220",
        ),
        ("Harlan Water has listed a Pipe Fitter (Nights) role for its depot.", "Pipe Fitter"),
        (
            "The college advertised a Lecturer – Marine Engineering (Fixed Term) post in June.",
            "Lecturer – Marine Engineering",
        ),
    ],
)
def test_a_bracketed_kind_before_the_ads_noun(text: str, title: str, ruleset: RuleSet) -> None:
    assert [t for t, _ in _titles(text, ruleset)] == [title]


@pytest.mark.parametrize(
    ("text", "title"),
    [
        (
            "Brenna Care runs four homes. One current listing at its Kelso home is for a "
            "Care Assistant (Level 2) in the memory unit.",
            "Care Assistant (Level 2)",
        ),
        (
            "Tarn Mills is growing. Another vacancy on its careers portal is for a Loom Tuner.",
            "Loom Tuner",
        ),
        ("Dunmore Council has two posts open. One advert is for a Parks Ranger.", "Parks Ranger"),
    ],
)
def test_one_ad_of_several_is_for_a_title(text: str, title: str, ruleset: RuleSet) -> None:
    found = _titles(text, ruleset)
    assert [t for t, _ in found] == [title]
    # "its Kelso home" names a home of the employer's, not who hires.
    assert found[0][1] != "Kelso"


@pytest.mark.parametrize(
    ("text", "title"),
    [
        ("Harlan Water has a Pipe Fitter (Nights) opening at its depot.", "Pipe Fitter"),
        (
            "Kestrel Freight has a Class 1 Driver – Trunking (Nights) vacancy in Leeds.",
            "Class 1 Driver – Trunking",
        ),
        (
            "Tarn Media's Junior Copywriter – Retail (Fixed Term) role closes on Friday.",
            "Junior Copywriter – Retail",
        ),
    ],
)
def test_a_bracketed_kind_before_the_word_for_the_job(
    text: str, title: str, ruleset: RuleSet
) -> None:
    assert [t for t, _ in _titles(text, ruleset)] == [title]
