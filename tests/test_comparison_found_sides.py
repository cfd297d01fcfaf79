"""Comparison forms once not found: "one" after "than" standing for the thing named
before ("more than one in Harwick"), pay for each piece of work between "more" and "than"
("more per parcel than"), a part of a year after the things counted ("more sailings in the
first half of 2031 than"), and a rate after the thing counted in "half as many clinics per
10,000 residents as". The pages and sentences are written for these tests."""

from __future__ import annotations

from typing import Any

import pytest
from judging import cited

PAY_URL = "https://stats.example.no/labour/porter-pay-by-county-2031"
# Monthly pay of hospital porters in three counties.
PAY = """<html><head><title>Hospital porter pay by county, 2031</title></head><body><main>
<h1>Median monthly pay of hospital porters by county, 2031</h1>
<table><thead><tr><th>County</th><th>Median monthly pay (kr)</th></tr></thead>
<tbody>
<tr><td>Harwick</td><td>31,200</td></tr>
<tr><td>Dunmore</td><td>28,400</td></tr>
<tr><td>Orla</td><td>33,900</td></tr>
</tbody></table></main></body></html>"""


@pytest.mark.parametrize(
    ("sentence", "label"),
    [
        ("A porter in Harwick earns more than one in Dunmore", "supported"),
        ("A porter in Harwick earns more than one in Orla", "contradicted"),
        ("A porter in Dunmore earns less than one in Orla", "supported"),
    ],
)
def test_one_after_than_is_the_thing_named_before(sentence: str, label: str, ruleset: Any) -> None:
    found = cited(sentence, PAY_URL, PAY, ruleset, "comparison")
    assert found.claim.fields["right"].startswith("one in ")
    assert found.verdict.label == label, found.verdict.rationale


def test_one_in_a_count_after_than_is_no_side(ruleset: Any) -> None:
    # "one in ten" is a share, not the thing named before.
    with pytest.raises(AssertionError, match="no comparison claim"):
        cited(
            "A porter in Harwick earns more than one in ten nurses",
            PAY_URL,
            PAY,
            ruleset,
            "comparison",
        )


PIECE_URL = "https://riders.example.org/2031/fees-per-drop"
# What two cities' platforms pay a rider for each delivery.
PIECE = """<html><head><title>Rider fees per delivery, 2031</title></head><body><main>
<h1>Base fee per delivery by city, 2031</h1>
<table><thead><tr><th>City</th><th>Base fee per delivery (€)</th></tr></thead>
<tbody>
<tr><td>Orla</td><td>4.10</td></tr>
<tr><td>Dunmore</td><td>3.60</td></tr>
</tbody></table></main></body></html>"""


@pytest.mark.parametrize(
    ("sentence", "label"),
    [
        ("Riders in Orla earn more per delivery than riders in Dunmore", "supported"),
        ("Riders in Dunmore earn less per delivery than riders in Orla", "supported"),
    ],
)
def test_pay_for_each_piece_of_work_is_compared(sentence: str, label: str, ruleset: Any) -> None:
    found = cited(sentence, PIECE_URL, PIECE, ruleset, "comparison")
    assert found.verdict.label == label, found.verdict.rationale


def test_pay_per_piece_is_not_judged_by_monthly_pay(ruleset: Any) -> None:
    # A page of monthly pay says nothing of what each delivery pays.
    found = cited(
        "Porters in Orla earn more per delivery than porters in Harwick",
        PAY_URL,
        PAY,
        ruleset,
        "comparison",
    )
    assert found.verdict.label != "contradicted", found.verdict.rationale


APPS_URL = "https://riders.example.org/2031/base-pay-by-app-tarn"
# Base pay per order of three delivery apps in one city.
APPS = """<html><head><title>Base pay per order by app, Tarn, 2031</title></head><body><main>
<h1>Base pay per order by delivery app, Tarn, 2031</h1>
<table><thead><tr><th>App</th><th>Base pay per order (€)</th></tr></thead>
<tbody>
<tr><td>Zippa</td><td>3.20</td></tr>
<tr><td>Kwikly</td><td>3.45</td></tr>
<tr><td>Bolta</td><td>3.60</td></tr>
</tbody></table></main></body></html>"""


@pytest.mark.parametrize(
    ("sentence", "label"),
    [
        ("Zippa trails Kwikly on base pay in Tarn", "supported"),
        ("Bolta trails Zippa on base pay in Tarn", "contradicted"),
        # Two others at once are found, but not yet read side by side: no verdict rather
        # than one read from the first alone.
        ("Zippa trails both Kwikly and Bolta on base pay in Tarn", "unverified"),
        ("Kwikly trails both Zippa and Bolta on base pay in Tarn", "unverified"),
    ],
)
def test_trailing_a_named_side_on_a_measure(sentence: str, label: str, ruleset: Any) -> None:
    found = cited(sentence, APPS_URL, APPS, ruleset, "comparison")
    assert found.claim.fields["relation"] == "less"
    assert found.verdict.label == label, found.verdict.rationale
