"""Pay on a posting written in another language: an English claim that cites the one
posting for its job is read against the posting's pay, as the title check takes such a
title for no other job; an English name beside the title that names another job keeps
the posting's pay apart. The pages and drafts are written for these tests."""

from __future__ import annotations

from typing import Any

import pytest
from judging import cited
from postings import job_posting_ld

URL = "http://hafen-nord.test/stellen/2207"


def _posting(title: str, lang: str, low: int, high: int, employer: str) -> str:
    script = job_posting_ld(title, employer, currency="EUR", low=low, high=high, unit="MONTH")
    return (
        f"<html lang='{lang}'><head><title>{title} | {employer}</title>"
        f"{script}</head><body>"
        f"<main><h1>{title}</h1><p>{employer}: Schichtdienst am Containerterminal.</p>"
        "</main></body></html>"
    )


@pytest.mark.parametrize(
    ("title", "lang", "sentence", "label"),
    [
        (
            "Kranführer (m/w/d)",
            "de",
            "Hafen Nord offers new crane operators between €3,150 and €3,600 a month",
            "supported",
        ),
        (
            "Kranführer (m/w/d)",
            "de",
            "According to its advert, Hafen Nord pays crane operators up to €3,900 a month",
            "contradicted",
        ),
        (
            "Conducteur d'engins portuaires (h/f)",
            "fr",
            "New crane operators at Hafen Nord start on €2,400 a month, its job advert says",
            "contradicted",
        ),
        (
            "Kraanmachinist",
            "nl",
            "Crane operators hired by Hafen Nord earn €3,150 to €3,600 a month",
            "supported",
        ),
        # Where pay starts is the range's bottom, within the span a rough figure allows.
        (
            "Kranführer (m/w/d)",
            "de",
            "Crane operators at Hafen Nord start at just under €3,200 a month",
            "supported",
        ),
        (
            "Kranführer (m/w/d)",
            "de",
            "At Hafen Nord, crane operators starting out on about €2,600 a month",
            "contradicted",
        ),
        # An English name beside the title that is another job's: not the claim's job.
        (
            "Staplerfahrer (Forklift Driver)",
            "de",
            "Hafen Nord pays its crane operators up to €3,900 a month",
            "unverified",
        ),
    ],
)
def test_an_english_claim_reads_the_pay_of_the_foreign_posting_it_cites(
    title: str, lang: str, sentence: str, label: str, ruleset: Any
) -> None:
    page = _posting(title, lang, 3150, 3600, "Hafen Nord")
    claim = cited(sentence, URL, page, ruleset, "salary", wrap=False)
    assert claim.verdict.label == label


def test_pay_told_after_the_sentence_citing_a_foreign_posting_is_not_its(
    ruleset: Any,
) -> None:
    # The posting is cited in the sentence before; the claim speaks of the job elsewhere.
    from judging import run

    page = _posting("Kranführer (m/w/d)", "de", 3150, 3600, "Hafen Nord")
    draft = (
        f"# Ports\n\nHafen Nord is hiring a Kranführer ([ad]({URL})). Across the border, "
        "experienced crane operators now earn up to €4,200 a month.\n"
    )
    claims = [c for c in run(draft, {URL: page}, ruleset, wrap=False) if c.claim.type == "salary"]
    assert [c.verdict.label for c in claims] == ["unverified"]
