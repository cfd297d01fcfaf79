"""A page saying a party kept out of a strike is evidence against a draft that has it
strike, and for a draft that says it kept out; the page is written for these tests."""

from __future__ import annotations

from typing import Any

import pytest
from judging import cited, run, verdict

from factcheck.rulepacks.ruleset import RuleSet

URL = "http://ferries.test/strike"
PAGE = """<h1>Ferry crews strike at Corran Ferries</h1>
<p>Deckhands with the Solent Marine Workers' Union walked off the job at Corran Ferries
on Monday.</p>
<p>Ticket office staff represented by Quayside Clerks Local 88 are not involved in the
dispute and kept working on Monday.</p>
<p>The ship engineers' union, the Marine Engineers Federation (MEF), will not take part.
MEF said its members would work normally.</p>
<p>Harbour pilots stayed at work throughout the stoppage.</p>"""


def _strike(sentence: str, ruleset: RuleSet) -> tuple[str, dict[str, Any]]:
    found = cited(sentence, URL, PAGE, ruleset, "strike")
    return found.verdict.label, dict(found.claim.fields)


@pytest.mark.parametrize(
    "sentence",
    [
        # The union after "from" is whose staff they are, and the page says it kept working.
        "Ticket staff from Quayside Clerks Local 88 joined them on the picket lines",
        # "will not take part": no strike word after the negation.
        "Engineers represented by MEF staged a sympathy strike on Tuesday",
    ],
)
def test_a_party_the_page_keeps_out_of_the_strike(sentence: str, ruleset: RuleSet) -> None:
    label, _ = _strike(sentence, ruleset)
    assert label == "contradicted"


def test_a_union_after_from_is_the_strikers_own(ruleset: RuleSet) -> None:
    _, fields = _strike("Porters from Dockside Porters Local 19 joined the walkout", ruleset)
    assert "Dockside Porters Local 19" in fields["strikers"]
    assert "where" not in fields


def test_a_draft_that_keeps_a_party_out_is_borne_out(ruleset: RuleSet) -> None:
    label, fields = _strike("Harbour pilots did not take part in the walkout", ruleset)
    assert fields["denied"] is True and fields["strikers"] == ["Harbour pilots"]
    assert label == "supported"


def test_a_draft_that_keeps_strikers_out_is_contradicted(ruleset: RuleSet) -> None:
    label, fields = _strike(
        "The Solent Marine Workers' Union did not join the walkout at Corran Ferries", ruleset
    )
    assert fields["denied"] is True
    assert label == "contradicted"


def test_a_struck_party_still_supported(ruleset: RuleSet) -> None:
    label, fields = _strike(
        "Deckhands with the Solent Marine Workers' Union walked off the job at Corran Ferries",
        ruleset,
    )
    assert "denied" not in fields
    assert label == "supported"


def test_an_aside_on_who_the_party_is_does_not_hide_the_denial(ruleset: RuleSet) -> None:
    page = (
        "<p>Tug crews, who are hired through the Estuary Marine Agency rather than by the "
        "ferry operator itself, are likewise not affected and are working normally.</p>"
    )
    draft = f"# Ferry strike\n\nTug crews did not join the walkout ([report]({URL})).\n"
    found = verdict(run(draft, {URL: page}, ruleset), "strike")
    assert found.verdict.label == "supported"
