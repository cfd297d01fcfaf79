"""A contradiction needs a definite conflict on the claim's own subject. A source sentence
that also gives a figure bearing the claim out, a denial said in the source's own words,
or a magnitude read as a unit is no such conflict; the same sentences with a real
difference still conflict."""

from __future__ import annotations

import pytest
from judging import stance

from factcheck.check import check_against
from factcheck.evidence.readings import reader_for
from factcheck.reading import parse_article
from factcheck.rulepacks.ruleset import RuleSet
from factcheck.sources.gather import page_from_text

TAKINGS = (
    "The play has taken in $ 3.2 million at home and $ 2.1 million abroad "
    "for a total gross of $ 5.3 million."
)
VOLUNTEERS = (
    "As of Sunday, 422 volunteers had turned up at 14 out of 16 sites, "
    "with 37 sent home and 9 injured."
)
CAMPUSES = (
    "The north campus closed on May 3, and the south campus closed during its exam week, on May 12."
)


def _stance(ruleset: RuleSet, claim: str, source: str) -> str:
    return stance(ruleset, claim, source)[0]


def _verdicts(ruleset: RuleSet, claim: str, source: str) -> dict[str, str]:
    article = parse_article(claim + "\n", "draft.txt", "text")
    page = page_from_text(
        "https://bulletin.example/notes", f"Notes.\n\n{source}\n", content_type="text/plain"
    )
    result = check_against(article, [page], ruleset, min_checkworthiness=0.0)
    return {c.claim.text: c.verdict.label for c in result.claims}


def test_a_figure_the_sentence_also_bears_out_is_no_conflict(ruleset: RuleSet) -> None:
    # "$ 2.1 million abroad for a total gross" is read as counting the total too; the
    # $ 5.3 million bears the claim's total out, so the pairing is in doubt.
    claim = (
        "The play took in over $ 3.1 million at home and an overall total of "
        "more than $ 5.2 million."
    )
    assert _stance(ruleset, claim, TAKINGS) == "neutral"


def test_a_bound_no_figure_bears_out_still_conflicts(ruleset: RuleSet) -> None:
    claim = (
        "The play took in over $ 3.1 million at home and an overall total of "
        "more than $ 6.5 million."
    )
    assert _stance(ruleset, claim, TAKINGS) == "contradicts"
    labels = _verdicts(ruleset, claim, TAKINGS)
    assert labels["more than $ 6.5 million"] == "contradicted"


def test_a_far_figure_bears_a_bound_out_only_by_chance(ruleset: RuleSet) -> None:
    # 422 is "more than 80" too, but a bound is written near what it bounds: the 37
    # sent home conflicts.
    claim = (
        "More than 410 volunteers turned up at more than 12 sites and more than 80 were sent home."
    )
    assert _stance(ruleset, claim, VOLUNTEERS) == "contradicts"
    # The same for a typed count: 44 stalls opened is "more than 30", but far from it.
    source = "By Friday 44 stalls had opened at the fair, and 12 stalls had closed."
    labels = _verdicts(ruleset, "More than 30 stalls had closed at the fair by Friday.", source)
    assert labels["More than 30 stalls"] == "contradicted"


def test_a_typed_count_borne_out_in_the_same_sentence(ruleset: RuleSet) -> None:
    claim = (
        "More than 410 volunteers turned up at more than 12 sites and more than 35 were sent home."
    )
    labels = _verdicts(ruleset, claim, VOLUNTEERS)
    assert labels and "contradicted" not in labels.values()


def test_a_date_the_sentence_also_gives_is_no_conflict(ruleset: RuleSet) -> None:
    claim = "Before May 4, the north campus closed, and the south campus closed on May 12."
    labels = _verdicts(ruleset, claim, CAMPUSES)
    assert labels and "contradicted" not in labels.values()


def test_a_date_the_sentence_does_not_give_still_conflicts(ruleset: RuleSet) -> None:
    claim = "Before May 4, the north campus closed, and the south campus closed on May 20."
    assert "contradicted" in _verdicts(ruleset, claim, CAMPUSES).values()


@pytest.mark.parametrize(
    ("claim", "source", "stance"),
    [
        # the claim's denial said in the source's own words
        (
            "The band's second album was yet to be released as of 2015.",
            "The band's second album was expected to be released in 2012, "
            "but as of 2015 has not appeared.",
            "supports",
        ),
        # a denial of what the source plainly says
        (
            "The band's second album was not released in 2015.",
            "The band's second album was released in 2015.",
            "contradicts",
        ),
        # "zero" denies as "no" does
        (
            "By 3 May, the island had zero cases of measles.",
            "As of 3 May, the island had yet to record a case of measles.",
            "supports",
        ),
        (
            "By 3 May, the island had zero cases of measles.",
            "As of 3 May, the island had recorded a case of measles.",
            "contradicts",
        ),
    ],
)
def test_denials_compared_as_denials(
    ruleset: RuleSet, claim: str, source: str, stance: str
) -> None:
    assert _stance(ruleset, claim, source) == stance


def test_a_plural_magnitude_is_a_magnitude(ruleset: RuleSet) -> None:
    figures = reader_for(ruleset.macros).read("The novel sold fewer than 4 crores copies.").figures
    assert [f.value for f in figures] == [40_000_000.0]
    assert (
        _stance(
            ruleset,
            "The novel sold fewer than 4 crores copies.",
            "The novel sold 3.8 crore copies.",
        )
        == "supports"
    )


def test_also_is_no_opposite_of_only(ruleset: RuleSet) -> None:
    # "also" adds a fact; it does not deny that the subject is the only one.
    claim = "Nadia Ferro is the only Maltese player to score in the final."
    source = "Nadia Ferro also became the first Maltese player to score in the final."
    assert _stance(ruleset, claim, source) != "contradicts"


def test_a_count_of_nothing_named_conflicts_with_nothing(ruleset: RuleSet) -> None:
    # "19 out of 22 judges": the 19 is read with no word of what it counts, so a share
    # of something else is no conflict; the same count of judges still is.
    source = "At the county show the pie scored 86 % with the judges."
    labels = _verdicts(
        ruleset, "19 out of 22 judges gave the pie a top mark at the county show.", source
    )
    assert labels and "contradicted" not in labels.values()
    other = "At the county show 14 judges gave the pie a top mark."
    labels = _verdicts(ruleset, "19 judges gave the pie a top mark at the county show.", other)
    assert labels["19 judges"] == "contradicted"


@pytest.mark.parametrize(
    ("claim", "source", "stance"),
    [
        # the source does not say what the claim denies: another matter
        ("Lena Ortiz is not a painter.", "Lena Ortiz is a sculptor from Porto.", "neutral"),
        (
            "The ferry line did not carry freight in its first year.",
            "In its first year the ferry line carried passengers and mail.",
            "neutral",
        ),
        # the source says it: a conflict ("carry" and "carried" are one verb)
        ("Lena Ortiz is not a sculptor.", "Lena Ortiz is a sculptor from Porto.", "contradicts"),
        (
            "The ferry line did not carry freight in its first year.",
            "In its first year the ferry line carried freight and mail.",
            "contradicts",
        ),
    ],
)
def test_a_denial_conflicts_only_with_what_the_source_says(
    ruleset: RuleSet, claim: str, source: str, stance: str
) -> None:
    assert _stance(ruleset, claim, source) == stance


def test_a_part_counts_what_its_whole_counts(ruleset: RuleSet) -> None:
    claim = "Some 19 out of 22 judges praised the pie at the county show."
    units = [f.unit for f in reader_for(ruleset.macros).read(claim).figures]
    assert units[0] == units[1] and any(w.startswith("judg") for w in units[0])
    # votes of the public are not the judges' count; another count of judges is
    other = "The pie drew 40 votes from the public and 6 from staff at the county show."
    assert _stance(ruleset, claim, other) == "neutral"
    same = "At the county show 14 out of 22 judges praised the pie."
    assert _stance(ruleset, claim, same) == "contradicts"


def test_names_say_whose_a_figure_is_not_what_it_counts(ruleset: RuleSet) -> None:
    source = "On 4 June 2021, Lusk signed a $ 1.5 million deal with the Harbour Hawks."
    # a fee is not the deal, though both are with the Harbour Hawks
    fee = "Ada Lusk's signing fee with the Harbour Hawks was $ 300,000."
    assert _stance(ruleset, fee, source) == "neutral"
    # another sum for the deal itself conflicts
    deal = "Ada Lusk signed a $ 900,000 deal with the Harbour Hawks."
    assert _stance(ruleset, deal, source) == "contradicts"


@pytest.mark.parametrize(
    ("claim", "source", "stance"),
    [
        # a figure written with fewer decimals may be the other rounded
        (
            "Turnout in the county was 45 % in the spring vote.",
            "Turnout in the county was 45.4 % in the spring vote.",
            "neutral",
        ),
        (
            "The film has a 7.5/10 average rating.",
            "The film has an average rating of 7.49/10.",
            "neutral",
        ),
        # beyond half a unit of the coarser figure's last digit, a conflict
        (
            "Turnout in the county was 45 % in the spring vote.",
            "Turnout in the county was 46.2 % in the spring vote.",
            "contradicts",
        ),
        # counts written alike stay exact
        ("The museum holds 240 paintings.", "The museum holds 250 paintings.", "contradicts"),
    ],
)
def test_a_coarser_figure_may_be_the_finer_rounded(
    ruleset: RuleSet, claim: str, source: str, stance: str
) -> None:
    assert _stance(ruleset, claim, source) == stance


def test_a_typed_figure_may_be_the_finer_rounded(ruleset: RuleSet) -> None:
    claim = "The footbridge is 1.2 kilometres long."
    near = _verdicts(ruleset, claim, "The footbridge is 1.24 kilometres long.")
    assert near and "contradicted" not in near.values()
    far = _verdicts(ruleset, claim, "The footbridge is 1.34 kilometres long.")
    assert far["1.2 kilometres"] == "contradicted"


@pytest.mark.parametrize(
    ("source", "stance"),
    [
        # another unit of measure: not compared as it stands
        ("The Kell dam is 366 metres long and was finished in 1961.", "neutral"),
        # the same unit, another figure
        ("The Kell dam is 1,500 feet long and was finished in 1961.", "contradicts"),
    ],
)
def test_a_figure_in_another_unit_is_not_compared(
    ruleset: RuleSet, source: str, stance: str
) -> None:
    claim = "The Kell dam is 1,200 feet long and was finished in 1961."
    assert _stance(ruleset, claim, source) == stance


@pytest.mark.parametrize(
    ("claim", "source", "stance"),
    [
        # the source's subject is something the claim's person has: another subject
        (
            "Tomas Brandt joined the rowing club in 2010.",
            "Brandt's brother joined the rowing club in 2008.",
            "neutral",
        ),
        # the same thing of the same person: a conflict
        (
            "Tomas Brandt's crew won the river cup in 2012.",
            "Brandt's crew won the river cup in 2014.",
            "contradicts",
        ),
    ],
)
def test_a_figure_of_what_a_name_has_is_not_the_names(
    ruleset: RuleSet, claim: str, source: str, stance: str
) -> None:
    assert _stance(ruleset, claim, source) == stance


@pytest.mark.parametrize(
    ("source", "stance"),
    [
        # another employer in the claim's employer's place: its year is of that job
        ("Rhea Okafor taught at Lindell from 2003.", "neutral"),
        # the same employer, another year: a conflict
        ("Rhea Okafor taught at Marshvale from 2003.", "contradicts"),
        # the employer said otherwise, no other name: still a conflict
        ("Rhea Okafor taught at the school from 2003.", "contradicts"),
    ],
)
def test_a_figure_of_another_named_subject_is_not_compared(
    ruleset: RuleSet, source: str, stance: str
) -> None:
    claim = "Rhea Okafor taught at Marshvale from 2011."
    assert _stance(ruleset, claim, source) == stance


@pytest.mark.parametrize(
    ("claim", "source", "stance"),
    [
        # a count that says when: the source's other count of games is a later point
        (
            "After 30 games, the Harbour Hawks had won 21 times.",
            "The Harbour Hawks have won 24 times in 34 games.",
            "neutral",
        ),
        # the same point of the run: a real conflict
        (
            "After 30 games, the Harbour Hawks had won 21 times.",
            "After 30 games, the Harbour Hawks had won 19 times.",
            "contradicts",
        ),
        (
            "After 14 episodes, the podcast had 2.1 million downloads.",
            "The podcast had 2.6 million downloads from 14 episodes.",
            "contradicts",
        ),
        # the source tells its moment by a count
        (
            "The orchestra has given 61 concerts on the tour, selling 48,000 tickets.",
            "After 52 concerts, the orchestra had sold 41,500 tickets on the tour.",
            "neutral",
        ),
    ],
)
def test_a_count_that_says_when_is_a_moment(
    ruleset: RuleSet, claim: str, source: str, stance: str
) -> None:
    assert _stance(ruleset, claim, source) == stance


def test_typed_counts_at_another_moment_do_not_conflict(ruleset: RuleSet) -> None:
    claim = "After 30 games, the Harbour Hawks had 21 wins, the club said."
    labels = _verdicts(ruleset, claim, "The Harbour Hawks have 24 wins from 34 games this season.")
    assert labels and "contradicted" not in labels.values()
    labels = _verdicts(ruleset, claim, "After 30 games, the Harbour Hawks had 17 wins.")
    assert labels.get("21 wins") == "contradicted"


@pytest.mark.parametrize(
    ("claim", "source", "label"),
    [
        # a bound that leaves out the very value the source gives
        ("The clinic treated under 40 patients in its first week.", "40", "contradicted"),
        ("The clinic treated more than 40 patients in its first week.", "40", "contradicted"),
        ("The clinic treated 40 patients in its first week.", "more than 40", "contradicted"),
        # a bound that keeps it, or a figure said to be near
        ("The clinic treated at least 40 patients in its first week.", "40", "supported"),
        ("The clinic treated about 40 patients in its first week.", "more than 40", "supported"),
    ],
)
def test_a_typed_count_at_the_bound_it_leaves_out(
    ruleset: RuleSet, claim: str, source: str, label: str
) -> None:
    page = f"The clinic treated {source} patients in its first week."
    labels = _verdicts(ruleset, claim, page)
    assert next(v for k, v in labels.items() if "patients" in k) == label


@pytest.mark.parametrize(("share", "label"), [("70 %", "contradicted"), ("64 %", "supported")])
def test_round_shares_that_only_meet_differ(ruleset: RuleSet, share: str, label: str) -> None:
    # "60 %" may be 55 to 65 and "70 %" 65 to 75; 65 is written "70", so none is both.
    claim = "The survey found that 60 % of tenants back the plan."
    labels = _verdicts(ruleset, claim, f"The survey found that {share} of tenants back the plan.")
    assert labels.get("60 % of tenants back the plan") == label


@pytest.mark.parametrize(
    ("claim", "source", "stance"),
    [
        # "globally" is "worldwide": the total is the figure the claim's bound is about
        (
            "So far Harbour Lights has earned less than $ 40 million globally.",
            "So far Harbour Lights has grossed $ 31 million at home and $ 12.5 million abroad, "
            "for a worldwide total of $ 43.5 million.",
            "contradicts",
        ),
        (
            "So far Harbour Lights has earned more than $ 40 million globally.",
            "So far Harbour Lights has grossed $ 31 million at home and $ 12.5 million abroad, "
            "for a worldwide total of $ 43.5 million.",
            "supports",
        ),
        # "deaths" are what "died" counts
        (
            "The flooding has caused more than 40 deaths in the province.",
            "In the province, 46 people died in the flooding.",
            "supports",
        ),
    ],
)
def test_what_a_figure_counts_may_be_said_in_other_words(
    ruleset: RuleSet, claim: str, source: str, stance: str
) -> None:
    assert _stance(ruleset, claim, source) == stance


@pytest.mark.parametrize(
    ("claim", "source", "label"),
    [
        # Both loose, neither figure within the other's reach: they meet only by adding
        # the two slacks ("about 40,000" reaches 44,000, "some 46,000" 41,400).
        (
            "About 40,000 dental nurses walked out across Norland.",
            "Some 46,000 dental nurses, the union said on Friday, were expected to walk out"
            " across Norland.",
            "contradicted",
        ),
        (
            "Around 5,000 tram drivers joined the walkout in Ostrava.",
            "The walkout in Ostrava was joined by roughly 5,800 tram drivers, organisers said.",
            "contradicted",
        ),
        (
            "Some 6,800 hospital porters stayed away from work in Kellby.",
            "According to the union, approximately 7,700 hospital porters stayed away from"
            " work in Kellby.",
            "contradicted",
        ),
        # One figure within the other's reach: both may be the same rounded count.
        (
            "About 40,000 dental nurses walked out across Norland.",
            "Some 42,000 dental nurses, the union said on Friday, walked out across Norland.",
            "supported",
        ),
        (
            "Around 5,500 tram drivers joined the walkout in Ostrava.",
            "The walkout in Ostrava was joined by roughly 5,800 tram drivers, organisers said.",
            "supported",
        ),
    ],
)
def test_loose_counts_meet_only_within_one_reach(
    ruleset: RuleSet, claim: str, source: str, label: str
) -> None:
    article = parse_article(claim + "\n", "draft.txt", "text")
    page = page_from_text(
        "https://bulletin.example/notes", f"Notes.\n\n{source}\n", content_type="text/plain"
    )
    result = check_against(article, [page], ruleset, min_checkworthiness=0.0)
    assert [c.verdict.label for c in result.claims if c.claim.type == "quantity"] == [label]
