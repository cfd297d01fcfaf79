"""A denied wish, choice or decision to strike ("nobody wants to strike", "we never take
the decision to walk out lightly") tells a reluctance, not that the union's members kept
working: it denies no strike the page reports."""

from __future__ import annotations

import pytest
from judging import run, verdict

from factcheck.evidence.strikes import denial
from factcheck.rulepacks.ruleset import RuleSet

URL = "http://ferries.test/strike"
DRAFT = (
    "# Ferry strike\n\nAbout 240 deckhands, members of the Tarnwick Seafarers Union, walked "
    f"out against Corlan Ferries in May 2025 ([report]({URL})).\n"
)
NEGATION = {"not", "no", "never", "nobody", "none", "n't"}


def _label(sentence: str, ruleset: RuleSet) -> str:
    page = (
        "<h1>Corlan Ferries deckhands strike</h1>\n<p>About 240 deckhands at Corlan Ferries "
        "began a two-day strike on 12 May 2025, halting crossings to the islands.</p>\n"
        "<p>The strikers are all members of the Tarnwick Seafarers Union.</p>\n"
        f"<p>{sentence}</p>"
    )
    return verdict(run(DRAFT, {URL: page}, ruleset), "strike").verdict.label


@pytest.mark.parametrize(
    "sentence",
    [
        'Tarnwick Seafarers Union organiser Ivo Brandt said: "Nobody takes the decision to '
        'strike lightly, least of all crews who keep the islands supplied."',
        "A Tarnwick Seafarers Union spokeswoman said no deckhand ever wants to walk out in "
        "the busy season.",
        "The Tarnwick Seafarers Union has never been keen to go on strike, its secretary said.",
    ],
)
def test_a_denied_wish_to_strike_denies_no_strike(ruleset: RuleSet, sentence: str) -> None:
    assert _label(sentence, ruleset) == "supported"


@pytest.mark.parametrize(
    "text",
    [
        "The Harl Drivers Guild did not join the strike.",
        "The Harl Drivers Guild never walked out.",
        "The Harl Drivers Guild took no part in the stoppage.",
    ],
)
def test_a_denied_act_is_still_a_denial(text: str) -> None:
    assert denial(text, "Harl Drivers Guild", NEGATION) is not None


@pytest.mark.parametrize(
    "text",
    [
        "The Harl Drivers Guild said nobody wants to strike.",
        "The Harl Drivers Guild has never chosen to go on strike before.",
        "The Harl Drivers Guild said no member was happy to walk out in winter.",
    ],
)
def test_a_denied_wish_is_no_denial(text: str) -> None:
    assert denial(text, "Harl Drivers Guild", NEGATION) is None
