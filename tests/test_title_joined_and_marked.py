"""A posting's title written the ways real ads write one is still the claim's job: two
names of the job joined by a slash, "&" or "and"; a German or French gender-marked
title for an English claim (a translation, not another job); short forms of a level
("Snr"); British and American spellings; a colon before the place. Another rank or
trade still contradicts. Pages and sentences written for these tests."""

from __future__ import annotations

import pytest
from judging import run
from postings import job_posting_ld

from factcheck.rulepacks.ruleset import RuleSet

BASE = "http://127.0.0.1:9/roles"


def _page(heading: str, org: str) -> str:
    return (
        f"<html><head><title>{heading} | {org} Careers</title>"
        f"{job_posting_ld(heading, org)}</head><body><main><h1>{heading}</h1>"
        "<p>The crew works across two yards and rotates weekends.</p>"
        "<ul><li>Full licence</li></ul></main></body></html>"
    )


def _label(sentence: str, heading: str, ruleset: RuleSet) -> str:
    url = f"{BASE}/7"
    org = sentence.split(" is ")[0]
    claims = run(
        f"# Roles\n\n{sentence} ([ad]({url})).\n", {url: _page(heading, org)}, ruleset, wrap=False
    )
    found = [c for c in claims if c.claim.type == "job_title"]
    assert found, [c.claim.text for c in claims]
    return found[0].verdict.label


@pytest.mark.parametrize(
    ("sentence", "heading"),
    [
        # Two names of one post.
        ("Tui Logistics is hiring a forklift driver in Timaru", "Forklift Driver/Operator"),
        ("Tui Logistics is hiring a forklift driver in Timaru", "Forklift Driver and Storeperson"),
        ("Tui Logistics is hiring a forklift driver in Timaru", "Yard Hand & Forklift Driver"),
        # A colon before where the job is.
        ("Tui Logistics is hiring a forklift driver in Timaru", "Forklift Driver: Timaru"),
        # Short forms and spellings.
        ("Kowhai Clinics is hiring a senior pharmacist in Nelson", "Snr Pharmacist"),
        ("Kowhai Clinics is hiring a health and safety advisor in Nelson", "H&S Advisor"),
        (
            "Kowhai Clinics is hiring a health and safety adviser in Nelson",
            "Health & Safety Advisor",
        ),
    ],
)
def test_another_writing_of_the_same_title_supports(
    ruleset: RuleSet, sentence: str, heading: str
) -> None:
    assert _label(sentence, heading, ruleset) == "supported"


@pytest.mark.parametrize(
    "heading",
    ["Schweißer*in", "Schweißer/in (m/w/d)", "Anlagenschweißer (m/w/d)", "Schweißer:in"],
)
def test_a_gender_marked_title_in_another_language_contradicts_nothing(
    ruleset: RuleSet, heading: str
) -> None:
    sentence = "Hafenwerk Emden is hiring a welder in Emden"
    assert _label(sentence, heading, ruleset) != "contradicted"


@pytest.mark.parametrize(
    ("sentence", "heading"),
    [
        # Another trade under either name, or marked in English, is another job.
        ("Tui Logistics is hiring a forklift driver in Timaru", "Crane Operator/Rigger"),
        ("Tui Logistics is hiring a forklift driver in Timaru", "Crane Operator & Rigger"),
        ("Tui Logistics is hiring a forklift driver in Timaru", "Crane Operator (m/w/d)"),
        ("Kowhai Clinics is hiring a pharmacist in Nelson", "Electrician H/F"),
        # Another rank, however it is written.
        ("Kowhai Clinics is hiring a senior pharmacist in Nelson", "Jnr Pharmacist"),
        ("Kowhai Clinics is hiring a health and safety advisor in Nelson", "H&S Manager"),
    ],
)
def test_another_job_still_contradicts(ruleset: RuleSet, sentence: str, heading: str) -> None:
    assert _label(sentence, heading, ruleset) == "contradicted"


def _agency_page(agency: str) -> str:
    return (
        f"<html><head><title>Pump Technician | {agency}</title>"
        f"{job_posting_ld('Pump Technician', agency)}</head><body><main>"
        "<h1>Pump Technician</h1><p>Service the pumps at three sites; weekend call-out "
        "on a roster.</p></main></body></html>"
    )


def test_an_agency_posting_for_a_client_is_no_other_employer(ruleset: RuleSet) -> None:
    url = f"{BASE}/9"
    sentence = "Waipa Water is hiring a pump technician in Cambridge"

    def label(agency: str) -> str:
        draft = f"# Roles\n\n{sentence} ([ad]({url})).\n"
        claims = run(draft, {url: _agency_page(agency)}, ruleset, wrap=False)
        return next(c for c in claims if c.claim.type == "job_title").verdict.label

    # A recruitment firm publishes its clients' jobs under its own name.
    assert label("Ridgeline Recruitment Ltd") != "contradicted"
    # Another employer's own posting is still another employer's job.
    assert label("Rangitoto Pumps Ltd") == "contradicted"
