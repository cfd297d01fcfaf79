"""A press release or story tells an act as done "today" or "yesterday" under its own
date: that is the act's day. A draft's date for the same act (told by any verb of a
voting body's family: approved, agreed, voted, adopted) is borne out on that day and
refuted on another, to the month where the draft gives only a month. "The day before
yesterday", a page with no date, or another body's act decide nothing. Pages and
drafts written for these tests."""

from __future__ import annotations

import pytest
from judging import run, verdict

from factcheck.evidence.weekdays import relative_day
from factcheck.rulepacks.ruleset import RuleSet

URL = "https://harbourtown.example/news/ferry-timetable.html"


def _page(sentence: str, dated: bool = True) -> str:
    head = '<meta property="article:published_time" content="2030-06-12T08:00:00Z">'
    return (
        f"<html><head>{head if dated else ''}</head><body><article><h1>Timetable</h1>"
        f"<p>{sentence}</p><p>The new sailings start in the autumn.</p></article></body></html>"
    )


def _label(draft: str, sentence: str, ruleset: RuleSet, dated: bool = True) -> str:
    claims = run(f"{draft} ([notice]({URL})).", {URL: _page(sentence, dated)}, ruleset, wrap=False)
    return verdict(claims, "date").verdict.label


@pytest.mark.parametrize(
    ("draft", "sentence", "label"),
    [
        # "yesterday" on a page of 12 June is 11 June; the body agreed what the draft
        # says it approved
        (
            "The harbour board approved the winter ferry timetable on 11 June 2030",
            "The harbour board yesterday agreed the winter ferry timetable after a long debate.",
            "supported",
        ),
        (
            "The harbour board approved the winter ferry timetable on 4 June 2030",
            "The harbour board yesterday agreed the winter ferry timetable after a long debate.",
            "contradicted",
        ),
        # "today", and a draft that gives only the month
        (
            "Deckhands voted to accept the revised rota offer in May 2030",
            "Deckhands have today voted to accept the revised rota offer, ending a dispute"
            " that began last winter.",
            "contradicted",
        ),
        (
            "Deckhands voted to accept the revised rota offer in June 2030",
            "Deckhands have today voted to accept the revised rota offer, ending a dispute"
            " that began last winter.",
            "supported",
        ),
    ],
)
def test_today_and_yesterday_under_the_pages_date(
    draft: str, sentence: str, label: str, ruleset: RuleSet
) -> None:
    assert _label(draft, sentence, ruleset) == label


@pytest.mark.parametrize(
    ("sentence", "dated"),
    [
        # no date for the page: no day for "yesterday"
        ("The harbour board yesterday agreed the winter ferry timetable.", False),
        # the day before yesterday is not yesterday
        ("The harbour board agreed the winter ferry timetable the day before yesterday.", True),
    ],
)
def test_no_day_read_from_the_word(sentence: str, dated: bool, ruleset: RuleSet) -> None:
    draft = "The harbour board approved the winter ferry timetable on 4 June 2030"
    assert _label(draft, sentence, ruleset, dated) != "contradicted"


def _day(text: str, page_day: str = "2030-06-12") -> str | None:
    told = relative_day(text, page_day)
    return told[0] if told else None


def test_the_day_each_word_names() -> None:
    assert _day("The union today announced a ballot.") == "2030-06-12"
    assert _day("Talks broke down yesterday evening.") == "2030-06-11"
    assert _day("Yesterday's vote and today's talks.") is None
    assert _day("It ended yesterday and resumes today.") is None
    assert _day("The union today announced a ballot.", "June 2030") is None
