"""What the extraction tests share: the claims a short Markdown draft gives."""

from __future__ import annotations

from typing import Any

from factcheck.claims.extract import extract_claims
from factcheck.reading import parse_article
from factcheck.rulepacks.ruleset import RuleSet


def titles_in(text: str, ruleset: RuleSet) -> list[str]:
    """The job titles extracted from ``text``, a draft's body under a heading."""
    article = parse_article(f"# Jobs\n\n{text}\n", "d.md", "markdown")
    return [
        str(c.fields["title"]) for c in extract_claims(article, ruleset) if c.type == "job_title"
    ]


def titles_with_employers(text: str, ruleset: RuleSet) -> list[tuple[str, str]]:
    """Each job title extracted from ``text`` (a draft's body under a heading) with the
    employer it was read for."""
    article = parse_article(f"# Jobs\n\n{text}\n", "d.md", "markdown")
    return [
        (str(c.fields["title"]), str(c.fields.get("employer")))
        for c in extract_claims(article, ruleset)
        if c.type == "job_title"
    ]


def first_fields(sentence: str, claim_type: str, ruleset: RuleSet) -> dict[str, Any]:
    """The fields of the first claim of ``claim_type`` in a draft of one sentence; fails
    when there is none."""
    article = parse_article(f"# Draft\n\n{sentence}\n", "d.md", "markdown")
    found = [c for c in extract_claims(article, ruleset) if c.type == claim_type]
    assert found, sentence
    return dict(found[0].fields)
