"""Plain statements against source sentences: support needs the claim's words and
figures in the source; a different figure, month, exclusive word, one-sided negation
or antonym about the same matter contradicts; anything else is not evidence."""

from __future__ import annotations

import pytest
from judging import stance

from factcheck.check import check_against
from factcheck.evidence.readings import reader_for
from factcheck.reading import parse_article
from factcheck.rulepacks.ruleset import RuleSet
from factcheck.sources.gather import page_from_text


@pytest.mark.parametrize(
    ("claim", "source"),
    [
        # the same words, in another order
        (
            "The council cut the library budget in 2023.",
            "In 2023 the library budget was cut by the council.",
        ),
        # a person named by surname; "She" opening the source is the claim's subject
        (
            "Maria Alvarez signed the housing bill in June.",
            "Alvarez signed the housing bill on 12 June.",
        ),
        ("Maria Alvarez was born in 1966.", "She was born in Leeds in 1966."),
        # synonyms from the lexicon
        ("The film was released in 2019.", "The movie was released in 2019."),
        # figures: a source value inside the claim's bounds or rounding
        ("The union has more than 150,000 members.", "The union has 160,000 members."),
        ("About 13,000 workers walked out.", "Some 13,200 workers walked out."),
        ("13,000 workers walked out.", "12,800 workers walked out."),
        # dates are intervals, and "after" and "before" make them bounds
        ("Christian Benteke was born after 1990.", "Benteke was born in Kinshasa in 1991."),
        ("The song came out after September 2018.", "The song came out on 5 October 2018."),
        ("The plant opened in 2014.", "The plant opened on 5 May 2014."),
        # "since" a month or a year is a bound; "since" a day is the day a state began
        (
            "Porters have run an overtime ban at the Kessel depot since March.",
            "Porters have run an overtime ban at the Kessel depot since 21 March.",
        ),
        (
            "Porters have run an overtime ban at the Kessel depot since 14 March.",
            "Porters have run an overtime ban at the Kessel depot since Friday 14 March.",
        ),
        # a number glued to a name is not a figure
        (
            "The hospital treated 40 COVID-19 patients.",
            "The hospital treated 40 COVID-19 patients.",
        ),
        # a note marker's digits are no figure of the sentence (the
        # source's 300 is not against it)
        (
            "On 4 May 2029, guards at the Kessel depot walked out over unpaid wages.[3]",
            "On 4 May 2029, about 300 guards at the Kessel depot walked out over unpaid wages.",
        ),
        # the claim's figures carry it when most of its words are there
        (
            "Germany confirmed fewer than 825 deaths from the virus.",
            "Germany has reported 821 deaths from the virus.",
        ),
    ],
)
def test_supported(ruleset: RuleSet, claim: str, source: str) -> None:
    assert stance(ruleset, claim, source)[0] == "supports"


@pytest.mark.parametrize(
    ("claim", "source", "reason"),
    [
        (
            "The council cut the library budget by $2 million.",
            "The council cut the library budget by $3.5 million.",
            "$3.5 million where the claim has $2 million",
        ),
        # "fewer than 100" leaves out 100 itself
        (
            "Fewer than 100 nurses joined the strike.",
            "In all, 100 nurses joined the strike.",
            "100 where the claim has Fewer than 100",
        ),
        (
            "13,000 workers walked out.",
            "15,000 workers walked out.",
            "15,000 where the claim has 13,000",
        ),
        # a state begun on another day than the claim's
        (
            "Porters have run an overtime ban at the Kessel depot since 14 March.",
            "Porters have run an overtime ban at the Kessel depot since Friday 21 March.",
            "21 March where the claim has 14 March",
        ),
        (
            "The mayor signed the housing bill.",
            "The mayor did not sign the housing bill.",
            "a negation on one side only",
        ),
        (
            "Ticket sales rose in March.",
            "Ticket sales fell in March.",
            "“fell” where the claim has “rose”",
        ),
        (
            "Halden is a British retailer.",
            "Halden is a German retailer.",
            "“german” where the claim has “british”",
        ),
        (
            "The strike began in May 2023.",
            "The strike began in July 2023.",
            "July 2023 where the claim has May 2023",
        ),
        ("Talks broke down in May.", "Talks broke down in July, the union said.", "another month"),
        (
            "The bridge was built before 1990.",
            "The bridge was built in 1994.",
            "1994 where the claim has before 1990",
        ),
        (
            "The bridge opened in 1998.",
            "The bridge opened in 2001.",
            "2001 where the claim has 1998",
        ),
        # an ordinal ranking a thing, on both sides, is a word of a list
        (
            "Drivers in the Meridian guild held their first walkout at Halvorsen Freight.",
            "Drivers in the Meridian guild held their second walkout at Halvorsen Freight.",
            "“second” where the claim has “first”",
        ),
    ],
)
def test_contradicted(ruleset: RuleSet, claim: str, source: str, reason: str) -> None:
    assert stance(ruleset, claim, source) == ("contradicts", reason)


@pytest.mark.parametrize(
    ("claim", "source"),
    [
        # similar words, but the source does not say it
        ("The mayor signed the housing bill in June.", "The mayor spoke about housing in June."),
        ("Peking University is in China.", "Peking University is a research university."),
        # another matter: a different number is no contradiction
        (
            "The council cut the library budget by $2 million.",
            "The council spent $5 million on roads.",
        ),
        # the claim's figure is not in the source
        ("Germany reported 8 new cases.", "Germany reported new cases on Monday."),
        # a lower bound in the source does not bear out a higher one in the claim
        ("The album sold over 50 million copies.", "The album sold over 32 million copies."),
        # counts of other days: neither bears on the other
        (
            "The clinic had treated over 400 patients as of 9 May 2021.",
            "As of 2 May 2021, the clinic had treated 350 patients.",
        ),
        # an ordinal before a verb in the past is an adverb, which ranks nothing
        (
            "The Meridian guild first wrote to Halvorsen Freight about overtime in May 2030.",
            "Halvorsen Freight drivers in the Meridian guild held their second walkout of 2030.",
        ),
        (
            "The Vellmar index was first compiled in 2011 by the Meridian guild.",
            "The Meridian guild's third Vellmar index was compiled by its researchers.",
        ),
    ],
)
def test_not_evidence(ruleset: RuleSet, claim: str, source: str) -> None:
    assert stance(ruleset, claim, source)[0] == "neutral"


def test_may_is_a_month_only_as_a_name(ruleset: RuleSet) -> None:
    reader = reader_for(ruleset.macros)
    assert reader.read("Officials may close the bridge in June.").months == {6}
    assert reader.read("The bridge closed in May.").months == {5}


def test_the_page_title_names_the_subject(ruleset: RuleSet) -> None:
    claim = "Morocco had fewer than 130 confirmed cases."
    source = "Confirmed cases reached 122, most of them from abroad."
    assert stance(ruleset, claim, source)[0] == "neutral"
    assert stance(ruleset, claim, source, "Coronavirus pandemic in Morocco")[0] == "supports"


def test_a_statement_is_judged_end_to_end(ruleset: RuleSet) -> None:
    """Through the library: a statement claim, a page, a verdict with its reason."""
    article = parse_article(
        "Netflix moved its European headquarters to Amsterdam in 2015.\n", "draft.txt", "text"
    )
    page = page_from_text(
        "https://company.example/history",
        "Company history.\n\nNetflix moved its European headquarters to Amsterdam in 2014, "
        "a year earlier than planned.\n\nIt has 400 staff there.\n",
        content_type="text/plain",
    )
    result = check_against(article, [page], ruleset, min_checkworthiness=0.0)
    assert [c.claim.type for c in result.claims] == ["statement"]
    verdict = result.claims[0].verdict
    assert verdict.label == "contradicted"
    assert "(2014 where the claim has 2015)" in verdict.rationale
    assert verdict.evidence[0].stance == "contradicts"
    assert verdict.evidence[0].url == "https://company.example/history"


def test_quotations_and_who_said_them(ruleset: RuleSet) -> None:
    """A word changed in the copy is a misquote (mixed); words the page's attribution
    gives by name to someone else are misattributed (contradicted), even when the
    claimed speaker is named in the sentence before."""
    article = parse_article(
        '"We will not sign a deal that leaves nurses behind," said Maria Alvarez.\n\n'
        'John Kerr said: "The hospital has run out of money for pay rises."\n\n'
        'Linda Park said: "Nobody at this trust wants a strike this winter."\n\n'
        'Maria Alvarez said: "The talks will resume on Monday morning."\n',
        "draft.txt",
        "text",
    )
    page = page_from_text(
        "https://news.example/strike",
        "Strike news.\n\n"
        "The union president, Maria Alvarez, told reporters: "
        '"We will not sign any deal that leaves nurses behind."\n\n'
        '"The hospital has run out of money for pay rises," said Linda Park, '
        "the trust's chief executive.\n\n"
        'Linda Park attended the talks. "Nobody at this trust wants a strike this winter," '
        "said John Kerr, a union steward.\n",
        content_type="text/plain",
    )
    result = check_against(article, [page], ruleset, min_checkworthiness=0.0)
    quotes = [(c.claim.fields["speaker"], c.verdict) for c in result.claims]
    assert [(who, v.label) for who, v in quotes] == [
        ("Maria Alvarez", "mixed"),
        ("John Kerr", "contradicted"),
        ("Linda Park", "contradicted"),
        ("Maria Alvarez", "unverified"),
    ]
    assert "We will not sign any deal that leaves nurses behind" in quotes[0][1].rationale
    assert "gives these words to Linda Park, not John Kerr" in quotes[1][1].rationale
    assert "gives these words to John Kerr, not Linda Park" in quotes[2][1].rationale


@pytest.mark.parametrize(
    ("claim", "source", "expected"),
    [
        # the negation governs another clause's words: the claim stands word for word
        (
            "The ferry company carried 2 million passengers in 2022.",
            "The ferry company carried 2 million passengers in 2022, but it did not publish "
            "its freight figures.",
            "supports",
        ),
        # the negation governs the claim's own words
        (
            "The ferry company carried 2 million passengers in 2022.",
            "The ferry company never carried 2 million passengers in 2022.",
            "contradicts",
        ),
    ],
)
def test_a_negation_bears_on_the_words_it_governs(
    ruleset: RuleSet, claim: str, source: str, expected: str
) -> None:
    assert stance(ruleset, claim, source)[0] == expected


@pytest.mark.parametrize(
    ("sentence", "kept"),
    [
        # a body the tables do not know, named after the sentence's first word
        ("Officials said the Corran Valley Board refused to meet the ferry crews.", True),
        ("The regional prefect said no arrests were made during the march in Tarvel.", True),
        # a capital opening the sentence is no name
        ("Nobody said anything about the plans for the yard that week.", False),
    ],
)
def test_a_statement_may_rest_on_a_name_the_tables_do_not_know(
    ruleset: RuleSet, sentence: str, kept: bool
) -> None:
    article = parse_article(f"{sentence}\n", "d.md", "markdown")
    claims = check_against(article, [], ruleset).claims
    assert any(c.claim.type == "statement" for c in claims) is kept
