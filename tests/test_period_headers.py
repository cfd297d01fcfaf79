"""A table's currency header that carries its period ("(€/month)", "(PLN per month)",
"($/hr)") gives each figure under it that currency and period; and a draft naming a
country by its people's adjective ("Polish bakers", "Chilean ones") reads that country's
row. The pages and sentences are written for these tests."""

from __future__ import annotations

from typing import Any

import pytest
from judging import run, verdict

from factcheck.model import Verdict

SURVEY_URL = "https://ledger.example.org/bakery-pay-2031"


def _survey(head: str, assistant: str) -> str:
    return f"""<html><head><title>Bakery pay survey 2031</title></head><body><main>
<h1>Bakery pay survey 2031</h1>
<table><caption>Advertised pay in bakeries, 2031</caption>
<tr><th>Country</th><th>Head baker, median {head}</th><th>Assistant baker, median {assistant}</th>
<th>Postings</th></tr>
<tr><td>Hungary</td><td>2,100</td><td>1,400</td><td>310</td></tr>
<tr><td>Poland</td><td>2,600</td><td>1,700</td><td>450</td></tr>
<tr><td>Chile</td><td>1,800</td><td>1,150</td><td>220</td></tr>
</table></main></body></html>"""


def _comparison(sentence: str, page: str, ruleset: Any) -> Verdict:
    draft = f"# Bakers\n\nBakers are scarce. {sentence} ([survey]({SURVEY_URL})).\n"
    return verdict(run(draft, {SURVEY_URL: page}, ruleset, wrap=False), "comparison").verdict


@pytest.mark.parametrize(
    ("head", "assistant", "period"),
    [
        ("(€/month)", "(€/month)", "a month"),
        ("(EUR per month)", "(EUR per month)", "a month"),
        ("($/hr)", "($/hr)", "an hour"),
        # The sign heading its column with the period, not in brackets.
        (", € per month", ", € per month", "a month"),
        (", $/hr", ", $/hr", "an hour"),
    ],
)
@pytest.mark.parametrize(
    ("sentence", "label"),
    [
        ("Polish bakeries pay their head bakers more than Chilean ones", "supported"),
        ("Chilean head bakers earn more than Hungarian head bakers", "contradicted"),
        ("Head bakers in Hungary earn less than those in Poland", "supported"),
    ],
)
def test_a_header_currency_with_its_period(
    head: str, assistant: str, period: str, sentence: str, label: str, ruleset: Any
) -> None:
    found = _comparison(sentence, _survey(head, assistant), ruleset)
    assert found.label == label, found.rationale
    assert "Head baker" in found.rationale
    quotes = " ".join(e.quote for e in found.evidence)
    assert period in quotes, quotes


def test_a_bare_sign_header_still_names_no_period(ruleset: Any) -> None:
    found = _comparison(
        "Polish head bakers earn more than Chilean ones", _survey("(€)", "(€)"), ruleset
    )
    assert found.label == "supported", found.rationale
    assert "a month" not in " ".join(e.quote for e in found.evidence)
