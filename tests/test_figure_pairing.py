"""A claim's figure is compared with the source figure that counts the same thing (the
words of its own clause), and a date with the date of the same event: another figure
in the same sentence, or the date of something else, is no contradiction."""

from __future__ import annotations

import pytest

from factcheck.evidence.readings import reader_for
from factcheck.evidence.statements import assess_statement
from factcheck.rulepacks.ruleset import RuleSet


def _stance(ruleset: RuleSet, claim: str, source: str) -> tuple[str, str]:
    reader = reader_for(ruleset.macros)
    result = assess_statement(
        reader.read(claim), reader.read(source), ruleset.knowledge, reader.synonyms
    )
    return result.stance, result.reason


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
    assert _stance(ruleset, claim, source)[0] == "supports"


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
    assert _stance(ruleset, claim, source)[0] != "contradicts"


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
    assert _stance(ruleset, claim, source)[0] == "contradicts"


def test_a_lifespan_death_date_supports(ruleset: RuleSet) -> None:
    source = "Oskar Lindqvist (2 May 1898 – 14 June 1969) was a Swedish engraver."
    assert _stance(ruleset, "Oskar Lindqvist died in 1969.", source)[0] == "supports"
