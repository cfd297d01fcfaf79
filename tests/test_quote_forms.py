"""Quote claims in the ordinary forms news copy uses: the quote before or after its
attribution, double or single marks, straight or curly, one sentence or several, a
title or an apposition around the speaker, a speaker named by surname after the full
name was given. The fields hold the speaker and the quoted words."""

from __future__ import annotations

import pytest

from factcheck.claims.extract import extract_claims
from factcheck.claims.quotespans import quote_runs
from factcheck.reading import parse_article
from factcheck.rulepacks.ruleset import RuleSet


def quotes(text: str, ruleset: RuleSet) -> list[tuple[str | None, str]]:
    article = parse_article(text, "draft", "text")
    return [
        (c.fields["speaker"], c.fields["quote"])
        for c in extract_claims(article, ruleset)
        if c.type == "quote"
    ]


@pytest.mark.parametrize(
    ("text", "speaker", "words"),
    [
        # the quote first, then the verb and the speaker, or the speaker and the verb
        (
            '"The gritters have not left the depot all week," said Nuala Brennock.',
            "Nuala Brennock",
            "The gritters have not left the depot all week",
        ),
        (
            '"The gritters have not left the depot all week," Nuala Brennock said.',
            "Nuala Brennock",
            "The gritters have not left the depot all week",
        ),
        (
            "“We will keep the bins at the kerb until Friday,” Nuala Brennock told reporters.",
            "Nuala Brennock",
            "We will keep the bins at the kerb until Friday",
        ),
        # an apposition after the speaker, a title before
        (
            '"We have costed every shift twice," Nuala Brennock, the council\'s treasurer, said.',
            "Nuala Brennock",
            "We have costed every shift twice",
        ),
        (
            '"We have costed every shift twice," the treasurer, Nuala Brennock, said on Tuesday.',
            "Nuala Brennock",
            "We have costed every shift twice",
        ),
        (
            '"We have costed every shift twice," the council treasurer Nuala Brennock said.',
            "Nuala Brennock",
            "We have costed every shift twice",
        ),
        (
            '"We have costed every shift twice," said the council\'s treasurer, Nuala Brennock.',
            "Nuala Brennock",
            "We have costed every shift twice",
        ),
        (
            '"We have costed every shift twice," Finance Director Nuala Brennock said.',
            "Nuala Brennock",
            "We have costed every shift twice",
        ),
        # the speaker first, a colon, the quote in double or single marks
        (
            'Nuala Brennock said: "We have costed every shift twice."',
            "Nuala Brennock",
            "We have costed every shift twice",
        ),
        (
            "Nuala Brennock said: 'The drivers' rota was never agreed with us.'",
            "Nuala Brennock",
            "The drivers' rota was never agreed with us",
        ),
        (
            "'The depot's heating has been broken since October,' said Nuala Brennock.",
            "Nuala Brennock",
            "The depot's heating has been broken since October",
        ),
        # "according to"
        (
            '"Every route will run on Saturday," according to Nuala Brennock.',
            "Nuala Brennock",
            "Every route will run on Saturday",
        ),
    ],
)
def test_one_sentence_forms(ruleset: RuleSet, text: str, speaker: str, words: str) -> None:
    assert quotes(text, ruleset) == [(speaker, words)]


@pytest.mark.parametrize(
    ("text", "speaker", "words"),
    [
        (
            "“The ploughs are ready. The drivers are not,” said Ivo Stastny, the depot manager.",
            "Ivo Stastny",
            "The ploughs are ready. The drivers are not",
        ),
        (
            'Ivo Stastny said: "We asked for two more crews. We were given none."',
            "Ivo Stastny",
            "We asked for two more crews. We were given none",
        ),
        (
            '"We asked for two more crews. Then we asked again. Nobody came back to us," '
            "Ivo Stastny said.",
            "Ivo Stastny",
            "We asked for two more crews. Then we asked again. Nobody came back to us",
        ),
    ],
)
def test_a_quote_of_several_sentences(
    ruleset: RuleSet, text: str, speaker: str, words: str
) -> None:
    """The segmenter cuts the quotation at its full stops; the quote is read across."""
    article = parse_article(text, "draft", "text")
    assert len(article.sentences) > 1
    assert quotes(text, ruleset) == [(speaker, words)]


def test_a_surname_is_the_full_name_given_before(ruleset: RuleSet) -> None:
    text = (
        "Ivo Stastny runs the gritting depot at Harlow Cross.\n\n"
        '"We asked for two more crews in November," Stastny said.\n'
    )
    assert quotes(text, ruleset) == [("Ivo Stastny", "We asked for two more crews in November")]


@pytest.mark.parametrize(
    "text",
    [
        # a pronoun is no speaker; a place after "in" is no speaker
        '"We asked for two more crews in November," she said.',
        '"The night rota is the hardest part," one driver in Harlow told us.',
        '"The night rota is the hardest part," one driver in East Harlow told us.',
        '"The night rota is the hardest part," said a driver at Harlow Cross depot.',
        '"The night rota is the hardest part," according to a driver in East Harlow.',
        # no quotation marks
        "The depot's heating has been broken since October, said Ivo Stastny.",
    ],
)
def test_no_quote(ruleset: RuleSet, text: str) -> None:
    assert quotes(text, ruleset) == []


def test_quote_runs_stay_in_their_block(ruleset: RuleSet) -> None:
    """A mark left open does not pair with one in a later paragraph."""
    text = 'He wrote "the first. Part of it.\n\nLater, "another. Text" came.\n'
    article = parse_article(text, "draft", "text")
    runs = quote_runs(article.text, article.sentences)
    for first, last in runs.items():
        assert article.sentences[first].block == article.sentences[last].block
    assert quotes(text, ruleset) == []


def test_a_quotation_that_names_nobody_takes_the_speaker_before(ruleset: RuleSet) -> None:
    """A sentence that is a quotation alone, or one a pronoun attributes, is the speaker's
    named just before (in the paragraph, or ending the paragraph before); a sentence
    naming someone else between leaves it to nobody, and then it is no claim."""
    text = (
        "Ivo Stastny, who runs the depot, said the ploughs were ready. "
        '"We asked for two more crews in November."\n\n'
        '"The salt barn has been half empty since Christmas," he said.\n\n'
        "The county council disagreed. Agnes Pryor runs its highways team. "
        '"The salt barn is full to the roof."\n'
    )
    assert quotes(text, ruleset) == [
        ("Ivo Stastny", "We asked for two more crews in November"),
        ("Ivo Stastny", "The salt barn has been half empty since Christmas"),
    ]


def test_a_pronoun_with_nobody_named_before_is_no_claim(ruleset: RuleSet) -> None:
    text = 'The depot opened in 1998.\n\n"We asked for two more crews in November," she said.\n'
    assert quotes(text, ruleset) == []


@pytest.mark.parametrize(
    "before",
    [
        "Tereza Holub, who chairs the allotment society, addressed the council on Monday.",
        "The allotment society's chair, Tereza Holub, led the tenants into the chamber.",
        "Tereza Holub spoke for twenty minutes.",
    ],
)
def test_a_pronoun_after_the_sentence_about_the_speaker(ruleset: RuleSet, before: str) -> None:
    """The person the sentence before opens with, its subject, is whom "she" means."""
    text = f'{before}\n\n"Forty plots have stood empty since the rent went up," she said.\n'
    assert quotes(text, ruleset) == [
        ("Tereza Holub", "Forty plots have stood empty since the rent went up")
    ]


@pytest.mark.parametrize(
    "before",
    [
        # a place before a noun, not a person before a verb
        "Kell Bridge tenants voted on Monday.",
        # a sentence opening with a place where the person stands later
        "In Kell Bridge the rent went up twice.",
    ],
)
def test_a_place_opening_the_sentence_before_is_no_speaker(ruleset: RuleSet, before: str) -> None:
    text = f'{before}\n\n"Forty plots have stood empty since the rent went up," she said.\n'
    assert quotes(text, ruleset) == []


@pytest.mark.parametrize(
    ("text", "speaker"),
    [
        ('"Forty plots have stood empty since March," said Lúcia dos Reis.', "Lúcia dos Reis"),
        (
            '"Forty plots have stood empty since March," Pieter van der Berg said.',
            "Pieter van der Berg",
        ),
        (
            '"Forty plots have stood empty since March," said Omar bin Said, the chair.',
            "Omar bin Said",
        ),
    ],
)
def test_a_surname_with_its_small_words(ruleset: RuleSet, text: str, speaker: str) -> None:
    assert quotes(text, ruleset) == [(speaker, "Forty plots have stood empty since March")]


@pytest.mark.parametrize(
    "text",
    [
        # a name in the title before the speaker's: possessive, or before another name
        '"Forty plots have stood empty since March," said the Kell Bridge Allotment '
        "Society's honorary secretary, Tereza Holub.",
        # the speaker in apposition to a title before her
        "The allotment society's honorary secretary, Tereza Holub, told the council: "
        '"Forty plots have stood empty since March."',
    ],
)
def test_a_name_inside_the_title_is_not_the_speaker(ruleset: RuleSet, text: str) -> None:
    assert quotes(text, ruleset) == [("Tereza Holub", "Forty plots have stood empty since March")]


def test_a_bodys_name_before_a_title_is_no_speaker(ruleset: RuleSet) -> None:
    text = (
        '"Forty plots have stood empty since March," said Kell Bridge Allotment Society '
        "secretary Tereza Holub.\n"
    )
    assert [who for who, _ in quotes(text, ruleset)] in ([], ["Tereza Holub"])
