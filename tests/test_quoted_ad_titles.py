"""A title quoted right after a word of hiring ('is recruiting a "Leerkracht groep 3/4"',
'a vacancy for a "Trambediener"') is the title an ad gives, though its role word is one
no English table knows; a gender mark inside the quotes says so too. A quoted phrase after
"as" or "for" alone, or in small letters, is no title. Against the posting, another field
after the same role is another job. Pages and drafts are written for these tests."""

from __future__ import annotations

from typing import Any

import pytest
from extracting import titles_in
from judging import run
from postings import job_posting_ld

from factcheck.rulepacks.ruleset import RuleSet


@pytest.mark.parametrize(
    ("text", "title"),
    [
        (
            'Stichting Linde is looking for a "Leerkracht groep 3/4" in Leiden.',
            "Leerkracht groep 3/4",
        ),
        (
            'The state of Saxony is recruiting a "Dozent für Chemie" in Leipzig.',
            "Dozent für Chemie",
        ),
        ('Havenbedrijf Zeelo has a vacancy for a "Sluiswachter" at its locks.', "Sluiswachter"),
        ('The agency posted an opening for a "Técnico Superior" in Porto.', "Técnico Superior"),
        ('The Setúbal yard needs a "Soldador de Estruturas" by May.', "Soldador de Estruturas"),
        (
            'Kreis Ostholm is hiring a "Sachbearbeitung (m/w/d) im Bauamt" this spring.',
            "Sachbearbeitung (m/w/d) im Bauamt",
        ),
    ],
)
def test_a_title_quoted_after_hiring_words_is_read(text: str, title: str, ruleset: RuleSet) -> None:
    assert titles_in(text, ruleset) == [title]


@pytest.mark.parametrize(
    ("text", "title"),
    [
        # Plain single quotes hold a title as double ones do, an apostrophe inside too.
        ("Tarn Ferries is recruiting a 'Night Purser' for its island route.", "Night Purser"),
        (
            "The port advertised a 'Launch Skipper (Grade 4)', a two-year post.",
            "Launch Skipper (Grade 4)",
        ),
        ("The clinic is hiring a 'Children's Nurse' for the winter.", "Children's Nurse"),
        ("There are openings for 'Deck Cadet' in Hull, the firm says.", "Deck Cadet"),
        (
            "The hospital has an 'Anaesthetic Technician' vacancy in Leeds.",
            "Anaesthetic Technician",
        ),
    ],
)
def test_a_title_in_single_quotes_is_read(text: str, title: str, ruleset: RuleSet) -> None:
    assert titles_in(text, ruleset) == [title]


@pytest.mark.parametrize(
    "text",
    [
        "The union wants a 'Fair Share' of the new terminal's work.",
        "The firm is seeking a 'fresh start' after the merger.",
        "She said the drivers' 'Rest Day' rota would change.",
    ],
)
def test_other_single_quoted_phrases_are_no_title(text: str, ruleset: RuleSet) -> None:
    assert titles_in(text, ruleset) == []


@pytest.mark.parametrize(
    "text",
    [
        'The depot is known as "Grosse Halle" among the drivers.',
        'Stichting Linde is looking for a "fresh start" after the merger.',
        # A union seeks what it demands: a seeking verb alone vouches for no title.
        'The union is seeking a "New Deal" in the talks, its leaflet says.',
        # Nor does wanting or needing, unless the quoted name has a title's form.
        "The dockers' branch wants a \"Fair Share\" of the new terminal's work.",
        'Drivers say they need a "Clean Break" from the old rota.',
    ],
)
def test_other_quoted_phrases_are_no_title(text: str, ruleset: RuleSet) -> None:
    assert titles_in(text, ruleset) == []


URL = "https://stellen.example.de/ostholm/schule/4471"
PAGE = f"""<html lang="de"><head><title>Dozent (m/w/d) für Chemie und Biologie</title>
{job_posting_ld("Dozent (m/w/d) für Chemie und Biologie", "Kreis Ostholm")}</head><body>
<h1>Dozent (m/w/d) für Chemie und Biologie</h1><p>Gymnasium Ostholm, Vollzeit.</p>
<aside><h2>Weitere Stellen</h2><ul><li>Dozent (m/w/d) für Englisch und Sport</li></ul>
</aside></body></html>"""


@pytest.mark.parametrize(
    ("quoted", "label"),
    [
        ("Dozent für Chemie und Biologie", "supported"),
        ("Dozent (m/w/d) für Chemie und Biologie", "supported"),
        # The other field is another job, listed only among the page's other openings.
        ("Dozent (m/w/d) für Englisch und Sport", "contradicted"),
    ],
)
def test_a_quoted_ad_title_is_checked_against_its_posting(
    quoted: str, label: str, ruleset: Any
) -> None:
    draft = f'# Schools\n\nKreis Ostholm is recruiting a "{quoted}" in town ([ad]({URL})).\n'
    found = [c for c in run(draft, {URL: PAGE}, ruleset, wrap=False) if c.claim.type == "job_title"]
    assert [c.verdict.label for c in found] == [label], [c.verdict.rationale for c in found]


@pytest.mark.parametrize(
    ("text", "title"),
    [
        (
            'Kreis Ostholm is hiring a charge nurse — a "Schichtleitung (m/w/d)'
            ' Kardiologie" — for its heart unit.',
            "Schichtleitung (m/w/d) Kardiologie",
        ),
        ('Zeelo is hiring a lock keeper (a "Sluiswachter") for its locks.', "Sluiswachter"),
    ],
)
def test_the_ads_own_title_set_beside_the_job_is_the_title(
    text: str, title: str, ruleset: RuleSet
) -> None:
    assert titles_in(text, ruleset) == [title]


WARD_URL = "https://karriere.example.de/ostholm/4417"
WARD = f"""<html lang="de"><head><title>Pflegekraft (m/w/d) Intensivstation</title>
{job_posting_ld("Pflegekraft (m/w/d) Intensivstation", "Kreis Ostholm")}</head><body>
<h1>Pflegekraft (m/w/d) Intensivstation</h1><p>Vollzeit, unbefristet.</p>
</body></html>"""


@pytest.mark.parametrize(
    ("written", "label"),
    [
        ('a "Pflegekraft (m/w/d) Intensivstation"', "supported"),
        # A ward written after the mark with no joining word is still the title's field;
        # another role with the same field, or the same role on another ward, is another job.
        ('a ward lead — a "Schichtleitung (m/w/d) Intensivstation" —', "contradicted"),
        ('a "Pflegekraft (m/w/d) Kardiologie"', "contradicted"),
    ],
)
def test_a_gender_marked_title_with_its_ward_after_the_mark(
    written: str, label: str, ruleset: Any
) -> None:
    draft = (
        f"# Wards\n\nKreis Ostholm is advertising for {written} at its clinic ([ad]({WARD_URL})).\n"
    )
    found = [
        c for c in run(draft, {WARD_URL: WARD}, ruleset, wrap=False) if c.claim.type == "job_title"
    ]
    assert [c.verdict.label for c in found] == [label], [c.verdict.rationale for c in found]


def test_gender_stars_in_a_markdown_draft_are_letters_not_emphasis(ruleset: RuleSet) -> None:
    # Two stars in one line would be read as italics and lose their stars.
    text = 'Nordbahn is hiring a "Zugbegleiter*in (m/w/d) – gern Berufswechsler*innen" now.'
    assert titles_in(text, ruleset) == ["Zugbegleiter*in (m/w/d) – gern Berufswechsler*innen"]
