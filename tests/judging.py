"""What the evidence tests share: a draft checked against pages built from text (no
network), the claim of a type it makes, and a claim sentence's stance on one source
sentence."""

from __future__ import annotations

from typing import Any

from factcheck.check import check_against
from factcheck.claimfields import DateFields
from factcheck.claims.extract import extract_claims
from factcheck.evidence.readings import reader_for
from factcheck.evidence.statements import assess_statement
from factcheck.model import CheckedClaim, Verdict
from factcheck.reading import parse_article
from factcheck.rulepacks.ruleset import RuleSet
from factcheck.sources.gather import page_from_text


def run(
    article: str, pages: dict[str, str], ruleset: Any, *, wrap: bool = True, path: str = "draft.md"
) -> list[CheckedClaim]:
    """The claims of a Markdown draft checked against ``pages`` (URL to HTML), each page's
    body in an ``<article>`` element unless ``wrap`` is off (a whole page)."""
    built = [
        page_from_text(url, f"<article>{body}</article>" if wrap else body)
        for url, body in pages.items()
    ]
    return list(check_against(parse_article(article, path, "markdown"), built, ruleset).claims)


def verdict(claims: list[CheckedClaim], claim_type: str, words: str = "") -> CheckedClaim:
    """The first claim of ``claim_type`` whose sentence holds ``words``; fails when none."""
    found = [c for c in claims if c.claim.type == claim_type and words in c.claim.sentence.text]
    assert found, f"no {claim_type} claim with {words!r}: {[c.claim.text for c in claims]}"
    return found[0]


def cited(
    sentence: str, url: str, page: str, ruleset: Any, claim_type: str, *, wrap: bool = True
) -> CheckedClaim:
    """The claim of ``claim_type`` made by a draft of one sentence that cites ``url``,
    checked against ``page`` served there (wrapped as :func:`run` does)."""
    draft = f"# Draft\n\n{sentence} ([source]({url})).\n"
    return verdict(run(draft, {url: page}, ruleset, wrap=wrap), claim_type)


def verdict_on(
    article: str,
    pages: dict[str, str],
    ruleset: Any,
    claim_type: str,
    words: str = "",
    *,
    wrap: bool = True,
    path: str = "draft.md",
) -> Verdict:
    """The verdict on the claim :func:`verdict` picks from the draft checked by
    :func:`run`."""
    claims = run(article, pages, ruleset, wrap=wrap, path=path)
    return verdict(claims, claim_type, words).verdict


def stance(ruleset: RuleSet, claim: str, source: str, title: str = "") -> tuple[str, str]:
    """How one source sentence (on a page titled ``title``) bears on a claim sentence:
    the stance and its reason."""
    reader = reader_for(ruleset.macros)
    result = assess_statement(
        reader.read(claim),
        reader.read(source),
        ruleset.knowledge,
        reader.synonyms,
        reader.read(title) if title else None,
    )
    return result.stance, result.reason


def dated_events(text: str, ruleset: RuleSet) -> list[tuple[str | None, str | None]]:
    """The (event, date) of every date claim a draft's text makes."""
    claims = extract_claims(parse_article(text, "draft.txt"), ruleset)
    return [(c.fields.event, c.fields.date) for c in claims if isinstance(c.fields, DateFields)]
