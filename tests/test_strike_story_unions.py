"""Whose strike a cited story says it was, union by union: the site a strike sentence
opens on ("At X, ...") is the employer of a clause that names none; unions of one word
listed before "members" are each a union; a story's sentence telling the stoppage in
words no strike form reads ("started a work-to-rule", a word of another language) still
tells it; the bodies named right after a workers' body's role ("called jointly by X and
Y") are the strike's unions; each claimed union the story never names goes against the
claim, and workers named as a union's members are gone against only by a page that never
names that union at all. Drafts and pages written for these tests, every name invented."""

from __future__ import annotations

import pytest
from judging import cited

from factcheck.claims.extract import extract_claims
from factcheck.reading import parse_article
from factcheck.rulepacks.ruleset import RuleSet


def _strikes(text: str, ruleset: RuleSet) -> list[dict[str, object]]:
    article = parse_article(f"# Labour\n\n{text}\n", "d.md", "markdown")
    return [dict(c.fields) for c in extract_claims(article, ruleset) if c.type == "strike"]


def _story(headline: str, published: str, body: str) -> str:
    """A news story page: its headline as title, NewsArticle JSON-LD and h1, then body."""
    return (
        f"<html><head><title>{headline}</title>\n"
        '<script type="application/ld+json">{"@context": "https://schema.org", '
        f'"@type": "NewsArticle",\n"headline": "{headline}",\n"datePublished": "{published}"}}'
        f"</script></head>\n<body><h1>{headline}</h1>\n{body}\n</body></html>"
    )


@pytest.mark.parametrize(
    ("text", "strikers", "employer"),
    [
        ("At Corlin Foods, packers walked out on Monday over pay.", ["packers"], "Corlin Foods"),
        (
            "At the Vessmoor Hospital, members of the Vessmoor Porters Union staged a "
            "one-day strike in May.",
            ["Vessmoor Porters Union"],
            "Vessmoor Hospital",
        ),
        (
            "At Halden Transit itself, drivers stopped work for two days.",
            ["drivers"],
            "Halden Transit",
        ),
        (
            "At Brayford University, some 900 tutors represented by the Brayford Tutors Guild "
            "staged a two-day walkout.",
            ["Brayford Tutors Guild"],
            "Brayford University",
        ),
        (
            "At Norrvik Radio, Medialiitto and TEK members began a go-slow on 3 May.",
            ["Medialiitto", "TEK"],
            "Norrvik Radio",
        ),
    ],
)
def test_the_site_a_strike_sentence_opens_on_is_its_employer(
    text: str, strikers: list[str], employer: str, ruleset: RuleSet
) -> None:
    found = _strikes(text, ruleset)
    assert found, text
    assert list(found[0]["strikers"]) == strikers  # type: ignore[call-overload]
    assert list(found[0]["against"]) == [employer]  # type: ignore[call-overload]


@pytest.mark.parametrize(
    "text",
    [
        "At least 300 nurses walked out on Monday, the union said.",
        "At 5 a.m. on Thursday, nurses walked out.",
        "At the same time, cleaners walked out over pay.",
    ],
)
def test_an_opening_of_time_or_number_names_no_employer(text: str, ruleset: RuleSet) -> None:
    found = _strikes(text, ruleset)
    assert found, text
    assert list(found[0]["against"]) == []  # type: ignore[call-overload]


@pytest.mark.parametrize(
    ("text", "strikers"),
    [
        ("Unitra and KOVA members began a go-slow on 2 June.", ["Unitra", "KOVA"]),
        ("Pelix and Norda members staged a one-day strike in July.", ["Pelix", "Norda"]),
        ("GTU & Stavka members stopped work on 9 June.", ["GTU", "Stavka"]),
    ],
)
def test_one_word_unions_listed_before_members_are_each_a_union(
    text: str, strikers: list[str], ruleset: RuleSet
) -> None:
    found = _strikes(text, ruleset)
    assert found, text
    assert list(found[0]["strikers"]) == strikers  # type: ignore[call-overload]


STORY_URL = "http://news.test/2041/09/28/ostrel-radio-work-to-rule.html"
STORY_PAGE = _story(
    "Work-to-rule at Ostrel Radio as studio closures loom",
    "2041-09-28T08:00:00Z",
    """<p>By Tova Lind</p>
<p>Since Monday, technicians and producers at Ostrel Radio have been on a work-to-rule,
protesting the broadcaster's plan to shut four local studios.</p>
<p>The work-to-rule, called jointly by Medialiga and Tekniko, covers most of the staff
affected.</p>
<p>Managers said the cuts were needed to balance the budget.</p>
<aside><h2>Most read</h2><p>Radiofront members vote on a new pay deal</p></aside>""",
)


@pytest.mark.parametrize(
    ("sentence", "label"),
    [
        # The story's own unions: borne out.
        ("At Ostrel Radio, Medialiga and Tekniko members started a work-to-rule", "supported"),
        # One the story's, one it never names: not as the claim has it.
        ("At Ostrel Radio, Medialiga and Vastra members started a work-to-rule", "contradicted"),
        ("The work-to-rule at Ostrel Radio was called by Vastra", "contradicted"),
        # Members of a union the story does not name, where it tells who called the
        # action, not whose members the workers are: maybe one union more.
        ("At Ostrel Radio, Radiofront members started a work-to-rule", "unverified"),
        ("Members of the Vastra union at Ostrel Radio began a go-slow in September", "unverified"),
    ],
)
def test_each_claimed_union_the_story_never_names_goes_against_the_claim(
    sentence: str, label: str, ruleset: RuleSet
) -> None:
    found = cited(sentence, STORY_URL, STORY_PAGE, ruleset, "strike")
    assert found.verdict.label == label, found.verdict.rationale


MEMBERS_URL = "http://news.test/2041/06/19/kelby-tv-walkout.html"
MEMBERS_PAGE = _story(
    "Kelby TV walkout ends after two days of reruns",
    "2041-06-19T08:00:00Z",
    """<p>Members of the Ostrel Broadcast Staff Union at Kelby TV were back at their desks
on Wednesday, two days into a walkout against a plan to cut 200 posts.</p>
<p>Several evening bulletins were replaced by reruns during the stoppage.</p>""",
)


@pytest.mark.parametrize(
    ("sentence", "label"),
    [
        ("At Kelby TV, members of the Ostrel Broadcast Staff Union staged a walkout", "supported"),
        # Given as the workers' own union: against the story's.
        (
            "Camera crews at Kelby TV, who belong to the Tarn Metal Workers Union, walked out",
            "contradicted",
        ),
        # Members of another union only: maybe one union more, which the story need not
        # name.
        ("At Kelby TV, members of the Tarn Metal Workers Union staged a walkout", "unverified"),
        ("Tarn Metal Workers Union members walked out at Kelby TV in June", "unverified"),
    ],
)
def test_whose_members_the_strikers_are_against_a_story_of_another_union(
    sentence: str, label: str, ruleset: RuleSet
) -> None:
    found = cited(sentence, MEMBERS_URL, MEMBERS_PAGE, ruleset, "strike")
    assert found.verdict.label == label, found.verdict.rationale


# A story in another language: its headline calls the employer by a short name, its
# opening names the claimed one where it tells the stoppage.
FOREIGN_URL = "http://news.test/de/2041/04/12/warnstreik-nordhalle.html"
FOREIGN_PAGE = _story(
    "Warnstreik in der Nordhalle: Kioske bleiben zu",
    "2041-04-12T18:00:00Z",
    """<p>Die Kell Service Union hat rund 90 Beschäftigte der Nordhalle Service GmbH zu einem
eintägigen Warnstreik aufgerufen, und viele Kioske blieben am Samstag geschlossen.</p>
<p>Die Geschäftsführung will nach eigenen Angaben weiter verhandeln.</p>""",
)


@pytest.mark.parametrize(
    "sentence",
    [
        "The Kell Service Union called out about 90 workers at Nordhalle Service GmbH in 2041",
        "Staff at Nordhalle Service GmbH walked out in April 2041, called out by the Kell "
        "Service Union",
        "Members of the Kell Service Union struck Nordhalle Service GmbH in April 2041",
    ],
)
def test_a_story_opening_naming_the_claimed_employer_where_it_tells_the_stoppage(
    sentence: str, ruleset: RuleSet
) -> None:
    found = cited(sentence, FOREIGN_URL, FOREIGN_PAGE, ruleset, "strike")
    assert found.verdict.label == "supported", found.verdict.rationale


# A lockout story whose opening dates something else in a relative clause, and names the
# locked-out trade inside a list ("loading and unloading crews").
LOCKOUT_URL = "http://news.test/2041/11/14/kell-port-lockout.html"
LOCKOUT_PAGE = _story(
    "Kell Port lifts lockout of loading crews",
    "2041-11-14T08:00:00Z",
    """<p>Orvane Terminals on Saturday let back in some 200 loading and unloading crew members
it had kept locked out from 2 November, ending a standoff with the Kell Dock Union.</p>
<p>The lockout followed a go-slow by the crews, who want a bonus agreed in 2037 paid in
full.</p>""",
)


@pytest.mark.parametrize(
    "sentence",
    [
        "In November 2041, Orvane Terminals locked out some 200 loading crew members",
        "Orvane Terminals locked out its loading crews in November 2041",
        "Loading crew members were locked out by Orvane Terminals in 2041",
    ],
)
def test_a_lockout_story_dated_by_its_own_clauses_bears_out_its_trade(
    sentence: str, ruleset: RuleSet
) -> None:
    found = cited(sentence, LOCKOUT_URL, LOCKOUT_PAGE, ruleset, "strike")
    assert found.verdict.label == "supported", found.verdict.rationale


# A story of the strikers' stoppage against another employer than the claim's.
OTHER_URL = "http://news.test/2041/02/07/tarn-dockers-strike.html"
OTHER_PAGE = _story(
    "Tarn dockers end strike at Eastquay terminal",
    "2041-02-07T08:00:00Z",
    """<p>Dockworkers at Eastquay Terminal Ltd in Tarn were back at work on Friday, ending a
strike that began on Monday.</p>
<p>About 900 dockworkers affiliated with the Tarn Dock Workers Union stayed off the job
over unpaid arrears.</p>""",
)


@pytest.mark.parametrize(
    ("draft", "label"),
    [
        (
            "About 900 members of the Tarn Dock Workers Union stayed off the job in Tarn in "
            "February 2041 ([report]({url})). The stoppage was aimed at Brisa Grain Ltd.",
            "contradicted",
        ),
        (
            "About 900 members of the Tarn Dock Workers Union stayed off the job in Tarn in "
            "February 2041 ([report]({url})). The stoppage was aimed at Eastquay Terminal Ltd.",
            "supported",
        ),
    ],
)
def test_a_cited_story_of_the_stoppage_against_another_employer_goes_against_the_claim(
    draft: str, label: str, ruleset: RuleSet
) -> None:
    from judging import run, verdict

    text = "# Draft\n\n" + draft.replace("{url}", OTHER_URL) + "\n"
    found = verdict(run(text, {OTHER_URL: OTHER_PAGE}, ruleset), "strike", "aimed at")
    assert found.verdict.label == label, found.verdict.rationale


# A union's own release calls it by its initials only, never defining them, and names a
# local government ("Shire Council") as the employer: the union it names is the claim's
# by those initials, and the council is no union.
INITIALS_URL = "http://ptu.test/news/2031/03/03/tarrant-stop-work.html"
INITIALS_PAGE = _story(
    "Tarrant Shire Council staff stop work in wage row",
    "2031-03-03T09:00:00Z",
    """<p>Around 180 PTU members at Tarrant Shire Council stopped work for three hours from
9am today when the shire would not raise its wage offer.</p>
<p>Road crews and library staff joined a rally outside the council chambers.</p>""",
)


@pytest.mark.parametrize(
    "sentence",
    [
        "A three-hour stoppage was staged by Public Trades Union members against Tarrant Shire "
        "Council on Monday",
        "Members of the Public Trades Union struck Tarrant Shire Council in March 2031",
        "The Public Trades Union held a stoppage at Tarrant Shire Council in March 2031",
    ],
)
def test_a_story_naming_the_union_by_its_initials(sentence: str, ruleset: RuleSet) -> None:
    found = cited(sentence, INITIALS_URL, INITIALS_PAGE, ruleset, "strike")
    assert found.verdict.label != "contradicted", found.verdict.rationale
    assert "Council named as the strike's union" not in found.verdict.rationale


def test_a_local_government_is_no_union() -> None:
    from factcheck.claims.names import looks_like_union

    assert not looks_like_union("Tarrant Shire Council")
    assert not looks_like_union("Orla Township Council")
    assert looks_like_union("Tarrant Trades Council")
