"""Regular expressions drawn by Hypothesis, shared by the tests that check a fast path
against plain ``re`` on the same pattern (tests/test_needs.py, tests/test_openings.py)."""

from __future__ import annotations

import re
from collections.abc import Sequence

from hypothesis import strategies as st

# Pieces every pattern may use: literals whose case folds oddly (the long s, the dotless i,
# the Kelvin sign), classes, groups, look-arounds and inline flags.
_COMMON_ATOMS = (
    "a",
    "ſt",
    "ı",
    "\u212a",
    "İ",
    r"\$",
    r"\d",
    r"\w+",
    r"\s+",
    "[ab]",
    "[a-c]",
    "[^x]",
    ".",
    "(?<!x)",
    r"\b",
    "(?=k)",
    "(?=.ab)",
    "(?<=ab)",
    r"(?<!\d)",
    r"(?<![\w.])",
    "(?-i:K)",
    "(?-i:R)s",
    "(?-i:USD)",
    "(?i:ab)",
    r"\d{2}",
)


# A quantifier in a pattern: "+", a bounded repeat's "}", an optional group's ")?".
_REPEATED = re.compile(r"[+}]|\)\?")


def patterns(extra_atoms: Sequence[str]) -> st.SearchStrategy[str]:
    """Patterns built from the common atoms plus ``extra_atoms`` (the words a test's text
    is made of) by concatenation, alternation, optional and bounded repeats, and groups."""
    atoms = st.sampled_from([*extra_atoms, *_COMMON_ATOMS])

    def extend(inner: st.SearchStrategy[str]) -> st.SearchStrategy[str]:
        # A repeat around a repeat ("(?:(?:\b){2,3})+", "(?:\w+)+") makes plain ``re``
        # backtrack for seconds on a short text, and no rule is written so: what holds a
        # repeat already is left as it is.
        def repeat(x: str, quantifier: str) -> str:
            return x if _REPEATED.search(x) else f"(?:{x}){quantifier}"

        return st.one_of(
            st.lists(inner, min_size=1, max_size=4).map("".join),
            st.lists(inner, min_size=2, max_size=3).map(lambda xs: "(?:" + "|".join(xs) + ")"),
            inner.map(lambda x: repeat(x, "?")),
            inner.map(lambda x: repeat(x, "+")),
            inner.map(lambda x: repeat(x, "{2,3}")),
            inner.map(lambda x: f"({x})"),
        )

    return st.recursive(atoms, extend, max_leaves=8)
