"""A count's unit may have a participle between its noun and its plural head ("16 coach
operating companies", "3 oil producing nations"): the unit is the whole compound, so that
"14 coach companies" is set against it and not against a bare "coach". Drafts and pages
written for these tests."""

from __future__ import annotations

from typing import Any

import pytest
from judging import run

from factcheck.claims.extract import extract_claims
from factcheck.reading import parse_article


@pytest.mark.parametrize(
    ("sentence", "unit"),
    [
        ("Staff at 16 coach operating companies stopped work.", "coach operating companies"),
        ("Ministers of 3 oil producing nations met in Vienna.", "oil producing nations"),
        ("About 12 fee paying schools closed early.", "fee paying schools"),
        ("Roughly 40 ship owning families sold their stakes.", "ship owning families"),
        ("Inspectors visited 9 food processing plants.", "food processing plants"),
        # Without a participle the unit is as before.
        ("Some 20 staff were laid off.", "staff"),
        ("Drivers at 14 coach companies stopped work.", "coach companies"),
    ],
)
def test_a_participle_stays_inside_the_unit(sentence: str, unit: str, ruleset: Any) -> None:
    claims = extract_claims(parse_article(sentence, "draft.txt"), ruleset)
    units = [c.fields.get("unit") for c in claims if c.type == "quantity"]
    assert units == [unit]


URL = "https://news.example/2035/coach-drivers-strike"
PAGE = """<h1>Coach drivers to strike next week</h1>
<p>Drivers employed by 16 coach operating companies plan stoppages in turn next week,
the Coach Drivers Guild said on Monday.</p>"""


@pytest.mark.parametrize(
    ("sentence", "label"),
    [
        ("Guild drivers at 14 coach companies plan stoppages next week.", "contradicted"),
        ("Guild drivers at 16 coach companies plan stoppages next week.", "supported"),
    ],
)
def test_a_count_meets_the_compound_it_names(sentence: str, label: str, ruleset: Any) -> None:
    opening = f"The Coach Drivers Guild called a strike ([report]({URL}))."
    article = f"# Coaches\n\n{opening} {sentence}\n"
    checked = run(article, {URL: PAGE}, ruleset)
    labels = [
        c.verdict.label
        for c in checked
        if c.claim.type == "quantity" and "compan" in str(c.claim.fields.get("unit"))
    ]
    assert labels == [label]
