"""Pay blocks read as pages write them: a currency symbol of letters in another case or
with a dot ("KSH 58,300", "Tsh. 900,000"), "p.m." for a month, and a note beside the
figure that gives a sum paid on top (a shift differential, a weekend premium) rather
than the pay. The pages are written for these tests."""

from __future__ import annotations

from typing import Any

import pytest

from factcheck.sources.facts import parse_pay, read_facts


@pytest.mark.parametrize(
    ("text", "pay"),
    [
        ("KSH 58,300 – KSH 71,900 per month", (58300, 71900, "KES", "month")),
        ("Ksh. 58,300 – Ksh. 71,900 p.m.", (58300, 71900, "KES", "month")),
        ("Tsh. 900,000 – Tsh. 1,150,000 p.m.", (900000, 1150000, "TZS", "month")),
        ("USH 2,400,000 per month", (2400000, 2400000, "UGX", "month")),
    ],
)
def test_a_lettered_symbol_in_any_case_or_with_a_dot(text: str, pay: tuple[object, ...]) -> None:
    got = parse_pay(text)
    assert got is not None
    assert (got["min"], got["max"], got["currency"], got["period"]) == pay


def test_short_lettered_symbols_keep_their_case() -> None:
    # "RP 45" or "ft 300" are letters beside a number, not the rupiah or the forint.
    assert parse_pay("RP 45") is None
    assert parse_pay("ft 300") is None


def test_a_table_row_of_pay_in_shillings_with_its_dot() -> None:
    html = (
        "<html><head><title>Vacancy: Hydrologist II | Water Services Board</title></head><body>"
        "<main><h1>Hydrologist II</h1><table class='terms'>"
        "<tr><th>Station</th><td>Eldoret</td></tr>"
        "<tr><th>Gross salary</th><td><span>Ksh. 88,410</span> <span>–</span> "
        "<span>Ksh. 104,250</span> <span>p.m.</span></td></tr>"
        "</table></main></body></html>"
    )
    pay = read_facts(html).of("pay")
    assert [(p.data["min"], p.data["max"], p.data["currency"], p.data["period"]) for p in pay] == [
        (88410, 104250, "KES", "month")
    ]


def _box(note: str) -> str:
    return (
        "<html><head><title>Night Baker | Crumb &amp; Co Careers</title></head><body><main>"
        "<h1>Night Baker</h1><section class='pay'><h2>Pay range</h2>"
        "<div class='pay-range'><span>$17.60</span><span>–</span><span>$20.10 USD</span>"
        " <span>per hour</span></div>"
        f"<p class='pay-note'>{note}</p></section></main></body></html>"
    )


@pytest.mark.parametrize(
    "note",
    [
        "Rate depends on experience. A night premium of $2.40/hr applies to every shift.",
        "+$2.40/hr overnight differential",
        "$2.40 per hour weekend premium for Saturday bakes.",
    ],
)
def test_a_note_giving_a_sum_paid_on_top_is_no_pay_figure(note: str) -> None:
    pay = read_facts(_box(note)).of("pay")
    assert [(p.data["min"], p.data["max"]) for p in pay] == [(17.6, 20.1)]


def test_a_pay_line_that_names_extras_apart_from_its_figure_is_still_pay() -> None:
    html = (
        "<html><body><main><h1>Cellar Hand</h1>"
        "<p class='salary'>$44,500 a year with seasonal bonus</p></main></body></html>"
    )
    pay = read_facts(html).of("pay")
    assert [(p.data["min"], p.data["period"]) for p in pay] == [(44500, "year")]


@pytest.mark.parametrize(
    ("text", "pay"),
    [
        ("The water board pays its surveyors Ksh. 64,500 a month.", (64500, 64500, "KES")),
        ("Clerks are paid Tshs. 720,000 to Tshs. 810,000 a month.", (720000, 810000, "TZS")),
        ("The mill pays Rs. 31,000 a month to its fitters.", (31000, 31000, "INR|PKR|LKR")),
    ],
)
def test_a_currency_written_with_a_full_stop_keeps_its_figure_in_the_sentence(
    text: str, pay: tuple[object, ...], ruleset: Any
) -> None:
    from factcheck.claimfields import SalaryFields
    from factcheck.claims.extract import extract_claims
    from factcheck.reading import parse_article

    article = parse_article(f"{text} The board meets in May.", "draft.txt")
    assert len(article.sentences) == 2
    salaries = [
        c.fields for c in extract_claims(article, ruleset) if isinstance(c.fields, SalaryFields)
    ]
    assert [(s.min, s.max, s.currency) for s in salaries] == [pay]
