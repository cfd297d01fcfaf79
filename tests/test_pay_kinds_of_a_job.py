"""Two kinds of one job ("ward administrator", "court administrator"): a posting for one
that the claim does not cite says nothing of the other's pay, however alike the two short
titles look.
A posting the claim cites is its job's under a title put another way. And the cedi
written with a cent sign ("GH¢"), as Ghanaian copy mostly writes it. The pages and
sentences are written for these tests."""

from __future__ import annotations

from typing import Any

from judging import run

NEWS = "https://news.example/2031/04/02/hospital-staff-protest"
NEWS_PAGE = """<html><head><title>Hospital support staff protest | Evening Post</title></head>
<body><main><article><h1>Hospital support staff protest</h1>
<p>Support staff at three hospitals marched on Tuesday over late overtime payments.</p>
<p>The union said its members had waited since January.</p></article></main></body></html>"""


def _posting(title: str, org: str, low: str, high: str, currency: str, period: str) -> str:
    return f"""<html><head><title>{title} | {org} careers</title></head>
<body><main><h1>{title}</h1><p>{org} is hiring.</p>
<script type="application/ld+json">{{"hiringOrganization": {{"name": "{org}",
"@type": "Organization"}}, "title": "{title}", "@type": "JobPosting",
"baseSalary": {{"currency": "{currency}", "@type": "MonetaryAmount", "value": {{
"minValue": {low}, "maxValue": {high}, "unitText": "{period}",
"@type": "QuantitativeValue"}}}}, "@context": "https://schema.org"}}</script>
<p>Salary {currency} {low} to {high} per {period.lower()}.</p></main></body></html>"""


def _pay(draft: str, pages: dict[str, str], ruleset: Any) -> list[tuple[str, str, str]]:
    claims = run(draft, pages, ruleset, wrap=False)
    return [
        (c.claim.text, c.verdict.label, c.verdict.rationale)
        for c in claims
        if c.claim.type == "salary"
    ]


def test_a_posting_for_another_kind_of_the_job_is_no_evidence(ruleset: Any) -> None:
    posting = "https://jobs.example/county-courts/court-administrator-1180"
    draft = (
        "# Administrators\n\n"
        f"Hospital support staff walked out on Tuesday ([story]({NEWS})). Ward administrators are "
        "paid about £1,900 a month, according to the same story.\n\n"
        "The courts pay more. The county court service is hiring a court administrator, a post "
        f"that pays £2,600 to £2,900 a month ([posting]({posting})).\n"
    )
    pages = {
        NEWS: NEWS_PAGE,
        posting: _posting(
            "Court Administrator", "County Court Service", "2600", "2900", "GBP", "MONTH"
        ),
    }
    found = {text: (label, why) for text, label, why in _pay(draft, pages, ruleset)}
    ward = next(v for k, v in found.items() if "1,900" in k)
    assert ward[0] != "contradicted", found


def test_kinds_of_mechanic_in_another_country(ruleset: Any) -> None:
    posting = "https://careers.example/kerio-haulage/fleet-mechanic-77"
    draft = (
        "# Mechanics\n\n"
        f"Farm mechanics in the Rift Valley earn roughly KSh 18,000 a month ([story]({NEWS})).\n\n"
        "Kerio Haulage is looking for a fleet mechanic, on KSh 24,000 to KSh 27,000 a "
        f"month ([posting]({posting})).\n"
    )
    pages = {
        NEWS: NEWS_PAGE,
        posting: _posting("Fleet Mechanic", "Kerio Haulage", "24000", "27000", "KES", "MONTH"),
    }
    found = _pay(draft, pages, ruleset)
    farm = [f for f in found if "18,000" in f[0]]
    assert farm and farm[0][1] != "contradicted", found
    fleet = [f for f in found if "24,000" in f[0]]
    assert fleet and fleet[0][1] == "supported", found


def test_a_cited_posting_is_the_jobs_under_another_title(ruleset: Any) -> None:
    posting = "https://jobs.example/harbour/dock-supervisor-12"
    draft = (
        "# Harbour\n\n"
        "The harbour board wants a yard supervisor and pays between €3,100 and €3,400 a "
        f"month ([posting]({posting})).\n"
    )
    pages = {posting: _posting("Dock Supervisor", "Harbour Board", "3100", "3400", "EUR", "MONTH")}
    found = _pay(draft, pages, ruleset)
    assert [label for _, label, _ in found] == ["supported"], found


def test_the_cedi_with_a_cent_sign(ruleset: Any) -> None:
    posting = "https://jobs.example/kumasi-mills/shift-electrician-31"
    page = _posting("Shift Electrician", "Kumasi Mills", "5100", "6400", "GHS", "MONTH").replace(
        "Salary GHS 5100 to 6400", "Salary GH¢5,100 – GH¢6,400"
    )
    for sentence, want in (
        ("Kumasi Mills is hiring a shift electrician on GH¢5,100 to GH¢6,400 a month", "supported"),
        (
            "Kumasi Mills pays its new shift electrician between GH¢ 5,100 and GH¢ 6,400 monthly",
            "supported",
        ),
        (
            "Kumasi Mills is hiring a shift electrician on GH¢8,100 to GH¢9,400 a month",
            "contradicted",
        ),
    ):
        draft = f"# Mills\n\n{sentence} ([posting]({posting})).\n"
        found = _pay(draft, {posting: page}, ruleset)
        assert [label for _, label, _ in found] == [want], (sentence, found)
