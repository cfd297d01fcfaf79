"""A page giving pay for two years in one sentence ("£27,300 in 2031, compared with
£26,100 in 2030"): a claim of the earlier year's figure, said of the pay now, is right
once and not now (mixed); said in the past, or of that year, it holds. Pages and
sentences written for these tests."""

from __future__ import annotations

from typing import Any

import pytest
from judging import cited

URL = "https://review.example.uk/lifeguards-2031"
PAGE = """<html><head><title>Lifeguard pay – Coastal Review</title></head><body><main>
<h1>Lifeguard pay</h1><p>The median salary for a beach lifeguard in Wales reached £27,300
in 2031, compared with £26,100 in 2030.</p></main></body></html>"""


@pytest.mark.parametrize(
    ("sentence", "label"),
    [
        ("The median salary for a beach lifeguard in Wales is £26,100", "mixed"),
        ("A beach lifeguard in Wales earns a median salary of £26,100", "mixed"),
        ("The median salary for a beach lifeguard in Wales is £27,300", "supported"),
        ("The median salary for a beach lifeguard in Wales was £26,100", "supported"),
        ("The median salary for a beach lifeguard in Wales was £26,100 in 2030", "supported"),
        ("The median salary for a beach lifeguard in Wales is £29,000", "contradicted"),
    ],
)
def test_an_earlier_years_figure_is_not_the_pay_now(
    sentence: str, label: str, ruleset: Any
) -> None:
    found = cited(sentence, URL, PAGE, ruleset, "salary").verdict
    assert found.label == label, found.rationale
