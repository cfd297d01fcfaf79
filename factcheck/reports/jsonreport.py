"""The JSON report (``factcheck-report/1``), and reading one back for ``factcheck report``."""

from __future__ import annotations

import dataclasses
import io
import json
from collections.abc import Callable
from typing import Any

from factcheck.claimfields import fields_from_json
from factcheck.errors import InputError
from factcheck.model import (
    ORIGINS,
    STANCES,
    VERDICT_LABELS,
    ArticleResult,
    CheckedClaim,
    Claim,
    Evidence,
    PriorCheck,
    Report,
    Sentence,
    SourceRecord,
    Verdict,
    Waiver,
)

SCHEMA = "factcheck-report/1"


def to_dict(report: Report) -> dict[str, Any]:
    """The report as the contract's JSON structure."""
    return {
        "schema": SCHEMA,
        "tool": {"name": "factcheck", "version": report.version},
        "articles": [article_dict(a) for a in report.articles],
        "sources": [source_dict(s) for s in report.sources],
        "summary": report.summary(),
    }


def article_dict(a: ArticleResult) -> dict[str, Any]:
    """One article of the report: path, sha256 and its checked claims, and the limits
    that bit while checking it (``notes``, only when there are some)."""
    out = {"path": a.path, "sha256": a.sha256, "claims": [_claim(c) for c in a.claims]}
    if a.notes:
        out["notes"] = list(a.notes)
    return out


def _claim(c: CheckedClaim) -> dict[str, Any]:
    claim, verdict = c.claim, c.verdict
    out: dict[str, Any] = {
        "id": claim.id,
        "type": claim.type,
        "text": claim.text,
        "sentence": claim.sentence.text,
        "line": claim.line,
        "column": claim.column,
        "fields": dict(claim.fields),
        "verdict": verdict.label,
        "confidence": verdict.confidence,
        "rationale": verdict.rationale,
        "evidence": [
            {"url": e.url, "quote": e.quote, "score": e.score, "stance": e.stance}
            | ({"found": e.found} if e.found else {})
            for e in verdict.evidence
        ],
        "rule": claim.rule,
        # Where the claim is in the article's extracted text (for the HTML report).
        "span": [claim.start, claim.end],
        "checkworthiness": claim.checkworthiness,
        "fingerprint": c.fingerprint,
    }
    if c.waiver:
        out["waiver"] = {"by": c.waiver.by, "reason": c.waiver.reason, "source": c.waiver.source}
    if c.prior_checks:
        out["prior_checks"] = [
            {
                "publisher": p.publisher,
                "rating": p.rating,
                "url": p.url,
                "claim": p.claim,
                "date": p.date,
            }
            for p in c.prior_checks
        ]
    return out


def source_dict(s: SourceRecord) -> dict[str, Any]:
    """One entry of the report's ``sources``."""
    out: dict[str, Any] = {
        "url": s.url,
        "final_url": s.final_url,
        "status": s.status,
        "fetched_at": s.fetched_at,
        "sha256": s.sha256,
        "origin": s.origin,
        "error": s.error,
    }
    for key in ("detail", "title", "published", "content_type"):
        value = getattr(s, key)
        if value is not None:
            out[key] = value
    if s.from_cache:
        out["from_cache"] = True
    return out


def dumps(report: Report) -> str:
    """The JSON report as text: ``json.dumps(..., indent=2, ensure_ascii=False)``,
    written piece by piece into one buffer. With an indent, json.dumps joins a list of
    every piece of the text at the end, which for a report of tens of thousands of
    claims held millions of small strings, several times the report's size."""
    out = io.StringIO()
    for piece in json.JSONEncoder(indent=2, ensure_ascii=False).iterencode(to_dict(report)):
        out.write(piece)
    out.write("\n")
    return out.getvalue()


def loads(text: str, where: str) -> Report:
    """Read a JSON report back (as written by :func:`dumps`)."""
    try:
        data = json.loads(text)
    except json.JSONDecodeError as exc:
        raise InputError(f"{where}:{exc.lineno}: not valid JSON: {exc.msg}") from None
    if not isinstance(data, dict) or data.get("schema") != SCHEMA:
        raise InputError(f"{where}: not a factcheck report (schema {SCHEMA!r} expected)")
    try:
        return _report(data)
    except KeyError as exc:
        raise InputError(f"{where}: malformed factcheck report (missing {exc})") from None
    except (TypeError, ValueError, AttributeError) as exc:
        raise InputError(f"{where}: malformed factcheck report ({exc})") from None


def _choice(value: Any, allowed: tuple[str, ...], what: str) -> Any:
    if value not in allowed:
        raise ValueError(f"unknown {what} {value!r}")
    return value


def _report(data: dict[str, Any]) -> Report:
    articles = []
    for a in data["articles"]:
        claims = []
        for c in a["claims"]:
            line, column = int(c["line"]), int(c["column"])
            start, end = (int(v) for v in c.get("span", (0, len(c["text"]))))
            sentence = Sentence(0, c["sentence"], 0, len(c["sentence"]), line, column, 0)
            claim = Claim(
                id=c["id"],
                type=c["type"],
                text=c["text"],
                sentence=sentence,
                start=start,
                end=end,
                line=line,
                column=column,
                fields=fields_from_json(c["type"], c.get("fields", {})),
                rule=c.get("rule", ""),
                checkworthiness=float(c.get("checkworthiness", 1.0)),
            )
            verdict = Verdict(
                label=_choice(c["verdict"], VERDICT_LABELS, "verdict"),
                confidence=float(c["confidence"]),
                rationale=c["rationale"],
                evidence=tuple(
                    Evidence(
                        str(e["url"]),
                        str(e["quote"]),
                        float(e["score"]),
                        _choice(e["stance"], STANCES, "stance"),
                        e.get("found"),
                    )
                    for e in c.get("evidence", [])
                ),
            )
            waiver = Waiver(**c["waiver"]) if c.get("waiver") else None
            priors = tuple(PriorCheck(**p) for p in c.get("prior_checks", []))
            claims.append(CheckedClaim(claim, verdict, c.get("fingerprint", ""), waiver, priors))
        notes = tuple(str(n) for n in a.get("notes", []))
        articles.append(ArticleResult(a["path"], a["sha256"], tuple(claims), notes=notes))
    sources = tuple(
        SourceRecord(
            url=s["url"],
            origin=_choice(s["origin"], ORIGINS, "origin"),
            final_url=s.get("final_url"),
            status=s.get("status"),
            fetched_at=s.get("fetched_at"),
            sha256=s.get("sha256"),
            error=s.get("error"),
            detail=s.get("detail"),
            title=s.get("title"),
            published=s.get("published"),
            content_type=s.get("content_type"),
            from_cache=bool(s.get("from_cache")),
        )
        for s in data["sources"]
    )
    return Report(version=data["tool"]["version"], articles=tuple(articles), sources=sources)


def with_article_texts(report: Report, read: Callable[[str], tuple[str, str] | None]) -> Report:
    """``report`` with each article's text filled in by ``read(path)``, which returns the
    article's sha256 and extracted text, or None. A text whose hash differs from the
    report's is not used: the claims' positions would not match it."""
    articles = []
    for a in report.articles:
        found = None if a.text else read(a.path)
        if found is not None and found[0] == a.sha256:
            a = dataclasses.replace(a, text=found[1])
        articles.append(a)
    return dataclasses.replace(report, articles=tuple(articles))
