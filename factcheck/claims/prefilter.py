"""Cheap tests that skip sentences a rule cannot match, without changing what it matches.

A rule that opens with a left-hand phrase (``{lphrase:left}``, ``{lparty:strikers}``)
makes the regex engine try up to 160 characters of phrase at every position of a
sentence before it looks for the rule's keywords ("dwarfs", "on strike
against"): on the many sentences without those keywords that is all wasted, and it was
most of the time spent reading claims from articles and evidence from pages.

Whatever follows the opening phrase must match somewhere in any sentence the whole rule
matches, and on its own it is quick to search for, so a sentence where it is not found is
skipped. The pattern after the phrase is used whole: cutting it shorter could drop a
top-level alternative and skip a sentence the rule would have matched.
"""

from __future__ import annotations

import re

from factcheck.rulepacks.macros import Macros
from factcheck.rulepacks.regexes import compile_after_group
from factcheck.rulepacks.ruleset import Rule

_OPENING = re.compile(r"\(\?(?:P<[A-Za-z_]\w*>|:)")
# Back-references and conditionals tie the rest of a pattern to its opening group.
_REFERS_BACK = re.compile(r"\\[1-9]|\(\?P=|\(\?\(")


def gate(rule: Rule, macros: Macros) -> re.Pattern[str] | None:
    """A regex found in every sentence ``rule`` matches, or None when there is no
    cheap one (the rule does not open with a left-hand phrase)."""
    pattern = rule.regex.pattern
    phrase = macros.fragment("lphrase", None) or ""
    opening = _OPENING.match(pattern)
    if not phrase or opening is None or not pattern.startswith(phrase + ")", opening.end()):
        return None
    rest = pattern[opening.end() + len(phrase) + 1 :]
    if not rest or _REFERS_BACK.search(rest):
        return None
    try:
        return compile_after_group(pattern, rule.regex.flags, rest)
    except re.error:
        return None
