"""An organisation is founded once: a founding its source tells in another year refutes
the draft's year, where the source is about that organisation; another organisation's
founding, in a related story, is not. Drafts and pages written for these tests."""

from __future__ import annotations

from typing import Any

import pytest
from judging import run

URL = "https://news.example/2033/ferry-union"
PAGE = """<h1>Ferry union reports fall in members</h1>
<p>The Coastal Ferry Workers' Union said its membership fell again this year.</p>
<p>The union was founded in Grimsby in 1962 and has its head office in Hull.</p>
<p>Related: The Humber Pilots' Association, founded in 1978, has also lost members.</p>"""


@pytest.mark.parametrize(
    ("sentence", "label"),
    [
        ("The Coastal Ferry Workers' Union was founded in Grimsby in 1971.", "contradicted"),
        ("Founded in Grimsby in 1971, the union has lost members.", "contradicted"),
        ("The union, founded in 1962, has lost members.", "supported"),
        # The founding told by a noun after "its".
        ("Since its founding in 1962, the union has shrunk by half.", "supported"),
        # "its" names no organisation for the page's founding to be of: not refuted.
        ("Since its founding in 1971, the union has shrunk by half.", "unverified"),
        # Another organisation, which the page does not found.
        ("The Tyne Boatmen's Society was founded in 1971.", "unverified"),
    ],
)
def test_a_founding_in_another_year(sentence: str, label: str, ruleset: Any) -> None:
    opening = f"The Coastal Ferry Workers' Union has lost members ([report]({URL}))."
    checked = run(f"# Union\n\n{opening} {sentence}\n", {URL: PAGE}, ruleset)
    assert [c.verdict.label for c in checked if c.claim.type == "date"] == [label]


OLD_URL = "https://encyclopedia.example/wiki/Barrow_Riveters"
OLD_PAGE = """<h1>Barrow Riveters' Society</h1>
<p>The Barrow Riveters' Society is a craft union of shipyard workers.</p>
<p>It was founded on 3 March 1871 and opened its first branch office in 1902.</p>"""


@pytest.mark.parametrize(
    ("sentence", "label"),
    [
        # A founding year of the nineteenth century is read on both sides.
        ("The Barrow Riveters' Society was formed in 1871 as a burial club.", "supported"),
        ("The Barrow Riveters' Society was founded in 1868 as a burial club.", "contradicted"),
        # The page's other date in the founding's sentence is of another event.
        ("The Barrow Riveters' Society, founded in 1902, still meets in Barrow.", "contradicted"),
    ],
)
def test_an_old_founding(sentence: str, label: str, ruleset: Any) -> None:
    draft = f"# Union\n\n{sentence.rstrip('.')} ([entry]({OLD_URL})).\n"
    checked = run(draft, {OLD_URL: OLD_PAGE}, ruleset)
    assert [c.verdict.label for c in checked if c.claim.type == "date"] == [label]
