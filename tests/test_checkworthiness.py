"""Check-worthiness: checkable facts score high; opinions, questions, predictions and
generic remarks score low; the score is a transparent sum over lexicon-driven features,
and the threshold decides which plain statements are kept."""

from __future__ import annotations

import math
from pathlib import Path

import pytest

from factcheck.claims.checkworthiness import BIAS, WEIGHTS, CheckWorthiness
from factcheck.claims.extract import extract_claims
from factcheck.reading import parse_article
from factcheck.rulepacks.loader import load_rules
from factcheck.rulepacks.ruleset import RuleSet


@pytest.fixture(scope="module")
def scorer(ruleset: RuleSet) -> CheckWorthiness:
    return CheckWorthiness(ruleset.knowledge)


CHECKABLE = [
    "Unemployment in the county fell to 4.1 percent in March, the lowest since 2019.",
    "The council cut its library budget by $2.3 million last year.",
    "Mayor Alvarez signed the housing bill after the Senate passed it in June.",
    "Halden Stores employed thousands of seasonal workers at its Leeds warehouse.",
    "Ticket prices have doubled since the stadium opened.",
]
NOT_CLAIMS = [
    "I think we should all be proud of what this team has become.",  # opinion
    "Will the council ever listen to its residents?",  # question
    "Prices will probably keep going up for a while.",  # prediction
    "Thank you so much, it is great to be here with you tonight.",  # courtesy
    "Things are what they are.",  # generic
]


@pytest.mark.parametrize("sentence", CHECKABLE)
def test_checkable_facts_reach_the_default_threshold(
    scorer: CheckWorthiness, sentence: str
) -> None:
    assert scorer.score(sentence).value >= 0.5


@pytest.mark.parametrize("sentence", NOT_CLAIMS)
def test_opinions_questions_predictions_and_remarks_do_not(
    scorer: CheckWorthiness, sentence: str
) -> None:
    assert scorer.score(sentence).value < 0.3


def test_every_checkable_sentence_outscores_every_remark(scorer: CheckWorthiness) -> None:
    lowest_fact = min(scorer.score(s).value for s in CHECKABLE)
    highest_remark = max(scorer.score(s).value for s in NOT_CLAIMS)
    assert lowest_fact > highest_remark + 0.3


def test_the_score_is_the_sum_of_what_each_feature_adds(scorer: CheckWorthiness) -> None:
    score = scorer.score("The union said 4,000 nurses walked out on Tuesday.")
    assert set(score.contributions) >= {"figure", "reporting", "past", "names"}
    assert all(WEIGHTS[name] * 0 != value for name, value in score.contributions.items())
    total = BIAS + sum(score.contributions.values())
    assert score.value == pytest.approx(1 / (1 + math.exp(-total)), abs=1e-4)


@pytest.mark.parametrize(
    ("plain", "changed"),
    [
        ("The plant closed last year.", "The plant closed last year with 1,200 job losses."),
        ("Sales fell.", "Sales at Halden Stores fell by a third in the second quarter."),
        ("We think the plant closed last year.", "The plant closed last year."),
        ("The plant will close next year.", "The plant closed last year."),
    ],
)
def test_features_move_the_score_the_right_way(
    scorer: CheckWorthiness, plain: str, changed: str
) -> None:
    assert scorer.score(changed).value > scorer.score(plain).value


def test_questions_are_flagged(scorer: CheckWorthiness) -> None:
    assert scorer.score("Did the council cut the budget by $2 million?").is_question
    assert not scorer.score("The council cut the budget by $2 million.").is_question


def test_the_word_lists_come_from_the_rule_packs(tmp_path: Path) -> None:
    """A newsroom that adds a word to the opinion list changes the score: knowledge is
    data, not code."""
    pack = tmp_path / "house"
    (pack / "knowledge").mkdir(parents=True)
    (pack / "pack.yaml").write_text("name: house\n", encoding="utf-8")
    (pack / "knowledge" / "words.yaml").write_text(
        "kind: lexicon\nlists:\n  opinion: [scandalous]\n", encoding="utf-8"
    )
    sentence = "The council's scandalous budget cut library hours in 2023."
    before = CheckWorthiness(load_rules([], builtin=True).knowledge).score(sentence)
    after = CheckWorthiness(load_rules([pack]).knowledge).score(sentence)
    assert "opinion" not in before.contributions
    assert after.contributions["opinion"] == WEIGHTS["opinion"]
    assert after.value < before.value


def _statements(ruleset: RuleSet, text: str, threshold: float) -> list[str]:
    article = parse_article(text, "draft.txt", "text")
    claims = extract_claims(article, ruleset, min_checkworthiness=threshold)
    return [c.sentence.text for c in claims if c.type == "statement"]


def test_the_threshold_decides_which_statements_are_kept(ruleset: RuleSet) -> None:
    fact = "The BBC reported that Netflix closed its Leeds office after the union vote."
    hope = "We hope Netflix does well."
    text = f"{fact}\n\n{hope}\n"
    assert _statements(ruleset, text, 0.0) == [fact, hope]
    assert _statements(ruleset, text, 0.5) == [fact]
    assert _statements(ruleset, text, 0.99) == []


def test_claims_carry_their_score_and_questions_carry_none(ruleset: RuleSet) -> None:
    article = parse_article(
        "Halden Stores opened 14 new shops in 2022.\n\nDid Halden Stores open 14 shops?\n",
        "draft.txt",
        "text",
    )
    claims = extract_claims(article, ruleset, min_checkworthiness=0.0)
    assert claims and all(c.sentence.index == 0 for c in claims)
    assert all(0.5 <= c.checkworthiness <= 1.0 for c in claims)


@pytest.mark.parametrize(
    "sentence",
    [
        *CHECKABLE,
        *NOT_CLAIMS,
        "Turnout rose 12 PER CENT, and 40 per-cent of members said the percentage was low.",
        "The centre's rent fell 3 percent; a decent wage is 9%.",
        "Sales grew by per cent' margins at İstanbul’s ſtore.",
    ],
)
def test_the_score_alone_is_the_scores_value(scorer: CheckWorthiness, sentence: str) -> None:
    assert scorer.value(sentence) == scorer.score(sentence).value


def test_percent_is_a_sign_or_the_words_per_cent(scorer: CheckWorthiness) -> None:
    found = {
        text: scorer.features(text)["percent"]
        for text in ("up 4%", "up 4 PER CENT", "up 4 percent", "the centre", "a decent rise")
    }
    assert found == {
        "up 4%": 1.0,
        "up 4 PER CENT": 1.0,
        "up 4 percent": 1.0,
        "the centre": 0.0,
        "a decent rise": 0.0,
    }
