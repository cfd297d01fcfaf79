"""A union the claim names twice, by a name and a short name in brackets, is one party:
a page naming it by that short name, or by a name in another language with the same
short name, names the claim's union. Drafts and pages written for these tests, every
name invented."""

from __future__ import annotations

import pytest
from judging import cited

from factcheck.evidence.strikes import own_short_names, represented_otherwise
from factcheck.rulepacks.ruleset import RuleSet

STORY_URL = "http://news.test/2041/03/05/ferry-strike-ends.html"
STORY_PAGE = """<html><head><title>Talvik ferry strike ends after two days</title>
<script type="application/ld+json">{"@context": "https://schema.org", "@type": "NewsArticle",
"headline": "Talvik ferry strike ends after two days",
"datePublished": "2041-03-05T08:00:00Z"}</script></head>
<body><h1>Talvik ferry strike ends after two days</h1>
<p>The two-day strike by members of the Ferry Crews' Union (FKL) against the operator
Talvik Linjer ended on Tuesday with a 4 per cent pay rise.</p>
<p>Talks between FKL and the operator broke down on Sunday night.</p>
</body></html>"""


@pytest.mark.parametrize(
    "sentence",
    [
        "Members of Färjeklubbens Lag (FKL) walked out against Talvik Linjer in March 2041",
        "Deckhands represented by Färjeklubbens Lag (FKL) struck Talvik Linjer in March 2041",
        "Färjeklubbens Lag (FKL) called a strike against Talvik Linjer in March 2041",
    ],
)
def test_a_union_named_in_its_own_language_with_the_page_s_short_name_is_borne_out(
    sentence: str, ruleset: RuleSet
) -> None:
    found = cited(sentence, STORY_URL, STORY_PAGE, ruleset, "strike")
    assert found.verdict.label == "supported", found.verdict.rationale


def test_another_union_by_another_short_name_is_not_borne_out(ruleset: RuleSet) -> None:
    sentence = (
        "Deckhands represented by Sjöbefälets Förening (SBF) struck Talvik Linjer in March 2041"
    )
    found = cited(sentence, STORY_URL, STORY_PAGE, ruleset, "strike")
    assert found.verdict.label != "supported", found.verdict.rationale


def test_the_short_names_a_claim_gives_its_own_names() -> None:
    text = "Members of Färjeklubbens Lag (FKL) and the Dock Union walked out."
    names = ["Färjeklubbens Lag", "FKL", "Dock Union"]
    groups = own_short_names(names, text)
    assert groups["Färjeklubbens Lag"] == {"Färjeklubbens Lag", "FKL"}
    assert groups["FKL"] == {"Färjeklubbens Lag", "FKL"}
    assert groups["Dock Union"] == {"Dock Union"}
    # The short name in brackets, though not among the names the claim's strikers were
    # read as; an aside in brackets is no short name.
    assert own_short_names(["Dock Union"], "The Dock Union (DUK) struck.") == {
        "Dock Union": frozenset({"Dock Union", "DUK"})
    }
    assert own_short_names(["Dock Union"], "The Dock Union (again) struck.") == {
        "Dock Union": frozenset({"Dock Union"})
    }


BRANCH_URL = "http://wiki.test/wiki/2040_Orla_College_strike.html"
BRANCH_PAGE = """<h1>2040 Orla College strike</h1>
<p>In 2040 SEU Local 41 struck at Orla College for three weeks; the same spring, lab
technicians at Vell University, represented by SEU Local 14, held a separate strike.</p>"""


@pytest.mark.parametrize(
    ("sentence", "label"),
    [
        (
            "In 2040 lab technicians at Vell University, represented by SEU Local 41, also "
            "struck over pay",
            "contradicted",
        ),
        (
            "Lab technicians at Vell University, represented by SEU Local 41, walked out in 2040",
            "contradicted",
        ),
        # The page's own union, by the same branch number.
        (
            "In 2040 lab technicians at Vell University, represented by SEU Local 14, also "
            "struck over pay",
            "supported",
        ),
        # No union given: the workers' strike is borne out.
        ("In 2040 lab technicians at Vell University also struck over pay", "supported"),
    ],
)
def test_workers_given_to_another_union_than_the_page_s(
    sentence: str, label: str, ruleset: RuleSet
) -> None:
    found = cited(sentence, BRANCH_URL, BRANCH_PAGE, ruleset, "strike")
    assert found.verdict.label == label, found.verdict.rationale


@pytest.mark.parametrize(
    ("claim", "page", "found"),
    [
        (
            "porters, represented by SEU Local 41, struck",
            "porters, represented by SEU Local 14",
            "SEU Local 14",
        ),
        ("porters, represented by SEU Local 41, struck", "porters, represented by SEU 41", None),
        # The page defines the short name of the claim's union.
        (
            "porters represented by the Orla Porters Guild",
            "porters, members of the OPG, struck",
            None,
        ),
        # The page's clause names the claim's union among others.
        (
            "porters, members of the Vell Guild, struck",
            "members of the Tarn Union and the Vell Guild",
            None,
        ),
        ("porters struck", "porters, represented by SEU Local 14", None),
    ],
)
def test_the_union_a_page_gives_the_workers_instead(
    claim: str, page: str, found: str | None
) -> None:
    page_text = f"{page}. The Orla Porters Guild (OPG) met."
    assert represented_otherwise(claim, page, page_text) == found
