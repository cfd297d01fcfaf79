"""A job named by the link to its posting, whatever the sentence's verb: the link's own
words, the words of the posting's address, or the capitalised name right before the
link; and a word that puts a post under another ("Assistant", "Deputy", "Vice") before
the other's whole name makes another job. Drafts and pages are written for these tests."""

from __future__ import annotations

from typing import Any

import pytest
from judging import run

from factcheck.claims.extract import extract_claims
from factcheck.claims.posting_links import is_posting_url
from factcheck.evidence.title_parts import ranked_under
from factcheck.reading import parse_article
from factcheck.rulepacks.ruleset import RuleSet

SITE = "https://example.org"


def _titles(text: str, ruleset: RuleSet) -> list[str]:
    article = parse_article(f"# Draft\n\n{text}\n", "draft.md", "markdown")
    return [
        c.fields.title  # type: ignore[attr-defined]
        for c in extract_claims(article, ruleset)
        if c.type == "job_title"
    ]


@pytest.mark.parametrize(
    ("sentence", "title"),
    [
        # The link's own words.
        (
            f"Its site now asks players to [try out for a new second"
            f" bassoon]({SITE}/auditions/77.html) in May.",
            "second bassoon",
        ),
        (
            f"Take the opening at Varde College: a [lecturer in glass"
            f" chemistry]({SITE}/en/vacancies/gc-19.html) on a fixed term.",
            "lecturer in glass chemistry",
        ),
        (
            f"The ferry firm wants someone to fill its [night deck"
            f" supervisor]({SITE}/careers/4410) berth.",
            "night deck supervisor",
        ),
        # The words of the address, with the capitalised words just before them.
        (
            f"Oxley Quarry has gone hunting for a Chief Blast Hole Driller to work its east"
            f" face ([ad]({SITE}/jobs/blast-hole-driller-5120.html)).",
            "Chief Blast Hole Driller",
        ),
        (
            f"Pellow Transit is, once more, advertising for Trainee Tram Driver places"
            f" ({SITE}/careers/jobs/trainee-tram-driver-2026.html).",
            "Trainee Tram Driver",
        ),
        (
            f"The hospice went out to find a Bereavement Counsellor over the winter"
            f" ([listing]({SITE}/vacancies/bereavement-counsellor.html)).",
            "Bereavement Counsellor",
        ),
        # The address spells the title without its dash or brackets, or adds a place.
        (
            f"Tarrow Mills' newest ad names the post Shift Chemist – Dye House, on nights"
            f" ([ad]({SITE}/careers/jobs/shift-chemist-dye-house-77.html)).",
            "Shift Chemist – Dye House",
        ),
        (
            f"The open post is Forklift Driver (Class B), out of the Varde yard"
            f" ([ad]({SITE}/jobs/88/forklift-driver-class-b.html)).",
            "Forklift Driver (Class B)",
        ),
        (
            f"Osgood Rail has opened a role: Signal Technician – Relay Rooms, based in Tarn"
            f" with travel ({SITE}/careers/jobs/4410-signal-technician-relay-rooms-tarn.html).",
            "Signal Technician – Relay Rooms",
        ),
        # The capitalised name right before a link that says nothing of the job.
        (
            f"A listing in Lille for a Conducteur de Travaux ([annonce"
            f" 8812]({SITE}/emplois/offres/8812.html)) asks for five years on site.",
            "Conducteur de Travaux",
        ),
        (
            f"The board put out word for a Verger Assistant ([ref 31]({SITE}/jobs/31)) in March.",
            "Verger Assistant",
        ),
        (
            f"An ad in Graz for a Bauleiter Tiefbau ([Stelle"
            f" 4471]({SITE}/karriere/stellen/4471)) closes soon.",
            "Bauleiter Tiefbau",
        ),
    ],
)
def test_a_title_is_read_off_the_link_to_its_posting(
    ruleset: RuleSet, sentence: str, title: str
) -> None:
    assert _titles(sentence, ruleset) == [title]


@pytest.mark.parametrize(
    "sentence",
    [
        # A link to a story, not to a posting.
        f"The quarry hired a [second blast hole driller]({SITE}/news/2025/quarry-grows.html)"
        f" last year.",
        # A link to a posting whose words and address name no job the sentence writes.
        f"Applications close on Friday ([job listing]({SITE}/jobs/5120.html)).",
        f"The ferry firm's pay is set out in the [advert]({SITE}/careers/4410) too.",
    ],
)
def test_no_title_without_a_posting_that_names_one(ruleset: RuleSet, sentence: str) -> None:
    assert _titles(sentence, ruleset) == []


@pytest.mark.parametrize(
    ("sentence", "title"),
    [
        # A note marker or a link after the clause: the name a word of hiring takes,
        # up to its last word that names an occupation.
        (
            "Along the quay, the dock also wants a Senior Crane Fitter for its container"
            " berths [4].\n\n[4]: https://example.org/jobs/qf/2291.html",
            "Senior Crane Fitter",
        ),
        (
            f"The ferry line's newest deck advert is for a Relief Deckhand on the island"
            f" route ([ad]({SITE}/careers/jobs/8812.html)).",
            "Relief Deckhand",
        ),
        (
            f"A further listing, for a Night Pharmacist in Tromsø, runs to May"
            f" ([second ad]({SITE}/vacancies/4471.html)).",
            "Night Pharmacist",
        ),
        # A kind in brackets right after the name; no article after the verb.
        (
            "Corvane Air is hiring Baggage Handling Staff (Nights) at Ostend, a shift job on"
            " the apron [careers page][c].\n\n[c]: https://example.org/recruit/be/bh-17.html",
            "Baggage Handling Staff (Nights)",
        ),
        # A level in the link's words is no number of the ad.
        (
            f"The academy has advertised a [Science Teacher – Range 3 (Physics)]"
            f"({SITE}/jobs/st-3321.html) post for January.",
            "Science Teacher – Range 3",
        ),
    ],
)
def test_the_name_a_hiring_word_takes_in_a_linked_sentence(
    ruleset: RuleSet, sentence: str, title: str
) -> None:
    assert _titles(sentence, ruleset) == [title]


@pytest.mark.parametrize(
    "sentence",
    [
        # A name that ends on no occupation, or taken by no word of hiring.
        f"The depot also wants a Harbour Authority permit for the work"
        f" ([posting]({SITE}/jobs/881.html)).",
        f"Its pay, the posting says, beats the Tarn Valley Council rates"
        f" ([posting]({SITE}/jobs/882.html)).",
    ],
)
def test_no_hired_name_without_an_occupation(ruleset: RuleSet, sentence: str) -> None:
    assert _titles(sentence, ruleset) == []


def test_a_rule_set_without_title_rules_reads_no_title_off_a_link(ruleset: RuleSet) -> None:
    sentence = f"Take the opening at Varde College: a [kiln technician]({SITE}/jobs/kt-7.html)."
    assert _titles(sentence, ruleset) == ["kiln technician"]
    kept = [r for r in ruleset.rules if r.type != "job_title"]
    others = RuleSet(ruleset.knowledge, ruleset.macros, kept)
    assert _titles(sentence, others) == []


@pytest.mark.parametrize(
    ("sentence", "title"),
    [
        # A reference's key as the link's words names the reference, not the job: the
        # address's words name it in the sentence instead.
        (
            'Tarn Fresh wants a Welsh-speaking "Driver Support Lead" in Bangor.[^tf] The'
            " role runs the hotline.\n\n[^tf]: https://example.org/jobs/uk/R88-driver-support-lead.html",
            "Driver Support Lead",
        ),
        (
            "The college advertised a Lecturer in Soil Science, a three-year post [vc-job]."
            "\n\n[vc-job]: https://example.org/careers/p/R7-lecturer-soil-science.html",
            "Lecturer in Soil Science",
        ),
    ],
)
def test_a_key_as_the_links_words_is_no_title(ruleset: RuleSet, sentence: str, title: str) -> None:
    assert _titles(sentence, ruleset) == [title]


@pytest.mark.parametrize(
    ("sentence", "title"),
    [
        # A source's label glued to the sentence's end, one word or several, with the
        # next sentence after it: the label names the source, the sentence the job.
        (
            "Corrin Dairies is hiring a Night Cheesemaker for its Wexley creamery.[corrin]"
            " Pay starts at £31,000.\n\n[corrin]: https://example.org/jobs/night-cheesemaker-44.html",
            "Night Cheesemaker",
        ),
        (
            "The trust advertised for a Ward Clerk on a fixed-term contract.[trust advert][tw]"
            " Shortlisting is in May.\n\n[tw]: https://example.org/vacancies/ward-clerk-913.html",
            "Ward Clerk",
        ),
    ],
)
def test_a_label_after_a_sentence_end_is_no_title(
    ruleset: RuleSet, sentence: str, title: str
) -> None:
    assert _titles(sentence, ruleset) == [title]


def test_a_key_that_names_no_job_of_the_sentence_gives_no_title(ruleset: RuleSet) -> None:
    sentence = "The pay is set out in full.[ost-ad]\n\n[ost-ad]: https://example.org/jobs/881.html"
    assert _titles(sentence, ruleset) == []


def test_a_title_a_rule_already_found_is_not_read_twice(ruleset: RuleSet) -> None:
    sentence = (
        f"Oxley Quarry is hiring a Blast Hole Driller"
        f" ([ad]({SITE}/jobs/blast-hole-driller-5120.html))."
    )
    assert _titles(sentence, ruleset) == ["Blast Hole Driller"]


@pytest.mark.parametrize(
    ("url", "posting"),
    [
        (f"{SITE}/jobs/4410", True),
        (f"{SITE}/en/vacancies/2025/lab-tech.html", True),
        (f"{SITE}/emplois/offres/REF-1.html", True),
        # A folder whose name ends in a word of postings, or "recruit".
        (f"{SITE}/teaching-jobs/ie/post/2024-88.html", True),
        (f"{SITE}/recruit/epik/2026-spring.html", True),
        ("https://careers.example.net/r/991", True),
        (f"{SITE}/news/2025/jobs-report.html", False),
        (f"{SITE}/jobs", False),
        (f"{SITE}/wiki/Strike.html", False),
    ],
)
def test_a_posting_is_known_by_its_address(url: str, posting: bool) -> None:
    assert is_posting_url(url) is posting


@pytest.mark.parametrize(
    ("claimed", "found", "under"),
    [
        (["principal", "cello"], ["assistant", "principal", "cello"], True),
        (["deputy", "head", "teacher"], ["head", "teacher"], True),
        (["professor", "physic"], ["associate", "professor", "physic"], True),
        (["vice", "principal"], ["principal"], True),
        (["sous", "chef"], ["chef"], True),
        (["demi", "sauce", "cook"], ["sauce", "cook"], True),
        (["senior", "chef"], ["chef"], False),
        (["principal", "cello"], ["principal", "cello"], False),
        (["assistant"], ["assistant", "manager"], False),
    ],
)
def test_a_post_under_another_is_its_name_after_a_word_of_rank(
    claimed: list[str], found: list[str], under: bool
) -> None:
    assert ranked_under(claimed, found) is under


def _posting(title: str) -> str:
    data = (
        '{"@context": "https://schema.org", "@type": "JobPosting", '
        f'"title": "{title}", "hiringOrganization": {{"@type": "Organization", '
        '"name": "Kessock Players"}}'
    )
    return (
        f"<html lang='en'><head><title>{title} | Kessock Players</title>"
        f"<script type='application/ld+json'>{data}</script></head><body><main>"
        f"<h1>{title}</h1><p>Kessock Players invite applications for this post.</p>"
        "</main></body></html>"
    )


@pytest.mark.parametrize(
    ("sentence", "posted", "label"),
    [
        (
            "[audition for a new principal cello]({url})",
            "Assistant Principal Cello",
            "contradicted",
        ),
        ("[apply to be deputy stage manager]({url})", "Stage Manager", "contradicted"),
        ("[audition for a new principal cello]({url})", "Principal Cello", "supported"),
        ("[look for a Stage Manager]({url})", "Stage Manager – Touring", "supported"),
        # A Romance-form title under a word of rank is the post under the one it names.
        ("[find a Chef de Rang]({url})", "Demi Chef de Rang – Terrace", "contradicted"),
    ],
)
def test_a_linked_title_against_its_posting(
    ruleset: Any, sentence: str, posted: str, label: str
) -> None:
    url = f"{SITE}/auditions/2026/cello-1.html"
    draft = (
        f"# Jobs\n\nKessock Players now invite musicians to {sentence.format(url=url)} this"
        f" spring.\n"
    )
    got = [
        c.verdict.label
        for c in run(draft, {url: _posting(posted)}, ruleset, wrap=False)
        if c.claim.type == "job_title"
    ]
    assert got == [label]
