"""Who gives a figure: police and organisers estimate one crowd differently, so a
draft giving one party's figure is not refuted by the other's. Drafts and pages
written for these tests."""

from __future__ import annotations

from typing import Any

import pytest
from judging import run

from factcheck.evidence.givers import giver_phrase


@pytest.mark.parametrize(
    ("sentence", "figure", "phrase"),
    [
        ("Stewards put the crowd at 6,200, while the guild said 9,000 came.", "6,200", "Stewards"),
        ("Stewards put the crowd at 6,200, while the guild said 9,000 came.", "9,000", "the guild"),
        (
            "About 2,400 riders joined the convoy, the highway patrol said.",
            "2,400",
            "the highway patrol",
        ),
        ("By the parish council's count, 700 attended the vigil.", "700", "the parish council"),
        ("The vigil drew 700, according to the parish council.", "700", "the parish council"),
        ("Tenants, however, claimed 1,100 households had signed.", "1,100", "Tenants"),
        (
            "Porters joined in, says the federation, which reckoned the turnout at 3,300.",
            "3,300",
            "the federation",
        ),
        # When the party spoke is no word of its name, and takes no place of one.
        (
            "The Esk Valley Porters' Guild on Monday said 900 took part.",
            "900",
            "Esk Valley Porters' Guild",
        ),
        ("Police yesterday put the crowd at 4,500.", "4,500", "Police"),
        ("Wardens last week claimed 1,300 had signed.", "1,300", "Wardens"),
        ("The ministry today announced that 3,100 posts would go.", "3,100", "The ministry"),
        # The verb before the name, after the figure's clause.
        ("About 900 took part, said the guild on Sunday.", "900", "the guild"),
        # What a party says after its name and a clause holding the figure is no name.
        ("The mill, which employs 900 weavers, says it will hire more.", "900", None),
        ("The depot employs 640 drivers.", "640", None),
        ("The 210 cleaners, who said they had gone unpaid, walked out.", "210", None),
        # What speakers say of the thing counted, in a relative clause, credits no figure.
        (
            "The board employs 2,090 tram inspectors, a staff that managers say is too small.",
            "2,090",
            None,
        ),
    ],
)
def test_who_gives_a_figure(sentence: str, figure: str, phrase: str | None, ruleset: Any) -> None:
    at = sentence.index(figure)
    assert giver_phrase(sentence, at, at + len(figure), ruleset.knowledge) == phrase


DOCK_URL = "https://news.example/2033/dockers-march"
DOCK_PAGE = """<h1>Dockers march in Tilbury</h1>
<p>Dockers marched through Tilbury on Saturday over pensions.</p>
<p>Police on Saturday put the crowd at 2,300. Stewards on Saturday said 6,800 people
had marched.</p>"""


@pytest.mark.parametrize(
    ("sentence", "label"),
    [
        # Both parties spoke the same day: the day they share says nothing of who they are.
        ("Stewards on Saturday said 6,800 people marched.", "supported"),
        ("Police on Saturday said about 2,300 people marched.", "supported"),
        ("Police on Saturday said 4,000 people marched.", "contradicted"),
    ],
)
def test_the_day_a_party_spoke_is_no_part_of_it(sentence: str, label: str, ruleset: Any) -> None:
    article = f"# March\n\nDockers marched in Tilbury ([report]({DOCK_URL})). {sentence}\n"
    checked = run(article, {DOCK_URL: DOCK_PAGE}, ruleset)
    assert [c.verdict.label for c in checked if c.claim.type == "quantity"] == [label]


URL = "https://news.example/2033/porters-rally"
PAGE = """<h1>Hospital porters rally in Sligo</h1>
<p>Hospital porters rallied outside Sligo University Hospital on Thursday over rosters.</p>
<p>Police put the crowd at 1,700. The porters' union, for its part, claimed that 5,200
people had taken part.</p>"""


@pytest.mark.parametrize(
    ("sentence", "label"),
    [
        # Each party's figure, credited to it or to nobody: the other's does not refute it.
        ("Police said about 1,700 people took part.", "supported"),
        ("About 1,700 people took part.", "supported"),
        ("The union said 5,200 people took part.", "supported"),
        # A party's own figure differs: its own estimate refutes it.
        ("Police said 3,000 people took part.", "contradicted"),
        ("The union said 9,000 people took part.", "contradicted"),
    ],
)
def test_one_partys_estimate_against_anothers(sentence: str, label: str, ruleset: Any) -> None:
    article = f"# Rally\n\nPorters rallied in Sligo on Thursday ([report]({URL})). {sentence}\n"
    checked = run(article, {URL: PAGE}, ruleset)
    assert [c.verdict.label for c in checked if c.claim.type == "quantity"] == [label]


SURVEY_URL = "https://news.example/2034/tram-inspectors"
SURVEY_PAGE = """<h1>Tram board short of inspectors</h1>
<p>ORVANE — The Orvane Tram Board employs about 2,090 tram inspectors, a staff that
managers say is too small for the new lines.</p>"""


def test_a_count_beside_what_others_say_of_it_is_the_pages(ruleset: Any) -> None:
    # The page's own count, next to a relative clause of what managers say of the staff:
    # no other party's estimate, so a count far from it is refuted.
    draft = (
        "# Trams\n\nThe Orvane Tram Board employs roughly 2,900 tram inspectors, "
        f"according to a report ([report]({SURVEY_URL})).\n"
    )
    checked = run(draft, {SURVEY_URL: SURVEY_PAGE}, ruleset)
    labels = [c.verdict.label for c in checked if c.claim.type == "quantity"]
    assert labels == ["contradicted"]
