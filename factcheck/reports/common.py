"""Small helpers the report formats share: safe links and the words used for outcomes."""

from __future__ import annotations

from urllib.parse import urlsplit

from factcheck.model import CheckedClaim, PriorCheck, Report
from factcheck.reports.options import RenderOptions
from factcheck.sanitize import clean

LABEL_ORDER = ("contradicted", "mixed", "unverified", "supported")


def web_url(url: str | None) -> str | None:
    """``url`` if it is an absolute http(s) URL that is safe to link to, else None.

    Everything else (``javascript:``, ``data:``, relative or malformed URLs, and URLs
    with whitespace or control characters) is shown as text, never linked."""
    if not url or url != clean(url) or any(ch.isspace() for ch in url):
        return None
    try:
        parts = urlsplit(url)
    except ValueError:
        return None
    if parts.scheme.lower() not in ("http", "https") or not parts.hostname:
        return None
    return url


def host(url: str) -> str:
    """The host of ``url`` for link text (the whole URL when it has none)."""
    try:
        name = urlsplit(url).hostname
    except ValueError:
        name = None
    return name.removeprefix("www.") if name else url


def one_line(text: str | None, limit: int | None = None) -> str:
    """Untrusted text on one line, without control characters, cut at ``limit``."""
    text = clean(text or "", one_line=True)
    if limit is not None and len(text) > limit:
        text = text[: limit - 1].rstrip() + "…"
    return text


def status(checked: CheckedClaim, options: RenderOptions) -> str:
    """``fails``, ``waived``, ``baseline`` (failing, but already in the baseline) or
    ``passes``: what the claim means for the run."""
    if options.gate.fails(checked):
        return "fails"
    if checked.verdict.label in options.gate.fail_on:
        return "waived" if checked.waiver else "baseline"
    return "passes"


def outcome(report: Report, options: RenderOptions) -> str:
    """One sentence on whether the run fails, and why."""
    failures = options.gate.failures(report)
    labels = ", ".join(options.gate.fail_on) or "nothing"
    if not failures:
        return f"No claim fails the check (failing verdicts: {labels})."
    noun = "claim fails" if len(failures) == 1 else "claims fail"
    return f"{len(failures)} {noun} the check (failing verdicts: {labels})."


def prior_check_text(p: PriorCheck) -> str:
    """``previously fact-checked by X (date): rating`` on one line."""
    when = f" ({one_line(p.date)})" if p.date else ""
    return f"previously fact-checked by {one_line(p.publisher)}{when}: {one_line(p.rating)}"


def waiver_text(checked: CheckedClaim) -> str:
    """``waived by X: reason`` on one line (empty when not waived)."""
    w = checked.waiver
    if w is None:
        return ""
    where = "inline marker" if w.source == "inline" else one_line(w.source)
    return f"waived by {one_line(w.by)} ({where}): {one_line(w.reason)}"


def plain_message(c: CheckedClaim, head: str, *, quotes: int, width: int) -> str:
    """A claim as plain lines for CI logs and SARIF: ``head``, then the first evidence
    quotes, the waiver and earlier fact-checks, every piece of page text on one line."""
    lines = [head]
    for e in c.verdict.evidence[:quotes]:
        lines.append(f"{e.stance}: “{one_line(e.quote, width)}” ({one_line(e.url)})")
    if c.waiver:
        lines.append(waiver_text(c))
    lines += [f"{prior_check_text(p)} ({one_line(p.url)})" for p in c.prior_checks]
    return "\n".join(lines)
