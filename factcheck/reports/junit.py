"""JUnit XML, for CI dashboards: one test suite per article, one test case per claim.

Claims that fail the check are failures; waived claims are skipped with the waiver as
the reason; unverified claims that do not fail are skipped too (nothing was checked);
everything else passes, with the rationale and evidence in ``system-out``.
"""

from __future__ import annotations

import xml.etree.ElementTree as ET

from factcheck.model import ArticleResult, CheckedClaim, Report
from factcheck.reports.common import one_line, prior_check_text, status, waiver_text
from factcheck.reports.options import RenderOptions


def _details(c: CheckedClaim) -> str:
    v = c.verdict
    lines = [
        f"{v.label} (confidence {v.confidence:.2f}), line {c.claim.line}:{c.claim.column}",
        f"claim: {one_line(c.claim.text)}",
        f"sentence: {one_line(c.claim.sentence.text)}",
        f"rationale: {one_line(v.rationale)}",
    ]
    for e in v.evidence:
        lines.append(f"{e.stance}: “{one_line(e.quote)}” ({one_line(e.url)})")
    if c.waiver:
        lines.append(waiver_text(c))
    lines += [f"{prior_check_text(p)} ({one_line(p.url)})" for p in c.prior_checks]
    return "\n".join(lines)


def _case(a: ArticleResult, c: CheckedClaim, options: RenderOptions) -> tuple[ET.Element, str]:
    name = f"{one_line(c.claim.id)} {one_line(c.claim.type)}: {one_line(c.claim.text, 120)}"
    case = ET.Element(
        "testcase",
        {
            "name": name,
            "classname": one_line(a.path),
            "file": one_line(a.path),
            "line": str(c.claim.line),
            "time": "0",
        },
    )
    state = status(c, options)
    details = _details(c)
    if state == "fails":
        failure = ET.SubElement(
            case,
            "failure",
            {"message": one_line(c.verdict.rationale, 500), "type": c.verdict.label},
        )
        failure.text = details
        return case, "failure"
    if c.waiver:
        ET.SubElement(case, "skipped", {"message": waiver_text(c)})
        ET.SubElement(case, "system-out").text = details
        return case, "skipped"
    if c.verdict.label == "unverified":
        ET.SubElement(
            case, "skipped", {"message": f"unverified: {one_line(c.verdict.rationale, 500)}"}
        )
        ET.SubElement(case, "system-out").text = details
        return case, "skipped"
    ET.SubElement(case, "system-out").text = details
    return case, "passed"


def render(report: Report, options: RenderOptions) -> str:
    """The report as JUnit XML."""
    root = ET.Element("testsuites", {"name": "factcheck"})
    totals = {"tests": 0, "failures": 0, "skipped": 0}
    for a in report.articles:
        suite = ET.SubElement(
            root, "testsuite", {"name": one_line(a.path), "file": one_line(a.path)}
        )
        properties = ET.SubElement(suite, "properties")
        for name, text in (("factcheck.version", report.version), ("sha256", a.sha256)):
            ET.SubElement(properties, "property", {"name": name, "value": one_line(text)})
        counts = {"tests": 0, "failures": 0, "skipped": 0}
        for c in a.claims:
            case, result = _case(a, c, options)
            suite.append(case)
            counts["tests"] += 1
            if result == "failure":
                counts["failures"] += 1
            elif result == "skipped":
                counts["skipped"] += 1
        for key, value in counts.items():
            suite.set(key, str(value))
            totals[key] += value
        suite.set("errors", "0")
        suite.set("time", "0")
    for key, value in totals.items():
        root.set(key, str(value))
    root.set("errors", "0")
    root.set("time", "0")
    ET.indent(root)
    return ET.tostring(root, encoding="unicode", xml_declaration=True) + "\n"
