"""A claim that writes a title with the posting's own gender mark ("Kranführer (m/w/d)",
"Chef de quai (H/F)") copies the posting's way of writing titles: it is in the posting's
language, so the posting's other title is another job, not a translation. The pages and
drafts are written for these tests."""

from __future__ import annotations

import pytest
from judging import run

from factcheck.rulepacks.ruleset import RuleSet

URL = "https://karriere.elbwerk-hafen.example/stellen/5531"


def _stelle(title: str) -> str:
    return (
        f"<html lang='de'><head><title>{title} | Elbwerk Hafen</title></head><body><main>"
        f"<h1>{title}</h1><p>Die Elbwerk Hafen GmbH sucht zum nächsten Termin eine/n "
        f"{title} für den Standort Riesa.</p><a class='apply' href='/b'>Jetzt bewerben</a>"
        "</main></body></html>"
    )


@pytest.mark.parametrize(
    ("claimed", "posted", "label"),
    [
        ("Kranführer (m/w/d)", "Staplerfahrer (m/w/d)", "contradicted"),
        ("Schichtleiter Lager (w/m/d)", "Lagerleiter (m/w/d)", "contradicted"),
        ("Kranführer (m/w/d)", "Kranführer (m/w/d)", "supported"),
    ],
)
def test_a_gender_marked_title_against_its_posting(
    ruleset: RuleSet, claimed: str, posted: str, label: str
) -> None:
    draft = (
        f'# Hafen\n\nElbwerk Hafen has advertised for a "{claimed}" at its Riesa terminal '
        f"([Stellenanzeige]({URL})).\n"
    )
    got = [
        c.verdict.label
        for c in run(draft, {URL: _stelle(posted)}, ruleset, wrap=False)
        if c.claim.type == "job_title"
    ]
    assert got == [label]
