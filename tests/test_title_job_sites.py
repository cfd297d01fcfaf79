"""Which job a posting speaks to. A draft that gives the employer's careers site as its
source ("according to its careers site") says the site lists the job, so a linked
posting for another kind of job says nothing of it; one for a variant of the job still
refutes, and titles ending in two different occupations that share a unit ("Desk") are
two of its openings. A posting's English title on a page in another language, ending in
the claim's own job word, is the posting's English name; a posting headed by a word that
names a firm in most copy ("Courier") names that job. A name in a description set off by
commas after the employer's name is no employer. A site only mentioned, or named by a
link's own words, is no source. The drafts and pages are written for these tests."""

from __future__ import annotations

import pytest
from judging import run
from postings import job_posting_ld

from factcheck.reading import parse_article
from factcheck.rulepacks.ruleset import RuleSet

POSTING = "https://careers.harwick.example/jobs/HW-4410-process-chemist.html"


def _posting(title: str, employer: str = "Harwick Pharma", lang: str = "en") -> str:
    return f"""<html lang="{lang}"><head><title>{title} - {employer} Careers</title>
{job_posting_ld(title, employer)}</head><body><main><h1>{title}</h1>
<p>Join our team at the Leiden site. Shifts are worked on a rota.</p>
<a class="apply" href="/apply">Apply now</a></main></body></html>"""


def _labels(draft: str, pages: dict[str, str], ruleset: RuleSet) -> list[str]:
    return [
        c.verdict.label
        for c in run(draft, pages, ruleset, wrap=False)
        if c.claim.type == "job_title"
    ]


@pytest.mark.parametrize(
    ("sentence", "label"),
    [
        (
            'Harwick Pharma has advertised a "Warehouse Team Leader" in Leiden, according '
            "to its careers site ([1]({url})).",
            "unverified",
        ),
        (
            "Harwick Pharma is also hiring a Maintenance Planner, according to its jobs page "
            "({url}).",
            "unverified",
        ),
        # A variant of the posting's own job is still refuted by it.
        (
            'Harwick Pharma has advertised a "Senior Process Chemist" in Leiden, according '
            "to its careers site ([1]({url})).",
            "contradicted",
        ),
        # The draft names the advert as its source: the advert is for another job.
        (
            'Harwick Pharma\'s advert on its careers site is for a "Warehouse Team Leader" '
            "in Leiden ({url}).",
            "contradicted",
        ),
        ("Harwick Pharma is hiring a Warehouse Team Leader in Leiden ({url}).", "contradicted"),
    ],
)
def test_a_careers_site_as_the_source_lists_more_than_the_linked_posting(
    sentence: str, label: str, ruleset: RuleSet
) -> None:
    draft = f"# Jobs\n\n{sentence.format(url=POSTING)}\n"
    pages = {POSTING: _posting("Process Chemist – Formulation")}
    assert _labels(draft, pages, ruleset) == [label]


DESK = "https://jobs.tidewater-courier.example/openings/sports-desk-reporter.html"


@pytest.mark.parametrize(
    ("claimed", "label"),
    [
        # Two occupations that share only the desk they work on: another opening the
        # site may list.
        ("Picture Desk Coordinator", "unverified"),
        # The posting's own job at another level: refuted.
        ("Senior Sports Desk Reporter", "contradicted"),
    ],
)
def test_titles_sharing_only_a_unit_are_two_jobs(
    claimed: str, label: str, ruleset: RuleSet
) -> None:
    draft = (
        "# Papers\n\nThe Tidewater Courier's Sports Desk Reporter post pays $52,000 a year."
        f'\n\nThe Tidewater Courier is also looking for a "{claimed}", according to its '
        "careers page.\n\n"
        f"## Sources\n\n- Tidewater Courier careers: {DESK}\n"
    )
    pages = {DESK: _posting("Sports Desk Reporter", "Tidewater Courier")}
    got = [
        c.verdict.label
        for c in run(draft, pages, ruleset, wrap=False)
        if c.claim.type == "job_title" and claimed in c.claim.sentence.text
    ]
    assert got == [label]


YARD = "https://recruit.shipjob.example/posting/4471-hull-welder.html"


def _korean(title: str) -> str:
    return f"""<html lang="ko"><head><meta charset="utf-8"><title>{title} - 조선잡</title>
{job_posting_ld(title, "Sinhwa Marine Co.")}</head><body><main>
<p>Sinhwa Marine Co. (신화마린) · 사내협력사</p><h1>{title}</h1><p>선각 용접공</p>
<dl><dt>근무지 Location</dt><dd>Mokpo</dd></dl><a href="/apply">지원하기 Apply</a>
</main></body></html>"""


@pytest.mark.parametrize(
    ("claimed", "label"),
    [
        # The posting's English title ends in the claim's job word: another welder.
        ("MIG Pipe Welder", "contradicted"),
        # Another job word altogether: the Korean page says nothing of it.
        ("Pipe Fitter", "unverified"),
    ],
)
def test_an_english_title_on_a_page_in_another_language(
    claimed: str, label: str, ruleset: RuleSet
) -> None:
    draft = f'# Yards\n\nOne contractor in Mokpo is now advertising for a "{claimed}" ({YARD}).\n'
    assert _labels(draft, {YARD: _korean("Flux-Cored Hull Welder (Block Assembly)")}, ruleset) == [
        label
    ]


PARCEL = "https://careers.northline-parcel.example/job/R7731/courier-same-day.html"


def test_a_posting_headed_by_a_courier_names_that_job(ruleset: RuleSet) -> None:
    draft = (
        "# Parcels\n\nAt Northline Parcel, the posting I saw is a Yard Shunter role based at "
        f"its Ottawa hub ([posting]({PARCEL})).\n"
    )
    pages = {PARCEL: _posting("Courier – Same Day Delivery (Part-Time)", "Northline Parcel")}
    assert _labels(draft, pages, ruleset) == ["contradicted"]


@pytest.mark.parametrize(
    ("sentence", "employer"),
    [
        (
            'Marden Civil Works, an A2-rated road builder, is hiring a "Senior Quantity '
            'Surveyor" for its bypass scheme.',
            "Marden Civil Works",
        ),
        (
            'Okoro Freight, a Lagos haulier, now wants a "Fleet Controller" for its night desk.',
            "Okoro Freight",
        ),
        # The subject is a speaker: the firm is named in the description.
        (
            'Tamsin Hale, a Brecon Foods manager, said the firm is hiring a "Line Supervisor".',
            "Brecon Foods",
        ),
    ],
)
def test_a_name_in_a_description_after_the_employer_is_no_employer(
    sentence: str, employer: str, ruleset: RuleSet
) -> None:
    from factcheck.claims.extract import extract_claims

    claims = extract_claims(parse_article(f"# Jobs\n\n{sentence}\n", "draft.md"), ruleset)
    quoted = [c for c in claims if c.type == "job_title" and c.fields.get("quoted")]
    assert [c.fields.get("employer") for c in quoted] == [employer]


@pytest.mark.parametrize(
    "sentence",
    [
        # The site is only mentioned, not given as the source.
        'Anyone browsing job boards will find Harwick Pharma listing a "Warehouse Team '
        'Leader" in Leiden ({url}).',
        # The site's name is the link's own text: the link is the source, and it is a posting.
        "Harwick Pharma is hiring a Warehouse Team Leader in Leiden ([careers page]({url})).",
    ],
)
def test_a_site_named_but_not_given_as_the_source_leaves_the_posting_to_decide(
    sentence: str, ruleset: RuleSet
) -> None:
    draft = f"# Jobs\n\n{sentence.format(url=POSTING)}\n"
    pages = {POSTING: _posting("Process Chemist – Formulation")}
    assert _labels(draft, pages, ruleset) == ["contradicted"]
