"""Titles in a Romance language are read by their form: a role and its field after "de"
("Jefe/a de Turno", "Chef de Rang"), the role perhaps one no English table knows. Against
a posting in that language, another role with the same field is another job; a posting
whose button says "apply" in its own language is a posting. The pages and drafts are
written for these tests."""

from __future__ import annotations

import pytest
from extracting import titles_in
from judging import run

from factcheck.rulepacks.ruleset import RuleSet
from factcheck.sources.facts import read_facts

BASE = "http://terral.test/empleo"


@pytest.mark.parametrize(
    ("sentence", "title"),
    [
        ("Tiendas Rovira is hiring an Encargada/o de Taller de Motos for its Murcia store.",
         "Encargada/o de Taller de Motos"),
        ("Brasserie Lenoir is recruiting a Chef de Rang in Lyon.", "Chef de Rang"),
        ("Quinta Verde is advertising for an Auxiliar de Cozinha, paying 900 euros.",
         "Auxiliar de Cozinha"),
        ("Ferrol Logística is hiring a Conductor de Carretilla Elevadora.",
         "Conductor de Carretilla Elevadora"),
        # The other gender in brackets; "d'" glued to the field; "al", "en".
        ("Rua Nova Mercados is hiring an Operador(a) de Loja for its Porto branch.",
         "Operador(a) de Loja"),
        ("Brasserie Lenoir is recruiting a Chef d'Équipe for its kitchens.", "Chef d'Équipe"),
        ("Call Sur is advertising for an Agente de Atención al Cliente, paying well.",
         "Agente de Atención al Cliente"),
        ("Farmacias Iris is hiring a Técnico/a en Farmacia in Sevilla.", "Técnico/a en Farmacia"),
        # The other gender alone sets a field in capitals off, with no "de".
        ("Red Austral is now recruiting a Montador/a Soldador, paying by the hour.",
         "Montador/a Soldador"),
        ("Clínica Vialta is hiring an Enfermero/a Instrumentista at its Rosario site.",
         "Enfermero/a Instrumentista"),
        ("Lusa Redes is advertising for a Montador(a) Eletricista, paying well.",
         "Montador(a) Eletricista"),
        # Words in small letters after the first, glossed in English right after.
        ("Kessel Rail has advertised for a Lokförare med tung behörighet, a train driver, in Umeå.",
         "Lokförare med tung behörighet"),
        ("Göteborgs Stad is recruiting a Barnskötare till förskolan, a nursery assistant, now.",
         "Barnskötare till förskolan"),
        ("Fjord Energi is hiring a Montør innen høyspent, an electrical fitter, for its grid.",
         "Montør innen høyspent"),
    ],
)  # fmt: skip
def test_a_romance_title_after_a_hiring_verb(ruleset: RuleSet, sentence: str, title: str) -> None:
    assert titles_in(sentence, ruleset) == [title]


@pytest.mark.parametrize(
    "sentence",
    [
        # A name with "de" before an English noun is no title; nor a surname's "De".
        "Agro Serrano hired a Universidad de Chile graduate last year.",
        "Agro Serrano is hiring a Banco de Chile veteran as treasurer.",
    ],
)
def test_a_name_with_de_is_no_title(ruleset: RuleSet, sentence: str) -> None:
    assert "Universidad de Chile" not in titles_in(sentence, ruleset)
    assert "Banco de Chile" not in titles_in(sentence, ruleset)


@pytest.mark.parametrize(
    "sentence",
    [
        # No gloss, or one that names a group rather than a job: no title in small letters.
        "Halden Kommune is hiring a Tromsø team this spring.",
        "Halden Kommune is hiring a Tromsø team for the winter, a group of planners.",
    ],
)
def test_words_in_small_letters_need_a_gloss(ruleset: RuleSet, sentence: str) -> None:
    assert not [t for t in titles_in(sentence, ruleset) if t.startswith("Tromsø")]


def _vacante(heading: str, others: list[str], button: str = "Postularme") -> str:
    items = "".join(f"<li><a href='/v/{i}'>{t}</a></li>" for i, t in enumerate(others))
    return (
        f"<html lang='es'><head><title>{heading} | Ferrol Logística</title></head><body>"
        f"<main><h1>{heading}</h1><p>Ferrol Logística busca {heading} para su centro de "
        "Lugo.</p><table><tr><th>Turno</th><td>Mañana</td></tr><tr><th>Contrato</th>"
        f"<td>Indefinido</td></tr></table><p><a href='#alta'>{button}</a></p></main>"
        f"<section class='relacionadas'><h3>Vacantes relacionadas</h3><ul>{items}</ul>"
        "</section></body></html>"
    )


def test_an_apply_button_in_another_language_makes_a_posting() -> None:
    assert read_facts(_vacante("Jefe de Turno", [])).kind == "job_posting"
    assert read_facts(_vacante("Jefe de Turno", [], button="Inscribirme")).kind == "job_posting"
    assert read_facts(_vacante("Jefe de Turno", [], button="Ver mapa")).kind != "job_posting"


def _labels(draft: str, pages: dict[str, str], ruleset: RuleSet) -> dict[str, str]:
    return {
        str(c.claim.fields.get("title")): c.verdict.label
        for c in run(draft, pages, ruleset, wrap=False)
        if c.claim.type == "job_title"
    }


def test_another_role_of_the_same_field_in_the_postings_language(ruleset: RuleSet) -> None:
    urls = [f"{BASE}/1", f"{BASE}/2"]
    pages = {
        urls[0]: _vacante("Jefe de Turno", ["Encargado de Turno"]),
        urls[1]: _vacante("Conductor de Carretilla", []),
    }
    draft = (
        f"# Empleo\n\nFerrol Logística is hiring an Encargado de Turno ([vacante]({urls[0]})).\n"
        f"\nFerrol Logística is also advertising for a Conductor de Carretilla "
        f"([vacante]({urls[1]})).\n"
    )
    assert _labels(draft, pages, ruleset) == {
        "Encargado de Turno": "contradicted",
        "Conductor de Carretilla": "supported",
    }
    # An English title against the posting in Spanish may be a translation: no verdict
    # against it.
    english = draft.replace("an Encargado de Turno", "a Shift Supervisor")
    assert _labels(english, pages, ruleset)["Shift Supervisor"] != "contradicted"
