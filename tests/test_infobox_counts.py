"""Counts an encyclopedia infobox gives in a row of its own ("Members | c. 4,100 (2030)"):
the row's label says what is counted, and a count claim citing the page is read against
it, whatever the ranking of the page's sentences. The pages are written for these tests."""

from __future__ import annotations

from typing import Any

import pytest
from judging import cited, run, verdict

from factcheck.sources.facts import read_facts


def _infobox(name: str, label: str, value: str) -> str:
    return (
        f'<h1>{name}</h1><table class="infobox"><caption>{name}</caption>'
        f"<tr><th>Founded</th><td>1974</td></tr>"
        f"<tr><th>{label}</th><td>{value}</td></tr>"
        f"<tr><th>Headquarters</th><td>Tarnow</td></tr></table>"
        f"<p>{name} is based in Tarnow. It runs a training centre near the river.</p>"
    )


@pytest.mark.parametrize(
    ("label", "value", "text"),
    [
        ("Members", "c. 4,100 (2030)", "Members: c. 4,100 members (2030)"),
        ("Number of employees", "17,250 (2029)", "Number of employees: 17,250 employees (2029)"),
        ("Workers involved", "About 6,800", "Workers involved: About 6,800 workers involved"),
        (
            "Passengers affected",
            "over 2.4 million",
            "Passengers affected: over 2.4 million passengers affected",
        ),
        ("Employees (2031)", "~930", "Employees (2031): ~930 employees"),
        # Not counts of things: a year, a span of years, places.
        ("Founded", "1974", "Founded: 1974"),
        ("Years active", "12", "Years active: 12"),
        ("Locations", "14 countries", "Locations: 14 countries"),
    ],
)
def test_an_infobox_row_reads_as_a_count_of_its_label(label: str, value: str, text: str) -> None:
    facts = read_facts(_infobox("Vistula Riggers", label, value))
    row = next(f for f in facts.of("infobox") if f.data["label"] == label)
    assert row.text == text
    assert row.data["value"] == value  # the row's own value is kept as written


@pytest.mark.parametrize(
    ("name", "label", "value", "sentence", "label_out"),
    [
        (
            "Vistula Riggers' Union",
            "Members",
            "c. 4,100 (2030)",
            "The Vistula Riggers' Union, which has some 4,000 members, called the stoppage",
            "supported",
        ),
        (
            "Vistula Riggers' Union",
            "Members",
            "c. 4,100 (2030)",
            "With roughly 9,000 members, the Vistula Riggers' Union is the largest in the yard",
            "contradicted",
        ),
        # A year told of an event before does not date the row's count: the row's
        # "(2030)" is when it was taken.
        (
            "Vistula Riggers' Union",
            "Members",
            "c. 4,100 (2030)",
            "The riggers walked out in May 2032. The Vistula Riggers' Union, which has"
            " about 9,000 members, says most of them live in Tarnow",
            "contradicted",
        ),
        # Nor does a year its sentence gives another event, away from the count.
        (
            "Vistula Riggers' Union",
            "Members",
            "c. 4,100 (2030)",
            "The Vistula Riggers' Union was set up in 1974 by dockers from Gdynia, and today"
            " it has around 4,100 members",
            "supported",
        ),
        (
            "Kalmar Tile Works",
            "Number of employees",
            "17,250 (2029)",
            "Kalmar Tile Works, which employs more than 17,000 people, has cut a shift",
            "supported",
        ),
        (
            "Kalmar Tile Works",
            "Number of employees",
            "17,250 (2029)",
            "About 25,000 people work for Kalmar Tile Works across the region",
            "contradicted",
        ),
        # A count naming nobody is of what the page it cites is about.
        (
            "Orla Ferry Strike of 2031",
            "Passengers affected",
            "c. 61,000",
            "Some 90,000 passengers saw their crossings cancelled",
            "contradicted",
        ),
        # Another employer's count is not the row's.
        (
            "Kalmar Tile Works",
            "Number of employees",
            "17,250 (2029)",
            "Its rival Brenna Ceramics employs about 9,000 people in two towns",
            "unverified",
        ),
        (
            "Orla Ferry Strike",
            "Passengers affected",
            "about 2.4 million",
            "In all, about 2.5 million passengers were affected by the Orla ferry strike",
            "supported",
        ),
    ],
)
def test_a_count_claim_is_read_against_its_cited_infobox(
    name: str, label: str, value: str, sentence: str, label_out: str, ruleset: Any
) -> None:
    url = "https://encyclopedia.example/wiki/entry"
    claim = cited(sentence, url, _infobox(name, label, value), ruleset, "quantity")
    assert claim.verdict.label == label_out
    if label_out != "unverified":
        assert any(e.quote.startswith(f"{label}:") for e in claim.verdict.evidence)


def _entry(name: str, label: str, value: str) -> str:
    head = f"<head><title>{name} - Encyclopedia</title></head>"
    return f"<html>{head}<body>{_infobox(name, label, value)}</body></html>"


# An entry the article cites in one paragraph is about its title wherever the article
# counts that subject again: the name standing nearest before the figure, uncited there.
@pytest.mark.parametrize(
    ("name", "label", "value", "sentence", "label_out"),
    [
        (
            "Vistula Riggers' Union",
            "Members",
            "c. 4,100 (2030)",
            "The Vistula Riggers' Union, with roughly 4,000 members, is the smaller of the two.",
            "supported",
        ),
        (
            "Vistula Riggers' Union",
            "Members",
            "c. 4,100 (2030)",
            "Today the Vistula Riggers' Union has about 9,000 members on its books.",
            "contradicted",
        ),
        (
            "Kalmar Tile Works",
            "Number of employees",
            "17,250 (2029)",
            "Kalmar Tile Works employs more than 17,000 people across the region.",
            "supported",
        ),
        # Another name stands nearer the figure: the count is that one's.
        (
            "Kalmar Tile Works",
            "Number of employees",
            "17,250 (2029)",
            "Unlike Kalmar Tile Works, Brenna Ceramics employs about 9,000 people.",
            "unverified",
        ),
    ],
)
def test_an_entry_cited_elsewhere_counts_its_subject(
    name: str, label: str, value: str, sentence: str, label_out: str, ruleset: Any
) -> None:
    url = "https://encyclopedia.example/wiki/entry"
    draft = (
        f"# Draft\n\n{name} was set up in 1974 ([entry]({url})).\n\n"
        f"Pay talks stalled in the spring.\n\n{sentence}\n"
    )
    claims = run(draft, {url: _entry(name, label, value)}, ruleset, wrap=False)
    claim = verdict(claims, "quantity", sentence[:20])
    assert claim.verdict.label == label_out, claim.verdict.rationale
