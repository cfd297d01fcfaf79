"""A table whose rows are companies, unions or places keys its figures by them: a count
about the one a claim names is read in that one's row, never in another's that happens
to hold the claimed figure; a bare count says what it counts by its column's header.
Pages written for these tests."""

from __future__ import annotations

from typing import Any

import pytest
from judging import verdict_on

from factcheck.sources.facts import read_facts

NOTICES_URL = "https://labour.example.gov/notices/2031-q1"
NOTICES = """<html><body><main><h1>WARN notices received, first quarter</h1>
<p>Employers must give 60 days' notice of a plant closing or mass layoff. The notices below
were filed with the department between January and March.</p>
<table><thead><tr><th>Company</th><th>City</th><th>Employees affected</th>
<th>Effective date</th></tr></thead><tbody>
<tr><td>Halvern Plastics</td><td>Dayle</td><td>85</td><td>March 14</td></tr>
<tr><td>Oakrest Medical Supply</td><td>Fenwick</td><td>120</td><td>March 28</td></tr>
<tr><td>Tamsin Freight Lines</td><td>Dayle</td><td>230</td><td>April 2</td></tr>
</tbody></table></main></body></html>"""

MEMBERS_URL = "https://stats.example.org/unions/2030"
MEMBERS = """<html><body><main><h1>Trade union membership, 2030</h1>
<p>Figures are members at the end of December, as each union reported them.</p>
<table><tr><th>Union</th><th>Sector</th><th>Number of members</th></tr>
<tr><td>Solway Rail Workers' Union</td><td>Transport</td><td>14,200</td></tr>
<tr><td>Kessock Teachers' Federation</td><td>Education</td><td>31,750</td></tr>
<tr><td>Harbour Pilots' Association</td><td>Transport</td><td>1,900</td></tr>
</table></main></body></html>"""


def test_a_bare_count_says_what_it_counts_by_its_header() -> None:
    cells = {
        (c.data["row"].split(" (")[0], c.data["column"]): c.text
        for c in read_facts(NOTICES).of("cell")
    }
    assert cells[("Halvern Plastics", "Employees affected")].endswith(": 85 employees affected")
    members = {c.data["row"].split(" (")[0]: c.text for c in read_facts(MEMBERS).of("cell")}
    assert members["Harbour Pilots' Association"].endswith(": 1,900 members")


@pytest.mark.parametrize(
    ("sentence", "label", "shown"),
    [
        # Another company's row holds the claimed 120; Halvern's says 85.
        ("Halvern Plastics is laying off 120 workers in Dayle", "contradicted", "85"),
        ("Halvern Plastics filed notice that it will lay off 85 workers", "supported", "85"),
        ("Oakrest Medical Supply is laying off 120 workers", "supported", "120"),
        ("Tamsin Freight Lines will lay off 120 employees", "contradicted", "230"),
        # The company named in the sentence before.
        (
            "Halvern Plastics is closing its Dayle plant. The company will lay off 120 workers",
            "contradicted",
            "85",
        ),
    ],
)
def test_a_count_about_a_company_takes_its_row(
    sentence: str, label: str, shown: str, ruleset: Any
) -> None:
    judged = verdict_on(
        f"{sentence} ([notices]({NOTICES_URL})).",
        {NOTICES_URL: NOTICES},
        ruleset,
        "quantity",
        wrap=False,
    )
    assert judged.label == label
    assert f"{shown} employees" in judged.rationale


@pytest.mark.parametrize(
    ("sentence", "label"),
    [
        ("The Harbour Pilots' Association has 14,200 members", "contradicted"),
        ("The Solway Rail Workers' Union represents 1,900 members", "contradicted"),
        ("The Kessock Teachers' Federation has about 31,700 members", "supported"),
    ],
)
def test_a_count_about_a_union_takes_its_row(sentence: str, label: str, ruleset: Any) -> None:
    judged = verdict_on(
        f"{sentence} ([registrar]({MEMBERS_URL})).",
        {MEMBERS_URL: MEMBERS},
        ruleset,
        "quantity",
        wrap=False,
    )
    assert judged.label == label
    row = sentence.removeprefix("The ").split(" has")[0].split(" represents")[0]
    assert row in judged.rationale
