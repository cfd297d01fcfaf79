"""A title claim's own cited posting decides it by the title its structure gives, even
when the employer the draft's words name is not the posting's hiring organisation by
name. Who hires is read right when the words before the title say where the employer
is ("The Leeds-based grocer", "in Tulsa, Oklahoma,") rather than who; a posting the
claim's own sentence cites that names the claim's employer (a hospital of a health
system) is the claim's; a posting in another language heads its job in English with a
dash between its parts. The drafts and pages are written for these tests."""

from __future__ import annotations

import pytest
from extracting import titles_with_employers
from judging import run, verdict
from postings import job_posting_ld

from factcheck.rulepacks.ruleset import RuleSet


@pytest.mark.parametrize(
    ("text", "employer"),
    [
        (
            "Brenlow Foods has grown fast. The Leeds-based grocer is hiring a Night Butcher.",
            "Brenlow Foods",
        ),
        (
            "Tarrant Lines grew last year. The Norwegian shipper is recruiting a Deck Officer.",
            "Tarrant Lines",
        ),
        (
            "Orla Mills runs three plants. The Denver-headquartered firm is looking for a "
            "Kiln Engineer.",
            "Orla Mills",
        ),
        (
            "Consider Vessel Bank. The Oslo-listed lender is recruiting a Treasury Analyst.",
            "Vessel Bank",
        ),
    ],
)
def test_a_word_of_where_describes_the_employer_named_before(
    text: str, employer: str, ruleset: RuleSet
) -> None:
    assert [e for _, e in titles_with_employers(text, ruleset)] == [employer]


@pytest.mark.parametrize(
    ("text", "employer"),
    [
        (
            "Corvin Health in Tulsa, Oklahoma, has a Staff Nurse opening on its cardiac ward.",
            "Corvin Health",
        ),
        ("Haverly Bank in Leeds, West Yorkshire, is hiring a Payments Analyst.", "Haverly Bank"),
        ("Pellham Tools near Graz, Styria, is recruiting a Tool Setter.", "Pellham Tools"),
    ],
)
def test_a_region_after_the_town_is_where_not_who(
    text: str, employer: str, ruleset: RuleSet
) -> None:
    assert [e for _, e in titles_with_employers(text, ruleset)] == [employer]


MARLOW = "https://careers.brackenhealth.example/jobs/req-5512"


def _ward_posting(title: str) -> str:
    return f"""<html><head><title>{title} - Marlow Vale Hospital</title>
{job_posting_ld(title, "Bracken Health System")}
</head><body><h1>{title}</h1>
<p>Marlow Vale Hospital is a 300-bed teaching hospital and part of Bracken Health
System, which runs nine hospitals in the region.</p>
<aside class="similar-jobs"><h2>Similar Jobs</h2><ul><li><a href="/j/2">Charge Nurse III -
Oncology</a></li></ul></aside></body></html>"""


@pytest.mark.parametrize(
    "sentence",
    [
        "Marlow Vale Hospital posted an opening for a [Charge Nurse III on its oncology "
        "ward]({url}).",
        "Marlow Vale Hospital is hiring a Charge Nurse III, according to [a listing]({url}).",
        "Marlow Vale Hospital wants a Charge Nurse III ([posting]({url})).",
    ],
)
def test_the_cited_posting_of_the_employers_owner_decides(sentence: str, ruleset: RuleSet) -> None:
    draft = f"# Wards\n\n{sentence.format(url=MARLOW)}\n"
    claims = run(draft, {MARLOW: _ward_posting("Charge Nurse II - Oncology")}, ruleset, wrap=False)
    found = verdict(claims, "job_title").verdict
    assert found.label == "contradicted", found.rationale
    # The same posting for the claim's own job bears it out.
    claims = run(draft, {MARLOW: _ward_posting("Charge Nurse III - Oncology")}, ruleset, wrap=False)
    found = verdict(claims, "job_title").verdict
    assert found.label == "supported", found.rationale


def test_a_posting_cited_beside_the_claim_stays_anothers(ruleset: RuleSet) -> None:
    # Cited in another sentence, the other organisation's posting says nothing of a job
    # the claim gives to an employer it names.
    draft = (
        f"# Wards\n\nBracken Health System pays nurses well ([ad]({MARLOW})). Tolland Clinic, "
        "for its part, is recruiting a Theatre Scrub Nurse.\n"
    )
    claims = run(draft, {MARLOW: _ward_posting("Charge Nurse II - Oncology")}, ruleset, wrap=False)
    assert verdict(claims, "job_title", "Tolland").verdict.label != "contradicted"


BERGEN = "https://karriere.fjellbank.example/stillinger/4410"


def _norwegian_posting(title: str) -> str:
    return f"""<html lang="nb"><head><title>{title} | Fjellbank karriere</title>
{job_posting_ld(title, "Fjellbank ASA")}
</head><body><h1>{title}</h1><p>Vi søker en erfaren kollega til teamet vårt i Bergen.</p>
</body></html>"""


@pytest.mark.parametrize(
    "posted",
    [
        "Senior Platform Engineer – Card Payments",
        "Senior Platform Engineer — Card Payments",
        "Senior Platform Engineer – Merchants’ Payments",
    ],
)
def test_an_english_heading_with_a_typographic_dash_is_the_postings_english_name(
    posted: str, ruleset: RuleSet
) -> None:
    draft = f"# Banks\n\nFjellbank is hiring a Lead Platform Engineer in Bergen ([ad]({BERGEN})).\n"
    claims = run(draft, {BERGEN: _norwegian_posting(posted)}, ruleset, wrap=False)
    found = verdict(claims, "job_title").verdict
    assert found.label == "contradicted", found.rationale


NEWS = "https://news.kelsopost.example/2031/05/12/harbour-hospital-pickets"


@pytest.mark.parametrize(
    ("claim", "caption"),
    [
        ("Harbour Hospital is hiring a Charge Nurse II", "Nurses picket outside Harbour Hospital."),
        (
            "Harbour Hospital is recruiting a Track Maintenance Engineer",
            "Engineers gather outside Harbour Hospital on Monday.",
        ),
        (
            "Harbour Hospital is looking for a Relief Shuttle Driver",
            "Drivers wait outside Harbour Hospital before the shift.",
        ),
    ],
)
def test_the_occupations_word_alone_bears_out_no_title(
    claim: str, caption: str, ruleset: RuleSet
) -> None:
    page = f"""<html><head><title>Pickets at Harbour Hospital</title></head><body>
<h1>Pickets at Harbour Hospital</h1><p>{caption}</p><p>The stoppage is in its second
week.</p></body></html>"""
    draft = f"# Jobs\n\n{claim} ([photo]({NEWS})).\n"
    found = verdict(run(draft, {NEWS: page}, ruleset, wrap=False), "job_title").verdict
    assert found.label != "supported", found.rationale


def test_a_name_far_down_the_posting_does_not_make_it_the_claims(ruleset: RuleSet) -> None:
    # The posting's body names the claim's employer as a partner, not as where the job is.
    body = "<p>Our crews work shifts across the region all year round.</p>" * 6
    page = f"""<html><head><title>Trainee Ferry Engineer | Orkel Lines</title>
{job_posting_ld("Trainee Ferry Engineer", "Orkel Lines")}
</head><body><h1>Trainee Ferry Engineer</h1>{body}
<p>You will work closely with Harwick Port Authority on every crossing.</p></body></html>"""
    url = "https://careers.orkel.example/jobs/771"
    draft = (
        f"# Ports\n\nHarwick Port Authority is recruiting trainee ferry engineers ([ad]({url})).\n"
    )
    found = verdict(run(draft, {url: page}, ruleset, wrap=False), "job_title").verdict
    assert found.label != "supported", found.rationale


KELSO = "https://jobs.pellowinns.example/vacancies/3301-night-porter-kelso.html"


@pytest.mark.parametrize(
    ("second", "label"),
    [
        # An unrelated job: the posting cited for the porter says nothing of it.
        ("The same group is also hiring a Pastry Cook for its Kelso kitchen", "unverified"),
        ("Pellow Inns wants a Head Gardener at the Kelso estate too", "unverified"),
        # A variant of the posting's own job is the posting's to refute.
        ("The same group is also hiring a Senior Night Porter in Kelso", "contradicted"),
    ],
)
def test_a_posting_cited_for_its_job_says_nothing_of_an_unrelated_second_one(
    second: str, label: str, ruleset: RuleSet
) -> None:
    page = f"""<html lang="en"><head><title>Night Porter - Pellow Inns</title>
{job_posting_ld("Night Porter", "Pellow Inns Ltd")}
</head><body><h1>Night Porter</h1><p>Pellow Inns is hiring in Kelso.</p></body></html>"""
    draft = (
        f'# Inns\n\nPellow Inns is hiring a "Night Porter" in Kelso ({KELSO}). It pays '
        f"well.\n\nRooms are full all summer.\n\n{second} ({KELSO}).\n"
    )
    claims = run(draft, {KELSO: page}, ruleset, wrap=False)
    got = [c for c in claims if c.claim.type == "job_title"]
    assert got[0].verdict.label == "supported", got[0].verdict.rationale
    assert len(got) == 2
    assert got[1].verdict.label == label, got[1].verdict.rationale
