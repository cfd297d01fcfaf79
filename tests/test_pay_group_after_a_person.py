"""Pay told of a group in the plural ("new starters earn ...") right after a named
person's post ("..., who chairs the branch"): the pay is the group's, not the job of
the person before it, even when the tables know no word for the group's job. The pages
and sentences are written for these tests."""

from __future__ import annotations

from typing import Any

import pytest
from judging import run

STORY = "https://news.example/2031/06/11/branch-talks-stall"


def _page(sentence: str) -> str:
    return f"""<html><head><title>Talks stall at the plant | Morning Courier</title></head>
<body><main><article><h1>Talks stall at the plant</h1>
<p>Workers at the plant stopped work on Monday over unpaid overtime.</p>
<p>{sentence}</p><p>Management said it would meet the branch on Friday.</p>
</article></main></body></html>"""


CASES = [
    (
        "Mercy Adomako, who leads the bakers' union branch, said talks had stalled. "
        "New starters earn about £1,650 a month, she added.",
        "New starters on the production line are paid roughly £1,650 a month, she said.",
    ),
    (
        "Jorge Quispe, who chairs the miners' federation, spoke at the gate. Surface hands "
        "earn around 1,900 soles a month, he said.",
        "Surface hands at the mine are paid in the region of 1,900 soles a month, he said.",
    ),
    (
        "Ana Reyes, the union's secretary, read out the demands. Casual loaders are paid "
        "about ₱520 a day, she said.",
        "Casual loaders at the wharf are paid about ₱520 a day, she told the crowd.",
    ),
]


@pytest.mark.parametrize(("draft_text", "source"), CASES)
def test_the_groups_pay_is_read_not_the_persons_job(
    draft_text: str, source: str, ruleset: Any
) -> None:
    draft = f"# Plant\n\n{draft_text} ([story]({STORY}))\n"
    claims = run(draft, {STORY: _page(source)}, ruleset, wrap=False)
    found = [(c.claim.text, c.verdict.label) for c in claims if c.claim.type == "salary"]
    assert [label for _, label in found] == ["supported"], found


def test_a_persons_pay_still_reads_the_post(ruleset: Any) -> None:
    # Someone named, not a group: the post before it is still the job.
    draft = (
        "# Plant\n\nKofi Mensah, who manages the plant, spoke to staff. Mensah earns about "
        f"£4,100 a month, the company said ([story]({STORY}))\n"
    )
    claims = run(draft, {STORY: _page("The plant manager earns £5,900 a month.")}, ruleset)
    found = [c.verdict.label for c in claims if c.claim.type == "salary"]
    assert "supported" not in found, found
