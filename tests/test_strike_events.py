"""Whether a strike happened, and whose it was: a strike named as a noun phrase ("the
2017 Marlow Cement strike") is a claim; a page saying the strike was averted, called off
before it began or was a lockout goes against it; a numbered local is not another local
of the same union. Pages and sentences are written for these tests."""

from __future__ import annotations

from typing import Any

import pytest
from judging import cited, run

from factcheck.evidence.strike_unhappened import lockout, no_lockout, not_happened
from factcheck.evidence.strikes import other_branch, same_party
from factcheck.rulepacks.ruleset import RuleSet

URL = "http://labour.test/story"


def _strike(sentence: str, page: str, ruleset: RuleSet) -> tuple[str, dict[str, Any], str]:
    found = cited(sentence, URL, page, ruleset, "strike")
    return found.verdict.label, dict(found.claim.fields), found.verdict.rationale


# --- S1: a strike named by its year and a party, or by its strikers in the possessive

CEMENT = """<h1>Kiln crews strike at Marlow Cement</h1>
<p>In 2017 members of the Kiln Operatives Union struck Marlow Cement for five weeks,
idling its three works.</p>"""


def test_a_strike_named_by_year_and_employer_is_a_claim(ruleset: RuleSet) -> None:
    label, fields, _ = _strike(
        "The 2017 Marlow Cement strike that idled three works is still remembered", CEMENT, ruleset
    )
    assert fields["against"] == ["Marlow Cement"] and fields["year"] == 2017
    assert label == "supported"


def test_a_strike_named_by_another_year_is_another_strike(ruleset: RuleSet) -> None:
    label, fields, _ = _strike("The 2009 Marlow Cement strike lasted a month", CEMENT, ruleset)
    assert fields["year"] == 2009
    assert label == "unverified"


def test_a_union_named_in_the_strike_s_name_is_the_strikers(ruleset: RuleSet) -> None:
    _, fields, _ = _strike("The 2017 Kiln Operatives Union walkout cost millions", CEMENT, ruleset)
    assert fields["strikers"] == ["Kiln Operatives Union"] and fields["against"] == []


def test_a_strike_named_by_its_strikers(ruleset: RuleSet) -> None:
    page = "<p>Lock keepers on the Varrow Canal walked off the job in 2024.</p>"
    label, fields, _ = _strike("Last year's lock keepers' strike closed the canal", page, ruleset)
    assert fields["strikers"] == ["lock keepers"]
    assert label == "supported"


@pytest.mark.parametrize(
    "sentence",
    [
        "The 2017 Marlow Cement strike fund paid out $40,000",
        "The lock keepers' strike ballot closes on Friday",
        "See also the 2016–2017 Ostland dock strikes",
    ],
)
def test_no_strike_claim_in_other_noun_phrases(sentence: str, ruleset: RuleSet) -> None:
    draft = f"# Labour news\n\n{sentence}.\n"
    assert not [c for c in run(draft, {}, ruleset) if c.claim.type == "strike"]


# --- S2, S3: a strike that did not happen


@pytest.mark.parametrize(
    "page",
    [
        "<p>A walkout by porters at Sellick Infirmary was averted in May when the trust made"
        " a late offer.</p>",
        "<p>The Infirmary Porters Guild called off its planned strike at Sellick Infirmary"
        " in May.</p>",
        "<p>The Infirmary Porters Guild and Sellick Infirmary reached a tentative agreement"
        " in May, two hours before the strike deadline.</p>",
        # The paragraph names the parties; the sentence only says no strike took place.
        "<p>The Infirmary Porters Guild balloted its members at Sellick Infirmary in May."
        " In the end no strike took place.</p>",
    ],
)
def test_a_strike_that_did_not_happen_contradicts(page: str, ruleset: RuleSet) -> None:
    label, _, rationale = _strike(
        "Porters with the Infirmary Porters Guild walked out at Sellick Infirmary in May",
        page,
        ruleset,
    )
    assert label == "contradicted", rationale


@pytest.mark.parametrize(
    "page",
    [
        # Called off after it ran: it happened.
        "<p>The Infirmary Porters Guild called off the strike at Sellick Infirmary in May"
        " after six weeks.</p>",
        # An aim, not an outcome.
        "<p>Talks to avert a walkout at Sellick Infirmary failed, and the Infirmary Porters"
        " Guild struck Sellick Infirmary in May.</p>",
    ],
)
def test_a_strike_that_ended_or_was_not_averted_is_no_denial(page: str, ruleset: RuleSet) -> None:
    label, _, rationale = _strike(
        "Porters with the Infirmary Porters Guild walked out at Sellick Infirmary in May",
        page,
        ruleset,
    )
    assert label != "contradicted", rationale


@pytest.mark.parametrize(
    ("page", "label"),
    [
        # The story's union, named before; its strike was not carried out.
        (
            "<h1>Deadline pushed back at Tessaly Grain</h1><p>The Dockside Silo Union (SSD)"
            " agreed on Friday to delay its strike at Tessaly Grain again.</p>"
            "<p>The walkout, which had been fixed for 9 a.m. on 3 August, was not carried"
            " out.</p>",
            "contradicted",
        ),
        (
            "<h1>Grain talks end in a deal</h1><p>Tessaly Grain and the Dockside Silo Union"
            " signed a two-year deal on Thursday.</p><p>No strike was called while the"
            " talks went on.</p>",
            "contradicted",
        ),
        # The page tells a strike that did happen beside the one that did not: the
        # sentence naming nobody may be of either.
        (
            "<h1>Grain strike</h1><p>Drivers walked out at Tessaly Grain on 2 August, led by"
            " the Dockside Silo Union.</p><p>A second walkout, which had been fixed for"
            " 9 a.m. on 3 August, was not carried out.</p>",
            "supported",
        ),
    ],
)
def test_a_strike_the_story_says_did_not_happen(page: str, label: str, ruleset: RuleSet) -> None:
    found, _, rationale = _strike(
        "In August 2024 the Dockside Silo Union walked out at Tessaly Grain",
        page.replace("2 August", "2 August 2024"),
        ruleset,
    )
    assert found == label, rationale


def test_a_lockout_is_not_a_strike(ruleset: RuleSet) -> None:
    page = (
        "<p>Tessaly Grain locked out 400 silo workers in August. The union says its members"
        " never walked off the job.</p>"
    )
    label, _, rationale = _strike(
        "Silo workers at Tessaly Grain went on strike in August", page, ruleset
    )
    assert label == "contradicted"
    assert "lockout" in rationale or "no strike" in rationale


def test_a_lockout_after_the_strike_does_not_deny_it(ruleset: RuleSet) -> None:
    page = (
        "<p>Silo workers walked off the job at Tessaly Grain in August.</p>"
        "<p>Tessaly Grain then locked out the office staff.</p>"
    )
    label, _, _ = _strike("Silo workers at Tessaly Grain went on strike in August", page, ruleset)
    assert label == "supported"


@pytest.mark.parametrize(
    ("text", "said"),
    [
        ("The stoppage at Kell Mills had been headed off by a late deal.", True),
        ("The union shelved a threatened walkout.", True),
        ("The union called off the strike after 40 days.", False),
        ("Both sides hoped to avert a strike.", False),
        ("Members voted to strike in March.", False),
        # Not carried out, not held; none called.
        ("The walkout, which had been fixed for 9 a.m. on Friday, was not carried out.", True),
        ("The stoppage planned at the Orvo mills was never held.", True),
        ("No strike was called while the talks went on.", True),
        ("No walkouts have been staged at the depot since the deal.", True),
        ("The strike was not called by the guild but by its Leeds branch.", False),
        # Suspended or called off before it was due to begin; after it ran, it happened.
        ("The guild suspended its national strike, which was due to begin on Monday.", True),
        ("The union called off a stoppage set to start at dawn.", True),
        ("The union suspended the strike on its ninth day.", False),
    ],
)
def test_what_says_a_strike_did_not_happen(text: str, said: bool) -> None:
    assert (not_happened(text) is not None) == said


def test_a_lockout_is_told_by_its_words() -> None:
    assert lockout("The owners imposed a lockout on Monday.")
    assert not lockout("The drivers walked out on Monday.")


@pytest.mark.parametrize(
    ("text", "told"),
    [
        ("Kell Mills locked out 300 weavers after the ballot.", True),
        ("The lockout began at midnight.", True),
        # Only threatened or announced: it may never begin.
        ("On 3 May the owners issued notice of a two-day lockout for all crews.", False),
        ("Kell Mills threatened to lock out 300 weavers.", False),
        ("A lockout notice was served on the guild.", False),
        ("The lockout was to begin at midnight on Friday.", False),
    ],
)
def test_a_lockout_threatened_is_none(text: str, told: bool) -> None:
    assert lockout(text) == told


def test_a_lockout_of_workers_by_trade_is_not_theirs_elsewhere(ruleset: RuleSet) -> None:
    # "Workers" at one mill are not the workers a page's lockout at another shut out.
    page = "<p>Brisa Textiles locked out 700 workers at its Kell plant in March.</p>"
    label, _, rationale = _strike(
        "Workers at a dye house staged a go-slow in March against their employer, Osk Dyes",
        page,
        ruleset,
    )
    assert label == "unverified", rationale


def test_a_lockout_notice_does_not_deny_the_strike(ruleset: RuleSet) -> None:
    page = (
        "<p>On 2 May the Orla Shipowners' Federation issued notice of a two-day lockout"
        " for deck crews, to take effect a week later. Ministers ordered arbitration"
        " before it began.</p>"
    )
    label, _, rationale = _strike(
        "Members of the Deck Officers Guild struck against the Orla Shipowners' Federation",
        page,
        ruleset,
    )
    assert label != "contradicted" and "lockout" not in rationale, rationale


# --- S4: locals by number


def test_locals_by_number_are_different_parties() -> None:
    assert other_branch("Teamsters Local 120", "Teamsters Local 710")
    assert not same_party("Teamsters Local 120", "Teamsters Local 710")
    assert same_party("Teamsters Local 120", "Teamsters Local 120")
    assert not other_branch("Teamsters Local 120", "Glaziers Local 710")


def test_a_claim_keeps_the_local_s_number(ruleset: RuleSet) -> None:
    _, fields, _ = _strike(
        "The stoppage was called by Teamsters Local 455 against Harrow Haulage",
        "<p>Nothing here.</p>",
        ruleset,
    )
    assert fields["strikers"] == ["Teamsters Local 455"]


INFOBOX = """<table class="infobox"><tr><th>Parties</th>
<td><div>Boilermakers Lodge 92</div><div>Castell Shipyards</div></td></tr></table>
<p>Boilermakers struck Castell Shipyards in October.</p>"""


@pytest.mark.parametrize(("lodge", "label"), [("29", "contradicted"), ("92", "supported")])
def test_the_infobox_names_the_local(lodge: str, label: str, ruleset: RuleSet) -> None:
    found, _, rationale = _strike(
        f"The strike was called by Boilermakers Lodge {lodge} against Castell Shipyards",
        INFOBOX,
        ruleset,
    )
    assert found == label, rationale


def test_another_local_in_the_sentence_contradicts(ruleset: RuleSet) -> None:
    label, _, rationale = _strike(
        "Plasterers Local 14 went on strike against Dunholm Build",
        "<p>Members of Plasterers Local 41 went on strike against Dunholm Build on Friday.</p>",
        ruleset,
    )
    assert label == "contradicted"
    assert "Local 41" in rationale


# --- A strike planned or threatened: a plan, not an event

HELD_AT_VELL = (
    "<p>Porters at Vell Port walked out against Orla Freight on 4 May.</p>"
    "<ul><li>Crane drivers at Tessel Quay struck against Orla Freight in April.</li></ul>"
)


@pytest.mark.parametrize(
    "sentence",
    [
        "Porters at Vell Port are planning a second walkout against Orla Freight in June",
        "Crane drivers at Tessel Quay have threatened to strike again",
        "Orla Freight's porters are also weighing strike action over the new rotas",
    ],
)
def test_a_planned_strike_is_left_unverified(sentence: str, ruleset: RuleSet) -> None:
    label, fields, why = _strike(sentence, HELD_AT_VELL, ruleset)
    assert fields.get("planned") is True, fields
    assert label == "unverified", why


@pytest.mark.parametrize(
    "page",
    [
        "<p>Porters at Vell Port are planning a walkout against Orla Freight.</p>",
        "<ul><li>Vell Port porters: have threatened to strike against Orla Freight</li></ul>",
        "<p>Orla Freight said porters at Vell Port, who are weighing strike action, had not"
        " yet set a date.</p>",
    ],
)
def test_a_page_s_plan_bears_out_no_strike(page: str, ruleset: RuleSet) -> None:
    label, _, why = _strike(
        "Porters at Vell Port walked out against Orla Freight in May", page, ruleset
    )
    assert label != "supported", why


# A plan is borne out by a page telling the same plan: as one, or as a vote for the action.


@pytest.mark.parametrize(
    "page",
    [
        "<p>Porters at Vell Port have voted to walk out against Orla Freight in June.</p>",
        "<p>Porters at Vell Port are to strike against Orla Freight next month over rotas.</p>",
    ],
)
def test_a_page_s_plan_bears_out_the_planned_strike(page: str, ruleset: RuleSet) -> None:
    label, fields, why = _strike(
        "Porters at Vell Port are planning a walkout against Orla Freight in June", page, ruleset
    )
    assert fields.get("planned") is True, fields
    assert label == "supported", why


def test_a_page_s_vote_for_the_action_bears_out_the_planned_strike(ruleset: RuleSet) -> None:
    page = (
        "<p>Members of the Harl Dockers Union backed the stoppage at Orla Freight in a ballot"
        " that closed on Friday.</p>"
    )
    claim = "Members of the Harl Dockers Union at Orla Freight voted to strike in June"
    label, fields, why = _strike(claim, page, ruleset)
    assert fields.get("planned") is True, fields
    assert label == "supported", why
    # The same words with no vote tell a stoppage held, not the plan.
    held = "<p>Members of the Harl Dockers Union backed the stoppage at Orla Freight.</p>"
    assert _strike(claim, held, ruleset)[0] == "unverified"


@pytest.mark.parametrize(
    "page",
    [
        # Another employer's plan.
        "<p>Porters at Dunmere Dock have voted to walk out against Kesh Haulage.</p>",
        # A page denying a strike held, or a strike averted, says nothing of the plan.
        "<p>Porters at Vell Port did not walk out against Orla Freight in May.</p>",
        "<p>A walkout by porters at Vell Port was averted in May when Orla Freight made"
        " a late offer.</p>",
    ],
)
def test_a_plan_is_not_borne_out_or_refuted_by_other_words(page: str, ruleset: RuleSet) -> None:
    label, _, why = _strike(
        "Porters at Vell Port are planning a walkout against Orla Freight in June", page, ruleset
    )
    assert label == "unverified", why


@pytest.mark.parametrize(
    ("text", "said"),
    [
        ("The owners did not declare a lockout; the yard stayed open.", True),
        ("Management never locked the crews out.", True),
        ("There was no lockout at the plant.", True),
        ("It was a strike, not a lockout.", True),
        ("The firm did not rule out a lockout.", False),
        ("The firm locked out 300 loaders.", False),
    ],
)
def test_what_says_there_was_no_lockout(text: str, said: bool) -> None:
    assert (no_lockout(text) is not None) == said


NO_LOCKOUT = """<h1>2031 Brisa Foundry strike</h1>
<p>About 200 casters at Brisa Foundry struck for a week in May 2031. The firm never
imposed a lockout; the works stayed open to staff who kept working.</p>"""


def test_a_lockout_the_page_says_never_was(ruleset: RuleSet) -> None:
    label, _, rationale = _strike(
        "Brisa Foundry locked out its union casters for a week in May 2031",
        NO_LOCKOUT,
        ruleset,
    )
    assert label == "contradicted", rationale


def test_a_lockout_denied_in_another_year_says_nothing(ruleset: RuleSet) -> None:
    page = NO_LOCKOUT.replace("The firm never", "In 2024 the firm never")
    label, _, rationale = _strike(
        "Brisa Foundry locked out its union casters for a week in May 2031",
        page,
        ruleset,
    )
    assert label != "contradicted", rationale


def test_a_lockout_denied_of_another_employer_says_nothing(ruleset: RuleSet) -> None:
    label, _, rationale = _strike(
        "Kell Castings locked out its union casters for a week in May 2031", NO_LOCKOUT, ruleset
    )
    assert label != "contradicted", rationale


SHUT_OUT = """<h1>Garment factory locks out 600 workers after strike</h1>
<p>Management at Tessaly Knitwear has locked out some 600 of its workers, two days after
members of the Riverside Knitters Guild stopped work over unpaid bonuses.</p>"""


@pytest.mark.parametrize(
    ("sentence", "label"),
    [
        # The story's employer is another: the claim names one its story never does.
        (
            "Members of the Riverside Knitters Guild were kept out by Orvane Apparel"
            " after a stoppage over bonuses",
            "contradicted",
        ),
        (
            "Members of the Riverside Knitters Guild were kept out by Tessaly Knitwear"
            " after a stoppage over bonuses",
            "supported",
        ),
    ],
)
def test_who_shut_the_workers_out(sentence: str, label: str, ruleset: RuleSet) -> None:
    got, _, rationale = _strike(sentence, SHUT_OUT, ruleset)
    assert got == label, rationale
