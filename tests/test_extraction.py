"""Claims out of sentences: the rule packs on phrasings the seed article does not use."""

from __future__ import annotations

from typing import Any

import pytest

from factcheck.claims.extract import Extractor, extract_claims
from factcheck.model import Claim
from factcheck.reading import Format, parse_article
from factcheck.rulepacks.ruleset import RuleSet


def claims_of(text: str, ruleset: RuleSet, fmt: Format = "text") -> list[Claim]:
    return extract_claims(parse_article(text, "draft", fmt), ruleset)


def one(text: str, claim_type: str, ruleset: Any) -> dict[str, Any]:
    found = [c for c in claims_of(text, ruleset) if c.type == claim_type]
    assert found, f"no {claim_type} claim in {text!r}"
    return dict(found[0].fields)


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Acme pays $300K to $900K a year.", {"min": 300000, "max": 900000, "period": "year"}),
        ("The post pays £40k.", {"min": 40000, "currency": "GBP"}),
        ("Nurses earn $45 an hour.", {"min": 45, "max": 45, "period": "hour"}),
        ("The role pays up to $900,000.", {"min": None, "max": 900000}),
        ("It is a seven-figure salary.", {"min": 1000000, "max": 9999999}),
        ("Staff make between €30,000 and €35,000 a year.", {"min": 30000, "currency": "EUR"}),
        ("Executives received 1.2 million dollars in salary.", {"min": 1200000}),
    ],
)
def test_salary_formats(text: str, expected: dict[str, Any], ruleset: Any) -> None:
    fields = one(text, "salary", ruleset)
    for key, value in expected.items():
        assert fields[key] == value, (key, fields)


def test_job_title_with_unknown_employer(ruleset: Any) -> None:
    fields = one("Brightwater Bank is hiring a Senior Risk Analyst in Leeds.", "job_title", ruleset)
    assert fields == {
        "title": "Senior Risk Analyst",
        "employer": "Brightwater Bank",
        "quoted": False,
    }


def test_employer_from_an_earlier_sentence(ruleset: Any) -> None:
    text = "Acme Robotics grew fast this year. The company is seeking a “Lead Firmware Engineer”."
    fields = one(text, "job_title", ruleset)
    assert fields["employer"] == "Acme Robotics"
    assert fields["quoted"] is True


@pytest.mark.parametrize(
    ("text", "strikers", "against"),
    [
        ("The UAW struck Ford and Stellantis.", ["UAW"], ["Ford", "Stellantis"]),
        (
            "Members of the Riverside Teachers Union went on strike against the county.",
            ["Riverside Teachers Union"],
            ["county"],
        ),
        (
            "The walkout by nurses at Kaiser Permanente lasted days.",
            ["nurses"],
            ["Kaiser Permanente"],
        ),
    ],
)
def test_strike_parties(text: str, strikers: list[str], against: list[str], ruleset: Any) -> None:
    fields = one(text, "strike", ruleset)
    assert fields["strikers"] == strikers
    assert fields["against"] == against


def test_struck_a_deal_is_not_a_strike(ruleset: Any) -> None:
    assert not [
        c for c in claims_of("Netflix struck a deal with Sony.", ruleset) if c.type == "strike"
    ]


def test_comparison_sides_and_relation(ruleset: Any) -> None:
    fields = one(
        "The chief executive's pay is more than 300 times what a typical worker earns.",
        "comparison",
        ruleset,
    )
    assert fields["relation"] == "ratio_at_least"
    assert fields["factor"] == 300
    assert fields["right"].startswith("a typical worker earns")


def test_questions_are_not_claims(ruleset: Any) -> None:
    assert claims_of("Does the job really pay $900,000 a year?", ruleset) == []


def test_source_lists_are_not_claims(ruleset: Any) -> None:
    text = (
        "The strike lasted 46 days.\n\nSources:\n\n- Labor Wire, 46-day strike: https://x.org/a\n"
    )
    claims = claims_of(text, ruleset)
    assert [c.sentence.text for c in claims] == ["The strike lasted 46 days."]


def test_claims_carry_positions_and_check_worthiness(ruleset: Any) -> None:
    text = "Intro line here.\n\nThe union says 87% of members earn under $26,000 a year.\n"
    salary = next(c for c in claims_of(text, ruleset) if c.type == "salary")
    assert salary.line == 3
    assert text.splitlines()[2][salary.column - 1 :].startswith(salary.text)
    assert 0.5 <= salary.checkworthiness <= 1


def test_overlapping_matches_of_one_type_keep_the_longest(ruleset: Any) -> None:
    extractor = Extractor(ruleset)
    text = "The range is $300,000 to $900,000 a year."
    found = [f for f in extractor.find(text, extractor.context(text)) if f.rule.type == "salary"]
    assert len(found) == 1
    assert (found[0].fields["min"], found[0].fields["max"]) == (300000, 900000)


_ROUNDUP = (
    "# Port roundup\n\nCrane drivers at Velmar struck for 12 days.\n\n"
    "## Sources\n\n- Quay Daily: https://quay.example/strike\n\n"
    "{between}The Velmar port authority employs 640 dockers.\n"
)
_LATER = "The Velmar port authority employs 640 dockers."


@pytest.mark.parametrize("fmt", ["markdown", "text"])
@pytest.mark.parametrize(
    "heading",
    ["## Harbour news", "Harbour news", "### What the port authority says about overtime"],
)
def test_a_source_list_ends_at_the_next_heading(heading: str, fmt: Format, ruleset: Any) -> None:
    if fmt == "text":
        heading = heading.lstrip("# ")
    text = _ROUNDUP.format(between=heading + "\n\n")
    assert _LATER in [c.sentence.text for c in claims_of(text, ruleset, fmt)]


@pytest.mark.parametrize(
    "entry",
    [
        "- [Quay Daily on overtime pay](https://quay.example/pay)",
        "[Quay Daily on overtime pay](https://quay.example/pay)",
        "Quay Daily, overtime pay story, 3 May.",
    ],
)
def test_an_entry_of_the_source_list_does_not_end_it(entry: str, ruleset: Any) -> None:
    text = _ROUNDUP.format(between=entry + "\n\n")
    assert _LATER not in [c.sentence.text for c in claims_of(text, ruleset, "markdown")]
