"""A person's title in more forms: the organisation before a title in small letters
with no possessive ("GMB regional organiser Dara Quinlan said"); names with initials
("K. P. Sheeba") or a given name of two syllables ("Rhee Min-jung"); what a person
chairs, manages or heads (a board, a plant, operations in a place); and an apposition
whose employer is a word for the union named before, a place after the employer, or a
clause of "who" after it. Sentences and pages written for these tests."""

from __future__ import annotations

import pytest
from judging import run

from factcheck.claims.extract import extract_claims
from factcheck.reading import parse_article
from factcheck.rulepacks.ruleset import RuleSet

URL = "http://127.0.0.1:9/union/news"


def _titles(sentence: str, ruleset: RuleSet) -> list[tuple[str, str | None, str | None]]:
    article = parse_article(f"# Talks\n\n{sentence}\n", "d.md", "markdown")
    return [
        (c.fields["title"], c.fields.get("person"), c.fields.get("employer"))
        for c in extract_claims(article, ruleset)
        if c.type == "job_title"
    ]


@pytest.mark.parametrize(
    ("sentence", "title", "person", "employer"),
    [
        (
            '"We will hold the line," GMB regional organiser Dara Quinlan told the rally.',
            "regional organiser",
            "Dara Quinlan",
            "GMB",
        ),
        (
            "On Monday, Sindikat Metal shop steward Ivo Horvat called the offer an insult.",
            "shop steward",
            "Ivo Horvat",
            "Sindikat Metal",
        ),
        (
            "KTU vice-president Aigerim Sadykova told reporters the buses would stay put.",
            "vice-president",
            "Aigerim Sadykova",
            "KTU",
        ),
        (
            "Teamsters Local 727 business agent Rosa Delgado said the vote was close.",
            "business agent",
            "Rosa Delgado",
            None,
        ),
    ],
)
def test_the_organisation_before_a_title_in_small_letters(
    ruleset: RuleSet, sentence: str, title: str, person: str, employer: str | None
) -> None:
    found = _titles(sentence, ruleset)
    assert [(t, p) for t, p, _ in found] == [(title, person)]
    if employer is not None:
        assert found[0][2] == employer


@pytest.mark.parametrize(
    "sentence",
    [
        "Yesterday union president Ama Owusu said talks had failed.",
        "Former union president Ama Owusu said talks had failed.",
        "GMB members told Dara Quinlan the vote was close.",
    ],
)
def test_no_organisation_in_a_word_that_opens_a_sentence(ruleset: RuleSet, sentence: str) -> None:
    assert [t for t in _titles(sentence, ruleset) if t[1] == "Ama Owusu" and t[2]] == []
    assert all(t[2] not in ("Yesterday", "Former") for t in _titles(sentence, ruleset))


@pytest.mark.parametrize(
    ("sentence", "title", "person"),
    [
        (
            '"It is a start," K. P. Sheeba, the union\'s treasurer, said on Monday.',
            "treasurer",
            "K. P. Sheeba",
        ),
        (
            "Rhee Min-jung, Daesan's chief executive, told reporters the plant would reopen.",
            "chief executive",
            "Rhee Min-jung",
        ),
        (
            "R. K. Menon, who manages the firm's Kochi plant, said shifts were cut.",
            "manager of Kochi plant",
            "R. K. Menon",
        ),
        (
            "Ikaika Kahale, who chairs the harbour board, said the berths would reopen.",
            "chair of harbour board",
            "Ikaika Kahale",
        ),
        (
            "Lucía Ferreyra, who heads Vialto's operations in Córdoba, told reporters so.",
            "head of operations",
            "Lucía Ferreyra",
        ),
        (
            "Ama Boateng, branch secretary of the union in Kumasi, said the talks had stalled.",
            "branch secretary",
            "Ama Boateng",
        ),
        (
            "Pedro Alves, the agency's director general for the water service, left in May.",
            "director general",
            "Pedro Alves",
        ),
        (
            "Mei Tanaka, a labour economist at Hokuriku University who studies it, said so.",
            "labour economist",
            "Mei Tanaka",
        ),
    ],
)
def test_names_with_initials_and_more_ways_to_hold_a_post(
    ruleset: RuleSet, sentence: str, title: str, person: str
) -> None:
    assert (title, person) in [(t, p) for t, p, _ in _titles(sentence, ruleset)]


def test_a_word_after_a_hyphen_that_says_how_is_no_name(ruleset: RuleSet) -> None:
    # "Vance-led" says who leads; the name is "Ilse Vance".
    found = _titles(
        "Ilse Vance-led talks stalled, said Tomas Brandt, the guild's treasurer.", ruleset
    )
    assert ("treasurer", "Tomas Brandt") in [(t, p) for t, p, _ in found]


def _judged(sentence: str, body: str, ruleset: RuleSet) -> str:
    page = f"<html><body><article><h1>Union news</h1>{body}</article></body></html>"
    draft = f"# Union\n\nThe dockers voted to strike.\n\n{sentence} ([report]({URL}))\n"
    claims = [
        c for c in run(draft, {URL: page}, ruleset, wrap=False) if c.claim.type == "job_title"
    ]
    assert len(claims) == 1
    return claims[0].verdict.label


@pytest.mark.parametrize(
    ("said", "label"),
    [
        ("<p>KTU president Aigerim Sadykova told delegates the offer fell short.</p>", "supported"),
        ("<p>Issued by Aigerim Sadykova, General Secretary: KTU.</p>", "contradicted"),
    ],
)
def test_the_organisation_before_the_title_on_a_page(
    ruleset: RuleSet, said: str, label: str
) -> None:
    claim = "KTU president Aigerim Sadykova said the buses would stay put."
    assert _judged(claim, said, ruleset) == label
