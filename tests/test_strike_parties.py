"""Strike parties: short names a page defines, denials wherever a source names the
party, and claims that point back to a time named before them; drafts and pages written
for these tests."""

from __future__ import annotations

from pathlib import Path
from typing import Any

import pytest
from judging import verdict_on

from factcheck.check import load_rules
from factcheck.claims.values import Parsers
from factcheck.evidence.strikes import defined_names

PORT = {
    "https://news.example.org/quays": (
        "<p>Crane crews of the Northern Quay Operators Federation (NQOF) stopped work at "
        "Kessmouth on Monday.</p>"
        "<p>Traffic in the eastern basin was light all week, and shipping agents said "
        "they had moved most sailings to the weekend.</p>"
        "<p>Further south, where tug crews belong to the Coastal Tug and Barge Guild "
        "(CTBG), boats ran as usual. The CTBG is not part of the dispute, its secretary "
        "said.</p>"
    )
}


def test_a_page_defines_short_names_for_its_parties() -> None:
    text = (
        "Members of the Coastal Tug and Barge Guild (CTBG) met on Monday; the guild "
        "(founded in 1951) has 900 members."
    )
    assert defined_names(text) == (("Coastal Tug and Barge Guild", "CTBG"),)


def test_a_denial_by_short_name_anywhere_on_the_page_contradicts(ruleset: Any) -> None:
    judged = verdict_on(
        "Tug crews of the Coastal Tug and Barge Guild joined the walkout at Kessmouth.",
        PORT,
        ruleset,
        "strike",
    )
    assert judged.label == "contradicted"
    assert any("CTBG is not part" in e.quote for e in judged.evidence)


def test_a_denial_of_another_party_does_not_decide(ruleset: Any) -> None:
    judged = verdict_on(
        "Crane crews of the Northern Quay Operators Federation went on strike at Kessmouth.",
        PORT,
        ruleset,
        "strike",
    )
    assert judged.label != "contradicted"


SIGNALLERS = {
    "https://history.example.org/signallers": (
        "<p>The Signal Workers Guild was not involved in the March stoppages; its members "
        "held separate strikes from May 2019.</p>"
    )
}


def test_that_week_is_the_time_named_before(ruleset: Any) -> None:
    article = (
        "On 4 March 2019 the track crews at Eastline walked out. Few trains ran. "
        "The Signal Workers Guild joined the walkout that week."
    )
    judged = verdict_on(article, SIGNALLERS, ruleset, "strike", "that week")
    assert judged.label == "contradicted"
    later = article.replace("4 March 2019", "14 May 2019").replace("that week", "that month")
    assert verdict_on(later, SIGNALLERS, ruleset, "strike", "that month").label != "contradicted"


FERRIES = {
    "https://news.example.org/ferries": (
        "<p>The Lakeshore Ferry Crews Guild (LFCG), which represents some 3,400 deckhands "
        "and pursers, set up picket lines at nine terminals on Friday.</p>"
    )
}


def test_an_aside_with_a_figure_in_it_still_leaves_the_subject(ruleset: Any) -> None:
    # The thousands separator in "3,400" is no clause boundary: the Guild struck, not
    # "deckhands and pursers".
    judged = verdict_on(
        "The Lakeshore Ferry Crews Guild went on strike on Friday.", FERRIES, ruleset, "strike"
    )
    assert judged.label == "supported"
    assert "Lakeshore Ferry Crews Guild" in judged.rationale


SUPPLIER = {
    "https://news.example.org/presses": (
        "<p>Members of the Press Fitters Union walked off the job at Varn Motors on Monday, "
        "halting both of its assembly lines.</p>"
        "<p>A spokeswoman for Oakridge Trim, Varn's seat supplier, said its workforce was "
        "not part of the strike; the Oakridge plant would stay open.</p>"
    )
}


def test_an_employer_whose_staff_were_not_on_strike_was_not_struck(ruleset: Any) -> None:
    judged = verdict_on(
        "Output stopped at Varn Motors and at its seat maker, Oakridge Trim, as members of "
        "the Press Fitters Union at both companies walked off the job.",
        SUPPLIER,
        ruleset,
        "strike",
    )
    assert judged.label == "mixed", judged.rationale
    assert "Oakridge Trim" in judged.rationale


@pytest.mark.parametrize(
    ("said", "label"),
    [
        # Any negation of the lexicon, and any word of striking, deny it.
        (
            "Oakridge Trim, which supplies Varn, said its staff had never joined the walkout.",
            "mixed",
        ),
        ("Oakridge Trim said its employees did not take part in the stoppage.", "mixed"),
        ("Oakridge Trim said its workforce weren't on strike.", "mixed"),
        # Not affected is not not striking.
        ("Oakridge Trim said its workers were not affected by the shutdown.", "supported"),
    ],
)
def test_a_workforce_denied_striking_in_any_words(said: str, label: str, ruleset: Any) -> None:
    page = {
        "https://news.example.org/presses": (
            "<p>Members of the Press Fitters Union walked off the job at Varn Motors on "
            f"Monday, halting both of its assembly lines.</p><p>{said}</p>"
        )
    }
    judged = verdict_on(
        "Output stopped at Varn Motors and at its seat maker, Oakridge Trim, as members of "
        "the Press Fitters Union at both companies walked off the job.",
        page,
        ruleset,
        "strike",
    )
    assert judged.label == label, judged.rationale


def _harbour_pack(tmp_path: Path) -> Path:
    """A table that knows an employers' group by its acronym and members only."""
    pack = tmp_path / "harbour"
    (pack / "knowledge").mkdir(parents=True)
    (pack / "pack.yaml").write_text("name: harbour\n", encoding="utf-8")
    (pack / "knowledge" / "orgs.yaml").write_text(
        "kind: organisations\nentries:\n"
        "  - name: FHCA\n    category: employers_association\n    aliases: [FHCA]\n"
        "    members: [Pellow Freight, Amsel Lines]\n"
        "  - name: Pellow Freight\n    category: company\n    aliases: [Pellow Freight]\n"
        "  - name: Amsel Lines\n    category: company\n    aliases: [Amsel Lines]\n",
        encoding="utf-8",
    )
    return pack


HARBOUR = {
    "https://news.example.org/harbour": (
        "<p>The Harbour Crane Drivers Guild began a strike in March 2024 against the "
        "Federation of Harbour Cargo Agents, which bargains for the port's shipping "
        "lines.</p>"
    )
}


def test_a_full_name_is_the_known_group_its_initials_spell(tmp_path: Path) -> None:
    """The table knows the group only as FHCA; a page that spells its name out still
    reports a strike against the group's members."""
    ruleset = load_rules([_harbour_pack(tmp_path)])
    judged = verdict_on(
        "In March 2024 the Harbour Crane Drivers Guild went on strike against Pellow Freight.",
        HARBOUR,
        ruleset,
        "strike",
    )
    assert judged.label == "supported"
    assert "FHCA, which includes Pellow Freight" in judged.rationale
    other = verdict_on(
        "In March 2024 the Harbour Crane Drivers Guild went on strike against Orrin Docks.",
        HARBOUR,
        ruleset,
        "strike",
    )
    assert other.label == "contradicted"


def test_only_a_name_whose_initials_are_the_acronym_is_the_group(tmp_path: Path) -> None:
    parsers = Parsers(load_rules([_harbour_pack(tmp_path)]).macros)
    assert parsers.spelled_out("Federation of Harbour Cargo Agents") == "FHCA"
    assert parsers.spelled_out("Federation of Harbour Agents") == "Federation of Harbour Agents"
    assert parsers.spelled_out("Harbour Cargo Agents Federation") == (
        "Harbour Cargo Agents Federation"
    )
