"""Ranking: rank fusion, one page once, syndicated copies, known pages, domain lists."""

from __future__ import annotations

from collections.abc import Iterable

from factcheck.sources.search.base import Hit, Query
from factcheck.sources.search.ranking import Candidate, rank, relevance, same_story
from factcheck.sources.urls import url_key

Q1 = Query("UAW Detroit Three strike 2023", ("c1",), ("uaw", "detroit", "three", "strike", "2023"))
Q2 = Query("UAW strike 2023", ("c2",), ("uaw", "strike", "2023"))


def hit(url: str, title: str, rank: int, query: Query = Q1, snippet: str = "") -> Hit:
    return Hit(
        url, title, snippet or f"{title} — the UAW strike of 2023", "searxng", query.text, rank
    )


def urls(candidates: Iterable[Candidate]) -> list[str]:
    return [c.hit.url for c in candidates]


def test_a_page_several_searches_place_high_beats_one_first_place() -> None:
    ranked = rank(
        [
            hit("https://a.example/uaw", "UAW strike: the first day", 0, Q1),
            hit("https://b.example/uaw", "UAW strike at all three automakers", 1, Q1),
            hit("https://b.example/uaw", "UAW strike at all three automakers", 0, Q2),
        ],
        [Q1, Q2],
    )
    assert urls(ranked) == ["https://b.example/uaw", "https://a.example/uaw"]
    assert ranked[0].queries == (Q1.text, Q2.text)


def test_results_that_mention_more_of_the_query_rank_higher() -> None:
    ranked = rank(
        [
            Hit("https://a.example/1", "Union news", "the union met", "searxng", Q1.text, 0),
            Hit(
                "https://b.example/2",
                "UAW strike",
                "UAW strike at the Detroit Three in 2023",
                "searxng",
                Q1.text,
                1,
            ),
        ],
        [Q1],
    )
    assert urls(ranked)[0] == "https://b.example/2"


def test_a_result_that_mentions_nothing_asked_for_is_dropped() -> None:
    ranked = rank(
        [Hit("https://spam.example/", "Cheap flights", "book now", "searxng", Q1.text, 0)], [Q1]
    )
    assert ranked == []


def test_spellings_of_one_page_are_kept_once_as_the_canonical_page() -> None:
    ranked = rank(
        [
            hit(
                "https://amp.news.example/2023/uaw-strike/amp?utm_source=x", "UAW strike begins", 0
            ),
            hit("https://news.example/2023/uaw-strike/?utm_source=rss#top", "UAW strike begins", 1),
            hit("http://www.news.example/2023/uaw-strike", "UAW strike begins", 2, Q2),
        ],
        [Q1, Q2],
    )
    assert len(ranked) == 1
    assert ranked[0].hit.url == "https://news.example/2023/uaw-strike/"
    assert ranked[0].key == url_key("https://news.example/2023/uaw-strike")
    assert set(ranked[0].queries) == {Q1.text, Q2.text}


def test_syndicated_copies_are_kept_once() -> None:
    title = "UAW walks out at Ford, GM and Stellantis at once for the first time"
    ranked = rank(
        [
            hit("https://ledger.example/uaw", title, 0),
            hit("https://wire.example/auto/uaw", title + " - Partner Wire", 1),
            hit("https://other.example/uaw", "What the UAW wants from Detroit", 2),
        ],
        [Q1],
    )
    assert urls(ranked) == ["https://ledger.example/uaw", "https://other.example/uaw"]


def test_same_story_by_title_or_lead_but_not_by_short_titles() -> None:
    lead = (
        "The United Auto Workers struck Ford, General Motors and Stellantis at the same time "
        "early on Friday."
    )
    assert same_story(
        "UAW strikes all three automakers | Ledger", "", "UAW strikes all three automakers", ""
    )
    assert same_story("A", lead, "B", lead.replace("Friday", "Friday,"))
    assert not same_story("UAW strike", "", "UAW strike", "")
    assert not same_story(
        "UAW strikes all three automakers", lead, "UAW deal ends the strike at GM", "Talks resumed."
    )


def test_pages_the_run_already_has_are_not_proposed_again() -> None:
    ranked = rank(
        [
            hit(
                "https://en.m.wikipedia.org/wiki/2023_United_Auto_Workers_strike",
                "2023 United Auto Workers strike",
                0,
            )
        ],
        [Q1],
        known=["https://en.wikipedia.org/wiki/2023_United_Auto_Workers_strike"],
    )
    assert ranked == []


def test_deny_and_allow_domains() -> None:
    hits = [
        hit("https://www.contentfarm.example/uaw", "UAW strike 2023 explained", 0),
        hit("https://news.trusted.example/uaw", "UAW strike at Detroit Three", 1),
        hit("https://blog.example/uaw", "UAW strike diary", 2),
    ]
    assert urls(rank(hits, [Q1], deny_domains=("contentfarm.example",))) == [
        "https://news.trusted.example/uaw",
        "https://blog.example/uaw",
    ]
    assert urls(rank(hits, [Q1], allow_domains=("trusted.example",))) == [
        "https://news.trusted.example/uaw"
    ]


def test_relevance_reads_title_and_snippet() -> None:
    h = Hit(
        "https://x.example",
        "The UAW's strike",
        "against Detroit's automakers",
        "searxng",
        Q1.text,
        0,
    )
    assert relevance(h, Q1.terms) == 3 / 5
    assert relevance(h, ()) == 1.0
