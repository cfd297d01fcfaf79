"""The job a pay figure is for is the one its verb's subject names ("care aides earn a
median $16.40 an hour"), whatever other jobs the sentence mentions; and a statistics
row's name ends before what it leaves out ("Care Aides, Except Hospital", "Drivers (all
other)"), so a claim naming the kind names the row. The pages and drafts are written for
these tests."""

from __future__ import annotations

import pytest
from judging import run

from factcheck.rulepacks.ruleset import RuleSet

URL = "https://stats.norland-labour.example/wages/2031/care"
PAGE = """<html lang='en'><head><title>Wages in care occupations, 2031</title></head><body>
<main><h1>Wages in care occupations, 2031</h1>
<table><caption>Hourly wages by occupation, May 2031</caption>
<tr><th>Occupation</th><th>Hourly median</th><th>Hourly mean</th></tr>
<tr><td>Registered Nurses</td><td>$44.10</td><td>$46.30</td></tr>
<tr><td>Care Aides, Except Hospital</td><td>$16.40</td><td>$17.05</td></tr>
<tr><td>Nursing Assistants</td><td>$18.90</td><td>$19.60</td></tr>
</table></main></body></html>"""


@pytest.mark.parametrize(
    ("sentence", "label"),
    [
        ("Far less goes to those who work beside the nurses: care aides earn a median $16.40 "
         "an hour.", "supported"),
        ("Far less goes to those who work beside the nurses: care aides earn a median $19.20 "
         "an hour.", "contradicted"),
        ("Unlike registered nurses, care aides are paid a median $19.20 an hour.",
         "contradicted"),
    ],
)  # fmt: skip
def test_the_pay_verbs_subject_names_the_job(ruleset: RuleSet, sentence: str, label: str) -> None:
    draft = f"# Care\n\nThe survey sets out wages by job ([tables]({URL})). {sentence}\n"
    got = [
        c.verdict.label
        for c in run(draft, {URL: PAGE}, ruleset, wrap=False)
        if c.claim.type == "salary"
    ]
    assert got == [label]
