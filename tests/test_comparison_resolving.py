"""Comparison sides resolved by form: a table row naming workers by their work
("Technical writing" for writers) or by what the page calls them ("QC inspectors" for
"Quality control"); the two ends of one posting's scale ("on the top step", "a new
hire"); a currency code in a column header ("Amount in EUR"); "the upper end of that
range" the article just gave; a share the article states, found on its cited page. And
the extraction forms those sides come from. The pages and sentences are written for
these tests."""

from __future__ import annotations

from typing import Any

import pytest
from judging import run, verdict, verdict_on
from postings import job_posting_ld

from factcheck.model import Verdict

FIELDS_URL = "https://survey.example.org/2031/pay-by-field"
# Rows name work, not workers; one row names workers of its own ("assistants").
FIELDS = """<html><head><title>Pay by field, 2031</title></head><body><main>
<h1>Freelance pay survey 2031</h1>
<table><caption>Median annual pay by field, 2031</caption>
<tr><th>Field</th><th>Median pay</th><th>Responses</th></tr>
<tr><td>Software programming</td><td>$90,000</td><td>820</td></tr>
<tr><td>Technical writing</td><td>$60,000</td><td>310</td></tr>
<tr><td>Quality control</td><td>$40,000</td><td>150</td></tr>
<tr><td>Teaching assistants</td><td>$30,000</td><td>95</td></tr>
</table>
<p>QC inspectors have been the lowest-paid group in every edition of the survey.</p>
</main></body></html>"""


def _comparison(sentence: str, url: str, page: str, ruleset: Any) -> Verdict:
    draft = f"# Pay\n\n{sentence} ([survey]({url})).\n"
    return verdict_on(draft, {url: page}, ruleset, "comparison", wrap=False)


@pytest.mark.parametrize(
    ("sentence", "label"),
    [
        # 60,000 < 90,000.
        ("The median writer earns less than the median programmer", "supported"),
        ("The median programmer earns less than the median writer", "contradicted"),
        # 40,000 / 90,000 = 0.44: QC inspectors are the "Quality control" row.
        ("Inspectors earn less than half of what the median programmer makes", "supported"),
        ("Inspectors earn more than the median programmer", "contradicted"),
    ],
)
def test_rows_naming_work_or_what_the_page_calls_its_workers(
    sentence: str, label: str, ruleset: Any
) -> None:
    found = _comparison(sentence, FIELDS_URL, FIELDS, ruleset)
    assert found.label == label, found.rationale


@pytest.mark.parametrize(
    ("share", "label"), [("half", "supported"), ("about a third", "contradicted")]
)
def test_a_share_after_by(share: str, label: str, ruleset: Any) -> None:
    # 90,000 / 60,000 = 1.5.
    found = _comparison(
        f"The median programmer outearns the median writer by {share}", FIELDS_URL, FIELDS, ruleset
    )
    assert found.label == label, found.rationale


def test_a_row_naming_other_workers_is_not_theirs(ruleset: Any) -> None:
    # "Teaching assistants" are assistants: no row is the teachers'.
    found = _comparison(
        "The median teacher out-earns the median programmer", FIELDS_URL, FIELDS, ruleset
    )
    assert found.label == "unverified", found.rationale


POSTING_URL = "https://jobs.example.net/corran-ferries/deckhand"
POSTING = f"""<html><head><title>Deckhand | Corran Ferries</title>
{job_posting_ld("Deckhand", "Corran Ferries", currency="USD", low=20.0, high=30.0, unit="HOUR")}
</head>
<body><main><h1>Deckhand</h1><p>Corran Ferries is hiring deckhands for its river
crossings.</p></main></body></html>"""


@pytest.mark.parametrize(("share", "label"), [("50%", "supported"), ("20%", "contradicted")])
def test_the_top_of_a_scale_and_a_new_hire_are_its_two_ends(
    share: str, label: str, ruleset: Any
) -> None:
    # 30 / 20 = 1.5.
    found = _comparison(
        f"After three years a deckhand on the top step earns roughly {share} more than"
        " a new hire, under the crew agreement",
        POSTING_URL,
        POSTING,
        ruleset,
    )
    assert found.label == label, found.rationale
    assert "“a new hire” at $41,600 a year" in found.rationale


FLOORS_URL = "https://stats.example.eu/wage-floors-2031"
# The euro column says its currency only as "in EUR"; the caption gives the period.
FLOORS = """<html><head><title>Wage floors, 2031</title></head><body><main>
<h1>Statutory wage floors, 2031</h1>
<table><caption>Table 2: Monthly wage floors, 1 July 2031</caption>
<tr><th>Country</th><th>Amount in EUR</th></tr>
<tr><td>Norway</td><td>2,400.00</td></tr>
<tr><td>Latvia</td><td>1,000.00</td></tr>
<tr><td>Malta</td><td>1,300.00</td></tr>
</table></main></body></html>"""


@pytest.mark.parametrize(("other", "label"), [("Latvia", "supported"), ("Malta", "contradicted")])
def test_a_code_after_in_is_the_columns_currency(other: str, label: str, ruleset: Any) -> None:
    # 2,400 / 1,000 = 2.4; 2,400 / 1,300 = 1.85.
    found = _comparison(
        f"Norway's wage floor, at €2,400 a month in July, is more than twice {other}'s",
        FLOORS_URL,
        FLOORS,
        ruleset,
    )
    assert found.label == label, found.rationale
    assert "column “Amount in EUR”" in found.rationale


MEDIANS_URL = "https://labour.example.gov/oes/welders"
MEDIANS = """<html><head><title>Welders: national wages</title></head><body><main>
<h1>Welders, cutters and solderers: national estimates, May 2031</h1>
<table><caption>Wage estimates for a few trades, May 2031</caption>
<tr><th>Occupation</th><th>Median annual wage</th></tr>
<tr><td>Welders, cutters and solderers</td><td>$50,000</td></tr>
</table></main></body></html>"""


@pytest.mark.parametrize(("top", "label"), [("$46,000", "supported"), ("$58,000", "contradicted")])
def test_the_top_of_that_range_is_the_range_the_article_gave(
    top: str, label: str, ruleset: Any
) -> None:
    draft = (
        "# Pay\n\nBrindle Fabrication is hiring a welder. The advert offers $40,000 to"
        f" {top} a year. Staff say the old rate was lower. Only the upper end of that band lags"
        f" behind the typical wage for welders ([figures]({MEDIANS_URL})).\n"
    )
    found = verdict_on(draft, {MEDIANS_URL: MEDIANS}, ruleset, "comparison", wrap=False)
    assert found.label == label, found.rationale


DEAL_URL = "https://news.example.com/2031/06/lab-technicians-deal"
DEAL = """<html><head><title>Lab technicians ratify deal</title></head><body><main>
<h1>Lab technicians ratify four-year deal</h1>
<p>The agreement gives a rise of 12% on signing, then further rises of 2% each in
2032, 2033 and 2034.</p></main></body></html>"""


@pytest.mark.parametrize(("factor", "label"), [("five", "supported"), ("eight", "contradicted")])
def test_shares_the_article_states_are_found_on_its_cited_page(
    factor: str, label: str, ruleset: Any
) -> None:
    # 12 / 2 = 6.
    draft = (
        "# Deal\n\nThe 12 per cent rise that came on signing is more than"
        f" {factor} times each of the 2 per cent rises that follow ([deal]({DEAL_URL})).\n"
    )
    found = verdict_on(draft, {DEAL_URL: DEAL}, ruleset, "comparison", wrap=False)
    assert found.label == label, found.rationale


@pytest.mark.parametrize(
    ("sentence", "left", "right"),
    [
        # A length of time opening the clause says when.
        (
            "After six months an apprentice on the top grade earns about 30% more than a"
            " new starter.",
            "an apprentice on the top grade",
            "a new starter",
        ),
        # "that" pointing, and "that" opening a relative clause, stay in the side.
        (
            "Still, the lower end of this scale falls short of the regional median for glaziers.",
            "the lower end of this scale",
            "the regional median for glaziers",
        ),
        (
            "The bonus that came in March is more than three times the one paid in June.",
            "The bonus that came in March",
            "the one paid in June",
        ),
        # An aside between the side and its verb is skipped.
        (
            "Iceland's minimum, at kr 400,000 a month, is more than twice Greece's.",
            "Iceland's minimum",
            "Greece's",
        ),
        # A bare plural job is the other side.
        (
            "In most towns, roofers still earn less than plasterers on an hourly basis.",
            "roofers",
            "plasterers on an hourly basis",
        ),
        # A verb repeated after the other side is no part of it.
        ("Bakers now earn more than cooks do.", "Bakers", "cooks"),
        # An adverb before "more than"; a plural job of two words.
        ("Care workers earn barely more than shop assistants.", "Care workers", "shop assistants"),
        # "are paid" ends the left side of a ratio.
        (
            "Ferry stewards are paid more than double the rate of deckhands.",
            "Ferry stewards",
            "the rate of deckhands",
        ),
        # "that of" stands for the other side's amount.
        (
            "A porter's pay is roughly half that of a steward.",
            "A porter's pay",
            "that of a steward",
        ),
        # "more than twice as much as" is a ratio, not "more than" a side "twice ...".
        (
            "A river pilot earns more than twice as much as a lock keeper.",
            "A river pilot",
            "a lock keeper",
        ),
        # "is worth" ends the left side; an adverbial aside before the share is skipped.
        (
            "The council's bid is worth less than a fifth of the guild's demand.",
            "The council's bid",
            "the guild's demand",
        ),
        ("Riggers earn, on average, 15% more than scaffolders.", "Riggers", "scaffolders"),
        ("Riggers earn 15 per cent more on average than scaffolders.", "Riggers", "scaffolders"),
        ("Tilers make more per hour than glaziers.", "Tilers", "glaziers"),
        # A share after "by": the verb says which way.
        (
            "Harbour clerks outearn dock clerks by about 8 per cent.",
            "Harbour clerks",
            "dock clerks",
        ),
    ],
)
def test_side_forms(sentence: str, left: str, right: str, ruleset: Any) -> None:
    claims = run(f"# Pay\n\n{sentence}\n", {}, ruleset)
    found = verdict(claims, "comparison").claim.fields
    assert (found["left"], found["right"]) == (left, right)


@pytest.mark.parametrize(
    "sentence",
    [
        "Bakers earn less than expected.",
        "Fares fell lower than forecasts.",
        "She earns less than others.",
        "Under the new deal, base pay is paid fourteen times a year.",
    ],
)
def test_no_side_for_words_that_are_no_group(sentence: str, ruleset: Any) -> None:
    claims = run(f"# Pay\n\n{sentence}\n", {}, ruleset)
    assert not [c for c in claims if c.claim.type == "comparison"]
