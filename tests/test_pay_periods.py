"""Pay for the claim's own period that a page states beats a conversion from another
period; a conversion by hours the page never states backs a claim at most, and by the
hours it states may refute one. Gross or net before the period leaves the period as it
is. The pages are written for these tests."""

from __future__ import annotations

from judging import run
from postings import job_posting_ld

from factcheck.evidence.hours import weekly_hours
from factcheck.rulepacks.ruleset import RuleSet

BASE = "http://harrowgate.test/jobs"


def _posting(title: str, org: str, low: float, high: float, text: str) -> str:
    script = job_posting_ld(title, org, currency="EUR", low=low, high=high, unit="HOUR")
    return (
        f"<html><head><title>{title} | {org}</title>"
        f"{script}</head><body><main><h1>{title}</h1><p>{org} is looking "
        f"for a colleague for its team.</p><p>{text}</p><p><a href='/apply'>Apply now</a></p>"
        "</main></body></html>"
    )


def _salary(monthly: str, text: str, ruleset: RuleSet) -> tuple[str, str]:
    url = f"{BASE}/7"
    draft = (
        f"# Jobs\n\nOrlen Bakeries is hiring a Shift Supervisor in Brno ([posting]({url})). "
        f"The job pays about €{monthly} gross a month.\n"
    )
    page = _posting("Shift Supervisor", "Orlen Bakeries", 15.40, 16.60, text)
    claims = run(draft, {url: page}, ruleset, wrap=False)
    found = [c for c in claims if c.claim.type == "salary"]
    assert found, [c.claim.text for c in claims]
    assert found[0].claim.fields.get("period") == "month"
    return found[0].verdict.label, found[0].verdict.rationale


def test_the_pages_monthly_figure_beats_its_hourly_range(ruleset: RuleSet) -> None:
    text = "Pay: approx. €2,250 gross per month at entry level, depending on experience."
    assert _salary("2,250", text, ruleset)[0] == "supported"
    assert _salary("3,600", text, ruleset)[0] == "contradicted"


def test_a_conversion_without_stated_hours_is_no_conflict(ruleset: RuleSet) -> None:
    text = "We offer a permanent contract and paid training."
    assert _salary("3,600", text, ruleset)[0] == "unverified"


def test_a_conversion_by_the_stated_hours_decides(ruleset: RuleSet) -> None:
    # 15.40-16.60 an hour at 37.5 hours a week is about 2,500-2,700 a month.
    text = "Full-time post, 37.5 hours per week, with paid training."
    label, why = _salary("3,600", text, ruleset)
    assert label == "contradicted"
    assert "37.5 hours a week" in why
    assert _salary("2,600", text, ruleset)[0] == "supported"


def test_weekly_hours_as_pages_state_them() -> None:
    assert weekly_hours("a 39-hour week") == 39
    assert weekly_hours("38,5 Stunden pro Woche") == 38.5
    assert weekly_hours("about 35 hours weekly") == 35
    assert weekly_hours("12-hour shifts, around the clock") is None
    assert weekly_hours("up to 90 hours a week on call") is None


def _schedule(note: str) -> str:
    return (
        "<html><head><title>Pay rates 2032</title></head><body><main><h1>Pay rates 2032</h1>"
        f"<p>Rates for staff of Tollan District. {note}</p>"
        "<table><caption>Staff pay rates, hourly rate (EUR)</caption>"
        "<tr><th>Job class</th><th>Step 1</th><th>Step 3</th><th>Step 5 (top)</th></tr>"
        "<tr><td>Grounds Keeper</td><td>€16.10</td><td>€17.40</td><td>€18.90</td></tr>"
        "<tr><td>Pool Attendant</td><td>€14.20</td><td>€15.00</td><td>€15.80</td></tr>"
        "</table></main></body></html>"
    )


def test_a_schedule_in_hours_refutes_a_yearly_claim_only_by_stated_hours(
    ruleset: RuleSet,
) -> None:
    url = f"{BASE}/rates"
    draft = (
        f"# Pay\n\nTollan District publishes its pay rates ([rates]({url})). A grounds keeper "
        "can earn as much as €52,000 a year at the top of the scale.\n"
    )

    def label(note: str) -> str:
        claims = run(draft, {url: _schedule(note)}, ruleset, wrap=False)
        return next(c for c in claims if c.claim.type == "salary").verdict.label

    assert label("Rates are reviewed each April.") == "unverified"
    assert label("Full-time staff work 37 hours a week.") == "contradicted"
