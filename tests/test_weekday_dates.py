"""A story tells an act on a weekday alone ("The council on Tuesday endorsed ...") under
its own date: the weekday is the latest day of that name on or before the page's date.
A draft's date for the same act (a verb of the same family: approved, adopted, passed,
endorsed, backed, ratified) on the same thing is borne out on that day and refuted on
another; a weekday ahead, another thing acted on, or a page with no date decide
nothing. Pages and drafts written for these tests."""

from __future__ import annotations

import pytest
from judging import run, verdict

from factcheck.rulepacks.ruleset import RuleSet

URL = "https://news.example/city/tram-depot.html"


def _page(sentence: str, dated: str = "published") -> str:
    head = {
        "published": '<meta property="article:published_time" content="2027-03-05T09:30:00Z">',
        "dateline": "",
        "none": "",
    }[dated]
    line = '<p class="dateline">Tarrow, 5 March 2027</p>' if dated == "dateline" else ""
    return (
        f"<html><head>{head}</head><body><article><h1>Depot vote</h1>{line}"
        f"<p>{sentence}</p><p>Work is to begin in the autumn.</p></article></body></html>"
    )


def _label(draft: str, sentence: str, ruleset: RuleSet, dated: str = "published") -> str:
    claims = run(f"{draft} ([report]({URL})).", {URL: _page(sentence, dated)}, ruleset, wrap=False)
    return verdict(claims, "date").verdict.label


@pytest.mark.parametrize(
    ("sentence", "dated"),
    [
        ("The city council on Tuesday endorsed the tram depot expansion by 31 votes.", "published"),
        ("On Tuesday the city council adopted the tram depot expansion.", "dateline"),
        (
            "The city council last Tuesday backed the tram depot expansion after a debate.",
            "published",
        ),
        ("The tram depot expansion was approved on Tuesday by the city council.", "dateline"),
        ("Late on Tuesday, the council passed the tram depot expansion plan.", "published"),
        ("The council ratified the tram depot expansion on Tuesday evening.", "dateline"),
    ],
)
def test_a_weekday_under_the_pages_date(sentence: str, dated: str, ruleset: RuleSet) -> None:
    draft = "The council approved the tram depot expansion on {}"
    assert _label(draft.format("2 March 2027"), sentence, ruleset, dated) == "supported"
    assert _label(draft.format("9 February 2027"), sentence, ruleset, dated) == "contradicted"


@pytest.mark.parametrize(
    ("sentence", "dated"),
    [
        # ahead, not done
        ("The city council will vote on Tuesday on the tram depot expansion.", "published"),
        # another thing acted on
        ("The city council on Tuesday approved the parking levy.", "published"),
        # no date for the page (nor in its address): no day for the weekday
        ("The city council on Tuesday approved the tram depot expansion.", "none"),
    ],
)
def test_no_day_read_from_the_weekday(sentence: str, dated: str, ruleset: RuleSet) -> None:
    draft = "The council approved the tram depot expansion on 9 February 2027"
    assert _label(draft, sentence, ruleset, dated) != "contradicted"
