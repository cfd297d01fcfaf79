"""Pay tables whose figures are counted in thousands of a currency by their caption or by
a short note just before them ("Annual pay, €000", "All figures in thousands of
pounds"), not by a column's own header: each bare figure is read at its full size, and
the note itself is never read as a sum ("€000" is no pay of nothing). Pages and
sentences written for these tests."""

from __future__ import annotations

from typing import Any

import pytest
from judging import cited

from factcheck.sources.facts import read_facts


def _page(caption: str = "", note: str = "", head: str = "Basic pay") -> str:
    return (
        "<html><body><main><h1>Ferry crew pay review, 2031</h1>"
        + (f"<p>{note}</p>" if note else "")
        + "<table>"
        + (f"<caption>{caption}</caption>" if caption else "")
        + f"<tr><th>Rank</th><th>{head}</th><th>Employees</th></tr>"
        + "<tr><td>Deck officer</td><td>52.4</td><td>118</td></tr>"
        + "<tr><td>Ship's cook</td><td>31.9</td><td>64</td></tr>"
        + "</table></main></body></html>"
    )


def _cells(html: str) -> dict[tuple[str, str], str]:
    return {(c.data["row"], c.data["column"]): c.data["value"] for c in read_facts(html).of("cell")}


@pytest.mark.parametrize(
    ("caption", "note"),
    [
        ("Annual basic pay (€000)", ""),
        ("Annual basic pay, €000", ""),
        ("Annual basic pay in thousands of euros", ""),
        ("", "All figures in EUR thousand."),
        ("", "Basic pay is annual, in thousands of euros."),
        # A label's colon sets a note apart, and "of" may go unsaid.
        ("", "Unit: thousand euros."),
        ("", "Figures: EUR '000"),
    ],
)
def test_a_caption_or_note_scales_the_bare_figures_of_pay(caption: str, note: str) -> None:
    html = _page(caption, note)
    cells = _cells(html)
    assert cells[("Deck officer", "Basic pay")].startswith("52,400 EUR")
    # A column counting people keeps its figures as counts.
    assert cells[("Ship's cook", "Employees")] == "64"
    assert not any("000)" in c.text or ", €000" in c.text for c in read_facts(html).of("cell"))


@pytest.mark.parametrize(
    ("note", "value"),
    [
        ("KSh '000", "52,400 KES"),
        ("Amounts in R million", "52,400,000 ZAR"),
        ("Unit: RM thousand", "52,400 MYR"),
    ],
)
def test_a_currency_marked_by_letters_scales_a_tables_figures(note: str, value: str) -> None:
    # Marks of letters that are no three-letter code name one currency each.
    assert _cells(_page(note=note))[("Deck officer", "Basic pay")].startswith(value)


@pytest.mark.parametrize(
    ("caption", "note"),
    [
        # Speaking of thousands of euros is not counting a table's figures in them.
        ("Crews win thousands of euros more", ""),
        (
            "",
            "Under the deal the seafarers' union signed in March, after eleven weeks of talks"
            " and two ballots, long-service awards are now paid in thousands of euros.",
        ),
        ("", ""),
    ],
)
def test_a_heading_or_prose_about_large_sums_scales_nothing(caption: str, note: str) -> None:
    assert "52,400" not in _cells(_page(caption, note))[("Deck officer", "Basic pay")]


def test_a_column_in_another_unit_is_not_scaled_by_the_caption() -> None:
    cells = _cells(_page("Annual basic pay (€000)", head="Rise (%)"))
    assert cells[("Deck officer", "Rise (%)")] == "52.4%"


URL = "https://ferries.example.ie/pay-review-2031"


@pytest.mark.parametrize(
    ("sentence", "label"),
    [
        ("A deck officer on the ferries earns €52,400 a year in basic pay", "supported"),
        ("A ship's cook on the ferries is paid a salary of €31,900", "supported"),
        ("A ship's cook on the ferries is paid a salary of €38,500", "contradicted"),
    ],
)
@pytest.mark.parametrize("caption", ["Annual basic pay (€000)", "Annual basic pay, €000"])
def test_pay_is_checked_against_a_table_counted_in_thousands(
    sentence: str, label: str, caption: str, ruleset: Any
) -> None:
    found = cited(sentence, URL, _page(caption), ruleset, "salary").verdict
    assert found.label == label, found.rationale


@pytest.mark.parametrize(
    ("caption", "note", "value"),
    [
        # A note over the table names the currency as it stands, with its period.
        ("", "Unit: NT$ per month. Overtime is left out.", "NT$52.4 a month"),
        ("", "All amounts in CHF per year", "52.4 CHF a year"),
        ("", "Values are given in R$ per month.", "R$52.4 a month"),
        # The same note as the table's caption, and in words.
        ("Figures are shown in Swiss francs", "", "52.4 Swiss francs"),
        ("Currency: SGD", "", "52.4 SGD"),
        # An intro naming the measure first, its currency inside the sentence and whom it
        # covers after: a code in brackets names the currency, a day rate is a period.
        (
            "",
            "Average basic monthly pay in Norwegian kroner (NOK) for ferry crews on"
            " permanent contracts, excluding overtime.",
            "52.4 NOK a month",
        ),
        (
            "",
            "Median gross annual salary in ZAR, including allowances, for crews employed"
            " on coastal routes between March and August of the survey year, as reported"
            " by the operators themselves.",
            "52.4 ZAR a year",
        ),
        (
            "",
            "Mean basic daily wage (cash only) in Chilean pesos for deck staff.",
            "52.4 Chilean pesos a day",
        ),
    ],
)
def test_a_unit_note_gives_the_bare_figures_their_currency(
    caption: str, note: str, value: str
) -> None:
    cells = _cells(_page(caption, note))
    assert cells[("Deck officer", "Basic pay")] == value
    # A column counting people keeps its figures as counts.
    assert cells[("Ship's cook", "Employees")] == "64"


@pytest.mark.parametrize(
    "note",
    [
        "Source: crew pay survey, rounded figures.",
        "Crews in Geneva are paid well above the national figures in this table.",
        # A measure and "in", but no currency after it.
        "Wages paid in kind, such as meals on board, are left out of this table.",
        # A currency, but no measure of pay before it: where the crews are based.
        "Crews based in Dollar Bay are counted with the northern fleet.",
    ],
)
def test_a_note_naming_no_unit_leaves_the_figures_bare(note: str) -> None:
    assert _cells(_page(note=note))[("Deck officer", "Basic pay")] == "52.4"


def _earnings(note: str, caption: str = "") -> str:
    return (
        "<html><body><main><h1>Kiln and glass works: earnings, 2031</h1>"
        + (f"<p>{note}</p>" if note else "")
        + "<table>"
        + (f"<caption>{caption}</caption>" if caption else "")
        + "<tr><th>Industry</th><th>Regular earnings</th><th>Total earnings</th></tr>"
        + "<tr><td>All industries</td><td>41,300</td><td>50,900</td></tr>"
        + "<tr><td>Glass and ceramics</td><td>38,750</td><td>44,100</td></tr>"
        + "</table></main></body></html>"
    )


STATS_URL = "https://stats.example.tw/earnings/glass-2031"


@pytest.mark.parametrize(
    ("sentence", "note", "caption", "label"),
    [
        (
            "The kiln job's NT$36,000 a month is below the average regular earnings in"
            " glass and ceramics",
            "Unit: NT$ per month.",
            "",
            "supported",
        ),
        (
            "At NT$36,000 a month, the kiln job pays more than the average regular earnings"
            " in glass and ceramics",
            "",
            "Monthly earnings; all figures in NT$",
            "contradicted",
        ),
        (
            "Average regular earnings in glass and ceramics are above the NT$36,000 a month"
            " the kiln job pays",
            "Figures are expressed in TWD per month",
            "",
            "supported",
        ),
        (
            "The kiln job's NT$36,000 a month is below the average regular earnings in"
            " glass and ceramics",
            "Average monthly earnings in New Taiwan dollars (TWD) of full-time staff on the"
            " payroll in the reference month, bonuses paid at the lunar new year left out.",
            "",
            "supported",
        ),
    ],
)
def test_a_comparison_reads_a_row_under_a_unit_note(
    sentence: str, note: str, caption: str, label: str, ruleset: Any
) -> None:
    found = cited(sentence, STATS_URL, _earnings(note, caption), ruleset, "comparison").verdict
    assert found.label == label, found.rationale


@pytest.mark.parametrize(
    ("head", "value"),
    [
        # A currency marked by letters in the header's brackets, with the period as the
        # page writes it, or the period its header names.
        ("Basic pay (Rp/bulan)", "52.4 Rp/bulan"),
        ("Monthly basic pay (TL)", "52.4 TL a month"),
        ("Basic pay (RM / bulan)", "52.4 RM/bulan"),
        ("Basic pay (NT$)", "NT$52.4"),
    ],
)
def test_a_currency_marked_by_letters_in_a_header(head: str, value: str) -> None:
    cells = _cells(_page(head=head))
    assert cells[("Deck officer", head)] == value
    assert cells[("Ship's cook", "Employees")] == "64"


def test_a_lettered_currency_keeps_its_own_thousands() -> None:
    html = _page(head="Basic pay (Rp/bulan)").replace("52.4", "4.812.300")
    assert _cells(html)[("Deck officer", "Basic pay (Rp/bulan)")] == "4.812.300 Rp/bulan"


def test_a_bracketed_word_is_no_currency() -> None:
    # "(FTE)" and "(est.)" mark how a figure is counted, not money.
    cells = _cells(_page(head="Staff (FTE)"))
    assert cells[("Deck officer", "Staff (FTE)")] == "52.4"


RINGGIT_URL = "https://stats.example.com.my/ferry-pay-2031"


@pytest.mark.parametrize(
    ("sentence", "label"),
    [
        ("A deck officer on the ferries earns RM52.40 a month in basic pay", "supported"),
        ("A ship's cook on the ferries is paid 31.90 RM a month", "supported"),
        ("A ship's cook on the ferries is paid RM38.50 a month", "contradicted"),
    ],
)
def test_pay_is_checked_against_a_table_in_ringgit(sentence: str, label: str, ruleset: Any) -> None:
    page = _page(head="Monthly basic pay (RM)")
    found = cited(sentence, RINGGIT_URL, page, ruleset, "salary").verdict
    assert found.label == label, found.rationale


@pytest.mark.parametrize(
    ("head", "cell", "note", "value"),
    [
        # Thousands grouped by a space, a decimal point; the period in a note under it.
        (
            "Basic pay (HUF)",
            "612 400.50",
            "<p>Source: the port office. Monthly figures.</p>",
            "612,400.50 HUF a month",
        ),
        # A decimal comma after space groups; a currency named in words in brackets.
        (
            "Basic pay (rupiah)",
            "8 120 500,25",
            "<p>All amounts are monthly.</p>",
            "8,120,500.25 IDR a month",
        ),
        # A no-break space, and the note a sentence of its own after another.
        (
            "Basic pay (zloty)",
            "7\u00a0950",
            "<p>Data: survey of crews. Figures are per week.</p>",
            "7,950 PLN a week",
        ),
    ],
)
def test_spaced_figures_currency_names_and_period_notes_beside_a_table(
    head: str, cell: str, note: str, value: str
) -> None:
    html = (
        "<html><body><main><h1>Ferry crew pay review, 2031</h1><table>"
        f"<tr><th>Rank</th><th>{head}</th></tr><tr><td>Deck officer</td><td>{cell}</td></tr>"
        f"</table>{note}</main></body></html>"
    )
    assert _cells(html)[("Deck officer", head)] == value


def test_a_period_spoken_of_in_prose_beside_a_table_sets_no_period() -> None:
    note = "<p>Crews who are paid monthly say the figures understate overtime worked at sea.</p>"
    html = (
        "<html><body><main><h1>Ferry crew pay review, 2031</h1><table>"
        "<tr><th>Rank</th><th>Basic pay (HUF)</th></tr>"
        "<tr><td>Deck officer</td><td>612 400</td></tr>"
        f"</table>{note}</main></body></html>"
    )
    assert _cells(html)[("Deck officer", "Basic pay (HUF)")] == "612,400 HUF"
