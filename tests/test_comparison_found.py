"""Comparisons found by their form: a side above or below a benchmark of pay that is not
an average ("the ceiling on the pay scale", "the statutory floor", "the board's offer"), a
comparative adjective before its noun ("took home a bigger basic wage than").
Lookalikes that place things above or below,
or compare with a time, make no comparison. A side naming a compound job ("a nurse
manager") is the head's job, not a posting for the first word's. The sentences and the
pages are written for these tests."""

from __future__ import annotations

import pytest
from judging import run, verdict
from test_comparison_units import WATER, WATER_URL

from factcheck.claims.extract import extract_claims
from factcheck.reading import parse_article
from factcheck.rulepacks.ruleset import RuleSet


def _comparisons(text: str, ruleset: RuleSet) -> list[dict[str, object]]:
    article = parse_article(f"# Pay\n\n{text}\n", "d.md", "markdown")
    return [dict(c.fields) for c in extract_claims(article, ruleset) if c.type == "comparison"]


@pytest.mark.parametrize(
    ("text", "relation", "right"),
    [
        (
            "The highest Kessel grade sits far below the ceiling on Tarn's pay scale.",
            "less",
            "the ceiling on Tarn's pay scale",
        ),
        (
            "The porters' best rate remains below the bottom of the drivers' band.",
            "less",
            "the bottom of the drivers' band",
        ),
        (
            "Starting pay for carers now stands above the statutory floor set in 2030.",
            "greater",
            "the statutory floor set in 2030",
        ),
        (
            "The guild's 6% demand was far above the board's 2.5% offer.",
            "greater",
            "the board's 2.5% offer",
        ),
        (
            "A junior welder's pay stands just above Orvell's starting rate.",
            "greater",
            "Orvell's starting rate",
        ),
    ],
)
def test_above_or_below_a_benchmark_of_pay(
    text: str, relation: str, right: str, ruleset: RuleSet
) -> None:
    found = _comparisons(text, ruleset)
    assert [(f["relation"], f["right"]) for f in found] == [(relation, right)]


@pytest.mark.parametrize(
    ("text", "relation", "right"),
    [
        (
            "Porters in Tarn take home a bigger basic wage from the county than their "
            "colleagues in Orvell.",
            "greater",
            "their colleagues in Orvell",
        ),
        (
            "Looking back, the 2031 lockout was a dearer fight than the long strike of the "
            "ferry crews.",
            "greater",
            "the long strike of the ferry crews",
        ),
        (
            "The Velmont hall was a smaller venue than the one the band played in Osaka.",
            "less",
            None,
        ),
        ("Our quarry crews earn a lower day rate than the Brannock gangs.", "less", None),
    ],
)
def test_a_comparative_before_its_noun(
    text: str, relation: str, right: str | None, ruleset: RuleSet
) -> None:
    found = _comparisons(text, ruleset)
    assert [f["relation"] for f in found] == [relation]
    assert right is None or found[0]["right"] == right


@pytest.mark.parametrize(
    "text",
    [
        "The final was a longer game than expected.",
        "It was a bigger crowd than the year before.",
        "The ferry took a longer route than usual.",
        "The second half was a lot shorter than the first.",
        "The team had a better season than anyone thought.",
    ],
)
def test_places_and_times_make_no_comparison(text: str, ruleset: RuleSet) -> None:
    assert _comparisons(text, ruleset) == []


@pytest.mark.parametrize(
    ("sentence", "label"),
    [
        # Sailors' median $47,280, ship engineers' $80,130 (WATER).
        ("The Tarn deckhand band, $52,000, sits above the median wage of sailors", "supported"),
        (
            "The Tarn deckhand band, $52,000, sits above the median wage of ship engineers",
            "contradicted",
        ),
    ],
)
def test_a_benchmark_side_is_checked(sentence: str, label: str, ruleset: RuleSet) -> None:
    claims = run(f"# Pay\n\n{sentence} ([wages]({WATER_URL})).\n", {WATER_URL: WATER}, ruleset)
    found = verdict(claims, "comparison").verdict
    assert found.label == label, found.rationale


NURSE_URL = "https://jobs.example.org/calder/theatre-nurse-118"
NURSE = """<html><head><title>Theatre Nurse - Calder Infirmary</title></head><body><main>
<h1>Theatre Nurse</h1>
<p class="employer">Calder Infirmary · Tarnside</p>
<p class="salary">£2,600 - £3,000 / month</p>
<p>Calder Infirmary seeks a Theatre Nurse for its day-surgery unit.</p>
</main></body></html>"""


@pytest.mark.parametrize(
    "tail",
    [
        "Its highest step sits below the bottom of the scale for a nurse manager.",
        "Its highest step is below the lowest rate paid to a nurse manager there.",
    ],
)
def test_a_side_naming_a_compound_job_is_not_its_first_words_job(
    tail: str, ruleset: RuleSet
) -> None:
    # "a nurse manager" is a manager: the theatre nurse's posting is not that side's
    # figure (it was read as the nurse's £2,600, and the claim contradicted).
    draft = (
        f"# Pay\n\nIn Tarnside, Calder Infirmary is advertising for a Theatre Nurse "
        f"([ad]({NURSE_URL})). The post pays £2,700 to £3,100 a month.\n\n{tail}\n"
    )
    found = verdict(run(draft, {NURSE_URL: NURSE}, ruleset, wrap=False), "comparison").verdict
    assert found.label != "contradicted", found.rationale


@pytest.mark.parametrize(
    ("text", "left", "ratio", "right"),
    [
        (
            "The county ran roughly a third as many buses as the city did.",
            "The county",
            0.3333,
            "the city",
        ),
        (
            "The Orvell stoppage drew barely half as many strikers as Kessel's had.",
            "The Orvell stoppage",
            0.5,
            "Kessel's",
        ),
        (
            "Councils in Tarn finished about a quarter as many flats as private builders.",
            "Councils in Tarn",
            0.25,
            "private builders",
        ),
    ],
)
def test_a_share_as_many_as(
    text: str, left: str, ratio: float, right: str, ruleset: RuleSet
) -> None:
    found = _comparisons(text, ruleset)
    assert [(f["left"], f["ratio"], f["right"]) for f in found] == [(left, ratio, right)]


@pytest.mark.parametrize(
    "text",
    [
        "Half as many people came as before.",
        "Only half as many as expected turned up.",
        "More than half of the members voted for the deal.",
    ],
)
def test_a_share_of_a_count_alone_is_no_comparison(text: str, ruleset: RuleSet) -> None:
    assert _comparisons(text, ruleset) == []
