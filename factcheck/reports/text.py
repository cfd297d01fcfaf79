"""The terminal report: one block per claim, colour only when asked (on a TTY)."""

from __future__ import annotations

from factcheck.model import CheckedClaim, Report
from factcheck.sanitize import clean

COLOURS = {"supported": "32", "contradicted": "31", "mixed": "33", "unverified": "90"}
WIDTH = 12


def _paint(text: str, code: str, colour: bool) -> str:
    return f"\x1b[{code}m{text}\x1b[0m" if colour else text


def _claim_lines(c: CheckedClaim, colour: bool) -> list[str]:
    v = c.verdict
    label = v.label + (" (waived)" if c.waiver else "")
    head = (
        f"  {c.claim.line}:{c.claim.column}".ljust(10)
        + _paint(label.ljust(WIDTH), COLOURS[v.label], colour)
        + f" {c.claim.type.ljust(11)} {clean(c.claim.text, one_line=True)}"
    )
    lines = [head, f"{'':10}{clean(v.rationale, one_line=True)}"]
    for e in v.evidence[:3]:
        quote = clean(e.quote, one_line=True)
        if len(quote) > 140:
            quote = quote[:139] + "…"
        lines.append(f"{'':10}{e.stance}: “{quote}”")
        lines.append(f"{'':12}{clean(e.url, one_line=True)}")
    if c.waiver:
        lines.append(
            f"{'':10}waived by {clean(c.waiver.by)}: {clean(c.waiver.reason, one_line=True)}"
        )
    for p in c.prior_checks:
        by, rating, url = clean(p.publisher), clean(p.rating), clean(p.url)
        lines.append(f"{'':10}previously fact-checked by {by}: {rating} ({url})")
    return lines


def render(report: Report, *, colour: bool = False) -> str:
    """The report for a person at a terminal."""
    out: list[str] = []
    for article in report.articles:
        out.append(_paint(clean(article.path), "1", colour))
        if not article.claims:
            out.append("  no checkable claims found")
        for c in article.claims:
            out.extend(_claim_lines(c, colour))
        out.append("")
    failed = [s for s in report.sources if s.error]
    if failed:
        out.append("Sources that failed:")
        for s in failed:
            out.append(
                f"  {clean(s.url, one_line=True)}: {s.error}"
                + (f" ({clean(s.detail, one_line=True)})" if s.detail else "")
            )
        out.append("")
    s = report.summary()
    counts = ", ".join(f"{s[k]} {k}" for k in ("supported", "contradicted", "mixed", "unverified"))
    out.append(
        f"{s['claims']} claims: {counts}. "
        f"Sources: {s['sources_ok']} fetched, {s['sources_failed']} failed."
    )
    return "\n".join(out) + "\n"
