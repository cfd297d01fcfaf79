"""A union of one word that only ever opens sentences ("Tarnex called out ... Tarnex says
..."), never written in small letters, is a name; and a union that calls or pulls out
an employer's workers named in the possessive ("the airline's ground staff", "Orla Air's
porters") calls a strike. Drafts written for these tests."""

from __future__ import annotations

import pytest

from factcheck.claims.extract import extract_claims
from factcheck.reading import parse_article
from factcheck.rulepacks.ruleset import RuleSet


def _strikes(text: str, ruleset: RuleSet) -> list[dict[str, object]]:
    article = parse_article(f"# Labour\n\n{text}\n", "d.md", "markdown")
    return [dict(c.fields) for c in extract_claims(article, ruleset) if c.type == "strike"]


@pytest.mark.parametrize(
    ("text", "union", "employer"),
    [
        (
            "Solidar called out about 900 call-centre staff at Orla Bank on Monday. Solidar "
            "says more dates will follow.",
            "Solidar",
            "Orla Bank",
        ),
        (
            "Kompas pulled 300 loaders off the job at Tarn Docks. Kompas wants a 6% rise.",
            "Kompas",
            "Tarn Docks",
        ),
        (
            "Talks broke down in May.\n\nVeritas called its members out at Brisa Foods. "
            "Veritas had warned of action for weeks.",
            "Veritas",
            "Brisa Foods",
        ),
        (
            "The Tarn Transport Union pulled Orla Air's baggage handlers off the job on Monday.",
            "Tarn Transport Union",
            "Orla Air",
        ),
        (
            "In March, Kestrel pulled Harlow Rail's signal fitters off the job. Kestrel "
            "represents 4,000 fitters.",
            "Kestrel",
            "Harlow Rail",
        ),
    ],
)
def test_a_union_that_calls_workers_out(
    text: str, union: str, employer: str, ruleset: RuleSet
) -> None:
    found = _strikes(text, ruleset)
    assert found, text
    assert list(found[0]["strikers"]) == [union], found  # type: ignore[call-overload]
    assert employer in found[0]["against"], found  # type: ignore[operator]


def test_a_word_the_text_also_writes_in_small_letters_is_no_name(ruleset: RuleSet) -> None:
    found = _strikes(
        "Management called out 40 managers to cover the shifts. Management says the "
        "plant stays open, and management staff will run it.",
        ruleset,
    )
    assert not any("Management" in list(f["strikers"]) for f in found), found  # type: ignore[call-overload]
