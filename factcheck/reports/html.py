"""The HTML report: one self-contained file an editor opens in a browser.

The article is shown with each claim highlighted in its verdict's colour and linked to a
card beside it with the verdict, rationale and evidence; a summary sits on top. The page
loads nothing: a Content-Security-Policy (the first element of ``<head>``) allows only
the one inline stylesheet, by its hash, and no script at all. Jinja2 escapes every value
(``autoescape=True``); fetched text never becomes markup or an attribute name, and only
http(s) URLs become links.
"""

from __future__ import annotations

import base64
import hashlib
import itertools
from dataclasses import dataclass, field
from functools import cache
from importlib.resources import files
from typing import Any

import jinja2
from markupsafe import Markup

from factcheck.model import VERDICT_LABELS, ArticleResult, CheckedClaim, Report
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
from factcheck.sanitize import clean

# Which colour a stretch of text covered by several claims takes: the gravest verdict.
_GRAVITY = {label: i for i, label in enumerate(LABEL_ORDER)}


@cache
def _environment() -> jinja2.Environment:
    templates = files("factcheck.reports") / "templates"
    loader = jinja2.DictLoader(
        {"report.html.j2": (templates / "report.html.j2").read_text("utf-8")}
    )
    # select_autoescape() would not escape a ".j2" template: autoescape is set explicitly.
    return jinja2.Environment(
        loader=loader, autoescape=True, undefined=jinja2.StrictUndefined, keep_trailing_newline=True
    )


@cache
def _css() -> str:
    return (files("factcheck.reports") / "templates" / "report.css").read_text("utf-8")


def content_security_policy(css: str) -> str:
    """The page's policy: nothing may load, and only this stylesheet may apply."""
    digest = base64.b64encode(hashlib.sha256(css.encode("utf-8")).digest()).decode("ascii")
    return (
        f"default-src 'none'; style-src 'sha256-{digest}'; img-src 'none'; "
        "base-uri 'none'; form-action 'none'"
    )


@dataclass
class _Segment:
    text: str
    claims: list[str] = field(default_factory=list)
    starts: list[dict[str, Any]] = field(default_factory=list)
    label: str = ""
    target: str = ""
    waived: bool = False


def _spans(a: ArticleResult) -> tuple[str, list[tuple[int, int]], str]:
    """The text to show and each claim's span in it. Without the article's text (a report
    read back from JSON whose article is gone) the claims' sentences stand in for it."""
    if a.text and all(0 <= c.claim.start < c.claim.end <= len(a.text) for c in a.claims):
        return a.text, [(c.claim.start, c.claim.end) for c in a.claims], ""
    sentences: dict[str, int] = {}
    parts: list[str] = []
    offset = 0
    spans = []
    for c in a.claims:
        sentence = c.claim.sentence.text
        if sentence not in sentences:
            sentences[sentence] = offset
            parts.append(sentence)
            offset += len(sentence) + 2
        base = sentences[sentence]
        at = sentence.find(c.claim.text)
        start = base + max(at, 0)
        end = start + (len(c.claim.text) if at >= 0 else len(sentence))
        spans.append((start, end))
    note = "The article's text is not available: these are the sentences its claims are in."
    return "\n\n".join(parts), spans, note


def _segments(
    text: str, spans: list[tuple[int, int]], cards: list[dict[str, Any]]
) -> list[_Segment]:
    cuts = sorted({0, len(text), *(p for s in spans for p in s)})
    out = []
    for lo, hi in itertools.pairwise(cuts):
        seg = _Segment(clean(text[lo:hi]))
        covering = [card for card, (s, e) in zip(cards, spans, strict=True) if s <= lo and hi <= e]
        seg.starts = [card for card, (s, _) in zip(cards, spans, strict=True) if s == lo]
        if covering:
            seg.claims = [card["id"] for card in covering]
            gravest = min(covering, key=lambda card: _GRAVITY[card["label"]])
            seg.label, seg.target = gravest["label"], gravest["anchor"]
            seg.waived = all(card["waiver"] for card in covering)
        out.append(seg)
    return out


def _card(c: CheckedClaim, number: int, anchor: str, options: RenderOptions) -> dict[str, Any]:
    v = c.verdict
    label = v.label if v.label in VERDICT_LABELS else "unverified"
    return {
        "id": one_line(c.claim.id),
        "number": number,
        "anchor": anchor,
        "label": label,
        "type": one_line(c.claim.type),
        "line": c.claim.line,
        "column": c.claim.column,
        "confidence": f"{v.confidence:.2f}",
        "text": one_line(c.claim.text),
        "rationale": one_line(v.rationale),
        "status": status(c, options),
        "waiver": waiver_text(c),
        "evidence": [
            {
                "stance": e.stance if e.stance in ("supports", "contradicts") else "neutral",
                "quote": one_line(e.quote, 600),
                "found": one_line(e.found) if e.found else "",
                "url": one_line(e.url),
                "href": web_url(e.url),
                "host": one_line(host(e.url)),
            }
            for e in v.evidence
        ],
        "prior_checks": [
            {
                "text": prior_check_text(p),
                "url": one_line(p.url),
                "href": web_url(p.url),
                "host": one_line(host(p.url)),
            }
            for p in c.prior_checks
        ],
    }


def _article(a: ArticleResult, index: int, options: RenderOptions) -> dict[str, Any]:
    cards = [_card(c, n, f"a{index}-c{n}", options) for n, c in enumerate(a.claims, start=1)]
    text, spans, note = _spans(a)
    return {
        "anchor": f"a{index}",
        "path": one_line(a.path),
        "note": note,
        "segments": _segments(text, spans, cards),
        "claims": cards,
    }


def render(report: Report, options: RenderOptions) -> str:
    """The report as one self-contained HTML page."""
    css = _css()
    title = (
        one_line(report.articles[0].path)
        if len(report.articles) == 1
        else (f"{len(report.articles)} articles")
    )
    return (
        _environment()
        .get_template("report.html.j2")
        .render(
            csp=content_security_policy(css),
            css=Markup(css),  # the package's own stylesheet, never data
            version=one_line(report.version),
            title=title,
            labels=LABEL_ORDER,
            summary=report.summary(),
            outcome=outcome(report, options),
            failing=bool(options.gate.failures(report)),
            articles=[_article(a, i, options) for i, a in enumerate(report.articles, start=1)],
            sources=[
                {
                    "url": one_line(s.final_url or s.url),
                    "title": one_line(s.title or host(s.url)),
                    "href": web_url(s.final_url or s.url),
                    "origin": s.origin,
                    "status": s.error or s.status or "",
                    "fetched_at": s.fetched_at or "",
                }
                for s in report.sources
            ],
        )
    )
