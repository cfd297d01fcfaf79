"""Workers' bodies named in other languages, told by their form: a head word of the
language ("Sindicato ...", "Związek Zawodowy ...") or a compound that ends in one
("...forbundet", "...förbundet", "...liitto", "...gewerkschaft"). A body whose words are
employers' ("Arbetsgivar-", "Arbeitgeber-", "Empresariales") is no union whatever its
head, and a legal form makes a name a company's. Names and pages written for these
tests."""

from __future__ import annotations

import pytest
from judging import cited

from factcheck.claims.names import (
    looks_like_company,
    looks_like_employers,
    looks_like_union,
    sentence_case_defined,
)
from factcheck.rulepacks.ruleset import RuleSet


@pytest.mark.parametrize(
    "name",
    [
        "Fellesforbundet",
        "Kran og Havn Forbundet",
        "Skogsarbetareförbundet",
        "Danske Pilotforbund",
        "Suomen Satamaliitto",
        "Lokführergewerkschaft Nord",
        "Związek Zawodowy Maszynistów",
        "Birleşik Liman Sendikası",
        "Kikötői Szakszervezet",
        "Sindicato de Trabajadores de Empresas Portuarias",
        "Federazione Lavoratori Trasporti",
    ],
)
def test_a_workers_body_in_another_language_is_a_union(name: str) -> None:
    assert looks_like_union(name) and not looks_like_employers(name)


@pytest.mark.parametrize(
    "name",
    [
        "Arbetsgivarförbundet Vårdföretagarna",
        "Bundesarbeitgeberverband Chemie",
        "Työnantajaliitto Palta",
        "Confederación Española de Organizaciones Empresariales",
        "Werkgeversvereniging Havens",
    ],
)
def test_an_employers_body_in_another_language_is_no_union(name: str) -> None:
    assert looks_like_employers(name) and not looks_like_union(name)


@pytest.mark.parametrize("name", ["Forbund Marine ASA", "Liitto Kuljetus Oyj"])
def test_a_company_whose_name_holds_a_union_word_is_a_company(name: str) -> None:
    assert looks_like_company(name) and not looks_like_union(name)


@pytest.mark.parametrize("name", ["Bondevik Shipping", "Verbandsgemeinde Talheim"])
def test_a_name_near_one_is_neither(name: str) -> None:
    assert not looks_like_union(name) and not looks_like_employers(name)


@pytest.mark.parametrize(
    ("name", "union"),
    [
        # A head written alone is shared by the words before it ...
        ("Kran og Havn Forbundet", True),
        ("Fellesforbundet's", True),
        # ... one written into a word is that word's: a list after it is other bodies.
        ("Satamaliitto and TEK", False),
        ("Pilotforbundet og NSF", False),
    ],
)
def test_a_compound_head_is_its_own_word_s(name: str, union: bool) -> None:
    assert looks_like_union(name) is union


URL = "http://encyclopedia.test/wiki/2029_Vessby_crane_drivers_strike"
PAGE = """<h1>2029 Vessby crane drivers' strike</h1>
<table class="infobox"><tr><th colspan="2">2029 Vessby crane drivers' strike</th></tr>
<tr><th>Date</th><td>3 March 2029</td></tr>
<tr><th colspan="2">Parties</th></tr>
<tr><td colspan="2"><ul><li>Kran og Havn Forbundet</li>
<li>Vessby Havn</li>
<li>Havnearbeidsgiverforeningen (employers' organisation)</li></ul></td></tr>
<tr><th>Participants</th><td>about 300 crane drivers</td></tr></table>
<p>The <b>2029 Vessby crane drivers' strike</b> was a stoppage at the port of Vessby.
About 300 crane drivers walked off the job on 3 March 2029.</p>"""


@pytest.mark.parametrize(
    ("sentence", "label"),
    [
        (
            "Crane drivers organised by Kran og Havn Forbundet struck against Vessby Havn",
            "supported",
        ),
        (
            "Crane drivers organised by Kran og Havn Forbundet struck against Ostby Terminal",
            "contradicted",
        ),
    ],
)
def test_the_infobox_union_named_in_its_language(
    sentence: str, label: str, ruleset: RuleSet
) -> None:
    found = cited(f"{sentence} in 2029.", URL, PAGE, ruleset, "strike")
    assert found.verdict.label == label, found.verdict.rationale


@pytest.mark.parametrize(
    ("text", "names"),
    [
        (
            "a walkout called by the Odborový svaz hutníků (OSH) at the mill",
            ["Odborový svaz hutníků"],
        ),
        (
            "members of the Sindicato nacional de estibadores (SNE) struck",
            ["Sindicato nacional de estibadores"],
        ),
        ("Then the Wolny związek kierowców (WZK) walked out.", ["Wolny związek kierowców"]),
        # Brackets after words whose initials they are not define nothing.
        ("Workers said the pay was too low (BBC) on Monday.", []),
        ("The Tarn Dock Union (TDU) struck.", []),
    ],
)
def test_a_name_in_sentence_case_defined_by_its_short_form(text: str, names: list[str]) -> None:
    assert list(sentence_case_defined(text)) == names


VARNA_URL = "http://news.test/2029/05/varna-depot-stoppage-ends"
VARNA_PAGE = """<h1>Varna depot reopens as pickers end four-day stoppage</h1>
<p>Pickers at Kellby Retail Logistics' depot in Varna returned on Saturday, ending a
four-day stoppage that the Svobodný odborový svaz skladníků (SOSS), a small independent
warehouse union, had called over night rates.</p>
<p>The SOSS said about 400 members took part.</p>"""


@pytest.mark.parametrize(
    ("sentence", "label"),
    [
        (
            "Last month the SOSS staged a four-day stoppage against Kellby Retail Logistics",
            "supported",
        ),
        (
            "Last month the Svobodný odborový svaz skladníků (SOSS) walked out against "
            "Kellby Retail Logistics",
            "supported",
        ),
    ],
)
def test_a_union_named_in_sentence_case_on_the_page(
    sentence: str, label: str, ruleset: RuleSet
) -> None:
    found = cited(sentence, VARNA_URL, VARNA_PAGE, ruleset, "strike")
    assert found.verdict.label == label, found.verdict.rationale


def test_its_words_in_small_letters_belong_to_the_name(ruleset: RuleSet) -> None:
    found = cited(
        "The stoppage was called by the Odborový svaz hutníků (OSH) last month",
        VARNA_URL,
        VARNA_PAGE,
        ruleset,
        "strike",
    )
    assert found.claim.fields["strikers"] == ["Odborový svaz hutníků"]
