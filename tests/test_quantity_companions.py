"""A figure told with a companion in its clause (a change in percent, a length of time),
against a source sentence that gives the same figure with a companion of its own: where
the two companions differ the claim is only half borne out (mixed), where they agree or
the source tells none it is borne out. Drafts and pages written for these tests."""

from __future__ import annotations

from typing import Any

import pytest
from judging import run

from factcheck.evidence.companions import companions, differs, near

URL = "https://press.example/2032/tessel-ferries-results.html"
PAGE = """<html><head><title>Tessel Ferries half-year results</title></head><body><main>
<h1>Tessel Ferries: results for the half year</h1>
<p>Ticket revenue rose 14% to €73.9m in the six months to June.</p>
<p>The crews' stoppage grounded 318 sailings over the two days of the action.</p>
<p>Tessel Ferries carried 1,408,220 passengers in the half year.</p>
</main></body></html>"""


def _labels(body: str, ruleset: Any) -> dict[str, str]:
    claims = run(f"# Ferries\n\n{body}\n", {URL: PAGE}, ruleset, wrap=False)
    return {c.claim.text: c.verdict.label for c in claims if c.claim.type == "quantity"}


@pytest.mark.parametrize(
    ("body", "figure", "label"),
    [
        # A change told with the figure.
        (
            f"Ticket sales brought in €73.9m, up 19% on a year earlier ([r]({URL})).",
            "€73.9m",
            "mixed",
        ),
        (f"Ticket revenue climbed 21% to €73.9m by June ([r]({URL})).", "€73.9m", "mixed"),
        (f"Ticket revenue fell 14% to €73.9m by June ([r]({URL})).", "€73.9m", "mixed"),
        (
            f"Ticket sales brought in €73.9m, up 14% on a year earlier ([r]({URL})).",
            "€73.9m",
            "supported",
        ),
        # A length of time told with the figure.
        (
            f"The walkout grounded 318 sailings over three days ([r]({URL})).",
            "318 sailings",
            "mixed",
        ),
        (
            f"Some 318 sailings were lost across a two-day stoppage ([r]({URL})).",
            "318 sailings",
            "supported",
        ),
        (
            f"The crews' action grounded 318 sailings over two days ([r]({URL})).",
            "318 sailings",
            "supported",
        ),
        # No companion on the source's side: nothing to set against the claim's.
        (
            f"The firm carried 1,408,220 passengers, up 8% ([r]({URL})).",
            "1,408,220 passengers",
            "supported",
        ),
    ],
)
def test_a_companion_beside_the_same_figure(
    body: str, figure: str, label: str, ruleset: Any
) -> None:
    labels = _labels(body, ruleset)
    assert [got for text, got in labels.items() if text.endswith(figure)] == [label]


@pytest.mark.parametrize(
    ("sentence", "figure", "kinds"),
    [
        ("Revenue was £40.2m, up 12% on the year.", "£40.2m", [("change", 12.0)]),
        ("Revenue fell 3% to £40.2m.", "£40.2m", [("change", -3.0)]),
        ("Some 900 trains were cancelled over four days.", "900 trains", [("length", 4.0)]),
        ("It ran for 48 hours; it cost 900 trains.", "900 trains", []),  # another clause
        ("Over two weeks, 900 trains were cut.", "900 trains", []),  # before it, a comma
        ("It lost 900 trains in 3 days over 2 weeks.", "900 trains", [("length", 3.0)]),
    ],
)
def test_companions_near_a_figure(
    sentence: str, figure: str, kinds: list[tuple[str, float]]
) -> None:
    at = sentence.index(figure)
    got = [(c.kind, round(c.value, 2)) for c in near(sentence, at, at + len(figure))]
    assert got == kinds


def test_a_source_with_two_companions_of_a_kind_is_not_read() -> None:
    ours = companions("Sales reached 900 units, up 12%.")[0]
    assert differs(ours, "Sales rose 9% to 900 units, and rose 4% in the quarter.") is None
    assert differs(ours, "Sales rose 9% to 900 units.") is not None
    assert differs(ours, "Sales rose 12% to 900 units.") is None


@pytest.mark.parametrize(
    ("claim", "page", "label"),
    [
        # A second count joined by "and", told otherwise beside the same first figure.
        (
            "About 2,300 drivers took part and 640 routes were suspended",
            "About 2,300 drivers took part and the operator suspended 520 routes.",
            "mixed",
        ),
        (
            "Some 480 cooks stopped work and 95 canteens shut",
            "Some 480 cooks stopped work and Harlow Catering shut 70 canteens.",
            "mixed",
        ),
        # A count of places whose noun follows words of its kind.
        (
            "Some 800 lecturers across 31 campuses walked out",
            "Participants: c. 800 union lecturers across 27 regional college campuses",
            "mixed",
        ),
        (
            "About 2,300 drivers took part and 520 routes were suspended",
            "About 2,300 drivers took part and the operator suspended 520 routes.",
            "supported",
        ),
        # A count of places told as a floor: refuted by a smaller one, borne out by a
        # larger one.
        (
            "Some 3,400 porters at more than 60 stations walked out",
            "Participants: c. 3,400 porters at 44 stations",
            "mixed",
        ),
        (
            "Some 3,400 porters at more than 60 stations walked out",
            "Participants: c. 3,400 porters at 71 stations",
            "supported",
        ),
    ],
)
def test_a_second_count_beside_the_same_figure(
    claim: str, page: str, label: str, ruleset: Any
) -> None:
    url = "http://tallow.test/news/stoppage"
    claims = run(f"# Stoppage\n\n{claim} ([r]({url})).\n", {url: f"<p>{page}</p>"}, ruleset)
    labels = [c.verdict.label for c in claims if c.claim.type == "quantity"]
    assert labels[0] == label


@pytest.mark.parametrize(
    ("sentence", "kinds"),
    [
        (
            "about 1,150 pilots took part and Tarn Air cancelled 412 flights",
            [("count of flights", 412.0)],
        ),
        ("c. 900 members across 39 local radio stations", [("count of stations", 39.0)]),
        ("it has 4,000 members and 2031 budgets", []),
        ("some 700 nurses at more than 25 clinics", [("count of clinics", 25.0)]),
        ("some 700 nurses across about 25 clinics", [("count of clinics", 25.0)]),
        ("it has 4,000 members and 12 months to act", []),
    ],
)
def test_counts_told_beside_a_figure(sentence: str, kinds: list[tuple[str, float]]) -> None:
    assert [(c.kind, c.value) for c in companions(sentence)] == kinds
