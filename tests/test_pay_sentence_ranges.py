"""Pay sentences that give a range in two clauses ("starts at $X and tops out at $Y"):
one claim of a range, so a posting whose top differs is not taken to back it on its
start alone. The pages and drafts are written for these tests."""

from __future__ import annotations

from typing import Any

from judging import run

URL = "http://larchmont-optics.test/careers/lens-technician-2291"
POSTING = (
    "<html><head><title>Lens Technician | Larchmont Optics</title></head><body><main>"
    "<h1>Lens Technician</h1><section class='compensation'><h2>Compensation</h2>"
    "<p>$41,000 - $47,500 a year</p></section></main></body></html>"
)


def _salaries(sentence: str, ruleset: Any) -> list[tuple[str, str]]:
    draft = (
        "# Hiring\n\nLarchmont Optics is hiring a Lens Technician, according to "
        f"[the listing]({URL}). {sentence}\n"
    )
    return [
        (c.claim.text, c.verdict.label)
        for c in run(draft, {URL: POSTING}, ruleset, wrap=False)
        if c.claim.type == "salary"
    ]


def test_a_start_and_a_top_are_one_range(ruleset: Any) -> None:
    got = _salaries("Pay starts at $41,000 and tops out at $47,500 a year.", ruleset)
    assert [label for _, label in got] == ["supported"]
    assert "$47,500" in got[0][0]


def test_a_wrong_top_is_not_backed_by_a_right_start(ruleset: Any) -> None:
    got = _salaries("Pay starts at $41,000 and tops out at $53,000 a year.", ruleset)
    assert len(got) == 1
    assert got[0][1] in ("mixed", "contradicted")
