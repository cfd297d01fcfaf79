"""A pay schedule priced in variants and in years. Step columns that differ by more than
their step ("Inner zone minimum | Inner zone maximum | Outer zone minimum | ...") are one
scale per variant: a range that is one variant's is that row's pay, and another variant's
figures are another place's pay, no conflict. Tables of several years pricing the same
row (this year's schedule, last year's kept to compare, perhaps folded in a
``<details>`` or a ``<figure>`` whose own caption names it) give today's pay in the latest
one, unless the claim names the earlier year. The pages and sentences are written for
these tests."""

from __future__ import annotations

from typing import Any

import pytest
from judging import run, verdict

from factcheck.sources.facts import read_facts

URL = "https://people.harrowgate-water.example/pay/2031"


def _zones(first: str, second: str) -> str:
    return f"""<html><head><title>Pay bands</title></head><body><main>
<h1>Harrowgate Water pay bands</h1>
<table><caption>Pay bands from April 2031</caption>
<tr><th>Band</th><th>{first} minimum</th><th>{first} maximum</th>
<th>{second} minimum</th><th>{second} maximum</th></tr>
<tr><td>Band 4</td><td>£31,200</td><td>£35,600</td><td>£34,100</td><td>£38,900</td></tr>
<tr><td>Band 5</td><td>£36,400</td><td>£41,800</td><td>£39,700</td><td>£45,300</td></tr>
</table></main></body></html>"""


def _salary(sentence: str, page: str, ruleset: Any) -> Any:
    draft = f"# Pay\n\nHarrowgate Water sets out its bands ([pay]({URL})). {sentence}\n"
    return verdict(run(draft, {URL: page}, ruleset, wrap=False), "salary").verdict


@pytest.mark.parametrize(
    ("first", "second"),
    [("Coastal", "Metro"), ("Outer zone", "Inner zone"), ("Region", "Capital"),
     ("Standard", "High cost area")],
)  # fmt: skip
def test_each_variant_of_a_row_is_a_scale_of_its_own(first: str, second: str, ruleset: Any) -> None:
    page = _zones(first, second)
    for sentence in (
        "A Band 5 post pays £36,400 to £41,800 a year.",
        "A Band 5 post pays £39,700 to £45,300 a year.",
    ):
        found = _salary(sentence, page, ruleset)
        assert found.label == "supported", (sentence, found.rationale)
    wrong = _salary("A Band 5 post pays £36,400 to £47,000 a year.", page, ruleset)
    assert wrong.label == "contradicted", wrong.rationale


def _years(old_table: str) -> str:
    return f"""<html><head><title>Salary schedule</title></head><body><main>
<h1>Agreement summary</h1>
<h2>Selected steps of the 2031–32 technician schedule</h2>
<table><tr><th>Step</th><th>Grade A</th><th>Grade B</th></tr>
<tr><td>1</td><td>$47,800</td><td>$50,100</td></tr>
<tr><td>6</td><td>$58,300</td><td>$61,900</td></tr></table>
{old_table}
</main></body></html>"""


_FOLDED = [
    # A table folded under a summary line, after the heading of this year's table.
    """<details><summary>Compare: the 2030–31 schedule (expired)</summary>
<table><tr><th>Step</th><th>Grade A</th></tr><tr><td>1</td><td>$44,900</td></tr>
<tr><td>6</td><td>$55,000</td></tr></table></details>""",
    # A figure whose caption follows its table.
    """<figure><table><tr><th>Step</th><th>Grade A</th></tr><tr><td>1</td><td>$44,900</td></tr>
<tr><td>6</td><td>$55,000</td></tr></table>
<figcaption>Last year's schedule, 2030/31</figcaption></figure>""",
    # A table captioned with its own years, written out.
    """<table><caption>Schedule for 2030 to 2031</caption><tr><th>Step</th><th>Grade A</th></tr>
<tr><td>1</td><td>$44,900</td></tr><tr><td>6</td><td>$55,000</td></tr></table>""",
]


@pytest.mark.parametrize("old_table", _FOLDED)
def test_a_starting_figure_is_read_in_the_latest_years_schedule(
    old_table: str, ruleset: Any
) -> None:
    page = _years(old_table)
    for sentence, label in (
        ("New technicians on Grade A now start at $47,800, up from $44,900.", "supported"),
        ("New technicians on Grade A will start at $45,000 this year.", "contradicted"),
    ):
        found = _salary(sentence, page, ruleset)
        assert found.label == label, (sentence, found.rationale)
        assert "$44,900" not in found.rationale


def test_a_claim_naming_the_earlier_year_is_read_in_its_table(ruleset: Any) -> None:
    page = _years(_FOLDED[2])
    found = _salary("In 2030-31, Grade A technicians started at $44,900.", page, ruleset)
    assert found.label == "supported", found.rationale


def test_a_folded_table_is_named_by_its_summary() -> None:
    facts = read_facts(_years(_FOLDED[0]), URL).of("cell")
    assert facts[-1].where == "table: Compare: the 2030–31 schedule (expired)"
    facts = read_facts(_years(_FOLDED[1]), URL).of("cell")
    assert facts[-1].where == "table: Last year's schedule, 2030/31"
