"""A count column's note in brackets names its unit ("(thousand t)", "(t of grain per
hour)"), not what the column measures: a sentence counting grain names the column of
grain handled, not a rate whose unit note mentions grain, so the table's one named
measure is read for both sides. A sentence naming two measures by the words outside
their notes still reads neither. The pages and sentences are written for these tests."""

from __future__ import annotations

from typing import Any

import pytest
from judging import verdict_on

URL = "https://ports.example.org/2031/throughput"
PAGE = """<html><head><title>Port throughput, 2031</title></head><body><main>
<table><caption>Table 2. Grain handled by port, 2030 and 2031. Grain in thousand tonnes;
loading rate in tonnes of grain per hour.</caption>
<tr><th rowspan="2">Port</th><th rowspan="2">Berths (number)</th>
<th colspan="2">Grain handled (thousand t)</th>
<th rowspan="2">Loading rate 2031 (t of grain per hour)</th></tr>
<tr><th>2030</th><th>2031</th></tr>
<tr><td>Port Avel</td><td>6</td><td>410.5</td><td>455.2</td><td>820</td></tr>
<tr><td>Kessory</td><td>9</td><td>388.0</td><td>402.7</td><td>910</td></tr>
<tr><td>Marlow Bay</td><td>4</td><td>150.3</td><td>171.9</td><td>640</td></tr>
<tr><td>All ports</td><td>19</td><td>948.8</td><td>1,029.8</td><td>790</td></tr>
</table></main></body></html>"""

# Two measures of grain, each named outside its note: a sentence counting grain names both.
TWO_URL = "https://ports.example.org/2031/grain-flows"
TWO = """<html><head><title>Grain flows by port, 2031</title></head><body><main>
<table><caption>Table 3. Grain by port, 2031</caption>
<tr><th>Port</th><th>Grain handled (thousand t)</th><th>Grain exported (thousand t)</th></tr>
<tr><td>Port Avel</td><td>455.2</td><td>300.1</td></tr>
<tr><td>Kessory</td><td>402.7</td><td>350.6</td></tr>
</table></main></body></html>"""


def _label(sentence: str, url: str, page: str, ruleset: Any) -> str:
    draft = f"# Ports\n\n{sentence} ([table]({url})).\n"
    return verdict_on(draft, {url: page}, ruleset, "comparison", wrap=False).label


@pytest.mark.parametrize(
    ("sentence", "label"),
    [
        ("Port Avel handled more grain than Kessory", "supported"),
        ("Kessory handled more grain than Port Avel", "contradicted"),
        ("Kessory shipped roughly two and a half times as much grain as Marlow Bay", "supported"),
        ("Port Avel loaded more grain than Kessory and Marlow Bay put together", "contradicted"),
    ],
)
def test_a_unit_note_names_no_second_measure(sentence: str, label: str, ruleset: Any) -> None:
    assert _label(sentence, URL, PAGE, ruleset) == label


def test_two_measures_named_outside_their_notes_read_neither(ruleset: Any) -> None:
    sentence = "Kessory handled more grain than Port Avel"
    assert _label(sentence, TWO_URL, TWO, ruleset) == "unverified"
