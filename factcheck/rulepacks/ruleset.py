"""Rules and rule sets: what the loader builds and the extractor runs."""

from __future__ import annotations

import re
from collections.abc import Mapping
from dataclasses import dataclass, field
from typing import Any

from factcheck.rulepacks.knowledge import Knowledge
from factcheck.rulepacks.macros import Macros


@dataclass(frozen=True)
class Example:
    """A sentence a rule must match (with the fields it must yield) or must not match."""

    text: str
    should_match: bool
    fields: Mapping[str, Any]
    path: str
    line: int
    column: int


@dataclass(frozen=True)
class Rule:
    """A claim pattern: a compiled regex, the claim type it yields and its examples."""

    id: str
    type: str
    description: str
    pattern: str
    regex: re.Pattern[str]
    captures: Mapping[str, str]  # group name -> capture kind
    constants: Mapping[str, Any]
    context_words: str | None  # a lexicon list that must occur near the match
    context_within: int  # words before the match
    context_after: int  # words after it
    scope: str  # "match" or "sentence": how much of the sentence the claim spans
    priority: int
    # Claim types that take precedence: a match overlapping one of them is dropped.
    yield_to: tuple[str, ...]
    examples: tuple[Example, ...]
    path: str
    line: int


@dataclass(frozen=True)
class Pack:
    """A folder of rules and knowledge with a ``pack.yaml``."""

    name: str
    version: str
    description: str
    path: str
    rule_count: int


@dataclass
class RuleSet:
    """All rules and knowledge of the loaded packs."""

    knowledge: Knowledge
    macros: Macros
    rules: list[Rule] = field(default_factory=list)
    packs: list[Pack] = field(default_factory=list)

    def by_type(self, claim_type: str) -> list[Rule]:
        """The rules that yield claims of ``claim_type``."""
        return [r for r in self.rules if r.type == claim_type]
