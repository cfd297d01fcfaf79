"""Definite descriptions take the nearest compatible party or job named before them, and
the claim's ``resolved`` field says which fields were taken so.

Every organisation, person and job below is invented for these tests."""

from __future__ import annotations

from typing import Any

import pytest

from factcheck.claimfields import JobTitleFields, SalaryFields, StrikeFields
from factcheck.claims.extract import Recent, extract_claims
from factcheck.claims.references import Descriptions, described_kind
from factcheck.model import Claim
from factcheck.reading import parse_article


def claims_of(text: str, claim_type: str, ruleset: Any) -> list[Claim]:
    claims = extract_claims(parse_article(text, "draft.txt"), ruleset)
    found = [c for c in claims if c.type == claim_type]
    assert found, f"no {claim_type} claim in {text!r}: {[(c.type, c.text) for c in claims]}"
    return found


@pytest.mark.parametrize(
    ("phrase", "kind"),
    [
        ("the union", "union"),
        ("the dockers' guild", "union"),
        ("the company", "employer"),
        ("the Swedish carmaker", "employer"),
        ("the studios", "employer"),
        ("the paper", "employer"),
        ("that job", "job"),
        ("the position", "job"),
        ("the role", "job"),
        ("the other carmaker", None),
        ("a rival firm", None),
        ("the three companies", None),
        ("the weather", None),
        ("Corvel Motors", None),
    ],
)
def test_descriptions_by_their_head_noun(phrase: str, kind: str | None, ruleset: Any) -> None:
    assert described_kind(phrase, ruleset.knowledge) == kind


def test_pay_of_the_role_is_the_job_named_before(ruleset: Any) -> None:
    text = (
        "Quarrow Freight is hiring a night dispatcher for its depot in Tulsa.\n\n"
        "The role pays $24.50 an hour, with overtime after forty hours.\n"
    )
    pay = claims_of(text, "salary", ruleset)[0].fields
    assert isinstance(pay, SalaryFields)
    assert (pay.job, pay.employer) == ("night dispatcher", "Quarrow Freight")
    assert pay.resolved == ("job", "employer")
    assert pay["resolved"] == ["job", "employer"]


def test_pay_the_company_gives_is_the_company_named_before(ruleset: Any) -> None:
    text = (
        "Brisa Linen Services runs laundries for hotels across Portugal.\n\n"
        "The company pays its drivers €1,400 a month.\n"
    )
    pay = claims_of(text, "salary", ruleset)[0].fields
    assert isinstance(pay, SalaryFields)
    assert (pay.job, pay.employer, pay.resolved) == (None, "Brisa Linen Services", ("employer",))


def test_it_hiring_is_the_company_named_before(ruleset: Any) -> None:
    text = (
        "Tamsin Ferries has added two crossings a day this summer. "
        "It is recruiting deckhands for its Oban route.\n"
    )
    job = claims_of(text, "job_title", ruleset)[0].fields
    assert isinstance(job, JobTitleFields)
    assert (job.employer, job.resolved) == ("Tamsin Ferries", ("employer",))


def test_pay_with_no_reference_resolves_nothing(ruleset: Any) -> None:
    text = "Quarrow Freight is hiring a night dispatcher.\n\nCouriers in Leeds earn £11 an hour.\n"
    pay = claims_of(text, "salary", ruleset)[0].fields
    assert isinstance(pay, SalaryFields)
    assert (pay.job, pay.employer, pay.resolved) == (None, None, ())
    assert "resolved" not in pay and "job" not in pay


def test_the_union_struck_the_carmaker(ruleset: Any) -> None:
    text = (
        "The Tannery Workers Union has bargained with Voss Kraftwagen since March.\n\n"
        "On Monday the union struck the carmaker at two plants.\n"
    )
    strike = claims_of(text, "strike", ruleset)[-1].fields
    assert isinstance(strike, StrikeFields)
    assert strike.strikers == ("Tannery Workers Union",)
    assert strike.against == ("Voss Kraftwagen",)
    assert strike.resolved == ("strikers", "against")


@pytest.mark.parametrize(
    ("aside", "strikers"),
    [
        # A capitalised word before "union" that no name of the union before holds is a
        # union's own name: the supervisors are not the guild's.
        ("Supervisors, who mostly belong to the Vesta union, did not join", None),
        ("Foremen at the depot, members of the Calder union, stayed at work", None),
        ("Inspectors represented by the Orrin guild were not part of the action", None),
        # A nationality, a word of the union's name, or none: the union named before.
        ("Fitters represented by the Welsh union did not join", "Tannery Workers Union"),
        ("Fitters represented by the union did not join", "Tannery Workers Union"),
    ],
)
def test_a_named_union_in_an_aside_is_not_the_one_named_before(
    aside: str, strikers: str | None, ruleset: Any
) -> None:
    text = (
        "The Tannery Workers Union has bargained with Voss Kraftwagen since March.\n\n"
        f"{aside} the walkout at Voss Kraftwagen.\n"
    )
    found = [
        c.fields
        for c in extract_claims(parse_article(text, "draft.txt"), ruleset)
        if c.type == "strike"
    ]
    unions = [f for f in found if "Tannery Workers Union" in f["strikers"]]
    assert bool(unions) is (strikers is not None), found


def test_another_company_is_not_the_one_named_before(ruleset: Any) -> None:
    text = (
        "The Tannery Workers Union has bargained with Voss Kraftwagen since March.\n\n"
        "On Monday the union struck a rival carmaker instead.\n"
    )
    for claim in claims_of(text, "strike", ruleset):
        assert "Voss Kraftwagen" not in claim.fields["against"]


def test_a_title_owned_by_a_description_takes_the_party_named_before(ruleset: Any) -> None:
    text = (
        "Pelling Mutual reported a loss on its Dutch insurance arm on Tuesday.\n\n"
        "The insurer's head of risk, Amara Stone, resigned the same day.\n"
    )
    job = claims_of(text, "job_title", ruleset)[0].fields
    assert isinstance(job, JobTitleFields)
    assert (job.title, job.employer, job.resolved) == (
        "head of risk",
        "Pelling Mutual",
        ("employer",),
    )


def test_pay_in_the_sentence_of_one_job_is_that_jobs(ruleset: Any) -> None:
    text = "Quarrow Freight is hiring a night dispatcher at $24 an hour.\n"
    pay = claims_of(text, "salary", ruleset)[0].fields
    assert isinstance(pay, SalaryFields)
    assert (pay.job, pay.employer, pay.resolved) == ("night dispatcher", "Quarrow Freight", ())


def test_two_amounts_of_pay_beside_one_job_are_not_guessed(ruleset: Any) -> None:
    text = (
        "Orlo Bank is hiring a teller in Leeds, and tellers there earn $33,000 a year"
        " while supervisors earn $41,000 a year.\n"
    )
    assert claims_of(text, "job_title", ruleset)[0].fields["title"] == "teller"
    pays = claims_of(text, "salary", ruleset)
    assert [c.fields["min"] for c in pays] == [33000, 41000]
    assert not [c for c in pays if "job" in c.fields]


def test_the_union_is_the_one_the_story_is_about(ruleset: Any) -> None:
    # The story is about the bus drivers' union; a second union named in passing just
    # before is not what "the union's" points back to.
    text = (
        "The Coach Drivers Guild began a walkout against Tarrow Buses on Monday.\n\n"
        "The guild's executive had voted for it on Sunday.\n\n"
        "It was the first stoppage in the region since 1998, and the Signal Fitters Union "
        "had stayed at work.\n\n"
        "The union's president, Olive Brandt, said the talks had failed.\n"
    )
    job = claims_of(text, "job_title", ruleset)[0].fields
    assert isinstance(job, JobTitleFields)
    assert (job.title, job.employer, job.resolved) == (
        "president",
        "Coach Drivers Guild",
        ("employer",),
    )


def test_the_union_is_the_nearest_when_the_story_turns_to_it(ruleset: Any) -> None:
    text = (
        "The Coach Drivers Guild struck Tarrow Buses in March.\n\n"
        "In June the Signal Fitters Union voted to follow.\n\n"
        "The union's president, Olive Brandt, said its members were ready.\n"
    )
    job = claims_of(text, "job_title", ruleset)[0].fields
    assert isinstance(job, JobTitleFields)
    assert job.employer == "Signal Fitters Union"


@pytest.mark.parametrize(
    ("phrase", "kind", "number"),
    [
        ("both companies", "employer", 2),
        ("the two carmakers", "employer", 2),
        ("all three airlines", "employer", 3),
        ("both of the unions", "union", 2),
        ("the studios", "employer", 0),
    ],
)
def test_plural_descriptions(phrase: str, kind: str, number: int, ruleset: Any) -> None:
    found = Descriptions(ruleset.knowledge).plural(phrase, kind)  # type: ignore[arg-type]
    assert found is not None and (found.kind, found.number) == (kind, number)


@pytest.mark.parametrize(
    "phrase", ["the other two companies", "the studios' offer", "the members", "the company"]
)
def test_not_plural_descriptions(phrase: str, ruleset: Any) -> None:
    assert Descriptions(ruleset.knowledge).plural(phrase, "employer") is None


def test_both_companies_are_the_two_named_last(ruleset: Any) -> None:
    text = (
        "Kessel Glass sells to builders in three states.\n\n"
        "Work stopped at Ardent Cabinets and at its hinge supplier, Morrow Fittings, as "
        "joiners at both companies walked off the job.\n"
    )
    strike = claims_of(text, "strike", ruleset)[0].fields
    assert isinstance(strike, StrikeFields)
    assert strike.against == ("Ardent Cabinets", "Morrow Fittings")
    assert strike.resolved == ("against",)


def test_both_unions_are_the_two_named_before(ruleset: Any) -> None:
    text = (
        "The Ferry Pursers Guild and the Deckhands Union rejected the offer on Monday.\n\n"
        "Both unions walked out on Friday.\n"
    )
    strike = claims_of(text, "strike", ruleset)[0].fields
    assert isinstance(strike, StrikeFields)
    assert strike.strikers == ("Ferry Pursers Guild", "Deckhands Union")
    assert strike.resolved == ("strikers",)


def test_the_studios_are_every_studio_named_before(ruleset: Any) -> None:
    text = (
        "Larkfield Studios and Ormond Studios share a backlot in Kent.\n\n"
        "The Scenery Painters Guild went on strike against the studios on Monday.\n"
    )
    strike = claims_of(text, "strike", ruleset)[0].fields
    assert isinstance(strike, StrikeFields)
    assert strike.against == ("Larkfield Studios", "Ormond Studios")


def test_a_count_with_too_few_named_takes_nobody(ruleset: Any) -> None:
    text = "Ardent Cabinets cut its prices.\n\nJoiners at the three companies walked off the job.\n"
    strike = claims_of(text, "strike", ruleset)[0].fields
    assert isinstance(strike, StrikeFields)
    assert strike.against == ()


def test_a_first_owned_by_the_union_named_before(ruleset: Any) -> None:
    text = (
        "The Lamplighters Guild struck the city's utility on Monday.\n\n"
        "It was the guild's first strike in forty years.\n"
    )
    first = claims_of(text, "superlative", ruleset)[0].fields
    assert first["entity"] == "Lamplighters Guild"


def test_salience_halves_each_sentence_and_an_aside_weighs_half() -> None:
    recent = Recent()
    recent.next_sentence()
    recent.extend(["Union A"])
    recent.next_sentence()
    recent.extend(["Union A"])
    recent.extend(["Union B"], weight=0.5)
    recent.extend(["Union B"], weight=0.5)  # once a sentence
    recent.next_sentence()
    assert recent.salience("Union A") == 0.75
    assert recent.salience("Union B") == 0.25
    assert recent.salient(["Union B", "Union A"]) == ["Union A"]
    assert recent.salience("Union C") == 0.0 and recent.salient([]) == []
