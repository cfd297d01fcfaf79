"""A side that is a typical figure of a whole ("the state average", "the regional
median", "the average each week") is read from a table's row of totals, never from a
row that another clause of the sentence names: the average of one industry is another
statistic. In a table with no row of totals, such a side is read from no row.
The pages and sentences are written for these tests."""

from __future__ import annotations

from typing import Any

import pytest
from judging import run, verdict

URL = "https://stats.example.gov/earnings/weekly-by-sector"

# Weekly: quarrying 2,400, retail 1,300, building 1,500, all branches 1,100. Quarrying is
# more than double the total (2.18 times), not double the retail row (1.85 times).
LAYOUTS = {
    "totals last": """<h1>Weekly earnings by sector, Norland, 2031</h1>
<table><caption>Mean weekly earnings, all employees</caption>
<thead><tr><th>Branch</th><th>Mean weekly earnings, dollars</th></tr></thead>
<tbody>
<tr><th>Quarrying</th><td>2,400</td></tr><tr><th>Shop trades</th><td>1,300</td></tr>
<tr><th>Building</th><td>1,500</td></tr><tr><th>All branches</th><td>1,100</td></tr>
</tbody></table>""",
    "totals first": """<h1>Norland earnings, 2031</h1>
<table><tr><th>Branch</th><th>Mean weekly earnings ($)</th></tr>
<tr><td>Total, all branches</td><td>1,100</td></tr><tr><td>Quarrying</td><td>2,400</td></tr>
<tr><td>Building</td><td>1,500</td></tr><tr><td>Shop trades</td><td>1,300</td></tr>
</table>""",
    "two columns": """<h1>Pay in Norland by sector, 2031</h1>
<table><caption>Earnings of employees ($)</caption>
<tr><th>Branch</th><th>Mean weekly</th><th>Employees (thousands)</th></tr>
<tr><td>Shop trades</td><td>1,300</td><td>212</td></tr>
<tr><td>Quarrying</td><td>2,400</td><td>9</td></tr>
<tr><td>Building</td><td>1,500</td><td>140</td></tr>
<tr><td>All branches</td><td>1,100</td><td>1,650</td></tr></table>""",
}

SENTENCES = {
    "totals last": "Quarry staff earn more than double the state average each week, and"
    " builders out-earn those in shop trades",
    "totals first": "In Norland quarry staff take home more than twice the regional mean"
    " every week, while shop trades lags behind building",
    "two columns": "Quarrying pays more than double the average weekly wage; shop trades pays"
    " less than building",
}


@pytest.mark.parametrize("layout", sorted(LAYOUTS))
def test_a_typical_figure_of_the_whole_is_the_row_of_totals(layout: str, ruleset: Any) -> None:
    draft = f"# Pay\n\n{SENTENCES[layout]} ([data]({URL})).\n"
    claims = run(draft, {URL: LAYOUTS[layout]}, ruleset)
    found = verdict(claims, "comparison").verdict
    assert found.label == "supported", found.rationale
    assert "1,100" in " ".join(e.quote for e in found.evidence), found.rationale


def test_a_typical_figure_of_the_whole_without_totals_is_read_from_no_row(
    ruleset: Any,
) -> None:
    page = LAYOUTS["totals last"].replace("All branches", "Fishing")
    draft = (
        "# Pay\n\nQuarry staff earn less than the state average each week, and builders"
        f" out-earn those in shop trades ([data]({URL})).\n"
    )
    found = verdict(run(draft, {URL: page}, ruleset), "comparison").verdict
    assert found.label != "contradicted", found.rationale
