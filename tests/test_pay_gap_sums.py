"""A sum of pay followed by "more than", "less than", "above" or "below" is the gap
between two pays, which the comparison reads; no claim of pay (nor of a sum of money) of
its own, which a page's pay would refute. And a comparison whose two sides are both read
as the one figure the article gives (the other side's own figure untold) sets that
figure against itself: it is left unjudged. The drafts and pages are written for these
tests."""

from __future__ import annotations

from judging import run

from factcheck.claims.extract import extract_claims
from factcheck.reading import parse_article
from factcheck.rulepacks.ruleset import RuleSet


def _claims(sentence: str, ruleset: RuleSet) -> list[tuple[str, str]]:
    article = parse_article(f"# Pay\n\n{sentence}\n", "draft.md", "markdown")
    return [(c.type, c.text) for c in extract_claims(article, ruleset)]


def test_a_gap_in_pay_is_no_pay_of_its_own(ruleset: RuleSet) -> None:
    for sentence in (
        "A crane driver at the Mombasa yard earns about KSh 9,000 a month more than a checker.",
        "Relief teachers in Manitoba are paid $3 an hour less than those on staff.",
        "Agency cooks get €140 a month above the sector's minimum.",
        "Night porters at the Glasgow site can earn up to £1,700 a year less than the day shift.",
    ):
        kinds = {kind for kind, _ in _claims(sentence, ruleset)}
        assert "salary" not in kinds, sentence
        assert not any(
            kind == "quantity" and any(ch.isdigit() for ch in text)
            for kind, text in _claims(sentence, ruleset)
        ), sentence


def test_pay_followed_by_a_comparison_of_its_own_is_still_pay(ruleset: RuleSet) -> None:
    claims = _claims(
        "Stock pickers in Leeds earn £12.60 an hour, more than the legal floor.", ruleset
    )
    assert ("salary", "earn £12.60 an hour") in claims


def test_a_side_read_as_the_articles_own_figure_twice_is_not_judged(ruleset: RuleSet) -> None:
    url = "http://tarnbury.test/news/cleaners"
    draft = (
        "# Cleaners\n\nContract cleaners at the Tarnbury depot are paid a monthly retainer "
        f"of R9,200 ([report]({url})). That is more than R1,500 below the statutory "
        "minimum for general workers.\n"
    )
    page = (
        "<h1>Cleaners</h1><p>Contract cleaners at the Tarnbury depot are paid a monthly "
        "retainer of R9,200 for a ten-hour shift, their union said.</p>"
    )
    claims = run(draft, {url: page}, ruleset)
    gap = [c for c in claims if c.claim.type == "comparison"]
    assert all(c.verdict.label != "contradicted" for c in gap)
