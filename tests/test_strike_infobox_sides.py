"""An encyclopedia infobox's parties cell read item by item: several parties on one line
set apart by semicolons, a side's label on a line of its own ("Employers:") that names
no party but tells the side of those after it, and notes in brackets (nested ones too)
or after a dash that are no party's name. Pages and drafts written for these tests."""

from __future__ import annotations

import pytest
from judging import run, verdict

from factcheck.evidence.strike_context import parties_in_item
from factcheck.rulepacks.ruleset import RuleSet

URL = "http://encyclopedia.test/wiki/2027_Vreda_port_strike"


# The page's prose by default tells the strike and its union in a form the rules read.
TOLD = """<p>The <b>2027 Vreda port strike</b> was a week-long stoppage in June 2027, in which
dockers belonging to the Lindell Dockers' Union stopped work over shift lengths.</p>"""


def _wiki(parties: str, prose: str = TOLD) -> str:
    return f"""<html><head><title>2027 Vreda port strike - Encyclopedia</title></head><body>
<h1>2027 Vreda port strike</h1>
<table class="infobox vevent"><caption>2027 Vreda port strike</caption>
<tr><th>Date</th><td>2 June 2027 – 9 June 2027</td></tr>
<tr><th>Parties</th><td>{parties}</td></tr>
<tr><th>Participants</th><td>About 1,300 dockers</td></tr></table>
{prose}
</body></html>"""


LABELLED = _wiki(
    "<b>Lindell Dockers' Union</b> (with the Crane Drivers Guild (CDG); backed by the "
    "regional labour council)<br><b>Employers:</b> Kaskel Terminals (KT) – container "
    "berths; Vreda Port Authority – bulk berths"
)
SEMICOLONS = _wiki("Lindell Dockers' Union<br><i>vs.</i><br>Kaskel Terminals; Vreda Port Authority")


def _label(sentence: str, page: str, ruleset: RuleSet) -> tuple[str, str]:
    draft = f"# Ports\n\n{sentence} ([source]({URL})).\n"
    found = verdict(run(draft, {URL: page}, ruleset, wrap=False), "strike")
    return found.verdict.label, found.verdict.rationale


@pytest.mark.parametrize(
    ("item", "parties"),
    [
        ("Kaskel Terminals; Vreda Port Authority", ["Kaskel Terminals", "Vreda Port Authority"]),
        ("Employers: Kaskel Terminals", ["Kaskel Terminals"]),
        ("Alpha Union (A; B (C)); Beta Ltd", ["Alpha Union (A; B (C))", "Beta Ltd"]),
    ],
)
def test_items_of_a_line(item: str, parties: list[str]) -> None:
    assert parties_in_item(item) == parties


@pytest.mark.parametrize("page", [LABELLED, SEMICOLONS])
def test_every_employer_listed(page: str, ruleset: RuleSet) -> None:
    got, rationale = _label(
        "In June 2027 members of the Lindell Dockers' Union struck Kaskel Terminals and "
        "the Vreda Port Authority",
        page,
        ruleset,
    )
    assert got == "supported", rationale


@pytest.mark.parametrize(
    "sentence",
    [
        "In June 2027 members of the Lindell Dockers' Union struck the Vreda Port Authority",
        "Members of the Lindell Dockers' Union walked out at Kaskel Terminals in June 2027",
    ],
)
def test_a_side_s_label_is_no_party(sentence: str, ruleset: RuleSet) -> None:
    got, rationale = _label(sentence, LABELLED, ruleset)
    assert got == "supported", rationale


def test_a_party_left_out_still_goes_against(ruleset: RuleSet) -> None:
    got, rationale = _label(
        "In June 2027 members of the Lindell Dockers' Union struck Kaskel Terminals and "
        "Holm Shipping",
        LABELLED,
        ruleset,
    )
    assert got in {"contradicted", "mixed"}, rationale


SHORTS = _wiki(
    "Lindell Dockers' Union<br><i>vs.</i><br>Kaskel Terminals (KT); Vreda Port Authority (VPA); "
    "Orsund Tug Company (OTC)"
)


@pytest.mark.parametrize("marker", ["¹", "[1]", "^1"])
def test_a_note_marker_is_no_part_of_a_name(marker: str, ruleset: RuleSet) -> None:
    draft = (
        "# Ports\n\nIn June 2027 members of the Lindell Dockers' Union struck the KT, the VPA "
        f"and the OTC.{marker}\n\n## Notes\n\n1. Encyclopedia: {URL}\n"
    )
    found = verdict(run(draft, {URL: SHORTS}, ruleset, wrap=False), "strike")
    assert tuple(found.claim.fields["against"]) == ("KT", "VPA", "OTC"), found.claim.fields
    assert found.verdict.label == "supported", found.verdict.rationale


@pytest.mark.parametrize(
    ("item", "parties"),
    [
        ("Harrow Fitters vs. Osk Verft AS", ["Harrow Fitters", "Osk Verft AS"]),
        (
            "Harrow Fitters versus Osk Verft AS (part of Nordkyst)",
            ["Harrow Fitters", "Osk Verft AS (part of Nordkyst)"],
        ),
        (
            "Harrow Fitters v Osk Verft AS; Tarn Quay Ltd",
            ["Harrow Fitters", "Osk Verft AS", "Tarn Quay Ltd"],
        ),
    ],
)
def test_two_sides_set_against_each_other_in_one_line(item: str, parties: list[str]) -> None:
    assert parties_in_item(item) == parties


def _quiet_wiki(parties: str) -> str:
    """A dispute page whose prose tells the strike in no form the rules read."""
    return _wiki(
        parties,
        """<p>The <b>2027 Vreda port strike</b> left cargo idle on the quays for a week over
shift lengths.</p>
<p>The Quay Pilots' Association, which represented the harbour pilots, did not ballot
its members.</p>""",
    )


@pytest.mark.parametrize(
    "parties",
    [
        # Two sides in one line, the employer known by its legal form.
        "Hesketh Dock Hands vs. Kaskel Terminals AS",
        "Hesketh Dock Hands versus Kaskel Terminals AS (member of the port employers)",
        # A public body on the employers' side.
        "Hesketh Dock Hands; Vreda Harbour Board",
    ],
)
@pytest.mark.parametrize(
    ("sentence", "label"),
    [
        (
            "In June 2027 members of Hesketh Dock Hands walked out at {employer}",
            "supported",
        ),
        ("Members of the Quay Pilots' Association struck {employer} in June 2027", "contradicted"),
    ],
)
def test_the_workers_side_of_a_two_sided_line(
    parties: str, sentence: str, label: str, ruleset: RuleSet
) -> None:
    employer = "Vreda Harbour Board" if "Board" in parties else "Kaskel Terminals"
    got, rationale = _label(sentence.format(employer=employer), _quiet_wiki(parties), ruleset)
    assert got == label, rationale


# Two parties, neither a union by its name nor a company by its form: the one the claim
# names as its employer leaves the other as the workers' side.
@pytest.mark.parametrize(
    ("sentence", "label"),
    [
        ("Members of Hesketh Dock Hands struck Kaskel Support Services in June 2027", "supported"),
        (
            "Quay Pilots' Association members at Vreda struck against Kaskel Support "
            "Services in 2027",
            "contradicted",
        ),
        (
            "In June 2027 the Harbour Crane Guild led a walkout at Kaskel Support Services",
            "contradicted",
        ),
    ],
)
def test_the_other_party_of_the_claimed_employer_is_the_workers_side(
    sentence: str, label: str, ruleset: RuleSet
) -> None:
    page = _quiet_wiki("Hesketh Dock Hands (HDH); Kaskel Support Services")
    got, rationale = _label(sentence, page, ruleset)
    assert got == label, rationale


# Neither side's name reads as a union's; the note tells the employers' body.
NOTED = _wiki(
    "Harbour Crafts<br>Lindell Riggers<br>Vreda Port Association<br>(Vreda Havn), on behalf"
    " of its member operators",
    "<p>The <b>2027 Vreda port strike</b> was a stoppage in June 2027.</p>",
)


def test_a_note_tells_the_employers_body(ruleset: RuleSet) -> None:
    got, rationale = _label(
        "In June 2027 members of Harbour Crafts and Lindell Riggers struck against the Vreda"
        " Port Association",
        NOTED,
        ruleset,
    )
    assert got == "supported", rationale


# A union's long name on a line of its own beside its short one, and an employers' body
# neither the tables nor its name tell as one: the prose says who it represents ("the
# employers, represented by X") or the note after it says what it heads ("and its
# regional employers' associations"). Neither side is then the union's own.
_COUNCIL = "Kessel Textile Industry Council"
_PROSE = """<p>The <b>2026 textile warning strikes</b> were short stoppages called by the
textile workers' union VTU during the spring pay round.</p>
<p>The employers, represented by the {council} (KTIC), offered 2.1 per cent.</p>"""


@pytest.mark.parametrize(
    "parties",
    [
        f"VTU (Vereinigte Textil Union, Nord, Energie)<br>vs.<br>{_COUNCIL} (KTIC) and its "
        "regional employers' associations",
        f"VTU<br>vs.<br>{_COUNCIL} (KTIC)",
    ],
)
@pytest.mark.parametrize(
    ("sentence", "label"),
    [
        ("Members of VTU held warning strikes against the employers' council KTIC", "supported"),
        (f"Members of VTU walked out against the {_COUNCIL} in March 2026", "supported"),
        ("Members of VTU walked out against Brannock Mills in March 2026", "contradicted"),
    ],
)
def test_an_employers_body_by_what_it_represents(
    parties: str, sentence: str, label: str, ruleset: RuleSet
) -> None:
    got, rationale = _label(sentence, _wiki(parties, _PROSE.format(council=_COUNCIL)), ruleset)
    assert got == label, rationale
    assert "VTU against VTU" not in rationale
