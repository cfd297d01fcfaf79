"""Readings of a comparison's sides that would set the wrong figures against each other:
"that basic wage" pointing back past pay to the allowance given beside it; a table
cell's sum with no period of its own under a caption naming one ("Minimum monthly
amounts"); two rows of one column neither side names; a side stated as a share ("its
8.4 per cent rise") read from a table's levels; the column "Non-resident" read for
residents; an earlier figure for a job without the rank the side names ("a senior
ranger"). Each either finds the right figures or leaves the claim unresolved, never
contradicted. The pages and drafts are written for these tests."""

from __future__ import annotations

from typing import Any

import judging
import pytest

from factcheck.evidence.comparisons import complement_named

URL = "https://stats.example/page"
FLOOR_URL = "https://labour.example/floor"

FLOOR = """<h1>Statutory floor</h1>
<table><caption>Minimum monthly amounts (Swiss francs)</caption>
<tr><th>Item</th><th>Amount</th></tr>
<tr><td>Basic wage</td><td>CHF 2,000</td></tr>
<tr><td>Meal allowance</td><td>CHF 400</td></tr>
</table>"""


@pytest.mark.parametrize(
    ("sentence", "label"),
    [
        (
            "A Tarnow agency offers porters CHF 2,500 a month plus an CHF 400 meal allowance. "
            "That basic wage is 25 per cent above the statutory basic wage.",
            "supported",
        ),
        (
            "A Tarnow agency offers porters CHF 2,500 a month plus an CHF 400 meal allowance. "
            "That basic wage is 60 per cent above the statutory basic wage.",
            "contradicted",
        ),
        (
            "A Tarnow agency offers porters CHF 3,000 a month and a CHF 250 travel allowance. "
            "That basic pay is half as much again as the statutory basic wage.",
            "supported",
        ),
    ],
)
def test_that_wage_points_past_an_allowance_and_reads_a_monthly_caption(
    sentence: str, label: str, ruleset: Any
) -> None:
    draft = f"# Porters\n\n{sentence} ([floor]({FLOOR_URL}))\n"
    claims = judging.run(draft, {FLOOR_URL: FLOOR}, ruleset, wrap=False, path="d.md")
    judged = judging.verdict(claims, "comparison").verdict
    assert judged.label == label, judged.rationale


BY_GROUP = """<h1>Quarterly wages</h1>
<table><caption>Average monthly wage (Omani rials) by sector and nationality,
second quarter 2031</caption>
<tr><th rowspan="2">Sector</th><th colspan="2">Average monthly wage (OMR)</th></tr>
<tr><th>Omani</th><th>Non-Omani</th></tr>
<tr><td>Mining and quarrying</td><td>5,100</td><td>3,900</td></tr>
<tr><td>Transport and storage</td><td>3,300</td><td>2,050</td></tr>
<tr><td>Education</td><td>4,400</td><td>4,100</td></tr>
</table>"""


@pytest.mark.parametrize(
    ("sentence", "label"),
    [
        (
            "Non-Omani staff in transport and storage earned less than two-thirds of what "
            "their Omani colleagues did in the second quarter of 2031.",
            "supported",
        ),
        (
            "Non-Omani staff in transport and storage earned more than their Omani "
            "colleagues did in the second quarter of 2031.",
            "contradicted",
        ),
        (
            "Non-Omani staff in education earned less than half what their Omani "
            "colleagues did in the second quarter of 2031.",
            "contradicted",
        ),
    ],
)
def test_a_side_named_by_column_reads_the_other_sides_row(
    sentence: str, label: str, ruleset: Any
) -> None:
    draft = f"# Wages\n\n{sentence} ([table]({URL}))\n"
    claims = judging.run(draft, {URL: BY_GROUP}, ruleset, wrap=False, path="d.md")
    judged = judging.verdict(claims, "comparison").verdict
    assert judged.label == label, judged.rationale


def test_two_rows_neither_side_names_say_nothing(ruleset: Any) -> None:
    draft = (
        "# Wages\n\nNon-Omani night porters earn less than half what the Omani day "
        f"porters do ([table]({URL})).\n"
    )
    claims = judging.run(draft, {URL: BY_GROUP}, ruleset, wrap=False, path="d.md")
    judged = judging.verdict(claims, "comparison").verdict
    assert judged.label != "contradicted", judged.rationale


@pytest.mark.parametrize(
    ("side", "headers", "apart"),
    [
        ("resident colleagues", "Average wage, Non-resident", True),
        ("non-resident staff", "Average wage, Resident", True),
        ("Non-EU workers", "Pay, non-EU", False),
        ("EU nationals", "Pay, EU", False),
        ("union members", "Pay, Non union", True),
        ("night porters", "Pay, Non-resident", False),
    ],
)
def test_a_non_header_is_the_complement_of_its_word(side: str, headers: str, apart: bool) -> None:
    assert complement_named(side, headers) is apart


PORTS = """<h1>Port traffic</h1>
<table><caption>Container throughput, thousand TEU</caption>
<tr><th>Port</th><th>2030</th><th>2031</th><th>Change 2031/2030 (%)</th></tr>
<tr><td>Port Kessel</td><td>800</td><td>874</td><td>+9.2</td></tr>
<tr><td>Port Varra</td><td>2,900</td><td>3,016</td><td>+4.0</td></tr>
</table>"""


def test_a_side_stated_as_a_share_is_not_read_from_the_levels(ruleset: Any) -> None:
    draft = (
        f"# Ports\n\nPort Kessel's 9.2 per cent growth outpaced Port Varra's ([table]({URL})).\n"
    )
    claims = judging.run(draft, {URL: PORTS}, ruleset, wrap=False, path="d.md")
    judged = judging.verdict(claims, "comparison").verdict
    assert judged.label != "contradicted", judged.rationale


def test_levels_still_set_two_rows_apart(ruleset: Any) -> None:
    draft = f"# Ports\n\nPort Varra handled more boxes than Port Kessel ([table]({URL})).\n"
    claims = judging.run(draft, {URL: PORTS}, ruleset, wrap=False, path="d.md")
    judged = judging.verdict(claims, "comparison").verdict
    assert judged.label == "supported", judged.rationale


RANGERS = """<h1>Park service pay scale</h1>
<table><caption>Monthly basic pay by grade (Swiss francs per month)</caption>
<tr><th>Grade</th><th>Post</th><th>Minimum (CHF)</th><th>Maximum (CHF)</th></tr>
<tr><td>P1</td><td>Trainee Warden</td><td>1,500</td><td>1,900</td></tr>
<tr><td>P4</td><td>Ranger</td><td>3,100</td><td>3,800</td></tr>
<tr><td>P5</td><td>Senior Ranger</td><td>4,450</td><td>5,200</td></tr>
</table>"""


def test_an_earlier_figure_without_the_sides_rank_is_not_the_sides(ruleset: Any) -> None:
    draft = (
        "# Rangers\n\nA ranger on grade P4 starts at CHF 3,100 a month ([scale]"
        f"({URL})).\n\nStarting pay for a Senior Ranger comes to close on three times a "
        f"trainee warden's starting pay ([scale]({URL})).\n"
    )
    claims = judging.run(draft, {URL: RANGERS}, ruleset, wrap=False, path="d.md")
    judged = judging.verdict(claims, "comparison", "Senior Ranger").verdict
    assert judged.label != "contradicted", judged.rationale
