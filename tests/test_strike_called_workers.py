"""Whom a union calls out, and what a sentence says around it: the employer named with
the workers called ("called out ORV workers", "called the employees of the transport
company ORV out"), a union the tables know beside an employer they do not, a lockout
with a clause of a participle after it, a lockout as all a page tells (mixed at most),
"what organisers called the biggest strike" (a name for it), a workplace named by
common words (no employer to go against), a list of names in an aside, and unions known
by one word or by initials. Names are invented but for the tables' unions."""

from __future__ import annotations

from typing import Any

import pytest
from judging import run, verdict
from test_claim_forms import fields_of

from factcheck.claims.extract import extract_claims
from factcheck.reading import parse_article


@pytest.mark.parametrize(
    ("text", "strikers", "against"),
    [
        (
            "In Kessel, the KDU called out ORV workers on the same Thursday, halting the trams.",
            ["KDU"],
            ["ORV"],
        ),
        (
            "The KDU had called the employees of the city's transport company ORV out on a "
            "48-hour strike.",
            ["KDU"],
            ["ORV"],
        ),
        (
            "About 900 members of the Unite union at the Port of Orvane began a six-day strike.",
            ["Unite"],
            ["Port of Orvane"],
        ),
        (
            "Harbourside Terminals locked out 250 lashers, citing insurance rules.",
            ["lashers"],
            ["Harbourside Terminals"],
        ),
        (
            "Navra members at the two city operators, Arvo, Brill and Corran, stopped work. "
            "Talks with Navra failed.",
            ["Navra"],
            [],
        ),
        ("Unite called out cleaners at Fenwick Depots.", ["Unite"], ["Fenwick Depots"]),
        ("In May ver.di called out 4,000 nurses at Orla Clinics.", ["ver.di"], ["Orla Clinics"]),
    ],
)
def test_who_struck_whom(text: str, strikers: list[str], against: list[str], ruleset: Any) -> None:
    fields = fields_of(text, "strike", ruleset)
    assert fields["strikers"] == strikers
    assert fields["against"] == against


def test_what_organisers_called_a_strike_is_its_name(ruleset: Any) -> None:
    text = "Nurses downed tools, in what organisers called the biggest hospital stoppage."
    claims = extract_claims(parse_article(text, "draft.txt"), ruleset)
    strikers = [c.fields["strikers"] for c in claims if c.type == "strike"]
    assert strikers == [["Nurses"]]


URL = "https://news.example.org/2031/05/harbourside.html"


def _label(claim: str, page: str, ruleset: Any) -> tuple[str, str]:
    draft = f"# Port\n\n{claim} ([report]({URL})).\n"
    found = verdict(run(draft, {URL: page}, ruleset), "strike")
    return found.verdict.label, found.verdict.rationale


LOCKED = (
    "<p>Harbourside Terminals locked out 250 lashers of the Kessel Dock Union in May 2031, "
    "citing insurance rules.</p>"
)


def test_a_lockout_alone_is_mixed_for_a_strike(ruleset: Any) -> None:
    label, why = _label(
        "Kessel Dock Union lashers went on strike at Harbourside Terminals in May 2031",
        LOCKED,
        ruleset,
    )
    assert label == "mixed", why
    label, why = _label(
        "Harbourside Terminals locked out the Kessel Dock Union's lashers in May 2031",
        LOCKED,
        ruleset,
    )
    assert label == "supported", why


def test_a_workplace_named_by_common_words_is_no_other_employer(ruleset: Any) -> None:
    page = (
        "<p>Thousands of clinic staff stopped work on Wednesday after the Kessel Care Union "
        "called warning strikes, in a pay dispute with the Orne Employers' Federation.</p>"
    )
    label, why = _label(
        "The Kessel Care Union had called out nurses and cleaners at municipal clinics",
        page,
        ruleset,
    )
    assert label == "supported", why
