"""A title written as one word in small letters, a compound ending in a role ("a
verkstadschef"), is a job's name where the draft glosses it in English right after,
between commas or dashes; so is a title in small letters after its first word glossed
between dashes. An English word glossed so ("a replacement — a new manager —") names no
job, and a compound no gloss follows is not read. The drafts and pages are written for
these tests."""

from __future__ import annotations

from extracting import titles_in
from judging import run

from factcheck.rulepacks.ruleset import RuleSet


def test_a_compound_glossed_in_english_is_a_title(ruleset: RuleSet) -> None:
    text = (
        "Brekke Motor is looking for a verkstadschef — a workshop manager — for Umeå.\n\n"
        "Holmqvist Frukt is hiring a lagerchef, a warehouse manager, for its Malmö depot.\n\n"
        "Tallberg Bygg is hiring a Platschef inom anläggning — a site manager — in Luleå.\n\n"
        "The team is looking for a replacement — a new manager — before spring.\n\n"
        "Brekke Motor is looking for a verkstadschef for Umeå.\n"
    )
    assert titles_in(text, ruleset) == [
        "verkstadschef",
        "lagerchef",
        "Platschef inom anläggning",
    ]


URL = "https://jobb.brekke-motor.example/lediga/verkstadschef-umea-204.html"


def test_the_compound_against_the_posting_in_its_own_language(ruleset: RuleSet) -> None:
    page = (
        "<html lang='sv'><head><title>Verkstadschef till Brekke Motor Umeå | Lediga jobb"
        "</title></head><body><main><h1>Verkstadschef till Brekke Motor Umeå</h1>"
        "<p>Vi söker en verkstadschef som leder tolv mekaniker.</p>"
        "<a class='apply' href='/ansok/204'>Apply</a></main></body></html>"
    )
    draft = (
        "# Jobs\n\nBrekke Motor is looking for a verkstadschef — a workshop manager — for "
        f"its [Umeå branch]({URL}).\n"
    )
    got = [
        c.verdict.label
        for c in run(draft, {URL: page}, ruleset, wrap=False)
        if c.claim.type == "job_title"
    ]
    assert got == ["supported"]


def test_a_business_noun_points_to_the_company_named_before(ruleset: RuleSet) -> None:
    from factcheck.claims.extract import extract_claims
    from factcheck.reading import parse_article

    text = (
        "Staff at Lindqvist Bröd walked out in May over agency work.\n\n"
        "The chain is looking for a bagerichef — a head baker — for its new site.\n"
    )
    article = parse_article(f"# Jobs\n\n{text}\n", "d.md", "markdown")
    found = [
        (str(c.fields["title"]), c.fields.get("employer"))
        for c in extract_claims(article, ruleset)
        if c.type == "job_title"
    ]
    assert found == [("bagerichef", "Lindqvist Bröd")]


def test_a_foreign_title_within_the_postings_heading_is_the_same_job(ruleset: RuleSet) -> None:
    from factcheck.evidence.titles import same_job

    class _View:
        knowledge = ruleset.knowledge

    view = _View()
    heading = ["bagerichef", "till", "lindqvist", "gävle"]
    assert same_job(["bagerichef"], heading, view)  # type: ignore[arg-type]
    # A word the tables read as a job is compared as one: a welder is no welder supervisor.
    assert not same_job(["welder"], ["welder", "supervisor"], view)  # type: ignore[arg-type]
