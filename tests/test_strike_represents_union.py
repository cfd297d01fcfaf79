"""A body the text says represents or organises workers ("X, which represents officers
on the ferries,") is a union, whatever its name's form, so that it is the subject of
"..., also joined the walkout" rather than the words of the clause; one representing
employers is their association; one representing families, clients or a share of sales
is neither. Sentences written for these tests."""

from __future__ import annotations

import pytest

from factcheck.claims.extract import extract_claims
from factcheck.claims.names import learn_names
from factcheck.reading import parse_article
from factcheck.rulepacks.ruleset import RuleSet


def _strikes(text: str, ruleset: RuleSet) -> list[dict[str, object]]:
    article = parse_article(f"# Labour\n\n{text}\n", "d.md", "markdown")
    return [dict(c.fields) for c in extract_claims(article, ruleset) if c.type == "strike"]


@pytest.mark.parametrize(
    ("text", "name"),
    [
        (
            "Halvard Maritime, which represents officers on the ferries, also joined the"
            " walkout, leaving most sailings cancelled.",
            "Halvard Maritime",
        ),
        (
            "Seafarers Solidarity, which represents cooks on the island boats, also joined"
            " the walkout on Monday.",
            "Seafarers Solidarity",
        ),
        (
            "Vellmark Kollektiv, which organises deckhands at three ports, joined the strike"
            " on Friday.",
            "Vellmark Kollektiv",
        ),
    ],
)
def test_the_body_that_represents_workers_joined(text: str, name: str, ruleset: RuleSet) -> None:
    found = _strikes(text, ruleset)
    assert found, text
    assert found[0]["strikers"] == [name]


@pytest.mark.parametrize(
    ("text", "name", "kind"),
    [
        ("Brannock Forum, which represents some 900 ward clerks, met.", "Brannock Forum", "union"),
        (
            "The Harbour Traders Council, which represents 300 employers in the port, met.",
            "Harbour Traders Council",
            "company",
        ),
        ("Orla Partners, which represents the families of the miners, met.", "Orla Partners", None),
        ("Kell Retail, which represents 40% of sales, met.", "Kell Retail", None),
    ],
)
def test_whom_it_represents_says_its_kind(text: str, name: str, kind: str | None) -> None:
    assert learn_names(text).kinds.get(name) == kind
