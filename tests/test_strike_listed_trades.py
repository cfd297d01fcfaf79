"""A group of workers listed by trade ("fitters and riggers joined the walkout"), denied
by a page that lists the same trades among those that stayed out of the strike; an
opening phrase of where ("At most depots ...") that is no part of the group; and a
group in the possessive that owns a thing ("the drivers' contract"), no subject of a
denial. Pages and drafts written for these tests."""

from __future__ import annotations

import pytest
from judging import cited

from factcheck.claimfields import StrikeFields
from factcheck.claims.extract import extract_claims
from factcheck.evidence.strikes import listed_trades
from factcheck.reading import parse_article
from factcheck.rulepacks.ruleset import RuleSet

URL = "http://trade-press.test/news/orla-tram-stoppage"
PAGE = """<h1>Orla tram stoppage</h1>
<p>About 2,600 tram drivers went on strike against Orla Transit on 4 March 2031, called
by the Kessel Tramway Union.</p>
<p>Ticket clerks, inspectors and other office grades are outside the drivers' contract
and took no part in the stoppage, so the depot offices kept serving.</p>"""

TABLE_PAGE = """<h1>Orla tram stoppage</h1>
<p>Some 2,600 drivers of the Kessel Tramway Union struck Orla Transit in March 2031.</p>
<p>The fitters and the cleaners, the company said, were not on strike.</p>"""


@pytest.mark.parametrize(
    ("sentence", "page"),
    [
        ("Ticket clerks and inspectors joined the walkout", PAGE),
        ("At most depots inspectors and ticket clerks had also joined the strike", PAGE),
        ("In many places the ticket clerks, inspectors and office grades walked out too", PAGE),
        ("Fitters and cleaners at Orla Transit joined the stoppage", TABLE_PAGE),
    ],
)
def test_every_listed_trade_denied(sentence: str, page: str, ruleset: RuleSet) -> None:
    found = cited(sentence, URL, page, ruleset, "strike")
    assert found.verdict.label == "contradicted", found.verdict.rationale


@pytest.mark.parametrize(
    "sentence",
    [
        # One trade of the list is denied, the other is not: no denial of the group.
        "Ticket clerks and conductors joined the walkout",
        # A group named in the possessive of a thing is no subject of the denial after it.
        "Tram drivers walked out at Orla Transit",
        "Drivers and ticket clerks joined the walkout",
    ],
)
def test_no_denial_of_the_listed_group(sentence: str, ruleset: RuleSet) -> None:
    found = cited(sentence, URL, PAGE, ruleset, "strike")
    assert found.verdict.label != "contradicted", found.verdict.rationale


@pytest.mark.parametrize(
    ("text", "strikers"),
    [
        (
            "In many places fitters and riggers employed on the quays joined the walkout.",
            "fitters and riggers",
        ),
        ("At most depots the conductors walked out against Orla Transit.", "conductors"),
        ("Across several rural districts midwives went on strike.", "midwives"),
    ],
)
def test_an_opening_phrase_of_where_is_no_part_of_the_group(
    text: str, strikers: str, ruleset: RuleSet
) -> None:
    claims = extract_claims(parse_article(text, "draft.txt"), ruleset)
    found = [c.fields for c in claims if isinstance(c.fields, StrikeFields)]
    assert found and list(found[0].strikers) == [strikers]


@pytest.mark.parametrize(
    ("name", "parts"),
    [
        ("fitters and riggers", ("fitters", "riggers")),
        ("ticket clerks, inspectors and guards", ("ticket clerks", "inspectors", "guards")),
        ("Kessel Tramway Union", ()),
        ("porters", ()),
    ],
)
def test_listed_trades(name: str, parts: tuple[str, ...]) -> None:
    assert listed_trades(name) == parts
