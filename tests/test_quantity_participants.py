"""Those who took part in a strike or a march, counted by what they did ("c. 640
participants", "strikers") or by who they are in a sentence telling they took part
("640 dockers walked out"), are one count. A count of a workforce that tells of no
event is not backed by the number who took part. Drafts and pages written for these
tests."""

from __future__ import annotations

from typing import Any

import pytest
from judging import run, verdict

ENTRY = "https://wiki.example/wiki/2031_Ellery_dock_strike"
ENTRY_PAGE = """<h1>2031 Ellery dock strike</h1>
<table class="infobox">
<tr><th>Date</th><td>3 – 9 May 2031</td></tr>
<tr><th>Location</th><td>Port Ellery</td></tr>
<tr><th>Participants</th><td>c. 640 participants (union estimate)</td></tr>
</table>
<p>The 2031 Ellery dock strike was a week-long stoppage at Port Ellery over shift
patterns.</p>"""


@pytest.mark.parametrize(
    "sentence",
    [
        "Some 640 dockers walked out at Port Ellery in May 2031",
        "About 650 workers struck at Port Ellery in May 2031",
        "Roughly 640 port staff downed tools at Port Ellery in May 2031",
    ],
)
def test_those_who_took_part_are_one_count(sentence: str, ruleset: Any) -> None:
    checked = run(
        f"# Draft\n\n{sentence} ([entry]({ENTRY})).\n", {ENTRY: ENTRY_PAGE}, ruleset, wrap=False
    )
    assert verdict(checked, "quantity").verdict.label == "supported"


def test_a_workforce_is_not_those_who_took_part(ruleset: Any) -> None:
    sentence = "Port Ellery employs about 640 dockers"
    checked = run(
        f"# Draft\n\n{sentence} ([entry]({ENTRY})).\n", {ENTRY: ENTRY_PAGE}, ruleset, wrap=False
    )
    assert verdict(checked, "quantity").verdict.label != "supported"


NEWS = "https://news.example/2031/05/harbour-porters-stop-work"
NEWS_PAGE = """<html><body><article><h1>Harbour porters stop work over rosters</h1>
<p>About 900 porters from 40 crews stopped work on Tuesday at Port Ellery, demanding
new rosters.</p></article></body></html>"""


@pytest.mark.parametrize(
    "sentence",
    [
        "About 1,300 porters stayed out for the two days at Port Ellery",
        "Roughly 1,300 porters downed their tools at Port Ellery",
        "Some 1,300 porters stopped working at Port Ellery",
    ],
)
def test_any_walkout_verb_tells_who_took_part(sentence: str, ruleset: Any) -> None:
    # A count of those who stopped work, told by any verb phrase for it, is the count
    # the source gives of those who stopped work: another figure refutes it.
    checked = run(
        f"# Draft\n\n{sentence} ([report]({NEWS})).\n", {NEWS: NEWS_PAGE}, ruleset, wrap=False
    )
    assert verdict(checked, "quantity").verdict.label == "contradicted"


def test_a_workforce_is_not_refuted_by_those_who_stopped_work(ruleset: Any) -> None:
    sentence = "Port Ellery employs about 1,300 porters"
    checked = run(
        f"# Draft\n\n{sentence} ([report]({NEWS})).\n", {NEWS: NEWS_PAGE}, ruleset, wrap=False
    )
    assert verdict(checked, "quantity").verdict.label != "contradicted"
