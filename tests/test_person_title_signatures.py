"""A person's title where a page writes it in a signature, a quotation's footer or a list
of people: a name and its title on two lines of one paragraph ("Rhona Beattie<br>Branch
Treasurer, Fife Joiners"), the attribution under a quotation ("<footer>— Jo Park, the
guild's treasurer</footer>"), a courtesy word or rank between the title and the name
("its district organiser, Mrs Ines Walcott"), or a post in capitals ("Ola Brekke (CFO)").
Sentences and pages written for these tests."""

from __future__ import annotations

import pytest
from judging import run

from factcheck.rulepacks.ruleset import RuleSet

URL = "http://127.0.0.1:9/guild/statement"


def _judged(sentence: str, body: str, ruleset: RuleSet) -> str:
    page = f"<html><body><article><h1>Statement</h1>{body}</article></body></html>"
    draft = f"# Guild\n\nThe members voted to strike.\n\n{sentence} ([statement]({URL}))\n"
    claims = [
        c for c in run(draft, {URL: page}, ruleset, wrap=False) if c.claim.type == "job_title"
    ]
    assert len(claims) == 1, [c.claim.text for c in claims]
    return claims[0].verdict.label


@pytest.mark.parametrize(
    ("claim", "body", "label"),
    [
        (
            "Rhona Beattie, the union's branch treasurer, said the ballot was clear.",
            "<p>The ballot closes on Friday.</p>"
            "<p class='signature'>Rhona Beattie<br>Branch Treasurer, Fife Joiners</p>",
            "supported",
        ),
        (
            "Kwame Asante, the association's general secretary, said drivers would return.",
            "<p>Drivers will return on Monday.</p>"
            "<p>Signed:<br><strong>Kwame Asante</strong><br>National Chairman, GPRTU</p>"
            "<p><strong>Efua Mensah</strong><br>General Secretary, GPRTU</p>",
            "contradicted",
        ),
        (
            "Tomasz Wrona, the federation's president, called off the stoppage.",
            "<p>The stoppage is called off.</p><p>Tomasz Wrona<br>Vice President</p>",
            "contradicted",
        ),
    ],
)
def test_a_signature_on_two_lines(ruleset: RuleSet, claim: str, body: str, label: str) -> None:
    assert _judged(claim, body, ruleset) == label


@pytest.mark.parametrize(
    ("claim", "body", "label"),
    [
        (
            "Marta Quiroz, the cooperative's chief executive, defended the price.",
            "<blockquote><p>We pay what the market allows.</p>"
            "<footer>— Marta Quiroz, chief executive of Cafetal Unido</footer></blockquote>",
            "supported",
        ),
        (
            "Henrik Dahl, the port's operations manager, welcomed the deal.",
            "<blockquote><p>This deal keeps the cranes moving.</p>"
            "<footer>— Henrik Dahl, the port's deputy finance director</footer></blockquote>",
            "contradicted",
        ),
        (
            "Aoife Brennan, the trust's head of nursing, said wards were short.",
            "<blockquote><p>Our wards are short every night.</p>"
            "<footer>Aoife Brennan, head of nursing</footer></blockquote>",
            "supported",
        ),
    ],
)
def test_the_footer_of_a_quotation(ruleset: RuleSet, claim: str, body: str, label: str) -> None:
    assert _judged(claim, body, ruleset) == label


@pytest.mark.parametrize(
    ("claim", "said", "label"),
    [
        (
            "Ines Walcott, the union's district organiser, said the depot would shut.",
            "Its district organiser, Mrs Ines Walcott, said the depot would shut on Friday.",
            "supported",
        ),
        (
            "Captain Rui Tavares, the union's spokesman, said ships would wait.",
            "The union's spokesman, Capt. Rui Tavares, said ships would wait at anchor.",
            "supported",
        ),
        (
            "Chipo Moyo, the union's president, said the talks had failed.",
            "Its general secretary, Comrade Chipo Moyo, said the talks had failed on pay.",
            "contradicted",
        ),
    ],
)
def test_a_courtesy_word_between_title_and_name(
    ruleset: RuleSet, claim: str, said: str, label: str
) -> None:
    assert _judged(claim, f"<p>{said}</p>", ruleset) == label


@pytest.mark.parametrize(
    ("claim", "row", "label"),
    [
        (
            "Ola Brekke, Nordfisk's chairman, opened the plant.",
            "<p>Key people: Ingrid Solheim (Chairman); Ola Brekke (CFO)</p>",
            "contradicted",
        ),
        (
            "Ola Brekke, Nordfisk's chief financial officer, opened the plant.",
            "<p>Key people: Ingrid Solheim (Chairman); Ola Brekke (CFO)</p>",
            "supported",
        ),
        (
            # A short form alone may leave out a second post: no other holder, no verdict.
            "Ola Brekke, Nordfisk's chairman, opened the plant.",
            "<p>Key people: Ola Brekke (CEO)</p>",
            "unverified",
        ),
    ],
)
def test_a_post_in_capitals_beside_a_name(
    ruleset: RuleSet, claim: str, row: str, label: str
) -> None:
    assert _judged(claim, row, ruleset) == label


@pytest.mark.parametrize(
    ("claim", "said", "label"),
    [
        (
            "Rosa Ibarra, the union's general secretary, said the mills would stop.",
            "Las plantas pararán el lunes, dijo Rosa Ibarra, secretaria general del "
            "Sindicato Textil de Puebla.",
            "supported",
        ),
        (
            "Joaquim Neves, the federation's president, said buses would run.",
            "Os autocarros vão circular, disse Joaquim Neves, tesoureiro da Federação "
            "dos Motoristas.",
            "contradicted",
        ),
        (
            "Claire Dubois, the cooperative's executive director, said prices would hold.",
            "Les prix tiendront, a déclaré Claire Dubois, directrice exécutive de la "
            "Coopérative Laitière.",
            "supported",
        ),
        (
            # A word the table does not know leaves the post unread: no verdict.
            "Marco Rinaldi, the guild's president, said the ovens would stay cold.",
            "I forni resteranno spenti, ha detto Marco Rinaldi, capoturno del forno.",
            "unverified",
        ),
    ],
)
def test_a_post_written_in_another_language(
    ruleset: RuleSet, claim: str, said: str, label: str
) -> None:
    assert _judged(claim, f"<p>{said}</p>", ruleset) == label
