"""Comparisons read from a statistics office's table headed in its own language: the row
of the whole ("Nacional") is the national average; a column of persons employed or of
the yearly change ("Personal ocupado", "Variación") is no side's pay, and a header's
"media" is the mean a sentence's "on average" asks for; a gap stated in the draft's
currency meets cells in a currency word several currencies share ("pesos"). And a
people's adjective opening a side ("Moroccan dockers") names its country's row: the
row of another country is no reading of it. The pages and drafts are written for these
tests."""

from __future__ import annotations

from typing import Any

import pytest
from judging import run, verdict

URL = "http://estadistica.test/tabulados/conservas-por-entidad"
TABLE = (
    "<h1>Encuesta de la industria conservera</h1>"
    "<table><caption>Remuneración media mensual y personal ocupado, por región, 2031 "
    "(pesos por mes)</caption>"
    "<tr><th>Entidad</th><th>Personal ocupado (personas)</th>"
    "<th>Remuneración media mensual (pesos)</th><th>Variación anual real (%)</th></tr>"
    "<tr><td>Nacional</td><td>512,300</td><td>18,400</td><td>2.1</td></tr>"
    "<tr><td>Valle Norte</td><td>88,100</td><td>21,050</td><td>1.9</td></tr>"
    "<tr><td>Costa Sur</td><td>61,900</td><td>17,150</td><td>3.2</td></tr>"
    "<tr><td>Sierra Alta</td><td>40,250</td><td>15,900</td><td>2.6</td></tr>"
    "</table>"
)


@pytest.mark.parametrize(
    ("sentence", "label", "row"),
    [
        (
            "Cannery hands in Sierra Alta are paid less on average than cannery hands "
            "in Valle Norte.",
            "supported",
            "Sierra Alta",
        ),
        (
            "Cannery hands in Valle Norte are paid less on average than cannery hands "
            "in Costa Sur.",
            "contradicted",
            "Valle Norte",
        ),
        (
            "Pay for Costa Sur's cannery hands trails the national average.",
            "supported",
            "Nacional",
        ),
        (
            "Valle Norte's cannery workers take home less than the national average.",
            "contradicted",
            "Nacional",
        ),
    ],
)
def test_a_table_headed_abroad_gives_each_side_its_pay(
    sentence: str, label: str, row: str, ruleset: Any
) -> None:
    draft = f"# Canneries\n\n{sentence} ([table]({URL}))\n"
    judged = verdict(run(draft, {URL: TABLE}, ruleset), "comparison").verdict
    assert judged.label == label, judged.rationale
    assert f"“{row}”" in judged.rationale, judged.rationale
    assert "Personal ocupado" not in judged.rationale.split("column")[-1], judged.rationale


@pytest.mark.parametrize(
    ("gap", "label"),
    [("MXN 1,250", "supported"), ("€1,250", "unverified")],
)
def test_a_gap_in_the_drafts_currency_meets_cells_in_pesos(
    gap: str, label: str, ruleset: Any
) -> None:
    draft = (
        "# Canneries\n\nThe average cannery wage in Costa Sur trails the national "
        f"average by about {gap} a month ([table]({URL})).\n"
    )
    judged = verdict(run(draft, {URL: TABLE}, ruleset), "comparison").verdict
    assert judged.label == label, judged.rationale


PORTS = "http://dockstats.test/tables/earnings-by-country"
PORT_TABLE = (
    "<h1>Port labour by country</h1>"
    "<table><caption>Dock workers employed (persons) and average annual earnings "
    "(US dollars), 2031</caption>"
    "<tr><th>Country</th><th>Dock workers (persons)</th>"
    "<th>Average annual earnings (USD)</th></tr>"
    "<tr><td>Norway</td><td>3,900</td><td>71,500</td></tr>"
    "<tr><td>Morocco</td><td>21,400</td><td>8,300</td></tr>"
    "<tr><td>Viet Nam</td><td>64,000</td><td>5,100</td></tr>"
    "</table>"
)


@pytest.mark.parametrize(
    ("sentence", "label"),
    [
        ("Moroccan dockers out-earn their Vietnamese counterparts.", "supported"),
        ("Vietnamese dockers out-earn their Moroccan counterparts.", "contradicted"),
        # No row of Denmark: the first row (Norway's) is no reading of Danish dockers.
        ("Danish dockers out-earn their Moroccan counterparts.", "unverified"),
    ],
)
def test_a_peoples_adjective_names_its_countrys_row(
    sentence: str, label: str, ruleset: Any
) -> None:
    draft = f"# Docks\n\n{sentence} ([table]({PORTS}))\n"
    judged = verdict(run(draft, {PORTS: PORT_TABLE}, ruleset), "comparison").verdict
    assert judged.label == label, judged.rationale
    assert "“Norway”" not in judged.rationale, judged.rationale


FLOORS = "http://labour.test/wage-board/provincial-floors"
FLOOR_TABLE = (
    "<h1>Provincial minimum wages</h1>"
    "<table><caption>Statutory minimum wage by province (kip per day)</caption>"
    "<tr><th>Province</th><th>Rate from 1 May 2030</th><th>Rate from 1 May 2031</th></tr>"
    "<tr><td>Vang Lom</td><td>41,000</td><td>44,500</td></tr>"
    "<tr><td>Pak Sane</td><td>40,000</td><td>42,000</td></tr>"
    "<tr><td>Pak Tha</td><td>40,000</td><td>42,000</td></tr>"
    "</table>"
)


@pytest.mark.parametrize(
    ("sentence", "label"),
    [
        ("Pak Sane's 42,000-kip daily minimum is higher than Vang Lom's.", "contradicted"),
        ("Vang Lom's daily minimum is higher than Pak Tha's.", "supported"),
    ],
)
def test_a_floor_by_its_period_is_pay_in_the_currency_its_caption_names(
    sentence: str, label: str, ruleset: Any
) -> None:
    draft = f"# Floors\n\n{sentence} ([board]({FLOORS}))\n"
    judged = verdict(run(draft, {FLOORS: FLOOR_TABLE}, ruleset), "comparison").verdict
    assert judged.label == label, judged.rationale
    assert "“Rate from 1 May 2031”" in judged.rationale, judged.rationale
