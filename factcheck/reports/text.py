"""The terminal report: one block per claim, colour only when asked (on a TTY)."""

from __future__ import annotations

from factcheck.model import CheckedClaim, Report
from factcheck.reports.common import one_line, outcome, prior_check_text, status, waiver_text
from factcheck.reports.options import RenderOptions
from factcheck.sanitize import clean

COLOURS = {"supported": "32", "contradicted": "31", "mixed": "33", "unverified": "90"}
WIDTH = 12


def _paint(text: str, code: str, colour: bool) -> str:
    return f"\x1b[{code}m{text}\x1b[0m" if colour else text


def _claim_lines(c: CheckedClaim, options: RenderOptions) -> list[str]:
    v = c.verdict
    state = status(c, options)
    label = v.label + {"waived": " (waived)", "baseline": " (in baseline)"}.get(state, "")
    head = (
        f"  {c.claim.line}:{c.claim.column}".ljust(10)
        + _paint(label.ljust(WIDTH), COLOURS[v.label], options.colour)
        + f" {c.claim.type.ljust(11)} {one_line(c.claim.text)}"
    )
    lines = [head, f"{'':10}{one_line(v.rationale)}"]
    for e in v.evidence[:3]:
        lines.append(f"{'':10}{e.stance}: “{one_line(e.quote, 140)}”")
        lines.append(f"{'':12}{one_line(e.url)}")
    if c.waiver:
        lines.append(f"{'':10}{waiver_text(c)}")
    for p in c.prior_checks:
        lines.append(f"{'':10}{prior_check_text(p)} ({one_line(p.url)})")
    return lines


def render(report: Report, options: RenderOptions) -> str:
    """The report for a person at a terminal."""
    out: list[str] = []
    for article in report.articles:
        out.append(_paint(clean(article.path), "1", options.colour))
        out.extend(f"  note: {one_line(note)}" for note in article.notes)
        if not article.claims:
            out.append("  no checkable claims found")
        for c in article.claims:
            out.extend(_claim_lines(c, options))
        out.append("")
    failed = [s for s in report.sources if s.error]
    if failed:
        out.append("Sources that failed:")
        for s in failed:
            out.append(
                f"  {one_line(s.url)}: {s.error}" + (f" ({one_line(s.detail)})" if s.detail else "")
            )
        out.append("")
    summary = report.summary()
    counts = ", ".join(
        f"{summary[k]} {k}" for k in ("supported", "contradicted", "mixed", "unverified")
    )
    out.append(
        f"{summary['claims']} claims: {counts}. "
        f"Sources: {summary['sources_ok']} fetched, {summary['sources_failed']} failed."
    )
    out.append(outcome(report, options))
    return "\n".join(out) + "\n"
