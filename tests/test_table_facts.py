"""Claims decided by table cells: a statistics table (rows of occupations, columns of
sectors, a row of shares) and a pay schedule (job classes by step). The pages and
sentences are written for these tests."""

from __future__ import annotations

from typing import Any

from factcheck.check import check_against
from factcheck.reading import parse_article
from factcheck.sources.facts import read_facts
from factcheck.sources.gather import page_from_text

STATS = """<html><head><title>Earnings by employer type, 2030</title></head><body>
<main><h1>Earnings by employer type, 2030</h1>
<p>Figures come from the annual workplace survey of the Duchy of Orlen.</p>
<table><caption>Average weekly earnings (euros) and pension membership by employer type</caption>
<thead><tr><th>Occupation</th><th>Municipal employers</th><th>Commercial employers</th>
<th>Everyone</th></tr></thead>
<tbody>
<tr><th>All occupations</th><td>812</td><td>744</td><td>760</td></tr>
<tr><th>Bus drivers</th><td>705</td><td>731</td><td>719</td></tr>
<tr><th>Librarians and archivists</th><td>790</td><td>655</td><td>770</td></tr>
<tr><th>Pension scheme membership (% of workers)</th><td>88.5</td><td>41.0</td><td>52.3</td></tr>
</tbody></table></main></body></html>"""

SCHEDULE = """<html><head><title>Pay scales 2031</title></head><body><main>
<h1>Pay scales 2031</h1><p>Annual pay for full-time staff of Harrowgate Borough.</p>
<table><caption>Staff pay scale, annual salary (GBP)</caption>
<tr><th>Job class</th><th>Band</th><th>Step 1</th><th>Step 4</th><th>Step 6 (top)</th></tr>
<tr><td>Parks Ranger</td><td>B2</td><td>£27,400</td><td>£29,950</td><td>£31,600</td></tr>
<tr><td>Building Control Surveyor</td><td>D1</td>
<td>£41,200</td><td>£44,800</td><td>£47,300</td></tr>
<tr><td>Senior Parks Ranger</td><td>C1</td><td>£32,100</td><td>£34,000</td><td>£36,250</td></tr>
</table></main></body></html>"""


def _check(article: str, pages: dict[str, str], ruleset: Any) -> list[Any]:
    built = [page_from_text(url, html) for url, html in pages.items()]
    return list(check_against(parse_article(article, "d.md", "markdown"), built, ruleset).claims)


def test_cells_take_the_unit_and_period_their_headers_give() -> None:
    facts = read_facts(STATS).of("cell")
    cells = {(c.data["row"], c.data["column"]): c.data["value"] for c in facts}
    # The caption's currency and period hold for the table's bare figures...
    assert cells[("Bus drivers", "Municipal employers")] == "€705 a week"
    # ...but a row of shares is in its own unit.
    assert cells[("Pension scheme membership (% of workers)", "Everyone")] == "52.3%"
    schedule = read_facts(SCHEDULE).of("cell")
    top = next(c for c in schedule if c.data["row"] == "Parks Ranger" and "top" in c.data["column"])
    assert top.data["value"] == "£31,600 a year"


def test_a_share_is_read_from_the_cell_its_words_name(ruleset: Any) -> None:
    url = "https://stats.orlen.example/earnings-2030"
    claims = _check(
        f"Nearly 90 per cent of municipal workers belong to a pension scheme ([data]({url})).",
        {url: STATS},
        ruleset,
    )
    share = next(c for c in claims if c.claim.type == "quantity")
    assert share.verdict.label == "supported", share.verdict.rationale
    assert "Pension scheme membership (% of workers), Municipal employers" in (
        share.verdict.rationale
    )
    wrong = _check(
        f"About 60 per cent of commercial workers belong to a pension scheme ([data]({url})).",
        {url: STATS},
        ruleset,
    )
    share = next(c for c in wrong if c.claim.type == "quantity")
    assert share.verdict.label == "contradicted", share.verdict.rationale


def test_a_comparison_reads_the_row_its_sentence_names_and_each_sides_column(
    ruleset: Any,
) -> None:
    url = "https://stats.orlen.example/earnings-2030"
    claims = _check(
        f"Bus drivers are different ([data]({url})): those working for commercial employers "
        "earn more than their municipal counterparts.",
        {url: STATS},
        ruleset,
    )
    comparison = next(c for c in claims if c.claim.type == "comparison")
    assert comparison.verdict.label == "supported", comparison.verdict.rationale
    assert "row “Bus drivers”" in comparison.verdict.rationale
    claims = _check(
        f"Librarians are different ([data]({url})): those working for commercial employers "
        "earn more than their municipal counterparts.",
        {url: STATS},
        ruleset,
    )
    comparison = next(c for c in claims if c.claim.type == "comparison")
    assert comparison.verdict.label == "contradicted", comparison.verdict.rationale


def test_a_pay_schedule_row_is_the_jobs_whole_scale(ruleset: Any) -> None:
    url = "https://harrowgate.example/hr/pay-scales"
    article = (
        f"Harrowgate Borough publishes its pay scales ([scales]({url})). "
        "A parks ranger can earn as much as £34,000 a year at the top of the scale. "
        "A building control surveyor tops out at £47,300."
    )
    claims = [c for c in _check(article, {url: SCHEDULE}, ruleset) if c.claim.type == "salary"]
    ranger = next(c for c in claims if "34,000" in c.claim.text)
    assert ranger.verdict.label == "contradicted", ranger.verdict.rationale
    # The ranger's own row, not the senior ranger's, at the top step the claim names.
    assert "(GBP), Parks Ranger, Step 6 (top), the top step" in ranger.verdict.rationale
    assert "£31,600 a year" in ranger.verdict.rationale
    surveyor = next(c for c in claims if "47,300" in c.claim.text)
    assert surveyor.verdict.label == "supported", surveyor.verdict.rationale


def test_a_sector_figure_with_no_occupation_named_is_the_row_of_totals(ruleset: Any) -> None:
    url = "https://stats.orlen.example/earnings-2030"
    claims = _check(
        f"Staff of commercial employers took home €744 a week on average ([data]({url})).",
        {url: STATS},
        ruleset,
    )
    salary = next(c for c in claims if c.claim.type == "salary")
    assert salary.verdict.label == "supported", salary.verdict.rationale
    assert "All occupations, Commercial employers" in salary.verdict.rationale
    # "workers" in the share row's note of its unit ("% of workers") names no row.
    other = _check(
        f"Staff of commercial employers took home €52 a week on average ([data]({url})).",
        {url: STATS},
        ruleset,
    )
    salary = next(c for c in other if c.claim.type == "salary")
    assert "Pension" not in salary.verdict.rationale


# Columns whose other cells write their currency ("£14.10"), and rows of shares written
# with "%" in the same columns.
ROUTES = """<html><head><title>Pay by hiring route</title></head><body><main>
<table><caption>Median hourly pay and benefits by hiring route, 2034</caption>
<tr><th>Group</th><th>Agency</th><th>Direct</th></tr>
<tr><th>Porters – median hourly pay</th><td>£14.10</td><td>£15.02</td></tr>
<tr><th>Share paid overtime at a premium</th><td>18%</td><td>64%</td></tr>
<tr><th>Share with a company car</th><td>3.5%</td><td>7%</td></tr>
</table></main></body></html>"""


def test_a_share_in_a_column_of_sums_stays_a_share() -> None:
    cells = {
        (c.data["row"], c.data["column"]): c.data["value"] for c in read_facts(ROUTES).of("cell")
    }
    assert cells[("Porters – median hourly pay", "Agency")] == "£14.10 an hour"
    assert cells[("Share paid overtime at a premium", "Agency")] == "18%"
    assert cells[("Share paid overtime at a premium", "Direct")] == "64%"
    assert cells[("Share with a company car", "Agency")] == "3.5%"
