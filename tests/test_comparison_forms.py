"""More ways of writing a comparison: an out-verb as a gerund ("shows porters
outearning caretakers"), a verb of edging past a figure, "starts on more than", "half as
much again as", a bargaining claim as the other side ("less than half the drivers'
claim"), a sum set off by "a full", a kind of a job against the job at large, and a
row named by the work ("Translation") for its workers. The pages and sentences are
written for these tests."""

from __future__ import annotations

from typing import Any

import pytest
from judging import run, verdict
from test_comparison_units import WATER, WATER_URL

from factcheck.model import Verdict


def _on(draft: str, ruleset: Any) -> Verdict:
    claims = run(f"# Pay\n\n{draft} ([wages]({WATER_URL})).\n", {WATER_URL: WATER}, ruleset)
    return verdict(claims, "comparison").verdict


@pytest.mark.parametrize(
    ("sentence", "label"),
    [
        # Naval architects $100,270, ship engineers $80,130, sailors $47,280.
        ("The same survey shows naval architects outearning sailors", "supported"),
        ("The same survey shows ship engineers outearning naval architects", "contradicted"),
        ("A Tarn deckhand's $52,000 edges past what sailors earn nationally", "supported"),
        (
            "At $52,000, the Tarn deckhand rate edges past the median for ship engineers",
            "contradicted",
        ),
    ],
)
def test_outearning_and_edging_past(sentence: str, label: str, ruleset: Any) -> None:
    found = _on(sentence, ruleset)
    assert found.label == label, found.rationale


NEWS_URL = "https://news.example.com/2031/05/tarn-air-pilots-talks"
NEWS = """<html><head><title>Tarn Air pilots reject offer</title></head><body><article>
<h1>Tarn Air pilots reject 6% offer</h1>
<p>Pilots at Tarn Air are seeking a 9% rise this year. The airline has offered 6%, and
talks resume on Monday.</p></article></body></html>"""


@pytest.mark.parametrize(
    ("sentence", "label"),
    [
        ("The pilots' 9% demand amounts to half as much again as Tarn Air's 6% offer", "supported"),
        ("The pilots' 9% demand amounts to twice Tarn Air's 6% offer", "contradicted"),
        (
            "The pilots' 12% demand amounts to half as much again as Tarn Air's 6% offer",
            "contradicted",
        ),
    ],
)
def test_half_as_much_again(sentence: str, label: str, ruleset: Any) -> None:
    # Both figures are the article's; the talks' report bears them out.
    claims = run(f"# Pay\n\n{sentence} ([talks]({NEWS_URL})).\n", {NEWS_URL: NEWS}, ruleset)
    found = verdict(claims, "comparison").verdict
    assert found.label == label, found.rationale


@pytest.mark.parametrize(
    ("sentence", "relation", "right"),
    [
        (
            "The board's 2% offer comes to less than half the drivers' claim",
            "ratio_at_most",
            "the drivers' claim",
        ),
        (
            "In Leith, even a trainee starts on more than a ferry hand does",
            "greater",
            "a ferry hand",
        ),
        ("A new midwife starts at less than a hospital porter", "less", "a hospital porter"),
        (
            "The harbour rate sits a full €3 above the regional minimum wage",
            "greater",
            "the regional minimum wage",
        ),
        (
            "A report shows hospital porters outearning school caretakers",
            "greater",
            "school caretakers",
        ),
        # A share of a level the other side names: a ratio, not a bare "less than".
        (
            "Even so, the women's minimum comes to less than a sixth of what men get as a minimum",
            "ratio_at_most",
            "what men get as a minimum",
        ),
        (
            "The women's floor comes to less than a quarter of the statutory minimum abroad",
            "ratio_at_most",
            "the statutory minimum abroad",
        ),
    ],
)
def test_the_forms_are_comparisons(sentence: str, relation: str, right: str, ruleset: Any) -> None:
    found = verdict(run(f"# Pay\n\n{sentence}.\n", {}, ruleset), "comparison")
    assert found.claim.fields.get("relation") == relation, found.claim.fields
    assert found.claim.fields.get("right") == right, found.claim.fields


@pytest.mark.parametrize(
    ("sentence", "left"),
    [
        (
            "The director took home £2.8 million, which the guild noted was over 120 times"
            " what a trainee porter earns",
            "£2.8 million",
        ),
        (
            "The bonus pool reached $40 million, which analysts reckon is three times what"
            " the branch staff earn",
            "$40 million",
        ),
        # How typical the figure is ("on average") is no part of the side either.
        ("Porters in Tarn earn on average less than the county figure", "Porters in Tarn"),
    ],
)
def test_who_says_so_is_no_side(sentence: str, left: str, ruleset: Any) -> None:
    # "which the guild noted was": the side is the sum "which" stands for.
    found = verdict(run(f"# Pay\n\n{sentence}.\n", {}, ruleset), "comparison")
    assert found.claim.fields.get("left") == left, found.claim.fields


PROFESSIONS_URL = "https://stats.example.org/pay/professions-2031"
# A profession at large, then its kinds: "ship engineers" are a row of the second table,
# not the engineers of the first.
PROFESSIONS = """<html><head><title>Pay by profession, 2031</title></head><body><main>
<h1>Average salaries by profession, 2031</h1>
<table><caption>Average salary by profession</caption>
<tr><th>Profession</th><th>Average salary</th></tr>
<tr><td>Engineers</td><td>$90,400</td></tr>
<tr><td>Nurses</td><td>$75,300</td></tr>
</table>
<table><caption>Engineers by specialty</caption>
<tr><th>Specialty</th><th>Average salary</th></tr>
<tr><td>Ship engineers</td><td>$70,100</td></tr>
<tr><td>Mining engineers</td><td>$110,600</td></tr>
</table></main></body></html>"""


@pytest.mark.parametrize(
    ("sentence", "label", "row"),
    [
        ("Ship engineers earn more than nurses", "contradicted", "Ship engineers"),
        ("Mining engineers earn more than nurses", "supported", "Mining engineers"),
        ("Nurses earn less than ship engineers", "contradicted", "Ship engineers"),
    ],
)
def test_a_kind_of_a_profession_is_not_the_profession_at_large(
    sentence: str, label: str, row: str, ruleset: Any
) -> None:
    claims = run(
        f"# Pay\n\n{sentence} ([pay]({PROFESSIONS_URL})).\n",
        {PROFESSIONS_URL: PROFESSIONS},
        ruleset,
        wrap=False,
    )
    found = verdict(claims, "comparison").verdict
    assert found.label == label, found.rationale
    assert f"row “{row}”" in found.rationale


FREELANCE_URL = "https://survey.example.org/freelance-pay-2031"
# Rows named by the work, not the worker: "Translation" is the translators' row.
FREELANCE = """<html><head><title>Freelance pay survey 2031</title></head><body><main>
<h1>Freelance pay survey 2031: results</h1>
<table><caption>Median annual income by field, full-time freelancers (USD)</caption>
<tr><th>Field</th><th>Median income</th></tr>
<tr><td>Translation</td><td>$61,200</td></tr>
<tr><td>Illustration</td><td>$48,300</td></tr>
<tr><td>Journalism</td><td>$55,900</td></tr>
<tr><td>Physiotherapy</td><td>$66,400</td></tr>
</table></main></body></html>"""


@pytest.mark.parametrize(
    ("sentence", "label"),
    [
        ("Freelance translators earn more than illustrators", "supported"),
        ("Illustrators now earn more than journalists", "contradicted"),
        ("Physiotherapists earn more than translators", "supported"),
        ("Journalists earn less than illustrators", "contradicted"),
    ],
)
def test_a_row_named_by_the_work_is_its_workers(sentence: str, label: str, ruleset: Any) -> None:
    claims = run(
        f"# Pay\n\n{sentence} ([survey]({FREELANCE_URL})).\n",
        {FREELANCE_URL: FREELANCE},
        ruleset,
        wrap=False,
    )
    found = verdict(claims, "comparison").verdict
    assert found.label == label, found.rationale
