"""A paragraph that opens with a teaser's label ("Related: ...", "READ MORE: ...") is
another story's teaser set in the flow of this one: its figures are not the story's.
A paragraph with any other label ("Note: ...") is the story's own. Pages and drafts
written for these tests."""

from __future__ import annotations

from typing import Any

import pytest
from judging import run

from factcheck.sources.gather import page_from_text

URL = "https://news.example/2032/marlow-bins"
STORY = """<h1>Bin crews end stoppage in Marlow</h1>
<p>Refuse collectors employed by Marlow Borough Council went back to work on Monday after
a strike that lasted 19 days.</p>
{extra}
<p>The council said collections would be back to normal within a week.</p>"""


@pytest.mark.parametrize(
    ("extra", "kept"),
    [
        ("<p>Related: Street cleaners in Henley ended a 42-day strike last year.</p>", False),
        ("<p>READ MORE: Henley street cleaners end 42-day strike</p>", False),
        ("<li>See also | Henley street cleaners end 42-day strike</li>", False),
        ("<p>Note: the Henley street cleaners' strike lasted 42 days.</p>", True),
        ("<p>Crews said the 42-day strike in Henley had shown them the way.</p>", True),
    ],
)
def test_a_teaser_by_its_label(extra: str, kept: bool) -> None:
    page = page_from_text(URL, STORY.format(extra=extra))
    assert ("Henley" in page.text) is kept
    assert "19 days" in page.text


def test_a_teasers_length_does_not_decide(ruleset: Any) -> None:
    page = STORY.format(extra="<p>Related: Street cleaners in Henley ended a 42-day strike.</p>")
    article = (
        f"# Bins\n\nMarlow's bin crews walked out ([report]({URL})). The strike lasted 42 days.\n"
    )
    checked = run(article, {URL: page}, ruleset, wrap=False)
    assert [c.verdict.label for c in checked if c.claim.type == "quantity"] == ["contradicted"]
