"""A page's release line may give its date in figures ("Released 15/08/2031", "15.08.2031")
and stand after another label on the same line ("Survey month: May 2031 · Released
..."). A date in figures is read only where its day is over 12. The pages and sentences
are written for these tests."""

from __future__ import annotations

from typing import Any

import pytest
from judging import run

from factcheck.sources.pages.dates import labelled_date, text_date

URL = "https://stats.example/labour/earnings/may-2031"


@pytest.mark.parametrize(
    ("text", "date"),
    [
        ("15/08/2031", "2031-08-15"),
        ("08/15/2031", "2031-08-15"),
        ("15.08.2031", "2031-08-15"),
        ("05/08/2031", None),  # 5 August or May 8: not told
        ("1/2/3/2031", None),
    ],
)
def test_dates_in_figures(text: str, date: str | None) -> None:
    assert text_date(text) == date


def test_a_label_after_a_separator() -> None:
    line = "Survey month: May 2031 · Released 15/08/2031"
    assert labelled_date(line) == ("published", "2031-08-15")


def _page(line: str) -> str:
    return f"""<html><head><title>Average earnings, May 2031 | Bureau of Statistics</title>
</head><body><main><h1>Average weekly earnings, May 2031</h1><p class="meta">{line}</p>
<p>Mean weekly pay for full-time staff was $1,981.20.</p>
</main></body></html>"""


@pytest.mark.parametrize(
    ("said", "line", "label"),
    [
        ("15 August 2031", "Survey month: May 2031 · Released 15/08/2031", "supported"),
        ("15 August 2031", "Published 15.08.2031", "supported"),
        ("14 August 2031", "Release date 15/08/2031", "contradicted"),
    ],
)
def test_a_release_date_in_figures_decides(said: str, line: str, label: str, ruleset: Any) -> None:
    draft = f"# Pay\n\nThe bureau released its estimates on {said} ([release]({URL})).\n"
    dates = [
        c for c in run(draft, {URL: _page(line)}, ruleset, wrap=False) if c.claim.type == "date"
    ]
    assert [c.verdict.label for c in dates] == [label], [c.verdict.rationale for c in dates]
