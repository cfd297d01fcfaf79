"""A table row named with a gloss, a translation or a code in brackets ("Roofers
(techadores)", "Glaziers (47-2121)") is named by its words outside them, when those tell
it from every other row (here "Roofer apprentices" shares "roofer", so only the gloss
told the row apart before); rows alike outside their brackets ("Sales (retail)", "Sales
(wholesale)") are not. The pages and drafts are written for these tests."""

from __future__ import annotations

import pytest
from judging import run

from factcheck.rulepacks.ruleset import RuleSet

URL = "https://trabajo.example/salarios/construccion-2031"
PAGE = """<html lang='en'><head><title>Construction pay floors, 2031</title></head><body>
<main><h1>Construction pay floors, 2031</h1>
<table><caption>Minimum monthly pay by trade, 2031</caption>
<tr><th>Trade</th><th>Share of the base</th><th>Monthly minimum</th></tr>
<tr><th>Roofers (techadores)</th><td>100%</td><td>€ 2,140</td></tr>
<tr><th>Roofer apprentices</th><td>60%</td><td>€ 1,284</td></tr>
<tr><th>Glaziers (47-2121)</th><td>95%</td><td>€ 2,033</td></tr>
<tr><th>Glazier helpers</th><td>70%</td><td>€ 1,498</td></tr>
<tr><th>Bricklayers (albañiles)</th><td>98%</td><td>€ 2,097</td></tr>
<tr><th>Bricklayer labourers</th><td>65%</td><td>€ 1,391</td></tr>
<tr><th>Sales (retail)</th><td>80%</td><td>€ 1,712</td></tr>
<tr><th>Sales (wholesale)</th><td>85%</td><td>€ 1,819</td></tr>
</table></main></body></html>"""


@pytest.mark.parametrize(
    ("sentence", "label"),
    [
        ("Under the decree a qualified roofer is owed at least €2,140 a month.", "supported"),
        ("Bricklayers, the decree says, must get at least €2,097 a month.", "supported"),
        ("A glazier on a building site is now paid at least €2,033 a month.", "supported"),
        # Two rows are "Sales" outside their brackets: neither is named.
        ("Sales staff are owed at least €1,950 a month.", "unverified"),
    ],
)
def test_a_row_is_named_by_its_words_outside_brackets(
    ruleset: RuleSet, sentence: str, label: str
) -> None:
    draft = f"# Building\n\nThe ministry sets floors by trade ([tables]({URL})). {sentence}\n"
    got = [
        c.verdict.label
        for c in run(draft, {URL: PAGE}, ruleset, wrap=False)
        if c.claim.type == "salary"
    ]
    assert got == [label]
