"""Currencies read from CLDR (rulepacks/worldmoney), beyond the hand-kept tables: an ISO
code glued to a figure or beside it, a symbol of the territory that pays in it, the
currency's English name or its last word after a figure. Pay in one is a salary in that
currency, compared only with a page in the same one. Sentences and pages are written for
these tests."""

from __future__ import annotations

import importlib.util
import json
from pathlib import Path
from typing import Any

import pytest
from judging import cited

from factcheck.claims.extract import extract_claims
from factcheck.reading import parse_article
from factcheck.sources.facts import parse_pay


def _pay(sentence: str, ruleset: Any) -> list[tuple[str | None, Any, Any, Any]]:
    claims = extract_claims(parse_article(f"# Wages\n\n{sentence}\n", "d.md"), ruleset)
    return [
        (c.fields["currency"], c.fields["min"], c.fields["max"], c.fields["period"])
        for c in claims
        if c.type == "salary"
    ]


@pytest.mark.parametrize(
    ("sentence", "currency", "low", "high"),
    [
        # a code glued to the figure, before it
        ("Dealers at the casino were offered MOP14,900 a month.", "MOP", 14900, 14900),
        ("Tellers are hired on between MOP12,300 and MOP13,800 a month.", "MOP", 12300, 13800),
        # a code spaced, before or after the figure
        ("Welders in Shymkent earn 455,000 KZT a month.", "KZT", 455000, 455000),
        ("A trainee accountant in Tashkent is paid UZS 6,200,000 a month.", "UZS", 6.2e6, 6.2e6),
        # a sign CLDR gives the territory
        ("Lorry drivers in Aktobe earn ₸390,000 a month.", "KZT", 390000, 390000),
        ("Seamstresses in Gazipur take home ৳12,400 a month.", "BDT", 12400, 12400),
        ("A barista in Da Nang makes ₫7,800,000 a month.", "VND", 7.8e6, 7.8e6),
        # a symbol of letters, only before the figure
        ("Kitchen porters in Cusco are paid S/ 1,180 a month.", "PEN", 1180, 1180),
        ("Care workers in Debrecen get Ft 398 000 a month.", "HUF", 398000, 398000),
        ("Machinists in Chittagong earn Tk 14,200 a month.", "BDT", 14200, 14200),
        # the name's last word, or the whole name, after the figure
        ("Junior doctors in Hue earn 29 million dong a month.", "VND", 29e6, 29e6),
        ("Oil-field cooks near Atyrau earn 610,000 tenge a month.", "KZT", 610000, 610000),
        ("Shop assistants in Batumi are paid 1,320 lari a month.", "GEL", 1320, 1320),
        ("Clerks earn 540,000 Kazakhstani tenge a month.", "KZT", 540000, 540000),
        ("Hotel staff in Taipa earn 16,000 patacas a month.", "MOP", 16000, 16000),
        # the name's capitalised words decide a word several currencies write
        ("Stevedores in Walvis Bay earn 5,400 Namibian dollars a month.", "NAD", 5400, 5400),
        ("Tea pluckers near Kandy earn 9,000 Sri Lankan rupees a week.", "LKR", 9000, 9000),
        # a last word two currencies write names both
        ("Tobacco graders in Lilongwe earn 160,000 kwacha a month.", "MWK|ZMW", 160000, 160000),
    ],
)
def test_pay_in_a_currency_cldr_knows(
    sentence: str, currency: str, low: float, high: float, ruleset: Any
) -> None:
    pay = _pay(sentence, ruleset)
    assert pay, sentence
    assert pay[0][:3] == (currency, low, high)


@pytest.mark.parametrize(
    "text",
    [
        # a letter symbol after the figure is a unit, not forints
        "The new trailers are 53 ft long and carry 22 pallets.",
        # codes that are English words in capitals, and names' last words that are words
        "The plant made the TOP 10 list for 2023 and hired 40 staff.",
        "ALL 3 depots shut in March after 200 staff left.",
        "Each pupil gained 40 marks on the resit and 12 more in May.",
        # a slash after a capital S inside a name is no sol
        "The firm ran its AS/400 system for 19 years.",
        # capitalised words before a word that is no currency's own
        "The 14 Greens won the vote on the depot.",
    ],
)
def test_words_and_letters_that_are_no_money(text: str, ruleset: Any) -> None:
    claims = extract_claims(parse_article(f"# Plant\n\n{text}\n", "d.md"), ruleset)
    assert not [c for c in claims if c.type == "salary"]
    units = {c.fields.get("unit") for c in claims}
    assert not units & {"HUF", "TOP", "ALL", "BAM", "PEN"}, units


URL = "https://news.steppe-mining.example/pay-deal"


@pytest.mark.parametrize(
    ("said", "page", "label"),
    [
        # the same pay in the words, the sign and the code of one currency
        (
            "610,000 tenge",
            "<p>Under the deal, miners take home ₸610,000 a month from April.</p>",
            "supported",
        ),
        (
            "KZT 610,000",
            "<p>Under the deal, miners take home 610,000 tenge a month from April.</p>",
            "supported",
        ),
        (
            "₸610,000",
            "<table><tr><th>Grade</th><th>Monthly pay</th></tr>"
            "<tr><td>Miner</td><td>610,000 KZT</td></tr></table>",
            "supported",
        ),
        # the same figure in another currency is no support
        (
            "610,000 tenge",
            "<p>Under the deal, miners take home 610,000 roubles a month from April.</p>",
            None,
        ),
    ],
)
def test_a_claim_meets_a_page_in_its_own_currency_only(
    said: str, page: str, label: str | None, ruleset: Any
) -> None:
    claim = cited(f"Miners at the Steppe pit earn {said} a month", URL, page, ruleset, "salary")
    if label is None:
        assert claim.verdict.label != "supported", claim.verdict.rationale
    else:
        assert claim.verdict.label == label, claim.verdict.rationale


@pytest.mark.parametrize(
    ("text", "currency", "low", "high", "period"),
    [
        # a pay block in a currency the hand-kept lists never had
        ("KZT 540 000 – 600 000 per month", "KZT", 540000, 600000, "month"),
        ("480 000 ₸ monthly", "KZT", 480000, 480000, "month"),
        ("S/ 2,050 - S/ 2,400 al mes", "PEN", 2050, 2400, "month"),
        ("MOP$13,700 per month", "MOP", 13700, 13700, "month"),
        ("Ft 415 000 per month", "HUF", 415000, 415000, "month"),
        ("EGP 12,500 monthly", "EGP", 12500, 12500, "month"),
        # a symbol English copy writes that CLDR lacks, read on pages as in claims
        ("Tk 16,000 - 19,500 (Monthly)", "BDT", 16000, 19500, "month"),
        ("21 million dong per month", "VND", 21e6, 21e6, "month"),
        # a word two currencies write names both
        ("4,120.40 dirhams per month", "AED|MAD", 4120.40, 4120.40, "month"),
    ],
)
def test_a_page_pay_block_in_any_currency(
    text: str, currency: str, low: float, high: float, period: str
) -> None:
    pay = parse_pay(text)
    assert pay is not None, text
    assert (pay["currency"], pay["min"], pay["max"], pay["period"]) == (
        currency,
        low,
        high,
        period,
    )


@pytest.mark.parametrize(
    "text",
    [
        "Le 14 mai, 9 h 30",  # a French date, not leones
        "Seats for 12 people, 40 ft of bar",
    ],
)
def test_no_pay_in_words_beside_figures(text: str) -> None:
    pay = parse_pay(text)
    assert pay is None or pay["currency"] is None, pay


POSTING = "https://jobs.caspian-drilling.example/roles/driller-assistant-71"
BLOCK = """<html lang="en"><head><title>Assistant Driller - Caspian Drilling</title></head>
<body><main><h1>Assistant Driller</h1><p>Caspian Drilling - Atyrau</p>
<dl><dt>Salary</dt><dd>{pay}</dd></dl>
<p>Two weeks on, two weeks off on our land rigs.</p></main></body></html>"""


@pytest.mark.parametrize(
    ("said", "pay", "label"),
    [
        ("720,000 tenge", "KZT 720 000 per month", "supported"),
        ("KZT 720,000", "₸720 000 per month", "supported"),
        ("₸720,000", "720,000 Kazakhstani tenge per month", "supported"),
        ("₸810,000", "KZT 720 000 per month", "contradicted"),
        # the posting's figure in another currency speaks to no claim in tenge
        ("720,000 tenge", "RUB 720 000 per month", None),
    ],
)
def test_a_posting_in_tenge_decides(said: str, pay: str, label: str | None, ruleset: Any) -> None:
    claim = cited(
        f"Caspian Drilling pays an assistant driller {said} a month",
        POSTING,
        BLOCK.format(pay=pay),
        ruleset,
        "salary",
        wrap=False,
    )
    if label is None:
        assert claim.verdict.label not in ("supported", "contradicted"), claim.verdict.rationale
    else:
        assert claim.verdict.label == label, claim.verdict.rationale


TOOL = Path(__file__).resolve().parent.parent / "tools" / "currencies.py"


def test_the_committed_currencies_are_what_the_generator_writes() -> None:
    pytest.importorskip(
        "babel",
        reason="Babel is not installed (pip install -e '.[data]'), so the committed "
        "currencies cannot be compared with CLDR's",
    )
    spec = importlib.util.spec_from_file_location("currencies_tool", TOOL)
    assert spec is not None and spec.loader is not None
    tool = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(tool)
    committed = json.loads(tool.OUT.read_text(encoding="utf-8"))
    fresh = tool.derive()
    if fresh["cldr"] != committed["cldr"]:
        pytest.skip(
            f"the installed Babel has CLDR {fresh['cldr']}, the file was written from CLDR "
            f"{committed['cldr']}: run tools/currencies.py to compare"
        )
    assert committed["currencies"] == fresh["currencies"]
    assert tool.OUT.read_text(encoding="utf-8") == tool.render(committed)
