"""Pay claims read against a pay schedule's step: the first step for a starting figure
(or the step the page says new staff start on), the last for "the top of", a step the
claim names, the whole scale for a range; a job reaches its scale by name or through a
table mapping it to a range. The pages and sentences are written for these tests."""

from __future__ import annotations

from typing import Any

import pytest
from judging import run, verdict

SCALE_URL = "https://learning.ostwick.example/careers/teacher-salaries"
# Rows are steps, one column of pay; a second table holds the upper scale.
SCALE = """<html><head><title>Teacher salaries 2033</title></head><body><main>
<h1>Teacher salaries, 2033 school year</h1>
<p>All teachers of the Ostwick Learning Trust are paid on the scales below. Teachers
holding a diploma start on step 1; teachers holding a doctorate start on step 4.</p>
<table><caption>Main scale, annual salary</caption>
<tr><th>Step</th><th>Salary</th></tr>
<tr><td>Step 1</td><td>$51,300</td></tr>
<tr><td>Step 2</td><td>$53,050</td></tr>
<tr><td>Step 3</td><td>$55,700</td></tr>
<tr><td>Step 4</td><td>$58,900</td></tr>
<tr><td>Step 5</td><td>$62,450</td></tr>
<tr><td>Step 6 (top of main scale)</td><td>$66,800</td></tr>
</table>
<table><caption>Leadership scale, annual salary</caption>
<tr><th>Step</th><th>Salary</th></tr>
<tr><td>L1</td><td>$74,000</td></tr>
<tr><td>L2</td><td>$78,500</td></tr>
</table></main></body></html>"""

RANGES_URL = "https://hr.pellham-county.example/compensation/schedule"
# One table maps each job to a range, another prices each range by step A to E.
RANGES = """<html><head><title>Compensation schedule</title></head><body><main>
<h1>Pellham County compensation schedule</h1>
<h2>Classifications</h2>
<table><tr><th>Job title</th><th>Pay grade</th></tr>
<tr><td>Water Plant Operator</td><td>23</td></tr>
<tr><td>Senior Water Plant Operator</td><td>27</td></tr>
<tr><td>Records Clerk</td><td>14</td></tr>
</table>
<h2>Hourly rates by grade</h2>
<table><tr><th>Grade</th><th>A</th><th>B</th><th>C</th><th>D</th><th>E</th></tr>
<tr><td>14</td><td>$19.10</td><td>$20.06</td><td>$21.06</td><td>$22.11</td><td>$23.22</td></tr>
<tr><td>23</td><td>$27.85</td><td>$29.24</td><td>$30.70</td><td>$32.24</td><td>$33.85</td></tr>
<tr><td>27</td><td>$31.90</td><td>$33.50</td><td>$35.17</td><td>$36.93</td><td>$38.78</td></tr>
</table></main></body></html>"""


def _salary(sentence: str, url: str, page: str, ruleset: Any) -> Any:
    draft = f"# Pay\n\nThe employer sets out its pay ([pay]({url})). {sentence}\n"
    return verdict(run(draft, {url: page}, ruleset, wrap=False), "salary").verdict


@pytest.mark.parametrize(
    ("sentence", "label", "where"),
    [
        ("A newly qualified teacher at the trust starts on $51,300 a year.", "supported", "Step 1"),
        (
            "A newly qualified teacher at the trust starts on $49,000 a year.",
            "contradicted",
            "Step 1",
        ),
        # The page says which step a doctorate starts on.
        ("Teachers holding a doctorate start on $58,900.", "supported", "Step 4"),
        ("Teachers on step 6, the top of the main scale, earn $66,800.", "supported", "Step 6"),
        ("Teachers on step 6, the top of the main scale, earn $69,000.", "contradicted", "Step 6"),
    ],
)
def test_a_step_of_a_scale_set_out_row_by_row(
    sentence: str, label: str, where: str, ruleset: Any
) -> None:
    found = _salary(sentence, SCALE_URL, SCALE, ruleset)
    assert found.label == label, found.rationale
    assert f"Main scale, annual salary, Salary, {where}" in found.rationale


@pytest.mark.parametrize(
    ("sentence", "label", "where"),
    [
        ("A water plant operator earns $27.85 an hour at entry.", "supported", "Grade 23, A"),
        ("A water plant operator earns $30.70 an hour at entry.", "contradicted", "Grade 23, A"),
        ("A records clerk can earn up to $23.22 an hour.", "supported", "Grade 14, E"),
        (
            "A senior water plant operator can earn up to $36.93 an hour.",
            "contradicted",
            "Grade 27, E",
        ),
        ("Records clerks are paid $19.10 to $23.22 an hour.", "supported", "Grade 14, A to E"),
    ],
)
def test_a_job_priced_through_the_grade_another_table_gives_it(
    sentence: str, label: str, where: str, ruleset: Any
) -> None:
    found = _salary(sentence, RANGES_URL, RANGES, ruleset)
    assert found.label == label, found.rationale
    assert where in found.rationale
    assert "is on Pay grade" in found.rationale


def test_a_figure_naming_no_step_is_not_set_against_one(ruleset: Any) -> None:
    # $55,700 is step 3: a teacher may well earn it; no step is named or implied.
    found = _salary("Some teachers at the trust earn $55,700.", SCALE_URL, SCALE, ruleset)
    assert found.label != "contradicted", found.rationale


LANES_URL = "https://hr.brightwater-schools.example/salary-schedule"
# A row per qualification lane, a column per step.
LANES = """<html><head><title>Certificated salary schedule</title></head><body><main>
<h1>Certificated salary schedule, Brightwater Unified</h1>
<p>Teachers are placed on a lane by their highest degree.</p>
<table><caption>Annual salary by lane and step</caption>
<tr><th>Lane</th><th>Step 1</th><th>Step 2</th><th>Step 3</th><th>Step 4</th></tr>
<tr><td>Bachelor's degree</td><td>$49,800</td><td>$51,700</td><td>$53,650</td><td>$55,900</td></tr>
<tr><td>Master's degree</td><td>$54,300</td><td>$56,350</td><td>$58,500</td><td>$60,900</td></tr>
<tr><td>Doctorate</td><td>$58,100</td><td>$60,250</td><td>$62,600</td><td>$65,150</td></tr>
</table></main></body></html>"""


@pytest.mark.parametrize(
    ("sentence", "label", "where"),
    [
        # The lane the sentence names, not the lowest one.
        (
            "Teachers with a master's degree start on $54,300.",
            "supported",
            "Master's degree, Step 1",
        ),
        ("Teachers with a master's degree start on $49,800.", "contradicted", "Master's degree"),
        ("A teacher with a doctorate can earn up to $65,150.", "supported", "Doctorate, Step 4"),
    ],
)
def test_a_lane_of_a_schedule_named_by_qualification(
    sentence: str, label: str, where: str, ruleset: Any
) -> None:
    found = _salary(sentence, LANES_URL, LANES, ruleset)
    assert found.label == label, found.rationale
    assert where in found.rationale


TOWN_URL = "https://jobs.harrowgate-town.example/pay/general-schedule"
# The schedule lists the job classes it covers, each mapped to a range; the town's
# other groups are paid on schedules of their own.
TOWN = """<html><head><title>General employees pay schedule</title></head><body><main>
<h1>Harrowgate general employees pay schedule</h1>
<p>This schedule covers the general employees unit. Pay schedules for sworn police and
fire personnel are published separately.</p>
<table><caption>Classifications</caption>
<tr><th>Classification</th><th>Salary range</th></tr>
<tr><td>Parks Maintenance Worker</td><td>9</td></tr>
<tr><td>Building Inspector</td><td>16</td></tr>
</table>
<table><caption>Hourly rates by range</caption>
<tr><th>Range</th><th>Step 1</th><th>Step 2</th><th>Step 3</th><th>Step 4</th></tr>
<tr><td>9</td><td>$21.40</td><td>$22.47</td><td>$23.59</td><td>$24.77</td></tr>
<tr><td>16</td><td>$30.15</td><td>$31.66</td><td>$33.24</td><td>$34.90</td></tr>
</table></main></body></html>"""

CREWS_URL = "https://boats.lowmere.example/crew/pay-rates"
# A row per job, a column per step: the jobs the scale covers are its rows.
CREWS = """<html><head><title>Crew pay rates</title></head><body><main>
<h1>Lowmere Boat Company crew pay rates</h1>
<table><caption>Crew hourly rates</caption>
<tr><th>Position</th><th>Step 1</th><th>Step 2</th><th>Step 3</th></tr>
<tr><td>Deckhand</td><td>$19.80</td><td>$20.90</td><td>$22.05</td></tr>
<tr><td>Ferry Engineer</td><td>$33.60</td><td>$35.40</td><td>$37.30</td></tr>
</table></main></body></html>"""


@pytest.mark.parametrize(
    ("sentence", "url", "page"),
    [
        ("Paramedics in Harrowgate start at $26 an hour.", TOWN_URL, TOWN),
        ("Paramedics in Harrowgate start at $21.40 an hour.", TOWN_URL, TOWN),
        ("Ticket clerks at Lowmere Boat Company start at $17 an hour.", CREWS_URL, CREWS),
    ],
)
def test_a_job_the_schedule_does_not_list_gets_no_step_of_it(
    sentence: str, url: str, page: str, ruleset: Any
) -> None:
    # The cited schedule enumerates the jobs it covers; this one is not among them, so
    # none of its scales is this job's.
    found = _salary(sentence, url, page, ruleset)
    assert found.label == "unverified", found.rationale


@pytest.mark.parametrize(
    ("sentence", "url", "page", "label", "where"),
    [
        (
            "Building inspectors in Harrowgate start at $30.15 an hour.",
            TOWN_URL,
            TOWN,
            "supported",
            "Range 16, Step 1",
        ),
        (
            "Building inspectors in Harrowgate start at $28 an hour.",
            TOWN_URL,
            TOWN,
            "contradicted",
            "Range 16, Step 1",
        ),
        (
            "Deckhands at Lowmere Boat Company start at $19.80 an hour.",
            CREWS_URL,
            CREWS,
            "supported",
            "Deckhand, Step 1",
        ),
        (
            "Deckhands at Lowmere Boat Company start at $18 an hour.",
            CREWS_URL,
            CREWS,
            "contradicted",
            "Deckhand, Step 1",
        ),
    ],
)
def test_a_job_the_schedule_lists_is_still_read_at_its_step(
    sentence: str, url: str, page: str, label: str, where: str, ruleset: Any
) -> None:
    found = _salary(sentence, url, page, ruleset)
    assert found.label == label, found.rationale
    assert where in found.rationale


POINTS_URL = "https://gov.marrowvale.example/circulars/librarian-scales"
# Rows are points of an incremental scale (the last with a note), columns two dates; the
# currency stands only as the caption's last item.
POINTS = """<html><head><title>Revised scales for librarians</title></head><body><main>
<h1>Revised salary scales for librarians</h1>
<table><caption>Librarian grade scale, annual, £</caption>
<tr><th>Point</th><th>From 1 April 2031</th><th>From 1 October 2032</th></tr>
<tr><td>1</td><td>31,120</td><td>31,870</td></tr>
<tr><td>2</td><td>32,400</td><td>33,180</td></tr>
<tr><td>8</td><td>39,950</td><td>40,910</td></tr>
<tr><td>12 (maximum)</td><td>45,300</td><td>46,390</td></tr>
</table></main></body></html>"""


@pytest.mark.parametrize(
    ("sentence", "label", "where"),
    [
        # The latest date's column, unless the claim names another's year.
        ("A librarian joining the scale now starts on £31,870.", "supported", "Point 1"),
        ("A librarian joining the scale now starts on £31,120.", "contradicted", "Point 1"),
        ("In 2031 a new librarian started on £31,120.", "supported", "Point 1"),
        # The scale's end told by its step: "at the top point", "on the highest step".
        (
            "After eleven increments the pay reaches a maximum of £46,390 at the top point.",
            "supported",
            "Point 12 (maximum)",
        ),
        (
            "After eleven increments the pay reaches a maximum of £48,100 at the top point.",
            "contradicted",
            "Point 12 (maximum)",
        ),
        (
            "Librarians can reach roughly £44,000 a year on the highest step.",
            "contradicted",
            "Point 12 (maximum)",
        ),
    ],
)
def test_a_scale_of_points_dated_by_its_columns(
    sentence: str, label: str, where: str, ruleset: Any
) -> None:
    found = _salary(sentence, POINTS_URL, POINTS, ruleset)
    assert found.label == label, found.rationale
    assert where in found.rationale


GRADES_URL = "https://pay.kestrel-univ.example/academic-grades"
# Monthly pay in a currency whose sign stands in the column headers with the period.
GRADES = """<html><head><title>Academic grades</title></head><body><main>
<h1>Academic pay by grade</h1>
<table><caption>Academic grades, monthly</caption>
<tr><th>Rank</th><th>Step 1 (₦ per month)</th><th>Top step (₦ per month)</th></tr>
<tr><td>Tutor</td><td>305,000</td><td>388,400</td></tr>
<tr><td>Registrar</td><td>690,000</td><td>802,500</td></tr>
</table></main></body></html>"""


@pytest.mark.parametrize(
    ("sentence", "label"),
    [
        ("A registrar at the top of the scale is paid ₦802,500 a month.", "supported"),
        ("A registrar at the top of the scale is paid ₦950,000 a month.", "contradicted"),
        # Its period is only its size's guess (a year's): the scale's figure, a month's.
        (
            "A tutor at the faculty tops out at ₦388,400, about half what a registrar makes.",
            "supported",
        ),
    ],
)
def test_a_scale_in_a_sign_its_headers_give(sentence: str, label: str, ruleset: Any) -> None:
    found = _salary(sentence, GRADES_URL, GRADES, ruleset)
    assert found.label == label, found.rationale
