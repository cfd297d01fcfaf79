"""Run every rule's own examples: sentences it must match, with the fields they must
yield, and sentences it must not match."""

from __future__ import annotations

from collections.abc import Mapping
from dataclasses import dataclass
from typing import Any

from factcheck.claims.extract import Extractor, extractor_for
from factcheck.errors import RuleError
from factcheck.rulepacks.ruleset import Example, Rule, RuleSet


@dataclass(frozen=True)
class ExampleFailure:
    """An example that does not hold, located in its rule file."""

    rule: str
    example: Example
    message: str

    def error(self) -> RuleError:
        """The failure as a located error."""
        return RuleError(self.message, self.example.path, self.example.line, self.example.column)


def _field_mismatch(expected: Mapping[str, Any], actual: Mapping[str, Any]) -> str | None:
    for key, want in expected.items():
        got = actual.get(key)
        if isinstance(want, Mapping) and isinstance(got, Mapping):
            inner = _field_mismatch(want, got)
            if inner:
                return f"{key}.{inner}"
            continue
        if isinstance(want, (int, float)) and isinstance(got, (int, float)):
            if abs(want - got) <= 1e-6 * max(1.0, abs(want)):
                continue
        elif want == got:
            continue
        return f"{key}: expected {want!r}, got {got!r}"
    return None


def check_rule(rule: Rule, extractor: Extractor) -> list[ExampleFailure]:
    """The examples of ``rule`` that do not hold."""
    failures: list[ExampleFailure] = []
    for ex in rule.examples:
        ctx = extractor.context(ex.text)
        found = [f for f in extractor.find(ex.text, ctx, rules=[rule]) if f.rule is rule]
        if not ex.should_match:
            if found:
                text = ex.text[found[0].start : found[0].end]
                failures.append(
                    ExampleFailure(rule.id, ex, f"must not match, but matched '{text}'")
                )
            continue
        if not found:
            failures.append(ExampleFailure(rule.id, ex, "must match, but did not"))
            continue
        problems = [_field_mismatch(ex.fields, f.fields) for f in found]
        if ex.fields and all(problems):
            failures.append(ExampleFailure(rule.id, ex, f"wrong fields: {problems[0]}"))
    return failures


def check_examples(ruleset: RuleSet, extractor: Extractor | None = None) -> list[ExampleFailure]:
    """The examples of every rule that do not hold."""
    ex = extractor or extractor_for(ruleset)
    return [f for rule in ruleset.rules for f in check_rule(rule, ex)]
