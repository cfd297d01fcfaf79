"""Workers who stop work when a union "called them out": the union named in the clause
after "after", "when" or "once" called the strike, against the workers' employer, and a
page giving the call to another union goes against it. Drafts and pages written for
these tests."""

from __future__ import annotations

import pytest
from judging import run, verdict

from factcheck.claims.extract import extract_claims
from factcheck.reading import parse_article
from factcheck.rulepacks.ruleset import RuleSet

URL = "http://labour.test/story"


def _fields(text: str, ruleset: RuleSet) -> list[dict[str, object]]:
    article = parse_article(f"# Labour\n\n{text}\n", "d.md", "markdown")
    return [dict(c.fields) for c in extract_claims(article, ruleset) if c.type == "strike"]


@pytest.mark.parametrize(
    ("text", "caller", "employer"),
    [
        (
            "Porters at Lantern Docks downed tools on Friday after the Dock Porters Guild "
            "called them out.",
            "Dock Porters Guild",
            "Lantern Docks",
        ),
        (
            "Tarvo Air's flight attendants downed tools at six bases once the TCAU had "
            "brought them out.",
            "TCAU",
            "Tarvo Air",
        ),
        (
            "Bus drivers at Orla Transit stopped work for a day as the Transit Crews Union "
            "called them out over rotas.",
            "Transit Crews Union",
            "Orla Transit",
        ),
        (
            "Lab technicians at Meridian Diagnostics went on strike when their union, the "
            "Allied Lab Workers Federation, pulled them out.",
            "Allied Lab Workers Federation",
            "Meridian Diagnostics",
        ),
        (
            "Signal fitters at Coastline Rail walked out in May because the Rail Fitters "
            "Brotherhood called its members out.",
            "Rail Fitters Brotherhood",
            "Coastline Rail",
        ),
    ],
)
def test_the_union_that_called_them_out_called_the_strike(
    text: str, caller: str, employer: str, ruleset: RuleSet
) -> None:
    found = _fields(text, ruleset)
    assert found, text
    assert list(found[0]["strikers"]) == [caller], found  # type: ignore[call-overload]
    assert employer in found[0]["against"], found  # type: ignore[operator]
    assert found[0]["called"] is True


PAGE = (
    "<p>In May 2031 porters at Lantern Docks stopped work for two days. The strike was "
    "called by the Harbour Porters Union. The Dock Porters Guild, which had signed the "
    "2029 agreement, did not back the strike.</p>"
)


@pytest.mark.parametrize(
    ("caller", "label"),
    [("Harbour Porters Union", "supported"), ("Dock Porters Guild", "contradicted")],
)
def test_a_page_giving_the_call_to_a_union(caller: str, label: str, ruleset: RuleSet) -> None:
    draft = (
        "# Docks\n\nIn May 2031 porters at Lantern Docks walked off the job after the "
        f"{caller} called them out ([report]({URL})).\n"
    )
    found = verdict(run(draft, {URL: PAGE}, ruleset), "strike")
    assert found.verdict.label == label, found.verdict.rationale
