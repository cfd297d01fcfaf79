"""A page's figure many times the claim's, or a small fraction of it, counts something
else: a whole sector's workforce against one site's, a bonus against a year's pay. It
refutes nothing; a figure misstated is seldom that far off, and one written at the wrong
scale ("1.2 million" for "1.2 billion") keeps its digits and still refutes. The drafts
and pages are written for these tests."""

from __future__ import annotations

from judging import cited

from factcheck.claims.amounts import Amount
from factcheck.rulepacks.ruleset import RuleSet

URL = "http://corrowan.test/news/plant"


def test_far_from_needs_both_amounts_bounded_and_far() -> None:
    plant = Amount(7500, 8500)
    assert plant.far_from(Amount(1_260_000, 1_540_000), 5)
    assert not plant.far_from(Amount(20_000, 20_000), 5)  # 2.5 times: a misstated count
    assert not plant.far_from(Amount(None, 800), 5)  # open: no size to weigh
    assert not Amount(1.2e6, 1.2e6).far_from(Amount(1.2e9, 1.2e9), 5)  # a slip of scale
    assert Amount(480_000, 480_000).far_from(Amount(350, 350), 10)


def test_a_sectors_workforce_does_not_refute_a_plants(ruleset: RuleSet) -> None:
    page = (
        "<h1>Tyre exports 2020-2024</h1><p>The tyre industry employs about 2.1 million "
        "workers, mostly in the coastal provinces of Java, with a growing share in "
        "Kestrel's home region.</p>"
    )
    claim = cited(
        "The new Kestrel Rubber works near Surabaya will employ 6,500 people once both halls "
        "are running, officials said",
        URL,
        page,
        ruleset,
        "quantity",
    )
    assert claim.verdict.label != "contradicted"


def test_a_company_wide_headcount_does_not_refute_a_regions(ruleset: RuleSet) -> None:
    page = (
        "<h1>Marlow Linen Services</h1><p>Marlow Linen Services is a laundry contractor. "
        "It had about 14,800 employees in 2023.</p>"
    )
    claim = cited(
        "Marlow Linen Services employs about 900 people in Tasmania", URL, page, ruleset, "quantity"
    )
    assert claim.verdict.label != "contradicted"


def test_a_count_a_few_times_off_still_refutes(ruleset: RuleSet) -> None:
    page = (
        "<h1>Kestrel Rubber</h1><p>The new Kestrel Rubber works near Surabaya will employ "
        "2,400 people once both lines run.</p>"
    )
    claim = cited(
        "The new Kestrel Rubber works near Surabaya will employ 6,500 people",
        URL,
        page,
        ruleset,
        "quantity",
    )
    assert claim.verdict.label == "contradicted"


def test_a_count_at_the_wrong_scale_still_refutes(ruleset: RuleSet) -> None:
    page = (
        "<h1>Harbour report</h1><p>The port of Valdemoro handled 3.4 million containers "
        "in 2023.</p>"
    )
    claim = cited(
        "The port of Valdemoro handled 3.4 billion containers in 2023",
        URL,
        page,
        ruleset,
        "quantity",
    )
    assert claim.verdict.label == "contradicted"
