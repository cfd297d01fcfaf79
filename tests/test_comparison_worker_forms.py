"""Comparisons of two groups of workers read from a table's rows and columns by what each
side names, in the forms a writer uses for a job that the table words otherwise: the
doer for the doing ("roofers" and the row "Roofing trades", "the people operating
excavators" and "Excavator operators"), another word for one who works a machine
("excavator drivers", "bus operatives"), initials ("HCAs"), a row whose every word the
side names beside one that adds a word ("Registered nurses" and "Senior registered
nurses"), a name in a header's brackets ("Permanent (salaried)"), a verb that ranks the
sides without a word of pay ("plasterers trail roofers"), a length of service that says
whose pay it is, and a side that stands for the other's job ("their counterparts in
Seville"). The pages and sentences are written for these tests."""

from __future__ import annotations

from typing import Any

import pytest
from judging import run, verdict

TRADES_URL = "https://stats.example.nz/earnings/weekly-by-occupation-2032"
TRADES = """<html><head><title>Weekly earnings by occupation</title></head><body><main>
<h1>Weekly earnings by occupation, 2032</h1>
<table><caption>Median weekly earnings by occupation, 2032 (NZ$)</caption>
<tr><th>Occupation</th><th>Median weekly earnings</th></tr>
<tr><td>Excavator operators</td><td>1,480</td></tr>
<tr><td>Bus drivers</td><td>1,150</td></tr>
<tr><td>Roofing trades</td><td>1,390</td></tr>
<tr><td>Plastering trades</td><td>1,090</td></tr>
<tr><td>Teaching aides</td><td>1,020</td></tr>
<tr><td>Dump truck drivers</td><td>1,260</td></tr>
</table></main></body></html>"""


def _trades(sentence: str, ruleset: Any) -> Any:
    claims = run(f"# Pay\n\n{sentence} ([figures]({TRADES_URL})).\n", {TRADES_URL: TRADES}, ruleset)
    return verdict(claims, "comparison").verdict


@pytest.mark.parametrize(
    ("sentence", "label", "rows"),
    [
        # Excavator operators 1,480, bus drivers 1,150, roofing 1,390, plastering 1,090.
        ("Excavator drivers earn more than roofers", "supported", ("Excavator", "Roofing")),
        ("Roofers take home less than plasterers", "contradicted", ("Roofing", "Plastering")),
        (
            "The people operating excavators earn more than bus drivers",
            "supported",
            ("Excavator", "Bus drivers"),
        ),
        ("Bus operatives earn more than plasterers", "supported", ("Bus drivers", "Plastering")),
    ],
)
def test_a_job_named_by_another_form_of_its_worker(
    sentence: str, label: str, rows: tuple[str, str], ruleset: Any
) -> None:
    found = _trades(sentence, ruleset)
    assert found.label == label, found.rationale
    assert all(row in found.rationale for row in rows), found.rationale


def test_a_job_whose_word_starts_another_workers_row_is_not_that_row(ruleset: Any) -> None:
    # "Teaching aides" are not teachers, whatever the stem they share.
    found = _trades("Teachers earn more than roofers", ruleset)
    assert found.label == "unverified", found.rationale


@pytest.mark.parametrize(
    ("sentence", "label"),
    [
        ("Plasterers trail roofers", "supported"),
        ("Bus drivers now outstrip excavator operators", "contradicted"),
        ("Plasterers lag behind roofers", "supported"),
        ("Bus drivers, on NZ$1,150 a week, trail excavator drivers", "supported"),
    ],
)
def test_a_verb_that_ranks_two_jobs_reads_their_pay(
    sentence: str, label: str, ruleset: Any
) -> None:
    found = _trades(sentence, ruleset)
    assert found.label == label, found.rationale


@pytest.mark.parametrize(
    "sentence",
    [
        "There are more plasterers than roofers, and plasterers trail roofers",
        "Plasterers trail roofers, with fewer jobs advertised",
    ],
)
def test_a_ranking_that_counts_is_not_read_from_a_table(sentence: str, ruleset: Any) -> None:
    found = _trades(sentence, ruleset)
    assert "The table" not in found.rationale, found.rationale


WARDS_URL = "https://health-stats.example.ie/workforce/ward-pay-2033"
WARDS = """<html><head><title>Ward staff pay, 2033</title></head><body><main>
<h1>Ward staff pay, 2033</h1>
<table><caption>Median weekly pay by grade, 2033 (€)</caption>
<tr><th>Grade</th><th>Median weekly pay</th></tr>
<tr><td>Registered nurses</td><td>1,240</td></tr>
<tr><td>Senior registered nurses</td><td>1,520</td></tr>
<tr><td>Enrolled nurses</td><td>960</td></tr>
<tr><td>Health care assistants</td><td>700</td></tr>
</table></main></body></html>"""


@pytest.mark.parametrize(
    ("sentence", "label", "rows"),
    [
        # Registered 1,240, senior registered 1,520, enrolled 960, assistants 700.
        (
            "HCAs take home less than half what registered nurses earn",
            "contradicted",
            ("Health care assistants", "“Registered nurses”"),
        ),
        (
            "HCAs earn less than enrolled nurses",
            "supported",
            ("Health care assistants", "Enrolled nurses"),
        ),
        (
            "Registered nurses are paid more than enrolled nurses",
            "supported",
            ("“Registered nurses”", "Enrolled nurses"),
        ),
    ],
)
def test_rows_named_by_initials_and_by_every_word(
    sentence: str, label: str, rows: tuple[str, str], ruleset: Any
) -> None:
    claims = run(f"# Pay\n\n{sentence} ([pay]({WARDS_URL})).\n", {WARDS_URL: WARDS}, ruleset)
    found = verdict(claims, "comparison").verdict
    assert found.label == label, found.rationale
    assert all(row in found.rationale for row in rows), found.rationale


def test_a_side_naming_two_rows_alike_reads_neither(ruleset: Any) -> None:
    # "nurses" names registered and enrolled nurses alike.
    claims = run(
        f"# Pay\n\nHCAs earn less than nurses ([pay]({WARDS_URL})).\n", {WARDS_URL: WARDS}, ruleset
    )
    found = verdict(claims, "comparison").verdict
    assert found.label == "unverified", found.rationale


ROUTES_URL = "https://research.example.org.uk/agency-staff/pay-by-contract-2034"
ROUTES = """<html><head><title>Agency staff pay by contract, 2034</title></head><body><main>
<h1>Agency staff pay by contract</h1>
<table><caption>Median hourly pay by contract, 2034 (£)</caption>
<tr><th>Role</th><th>Agency (temporary)</th><th>Permanent (salaried)</th></tr>
<tr><td>Ward nurses – median hourly pay</td><td>£19.10</td><td>£21.40</td></tr>
<tr><td>Porters – median hourly pay</td><td>£12.80</td><td>£12.20</td></tr>
</table></main></body></html>"""


@pytest.mark.parametrize(
    ("sentence", "label"),
    [
        # Ward nurses: agency 19.10, salaried 21.40; porters: agency 12.80, salaried 12.20.
        ("Agency ward nurses earn more than their salaried counterparts", "contradicted"),
        ("Agency porters earn more than their salaried colleagues", "supported"),
    ],
)
def test_a_column_named_in_its_brackets_and_by_the_pages_subject(
    sentence: str, label: str, ruleset: Any
) -> None:
    claims = run(f"# Pay\n\n{sentence} ([study]({ROUTES_URL})).\n", {ROUTES_URL: ROUTES}, ruleset)
    found = verdict(claims, "comparison").verdict
    assert found.label == label, found.rationale
    assert "Permanent (salaried)" in found.rationale, found.rationale


SERVICE_URL = "https://indicators.example.org/education/teacher-pay-2035"
SERVICE = """<html><head><title>Teachers' statutory pay, 2035</title></head><body><main>
<h1>Teachers' statutory pay by country, 2035</h1>
<table><caption>Teachers' statutory annual pay, 2035 (USD, PPP)</caption>
<tr><th>Country</th><th>Starting pay</th><th>Pay after 10 years</th></tr>
<tr><td>Netherlands</td><td>48,200</td><td>66,900</td></tr>
<tr><td>Portugal</td><td>31,400</td><td>40,300</td></tr>
<tr><td>OECD average</td><td>40,100</td><td>52,700</td></tr>
</table></main></body></html>"""


@pytest.mark.parametrize(
    ("sentence", "label"),
    [
        ("A Dutch teacher with ten years' service outearns the OECD average", "supported"),
        (
            "Portuguese teachers at the ten-year mark earn more than the OECD average",
            "contradicted",
        ),
        ("After 10 years in the job, Portuguese teachers outearn Dutch ones", "contradicted"),
    ],
)
def test_a_length_of_service_says_whose_pay_it_is(sentence: str, label: str, ruleset: Any) -> None:
    claims = run(f"# Pay\n\n{sentence} ([OECD]({SERVICE_URL})).\n", {SERVICE_URL: SERVICE}, ruleset)
    found = verdict(claims, "comparison").verdict
    assert found.label == label, found.rationale


SURVEY_URL = "https://news.example.com/2036/05/02/nurse-pay-survey"
SURVEY = """<html><head><title>Nurse pay survey</title></head><body><main><article>
<h1>Nurse pay survey</h1>
<p>Nurses in Lisbon earn about 1.3 times their Spanish counterparts, the survey found.</p>
</article></main></body></html>"""


@pytest.mark.parametrize(
    ("sentence", "label"),
    [
        ("Lisbon nurses earn more than their Spanish peers", "supported"),
        ("Spanish nurses earn more than their colleagues in Lisbon", "contradicted"),
        ("Porto nurses are paid more than their counterparts in Seville", "unverified"),
        ("Nurses in Porto earn more than their Spanish counterparts", "unverified"),
    ],
)
def test_a_side_standing_for_the_others_job_is_named_by_its_place(
    sentence: str, label: str, ruleset: Any
) -> None:
    claims = run(f"# Pay\n\n{sentence} ([survey]({SURVEY_URL})).\n", {SURVEY_URL: SURVEY}, ruleset)
    found = verdict(claims, "comparison").verdict
    assert found.label == label, found.rationale


HUBS_URL = "https://research.example.com/2037/hub-pay-tracker"
HUBS = """<html><head><title>Hub pay tracker, 2037</title></head><body><main>
<h1>Hub pay tracker</h1>
<table><caption>Median monthly pay of entry-level nurses, 2037 (US$)</caption>
<tr><th>Country</th><th>Median monthly pay (US$)</th></tr>
<tr><td>Portugal (Main cities: Porto, Lisbon)</td><td>1,900</td></tr>
<tr><td>Spain (Main cities: Madrid, Valencia)</td><td>2,300</td></tr>
<tr><td>United Kingdom</td><td>3,400</td></tr>
</table></main></body></html>"""


@pytest.mark.parametrize(
    ("sentence", "label"),
    [
        # Porto is in Portugal's brackets (1,900); Seville is in no row.
        (
            "Porto nurses are paid more than their counterparts in Seville, the busiest city "
            "for UK recruiters",
            "unverified",
        ),
        ("Porto nurses are paid more than their counterparts in Valencia", "contradicted"),
        ("Nurses in Valencia, the survey found, earn more than Porto nurses", "supported"),
    ],
)
def test_a_side_is_named_before_its_comma(sentence: str, label: str, ruleset: Any) -> None:
    claims = run(f"# Pay\n\n{sentence} ([tracker]({HUBS_URL})).\n", {HUBS_URL: HUBS}, ruleset)
    found = verdict(claims, "comparison").verdict
    assert found.label == label, found.rationale
