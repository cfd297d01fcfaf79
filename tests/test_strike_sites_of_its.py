"""A site named after a possessive pronoun ("locked out 210 members at its Kitimat
sawmill"): the name says which of the employer's sites, a place, never one more employer
a page's parties would have to name. Sentences and pages written for these tests."""

from __future__ import annotations

from typing import Any

import pytest
from extracting import first_fields
from judging import verdict_on


@pytest.mark.parametrize(
    ("sentence", "against", "where"),
    [
        (
            "Halvorsen Timber locked out 210 Unifor members at its Kitimat sawmill on 3 March.",
            ("Halvorsen Timber",),
            ("Kitimat",),
        ),
        (
            "Marlow Dairies locked out 85 members of the Food Workers Union at its Tralee"
            " creamery last week.",
            ("Marlow Dairies",),
            ("Tralee",),
        ),
        (
            "Ostrava Steel locked out 400 OS KOVO members at its Vitkovice plant in June.",
            ("Ostrava Steel",),
            ("Vitkovice",),
        ),
        (
            "On Monday Pemberton Foods imposed a partial lockout of 90 packers at its Wexley"
            " cannery.",
            ("Pemberton Foods",),
            ("Wexley",),
        ),
    ],
)
def test_a_site_after_its_is_a_place(
    sentence: str, against: tuple[str, ...], where: tuple[str, ...], ruleset: Any
) -> None:
    fields = first_fields(sentence, "strike", ruleset)
    assert tuple(fields["against"]) == against
    assert tuple(fields["where"]) == where


URL = "https://en.example.org/wiki/Kitimat_lockout"
PAGE = """<html><body><main><h1>2031 Kitimat sawmill lockout</h1>
<table class="infobox"><tr><th>Date</th><td>3 March 2031 – 9 May 2031</td></tr>
<tr><th>Methods</th><td>Lockout</td></tr>
<tr><th>Parties</th><td>Unifor Local 2207 | Halvorsen Timber Ltd.</td></tr></table>
<p>Halvorsen Timber locked out 210 members of Unifor Local 2207 at the Kitimat sawmill on
3 March 2031 after talks on shift patterns broke down.</p></main></body></html>"""


def test_a_lockout_at_its_site_is_not_refuted_by_the_parties(ruleset: Any) -> None:
    judged = verdict_on(
        "Halvorsen Timber locked out 210 Unifor members at its Kitimat sawmill on 3 March"
        f" 2031 ([entry]({URL})).",
        {URL: PAGE},
        ruleset,
        "strike",
        wrap=False,
    )
    assert judged.label != "contradicted", judged.rationale
