"""The grammatical frames of comparison, with any verb and any quantity, not only pay:
a share or a multiple before "as many (much) ... as"; any verb before "more", "less" or
"fewer" and a thing or an adverb ("shipped more timber than", "fell less steeply
than"); a comparative adjective ("shorter", "faster") with a length of time before it
as the gap; "above" or "below" a level named by a benchmark word ("the statutory
floor", "the operator's 4 per cent offer"); a verb of the out- family ("outsold",
"outlasted"); and a sum set off after a figure ("$31.50 per hour, three dollars higher
than the state-wide figure"). The sentences and pages are written for these tests."""

from __future__ import annotations

from typing import Any

import pytest
from judging import run, verdict

from factcheck.claims.extract import extract_claims
from factcheck.reading import parse_article


def _comparison(sentence: str, ruleset: Any) -> dict[str, Any] | None:
    article = parse_article(f"# Report\n\n{sentence}\n", "d.md", "markdown")
    found = [c for c in extract_claims(article, ruleset) if c.type == "comparison"]
    return dict(found[0].fields) if found else None


@pytest.mark.parametrize(
    ("sentence", "left", "ratio", "right"),
    [
        (
            "The northern orchards picked roughly a third as many apples as the southern ones.",
            "The northern orchards",
            0.3333,
            "the southern ones",
        ),
        (
            "Ferry crossings carried barely half as many passengers as the bridge did.",
            "Ferry crossings",
            0.5,
            "the bridge",
        ),
        ("Lisbon's libraries lent nearly twice as many books as Porto's.", None, 2, "Porto's"),
        (
            "The Tarn smelter poured about three times as much steel as its rival in Ostrava.",
            "The Tarn smelter",
            3,
            "its rival in Ostrava",
        ),
        (
            "The eastern dairy has produced half as much milk as the western one.",
            "The eastern dairy",
            0.5,
            "the western one",
        ),
        (
            "Volunteers planted two-thirds as many trees as the parks department.",
            "Volunteers",
            0.6667,
            "the parks department",
        ),
        (
            "Kestrel Air flew a quarter as many passengers as Ostwind over the year.",
            "Kestrel Air",
            0.25,
            "Ostwind",
        ),
    ],
)
def test_share_or_multiple_as_many_as(
    sentence: str, left: str | None, ratio: float, right: str, ruleset: Any
) -> None:
    fields = _comparison(sentence, ruleset)
    assert fields is not None
    assert fields["ratio"] == ratio
    assert fields["right"] == right
    if left is not None:
        assert fields["left"] == left


@pytest.mark.parametrize(
    ("sentence", "relation", "left", "right"),
    [
        ("The eastern mill shipped more timber than the western mill.", "greater", None, None),
        (
            "Velmont Farms employed fewer pickers than Ostler Orchards.",
            "less",
            "Velmont Farms",
            "Ostler Orchards",
        ),
        ("Exports of barley fell less steeply than those of wheat.", "less", None, None),
        ("Rents in Vienna rose faster than wages in Graz.", "greater", "Rents in Vienna", None),
        ("Prices for copper climbed more sharply than those for zinc.", "greater", None, None),
        ("The Calloway line carried fewer riders than the tram.", "less", None, "the tram"),
        ("The night ferry is slower than the coastal train.", "less", None, "the coastal train"),
        ("The Orla ferry is a busier route than the northern crossing.", "greater", None, None),
        (
            "The strike proved a far costlier affair than the lockout of 2020.",
            "greater",
            None,
            None,
        ),
        ("In the end it was a cheaper repair than the new roof.", "less", None, "the new roof"),
    ],
)
def test_any_verb_more_or_fewer_than(
    sentence: str, relation: str, left: str | None, right: str | None, ruleset: Any
) -> None:
    fields = _comparison(sentence, ruleset)
    assert fields is not None
    assert fields["relation"] == relation
    if left is not None:
        assert fields["left"] == left
    if right is not None:
        assert fields["right"] == right


@pytest.mark.parametrize(
    ("sentence", "relation", "low", "high"),
    [
        ("At 40 days, the second tour was about a week shorter than the first.", "less", 6.3, 7.7),
        (
            "At 200 days, the Brannock dig lasted three months longer than the Ostler excavation.",
            "greater",
            76.1,
            106.54,
        ),
        (
            "At 30 days, the spring lockout ran two weeks longer than the autumn one.",
            "greater",
            10.5,
            17.5,
        ),
    ],
)
def test_length_apart_before_a_comparative(
    sentence: str, relation: str, low: float, high: float, ruleset: Any
) -> None:
    fields = _comparison(sentence, ruleset)
    assert fields is not None
    assert fields["relation"] == relation
    gap = fields["difference"]
    assert gap["currency"] == "days"
    assert (gap["min"], gap["max"]) == pytest.approx((low, high), abs=0.01)


@pytest.mark.parametrize(
    ("sentence", "relation", "right"),
    [
        (
            "Even the top of that scale sits under the lowest step of the grade for a warden.",
            "less",
            "the lowest step of the grade for a warden",
        ),
        (
            "The bottom of the Orla range sits above the statutory floor for a care assistant.",
            "greater",
            "the statutory floor for a care assistant",
        ),
        (
            "The drivers' 7 per cent demand was well above the operator's 4 per cent offer.",
            "greater",
            "the operator's 4 per cent offer",
        ),
        (
            "The ward's minimum stays below the ceiling set by the ministry.",
            "less",
            "the ceiling set by the ministry",
        ),
        (
            "Even the highest step of the grid remains under the starting rate for a pharmacist.",
            "less",
            "the starting rate for a pharmacist",
        ),
        (
            "Harvest at the Velmont estate came in below its own target for the season.",
            "less",
            "its own target for the season",
        ),
    ],
)
def test_above_or_below_a_named_level(
    sentence: str, relation: str, right: str, ruleset: Any
) -> None:
    fields = _comparison(sentence, ruleset)
    assert fields is not None
    assert fields["relation"] == relation
    assert fields["right"] == right


@pytest.mark.parametrize(
    ("sentence", "right"),
    [
        ("By spring Ostler Rovers had outscored Brannock City by a wide margin.", "Brannock City"),
        ("Velmont's debut novel outsold every other debut.", "every other debut"),
        ("At 61 days, the Tarn strike outlasted the 44-day walkout of 2019.", None),
        ("Wind turbines outproduced the coal plant for the first time in March.", "the coal plant"),
        ("In the valley, sheep still outnumber the villagers.", "the villagers"),
        ("The new ward has outgrown the old one.", "the old one"),
    ],
)
def test_out_verbs(sentence: str, right: str | None, ruleset: Any) -> None:
    fields = _comparison(sentence, ruleset)
    assert fields is not None
    assert fields["relation"] == "greater"
    if right is not None:
        assert fields["right"] == right


@pytest.mark.parametrize(
    ("sentence", "relation", "low"),
    [
        (
            "In Tarn the median plumber earns $31.50 per hour, three dollars higher than the "
            "state-wide figure.",
            "greater",
            3,
        ),
        ("The warden's pay is £410 a week, £45 below the council's own rate.", "less", 45),
        ("A season pass now costs €95, some €15 dearer than the city average.", "greater", 13.5),
    ],
)
def test_sum_apart_after_a_figure(sentence: str, relation: str, low: float, ruleset: Any) -> None:
    fields = _comparison(sentence, ruleset)
    assert fields is not None
    assert fields["relation"] == relation
    assert fields["difference"]["min"] == pytest.approx(low)
    assert fields["left_amount"] is not None


@pytest.mark.parametrize(
    "sentence",
    [
        "The harvest grew more than expected.",
        "Sales fell faster than last year.",
        "The fund raised more than $2 million.",
        "Twice as many people came as expected.",
        "The city outsourced its bin collection.",
        "The band outlined its plans.",
        "The flat sits above the bakery.",
        "The plane stayed below the clouds.",
        "The fee rose to €95, €10 more than last year.",
        "The second tour was about a week shorter than the first.",
        "The Tarn strike outlasted the 2019 walkout at the same port.",
        "Volunteers planted a third as many trees as the council had planned.",
    ],
)
def test_not_comparisons(sentence: str, ruleset: Any) -> None:
    assert _comparison(sentence, ruleset) is None


TALKS_URL = "https://news.example.com/2031/03/velmont-bakers-deal"
TALKS = """<html><head><title>Velmont bakers settle</title></head><body><article>
<h1>Velmont bakers accept 4% deal</h1>
<p>The bakers' union had sought a rise of 7 per cent. Management put 4 per cent a year
on the table, and the membership voted on Friday to take it.</p></article></body></html>"""


@pytest.mark.parametrize(
    ("sentence", "label"),
    [
        (
            "The guild's 7 per cent demand stood far above the bakery's 4 per cent offer",
            "supported",
        ),
        ("The guild's 7 per cent demand sat below the bakery's 4 per cent offer", "contradicted"),
    ],
)
def test_a_demand_above_an_offer(sentence: str, label: str, ruleset: Any) -> None:
    claims = run(f"# Pay\n\n{sentence} ([deal]({TALKS_URL})).\n", {TALKS_URL: TALKS}, ruleset)
    found = verdict(claims, "comparison").verdict
    assert found.label == label, found.rationale


MILL_URL = "https://history.example.org/calder-mill"
MILL = """<html><head><title>Calder Mill disputes</title></head><body><article>
<h1>Calder Mill disputes</h1><p>The mill's earlier dispute, the 2019 lockout, lasted 60
days.</p><p>Management and the Spinners' Guild signed a new agreement in July, ending the
2022 stoppage after 90 days.</p></article></body></html>"""


@pytest.mark.parametrize(
    ("sentence", "label"),
    [
        ("At 90 days, it lasted about a month longer than the 60-day lockout of 2019", "supported"),
        (
            "At 90 days, it lasted about a week longer than the 60-day lockout of 2019",
            "contradicted",
        ),
        ("At 90 days, it ran a week shorter than the 60-day lockout of 2019", "contradicted"),
    ],
)
def test_lengths_apart_by_a_length_of_time(sentence: str, label: str, ruleset: Any) -> None:
    claims = run(f"# Mill\n\n{sentence} ([history]({MILL_URL})).\n", {MILL_URL: MILL}, ruleset)
    found = verdict(claims, "comparison").verdict
    assert found.label == label, found.rationale


HARVEST_URL = "https://stats.example.org/harvest-2031"
_HARVEST = """<html><head><title>Harvest 2031</title></head><body><main><h1>Harvest 2031</h1>
<table><caption>Harvest by crop, 2031</caption><thead><tr><th>Crop</th>
<th>Tonnes harvested</th>{change_head}</tr></thead><tbody>
<tr><th>Barley</th><td>410,000</td>{barley}</tr>
<tr><th>Wheat</th><td>1,250,000</td>{wheat}</tr></tbody></table></main></body></html>"""
LEVELS = _HARVEST.format(change_head="", barley="", wheat="")
CHANGES = _HARVEST.format(
    change_head="<th>Change on previous year</th>", barley="<td>-4.5%</td>", wheat="<td>-12.0%</td>"
)


@pytest.mark.parametrize(
    ("page", "sentence", "label"),
    [
        (CHANGES, "The barley harvest fell less steeply than the wheat harvest", "supported"),
        (CHANGES, "The barley harvest fell more steeply than the wheat harvest", "contradicted"),
        # Levels say nothing of how fast either moved.
        (LEVELS, "The barley harvest fell less steeply than the wheat harvest", "unverified"),
        (LEVELS, "The barley harvest fell more steeply than the wheat harvest", "unverified"),
    ],
)
def test_a_change_is_compared_with_changes(
    page: str, sentence: str, label: str, ruleset: Any
) -> None:
    claims = run(
        f"# Farms\n\n{sentence} ([harvest]({HARVEST_URL})).\n",
        {HARVEST_URL: page},
        ruleset,
        wrap=False,
    )
    found = verdict(claims, "comparison")
    assert found.claim.fields.get("measure") == "change"
    assert found.verdict.label == label, found.verdict.rationale
