"""Typed comparators, each on a small article and source pages about subjects the seed
article never mentions; no network (pages are built from text)."""

from __future__ import annotations

from typing import Any

from judging import cited, run, verdict, verdict_on

POSTING = {
    "https://careers.example.com/risk": (
        "<h1>Senior Risk Analyst</h1><p>Brightwater Bank is hiring a Senior Risk Analyst "
        "for its Leeds office.</p><p>The salary for this role is £52,000 to £58,000 a year.</p>"
        "<p>Also hiring: Junior Data Clerk – £24,000 a year.</p>"
    )
}


def test_salary_within_and_outside_what_the_words_mean(ruleset: Any) -> None:
    claims = run(
        "Brightwater Bank is hiring a Senior Risk Analyst. The job pays £52,000 to £58,000 "
        "a year. It is a six-figure salary.",
        POSTING,
        ruleset,
    )
    assert verdict(claims, "salary", "£52,000").verdict.label == "supported"
    six = verdict(claims, "salary", "six-figure")
    assert six.verdict.label == "contradicted"
    assert "£52,000" in six.verdict.rationale
    assert six.verdict.evidence[0].stance == "contradicts"


def test_another_jobs_pay_does_not_decide(ruleset: Any) -> None:
    salary = verdict_on(
        "Brightwater Bank is hiring a Senior Risk Analyst. The job pays £24,000 a year.",
        POSTING,
        ruleset,
        "salary",
        "£24,000",
    )
    assert salary.label == "contradicted"
    assert all("Junior Data Clerk" not in e.quote for e in salary.evidence)


def test_title_quoted_exactly_reordered_and_wrong(ruleset: Any) -> None:
    exact = verdict_on(
        'Brightwater Bank is seeking a "Senior Risk Analyst".', POSTING, ruleset, "job_title"
    )
    assert exact.label == "supported"
    reordered = verdict_on(
        'Brightwater Bank is seeking a "Risk Analyst, Senior".', POSTING, ruleset, "job_title"
    )
    assert reordered.label == "mixed"
    url, page = next(iter(POSTING.items()))
    judged = cited(
        'Brightwater Bank is seeking a "Head of Compliance"', url, page, ruleset, "job_title"
    ).verdict
    assert judged.label == "contradicted"
    assert "Senior Risk Analyst" in judged.rationale
    # Not cited, the bank's posting for another job says nothing of this one, quoted or not.
    other = verdict_on(
        'Brightwater Bank is seeking a "Head of Compliance".', POSTING, ruleset, "job_title"
    )
    assert other.label == "unverified"


STRIKE = {
    "https://news.example.org/dock": (
        "<p>About 4,000 members of the Harbour Workers Union went on strike against "
        "Port Alder Holdings on 3 March 2024.</p><p>The strike lasted 12 days.</p>"
        "<p>Crane operators did not join the strike.</p>"
    )
}


def test_strike_parties_support_contradict_and_deny(ruleset: Any) -> None:
    claims = run(
        "The Harbour Workers Union went on strike against Port Alder Holdings. "
        "The Harbour Workers Union also struck Meridian Shipping. "
        "Crane operators joined the strike too. The strike lasted 12 days.",
        STRIKE,
        ruleset,
    )
    assert verdict(claims, "strike", "against Port Alder").verdict.label == "supported"
    assert verdict(claims, "strike", "Meridian").verdict.label == "contradicted"
    assert verdict(claims, "strike", "Crane operators").verdict.label == "contradicted"
    assert verdict(claims, "quantity", "12 days").verdict.label == "supported"


def test_quantity_tolerance_and_contradiction(ruleset: Any) -> None:
    supported = verdict_on(
        "Some 4,000 dock workers walked out at Port Alder Holdings.", STRIKE, ruleset, "quantity"
    )
    assert supported.label == "supported"
    wrong = verdict_on(
        "More than 9,000 dock workers walked out at Port Alder Holdings.",
        STRIKE,
        ruleset,
        "quantity",
    )
    assert wrong.label == "contradicted"


PAY = {
    "https://stats.example.org/pay": (
        "<p>Most of the guild's members earn less than $18,000 a year from acting.</p>"
        "<p>The studio's president was paid $4.2 million last year.</p>"
    )
}


def test_comparison_is_evaluated_on_both_sides(ruleset: Any) -> None:
    judged = verdict_on(
        "The studio president's pay pales in comparison to what most of the guild's members "
        "earn in a year.",
        PAY,
        ruleset,
        "comparison",
    )
    assert judged.label == "contradicted"
    assert "$18,000" in judged.rationale and "$4,200,000" in judged.rationale
    right_way = verdict_on(
        "The studio president's pay dwarfs what most of the guild's members earn in a year.",
        PAY,
        ruleset,
        "comparison",
    )
    assert right_way.label == "supported"


def test_no_relevant_evidence_is_unverified(ruleset: Any) -> None:
    judged = verdict_on(
        "Brightwater Bank has 2,300 employees in Leeds.", STRIKE, ruleset, "quantity"
    )
    assert judged.label == "unverified"
    assert judged.evidence == ()


def test_a_strike_in_another_year_does_not_decide(ruleset: Any) -> None:
    old = {"https://history.example.org/wga": "<p>In 2007 the WGA struck the AMPTP.</p>"}
    claims = run("The WGA went on strike against the AMPTP in 2023.", old, ruleset)
    assert verdict(claims, "strike").verdict.label == "unverified"
    new = {
        "https://news.example.org/wga": "<p>In 2023 the WGA went on strike against the AMPTP.</p>"
    }
    claims = run("The WGA went on strike against the AMPTP in 2023.", new, ruleset)
    assert verdict(claims, "strike").verdict.label == "supported"


def test_party_identity_needs_distinctive_words_or_a_defined_acronym() -> None:
    from factcheck.evidence.strikes import same_party

    assert not same_party("Baltic Ferry Workers' Union", "Baltic Dock Workers' Union")
    assert not same_party("Workers' Union", "Union of Glassblowers")
    assert same_party("Glassblowers' Guild of Ontario", "GGO")
    assert same_party("Ferry Workers' Union", "Baltic Ferry Workers' Union")
    # Two organisations run together under one short form: the hyphen joins their initials.
    assert same_party("Kiln Firers Guild–Allied Union of Potters", "KFG-AUP")
    assert not same_party("Kiln Firers Guild–Allied Union of Potters", "KFG-AUX")


STRIKE_PAGE = {
    "https://news.example/ferries": (
        "<p>About 3,000 members of the Harbour Pilots Guild walked out against Tidewater Lines "
        "on Monday.</p><p>The Deckhands Association was not taking part in this week's "
        "strikes, its secretary said.</p><p>Its agreements with Bluewake Ferries run to 2031, "
        "and workers at Bluewake remain on the job.</p>"
    ),
    "https://news.example/averted": (
        "<p>The Lamplighters Union and the city reached a late deal on Sunday, averting a "
        "strike that was due to start at dawn.</p>"
    ),
}


def test_strike_exclusions_count_against_the_named_party(ruleset: Any) -> None:
    claims = run(
        "The Harbour Pilots Guild went on strike against Tidewater Lines on Monday "
        "([report](https://news.example/ferries)). The Deckhands Association joined the "
        "strike that week ([report](https://news.example/ferries)). The guild also struck "
        "Bluewake Ferries ([report](https://news.example/ferries)). The Lamplighters Union "
        "went on strike against the city ([news](https://news.example/averted)).",
        STRIKE_PAGE,
        ruleset,
    )
    strikes = [c for c in claims if c.claim.type == "strike"]
    labels = {c.claim.sentence.text.split()[1]: c.verdict.label for c in strikes}
    assert labels.get("Harbour") == "supported", [(c.claim.text, c.verdict) for c in strikes]
    assert labels.get("Deckhands") == "contradicted"
    assert labels.get("Lamplighters") == "contradicted"
    bluewake = next(c for c in strikes if "Bluewake" in c.claim.sentence.text)
    assert bluewake.verdict.label == "contradicted", bluewake.verdict


FERRY_POSTING = {
    "https://jobs.example.org/harbourline/technician": (
        "<h1>Maintenance Technician – Night Crossings</h1><p>Harbourline Ferries is hiring "
        "Maintenance Technicians for its night crossings.</p><h3>Pay</h3><p>Technician pay is "
        "set by our crew agreement.</p><ul><li>Year 1: $26.00 per hour</li>"
        "<li>401(k) with a company match</li></ul><p>Technicians may later train to become "
        "an Engineer.</p>"
    )
}


def test_a_posting_for_another_job_does_not_contradict_pay_for_this_one(ruleset: Any) -> None:
    # The claim's own sentence names another job than the posting it cites.
    claims = run(
        "Harbourline Ferries is hiring maintenance technicians for its night crossings "
        "([listing](https://jobs.example.org/harbourline/technician)). New technicians earn "
        "$26 an hour. Its engineers earn more than $80 an hour.",
        FERRY_POSTING,
        ruleset,
    )
    assert verdict(claims, "salary", "New technicians").verdict.label == "supported"
    engineers = verdict(claims, "salary", "engineers")
    assert engineers.verdict.label != "contradicted"
    assert all(e.stance != "contradicts" for e in engineers.verdict.evidence)


def test_a_company_total_is_not_a_workers_pay(ruleset: Any) -> None:
    judged = verdict_on(
        "Veteran assembly workers at Corvane Motors earned about $29 an hour last year.",
        {
            "https://news.example.net/corvane": (
                "<p>Corvane Motors said its annual profit fell by about $2.1 billion.</p>"
                "<p>The carmaker builds vans in two plants.</p>"
            )
        },
        ruleset,
        "salary",
        "$29",
    )
    assert judged.label != "contradicted"


def test_occupations_are_read_by_form_singular_or_plural(ruleset: Any) -> None:
    k = ruleset.knowledge
    assert k.is_role("skippers") and k.is_role("Deckhand")
    assert k.is_role("engineers")
    # A word of an occupation's form that names none stays none in the plural too.
    assert not k.is_role("offers") and not k.is_role("offer")


CUTS = {
    "https://news.example.org/kessel-mills": (
        "<p>Kessel Mills laid off 85 employees at its Tarrow spinning plant on Tuesday.</p>"
    )
}


def test_jobs_cut_and_staff_laid_off_count_the_same_heads(ruleset: Any) -> None:
    """A count of jobs is backed by the same count of people laid off, and a different
    count of people does not refute it: posts and heads are not always one to one."""
    same = verdict_on("Kessel Mills cut 85 jobs in Tarrow this week.", CUTS, ruleset, "quantity")
    assert same.label == "supported"
    other = verdict_on("Kessel Mills cut 120 jobs in Tarrow this week.", CUTS, ruleset, "quantity")
    assert other.label != "contradicted"
