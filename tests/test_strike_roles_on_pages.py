"""What a page says of a strike's parties beyond the sentence that tells it: who called
it (a claim giving the call to a union the page names in another part goes against
it), the parties an infobox lists (a claimed employer it leaves out makes the claim
mixed), the one union a story names, and a group of workers named after their employer,
which is no union. Pages and sentences written for these tests."""

from __future__ import annotations

import pytest
from judging import cited

from factcheck.evidence.strikes import same_party
from factcheck.rulepacks.ruleset import RuleSet

URL = "http://labour.test/story"


def _strike(sentence: str, page: str, ruleset: RuleSet) -> tuple[str, str]:
    found = cited(sentence, URL, page, ruleset, "strike")
    return found.verdict.label, found.verdict.rationale


CALLED = """<h1>2031 Kessel ferry strike</h1>
<p>The 2031 Kessel ferry strike was a two-day stoppage on the Kessel ferries. The
stoppage was called by the Deckhands Union of Kessel, which represents deck crews and
stewards. The Ferry Pursers Guild joined it in sympathy.</p>"""


def test_a_call_the_page_gives_another_union_goes_against_the_claim(ruleset: RuleSet) -> None:
    label, rationale = _strike(
        "It was the Ferry Pursers Guild that called the stoppage", CALLED, ruleset
    )
    assert label == "contradicted", rationale
    assert "called by Deckhands Union of Kessel" in rationale


def test_the_caller_the_page_names_bears_the_claim_out(ruleset: RuleSet) -> None:
    label, rationale = _strike(
        "It was the Deckhands Union of Kessel that called the stoppage", CALLED, ruleset
    )
    assert label == "supported", rationale


@pytest.mark.parametrize(
    "page",
    [
        # The page never names the claimed union: maybe another stoppage.
        CALLED.replace(" The Ferry Pursers Guild joined it in sympathy.", ""),
        # The page gives it the call as well.
        CALLED.replace(
            "The Ferry Pursers Guild joined it in sympathy.",
            "A second stoppage was called by the Ferry Pursers Guild.",
        ),
    ],
)
def test_no_reversed_roles_without_the_claimed_union_in_another_part(
    page: str, ruleset: RuleSet
) -> None:
    label, rationale = _strike(
        "It was the Ferry Pursers Guild that called the stoppage", page, ruleset
    )
    assert label != "contradicted", rationale


LISTED = """<h1>2032 Orvane games strike</h1>
<table class="infobox"><tr><th colspan="2">2032 Orvane games strike</th></tr>
<tr><th>Date</th><td>4 March 2032</td></tr>
<tr><th colspan="2">Parties</th></tr>
<tr><td colspan="2"><ul><li>Voice Artists Guild</li>
<li>Brightmoor Studios Inc.</li><li>Calder Games LLC</li></ul></td></tr></table>
<p>The 2032 Orvane games strike was a stoppage in which members of the Voice Artists
Guild struck against two game studios.</p>"""


@pytest.mark.parametrize(
    ("against", "label"),
    [
        ("Brightmoor Studios and Calder Games", "supported"),
        ("Brightmoor Studios, Calder Games and Pellow Games", "mixed"),
    ],
)
def test_an_employer_the_infobox_leaves_out(against: str, label: str, ruleset: RuleSet) -> None:
    got, rationale = _strike(
        f"Members of the Voice Artists Guild walked off the job against {against}",
        LISTED,
        ruleset,
    )
    assert got == label, rationale


STORY = """<h1>Harbour nurses stop work for a day</h1>
<p>Thousands of nurses across Tarn downed tools at dawn on Tuesday for a day.</p>
<p>Members of the Tarn Nurses Guild marched to the harbour offices, where they rallied
for an hour.</p>"""


def test_the_one_union_a_story_names_is_its_strikers(ruleset: RuleSet) -> None:
    label, rationale = _strike(
        "Members of the Tarn Nurses Guild stayed off the job for a day", STORY, ruleset
    )
    assert label == "supported", rationale


def test_a_story_naming_two_unions_leaves_the_strikers_untold(ruleset: RuleSet) -> None:
    page = STORY.replace("rallied\nfor an hour.", "rallied with the Harbour Porters Union.")
    label, rationale = _strike(
        "Members of the Tarn Nurses Guild stayed off the job for a day", page, ruleset
    )
    assert label == "unverified", rationale


def test_workers_named_after_their_employer_are_no_union() -> None:
    assert not same_party("Orvo Mill Guild", "Orvo Mill weavers")
    assert same_party("Orvo Mill weavers", "weavers")
    assert same_party("UAW", "UAW members")


def test_a_stoppage_called_by_a_body_by_its_short_form(ruleset: RuleSet) -> None:
    page = (
        "<p>Thousands of couriers in Porto switched off the Zippa delivery app on Monday in "
        "a one-day stoppage called by the Liga Nacional dos Estafetas (LNE), a national "
        "alliance of couriers.</p>"
    )
    label, rationale = _strike(
        "Couriers logged off the Zippa app in a stoppage called by LNE, an alliance of couriers",
        page,
        ruleset,
    )
    assert label == "supported", rationale


OWN_UNION = """<h1>Kiln crews back deal at Brannock Pottery</h1>
<p>Members of Brannock Kiln Workers United, which represents the glaze and kiln crews at
the company's four works, voted for the deal on Friday.</p>
<p>Talks had soured in spring: on May 3 and 4, kiln crews called in sick en masse and
three of the four works shut. Brannock Pottery called it a stunt.</p>"""


def test_a_claimed_caller_the_page_never_names_against_another_union_s_strike(
    ruleset: RuleSet,
) -> None:
    label, rationale = _strike(
        "That sick-out, led by the Glaze Makers Guild against Brannock Pottery, lasted two days",
        OWN_UNION,
        ruleset,
    )
    assert label == "contradicted", rationale
    assert "Brannock Kiln Workers United" in rationale


def test_the_union_the_page_names_bears_out_its_call(ruleset: RuleSet) -> None:
    label, rationale = _strike(
        "That sick-out, led by Brannock Kiln Workers United against Brannock Pottery, lasted "
        "two days",
        OWN_UNION,
        ruleset,
    )
    assert label != "contradicted", rationale


def test_a_strike_at_another_employer_says_nothing_of_the_call(ruleset: RuleSet) -> None:
    label, rationale = _strike(
        "That sick-out, led by the Glaze Makers Guild against Orvo Ceramics, lasted two days",
        OWN_UNION,
        ruleset,
    )
    assert label != "contradicted", rationale


def test_another_year_s_strike_says_nothing_of_the_call(ruleset: RuleSet) -> None:
    page = OWN_UNION.replace("on May 3 and 4,", "on May 3 and 4, 2019,")
    label, rationale = _strike(
        "That 2023 sick-out, led by the Glaze Makers Guild against Brannock Pottery, lasted "
        "two days",
        page,
        ruleset,
    )
    assert label != "contradicted", rationale


def test_a_trade_striking_elsewhere_is_no_conflict(ruleset: RuleSet) -> None:
    page = "<p>Radiographers at Westmoor Clinic downed tools in May 2031 over rotas.</p>"
    label, rationale = _strike(
        "Radiographers at Eastgate Infirmary downed tools in May 2031", page, ruleset
    )
    assert label != "contradicted", rationale
