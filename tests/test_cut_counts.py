"""Jobs cut and people laid off are one count: a draft's "cut about 500 jobs" is refuted
by a page's "laid off 380 workers", though one counts posts and the other heads. Only
where both are framed as cuts: jobs to be added, or a workforce, are other counts.
Pages and drafts written for these tests."""

from __future__ import annotations

from typing import Any

import pytest
from judging import run

URL = "https://news.example/2037/brennick-motors-cuts"


@pytest.mark.parametrize(
    ("sentence", "told", "label"),
    [
        (
            "Brennick Motors cut about 500 jobs at its Harlow plant.",
            "Brennick Motors laid off 380 workers at its Harlow plant on Tuesday.",
            "contradicted",
        ),
        (
            "Brennick Motors axed 90 roles at its Harlow plant.",
            "Brennick Motors laid off 140 staff at its Harlow plant on Tuesday.",
            "contradicted",
        ),
        (
            "Brennick Motors shed 380 positions at its Harlow plant.",
            "Brennick Motors laid off 380 employees at its Harlow plant on Tuesday.",
            "supported",
        ),
        (
            "Brennick Motors eliminated roughly 1,200 jobs at its Harlow plant.",
            "Brennick Motors cut 700 employees at its Harlow plant on Tuesday.",
            "contradicted",
        ),
        # Jobs outsourced are jobs cut from the maker's own staff: two groups named by
        # one word ("paint porters", "paint workers") count alike where both are so told.
        (
            "Brennick Motors outsourced the jobs of 1,742 paint porters at its Harlow plant.",
            "Brennick Motors unlawfully outsourced the jobs of 1,472 paint workers in Harlow.",
            "contradicted",
        ),
        (
            "Brennick Motors outsourced the jobs of 1,472 paint porters at its Harlow plant.",
            "Brennick Motors unlawfully outsourced the jobs of 1,472 paint workers in Harlow.",
            "supported",
        ),
    ],
)
def test_jobs_cut_and_people_laid_off_are_one_count(
    sentence: str, told: str, label: str, ruleset: Any
) -> None:
    assert _counts(sentence, told, ruleset) == [label]


@pytest.mark.parametrize(
    ("sentence", "told"),
    [
        (
            "Brennick Motors plans to add 500 jobs at its Harlow plant.",
            "Brennick Motors laid off 380 workers at its Harlow plant on Tuesday.",
        ),
        (
            "Brennick Motors cut about 500 jobs at its Harlow plant.",
            "Brennick Motors employs 380 workers at its Harlow plant.",
        ),
    ],
)
def test_other_counts_of_jobs_and_people_refute_nothing(
    sentence: str, told: str, ruleset: Any
) -> None:
    assert _counts(sentence, told, ruleset) != ["contradicted"]


def _counts(sentence: str, told: str, ruleset: Any) -> list[str]:
    page = f"<h1>Brennick Motors and its Harlow plant</h1><p>{told}</p>"
    opening = f"Brennick Motors has been in the news ([report]({URL}))."
    checked = run(f"# Cars\n\n{opening} {sentence}\n", {URL: page}, ruleset)
    return [
        c.verdict.label
        for c in checked
        if c.claim.type == "quantity" and c.claim.fields.get("unit") != "days"
    ]


@pytest.mark.parametrize(
    ("sentence", "label"),
    [
        # A part of a group cut, the maker named only by a noun: the page its paragraph
        # cites tells the cut.
        ("The company answered by sacking 60 of its fitters.", "contradicted"),
        ("The company answered by dismissing 44 of the fitters.", "supported"),
        ("Managers then laid off about 90 of the fitters.", "contradicted"),
    ],
)
def test_a_part_of_a_group_cut_is_counted_by_the_group(
    sentence: str, label: str, ruleset: Any
) -> None:
    page = (
        "<h1>Brennick Motors and its Harlow plant</h1><p>Brennick Motors, the Harlow car "
        "maker, has terminated 44 maintenance fitters after a weekend sit-in.</p>"
    )
    opening = f"Fitters at the Harlow plant staged a sit-in ([report]({URL}))."
    checked = run(f"# Cars\n\n{opening} {sentence}\n", {URL: page}, ruleset)
    assert [c.verdict.label for c in checked if c.claim.type == "quantity"] == [label]
