"""A title in capitals may carry its field after the role with no dash ("Engineer
Aircraft Performance", "Manager Customer Operations"), as ads from German or Dutch
employers write them in English: after a hiring verb, the capitalised words up to where
the phrase ends are the title's, never a date, a known name or a second role. Against the
posting, a rank the posting lacks is another job. The pages and drafts are written for
these tests."""

from __future__ import annotations

import pytest
from extracting import titles_in
from judging import run
from postings import job_posting_ld

from factcheck.rulepacks.ruleset import RuleSet


@pytest.mark.parametrize(
    ("sentence", "title"),
    [
        ("Brakel Foods is hiring a Manager Customer Operations for its Utrecht plant.",
         "Manager Customer Operations"),
        ("Veldhuis Rail is recruiting a Senior Engineer Rolling Stock to lead bogie overhauls.",
         "Senior Engineer Rolling Stock"),
        ("Oberland Energie is seeking a Specialist Grid Planning, based in Rosenheim.",
         "Specialist Grid Planning"),
        ("Kessler Pharma has been recruiting a Scientist Downstream Processing in Basel.",
         "Scientist Downstream Processing"),
        ("Havnø Fisk wants a Coordinator Quality & Safety.", "Coordinator Quality & Safety"),
    ],
)  # fmt: skip
def test_a_field_in_capitals_after_the_role(ruleset: RuleSet, sentence: str, title: str) -> None:
    assert titles_in(sentence, ruleset) == [title]


@pytest.mark.parametrize(
    ("sentence", "title"),
    [
        ("Brakel Foods is hiring a Data Analyst Monday to Friday only.", "Data Analyst"),
        ("Brakel Foods is hiring a Shift Planner in Utrecht.", "Shift Planner"),
        ("Brakel Foods is hiring a Shift Planner Nurse.", "Shift Planner Nurse"),
        ("Brakel Foods is hiring a line mechanic for Utrecht.", "line mechanic"),
    ],
)
def test_no_field_where_the_title_ends(ruleset: RuleSet, sentence: str, title: str) -> None:
    assert titles_in(sentence, ruleset) == [title]


def _posting(title: str) -> str:
    return (
        "<html lang='de'><head><title>Karriere | Veldhuis Rail</title>"
        + job_posting_ld(title, "Veldhuis Rail")
        + f"</head><body><main><h1>{title}</h1><p>Wartung von Drehgestellen.</p>"
        "<a href='#f'>Jetzt bewerben</a></main></body></html>"
    )


def test_a_rank_the_posting_lacks_is_another_job(ruleset: RuleSet) -> None:
    url = "http://veldhuis.test/karriere/31"
    pages = {url: _posting("Engineer Rolling Stock (m/w/d)")}
    for sentence, label in {
        "Veldhuis Rail wants a Senior Engineer Rolling Stock": "contradicted",
        "Veldhuis Rail wants an Engineer Rolling Stock": "supported",
    }.items():
        draft = f"# Rail\n\n{sentence} ([ad]({url})).\n"
        got = [c.verdict.label for c in run(draft, pages, ruleset, wrap=False)]
        assert got == [label], sentence
