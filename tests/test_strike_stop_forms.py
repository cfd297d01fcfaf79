"""Strikes told by the forms a stoppage takes in any story, whatever its verb: a body
that takes its workers out or off a workplace (pulled, brought, took, ordered), named by a
count, a list or their employers' names; a body that calls on workers to stop; workers
pulled off the job, in the passive; a stoppage aimed at an employer, with or without who
staged it; workers who stay away from where they work, or switch off the app they work
through, in a dispute; plural stoppages begun with no article before them. Drafts and
pages written for these tests."""

from __future__ import annotations

import pytest
from judging import run, verdict

from factcheck.claims.extract import extract_claims
from factcheck.reading import parse_article
from factcheck.rulepacks.ruleset import RuleSet

URL = "http://labour.test/story"


def _strikes(text: str, ruleset: RuleSet) -> list[dict[str, object]]:
    article = parse_article(f"# Labour\n\n{text}\n", "d.md", "markdown")
    return [dict(c.fields) for c in extract_claims(article, ruleset) if c.type == "strike"]


@pytest.mark.parametrize(
    ("text", "body", "employer"),
    [
        (
            "The Harbour Pilots Guild pulled some 900 pilots off the tugs in March.",
            "Harbour Pilots Guild",
            None,
        ),
        (
            "The Orchard Hands Union pulled 3,000 pickers off farms across the valley.",
            "Orchard Hands Union",
            None,
        ),
        (
            "The Tarn Transit Federation brought around 6,000 Orla Rail and Kessel Buses drivers "
            "out over a pay freeze.",
            "Tarn Transit Federation",
            None,
        ),
        (
            "The Lab Workers Guild pulled porters, cleaners and cooks out of the four hospitals "
            "of Halden.",
            "Lab Workers Guild",
            None,
        ),
        (
            "The Ferry Crews Union took its stewards out of Brisa Lines for two days.",
            "Ferry Crews Union",
            "Brisa Lines",
        ),
        (
            "The Kiln Guild ordered its 700 members out at Varga Ceramics.",
            "Kiln Guild",
            "Varga Ceramics",
        ),
        (
            "In May the Sindicato de Estibadores sent 1,200 dockers off the quays at Puerto Alba.",
            "Sindicato de Estibadores",
            "Puerto Alba",
        ),
        (
            "The Tarn Nurses Federation called on staff at Orvane Health to strike for 48 hours.",
            "Tarn Nurses Federation",
            "Orvane Health",
        ),
        (
            "The Quay Riggers Guild urged its 400 members at Harlow Docks to walk out on Monday.",
            "Quay Riggers Guild",
            "Harlow Docks",
        ),
        (
            "Some 4,000 drivers were pulled off the job by the Haulage Crews Union on Monday.",
            "Haulage Crews Union",
            None,
        ),
    ],
)
def test_a_body_that_takes_its_workers_out_called_the_strike(
    text: str, body: str, employer: str | None, ruleset: RuleSet
) -> None:
    found = _strikes(text, ruleset)
    assert found, text
    assert list(found[0]["strikers"]) == [body], found  # type: ignore[call-overload]
    assert found[0]["called"] is True
    if employer is not None:
        assert employer in found[0]["against"], found  # type: ignore[operator]


@pytest.mark.parametrize(
    ("text", "body"),
    [
        ("Then, in March, the Kessel Bund pulled its nurses off the wards.", "Kessel Bund"),
        (
            "The Sindicato Portuario brought 900 crane drivers out at Puerto Alba.",
            "Sindicato Portuario",
        ),
    ],
)
def test_a_body_named_after_the_that_brings_workers_out(
    text: str, body: str, ruleset: RuleSet
) -> None:
    # A person takes no article: "the" and a name that takes workers out is a body's.
    found = _strikes(text, ruleset)
    assert found and list(found[0]["strikers"]) == [body], found  # type: ignore[call-overload]


@pytest.mark.parametrize(
    ("text", "employer"),
    [
        (
            "The Dock Guild struck in May. The stoppage was aimed at Orrin Parcel, which runs "
            "the depots.",
            "Orrin Parcel",
        ),
        (
            "The Dock Guild struck in May. The walkout targeted Kessel Foods and its two bakeries.",
            "Kessel Foods",
        ),
        (
            "The Dock Guild struck in May. The two-day stoppage, aimed at Brannock Rail, shut "
            "the line.",
            "Brannock Rail",
        ),
        (
            "The Dock Guild struck in May. It was a sick-out directed at Brisa Lines, not its "
            "parent.",
            "Brisa Lines",
        ),
    ],
)
def test_a_stoppage_aimed_at_an_employer(text: str, employer: str, ruleset: RuleSet) -> None:
    found = _strikes(text, ruleset)
    aimed = [f for f in found if employer in f["against"]]  # type: ignore[operator]
    assert aimed, found
    # Who staged it is the union the story named before.
    assert list(aimed[0]["strikers"]) == ["Dock Guild"], aimed  # type: ignore[call-overload]


@pytest.mark.parametrize(
    ("text", "strikers", "employer"),
    [
        (
            "Seasonal pickers in Arvale stayed off the orchards for six weeks, squaring off "
            "against the growers' association, Orchard Tarn.",
            "Seasonal pickers",
            "Orchard Tarn",
        ),
        ("Dockers stayed away from the quays for three days in a pay dispute.", "Dockers", None),
        (
            "Night porters kept off the wards at Tessel Infirmary in protest at rotas.",
            "porters",
            "Tessel Infirmary",
        ),
        (
            "Couriers logged off their apps for five hours in protest against Zippa.",
            "Couriers",
            "Zippa",
        ),
        (
            "Thousands of drivers organised by the Carro Riders Collective logged out of their "
            "accounts and protested against Carro.",
            "Carro Riders Collective",
            "Carro",
        ),
        (
            "Riders turned off the Zippa app for an evening in a log-off over fees.",
            "Riders",
            "Zippa",
        ),
        (
            "Pastry cooks represented by the Kessel Bakers Guild staged rolling stoppages against "
            "some 40 bakeries.",
            "Kessel Bakers Guild",
            None,
        ),
        ("Porters held one-day strikes at Tessel Infirmary in May.", "Porters", "Tessel Infirmary"),
        (
            "Riders switched off their apps on Friday for a log-off organised by the "
            "Couriers Guild.",
            "Couriers Guild",
            None,
        ),
    ],
)
def test_workers_who_stay_away_or_switch_off(
    text: str, strikers: str, employer: str | None, ruleset: RuleSet
) -> None:
    found = _strikes(text, ruleset)
    assert any(strikers in f["strikers"] for f in found), found  # type: ignore[operator]
    if employer is not None:
        assert any(employer in f["against"] for f in found), found  # type: ignore[operator]


@pytest.mark.parametrize(
    "text",
    [
        "The coach took the players off the pitch at half-time.",
        "Shoppers stayed away from the stores during the heatwave.",
        "Seasonal pickers stayed off the orchards during the frost.",
        "Parents pulled their children out of the schools.",
        "The firm took 200 staff off the payroll in March.",
        "Drivers switched off their phones during the briefing.",
        "The campaign was aimed at first-time buyers.",
        "The army launched air strikes against rebel positions.",
        "Netflix pulled its writers off the show after the scandal.",
        "The High Court called the strike unlawful.",
        "The Daily Herald called the walkout a disgrace.",
        "The orchestra brought its musicians out for an encore.",
    ],
)
def test_the_same_verbs_outside_a_dispute_make_no_strike(text: str, ruleset: RuleSet) -> None:
    assert _strikes(text, ruleset) == []


PAGE = (
    "<p>In May 2031 the Orchard Hands Union called a strike of about 3,000 pickers against "
    "Varga Estates. The Tarn Growers Guild, which represents packhouse staff, played no part "
    "in the dispute.</p>"
)


@pytest.mark.parametrize(
    ("body", "label"),
    [("Orchard Hands Union", "supported"), ("Tarn Growers Guild", "contradicted")],
)
def test_a_page_naming_who_took_the_workers_out(body: str, label: str, ruleset: RuleSet) -> None:
    draft = (
        f"# Orchards\n\nIn May 2031 the {body} pulled some 3,000 pickers off the orchards at "
        f"Varga Estates ([report]({URL})).\n"
    )
    found = verdict(run(draft, {URL: PAGE}, ruleset), "strike")
    assert found.verdict.label == label, found.verdict.rationale


@pytest.mark.parametrize(
    ("text", "caller"),
    [
        (
            "Drivers logged off their apps on Friday night in a log-off organised by the Fare "
            "Riders Alliance, a chat group with no office.",
            "Fare Riders Alliance",
        ),
        (
            "Lift engineers stayed away from the sites for a week in a walk-off led by the "
            "Tower Trades Network.",
            "Tower Trades Network",
        ),
    ],
)
def test_a_stoppage_called_by_the_named_body_is_its_strike(
    text: str, caller: str, ruleset: RuleSet
) -> None:
    # The workers' stoppage and the one the body called are one strike, the body's.
    found = _strikes(text, ruleset)
    assert found and all(list(f["strikers"]) == [caller] for f in found), found  # type: ignore[call-overload]


def test_backing_a_walkout_is_not_calling_it(ruleset: RuleSet) -> None:
    found = _strikes("Porters walked out on Monday, backed by the Green Party.", ruleset)
    assert found and all("Green Party" not in f["strikers"] for f in found), found  # type: ignore[operator]


DENIAL_PAGE = (
    "<p>On 3 March 2031 couriers for Zippa switched off the app for five hours. The couriers, "
    "who are self-employed and cannot legally strike in the ordinary sense, instead logged "
    "off together at six o'clock.</p>"
)


def test_a_stoppage_by_another_means_is_no_denial(ruleset: RuleSet) -> None:
    draft = (
        "# Couriers\n\nOn 3 March 2031 couriers logged off their apps for five hours in "
        f"protest against Zippa ([report]({URL})).\n"
    )
    found = verdict(run(draft, {URL: DENIAL_PAGE}, ruleset), "strike")
    assert found.verdict.label != "contradicted", found.verdict.rationale


@pytest.mark.parametrize(
    ("text", "strikers", "employer"),
    [
        (
            "Some 300 signal fitters embarked on a three-day stoppage against Orne Rail.",
            "signal fitters",
            "Orne Rail",
        ),
        (
            "Members of the Kessel Fitters Guild embarked on an unofficial strike at two Varn"
            " Power stations.",
            "Kessel Fitters Guild",
            "Varn Power",
        ),
        (
            "On Friday the lift engineers at Corran Towers embarked on rolling walkouts.",
            "lift engineers",
            "Corran Towers",
        ),
    ],
)
def test_embarking_on_a_stoppage_is_striking(
    text: str, strikers: str, employer: str, ruleset: RuleSet
) -> None:
    found = _strikes(text, ruleset)
    assert found and strikers in found[0]["strikers"], found  # type: ignore[operator]
    assert employer in found[0]["against"], found  # type: ignore[operator]
