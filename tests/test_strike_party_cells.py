"""Who is on which side of a dispute, told by how a page or a draft sets the parties
out: an infobox parties row giving each side a cell of its own, a note after an
employers' body's name ("and affiliated employer associations"), a draft or page that
calls a body the employers' before its name ("the employers' group X"), and workers at
a site "run by" a company. Pages and drafts written for these tests."""

from __future__ import annotations

from typing import Any

import pytest
from judging import cited
from test_claim_forms import fields_of

from factcheck.claims.names import learn_names
from factcheck.evidence.strike_context import _sides_by_cell
from factcheck.rulepacks.ruleset import RuleSet

URL = "http://encyclopedia.test/wiki/2031_Orvane_care_home_strike"


def _wiki(workers: str, employers: str, prose: str = "") -> str:
    return f"""<html><head><title>2031 Orvane care home strike - Encyclopedia</title></head>
<body><h1>2031 Orvane care home strike</h1>
<table class="infobox vevent"><caption>2031 Orvane care home strike</caption>
<tr><th>Date</th><td>4 March 2031 – 2 April 2031</td></tr>
<tr><th colspan="2">Parties</th></tr>
<tr><td>{workers}</td><td>{employers}</td></tr>
<tr><th scope="row">Participants</th><td>c. 3,200 employees</td></tr></table>
<p>The <b>2031 Orvane care home strike</b> was a strike by care workers in privately run
homes over pensions. {prose}</p>
</body></html>"""


# The workers' cell holds one union by its name and two bodies of one word each; the
# employers' cell a body whose name ends as a union's does in its language.
CELLS = _wiki(
    "Helsearbeiderforbundet<br>Omsorg<br>Velta",
    "Private Pleiehjems Landsforbund (PPL)",
    "The homes belonged to the employers' association Private Pleiehjems Landsforbund.",
)


@pytest.mark.parametrize(
    "sentence",
    [
        "Velta and Omsorg called their members out against the employers' group PPL in March 2031",
        "Members of Omsorg walked out against the employers' association PPL in March 2031",
    ],
)
def test_a_side_s_own_cell_tells_its_parties(sentence: str, ruleset: RuleSet) -> None:
    found = cited(sentence, URL, CELLS, ruleset, "strike", wrap=False)
    assert found.verdict.label == "supported", found.verdict.rationale


def test_sides_by_cell_needs_the_unions_in_one_cell() -> None:
    # The unions by name stand in both cells: the cells tell no side.
    both = [("Kessel Union", True), ("Brakk", False), ("Orla Guild", True)]
    assert _sides_by_cell(both, [0, 0, 1]) == both
    # One cell: nothing to tell apart.
    one = [("Kessel Union", True), ("Brakk", False)]
    assert _sides_by_cell(one, [0, 0]) == one
    assert _sides_by_cell(one, [0, 1]) == [("Kessel Union", True), ("Brakk", False)]
    assert _sides_by_cell([("Brakk", False), ("Kessel Union", True)], [0, 0]) == [
        ("Brakk", False),
        ("Kessel Union", True),
    ]


NOTED = _wiki(
    "Amalgamated Care Workers Union (ACWU)",
    "Care Providers Federation of Orvane (CPFO) and affiliated employer associations",
)


@pytest.mark.parametrize(
    ("sentence", "label"),
    [
        # The employers' side is the federation, not the rival body the draft names.
        (
            "In March 2031 ACWU members walked out for a month against the employer body Tessan",
            "contradicted",
        ),
        # The note names no party on the other side.
        ("In March 2031 ACWU members struck the Care Providers Federation of Orvane", "supported"),
    ],
)
def test_an_employers_note_after_the_name(sentence: str, label: str, ruleset: RuleSet) -> None:
    found = cited(sentence, URL, NOTED, ruleset, "strike", wrap=False)
    assert found.verdict.label == label, found.verdict.rationale
    if label == "contradicted":
        assert "Care Providers Federation of Orvane" in found.verdict.rationale


@pytest.mark.parametrize(
    ("text", "name"),
    [
        (
            "homes run by members of the employers' organisation Kessel Forbund (KF).",
            "Kessel Forbund",
        ),
        ("a strike against the hauliers' federation Tarnway in May", "Tarnway"),
        ("talks with the retail employers' group KDH broke down", "KDH"),
    ],
)
def test_an_employers_body_named_after_its_kind(text: str, name: str) -> None:
    assert learn_names(text).kinds.get(name) == "company"


@pytest.mark.parametrize(
    "text",
    [
        "the builders' federation said on Monday it would appeal",
        "the employers' group in Orvane rejected the offer",
    ],
)
def test_no_name_after_the_employers_kind(text: str) -> None:
    assert learn_names(text).kinds == {}


@pytest.mark.parametrize(
    ("text", "against"),
    [
        (
            "Packers at two warehouses operated by Orvane Logistics walked out on Monday.",
            "Orvane Logistics",
        ),
        (
            "Cleaners at a hotel owned by Tarn Leisure Group stopped work for a day.",
            "Tarn Leisure Group",
        ),
        ("Workers at a plant run by Kessel Foods struck in sympathy.", "Kessel Foods"),
    ],
)
def test_who_runs_the_site_employs_its_workers(text: str, against: str, ruleset: Any) -> None:
    fields = fields_of(text, "strike", ruleset)
    assert fields["against"] == [against]
    assert against not in fields["strikers"]


@pytest.mark.parametrize(
    ("text", "strikers"),
    [
        (
            "The stoppage in May, which shut 30 depots, was called by the Orvane Drivers Union.",
            ["Orvane Drivers Union"],
        ),
        (
            "The walkout, when porters at nine hospitals stopped work, was led by the Kessel "
            "Porters Guild.",
            ["Kessel Porters Guild"],
        ),
    ],
)
def test_who_called_a_strike_after_an_aside(text: str, strikers: list[str], ruleset: Any) -> None:
    fields = fields_of(text, "strike", ruleset)
    assert fields["strikers"] == strikers and fields["called"]


# The employers' cell holds a body of local governments, whose name carries a word a
# union's name may hold ("Local").
COUNCILS = _wiki(
    "Kessel Municipal Union<br>Orla Guild<br>Velta",
    "Convention of Orvane Local Authorities (COLA)",
)


def test_a_body_of_local_governments_is_the_employers_side(ruleset: RuleSet) -> None:
    found = cited(
        "In March 2031 members of Velta and the Orla Guild walked off the job against COLA",
        URL,
        COUNCILS,
        ruleset,
        "strike",
        wrap=False,
    )
    assert found.verdict.label == "supported", found.verdict.rationale


def test_local_government_bodies_read_as_employers_and_locals_as_unions() -> None:
    from factcheck.claims.names import looks_like_employers, looks_like_union

    assert looks_like_employers("Association of Tarn Municipalities")
    assert not looks_like_union("Convention of Orvane Local Authorities")
    assert looks_like_union("Federation of Local Authority Workers")
    assert looks_like_union("Kessel Drivers Local 41")
