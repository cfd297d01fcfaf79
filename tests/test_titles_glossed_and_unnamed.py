"""Job titles named two ways, employers a sentence leaves unnamed, and openings a cited
posting does not speak to. Every name, title, place and page is invented for these tests.

- A job written with its name in another language beside it ("a deckhand (dekksgutt)",
  "a båtfører – a boat driver –") is the posting's job under either name.
- "One Tarn firm's advert", "One yard in Kelso is advertising": the employer is one
  the sentence does not name, never a town nor the company named before.
- "a Welder vacancy in Kelso" cited to a posting that never names Kelso is another
  opening: the posting's other title does not refute it.
- A note marker's words ("[^brigg]") name no job; titles in guillemets are quoted titles.
"""

from __future__ import annotations

from typing import Any

import pytest
from judging import cited, run
from postings import job_posting_ld

from factcheck.claims.extract import extract_claims
from factcheck.reading import parse_article
from factcheck.reading.notes import is_note_marker

URL = "http://jobs.test/jobs/4410-dekksgutt-ferje.html"


def _posting(title: str, where: str = "Molde") -> str:
    ld = job_posting_ld(title, "Nordvik Ferjer")
    return (
        f"<html><head><title>{title}</title>{ld}</head><body><main><h1>{title}</h1>"
        f"<p>Nordvik Ferjer, {where}</p><p>Permanent post on our fjord crossings.</p>"
        "</main></body></html>"
    )


def _titles(text: str, ruleset: Any) -> list[tuple[str, Any]]:
    claims = extract_claims(parse_article(text, "draft.md"), ruleset)
    return [(c.fields["title"], c.fields.get("employer")) for c in claims if c.type == "job_title"]


@pytest.mark.parametrize(
    ("sentence", "posted"),
    [
        (
            "Nordvik Ferjer is still advertising for a deckhand (dekksgutt) on its crossings",
            "Dekksgutt – ferjemannskap",
        ),
        (
            "Nordvik Ferjer is hiring a båtfører – a boat driver – for its crossings",
            "Båtfører – ferjemannskap",
        ),
    ],
)
def test_a_job_named_in_two_languages_is_the_posting_s_under_either(
    sentence: str, posted: str, ruleset: Any
) -> None:
    found = cited(sentence, URL, _posting(posted), ruleset, "job_title")
    assert found.verdict.label == "supported", found.verdict.rationale


def test_another_job_beside_its_gloss_is_still_another_job(ruleset: Any) -> None:
    sentence = "Nordvik Ferjer is still advertising for a deckhand (dekksgutt) on its crossings"
    found = cited(sentence, URL, _posting("Maskinist – ferjemannskap"), ruleset, "job_title")
    assert found.verdict.label != "supported", found.verdict.rationale


@pytest.mark.parametrize(
    ("text", "title"),
    [
        (
            "Brekka Radio is looking for a sjåfør – a delivery driver – for its vans.",
            "delivery driver",
        ),
        ("A second advert, for a kokk (ship cook) in Alesund, went up last week.", "ship cook"),
    ],
)
def test_a_glossed_word_of_another_language_is_read_by_its_english_name(
    text: str, title: str, ruleset: Any
) -> None:
    assert [t for t, _ in _titles(text, ruleset)] == [title]


@pytest.mark.parametrize(
    "text",
    [
        'Harlan Foods is busy. One bakery in Tarn is now advertising for a "Dough Mixer".',
        'Harlan Foods is busy. One Tarn firm\'s newest advert is headed "Line Cook".',
        'Harlan Foods is busy. A Kelso hospital is advertising for a "Night Porter".',
        'Harlan Foods is busy. I also came across a bakery in Tarn advertising a "Dough Mixer".',
        'Harlan Foods is busy. We saw one yard near Kelso that is now hiring a "Night Porter".',
    ],
)
def test_an_unnamed_employer_is_none_of_the_names_around(text: str, ruleset: Any) -> None:
    assert [e for _, e in _titles(text, ruleset)] == [None]


@pytest.mark.parametrize(
    ("text", "employer"),
    [
        (
            'Harlan Foods is busy. A spokesman said the firm is hiring a "Night Porter".',
            "Harlan Foods",
        ),
        ('Harlan Foods is busy. It is advertising for a "Shift Baker".', "Harlan Foods"),
        ('Harlan Foods, a Tarn firm, is advertising for a "Shift Baker".', "Harlan Foods"),
        (
            'Harlan Foods is busy. It won a contract in May and is now hiring a "Shift Baker".',
            "Harlan Foods",
        ),
    ],
)
def test_a_named_or_pointed_back_employer_is_kept(text: str, employer: str, ruleset: Any) -> None:
    assert [e for _, e in _titles(text, ruleset)] == [employer]


def test_an_opening_in_a_town_the_posting_never_names_is_another(ruleset: Any) -> None:
    page = _posting("Bosun – Coastal Route", where="Molde")
    url = "http://jobs.test/jobs/5120-bosun.html"
    other = 'Nordvik Ferjer is advertising a "Chief Steward" vacancy in Kelso this month'
    assert cited(other, url, page, ruleset, "job_title").verdict.label == "unverified"
    here = 'Nordvik Ferjer is advertising a "Chief Steward" vacancy in Molde this month'
    assert cited(here, url, page, ruleset, "job_title").verdict.label == "contradicted"


def test_a_note_marker_names_no_job(ruleset: Any) -> None:
    assert is_note_marker("[^brigg]") and is_note_marker("[3]")
    assert not is_note_marker("senior glassblower")
    draft = (
        "The Tarn booking is a six-month block in a 12-bed ward.[^brigg]\n\n"
        "[^brigg]: Brigg Staffing, http://jobs.test/jobs/view/881-staff-nurse-tarn.html\n"
    )
    page = _posting("Staff Nurse – Ward 4")
    claims = run(draft, {"http://jobs.test/jobs/view/881-staff-nurse-tarn.html": page}, ruleset)
    assert [c.claim.type for c in claims] == ["statement"]


def test_a_title_in_guillemets_is_a_quoted_title(ruleset: Any) -> None:
    text = "Tarrow Contact is recruiting a «Conseiller Vente Bilingue» for its Agdal centre."
    claims = extract_claims(parse_article(text, "draft.md"), ruleset)
    titles = [c.fields for c in claims if c.type == "job_title"]
    assert [(f["title"], f["quoted"]) for f in titles] == [("Conseiller Vente Bilingue", True)]
