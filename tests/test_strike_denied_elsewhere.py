"""A page that says some workers did not strike, naming their employer, denies nothing of
workers of the same trade (or union) the claim has striking at another employer: the
denial is of the other employer's workers. Where it names the claim's employer, or a
workplace in common words, it stands. Names are invented for these tests."""

from __future__ import annotations

from typing import Any

import pytest
from judging import run, verdict

URL = "https://news.example.org/2033/05/kell-freight-stoppage"


def _page(denial: str) -> str:
    return f"""<html><head><title>Kell Freight drivers stop work</title></head><body>
<h1>Kell Freight drivers stop work</h1>
<p>About 300 drivers and loaders at Kell Freight halted deliveries for two days on
Monday in a row with their employer over overtime rates.</p>
<p>{denial}</p>
</body></html>"""


def _label(claim: str, denial: str, ruleset: Any) -> tuple[str, str]:
    draft = f"# Freight\n\n{claim} ([report]({URL}))\n"
    found = verdict(run(draft, {URL: _page(denial)}, ruleset, wrap=False), "strike")
    return found.verdict.label, found.verdict.rationale


@pytest.mark.parametrize(
    "denial",
    [
        # The denied workers' employer in an aside, then the denial.
        "Drivers at Dunmore Haulage, a sister firm, were not part of the action.",
        "Drivers employed by Dunmore Haulage did not join the stoppage.",
        "Drivers at the Dunmore Haulage yard, which is owned by the same group, took no "
        "part in the strike.",
    ],
)
def test_a_denial_at_another_employer_is_no_denial_here(denial: str, ruleset: Any) -> None:
    claim = "Drivers at Kell Freight walked off the job on Monday."
    label, why = _label(claim, denial, ruleset)
    assert label != "contradicted", why


@pytest.mark.parametrize(
    "denial",
    [
        "Drivers at Kell Freight were not part of the action.",
        "Drivers employed by Kell Freight did not join the stoppage.",
    ],
)
def test_a_denial_at_the_claim_s_employer_stands(denial: str, ruleset: Any) -> None:
    claim = "Drivers at Kell Freight walked off the job on Monday."
    label, why = _label(claim, denial, ruleset)
    assert label in {"contradicted", "mixed"}, why


def test_a_denial_at_another_employer_bears_out_a_claim_there(ruleset: Any) -> None:
    claim = "Drivers at Dunmore Haulage walked off the job on Monday."
    label, why = _label(claim, "Drivers at Dunmore Haulage were not part of the action.", ruleset)
    assert label == "contradicted", why


def _members_label(aside: str, ruleset: Any) -> tuple[str, str]:
    page = f"""<html><head><title>Kell Freight stoppage</title></head><body>
<h1>Kell Freight stoppage</h1>
<p>Members of the drivers' union at Kell Freight walked off the job on Monday over
overtime rates.</p>
<p>{aside}</p>
</body></html>"""
    claim = "Members of the union at Kell Freight walked out on Monday."
    draft = f"# Freight\n\n{claim} ([report]({URL}))\n"
    found = verdict(run(draft, {URL: page}, ruleset, wrap=False), "strike")
    return found.verdict.label, found.verdict.rationale


@pytest.mark.parametrize(
    "aside",
    [
        "An official at Dunmore Haulage said its members had not voted to strike.",
        "The Dunmore Haulage branch said their members would keep working for now.",
    ],
)
def test_another_body_s_own_members_deny_nothing_here(aside: str, ruleset: Any) -> None:
    label, why = _members_label(aside, ruleset)
    assert label == "supported", why


def test_the_claimed_employer_s_own_members_still_deny(ruleset: Any) -> None:
    label, why = _members_label(
        "An official at Kell Freight said its members had not voted to strike.", ruleset
    )
    assert label in {"mixed", "contradicted"}, why
