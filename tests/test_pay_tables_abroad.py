"""Pay tables written the way another country writes them: rows headed by a grade's code
in a header cell of their own ("E 9", "B2"), figures grouped by dots with a decimal comma
("3.912,40", "1.087.500"), the period in the header or in a note in the page's language
("Euro/Monat", "Importes mensuales"), a bare "$" that is the country's own peso, and a
job the draft names in the page's language with a gloss in its own ("an ordenanza, a
messenger grade,"). The pages and drafts are written for these tests."""

from __future__ import annotations

from typing import Any

import pytest
from judging import run

from factcheck.evidence.pay_sides import pay_side
from factcheck.sources.facts import read_facts


def _table(caption: str, head: str, rows: str, note: str = "", lang: str = "de") -> str:
    return (
        f"<html lang='{lang}'><head><title>{caption}</title></head><body><main>"
        f"<h1>{caption}</h1>{note}<table><caption>{caption}</caption>"
        f"<thead><tr>{head}</tr></thead><tbody>{rows}</tbody></table></main></body></html>"
    )


def _cells(page: str) -> dict[tuple[str, str], str]:
    return {(c.data["row"], c.data["column"]): c.data["value"] for c in read_facts(page).of("cell")}


@pytest.mark.parametrize(
    ("head", "rows", "row", "column", "value"),
    [
        (
            "<th>Entgeltgruppe</th><th>Stufe 1</th><th>Stufe 2</th>",
            "<tr><th>E 9</th><td>3.912,40</td><td>4.188,15</td></tr>"
            "<tr><th>E 10</th><td>4.120,55</td><td>4.470,90</td></tr>",
            "E 9",
            "Stufe 2",
            "€4,188.15 a month",
        ),
        (
            "<th>Categoria</th><th>Livello A</th><th>Livello B</th>",
            "<tr><th>B2</th><td>2.304,10</td><td>2.455,80</td></tr>"
            "<tr><th>B3</th><td>2.511,00</td><td>2.690,35</td></tr>",
            "B3",
            "Livello A",
            "€2,511.00 a month",
        ),
        (
            "<th>Échelon</th><th>Indice</th><th>Traitement</th>",
            "<tr><th>P 4</th><td>412</td><td>2.117,66</td></tr>"
            "<tr><th>P 5</th><td>431</td><td>2.215,30</td></tr>",
            "P 5",
            "Traitement",
            "€2,215.30 a month",
        ),
    ],
)
def test_a_row_headed_by_a_code_in_its_own_header_cell_is_named_by_it(
    head: str, rows: str, row: str, column: str, value: str
) -> None:
    page = _table("Tabelle 2031 (Euro/Monat)", head, rows)
    assert _cells(page)[(row, column)] == value


@pytest.mark.parametrize(
    ("caption", "cell", "value"),
    [
        ("Tarif 2031 (Euro/Monat)", "3.912,40", "€3,912.40 a month"),
        ("Grille 2031 (euros par mois)", "12.480,00", "€12,480.00 a month"),
        ("Escala 2031 (euros por mes)", "1.087.500", "€1,087,500 a month"),
    ],
)
def test_a_figure_grouped_by_dots_takes_the_headers_unit_and_period_abroad(
    caption: str, cell: str, value: str
) -> None:
    page = _table(caption, "<th>Grade</th><th>Pay</th>", f"<tr><th>Clerk</th><td>{cell}</td></tr>")
    assert _cells(page)[("Clerk", "Pay")] == value


def test_one_dot_and_no_comma_is_no_grouping_it_can_be_sure_of() -> None:
    row = "<tr><th>Clerk</th><td>3.250</td></tr>"
    page = _table("Tarif 2031 (Euro/Monat)", "<th>Grade</th><th>Pay</th>", row)
    assert "3,250" not in _cells(page)[("Clerk", "Pay")]


@pytest.mark.parametrize(
    ("note", "period"),
    [
        ("<p>Importes brutos mensuales, sin complementos.</p>", "a month"),
        ("<p>Alle Beträge monatlich, brutto.</p>", "a month"),
        ("<p>Bedragen per maand, bruto.</p>", "a month"),
        ("<p>Montants mensuels bruts, hors primes.</p>", "a month"),
        # A period said of something else the note goes on about is not the table's.
        ("<p>Los valores no incluyen el plus de antigüedad (3% por año).</p>", None),
    ],
)
def test_a_note_in_the_pages_language_gives_the_tables_period(
    note: str, period: str | None
) -> None:
    page = _table(
        "Escala salarial 2031",
        "<th>Categoría</th><th>Marzo 2031</th>",
        "<tr><th>Ordenanza</th><td>€ 1.087.500</td></tr>",
        note=note,
        lang="es",
    )
    value = _cells(page)[("Ordenanza", "Marzo 2031")]
    if period is None:
        assert not value.endswith(("a month", "a year"))
    else:
        assert value.endswith(period)


PESO_URL = "https://gremio.example/escalas/2031/marzo"
PESO_PAGE = _table(
    "Escala salarial – Marzo 2031",
    "<th>Categoría</th><th>Febrero 2031</th><th>Marzo 2031</th>",
    "<tr><th>Ordenanza</th><td>$ 702.400</td><td>$ 751.570</td></tr>"
    "<tr><th>Oficial mayor</th><td>$ 1.304.900</td><td>$ 1.396.240</td></tr>",
    note="<p>Escala vigente desde marzo de 2031. Montos brutos mensuales.</p>",
    lang="es",
)


@pytest.mark.parametrize(
    "sentence",
    [
        "Under the March 2031 scale, an ordenanza, a junior messenger grade, now earns "
        "ARS 751,570 a month gross.",
        "On the March 2031 scale the Ordenanza (court messenger) now earns ARS 751,570 a month.",
        "Since March 2031 an ordenanza, or messenger, now earns ARS 751,570 a month.",
    ],
)
def test_a_job_named_in_the_pages_language_with_a_gloss_meets_its_row_in_pesos(
    ruleset: Any, sentence: str
) -> None:
    draft = f"# Courts\n\nThe union publishes its scales ([escala]({PESO_URL})). {sentence}\n"
    got = [
        c.verdict.label
        for c in run(draft, {PESO_URL: PESO_PAGE}, ruleset, wrap=False)
        if c.claim.type == "salary"
    ]
    assert got == ["supported"]


GRADE_URL = "https://tarife.example/tabelle-2031"
GRADE_PAGE = _table(
    "Tabellenentgelt ab 01.03.2031 (Euro/Monat)",
    "<th>Entgeltgruppe</th><th>Stufe 1</th><th>Stufe 2</th><th>Stufe 3</th>",
    "<tr><th>E 11</th><td>4.010,25</td><td>4.402,70</td><td>4.618,05</td></tr>"
    "<tr><th>E 9</th><td>3.460,80</td><td>3.811,45</td><td>3.990,10</td></tr>",
)


@pytest.mark.parametrize(
    ("sentence", "label"),
    [
        ("Under the new table, E9 starts at roughly €3,460 a month before tax.", "supported"),
        ("On the 2031 pay table E-11 starts at about €4,010 a month.", "supported"),
        ("Staff in E 9 start on just under €3,470 a month.", "supported"),
    ],
)
def test_a_grade_code_however_spaced_names_its_row(ruleset: Any, sentence: str, label: str) -> None:
    draft = f"# Pay\n\nThe tables are public ([Tabelle]({GRADE_URL})). {sentence}\n"
    got = [
        c.verdict.label
        for c in run(draft, {GRADE_URL: GRADE_PAGE}, ruleset, wrap=False)
        if c.claim.type == "salary"
    ]
    assert got == [label]


@pytest.mark.parametrize(
    ("text", "figure", "side"),
    [
        ("Under the table in force from May, grade 4 starts at €2,900 a month.", "€2,900", None),
        ("The pay tables put a porter at £24,100 a year.", "£24,100", None),
        ("In the latest table a cleaner earns $19.40 an hour.", "$19.40", None),
        # A verb still tables an offer.
        ("Management tables $26 an hour for porters.", "$26", "offer"),
    ],
)
def test_a_table_of_pay_is_no_tabled_offer(ruleset: Any, text: str, figure: str, side: str) -> None:
    at = text.index(figure)
    assert pay_side(text, at, at + len(figure), ruleset.knowledge) == side
