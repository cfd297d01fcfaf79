"""A posting's own panel of fields beside its text (a box named a sidebar holding
"Location", "Contract" and "Compensation", no links) is the page's own: its pay is the
posting's pay, written as a line or as a list of one item under its heading. A sidebar of
links (similar jobs, other stories) stays furniture. The pages are written for these
tests."""

from __future__ import annotations

import pytest

from factcheck.sources.facts import read_facts

URL = "https://jobs.larkfield.example/openings/3310"


def _page(panel_class: str, pay: str, links: str = "") -> str:
    return (
        "<html lang='en'><head><title>Tile Setter | Larkfield Interiors</title></head><body>"
        f"<div class='layout'><section class='{panel_class}'>"
        "<div class='field'><h2>Location</h2><p>Norwich</p></div>"
        f"<div class='field'><h2>Compensation</h2>{pay}</div>{links}</section>"
        "<section class='job-body'><h1>Tile Setter</h1><p>Larkfield Interiors fits "
        "bathrooms across Norfolk.</p><a class='apply' href='/apply'>Apply now</a></section>"
        "</div></body></html>"
    )


@pytest.mark.parametrize("panel_class", ["job-sidebar", "sidebar", "posting-sidebar-right"])
@pytest.mark.parametrize(
    ("pay", "low", "high"),
    [
        ("<ul><li><span>$31</span> <span>–</span> <span>$38</span> <span>per hour</span></li></ul>",
         31, 38),
        ("<p>£27,500 - £31,000 per annum</p>", 27500, 31000),
        ("<p><span>€2.600</span> – <span>€3.100</span> brutto pro Monat</p>", 2600, 3100),
    ],
)  # fmt: skip
def test_a_posting_panel_of_fields_gives_its_pay(
    panel_class: str, pay: str, low: float, high: float
) -> None:
    facts = read_facts(_page(panel_class, pay), URL).of("pay")
    assert [(f.data["min"], f.data["max"]) for f in facts] == [(low, high)]


def test_a_sidebar_of_links_stays_furniture() -> None:
    links = "<ul><li><a href='/openings/3311'>Senior Tile Setter</a></li></ul>"
    page = _page("sidebar", "<p>£27,500 - £31,000 per annum</p>", links)
    assert read_facts(page, URL).of("pay") == []
