"""A sentence whose long address fills most of it is still a claim when it is prose:
"The union says 300 pickers took part (https://...)." An entry of a list of sources
("Harbour Times, 3 May: https://...") names a publisher, a title and a date, with hardly
a word of prose, and claims nothing. The sentences are written for these tests."""

from __future__ import annotations

from typing import Any

import pytest

from factcheck.claims.extract import extract_claims
from factcheck.reading import parse_article

LONG = "https://news.example.org/archive/2031/05/14/metro-desk/brenton-valley-site-story.html"


@pytest.mark.parametrize(
    "sentence",
    [
        f"The guild says more than 400 stagehands took part ({LONG}).",
        f"About 1,200 nurses walked out, the union said ({LONG}).",
        f"Turnout was put at 85% by the organisers (see {LONG}).",
        f"Prices rose 12% in the year to March, the bureau said: {LONG}",
        f"Drivers at Velto Buses earn $21 an hour, up from $18 ({LONG}).",
        f"- The plant will cut 240 jobs by June ({LONG})",
        # Three or four words of prose, with a typed claim outside the address.
        f"Tarvo Glass is hiring a Kiln Welder for Dunmore ({LONG}).",
        f"Pellam Rail recruits a Signal Fitter for Orske ({LONG}).",
        f"A posting seeks a Night Porter ({LONG}).",
        f"Porters at Calder earn £19 an hour ({LONG}).",
    ],
)
def test_prose_with_a_long_address_is_read(sentence: str, ruleset: Any) -> None:
    article = parse_article(f"# News\n\n{sentence}\n", "draft.md", "markdown")
    claims = extract_claims(article, ruleset)
    assert [c for c in claims if c.type != "statement"], sentence


@pytest.mark.parametrize(
    "entry",
    [
        f"Harbour Times, 3 May 2031: {LONG}",
        f'Brenton Valley Ledger, "Stagehands walk out over rosters at the civic hall" - {LONG}',
        f"Velto Buses press release, 14 May 2031 ({LONG})",
        f"Statistics Bureau, Table 4: consumer prices, 2031. {LONG}",
        f"- Velto Buses careers, posting 2291, {LONG}",
        # A few lowercase words, but nothing claimed outside the address.
        f"Velto Buses annual report, page 12 ({LONG})",
        f"Kelby Times, porters at the depot, 2031: {LONG}",
    ],
)
def test_an_entry_of_sources_is_no_claim(entry: str, ruleset: Any) -> None:
    draft = f"# News\n\nDrivers at Velto Buses earn $21 an hour.\n\n{entry}\n"
    article = parse_article(draft, "draft.md", "markdown")
    claims = extract_claims(article, ruleset)
    assert [c.sentence.text for c in claims if "Drivers" not in c.sentence.text] == []
