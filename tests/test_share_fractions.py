"""Shares are evaluated as fractions and only against a share of the same thing: a part
of a total ("240 staff, 88 of them in engineering") is 36.7%, which no "half" is; a
ballot's turnout is no share of the votes for a strike. The pages are written for these
tests."""

from __future__ import annotations

from judging import run

from factcheck.claims.extract import extract_claims
from factcheck.evidence.fractions import part_shares
from factcheck.reading import parse_article
from factcheck.rulepacks.ruleset import RuleSet

URL = "http://lindqvist.test/about"


def _labels(draft: str, page: str, ruleset: RuleSet) -> dict[str, tuple[str, str]]:
    claims = run(draft, {URL: page}, ruleset)
    return {
        c.claim.text: (c.verdict.label, c.verdict.rationale)
        for c in claims
        if c.claim.type == "quantity" and c.claim.fields.get("unit") == "%"
    }


def test_parts_of_totals_read_as_shares() -> None:
    found = part_shares("Torvik Audio has about 320 staff, 96 of them in design.")
    assert [(s.part, s.total, round(s.percent, 1)) for s in found] == [(96, 320, 30.0)]
    assert "design" in found[0].counted
    other = part_shares("Only 45 of its 180 stores are franchised, the group said.")
    assert [(s.part, s.total) for s in other] == [(45, 180)]
    assert part_shares("It scored 12 of 9 points.") == []


def test_a_share_is_evaluated_against_a_part_of_the_same_total(ruleset: RuleSet) -> None:
    page = (
        "<h1>About Torvik Audio</h1><p>Torvik Audio has about 320 staff, 96 of them in design.</p>"
    )
    half = f"# Firms\n\nTorvik Audio has 320 staff, half of them designers ([about]({URL})).\n"
    label, why = _labels(half, page, ruleset)["half of them designers"]
    assert label == "contradicted"
    assert "96 of 320" in why
    third = half.replace("half of them designers", "almost a third of them designers")
    assert _labels(third, page, ruleset)["almost a third of them designers"][0] == "supported"


def test_a_part_counting_something_else_says_nothing(ruleset: RuleSet) -> None:
    page = (
        "<h1>About Torvik Audio</h1><p>Torvik Audio has about 320 staff, 96 of them in the "
        "Oslo office.</p>"
    )
    draft = f"# Firms\n\nTorvik Audio has 320 staff, half of them designers ([about]({URL})).\n"
    assert _labels(draft, page, ruleset)["half of them designers"][0] == "unverified"


def test_a_turnout_is_no_share_of_the_votes_for(ruleset: RuleSet) -> None:
    draft = (
        "# Ballots\n\nAt Hesketh Foundry, 81% of members who voted backed a walkout "
        f"([ballot]({URL})).\n"
    )
    turnout = (
        "<h1>Hesketh Foundry ballot</h1><p>Members at Hesketh Foundry voted 81% for a "
        "walkout.</p><p>The turnout was 58% of members at Hesketh Foundry, the guild said.</p>"
    )
    labels = _labels(draft, turnout, ruleset)
    assert [v[0] for v in labels.values()] == ["supported"]
    other = (
        "<h1>Hesketh Foundry ballot</h1><p>Members at Hesketh Foundry voted 64% for a "
        "walkout.</p><p>The turnout was 81% of members at Hesketh Foundry, the guild said.</p>"
    )
    assert [v[0] for v in _labels(draft, other, ruleset).values()] == ["contradicted"]


def test_whom_a_share_is_of_is_not_what_it_counts(ruleset: RuleSet) -> None:
    page = (
        "<h1>Hesketh Foundry ballot</h1><p>The ballot of members at Hesketh Foundry returned "
        "a 81% vote for strike action, with 58% of members taking part.</p>"
    )
    backed = (
        "# Ballots\n\nAt Hesketh Foundry, 81% of members who took part voted for a strike "
        f"([ballot]({URL})).\n"
    )
    assert [v[0] for v in _labels(backed, page, ruleset).values()] == ["supported"]
    turnout = f"# Ballots\n\nTurnout in the Hesketh Foundry ballot was 72% ([ballot]({URL})).\n"
    assert [v[0] for v in _labels(turnout, page, ruleset).values()] == ["contradicted"]


def test_a_figure_is_never_read_from_inside_a_number(ruleset: RuleSet) -> None:
    article = parse_article("Dock Crews Vote 97.25% To Ratify Pay Deal\n", "t.txt", "text")
    values = [c.fields.get("value") for c in extract_claims(article, ruleset)]
    assert 7.25 not in values
