"""SARIF 2.1.0, for GitHub code scanning and other static-analysis dashboards.

One rule per claim type and verdict (``salary/contradicted``), one result per claim with
its file, line and column, and the verdict's rationale and evidence in the message.
Claims that fail the check are errors; contradicted or mixed claims that do not (not in
``--fail-on``, waived, or already in the baseline) are warnings; the rest are notes, or
``pass`` results for supported claims. Waived claims carry a SARIF suppression.
"""

from __future__ import annotations

import json
import re
from pathlib import PurePosixPath, PureWindowsPath
from typing import Any
from urllib.parse import quote

from factcheck.model import CheckedClaim, Report
from factcheck.reports.common import one_line, plain_message, status
from factcheck.reports.options import RenderOptions

SCHEMA_URI = (
    "https://docs.oasis-open.org/sarif/sarif/v2.1.0/errata01/os/schemas/sarif-schema-2.1.0.json"
)
INFORMATION_URI = "https://github.com/factcheck-dev/factcheck"

_DESCRIPTIONS = {
    "supported": "The sources support this {type} claim.",
    "contradicted": "The sources contradict this {type} claim.",
    "mixed": "The sources support part of this {type} claim and contradict part, or disagree.",
    "unverified": "No relevant evidence was found for this {type} claim.",
}
_DEFAULT_LEVEL = {
    "supported": "none",
    "contradicted": "error",
    "mixed": "warning",
    "unverified": "note",
}
_KIND = {"supported": "pass", "contradicted": "fail", "mixed": "review", "unverified": "open"}


def artifact_location(path: str) -> dict[str, str]:
    """Where an article is, as SARIF wants it: a URI relative to the source root when the
    path is relative, an absolute URI otherwise."""
    if re.match(r"(?i)https?://", path):
        return {"uri": path}
    if PureWindowsPath(path).is_absolute() and not PurePosixPath(path).is_absolute():
        return {"uri": PureWindowsPath(path).as_uri()}
    posix = path.replace("\\", "/")
    if PurePosixPath(posix).is_absolute():
        return {"uri": PurePosixPath(posix).as_uri()}
    return {"uri": quote(posix.removeprefix("./")), "uriBaseId": "%SRCROOT%"}


def _rule_id(c: CheckedClaim) -> str:
    return f"{one_line(c.claim.type)}/{c.verdict.label}"


def _rule(rule_id: str) -> dict[str, Any]:
    claim_type, label = rule_id.rsplit("/", 1)
    return {
        "id": rule_id,
        "name": "".join(w.capitalize() for w in f"{claim_type} {label}".replace("_", " ").split()),
        "shortDescription": {"text": f"{claim_type} claim: {label}"},
        "fullDescription": {"text": _DESCRIPTIONS[label].format(type=claim_type)},
        "defaultConfiguration": {"level": _DEFAULT_LEVEL[label]},
        "helpUri": f"{INFORMATION_URI}#verdicts",
        "properties": {"tags": ["fact-check", claim_type, label]},
    }


def _level(c: CheckedClaim, options: RenderOptions) -> str:
    if status(c, options) == "fails":
        return "error"
    if c.verdict.label in ("contradicted", "mixed"):
        return "warning"
    return "none" if c.verdict.label == "supported" else "note"


def _message(c: CheckedClaim) -> str:
    v = c.verdict
    head = f"{v.label} ({v.confidence:.2f}): “{one_line(c.claim.text)}”. {one_line(v.rationale)}"
    return plain_message(c, head, quotes=3, width=300)


def _result(c: CheckedClaim, path: str, rule_index: int, options: RenderOptions) -> dict[str, Any]:
    result: dict[str, Any] = {
        "ruleId": _rule_id(c),
        "ruleIndex": rule_index,
        "kind": _KIND[c.verdict.label],
        "level": _level(c, options),
        "message": {"text": _message(c)},
        "locations": [
            {
                "physicalLocation": {
                    "artifactLocation": artifact_location(path),
                    "region": {
                        "startLine": max(c.claim.line, 1),
                        "startColumn": max(c.claim.column, 1),
                        "snippet": {"text": one_line(c.claim.text)},
                    },
                }
            }
        ],
        "partialFingerprints": {"factcheck/claim/v1": c.fingerprint or c.claim.id},
        "properties": {
            "claimId": c.claim.id,
            "confidence": c.verdict.confidence,
            "fields": dict(c.claim.fields),
            "evidence": [
                {"url": e.url, "quote": e.quote, "stance": e.stance, "score": e.score}
                for e in c.verdict.evidence
            ],
        },
    }
    if c.waiver:
        result["suppressions"] = [
            {
                "kind": "inSource" if c.waiver.source == "inline" else "external",
                "status": "accepted",
                "justification": f"{one_line(c.waiver.by)}: {one_line(c.waiver.reason)}",
            }
        ]
    if options.gate.baseline is not None:
        result["baselineState"] = "new" if options.gate.is_new(c) else "unchanged"
    return result


def to_dict(report: Report, options: RenderOptions) -> dict[str, Any]:
    """The SARIF log as a dict."""
    rule_ids = sorted({_rule_id(c) for c in report.checked_claims()})
    index = {r: i for i, r in enumerate(rule_ids)}
    results = [
        _result(c, a.path, index[_rule_id(c)], options) for a in report.articles for c in a.claims
    ]
    return {
        "$schema": SCHEMA_URI,
        "version": "2.1.0",
        "runs": [
            {
                "tool": {
                    "driver": {
                        "name": "factcheck",
                        "version": report.version,
                        "semanticVersion": report.version,
                        "informationUri": INFORMATION_URI,
                        "rules": [_rule(r) for r in rule_ids],
                    }
                },
                "originalUriBaseIds": {
                    "%SRCROOT%": {"description": {"text": "the folder factcheck ran in"}}
                },
                # factcheck counts columns in characters, as Python does.
                "columnKind": "unicodeCodePoints",
                "artifacts": [
                    {
                        "location": artifact_location(a.path),
                        "hashes": {"sha-256": a.sha256},
                    }
                    for a in report.articles
                ],
                "results": results,
                "invocations": [{"executionSuccessful": True}],
            }
        ],
    }


def render(report: Report, options: RenderOptions) -> str:
    """The report as a SARIF 2.1.0 log."""
    return json.dumps(to_dict(report, options), indent=2, ensure_ascii=False) + "\n"
