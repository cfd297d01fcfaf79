"""The pattern of work a title's qualifier names (hours, shift, contract), in English and
in other languages, is part of which job it is: a posting for the same job on another
pattern is another posting. Brackets the draft writes right after a title are read as
its qualifier even where extraction leaves them out. A posting in another language names
its employer in that language: a name the draft translates is no other employer. The
pages and sentences are written for these tests."""

from __future__ import annotations

import pytest
from extracting import titles_in
from judging import cited
from postings import job_posting_ld

from factcheck.evidence.title_parts import parts_conflict
from factcheck.rulepacks.ruleset import RuleSet
from factcheck.rulepacks.work_patterns import patterns

URL = "http://brackley.test/jobs/77"


@pytest.mark.parametrize(
    ("claimed", "found"),
    [
        ("Night Porter (Part-Time)", "Night Porter (Full time)"),
        ("Ward Clerk (On Call)", "Ward Clerk (Wholetime)"),
        (
            "Aide-soignant(e) – Unité B (temps plein, jour)",
            "Aide-soignant(e) – Unité B (temps partiel, jour)",
        ),
        ("Lagerhelfer (m/w/d) – Teilzeit", "Lagerhelfer (m/w/d) – Vollzeit"),
        ("Recepcionista – Turno Noturno", "Recepcionista – Turno Diurno"),
        ("Line Cook (Permanent)", "Line Cook (Fixed-Term)"),
    ],
)
def test_another_pattern_of_work_is_another_job(claimed: str, found: str) -> None:
    assert parts_conflict(claimed, found)
    assert parts_conflict(found, claimed)


@pytest.mark.parametrize(
    ("claimed", "found"),
    [
        # The same pattern in other words, or one side naming none.
        ("Night Porter (Part-Time)", "Night Porter – part time"),
        ("Ward Clerk (On Call)", "Ward Clerk"),
        ("Aide-soignant(e) (temps plein, nuit)", "Aide-soignant(e) (temps complet, nuit)"),
        # Retained crews work part of the week: on call is not against part time.
        ("Ward Clerk (On Call)", "Ward Clerk (Part-Time)"),
        # Other kinds of pattern say nothing of each other.
        ("Line Cook (Nights)", "Line Cook (Permanent)"),
    ],
)
def test_the_same_or_an_unstated_pattern_is_no_other_job(claimed: str, found: str) -> None:
    assert not parts_conflict(claimed, found)


def test_patterns_read_in_several_languages() -> None:
    assert patterns("tempo parziale, notte") == {
        "hours": frozenset({"part"}),
        "shift": frozenset({"night"}),
    }
    assert patterns("Reuters") == {}


def _posting(title: str, org: str, lang: str = "en") -> str:
    return (
        f'<html lang="{lang}"><head><title>{title} | {org}</title>'
        f"{job_posting_ld(title, org)}</head><body><main><h1>{title}</h1>"
        f"<p class='org'>{org}</p><p>Apply by the end of the month.</p></main></body></html>"
    )


@pytest.mark.parametrize(
    ("sentence", "page_title"),
    [
        (
            "Brackley Water's opening for a Pump Fitter (Night Shift) closes on Friday",
            "Pump Fitter (Day Shift)",
        ),
        (
            "Brackley Water is hiring a Pump Fitter (Full-Time) at its Wexley works",
            "Pump Fitter (Part-Time)",
        ),
        (
            "Brackley Water's latest advert is for a Pump Fitter (Permanent)",
            "Pump Fitter (Temporary)",
        ),
    ],
)
def test_brackets_after_the_title_meet_the_postings_pattern(
    sentence: str, page_title: str, ruleset: RuleSet
) -> None:
    checked = cited(sentence, URL, _posting(page_title, "Brackley Water"), ruleset, "job_title")
    assert checked.verdict.label == "contradicted"
    assert "(" in checked.verdict.rationale.split("not “")[-1]


def test_brackets_of_the_same_pattern_agree(ruleset: RuleSet) -> None:
    sentence = "Brackley Water's opening for a Pump Fitter (Night Shift) closes on Friday"
    page = _posting("Pump Fitter (Night Shift)", "Brackley Water")
    assert cited(sentence, URL, page, ruleset, "job_title").verdict.label == "supported"


@pytest.mark.parametrize(
    ("sentence", "org", "lang"),
    [
        (
            "The Ministry of Transport is hiring a Rail Safety Inspector",
            "Ministerio de Transportes",
            "es",
        ),
        (
            "The National Statistics Institute is recruiting a Survey Coordinator",
            "Istituto Nazionale di Statistica",
            "it",
        ),
        (
            "The Ministry of Economic Affairs is hiring a Trade Policy Adviser",
            "Ministerio de Asuntos Económicos",
            "es",
        ),
    ],
)
def test_an_employer_the_draft_translates_is_no_other_employer(
    sentence: str, org: str, lang: str, ruleset: RuleSet
) -> None:
    title = sentence.split(" a ")[-1]
    checked = cited(sentence, URL, _posting(title, org, lang), ruleset, "job_title")
    assert checked.verdict.label == "supported", checked.verdict.rationale


def test_another_employer_in_another_language_is_still_another(ruleset: RuleSet) -> None:
    sentence = "The Ministry of Transport is hiring a Rail Safety Inspector"
    page = _posting("Rail Safety Inspector", "Ministerio de Sanidad", "es")
    checked = cited(sentence, URL, page, ruleset, "job_title")
    assert checked.verdict.label == "contradicted"
    assert "Ministerio de Sanidad" in checked.verdict.rationale


@pytest.mark.parametrize(
    ("text", "title"),
    [
        ("Its current advert is for a Harbour Pilot (Relief), open to all.", "Harbour Pilot"),
        (
            "Their newest selection process is for an Encarregado(a) de Obra Sênior, in Belém.",
            "Encarregado(a) de Obra Sênior",
        ),
        ("The posting, for a Kiln Technician, asks for a forklift licence.", "Kiln Technician"),
        ("The county's recruitment drive is for a Highways Inspector.", "Highways Inspector"),
    ],
)
def test_an_advert_or_selection_said_to_be_for_a_title(
    text: str, title: str, ruleset: RuleSet
) -> None:
    assert title in titles_in(text, ruleset)


@pytest.mark.parametrize(
    ("text", "title"),
    [
        # A role with a doer's ending in a Romance language, words in capitals after it,
        # a unit after a dash.
        (
            "The notice, for a Manutentore Elettrico – Turni, closes in May.",
            "Manutentore Elettrico – Turni",
        ),
        ("Vialta is hiring a Conductora Interurbana, based in Murcia.", "Conductora Interurbana"),
        ("The vacancy is for a Pedreiro Especializado, in Porto.", "Pedreiro Especializado"),
        # A role with its other gender in brackets, its field in small letters.
        (
            "Hôtel Lune posted an opening for an Employé(e) aux étages – Aile Nord in March.",
            "Employé(e) aux étages – Aile Nord",
        ),
        ("The clinic is hiring an Infirmier(ère) de nuit, in Laval.", "Infirmier(ère) de nuit"),
    ],
)
def test_titles_in_romance_forms_after_a_hiring_word(
    text: str, title: str, ruleset: RuleSet
) -> None:
    assert title in titles_in(text, ruleset)


def test_a_doer_ending_alone_names_no_title_outside_a_hiring_frame(ruleset: RuleSet) -> None:
    assert titles_in("The Operatore Ecologico union met on Monday.", ruleset) == []


@pytest.mark.parametrize(
    ("claimed", "found"),
    [
        ("Operaio Saldatore, Livello 3", "Operaio Saldatore (Livello 5)"),
        ("Beleidsadviseur (schaal 10)", "Beleidsadviseur (Schaal 11)"),
        ("Técnico de Obra, Nivel 2", "Técnico de Obra (Nivel 4)"),
        ("Sachbearbeiter (m/w/d), Entgeltgruppe 9", "Sachbearbeiter (m/w/d) (Entgeltgruppe 10)"),
    ],
)
def test_levels_in_other_languages_rank_the_job(claimed: str, found: str) -> None:
    assert parts_conflict(claimed, found)
    assert not parts_conflict(claimed, claimed)


@pytest.mark.parametrize(
    ("sentence", "page_title", "label"),
    [
        (
            "Verdaro's posting, for a Manutentore Elettrico, Livello 3, closes soon",
            "Manutentore Elettrico (Livello 5)",
            "contradicted",
        ),
        (
            "Verdaro's posting, for a Manutentore Elettrico, Livello 5, closes soon",
            "Manutentore Elettrico (Livello 5)",
            "supported",
        ),
        (
            "Verdaro is hiring a Relief Milker at Band 3 for its farms",
            "Relief Milker (Band 4)",
            "contradicted",
        ),
    ],
)
def test_a_level_written_apart_from_the_title_meets_the_postings(
    sentence: str, page_title: str, label: str, ruleset: RuleSet
) -> None:
    page = _posting(page_title, "Verdaro", "it")
    assert cited(sentence, URL, page, ruleset, "job_title").verdict.label == label
