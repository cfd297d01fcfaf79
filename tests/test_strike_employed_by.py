"""Workers "employed by" an employer named with its kind between ("employed by contractor
X", "hired by the staffing agency X", "engaged by the labour-hire firm X"): the name is
their employer, not the strikers, in a claim and on a page alike; a page's strike
sentence of that form, in a story that is not about the stoppage, still bears out a claim
naming the union the page ties to them (that last held before, by other readings). Drafts
and pages written for these tests."""

from __future__ import annotations

import pytest
from judging import run, verdict

from factcheck.claims.extract import extract_claims
from factcheck.reading import parse_article
from factcheck.rulepacks.ruleset import RuleSet

URL = "http://news.test/2031/05/rig-crews-walk-out"


def _strikes(text: str, ruleset: RuleSet) -> list[dict[str, object]]:
    article = parse_article(f"# Labour\n\n{text}\n", "d.md", "markdown")
    return [dict(c.fields) for c in extract_claims(article, ruleset) if c.type == "strike"]


@pytest.mark.parametrize(
    ("text", "employer"),
    [
        (
            "About 70 riggers employed by contractor Harlan Rigging walked out on Monday.",
            "Harlan Rigging",
        ),
        (
            "Cleaners hired by the staffing agency Pell Services stopped work for a day.",
            "Pell Services",
        ),
        (
            "Some 140 welders engaged by labour-hire contractor Norrow Crew walked off the job.",
            "Norrow Crew",
        ),
    ],
)
def test_the_name_after_its_kind_is_the_employer(
    text: str, employer: str, ruleset: RuleSet
) -> None:
    found = _strikes(text, ruleset)
    assert found, text
    assert found[0]["against"] == [employer]
    assert employer not in found[0]["strikers"]  # type: ignore[operator]


PAGE = """<html><head><title>Tessel field hiring picks up again</title>
<meta property="article:published_time" content="2031-05-14"></head><body>
<article><h1>Tessel field hiring picks up again</h1>
<p>Operators on the Tessel field are hiring again after a slow winter, recruiters said.</p>
<p>About 300 scaffolders employed by contractor Marrow Offshore walked out for 24 hours on
Tuesday, halting maintenance at the Tessel field.</p>
<p>The scaffolders, all members of the Offshore Trades Union, rejected a 3% offer last month.</p>
</article></body></html>"""


def test_a_page_s_employed_by_sentence_bears_out_the_union_s_claim(ruleset: RuleSet) -> None:
    draft = (
        "# Rigs\n\nIn May 2031 roughly 300 Offshore Trades Union members employed by Marrow "
        f"Offshore stayed off the job for a day ([report]({URL})).\n"
    )
    found = verdict(run(draft, {URL: PAGE}, ruleset, wrap=False), "strike")
    assert found.verdict.label == "supported", found.verdict.rationale
