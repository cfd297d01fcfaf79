"""GitHub Actions workflow commands: an annotation on the draft's line for every claim
that needs an editor's eye.

    ::error file=drafts/a.md,line=12,col=20,title=contradicted salary claim::The posting…

Claims that fail the check are errors; other contradicted or mixed claims are warnings;
unverified and waived claims are notices; supported claims get no annotation. Values are
escaped as the runner expects (``%``, CR and LF; also ``:`` and ``,`` in properties), and
text from drafts and pages is cleaned of control characters and escape sequences first,
so nothing in it can start a workflow command of its own.
"""

from __future__ import annotations

from factcheck.model import CheckedClaim, Report
from factcheck.reports.common import one_line, outcome, plain_message, status
from factcheck.reports.options import RenderOptions


def escape_data(text: str) -> str:
    """A command's message, escaped as the Actions runner unescapes it."""
    return text.replace("%", "%25").replace("\r", "%0D").replace("\n", "%0A")


def escape_property(text: str) -> str:
    """A command's property value (``file=``, ``title=``), escaped."""
    return escape_data(text).replace(":", "%3A").replace(",", "%2C")


def _command(c: CheckedClaim, options: RenderOptions) -> str | None:
    """The annotation level of a claim, or None for a claim that needs none."""
    if status(c, options) == "fails":
        return "error"
    if c.waiver or c.verdict.label == "unverified":
        return "notice"
    if c.verdict.label in ("contradicted", "mixed"):
        return "warning"
    return None


def _message(c: CheckedClaim) -> str:
    head = f"“{one_line(c.claim.text)}”: {one_line(c.verdict.rationale)}"
    return plain_message(c, head, quotes=2, width=240)


def render(report: Report, options: RenderOptions) -> str:
    """The report as workflow commands, one line per annotation, then a summary line."""
    out = []
    for a in report.articles:
        for c in a.claims:
            command = _command(c, options)
            if command is None:
                continue
            title = f"{c.verdict.label} {one_line(c.claim.type)} claim"
            if c.waiver:
                title += " (waived)"
            props = ",".join(
                f"{key}={escape_property(value)}"
                for key, value in (
                    ("file", one_line(a.path)),
                    ("line", str(c.claim.line)),
                    ("col", str(c.claim.column)),
                    ("title", title),
                )
            )
            out.append(f"::{command} {props}::{escape_data(_message(c))}")
    s = report.summary()
    # A plain line: it starts with a word, so the runner never reads it as a command.
    out.append(
        f"factcheck: {s['claims']} claims, {s['supported']} supported, "
        f"{s['contradicted']} contradicted, {s['mixed']} mixed, {s['unverified']} unverified. "
        + outcome(report, options)
    )
    return "\n".join(out) + "\n"
