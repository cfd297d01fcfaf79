"""Who stages, launches or begins a strike is a workers' body by that role, whatever the
alphabet of its one-word name ("Solidarność", "Kestrel"); a month in a clause after the
strike that opens on "after" or "before" dates another event (the ballot), not the
strike; and "the X union voted" names a union. Drafts and pages written for these
tests."""

from __future__ import annotations

import pytest
from judging import run, verdict

from factcheck.claims.extract import extract_claims
from factcheck.reading import parse_article
from factcheck.rulepacks.ruleset import RuleSet

URL = "http://labour.test/warning-strike"


def _strikes(text: str, ruleset: RuleSet) -> list[dict[str, object]]:
    article = parse_article(f"# Labour\n\n{text}\n", "d.md", "markdown")
    return [dict(c.fields) for c in extract_claims(article, ruleset) if c.type == "strike"]


@pytest.mark.parametrize(
    ("text", "body", "employer"),
    [
        (
            "In April, Jedność staged a one-hour warning strike at Orvo Stores.",
            "Jedność",
            "Orvo Stores",
        ),
        (
            "Last week, Kestrel launched a three-day strike against Orvane Steel.",
            "Kestrel",
            "Orvane Steel",
        ),
        ("On Monday, Sváz began an open-ended strike at the Tarn glassworks.", "Sváz", None),
    ],
)
def test_who_stages_a_strike_is_a_workers_body(
    text: str, body: str, employer: str | None, ruleset: RuleSet
) -> None:
    (found,) = _strikes(text, ruleset)
    assert found["strikers"] == [body]
    if employer:
        assert found["against"] == [employer]


@pytest.mark.parametrize(
    "text",
    [
        "On Monday, Orla Foods held a strike ballot for its drivers.",
        "Later, Mara Quist staged a one-day strike at the mill.",
    ],
)
def test_a_company_or_a_person_stages_no_strike(text: str, ruleset: RuleSet) -> None:
    assert all(f["strikers"] not in (["Orla Foods"], ["Quist"]) for f in _strikes(text, ruleset))


@pytest.mark.parametrize(
    ("text", "month"),
    [
        (
            "Cashiers at Orvo Stores held a two-hour strike on Friday, after members voted "
            "in a March ballot to escalate the dispute.",
            None,
        ),
        (
            "Porters at Tessel Infirmary walked out in June, weeks before the board met again "
            "in September.",
            6,
        ),
        # "after" with no comma before it dates another event too.
        (
            "The stoppage at Orvo Stores was called by the Till Staff Guild, whose members "
            "backed it after the chain froze pay in February.",
            None,
        ),
        (
            "Drivers at Kell Freight struck in October before the depot closed in December.",
            10,
        ),
    ],
)
def test_a_month_of_another_event_is_not_the_strikes(
    text: str, month: int | None, ruleset: RuleSet
) -> None:
    (found,) = _strikes(text, ruleset)
    assert found.get("month") == month


@pytest.mark.parametrize(
    ("text", "year"),
    [
        # A year after "since" is the last time before the strike, not its year.
        ("Porters at Tessel Infirmary began their first strike since 2009 on Monday.", None),
        ("In 2021 the Till Staff Guild struck Orvo Stores, the first walkout since 1994.", 2021),
        ("Drivers at Kell Freight walked out in 2018.", 2018),
        # Told after the year, the strike is that year's.
        ("It was the first stoppage since 2011, when porters struck Tessel Infirmary.", 2011),
    ],
)
def test_a_year_after_since_is_not_the_strikes(
    text: str, year: int | None, ruleset: RuleSet
) -> None:
    found = _strikes(text, ruleset)
    assert found and all(f.get("year") == year for f in found), found


def test_a_union_named_by_its_voting_members_backs_its_strike(ruleset: RuleSet) -> None:
    claim = "In April, Jedność staged a one-hour warning strike at Orvo Stores."
    page = (
        "<html><head><title>Warning strike</title></head><body><h1>Warning strike</h1>"
        "<p>Staff at the grocery chain Orvo Stores held a one-hour warning strike on "
        "Tuesday, after members of the Jedność union voted in a March ballot.</p>"
        "</body></html>"
    )
    draft = f"# Retail\n\n{claim} ([report]({URL}))\n"
    found = verdict(run(draft, {URL: page}, ruleset, wrap=False), "strike")
    assert found.verdict.label == "supported"


@pytest.mark.parametrize(
    ("text", "strikers"),
    [
        (
            "The Tarn Retail Union has also backed the walkout at Orvo Stores.",
            ["Tarn Retail Union"],
        ),
        ("UGTK formally endorsed the stoppage, its officials said.", ["UGTK"]),
    ],
)
def test_a_union_backing_a_strike_strikes(text: str, strikers: list[str], ruleset: RuleSet) -> None:
    assert [f["strikers"] for f in _strikes(text, ruleset)] == [strikers]


@pytest.mark.parametrize(
    "text",
    [
        "Midwives at the clinic backed the porters' walkout, the hospital said.",
        "Most commuters supported the stoppage, according to a survey.",
    ],
)
def test_others_backing_a_strike_do_not_strike(text: str, ruleset: RuleSet) -> None:
    named = [" ".join(map(str, f["strikers"])) for f in _strikes(text, ruleset)]  # type: ignore[call-overload]
    assert not [n for n in named if "Midwives" in n or "commuters" in n]


def test_a_union_said_to_back_a_strike_it_stayed_out_of(ruleset: RuleSet) -> None:
    claim = "The Tarn Retail Union also backed the stoppage at Orvo Stores."
    page = (
        "<html><head><title>Holiday strike</title></head><body><h1>Holiday strike</h1>"
        "<p>Cashiers at Orvo Stores stopped work on Sunday in a strike called by the "
        "Kessel Shop Guild.</p><p>The Tarn Retail Union did not back the stoppage, having "
        "signed its own deal with the chain.</p></body></html>"
    )
    draft = f"# Retail\n\n{claim} ([report]({URL}))\n"
    found = verdict(run(draft, {URL: page}, ruleset, wrap=False), "strike")
    assert found.verdict.label == "contradicted"
