"""A claim's figure is compared with the source figure that counts the same thing (the
words of its own clause), and a date with the date of the same event: another figure
in the same sentence, or the date of something else, is no contradiction."""

from __future__ import annotations

import pytest
from judging import stance

from factcheck.check import check_against
from factcheck.evidence.common import Assessment, agreeing_value_first
from factcheck.evidence.readings import reader_for
from factcheck.reading import parse_article
from factcheck.rulepacks.ruleset import RuleSet
from factcheck.sources.gather import page_from_text


def _units(ruleset: RuleSet, text: str) -> list[set[str]]:
    return [set(f.unit) for f in reader_for(ruleset.macros).read(text).figures]


def test_a_figure_counts_the_words_of_its_own_clause(ruleset: RuleSet) -> None:
    text = "The clinic saw 420 patients, and the tally of referrals came to 35."
    patients, referrals = _units(ruleset, text)
    assert "patient" in patients and "referr" not in " ".join(patients)
    assert any(w.startswith("referr") for w in referrals)


def test_words_after_a_figure_are_not_the_next_ones(ruleset: RuleSet) -> None:
    # "patients" is what the 420 counts, not what the 12 counts.
    patients, nurses = _units(ruleset, "The ward has 420 registered patients and 12 nurses.")
    assert "patient" in patients
    assert "patient" not in nurses


@pytest.mark.parametrize(
    ("claim", "source"),
    [
        # each figure of the claim against the source's figure for the same thing
        (
            "The shelter housed fewer than 95 dogs with 31 cats.",
            "The dogs housed at the shelter numbered 88, and the tally of cats came to 31.",
        ),
        # a total told after the parts it sums
        (
            "The festival sold more than $ 4 million in tickets overall.",
            "The festival sold $ 2.6 million in tickets in Spain and $ 1.7 million abroad, "
            "for an overall total of $ 4.3 million.",
        ),
        # a qualifier before a currency symbol bounds the sum
        ("The appeal raised more than $ 2 million.", "The appeal raised $ 2.35 million."),
        # the same bound on both sides is the same figure
        (
            "The clip has more than 30 million views.",
            "The clip has drawn over 30 million views.",
        ),
    ],
)
def test_figures_paired_by_what_they_count(ruleset: RuleSet, claim: str, source: str) -> None:
    assert stance(ruleset, claim, source)[0] == "supports"


@pytest.mark.parametrize(
    ("claim", "source"),
    [
        # the date of another event of the same person and place
        (
            "Lena Marsh left the Harbour Theatre in 2019.",
            "On 4 March 2015, Marsh was hired as director of the Harbour Theatre.",
        ),
        (
            "Piet Vos coached the Delft Rowers in 2008.",
            "A student rower for the Delft Rowers, Vos was signed by the national squad in 2009.",
        ),
    ],
)
def test_a_date_of_another_event_is_no_conflict(ruleset: RuleSet, claim: str, source: str) -> None:
    assert stance(ruleset, claim, source)[0] != "contradicts"


@pytest.mark.parametrize(
    ("claim", "source"),
    [
        # the same event at another date
        (
            "Lena Marsh was hired by the Harbour Theatre in 2017.",
            "On 4 March 2015, Marsh was hired as director of the Harbour Theatre.",
        ),
        # a lifespan in brackets gives the birth and the death
        (
            "Oskar Lindqvist died in 1971.",
            "Oskar Lindqvist (2 May 1898 – 14 June 1969) was a Swedish engraver.",
        ),
        (
            "Oskar Lindqvist was born in 1901.",
            "Oskar Lindqvist (2 May 1898 – 14 June 1969) was a Swedish engraver.",
        ),
        # a date alone in its clause is the date of the clause before it
        (
            "Filming of the series began in May 2011.",
            "The series was filmed in Porto, Braga and Faro, from July 2010 to March 2011.",
        ),
    ],
)
def test_the_same_event_at_another_date_contradicts(
    ruleset: RuleSet, claim: str, source: str
) -> None:
    assert stance(ruleset, claim, source)[0] == "contradicts"


def test_a_lifespan_death_date_supports(ruleset: RuleSet) -> None:
    source = "Oskar Lindqvist (2 May 1898 – 14 June 1969) was a Swedish engraver."
    assert stance(ruleset, "Oskar Lindqvist died in 1969.", source)[0] == "supports"


def _verdicts(ruleset: RuleSet, claim: str, source: str) -> dict[str, str]:
    article = parse_article(claim + "\n", "draft.txt", "text")
    page = page_from_text(
        "https://registry.example/update", f"Update.\n\n{source}\n", content_type="text/plain"
    )
    result = check_against(article, [page], ruleset, min_checkworthiness=0.0)
    return {c.claim.type: c.verdict.label for c in result.claims}


@pytest.mark.parametrize(
    ("claim", "source"),
    [
        (
            "The county had registered over 2,400 voters by 9 May 2022.",
            "As of 6 May 2022, the county had registered 2,180 voters.",
        ),
        (
            "On 3 June, the shelter took in more than 60 stray dogs.",
            "On 1 June 2021, the shelter took in 41 stray dogs.",
        ),
    ],
)
def test_a_count_of_another_day_is_no_conflict(ruleset: RuleSet, claim: str, source: str) -> None:
    verdicts = _verdicts(ruleset, claim, source)
    assert verdicts and "contradicted" not in verdicts.values()


def test_a_count_of_the_same_day_still_conflicts(ruleset: RuleSet) -> None:
    verdicts = _verdicts(
        ruleset,
        "The county had registered over 2,400 voters by 9 May 2022.",
        "As of 9 May 2022, the county had registered 2,180 voters.",
    )
    assert "contradicted" in verdicts.values()


def test_a_listed_value_that_agrees_is_the_claims() -> None:
    """A sentence giving the claim's value among others (one depot's 140 drivers, the
    other's 95) speaks for the claim by that value; its other values contradict
    nothing. Another sentence's different value still does."""
    listed = [
        Assessment(3, "contradicts", 0.9, 80.0, "95 drivers"),
        Assessment(3, "supports", 0.9, 80.0, "140 drivers"),
        Assessment(5, "contradicts", 0.7, 60.0, "120 drivers"),
    ]
    kept = agreeing_value_first(listed)
    assert [(a.index, a.stance) for a in kept] == [(3, "supports"), (5, "contradicts")]


@pytest.mark.parametrize(
    ("claim", "source"),
    [
        # "no matter how" denies nothing
        (
            "The festival drew 9,000 visitors.",
            "The festival drew 9,000 visitors, no matter how visitors rated the food.",
        ),
        # a negation inside brackets is an aside
        (
            "The bridge opened to traffic in 1932.",
            "The bridge (which did not open to trains) opened to traffic in 1932.",
        ),
        # the claim's word said in other words: the antonym is about something else
        (
            "The tour started on 9 June 2016 in Oslo.",
            "The tour began on 9 June 2016 in Oslo and ended on 1 August 2016 in Riga.",
        ),
    ],
)
def test_no_conflict_read_where_there_is_none(ruleset: RuleSet, claim: str, source: str) -> None:
    assert stance(ruleset, claim, source)[0] == "supports"


def test_an_ordinal_is_a_whole_word(ruleset: RuleSet) -> None:
    reading = reader_for(ruleset.macros).read("The fuse burned for 40 seconds.")
    assert dict(reading.exclusive)["ordinals"] == frozenset()


def test_a_negation_outside_brackets_still_conflicts(ruleset: RuleSet) -> None:
    claim = "The bridge carried trains in 1932."
    source = "The bridge (opened in 1932) did not carry trains."
    assert stance(ruleset, claim, source)[0] == "contradicts"


@pytest.mark.parametrize(
    ("text", "kinds"),
    [
        ("The archive holds 1250 letters.", ["count"]),
        ("Crews planted more than 1420 trees.", ["count"]),
        ("In 1987 voters rejected the plan.", ["date"]),
        ("The band toured after their 1987 album.", ["date"]),
        ("The 1987 final was replayed.", ["date"]),
    ],
)
def test_a_bare_four_digit_number_is_a_year_or_a_count(
    ruleset: RuleSet, text: str, kinds: list[str]
) -> None:
    figures = reader_for(ruleset.macros).read(text).figures
    assert sorted(f.kind for f in figures) == sorted(kinds)


def test_higher_than_bounds_a_figure(ruleset: RuleSet) -> None:
    claim = "The station logged a reading higher than 31 on the index."
    assert stance(ruleset, claim, "The station logged a reading of 31.6 on the index.")[0] == (
        "supports"
    )


def test_a_count_dated_to_its_own_event_not_another(ruleset: RuleSet) -> None:
    # The claim's count is of a day before 12 May; the source's of 12 May. The source's
    # other date (when the dig began) is of another event.
    claim = "Before 12 May, the dig had found fewer than 300 coins."
    source = "As of 12 May, the dig had found 340 coins; digging began on 2 May."
    assert stance(ruleset, claim, source)[0] == "neutral"


@pytest.mark.parametrize(
    "text",
    ["The sequel, Part 4, came out later.", "The song peaked at # 3.", "It sold well as No. 7."],
)
def test_a_names_number_or_a_rank_is_no_count(ruleset: RuleSet, text: str) -> None:
    assert reader_for(ruleset.macros).read(text).figures == ()


def test_a_month_is_no_name_before_a_number(ruleset: RuleSet) -> None:
    figures = reader_for(ruleset.macros).read("In June 40 ferries sailed.").figures
    assert [f.value for f in figures if f.kind == "count"] == [40.0]


@pytest.mark.parametrize(
    ("claim", "source", "expected"),
    [
        # another person with another nationality: not the claim's subject
        (
            "The first Portuguese winner of the prize was Rui Matos.",
            "The first Spanish winner of the prize was Elena Ruiz.",
            "neutral",
        ),
        # the same person: a conflict
        (
            "Rui Matos is a Portuguese sculptor.",
            "Rui Matos is a Brazilian sculptor.",
            "contradicts",
        ),
        # a short form the source spells out names the same body
        (
            "The union was formed after the NWC was dissolved.",
            "The union was formed before the National Wage Council was dissolved.",
            "contradicts",
        ),
    ],
)
def test_a_word_conflict_needs_the_claims_subject(
    ruleset: RuleSet, claim: str, source: str, expected: str
) -> None:
    assert stance(ruleset, claim, source)[0] == expected


@pytest.mark.parametrize(
    ("claim", "source", "expected"),
    [
        # the claim denies what the source does not say: no conflict
        (
            "The Orvik ferry is not a Danish vessel.",
            "The Orvik ferry is a Norwegian vessel.",
            "neutral",
        ),
        (
            "Lina Berg was not the first mayor of Vara.",
            "Lina Berg was the third mayor of Vara.",
            "neutral",
        ),
        # the claim denies what the source says: a conflict
        (
            "The Orvik ferry is not a Norwegian vessel.",
            "The Orvik ferry is a Norwegian vessel.",
            "contradicts",
        ),
    ],
)
def test_a_denial_of_something_else_is_no_conflict(
    ruleset: RuleSet, claim: str, source: str, expected: str
) -> None:
    assert stance(ruleset, claim, source)[0] == expected


@pytest.mark.parametrize(
    ("source", "date_verdict"),
    [
        # Another day and another count of the same thing: another delivery, not a wrong day.
        ("On 2 March 2024, the depot received 120 new buses.", "unverified"),
        # The same count on another day: the same delivery, dated otherwise.
        ("On 2 March, the depot received 300 new buses.", "contradicted"),
    ],
)
def test_another_count_on_another_day_is_another_occasion(
    ruleset: RuleSet, source: str, date_verdict: str
) -> None:
    claim = "On 12 March, the depot received 300 new buses."
    assert _verdicts(ruleset, claim, source)["date"] == date_verdict
