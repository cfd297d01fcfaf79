"""A page's denial of the rest of a body ("the guild's other locals are not on strike")
leaves the part of it that struck standing, and goes against a claim that the rest
joined; a name written with dotted initials is the name spelt out. Names are invented
for these tests."""

from __future__ import annotations

from typing import Any

import pytest
from judging import run, verdict

from factcheck.evidence.strikes import rest_of, same_party

URL = "https://news.example.org/2034/02/harrow-quay-stoppage"


def _page(denial: str) -> str:
    return f"""<html><head><title>Harrow Quay checkers stop work</title></head><body>
<h1>Harrow Quay checkers stop work</h1>
<p>About 410 cargo checkers in Tarrant Dockers Guild Local 88 walked out against
Harrow Quay Terminals on Tuesday over shift rosters.</p>
<p>{denial}</p>
</body></html>"""


def _label(claim: str, denial: str, ruleset: Any) -> tuple[str, str]:
    draft = f"# Quays\n\n{claim} ([report]({URL}))\n"
    found = verdict(run(draft, {URL: _page(denial)}, ruleset, wrap=False), "strike")
    return found.verdict.label, found.verdict.rationale


DENIALS = [
    "Crane drivers in Tarrant Dockers Guild's other locals are not on strike.",
    "Other Tarrant Dockers Guild branches did not join the stoppage, officials said.",
    "Members of the remaining Tarrant Dockers Guild locals kept working normally.",
]


@pytest.mark.parametrize("denial", DENIALS)
def test_a_denial_of_the_rest_leaves_the_part_that_struck(denial: str, ruleset: Any) -> None:
    claim = (
        "Cargo checkers of Tarrant Dockers Guild Local 88 stopped work against Harrow Quay "
        "Terminals on Tuesday."
    )
    label, why = _label(claim, denial, ruleset)
    assert label == "supported", why


@pytest.mark.parametrize("denial", DENIALS[:2])
def test_a_denial_of_the_rest_goes_against_the_rest_joining(denial: str, ruleset: Any) -> None:
    claim = "Crane drivers in the other Tarrant Dockers Guild locals joined the walkout too."
    label, why = _label(claim, denial, ruleset)
    assert label in {"contradicted", "mixed"}, why


def test_the_part_s_strike_does_not_bear_out_the_rest_joining(ruleset: Any) -> None:
    claim = "Crane drivers in the other Tarrant Dockers Guild locals joined the walkout too."
    label, why = _label(claim, "Talks are due to resume next week.", ruleset)
    assert label != "supported", why


@pytest.mark.parametrize(
    ("text", "rest"),
    [
        ("the union's other locals", True),
        ("remaining Orvo branches", True),
        ("the rest of the guild", True),
        ("Orvo Local 12", False),
        ("members at other employers", False),
    ],
)
def test_rest_of(text: str, rest: bool) -> None:
    assert rest_of(text) is rest


@pytest.mark.parametrize(
    ("a", "b", "same"),
    [
        ("W.R. Dock Employers Council", "West Riding Dock Employers Council", True),
        ("Port of N.Q. Authority", "Port of North Quay Authority", True),
        ("W.R. Dock Employers Council", "Wessex Road Haulage Council", False),
        ("W.R. Dock Employers Council", "West Riding Freight Employers Council", False),
    ],
)
def test_dotted_initials_are_the_name_spelt_out(a: str, b: str, same: bool) -> None:
    assert same_party(a, b) is same
    assert same_party(b, a) is same


def test_a_strike_against_a_dotted_name_is_borne_out_by_it_spelt_out(ruleset: Any) -> None:
    page = """<html><head><title>Loaders strike</title></head><body>
<h1>Loaders strike</h1>
<p>Some 220 loaders at the port went on strike on Monday.</p>
<p>They belong to the Quayside Loaders Union. Their walkout is against the W.R. Dock
Employers Council (WRDEC), which bargains for the terminal firms.</p>
</body></html>"""
    claim = (
        "About 220 members of the Quayside Loaders Union walked out on Monday against the "
        "West Riding Dock Employers Council."
    )
    draft = f"# Port\n\n{claim} ([report]({URL}))\n"
    found = verdict(run(draft, {URL: page}, ruleset, wrap=False), "strike")
    assert found.verdict.label == "supported", found.verdict.rationale
