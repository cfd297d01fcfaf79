"""A claimed first against a source that calls the same thing a later one ("the third
time", "its second strike"), read wherever the source says it; drafts and pages written
for these tests."""

from __future__ import annotations

from typing import Any

import pytest
from judging import verdict_on

DRAFT = (
    "The Potters and Kilnworkers Guild walked out at Tarn Ceramics on Monday over shift "
    "pay. It was the guild's first strike at the works, [the paper said]"
    "(https://news.example.org/kiln)."
)


def _page(said: str, before: str = "") -> dict[str, str]:
    return {
        "https://news.example.org/kiln": (
            "<h1>Kiln crews down tools in Tarn</h1>"
            "<p>Members of the Potters and Kilnworkers Guild walked out at Tarn Ceramics on "
            "Monday over shift pay.</p>"
            "<p>Management said it had offered a 4% rise in March and would meet the guild "
            f"again on Thursday.</p>{before}<p>{said}</p>"
        )
    }


@pytest.mark.parametrize(
    ("said", "label"),
    [
        # A later one of the same subject, named by the strike words or "time".
        (
            "It is the third time the guild's kiln crews have walked out at the works.",
            "contradicted",
        ),
        ("The stoppage is the guild's second strike at the works.", "contradicted"),
        # An ordinal of something else, or a later one denied, says nothing against it.
        ("On the second day of the walkout the kilns at the works were cold.", "unverified"),
        ("It is not the second time the guild's crews have walked out at the works.", "unverified"),
    ],
)
def test_a_later_one_contradicts_a_first(said: str, label: str, ruleset: Any) -> None:
    judged = verdict_on(DRAFT, _page(said), ruleset, "superlative")
    assert judged.label == label, judged.rationale


def test_a_later_one_is_read_however_its_sentence_ranks(ruleset: Any) -> None:
    # The article cites no page where the claim stands, and thirty sentences of the page
    # are worded more like the claim: the later one is read all the same.
    draft = (
        "The Potters and Kilnworkers Guild walked out at Tarn Ceramics on Monday, "
        "[the paper said](https://news.example.org/kiln).\n\n"
        "Organisers called it the guild's first strike at the works."
    )
    log = "".join(
        f"<p>On day {n} of the guild's strike at the works, pickets stood at gate {n}.</p>"
        for n in range(1, 31)
    )
    page = _page("Kiln crews there stopped work twice before; this is the third time.", log)
    judged = verdict_on(draft, page, ruleset, "superlative")
    assert judged.label == "contradicted", judged.rationale
    assert "third time" in judged.rationale


def test_a_later_one_bears_out_a_denied_first(ruleset: Any) -> None:
    draft = DRAFT.replace("It was the guild's first", "It was not the guild's first")
    page = _page("It is the third time the guild's kiln crews have walked out at the works.")
    judged = verdict_on(draft, page, ruleset, "superlative")
    assert judged.label != "contradicted", judged.rationale
