"""The Markdown report: an editor's memo or a pull-request comment.

A summary table first, then every claim with its verdict, rationale, quoted evidence and
links. Text from drafts and fetched pages is escaped so that it stays text: no markup,
links, images, HTML, tables, math or ``@mentions`` can come from it.
"""

from __future__ import annotations

import re
from urllib.parse import quote

from factcheck.model import ArticleResult, CheckedClaim, Report
from factcheck.reports.common import (
    LABEL_ORDER,
    host,
    one_line,
    outcome,
    prior_check_text,
    status,
    waiver_text,
    web_url,
)
from factcheck.reports.options import RenderOptions

ICONS = {"supported": "✅", "contradicted": "❌", "mixed": "⚠️", "unverified": "❔"}

# Every character CommonMark or GitHub gives a meaning to inline, including the pipe
# (tables), the tilde (strike-through) and the dollar (GitHub math).
_SPECIAL = re.compile(r"([\\`*_{}\[\]<>()#+!|~&$])")
# GitHub turns bare web addresses into links; a zero-width space keeps them text.
_AUTOLINK = re.compile(r"(?i)\b(https?:|ftp:|www)(?=//|\.)")
# A mention or an issue reference would notify people or cross-link: a zero-width space
# after the sign breaks it, as Dependabot does in the release notes it quotes.
_MENTION = re.compile(r"([@#])(?=[\w-])")


def escape(text: str | None, limit: int | None = None) -> str:
    """Untrusted text as inert Markdown, on one line."""
    text = one_line(text, limit)
    text = _MENTION.sub("\\1\u200b", text)
    text = _AUTOLINK.sub("\\1\u200b", text)
    return _SPECIAL.sub(r"\\\1", text)


def link(url: str, text: str | None = None) -> str:
    """A Markdown link for an http(s) URL; any other URL is shown as escaped text."""
    safe = web_url(url)
    label = escape(text or host(url), 80)
    if safe is None:
        return f"{escape(url, 200)} (not linked)"
    # Percent-encode what could end the destination or break a table row.
    destination = quote(safe, safe=":/?#[]@!$&'*+,;=%~.-_")
    return f"[{label}]({destination})"


def _summary(report: Report, options: RenderOptions) -> list[str]:
    s = report.summary()
    articles = len(report.articles)
    lines = [
        "# Fact-check report",
        "",
        f"factcheck {escape(report.version)} · {articles} article{'s' * (articles != 1)} · "
        f"{s['claims']} claims · sources: {s['sources_ok']} fetched, "
        f"{s['sources_failed']} failed",
        "",
        f"**{outcome(report, options)}**",
        "",
        "| verdict | claims |",
        "|---|---:|",
    ]
    lines += [f"| {ICONS[label]} {label} | {s[label]} |" for label in LABEL_ORDER]
    return lines


def _claim_row(c: CheckedClaim, options: RenderOptions) -> str:
    state = status(c, options)
    verdict = f"{ICONS[c.verdict.label]} {c.verdict.label}"
    if state != "passes":
        verdict += f" ({state})"
    return (
        f"| [{escape(c.claim.id)}](#{_anchor(c)}) | {c.claim.line}:{c.claim.column} | "
        f"{escape(c.claim.type)} | {verdict} | {escape(c.claim.text, 90)} |"
    )


def _anchor(c: CheckedClaim) -> str:
    return "claim-" + re.sub(r"[^a-z0-9-]", "", f"{c.claim.id}-{c.fingerprint}".lower())


def _claim_details(c: CheckedClaim, options: RenderOptions) -> list[str]:
    v = c.verdict
    state = status(c, options)
    heading = (
        f"### {ICONS[v.label]} {escape(c.claim.id)} · {v.label} · {escape(c.claim.type)} · "
        f"line {c.claim.line}:{c.claim.column}"
    )
    lines = [f'<a id="{_anchor(c)}"></a>', "", heading, "", f"> “{escape(c.claim.text)}”", ""]
    lines.append(f"{escape(v.rationale)} (confidence {v.confidence:.2f})")
    if state == "fails":
        lines += ["", "**This claim fails the check.**"]
    elif state == "baseline":
        lines += ["", "Already in the baseline report: it does not fail this run."]
    if c.waiver:
        lines += ["", f"*{escape(waiver_text(c))}*"]
    if v.evidence:
        lines += ["", "Evidence:", ""]
        for e in v.evidence:
            found = f" (reads {escape(e.found)})" if e.found else ""
            lines.append(f"- {e.stance}{found}: “{escape(e.quote, 400)}” — {link(e.url)}")
    for p in c.prior_checks:
        lines += ["", f"- {escape(prior_check_text(p))} — {link(p.url, p.publisher)}"]
    lines.append("")
    return lines


def _article(a: ArticleResult, options: RenderOptions) -> list[str]:
    lines = ["", f"## {escape(a.path)}", ""]
    if not a.claims:
        return [*lines, "No checkable claims found.", ""]
    lines += ["| claim | line | type | verdict | text |", "|---|---|---|---|---|"]
    lines += [_claim_row(c, options) for c in a.claims]
    lines.append("")
    for c in a.claims:
        lines += _claim_details(c, options)
    return lines


def _sources(report: Report) -> list[str]:
    failed = [s for s in report.sources if s.error]
    if not failed:
        return []
    lines = ["## Sources that could not be used", ""]
    for s in failed:
        detail = f" ({escape(s.detail, 200)})" if s.detail else ""
        lines.append(f"- {link(s.url, s.url)}: {escape(s.error)}{detail}")
    return [*lines, ""]


def render(report: Report, options: RenderOptions) -> str:
    """The report as GitHub-flavoured Markdown."""
    lines = _summary(report, options)
    for a in report.articles:
        lines += _article(a, options)
    lines += _sources(report)
    return "\n".join(lines).rstrip("\n") + "\n"
