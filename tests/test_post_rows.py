"""Recruitment notices head the page with the notice ("Recruitment Drive 2026: notice")
and name the job in a details row ("Name of post", "Job title", "Position"). That row is
the posting's title: a claim naming the post is supported by it, and one naming another
level of the job is refuted by it, never by the notice's heading. A title the page names
only to say it is not covered ("does not cover the posts of ...") supports nothing, nor
do the titles in the text of a posting the draft cites for another job (the people the
job reports to). The pages and drafts are written for these tests."""

from __future__ import annotations

import pytest
from judging import cited, verdict_on

from factcheck.claims.extract import Extractor, extract_claims
from factcheck.evidence.base import ArticleView
from factcheck.evidence.titles import denied, titles_in
from factcheck.reading import parse_article
from factcheck.rulepacks.ruleset import RuleSet
from factcheck.sources.facts import read_facts

URL = "http://harrowgate.test/recruitment/notice-17"


def _notice(label: str, post: str, *, dl: bool = False, aside: str = "") -> str:
    row = (
        f"<dl><dt>{label}</dt><dd>{post}</dd><dt>Pay</dt><dd>£31,200 to £35,900 a year</dd></dl>"
        if dl
        else f"<table><tr><th>{label}</th><td>{post}</td></tr>"
        "<tr><th>Pay</th><td>£31,200 to £35,900 a year</td></tr></table>"
    )
    return (
        "<html lang='en'><head><title>Harrowgate Trust: notices</title></head><body><main>"
        "<h1>Clinical Recruitment Drive 2026 (Round 3): notice</h1>"
        "<p>Applications are invited from eligible candidates.</p>"
        f"{row}<p>{aside}</p><p><a href='/apply'>Apply now</a></p></main></body></html>"
    )


@pytest.mark.parametrize(
    ("label", "dl"),
    [("Name of post", False), ("Job title:", False), ("Position", True), ("Post", True)],
)
def test_a_row_naming_the_post_is_the_title(label: str, dl: bool) -> None:
    facts = read_facts(_notice(label, "Ward Pharmacist (Band 6)", dl=dl), URL)
    rows = [f for f in facts.of("header_title") if f.where.startswith("row: ")]
    assert [f.text for f in rows] == ["Ward Pharmacist (Band 6)"]


def test_other_rows_name_no_title() -> None:
    facts = read_facts(_notice("Location", "East Wing"), URL)
    assert not [f for f in facts.of("header_title") if f.where.startswith("row: ")]


@pytest.mark.parametrize(
    ("claimed", "label"),
    [
        ("Ward Pharmacist", "supported"),
        ("Chief Ward Pharmacist", "contradicted"),
        ("Senior Ward Pharmacist", "contradicted"),
    ],
)
def test_the_row_decides_the_claim(ruleset: RuleSet, claimed: str, label: str) -> None:
    got = cited(
        f"Harrowgate Trust is recruiting a {claimed} for its east wing",
        URL,
        _notice("Name of post", "Ward Pharmacist"),
        ruleset,
        "job_title",
        wrap=False,
    )
    assert got.verdict.label == label, got.verdict.rationale
    assert "Recruitment Drive" not in got.verdict.rationale


@pytest.fixture
def view(ruleset: RuleSet) -> ArticleView:
    article = parse_article("Harrowgate Trust is hiring.", "draft.txt")
    extractor = Extractor(ruleset)
    claims = extract_claims(article, ruleset, extractor=extractor)
    return ArticleView(claims, extractor, extractor.context(article.text))


@pytest.mark.parametrize(
    ("sentence", "title", "said"),
    [
        (
            "This notice does not cover the posts of Chief Ward Pharmacist.",
            "Chief Ward Pharmacist",
            True,
        ),
        ("There are no vacancies for Senior Porter this year.", "Senior Porter", True),
        ("The trust is no longer hiring a Theatre Nurse, it said.", "Theatre Nurse", True),
        # A negation in another clause, or after the title, denies nothing.
        (
            "It did not say why, but the posts of Chief Ward Pharmacist are open.",
            "Chief Ward Pharmacist",
            False,
        ),
        ("The posts of Senior Porter were not filled by March.", "Senior Porter", False),
    ],
)
def test_a_title_in_a_denying_clause(
    view: ArticleView, sentence: str, title: str, said: bool
) -> None:
    assert title in titles_in(sentence, view)  # read whole, without the "of" before it
    assert denied(sentence, title, view) is said


POSTING = (
    "<html lang='en'><head><title>Road Safety Engineer - Kilbrack County Council</title>"
    "</head><body><main><h1>Road Safety Engineer</h1><p>Salary: €61,000 to €74,000 a year"
    "</p><p>The engineer will run the county's junction upgrades, {duty}.</p>"
    "<p><a href='/apply'>Apply now</a></p></main></body></html>"
)


@pytest.mark.parametrize(
    "duty",
    ["reporting to the Director of Transport", "working closely with our Director of Transport"],
)
def test_a_posting_cited_for_another_job_names_no_second_opening(
    ruleset: RuleSet, duty: str
) -> None:
    url = "http://kilbrack.test/careers/road-safety-engineer"
    draft = (
        f"# Draft\n\nKilbrack County Council is recruiting a Road Safety Engineer ([ad]({url})). "
        "The council is also hiring a Director of Transport, according to staff.\n"
    )
    got = verdict_on(draft, {url: POSTING.format(duty=duty)}, ruleset, "job_title", "Director")
    assert got.label == "unverified", got.rationale


def test_a_posting_cited_for_an_advertised_job_is_that_jobs(ruleset: RuleSet) -> None:
    # The first sentence names its job only as the subject of "is being advertised".
    url = "http://kilbrack.test/careers/road-safety-engineer"
    draft = (
        "# Draft\n\nOn the council's site, a Road Safety Engineer (Grade B) is being "
        f"advertised at €61,000 a year ([ad]({url})). Kilbrack County Council is also "
        "recruiting a Fleet Manager for its depot.\n"
    )
    page = POSTING.format(duty="reporting to the Director of Transport")
    got = verdict_on(draft, {url: page}, ruleset, "job_title", "Fleet")
    assert got.label == "unverified", got.rationale


@pytest.mark.parametrize(
    ("aside", "label"),
    [
        ("The posts of Chief Ward Pharmacist are not covered by this notice.", "unverified"),
        ("This notice does not cover the posts of Chief Ward Pharmacist.", "contradicted"),
        ("There are no vacancies for Chief Ward Pharmacist in this round.", "contradicted"),
        ("This notice does not cover the posts of Senior Porter.", "unverified"),
        ("", "unverified"),
    ],
)
def test_a_cited_notice_denying_the_post_refutes_it(
    ruleset: RuleSet, aside: str, label: str
) -> None:
    """The notice is cited for its own post; a second post the draft says it opens is
    refuted where the notice says it does not cover that post, and only there."""
    draft = (
        f"# Draft\n\nHarrowgate Trust is recruiting a Ward Pharmacist ([notice]({URL})). "
        "The same notice also invites applications for Chief Ward Pharmacist posts.\n"
    )
    page = _notice("Name of post", "Ward Pharmacist", aside=aside)
    got = verdict_on(draft, {URL: page}, ruleset, "job_title", "Chief", wrap=False)
    assert got.label == label, got.rationale
