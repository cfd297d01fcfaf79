"""What the extraction tests share: the claims a short Markdown draft gives."""

from __future__ import annotations

from factcheck.claims.extract import extract_claims
from factcheck.reading import parse_article
from factcheck.rulepacks.ruleset import RuleSet


def titles_in(text: str, ruleset: RuleSet) -> list[str]:
    """The job titles extracted from ``text``, a draft's body under a heading."""
    article = parse_article(f"# Jobs\n\n{text}\n", "d.md", "markdown")
    return [
        str(c.fields["title"]) for c in extract_claims(article, ruleset) if c.type == "job_title"
    ]
