"""A short date claim that leans on the sentence before it ("The strike began on 14
March.") shares few words with any source. On the page its paragraph cites, a date of the
same event is about what that page tells, so another date there refutes the claim; the
same date on a page nobody cited is not enough to refute it. A participle with its agent
("represented by the guild") describes the subject and is not the dated event. The drafts
and pages are written for these tests."""

from __future__ import annotations

from typing import Any

import pytest

from factcheck.check import check_against
from factcheck.claims.extract import extract_claims
from factcheck.reading import parse_article
from factcheck.sources.gather import page_from_text

URL = "https://news.example.org/orvane"
OTHER = "https://elsewhere.example.org/notes"
DRAFT = (
    "Pianists represented by the Keyboard Guild struck against the label Orvane Records "
    "this month ([report]({url})). The strike began on 14 March."
)


def _date_verdict(page: str, ruleset: Any, url: str = URL) -> str:
    article = parse_article(DRAFT.format(url=URL) + "\n", "d.md", "markdown")
    claims = check_against(article, [page_from_text(url, page)], ruleset).claims
    dates = [c for c in claims if c.claim.type == "date"]
    assert len(dates) == 1, [c.claim.text for c in claims]
    return dates[0].verdict.label


@pytest.mark.parametrize(
    "page",
    [
        "<p>The strike began on March 7, the guild said.</p>",
        "<p>Members of the Keyboard Guild began their strike on 7 March.</p>",
        "<p>Pianists represented by the Keyboard Guild began a strike against Orvane "
        "Records on March 7, refusing to record.</p>",
    ],
)
def test_another_date_on_the_cited_page_refutes(page: str, ruleset: Any) -> None:
    assert _date_verdict(page, ruleset) == "contradicted"


def test_the_same_date_on_the_cited_page_backs(ruleset: Any) -> None:
    page = "<p>The strike began on March 14, the guild said.</p>"
    assert _date_verdict(page, ruleset) == "supported"


def test_another_date_on_a_page_nobody_cited_refutes_nothing(ruleset: Any) -> None:
    article = parse_article(DRAFT.format(url=URL) + "\n", "d.md", "markdown")
    pages = [
        page_from_text(URL, "<p>Orvane Records sells vinyl pressings.</p>"),
        page_from_text(OTHER, "<p>The strike began on March 7, the drivers said.</p>"),
    ]
    claims = check_against(article, pages, ruleset).claims
    assert [c.verdict.label for c in claims if c.claim.type == "date"] == ["unverified"]


@pytest.mark.parametrize(
    ("sentence", "event"),
    [
        ("Pianists represented by the Keyboard Guild began a strike on 2 June.", "began"),
        ("Cleaners employed by Tessel Facilities walked out on 9 October.", "walked"),
        ("Nurses employed by the trust and backed by the union stopped work on 4 May.", "stopped"),
    ],
)
def test_a_participle_with_its_agent_is_not_the_event(
    sentence: str, event: str, ruleset: Any
) -> None:
    article = parse_article(sentence + "\n", "d.md", "markdown")
    dates = [c for c in extract_claims(article, ruleset) if c.type == "date"]
    assert [c.fields.get("event") for c in dates] == [event]


@pytest.mark.parametrize(
    ("draft", "page"),
    [
        (
            "Marrow Pictures, founded in 2004 by two editors, makes short films "
            "([profile]({url})).",
            "<p>Marrow Pictures is a film company in Leeds. It was founded in 2004 by two "
            "editors from a larger house.</p>",
        ),
        (
            "The Tarn ferry timetable, which was suspended on 3 May 2030, returns next "
            "week ([notice]({url})).",
            "<p>The operator suspended the Tarn ferry timetable on 3 May 2030 after a storm.</p>",
        ),
    ],
)
def test_an_event_told_with_an_auxiliary_is_the_same_event(
    draft: str, page: str, ruleset: Any
) -> None:
    article = parse_article(draft.format(url=URL) + "\n", "d.md", "markdown")
    claims = check_against(article, [page_from_text(URL, page)], ruleset).claims
    assert [c.verdict.label for c in claims if c.claim.type == "date"] == ["supported"]


def test_a_rise_applying_from_a_day_is_in_force_from_it(ruleset: Any) -> None:
    draft = "The first rise, of 4 per cent, was applied from 1 June 2030 ([deal]({url}))."
    page = (
        "<p>The deal gives porters 11 per cent over three years, with a first rise of 4 "
        "per cent applying from 1 June 2030.</p>"
    )
    article = parse_article(draft.format(url=URL) + "\n", "d.md", "markdown")
    claims = check_against(article, [page_from_text(URL, page)], ruleset).claims
    assert [c.verdict.label for c in claims if c.claim.type == "date"] == ["supported"]
