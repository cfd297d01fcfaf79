"""A posting's title that is a longer or differently written form of the draft's title
supports it: an ordinal in figures, a qualifier after the role, a heading in another
language with the title in English beneath it or in the page's tags. Only another role
(another word naming the job, another level) contradicts. Pages and sentences written
for these tests."""

from __future__ import annotations

import pytest
from judging import run
from postings import job_posting_ld

from factcheck.rulepacks.ruleset import RuleSet

BASE = "http://127.0.0.1:9/vacatures"


def _posting(
    heading: str,
    org: str,
    *,
    ld_title: str | None = None,
    lang: str | None = None,
    head: str = "",
    under: str = "",
) -> str:
    script = job_posting_ld(ld_title or heading, org)
    opening = f"<html lang='{lang}'>" if lang else "<html>"
    return (
        f"{opening}<head><title>{org}</title>{script}{head}</head><body><main>"
        f"<h1>{heading}</h1>{under}<p>Het team werkt in twee ploegen op de kade en in de "
        "loods.</p><ul><li>Rijbewijs B</li></ul></main></body></html>"
    )


def _verdict(sentence: str, page: str, ruleset: RuleSet) -> tuple[str, str, str]:
    url = f"{BASE}/1"
    draft = f"# Vacatures\n\n{sentence} ([vacature]({url})).\n"
    claims = run(draft, {url: page}, ruleset, wrap=False)
    found = [c for c in claims if c.claim.type == "job_title"]
    assert found, [c.claim.text for c in claims]
    claim = found[0]
    return str(claim.claim.fields["title"]), claim.verdict.label, claim.verdict.rationale


@pytest.mark.parametrize(
    ("sentence", "heading"),
    [
        # An ordinal in figures is the same word.
        ("Osterkamp Shipping is hiring a second officer for its feeder ships", "2nd Officer"),
        ("Osterkamp Shipping is hiring a 4th engineer for its feeder ships", "Fourth Engineer"),
        # Qualifiers in brackets, after a dash or simply after the role.
        ("Veldhuis Waterways is recruiting a lock keeper", "Lock Keeper (Seasonal, Zwolle)"),
        ("Veldhuis Waterways is recruiting a lock keeper", "Lock Keeper – Relief Pool (Zone 3)"),
        ("Veldhuis Waterways is recruiting a lock keeper", "Lock Keeper Summer Season"),
        # Lower case and plural in the draft.
        ("Veldhuis Waterways is recruiting lock keepers for the summer", "Lock Keeper"),
    ],
)
def test_another_form_of_the_same_title_supports(
    ruleset: RuleSet, sentence: str, heading: str
) -> None:
    org = sentence.split(" is ")[0]
    assert _verdict(sentence, _posting(heading, org), ruleset)[1] == "supported"


@pytest.mark.parametrize(
    ("heading", "claimed"),
    [
        ("Lock Supervisor", "lock keeper"),  # another word names the job
        ("Senior Lock Keeper", "lock keeper"),  # another level
        ("Lock Keeper Supervisor", "lock keeper"),  # another role after the claim's
    ],
)
def test_another_role_still_contradicts(ruleset: RuleSet, heading: str, claimed: str) -> None:
    sentence = f"Veldhuis Waterways is recruiting a {claimed}"
    title, label, rationale = _verdict(sentence, _posting(heading, "Veldhuis Waterways"), ruleset)
    assert (title, label) == (claimed, "contradicted")
    assert heading in rationale


def test_the_english_title_under_a_heading_in_another_language(ruleset: RuleSet) -> None:
    sentence = "Brink Havenlogistiek is hiring a warehouse assistant in Rotterdam"
    page = _posting(
        "Magazijnmedewerker (m/v/x)",
        "Brink Havenlogistiek",
        under="<p class='sub'>Warehouse Assistant</p>",
    )
    title, label, rationale = _verdict(sentence, page, ruleset)
    assert (title, label) == ("warehouse assistant", "supported")
    assert "Warehouse Assistant" in rationale and "Magazijnmedewerker" in rationale
    # The same page contradicts another job: its English line is no warehouse driver.
    other = _verdict(sentence.replace("warehouse assistant", "reach truck driver"), page, ruleset)
    assert other[1] == "contradicted"


@pytest.mark.parametrize(
    "head",
    [
        "<meta property='og:title' content='Systems Analyst (m/f/d) | Banco Serrano'>",
        "<meta name='twitter:title' content='Systems Analyst'>",
    ],
)
def test_the_english_title_in_the_pages_tags(ruleset: RuleSet, head: str) -> None:
    sentence = "Banco Serrano is hiring a systems analyst in Porto"
    page = _posting("Analista de Sistemas", "Banco Serrano", head=head)
    assert _verdict(sentence, page, ruleset)[1] == "supported"


def test_a_line_of_a_two_line_heading(ruleset: RuleSet) -> None:
    sentence = "Banco Serrano is hiring a systems analyst in Porto"
    page = _posting(
        "Analista de Sistemas<br><small>Systems Analyst</small>",
        "Banco Serrano",
        ld_title="Analista de Sistemas",
    )
    assert _verdict(sentence, page, ruleset)[1] == "supported"


@pytest.mark.parametrize(
    ("heading", "lang"),
    [
        # The page says it is in French: its title is a translation, no other job.
        ("Magasinier (H/F)", "fr"),
        # A heading whose last word names no occupation the tables know.
        ("Controlador de Existencias", None),
    ],
)
def test_a_title_in_another_language_alone_contradicts_nothing(
    ruleset: RuleSet, heading: str, lang: str | None
) -> None:
    sentence = "Entrepôts Morel is hiring a stock controller in Lyon"
    label = _verdict(sentence, _posting(heading, "Entrepôts Morel", lang=lang), ruleset)[1]
    assert label == "unverified"
    english = _posting("Stock Controller", "Entrepôts Morel", lang="en-GB")
    assert _verdict(sentence, english, ruleset)[1] == "supported"
