"""A paragraph that cites nothing rests on what the paragraph right before it cited:
writers cite an event once, where they first tell it, and go on about it ("... locked
out 300 glassworkers [link]." then "The lockout ran for ten days."). A length of
time written out in a source sentence outweighs the span of dates beside it. The
drafts and pages are written for these tests."""

from __future__ import annotations

from typing import Any

import pytest
from judging import run

from factcheck.claims.extract import extract_claims
from factcheck.reading import parse_article
from factcheck.sources.gather import primary_urls
from factcheck.sources.urls import url_key

OURS = "https://news.example/2031/03/ferry-crews-return.html"
OTHER = "https://wiki.example/wiki/2030_Harbour_tug_strike"


def _primary(draft: str) -> dict[str, set[str]]:
    """By the first word of each claim's sentence, what it rests on first (carried)."""
    from factcheck.rulepacks.loader import load_rules

    article = parse_article(draft, "draft.md", "markdown")
    claims = extract_claims(article, load_rules())
    got = primary_urls(article, claims, carry=True)
    out: dict[str, set[str]] = {}
    for claim in claims:
        out.setdefault(claim.sentence.text.split()[0], set()).update(got[claim.id])
    return out


@pytest.mark.parametrize(
    "cite",
    [
        f"([the Courier]({OURS}))",
        "[1]",
        "[^1]",
    ],
)
def test_the_paragraph_after_a_citation_rests_on_it(cite: str) -> None:
    notes = f"\n\nSources:\n\n[1] Courier, {OURS}\n" if cite == "[1]" else ""
    if cite == "[^1]":
        notes = f"\n\n[^1]: Courier, {OURS}\n[^2]: Tugs, {OTHER}\n"
    draft = (
        f"# Ferries\n\nDeckhands at Brisa Ferries walked out on 4 March {cite}.\n\n"
        "The stoppage lasted nine days, the company said.\n\n"
        "## Tugs\n\nThe tug crews earn $31 an hour.\n"
        f"{notes}"
    )
    got = _primary(draft)
    assert got["The"] == {url_key(OURS)}, got
    assert got.get("Deckhands", {url_key(OURS)}) == {url_key(OURS)}


def test_a_heading_ends_the_carry_and_an_own_link_wins(ruleset: Any) -> None:
    draft = (
        f"Deckhands at Brisa Ferries walked out on 4 March ([Courier]({OURS})).\n\n"
        "## Wages\n\nThe deckhands earn $24 an hour, the union says.\n\n"
        f"Tug crews earn $31 an hour ([tugs]({OTHER})).\n\n"
        "Their skippers earn $44 an hour.\n\n"
        f"Tug crews at Pelagos went out for six days ([tugs]({OTHER})).\n\n"
        "Marsden Towage pays its mates $29 an hour.\n"
    )
    article = parse_article(draft, "draft.md", "markdown")
    claims = extract_claims(article, ruleset)
    by_word = {c.sentence.text.split()[0]: c for c in claims}
    carried = primary_urls(article, claims, carry=True)
    assert carried[by_word["The"].id] == set()  # a heading between
    assert carried[by_word["Tug"].id] == {url_key(OTHER)}
    assert carried[by_word["Their"].id] == {url_key(OTHER)}
    # A sentence naming its own subject does not point back.
    assert carried[by_word["Marsden"].id] == set()
    # Without the carry, as before: a paragraph with no link has no source of its own.
    assert primary_urls(article, claims)[by_word["Their"].id] == set()


# The cited story of the stoppage; the other page tells another stoppage whose length
# is the one each draft gets wrong.
STORY = """<html><head><title>{headline} - The Courier</title></head><body><article>
<h1>{headline}</h1>
<p>{lead}</p>
<p>The company said services would be back to normal by the weekend.</p>
</article></body></html>"""
ELSEWHERE = """<html><head><title>2030 Harbour tug strike - Wikipedia</title></head><body>
<main><h1>2030 Harbour tug strike</h1>
<table class="infobox"><tr><th>Date</th><td>2 May 2030 – 13 May 2030<br>(12 days)</td></tr>
<tr><th>Parties</th><td>Tug Officers Guild; Pelagos Towage</td></tr></table>
<p>The 2030 Harbour tug strike was a strike by tug crews against Pelagos Towage, which
lasted twelve days.</p></main></body></html>"""

CASES = [
    # (opening sentence of the event, the headline and lead of its story, the length said)
    (
        "Deckhands at Brisa Ferries walked out on 4 March",
        "Brisa Ferries deckhands end four-day strike",
        "Deckhands at Brisa Ferries returned on Saturday, ending a four-day strike over rosters.",
        "The walkout lasted twelve days, and the ferries stayed in port throughout.",
        "contradicted",
    ),
    (
        "Orvane Glassworks locked out 300 glassworkers on 2 March",
        "Orvane lifts lockout after eight days",
        "Orvane Glassworks lifted its lockout of 300 glassworkers after eight days on Monday.",
        "The lockout continued for eleven days until both sides resumed talks.",
        "contradicted",
    ),
    (
        "Cleaners at the Velmar Tower struck from 3 March",
        "Velmar Tower cleaners' strike ends",
        "The cleaners' strike at the Velmar Tower, which began on 3 March, ended after "
        "twelve days when the contractor raised pay.",
        "That stoppage stretched to twelve days, by the union's count.",
        "supported",
    ),
    (
        "Signal staff at Corrin Rail stopped work on 6 March",
        "Corrin Rail signal staff return to work",
        "Signal staff at Corrin Rail went back to work on Friday after a stoppage that "
        "lasted six days.",
        "It went on for about twelve days, the operator said.",
        "contradicted",
    ),
    (
        "Bakers at Hollin Bread went on strike on 1 March",
        "Hollin Bread bakers settle",
        "Bakers at Hollin Bread settled on Thursday, ending a strike that lasted "
        "five days from 1 to 5 March.",
        "Their strike was over after five days, the bakery said.",
        "supported",
    ),
]


@pytest.mark.parametrize(("opening", "headline", "lead", "sentence", "label"), CASES)
def test_a_length_rests_on_the_story_cited_just_before(
    opening: str, headline: str, lead: str, sentence: str, label: str, ruleset: Any
) -> None:
    draft = (
        f"# Stoppages\n\n{opening} ([the Courier]({OURS})).\n\n{sentence}\n\n"
        f"## Elsewhere\n\nTug crews struck at Pelagos Towage in 2030 ([wiki]({OTHER})).\n"
    )
    pages = {OURS: STORY.format(headline=headline, lead=lead), OTHER: ELSEWHERE}
    lengths = [
        c
        for c in run(draft, pages, ruleset, wrap=False)
        if c.claim.type == "quantity"
        and c.claim.fields.get("unit") == "days"
        and c.claim.sentence.text == sentence
    ]
    assert [c.verdict.label for c in lengths] == [label], [
        (c.claim.text, c.verdict.label, c.verdict.rationale) for c in lengths
    ]


SPANS = """<html><head><title>{title} - Wikipedia</title></head><body><main><h1>{title}</h1>
<p>{sentence}</p></main></body></html>"""


@pytest.mark.parametrize(
    ("sentence", "claim", "label"),
    [
        # A span of 16 days may be read as up to three whole weeks; the length written
        # beside it is what the source says.
        (
            "The strike lasted fifteen days, running from 6 to 20 June 2030.",
            "three weeks",
            "contradicted",
        ),
        ("From 6 to 20 June 2030 the crews stayed out for 15 days.", "three weeks", "contradicted"),
        ("The strike ran from 6 June to 20 June 2030 (15 days).", "three weeks", "contradicted"),
        (
            "The strike lasted fifteen days, running from 6 to 20 June 2030.",
            "about two weeks",
            "supported",
        ),
        # With no length written, the span keeps its own reach.
        ("The strike ran from Monday 7 July to Friday 18 July 2030.", "two weeks", "supported"),
    ],
)
def test_a_length_written_out_outweighs_its_span_of_dates(
    sentence: str, claim: str, label: str, ruleset: Any
) -> None:
    url = "https://wiki.example/wiki/2030_Dunmore_loom_strike"
    draft = (
        f"# Looms\n\nLoom operators struck at Dunmore Mills in June 2030 ([wiki]({url})). "
        f"The strike went on for {claim}.\n"
    )
    page = SPANS.format(title="2030 Dunmore loom strike", sentence=sentence)
    lengths = [
        c
        for c in run(draft, {url: page}, ruleset, wrap=False)
        if c.claim.type == "quantity" and c.claim.fields.get("unit") == "days"
    ]
    assert [c.verdict.label for c in lengths] == [label], [
        (c.claim.text, c.verdict.label, c.verdict.rationale) for c in lengths
    ]
