"""Goods counted in a unit of measure (tonnes, litres, cubic metres) are the same quantity
whether a draft says a dispute "lost" them and a page says it "cost" them: money's frames
(a loss, a cost, a valuation) do not tell such figures apart. And a figure the press
relays ("according to the farming press"), or one whose giver is followed by a note
marker, is no party's estimate set against another's. The pages are written for these
tests."""

from __future__ import annotations

import pytest
from judging import run, verdict

from factcheck.evidence.frames import measured_kinds
from factcheck.evidence.givers import giver
from factcheck.rulepacks.ruleset import RuleSet

URL = "http://quarry.test/news/output"


def _label(draft_sentence: str, page: str, ruleset: RuleSet, words: str) -> str:
    draft = f"# Dispute\n\n{draft_sentence} ([report]({URL})).\n"
    claims = run(draft, {URL: f"<h1>Output</h1><p>{page}</p>"}, ruleset)
    return verdict(claims, "quantity", words).verdict.label


@pytest.mark.parametrize(
    ("claim", "page", "words"),
    [
        (
            "The week-long stoppage lost the dairy some 640,000 litres of milk",
            "The stoppage cost the cooperative some 460,000 litres of milk, its board said.",
            "640,000 litres",
        ),
        (
            "Flooding at the pits in Queensland lost about 85,000 tonnes of coal",
            "The flooding cost the Queensland pits about 58,000 tonnes of coal.",
            "85,000 tonnes",
        ),
        (
            "The blockade at the Chilean port cost the sawmill 31,000 cubic metres of pine logs",
            "The sawmill lost 13,000 cubic metres of pine logs during the Chilean port blockade.",
            "31,000 cubic metres",
        ),
    ],
)
def test_goods_lost_and_goods_a_stoppage_cost_are_one_quantity(
    ruleset: RuleSet, claim: str, page: str, words: str
) -> None:
    assert _label(claim, page, ruleset, words) == "contradicted"


def test_goods_lost_are_borne_out_by_goods_a_stoppage_cost(ruleset: RuleSet) -> None:
    claim = "The refinery strike in Norway lost about 900,000 barrels of crude"
    page = "Analysts said the Norwegian refinery strike cost about 900,000 barrels of crude."
    # "barrels" is no unit of measure the lexicon lists: its frames stand as they were.
    assert _label(claim, page, ruleset, "900,000 barrels") != "contradicted"


def test_money_keeps_its_frames(ruleset: RuleSet) -> None:
    kinds = {"frame_profit", "frame_cuts"}
    assert measured_kinds(kinds, "tonnes", ruleset.knowledge) == {"frame_cuts"}
    assert measured_kinds(kinds, "cubic metres", ruleset.knowledge) == {"frame_cuts"}
    assert measured_kinds(kinds, "USD", ruleset.knowledge) == kinds
    assert measured_kinds(kinds, "workers", ruleset.knowledge) == kinds


@pytest.mark.parametrize(
    ("text", "figure", "want"),
    [
        (
            "Some 4,000 dockers stopped work, according to the ministry.[^3]",
            "Some 4,000 dockers",
            {"ministry"},
        ),
        ("About 1,200 nurses marched, according to local media.", "About 1,200 nurses", None),
        (
            "Output fell by 20,000 tonnes, according to the farming press.[^1]",
            "20,000 tonnes",
            None,
        ),
        (
            "Growers lost 3,500 tonnes of apples, according to Polish newspapers.",
            "3,500 tonnes",
            None,
        ),
    ],
)
def test_the_press_and_note_markers_are_no_giver(
    ruleset: RuleSet, text: str, figure: str, want: set[str] | None
) -> None:
    at = text.index(figure)
    found = giver(text, at, at + len(figure), ruleset.knowledge, lambda phrase: [])
    assert (None if found is None else set(found.words)) == want


def test_a_figure_the_press_relays_is_refuted_by_an_employers_estimate(ruleset: RuleSet) -> None:
    claim = (
        "Estimates suggest the Finnish paper mills lost some 75,000 tonnes of pulp during "
        "the lockout, according to the trade press"
    )
    page = (
        "Employers estimate that the lockout cost the Finnish paper mills some 57,000 "
        "tonnes of pulp."
    )
    assert _label(claim, page, ruleset, "75,000 tonnes") == "contradicted"
