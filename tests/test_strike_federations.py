"""Party identity by form: two short names in capitals joined by "and" are two parties;
a known union's name hyphen-joined to a part of its own ("Xyl-CGIL") is a branch
federation, another body; every union listed after "called by" called the strike. The
sentences and pages are written for these tests."""

from __future__ import annotations

from typing import Any

from extracting import first_fields
from judging import cited

from factcheck.evidence.strikes import federation_apart, same_party


def test_two_short_names_joined_by_and_are_two_employers(ruleset: Any) -> None:
    fields = first_fields(
        "In May 2031, TR and OMFL locked out roughly 700 members of the Pellam Signal Guild.",
        "strike",
        ruleset,
    )
    assert list(fields["against"]) == ["TR", "OMFL"]


def test_a_hyphened_branch_federation_is_read_whole(ruleset: Any) -> None:
    fields = first_fields(
        "Vorta-CGIL called out Ressa Air's baggage handlers for a day on 3 June.",
        "strike",
        ruleset,
    )
    assert list(fields["strikers"]) == ["Vorta-CGIL"]


def test_every_listed_caller_strikes_and_none_is_struck(ruleset: Any) -> None:
    fields = first_fields(
        "Tarsa Air's pilots at its Danish bases, organised by KPF and DLPU, first walked "
        "out in the summer of 2021.",
        "strike",
        ruleset,
    )
    assert list(fields["strikers"]) == ["KPF", "DLPU"]
    assert list(fields["against"]) == ["Tarsa Air"]


def test_a_federation_is_not_its_confederation() -> None:
    assert federation_apart("Vorta-CGIL", "CGIL")
    assert not same_party("Vorta-CGIL", "CGIL")
    assert not same_party("UGL-MX", "UGL")
    assert same_party("Vorta-CGIL", "Vorta CGIL")
    assert same_party("VORTA-CGIL", "Vorta-CGIL")


PAGE = (
    "<h1>Week of stoppages</h1>"
    "<p>The rail strike, called by the Vorta-CGIL and Trenmar unions over safety, will run "
    "for twelve hours on Thursday.</p>"
    "<p>Controllers at Ossel Air Navigation will stop work from 13:00 to 17:00 on Saturday "
    "in a strike called by the KRTA and UGL-MX unions.</p>"
)


def test_the_claimed_employer_s_strike_called_by_others_contradicts(ruleset: Any) -> None:
    found = cited(
        "Vorta-CGIL called out Ossel Air Navigation's controllers in a stoppage on Saturday",
        "http://news.test/week",
        PAGE,
        ruleset,
        "strike",
    )
    assert found.verdict.label == "contradicted", found.verdict.rationale


def test_the_page_s_own_short_name_for_the_employer_counts(ruleset: Any) -> None:
    page = (
        "<p>The strikes were a series of walkouts in the Tessan bakery trade called by the "
        "bakers' union Kornfeld during a bargaining round with the employers' federation "
        "Backverband Tessa (BVTE).</p>"
    )
    found = cited(
        "It was the Mehlgilde union that led the walkouts against the BVTE employers",
        "http://news.test/bakers",
        page,
        ruleset,
        "strike",
    )
    assert found.verdict.label == "contradicted", found.verdict.rationale
