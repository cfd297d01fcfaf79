"""Reading claims costs time in proportion to the text: a sentence of many amounts, an
article of many sentences naming many organisations.

Each test times the same work on a text and on one four times longer, in the same test,
by CPU time, best of three: linear work takes about four times as long, quadratic work
sixteen. The bound leaves room for a busy machine without letting a square through: an
article of 240 paragraphs measured 4.7 to 7.0 times one of 60 alone, and 8.8 once while
other test suites ran on the same two cores.
"""

from __future__ import annotations

import random
import time
from collections.abc import Callable
from itertools import pairwise
from typing import Any

from factcheck.claims.extract import Extractor, Recent, extract_claims, pieces
from factcheck.claims.values import TextContext
from factcheck.reading import parse_article

RATIO_BOUND = 10.0


def _cpu(work: Callable[[], object]) -> float:
    best = float("inf")
    for _ in range(3):
        started = time.process_time()
        work()
        best = min(best, time.process_time() - started)
    return best


def _ratio(make: Callable[[int], str], n: int, ruleset: Any) -> tuple[float, int, int]:
    extractor = Extractor(ruleset)
    small = parse_article(make(n), "small.txt", "text")
    large = parse_article(make(4 * n), "large.txt", "text")
    found: dict[str, int] = {}

    def run(article: Any, key: str) -> Callable[[], None]:
        def work() -> None:
            found[key] = len(extract_claims(article, ruleset, extractor=extractor))

        return work

    run(small, "small")()  # warm-up: lazy regex compilation and caches
    ratio = _cpu(run(large, "large")) / max(_cpu(run(small, "small")), 1e-4)
    return ratio, found["small"], found["large"]


def _amounts_line(n: int) -> str:
    rng = random.Random(n)
    offers = [f"${rng.randrange(20, 990)},{rng.randrange(100, 999)} a year" for _ in range(n)]
    return "Bids for the night-shift roles came in at " + ", ".join(offers) + ".\n"


def test_a_sentence_of_many_amounts_costs_linear_time(ruleset: Any) -> None:
    ratio, small, large = _ratio(_amounts_line, 300, ruleset)
    assert small >= 250 and large >= 4 * small * 0.9  # the amounts are read, not skipped
    assert ratio < RATIO_BOUND, f"4x the amounts took {ratio:.1f}x the time"


def _article(n: int) -> str:
    rng = random.Random(7)
    paragraphs = []
    for i in range(n):
        # A new organisation in every paragraph, a sentence opening with a capitalised
        # word seen nowhere else, and "the union" pointing back to a union named earlier.
        firm = f"Kestrel{i} Haulage"
        paragraphs.append(
            f"Members of the Tarn{i} Drivers Union walked out at {firm} on "
            f"{rng.randrange(1, 28)} May 2025. Opener{i} says pay there is "
            f"${rng.randrange(30, 90)},000 a year. The union struck {firm} again in June."
        )
    return "\n\n".join(paragraphs) + "\n"


def test_an_article_of_many_organisations_costs_linear_time(ruleset: Any) -> None:
    ratio, small, large = _ratio(_article, 60, ruleset)
    assert small >= 60 and large >= 4 * small * 0.9
    assert ratio < RATIO_BOUND, f"4x the paragraphs took {ratio:.1f}x the time"


def test_names_shown_in_a_text_cost_linear_time(ruleset: Any) -> None:
    # Every sentence opens with a word of its own: each is asked about once.
    def ask(n: int) -> Callable[[], None]:
        words = [f"Alder{i}" for i in range(n)]
        text = " ".join(f"{w} agreed with the Harbour Board." for w in words)

        def work() -> None:
            ctx = TextContext(text, ruleset.knowledge)
            assert not any(ctx.shows_as_name(w) for w in words)

        return work

    ratio = _cpu(ask(8000)) / max(_cpu(ask(2000)), 1e-4)
    assert ratio < RATIO_BOUND, f"4x the text took {ratio:.1f}x the time"


def _letters(i: int) -> str:
    """A word of small letters for ``i``, each ``i`` its own: a, b, ..., z, ab, bb..."""
    word = ""
    while True:
        i, rest = divmod(i, 26)
        word += chr(ord("a") + rest)
        if i == 0:
            return word


def test_sentence_openers_are_counted_in_linear_time(ruleset: Any) -> None:
    # Every sentence opens with a capitalised word of letters of its own (the form of a
    # name that opens sentences): counting each among all of them was quadratic.
    def ask(n: int) -> Callable[[], None]:
        text = " ".join(f"Vel{_letters(i)} agreed with the Harbour Board." for i in range(n))

        def work() -> None:
            ctx = TextContext(text, ruleset.knowledge)
            assert ctx.shows_as_name("Harbour") and not ctx.shows_as_name("Vela")

        return work

    ratio = _cpu(ask(12000)) / max(_cpu(ask(3000)), 1e-4)
    assert ratio < RATIO_BOUND, f"4x the text took {ratio:.1f}x the time"


def test_organisations_named_earlier_are_kept_once_nearest_first() -> None:
    recent = Recent()
    recent.extend(["Union A", "Firm B", "Union A", "Firm C"])
    assert list(recent) == ["Firm C", "Union A", "Firm B"]
    assert recent[0] == "Firm C" and len(recent) == 3
    recent.extend(f"Firm {i}" for i in range(Recent.KEPT))
    assert len(recent) == Recent.KEPT and "Union A" not in list(recent)


def test_long_sentences_are_cut_at_clause_boundaries() -> None:
    raw = "; ".join(f"clause {i}, with words" for i in range(400))
    spans = pieces(raw, 300)
    assert spans[0][0] == 0 and spans[-1][1] == len(raw)
    assert all(a[1] == b[0] for a, b in pairwise(spans))
    assert all(150 < e - s <= 300 for s, e in spans[:-1])
    assert all(raw[s - 2 : s] == "; " for s, _ in spans[1:])
    assert pieces("x" * 10, 300) == [(0, 10)]
    assert pieces("x" * 700, 300) == [(0, 300), (300, 600), (600, 700)]
