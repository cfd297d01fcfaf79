"""The second end of "from X to Y" is rounded no coarser than the first: a writer who
gives "from 140 to 300" gives both to the ten. Pages and drafts written for these tests."""

from __future__ import annotations

from typing import Any

import pytest
from judging import run

URL = "https://news.example/2032/03/marlow-ferries-crew"


def _labels(sentence: str, page_sentence: str, ruleset: Any) -> dict[str, str]:
    draft = f"# Ferries\n\n{sentence} ([report]({URL})).\n"
    page = f"<article><h1>Marlow Ferries crew plans</h1><p>{page_sentence}</p></article>"
    checked = run(draft, {URL: page}, ruleset, wrap=False)
    return {c.claim.text: c.verdict.label for c in checked if c.claim.type == "quantity"}


@pytest.mark.parametrize(
    ("page_sentence", "label"),
    [
        (
            "Marlow Ferries plans to grow its Dover team from 140 to 280 people by 2032.",
            "contradicted",
        ),
        (
            "Marlow Ferries plans to grow its Dover team from 140 to 300 people by 2032.",
            "supported",
        ),
    ],
)
def test_the_second_end_is_as_fine_as_the_first(
    page_sentence: str, label: str, ruleset: Any
) -> None:
    sentence = "Marlow Ferries plans to grow its Dover team from 140 to 300 people by 2032"
    assert _labels(sentence, page_sentence, ruleset)["300 people"] == label


def test_a_round_figure_alone_keeps_its_rounding(ruleset: Any) -> None:
    # With no finer first end, "300" is rounded to the hundred: 280 is within it.
    sentence = "Marlow Ferries plans to grow its Dover team to 300 people by 2032"
    page_sentence = "Marlow Ferries plans to grow its Dover team to 280 people by 2032."
    assert _labels(sentence, page_sentence, ruleset)["300 people"] != "contradicted"
