"""Words that stand for a union only in a story of its field (a context alias: "actors"
for Hollywood's actors' union): a refused one gives way to a full alias starting inside
it ("the actors' union"); film, studio or television words alone do not make a screen
story elsewhere a Hollywood one; a page's denial of such a word counts only on a page of
that field; and members who "keep turning up for rehearsals" are at work. Drafts
and pages written for these tests."""

from __future__ import annotations

import pytest
from judging import run, verdict

from factcheck.claims.extract import extract_claims
from factcheck.reading import parse_article
from factcheck.rulepacks.ruleset import RuleSet

URL = "http://screen.test/stoppage"


def _strikers(text: str, ruleset: RuleSet) -> list[list[str]]:
    article = parse_article(f"# Labour\n\n{text}\n", "d.md", "markdown")
    return [
        list(c.fields["strikers"]) for c in extract_claims(article, ruleset) if c.type == "strike"
    ]


@pytest.mark.parametrize(
    ("text", "union"),
    [
        (
            "In late May the actors' union joined the strike against the bottling plants.",
            "SAG-AFTRA",
        ),
        ("By then the writers' guild had joined the walkout at the print works.", "WGA"),
    ],
)
def test_a_full_alias_inside_a_refused_context_alias_names_its_union(
    text: str, union: str, ruleset: RuleSet
) -> None:
    # No word of Hollywood's field here: "the actors" names no union, "actors' union" does.
    assert _strikers(text, ruleset) == [[union]]


@pytest.mark.parametrize(
    "text",
    [
        "Performers on the Ngaio Bay series walked off set in Dunedin, halting the film shoot "
        "at the studio for television.",
        "Film actors at a Toronto studio went on strike over the television residuals formula.",
    ],
)
def test_screen_words_alone_make_no_hollywood_story(text: str, ruleset: RuleSet) -> None:
    assert all("SAG-AFTRA" not in s for s in _strikers(text, ruleset))


def test_a_hollywood_story_still_reads_its_actors_as_the_union(ruleset: RuleSet) -> None:
    text = "Hollywood performers walked off set in July; the actors picketed Netflix for weeks."
    assert ["SAG-AFTRA"] in _strikers(text, ruleset)


def _label(claim: str, page: str, ruleset: RuleSet) -> str:
    html = f"<html><head><title>Stoppage</title></head><body><h1>Stoppage</h1>{page}</body></html>"
    draft = f"# Dispute\n\n{claim} ([report]({URL}))\n"
    return verdict(run(draft, {URL: html}, ruleset, wrap=False), "strike").verdict.label


def test_a_page_denies_a_context_alias_only_in_its_own_field(ruleset: RuleSet) -> None:
    # The draft names Hollywood, so its actors are read as the union; the page is about a
    # dubbing house in Braga, where "performers" stand for no union at all.
    claim = "Like their Hollywood peers, voice actors in Porto stopped work on Friday."
    page = (
        "<p>Voice artists in Porto stopped work on Friday at three dubbing houses.</p>"
        "<p>In Braga, performers kept working, a spokesperson for the local guild said.</p>"
    )
    assert _label(claim, page, ruleset) != "contradicted"


@pytest.mark.parametrize(
    "said",
    [
        "would continue to turn up for rehearsals",
        "kept reporting for duty all week",
        "continued to show up for every scheduled call",
    ],
)
def test_members_still_turning_up_for_work_did_not_strike(said: str, ruleset: RuleSet) -> None:
    claim = "The Kestrel Players Guild joined the stoppage at Harrow Lane Studios."
    page = (
        "<p>Set builders of the Orvo Stagehands Union walked out at Harrow Lane Studios.</p>"
        f"<p>The Kestrel Players Guild said its members {said}, though it backed the claim.</p>"
    )
    assert _label(claim, page, ruleset) == "contradicted"


def test_turning_up_at_a_picket_line_is_no_denial(ruleset: RuleSet) -> None:
    claim = "The Kestrel Players Guild joined the stoppage at Harrow Lane Studios."
    page = (
        "<p>Set builders of the Orvo Stagehands Union walked out at Harrow Lane Studios.</p>"
        "<p>The Kestrel Players Guild said its members would keep turning up at the picket "
        "line each morning.</p>"
    )
    assert _label(claim, page, ruleset) != "contradicted"
