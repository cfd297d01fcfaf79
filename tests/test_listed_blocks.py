"""Boxes of other pages' teasers and of other jobs, known by their heading whatever their
class names say, and kept from deciding a claim: a "Similar jobs" entry naming another
employer never backs or refutes a claim about this one. Pages written for these tests."""

from __future__ import annotations

from pathlib import Path
from typing import Any

import pytest
from conftest import LOOPBACK, serve_directory
from judging import verdict_on

from factcheck.check import CheckOptions, check_articles
from factcheck.reading import parse_article
from factcheck.sources.facts import read_facts
from factcheck.sources.fetch import FetchOptions
from factcheck.sources.pages import extract_page
from factcheck.sources.pages.markup import heading_role

STORY = (
    "<p>Tarrant Mills, the paper maker, opened a recycling line at its Oxley plant on Monday"
    " after eighteen months of building work.</p>"
    "<p>The line takes in 300 tonnes of used cartons a day and will run on three shifts.</p>"
)


def roles_of(html: str) -> dict[str, str]:
    page = extract_page(html)
    return {block: page.role(k) for k, block in enumerate(page.blocks)}


@pytest.mark.parametrize(
    ("heading", "role"),
    [
        ("Similar vacancies", "similar-jobs"),
        ("Jobs you might like", "similar-jobs"),
        ("People also viewed", "similar-jobs"),
        ("Related roles (6)", "similar-jobs"),
        ("More open positions", "openings"),
        ("Other vacancies at Tarrant Mills", "openings"),
        ("Most read", "teaser"),
        ("Trending now", "teaser"),
        ("More from Business", "teaser"),
        ("You may also like", "teaser"),
        ("What we offer", ""),
        ("How to apply", ""),
        ("The strike in numbers", ""),
    ],
)
def test_a_heading_names_its_box(heading: str, role: str) -> None:
    assert heading_role(heading) == role


def test_a_box_opened_by_its_heading_takes_the_role_whatever_its_class() -> None:
    html = f"""<html><body><article><h1>Recycling line opens</h1>{STORY}
      <div class="mod-b7"><div class="mod-hd"><h3>Trending</h3></div>
        <div class="card"><h4><a href="/a">Courier Velno to hire 2,000 seasonal drivers</a></h4>
        <p>The firm expects its busiest winter yet.</p></div>
        <div class="card"><h4><a href="/b">Ferry fares rise in spring</a></h4>
        <p>Operators blame fuel costs.</p></div></div>
      </article></body></html>"""
    roles = roles_of(html)
    assert roles["The firm expects its busiest winter yet."] == "teaser"
    assert roles["Courier Velno to hire 2,000 seasonal drivers"] == "teaser"
    assert "seasonal drivers" not in extract_page(html).main_text()


def test_a_heading_in_the_flow_names_what_follows_up_to_the_next_heading() -> None:
    html = f"""<html><body><article><h1>Recycling line opens</h1>{STORY}
      <h2>Most read</h2><p><a href="/c">Council backs new tram depot</a> in Oxley</p>
      <p>Tarrant Mills said a second line could follow in 2027.</p>
      <h2>Background</h2><p>The plant has made board since 1952.</p></article></body></html>"""
    roles = roles_of(html)
    assert roles["Council backs new tram depot in Oxley"] == "teaser"
    assert roles["Tarrant Mills said a second line could follow in 2027."] == "teaser"
    assert roles["The plant has made board since 1952."] == "body"
    assert roles["Background"] == "body"


def test_a_section_of_the_story_keeps_its_role() -> None:
    html = f"""<html><body><article><h1>Recycling line opens</h1>{STORY}
      <section><h2>What the union says</h2><p>The union welcomed the new shifts.</p></section>
      </article></body></html>"""
    assert roles_of(html)["The union welcomed the new shifts."] == "body"


POSTING_URL = "https://jobs.example.org/listing/88412"


def card(title: str, org: str) -> str:
    return (
        '<li itemscope itemtype="https://schema.org/JobPosting">'
        f'<a href="/x" itemprop="title">{title}</a> '
        f'<span itemprop="hiringOrganization">{org}</span></li>'
    )


POSTING = f"""<html><body><div class="wrap"><h1>Pastry Chef</h1>
<p>Marlow Street Bakery is looking for a pastry chef to run its early shift in Caldbeck.</p>
<p>You will bake laminated doughs and train two apprentices.</p>
<p>Pay: £27,500 a year.</p><a href="/apply">Apply now</a>
<div class="recs"><h2>Jobs you may like</h2>
<ul>{card("Head Baker", "Tollan Hotels Group")}{card("Pastry Chef", "Glenmoor Catering")}</ul>
</div></div></body></html>"""


def test_postings_in_a_similar_jobs_box_are_not_the_pages_posting() -> None:
    facts = read_facts(POSTING)
    assert [(f.kind, f.text) for f in facts.items] == [("title", "Pastry Chef")]


def test_another_employers_card_beside_the_posting_does_not_contradict(ruleset: Any) -> None:
    judged = verdict_on(
        f"Marlow Street Bakery is recruiting a pastry chef in Caldbeck ([ad]({POSTING_URL})).",
        {POSTING_URL: POSTING},
        ruleset,
        "job_title",
        wrap=False,
    )
    assert judged.label == "supported"
    assert "Tollan" not in judged.rationale


NEWS_URL = "https://news.example.org/brackwater-dunmore"
NEWS = """<html><body><article><h1>Brackwater Foods opens Dunmore depot</h1>
<p>Brackwater Foods opened a chilled-goods depot in Dunmore on Monday and said it would hire
about 90 staff by the summer.</p><p>The depot will supply 140 supermarkets in the region.</p>
<div class="box"><h3>Similar jobs</h3><ul>
<li><a href="/j/1">Night Operations Manager</a> - Corlin Logistics - Dunmore - $64,000 a year</li>
<li><a href="/j/2">Forklift Team Leader</a> - Hesketh Freight - Dunmore - $21 an hour</li>
</ul></div></article></body></html>"""


@pytest.mark.parametrize(
    ("sentence", "claim_type"),
    [
        # The same title, but at another employer: no support.
        ("Brackwater Foods is recruiting a Night Operations Manager in Dunmore", "job_title"),
        # The same pay, or other pay, for another employer's job: neither way.
        ("Brackwater Foods pays forklift team leaders $21 an hour in Dunmore", "salary"),
        ("Brackwater Foods pays forklift team leaders $24 an hour in Dunmore", "salary"),
    ],
)
def test_a_similar_jobs_entry_decides_no_claim(
    sentence: str, claim_type: str, ruleset: Any
) -> None:
    judged = verdict_on(
        f"{sentence} ([report]({NEWS_URL})).", {NEWS_URL: NEWS}, ruleset, claim_type, wrap=False
    )
    assert judged.label == "unverified"


CAREERS_URL = "https://careers.example.org/quarrel-games/level-designer"
CAREERS = """<html><body><main><h1>Level Designer</h1>
<p>Quarrel Games is hiring a level designer for its Ghent studio, at €52,000 a year.</p>
<a href="/apply">Apply now</a>
<section class="list-b"><h2>Other jobs at Quarrel Games</h2><ul>
<li><a href="/j/4">QA Tester</a> – Ghent – €16.50 per hour</li>
<li><a href="/j/5">Sound Designer</a> – Ghent – €48,000 a year</li></ul></section>
</main></body></html>"""


def test_the_employers_own_openings_back_a_claim_but_refute_none(ruleset: Any) -> None:
    pages = {CAREERS_URL: CAREERS}

    def judged(sentence: str) -> str:
        article = f"{sentence} ([careers]({CAREERS_URL}))."
        return verdict_on(article, pages, ruleset, "salary", wrap=False).label

    assert judged("Its QA testers in Ghent are paid €16.50 an hour") == "supported"
    assert judged("Its QA testers in Ghent are paid €19 an hour") == "unverified"


@pytest.mark.block_network(allowed_hosts=LOOPBACK)
def test_served_posting_with_a_similar_vacancies_list(ruleset: Any, tmp_path: Path) -> None:
    site = tmp_path / "site"
    site.mkdir()
    (site / "posting.html").write_text(POSTING, encoding="utf-8")
    (site / "news.html").write_text(NEWS, encoding="utf-8")
    with serve_directory(site) as base:
        draft = (
            f"Marlow Street Bakery is recruiting a pastry chef ([ad]({base}/posting.html)).\n\n"
            "Brackwater Foods is recruiting a Night Operations Manager in Dunmore"
            f" ([report]({base}/news.html)).\n"
        )
        article = parse_article(draft, "draft.md", "markdown")
        fetch = FetchOptions(allow_private=True, host_delay=0, use_cache=False, obey_robots=False)
        report = check_articles([article], CheckOptions(fetch=fetch), ruleset=ruleset)
    labels = {
        c.claim.fields.get("employer"): c.verdict.label
        for c in report.checked_claims()
        if c.claim.type == "job_title"
    }
    assert labels == {"Marlow Street Bakery": "supported", "Brackwater Foods": "unverified"}
