"""A posting's page may list other jobs under a heading of the site's own wording, in a
table, a list or a column before the posting: a pay figure beside a title that is not the
posting's own is another job's, and never refutes a pay claim, even one that gives the
listed job's title. The posting's own pay still decides. Pages written for these tests."""

from __future__ import annotations

import pytest
from judging import cited
from postings import job_posting_ld

from factcheck.rulepacks.ruleset import RuleSet

URL = "http://jobs.test/brassey/kiln-operator-4471.html"

POSTING = job_posting_ld(
    "Kiln Operator", "Brassey Ceramics", currency="GBP", low=29000, high=31000, unit="YEAR"
)
OWN = (
    "<h1>Kiln Operator</h1><p>Brassey Ceramics, Longton</p>"
    "<p>Pay: £29,000 - £31,000 a year</p>"
    "<p>You will load, fire and unload the tunnel kilns on a rotating day shift.</p>"
)
BOXES = {
    "a table after the posting": (
        "<h3>Hiring now nearby</h3><table>"
        "<tr><td>Glaze Technician</td><td>Wedgefield Pottery</td><td>£35,500 - £37,000 a year"
        "</td></tr><tr><td>Mould Maker</td><td>Trentvale Ltd</td><td>£33,000 a year</td></tr>"
        "</table>",
        "after",
    ),
    "a list of entries with line breaks": (
        "<h3>Browse these too</h3><ul>"
        "<li>Glaze Technician<br>Wedgefield Pottery<br>£35,500 - £37,000 a year</li>"
        "<li>Mould Maker<br>Trentvale Ltd<br>£33,000 a year</li></ul>",
        "after",
    ),
    "a column before the posting": (
        "<div><h4>Openings elsewhere in Longton</h4>"
        "<div><strong>Glaze Technician</strong></div><div>Wedgefield Pottery</div>"
        "<div>£35,500 - £37,000 a year</div>"
        "<div><strong>Mould Maker</strong></div><div>Trentvale Ltd</div>"
        "<div>£33,000 a year</div></div>",
        "before",
    ),
    "a definition list": (
        "<h3>Compare pay</h3><dl><dt>Glaze Technician</dt>"
        "<dd>Wedgefield Pottery</dd><dd>£35,500 - £37,000 a year</dd>"
        "<dt>Mould Maker</dt><dd>Trentvale Ltd</dd><dd>£33,000 a year</dd></dl>",
        "after",
    ),
}


def _page(box: str, where: str) -> str:
    main = f"<main>{box}{OWN}</main>" if where == "before" else f"<main>{OWN}{box}</main>"
    return f"<html><head><title>Kiln Operator</title>{POSTING}</head><body>{main}</body></html>"


@pytest.mark.parametrize("layout", sorted(BOXES))
def test_a_listed_job_s_pay_does_not_refute_the_posting_s(layout: str, ruleset: RuleSet) -> None:
    page = _page(*BOXES[layout])
    sentence = "Brassey Ceramics wants a glaze technician in Longton on £29,000 to £31,000 a year"
    found = cited(sentence, URL, page, ruleset, "salary", wrap=False)
    assert found.verdict.label != "contradicted", found.verdict.rationale


@pytest.mark.parametrize("layout", sorted(BOXES))
def test_the_posting_s_own_pay_still_decides(layout: str, ruleset: RuleSet) -> None:
    page = _page(*BOXES[layout])
    sentence = "Brassey Ceramics wants a kiln operator in Longton on £35,500 to £37,000 a year"
    found = cited(sentence, URL, page, ruleset, "salary", wrap=False)
    assert found.verdict.label == "contradicted", found.verdict.rationale
