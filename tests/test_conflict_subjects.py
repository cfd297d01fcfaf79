"""A definite conflict needs a figure or a party of the claim's own subject. Each test
sets a trap (a figure of another measure, a town read as an employer, a posting cited
for another job, a headcount share beside a raise, one end of a range read alone) that
must not refute the claim, and a near miss that must still be contradicted. The pages
and sentences are written for these tests."""

from __future__ import annotations

from judging import run, verdict
from postings import job_posting_ld

from factcheck.rulepacks.ruleset import RuleSet

TABLE_URL = "http://depots.test/stats"
# Several measures of each depot: minutes of wait per parcel, and a share in per cent.
TABLE = (
    "<h1>Depot performance, winter 2025</h1><table><caption>Table 2. Parcel waits by depot, "
    "winter 2025 (parcels in thousands; waits in minutes per parcel)</caption><tr><th>Depot"
    "</th><th>Region</th><th>Parcels handled (000)</th><th>Parcel waiting time (min/parcel)"
    "</th><th>Share due to staffing (%)</th><th>Change vs winter 2024 (min/parcel)</th></tr>"
    "<tr><td>Brask</td><td>North</td><td>2,410</td><td>1.20</td><td>55</td><td>+0.20</td>"
    "</tr><tr><td>Tamsin</td><td>East</td><td>1,870</td><td>0.90</td><td>70</td><td>-0.10"
    "</td></tr><tr><td>Orvel</td><td>West</td><td>1,650</td><td>0.30</td><td>52</td><td>"
    "+0.10</td></tr></table>"
)


def _label(draft: str, pages: dict[str, str], ruleset: RuleSet, kind: str, words: str) -> str:
    return verdict(run(draft, pages, ruleset), kind, words).verdict.label


def test_a_ratio_of_a_measure_no_column_reads_is_not_refuted_by_another(
    ruleset: RuleSet,
) -> None:
    # The minutes per parcel are the claim's measure; the staffing share is another.
    draft = (
        "# Depots\n\nAccording to the depot table for winter 2025, Orvel's parcel waiting "
        "time last winter was under one third of that of Brask's depot "
        f"([stats]({TABLE_URL})).\n"
    )
    assert _label(draft, {TABLE_URL: TABLE}, ruleset, "comparison", "Orvel") != "contradicted"


def test_a_ratio_in_the_column_the_side_names_is_still_refuted(ruleset: RuleSet) -> None:
    # The share column is the one the side names: 52% is not under a third of 55%.
    draft = (
        "# Depots\n\nAt Orvel the share of waits due to staffing last winter was less than "
        f"a third of that of Brask ([stats]({TABLE_URL})).\n"
    )
    assert _label(draft, {TABLE_URL: TABLE}, ruleset, "comparison", "Orvel") == "contradicted"


RATES_URL = "http://fairpay.test/rates"
# The national rate given an hour, the capital's beside it with no period.
RATES = (
    "<h1>New fair-pay rates announced</h1><p>The national fair-pay rate rises to €14.10 an "
    "hour, and the capital's to €15.60.</p>"
)


def test_a_gap_between_a_bare_sum_and_an_hourly_one_is_read_like_for_like(
    ruleset: RuleSet,
) -> None:
    draft = (
        "# Pay\n\nThe capital's rate, set each spring by the foundation, was €15.60 for "
        f"2025/26, €1.50 more than the national rate ([rates]({RATES_URL})).\n"
    )
    label = _label(draft, {RATES_URL: RATES}, ruleset, "comparison", "more than")
    assert label == "supported"


def test_a_wrong_gap_between_the_same_sums_is_still_refuted(ruleset: RuleSet) -> None:
    draft = (
        "# Pay\n\nThe capital's rate, set each spring by the foundation, was €15.60 for "
        f"2025/26, €4.50 more than the national rate ([rates]({RATES_URL})).\n"
    )
    label = _label(draft, {RATES_URL: RATES}, ruleset, "comparison", "more than")
    assert label == "contradicted"


TALLY_URL = "http://bakersfed.test/tally"
TALLY = (
    "<h1>Spring tally</h1><p>As of 4 April, 30 of the federation's 50 member unions had "
    "received answers from management.</p>"
)


def test_a_raise_in_per_cent_is_no_share_of_the_unions_counted(ruleset: RuleSet) -> None:
    draft = (
        "# Bakers\n\nBakery unions won an average raise of 4.2 per cent across the 30 unions "
        f"that had reported by early April ([tally]({TALLY_URL})).\n"
    )
    claims = run(draft, {TALLY_URL: TALLY}, ruleset)
    shares = [c for c in claims if c.claim.type == "quantity" and "4.2" in c.claim.text]
    assert shares, [c.claim.text for c in claims]
    assert shares[0].verdict.label != "contradicted"


def test_a_share_of_the_unions_is_still_refuted_by_their_count(ruleset: RuleSet) -> None:
    draft = (
        "# Bakers\n\nBy early April, 90 per cent of the federation's member unions had "
        f"received answers from management ([tally]({TALLY_URL})).\n"
    )
    claims = run(draft, {TALLY_URL: TALLY}, ruleset)
    shares = [c for c in claims if c.claim.type == "quantity" and "90" in c.claim.text]
    assert shares, [c.claim.text for c in claims]
    assert shares[0].verdict.label == "contradicted"


POSTING_URL = "http://careers.kelda.test/jobs/311-kiln-operator"
POSTING = (
    job_posting_ld("Kiln Operator", "Kelda Ceramics", currency="NZD", low=24.5, high=29.75)
    + "<h1>Kiln Operator</h1><p>Pay: NZ$24.50 – NZ$29.75 per hour.</p>"
)


def test_one_end_of_the_range_beside_the_other_is_not_refuted(ruleset: RuleSet) -> None:
    draft = (
        "# Kilns\n\nThe kiln job pays NZ$24.50, rising to NZ$29.75 an hour with experience "
        f"({POSTING_URL}).\n"
    )
    claims = run(draft, {POSTING_URL: POSTING}, ruleset)
    pay = [c for c in claims if c.claim.type == "salary"]
    assert pay, [c.claim.text for c in claims]
    assert all(c.verdict.label != "contradicted" for c in pay), [
        (c.claim.text, c.verdict.rationale) for c in pay
    ]


def test_another_figure_beside_the_range_is_still_refuted(ruleset: RuleSet) -> None:
    draft = (
        "# Kilns\n\nKelda Ceramics is hiring a Kiln Operator. That job pays NZ$21.00 an "
        f"hour on shift ({POSTING_URL}).\n"
    )
    label = verdict(run(draft, {POSTING_URL: POSTING}, ruleset), "salary").verdict.label
    assert label == "contradicted"


STRIKE_URL = "http://unionnews.test/press/depot-strike"
STRIKE = (
    "<h1>Warning strike at Halvard Logistics</h1><p>Published 5 March 2025.</p><p>Transit "
    "union TGU has called on employees of Halvard Logistics GmbH to stage a two-day "
    "warning strike at its distribution centre in Tarnby (Lower Vale) on Thursday 6 and "
    "Friday 7 March 2025.</p>"
)


def test_a_town_read_as_the_employer_is_no_other_party(ruleset: RuleSet) -> None:
    draft = (
        "# Depot\n\nMembers of TGU walked out at the Tarnby (Lower Vale) distribution centre "
        "of Halvard Logistics, the parcel firm, in a row over a wage deal "
        f"([TGU]({STRIKE_URL})).\n"
    )
    label = verdict(run(draft, {STRIKE_URL: STRIKE}, ruleset), "strike").verdict.label
    assert label != "contradicted"


def test_another_employer_named_is_still_refuted(ruleset: RuleSet) -> None:
    draft = (
        "# Depot\n\nMembers of TGU walked out at Brennmoor Freight in March 2025 "
        f"([TGU]({STRIKE_URL})).\n"
    )
    label = verdict(run(draft, {STRIKE_URL: STRIKE}, ruleset), "strike").verdict.label
    assert label == "contradicted"


AD_URL = "http://careers.mossgrove.test/jobs/77-branch-manager"
AD = (
    job_posting_ld("Branch Manager (m/f/d) – Optician", "Mossgrove Optics Ltd")
    + "<h1>Branch Manager (m/f/d) – Optician</h1><p>Mossgrove Optics Ltd runs five shops.</p>"
)


def test_a_town_opening_the_sentence_is_not_the_employer(ruleset: RuleSet) -> None:
    draft = (
        '# Opticians\n\nIn Tarnby, a five-shop chain is advertising for a "Branch Manager" '
        f"to run one of its shops ([the ad]({AD_URL})).\n"
    )
    label = verdict(run(draft, {AD_URL: AD}, ruleset), "job_title").verdict.label
    assert label != "contradicted"


CCTV_URL = "http://careers.wardline.test/jobs/5-cctv-operator"
CCTV = (
    job_posting_ld("CCTV Monitoring Operator", "Wardline Guarding")
    + "<h1>CCTV Monitoring Operator</h1><p>Wardline Guarding is hiring at Elmford Mall.</p>"
)


def test_a_posting_cited_for_another_job_says_nothing_of_an_unrelated_one(
    ruleset: RuleSet,
) -> None:
    draft = (
        "# Guards\n\nWardline Guarding is recruiting at Elmford Mall. A second advert, for a "
        f'"Monitoring Team Lead" at the mall, offers £13.10 an hour ([ad]({CCTV_URL})). '
        'The contractor also wants a "Loading Bay Marshal" at Elmford, according to a '
        "notice pinned up at the goods entrance.\n"
    )
    claims = run(draft, {CCTV_URL: CCTV}, ruleset)
    marshal = [c for c in claims if c.claim.type == "job_title" and "Marshal" in c.claim.text]
    assert marshal, [c.claim.text for c in claims]
    assert marshal[0].verdict.label != "contradicted"


def test_a_related_title_in_the_same_paragraph_is_still_refuted(ruleset: RuleSet) -> None:
    # A variant of the posting's own job (a word in common) is the posting's to refute.
    draft = (
        f'# Guards\n\nWardline Guarding is advertising for a "CCTV Monitoring Supervisor" '
        f"at Elmford Mall ([ad]({CCTV_URL})).\n"
    )
    claims = run(draft, {CCTV_URL: CCTV}, ruleset)
    title = [c for c in claims if c.claim.type == "job_title" and "Supervisor" in c.claim.text]
    assert title, [c.claim.text for c in claims]
    assert title[0].verdict.label == "contradicted"
