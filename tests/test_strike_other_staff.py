"""Workers of one employer told apart from another's: a denial after a long relative
aside ("Riders for Zippa, who in Spain are ..., did not join"); a trade capitalised
as a sentence's first word before "for" or "of" and its employer; one trade however
capitalised or whatever word for a workforce ends it ("salaried riders" among a page's
"Riders", "warehouse staff" a page's "warehouse workers"); "its riders kept working"
said of another platform; riders of a platform that "also logged off"; and a plural
possessive before a site ("Orla Foods' Kesswick depot"). Drafts and pages written for
these tests."""

from __future__ import annotations

import pytest
from judging import run, verdict

from factcheck.claims.extract import extract_claims
from factcheck.reading import parse_article
from factcheck.rulepacks.ruleset import RuleSet

URL = "http://labour.test/stoppage"


def _strikes(text: str, ruleset: RuleSet) -> list[dict[str, object]]:
    article = parse_article(f"# Labour\n\n{text}\n", "d.md", "markdown")
    return [dict(c.fields) for c in extract_claims(article, ruleset) if c.type == "strike"]


@pytest.mark.parametrize(
    ("text", "who", "employer"),
    [
        (
            "Riders for Zippa, who in Portugal are employees on a collective contract that "
            "covers the whole of the logistics trade, did not join the walkout.",
            "Riders",
            "Zippa",
        ),
        (
            "Pilots of Orrin Air, whose contract was settled last spring after eleven rounds "
            "of talks at the labour ministry in the capital, did not take part in the walkout.",
            "Pilots",
            "Orrin Air",
        ),
    ],
)
def test_a_denial_after_a_long_relative_aside(
    text: str, who: str, employer: str, ruleset: RuleSet
) -> None:
    (found,) = _strikes(text, ruleset)
    assert found["strikers"] == [who]
    assert found["against"] == [employer]
    assert found["denied"] is True


def test_a_plural_possessive_before_a_site_names_the_employer(ruleset: RuleSet) -> None:
    (found,) = _strikes(
        "Some 80 packers at Orla Foods' Kesswick depot walked out on Friday.", ruleset
    )
    assert "Orla Foods" in list(found["against"])  # type: ignore[call-overload]


def _label(claim: str, page: str, ruleset: RuleSet) -> str:
    html = f"<html><head><title>Stoppage</title></head><body><h1>Stoppage</h1>{page}</body></html>"
    draft = f"# Dispute\n\n{claim} ([report]({URL}))\n"
    return verdict(run(draft, {URL: html}, ruleset, wrap=False), "strike").verdict.label


@pytest.mark.parametrize(
    ("claim", "page"),
    [
        (
            "Zippa Go's salaried riders joined the strike in solidarity.",
            "<p>Riders working through Pelo switched off the app on Friday in a strike.</p>"
            "<p>Riders for Zippa Go, who in Portugal are employees on a collective contract "
            "that covers the whole of the logistics trade, did not join the walkout.</p>",
        ),
        (
            "Night porters at Tessel Infirmary joined the walkout on Monday.",
            "<p>Cleaners at Tessel Infirmary walked out on Monday.</p>"
            "<p>Porters at Tessel Infirmary did not join the walkout.</p>",
        ),
    ],
)
def test_a_trade_denied_whole_denies_its_part(claim: str, page: str, ruleset: RuleSet) -> None:
    assert _label(claim, page, ruleset) == "contradicted"


def test_a_part_denied_leaves_the_whole_standing(ruleset: RuleSet) -> None:
    claim = "Drivers at Orla Foods walked out on Monday."
    page = (
        "<p>Drivers at Orla Foods began a strike on Monday over rosters.</p>"
        "<p>Agency drivers at Orla Foods did not join the walkout.</p>"
    )
    assert _label(claim, page, ruleset) != "contradicted"


@pytest.mark.parametrize(
    ("claim", "page"),
    [
        (
            "Warehouse staff at Orla Foods walked out on Monday.",
            "<p>About 90 warehouse workers at Orla Foods began a strike on Monday.</p>",
        ),
        (
            "Kitchen employees at the Brannock Hotel went on strike in May.",
            "<p>Kitchen staff at the Brannock Hotel staged a strike in May over rotas.</p>",
        ),
    ],
)
def test_one_trade_whatever_word_ends_it(claim: str, page: str, ruleset: RuleSet) -> None:
    assert _label(claim, page, ruleset) == "supported"


def test_another_platforms_riders_at_work_deny_nothing(ruleset: RuleSet) -> None:
    claim = "In a stoppage against both platforms, riders switched off the Pelo and Vanta apps."
    page = (
        "<p>Riders switched off the Pelo and Vanta apps on Friday, in a stoppage against "
        "both of the platforms over fees.</p>"
        "<p>Dashly stayed out of the dispute, and its riders kept working.</p>"
    )
    assert _label(claim, page, ruleset) == "supported"


def test_riders_of_a_platform_left_out_did_not_log_off(ruleset: RuleSet) -> None:
    claim = "Dashly Go riders also logged off in Harwick, organisers said of the stoppage."
    page = (
        "<p>Riders switched off the Pelo app on Friday in a stoppage against the platform.</p>"
        "<p>Dashly Go was not involved in the stoppage, and its riders kept working.</p>"
    )
    assert _label(claim, page, ruleset) == "contradicted"
