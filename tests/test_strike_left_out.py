"""Workers or sites a page leaves out of a strike, and strikes that are no report of one:
a site "not affected" or that "continued to work" under a longer name than the claim's
("Pellworth" and "Pellworth Quay Terminal"), read wherever the pages say so; a strike
that "does not involve staff at" an employer; a denial after a long aside on who the
party is; a strike that "would have been the first"; a company right before a union
("Amazon Teamsters"); a coalition of unions named by those that lead it. Every name
below is invented for these tests but the tables' own."""

from __future__ import annotations

from typing import Any

import pytest
from judging import run, verdict
from test_claim_forms import fields_of

from factcheck.claims.extract import extract_claims
from factcheck.reading import parse_article

URL = "https://news.example.org/2031/06/02/haven-ports.html"

PORTS = (
    "<h1>Dockers walk out at Orrin Haven</h1>"
    "<p>About 1,400 members of the Kessel Dock Union at Orrin Haven began a six-day strike "
    "on Sunday, in a dispute with Orrin Haven Terminals over this year's pay award.</p>"
    "<p>Pellworth Quay Terminal, owned by the same group, continued to work.</p>"
    "<p>The strike does not involve staff at Tarrow Ferries, whose crews settled in May.</p>"
)


def _label(claim: str, words: str, page: str = PORTS) -> tuple[str, str]:
    draft = (
        "# Ports\n\n"
        "Some 1,400 Kessel Dock Union members walked out at Orrin Haven on Sunday "
        f"([report]({URL})).\n\n{claim}\n"
    )
    found = verdict(run(draft, {URL: page}, _RULESET[0]), "strike", words)
    return found.verdict.label, found.verdict.rationale


_RULESET: list[Any] = []


@pytest.fixture(autouse=True)
def _keep(ruleset: Any) -> None:
    _RULESET[:] = [ruleset]


def test_a_site_that_kept_working_under_a_longer_name_was_not_struck() -> None:
    label, why = _label(
        "Dockers at Pellworth, the group's second port, have also downed tools.", "Pellworth"
    )
    assert label == "contradicted", why


def test_a_site_kept_working_in_another_year_says_nothing() -> None:
    page = PORTS.replace("continued to work", "continued to work in 2019")
    label, why = _label(
        "In 2031 dockers at Pellworth, the group's second port, also downed tools.",
        "Pellworth",
        page,
    )
    assert label != "contradicted", why


def test_a_strike_that_does_not_involve_an_employer_s_staff() -> None:
    label, why = _label("Tarrow Ferries workers also struck in sympathy.", "Tarrow")
    assert label == "contradicted", why


CLERKS = "https://news.example.org/2031/04/19/orvane-strike.html"
CLERKS_PAGE = (
    "<p>More than 9,000 clerks represented by the Orvane Clerks Alliance (OCA) walked off "
    "the job on Wednesday at Orvane Revenue.</p>"
    "<p>Members of the Kessel Fitters Guild (KFG), which represents some 6,000 fitters, "
    "welders and riggers, and of the Tarn Surveyors Association (TSA) are not in a legal "
    "strike position and were told to report for work as usual.</p>"
)


def test_a_denial_after_a_long_aside_on_the_party(ruleset: Any) -> None:
    draft = (
        "# Strike\n\nMembers of the KFG also walked out at Orvane Revenue in April 2031 "
        f"([report]({CLERKS})).\n"
    )
    found = verdict(run(draft, {CLERKS: CLERKS_PAGE}, ruleset), "strike")
    assert found.verdict.label == "contradicted", found.verdict.rationale


def _strikes(text: str, ruleset: Any) -> list[Any]:
    claims = extract_claims(parse_article(text, "draft.txt"), ruleset)
    return [c for c in claims if c.type == "strike"]


def test_a_strike_that_would_have_been_is_no_strike(ruleset: Any) -> None:
    said = "A walkout by the carrier's drivers and loaders would have been the first since 1994."
    assert not _strikes(said, ruleset)
    assert _strikes("A walkout by the carrier's drivers and loaders began in 1994.", ruleset)


def test_a_company_right_before_a_union_is_its_employer(ruleset: Any) -> None:
    fields = fields_of("Amazon Teamsters struck for the first time in 2031.", "strike", ruleset)
    assert fields["strikers"] == ["Teamsters"]
    assert fields["against"] == ["Amazon"]


@pytest.mark.parametrize(
    "text",
    [
        "The strike was called by an alliance of unions led by the KDU.",
        "Monday's strike was called by a broad coalition of dockers' unions led by the KDU, "
        "whose two branches represent crane drivers and lashers, against the port's plan.",
    ],
)
def test_a_coalition_of_unions_is_named_by_those_that_lead_it(text: str, ruleset: Any) -> None:
    fields = fields_of(text, "strike", ruleset)
    assert fields["strikers"] == ["KDU"]
    assert fields["called"] is True


def test_a_name_with_a_dot_inside_opens_a_sentence_as_a_name(ruleset: Any) -> None:
    fields = fields_of(
        "Fahr.di, the couriers' union, had called out 300 riders at Orla Foods.",
        "strike",
        ruleset,
    )
    assert fields["strikers"] == ["Fahr.di"]
    assert fields["against"] == ["Orla Foods"]
