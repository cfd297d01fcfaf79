"""A person's title written around the name is a job_title claim, hyphenated titles
included ("secretary-treasurer", "co-president"); a page decides it where it names the
person with a title: before the name ("national president Odile Marchand"), in brackets
after it (an infobox's "Odile Marchand (national president)") or in an apposition. The
same role at another level, or another role, contradicts; words before the name that end
in no occupation say nothing. Sentences and pages written for these tests."""

from __future__ import annotations

import pytest
from judging import run

from factcheck.claims.extract import extract_claims
from factcheck.reading import parse_article
from factcheck.rulepacks.ruleset import RuleSet

URL = "http://127.0.0.1:9/federation/news"


@pytest.mark.parametrize(
    ("sentence", "title", "person"),
    [
        (
            "Mira Sandoval, the federation's national secretary-treasurer, said dues would rise.",
            "national secretary-treasurer",
            "Mira Sandoval",
        ),
        (
            "The local's co-president, Tobias Renn, said the vote was close.",
            "co-president",
            "Tobias Renn",
        ),
        (
            "Tobias Renn, vice-chair of the Renfrew Carters Union, said no.",
            "vice-chair",
            "Tobias Renn",
        ),
        # The name may end the sentence, after the quote it speaks.
        (
            '"Nobody here wants a strike," said the guild\'s chief negotiator, Tobias Renn.',
            "chief negotiator",
            "Tobias Renn",
        ),
    ],
)
def test_a_hyphenated_title_of_a_person(
    ruleset: RuleSet, sentence: str, title: str, person: str
) -> None:
    article = parse_article(f"# Union\n\n{sentence}\n", "d.md", "markdown")
    found = [
        (c.fields["title"], c.fields["person"])
        for c in extract_claims(article, ruleset)
        if c.type == "job_title"
    ]
    assert found == [(title, person)]


def _judged(sentence: str, body: str, ruleset: RuleSet) -> tuple[str, str]:
    page = f"<html><body><article><h1>Federation news</h1>{body}</article></body></html>"
    draft = f"# Federation\n\n{sentence} ([report]({URL}))\n"
    claims = [
        c for c in run(draft, {URL: page}, ruleset, wrap=False) if c.claim.type == "job_title"
    ]
    assert len(claims) == 1
    return claims[0].verdict.label, claims[0].verdict.rationale


CLAIM = "Odile Marchand, the Tarnside Bakers Federation's national president, opened the congress."
PROSE = (
    "<p>The congress opened on Monday. {title} Odile Marchand told delegates that the "
    "offer fell short.</p>"
)
INFOBOX = (
    "<table class='infobox'><tr><th>Founded</th><td>1931</td></tr><tr><th>Key people</th>"
    "<td>Odile Marchand ({title})<br>Pavel Gruber (general secretary)</td></tr></table>"
    "<p>The Tarnside Bakers Federation represents 12,000 bakers.</p>"
)


@pytest.mark.parametrize("body", [PROSE, INFOBOX])
def test_the_title_given_before_the_name_or_in_brackets(ruleset: RuleSet, body: str) -> None:
    label, rationale = _judged(CLAIM, body.format(title="National president"), ruleset)
    assert label == "supported"
    assert "National president" in rationale or "national president" in rationale
    for other in ("Vice president", "General secretary"):
        label, rationale = _judged(CLAIM, body.format(title=other), ruleset)
        assert label == "contradicted", other
        assert other.lower() in rationale.lower()


def test_words_before_the_name_that_name_no_title(ruleset: RuleSet) -> None:
    body = (
        "<p>The congress opened on Monday. Delegates backed Odile Marchand on the first ballot.</p>"
    )
    assert _judged(CLAIM, body, ruleset)[0] == "unverified"


CHAIRMAN = "Odile Marchand, the federation's national chairwoman, opened the congress."


@pytest.mark.parametrize(
    "body",
    [
        # A role no table lists, told by its form, with the body's short form before it.
        '<p>"We stay out," said Odile Marchand, TBF National Chairwoman (Ketua).</p>',
        "<p>Odile Marchand, national chairwoman of the TBF, spoke first on Monday.</p>",
        "<p>The TBF's national chairwoman, Odile Marchand, spoke first on Monday.</p>",
    ],
)
def test_a_role_told_by_its_form_agrees(ruleset: RuleSet, body: str) -> None:
    assert _judged(CHAIRMAN, body, ruleset)[0] == "supported"


@pytest.mark.parametrize(
    "body",
    [
        # Words of that form that need name no post never refute one.
        '<p>"We stay out," said Odile Marchand, a Tarnside commuter, on Monday.</p>',
        "<p>Odile Marchand, a keen birdwatcher, spoke first on Monday.</p>",
    ],
)
def test_a_word_of_a_roles_form_refutes_nothing(ruleset: RuleSet, body: str) -> None:
    assert _judged(CHAIRMAN, body, ruleset)[0] != "contradicted"
