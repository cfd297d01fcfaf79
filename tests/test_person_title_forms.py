"""A person's title in forms the person rules read: a rank written after the role
("secretary-general", "Director General", "attorney general"), a director's or
manager's field in small letters ("director of procurement"), an apposition closed by a
dash or a citation mark; and on a page, two posts held at once ("chairman and managing
director Jo Park"), "chair" for "chairman", a spokesman's post against another, and the
person's own name where the employer is the reading's guess. Sentences and pages written
for these tests."""

from __future__ import annotations

import pytest
from judging import run

from factcheck.claims.extract import extract_claims
from factcheck.reading import parse_article
from factcheck.rulepacks.ruleset import RuleSet

URL = "http://127.0.0.1:9/association/news"


def _titles(sentence: str, ruleset: RuleSet) -> list[tuple[str, str | None]]:
    article = parse_article(f"# Congress\n\n{sentence}\n", "d.md", "markdown")
    return [
        (c.fields["title"], c.fields.get("person"))
        for c in extract_claims(article, ruleset)
        if c.type == "job_title"
    ]


@pytest.mark.parametrize(
    ("sentence", "title", "person"),
    [
        (
            "Oskar Velling, the federation's secretary-general, wrote to members on Friday.",
            "secretary-general",
            "Oskar Velling",
        ),
        (
            "The agency's director general, Teodora Ilic Marsh, defended the budget.",
            "director general",
            "Teodora Ilic Marsh",
        ),
        (
            "Keanu Pahia, the state's attorney general, said the case was closed.",
            "attorney general",
            "Keanu Pahia",
        ),
        # A name of three words after the comma is the name, never the title's team.
        (
            "The guild's president, Marisa Anya Lorne, told the meeting it was over.",
            "president",
            "Marisa Anya Lorne",
        ),
    ],
)
def test_a_rank_after_the_role_and_the_name_after_the_comma(
    ruleset: RuleSet, sentence: str, title: str, person: str
) -> None:
    assert _titles(sentence, ruleset) == [(title, person)]


@pytest.mark.parametrize(
    ("sentence", "title", "person"),
    [
        (
            "Calls go to Nadia Ferrante, the county's director of procurement [4].",
            "director of procurement",
            "Nadia Ferrante",
        ),
        (
            "Ruth Okafor, the port's manager of finance and administration, said so.",
            "manager of finance and administration",
            "Ruth Okafor",
        ),
        (
            "Emeka Dare, the council's secretary general — a lawyer by training — spoke.",
            "secretary general",
            "Emeka Dare",
        ),
    ],
)
def test_a_small_field_and_an_apposition_closed_otherwise(
    ruleset: RuleSet, sentence: str, title: str, person: str
) -> None:
    assert _titles(sentence, ruleset) == [(title, person)]


def test_general_opens_no_rank(ruleset: RuleSet) -> None:
    found = _titles("The mill is hiring a general manager for its night crew.", ruleset)
    assert [t for t, _ in found] == ["general manager"]
    assert _titles("The director of the company said so.", ruleset) == []


def _judged(sentence: str, body: str, ruleset: RuleSet) -> tuple[str, str]:
    page = f"<html><body><article><h1>Association news</h1>{body}</article></body></html>"
    draft = (
        f"# Association\n\nThe Harrow Weavers Association met.\n\n{sentence} ([report]({URL}))\n"
    )
    claims = [
        c for c in run(draft, {URL: page}, ruleset, wrap=False) if c.claim.type == "job_title"
    ]
    assert len(claims) == 1
    return claims[0].verdict.label, claims[0].verdict.rationale


SECRETARY = "Liesl Brandt, the association's secretary-general, opened the congress."


@pytest.mark.parametrize(
    ("said", "label"),
    [
        ("<p>General secretary Liesl Brandt told delegates the offer fell short.</p>", "supported"),
        ("<p>Liesl Brandt, secretary general of the HWA, spoke first.</p>", "supported"),
        (
            "<p>Liesl Brandt, the association's director-general for members, spoke first.</p>",
            "contradicted",
        ),
        ("<p>Association chairwoman Liesl Brandt told delegates to hold firm.</p>", "contradicted"),
    ],
)
def test_a_rank_after_the_role_on_a_page(ruleset: RuleSet, said: str, label: str) -> None:
    assert _judged(SECRETARY, said, ruleset)[0] == label


@pytest.mark.parametrize(
    ("claim", "said", "label"),
    [
        # Two posts held at once: either is the person's.
        (
            "Darius Mehta, the company's chairman, met the strikers.",
            "<p>Chairman and managing director Darius Mehta met the strikers.</p>",
            "supported",
        ),
        (
            "Darius Mehta, the company's managing director, met the strikers.",
            "<p>On Monday, chairman and chief executive Darius Mehta met them.</p>",
            "contradicted",
        ),
        # "Chair" and "chairman" are one post.
        (
            "Darius Mehta, the union's chairman, met the strikers.",
            "<p>Union chair Darius Mehta told them to go home.</p>",
            "supported",
        ),
        # A spokesman is no head of human resources.
        (
            "Darius Mehta, who heads human resources at the firm, met them.",
            "<p>Company spokesman Darius Mehta said no one had been hurt.</p>",
            "contradicted",
        ),
    ],
)
def test_posts_held_together_and_one_post_by_two_words(
    ruleset: RuleSet, claim: str, said: str, label: str
) -> None:
    assert _judged(claim, said, ruleset)[0] == label
