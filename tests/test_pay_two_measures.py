"""A posting's pay block that gives the job's pay in two measures: the full-time range
of its grade and, in the same block, what the part-time post actually pays (or a
scale and the point a new starter is paid). A claim that meets either figure is backed;
one that meets neither is refuted. Pay said to stand at the bottom or the top of the
grade names that end of the range. The postings are written for these tests."""

from __future__ import annotations

import pytest
from judging import verdict_on

from factcheck.rulepacks.ruleset import RuleSet
from factcheck.sources.facts import pay_in_two_measures, read_facts

URL = "http://harrowgate.test/jobs/R-3310/library-assistant"


def _page(pay: str) -> str:
    return (
        "<html><head><title>Library Assistant - Harrowgate College</title></head><body>"
        "<h1>Library Assistant</h1><dl class='summary'>"
        "<dt>Department</dt><dd>Learning Resources</dd>"
        f"<dt>Salary</dt>{pay}"
        "<dt>Hours</dt><dd>Part time, 22.2 hours per week</dd></dl>"
        "<p>Harrowgate College runs three libraries for 9,000 students.</p></body></html>"
    )


# The figures as one line, the actual pay after the full-time range or before it.
ONE_LINE = (
    "<dd>£26,400 - £30,800 per annum, pro rata<br>"
    "Actual salary: £15,840 - £18,480 per annum (0.6 FTE)</dd>"
)
FTE_AFTER = "<dd>£15,840 - £18,480 a year pro rata (£26,400 - £30,800 FTE)</dd>"
# The same in spans of their own inside the one value.
SPANS = (
    "<dd class='salary'><span class='salary-from'>£26,400</span> <span>-</span> "
    "<span class='salary-to'>£30,800</span> <span class='salary-period'>per annum, "
    "pro rata</span><br><span class='salary-actual'>Actual salary: £15,840 - £18,480 "
    "per annum (0.6 FTE)</span></dd>"
)


def _pay(sentence: str, pay: str, ruleset: RuleSet) -> str:
    draft = (
        "# Hiring\n\nHarrowgate College wants a Library Assistant three days a week "
        f"([posting]({URL})). {sentence}\n"
    )
    return verdict_on(draft, {URL: _page(pay)}, ruleset, "salary", wrap=False).label


@pytest.mark.parametrize("pay", [ONE_LINE, FTE_AFTER, SPANS])
@pytest.mark.parametrize(
    ("sentence", "label"),
    [
        # What the post pays for its own hours.
        ("It pays £15,840 to £18,480 a year.", "supported"),
        (
            "In real terms it pays just under £16,000 a year at the bottom of the grade.",
            "supported",
        ),
        # The grade's full-time range.
        ("On a full-time basis the grade pays £26,400 to £30,800 a year.", "supported"),
        # Neither figure.
        ("It pays £21,000 to £23,000 a year.", "contradicted"),
        ("Its salary is nearly £21,000 at the bottom of the scale.", "contradicted"),
    ],
)
def test_either_measure_of_the_pay(sentence: str, label: str, pay: str, ruleset: RuleSet) -> None:
    assert _pay(sentence, pay, ruleset) == label


def test_two_measures_in_one_line() -> None:
    two = pay_in_two_measures("£41,000 - £45,500 FTE; actual pay £20,500 - £22,750 (0.5 FTE)")
    assert two is not None
    assert (two[0]["min"], two[0]["max"], two[1]["min"], two[1]["max"]) == (
        41000,
        45500,
        20500,
        22750,
    )
    starting = pay_in_two_measures("$58,200 - $71,900 a year, starting salary $58,200")
    assert starting is not None and starting[1]["min"] == starting[1]["max"] == 58200


@pytest.mark.parametrize(
    "text",
    [
        # A sum on top of the pay is no second measure of it.
        "£31,000 - £35,000 pro rata plus £2,500 London weighting",
        "£31,000 - £35,000 pro rata, £1,200 travel allowance",
        # Two figures with no word that makes them one pay in two measures.
        "£31,000 - £35,000 per annum; £24,000 - £27,000 per annum",
        # One range only.
        "£31,000 - £35,000 per annum, pro rata",
    ],
)
def test_not_two_measures(text: str) -> None:
    assert pay_in_two_measures(text) is None


def test_two_jobs_pay_in_one_cell_stay_apart() -> None:
    # Two pay elements in one value with no word of a second measure: two blocks.
    html = _page(
        "<dd class='salary'><span class='salary'>£26,400 - £30,800</span><br>"
        "<span class='salary'>£31,000 - £35,000</span></dd>"
    )
    pays = [f for f in read_facts(html).items if f.kind == "pay"]
    assert all("also" not in f.data for f in pays)


URL2 = "http://kestrel.test/careers/1187/network-engineer"
PAGE2 = (
    "<html><head><title>Network Engineer - Kestrel Rail</title></head><body>"
    "<h1>Network Engineer</h1><dl><dt>Pay band</dt><dd>£44,200 - £49,800 per annum</dd>"
    "</dl><p>Kestrel Rail runs signalling for 600 miles of track.</p></body></html>"
)


@pytest.mark.parametrize(
    ("sentence", "label"),
    [
        ("The post pays just over £44,000 a year at the bottom of the band.", "supported"),
        ("The post pays just under £50,000 at the top of the pay band.", "supported"),
        ("The post pays just under £47,000 at the top of the band.", "contradicted"),
        ("The post pays about £38,000 a year at the bottom of the band.", "contradicted"),
    ],
)
def test_pay_at_an_end_of_the_scale(sentence: str, label: str, ruleset: RuleSet) -> None:
    draft = f"# Hiring\n\nKestrel Rail wants a Network Engineer ([posting]({URL2})). {sentence}\n"
    assert verdict_on(draft, {URL2: PAGE2}, ruleset, "salary", wrap=False).label == label
