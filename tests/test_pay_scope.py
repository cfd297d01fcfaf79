"""Whose pay a figure is: only the figure's own clause names the job. Jobs named in a
clause after it ("..., a sum few archivists earn", "... and will also hire porters") or
set against it before it ("While welders get ...") are other people. A currency's letters
before its sign ("C$", "NZ$") are part of the figure, so "rose from C$X to C$Y" is a change;
"will rise from X to Y" gives two levels of pay, not the size of a rise. The sentences,
pages and drafts are written for these tests."""

from __future__ import annotations

from typing import Any

import pytest
from judging import run
from postings import job_posting_ld

from factcheck.evidence.pay_scope import pay_scope
from factcheck.evidence.pay_times import when
from factcheck.evidence.salary import a_change


@pytest.mark.parametrize(
    ("sentence", "figure", "kept", "left_out"),
    [
        (
            "The posted range is €48,000 to €55,000, a sum most archivists there envy.",
            "€48,000 to €55,000",
            "posted range",
            "archivists",
        ),
        (
            "On offer is NZ$72,000 a year, and the museum will also hire registrars.",
            "NZ$72,000 a year",
            "On offer",
            "registrars",
        ),
        (
            "The job pays ¥4.2 million a year — more than most pharmacists see.",
            "¥4.2 million a year",
            "job pays",
            "pharmacists",
        ),
        (
            "The ad offers £29,500 plus a van, though couriers elsewhere earn less.",
            "£29,500",
            "ad offers",
            "couriers",
        ),
        (
            "The floor rises to R$3,100 a month; technicians get 70% of it.",
            "R$3,100 a month",
            "floor rises",
            "technicians",
        ),
        (
            "Ver.di wants €250 a month more so that the lowest-paid cleaners gain most.",
            "€250 a month",
            "Ver.di wants",
            "cleaners",
        ),
        (
            "While welders get $24 an hour, the listing offers $31 an hour.",
            "$31 an hour",
            "listing offers",
            "welders",
        ),
        (
            "Pilots earn $180,000 a year, whereas flight attendants get $52,000.",
            "$52,000",
            "flight attendants",
            "Pilots",
        ),
    ],
)
def test_the_figures_clause_names_whose_pay_it_is(
    sentence: str, figure: str, kept: str, left_out: str
) -> None:
    at = sentence.index(figure)
    scope = pay_scope(sentence, at, at + len(figure))
    assert kept in scope
    assert left_out not in scope


@pytest.mark.parametrize(
    ("sentence", "figure", "kept"),
    [
        # A "for" phrase after a comma still says whose pay it is.
        ("The rate is $31 an hour, for welders with a ticket.", "$31 an hour", "welders"),
        # "And" with no comma joins the subject, not another clause.
        ("Nurses and midwives at the trust earn £35,000 a year.", "£35,000 a year", "Nurses"),
        ("Senior chemists at the lab make €71,000.", "€71,000", "Senior chemists"),
    ],
)
def test_the_job_written_with_the_figure_stays(sentence: str, figure: str, kept: str) -> None:
    at = sentence.index(figure)
    assert kept in pay_scope(sentence, at, at + len(figure))


@pytest.mark.parametrize(
    ("sentence", "figure"),
    [
        ("Scale pay climbed from C$58,000 to C$61,500 this season.", "from C$58,000 to C$61,500"),
        ("The day rate rose from NZ$410 to NZ$445.", "NZ$410 to NZ$445"),
        ("Her stipend was lifted from R$2,900 to R$3,250.", "from R$2,900 to R$3,250"),
        ("Base pay went up from US$19 to US$21.40 an hour.", "US$19 to US$21.40 an hour"),
    ],
)
def test_a_change_reads_through_the_currencys_letters(sentence: str, figure: str) -> None:
    at = sentence.index(figure)
    assert when(sentence, at, at + len(figure)).change


@pytest.mark.parametrize(
    ("sentence", "figure", "change"),
    [
        (
            "The top step will rise from £38,100 to £40,200 by 2027.",
            "from £38,100 to £40,200",
            False,
        ),
        ("Base pay rises from $21 to $23.50 an hour.", "from $21 to $23.50 an hour", False),
        ("Members won rises of £1,200 a year.", "£1,200 a year", True),
        ("Pay was raised by €90 a month.", "€90 a month", True),
    ],
)
def test_from_to_after_a_verb_of_rising_is_pay_not_a_raise(
    sentence: str, figure: str, change: bool
) -> None:
    at = sentence.index(figure)
    assert a_change(sentence, at, at + len(figure)) is change


URL = "http://survey.test/careers/cartographer"


def _posting() -> str:
    return (
        "<html lang='en'><head><title>Cartographer | Fenwick Survey</title>"
        + job_posting_ld(
            "Cartographer", "Fenwick Survey", currency="GBP", low=41000, high=46500, unit="YEAR"
        )
        + "</head><body><main><h1>Cartographer</h1>"
        "<p>Fenwick Survey is hiring a Cartographer for its Leeds office.</p>"
        "<div class='pay'>£41,000 – £46,500 a year</div></main></body></html>"
    )


@pytest.mark.parametrize(
    ("pay", "label"),
    [
        ("The advertised salary is £41,000 to £46,500, a figure most teachers envy.", "supported"),
        (
            "The listing offers £41,000 to £46,500 plus a car, though nurses nearby earn less.",
            "supported",
        ),
        ("The post pays £49,000 to £55,000, and the firm will hire two drivers.", "contradicted"),
    ],
)
def test_jobs_named_after_the_figure_are_not_the_postings(
    ruleset: Any, pay: str, label: str
) -> None:
    draft = (
        "# Maps\n\nFenwick Survey is hiring a Cartographer at its Leeds office [1]. "
        f"{pay}\n\n## Sources\n\n[1] Fenwick Survey careers — {URL}\n"
    )
    got = [
        c.verdict.label
        for c in run(draft, {URL: _posting()}, ruleset, wrap=False)
        if c.claim.type == "salary"
    ]
    assert got == [label]


CONTRAST_URL = "https://union.example/news/pay-gap"


@pytest.mark.parametrize(
    ("draft", "page", "label"),
    [
        # The page's figure is of those the draft sets against the claim's: no conflict.
        (
            "Contract cleaners at Brindle Hospital earn the legal minimum of £11.44 an hour, "
            "while porters employed by the trust itself get more.",
            "Cleaners supplied by an outside firm are paid the legal minimum, although porters "
            "employed by the trust itself receive £13.10 an hour.",
            "unverified",
        ),
        (
            "Temps placed by the agency take home €12.80 an hour, whereas pickers on the "
            "warehouse's own payroll start higher.",
            "Pickers on the warehouse's own payroll start on €15 an hour, whereas the temps "
            "get the legal floor.",
            "unverified",
        ),
        (
            "Unlike the drivers hired straight onto the council's books, relief drivers "
            "are paid $21 an hour.",
            "Drivers hired straight onto the council's books are paid $26 an hour.",
            "unverified",
        ),
        # The page's figure is of the claim's own side: it refutes the claim.
        (
            "Temps placed by the agency take home €12.80 an hour, whereas pickers on the "
            "warehouse's own payroll start higher.",
            "Temps placed at the warehouse by the agency take home €11.90 an hour.",
            "contradicted",
        ),
    ],
)
def test_pay_of_those_set_against_the_claims_is_no_conflict(
    draft: str, page: str, label: str, ruleset: Any
) -> None:
    article = f"# Pay\n\n{draft} ([union]({CONTRAST_URL}))\n"
    got = [
        c.verdict.label
        for c in run(article, {CONTRAST_URL: f"<h1>Pay gap</h1><p>{page}</p>"}, ruleset)
        if c.claim.type == "salary"
    ]
    assert got == [label]


@pytest.mark.parametrize(
    ("pay", "label"),
    [
        # Pay set beside the posting's is someone else's: the posting says nothing of it.
        ("A survey trainee in Leeds, by comparison, starts on about £1,900 a month.", "unverified"),
        ("By contrast, junior draughtspeople in the city earn £24,000.", "unverified"),
        ("In comparison a field assistant there makes £22,500 a year.", "unverified"),
        (
            "A rookie in the Leeds office, by contrast, starts on about £1,700 a month.",
            "unverified",
        ),
        ("By comparison, a dogsbody in the Leeds office starts at £1,500 a month.", "unverified"),
        # Set beside others, the posting's own job or the posting itself is still read.
        ("The Cartographer, by comparison, earns £52,000 a year.", "contradicted"),
        ("By comparison, the posting offers £52,000 a year.", "contradicted"),
    ],
)
def test_pay_set_beside_a_posting_is_not_its_pay(ruleset: Any, pay: str, label: str) -> None:
    draft = (
        "# Maps\n\nFenwick Survey is hiring a Cartographer at its Leeds office, offering "
        f"£41,000 to £46,500 a year [1]. {pay}\n\n## Sources\n\n[1] Fenwick Survey careers — "
        f"{URL}\n"
    )
    got = [
        c.verdict.label
        for c in run(draft, {URL: _posting()}, ruleset, wrap=False)
        if c.claim.type == "salary" and c.claim.text not in "£41,000 to £46,500 a year"
    ]
    assert got == [label]
