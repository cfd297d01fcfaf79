"""A posting in another language may give its job's English name in brackets after its
own ("Filialleiter (Store Manager)"). That English name is comparable with an English
claim: another role there is another job, and the claim naming it is refuted, where a
bare title in another language is never taken for another job. Brackets holding no
occupation ("(Vollzeit)", "(m/w/d)") gloss nothing. The pages and drafts are written for
these tests."""

from __future__ import annotations

import pytest
from extracting import titles_in
from judging import cited
from postings import job_posting_ld

from factcheck.rulepacks.ruleset import RuleSet

URL = "http://karsten.test/jobs/4410"


def _posting(title: str, lang: str = "de") -> str:
    return (
        f"<html lang='{lang}'><head><title>{title} | Karsten Markt</title>"
        f"{job_posting_ld(title, 'Karsten Markt')}</head><body>"
        f"<main><h1>{title}</h1><p>Karsten Markt sucht Verstärkung für die Filiale in "
        "Kassel.</p><p>Jetzt bewerben</p></main></body></html>"
    )


SENTENCE = "Karsten Markt is recruiting an {title} in Kassel"


@pytest.mark.parametrize(
    ("posted", "claimed"),
    [
        ("Filialleiter (Store Manager)", "Area Manager"),
        ("Lagerist (Warehouse Operative)", "Forklift Driver"),
        ("Kassierer (Cashier)", "Shift Supervisor"),
    ],
)
def test_another_role_in_the_english_gloss_refutes(
    ruleset: RuleSet, posted: str, claimed: str
) -> None:
    got = cited(
        SENTENCE.format(title=claimed), URL, _posting(posted), ruleset, "job_title", wrap=False
    )
    assert got.verdict.label == "contradicted", got.verdict.rationale


@pytest.mark.parametrize(
    ("posted", "claimed"),
    [
        ("Filialleiter (Vollzeit)", "Area Manager"),
        ("Filialleiter (m/w/d)", "Area Manager"),
        ("Filialleiter", "Area Manager"),
    ],
)
def test_no_gloss_no_refutation(ruleset: RuleSet, posted: str, claimed: str) -> None:
    got = cited(
        SENTENCE.format(title=claimed), URL, _posting(posted), ruleset, "job_title", wrap=False
    )
    assert got.verdict.label != "contradicted", got.verdict.rationale


def test_the_glossed_role_itself_is_not_refuted(ruleset: RuleSet) -> None:
    got = cited(
        SENTENCE.format(title="Store Manager"),
        URL,
        _posting("Filialleiter (Store Manager)"),
        ruleset,
        "job_title",
        wrap=False,
    )
    assert got.verdict.label == "supported", got.verdict.rationale


# The other way round, the English name first and the posting's own in brackets after it;
# or a title in another script with the English name beside it in Latin letters.
@pytest.mark.parametrize(
    ("lang", "posted", "claimed", "label"),
    [
        (
            "es",
            "Senior Kiln Operator (Operador/a de Horno Senior) - Planta Sur",
            "Lead Kiln Operator",
            "contradicted",
        ),
        ("es", "Quality Inspector (Inspector de Calidad)", "Warehouse Supervisor", "contradicted"),
        ("es", "Quality Inspector (Inspector de Calidad)", "Quality Inspector", "supported"),
        # A bracket of no other language's form glosses nothing.
        ("es", "Quality Inspector (Turno Noche)", "Warehouse Supervisor", "unverified"),
        ("ja", "市営バス整備士 Bus Mechanic (正社員)", "Senior Bus Mechanic", "contradicted"),
        ("ja", "市営バス整備士 Bus Mechanic (正社員)", "Bus Mechanic", "supported"),
        ("ko", "간호사 Staff Nurse", "Charge Nurse", "contradicted"),
        # No English name beside it: nothing to compare.
        ("ja", "市営バス整備士 (正社員)", "Senior Bus Mechanic", "unverified"),
        # Both halves in Latin letters, a slash between: the English half is the name.
        ("pl", "Operator wózka widłowego / Forklift Operator", '"Forklift Operator"', "supported"),
        # Its English half matches; it is no gloss to refute another role by.
        ("pl", "Operator wózka widłowego / Forklift Operator", "Shift Supervisor", "unverified"),
        ("cs", "Skladník / Warehouse Operative (HPP)", '"Warehouse Operative"', "supported"),
        # The whole title quoted as the posting writes it is its exact title.
        (
            "ja",
            "市営バス整備士 Bus Mechanic – Depot 4",
            '"市営バス整備士 Bus Mechanic – Depot 4"',
            "supported",
        ),
    ],
)
def test_an_english_name_beside_the_postings_own(
    ruleset: RuleSet, lang: str, posted: str, claimed: str, label: str
) -> None:
    got = cited(
        SENTENCE.format(title=claimed),
        URL,
        _posting(posted, lang),
        ruleset,
        "job_title",
        wrap=False,
    )
    assert got.verdict.label == label, got.verdict.rationale


def _details_posting(title: str, lang: str, boss: str, *, metadata: bool) -> str:
    """A posting whose header gives its title, a details list under it naming the post
    it reports to, and (or not) JSON-LD."""
    script = job_posting_ld(title, "Karsten Markt") if metadata else ""
    details = (
        f"<dt>Shift pattern</dt><dd>Four on, four off</dd><dt>Reporting line</dt><dd>{boss}</dd>"
    )
    return (
        f"<html lang='{lang}'><head><title>{title} - Karsten Markt</title>{script}</head>"
        f"<body><main><h1>{title}</h1><p>Karsten Markt, Kassel</p>"
        f"<dl>{details}</dl>"
        "<p>Plan the weekly rota for the loading bays.</p></main></body></html>"
    )


# A page that says it is in another language may still head its job in English, in the
# words the claim uses: another role there is another job. The post it reports to, named
# in its details, is someone else's and supports nothing.
@pytest.mark.parametrize(
    ("lang", "posted", "boss", "claimed", "label"),
    [
        (
            "pl",
            "Warehouse Shift Supervisor",
            "Warehouse Shift Manager",
            "Warehouse Shift Manager",
            "contradicted",
        ),
        (
            "tr",
            "Maintenance Technician",
            "Maintenance Engineer",
            "Maintenance Engineer",
            "contradicted",
        ),
        (
            "th",
            "Quality Assurance Officer",
            "Head of Quality",
            "Quality Assurance Manager",
            "contradicted",
        ),
        (
            "pl",
            "Warehouse Shift Supervisor",
            "Site Director",
            "Warehouse Shift Supervisor",
            "supported",
        ),
        # Words of the page's own language, a role known only by its ending: no
        # English name to compare.
        ("de", "Software Entwickler", "Team Lead", "Software Developer", "unverified"),
    ],
)
@pytest.mark.parametrize("metadata", [True, False])
def test_an_english_heading_on_a_page_in_another_language(
    ruleset: RuleSet, lang: str, posted: str, boss: str, claimed: str, label: str, metadata: bool
) -> None:
    got = cited(
        SENTENCE.format(title=claimed),
        URL,
        _details_posting(posted, lang, boss, metadata=metadata),
        ruleset,
        "job_title",
        wrap=False,
    )
    assert got.verdict.label == label, got.verdict.rationale


def test_no_shared_word_no_refutation_on_a_page_in_another_language(ruleset: RuleSet) -> None:
    # A posting that says in its metadata it is in another language, its heading sharing
    # no word with the claim's title: maybe a translation, never a refutation.
    got = cited(
        SENTENCE.format(title="Dock Foreman"),
        URL,
        _details_posting("Loading Bay Supervisor", "vi", "Site Director", metadata=True),
        ruleset,
        "job_title",
        wrap=False,
    )
    assert got.verdict.label == "unverified", got.verdict.rationale


@pytest.mark.parametrize(
    ("text", "title"),
    [
        (
            "Tamsk Post is looking for a Kierownik Magazynu (Warehouse Manager) at Radom.",
            "Kierownik Magazynu",
        ),
        (
            "Orvane Foods is hiring a Responsable Qualité (Quality Manager) for Lyon.",
            "Responsable Qualité",
        ),
        (
            "The clinic is recruiting an Ylilääkäri (Chief Physician) for its heart unit.",
            "Ylilääkäri",
        ),
        ("A listing from Brekke seeks a Skiftleiar Kai (Quay Shift Supervisor).", "Skiftleiar Kai"),
    ],
)
def test_a_draft_title_glossed_in_brackets_is_a_job(
    ruleset: RuleSet, text: str, title: str
) -> None:
    # The draft's own words in another language are the title; the English in brackets
    # only says they name a job.
    assert titles_in(text, ruleset) == [title]


@pytest.mark.parametrize(
    "text",
    [
        "Tamsk Post is looking for a Nowy Dom (Radom) to rent.",
        "Orvane Foods is hiring a Grande Salle (Lyon) for its party.",
    ],
)
def test_brackets_naming_no_job_gloss_nothing(ruleset: RuleSet, text: str) -> None:
    assert titles_in(text, ruleset) == []


def test_a_glossed_draft_title_is_its_postings(ruleset: RuleSet) -> None:
    got = cited(
        "Karsten Markt is recruiting a Kierownik Sklepu (Store Manager) in Kassel",
        URL,
        _posting("Kierownik Sklepu (Store Manager) - Kassel", lang="pl"),
        ruleset,
        "job_title",
        wrap=False,
    )
    assert got.verdict.label == "supported", got.verdict.rationale
