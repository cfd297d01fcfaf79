"""A count is set against a page's figure only when both count one thing: a unit of two
modifiers and a plural noun ("new ferry pilots") is read whole; a year's total is no
count of those one event touched; the page a claim's own sentence cites speaks of what
it tells; "shops" and "stores" count alike; and a table whose caption says what it
counts gives its bare cells that unit, though one column is of changes in %.
Drafts and pages written for these tests."""

from __future__ import annotations

from typing import Any

import pytest
from judging import run, verdict

from factcheck.claims.extract import extract_claims
from factcheck.reading import parse_article


@pytest.mark.parametrize(
    ("sentence", "unit"),
    [
        ("The port wants to hire 60 new ferry pilots.", "new ferry pilots"),
        ("Some 40 senior care workers quit in March.", "senior care workers"),
        ("The group runs 12 large container ships.", "large container ships"),
        # A word linking the noun to what follows is no modifier.
        ("The chain has 900 people in its stores.", "people"),
        ("It hired 150 new drivers this year.", "new drivers"),
    ],
)
def test_two_modifiers_stay_inside_the_unit(sentence: str, unit: str, ruleset: Any) -> None:
    claims = extract_claims(parse_article(sentence, "draft.txt"), ruleset)
    units = [c.fields.get("unit") for c in claims if c.type == "quantity"]
    assert units == [unit]


MUSEUM = "https://news.example/2032/museum-guides-strike"
MUSEUM_PAGE = """<h1>Museum guides strike for two days</h1>
<p>Guides at the Halvard Museum stopped work on Friday and Saturday over rosters.</p>
<p>The Halvard Museum welcomed more than 2.3 million visitors in 2031.</p>"""


@pytest.mark.parametrize(
    ("sentence", "label"),
    [
        # Those one stoppage touched are not the year's visitors.
        ("Roughly 6,000 visitors had their tours cancelled, staff said.", "unverified"),
        # A year's total told of a year is the page's figure, told otherwise.
        ("The museum welcomed 1.6 million visitors last year.", "contradicted"),
    ],
)
def test_a_years_total_refutes_only_a_years_count(sentence: str, label: str, ruleset: Any) -> None:
    article = (
        f"# Guides\n\nGuides at the Halvard Museum walked out ([report]({MUSEUM})). {sentence}\n"
    )
    assert verdict(run(article, {MUSEUM: MUSEUM_PAGE}, ruleset), "quantity").verdict.label == label


DEPOT = "https://press.example/2033/orsa-ferries-pilots"
DEPOT_PAGE = """<h1>Orsa Ferries opens pilot recruitment</h1>
<p>Orsa Ferries has opened its largest recruitment round in years, aiming to hire
60 new ferry pilots during 2034.</p>"""


@pytest.mark.parametrize(("figure", "label"), [("90", "contradicted"), ("60", "supported")])
def test_the_page_the_sentence_cites_tells_its_count(figure: str, label: str, ruleset: Any) -> None:
    # The sentence before names a place the page never does; the claim's own sentence
    # cites the page, so its count of pilots is the page's.
    article = (
        "# Pilots\n\nEvery ferry line around Tasmania is short of crews. In a statement, "
        f"the operator said it wants to hire {figure} new pilots by the end of 2034 "
        f"([statement]({DEPOT})).\n"
    )
    checked = run(article, {DEPOT: DEPOT_PAGE}, ruleset)
    assert verdict(checked, "quantity", "new pilots").verdict.label == label


WAREHOUSE = "https://news.example/2033/grenlo-depot-walkout"
WAREHOUSE_PAGE = """<h1>Walkout at Grenlo depot</h1>
<p>The Grenlo depot in Almere, which supplies 85 Dalmo stores, was shut on Monday.</p>"""


@pytest.mark.parametrize(
    ("sentence", "label"),
    [
        ("The Almere depot feeds 85 Dalmo shops.", "supported"),
        ("The Almere depot feeds 120 Dalmo shops.", "contradicted"),
        # Stores are no lorries.
        ("The Almere depot runs 120 Dalmo lorries.", "unverified"),
    ],
)
def test_shops_and_stores_count_alike(sentence: str, label: str, ruleset: Any) -> None:
    article = f"# Depot\n\nWorkers shut the Grenlo depot ([report]({WAREHOUSE})). {sentence}\n"
    checked = run(article, {WAREHOUSE: WAREHOUSE_PAGE}, ruleset)
    assert verdict(checked, "quantity", "Almere").verdict.label == label


STATS = "https://stats.example/tables/licensed-pilots-by-port.htm"
STATS_PAGE = """<h1>Licensed pilots by port</h1>
<table>
<caption>Number of pilots licensed (all grades); percentage change.</caption>
<thead><tr><th>Port</th><th>2031</th><th>2032</th><th>Change 2031–2032 (%)</th></tr></thead>
<tbody>
<tr><th>Harwick</th><td>1,210</td><td>1,388</td><td>+14.7</td></tr>
<tr><th>Moreton</th><td>950</td><td>901</td><td>-5.2</td></tr>
</tbody>
</table>"""


@pytest.mark.parametrize(("figure", "label"), [("1,390", "supported"), ("1,800", "contradicted")])
def test_a_count_caption_names_the_cells_unit(figure: str, label: str, ruleset: Any) -> None:
    article = (
        f"# Pilots\n\nSome {figure} pilots were licensed at Harwick in 2032, "
        f"according to the [port statistics]({STATS}).\n"
    )
    checked = run(article, {STATS: STATS_PAGE}, ruleset, wrap=False)
    assert verdict(checked, "quantity", "Harwick").verdict.label == label
