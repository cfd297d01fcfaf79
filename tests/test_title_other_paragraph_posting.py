"""A posting the draft cites in one paragraph for the job that paragraph names is that
job's: a title claim in another paragraph, resting on a source of its own, names a second
opening at the employer, which that posting neither backs nor refutes. A title the draft
grades ("Signal Fitter III") is a post's exact name: a posting that names its job with
other words and no grade is another post; one that only leaves the grade out may be the
same. The drafts and pages are written for these tests."""

from __future__ import annotations

import pytest
from judging import run
from postings import job_posting_ld

from factcheck.rulepacks.ruleset import RuleSet

POSTING = "https://jobs.calderhotels.example/vacancies/3307-kitchen-porter-york.html"
UNION = "https://www.unison.example/news/calder-hotels-york-talks.html"


def _posting(title: str, employer: str) -> str:
    return f"""<html><head><title>{title} - {employer} Careers</title>
{job_posting_ld(title, employer)}
</head><body><main><h1>{title}</h1>
<p>Join the team at our York hotel. Shifts are worked on a rota.</p></main></body></html>"""


UNION_PAGE = """<html><head><title>Calder Hotels talks resume</title></head><body><main>
<h1>Talks resume with Calder Hotels in York</h1>
<p>Unison members at the York hotel voted to accept talks on the closure of the laundry.
Staff will be offered transfers to the new site.</p></main></body></html>"""


def _labels(first: str, ruleset: RuleSet) -> list[str]:
    draft = (
        f"# Hotels\n\n{first} ({POSTING}).\n\nUnison says Calder Hotels has also "
        f'advertised a "Kitchen Supervisor" vacancy at the York site ([Unison]({UNION})).\n'
    )
    pages = {POSTING: _posting("Kitchen Porter (Weekends)", "Calder Hotels"), UNION: UNION_PAGE}
    return [
        c.verdict.label
        for c in run(draft, pages, ruleset, wrap=False)
        if c.claim.type == "job_title" and "Supervisor" in c.claim.sentence.text
    ]


@pytest.mark.parametrize(
    "first",
    [
        "Calder Hotels' weekend kitchen porters start on £23,500, according to its advert",
        "In York, Calder Hotels is paying kitchen porters £23,500, its current advert says",
    ],
)
def test_a_posting_cited_elsewhere_for_the_job_named_there_is_that_jobs(
    first: str, ruleset: RuleSet
) -> None:
    assert _labels(first, ruleset) == ["unverified"]


def test_a_posting_cited_elsewhere_without_naming_its_job_still_decides(
    ruleset: RuleSet,
) -> None:
    # The paragraph citing it names no job: the posting is the employer's, found by its
    # name, and its title refutes the quoted one of the same kind.
    first = "Calder Hotels pays from £23,500, according to its current advert"
    assert _labels(first, ruleset) == ["contradicted"]


FITTER = "https://careers.orrinrail.example/jobs/ORR-2291"


@pytest.mark.parametrize(
    ("posted", "label"),
    [
        ("Fitter, Signal Systems (Temporary)", "contradicted"),
        ("Signal Fitter (Temporary)", "supported"),
    ],
)
def test_a_graded_title_against_a_posting_that_names_no_grade(
    posted: str, label: str, ruleset: RuleSet
) -> None:
    draft = (
        "# Rail\n\nOrrin Rail has posted an opening for a Signal Fitter III at its "
        f"Derby depot on a one-year contract ([posting]({FITTER})).\n"
    )
    got = [
        c.verdict.label
        for c in run(draft, {FITTER: _posting(posted, "Orrin Rail")}, ruleset, wrap=False)
        if c.claim.type == "job_title"
    ]
    assert got == [label]


LINE = "https://recruit.daelim-optics.example/notice/view/2291"


def _bilingual(title: str) -> str:
    return f"""<html lang="ko"><head><meta charset="utf-8"><title>{title} - 대림옵틱스 채용</title>
</head><body><main><div class="notice-head"><span class="badge">경력 Experienced</span>
<h1>{title}</h1></div>
<dl class="summary"><dt>근무지 Location</dt><dd>충북 청주시 (Cheongju Plant 1)</dd>
<dt>고용형태 Employment</dt><dd>정규직 Permanent</dd>
<dt>연봉 Annual salary</dt><dd>4,600만원 ~ 5,900만원 (KRW 46,000,000 – 59,000,000 per year)</dd>
</dl><section><h2>담당업무 Responsibilities</h2><ul><li>Inspection of camera lens modules</li>
</ul></section><section class="about"><h2>회사소개 About</h2><p>Daelim Optics makes camera
lenses in Cheongju.</p></section></main></body></html>"""


@pytest.mark.parametrize(
    ("posted", "label"),
    [
        ("광학 검사엔지니어(렌즈) / Optical Inspection Engineer (Lens)", "supported"),
        ("광학 검사엔지니어 / Optical Inspection Engineer", "mixed"),
    ],
)
def test_the_english_half_of_a_title_in_two_scripts_is_the_title(
    posted: str, label: str, ruleset: RuleSet
) -> None:
    draft = (
        '# Optics\n\nTake the "Optical Inspection Engineer (Lens)" role that Daelim Optics '
        f"posted for its Cheongju plant ({LINE}).\n"
    )
    got = [
        c.verdict.label
        for c in run(draft, {LINE: _bilingual(posted)}, ruleset, wrap=False)
        if c.claim.type == "job_title"
    ]
    assert got == [label]
