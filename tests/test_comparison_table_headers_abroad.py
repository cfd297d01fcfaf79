"""Comparisons of counts read from tables whose headers are not the draft's words: a
column in the statistics office's own language, named by its cognate ("automobiles" and
"Automóviles"); a column of years carrying a footnote call or a provisional mark
("2031 (1)", "2030*", "2032p"), which is still a year and not another measure; and a row
named by a word other rows share ("staff") together with the measure the sentence names
("more shift-hours than staff"). The pages and sentences are written for these tests."""

from __future__ import annotations

from typing import Any

import pytest
from judging import run, verdict

from factcheck.evidence.tables import cognates
from factcheck.model import Verdict

PLANTS_URL = "https://estadistica.example.es/industria/plantas-2031"
# Output of two products by plant, in Spanish: automobiles and trucks.
PLANTS = """<html><head><title>Producción por planta, 2031</title></head><body><main>
<h1>Producción de vehículos por planta, 2031</h1>
<table><caption>Cuadro 3. Unidades producidas por planta, 2031</caption>
<thead><tr><th>Planta</th><th>Automóviles (unidades)</th><th>Camiones (unidades)</th>
</tr></thead>
<tbody>
<tr><th scope="row">Valdoria</th><td>182.400</td><td>9.150</td></tr>
<tr><th scope="row">Castrejo</th><td>97.300</td><td>21.780</td></tr>
<tr><th scope="row">Total</th><td>279.700</td><td>30.930</td></tr>
</tbody></table></main></body></html>"""

SMELTERS_URL = "https://mineria.example.cl/estadisticas/fundiciones-2030"
# Metals by smelter, in Spanish: aluminium and copper.
SMELTERS = """<html><head><title>Fundiciones: producción 2030</title></head><body><main>
<h1>Producción de las fundiciones, 2030</h1>
<table><caption>Tabla 1. Producción por fundición (toneladas)</caption>
<thead><tr><th>Fundición</th><th>Aluminio (t)</th><th>Cobre (t)</th></tr></thead>
<tbody>
<tr><th scope="row">Punta Maray</th><td>41.900</td><td>310.500</td></tr>
<tr><th scope="row">Cerro Aldea</th><td>66.200</td><td>188.000</td></tr>
</tbody></table></main></body></html>"""

WELLS_URL = "https://anp.example.br/dados/producao-campos-2032"
# Oil and gas by field, in Portuguese.
WELLS = """<html><head><title>Produção por campo, 2032</title></head><body><main>
<h1>Produção por campo, 2032</h1>
<table><caption>Tabela 5. Produção anual por campo</caption>
<thead><tr><th>Campo</th><th>Petróleo (mil barris)</th><th>Gás natural (milhões m³)</th>
</tr></thead>
<tbody>
<tr><th scope="row">Ilha Rasa</th><td>21.340</td><td>1.020</td></tr>
<tr><th scope="row">Pedra Funda</th><td>35.870</td><td>640</td></tr>
</tbody></table></main></body></html>"""


def _on(sentence: str, url: str, page: str, ruleset: Any) -> Verdict:
    draft = f"# Counts\n\n{sentence} ([figures]({url})).\n"
    return verdict(run(draft, {url: page}, ruleset, wrap=False), "comparison").verdict


@pytest.mark.parametrize(
    ("sentence", "url", "page", "label"),
    [
        # Automóviles: 182.400 against 97.300; camiones 9.150 against 21.780.
        (
            "Valdoria built more automobiles than Castrejo last year",
            PLANTS_URL,
            PLANTS,
            "supported",
        ),
        ("Castrejo built more automobiles than Valdoria", PLANTS_URL, PLANTS, "contradicted"),
        # Aluminio: 41.900 against 66.200.
        (
            "Punta Maray smelted more aluminium than Cerro Aldea",
            SMELTERS_URL,
            SMELTERS,
            "contradicted",
        ),
        ("Cerro Aldea poured more aluminium than Punta Maray", SMELTERS_URL, SMELTERS, "supported"),
        # Petróleo: 35.870 against 21.340 thousand barrels.
        ("Pedra Funda pumped more petroleum than Ilha Rasa", WELLS_URL, WELLS, "supported"),
        ("Ilha Rasa pumped more petroleum than Pedra Funda", WELLS_URL, WELLS, "contradicted"),
    ],
)
def test_a_column_in_another_language_is_named_by_its_cognate(
    sentence: str, url: str, page: str, label: str, ruleset: Any
) -> None:
    found = _on(sentence, url, page, ruleset)
    assert found.label == label, found.rationale


@pytest.mark.parametrize(
    ("one", "other", "same"),
    [
        ("automovil", "automobil", True),
        ("aluminio", "aluminium", True),
        ("petroleo", "petroleum", True),
        # Another first letter, or words too short to tell by their letters.
        ("farmacia", "pharmaci", False),
        ("camion", "cation", False),
        # The same first letters, but more than two letters apart.
        ("construct", "constabl", False),
        ("internation", "interpret", False),
    ],
)
def test_cognates(one: str, other: str, same: bool) -> None:
    assert cognates(one, other) is same


CALLS_URL = "https://ports.example.za/statistics/berth-calls"
# Years as columns, the latest provisional and the one before carrying a footnote call.
CALLS = """<html><head><title>Berth calls by terminal</title></head><body><main>
<h1>Berth calls by terminal, 2030–2032</h1>
<table><caption>Table 2. Berth calls (number)</caption>
<thead><tr><th>Terminal</th><th>2030</th><th>2031 (1)</th><th>2032*</th></tr></thead>
<tbody>
<tr><th scope="row">Kaapstrand</th><td>1,240</td><td>1,310</td><td>1,150</td></tr>
<tr><th scope="row">Mosselkop</th><td>980</td><td>1,420</td><td>1,205</td></tr>
</tbody></table>
<p>(1) Includes calls diverted during the dredging works. * Provisional.</p>
</main></body></html>"""

HARVEST_URL = "https://agri.example.nz/statistics/kiwifruit-trays"
HARVEST = """<html><head><title>Kiwifruit trays packed</title></head><body><main>
<h1>Kiwifruit trays packed by region</h1>
<table><thead><tr><th>Region</th><th>2029</th><th>2030p</th></tr></thead>
<tbody>
<tr><th scope="row">Te Arohanui</th><td>88.4</td><td>92.0</td></tr>
<tr><th scope="row">Whakarua</th><td>71.9</td><td>96.3</td></tr>
</tbody></table></main></body></html>"""


@pytest.mark.parametrize(
    ("sentence", "url", "page", "label"),
    [
        # 2031: Mosselkop 1,420 against Kaapstrand 1,310; 2032: 1,205 against 1,150.
        (
            "In 2031 Mosselkop handled more berth calls than Kaapstrand",
            CALLS_URL,
            CALLS,
            "supported",
        ),
        (
            "In 2031 Kaapstrand handled more berth calls than Mosselkop",
            CALLS_URL,
            CALLS,
            "contradicted",
        ),
        (
            "In 2032 Kaapstrand logged fewer berth calls than Mosselkop",
            CALLS_URL,
            CALLS,
            "supported",
        ),
        # 2030 (provisional): Whakarua 96.3 against Te Arohanui 92.0.
        ("In 2030 Whakarua packed more trays than Te Arohanui", HARVEST_URL, HARVEST, "supported"),
        (
            "In 2030 Te Arohanui packed more trays than Whakarua",
            HARVEST_URL,
            HARVEST,
            "contradicted",
        ),
    ],
)
def test_a_years_footnote_call_or_provisional_mark_is_no_other_measure(
    sentence: str, url: str, page: str, label: str, ruleset: Any
) -> None:
    found = _on(sentence, url, page, ruleset)
    assert found.label == label, found.rationale


ROSTER_URL = "https://health.example.ie/workforce/theatre-hours"
# Two rows of hours by who worked them; a third row of headcount shares "staff".
ROSTER = """<html><head><title>Theatre staffing, 2031</title></head><body><main>
<h1>Theatre staffing, 2031</h1>
<table><thead><tr><th>Indicator</th><th>2030</th><th>2031</th></tr></thead>
<tbody>
<tr><th scope="row">Shift hours — agency nurses (hours)</th><td>18,200</td><td>24,900</td></tr>
<tr><th scope="row">Shift hours — staff nurses (hours)</th><td>26,100</td><td>23,700</td></tr>
<tr><th scope="row">Staff nurses (headcount)</th><td>41</td><td>39</td></tr>
</tbody></table></main></body></html>"""

SAILINGS_URL = "https://ferries.example.no/statistics/crossings"
SAILINGS = """<html><head><title>Crossings by crew, 2030</title></head><body><main>
<h1>Crossings by crew, 2030</h1>
<table><thead><tr><th>Measure</th><th>2030</th></tr></thead>
<tbody>
<tr><th scope="row">Crossings — relief crews</th><td>3,480</td></tr>
<tr><th scope="row">Crossings — regular crews</th><td>5,910</td></tr>
<tr><th scope="row">Regular crews (number at year end)</th><td>14</td></tr>
</tbody></table></main></body></html>"""


@pytest.mark.parametrize(
    ("sentence", "url", "page", "label"),
    [
        # 2031 shift hours: agency 24,900 against staff 23,700.
        (
            "In 2031 agency nurses worked more shift hours than staff did",
            ROSTER_URL,
            ROSTER,
            "supported",
        ),
        (
            "In 2031 staff worked more shift hours than agency nurses",
            ROSTER_URL,
            ROSTER,
            "contradicted",
        ),
        # Crossings: relief 3,480 against regular 5,910.
        (
            "Relief crews ran fewer crossings than regular crews in 2030",
            SAILINGS_URL,
            SAILINGS,
            "supported",
        ),
        (
            "In 2030 relief crews logged more crossings than regular crews did",
            SAILINGS_URL,
            SAILINGS,
            "contradicted",
        ),
    ],
)
def test_a_side_names_its_row_with_the_measure_the_sentence_names(
    sentence: str, url: str, page: str, label: str, ruleset: Any
) -> None:
    found = _on(sentence, url, page, ruleset)
    assert found.label == label, found.rationale
    assert "headcount" not in found.rationale and "year end" not in found.rationale
