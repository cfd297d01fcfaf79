"""When a page says it came out: a labelled line of the story ("Released: ...",
"Last updated ..."), and claims of when something was published decided by it. The
pages and sentences are written for these tests."""

from __future__ import annotations

from typing import Any

from factcheck.check import check_against
from factcheck.reading import parse_article
from factcheck.sources.gather import page_from_text
from factcheck.sources.pages import extract_page
from factcheck.sources.pages.dates import labelled_date

RELEASE = """<html><head><title>Harbour freight volumes, 2030</title></head><body>
<header><nav><a href="/">Home</a> <a href="/stats">Statistics</a></nav></header>
<main><h1>Harbour freight volumes, 2030</h1>
<p class="meta">Released: April 8, 2031 &middot; Last updated 2 May 2031 &middot;
Port statistics unit</p>
<p>Container traffic through the harbour of Vellmar rose to 412,000 boxes in 2030.</p>
<p>Bulk tonnage fell for the third year in a row, to 6.1 million tonnes.</p>
</main></body></html>"""


def test_labelled_lines_give_the_page_its_dates() -> None:
    assert labelled_date("Released: April 8, 2031 · Port statistics unit") == (
        "published",
        "2031-04-08",
    )
    assert labelled_date("Last updated 2 May 2031") == ("updated", "2031-05-02")
    assert labelled_date("Published on 14 June 2030 by the unit") == ("published", "2030-06-14")
    # A date far after a label is not the page's; a line without a label gives none.
    late = "Released: the full tables for every port since 1990 and 3 May 2031"
    assert labelled_date(late) is None
    assert labelled_date("Freight rose on April 8, 2031.") is None
    page = extract_page(RELEASE, "https://stats.vellmar.example/freight-2030")
    assert page.published == "2031-04-08"


def _date_claim(sentence: str, ruleset: Any) -> Any:
    url = "https://stats.vellmar.example/freight-2030"
    article = f"{sentence} ([stats]({url}))"
    page = page_from_text(url, RELEASE)
    report = check_against(parse_article(article, "d.md", "markdown"), [page], ruleset)
    return next(c for c in report.claims if c.claim.type == "date")


def test_a_publication_date_claim_is_read_against_the_pages_date(ruleset: Any) -> None:
    wrong = _date_claim("The port statistics were published in March 2031.", ruleset)
    assert wrong.verdict.label == "contradicted", wrong.verdict.rationale
    assert "2031-04-08" in wrong.verdict.rationale
    right = _date_claim("The port statistics were published in April 2031.", ruleset)
    assert right.verdict.label == "supported", right.verdict.rationale


def test_a_later_page_does_not_refute_when_something_first_came_out(ruleset: Any) -> None:
    # The page out in 2031 may be a later edition of statistics first published before.
    first = _date_claim("The port statistics were first published in 2019.", ruleset)
    assert first.verdict.label != "contradicted", first.verdict.rationale
    # A first publication dated after the page still cannot be: the page came out before.
    later = _date_claim("The port statistics were first published in 2033.", ruleset)
    assert later.verdict.label == "contradicted", later.verdict.rationale
    # Without "first", the page's own date decides.
    plain = _date_claim("The port statistics were published in 2019.", ruleset)
    assert plain.verdict.label == "contradicted", plain.verdict.rationale
