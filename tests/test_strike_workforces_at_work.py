"""Who stayed at work, told of a workforce: strikers named as an employer's whole
workforce ("Halden employees") go against a page saying that employer's staff kept
working or took no part, as a claim naming the employer after "at" does; and a page's
list of workplaces whose workers "were not affected" spares each of them, while
"not affected by" something else spares none. A workforce word alone at the claimed
employer ("crew members at X") is that employer's workforce, matched by a page whose only
party is X ("crew on the ferries run by X stopped work"), and a trade told one by one
("cabin crew members") is the trade. A denial whose verb is singular ("the guild, it said,
backed the porters but has not struck") is not the plural group's. Drafts and pages
written for these tests."""

from __future__ import annotations

import pytest
from judging import cited

from factcheck.rulepacks.ruleset import RuleSet

URL = "http://labour.test/stoppage"

LISTED = (
    "<p>Workers at Norvik Foods, which owns the Bellmart chain, and at Halden's Sunfresh"
    " stores belong to other unions and were never in the walkout.</p>"
)
UNTOUCHED = (
    "<p>The union said no other site joined. Staff at Corbel's bakeries and at the"
    " Lindqvist mill in Ostra were not affected.</p>"
)
AS_A_LIST_ITEM = (
    "<p>Where the stoppage did not reach:</p>"
    "<ul><li>Employees of Corbel kept working throughout the stoppage.</li></ul>"
)


@pytest.mark.parametrize(
    ("claim", "page"),
    [
        ("Sunfresh employees joined the walkout on its second day", LISTED),
        ("Norvik Foods staff walked out as well", LISTED),
        ("Corbel staff joined the strike in March", UNTOUCHED),
        ("Workers at the Lindqvist mill walked out in sympathy", UNTOUCHED),
        ("Corbel employees joined the walkout", AS_A_LIST_ITEM),
    ],
)
def test_a_workforce_the_page_keeps_at_work_did_not_strike(
    claim: str, page: str, ruleset: RuleSet
) -> None:
    found = cited(claim, URL, page, ruleset, "strike")
    assert found.verdict.label == "contradicted", found.verdict.rationale


@pytest.mark.parametrize(
    ("claim", "page"),
    [
        # Untouched by something other than the strike.
        (
            "Corbel staff joined the strike",
            "<p>A strike hit the port on Monday. Staff at Corbel were not affected by the"
            " pay freeze announced in June.</p>",
        ),
        # Another employer's workforce kept working, not the claim's.
        (
            "Corbel staff joined the strike",
            "<p>Corbel staff walked out on Monday. Workers at the Lindqvist mill were not"
            " affected.</p>",
        ),
    ],
)
def test_no_denial_of_the_claimed_workforce(claim: str, page: str, ruleset: RuleSet) -> None:
    found = cited(claim, URL, page, ruleset, "strike")
    assert found.verdict.label != "contradicted", found.verdict.rationale


@pytest.mark.parametrize(
    ("claim", "page"),
    [
        (
            "Crew members on Torvald Line's ferries downed tools for three days over pay",
            "<p>Around 120 crew members on the six ferries operated by Torvald Line downed"
            " tools for three days this month, striking against the firm.</p>",
        ),
        (
            "Staff at Torvald Line struck in May",
            "<ul><li>May 2025: about 120 staff on ferries run by Torvald Line walked"
            " out.</li></ul>",
        ),
        (
            "Workers at Torvald Line walked out over pay",
            "<p>Some 120 employees of the ferry operator Torvald Line went on strike on Monday"
            " over pay.</p>",
        ),
        # One trade, told one by one on the page: "cabin crew members" are the cabin crew.
        (
            "Some 80 galley and cabin crew on Torvald Line ships struck on Friday",
            "<p>Some 80 galley and cabin crew members on Torvald Line's ships went on strike"
            " on Friday.</p>",
        ),
    ],
)
def test_a_workforce_word_at_the_employer_is_its_workforce(
    claim: str, page: str, ruleset: RuleSet
) -> None:
    found = cited(claim, URL, page, ruleset, "strike")
    assert found.verdict.label == "supported", found.verdict.rationale


@pytest.mark.parametrize(
    ("claim", "page", "label"),
    [
        # Another employer's crews: not the claim's strike.
        (
            "Workers at Torvald Line walked out",
            "<p>Crew members on ferries run by Brask Shipping stopped work.</p>",
            "unverified",
        ),
        # The page says the employer's crews did not strike.
        (
            "Crew members at Torvald Line struck on Friday",
            "<p>Crew members on ferries run by Torvald Line did not take part in Friday's"
            " strike.</p>",
            "contradicted",
        ),
    ],
)
def test_a_workforce_word_elsewhere_or_denied(
    claim: str, page: str, label: str, ruleset: RuleSet
) -> None:
    found = cited(claim, URL, page, ruleset, "strike")
    assert found.verdict.label == label, found.verdict.rationale


STRIKE_AT_BRELL = "<p>Roughly 90 workers at Brell Textiles went on strike on 3 March.</p>"


@pytest.mark.parametrize(
    "other",
    [
        "<p>The Garment Union (GU), which has members at nearby plants, said it backed the"
        " workers but has never been party to the stoppage.</p>",
        "<p>The federation backed the workers, though it is not itself in the stoppage.</p>",
        "<p>A spokesman for the ministry, asked about the workers, said it has not joined any"
        " dispute.</p>",
    ],
)
def test_a_denial_in_the_singular_is_not_the_workers(other: str, ruleset: RuleSet) -> None:
    claim = "Roughly 90 workers at Brell Textiles struck against the firm in March"
    found = cited(claim, URL, STRIKE_AT_BRELL + other, ruleset, "strike")
    assert found.verdict.label == "supported", found.verdict.rationale


@pytest.mark.parametrize(
    "other",
    [
        "<p>The dyers did not strike at any point.</p>",
        "<p>The dyers' union has not joined this strike.</p>",
    ],
)
def test_a_denial_of_the_group_itself_still_counts(other: str, ruleset: RuleSet) -> None:
    claim = "The dyers at Brell Textiles joined the strike"
    found = cited(claim, URL, STRIKE_AT_BRELL + other, ruleset, "strike")
    assert found.verdict.label in {"contradicted", "mixed"}, found.verdict.rationale


STRUCK_AT_VARN = (
    "<p>Members of the Tarn Dockers Union (TDU) and the Kessel Fitters Guild (KFG) walked"
    " out at Varn Power's plants on Monday.</p>"
)


@pytest.mark.parametrize(
    "other",
    [
        # The third union took the employer's offer: "its members" are that union's.
        "<p>Brask Crew Guild, the smaller union on the site, accepted Varn Power's offer in"
        " May, and its members stayed at work, the guild said.</p>",
        "<ul><li>Brask Crew Guild signed Varn Power's deal; its members kept working.</li></ul>",
        "<p>Having taken Varn Power's pay offer, Brask Crew Guild said its members would keep"
        " working.</p>",
    ],
)
def test_its_workforce_is_the_subjects_not_the_objects(other: str, ruleset: RuleSet) -> None:
    claim = "Members of TDU and KFG downed tools at Varn Power's plants on Monday"
    found = cited(claim, URL, STRUCK_AT_VARN + other, ruleset, "strike")
    assert found.verdict.label == "supported", found.verdict.rationale
