"""Facts read from a page's structure (schema.org data, headings, pay blocks, tables,
infoboxes), and claims decided by them; the pages are written for these tests."""

from __future__ import annotations

from typing import Any

from postings import job_posting_ld

from factcheck.check import check_against
from factcheck.reading import parse_article
from factcheck.sources.facts import parse_pay, read_facts
from factcheck.sources.gather import page_from_text

LD_POSTING = job_posting_ld(
    "Hydrology Technician", "Fenmark Water", currency="USD", low=61000, high=74500
)

SPLIT_PAY = """<html><head><title>Careers</title></head><body>
<nav><a href="/">Home</a></nav>
<main><div class="posting-head"><h2>Kiln Operator</h2></div>
<p>Ostrava Ceramics makes tiles for railway stations. We fire them in gas kilns.</p>
<div class="pay-box"><div class="title">Pay range (Brno)</div>
<div class="pay-range"><span>$48,000</span><span>&mdash;</span><span>$55,000 USD</span></div>
<div class="title">Pay range (Plzen)</div>
<div class="pay-range"><span>$44,000</span><span>&mdash;</span><span>$50,000 USD</span></div>
</div><a class="apply" href="/apply">Apply now</a></main>
<aside class="similar-jobs"><h3>Similar jobs</h3>
<a href="/j/2">Glaze Mixer <span class="pay">$31,000</span></a></aside></body></html>"""


def test_json_ld_job_posting() -> None:
    html = f"{LD_POSTING}<h1>x</h1>"
    facts = read_facts(html)
    assert facts.kind == "job_posting"
    assert facts.title is not None and facts.title.text == "Hydrology Technician"
    assert facts.title.where == "JSON-LD title"
    pay = facts.of("pay")[0]
    assert (pay.data["min"], pay.data["max"], pay.data["period"]) == (61000, 74500, "year")
    assert pay.where == "JSON-LD baseSalary"
    assert facts.of("employer")[0].text == "Fenmark Water"


def test_broken_json_ld_is_skipped() -> None:
    facts = read_facts('<script type="application/ld+json">{"@type": </script><h1>Hi</h1>')
    assert facts.title is not None and facts.title.text == "Hi"


def test_pay_spread_over_elements_with_labels_and_no_teasers() -> None:
    facts = read_facts(SPLIT_PAY)
    assert facts.kind == "job_posting"
    assert facts.title is not None and facts.title.text == "Kiln Operator"
    pays = facts.of("pay")
    assert [(p.data["min"], p.data["max"]) for p in pays] == [(48000, 55000), (44000, 50000)]
    assert pays[0].where == "pay block: Pay range (Brno)"


def test_parse_pay_periods_and_scales() -> None:
    assert parse_pay("$19.80/hr") == {
        "min": 19.8,
        "max": 19.8,
        "currency": "USD",
        "period": "hour",
    }
    pay = parse_pay("£90k – £120k")
    assert pay is not None and pay["max"] == 120000
    assert parse_pay("no money here") is None


def test_table_cells_and_infobox_rows() -> None:
    html = """<h2>Harbour pilots' wages</h2><table><tr><th>Port</th><th>Median wage</th></tr>
    <tr><td>Kestrel Bay</td><td>$88,100</td></tr></table>
    <table class="infobox"><tr><th>Date</th><td>March 3 – 9, 2031</td></tr>
    <tr><th colspan="2">Parties</th></tr><tr><td colspan="2"><ul><li>Pilots' Guild</li>
    <li>Kestrel Port Authority</li></ul></td></tr></table>"""
    facts = read_facts(html)
    assert facts.kind == "encyclopedia"
    cell = facts.of("cell")[0]
    assert cell.data == {
        "row": "Kestrel Bay",
        "column": "Median wage",
        "value": "$88,100",
        "caption": "Harbour pilots' wages",
    }
    parties = next(f for f in facts.of("infobox") if f.data["label"] == "Parties")
    assert parties.data["items"] == ("Pilots' Guild", "Kestrel Port Authority")


def _check(article: str, pages: dict[str, str], ruleset: Any) -> list[Any]:
    built = [page_from_text(url, html) for url, html in pages.items()]
    return list(check_against(parse_article(article, "d.md", "markdown"), built, ruleset).claims)


def test_posting_pay_in_its_own_elements_decides_a_salary(ruleset: Any) -> None:
    url = "https://jobs.ostrava.example/kiln"
    claims = _check(
        f"Ostrava Ceramics is hiring a kiln operator ([posting]({url})). "
        "In Plzen the job pays $44,000 to $58,000 a year.",
        {url: SPLIT_PAY},
        ruleset,
    )
    salary = next(c for c in claims if c.claim.type == "salary")
    assert salary.verdict.label == "contradicted"
    assert "pay block: Pay range (Plzen)" in salary.verdict.rationale


def test_posting_title_from_json_ld_contradicts_another_level(ruleset: Any) -> None:
    url = "https://fenmark.example/jobs/7"
    html = f"{LD_POSTING}<h1>Hydrology Technician</h1><p>Fenmark Water looks after rivers.</p>"
    claims = _check(
        f"Fenmark Water is hiring a senior hydrology technician ([job]({url})).",
        {url: html},
        ruleset,
    )
    title = next(c for c in claims if c.claim.type == "job_title")
    assert title.verdict.label == "contradicted"
    assert "JSON-LD title" in title.verdict.rationale


KILN_POSTING = (
    job_posting_ld("Kiln Loader - 3rd Shift", "Ostrava Ceramics") + "<h1>Kiln Loader</h1>"
)


def test_titles_by_their_words_heads_and_levels(ruleset: Any) -> None:
    url = "https://jobs.ostrava.example/7"
    pages = {url: KILN_POSTING}
    plural = _check("Ostrava Ceramics wants third-shift kiln loaders.", pages, ruleset)
    assert next(c for c in plural if c.claim.type == "job_title").verdict.label == "supported"
    other_head = _check(
        f"Ostrava Ceramics is hiring a kiln loader supervisor ([ad]({url})).", pages, ruleset
    )
    title = next(c for c in other_head if c.claim.type == "job_title")
    assert title.verdict.label == "contradicted", title.verdict
    # Found by its employer alone, a posting for another job says nothing of this one.
    unrelated = _check("Ostrava Ceramics is also hiring glaze chemists.", pages, ruleset)
    assert next(c for c in unrelated if c.claim.type == "job_title").verdict.label == "unverified"
    # Quoting the role's name makes it no posting's title.
    quoted = _check('Ostrava Ceramics is also hiring "Glaze Chemists".', pages, ruleset)
    assert next(c for c in quoted if c.claim.type == "job_title").verdict.label == "unverified"


WAGE_TABLE = """<h1>Wages by occupation, 2031</h1><table>
<tr><th>Occupation</th><th>Median annual wage</th><th>Mean annual wage</th></tr>
<tr><td>All occupations</td><td>$51,200</td><td>$66,900</td></tr>
<tr><td>Glassblowers</td><td>44,800</td><td>49,100</td></tr>
<tr><td>Ferry pilots</td><td>97,300</td><td>101,500</td></tr></table>"""


def test_a_currency_sign_atop_a_column_holds_for_its_figures() -> None:
    cells = read_facts(WAGE_TABLE).of("cell")
    pilots = next(c for c in cells if c.data["row"] == "Ferry pilots" and "Median" in c.text)
    assert pilots.data["value"] == "$97,300 a year"
    assert pilots.text.startswith("Wages by occupation, 2031, Ferry pilots, Median annual wage")


def test_table_cells_decide_statistics_and_comparisons(ruleset: Any) -> None:
    url = "https://stats.example/wages"
    claims = _check(
        "The median ferry pilot earned $97,300 in 2031, the wage table shows. "
        "Ferry pilots out-earn glassblowers at the median.",
        {url: WAGE_TABLE},
        ruleset,
    )
    salary = next(c for c in claims if c.claim.type == "salary")
    assert salary.verdict.label == "supported", salary.verdict
    assert "table: Wages by occupation, 2031" in salary.verdict.rationale
    comparison = next((c for c in claims if c.claim.type == "comparison"), None)
    if comparison is not None:  # the claim rules may read the relation another way
        assert comparison.verdict.label in ("supported", "unverified")


def test_microdata_and_listed_pay_read_from_the_tree_as_written() -> None:
    # A microdata posting with a nested item, a valueless itemprop and a script inside
    # it; pay listed under a <dt> label with a note between them.
    html = """<div itemscope itemtype="https://schema.org/JobPosting">
    <span itemprop="title">Ferry <b>Deckhand</b><script>var x = "Captain";</script></span>
    <div itemprop="hiringOrganization" itemscope><span itemprop="name">Saltmarsh Lines</span></div>
    <meta itemprop="datePosted" content="2026-03-02"><span itemprop>stray</span></div>
    <dl><dt>Hourly wage</dt><span>(before tips)</span><dd>$19.40 - $22.10 per hour</dd></dl>"""
    facts = read_facts(html)
    assert facts.kind == "job_posting"
    assert [f.text for f in facts.of("title")] == ["Ferry Deckhand"]
    assert [f.text for f in facts.of("employer")] == ["Saltmarsh Lines"]
    assert [f.text for f in facts.of("date")] == ["2026-03-02"]
    pay = facts.of("pay")[0]
    assert pay.where == "pay block: Hourly wage"
    assert (pay.data["min"], pay.data["max"], pay.data["period"]) == (19.4, 22.1, "hour")
