"""Who hires, when the sentence names other places on the way: a relative clause after the
employer's name ("Quillon, which runs kitchens in Lyon, Nantes and Lille, is hiring")
names places, not the employer; a place's possessive before a company's name ("Porto's
Ribeira Games has an opening") says where the company is, not who hires. A level that
ends a posting's title ("Rigging Artist II") leaves the word before it naming the job, so
a posting in another language that heads its job so in English contradicts another level.
The drafts and pages are written for these tests."""

from __future__ import annotations

from extracting import titles_with_employers
from judging import run

from factcheck.rulepacks.ruleset import RuleSet


def test_a_relative_clause_of_places_is_no_employer(ruleset: RuleSet) -> None:
    text = (
        "Quillon, which runs kitchens across Lyon, Nantes and Lille, is hiring a Pastry Cook "
        "for its new site.\n\n"
        "Harbridge Mills, which supplies Leeds, Hull and York, is recruiting a Loom Tuner.\n\n"
        "Odile Marchetti, who works as Tamworth Dyeing's dye manager, said little.\n"
    )
    assert titles_with_employers(text, ruleset) == [
        ("Pastry Cook", "Quillon"),
        ("Loom Tuner", "Harbridge Mills"),
        ("dye manager", "Tamworth Dyeing"),
    ]


def test_a_places_possessive_before_a_company_is_where_it_is(ruleset: RuleSet) -> None:
    text = (
        "Porto's Ribeira Games has an opening for a Rigging Artist in its riverside studio.\n\n"
        "Carrow Bank's Norwich branch is hiring a Mortgage Adviser.\n"
    )
    assert titles_with_employers(text, ruleset) == [
        ("Rigging Artist", "Ribeira Games"),
        ("Mortgage Adviser", "Carrow Bank"),
    ]


URL = "https://ribeira.example/carreiras/vagas/rigging-artist-ii-118.html"


def test_a_level_ending_a_title_on_a_page_in_another_language(ruleset: RuleSet) -> None:
    page = (
        "<html lang='pt'><head><title>Rigging Artist II – Ribeira Games – Porto | Vagas</title>"
        "</head><body><main><h1>Rigging Artist II</h1><ul><li>Local: Porto</li>"
        "<li>Departamento: Animação</li></ul><p>Procuramos um Rigging Artist II para a "
        "equipa de animação.</p><a class='apply' href='/candidatar/118'>Candidatar</a>"
        "</main></body></html>"
    )
    for claimed, label in (("III", "contradicted"), ("II", "supported")):
        draft = (
            f"# Jobs\n\nPorto's Ribeira Games has an opening for a Rigging Artist {claimed} "
            f"in its riverside studio ([vaga]({URL})).\n"
        )
        got = [
            c.verdict.label
            for c in run(draft, {URL: page}, ruleset, wrap=False)
            if c.claim.type == "job_title"
        ]
        assert got == [label], claimed
