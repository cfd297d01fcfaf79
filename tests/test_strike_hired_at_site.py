"""Workers whose words say who employs them ("employed by X", "working for the
contractor X", "who work for X", "employed by two firms, X and Y,"): X (and Y) is whom
they struck, and a name after "at" is where they work, not one more employer. A page
that places the strike at a site and says in another sentence whom the workers work for
bears the claim out. Drafts and pages written for these tests."""

from __future__ import annotations

import pytest
from judging import run, verdict

from factcheck.claims.extract import extract_claims
from factcheck.reading import parse_article
from factcheck.rulepacks.ruleset import RuleSet

URL = "http://news.test/2031/06/porters-stop-work"


def _strikes(text: str, ruleset: RuleSet) -> list[dict[str, object]]:
    article = parse_article(f"# Labour\n\n{text}\n", "d.md", "markdown")
    return [dict(c.fields) for c in extract_claims(article, ruleset) if c.type == "strike"]


@pytest.mark.parametrize(
    ("text", "employers"),
    [
        (
            "About 30 porters employed by Vantor Facilities walked out at Kelmore Plaza.",
            ["Vantor Facilities"],
        ),
        (
            "Around 25 guards working for contractor Ostrava Secure downed tools at Linden "
            "Point mall on Friday.",
            ["Ostrava Secure"],
        ),
        (
            "Some 50 cleaners who work for Tidy Blue Services stopped work at the Harlow "
            "Tower on Monday.",
            ["Tidy Blue Services"],
        ),
        (
            "Porters employed by two firms, Vantor Freight and Bellis Logistics, struck at "
            "Kelmore Station on 3 June.",
            ["Vantor Freight", "Bellis Logistics"],
        ),
        (
            "Drivers working for three operators, Kell Bus, Orvo Transit and Tarn Lines, "
            "walked out in Dunmore.",
            ["Kell Bus", "Orvo Transit", "Tarn Lines"],
        ),
    ],
)
def test_the_employer_the_words_name_not_the_site(
    text: str, employers: list[str], ruleset: RuleSet
) -> None:
    found = _strikes(text, ruleset)
    assert found, text
    assert found[0]["against"] == employers, found[0]


@pytest.mark.parametrize(
    ("text", "employers"),
    [
        # Workers at a site with no word of who employs them: the site is the employer.
        ("About 30 porters at Kelmore Plaza walked out on Monday.", ["Kelmore Plaza"]),
        # "working for" a cause, not an employer: the name after "at" stays the employer.
        ("Drivers working for better pay at Kell Bus walked out on Monday.", ["Kell Bus"]),
    ],
)
def test_near_misses_keep_the_site(text: str, employers: list[str], ruleset: RuleSet) -> None:
    found = _strikes(text, ruleset)
    assert found, text
    assert found[0]["against"] == employers, found[0]


def _page(employed: str) -> str:
    return f"""<html><head><title>Porters stop work at Kelmore Plaza</title>
<meta property="article:published_time" content="2031-06-04"></head><body>
<article><h1>Porters stop work at Kelmore Plaza</h1>
<p>About 30 porters at Kelmore Plaza stopped work on Tuesday morning over unpaid wages.</p>
<p>{employed} The centre's owner said it was concerned.</p>
</article></body></html>"""


DRAFT = (
    "# Porters\n\nIn June 2031 about 30 porters working for contractor Vantor Facilities "
    f"downed tools at Kelmore Plaza ([report]({URL})).\n"
)


def test_a_page_naming_their_employer_elsewhere_bears_it_out(ruleset: RuleSet) -> None:
    page = _page("The porters are employed by Vantor Facilities, which holds the contract.")
    found = verdict(run(DRAFT, {URL: page}, ruleset, wrap=False), "strike")
    assert found.verdict.label == "supported", found.verdict.rationale


def test_a_page_naming_another_employer_does_not(ruleset: RuleSet) -> None:
    page = _page("The porters are employed by Harrow Services, which holds the contract.")
    found = verdict(run(DRAFT, {URL: page}, ruleset, wrap=False), "strike")
    assert found.verdict.label != "supported", found.verdict.rationale


def test_a_company_and_a_union_sharing_words_are_two_parties() -> None:
    from factcheck.evidence.strikes import same_party

    assert not same_party("Tarn Cane and Allied Workers Union", "Tarn Cane Corporation")
    assert not same_party("Orla Mills Ltd", "Orla Mills Guild")
    assert same_party("Orla Mills Ltd", "Orla Mills")


def test_a_site_name_is_no_employer_a_page_goes_against() -> None:
    from factcheck.evidence.strike_places import named_as_site

    page = "Workers walked out at the Tarnby and Kelso mills, which Orla Sugar runs."
    assert named_as_site("Tarnby and Kelso", page)
    assert not named_as_site("Orla Sugar", page)


MILLS_URL = "http://news.test/2031/07/mill-strike"
MILLS = """<html><head><title>Mill workers strike</title>
<meta property="article:published_time" content="2031-07-09"></head><body>
<article><h1>Mill workers strike</h1>
<p>Members of the Tarn Cane and Allied Workers Union (TCAWU) walked out at the Tarnby and
Kelso mills on 8 July 2031, halting crushing. The Tarn Cane Corporation (TCC), which runs
both mills, said talks would resume. Haulage crews, paid by farmers instead of TCC, were
not part of the walkout.</p>
</article></body></html>"""


def test_a_strike_at_named_mills_is_borne_out_by_the_page(ruleset: RuleSet) -> None:
    draft = (
        "# Cane\n\nIn July 2031 some 500 members of the Tarn Cane and Allied Workers Union "
        f"walked off the job at the Tarnby and Kelso mills ([report]({MILLS_URL})).\n"
    )
    found = verdict(run(draft, {MILLS_URL: MILLS}, ruleset, wrap=False), "strike")
    assert found.verdict.label == "supported", found.verdict.rationale


@pytest.mark.parametrize(
    ("text", "said"),
    [
        (
            "Orla Ports, the terminal's owner, added on Friday that this dispute is between "
            "Kell Crew and its employees.",
            True,
        ),
        ("Orla Ports stressed that the stoppage is solely between Brill and its staff.", True),
        # The name said to be in the dispute itself, or another body speaking: no denial.
        ("Orla Ports said the dispute was between Orla Ports and its employees.", False),
        ("Kell Crew said the stoppage was between Orla Ports and its staff.", False),
    ],
)
def test_a_dispute_told_as_another_employer_s(text: str, said: bool) -> None:
    from factcheck.evidence.strike_places import no_party

    assert bool(no_party(text, "Orla Ports")) is said
