"""The seed article's hand-written evidence snapshot: it loads with VCR.py, every page is
served over httpx from it, and every page extracts to the story it tells (golden checks)."""

from __future__ import annotations

from pathlib import Path

import httpx
import pytest
import vcr
import yaml

from factcheck.sources.pages import extract_page

ROOT = Path(__file__).resolve().parent.parent
CASSETTE = ROOT / "cassettes" / "netflix-ai-hiring.yaml"
SOURCES = ROOT / "seeds" / "netflix-ai-hiring.sources.txt"

# The page snapshot; the MediaWiki API answers (search) are tested in tests/search.
INTERACTIONS = [
    i
    for i in yaml.safe_load(CASSETTE.read_text(encoding="utf-8"))["interactions"]
    if "/w/api.php" not in i["request"]["uri"]
]
URIS = [interaction["request"]["uri"] for interaction in INTERACTIONS]

# A part of the page's URI -> (title, published, text that must appear in its blocks)
EXPECTED: dict[str, tuple[str, str | None, tuple[str, ...]]] = {
    "theintercept.com/": (
        "Studios Recruit AI Talent as Striking Actors Warn About Digital Doubles",
        "2023-07-25",
        (
            "Ken Klippenstein",
            "35 actors and their families",
            '"just ghoulish."',
            '"overall market range for roles in this area of Netflix."',
            "between $300,000 and $900,000",
            "Realeyes",
        ),
    ),
    "metro.co.uk/": (
        "Netflix under fire for advertising AI job worth up to $900,000 during Hollywood strikes",
        "2023-07-26",
        (
            "first picked up by The Intercept on Tuesday",
            "dwarfs what the vast majority of working actors make",
            "first time since 1960",
            "typically runs from $300,000 to $900,000",
        ),
    ),
    "independent.co.uk/": (
        "Netflix advertises AI role paying up to $900,000 as Hollywood actors and writers strike",
        "2023-07-27",
        (
            "Inga Parkel",
            '"Product Manager - Machine Learning Platform"',
            "a salary range of $300,000 to $900,000 a year",
            "The position carries no direct reports.",
            "Running user education for the platform",
        ),
    ),
    "wtxl.com/": (
        "Netflix draws criticism for AI job paying as much as $900K during Hollywood strikes",
        "2023-07-27",
        (
            '"Product Manager - Machine Learning Platform."',
            "Los Gatos, California",
            "remotely from the West Coast",
            "roughly 87% of its members make less than $26,000 a year",
            "more than 30 times",
            '"pleading poverty"',
        ),
    ),
    "hngn.com/": (
        "Netflix Offers Up to $900,000 for AI Product Manager as SAG-AFTRA Strike Continues",
        "2023-07-26",
        (
            '"Product Manager – Machine Learning Platform,"',
            "technical director for generative AI at its games studio, a position paying up to "
            "$650,000",
            "roughly $200 for a day",
        ),
    ),
    "newser.com/": (
        "With Hollywood on Strike, Netflix Dangles $900K for an AI Manager",
        "2023-07-27",
        (
            "about 87% of SAG-AFTRA's actors earn less than $26,000 a year",
            "many times over",
            "$650,000",
            '"existential threat"',
        ),
    ),
    "rocketnews.com/": (
        "The Margin: As writers and actors picket, Netflix's $900,000 AI job ad stirs outrage",
        None,
        (
            '"Product Manager, Machine Learning Platform,"',
            '"Cue vomit."',
            "Jorge A. Reyes",
            "roughly 87% of them make less than $26,000 a year",
        ),
    ),
    "gqindia.com/": (
        "Netflix is hiring for an AI job that pays up to Rs 7.4 crore a year",
        "2023-07-31",
        (
            "Machine Learning Platform (MLP) team",
            '"provides the foundation for all of this innovation"',
            '"to increase the leverage of our Machine Learning Platform"',
            "There are no direct reports",
            "remotely from the US West Coast",
            '"more than 230 million members in over 190 countries"',
        ),
    ),
    "cnn.com/": (
        "The actors' strike in numbers: who is walking out, and what they earn",
        "2023-07-17",
        ("Shaan Sharma", "only 12.7% of the union's members", "$26,470", "160,000", "1960"),
    ),
    "wikipedia.org/wiki/2023_SAG-AFTRA_strike": (
        "2023 SAG-AFTRA strike",
        None,
        (
            "July 14 – November 9, 2023 (118 days)",
            "78.33% voting in favor",
            "Paramount, Netflix, Amazon and Apple",
            "digital replica",
        ),
    ),
    "wikipedia.org/wiki/2023_Writers_Guild": (
        "2023 Writers Guild of America strike",
        None,
        ("May 2 – September 27, 2023 (148 days)", "11,500 screenwriters", "99% of votes"),
    ),
    "ualrpublicradio.org/": (
        "Why the studios' own divisions are making Hollywood's strikes harder to settle",
        "2023-09-10",
        (
            "Matt Belloni",
            "Disney, Warner Bros. Discovery, NBCUniversal, Sony, Paramount, Netflix, Amazon and "
            "Apple",
        ),
    ),
    "informitv.com/": (
        "Netflix adds 5.9 million members in second quarter",
        "2023-07-19",
        ("238.39 million paid memberships", "5.89 million", "$8.19 billion"),
    ),
    "thewrap.com/": (
        "Disney's streaming services finish fiscal third quarter with about 219.6 million "
        "subscriptions",
        None,
        ("roughly 219.6 million subscriptions", "146.1 million", "238.39 million"),
    ),
    "collider.com/": (
        "Disney Is Hiring an AI Imagineer, and the Base Pay Tops Out at $180,000",
        "2023-07-27",
        ("base salary of up to $180,000", '"digital avatars."', "$300,000 to $900,000 a year"),
    ),
    "gamereactor.eu/": (
        "Hollywood keeps hiring AI specialists, strikes or no strikes",
        None,
        (
            "Studios are advertising well-paid artificial intelligence roles",
            "Prime Video",
            "base salary for that role goes up to $300,000",
            "base pay of up to $180,000",
            "up to $650,000",
        ),
    ),
}

# Page furniture that every page has some of and no extracted text may contain.
FURNITURE = (
    "cookie",
    "share on",
    "all rights reserved",
    "newsletter",
    "related stories",
    "most popular",
    "most read",
    "trending",
    "privacy",
    "comment",
    "sign up",
    "skip to",
    "jump to content",
    "from wikipedia",
    "[edit",
    "[1]",
    "recommended for you",
    "donate",
)


def test_cassette_says_it_was_written_by_hand() -> None:
    header = CASSETTE.read_text(encoding="utf-8").split("\ninteractions:", 1)[0]
    assert header.startswith("# ")
    assert "WRITTEN BY HAND, NOT RECORDED" in header
    assert "2026-11-27" in header
    assert "OWN WORDS" in header
    for uri in URIS:
        assert uri in header


def test_cassette_is_in_the_vcrpy_format() -> None:
    data = yaml.safe_load(CASSETTE.read_text(encoding="utf-8"))
    assert data["version"] == 1
    for interaction in INTERACTIONS:
        assert interaction["request"] == {
            "body": None,
            "headers": {},
            "method": "GET",
            "uri": interaction["request"]["uri"],
        }
        response = interaction["response"]
        assert response["status"] == {"code": 200, "message": "OK"}
        assert response["headers"]["Content-Type"] == ["text/html; charset=utf-8"]
        assert response["headers"]["Date"][0].startswith("Fri, 27 Nov 2026 ")
        assert response["body"]["string"].startswith("<!")


def expected(uri: str) -> tuple[str, str | None, tuple[str, ...]]:
    (key,) = [key for key in EXPECTED if key in uri]
    return EXPECTED[key]


def test_every_page_has_expectations() -> None:
    assert len(set(URIS)) == len(URIS) == len(EXPECTED)
    for uri in URIS:
        expected(uri)


def test_sources_file_names_every_page() -> None:
    lines = SOURCES.read_text(encoding="utf-8").splitlines()
    assert lines[0].startswith("#")
    urls = [line for line in lines if line.strip() and not line.startswith("#")]
    assert urls == URIS


@pytest.fixture(scope="module")
def replayed() -> dict[str, httpx.Response]:
    """Every page of the cassette, fetched through httpx with VCR.py replaying."""
    responses = {}
    with vcr.VCR(record_mode="none").use_cassette(str(CASSETTE)), httpx.Client() as client:
        for uri in URIS:
            response = client.get(uri)
            response.read()
            responses[uri] = response
    return responses


def test_cassette_replays_without_network(replayed: dict[str, httpx.Response]) -> None:
    with (
        vcr.VCR(record_mode="none").use_cassette(str(CASSETTE)),
        httpx.Client() as client,
        pytest.raises(vcr.errors.CannotOverwriteExistingCassetteException),
    ):
        client.get("https://theintercept.com/not-in-the-cassette/")
    assert len(replayed) == len(URIS)


@pytest.mark.parametrize("uri", URIS)
def test_page_replays_and_extracts(uri: str, replayed: dict[str, httpx.Response]) -> None:
    response = replayed[uri]
    assert response.status_code == 200
    assert response.headers["content-type"] == "text/html; charset=utf-8"
    page = extract_page(response.text, uri)
    title, published, phrases = expected(uri)
    assert page.title == title
    assert page.published == published
    own = [block for block, _ in page.own()]
    text = "\n".join(own)
    for phrase in phrases:
        assert phrase in text
    lowered = text.lower()
    for furniture in FURNITURE:
        assert furniture not in lowered
    assert "Advertisement" not in own


def test_the_title_is_spelled_three_ways_across_pages(
    replayed: dict[str, httpx.Response],
) -> None:
    texts = "\n".join(response.text for response in replayed.values())
    assert "Product Manager - Machine Learning Platform" in texts
    assert "Product Manager – Machine Learning Platform" in texts
    assert "Product Manager, Machine Learning Platform" in texts
    assert "Machine Learning Product Manager" not in texts
