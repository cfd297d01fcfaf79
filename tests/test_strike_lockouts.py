"""A lockout claim against pages: borne out by the employer's lockout of the same
workers, never by a strike; a strike told "separately" by the same union against another
employer is another dispute, not a conflict. Pages and sentences written for these
tests."""

from __future__ import annotations

from judging import cited

from factcheck.rulepacks.ruleset import RuleSet

URL = "http://labour.test/story"


def _strike(sentence: str, page: str, ruleset: RuleSet) -> tuple[str, str]:
    found = cited(sentence, URL, page, ruleset, "strike")
    return found.verdict.label, found.verdict.rationale


LOCKOUT = """<h1>Owners shut the quays</h1>
<p>In March 2019 the Orrin Shipowners Association locked out 300 riggers of the Quay
Riggers Guild after talks on pensions broke down.</p>"""


def test_a_lockout_is_borne_out_by_the_same_lockout(ruleset: RuleSet) -> None:
    label, rationale = _strike(
        "In March 2019 the Orrin Shipowners Association locked out the riggers of the Quay "
        "Riggers Guild",
        LOCKOUT,
        ruleset,
    )
    assert label == "supported", rationale


def test_a_strike_is_not_borne_out_by_a_lockout(ruleset: RuleSet) -> None:
    label, rationale = _strike(
        "In March 2019 the Quay Riggers Guild struck the Orrin Shipowners Association",
        LOCKOUT,
        ruleset,
    )
    assert label != "supported", rationale


def test_a_strike_told_separately_is_another_dispute(ruleset: RuleSet) -> None:
    page = (
        "<h1>Signal crews strike</h1><p>About 800 members of the Signal Crews Union walked "
        "out at Kessel Rail on Tuesday in a row over rotas.</p><p>Separately, members of the "
        "Signal Crews Union on the city's trams downed tools, in a row with Kessel Tramways "
        "over pensions.</p>"
    )
    label, rationale = _strike(
        "About 800 Signal Crews Union members walked out at Kessel Rail on Tuesday",
        page,
        ruleset,
    )
    assert label == "supported", rationale


# An employer's lockout told as a noun, whose locked-out workers the page gives by the
# union they belong to.
NOUN_LOCKOUT = """<h1>Cold store shut</h1>
<p>In May 2031 Tarvik Foods imposed a partial lockout of about 200 packers at its Orne
depot who are members of the Cold Store Guild, after an overtime ban.</p>"""


def test_a_lockout_told_as_a_noun_bears_out_the_same_lockout(ruleset: RuleSet) -> None:
    label, rationale = _strike(
        "In May 2031 Tarvik Foods locked out about 200 members of the Cold Store Guild",
        NOUN_LOCKOUT,
        ruleset,
    )
    assert label == "supported", rationale


def test_a_lockout_told_as_a_noun_goes_against_another_union_s(ruleset: RuleSet) -> None:
    label, rationale = _strike(
        "In May 2031 Tarvik Foods locked out about 200 members of the Freight Handlers Union",
        NOUN_LOCKOUT,
        ruleset,
    )
    assert label == "contradicted", rationale


def test_a_lockout_only_warned_of_tells_none(ruleset: RuleSet) -> None:
    page = (
        "<h1>Cold store talks</h1><p>In May 2031 the Cold Store Guild warned of a lockout "
        "of its members at Tarvik Foods.</p>"
    )
    label, rationale = _strike(
        "In May 2031 Tarvik Foods locked out about 200 members of the Freight Handlers Union",
        page,
        ruleset,
    )
    assert label == "unverified", rationale


# A page that names the workers a lockout left alone.
SPARED = """<h1>Packers locked out</h1>
<p>In May 2031 Tarvik Foods locked out 200 packers at its Orne depot. Forklift drivers
were not covered by the lockout and kept working.</p>"""


def test_workers_the_lockout_left_alone_were_not_locked_out(ruleset: RuleSet) -> None:
    label, rationale = _strike(
        "In May 2031 Tarvik Foods locked out its forklift drivers at the Orne depot",
        SPARED,
        ruleset,
    )
    assert label == "contradicted", rationale


def test_the_workers_locked_out_beside_those_left_alone(ruleset: RuleSet) -> None:
    label, rationale = _strike(
        "In May 2031 Tarvik Foods locked out 200 packers at its Orne depot", SPARED, ruleset
    )
    assert label == "supported", rationale
