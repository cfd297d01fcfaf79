"""Strike parties told by forms of their own: the union whose strike it was ("walked off
the job in a strike by X"); the employer whose site was walked off ("walked off X's
site", "walked out of the X plant"); an employer's name holding a short form of its own
is no other body's initials; workers said in an aside to be members of a union give the
strike to that union; a union's denial that it called the action goes against a claim
that it called it, not against one that its members struck. Sentences and pages written
for these tests."""

from __future__ import annotations

import pytest
from extracting import first_fields
from judging import run, verdict

from factcheck.rulepacks.ruleset import RuleSet


@pytest.mark.parametrize(
    ("sentence", "union", "employer"),
    [
        (
            "Fitters and riggers at Calder Yards walked off the job in a strike by the Orla "
            "Shipwrights Union, which had warned of cuts.",
            "Orla Shipwrights Union",
            "Calder Yards",
        ),
        (
            "Porters at Brenn Infirmary walked out on Monday in a one-day stoppage by the "
            "Kessel Porters Guild.",
            "Kessel Porters Guild",
            "Brenn Infirmary",
        ),
        (
            "Cooks at Tallis Hotels downed tools during a walkout by the Tarn Hospitality Union.",
            "Tarn Hospitality Union",
            "Tallis Hotels",
        ),
    ],
)
def test_a_strike_by_a_union_is_the_union_s(
    sentence: str, union: str, employer: str, ruleset: RuleSet
) -> None:
    fields = first_fields(sentence, "strike", ruleset)
    assert list(fields["strikers"]) == [union]
    assert employer in fields["against"]


def test_a_strike_by_a_trade_names_no_union(ruleset: RuleSet) -> None:
    fields = first_fields(
        "Nurses at Orla Clinic went on strike in a walkout by nurses across the region.",
        "strike",
        ruleset,
    )
    assert list(fields["strikers"]) == ["Nurses"]


@pytest.mark.parametrize(
    ("sentence", "employer"),
    [
        ("Glaziers walked off Brennick Build's riverside site over safety.", "Brennick Build"),
        ("Some 150 riggers walked out of the Tessel Yards plant on Monday.", "Tessel Yards"),
        (
            "Scaffolders belonging to the Tarn Builders Union had walked off Halvern "
            "Scaffolding's city job over edge protection.",
            "Halvern Scaffolding",
        ),
    ],
)
def test_the_site_walked_off_names_the_employer(
    sentence: str, employer: str, ruleset: RuleSet
) -> None:
    assert employer in first_fields(sentence, "strike", ruleset)["against"]


@pytest.mark.parametrize(
    ("sentence", "employer"),
    [
        (
            "Members of the Tarn Public Sector Union walked off the job against Correctional "
            "Services NSW.",
            "Correctional Services NSW",
        ),
        (
            "Drivers struck against Transit Services WA on Monday.",
            "Transit Services WA",
        ),
        (
            "Clerks of the Orla Clerks Guild walked out against Court Services NT in May.",
            "Court Services NT",
        ),
    ],
)
def test_a_name_with_its_own_short_form_is_no_other_body(
    sentence: str, employer: str, ruleset: RuleSet
) -> None:
    assert list(first_fields(sentence, "strike", ruleset)["against"]) == [employer]


URL = "http://jails.test/strike"
PAGE = (
    "<h1>Prison officers walk off the job at Harlow Gaol</h1>\n<p>About 300 officers at "
    "Harlow Gaol walked off the job on Tuesday against Tarnland Corrective Services over "
    "staffing.</p>\n<p>The officers are members of the Prison Officers Guild of Tarnland.</p>"
)


@pytest.mark.parametrize(
    "aside",
    [
        "members of the Tarnland Public Employees Union",
        "all members of the Tarnland Public Employees Union",
        "who are members of the Tarnland Public Employees Union",
    ],
)
def test_workers_members_of_another_union_go_against_the_claim(
    aside: str, ruleset: RuleSet
) -> None:
    draft = (
        f"# Prisons\n\nThe officers, {aside}, walked off the job against Tarnland Corrective "
        f"Services on Tuesday ([report]({URL})).\n"
    )
    assert verdict(run(draft, {URL: PAGE}, ruleset), "strike").verdict.label == "contradicted"


def test_workers_members_of_the_page_s_union_are_borne_out(ruleset: RuleSet) -> None:
    draft = (
        "# Prisons\n\nThe officers, members of the Prison Officers Guild of Tarnland, walked "
        f"off the job against Tarnland Corrective Services on Tuesday ([report]({URL})).\n"
    )
    assert verdict(run(draft, {URL: PAGE}, ruleset), "strike").verdict.label == "supported"


CALL_URL = "http://calls.test/sickout"


def _call_page(sentence: str) -> str:
    return (
        "<h1>Call agents stage sick-out at Verra Connect</h1>\n<p>About 400 agents at Verra "
        "Connect's Dunmore centre called in sick on Monday over shift patterns.</p>\n"
        f"<p>{sentence}</p>"
    )


@pytest.mark.parametrize(
    "sentence",
    [
        "The Dunmore Call Workers Union said it had not called the action.",
        "The Dunmore Call Workers Union did not organise the sick-out, a spokesman said.",
        "The Dunmore Call Workers Union was not behind the protest, its secretary said.",
    ],
)
def test_a_denied_call_goes_against_a_claimed_call(sentence: str, ruleset: RuleSet) -> None:
    draft = (
        "# Sick-out\n\nThe Dunmore Call Workers Union, which called the sick-out, wants talks "
        f"([report]({CALL_URL})).\n"
    )
    got = verdict(run(draft, {CALL_URL: _call_page(sentence)}, ruleset), "strike")
    assert got.verdict.label == "contradicted"


def test_a_denied_call_is_no_denial_that_members_struck(ruleset: RuleSet) -> None:
    draft = (
        "# Sick-out\n\nAgents, members of the Dunmore Call Workers Union, walked out at Verra "
        f"Connect on Monday ([report]({CALL_URL})).\n"
    )
    page = _call_page("The Dunmore Call Workers Union said it had not called the action.")
    got = verdict(run(draft, {CALL_URL: page}, ruleset), "strike")
    assert got.verdict.label != "contradicted"
