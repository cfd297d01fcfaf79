"""A news story whose headline opens on a job word ("Drivers at ... walk out") is a story
about those workers, not a job posting: its headline never contradicts a job title the
draft cites it for, and a teaser beside it never decides one. A page titled by a job
("Harbour Pilot - Port of Kessock Careers") is still read as that job's posting. The
pages and sentences are written for these tests."""

from __future__ import annotations

from typing import Any

import pytest
from judging import run

STORY = "https://courier.example/news/pellow-walkout"
POSTING = "https://careers.kessock-port.example/vacancy/118"

TEASERS = [
    '<aside><h3>Most read</h3><ol><li><a href="/n/1">Hallam Water to take on 300 apprentice '
    "fitters</a></li></ol></aside>",
    '<div class="teasers"><div class="teaser"><a href="/n/1"><span>Jobs</span><h4>Hallam Water '
    "to take on 300 apprentice fitters</h4></a></div></div>",
    '<div><h2>You may also like</h2><article class="card"><a href="/n/1"><h3>Hallam Water to '
    "take on 300 apprentice fitters</h3></a></article></div>",
]


def _story(teaser: str) -> str:
    return f"""<html><head><title>Drivers at Pellow Buses walk out over rotas | The Courier
</title></head><body><nav><a href="/">Home</a> <a href="/news">News</a></nav><main><article>
<h1>Drivers at Pellow Buses walk out over rotas</h1><p>By Ines Marr, 12 March 2031</p>
<p>Bus drivers at Pellow Buses in Sheffield walked out on Tuesday over new rotas.</p>
<p>The company said 14 routes were cancelled.</p></article>{teaser}</main></body></html>"""


@pytest.mark.parametrize("teaser", TEASERS)
def test_a_headline_about_workers_is_no_posting(teaser: str, ruleset: Any) -> None:
    draft = (
        "# Jobs round-up\n\n"
        f"Hallam Water is recruiting 300 apprentice fitters, [a report]({STORY}) says.\n"
    )
    claims = run(draft, {STORY: _story(teaser)}, ruleset, wrap=False)
    titles = [c for c in claims if c.claim.type == "job_title"]
    assert titles, [(c.claim.type, c.claim.text) for c in claims]
    for c in titles:
        assert c.verdict.label == "unverified", c.verdict.rationale


def test_a_page_titled_by_its_job_is_still_a_posting(ruleset: Any) -> None:
    page = """<html><head><title>Harbour Pilot - Port of Kessock Careers</title></head><body>
<main><h1>Harbour Pilot</h1><p>Port of Kessock</p>
<p>Bring ships safely through the firth in all weathers.</p></main></body></html>"""
    draft = f"# Hiring\n\nThe Port of Kessock is hiring a marine engineer ([advert]({POSTING})).\n"
    claims = run(draft, {POSTING: page}, ruleset, wrap=False)
    titles = [c for c in claims if c.claim.type == "job_title"]
    assert [c.verdict.label for c in titles] == ["contradicted"], [
        (c.claim.text, c.verdict.rationale) for c in titles
    ]
