"""How a page says a party kept out of a strike: "is not involved" said bare, "was not
part of the action", "lifted its strike notice", and a body's own workers' union told
after a semicolon ("X ran normally; its workers' union was not part of the action");
and what is no such word ("not involved in the talks"). Names are invented for these
tests."""

from __future__ import annotations

import pytest

from factcheck.evidence.strike_places import spared
from factcheck.evidence.strike_unhappened import not_happened
from factcheck.evidence.strikes import denies, stayed_at_work
from factcheck.rulepacks.ruleset import RuleSet


def _negation(ruleset: RuleSet) -> frozenset[str]:
    return frozenset(ruleset.knowledge.words("negation"))


@pytest.mark.parametrize(
    "text",
    [
        "The smaller signallers' union KSU, which speaks for a third of staff, is not involved.",
        "KSU was not involved in the stoppage, a spokeswoman said.",
        "The KSU, whose deal runs to 2031, was not part of the action.",
        "Officials said KSU had not been part of Tuesday's action.",
    ],
)
def test_a_party_kept_out_of_the_strike_is_denied(ruleset: RuleSet, text: str) -> None:
    assert denies(text, "KSU", set(_negation(ruleset)))


@pytest.mark.parametrize(
    "text",
    [
        "KSU was not involved in the talks with the ministry.",
        "KSU is not involved with the ballot count.",
        "KSU was not part of the committee that drafted the offer.",
    ],
)
def test_other_things_kept_out_of_are_no_denial(ruleset: RuleSet, text: str) -> None:
    assert not denies(text, "KSU", set(_negation(ruleset)))


@pytest.mark.parametrize(
    "text",
    [
        "Ferries run by Valdane Lines sailed as usual; its employees' union, which signed a "
        "deal in May, was not part of the action.",
        "Valdane Lines, the other operator, kept sailing; its staff were not involved.",
        "Valdane Lines said its workers would not join the walkout.",
        # The workforce named first, then whose it is.
        "Staff employed directly by the big ferry firms, among them Valdane Lines, who have "
        "a contract of their own, were not involved in the stoppage.",
        "Employees of Valdane Lines kept working throughout the dispute.",
        "Workers hired by Valdane Lines are not being called out on those dates.",
    ],
)
def test_an_employer_s_own_workforce_kept_out(ruleset: RuleSet, text: str) -> None:
    assert stayed_at_work(text, "Valdane Lines", _negation(ruleset))


@pytest.mark.parametrize(
    "text",
    [
        # The workforce struck: a denial after it is of someone else.
        "Workers at Orla Ferries and Valdane Lines walked out, though managers were not "
        "involved in the talks.",
        "Staff of Valdane Lines were called out to the harbour by the coastguard.",
    ],
)
def test_a_workforce_named_first_that_struck_is_not_kept_out(ruleset: RuleSet, text: str) -> None:
    assert not stayed_at_work(text, "Valdane Lines", _negation(ruleset))


def test_a_semicolon_before_another_body_s_staff_is_not_the_employer_s(
    ruleset: RuleSet,
) -> None:
    text = "Valdane Lines cancelled sailings; the pilots' union said nobody would join the walkout."
    assert not stayed_at_work(text, "Valdane Lines", _negation(ruleset))


@pytest.mark.parametrize(
    "text",
    [
        "The KSU, the larger of the two unions, lifted its own strike notice on Friday.",
        "After the offer the guild withdrew its walkout call for the weekend.",
        "The porters' union has rescinded the stoppage notices it served in May.",
    ],
)
def test_a_notice_lifted_is_a_strike_that_did_not_happen(text: str) -> None:
    assert not_happened(text)


@pytest.mark.parametrize(
    "text",
    [
        "The court lifted the strike ban on Friday.",
        "The union lifted the overtime ban after the strike.",
    ],
)
def test_other_things_lifted_are_no_strike_called_off(text: str) -> None:
    assert not_happened(text) is None


@pytest.mark.parametrize(
    ("text", "spares"),
    [
        ("In Tarnby, the firm's second depot, loaders held a rally but kept working.", True),
        ("At the Tarnby plant, fitters stayed at work all week.", True),
        ("In Tarnby, fitters walked out while the loaders kept working.", False),
        ("Loaders in Brisk Vale kept working.", False),
    ],
)
def test_a_place_told_first_then_its_workers_kept_working(text: str, spares: bool) -> None:
    assert bool(spared(text, "Tarnby")) is spares
