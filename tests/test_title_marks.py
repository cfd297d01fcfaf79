"""Job titles read by their form, not their words: a gender mark ("(m/w/d)", "H/F",
"Fahrer*in") written after a title whatever its role word; a role specified in brackets
("Line Cook (Grill)"); one title after "openings for a"; an adverb inside the verb that
hires ("has quietly been recruiting"). Against a posting, the gender mark names no part
of the job. The pages and drafts are written for these tests."""

from __future__ import annotations

import pytest
from extracting import titles_in
from judging import run

from factcheck.rulepacks.gender_marks import has_gender_mark, without_gender_mark
from factcheck.rulepacks.ruleset import RuleSet


@pytest.mark.parametrize(
    ("sentence", "title"),
    [
        ("Stadtwerke Ulm is hiring a Pflegefachkraft (w/m/d) for its care homes.",
         "Pflegefachkraft (w/m/d)"),
        ("A bakery chain in Graz is looking for a Bäckermeister (m/w/d) in der Frühschicht.",
         "Bäckermeister (m/w/d) in der Frühschicht"),
        ("Kessler Bau has been advertising for a Bauleiter (m/f/d) im Tiefbau since May.",
         "Bauleiter (m/f/d) im Tiefbau"),
        ("Brasserie Aubert recrute: the chain is seeking a Chef de Partie H/F, paid weekly.",
         "Chef de Partie H/F"),
        ("Voltaire Énergie is recruiting a Technicien Réseau (F/H) near Lyon.",
         "Technicien Réseau (F/H)"),
        ("The museum is hiring a Kurator*in für Fotografie on a two-year contract.",
         "Kurator*in für Fotografie"),
        ("An ad for a Data Engineer (all genders) drew three hundred replies.",
         "Data Engineer (all genders)"),
        ("Nordlicht Reisen posted openings for a Reiseberater (m/w/x) in Kiel.",
         "Reiseberater (m/w/x)"),
    ],
)  # fmt: skip
def test_a_gender_mark_makes_a_title_whatever_its_role_word(
    ruleset: RuleSet, sentence: str, title: str
) -> None:
    assert titles_in(sentence, ruleset) == [title]


@pytest.mark.parametrize(
    ("sentence", "title"),
    [
        ("Harbour Grill has posted openings for a Line Cook (Grill) – Evenings, this week.",
         "Line Cook (Grill) – Evenings"),
        ("The county has openings for a Corrections Officer (Juvenile) - Nights at two sites.",
         "Corrections Officer (Juvenile) - Nights"),
        # Alone, words in brackets after a title may name a source.
        ("Tarn Mills is hiring a Loom Technician (Reuters).", "Loom Technician"),
        ("Orwell Mutual has quietly been recruiting a Pricing Analyst III on its home team.",
         "Pricing Analyst III"),
        ("Tarn Mills had for months been advertising for a Dye House Supervisor in Leeds.",
         "Dye House Supervisor"),
        ("The clinic has also recently been looking for a Sonographer II in its vascular unit.",
         "Sonographer II"),
    ],
)  # fmt: skip
def test_brackets_one_opening_and_adverbs_inside_the_verb(
    ruleset: RuleSet, sentence: str, title: str
) -> None:
    assert titles_in(sentence, ruleset) == [title]


@pytest.mark.parametrize(
    "sentence",
    [
        "There were openings for a while on Sunday.",
        "The stadium (North) is closed.",
        "Sales rose 4% (m/m) in March.",
        "The ratio was 3 m/s at the gate.",
    ],
)
def test_no_title_without_a_role_or_a_mark(ruleset: RuleSet, sentence: str) -> None:
    assert titles_in(sentence, ruleset) == []


def test_the_mark_is_no_part_of_the_job() -> None:
    assert without_gender_mark("Kranführer (m/w/d) im Hafen") == "Kranführer im Hafen"
    assert without_gender_mark("Vendeur H/F") == "Vendeur"
    assert without_gender_mark("Fahrer*in Nahverkehr") == "Fahrer Nahverkehr"
    assert has_gender_mark("Kranführer (m/w/d)")
    assert not has_gender_mark("Kranführer")


def _stelle(heading: str) -> str:
    return (
        f"<html lang='de'><head><title>{heading} | Hafenlogistik Brake</title></head><body>"
        f"<main><h1>{heading}</h1><dl><dt>Standort</dt><dd>Brake</dd></dl>"
        "<p>Sie steuern Portalkrane im Containerterminal.</p>"
        "<p><a href='#form'>Jetzt bewerben</a></p></main></body></html>"
    )


def test_a_posting_title_with_or_without_its_mark_is_the_same_job(ruleset: RuleSet) -> None:
    url = "http://brake.test/stellen/77"
    pages = {url: _stelle("Kranführer (m/w/d) im Containerterminal")}
    said = {
        "Hafenlogistik Brake is hiring a Kranführer im Containerterminal": "supported",
        "Hafenlogistik Brake is hiring a Kranführer (w/m/d) im Containerterminal": "supported",
        # Another role with the same field is another job.
        "Hafenlogistik Brake is hiring a Senior Kranführer (w/m/d) im Containerterminal": (
            "contradicted"
        ),
    }
    for sentence, label in said.items():
        draft = f"# Häfen\n\n{sentence} ([Stelle]({url})).\n"
        got = [c.verdict.label for c in run(draft, pages, ruleset, wrap=False)]
        assert got and got[0] == label, sentence
