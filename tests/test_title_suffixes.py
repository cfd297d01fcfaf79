"""A posting's title without its suffixes is its title: a contract type, a gender marker,
a team or a place in brackets or after a dash is no part of it, though a level there is.
The posting's own title, the top heading its page title opens with, decides against a
title that differs by a level word; a similar-jobs list beside it does not. The pages are
written for these tests."""

from __future__ import annotations

from judging import run
from postings import job_posting_ld

from factcheck.rulepacks.ruleset import RuleSet

BASE = "http://wexcombe.test/jobs"


def _posting(title: str, org: str, *, ld: bool = True, heading: str | None = None) -> str:
    script = job_posting_ld(title, org) if ld else ""
    return (
        f"<html><head><title>{title} | {org}</title>{script}</head><body><main>"
        f"<h1>{heading or title}</h1><p>{org} is looking for a colleague to join its "
        "operations group.</p><ul><li>Own the weekly plan</li></ul></main></body></html>"
    )


def _labels(draft: str, pages: dict[str, str], ruleset: RuleSet) -> dict[str, tuple[str, str]]:
    claims = run(draft, pages, ruleset, wrap=False)
    return {
        str(c.claim.fields.get("title")): (c.verdict.label, c.verdict.rationale)
        for c in claims
        if c.claim.type == "job_title"
    }


def test_a_quoted_title_equal_to_the_posting_title_without_its_suffix(ruleset: RuleSet) -> None:
    urls = [f"{BASE}/{i}" for i in range(3)]
    draft = (
        f"# Jobs\n\nHolloway Pumps posted an opening for a “Firmware Test Engineer” in Kassel "
        f"([posting]({urls[0]})).\n\nThe job at Brisk Lending, listed as “Senior Platform "
        f"Engineer”, sits on the card issuing team ([posting]({urls[1]})).\n\nCarrow Mutual "
        f"advertised the job as “Claims Handler” ([posting]({urls[2]})).\n"
    )
    pages = {
        urls[0]: _posting(
            "Firmware Test Engineer (m/w/d)",
            "Holloway Pumps",
            heading="Firmware Test Engineer (m/w/d) – Kassel",
        ),
        urls[1]: _posting("Senior Platform Engineer (Card Issuing)", "Brisk Lending"),
        urls[2]: _posting("Claims Handler - Fixed Term Contract - Norwich", "Carrow Mutual"),
    }
    labels = _labels(draft, pages, ruleset)
    assert {t: v[0] for t, v in labels.items()} == {
        "Firmware Test Engineer": "supported",
        "Senior Platform Engineer": "supported",
        "Claims Handler": "supported",
    }
    assert "suffix" in labels["Claims Handler"][1]


def test_a_level_in_the_suffix_is_part_of_the_title(ruleset: RuleSet) -> None:
    url = f"{BASE}/9"
    draft = (
        f"# Jobs\n\nDrayfield Water advertised the job as “Network Analyst” ([posting]({url})).\n"
    )
    pages = {url: _posting("Network Analyst (Senior)", "Drayfield Water")}
    assert _labels(draft, pages, ruleset)["Network Analyst"][0] != "supported"


def _advert(heading: str, org: str, similar: list[str]) -> str:
    items = "".join(f"<li><a href='/v/{i}'>{t}</a></li>" for i, t in enumerate(similar))
    return (
        f"<html><head><title>{heading} - {org}</title></head><body><main><h1>{heading}</h1>"
        f"<p>{org} invites applications for this post in its School of Earth Sciences.</p>"
        "<p>The post holder will teach undergraduate modules.</p>"
        f"<section><h2>Similar jobs</h2><ul>{items}</ul></section></main></body></html>"
    )


def test_the_postings_own_heading_decides_a_level_not_its_similar_jobs(ruleset: RuleSet) -> None:
    urls = [f"{BASE}/20", f"{BASE}/21"]
    similar = ["Senior Lecturer in Coastal Geology", "Lecturer in Glaciology"]
    pages = {
        urls[0]: _advert("Lecturer in Coastal Geology", "University of Penrith", similar),
        urls[1]: _advert("Senior Lecturer in Glaciology", "Ashby College", similar),
    }
    draft = (
        "# Universities\n\nThe University of Penrith is recruiting a Senior Lecturer in Coastal "
        f"Geology ([advert]({urls[0]})).\n\nAshby College is hiring a Lecturer in Glaciology "
        f"([advert]({urls[1]})).\n"
    )
    labels = _labels(draft, pages, ruleset)
    assert labels["Senior Lecturer"][0] == "contradicted"
    assert "Lecturer in Coastal Geology" in labels["Senior Lecturer"][1]
    assert labels["Lecturer"][0] == "contradicted"
    right = draft.replace("a Senior Lecturer in Coastal", "a Lecturer in Coastal").replace(
        "a Lecturer in Glaciology", "a Senior Lecturer in Glaciology"
    )
    assert {v[0] for v in _labels(right, pages, ruleset).values()} == {"supported"}
