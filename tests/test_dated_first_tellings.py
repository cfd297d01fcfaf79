"""Dates told before what happened on them: after whoever reports it ("According to the
harbour master, on 3 April ...", "said that on 17 June ..."), with two parties as the
subject ("the utility and the engineers' union signed"), or a longer subject with its
place; a word in -ed after an article describes a noun and is no verb. A deal's date told
in other words on a source of the article (an infobox's "Agreement signed", "the two sides
signed an accord") is read against a claim that cites none. Sentences and pages written
for these tests."""

from __future__ import annotations

import pytest
from judging import dated_events, run, verdict

from factcheck.rulepacks.ruleset import RuleSet


def _verbs(text: str, ruleset: RuleSet) -> list[tuple[str, str | None]]:
    """The (verb, date) of every dated event of ``text``: the event's first word."""
    return [((event or "").split(" ")[0], date) for event, date in dated_events(text, ruleset)]


@pytest.mark.parametrize(
    ("text", "found"),
    [
        (
            "According to the harbour master, on 3 April 2031 a pilot boat's engine failed"
            " off Vlissingen.",
            ("failed", "2031-04-03"),
        ),
        (
            "Investigators said that on 17 June the crane operator skipped a safety check.",
            ("skipped", "????-06-17"),
        ),
        (
            "The mine's owner admits that on 2 March 2029 its ventilation fans stopped for an"
            " hour.",
            ("stopped", "2029-03-02"),
        ),
    ],
)
def test_a_date_first_after_who_tells_it(
    text: str, found: tuple[str, str], ruleset: RuleSet
) -> None:
    assert found in _verbs(text, ruleset)


@pytest.mark.parametrize(
    ("text", "found"),
    [
        (
            "On 11 May 2030 the water utility and the engineers' union signed a pay agreement.",
            ("signed", "2030-05-11"),
        ),
        (
            "On 5 October, porters at three freight terminals in Antwerp stopped work.",
            ("stopped", "????-10-05"),
        ),
        (
            "On 19 March 2032 Halvard Shipping and Nordic Crew Union concluded a new accord.",
            ("concluded", "2032-03-19"),
        ),
    ],
)
def test_a_date_first_with_two_parties_or_a_place(
    text: str, found: tuple[str, str], ruleset: RuleSet
) -> None:
    assert found in _verbs(text, ruleset)


@pytest.mark.parametrize(
    ("text", "found"),
    [
        ("On 8 January the cost of a discounted rail pass went up by 4 per cent.", "went"),
        ("On 20 August the head of a troubled shipyard resigned.", "resigned"),
        ("On 1 July 2030 the price of the reduced school lunch rose to 90 cents.", "rose"),
    ],
)
def test_a_word_in_ed_after_an_article_is_no_verb(text: str, found: str, ruleset: RuleSet) -> None:
    events = [event for event, _ in _verbs(text, ruleset)]
    assert found in events
    assert not {"discounted", "troubled", "reduced"} & set(events)


def test_two_parties_joined_by_and_then_a_bare_noun_stay_apart(ruleset: RuleSet) -> None:
    # "and" before a small noun joins clauses, not parties: no subject runs across it.
    assert dated_events("On 14 March the union and management will meet again.", ruleset) == []


URL = "https://en.wiki.example/wiki/2031_Kestrel_Airways_cabin_crew_strike"
OTHER = "https://en.wiki.example/wiki/2031_Harrow_Rail_signallers_dispute"


def _page(title: str, body: str) -> str:
    return f"<html><head><title>{title}</title></head><body><h1>{title}</h1>{body}</body></html>"


KESTREL = _page(
    "2031 Kestrel Airways cabin crew strike",
    "<table class='infobox'><tr><th>Date</th><td>3–4 March 2031</td></tr>"
    "<tr><th>Resulted in</th><td>Agreement signed 24 April 2031</td></tr></table>"
    "<p>Cabin crew at Kestrel Airways stopped work on 3 and 4 March 2031.</p>"
    "<p>On 24 April 2031 the airline's management and the crew's union representatives"
    " signed an agreement raising pay by 6 per cent.</p>",
)

HARROW = _page(
    "2031 Harrow Rail signallers dispute",
    "<p>Signallers at Harrow Rail stopped work on 2 April 2031.</p>"
    "<p>On 24 April 2031 the operator and the signallers' union signed an agreement on"
    " rosters.</p>",
)


def _deal_verdict(day: str, url: str, page: str, ruleset: RuleSet) -> str:
    draft = (
        "# Kestrel Airways crew dispute\n\n"
        "Cabin crew at Kestrel Airways walked out for two days in March.\n\n"
        "## The settlement\n\n"
        f"Negotiators for both sides finally clinched a deal on {day}.\n\n"
        f"**Sources**\n\n- Strike overview: {url}\n"
    )
    return verdict(run(draft, {url: page}, ruleset, wrap=False), "date").verdict.label


@pytest.mark.parametrize(
    ("day", "label"), [("14 April", "contradicted"), ("24 April", "supported")]
)
def test_a_deal_told_in_other_words_on_the_articles_source(
    day: str, label: str, ruleset: RuleSet
) -> None:
    assert _deal_verdict(day, URL, KESTREL, ruleset) == label


def test_another_disputes_deal_does_not_refute_it(ruleset: RuleSet) -> None:
    assert _deal_verdict("14 April", OTHER, HARROW, ruleset) != "contradicted"


RELEASE = "https://union-local-512.example/news/2031/06/members-ratify.html"


def _release(body: str) -> str:
    return (
        "<html><head><title>Members ratify new contract at Fenwick Coaches</title>"
        '<meta property="article:published_time" content="2031-06-10"></head><body>'
        "<h1>Members ratify new contract at Fenwick Coaches</h1>"
        f"<p>{body}</p></body></html>"
    )


@pytest.mark.parametrize(
    "body",
    [
        "Drivers at Fenwick Coaches voted on Tuesday, June 9, to ratify a new contract.",
        "Fenwick Coaches drivers voted on 9 June to ratify the three-year contract.",
        "On 9 June 2031 drivers at Fenwick Coaches ratified a new contract by 88 votes to 6.",
    ],
)
def test_a_release_dating_the_vote_itself_is_not_read_by_its_own_date(
    body: str, ruleset: RuleSet
) -> None:
    # The release came out on 10 June; its body dates the ratifying on 9 June.
    draft = (
        "# Fenwick Coaches\n\nDrivers ratified the contract at Fenwick Coaches on"
        f" Wednesday, June 10 ([release]({RELEASE})).\n"
    )
    claims = run(draft, {RELEASE: _release(body)}, ruleset, wrap=False)
    assert verdict(claims, "date").verdict.label == "contradicted"
