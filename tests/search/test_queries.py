"""Queries from claims: targeted for typed claims, entities and terms for the rest."""

from __future__ import annotations

from typing import Any

import pytest

from factcheck.claims.extract import Extractor, extract_claims
from factcheck.reading import Format, parse_article, read_article
from factcheck.sources.search.base import Query
from factcheck.sources.search.queries import build_queries
from factcheck.sources.search.run import take_in_turn

from .conftest import SEED, UAW_DRAFT


@pytest.fixture(scope="module")
def extractor(ruleset: Any) -> Extractor:
    return Extractor(ruleset)


def queries_of(text: str, extractor: Extractor, fmt: Format = "text") -> list[Query]:
    article = parse_article(text, "draft." + ("md" if fmt == "markdown" else "txt"), fmt)
    claims = extract_claims(article, extractor.ruleset, extractor=extractor)
    return build_queries(article, claims, extractor)


def test_the_seed_articles_queries(extractor: Extractor) -> None:
    """The seed cassette answers exactly these; a change here needs new answers there."""
    article = read_article(str(SEED))
    claims = extract_claims(article, extractor.ruleset, extractor=extractor)
    by_id = {c.id: c for c in claims}
    got = [
        (q.text, sorted(by_id[i].type for i in q.claim_ids))
        for q in build_queries(article, claims, extractor)
    ]
    assert got == [
        ("SAG-AFTRA AMPTP strike", ["strike", "strike"]),
        ("WGA AMPTP strike", ["strike", "strike"]),
        ("Netflix AI-related product manager salary", ["job_title", "salary"]),
        ("Netflix Machine Learning Product Manager salary", ["job_title", "salary"]),
        ("Netflix largest video streaming platform", ["superlative"]),
        ("SAG-AFTRA AI six-figure salary offered product manager", ["comparison"]),
    ]


def test_a_strike_query_is_union_counterparty_strike_and_year(extractor: Extractor) -> None:
    article = read_article(str(UAW_DRAFT))
    claims = extract_claims(article, extractor.ruleset, extractor=extractor)
    texts = [q.text for q in build_queries(article, claims, extractor)]
    # The year comes from the front matter's date: the sentence has none.
    assert texts[0] == "UAW Detroit Three strike 2023"
    assert texts == [
        "UAW Detroit Three strike 2023",
        "UAW strike 2023",
        "UAW first time union struck three carmakers",
        "UAW Detroit Three carmakers",
        "Shawn Fain union president walkout spread talks",
    ]


def test_a_year_in_the_sentence_wins_over_the_articles_date(extractor: Extractor) -> None:
    text = (
        "---\ndate: 2024-03-01\n---\n"
        "The writers' strike by the WGA against the AMPTP in 2023 lasted 148 days.\n"
    )
    texts = [q.text for q in queries_of(text, extractor, "markdown")]
    assert "WGA AMPTP strike 2023" in texts


def test_a_job_title_query_is_employer_title_and_salary(extractor: Extractor) -> None:
    texts = [
        q.text
        for q in queries_of(
            "The payments start-up Ledgerline is hiring a “Senior Data Engineer” in Austin.",
            extractor,
        )
    ]
    assert texts[0] == "Ledgerline Senior Data Engineer salary"


def test_a_salary_borrows_the_job_named_before_it(extractor: Extractor) -> None:
    queries = queries_of(
        "The payments start-up Ledgerline is hiring a “Senior Data Engineer” in Austin.\n\n"
        "The role pays $180,000 to $210,000 a year, according to the listing.",
        extractor,
    )
    job = next(q for q in queries if q.text == "Ledgerline Senior Data Engineer salary")
    assert len(job.claim_ids) == 2  # the title and the salary share one search


def test_equal_queries_run_once_for_all_their_claims(extractor: Extractor) -> None:
    queries = queries_of(
        "The SAG-AFTRA strike against the AMPTP began in July 2023.\n\n"
        "Actors with SAG-AFTRA remained on strike against the AMPTP in August 2023.",
        extractor,
    )
    texts = [q.text.casefold() for q in queries]
    assert len(texts) == len(set(texts))


def test_a_plain_statement_uses_its_entities_and_terms(extractor: Extractor) -> None:
    queries = queries_of(
        "Netflix reported 238.39 million paid memberships at the end of June 2023.", extractor
    )
    assert queries, "a check-worthy sentence naming an organisation gets a query"
    words = queries[0].text.split()
    assert words[0] == "Netflix"
    assert "memberships" in [w.lower() for w in words]
    assert len(words) <= 7
    assert not {"the", "at", "of"} & {w.lower() for w in words}


def test_no_query_without_anyone_to_search_for(extractor: Extractor) -> None:
    assert queries_of("About 60 jobs were lost at three sites in 2024.", extractor) == []


def test_targeted_queries_come_first(extractor: Extractor) -> None:
    queries = queries_of(
        "Netflix reported 238.39 million paid memberships at the end of June 2023. "
        "Hollywood actors went on strike against the AMPTP in July 2023.",
        extractor,
    )
    assert "strike" in queries[0].text


def test_terms_are_lower_case_content_words(extractor: Extractor) -> None:
    (query, *_) = queries_of("The UAW went on strike against Ford in 2023.", extractor)
    assert query.terms == ("uaw", "ford", "strike", "2023")


def test_caps_take_from_each_article_in_turn() -> None:
    def q(name: str) -> Query:
        return Query(name, (), ())

    per_article = [[q("a1"), q("a2"), q("a3")], [q("b1")], [q("c1"), q("c2")]]
    capped = take_in_turn(per_article, 4)
    assert [[x.text for x in qs] for qs in capped] == [["a1", "a2"], ["b1"], ["c1"]]
    assert take_in_turn(per_article, 0) == [[], [], []]
    assert sum(len(x) for x in take_in_turn(per_article, 99)) == 6
