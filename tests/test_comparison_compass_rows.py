"""A side naming a place by a point of the compass in English ("the central region",
"the south region") names a table row that writes that point in the table's own
language ("Región Centro", "Región Sur"); a point the table has no row for names none.
The pages and sentences are written for these tests."""

from __future__ import annotations

from typing import Any

import pytest
from judging import verdict_on

SPANISH_URL = "https://estadistica.example.org/2031/salario-medio"
SPANISH = """<html><head><title>Salario medio por región, 2031</title></head><body><main>
<h1>Salario medio mensual por región</h1>
<table><caption>Pesos (MXN) por mes</caption>
<tr><th>Región</th><th>Salario medio</th></tr>
<tr><td>Región Norte</td><td>14.820</td></tr>
<tr><td>Región Centro</td><td>12.960</td></tr>
<tr><td>Región Sur</td><td>10.450</td></tr>
</table></main></body></html>"""


def _label(sentence: str, url: str, page: str, ruleset: Any) -> str:
    draft = f"# Pay\n\n{sentence} ([table]({url})).\n"
    return verdict_on(draft, {url: page}, ruleset, "comparison", wrap=False).label


@pytest.mark.parametrize(
    ("sentence", "label"),
    [
        ("Workers in the central region earn more than those in the south region", "supported"),
        ("Workers in the southern region earn more than those in the north region", "contradicted"),
    ],
)
def test_a_point_of_the_compass_names_a_foreign_row(
    sentence: str, label: str, ruleset: Any
) -> None:
    assert _label(sentence, SPANISH_URL, SPANISH, ruleset) == label


def test_a_point_no_row_has_is_left_unread(ruleset: Any) -> None:
    # No row is the east: the side names none of "Norte", "Centro" and "Sur".
    sentence = "Workers in the east region earn more than those in the south region"
    assert _label(sentence, SPANISH_URL, SPANISH, ruleset) == "unverified"
