"""Comparisons written in forms the pay rules used to pass over: a right side that is a
name before a plural ("Kelby porters") or "those in ...", a left side before a modal
("will now earn") or after an aside ("..., meanwhile, have overtaken"), the base forms of
"outstrip" and "exceed", "overtaken", "do better than" and "compares favourably with".
The sentences and the page are written for these tests."""

from __future__ import annotations

from typing import Any

import pytest
from judging import run, verdict

ROTA_URL = "https://stats.example.net/ports/wages-2033"
ROTA = """<html><head><title>Port wages, 2033</title></head><body><main>
<h1>Hourly wages at three ports, 2033</h1>
<table><caption>Median hourly wage by port</caption>
<tr><th>Port</th><th>Median hourly wage</th></tr>
<tr><td>Ardlow dockers</td><td>£18.40</td></tr>
<tr><td>Kelby dockers</td><td>£15.10</td></tr>
<tr><td>Morwick dockers</td><td>£21.70</td></tr>
</table></main></body></html>"""


@pytest.mark.parametrize(
    ("sentence", "left", "relation", "right"),
    [
        (
            "Riggers in Ardlow will now earn more than Kelby riggers",
            "Riggers in Ardlow",
            "greater",
            "Kelby riggers",
        ),
        (
            "Cleaners in Tarrow earn less than those in Ostley at every grade",
            "Cleaners in Tarrow",
            "less",
            "those in Ostley at every grade",
        ),
        (
            "Welders' day rates, meanwhile, have overtaken those at the Penrick yard",
            "Welders' day rates",
            "greater",
            "those at the Penrick yard",
        ),
        (
            "Median wages in haulage outstrip the regional average for all trades",
            "Median wages in haulage",
            "greater",
            "the regional average for all trades",
        ),
        (
            "And the glaziers do better than roofers, too",
            "the glaziers",
            "greater",
            "roofers",
        ),
        (
            "Their day rate compares favourably with what Brannock scaffolders get",
            "Their day rate",
            "greater",
            "what Brannock scaffolders get",
        ),
        (
            "Ferry stewards on the Orla fare worse than cooks on the same boats",
            "Ferry stewards on the Orla",
            "less",
            "cooks on the same boats",
        ),
        (
            "Apprentices take home less than a third of what a qualified fitter earns",
            "Apprentices",
            "ratio_at_most",
            "what a qualified fitter earns",
        ),
    ],
)
def test_the_forms_are_comparisons(
    sentence: str, left: str, relation: str, right: str, ruleset: Any
) -> None:
    found = verdict(run(f"# Pay\n\n{sentence}.\n", {}, ruleset), "comparison")
    fields = found.claim.fields
    assert (fields.get("left"), fields.get("relation"), fields.get("right")) == (
        left,
        relation,
        right,
    ), fields


@pytest.mark.parametrize(
    "sentence",
    [
        "The mill workers do no better than their parents did",
        "Kelby dockers earn more than Ardlow pays",
    ],
)
def test_lookalikes_are_not_read_as_greater(sentence: str, ruleset: Any) -> None:
    claims = run(f"# Pay\n\n{sentence}.\n", {}, ruleset)
    greater = [c for c in claims if c.claim.fields.get("relation") == "greater"]
    assert all(c.claim.fields.get("right") != "Ardlow pays" for c in greater), greater
    assert not any("no better" in c.claim.text for c in greater), greater


@pytest.mark.parametrize(
    ("sentence", "label"),
    [
        ("Morwick dockers will now earn more than Ardlow dockers", "supported"),
        ("Kelby dockers, meanwhile, have overtaken those at Ardlow", "contradicted"),
        ("Morwick dockers do better than Kelby dockers, too", "supported"),
    ],
)
def test_the_forms_are_checked(sentence: str, label: str, ruleset: Any) -> None:
    claims = run(f"# Pay\n\n{sentence} ([wages]({ROTA_URL})).\n", {ROTA_URL: ROTA}, ruleset)
    found = verdict(claims, "comparison").verdict
    assert found.label == label, found.rationale
