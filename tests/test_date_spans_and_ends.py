"""A span told by a verb of lasting ("ran from 14 February to 2 April") against an
infobox's Date row on both its days; a verb's particle is its event's ("called off" is an
end); and a training's length written as an adjective ("a seven-week paid training
course"). A day told in a clause of an end, and a called-off action against its
suspension, are in tests/test_stoppage_dates.py. Sentences and pages written for these
tests."""

from __future__ import annotations

from typing import Any

import pytest
from judging import run, verdict

from factcheck.claimfields import DateFields
from factcheck.claims.extract import extract_claims
from factcheck.reading import parse_article
from factcheck.rulepacks.ruleset import RuleSet

WIKI = "http://wiki.test/2031_Tarrow_ferry_strike"
WIKI_PAGE = """<h1>2031 Tarrow ferry strike</h1>
<table class="infobox">
<tr><th>Date</th><td>14 February – 2 April 2031 (48 days)</td></tr>
<tr><th>Location</th><td>Tarrow</td></tr>
</table>
<p>The 2031 Tarrow ferry strike was a dispute over rosters between deckhands and the
Tarrow Ferry Company.</p>"""


@pytest.mark.parametrize(
    ("sentence", "label"),
    [
        ("The Tarrow ferry strike ran from 14 February to 2 April 2031", "supported"),
        ("The Tarrow ferry strike ran from 14 February to 9 April 2031", "contradicted"),
        # Its first day differs, its last agrees: still not the page's span.
        ("The Tarrow ferry strike ran from 4 February to 2 April 2031", "contradicted"),
        # A relative clause tells of the noun before it.
        ("The walkout, which ran from 14 February to 2 April 2031, hit tourism", "supported"),
    ],
)
def test_a_span_against_an_infobox_row(sentence: str, label: str, ruleset: RuleSet) -> None:
    draft = f"# Ferries\n\n{sentence} ([encyclopedia]({WIKI})).\n"
    found = verdict(run(draft, {WIKI: WIKI_PAGE}, ruleset, wrap=False), "date")
    assert found.verdict.label == label


def _events(text: str, ruleset: RuleSet) -> list[tuple[str | None, str | None]]:
    claims = extract_claims(parse_article(text, "draft.txt"), ruleset)
    return [(c.fields.event, c.fields.date) for c in claims if isinstance(c.fields, DateFields)]


@pytest.mark.parametrize(
    ("text", "found"),
    [
        ("The guild called off the go-slow on 9 June.", [("called off", "????-06-09")]),
        ("Festival crews kicked off the season on 9 June 2032.", [("kicked off", "2032-06-09")]),
        ("The overtime ban was lifted effective 3 March 2033.", [("lifted", "2033-03-03")]),
    ],
)
def test_a_particle_and_a_day_held_from(text: str, found: list[Any], ruleset: RuleSet) -> None:
    assert _events(text, ruleset) == found


JOBS = "http://careers.test/jobs/bus-trainee"
JOBS_PAGE = """<h1>Bus Driver Trainee</h1>
<p>New starters join a seven-week paid training course, with road sessions at our
Dunmore depot, before driving solo.</p>"""


@pytest.mark.parametrize(
    ("sentence", "label"),
    [
        ("Training lasts seven weeks and is fully paid", "supported"),
        ("Training lasts twelve weeks and is fully paid", "contradicted"),
        # A training's length is no strike's.
        ("The drivers' strike at Dunmore lasted seven weeks", "unverified"),
    ],
)
def test_a_training_length_written_as_an_adjective(
    sentence: str, label: str, ruleset: RuleSet
) -> None:
    draft = f"# Drivers\n\n{sentence} ([posting]({JOBS})).\n"
    found = verdict(run(draft, {JOBS: JOBS_PAGE}, ruleset), "quantity")
    assert found.verdict.label == label
