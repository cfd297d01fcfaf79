"""Strikes and lockouts told by verbs of keeping from work and by the stoppage's noun:
an employer that shuts out, keeps out or bars a counted group of a union's members with
no workplace named; a union that keeps or holds its members off the job or out on
strike; an employer hit by a strike "of" a counted group of a union's members; workers
calling in sick in a coordinated action; a union calling out workers "at" an employer;
whose members the workers are, said before a name of any form ("members of the KDU"),
makes that name their union, not one more employer. Sentences written for these tests."""

from __future__ import annotations

import pytest

from factcheck.claims.extract import extract_claims
from factcheck.reading import parse_article
from factcheck.rulepacks.ruleset import RuleSet


def _strikes(text: str, ruleset: RuleSet) -> list[dict[str, object]]:
    article = parse_article(f"# Labour\n\n{text}\n", "d.md", "markdown")
    return [dict(c.fields) for c in extract_claims(article, ruleset) if c.type == "strike"]


def _one(text: str, ruleset: RuleSet) -> dict[str, object]:
    found = _strikes(text, ruleset)
    assert found, text
    return found[0]


@pytest.mark.parametrize(
    ("text", "union", "employer"),
    [
        (
            "Last winter Corra Freight shut out about 510 drivers belonging to the Road Hauliers "
            "Guild after a dispute over rosters.",
            "Road Hauliers Guild",
            "Corra Freight",
        ),
        (
            "Belvane Glass kept out roughly 220 cutters who belonged to the Glassworkers "
            "Federation for nine weeks in 2030.",
            "Glassworkers Federation",
            "Belvane Glass",
        ),
        (
            "Tamsin Dairies barred 1,300 milkers represented by the Dairy Hands Union in June.",
            "Dairy Hands Union",
            "Tamsin Dairies",
        ),
    ],
)
def test_a_counted_union_s_members_shut_out(
    text: str, union: str, employer: str, ruleset: RuleSet
) -> None:
    fields = _one(text, ruleset)
    assert fields["strikers"] == [union]
    assert fields["against"] == [employer]
    assert fields.get("lockout") is True


@pytest.mark.parametrize(
    "text",
    [
        "During the dispute the Orla Miners Federation kept about 9,000 members off the job.",
        "The Vell Porters Union held 400 of its members out on strike for a fortnight.",
        "For two months the Kessel Teachers Guild kept its members away from work.",
    ],
)
def test_a_union_keeps_its_members_from_work(text: str, ruleset: RuleSet) -> None:
    fields = _one(text, ruleset)
    assert fields["strikers"] and "lockout" not in fields


def test_a_club_keeping_members_informed_is_no_strike(ruleset: RuleSet) -> None:
    assert not _strikes("The Orla Chess Club kept its members informed about fees.", ruleset)


@pytest.mark.parametrize(
    ("text", "union", "employer"),
    [
        (
            "Dunmore Potash was hit by a strike of about 1,900 Potash Crafts Union members.",
            "Potash Crafts Union",
            "Dunmore Potash",
        ),
        (
            "Larch Steel was hit by a two-week walkout of some 3,100 Smelters Guild "
            "members over pensions in 2028.",
            "Smelters Guild",
            "Larch Steel",
        ),
    ],
)
def test_hit_by_a_strike_of_members(text: str, union: str, employer: str, ruleset: RuleSet) -> None:
    fields = _one(text, ruleset)
    assert union in str(fields["strikers"])
    assert fields["against"] == [employer]


@pytest.mark.parametrize(
    "text",
    [
        "Bakers at Hollin Bread called in sick across the county in a coordinated action over "
        "night shifts.",
        "Porters at Tevan Clinic phoned in sick on Monday in a joint action against the rota.",
        "Guards at Orvo Rail reported sick in a planned action over staffing.",
    ],
)
def test_calling_in_sick_in_an_action(text: str, ruleset: RuleSet) -> None:
    fields = _one(text, ruleset)
    assert fields["strikers"] and fields["against"]


@pytest.mark.parametrize(
    ("text", "union", "employer"),
    [
        (
            "The Lantern Crews Union called the lighting riggers at the Orla Opera House out on "
            "a one-day strike.",
            "Lantern Crews Union",
            "Orla Opera House",
        ),
        (
            "The Tarn Busworkers Guild called 700 drivers at Kessel Coaches out on Friday.",
            "Tarn Busworkers Guild",
            "Kessel Coaches",
        ),
    ],
)
def test_called_out_at_an_employer(text: str, union: str, employer: str, ruleset: RuleSet) -> None:
    fields = _one(text, ruleset)
    assert fields["strikers"] == [union]
    assert fields["against"] == [employer]


@pytest.mark.parametrize(
    ("text", "union"),
    [
        ("About 90 Tellmark Energy riggers, members of the ORW, stopped work in May.", "ORW"),
        ("Some 300 Balder Mining haulers, members of KTU, walked off the job.", "KTU"),
        (
            "Roughly 60 Vosk Shipping deckhands represented by the SMA stopped work on Friday.",
            "SMA",
        ),
    ],
)
def test_whose_members_names_the_union(text: str, union: str, ruleset: RuleSet) -> None:
    fields = _one(text, ruleset)
    assert union in fields["strikers"]  # type: ignore[operator]
    assert union not in fields["against"]  # type: ignore[operator]
