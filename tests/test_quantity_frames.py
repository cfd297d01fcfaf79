"""A figure conflicts only with a figure of the same quantity: the words framing each one
(the verb or noun before it, the noun after it) say whether it is a valuation, money
raised, revenue, a profit, a fine, staff hired or cut. The pages are written for these
tests."""

from __future__ import annotations

import pytest
from judging import run, verdict

from factcheck.evidence.frames import frame_kinds
from factcheck.rulepacks.ruleset import RuleSet

URL = "http://tallow.test/news/briefs"


def _labels(draft: str, page: str, ruleset: RuleSet) -> dict[str, str]:
    claims = run(draft, {URL: page}, ruleset)
    return {c.claim.text: c.verdict.label for c in claims if c.claim.type == "quantity"}


def test_a_valuation_is_not_refuted_by_money_raised(ruleset: RuleSet) -> None:
    draft = (
        "# Startups\n\nLinden Analytics, a Leeds maker of grid-sensing software, is valued at "
        f"about US$240 million ([announcement]({URL})).\n"
    )
    raised = (
        "<h1>Linden Analytics closes Series B</h1><p>Leeds-based Linden Analytics, which makes "
        "grid-sensing software, has raised US$45 million in a Series B round led by Harbour "
        "Ventures.</p>"
    )
    valued = (
        "<h1>Linden Analytics closes Series B</h1><p>Leeds-based Linden Analytics, which makes "
        "grid-sensing software, closed a round that values the business at US$310 million.</p>"
    )
    assert _labels(draft, raised, ruleset)["about US$240 million"] != "contradicted"
    assert _labels(draft, valued, ruleset)["about US$240 million"] == "contradicted"


def test_revenue_and_spending_are_not_refuted_by_a_profit_or_a_valuation(
    ruleset: RuleSet,
) -> None:
    draft = (
        "# Bikes\n\nHarlow Bikes, the Bristol bicycle maker, reported revenue of £85 million in "
        f"2024 ([results]({URL})).\n\nThe Bristol bicycle maker Harlow Bikes spent £14 million "
        "on its new plant in 2024.\n"
    )
    page = (
        "<h1>Harlow Bikes results</h1><p>Harlow Bikes, the Bristol bicycle maker, reported a "
        "profit of £9 million in 2024.</p><p>The Bristol bicycle maker Harlow Bikes is now "
        "valued at £300 million after its 2024 results.</p>"
    )
    labels = _labels(draft, page, ruleset)
    assert labels["£85 million"] == "unverified"
    assert labels["£14 million"] == "unverified"


def test_an_event_is_refuted_only_by_the_same_event(ruleset: RuleSet) -> None:
    draft = (
        f"# Jobs\n\nQuarry Foods plans to hire 60 engineers in Porto this year ([r]({URL})).\n\n"
        "Maple Freight will cut 120 jobs at its depot in Derby.\n\n"
        "Osterby Telecom was fined €30 million by the regulator.\n"
    )
    states = (
        "<h1>Business briefs</h1><p>Quarry Foods, which makes frozen meals, already employs 600 "
        "engineers in Porto this year.</p><p>Maple Freight has 1,200 jobs at its depot in "
        "Derby.</p><p>Osterby Telecom, which the regulator oversees, had revenue of €900 "
        "million.</p>"
    )
    events = (
        "<h1>Business briefs</h1><p>Quarry Foods, which makes frozen meals, said it plans to "
        "hire 45 engineers in Porto this year.</p><p>Maple Freight said it would cut 80 jobs at "
        "its depot in Derby.</p><p>On Tuesday Osterby Telecom was fined €12 million by the "
        "regulator for overcharging customers.</p>"
    )
    assert set(_labels(draft, states, ruleset).values()) == {"unverified"}
    assert _labels(draft, events, ruleset) == {
        "60 engineers": "contradicted",
        "120 jobs": "contradicted",
        "€30 million": "contradicted",
    }


def test_the_same_figure_of_the_same_quantity_still_supports(ruleset: RuleSet) -> None:
    draft = f"# Funds\n\nCobalt Mills raised €8 million in a seed round ([r]({URL})).\n"
    page = "<p>Textile start-up Cobalt Mills has raised €8 million in seed funding.</p>"
    claims = run(draft, {URL: page}, ruleset)
    assert verdict(claims, "quantity", "Cobalt").verdict.label == "supported"


def test_two_figures_in_one_clause_each_keep_their_own_frame(ruleset: RuleSet) -> None:
    draft = (
        "# Startups\n\nOrvell Maps, a Turku mapping start-up, is valued at about €150 million "
        f"([r]({URL})).\n"
    )
    page = (
        "<h1>Funding news</h1><p>Turku mapping start-up Orvell Maps has raised €30 million at a "
        "valuation of €210 million.</p>"
    )
    claims = run(draft, {URL: page}, ruleset)
    found = verdict(claims, "quantity", "Orvell").verdict
    assert found.label == "contradicted"
    assert "210,000,000" in found.rationale
    assert "30,000,000" not in found.rationale


def test_an_event_refutes_no_figure_framed_as_nothing(ruleset: RuleSet) -> None:
    draft = (
        f"# Firms\n\nVantel Shoes, a $500 million company, makes trainers in Porto ([r]({URL})).\n"
    )
    raised = "<p>Vantel Shoes, which makes trainers in Porto, raised $80 million this spring.</p>"
    assert _labels(draft, raised, ruleset)["$500 million"] == "unverified"


def test_strikers_are_no_count_of_members(ruleset: RuleSet) -> None:
    draft = (
        "# Strike\n\nThe Quayside Riggers' Guild, which represents 9,000 workers at Ellbay, "
        f"called the strike ([r]({URL})).\n\nAbout 4,000 workers at Ellbay walked out on "
        "Tuesday, the Quayside Riggers' Guild said.\n"
    )
    page = (
        "<h1>Ellbay strike</h1><p>About 2,500 workers at Ellbay walked out on Tuesday, the "
        "Quayside Riggers' Guild said.</p>"
    )
    labels = _labels(draft, page, ruleset)
    assert labels["9,000 workers"] == "unverified"
    assert labels["About 4,000 workers"] == "contradicted"


def test_how_many_took_part_is_not_how_many_it_has(ruleset: RuleSet) -> None:
    # A count of those who joined an action is not a fleet or a membership; a count of
    # what it has is refuted by another count of what it has.
    draft = (
        "# Scooters\n\nVelta, which says it has about 9,000 scooter riders in Porto, faced "
        f"a one-day stoppage by riders ([report]({URL})).\n"
    )
    took_part = (
        "<h1>Velta riders stop work in Porto</h1><p>Velta said that fewer than 700 scooter "
        "riders had logged off during the one-day stoppage in Porto.</p>"
    )
    fleet = (
        "<h1>Velta riders stop work in Porto</h1><p>Velta, which has 4,000 scooter riders in "
        "Porto, faced a one-day stoppage.</p>"
    )
    assert _labels(draft, took_part, ruleset)["about 9,000 scooter riders"] == "unverified"
    assert _labels(draft, fleet, ruleset)["about 9,000 scooter riders"] == "contradicted"


def test_a_shortfall_is_no_count_of_the_staff_there_are(ruleset: RuleSet) -> None:
    # What is lacking (a shortage, a shortfall, "will be short of") is refuted only by
    # another figure of what is lacking, never by how many there are.
    draft = (
        "# Buses\n\nRegional operators expect to be short of 4,000 drivers by 2032 "
        f"([r]({URL})).\n\nThe shortfall of 900 mechanics is already slowing repairs.\n\n"
        "Depots report a shortage of about 250 inspectors this winter.\n"
    )
    staff = (
        "<h1>Bus operators</h1><p>Regional operators employ around 61,000 drivers.</p>"
        "<p>Repairs are slowing even though operators have 7,400 mechanics.</p>"
        "<p>Depots report about 1,100 inspectors on their rolls this winter.</p>"
    )
    lacking = (
        "<h1>Bus operators</h1><p>Regional operators expect a shortfall of 2,500 drivers "
        "by 2032.</p><p>Operators say they are short of 300 mechanics, which is already "
        "slowing repairs.</p>"
    )
    assert set(_labels(draft, staff, ruleset).values()) == {"unverified"}
    labels = _labels(draft, lacking, ruleset)
    assert labels["4,000 drivers"] == "contradicted"
    assert labels["900 mechanics"] == "contradicted"


def test_a_gathering_is_no_count_of_all_there_are(ruleset: RuleSet) -> None:
    # Those who came to a rally are counted only by another count of those who came;
    # "more than 900" is met by any larger figure, so a workforce must not back it.
    draft = (
        f"# Port\n\nMore than 900 porters attended a rally at Wexmoor docks ([r]({URL})).\n\n"
        "About 2,000 porters marched through Wexmoor on Saturday.\n"
    )
    workforce = (
        "<h1>Wexmoor docks</h1><p>Wexmoor docks employ some 6,000 porters.</p>"
        "<p>Wexmoor has about 5,200 porters on its port register this Saturday.</p>"
    )
    rally = (
        "<h1>Wexmoor docks</h1><p>About 1,400 porters took part in the rally at Wexmoor docks.</p>"
    )
    march = "<h1>Wexmoor docks</h1><p>Police said 700 porters marched through Wexmoor.</p>"
    assert set(_labels(draft, workforce, ruleset).values()) == {"unverified"}
    assert _labels(draft, rally, ruleset)["More than 900 porters"] == "supported"
    assert _labels(draft, march, ruleset)["About 2,000 porters"] == "contradicted"


@pytest.mark.parametrize(
    ("sentence", "match", "kind"),
    [
        ("Stewards put the crowd at 2,300.", "put the crowd at 2,300", "frame_gathering"),
        (
            "Organisers reckoned the turnout at about 4,100 nurses.",
            "turnout at about 4,100",
            "frame_gathering",
        ),
        ("Later the firm said it would shed 75 posts.", "would shed 75 posts", "frame_cuts"),
        ("The group raised £3m in a seed round.", "raised £3m", "frame_funding"),
    ],
)
def test_a_match_holding_its_frame_is_read_from_its_figure(
    sentence: str, match: str, kind: str, ruleset: RuleSet
) -> None:
    # A rule's match may begin with the words that frame its figure: they are still the
    # words before the figure.
    start = sentence.index(match)
    assert kind in frame_kinds(sentence, start, start + len(match), ruleset.knowledge)


@pytest.mark.parametrize(
    ("claim", "page", "text", "label"),
    [
        (
            "The union put the turnout at more than 400",
            "Some 450 union members at the Keld Lane depot on the Moorside estate downed "
            "tools on Friday.",
            "put the turnout at more than 400",
            "supported",
        ),
        (
            "More than 600 nurses joined the march, organisers said",
            "On Tuesday about 750 nurses from the three city hospitals, many in uniform, walked "
            "through the centre.",
            "More than 600 nurses",
            "supported",
        ),
        (
            "Management insisted that fewer than 200 loaders had taken part",
            "By the depot's gate logs, 310 loaders, from a workforce near 900, took part in "
            "the walkout.",
            "fewer than 200 loaders",
            "contradicted",
        ),
    ],
)
def test_a_turnout_is_met_by_strikers_told_far_from_their_figure(
    claim: str, page: str, text: str, label: str, ruleset: RuleSet
) -> None:
    # A strike's turnout counts its strikers; the words of the strike or the march often
    # stand far from the figure, and a count of them is still the same people.
    draft = f"# Depot\n\n{claim} ([r]({URL})).\n"
    assert _labels(draft, f"<h1>Stoppage</h1><p>{page}</p>", ruleset)[text] == label


@pytest.mark.parametrize(
    ("claim", "page", "text", "label"),
    [
        # Two kinds of one word's people are two groups: neither count refutes the other.
        (
            "In a busy season the vineyard takes on about 240 casual pickers",
            "Around 90 migrant pickers lodged at the vineyard's hostel kept working.",
            "about 240 casual pickers",
            "unverified",
        ),
        (
            "The hospital employs 1,300 agency nurses",
            "Some 410 theatre nurses at the hospital signed the letter.",
            "1,300 agency nurses",
            "unverified",
        ),
        # The same kind named by both, or by only one, is still one count.
        (
            "The hospital employs 1,300 agency nurses",
            "The hospital employs some 800 agency nurses.",
            "1,300 agency nurses",
            "contradicted",
        ),
        # A count of the whole country is refuted only by one of the whole country.
        (
            "Some 2.1 million people work in farming nationwide",
            "About 350 farm workers at the Dellow estate stopped work on Monday.",
            "Some 2.1 million people",
            "unverified",
        ),
        (
            "Across the country, 2.1 million people work in farming",
            "About 350 people employed by the Dellow farm estate stopped work on Monday.",
            "2.1 million people",
            "unverified",
        ),
        (
            "Some 2.1 million people work in farming nationwide",
            "Across the country about 1.6 million people work in farming.",
            "Some 2.1 million people",
            "contradicted",
        ),
        # A whole industry, or a country's things by its name, its people's or "the
        # country's", is not refuted by one firm's count.
        (
            "Portugal's canneries employ about 9,500 people",
            "The group employs about 1,200 people at its two plants.",
            "about 9,500 people",
            "unverified",
        ),
        (
            "Danish abattoirs employ some 14,000 workers",
            "Holmvik Foods employs some 2,300 workers at its three sites.",
            "some 14,000 workers",
            "unverified",
        ),
        (
            "The country's private hospitals employ 82,000 nurses",
            "The hospital employs 2,100 nurses across its wards.",
            "82,000 nurses",
            "unverified",
        ),
        (
            "The sector employs roughly 60,000 people in all",
            "The company employs roughly 4,000 people.",
            "roughly 60,000 people",
            "unverified",
        ),
        (
            "Portugal's canneries employ about 9,500 people",
            "Portugal's canneries employ about 6,000 people, the association says.",
            "about 9,500 people",
            "contradicted",
        ),
    ],
)
def test_counts_of_other_groups_or_scopes_do_not_refute(
    claim: str, page: str, text: str, label: str, ruleset: RuleSet
) -> None:
    draft = f"# Counts\n\n{claim} ([r]({URL})).\n"
    assert _labels(draft, f"<h1>Report</h1><p>{page}</p>", ruleset)[text] == label


@pytest.mark.parametrize(
    "pledge",
    [
        "Organisers said some 1,300 riders had pledged to stay offline through Sunday.",
        "The riders' group said about 1,300 riders vowed to log off for two days.",
        "About 1,300 riders stayed offline on Friday, the riders' group said.",
    ],
)
def test_how_many_pledged_to_log_off_is_not_how_many_it_has(pledge: str, ruleset: RuleSet) -> None:
    # Those who pledged or vowed to take part, or stayed offline, are a count of an
    # action, not of the riders a platform has.
    draft = (
        "# Scooters\n\nVelta has about 9,000 active riders in Porto, according to "
        f"people who know its numbers ([report]({URL})).\n"
    )
    page = f"<h1>Velta riders log off in Porto</h1><p>{pledge}</p>"
    labels = _labels(draft, page, ruleset)
    assert labels == {"about 9,000 active riders": "unverified"}, labels


@pytest.mark.parametrize(
    ("claim", "page", "text", "label"),
    [
        # A hiring told by wanting, needing or seeking is the hiring a posting tells.
        (
            "Brannock Rail wants 35 signal technicians this spring",
            "Brannock Rail is recruiting 20 signal technicians for its northern depots.",
            "35 signal technicians",
            "contradicted",
        ),
        (
            "Brannock Rail is looking for 35 signal technicians",
            "Brannock Rail is hiring 20 signal technicians to join its northern depots.",
            "35 signal technicians",
            "contradicted",
        ),
        (
            "Brannock Rail needs 20 signal technicians for the upgrade",
            "Brannock Rail is recruiting 20 signal technicians for its northern depots.",
            "20 signal technicians",
            "supported",
        ),
        # Dismissals told by the letters or notices that make them are a cut.
        (
            "The operator sacked 40 ground handlers",
            "The operator sent dismissal letters to 28 ground handlers on Friday.",
            "40 ground handlers",
            "contradicted",
        ),
        (
            "The operator fired 40 ground handlers",
            "Termination notices went to 28 ground handlers, the operator confirmed.",
            "40 ground handlers",
            "contradicted",
        ),
    ],
)
def test_hiring_and_cuts_told_in_other_words(
    claim: str, page: str, text: str, label: str, ruleset: RuleSet
) -> None:
    draft = f"# Staffing\n\n{claim} ([r]({URL})).\n"
    assert _labels(draft, f"<h1>Staffing news</h1><p>{page}</p>", ruleset)[text] == label


def test_places_shut_are_refuted_only_by_places_shut(ruleset: RuleSet) -> None:
    # Shops, plants or schools closed are an event: a count of those inspected, opened or
    # owned is no count of those shut, nor the other way about.
    draft = (
        f"# Bakeries\n\nHealth officers inspected more than 800 bakeries in March ([r]({URL})).\n\n"
        "The chain shut 45 bakeries across Galicia in March.\n"
    )
    shut = (
        "<h1>Bakeries</h1><p>Amid the flour dispute, the chain closed about 60 bakeries "
        "across Galicia in March.</p>"
    )
    inspected = (
        "<h1>Bakeries</h1><p>In March health officers inspected 420 bakeries across Galicia.</p>"
    )
    labels = _labels(draft, shut, ruleset)
    assert labels["more than 800 bakeries"] == "unverified"
    assert labels["45 bakeries"] == "contradicted"
    assert _labels(draft, inspected, ruleset)["more than 800 bakeries"] == "contradicted"


FLOOR_PAGE = (
    "<h1>Dock guild calls 24-hour strike</h1><p>The Tallow Dock Guild, with more than 12,000 "
    "members in 20 ports, called a 24-hour strike at Marrow Quay on Friday.</p>"
)


@pytest.mark.parametrize(
    ("figure", "label"),
    [
        # A floor is written just under the count: it tells no count far above it.
        ("some 20,000 members", "unverified"),
        ("more than 30,000 members", "unverified"),
        # A count just over the floor is what it tells.
        ("some 13,000 members", "supported"),
        ("more than 12,000 members", "supported"),
    ],
)
def test_a_floor_backs_only_a_count_near_it(figure: str, label: str, ruleset: RuleSet) -> None:
    draft = (
        "# Docks\n\nThe Tallow Dock Guild, which says it speaks for "
        f"{figure}, struck at Marrow Quay on Friday ([report]({URL})).\n"
    )
    assert _labels(draft, FLOOR_PAGE, ruleset) == {figure: label}


@pytest.mark.parametrize(
    ("claim", "label"),
    [
        # The turnout beside the yes vote is no second reading of the yes vote.
        ("The porters backed the deal, with 71% voting in favour", "contradicted"),
        ("The porters approved the offer: 71 per cent voted to accept it", "contradicted"),
        ("The ballot drew a turnout of 71%", "supported"),
        # Neither share named as the turnout: which is the yes vote stays in doubt.
        ("The porters backed the deal, with 66% voting in favour", "supported"),
    ],
)
def test_a_yes_vote_is_not_borne_out_by_the_turnout(
    claim: str, label: str, ruleset: RuleSet
) -> None:
    page = (
        "<h1>Porters' ballot</h1><p>When the count ended on Monday, 66% of those voting "
        "backed the deal, on a turnout of 71%.</p>"
    )
    labels = _labels(f"# Porters\n\n{claim} ([r]({URL})).\n", page, ruleset)
    shares = {text: got for text, got in labels.items() if "71" in text or "66" in text}
    assert set(shares.values()) == {label}, labels


@pytest.mark.parametrize(
    "page",
    [
        # A count larger than the whole the claim's part is of counts something else.
        "The dockers' union has about 12,000 members across the region.",
        "Around 9,500 people work in the port district.",
    ],
)
def test_a_part_is_not_refuted_by_more_than_its_whole(page: str, ruleset: RuleSet) -> None:
    claim = "About 60 of the 400 people who work at the quay are agency staff"
    labels = _labels(f"# Quay\n\n{claim} ([r]({URL})).\n", f"<h1>Quay</h1><p>{page}</p>", ruleset)
    assert labels.get("About 60") != "contradicted", labels
