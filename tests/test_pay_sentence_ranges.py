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


SCALE_URL = "http://fenwick-council.test/pay/scales-2025"
SCALE = (
    "<h1>Officer pay scales 2025</h1><table><caption>Monthly pay by grade, 2025</caption>"
    "<thead><tr><th>Grade</th><th>Lowest step</th><th>Highest step</th></tr></thead><tbody>"
    "<tr><th>Grade 2</th><td>€2,410</td><td>€2,655</td></tr>"
    "<tr><th>Grade 3</th><td>€2,690</td><td>€3,020</td></tr>"
    "<tr><th>Grade 4</th><td>€3,050</td><td>€3,470</td></tr>"
    "</tbody></table>"
)


def _grade(sentence: str, ruleset: Any) -> list[tuple[str, str]]:
    draft = f"# Pay\n\nThe council publishes its [scales]({SCALE_URL}). {sentence}\n"
    return [
        (c.verdict.label, c.verdict.rationale)
        for c in run(draft, {SCALE_URL: SCALE}, ruleset)
        if c.claim.type == "salary"
    ]


def test_a_band_runs_from_one_figure_to_another(ruleset: Any) -> None:
    got = _grade("Grade 3 runs from €2,690 to €3,020 a month.", ruleset)
    assert [label for label, _ in got] == ["supported"]
    assert "Grade 3" in got[0][1]


def test_a_wrong_top_of_a_band_is_read_in_that_band_row(ruleset: Any) -> None:
    got = _grade("Grade 3 runs from €2,690 to €3,300 a month.", ruleset)
    assert [label for label, _ in got] == ["contradicted"]
    assert "Grade 3" in got[0][1] and "Grade 2" not in got[0][1]


def test_a_band_the_table_lacks_is_read_in_no_other_row(ruleset: Any) -> None:
    got = _grade("Grade 6 runs from €4,100 to €4,600 a month.", ruleset)
    assert [label for label, _ in got] == ["unverified"]
