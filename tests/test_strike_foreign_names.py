"""Workers' bodies named in other languages: joining words of those languages ("por la",
"della", "dos") and middle words in small letters up to a joining word before a name
("Syndicat des techniciens et artistes de Brume") keep the name whole; a name described
as a union at length ("..., a farmworkers' union founded in 2011 by ...") is a union.
Drafts and pages written for these tests."""

from __future__ import annotations

import pytest
from judging import run, verdict

from factcheck.claims.extract import extract_claims
from factcheck.reading import parse_article
from factcheck.rulepacks.ruleset import RuleSet


def _strikers(text: str, ruleset: RuleSet) -> list[list[str]]:
    article = parse_article(f"# Labour\n\n{text}\n", "d.md", "markdown")
    return [
        list(c.fields.get("strikers", []))
        for c in extract_claims(article, ruleset)
        if c.type == "strike"
    ]


@pytest.mark.parametrize(
    ("text", "name"),
    [
        (
            "Pickers represented by Mujeres Unidas por la Tierra stopped work at Finca Alta on "
            "Monday.",
            "Mujeres Unidas por la Tierra",
        ),
        (
            "Riggers represented by the Syndicat des techniciens et artistes de Brume walked "
            "off the job on Monday.",
            "Syndicat des techniciens et artistes de Brume",
        ),
        (
            "Dockers of the Sindicato de estibadores del Puerto de Orla walked out at Orla "
            "Terminals on Friday.",
            "Sindicato de estibadores del Puerto de Orla",
        ),
        (
            "Members of the Sindacato dei lavoratori della Tarnia walked out at Brisa Logistica.",
            "Sindacato dei lavoratori della Tarnia",
        ),
        (
            "The Federación de Obreros por la Tierra called the strike at Finca Alta.",
            "Federación de Obreros por la Tierra",
        ),
    ],
)
def test_a_name_in_another_language_stays_whole(text: str, name: str, ruleset: RuleSet) -> None:
    found = _strikers(text, ruleset)
    assert found and any(name in s for s in found[0]), found


def test_english_words_after_a_foreign_head_are_no_part_of_its_name(ruleset: RuleSet) -> None:
    found = _strikers("Members of the Sindicato walked out at Orla Terminals on Friday.", ruleset)
    assert found and all("Orla" not in s for s in found[0]), found


def test_a_union_described_at_length_called_the_strike(ruleset: RuleSet) -> None:
    found = _strikers(
        "The stoppage was called by Marea Obrera de Tarn, a farmworkers' union founded in "
        "2011 by pickers from the three valleys of the north.",
        ruleset,
    )
    assert found and found[0] == ["Marea Obrera de Tarn"], found


PICKERS = (
    "<p>The 2030 Finca Alta strike was a stoppage by about 300 pickers at Finca Alta.</p>"
    "<p>The strike was called by Mujeres Unidas por la Tierra, an independent union "
    "founded in 2009 by Mixtec pickers from the southern valleys of Oaxaca.</p>"
)


@pytest.mark.parametrize(
    ("claim", "label"),
    [
        (
            "Pickers represented by Mujeres Unidas por la Tierra walked out at Finca Alta in 2030",
            "supported",
        ),
        ("The Kessel Farm Workers Guild called the strike at Finca Alta in 2030", "contradicted"),
    ],
)
def test_a_page_naming_a_union_in_another_language(
    claim: str, label: str, ruleset: RuleSet
) -> None:
    url = "http://labour.test/pickers"
    draft = f"# Fields\n\n{claim} ([entry]({url})).\n"
    found = verdict(run(draft, {url: PICKERS}, ruleset), "strike")
    assert found.verdict.label == label, found.verdict.rationale
