"""Quote claims against pages: words found on a page with the same speaker support;
words that run with the page's and then differ are a misquote (mixed, or contradicted
when a figure differs), with the page's own words in the rationale; words a page's
attribution gives by name to someone else are misattributed (contradicted); words no
page holds, or that a page gives to nobody, stay unverified."""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path
from typing import Any

import pytest
from conftest import LOOPBACK, check_json, serve_directory

from factcheck.check import check_against
from factcheck.reading import parse_article
from factcheck.rulepacks.ruleset import RuleSet
from factcheck.sources.gather import page_from_text

STORY = """<!DOCTYPE html><html><head><title>Museum guards stop work</title></head><body>
<nav><a href="/">Home</a> <a href="/culture">Culture</a></nav>
<article>
<h1>Guards at the Vellacott Museum stop work over night cover</h1>
<p>Guards at the Vellacott Museum stopped work on Thursday evening.</p>
<p>&ldquo;We have asked for a heating plan since the first frost,&rdquo; said Orla
Pentreath, who chairs the guards' branch.</p>
<p>The museum's director, Anselm Krueger, said the galleries would stay open.
&ldquo;Visitors will not notice any change this weekend,&rdquo; he said.</p>
<p>Pentreath said the branch had costed the cover it wants. &ldquo;Our members want 14
night shifts covered by agency staff, not by volunteers,&rdquo; she added.</p>
<p>&ldquo;Nobody in this building has had a pay rise since the refit,&rdquo; Krueger
admitted.</p>
</article>
<footer>Vellacott Evening Post</footer>
</body></html>
"""

ARTICLE = """# Vellacott guards walk out

The guards' branch has a list of grievances, according to the
[Evening Post]({base}/story.html).

"We have asked for a heating plan since the first frost," Orla Pentreath said.

Anselm Krueger said: "Visitors will not notice any change this weekend."

“Our members want 12 night shifts covered by agency staff, not by volunteers,” Pentreath said.

"We have asked for a heating plan since the board stopped answering," said Orla Pentreath.

"Nobody in this building has had a pay rise since the refit," said Orla Pentreath.

Orla Pentreath said: "The branch will ballot its members again before Easter."

'Visitors will not notice ... this weekend,' said Anselm Krueger.
"""


@pytest.fixture
def site(tmp_path: Path) -> Iterator[str]:
    root = tmp_path / "site"
    root.mkdir()
    (root / "story.html").write_text(STORY, encoding="utf-8")
    with serve_directory(root) as base:
        yield base


def _check(article: Path, tmp_path: Path) -> dict[str, Any]:
    return check_json([str(article), "--allow-private"], tmp_path / "cache")[1]


@pytest.mark.block_network(allowed_hosts=LOOPBACK)
def test_quotes_against_a_served_story(site: str, tmp_path: Path) -> None:
    article = tmp_path / "draft.md"
    article.write_text(ARTICLE.format(base=site), encoding="utf-8")
    claims = [c for c in _check(article, tmp_path)["articles"][0]["claims"] if c["type"] == "quote"]
    got = [(c["fields"]["speaker"], c["verdict"]) for c in claims]
    assert got == [
        # word for word, the attribution right after the words
        ("Orla Pentreath", "supported"),
        # word for word, "he said" after a sentence that names him
        ("Anselm Krueger", "supported"),
        # a figure changed
        ("Orla Pentreath", "contradicted"),
        # the second half changed
        ("Orla Pentreath", "mixed"),
        # the page gives the words to someone else
        ("Orla Pentreath", "contradicted"),
        # no page has the words
        ("Orla Pentreath", "unverified"),
        # an ellipsis stands for the words left out
        ("Anselm Krueger", "supported"),
    ]
    exact = "Our members want 14 night shifts covered by agency staff, not by volunteers"
    assert exact in claims[2]["rationale"]
    assert claims[2]["evidence"][0]["stance"] == "contradicts"
    assert "We have asked for a heating plan since the first frost" in claims[3]["rationale"]
    assert "Krueger" in claims[4]["rationale"]
    assert claims[5]["evidence"] == []


def _verdicts(ruleset: RuleSet, draft: str, page_text: str) -> list[tuple[str, str]]:
    article = parse_article(draft, "draft.txt", "text")
    page = page_from_text("https://news.example/story", page_text, content_type="text/plain")
    result = check_against(article, [page], ruleset, min_checkworthiness=0.0)
    return [
        (c.verdict.label, c.verdict.rationale) for c in result.claims if c.claim.type == "quote"
    ]


def test_case_marks_and_spacing_do_not_matter(ruleset: RuleSet) -> None:
    page = (
        "Ferry news.\n\nTomasz Wrobel, the harbourmaster, spoke on the quay. 'The NEW pontoon "
        "will open   in April,' he told the crowd.\n"
    )
    draft = '"The new pontoon will open in April," Tomasz Wrobel said.\n'
    assert [label for label, _ in _verdicts(ruleset, draft, page)] == ["supported"]


def test_a_quote_of_several_sentences_on_the_page(ruleset: RuleSet) -> None:
    page = (
        'Ferry news.\n\n"The pontoon is ready. The crews are not," said Tomasz Wrobel on Monday.\n'
    )
    draft = 'Tomasz Wrobel said: "The pontoon is ready. The crews are not."\n'
    assert [label for label, _ in _verdicts(ruleset, draft, page)] == ["supported"]


def test_words_with_nobody_named_are_unverified(ruleset: RuleSet) -> None:
    """The page holds the words but names no speaker near them: nothing to confirm."""
    page = (
        'Ferry news.\n\nA notice on the quay read: "The new pontoon will open in April."\n\n'
        "Tomasz Wrobel is the harbourmaster. He has held the post for nine years. "
        "The harbour has 40 berths. Its cafe closes in winter.\n"
    )
    draft = '"The new pontoon will open in April," Tomasz Wrobel said.\n'
    [(label, rationale)] = _verdicts(ruleset, draft, page)
    assert label == "unverified"
    assert "does not say that Tomasz Wrobel said them" in rationale


def test_a_shared_phrase_is_not_a_misquote(ruleset: RuleSet) -> None:
    """Four common words in common are chance, not the same passage."""
    page = 'Ferry news.\n\n"We are not going to cancel the summer timetable," said Tomasz Wrobel.\n'
    draft = '"We are not going to accept a wage freeze for deckhands," Tomasz Wrobel said.\n'
    assert [label for label, _ in _verdicts(ruleset, draft, page)] == ["unverified"]


def test_a_page_in_its_own_words_is_no_misquote(ruleset: RuleSet) -> None:
    """Close words the page does not put in quotation marks are its paraphrase: the
    quotation may still be exact, so it is unverified, not mixed."""
    page = (
        "Ferry news.\n\nTomasz Wrobel said the crews had waited eleven months for a reply "
        "from the operator.\n"
    )
    draft = '"Our crews have waited eleven months for a reply," Tomasz Wrobel said.\n'
    assert [label for label, _ in _verdicts(ruleset, draft, page)] == ["unverified"]


def test_a_figure_the_quotation_drops_is_reworded(ruleset: RuleSet) -> None:
    """A figure of the page's that the claim leaves out is other words (mixed); a figure
    of the claim's that the page's quotation lacks is a changed figure (contradicted)."""
    page = (
        "Ferry news.\n\n"
        '"We need 14 more deckhands before the summer timetable," said Tomasz Wrobel.\n'
    )
    dropped = '"We need more deckhands before the summer timetable," Tomasz Wrobel said.\n'
    changed = '"We need 40 more deckhands before the summer timetable," Tomasz Wrobel said.\n'
    assert [label for label, _ in _verdicts(ruleset, dropped, page)] == ["mixed"]
    assert [label for label, _ in _verdicts(ruleset, changed, page)] == ["contradicted"]


@pytest.mark.parametrize(
    "attribution",
    [
        '"The new pontoon will open in April," said Wrobel.',
        '"The new pontoon will open in April," the harbourmaster, Tomasz Wrobel, said.',
        'Wrobel, the harbourmaster, said: "The new pontoon will open in April."',
        '"The new pontoon will open in April," Wrobel told the crowd on Monday.',
    ],
)
def test_the_page_attributes_in_its_own_forms(ruleset: RuleSet, attribution: str) -> None:
    page = f"Ferry news.\n\nTomasz Wrobel met the crews.\n\n{attribution}\n"
    draft = '"The new pontoon will open in April," Tomasz Wrobel said.\n'
    assert [label for label, _ in _verdicts(ruleset, draft, page)] == ["supported"]


def test_another_speaker_after_the_words_is_not_the_claimed_one(ruleset: RuleSet) -> None:
    page = (
        "Ferry news.\n\nTomasz Wrobel met the crews on the quay. "
        '"The new pontoon will open in April," said Ines Halloran, the operator\'s chief.\n'
    )
    draft = '"The new pontoon will open in April," Tomasz Wrobel said.\n'
    [(label, rationale)] = _verdicts(ruleset, draft, page)
    assert label == "contradicted"
    assert "gives these words to Ines Halloran, not Tomasz Wrobel" in rationale


WORDS = "Not one signal box on this line has been fully staffed since the timetable change"
DRAFT = f'"{WORDS}," said Priya Anand, the branch\'s vice-chair.\n'


@pytest.mark.parametrize(
    "paragraphs",
    [
        # a pronoun, the speaker named in the paragraph before
        [
            "Priya Anand, the branch's vice-chair, spoke outside the depot.",
            f'"{WORDS}," she said.',
        ],
        # the words alone in their paragraph, after a paragraph that names her
        ["The vice-chair, Priya Anand, read out the rota.", f'"{WORDS}."'],
        # a title in place of the name, the page naming her with it elsewhere
        [
            "Priya Anand, the vice-chair of the signallers' branch, and Colm Ferris, a "
            "driver, led the march.",
            "The march ended at the station at noon.",
            f'"{WORDS}," the branch\'s vice-chair told the crowd.',
        ],
        # the title before the name
        [f'"{WORDS}," said branch vice-chair Priya Anand.'],
        # the quotation interrupted by its attribution
        [
            '"Not one signal box on this line has been fully staffed," Anand said, '
            '"since the timetable change."'
        ],
    ],
)
def test_the_page_names_the_speaker_around_the_words(
    ruleset: RuleSet, paragraphs: list[str]
) -> None:
    page = "Rail news.\n\n" + "\n\n".join(paragraphs) + "\n"
    assert [label for label, _ in _verdicts(ruleset, DRAFT, page)] == ["supported"]


@pytest.mark.parametrize(
    "paragraphs",
    [
        # the nearest sentence before that names anyone names someone else
        ["Priya Anand spoke first.", "Colm Ferris, a driver, spoke next.", f'"{WORDS}," he said.'],
        # the page's title names another person
        [
            "Priya Anand, the vice-chair, met Colm Ferris, the operator's duty manager.",
            f'"{WORDS}," the duty manager said.',
        ],
        # an interruption too long to be an attribution is another quotation
        [
            '"Not one signal box on this line has been fully staffed," Anand said as the '
            "crowd outside the depot grew through the long and cold afternoon, "
            '"since the timetable change."'
        ],
    ],
)
def test_a_speaker_the_page_does_not_give_stays_unverified(
    ruleset: RuleSet, paragraphs: list[str]
) -> None:
    page = "Rail news.\n\n" + "\n\n".join(paragraphs) + "\n"
    assert [label for label, _ in _verdicts(ruleset, DRAFT, page)] != ["supported"]
    assert [label for label, _ in _verdicts(ruleset, DRAFT, page)] != ["contradicted"]


@pytest.mark.parametrize(
    "attribution",
    [
        f'"{WORDS}," said Colm Ferris, a driver.',
        f'"{WORDS}," Colm Ferris told reporters.',
        f'Colm Ferris, a driver, said: "{WORDS}."',
        # a surname alone, the page giving the full name elsewhere
        "Colm Ferris drives the early train. Priya Anand chairs the branch.\n\n"
        f'"{WORDS}," Ferris said.',
    ],
)
def test_words_the_page_gives_to_another_person_are_misattributed(
    ruleset: RuleSet, attribution: str
) -> None:
    page = f"Rail news.\n\n{attribution}\n"
    [(label, rationale)] = _verdicts(ruleset, DRAFT, page)
    assert label == "contradicted"
    assert "not Priya Anand" in rationale
    assert WORDS in rationale


@pytest.mark.parametrize(
    "attribution",
    [
        # a surname the page never gives as a person's
        f'"{WORDS}," said Ferris.',
        # a name that runs into a noun is a place or a body
        f'"{WORDS}," said Glen Avon signallers.',
        # an organisation
        f'"{WORDS}," said the Signal Workers Union.',
        # the claimed speaker in the same sentence: she may be the one quoted there
        f'"{WORDS}," said Colm Ferris, reading from a letter Priya Anand sent.',
    ],
)
def test_an_attribution_that_names_no_other_person_does_not_contradict(
    ruleset: RuleSet, attribution: str
) -> None:
    page = f"Rail news.\n\n{attribution}\n"
    assert [label for label, _ in _verdicts(ruleset, DRAFT, page)] == ["unverified"]


def test_the_claimed_speaker_on_one_page_outweighs_another_on_another(ruleset: RuleSet) -> None:
    article = parse_article(DRAFT, "draft.txt", "text")
    pages = [
        page_from_text(
            "https://a.example/1",
            f'Rail.\n\n"{WORDS}," said Colm Ferris.\n',
            content_type="text/plain",
        ),
        page_from_text(
            "https://b.example/2",
            f'Rail.\n\n"{WORDS}," said Priya Anand.\n',
            content_type="text/plain",
        ),
    ]
    result = check_against(article, pages, ruleset, min_checkworthiness=0.0)
    assert [c.verdict.label for c in result.claims if c.claim.type == "quote"] == ["supported"]


def test_a_name_inside_the_pages_title_is_not_its_speaker(ruleset: RuleSet) -> None:
    """'said the Glen Avon Signallers' Branch's vice-chair, Priya Anand': the branch's
    name is part of her title, not the one who spoke."""
    page = (
        f'Rail news.\n\n"{WORDS}," said the Glen Avon Signal Workers Branch\'s vice-chair, '
        "Priya Anand.\n"
    )
    assert [label for label, _ in _verdicts(ruleset, DRAFT, page)] == ["supported"]


def test_a_few_words_given_to_another_are_not_a_misattribution(ruleset: RuleSet) -> None:
    """Five words may be anyone's: another speaker's name by them refutes nothing."""
    page = 'Rail news.\n\n"We will not back down," said Colm Ferris, a driver.\n'
    draft = '"We will not back down," said Priya Anand.\n'
    assert [label for label, _ in _verdicts(ruleset, draft, page)] == ["unverified"]
