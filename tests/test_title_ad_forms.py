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


@pytest.mark.parametrize(
    ("text", "title"),
    [
        # The job "on offer", named after "is", in quotes or not.
        ('The job on offer is "Junior Track Inspector", the first step.', "Junior Track Inspector"),
        ('The top rung on offer is "Principal Harbour Pilot", at P4.', "Principal Harbour Pilot"),
        ("The post on offer is a Relief Harbour Pilot for the winter.", "Relief Harbour Pilot"),
        # A quoted title named as the ad's.
        ('A "Night Counter Crew" listing for its Umeda branch is live.', "Night Counter Crew"),
        # The employer lists the job as a title.
        ("Líneas del Plata now lists its opening as Capataz de Cocheras.", "Capataz de Cocheras"),
        # A word of another language in quotes, its English name in brackets.
        ('The second ad, for a "lagerchef" (warehouse manager), pays less.', "warehouse manager"),
        (
            'Kiito Air is recruiting for the "Matkustajapalvelija" (passenger agent) role.',
            "passenger agent",
        ),
        ('Coop Nord is recruiting a "kassachef" (head cashier) in Umeå.', "head cashier"),
    ],
)
def test_a_job_named_as_the_one_on_offer_or_the_ads(
    text: str, title: str, ruleset: RuleSet
) -> None:
    assert [t for t, _ in _titles(text, ruleset)] == [title]


@pytest.mark.parametrize(
    "text",
    [
        'The pay on offer is "better than before", the union says.',
        "The grade on offer is D4, above the old scale.",
        'The "Fair Fares" ad ran on every bus.',
        "The council lists the vacancy as urgent on its site.",
        'The union wants a "fairdeal" (pay rise) for its members.',
    ],
)
def test_no_title_where_nothing_on_offer_is_a_job(text: str, ruleset: RuleSet) -> None:
    assert _titles(text, ruleset) == []
