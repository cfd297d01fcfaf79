"""A page telling its action as another kind than a stoppage of work ("a rally, not a
strike") goes against a claim that the workers struck; a label of the page's kind in
capitals opening its headline ("MEDIA RELEASE: ...") is no party. Drafts and pages
written for these tests, every name invented."""

from __future__ import annotations

import pytest
from judging import cited

from factcheck.evidence.strike_context import genre_label
from factcheck.evidence.strike_unhappened import not_happened
from factcheck.evidence.strikes import shared_head
from factcheck.rulepacks.ruleset import RuleSet

STATEMENT_URL = "http://union.test/media/2041/05/vigil-at-orsk.html"
STATEMENT_PAGE = """<html><head><title>MEDIA RELEASE: Union to hold vigil at Orsk Castings,
Harlow Vale</title></head>
<body><article><p class="date">9 May 2041</p>
<h1>MEDIA RELEASE: Union to hold vigil at Orsk Castings, Harlow Vale</h1>
<p>The Foundry and Allied Workers Guild (FAWG) will hold a candlelit vigil outside the Harlow
Vale works of Orsk Castings Ltd from 12 May 2041, after pay talks broke down.</p>
<p>The vigil will take place after the evening shift. This is a vigil, not a strike: our
members will keep working their normal hours. FAWG represents about 400 workers at the
works.</p>
</article></body></html>"""


@pytest.mark.parametrize(
    "sentence",
    [
        "Members of the Foundry and Allied Workers Guild struck at Orsk Castings in May 2041",
        "The Foundry and Allied Workers Guild (FAWG) walked out at Orsk Castings' Harlow Vale "
        "works in May 2041",
    ],
)
def test_a_page_telling_its_action_as_no_strike_goes_against_the_strike(
    sentence: str, ruleset: RuleSet
) -> None:
    found = cited(sentence, STATEMENT_URL, STATEMENT_PAGE, ruleset, "strike")
    assert found.verdict.label == "contradicted", found.verdict.rationale


@pytest.mark.parametrize(
    ("text", "told"),
    [
        ("This is a vigil, not a strike, the union said.", "is a vigil, not a strike"),
        ("The action was a rally and not a walkout.", "was a rally and not a walkout"),
        ("It is not a strike, the guild insisted.", "is not a strike"),
        # A step toward a strike, or a strike set against another kind of action.
        ("The vote was a mandate, not a strike ballot.", None),
        ("It is a strike, not a lockout.", None),
        ("This was not only a strike but a movement.", None),
        ("It was the biggest strike in decades.", None),
    ],
)
def test_the_words_telling_an_action_as_no_strike(text: str, told: str | None) -> None:
    assert not_happened(text) == told


@pytest.mark.parametrize(
    ("text", "label"),
    [
        ("MEDIA RELEASE: Union to hold vigil at Orsk Castings", "MEDIA RELEASE"),
        ("PRESS STATEMENT: Drivers to walk out", "PRESS STATEMENT"),
        # One word in capitals may be a party's short name.
        ("FAWG: members to hold vigil", None),
        ("Orsk Castings: a hard year", None),
    ],
)
def test_a_label_of_the_page_s_kind_opening_a_headline(text: str, label: str | None) -> None:
    assert genre_label(text) == label


VESSEL_URL = "http://seafarers.test/2041/07/vessel-crew-paid.html"
VESSEL_PAGE = """<h1>Kestrel Dawn crew paid after Lisbon stoppage</h1>
<p>Cabin and restaurant crew on board the Kestrel Dawn stopped work in Lisbon on 4 July
2041 after their June and July wages went unpaid.</p>
<p>The ship's engineers and their bridge and deck ratings, who sign on with Orla Line
itself, received their wages as usual and stayed at work throughout.</p>"""


@pytest.mark.parametrize(
    "sentence",
    [
        "The ship's electrical and mechanical engineers joined the stoppage in July 2041",
        "Senior and junior engineers on the Kestrel Dawn joined the stoppage in July 2041",
    ],
)
def test_a_denial_of_a_trade_goes_against_departments_of_it_joining(
    sentence: str, ruleset: RuleSet
) -> None:
    found = cited(sentence, VESSEL_URL, VESSEL_PAGE, ruleset, "strike")
    assert found.verdict.label == "contradicted", found.verdict.rationale


def test_a_denial_of_another_trade_leaves_departments_of_one_standing(ruleset: RuleSet) -> None:
    sentence = "The ship's pastry and grill cooks joined the stoppage in July 2041"
    found = cited(sentence, VESSEL_URL, VESSEL_PAGE, ruleset, "strike")
    assert found.verdict.label != "contradicted", found.verdict.rationale


@pytest.mark.parametrize(
    ("name", "head"),
    [
        ("radio and cargo officers", "officers"),
        ("kitchen, bar and cabin stewards", "stewards"),
        # A generic head may be any staff; a list of trades, a name, one department.
        ("laundry and spa staff", ""),
        ("fitters and riggers", ""),
        ("Radio and Cargo Officers Union", ""),
        ("engine officers", ""),
    ],
)
def test_the_trade_departments_share(name: str, head: str, ruleset: RuleSet) -> None:
    assert shared_head(name, ruleset.knowledge) == head


RELEASE_URL = "http://guild.test/news/2041/ratified.html"
RELEASE_PAGE = """<html><head><title>Tarn Press Guild members ratify agreement with Vell
Broadcasting</title></head><body><article>
<h1>Tarn Press Guild members ratify agreement with Vell Broadcasting</h1>
<p>Members of the Tarn Press Guild have voted 91 per cent in favour of a new agreement with
Vell Broadcasting, ending a year of bargaining.</p>
<p>It is the first deal since the broadcaster locked out its members for six weeks in 2029, branch
chair Ada Morrow said.</p>
</article></body></html>"""


@pytest.mark.parametrize(
    ("sentence", "labels"),
    [
        (
            "Tarn Press Guild members last struck Vell Broadcasting in 2029",
            {"contradicted", "mixed"},
        ),
        # Another year than the lockout's: the page says nothing of it.
        ("Tarn Press Guild members last struck Vell Broadcasting in 2033", {"unverified"}),
    ],
)
def test_a_lockout_told_by_pronoun_in_a_story_of_the_claim_s_parties(
    sentence: str, labels: set[str], ruleset: RuleSet
) -> None:
    found = cited(sentence, RELEASE_URL, RELEASE_PAGE, ruleset, "strike", wrap=False)
    assert found.verdict.label in labels, found.verdict.rationale
