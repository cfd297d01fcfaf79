"""Claims read by the form of their sentences and names, with parties no table knows.

Every organisation, person and title below is invented for these tests; none is in the
knowledge tables, so each case shows a form at work, not a list entry."""

from __future__ import annotations

from typing import Any

import pytest
from hypothesis import example, given, settings
from hypothesis import strategies as st

from factcheck.claims.extract import extract_claims
from factcheck.claims.names import (
    _DEFINED,
    defined_short_forms,
    learn_names,
    looks_like_company,
    looks_like_union,
)
from factcheck.reading import parse_article


def fields_of(text: str, claim_type: str, ruleset: Any) -> dict[str, Any]:
    """The fields of the first claim of ``claim_type`` in ``text``."""
    claims = extract_claims(parse_article(text, "draft.txt"), ruleset)
    found = [c for c in claims if c.type == claim_type]
    assert found, f"no {claim_type} claim in {text!r}: {[(c.type, c.text) for c in claims]}"
    return dict(found[0].fields)


@pytest.mark.parametrize(
    ("name", "union", "company"),
    [
        ("Northern Ferry Workers Union", True, False),
        ("Guild of Harbour Pilots", True, False),
        ("Allied Foundry Brotherhood", True, False),
        ("Teamsters Local 88", True, False),
        ("Ashford City Council", False, False),
        ("Meridian Diagnostics Ltd", False, True),
        ("Orla Foods plc", False, True),
        ("Pell & Sons", False, True),
        ("Brightbox Inc.", False, True),
        ("Port of Harwick", False, False),
    ],
)
def test_organisations_by_form(name: str, union: bool, company: bool) -> None:
    assert looks_like_union(name) is union
    assert looks_like_company(name) is company


def test_the_article_defines_short_forms_and_kinds() -> None:
    learned = learn_names(
        "Rain fell on Friday. The Kiln Operators Guild (KOG) met. "
        "Quillon, the printers' union, agreed. Varga Ceramics, a tile maker, declined."
    )
    assert learned.canonical("KOG") == "Kiln Operators Guild"
    assert learned.kind("Quillon") == "union"
    assert learned.kind("Varga Ceramics") == "company"
    assert learned.kind("KOG") == "union"


@pytest.mark.parametrize(
    ("text", "kind"),
    [
        ("The glaziers, represented by Tollan Collective, voted to strike.", "union"),
        ("The glaziers were represented by Tollan Collective in talks.", "union"),
        ("The employers, represented by Tollan Collective, offered 2 per cent.", "company"),
        ("The mill owners, who are represented by Tollan Collective, refused.", "company"),
    ],
)
def test_who_a_body_represents_tells_its_kind(text: str, kind: str) -> None:
    assert learn_names(text).kind("Tollan Collective") == kind


_PIECES = st.sampled_from(
    ["Tarn", "Kiln Setters", " Guild", " of ", "Ørsk", "Sindicato dos Estivadores de Vale"]
) | st.sampled_from(
    [" (", "(", ")", " )", "TSG", "KS", "x", ", ", " and ", ". ", "\n", ": ", "$", "4", "é"]
)


@settings(max_examples=300, deadline=None)
@given(st.lists(_PIECES, max_size=16).map("".join))
@example("Ash (Tarn Kiln Guild (TKG)) and Ørsk Setters (OS), Kiln (KS")
@example("Rain: the Tarn Setters Guild (TSG) met; Kiln Guild ( KG )")
def test_short_forms_are_found_as_a_search_of_the_whole_text_finds_them(text: str) -> None:
    # Searched only before each parenthesis, the short forms are the same matches.
    expected = [(m.span(), m.groups()) for m in _DEFINED.finditer(text)]
    assert [(m.span(), m.groups()) for m in defined_short_forms(text)] == expected


@pytest.mark.parametrize(
    ("text", "strikers", "against"),
    [
        # Strikers are people or unions, never the place they work.
        ("Porters at the Port of Harwick are on strike.", ["Porters"], ["Port of Harwick"]),
        (
            "Members of the Tram Crews Union walked off the job at Lindqvist Transit.",
            ["Tram Crews Union"],
            ["Lindqvist Transit"],
        ),
        ("Bakers downed tools across the valley.", ["Bakers"], []),
        (
            "Glaziers set up picket lines outside Corvel Glassworks before dawn.",
            ["Glaziers"],
            ["Corvel Glassworks"],
        ),
        (
            "Radiographers held a two-day stoppage at Osprey Imaging Ltd.",
            ["Radiographers"],
            ["Osprey Imaging Ltd"],
        ),
        # A time phrase between the verb and "against" keeps the employer.
        (
            "The Signal Fitters Federation began its strike at dawn on Tuesday against "
            "Harrow Lines plc.",
            ["Signal Fitters Federation"],
            ["Harrow Lines plc"],
        ),
        # An aside between the subject and its verb.
        (
            "The Quay Porters Guild, which speaks for 900 porters, also went on strike "
            "against Lantern Shipping.",
            ["Quay Porters Guild"],
            ["Lantern Shipping"],
        ),
        # The passive.
        (
            "Output at the Kestrel smelter was halted by striking members of the Allied "
            "Foundry Brotherhood.",
            ["Allied Foundry Brotherhood"],
            [],
        ),
        # A day after "on" is when, not whom.
        ("Grain handlers walked out on Wednesday.", ["Grain handlers"], []),
        # Two employers joined by "and".
        (
            "Orrin Foods and Baylin Dairy were among the struck employers.",
            [],
            ["Orrin Foods", "Baylin Dairy"],
        ),
        # Whom the strikers work for, told by a participle or a relative clause.
        (
            "Bus drivers employed by Tarrant Coachways took industrial action in April.",
            ["Bus drivers"],
            ["Tarrant Coachways"],
        ),
        (
            "Lab technicians working at Pellew Diagnostics staged a walkout.",
            ["Lab technicians"],
            ["Pellew Diagnostics"],
        ),
        (
            "Cooks who work for Marrow Catering walked out on Friday.",
            ["Cooks"],
            ["Marrow Catering"],
        ),
    ],
)
def test_strike_forms(text: str, strikers: list[str], against: list[str], ruleset: Any) -> None:
    fields = fields_of(text, "strike", ruleset)
    assert fields["strikers"] == strikers
    assert fields["against"] == against


def test_a_short_form_names_the_union_it_abbreviates(ruleset: Any) -> None:
    text = (
        "The International Guild of Glassblowers (IGG) called a strike at Lumen Glassworks. "
        "The IGG said the walkout would last a week."
    )
    fields = fields_of(text, "strike", ruleset)
    assert fields["strikers"] == ["International Guild of Glassblowers"]
    assert fields["against"] == ["Lumen Glassworks"]


def test_the_union_is_the_one_named_before(ruleset: Any) -> None:
    text = (
        "The Brotherhood of Kiln Operators has 4,000 members. "
        "Last spring the union pulled its members out of Varga Ceramics."
    )
    fields = fields_of(text, "strike", ruleset)
    assert fields["strikers"] == ["Brotherhood of Kiln Operators"]
    assert fields["against"] == ["Varga Ceramics"]


def test_joining_another_union_does_not_strike_it(ruleset: Any) -> None:
    fields = fields_of(
        "Lift engineers downed tools on 3 May, joining the Tram Crews Union.", "strike", ruleset
    )
    assert fields["against"] == []
    assert fields["month"] == 5


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # A title runs past "of" into its field, keeps its level, and may end in any
        # occupation, listed or told by its ending.
        ("Tollgate Analytics is hiring a Head of Product.", {"title": "Head of Product"}),
        ("Marrow Health is looking for a Chief of Staff.", {"title": "Chief of Staff"}),
        (
            "Brindle Labs is recruiting a Software Engineer II in Austin.",
            {"title": "Software Engineer II", "level": "II", "employer": "Brindle Labs"},
        ),
        (
            "Juniper Cloud wants a Sr. ML Engineer, L5, for its ranking team.",
            {"title": "Sr. ML Engineer", "level": "L5"},
        ),
        (
            "The Ministry of Tides is hiring a senior policy adviser at Grade 7 in Cardiff.",
            {"title": "senior policy adviser", "level": "Grade 7", "employer": "Ministry of Tides"},
        ),
        (
            "Vellum Press is hiring a Director of Research & Development.",
            {"title": "Director of Research & Development"},
        ),
        ("The Ferrow Bistro is hiring a sommelier for its wine bar.", {"title": "sommelier"}),
        ("Calder & Finch is seeking a paralegal.", {"title": "paralegal"}),
        # Plurals with no article, and "X jobs".
        (
            "Ostrava County is recruiting firefighters for its northern stations.",
            {"title": "firefighter", "employer": "Ostrava County"},
        ),
        (
            "Pinecrest Freight, which runs 40 depots, is also recruiting overnight forklift "
            "operators.",
            {"title": "overnight forklift operator", "employer": "Pinecrest Freight"},
        ),
        (
            "Halverton Mills is advertising loom technician jobs at its Leeds site.",
            {"title": "loom technician"},
        ),
        # The fewest words ending in a role would stop at "staff"; the title runs on.
        ("Corvin Data is hiring a staff platform engineer.", {"title": "staff platform engineer"}),
        # The owner of a site is the employer.
        (
            "Quarry Bank's Eastfield branch is looking for a mortgage underwriter.",
            {"title": "mortgage underwriter", "employer": "Quarry Bank"},
        ),
        # Titles held by people.
        (
            "Norwick Rail's chief executive, Marta Lind, earned £410,000 last year.",
            {"title": "chief executive", "employer": "Norwick Rail", "person": "Marta Lind"},
        ),
        (
            "Ines Moreau, general secretary of the Bookbinders Guild, said talks had failed.",
            {"title": "general secretary", "employer": "Bookbinders Guild"},
        ),
        # The holder of a title is never its employer.
        (
            "Tove Brandt, the treasurer, resigned on Monday.",
            {"title": "treasurer", "person": "Tove Brandt", "employer": None},
        ),
        # A capitalised "of" part names the employer when the title heads a whole
        # organisation, or the name is an organisation by its form; otherwise it is the
        # title's department.
        (
            "Sabine Oyelaran, the managing director of Tarn Ceramics, said orders had slowed.",
            {"title": "managing director", "employer": "Tarn Ceramics"},
        ),
        (
            "Sabine Oyelaran, interim chief financial officer of Tarn Ceramics, left in March.",
            {"title": "interim chief financial officer", "employer": "Tarn Ceramics"},
        ),
        (
            "Sabine Oyelaran, head of logistics of Wexby Haulage Ltd, said lorries sat idle.",
            {"title": "head of logistics", "employer": "Wexby Haulage Ltd"},
        ),
        (
            "Sabine Oyelaran, director of Wexby Haulage Ltd, said lorries sat idle.",
            {"title": "director", "employer": "Wexby Haulage Ltd"},
        ),
        (
            "Sabine Oyelaran, the Director of Clinical Studies, said the trial would resume.",
            {"title": "Director of Clinical Studies", "employer": None},
        ),
        (
            "Sabine Oyelaran, Vice President of Engineering at Tarn Ceramics, left in March.",
            {"title": "Vice President of Engineering", "employer": "Tarn Ceramics"},
        ),
        # A head's field in small letters may run to three words.
        (
            "Kessel Post's head of delivery operations, Ravi Pillai, told us the trial starts.",
            {"title": "head of delivery operations", "person": "Ravi Pillai"},
        ),
        (
            "Juno Mbeki, Orrin Freight's head of human resources, denied the claim.",
            {"title": "head of human resources", "employer": "Orrin Freight"},
        ),
        # A title in small letters right before the name, no comma between; it never
        # runs on past the name to a later role word ("told staff").
        (
            "Speaking at the gate, Orvane's head of logistics Mira Tallis said it would stay.",
            {"title": "head of logistics", "employer": "Orvane", "person": "Mira Tallis"},
        ),
        (
            "Halden Post's depot manager Aino Salo told staff the site would close.",
            {"title": "depot manager", "employer": "Halden Post", "person": "Aino Salo"},
        ),
        # A field after "for" follows a title held by a person.
        (
            '"No deal," said Petra Lund, Unite\'s regional organiser for the care sector, later.',
            {"title": "regional organiser", "employer": "Unite", "person": "Petra Lund"},
        ),
        (
            "Bram Oduya, the GMB's senior officer for school support staff, said pay lagged.",
            {"title": "senior officer", "employer": "GMB", "person": "Bram Oduya"},
        ),
        # A surname with a capital inside is a person's name all the same.
        (
            "Orla MacLeod, Tessel Bank's head of risk, said the figures were sound.",
            {"title": "head of risk", "person": "Orla MacLeod"},
        ),
        (
            "\"A fair offer,\" said Sean O'Brien, the firm's chief executive, on Monday.",
            {"title": "chief executive", "person": "Sean O'Brien"},
        ),
        (
            "Greta McNair, the GMB's senior organiser for the care sector, said pay lagged.",
            {"title": "senior organiser", "employer": "GMB", "person": "Greta McNair"},
        ),
        # A region after the title, in capitals, is no part of it.
        (
            "Tarrant Air's regional director for the Baltic States, Lina Vaitkus, said so.",
            {"title": "regional director", "employer": "Tarrant Air", "person": "Lina Vaitkus"},
        ),
        # A title told in a relative clause after the name.
        (
            "Ruth Amadi, who serves as Corrin Haulage's fleet manager, said trucks sat idle.",
            {"title": "fleet manager", "employer": "Corrin Haulage", "person": "Ruth Amadi"},
        ),
        (
            "Ola Berg, who was the treasurer of the Kiln Workers Guild until May, resigned.",
            {"title": "treasurer", "employer": "Kiln Workers Guild", "person": "Ola Berg"},
        ),
        # What others believe of the employer may stand before the hiring verb.
        (
            "Marrow Health is reported to be seeking a Head of Clinical Safety.",
            {"title": "Head of Clinical Safety", "employer": "Marrow Health"},
        ),
        # An ad among several ("a second", "another") seeks a title.
        (
            "A second listing from Ferran Dairies seeks a Herd Manager for its Kelso farm.",
            {"title": "Herd Manager", "employer": "Ferran Dairies"},
        ),
        # An appointment that names nobody still names the title.
        (
            "Ostrava County has now appointed an acting Chief Fire Officer after the review.",
            {"title": "Chief Fire Officer", "employer": "Ostrava County"},
        ),
    ],
)
def test_job_title_forms(text: str, expected: dict[str, Any], ruleset: Any) -> None:
    fields = fields_of(text, "job_title", ruleset)
    for key, value in expected.items():
        assert fields.get(key) == value, (key, fields)


@pytest.mark.parametrize(
    "text",
    ["Sellwood Foods is hiring again.", "Sellwood Foods is looking for a number of reasons."],
)
def test_no_title_without_an_occupation(text: str, ruleset: Any) -> None:
    claims = extract_claims(parse_article(text, "draft.txt"), ruleset)
    assert not [c for c in claims if c.type == "job_title"]


def test_an_organisation_named_before_is_the_employer_after_of(ruleset: Any) -> None:
    # "director of Pellmore Optics" heads no whole organisation by its words, but the
    # article has named Pellmore Optics as one.
    text = (
        "Pellmore Optics grinds lenses for telescopes in Aberdeen. "
        "Ruth Okafor, director of Pellmore Optics, said the order book was full."
    )
    fields = fields_of(text, "job_title", ruleset)
    assert (fields["title"], fields["employer"]) == ("director", "Pellmore Optics")


def test_the_unions_officer_belongs_to_the_union_named_before(ruleset: Any) -> None:
    text = (
        "The Bookbinders Guild balloted 3,000 members. "
        "The guild's general secretary, Ines Moreau, said talks had failed."
    )
    fields = fields_of(text, "job_title", ruleset)
    assert fields["employer"] == "Bookbinders Guild"
    assert fields["person"] == "Ines Moreau"


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "The partners at Hollin Law are paid two hundred and fifty thousand dollars a year.",
            {"min": 250000, "max": 250000, "currency": "USD", "period": "year"},
        ),
        ("In Munich the post pays 85.000 euros.", {"min": 85000, "currency": "EUR"}),
        (
            "Couriers in Recife earn R$3,500 a month.",
            {"min": 3500, "currency": "BRL", "period": "month"},
        ),
        ("The new contract pays welders €1.234,56 a week.", {"min": 1234.56, "period": "week"}),
        ("The listing gives a salary band of $120K-$150K.", {"min": 120000, "max": 150000}),
        (
            "Pay for the role tops out at $41 an hour.",
            {"min": None, "max": 41, "kind": "up_to", "period": "hour"},
        ),
        (
            "A senior partner can make as much as a quarter of a million dollars.",
            {"min": None, "max": 250000},
        ),
        (
            "The team lead earns between fifty and sixty thousand pounds a year.",
            {"min": 50000, "max": 60000, "currency": "GBP"},
        ),
        (
            "The yearly bonus target is 9 percent of base salary.",
            {"min": 9, "max": 9, "currency": "%"},
        ),
    ],
)
def test_money_forms(text: str, expected: dict[str, Any], ruleset: Any) -> None:
    fields = fields_of(text, "salary", ruleset)
    for key, value in expected.items():
        assert fields.get(key) == value, (key, fields)


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "Its chief was paid $9 million, more than 140 times the $64,000 earned by a clerk.",
            {"relation": "ratio_at_least", "ratio": 140, "right": "the $64,000 earned by a clerk"},
        ),
        (
            "A harbour pilot earns about twice as much as a deckhand.",
            {"relation": "ratio_about", "ratio": 2, "left": "A harbour pilot"},
        ),
        (
            "A year at that rate comes to less than a third of a ward sister's pay.",
            {"relation": "ratio_at_most", "ratio": 0.3333},
        ),
        (
            "The women on the line earned about three-quarters of what the men earned.",
            {"relation": "ratio_about", "ratio": 0.75},
        ),
        ("Pay at the depot is 35% lower than the regional median.", {"ratio": 0.65}),
        (
            "The tutors' median wage is roughly equal to the regional average.",
            {"relation": "equal", "ratio": 1, "right": "the regional average"},
        ),
        (
            "A senior tutor earns about the same as a junior surgeon, the survey found.",
            {"relation": "equal", "left": "A senior tutor"},
        ),
        (
            "The lockout lasted half again as long as the one before it.",
            {"relation": "ratio_about", "ratio": 1.5},
        ),
        (
            "The stipend is one and a half times the local minimum wage.",
            {"ratio": 1.5, "right": "the local minimum wage"},
        ),
        ("Harbour pilots out-earn ship captains.", {"relation": "greater"}),
        (
            "Ostler's offer falls well short of Brannock's average starting pay.",
            {"relation": "less", "right": "Brannock's average starting pay"},
        ),
    ],
)
def test_comparison_forms(text: str, expected: dict[str, Any], ruleset: Any) -> None:
    fields = fields_of(text, "comparison", ruleset)
    for key, value in expected.items():
        assert fields.get(key) == value, (key, fields)


@pytest.mark.parametrize(
    "text",
    ["More than half of the porters voted to strike.", "The crews rotate four times a week."],
)
def test_no_comparison_in_counts_or_frequencies(text: str, ruleset: Any) -> None:
    claims = extract_claims(parse_article(text, "draft.txt"), ruleset)
    assert not [c for c in claims if c.type == "comparison"]


def test_a_name_with_a_listed_complement_is_one_name(ruleset: Any) -> None:
    text = "The Ministry for Roads, Rail and Rivers is hiring a bridge inspector."
    assert fields_of(text, "job_title", ruleset)["employer"] == (
        "Ministry for Roads, Rail and Rivers"
    )
    # Names listed with no for/of complement stay apart.
    text = "Arden Mills, Bex Dairy and Corva Foods are hiring drivers."
    assert "Arden Mills" not in fields_of(text, "job_title", ruleset)["employer"]


def test_an_appositive_names_the_company_and_is_no_person(ruleset: Any) -> None:
    text = "Consider Ravelkin, an AI translation company, which is hiring a localisation lead."
    assert fields_of(text, "job_title", ruleset)["employer"] == "Ravelkin"
    claims = extract_claims(
        parse_article("Torvald Mutual, a Danish insurer, posted a loss.", "d.txt"), ruleset
    )
    assert not [c for c in claims if c.type == "job_title"]


def test_what_a_person_leads_is_their_title(ruleset: Any) -> None:
    text = (
        "The Glass Cutters Guild met in Leeds.\n\n"
        "Ivo Marsh, who chairs the guild's Lodge 3, said talks were over.\n"
    )
    fields = fields_of(text, "job_title", ruleset)
    assert fields["title"] == "chair of Lodge 3"
    assert fields["employer"] == "Glass Cutters Guild"
    assert fields["person"] == "Ivo Marsh"
    assert fields["resolved"] == ["employer"]


@pytest.mark.parametrize(
    ("text", "against", "excluded"),
    [
        ("Dockers walked out at every quay excluding Varn Pier.", [], ["Varn Pier"]),
        (
            "The Kiln Workers Union struck Arlo Glass and Vitra Works, but not Brenner Glass.",
            ["Arlo Glass", "Vitra Works"],
            ["Brenner Glass"],
        ),
        (
            "The Loom Tuners Union struck Harrow Mills but spared Corvo Looms.",
            ["Harrow Mills"],
            ["Corvo Looms"],
        ),
        # An exception in a later clause is not the strike's.
        (
            "Nurses struck Eastgate Hospital on Monday, and no one except Ivo Hale stayed in.",
            ["Eastgate Hospital"],
            None,
        ),
    ],
)
def test_a_strike_names_whom_it_spared(
    text: str, against: list[str], excluded: list[str] | None, ruleset: Any
) -> None:
    fields = fields_of(text, "strike", ruleset)
    assert fields["against"] == against
    assert fields.get("excluded") == excluded


def test_places_in_a_strikes_parties_are_where_not_who(ruleset: Any) -> None:
    fields = fields_of(
        "Porters in North Wales and Ireland struck Varga Freight.", "strike", ruleset
    )
    assert fields["strikers"] == ["Porters"]
    assert fields["against"] == ["Varga Freight"]
    assert fields["where"] == ["North Wales", "Ireland"]
    assert "where" not in fields_of("Welders struck Pell & Sons.", "strike", ruleset)
